/* emit.h - target emitters: print the converted AST as DDL for one target engine, in dependency order. */
#ifndef SCT_EMIT_H
#define SCT_EMIT_H
#include "convert/convert.h"
#include "util/strbuf.h"
#include "sqlprint.h"

typedef struct sct_emit_opts {
	int validate;          /* parse every emitted statement with the target's own parser where we have one */
	double *validate_seconds; /* when set, the time spent validating is added here (api/stats.h) */
	int annotate;          /* SCT_ANNOTATE_*: which report items are named in a comment above the DDL */
} sct_emit_opts;

void sct_emit_postgres(sct_conv *cv, const sct_emit_opts *o, sct_buf *out);
void sct_emit_mysql(sct_conv *cv, const sct_emit_opts *o, sct_buf *out); /* MySQL, MariaDB, Aurora MySQL */

/* Shared by emitters: the source text of a statement carried into the output as a comment. */
void sct_emit_carried(sct_conv *cv, const sct_stmt *s, const char *why, sct_buf *out);

/* Shared by emitters (annotate.c): report items as comments in the output. Init once per emission with
 * sct_emit_opts.annotate; call sct_emit_annotate(an, stmt, out) just before writing each statement converted
 * from stmt (an item is named once, above the first statement written for it); sct_emit_reason gives the
 * "CODE message" of the first warning or error of a statement carried as a comment (NULL if none). */
typedef struct sct_annotator {
	sct_conv *cv;
	int min_severity;      /* 0: no annotations */
	sct_item_index idx;
} sct_annotator;
void sct_annotator_init(sct_annotator *an, sct_conv *cv, int annotate);
void sct_emit_annotate(sct_annotator *an, const sct_stmt *s, sct_buf *out);
const char *sct_emit_reason(sct_annotator *an, const sct_stmt *s);
/* carry.c: every statement not converted (or not needed in the target), in source order, as a comment with
 * its reason, under one header line. */
void sct_emit_not_converted(sct_annotator *an, sct_buf *out);

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
