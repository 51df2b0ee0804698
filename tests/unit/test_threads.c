/* test_threads.c - the library is thread-safe: 8 threads convert different inputs at once, with their own
 * sessions and with one shared session, and get byte for byte what one thread gets. Also the last-error
 * message is per thread; the libpg_query check on its own second thread in each of them. Run under
 * ThreadSanitizer by `make check-tsan`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <glob.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sctconv.h"

#define NTHREADS 8

typedef struct job {
	const char *target;
	int keep_case;
	sct_input in;
	char *ddl;       /* expected, from one thread */
	char *json;
} job;

static job *jobs;
static size_t njobs;
static glob_t files;
static const char *const targets[] = {"postgres:15", "postgres:10", "postgres:13", "aurora-postgres:12"};

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static sct_session *new_session(const char *target, int keep_case)
{
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = target;
	o.keep_case = keep_case;
	sct_session *s = NULL;
	return sct_session_new(&s, &o) == SCT_OK ? s : NULL;
}

/* DDL and JSON report of one conversion, or NULL on failure (no cmocka asserts: runs in threads). */
static int run(const sct_session *s, const sct_input *in, char **ddl, char **json)
{
	sct_result *r;
	if (sct_convert(&r, s, in, 1) != SCT_OK)
		return -1;
	*ddl = strdup(sct_result_ddl(r, NULL));
	size_t len;
	int rc = sct_result_report(json, &len, r, SCT_REPORT_JSON);
	sct_result_free(r);
	return rc == SCT_OK && *ddl ? 0 : -1;
}

static int setup(void **state)
{
	(void)state;
	if (glob("testdata/mssql/*.sql", 0, NULL, &files) != 0 || glob("testdata/sample/*.sql", GLOB_APPEND, NULL, &files) != 0)
		return -1;
	njobs = files.gl_pathc;
	jobs = calloc(njobs, sizeof *jobs);
	for (size_t i = 0; i < njobs; i++) {
		jobs[i].target = targets[i % 4];
		jobs[i].keep_case = i % 5 == 0;
		jobs[i].in.name = files.gl_pathv[i];
		jobs[i].in.data = slurp(files.gl_pathv[i], &jobs[i].in.len);
		sct_session *s = new_session(jobs[i].target, jobs[i].keep_case);
		if (!s || run(s, &jobs[i].in, &jobs[i].ddl, &jobs[i].json) != 0)
			return -1;
		sct_session_free(s);
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < njobs; i++) {
		free((char *)jobs[i].in.data);
		free(jobs[i].ddl);
		sct_buffer_free(jobs[i].json);
	}
	free(jobs);
	globfree(&files);
	return 0;
}

typedef struct worker {
	pthread_t tid;
	int index;
	const sct_session *shared;   /* postgres:15, used by every thread at once */
	const char *shared_ddl0;     /* what the shared session made of job 0 */
	int done, mismatches, failures, error_mixups;
} worker;

static void *work(void *arg)
{
	worker *w = arg;
	for (size_t k = 0; k < njobs; k++) {
		/* each thread starts at a different input, so different inputs run at the same moment */
		size_t i = (k + (size_t)w->index * 3) % njobs;
		const job *j = &jobs[i];
		sct_session *own = new_session(j->target, j->keep_case);
		char *ddl = NULL, *json = NULL;
		if (!own || run(own, &j->in, &ddl, &json) != 0) {
			w->failures++;
		} else {
			w->done++;
			if (strcmp(ddl, j->ddl) || strcmp(json, j->json))
				w->mismatches++;
		}
		free(ddl);
		sct_buffer_free(json);
		sct_session_free(own);

		/* the shared session: the same input as the single-threaded run of job 0's target */
		if (k % 4 == 0) {
			ddl = json = NULL;
			if (run(w->shared, &jobs[0].in, &ddl, &json) != 0)
				w->failures++;
			else if (strcmp(ddl, w->shared_ddl0))
				w->mismatches++;
			free(ddl);
			sct_buffer_free(json);
		}

		/* a usage error names this thread's own bad version, whatever the other threads did */
		char bad[32], want[32];
		snprintf(bad, sizeof bad, "postgres:%d", 100 + w->index);
		snprintf(want, sizeof want, "'%d'", 100 + w->index);
		sct_session *none = new_session(bad, 0);
		if (none || !strstr(sct_error_last(), want))
			w->error_mixups++;
		sct_session_free(none);
	}
	return NULL;
}

static void eight_threads_get_what_one_thread_gets(void **state)
{
	(void)state;
	assert_true(njobs >= NTHREADS);
	assert_string_equal(jobs[0].target, "postgres:15");
	sct_session *shared = new_session("postgres:15", jobs[0].keep_case);
	assert_non_null(shared);
	worker w[NTHREADS];
	memset(w, 0, sizeof w);
	for (int t = 0; t < NTHREADS; t++) {
		w[t].index = t;
		w[t].shared = shared;
		w[t].shared_ddl0 = jobs[0].ddl;
		assert_int_equal(pthread_create(&w[t].tid, NULL, work, &w[t]), 0);
	}
	int done = 0;
	for (int t = 0; t < NTHREADS; t++) {
		assert_int_equal(pthread_join(w[t].tid, NULL), 0);
		assert_int_equal(w[t].failures, 0);
		assert_int_equal(w[t].mismatches, 0);
		assert_int_equal(w[t].error_mixups, 0);
		done += w[t].done;
	}
	assert_int_equal(done, (int)njobs * NTHREADS);
	sct_session_free(shared);
}

/* The libpg_query check on a second thread (sct_options.threads = 2: the worker runs even on one CPU) while
 * several threads convert at once with one shared session, and two more with sessions of their own that
 * stream the DDL (sct_options.ddl_write): input whose conversion fails the check in several batches (a user
 * rule makes an expression PostgreSQL cannot parse) gives what one thread gives. */
typedef struct checker {
	pthread_t tid;
	const sct_session *shared;
	const sct_input *in;
	const char *ddl, *json;      /* expected, from threads = 1 */
	int mismatches, failures;
} checker;

static void *check_work(void *arg)
{
	checker *c = arg;
	for (int k = 0; k < 3; k++) {
		char *ddl = NULL, *json = NULL;
		if (run(c->shared, c->in, &ddl, &json) != 0)
			c->failures++;
		else if (strcmp(ddl, c->ddl) || strcmp(json, c->json))
			c->mismatches++;
		free(ddl);
		sct_buffer_free(json);
	}
	return NULL;
}

/* sct_options.ddl_write of the streaming checkers: the chunks, appended */
typedef struct sink {
	char *data;
	size_t len, cap;
} sink;

static int sink_write(void *payload, const char *data, size_t len)
{
	sink *k = payload;
	if (k->len + len + 1 > k->cap) {
		size_t cap = k->cap ? k->cap : 4096;
		while (cap < k->len + len + 1)
			cap *= 2;
		char *d = realloc(k->data, cap);
		if (!d)
			return -1;
		k->data = d;
		k->cap = cap;
	}
	memcpy(k->data + k->len, data, len);
	k->len += len;
	k->data[k->len] = 0;
	return 0;
}

static sct_session *broken_rule_session_to(int threads, sink *k)
{
	static const char rule[] = "@source mssql\n@target postgres\nfunc broken(a) -> ({a} +\n";
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = "postgres:15";
	o.threads = threads;
	if (k) {
		o.ddl_write = sink_write;
		o.ddl_payload = k;
	}
	sct_session *s = NULL;
	if (sct_session_new(&s, &o) != SCT_OK || sct_session_add_rules_text(s, "broken.rules", rule, sizeof rule - 1) != SCT_OK) {
		sct_session_free(s);
		return NULL;
	}
	return s;
}

static sct_session *broken_rule_session(int threads)
{
	return broken_rule_session_to(threads, NULL);
}

/* A checker that streams: its own session, whose DDL goes to its own sink. */
static void *stream_work(void *arg)
{
	checker *c = arg;
	sink k = {NULL, 0, 0};
	sct_session *s = broken_rule_session_to(2, &k);
	for (int n = 0; s && n < 3; n++) {
		k.len = 0;
		sct_result *r;
		if (sct_convert(&r, s, c->in, 1) != SCT_OK) {
			c->failures++;
			continue;
		}
		char *json = NULL;
		size_t len;
		if (sct_result_report(&json, &len, r, SCT_REPORT_JSON) != SCT_OK || *sct_result_ddl(r, NULL))
			c->failures++;
		else if (!k.data || strcmp(k.data, c->ddl) || strcmp(json, c->json))
			c->mismatches++;
		sct_buffer_free(json);
		sct_result_free(r);
	}
	if (!s)
		c->failures++;
	sct_session_free(s);
	free(k.data);
	return NULL;
}

static void check_on_a_second_thread_while_threads_convert(void **state)
{
	(void)state;
	size_t cap = 1 << 16, len = 0;
	char *text = malloc(cap);
	assert_non_null(text);
	for (int i = 0; i < 6000; i++) { /* over several chunks of streamed DDL */
		if (len + 200 > cap)
			assert_non_null(text = realloc(text, cap *= 2));
		len += (size_t)(i % 120 == 5 ? snprintf(text + len, cap - len, "CREATE TABLE dbo.bad%d (a int DEFAULT broken(%d));\nGO\n", i, i)
				: snprintf(text + len, cap - len, "CREATE TABLE dbo.t%d (a int);\nGO\nCREATE INDEX ix%d ON dbo.t%d (a);\nGO\n", i, i, i));
	}
	sct_input in = {"many.sql", text, len};
	sct_session *one = broken_rule_session(1), *two = broken_rule_session(2);
	assert_non_null(one);
	assert_non_null(two);
	char *ddl = NULL, *json = NULL;
	assert_int_equal(run(one, &in, &ddl, &json), 0);
	assert_non_null(strstr(ddl, "X001"));
	checker c[6]; /* 4 with the shared session, 2 streaming the DDL (sct_options.ddl_write) */
	memset(c, 0, sizeof c);
	for (int t = 0; t < 6; t++) {
		c[t].shared = two;
		c[t].in = &in;
		c[t].ddl = ddl;
		c[t].json = json;
		assert_int_equal(pthread_create(&c[t].tid, NULL, t < 4 ? check_work : stream_work, &c[t]), 0);
	}
	for (int t = 0; t < 6; t++) {
		assert_int_equal(pthread_join(c[t].tid, NULL), 0);
		assert_int_equal(c[t].failures, 0);
		assert_int_equal(c[t].mismatches, 0);
	}
	free(ddl);
	sct_buffer_free(json);
	sct_session_free(one);
	sct_session_free(two);
	free(text);
}

/* Sanity of the baseline itself: different inputs gave different DDL, so the comparison means something. */
static void baseline_differs_between_inputs(void **state)
{
	(void)state;
	size_t distinct = 0;
	for (size_t i = 1; i < njobs; i++)
		if (strcmp(jobs[i].ddl, jobs[i - 1].ddl))
			distinct++;
	assert_true(distinct >= njobs / 2);
	for (size_t i = 0; i < njobs; i++)
		assert_non_null(strstr(jobs[i].json, "\"items\""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(baseline_differs_between_inputs),
		cmocka_unit_test(eight_threads_get_what_one_thread_gets),
		cmocka_unit_test(check_on_a_second_thread_while_threads_convert),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
