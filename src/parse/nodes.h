/* nodes.h - AST node constructors shared by every source parser (the grammars and splitters only fill in
 * what their dialect says; the defaults a node starts with are set here, once). */
#ifndef SCT_PARSE_NODES_H
#define SCT_PARSE_NODES_H
#include "sctconv/ast.h"
#include "util/arena.h"

/* A qualified name from its parts, rightmost = object name: [server.][catalog.][schema.]name. */
sct_qname *sct_new_qname(sct_arena *a, const sct_ident *part, int n, sct_loc loc);
/* A name's catalog and server parts, made zeroed when it has none yet: for setting them. Dropping both: q->more =
 * NULL (a copy of a name may share them: they are never changed in place once made, only replaced). */
sct_qname_more *sct_qname_more_of(sct_arena *a, sct_qname *q);
sct_option *sct_new_option(sct_arena *a, sct_loc loc, const char *name, const char *value);
sct_column *sct_new_column(sct_arena *a, sct_ident name);             /* nullable unspecified (-1) */
/* The column's rarely set parts, made zeroed when it has none yet: for writing them (reading: sct_column_identity...). */
sct_column_more *sct_column_more_of(sct_arena *a, sct_column *col);
/* An expression's rarely set parts, made zeroed when it has none yet; the setters make them only for a value that
 * is not NULL (most LIKEs have no ESCAPE, most calls no OVER). Reading: sct_expr_type() and the others (ast.h). */
sct_expr_more *sct_expr_more_of(sct_arena *a, sct_expr *e);
static inline void sct_expr_set_c(sct_arena *a, sct_expr *e, sct_expr *c)
{
	if (c || e->more)
		sct_expr_more_of(a, e)->c = c;
}
static inline void sct_expr_set_type(sct_arena *a, sct_expr *e, sct_type *t)
{
	if (t || e->more)
		sct_expr_more_of(a, e)->type = t;
}
static inline void sct_expr_set_query(sct_arena *a, sct_expr *e, sct_query *q)
{
	if (q || e->more)
		sct_expr_more_of(a, e)->query = q;
}
static inline void sct_expr_set_over(sct_arena *a, sct_expr *e, sct_over *o)
{
	if (o || e->more)
		sct_expr_more_of(a, e)->over = o;
}
/* A constraint's referenced table and columns and options, made zeroed when it has none yet: for writing them. */
sct_constraint_more *sct_constraint_more_of(sct_arena *a, sct_constraint *k);
sct_constraint *sct_new_constraint(sct_arena *a, sct_cons_kind k, sct_loc loc);
/* A statement covering source bytes [loc, end), appended to out. */
sct_stmt *sct_new_stmt(sct_arena *a, sct_list *out, sct_loc loc, sct_loc end, int file, int batch);
void sct_stmt_unparsed(sct_stmt *st, const char *msg, sct_loc loc);
void sct_stmt_other(sct_arena *a, sct_stmt *st, sct_other_kind k, const char *verb);
#endif
