/* pgcheck.c - the libpg_query check of the PostgreSQL statements postgres.c writes, batched: each statement is
 * written to the output at once and queued; every CHECK_BATCH statements (and before anything else writes to
 * the output) the queue is parsed in one call, which costs less than one call per statement. A batch passes
 * only when it parses and each statement's own ';' ends a statement of the parse (nothing of one statement
 * was read as part of a string, comment or statement of another), so each statement would have parsed on
 * its own. Otherwise every statement of the batch is checked on its own, as without batching, and the output
 * of the batch is written again: a statement that fails becomes the X001 comment, in the same place, with
 * the same report item. */
#include "pgcheck.h"
#include "api/stats.h"
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sct_pgcheck_init(sct_pgcheck *k, sct_conv *cv, sct_buf *out, double *seconds)
{
	k->cv = cv;
	k->out = out;
	k->seconds = seconds;
	k->n = 0;
	sct_buf_init(&k->text);
}

void sct_pgcheck_free(sct_pgcheck *k)
{
	sct_buf_free(&k->text);
}

/* Does the parse of the batch end a statement at each queued statement's ';'? */
static int split_at_each_stmt(const sct_pgcheck *k, const PgQuerySplitResult *r)
{
	int j = 0;
	for (int i = 0; i < k->n; i++) {
		int semicolon = (int)(k->q[i].text_at + k->q[i].len);
		while (j < r->n_stmts && r->stmts[j]->stmt_location + r->stmts[j]->stmt_len < semicolon)
			j++;
		if (j == r->n_stmts || r->stmts[j]->stmt_location + r->stmts[j]->stmt_len != semicolon)
			return 0;
	}
	return 1;
}

/* The output of a queued statement again, checked on its own: the statement, or the X001 comment. */
static void one_by_one(sct_pgcheck *k, const sct_pgcheck_stmt *e, const char *written)
{
	sct_buf_put(k->out, written, e->sql_at - e->out_at); /* its annotations */
	char *sql = k->text.data + e->text_at;
	sql[e->len] = 0; /* the ';' after it, put back below */
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
	sql[e->len] = ';';
}

void sct_pgcheck_flush(sct_pgcheck *k)
{
	if (!k->n)
		return;
	double t0 = k->seconds ? sct_stats_now() : 0;
	PgQuerySplitResult r = pg_query_split_with_parser(k->text.data);
	int ok = !r.error && split_at_each_stmt(k, &r);
	pg_query_free_split_result(r);
	if (!ok) {
		size_t from = k->q[0].out_at, n = k->out->len - from;
		char *written = malloc(n + 1);
		if (!written) {
			fputs("sctconv: out of memory\n", stderr);
			abort();
		}
		memcpy(written, k->out->data + from, n);
		k->out->len = from;
		k->out->data[from] = 0;
		for (int i = 0; i < k->n; i++)
			one_by_one(k, &k->q[i], written + (k->q[i].out_at - from));
		free(written);
	}
	if (k->seconds)
		*k->seconds += sct_stats_now() - t0;
	k->n = 0;
	k->text.len = 0;
}

void sct_pgcheck_put(sct_pgcheck *k, const sct_stmt *s, size_t out_at, const char *sql, size_t len)
{
	sct_pgcheck_stmt *e = &k->q[k->n++];
	e->stmt = s;
	e->object = k->cv->cur_object;
	e->out_at = out_at;
	e->sql_at = k->out->len;
	e->text_at = k->text.len;
	e->len = len;
	sct_buf_put(k->out, sql, len);
	sct_buf_puts(k->out, ";\n");
	sct_buf_put(&k->text, sql, len);
	sct_buf_puts(&k->text, ";\n");
	if (k->n == SCT_PGCHECK_BATCH)
		sct_pgcheck_flush(k);
}
