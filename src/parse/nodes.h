/* nodes.h - AST node constructors shared by every source parser (the grammars and splitters only fill in
 * what their dialect says; the defaults a node starts with are set here, once). */
#ifndef SCT_PARSE_NODES_H
#define SCT_PARSE_NODES_H
#include "sctconv/ast.h"
#include "util/arena.h"

/* A qualified name from its parts, rightmost = object name: [server.][catalog.][schema.]name. */
sct_qname *sct_new_qname(sct_arena *a, const sct_ident *part, int n, sct_loc loc);
sct_option *sct_new_option(sct_arena *a, sct_loc loc, const char *name, const char *value);
sct_column *sct_new_column(sct_arena *a, sct_ident name);             /* nullable unspecified (-1) */
/* The column's rarely set parts, made zeroed when it has none yet: for writing them (reading: sct_column_identity...). */
sct_column_more *sct_column_more_of(sct_arena *a, sct_column *col);
sct_constraint *sct_new_constraint(sct_arena *a, sct_cons_kind k, sct_loc loc);
/* A statement covering source bytes [loc, end), appended to out. */
sct_stmt *sct_new_stmt(sct_arena *a, sct_list *out, sct_loc loc, sct_loc end, int file, int batch);
void sct_stmt_unparsed(sct_stmt *st, const char *msg, sct_loc loc);
void sct_stmt_other(sct_arena *a, sct_stmt *st, sct_other_kind k, const char *verb);
#endif
