/* pgcheck.h - batched libpg_query check of the PostgreSQL statements written by postgres.c (pgcheck.c), on a
 * second thread when allowed (pgcheck_thread.c). */
#ifndef SCT_PGCHECK_H
#define SCT_PGCHECK_H
#include "emit.h"

enum {
	SCT_PGCHECK_BATCH = 100, /* statements parsed in one call, at most */
	SCT_PGCHECK_BYTES = 8192, /* or fewer: a batch ends once its text is this long (pgcheck.c says why) */
	SCT_PGCHECK_SLOTS = 8,   /* batches written ahead of their verdicts, with a second thread */
};

typedef struct sct_pgcheck_stmt {
	const sct_stmt *stmt;  /* for X001 */
	const char *object;    /* cv->cur_object when it was written, for X001 */
	size_t out_at, sql_at; /* in the output: its annotations, then the statement */
	size_t text_at, len;   /* the statement in the batch text, followed by ";\n" */
} sct_pgcheck_stmt;

/* One batch: its own copy of the statements' text, so that it can be parsed while the output grows. */
typedef struct sct_pgcheck_batch {
	sct_buf text;          /* the queued statements, each followed by ";\n" */
	sct_pgcheck_stmt q[SCT_PGCHECK_BATCH];
	int n;
	int on_worker;         /* handed to the worker thread, verdict not taken yet (main thread only) */
	int done, ok;          /* the verdict; written by the worker under its lock (pgcheck_thread.c) */
} sct_pgcheck_batch;

typedef struct sct_pgcheck_worker sct_pgcheck_worker; /* pgcheck_thread.c */

typedef struct sct_pgcheck {
	sct_conv *cv;
	sct_buf *out;
	double *seconds;       /* time this thread spent checking or waiting for the worker is added here, or NULL */
	double *worker_seconds; /* the worker's own checking time is added here, or NULL */
	int threaded;          /* may start the worker (sct_pgcheck_threads) */
	sct_pgcheck_worker *worker; /* started at the first full batch; NULL: every batch is checked here */
	sct_pgcheck_batch *ring; /* 1 batch, or SCT_PGCHECK_SLOTS when threaded; the one after the waiting ones fills */
	int nslots, old, waiting; /* ring[old] is the oldest of `waiting` batches whose verdict is not taken yet */
} sct_pgcheck;

void sct_pgcheck_init(sct_pgcheck *k, sct_conv *cv, sct_buf *out, double *seconds);
/* threads as in sct_options.threads (0: a second thread when 2 CPUs are allowed, 1: none, 2+: a second thread);
 * call after init, before the first put; worker_seconds may be NULL. */
void sct_pgcheck_threads(sct_pgcheck *k, int threads, double *worker_seconds);
/* Write sql (len bytes, without ';') and ";\n" to the output and queue it; out_at: where the annotations
 * written for it just before begin in the output. */
void sct_pgcheck_put(sct_pgcheck *k, const sct_stmt *s, size_t out_at, const char *sql, size_t len);
/* Check the queued statements (waiting for the worker's verdicts); call before anything else writes to the
 * output, and at the end. */
void sct_pgcheck_flush(sct_pgcheck *k);
void sct_pgcheck_free(sct_pgcheck *k); /* does not flush; stops the worker */
/* Streaming (emit.h, sct_sink): the output before this offset is final: it begins the annotations of the
 * oldest queued statement (its batch has no verdict yet: if it fails, it is written again), or it is the whole
 * output when none is queued. After n bytes left the front of the output, sct_pgcheck_dropped(k, n)
 * lowers the offsets of the queued statements by n (n at most sct_pgcheck_final). */
size_t sct_pgcheck_final(const sct_pgcheck *k);
void sct_pgcheck_dropped(sct_pgcheck *k, size_t n);

/* Does the batch parse, ending a statement at each queued statement's ';'? (Any thread.) */
int sct_pgcheck_batch_ok(const sct_pgcheck_batch *b);

/* pgcheck_thread.c: the worker thread. */
int sct_pgcheck_thread_wanted(int threads);      /* sct_options.threads and the CPUs this process may use */
sct_pgcheck_worker *sct_pgcheck_worker_start(void); /* NULL if no thread could be started */
int sct_pgcheck_worker_put(sct_pgcheck_worker *w, sct_pgcheck_batch *b); /* 0: busy, check it yourself */
int sct_pgcheck_worker_done(sct_pgcheck_worker *w, const sct_pgcheck_batch *b, int wait); /* verdict known */
/* 1: b was still queued, not started, and is the caller's again (to check itself rather than wait) */
int sct_pgcheck_worker_take_back(sct_pgcheck_worker *w, sct_pgcheck_batch *b);
double sct_pgcheck_worker_stop(sct_pgcheck_worker *w); /* ends the thread; returns its checking time */
#endif
