/* test_pgcheck.c - the batched libpg_query check of emitted PostgreSQL (src/emit/pgcheck.c) writes the same
 * output and the same X001 items as checking each statement on its own: good batches, a bad statement in a
 * batch, and statements that parse only together (an open string or comment closed by the next one). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "emit/pgcheck.h"

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
	sct_arena_init(&a);
	sct_report rep;
	memset(&rep, 0, sizeof rep);
	rep.a = &a;
	sct_conv cv;
	memset(&cv, 0, sizeof cv);
	cv.a = &a;
	cv.rep = &rep;
	cv.cur_object = "obj";
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
	for (int i = 0; i < rep.items.n; i++) {
		const sct_item *it = rep.items.items[i];
		assert_string_equal(it->code, "X001");
		assert_string_equal(it->object, "obj");
		assert_non_null(strstr(it->message, "generated statement does not parse: "));
	}
	sct_buf_free(&out);
	sct_buf_free(&want);
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
		cmocka_unit_test(statements_that_parse_only_together),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
