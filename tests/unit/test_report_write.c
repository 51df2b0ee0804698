/* test_report_write.c - the report handed on as it is rendered (sct_result_report_write): for every format and
 * several conversions (a big one over many chunks, every testdata script, several files at once, an empty
 * input, an Oracle script, MariaDB as target) the chunks, in order, are byte for byte sct_result_report's
 * buffer; none is empty, each but the last is a chunk long or more (not a call per row) and not much more (the
 * buffer stays small); a write that fails stops the rendering (SCT_EIO, a message, no call after it); an
 * unknown format or a NULL write function is SCT_EUSAGE with no call. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sctconv.h"
#include "util/sink.h"
#include "unit_support.h"

static const sct_report_format formats[] = {SCT_REPORT_JSON, SCT_REPORT_TEXT, SCT_REPORT_HTML, SCT_REPORT_CSV};

/* What the write function got. */
typedef struct chunks {
	sct_buf all;
	int n, empty;
	size_t shortest, longest; /* of the chunks but the last (the last seen so far: in lastlen) */
	size_t lastlen;
	int fail_at;              /* return this call's number (1-based) as an error, 0: never */
	int calls_after;          /* calls after it failed */
} chunks;

static void chunks_init(chunks *c, int fail_at)
{
	memset(c, 0, sizeof *c);
	sct_buf_init(&c->all);
	c->shortest = (size_t)-1;
	c->fail_at = fail_at;
}

static int collect(void *payload, const char *data, size_t len)
{
	chunks *c = payload;
	if (c->fail_at && c->n >= c->fail_at)
		c->calls_after++;
	if (c->n) { /* the one before was not the last */
		c->shortest = c->lastlen < c->shortest ? c->lastlen : c->shortest;
		c->longest = c->lastlen > c->longest ? c->lastlen : c->longest;
	}
	c->n++;
	c->lastlen = len;
	if (!len)
		c->empty++;
	if (c->fail_at && c->n == c->fail_at)
		return c->n + 40; /* any nonzero value */
	sct_buf_put(&c->all, data, len);
	return 0;
}

/* Each format written through the function is sct_result_report's buffer; returns the fewest chunks any
 * format took. */
static int same_written(const sct_result *r)
{
	int fewest = 1 << 30;
	for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
		char *want;
		size_t wlen;
		assert_int_equal(sct_result_report(&want, &wlen, r, formats[f]), SCT_OK);
		chunks c;
		chunks_init(&c, 0);
		assert_int_equal(sct_result_report_write(r, formats[f], collect, &c), SCT_OK);
		assert_true(c.n >= 1);
		assert_int_equal(c.empty, 0);
		assert_int_equal(c.all.len, wlen);
		assert_memory_equal(c.all.data, want, wlen);
		if (c.n > 1) { /* a chunk at a time, not a row at a time; the buffer about a chunk long */
			assert_true(c.shortest >= SCT_SINK_CHUNK);
			assert_true(c.longest < 2 * SCT_SINK_CHUNK);
		}
		fewest = c.n < fewest ? c.n : fewest;
		sct_buffer_free(want);
		sct_buf_free(&c.all);
	}
	return fewest;
}

static sct_result *convert(const char *source, const char *target, const sct_input *in, size_t n, sct_session **s)
{
	sct_options o = SCT_OPTIONS_INIT;
	o.source = source;
	o.target = target;
	o.threads = 1;
	assert_int_equal(sct_session_new(s, &o), SCT_OK);
	sct_result *r = NULL;
	assert_int_equal(sct_convert(&r, *s, in, n), SCT_OK);
	return r;
}

/* T-SQL of n tables with columns that get report items (money, sql_variant, datetime, nvarchar(max)), foreign
 * keys, views, procedures with something to report, and a statement that does not parse now and then. */
static char *tsql(int n)
{
	sct_buf b;
	sct_buf_init(&b);
	for (int i = 0; i < n; i++) {
		sct_buf_printf(&b, "CREATE TABLE dbo.t%d (id int IDENTITY(1,1) PRIMARY KEY, name nvarchar(max) NOT NULL, "
			       "v sql_variant, amount money DEFAULT 0, at datetime DEFAULT getdate(), parent int NULL);\nGO\n",
			       i);
		if (i)
			sct_buf_printf(&b, "ALTER TABLE dbo.t%d ADD CONSTRAINT fk_t%d FOREIGN KEY (parent) REFERENCES dbo.t%d (id);\nGO\n",
				       i, i, i - 1);
		if (i % 3 == 0)
			sct_buf_printf(&b, "CREATE VIEW dbo.v%d AS SELECT TOP 10 id, name + N'<&\"x\">' AS n FROM dbo.t%d WITH (NOLOCK);\nGO\n",
				       i, i);
		if (i % 10 == 0)
			sct_buf_printf(&b, "CREATE PROCEDURE dbo.p%d @a int AS BEGIN SET NOCOUNT ON; SELECT @a + 1, "
				       "@@ROWCOUNT FROM dbo.t%d; EXEC ('SELECT 1'); END\nGO\n", i, i);
		if (i % 97 == 5)
			sct_buf_printf(&b, "CREATE FOO BAR%d;\nGO\n", i);
	}
	return sct_buf_detach(&b, NULL);
}

/* A big conversion: every format over many chunks; to PostgreSQL and MariaDB. */
static void big_report_in_many_chunks(void **state)
{
	(void)state;
	char *text = tsql(3000);
	sct_input in = {"big.sql", text, strlen(text)};
	const char *targets[] = {"postgres", "mariadb"};
	for (int t = 0; t < 2; t++) {
		sct_session *s;
		sct_result *r = convert("mssql", targets[t], &in, 1, &s);
		assert_true(sct_result_item_count(r) > 6000);
		assert_true(same_written(r) >= 8); /* CSV, the shortest, too */
		sct_result_free(r);
		sct_session_free(s);
	}
	free(text);
}

/* Every testdata script (small reports: one chunk each, the rest at the end), T-SQL and Oracle. */
static void testdata_written_the_same(void **state)
{
	(void)state;
	const char *dirs[][2] = {{"testdata/mssql/*.sql", "mssql"}, {"testdata/oracle/*.sql", "oracle"}};
	for (int d = 0; d < 2; d++) {
		glob_t g;
		assert_int_equal(glob(dirs[d][0], 0, NULL, &g), 0);
		assert_true(g.gl_pathc > 10);
		for (size_t i = 0; i < g.gl_pathc; i++) {
			size_t len;
			char *text = unit_read_file(g.gl_pathv[i], &len);
			sct_input in = {g.gl_pathv[i], text, len};
			sct_session *s;
			sct_result *r = convert(dirs[d][1], "postgres", &in, 1, &s);
			same_written(r);
			sct_result_free(r);
			sct_session_free(s);
			free(text);
		}
		globfree(&g);
	}
}

/* Several files at once (the lists of files), and an empty input (no items, no objects). */
static void several_files_and_empty(void **state)
{
	(void)state;
	char *text = tsql(40);
	sct_input in[] = {{"a.sql", text, strlen(text)}, {"b <&>.sql", "CREATE TABLE x (a money);\n", 26},
			  {"c.sql", "", 0}};
	sct_session *s;
	sct_result *r = convert("mssql", "postgres", in, 3, &s);
	same_written(r);
	sct_result_free(r);
	sct_session_free(s);
	r = convert("mssql", "postgres", &in[2], 1, &s);
	assert_int_equal(sct_result_item_count(r), 0);
	same_written(r);
	sct_result_free(r);
	sct_session_free(s);
	free(text);
}

/* write fails at its first, second or fifth call: SCT_EIO with a message, and no call after it. */
static void write_failure_stops(void **state)
{
	(void)state;
	char *text = tsql(3000);
	sct_input in = {"big.sql", text, strlen(text)};
	sct_session *s;
	sct_result *r = convert("mssql", "postgres", &in, 1, &s);
	const int at[] = {1, 2, 5};
	for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
		char *want;
		size_t wlen;
		assert_int_equal(sct_result_report(&want, &wlen, r, formats[f]), SCT_OK);
		for (int k = 0; k < 3; k++) {
			chunks c;
			chunks_init(&c, at[k]);
			assert_int_equal(sct_result_report_write(r, formats[f], collect, &c), SCT_EIO);
			char msg[64];
			snprintf(msg, sizeof msg, "write returned %d", at[k] + 40);
			assert_non_null(strstr(sct_error_last(), "writing the report failed"));
			assert_non_null(strstr(sct_error_last(), msg));
			assert_int_equal(c.n, at[k]);
			assert_int_equal(c.calls_after, 0);
			assert_int_equal(c.empty, 0);
			assert_true(c.all.len < wlen);
			assert_memory_equal(c.all.data ? c.all.data : "", want, c.all.len); /* what went out before */
			sct_buf_free(&c.all);
		}
		sct_buffer_free(want);
	}
	/* the result still renders whole afterwards */
	same_written(r);
	sct_result_free(r);
	sct_session_free(s);
	free(text);
}

/* An unknown format or no write function: SCT_EUSAGE, nothing written. */
static void bad_arguments(void **state)
{
	(void)state;
	sct_input in = {"x.sql", "CREATE TABLE t (a money);\n", 26};
	sct_session *s;
	sct_result *r = convert("mssql", "postgres", &in, 1, &s);
	chunks c;
	chunks_init(&c, 0);
	assert_int_equal(sct_result_report_write(r, (sct_report_format)42, collect, &c), SCT_EUSAGE);
	assert_non_null(strstr(sct_error_last(), "unknown report format 42"));
	assert_int_equal(c.n, 0);
	assert_int_equal(sct_result_report_write(r, SCT_REPORT_JSON, NULL, &c), SCT_EUSAGE);
	assert_int_equal(sct_result_report_write(NULL, SCT_REPORT_JSON, collect, &c), SCT_EUSAGE);
	assert_int_equal(c.n, 0);
	sct_result_free(r);
	sct_session_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(big_report_in_many_chunks),
		cmocka_unit_test(testdata_written_the_same),
		cmocka_unit_test(several_files_and_empty),
		cmocka_unit_test(write_failure_stops),
		cmocka_unit_test(bad_arguments),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
