/* emit.h - target emitters: print the converted AST as DDL for one target engine, in dependency order. */
#ifndef SCT_EMIT_H
#define SCT_EMIT_H
#include "convert/convert.h"
#include "util/strbuf.h"

typedef struct sct_emit_opts {
	int validate;          /* parse every emitted statement with the target's own parser where we have one */
} sct_emit_opts;

void sct_emit_postgres(sct_conv *cv, const sct_emit_opts *o, sct_buf *out);

/* Shared by emitters: the source text of a statement carried into the output as a comment. */
void sct_emit_carried(sct_conv *cv, const sct_stmt *s, const char *why, sct_buf *out);
#endif
