/* nodes.c - AST node constructors shared by every source parser. */
#include "nodes.h"
#include "util/list.h"

sct_qname *sct_new_qname(sct_arena *a, const sct_ident *part, int n, sct_loc loc)
{
	sct_qname *q = SCT_NEW(a, sct_qname);
	q->loc = loc;
	if (n >= 1)
		q->name = part[n - 1];
	if (n >= 2)
		q->schema = part[n - 2];
	if (n >= 3)
		sct_qname_more_of(a, q)->catalog = part[n - 3];
	if (n >= 4)
		q->more->server = part[n - 4];
	return q;
}

sct_qname_more *sct_qname_more_of(sct_arena *a, sct_qname *q)
{
	if (!q->more)
		q->more = SCT_NEW(a, sct_qname_more);
	return q->more;
}

sct_option *sct_new_option(sct_arena *a, sct_loc loc, const char *name, const char *value)
{
	sct_option *o = SCT_NEW(a, sct_option);
	o->loc = loc;
	o->name = name;
	o->value = value;
	return o;
}

sct_column *sct_new_column(sct_arena *a, sct_ident name)
{
	sct_column *col = SCT_NEW(a, sct_column);
	col->loc = name.loc;
	col->name = name;
	col->nullable = -1;
	return col;
}

sct_column_more *sct_column_more_of(sct_arena *a, sct_column *col)
{
	if (!col->more)
		col->more = SCT_NEW(a, sct_column_more);
	return col->more;
}

sct_expr_more *sct_expr_more_of(sct_arena *a, sct_expr *e)
{
	if (!e->more)
		e->more = SCT_NEW(a, sct_expr_more);
	return e->more;
}

sct_constraint *sct_new_constraint(sct_arena *a, sct_cons_kind k, sct_loc loc)
{
	sct_constraint *x = SCT_NEW(a, sct_constraint);
	x->kind = k;
	x->loc = loc;
	return x;
}

sct_constraint_more *sct_constraint_more_of(sct_arena *a, sct_constraint *k)
{
	if (!k->more)
		k->more = SCT_NEW(a, sct_constraint_more);
	return k->more;
}

sct_stmt *sct_new_stmt(sct_arena *a, sct_list *out, sct_loc loc, sct_loc end, int file, int batch)
{
	sct_stmt *st = SCT_NEW(a, sct_stmt);
	st->loc = loc;
	st->end = end;
	st->file = file;
	st->batch = batch;
	sct_list_push(a, out, st);
	return st;
}

void sct_stmt_unparsed(sct_stmt *st, const char *msg, sct_loc loc)
{
	st->kind = SCT_STMT_UNPARSED;
	st->error = msg;
	st->error_loc = loc;
}

void sct_stmt_other(sct_arena *a, sct_stmt *st, sct_other_kind k, const char *verb)
{
	sct_other *o = SCT_NEW(a, sct_other);
	o->kind = k;
	o->verb = verb;
	st->kind = SCT_STMT_OTHER;
	st->u.other = o;
}
