/* pgcheck.c - the libpg_query check of the PostgreSQL statements postgres.c writes, batched: each statement is
 * written to the output at once and queued; every SCT_PGCHECK_BATCH statements the batch is parsed in one call,
 * which costs less than one call per statement. A batch passes only when it parses and each statement's own
 * ';' ends a statement of the parse (nothing of one statement was read as part of a string, comment or
 * statement of another), so each statement would have parsed on its own. A batch also ends at
 * SCT_PGCHECK_BYTES of text: a parse takes over 100 times its text in memory and gives it back at the end
 * of the call; kept under 1-2 MB, glibc reuses it for the next batch instead of returning it to the kernel
 * (it trims the top of a heap above its dynamic trim threshold, 2 MB here), which made the second thread
 * fault its pages in again for every batch (+25% page faults, +5% CPU time). With a second thread
 * (pgcheck_thread.c) full batches are parsed there while this thread goes on writing; when the worker is
 * behind, this thread checks the batch itself. Verdicts are taken in the order of the batches (as they come in,
 * and at a flush, before anything else writes to the output, and at the end, all of them): when a batch
 * failed, every one of its statements is checked on its own, as without batching, and written again: a
 * statement that fails becomes the X001 comment, in the same place, with the same report item, in the same
 * order, whatever the timing (nothing else adds report items between two flushes); the statements queued
 * after it move in the output by what that added. So the output before the oldest batch without a verdict
 * is final (sct_pgcheck_final), and can be handed on (emit.h, sct_sink). */
#include "pgcheck.h"
#include "api/stats.h"
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sct_pgcheck_init(sct_pgcheck *k, sct_conv *cv, sct_buf *out, double *seconds)
{
	memset(k, 0, sizeof *k);
	k->cv = cv;
	k->out = out;
	k->seconds = seconds;
	k->nslots = 1;
	k->ring = sct_arena_alloc(cv->a, sizeof *k->ring);
}

void sct_pgcheck_threads(sct_pgcheck *k, int threads, double *worker_seconds)
{
	k->worker_seconds = worker_seconds;
	k->threaded = sct_pgcheck_thread_wanted(threads);
	if (k->threaded) {
		k->nslots = SCT_PGCHECK_SLOTS;
		k->ring = sct_arena_alloc(k->cv->a, (size_t)k->nslots * sizeof *k->ring);
	}
}

void sct_pgcheck_free(sct_pgcheck *k)
{
	if (k->worker) {
		double t = sct_pgcheck_worker_stop(k->worker);
		if (k->worker_seconds)
			*k->worker_seconds += t;
		k->worker = NULL;
	}
	for (int i = 0; i < k->nslots; i++)
		sct_buf_free(&k->ring[i].text);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	return p;
}

int sct_pgcheck_batch_ok(const sct_pgcheck_batch *b)
{
	PgQuerySplitResult r = pg_query_split_with_parser(b->text.data);
	int ok = !r.error, j = 0;
	for (int i = 0; ok && i < b->n; i++) { /* does the parse end a statement at each queued statement's ';'? */
		int semicolon = (int)(b->q[i].text_at + b->q[i].len);
		while (j < r.n_stmts && r.stmts[j]->stmt_location + r.stmts[j]->stmt_len < semicolon)
			j++;
		ok = j < r.n_stmts && r.stmts[j]->stmt_location + r.stmts[j]->stmt_len == semicolon;
	}
	pg_query_free_split_result(r);
	return ok;
}

/* The output of a statement of a failed batch again, checked on its own: its annotations, then the statement
 * or the X001 comment. written: a copy of its output (annotations, statement, ";\n"), which this changes. */
static void one_by_one(sct_pgcheck *k, const sct_pgcheck_stmt *e, char *written)
{
	sct_buf_put(k->out, written, e->sql_at - e->out_at); /* its annotations */
	char *sql = written + (e->sql_at - e->out_at);
	sql[e->len] = 0; /* the ';' after it */
	PgQuerySplitResult r = pg_query_split_with_parser(sql);
	if (r.error) {
		const sct_stmt *s = e->stmt;
		sct_report_addf(k->cv->rep, "X001", s ? s->file : -1, s ? s->loc : 0, e->object, "statement",
				"generated statement does not parse: %s", r.error->message);
		sct_buf_printf(k->out, "-- [sctconv] X001: generated statement failed the PostgreSQL parser check (%s):\n",
			       r.error->message);
		sct_buf_puts(k->out, "-- ");
		for (const char *p = sql; *p; p++) {
			sct_buf_putc(k->out, *p);
			if (*p == '\n')
				sct_buf_puts(k->out, "-- ");
		}
		sct_buf_puts(k->out, "\n");
	} else {
		sct_buf_put(k->out, sql, e->len);
		sct_buf_puts(k->out, ";\n");
	}
	pg_query_free_split_result(r);
}

/* Add add and take sub from the offsets of the statements queued in the batches from the w-th waiting one on,
 * up to the one filling (w = 0: all of them). */
static void move_queued(sct_pgcheck *k, int w, size_t add, size_t sub)
{
	for (; w <= k->waiting && w < k->nslots; w++) { /* with every slot waiting, none is filling */
		sct_pgcheck_batch *b = &k->ring[(k->old + w) % k->nslots];
		for (int i = 0; i < b->n; i++) {
			b->q[i].out_at = b->q[i].out_at + add - sub;
			b->q[i].sql_at = b->q[i].sql_at + add - sub;
		}
	}
}

/* The output again from the first statement of the oldest waiting batch, which failed, on: its statements one
 * by one, everything between and after them as it was; the statements queued after them move with it. */
static void write_again(sct_pgcheck *k)
{
	const sct_pgcheck_batch *b = &k->ring[k->old];
	size_t from = b->q[0].out_at, end = k->out->len, at = from;
	char *written = xrealloc(NULL, end - from + 1);
	memcpy(written, k->out->data + from, end - from);
	k->out->len = from;
	k->out->data[from] = 0;
	for (int i = 0; i < b->n; i++) {
		const sct_pgcheck_stmt *e = &b->q[i];
		sct_buf_put(k->out, written + (at - from), e->out_at - at);
		one_by_one(k, e, written + (e->out_at - from));
		at = e->sql_at + e->len + 2; /* after its ";\n" */
	}
	sct_buf_put(k->out, written + (at - from), end - at);
	free(written);
	move_queued(k, 1, k->out->len, end);
}

/* The oldest waiting batch's verdict (when wait is set: checked here if the worker has not started it, else
 * waited for): 0 when not known yet. A batch that failed is written again. */
static int take_oldest(sct_pgcheck *k, int wait)
{
	sct_pgcheck_batch *b = &k->ring[k->old];
	if (b->on_worker) {
		if (wait && sct_pgcheck_worker_take_back(k->worker, b))
			b->ok = sct_pgcheck_batch_ok(b); /* the worker has not started it: checked here, not waited for */
		else if (!sct_pgcheck_worker_done(k->worker, b, wait))
			return 0;
		b->on_worker = 0;
	}
	if (!b->ok)
		write_again(k);
	b->n = 0;
	b->text.len = 0;
	k->old = (k->old + 1) % k->nslots;
	k->waiting--;
	return 1;
}

/* A full batch: to the worker, or checked here when there is no worker or it is behind. Then the verdicts
 * known so far are taken, in order; when every slot of the ring waits, the oldest is waited for. */
static void hand_on(sct_pgcheck *k, sct_pgcheck_batch *b)
{
	if (k->threaded && !k->worker && !(k->worker = sct_pgcheck_worker_start()))
		k->threaded = 0; /* no thread: check here, as with one CPU (the ring still works with one slot free) */
	if (!k->worker || !sct_pgcheck_worker_put(k->worker, b)) {
		b->ok = sct_pgcheck_batch_ok(b);
		b->done = 1;
	} else {
		b->on_worker = 1;
	}
	k->waiting++;
	while (k->waiting && take_oldest(k, k->waiting == k->nslots))
		;
}

void sct_pgcheck_flush(sct_pgcheck *k)
{
	sct_pgcheck_batch *b = &k->ring[(k->old + k->waiting) % k->nslots];
	if (!b->n && !k->waiting)
		return;
	double t0 = k->seconds ? sct_stats_now() : 0;
	if (b->n) { /* the last batch, here: this thread would only wait */
		b->ok = sct_pgcheck_batch_ok(b);
		b->done = 1;
		k->waiting++;
	}
	while (k->waiting)
		take_oldest(k, 1);
	if (k->seconds)
		*k->seconds += sct_stats_now() - t0;
}

size_t sct_pgcheck_final(const sct_pgcheck *k)
{
	const sct_pgcheck_batch *b = &k->ring[k->old]; /* the oldest waiting, or the one filling */
	return b->n ? b->q[0].out_at : k->out->len;
}

void sct_pgcheck_dropped(sct_pgcheck *k, size_t n)
{
	move_queued(k, 0, 0, n);
}

void sct_pgcheck_put(sct_pgcheck *k, const sct_stmt *s, size_t out_at, const char *sql, size_t len)
{
	sct_pgcheck_batch *b = &k->ring[(k->old + k->waiting) % k->nslots];
	sct_pgcheck_stmt *e = &b->q[b->n++];
	e->stmt = s;
	e->object = k->cv->cur_object;
	e->out_at = out_at;
	e->sql_at = k->out->len;
	e->text_at = b->text.len;
	e->len = len;
	sct_buf_put(k->out, sql, len);
	sct_buf_puts(k->out, ";\n");
	sct_buf_put(&b->text, sql, len);
	sct_buf_puts(&b->text, ";\n");
	if (b->n == SCT_PGCHECK_BATCH || b->text.len >= SCT_PGCHECK_BYTES) {
		double t0 = k->seconds ? sct_stats_now() : 0;
		hand_on(k, b);
		if (k->seconds)
			*k->seconds += sct_stats_now() - t0;
	}
}
