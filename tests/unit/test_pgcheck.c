/* test_pgcheck.c - the batched libpg_query check of emitted PostgreSQL (src/emit/pgcheck.c) writes the same
 * output and the same X001 items as checking each statement on its own: good batches, a bad statement in a
 * batch, also in the batch ended by the last statement before the flush, and statements that parse only
 * together (an open string or comment closed by the next one). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "emit/pgcheck.h"
#include "sctconv.h"
#include "unit_support.h"

/* The output of checking each statement on its own (as postgres.c did before batching). */
static void reference(sct_buf *out, const char *note, const char *sql, int *errors)
{
	sct_buf_puts(out, note);
	PgQuerySplitResult r = pg_query_split_with_parser(sql);
	if (r.error) {
		(*errors)++;
		sct_buf_printf(out, "-- [sctconv] X001: generated statement failed the PostgreSQL parser check (%s):\n",
			       r.error->message);
		sct_buf_puts(out, "-- ");
		for (const char *p = sql; *p; p++) {
			sct_buf_putc(out, *p);
			if (*p == '\n')
				sct_buf_puts(out, "-- ");
		}
		sct_buf_puts(out, "\n");
	} else {
		sct_buf_puts(out, sql);
		sct_buf_puts(out, ";\n");
	}
	pg_query_free_split_result(r);
}

/* Check n statements through pgcheck.c and compare with the reference; returns the X001 items. */
static int run(const char *const *sql, int n)
{
	sct_arena a;
	sct_report rep;
	sct_conv cv;
	unit_conv_init(&cv, &rep, &a);
	sct_buf out, want;
	sct_buf_init(&out);
	sct_buf_init(&want);
	sct_pgcheck k;
	sct_pgcheck_init(&k, &cv, &out, NULL);
	int errors = 0;
	for (int i = 0; i < n; i++) {
		char note[64];
		snprintf(note, sizeof note, i % 3 ? "" : "-- note %d\n", i); /* annotations above some statements */
		size_t at = out.len;
		sct_buf_puts(&out, note);
		sct_pgcheck_put(&k, NULL, at, sql[i], strlen(sql[i]));
		reference(&want, note, sql[i], &errors);
	}
	sct_pgcheck_flush(&k);
	sct_pgcheck_free(&k);
	assert_string_equal(out.data, want.data);
	assert_int_equal(rep.items.n, errors);
	sct_item_scratch scratch;
	sct_item_scratch_init(&scratch);
	for (int i = 0; i < rep.items.n; i++) {
		sct_item view, *it = &view;
		sct_report_item_view(&rep, &rep.items.at[i], &scratch, it);
		assert_string_equal(it->code, "X001");
		assert_string_equal(it->object, "obj");
		assert_non_null(strstr(it->message, "generated statement does not parse: "));
	}
	sct_buf_free(&out);
	sct_buf_free(&want);
	sct_report_release(&rep);
	sct_arena_release(&a);
	return errors;
}

static void good_statements_in_several_batches(void **state)
{
	(void)state;
	enum { N = SCT_PGCHECK_BATCH * 2 + 7 };
	const char *sql[N];
	for (int i = 0; i < N; i++)
		sql[i] = i % 2 ? "CREATE TABLE t (a int, b text DEFAULT 'x;y')" : "CREATE INDEX i ON t (a)";
	assert_int_equal(run(sql, N), 0);
}

static void bad_statement_in_a_batch(void **state)
{
	(void)state;
	enum { N = SCT_PGCHECK_BATCH + 5 };
	const char *sql[N];
	for (int i = 0; i < N; i++)
		sql[i] = "ALTER TABLE t ADD COLUMN c int";
	sql[3] = "CREATE TABLE (a int)";
	sql[SCT_PGCHECK_BATCH + 1] = "CREATE VIEW v AS\nSELECT FROM FROM t";
	assert_int_equal(run(sql, N), 2);
}

/* The flush comes right after a batch was ended by its last statement and failed: nothing is queued, yet the
 * failed statements are still written again (they were left as written, without X001 or report item). */
static void bad_statement_in_the_batch_ended_last(void **state)
{
	(void)state;
	enum { N = SCT_PGCHECK_BATCH * 2 };
	const char *sql[N];
	for (int i = 0; i < N; i++)
		sql[i] = "ALTER TABLE t ADD COLUMN c int";
	sql[N - 7] = "CREATE TABLE (a int)";
	assert_int_equal(run(sql, N), 1);
	char big[SCT_PGCHECK_BYTES + 64]; /* a batch ended by its length */
	memset(big, ' ', sizeof big - 1);
	big[sizeof big - 1] = 0;
	memcpy(big, "CREATE TABLE t (a int DEFAULT (1 +)", 35);
	const char *two[] = {"SELECT 1", big};
	assert_int_equal(run(two, 2), 1);
}

/* The same through the API: 99 tables and the CREATE SCHEMA make 100 statements, one of which does not parse
 * (a user rule); it is the X001 comment, with its item, and the status is 1. */
static void bad_table_in_a_phase_of_one_full_batch(void **state)
{
	(void)state;
	static const char rule[] = "@source mssql\n@target postgres\nfunc broken(a) -> ({a} +\n";
	sct_buf text;
	sct_buf_init(&text);
	for (int i = 0; i < 99; i++)
		sct_buf_printf(&text, "CREATE TABLE dbo.t%d (a int%s);\nGO\n", i, i == 5 ? " DEFAULT broken(1)" : "");
	for (int threads = 1; threads <= 2; threads++) {
		sct_options o = SCT_OPTIONS_INIT;
		o.source = "mssql";
		o.target = "postgres";
		o.threads = threads;
		sct_session *s = NULL;
		assert_int_equal(sct_session_new(&s, &o), SCT_OK);
		assert_int_equal(sct_session_add_rules_text(s, "broken.rules", rule, sizeof rule - 1), SCT_OK);
		sct_input in = {"t.sql", text.data, text.len};
		sct_result *r = NULL;
		assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
		const char *ddl = sct_result_ddl(r, NULL);
		assert_non_null(strstr(ddl, "-- [sctconv] X001: generated statement failed the PostgreSQL parser check"));
		assert_non_null(strstr(ddl, "--     a integer DEFAULT (1 +\n"));
		assert_null(strstr(ddl, "\n    a integer DEFAULT (1 +\n"));
		assert_int_equal(sct_result_item_count(r), 1);
		assert_string_equal(sct_result_item(r, 0)->code, "X001");
		assert_int_equal(sct_result_status(r), 1);
		sct_result_free(r);
		sct_session_free(s);
	}
	sct_buf_free(&text);
}

static void statements_that_parse_only_together(void **state)
{
	(void)state;
	/* an open string, comment or quoted name closed by the next statement: the batch parses, each of the
	 * two on its own does not */
	const char *sql[] = {"SELECT 1", "SELECT 'a", "b'", "SELECT 2", "SELECT 1 /" "*", "*" "/", "SELECT \"x",
			     "y\"", "SELECT 4"};
	assert_int_equal(run(sql, (int)(sizeof sql / sizeof sql[0])), 6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(good_statements_in_several_batches),
		cmocka_unit_test(bad_statement_in_a_batch),
		cmocka_unit_test(bad_statement_in_the_batch_ended_last),
		cmocka_unit_test(bad_table_in_a_phase_of_one_full_batch),
		cmocka_unit_test(statements_that_parse_only_together),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
