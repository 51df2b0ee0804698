/* test_pgcheck_thread.c - the libpg_query check on a second thread (src/emit/pgcheck_thread.c) gives the same
 * output, report and exit status as on one thread: through pgcheck.c itself (the worker started, bad
 * statements in several batches, statements that parse only together) and through the API (sct_options.threads
 * 0, 1 and 2 on input whose conversion fails the check in several batches; a version-1 options struct).
 * Which batches the worker checks and which the writing thread checks itself depends on timing: the output
 * must not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "emit/pgcheck.h"
#include "sctconv.h"
#include "unit_support.h"

enum { N = SCT_PGCHECK_BATCH * 12 + 37 };

/* The statements: good ones, a bad one in some batches, and a string opened in one statement and closed in
 * the next (the batch parses, each on its own does not). */
static const char *statement(int i)
{
	if (i % 257 == 11)
		return "CREATE TABLE (a int)";
	if (i == 640)
		return "SELECT 'a";
	if (i == 641)
		return "b'";
	return i % 2 ? "CREATE TABLE t (a int, b text DEFAULT 'x;y')" : "CREATE INDEX i ON t (a)";
}

typedef struct checked {
	char *out;
	int items, worker_used;
	double worker_seconds;
} checked;

/* All N statements through pgcheck.c with sct_options.threads = threads, flushed twice as postgres.c does. */
static checked run(int threads)
{
	sct_arena a;
	sct_report rep;
	sct_conv cv;
	unit_conv_init(&cv, &rep, &a);
	sct_buf out;
	sct_buf_init(&out);
	sct_pgcheck k;
	double seconds = 0;
	checked c = {NULL, 0, 0, 0};
	sct_pgcheck_init(&k, &cv, &out, &seconds);
	sct_pgcheck_threads(&k, threads, &c.worker_seconds);
	for (int i = 0; i < N; i++) {
		if (i == N / 2) {
			sct_pgcheck_flush(&k); /* before another writer */
			sct_buf_puts(&out, "-- written by another writer\n");
		}
		size_t at = out.len;
		if (i % 3 == 0)
			sct_buf_printf(&out, "-- note %d\n", i); /* annotations above some statements */
		const char *sql = statement(i);
		sct_pgcheck_put(&k, NULL, at, sql, strlen(sql));
		if (threads != 1 && k.worker && i % SCT_PGCHECK_BATCH == 0) {
			struct timespec pause = {0, 2000000}; /* 2 ms: time for the worker to take batches, however busy */
			nanosleep(&pause, NULL);
		}
	}
	c.worker_used = k.worker != NULL;
	sct_pgcheck_flush(&k);
	sct_pgcheck_free(&k);
	c.items = rep.items.n;
	for (int i = 0; i < rep.items.n; i++)
		assert_string_equal(sct_report_item_code(&rep, &rep.items.at[i]), "X001");
	c.out = sct_buf_detach(&out, NULL);
	sct_report_release(&rep);
	sct_arena_release(&a);
	return c;
}

static void worker_writes_what_one_thread_writes(void **state)
{
	(void)state;
	checked one = run(1), two = run(2);
	assert_int_equal(one.worker_used, 0);
	assert_int_equal(two.worker_used, 1); /* started; how many batches it checks depends on timing */
	assert_int_equal(one.items, 5 + 2); /* 5 bad ones, and the two halves of the string */
	assert_int_equal(two.items, one.items);
	assert_string_equal(two.out, one.out);
	assert_non_null(strstr(one.out, "-- written by another writer\n"));
	free(one.out);
	free(two.out);
}

/* T-SQL whose conversion fails the check (a user rule makes an expression PostgreSQL cannot parse) in
 * several batches, among many statements that pass. */
static char *tsql(void)
{
	sct_buf b;
	sct_buf_init(&b);
	for (int i = 0; i < 700; i++) {
		if (i % 150 == 7)
			sct_buf_printf(&b, "CREATE TABLE dbo.bad%d (a int DEFAULT broken(%d));\nGO\n", i, i);
		else
			sct_buf_printf(&b, "CREATE TABLE dbo.t%d (a int NOT NULL, b varchar(10));\nGO\n"
					   "CREATE INDEX ix%d ON dbo.t%d (b);\nGO\n", i, i, i);
	}
	return sct_buf_detach(&b, NULL);
}

static const char broken_rule[] = "@source mssql\n@target postgres\nfunc broken(a) -> ({a} +\n";

typedef struct converted {
	char *ddl, *json;
	int status;
} converted;

static converted convert(const sct_options *o, const char *text)
{
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, o), SCT_OK);
	assert_int_equal(sct_session_add_rules_text(s, "broken.rules", broken_rule, sizeof broken_rule - 1), SCT_OK);
	sct_input in = {"many.sql", text, strlen(text)};
	sct_result *r = NULL;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	converted c;
	c.ddl = strdup(sct_result_ddl(r, NULL));
	c.status = sct_result_status(r);
	size_t len;
	assert_int_equal(sct_result_report(&c.json, &len, r, SCT_REPORT_JSON), SCT_OK);
	sct_result_free(r);
	sct_session_free(s);
	return c;
}

static void converted_the_same_with_any_threads(void **state)
{
	(void)state;
	char *text = tsql();
	converted c[3];
	for (int t = 0; t < 3; t++) {
		sct_options o = SCT_OPTIONS_INIT;
		o.source = "mssql";
		o.target = "postgres";
		o.threads = t;
		c[t] = convert(&o, text);
	}
	int x001 = 0;
	for (const char *p = c[1].ddl; (p = strstr(p, "-- [sctconv] X001: generated statement failed")); p++)
		x001++;
	assert_int_equal(x001, 5);
	assert_non_null(strstr(c[1].json, "\"X001\""));
	assert_int_equal(c[1].status, 1);
	for (int t = 0; t < 3; t++) {
		assert_string_equal(c[t].ddl, c[1].ddl);
		assert_string_equal(c[t].json, c[1].json);
		assert_int_equal(c[t].status, c[1].status);
	}
	for (int t = 0; t < 3; t++) {
		free(c[t].ddl);
		sct_buffer_free(c[t].json);
	}
	free(text);
}

/* A program built against version 1 of sct_options (without threads) passes a shorter struct: accepted, and
 * read no further than its end (the copy below is exactly that long, so ASan would see a read past it). */
static void version_1_options_are_accepted(void **state)
{
	(void)state;
	sct_options full = SCT_OPTIONS_INIT;
	assert_int_equal(full.version, 3);
	assert_int_equal(full.threads, 0);
	full.version = 1;
	full.source = "mssql";
	full.target = "postgres";
	size_t v1 = offsetof(sct_options, threads);
	sct_options *old = malloc(v1);
	assert_non_null(old);
	memcpy(old, &full, v1);
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, old), SCT_OK);
	sct_session_free(s);
	free(old);
	full.version = 2;
	full.threads = -1;
	assert_int_equal(sct_session_new(&s, &full), SCT_EUSAGE);
	assert_null(s);
	full.version = 4;
	full.threads = 0;
	assert_int_equal(sct_session_new(&s, &full), SCT_EUSAGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(worker_writes_what_one_thread_writes),
		cmocka_unit_test(converted_the_same_with_any_threads),
		cmocka_unit_test(version_1_options_are_accepted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
