/* pgcheck.h - batched libpg_query check of the PostgreSQL statements written by postgres.c (pgcheck.c). */
#ifndef SCT_PGCHECK_H
#define SCT_PGCHECK_H
#include "emit.h"

enum { SCT_PGCHECK_BATCH = 100 }; /* statements parsed in one call */

typedef struct sct_pgcheck_stmt {
	const sct_stmt *stmt;  /* for X001 */
	const char *object;    /* cv->cur_object when it was written, for X001 */
	size_t out_at, sql_at; /* in the output: its annotations, then the statement */
	size_t text_at, len;   /* the statement in the batch text, followed by ";\n" */
} sct_pgcheck_stmt;

typedef struct sct_pgcheck {
	sct_conv *cv;
	sct_buf *out;
	double *seconds;       /* time spent checking is added here, or NULL */
	sct_buf text;          /* the queued statements, each followed by ";\n" */
	sct_pgcheck_stmt q[SCT_PGCHECK_BATCH];
	int n;
} sct_pgcheck;

void sct_pgcheck_init(sct_pgcheck *k, sct_conv *cv, sct_buf *out, double *seconds);
/* Write sql (len bytes, without ';') and ";\n" to the output and queue it; out_at: where the annotations
 * written for it just before begin in the output. */
void sct_pgcheck_put(sct_pgcheck *k, const sct_stmt *s, size_t out_at, const char *sql, size_t len);
/* Check the queued statements; call before anything else writes to the output, and at the end. */
void sct_pgcheck_flush(sct_pgcheck *k);
void sct_pgcheck_free(sct_pgcheck *k); /* does not flush */
#endif
