/* test_ddl_write.c - the DDL handed on as it becomes final (sct_options.ddl_write, src/util/sink.c): the chunks,
 * in order, are byte for byte the DDL a conversion without the callback holds, none is empty, and the result
 * then holds none; with statements that fail the libpg_query check inside batches (written again as X001
 * comments), on one thread and two, for PostgreSQL and MariaDB, with annotations, routines, comments and
 * carried statements, over many chunks. Also pgcheck.c alone with a sink (the offsets of queued statements
 * after the front of the output left, failed batches written again; the buffer stays small), the write
 * callback failing (SCT_EIO, the result and report still complete), and a version-2 options struct. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "emit/pgcheck.h"
#include "sctconv.h"
#include "unit_support.h"

/* What the callback got. */
typedef struct chunks {
	sct_buf all;
	int n, empty;
	int fail_at;        /* return -1 on this call (1-based), 0: never */
	int calls_after;    /* calls after it failed */
} chunks;

static int collect(void *payload, const char *data, size_t len)
{
	chunks *c = payload;
	if (c->fail_at && c->n >= c->fail_at)
		c->calls_after++;
	c->n++;
	if (!len)
		c->empty++;
	if (c->fail_at && c->n == c->fail_at)
		return -1;
	sct_buf_put(&c->all, data, len);
	return 0;
}

/* T-SQL of n groups: tables (some with a column type that gets an annotation), foreign keys, indexes, views,
 * procedures, triggers, comments and statements carried as not converted; from group first_bad on, some
 * defaults and views call broken(), which the rule below prints as PostgreSQL that does not parse (X001). */
static char *tsql(int n, int first_bad)
{
	sct_buf b;
	sct_buf_init(&b);
	for (int i = 0; i < n; i++) {
		int bad = i >= first_bad && i % 211 == first_bad % 211;
		sct_buf_printf(&b, "CREATE TABLE dbo.t%d (id int IDENTITY(1,1) PRIMARY KEY, name nvarchar(40) NOT NULL, "
			       "%s, amount money DEFAULT %s, parent int NULL);\nGO\n", i, i % 7 ? "note varchar(20)" : "v sql_variant",
			       bad ? "broken(1)" : "0");
		sct_buf_printf(&b, "CREATE INDEX ix_t%d_name ON dbo.t%d (name);\nGO\n", i, i);
		if (i)
			sct_buf_printf(&b, "ALTER TABLE dbo.t%d ADD CONSTRAINT fk_t%d FOREIGN KEY (parent) REFERENCES dbo.t%d (id);\nGO\n",
				       i, i, i - 1);
		if (i % 3 == 0)
			sct_buf_printf(&b, "CREATE VIEW dbo.v%d AS SELECT id, %s AS n FROM dbo.t%d;\nGO\n", i,
				       i >= first_bad && i % 307 == first_bad % 307 ? "broken(id)" : "name", i);
		if (i % 50 == 0)
			sct_buf_printf(&b, "CREATE PROCEDURE dbo.p%d @a int AS BEGIN SELECT @a + 1 FROM dbo.t%d; END\nGO\n", i, i);
		if (i % 97 == 0)
			sct_buf_printf(&b, "CREATE TRIGGER dbo.tr%d ON dbo.t%d AFTER INSERT AS BEGIN UPDATE dbo.t%d SET parent = 1; END\nGO\n",
				       i, i, i);
		if (i % 13 == 0)
			sct_buf_printf(&b, "EXEC sp_addextendedproperty 'MS_Description', 'table %d', 'SCHEMA', 'dbo', 'TABLE', 't%d';\nGO\n",
				       i, i);
		if (i % 401 == 5)
			sct_buf_printf(&b, "CREATE FOO BAR%d;\nGO\n", i);
	}
	return sct_buf_detach(&b, NULL);
}

static const char broken_rule[] = "@source mssql\n@target postgres\nfunc broken(a) -> ({a} +\n";

typedef struct conv {
	const char *target;
	int threads, no_validate, annotate;
} conv;

/* One conversion with or without the callback: its DDL (from the result, or the chunks) and JSON report. */
static void convert(const conv *v, const char *text, size_t len, int stream, char **ddl, char **json, chunks *c)
{
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = v->target;
	o.threads = v->threads;
	o.no_validate = v->no_validate;
	o.annotate = v->annotate;
	memset(c, 0, sizeof *c);
	sct_buf_init(&c->all);
	if (stream) {
		o.ddl_write = collect;
		o.ddl_payload = c;
	}
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, &o), SCT_OK);
	if (!strncmp(v->target, "postgres", 8))
		assert_int_equal(sct_session_add_rules_text(s, "broken.rules", broken_rule, sizeof broken_rule - 1), SCT_OK);
	sct_input in = {"many.sql", text, len};
	sct_result *r = NULL;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	size_t dlen = 99;
	const char *d = sct_result_ddl(r, &dlen);
	if (stream) {
		assert_string_equal(d, "");
		assert_int_equal(dlen, 0);
		*ddl = sct_buf_detach(&c->all, NULL);
	} else {
		assert_int_equal(dlen, strlen(d));
		*ddl = strdup(d);
		sct_buf_free(&c->all);
	}
	size_t jlen;
	assert_int_equal(sct_result_report(json, &jlen, r, SCT_REPORT_JSON), SCT_OK);
	sct_result_free(r);
	sct_session_free(s);
}

static int count(const char *s, const char *what)
{
	int n = 0;
	for (const char *p = s; (p = strstr(p, what)); p++)
		n++;
	return n;
}

/* The same DDL and report with and without the callback; returns the number of chunks. */
static int same_streamed(const conv *v, const char *text, size_t len)
{
	char *want, *wjson, *got, *gjson;
	chunks c;
	convert(v, text, len, 0, &want, &wjson, &c);
	convert(v, text, len, 1, &got, &gjson, &c);
	assert_int_equal(strlen(got), strlen(want));
	assert_string_equal(got, want);
	assert_string_equal(gjson, wjson);
	assert_int_equal(c.empty, 0);
	assert_true(c.n >= 1);
	free(want);
	free(got);
	sct_buffer_free(wjson);
	sct_buffer_free(gjson);
	return c.n;
}

/* Big input over many chunks, X001 rewrites inside batches of the table and view phases (the first after
 * some chunks went out), PostgreSQL on one and two threads, without the check, and MariaDB. */
static void chunks_are_the_ddl(void **state)
{
	(void)state;
	char *text = tsql(4000, 1500);
	size_t len = strlen(text);
	const conv one = {"postgres", 1, 0, SCT_ANNOTATE_ERRORS};
	char *ddl, *json;
	chunks c;
	convert(&one, text, len, 0, &ddl, &json, &c);
	assert_true(strlen(ddl) > 8 * SCT_SINK_CHUNK);
	assert_true(count(ddl, "X001: generated statement failed") >= 15); /* tables and views */
	assert_true(count(ddl, "-- [sctconv] T190 error") > 100);
	assert_non_null(strstr(ddl, "CREATE TRIGGER"));
	assert_non_null(strstr(ddl, "COMMENT ON TABLE"));
	assert_non_null(strstr(ddl, "==== Statements not converted"));
	free(ddl);
	sct_buffer_free(json);
	const conv convs[] = {
		{"postgres", 1, 0, SCT_ANNOTATE_ERRORS}, {"postgres", 2, 0, SCT_ANNOTATE_ERRORS},
		{"postgres", 2, 0, SCT_ANNOTATE_ALL}, {"postgres", 1, 1, SCT_ANNOTATE_ERRORS},
		{"mariadb", 1, 0, SCT_ANNOTATE_ERRORS}, {"mysql:5.7", 1, 0, SCT_ANNOTATE_ALL},
	};
	for (size_t i = 0; i < sizeof convs / sizeof convs[0]; i++)
		assert_true(same_streamed(&convs[i], text, len) >= 10); /* many chunks, not one at the end */
	free(text);
}

/* Every testdata script, to both target families, on one thread and two. */
static void testdata_streamed_the_same(void **state)
{
	(void)state;
	glob_t g;
	assert_int_equal(glob("testdata/mssql/*.sql", 0, NULL, &g), 0);
	assert_true(g.gl_pathc > 50);
	for (size_t i = 0; i < g.gl_pathc; i++) {
		size_t len;
		char *text = unit_read_file(g.gl_pathv[i], &len);
		const conv convs[] = {{"postgres", 1, 0, 0}, {"postgres", 2, 0, 0}, {"mariadb", 1, 0, 0}};
		for (size_t k = 0; k < 3; k++)
			same_streamed(&convs[k], text, len);
		free(text);
	}
	globfree(&g);
}

/* Source and target the same engine: the one line the result holds goes to the callback too. */
static void same_engine_line_streamed(void **state)
{
	(void)state;
	chunks c;
	memset(&c, 0, sizeof c);
	sct_buf_init(&c.all);
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "postgres";
	o.target = "postgres";
	o.ddl_write = collect;
	o.ddl_payload = &c;
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, &o), SCT_OK);
	sct_input in = {"x.sql", "SELECT 1;", 9};
	sct_result *r = NULL;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	assert_int_equal(c.n, 1);
	assert_non_null(strstr(c.all.data, "no conversion is needed"));
	assert_string_equal(sct_result_ddl(r, NULL), "");
	sct_result_free(r);
	sct_session_free(s);
	sct_buf_free(&c.all);
}

/* The callback fails at its first or third call: no call after that, sct_convert returns SCT_EIO with a
 * message and the finished result, whose report is the report of a conversion without the callback. */
static void write_failure_is_reported(void **state)
{
	(void)state;
	char *text = tsql(2000, 300);
	size_t len = strlen(text);
	const conv v = {"postgres", 2, 0, SCT_ANNOTATE_ERRORS};
	char *want, *wjson;
	chunks c;
	convert(&v, text, len, 0, &want, &wjson, &c);
	for (int fail_at = 1; fail_at <= 3; fail_at += 2) {
		memset(&c, 0, sizeof c);
		sct_buf_init(&c.all);
		c.fail_at = fail_at;
		sct_options o = SCT_OPTIONS_INIT;
		o.source = "mssql";
		o.target = "postgres";
		o.threads = 2;
		o.ddl_write = collect;
		o.ddl_payload = &c;
		sct_session *s = NULL;
		assert_int_equal(sct_session_new(&s, &o), SCT_OK);
		assert_int_equal(sct_session_add_rules_text(s, "broken.rules", broken_rule, sizeof broken_rule - 1), SCT_OK);
		sct_input in = {"many.sql", text, len};
		sct_result *r = NULL;
		assert_int_equal(sct_convert(&r, s, &in, 1), SCT_EIO);
		assert_non_null(strstr(sct_error_last(), "ddl_write returned -1"));
		assert_non_null(r);
		assert_int_equal(c.n, fail_at);
		assert_int_equal(c.calls_after, 0);
		assert_true(c.all.len < strlen(want));
		assert_memory_equal(c.all.data ? c.all.data : "", want, c.all.len); /* what went out before is right */
		size_t dlen = 99;
		assert_string_equal(sct_result_ddl(r, &dlen), "");
		assert_int_equal(dlen, 0);
		assert_int_equal(sct_result_status(r), 1);
		char *json;
		size_t jlen;
		assert_int_equal(sct_result_report(&json, &jlen, r, SCT_REPORT_JSON), SCT_OK);
		assert_string_equal(json, wjson);
		sct_buffer_free(json);
		sct_result_free(r);
		/* the session still converts; the callback works again */
		c.fail_at = 0;
		c.all.len = 0;
		c.n = 0;
		assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
		assert_string_equal(c.all.data, want);
		sct_result_free(r);
		sct_session_free(s);
		sct_buf_free(&c.all);
	}
	free(want);
	sct_buffer_free(wjson);
	free(text);
}

/* pgcheck.c on its own with a sink, drained after each statement as postgres.c does: the same output as
 * without it, with statements queued while the front of the output leaves (their offsets lowered) and failed
 * batches written again among them, on one thread and two; the buffer stays a few chunks long. */
static const char *statement(int i, int bad)
{
	if (bad && i >= 9000 && i % 1733 == 0)
		return "CREATE TABLE (a int)";
	if (bad && i == 14001)
		return "SELECT 'a";
	if (bad && i == 14002)
		return "b'";
	return i % 2 ? "CREATE TABLE t (a int, b text DEFAULT 'x;y')" : "CREATE INDEX i ON t (a)";
}

static char *pgcheck_run(int threads, int bad, int stream, size_t *max_cap, int *items)
{
	enum { N = 30000 };
	sct_arena a;
	sct_report rep;
	sct_conv cv;
	unit_conv_init(&cv, &rep, &a);
	chunks c;
	memset(&c, 0, sizeof c);
	sct_buf_init(&c.all);
	sct_sink sink = {collect, &c, 0, 0};
	sct_buf out;
	sct_buf_init(&out);
	sct_pgcheck k;
	sct_pgcheck_init(&k, &cv, &out, NULL);
	sct_pgcheck_threads(&k, threads, NULL);
	*max_cap = 0;
	for (int i = 0; i < N; i++) {
		if (i == N / 2) {
			sct_pgcheck_flush(&k); /* before another writer */
			sct_buf_puts(&out, "-- written by another writer\n");
		}
		size_t at = out.len;
		if (i % 3 == 0)
			sct_buf_printf(&out, "-- note %d\n", i);
		const char *sql = statement(i, bad);
		sct_pgcheck_put(&k, NULL, at, sql, strlen(sql));
		if (stream) {
			size_t dropped = sct_sink_drain(&sink, &out, sct_pgcheck_final(&k));
			if (dropped)
				sct_pgcheck_dropped(&k, dropped);
		}
		if (out.cap > *max_cap)
			*max_cap = out.cap;
		if (threads != 1 && k.worker && i % 1000 == 0) {
			struct timespec pause = {0, 1000000}; /* time for the worker to take batches, however busy */
			nanosleep(&pause, NULL);
		}
	}
	sct_pgcheck_flush(&k);
	sct_pgcheck_free(&k);
	*items = rep.items.n;
	if (stream) {
		sct_sink_pass(&sink, &out, out.len);
		assert_int_equal(c.empty, 0);
		assert_true(c.n >= 8);
		sct_buf_free(&out);
		out = c.all;
	} else {
		sct_buf_free(&c.all);
	}
	sct_report_release(&rep); /* the X001 items' array is malloc'd */
	sct_arena_release(&a);
	return sct_buf_detach(&out, NULL);
}

static void pgcheck_offsets_after_the_front_left(void **state)
{
	(void)state;
	for (int threads = 1; threads <= 2; threads++) {
		size_t cap, scap;
		int items, sitems;
		char *want = pgcheck_run(threads, 1, 0, &cap, &items);
		char *got = pgcheck_run(threads, 1, 1, &scap, &sitems);
		assert_int_equal(items, 14);
		assert_int_equal(sitems, items);
		assert_string_equal(got, want);
		assert_true(scap <= 4 * SCT_SINK_CHUNK); /* a failed batch, written again at once, holds nothing */
		free(want);
		free(got);
		got = pgcheck_run(threads, 0, 1, &scap, &sitems);
		assert_int_equal(sitems, 0);
		assert_true(scap <= 4 * SCT_SINK_CHUNK);
		free(got);
	}
}

/* A program built against version 2 of sct_options (without ddl_write) passes a shorter struct: accepted, and
 * read no further than its end (the copy is exactly that long, so ASan would see a read past it). */
static void version_2_options_are_accepted(void **state)
{
	(void)state;
	sct_options full = SCT_OPTIONS_INIT;
	assert_int_equal(full.version, 3);
	assert_null(full.ddl_write);
	assert_null(full.ddl_payload);
	full.version = 2;
	full.source = "mssql";
	full.target = "postgres";
	full.threads = 1;
	size_t v2 = offsetof(sct_options, ddl_write);
	sct_options *old = malloc(v2);
	assert_non_null(old);
	memcpy(old, &full, v2);
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, old), SCT_OK);
	sct_input in = {"x.sql", "CREATE TABLE t (a int);", 23};
	sct_result *r = NULL;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	assert_non_null(strstr(sct_result_ddl(r, NULL), "CREATE TABLE dbo.t"));
	sct_result_free(r);
	sct_session_free(s);
	free(old);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(chunks_are_the_ddl),
		cmocka_unit_test(testdata_streamed_the_same),
		cmocka_unit_test(same_engine_line_streamed),
		cmocka_unit_test(write_failure_is_reported),
		cmocka_unit_test(pgcheck_offsets_after_the_front_left),
		cmocka_unit_test(version_2_options_are_accepted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
