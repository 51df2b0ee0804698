/* emit.h - target emitters: print the converted AST as DDL for one target engine, in dependency order. */
#ifndef SCT_EMIT_H
#define SCT_EMIT_H
#include "convert/convert.h"
#include "util/strbuf.h"
#include "util/sink.h"
#include "sqlprint.h"

/* The output handed on as it becomes final (sct_options.ddl_write, util/sink.h): postgres.c asks pgcheck.c where
 * the text can no longer change (its queued statements may still be written again; offsets it keeps are then
 * lowered by the bytes dropped: sct_pgcheck_dropped); elsewhere everything written is final. */

typedef struct sct_emit_opts {
	int validate;          /* parse every emitted statement with the target's own parser where we have one */
	double *validate_seconds; /* when set, the time spent validating is added here (api/stats.h) */
	int annotate;          /* SCT_ANNOTATE_*: which report items are named in a comment above the DDL */
	int threads;           /* sct_options.threads: may the check run on a second thread (pgcheck_thread.c) */
	double *worker_seconds; /* when set, the second thread's own checking time is added here */
	sct_sink *sink;        /* when set, the output is handed on as it becomes final (above) */
} sct_emit_opts;

void sct_emit_postgres(sct_conv *cv, const sct_emit_opts *o, sct_buf *out);
void sct_emit_mysql(sct_conv *cv, const sct_emit_opts *o, sct_buf *out); /* MySQL, MariaDB, Aurora MySQL */

/* Hints for the columns of a table, called before printing column i: the next columns, their names and
 * defaults are cache misses (the statements' hints: convert.h, sct_prefetch_picked). */
static inline __attribute__((always_inline)) void sct_emit_prefetch_column(const sct_list *cols, int i)
{
	if (i + 2 < cols->n)
		__builtin_prefetch(cols->items[i + 2]);
	if (i + 1 < cols->n) {
		const sct_column *c = cols->items[i + 1];
		__builtin_prefetch(c->name.s);
		if (c->def)
			__builtin_prefetch(c->def);
	}
}

/* Shared by emitters: the source text of a statement carried into the output as a comment. */
void sct_emit_carried(sct_conv *cv, const sct_stmt *s, const char *why, sct_buf *out);

/* Shared by emitters (annotate.c): report items as comments in the output. Init once per emission with
 * sct_emit_opts.annotate; call sct_emit_annotate(an, stmt, out) just before writing each statement converted
 * from stmt (an item is named once, above the first statement written for it); sct_emit_reason gives the
 * "CODE message" of the first warning or error of a statement carried as a comment (NULL if none). */
typedef struct sct_annotator {
	sct_conv *cv;
	int min_severity;      /* 0: no annotations */
	sct_item_index idx;    /* malloc'd: sct_annotator_free */
	sct_item_scratch scratch;
} sct_annotator;
void sct_annotator_init(sct_annotator *an, sct_conv *cv, int annotate);
void sct_annotator_free(sct_annotator *an);
void sct_emit_annotate(sct_annotator *an, const sct_stmt *s, sct_buf *out);
const char *sct_emit_reason(sct_annotator *an, const sct_stmt *s);
/* carry.c: every statement not converted (or not needed in the target), in source order, as a comment with
 * its reason, under one header line; everything in out must be final (sink: as in sct_emit_opts, or NULL). */
void sct_emit_not_converted(sct_annotator *an, sct_buf *out, sct_sink *sink);

/* PostgreSQL: procedures, functions and triggers converted to PL/pgSQL (plpgsql.c), after the views. */
/* which routines: procedures and functions (before the views, which may call them: PL/pgSQL bodies are not
 * checked against the catalog when created), DML triggers (after the views: INSTEAD OF triggers on views), the
 * event triggers of DDL triggers (last, so that loading the rest of the output does not fire them) */
enum { SCT_EMIT_ROUTINES, SCT_EMIT_TRIGGERS, SCT_EMIT_EVENT_TRIGGERS };
void sct_emit_plpgsql(sct_conv *cv, const sct_emit_opts *o, sct_annotator *an, sct_buf *out, int which);
/* PostgreSQL's expression and query printer (sqlprint.c with postgres.c's dialect), for plpgsql.c. */
extern sct_sqlp sct_pg_sql;
void sct_pg_column(sct_buf *b, const sct_column *c);
#endif
