/* hierarchyid.c - SQL Server hierarchyid values kept as their canonical ToString() text ('/', '/1/', '/1/3/',
 * '/1/2.5/', '/1/-1/': the form the data migration exports) and the methods rewritten on that text: ToString(),
 * GetLevel(), GetAncestor(n), IsDescendantOf(p), hierarchyid::GetRoot(), hierarchyid::Parse(s). The other
 * methods (GetDescendant, GetReparentedValue, Read, Write) stay refused by the caller (E004). A value compared
 * or sorted directly (not through ToString()), also through an ORDER BY alias or ordinal, OVER (ORDER BY) or
 * BETWEEN, orders as a string, not depth-first: reported (F151). CAST to or from binary is refused: SQL Server's
 * binary encoding is not kept. */
#include "convert.h"
#include "code.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int sct_hier_type(sct_conv *cv, const sct_type *t)
{
	t = t ? sct_conv_resolve_alias(cv, t, NULL) : NULL;
	return t && t->name && (t->name[0] | 0x20) == 'h' && !strcasecmp(t->name, "hierarchyid"); /* h first: every column */
}

/* The input declares some hierarchyid column in a CREATE TABLE (the scope knows no column added by ALTER TABLE):
 * the column marks below are looked for only then (cached). Known without this look when the parser saw no type
 * named hierarchyid (api/session.c): it reads every column's type, a pass over all tables (~30 ms at 100 MB). */
static int input_has_hierarchyid(sct_conv *cv)
{
	if (cv->hierarchyid)
		return cv->hierarchyid > 1;
	cv->hierarchyid = 1;
	for (int i = 0; cv->stmts && i < cv->stmts->n; i++) {
		if (cv->kinds && cv->kinds[i] != SCT_STMT_TABLE)
			continue; /* convert.c: the kind of each statement, without reading the statement */
		const sct_stmt *s = cv->stmts->items[i];
		for (int j = 0; s->kind == SCT_STMT_TABLE && s->u.table && j < s->u.table->columns.n; j++)
			if (sct_hier_type(cv, ((const sct_column *)s->u.table->columns.items[j])->type))
				return (cv->hierarchyid = 2) > 1;
	}
	return 0;
}

/* Position of column col in the output of a derived table or CTE (its column list, else the select list of its
 * first SELECT: alias or column name), and that SELECT's target there; NULL when not found. */
static const sct_target *query_column(const sct_query *q, const sct_list *names, const char *col)
{
	while (q && q->kind != SCT_Q_SELECT)
		q = q->left;
	if (!q)
		return NULL;
	int k = -1;
	if (names && names->n) {
		for (int i = 0; i < names->n && k < 0; i++) {
			const sct_ident *id = names->items[i];
			if (id->s && !strcasecmp(id->s, col))
				k = i;
		}
	} else {
		for (int i = 0; i < q->targets.n && k < 0; i++) {
			const sct_target *t = q->targets.items[i];
			const char *n = t->alias.s ? t->alias.s
				: t->expr && t->expr->kind == SCT_E_COL && t->expr->name ? t->expr->name->name.s : NULL;
			if (n && !strcasecmp(n, col))
				k = i;
		}
	}
	return k >= 0 && k < q->targets.n ? q->targets.items[k] : NULL;
}

static const sct_expr *unparen(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e;
}

/* e is an unsigned integer literal of at most 5 digits: its value, else -1 */
static int small_number(const sct_expr *e)
{
	e = unparen(e);
	if (!e || e->kind != SCT_E_NUM || !e->text || !e->text[0] || strlen(e->text) > 5 ||
	    strspn(e->text, "0123456789") != strlen(e->text))
		return -1;
	return atoi(e->text);
}

static int converted_hier(const sct_expr *e)
{
	while (e && (e->kind == SCT_E_PAREN || e->kind == SCT_E_COLLATE))
		e = e->a;
	return e && (e->flags & SCT_EF_HIERARCHYID);
}

/* A column of a CTE or derived table in scope (already converted: its select list carries the marks). */
static int derived_hier(sct_scope *sc, const sct_qname *q)
{
	const char *qual = q->schema.s, *col = q->name.s;
	for (sct_scope *s = sc; s; s = s->up)
		for (int i = 0; i < s->items.n; i++) {
			const sct_from *f = s->items.items[i];
			if (s->objs.items[i])
				continue;
			const char *nm = f->alias.s ? f->alias.s : (f->name ? f->name->name.s : NULL);
			if (qual && (!nm || strcasecmp(nm, qual)))
				continue;
			const sct_target *t = NULL;
			if (f->kind == SCT_FROM_SUBQUERY)
				t = query_column(f->query, &f->col_aliases, col);
			else if (f->kind == SCT_FROM_TABLE && f->name && f->name->name.s) {
				const sct_cte *c = sct_conv_scope_cte(sc, f->name->name.s);
				t = c ? query_column(c->query, f->col_aliases.n ? &f->col_aliases : &c->columns, col) : NULL;
			}
			if (t && converted_hier(t->expr))
				return 1;
			if (t || qual)
				return 0;
		}
	return 0;
}

int sct_hier_column(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	if (e && e->kind == SCT_E_VAR && e->text && cv->code) {
		const sct_cvar *v = sct_code_var(cv, sct_arena_lower(cv->a, e->text));
		return v && !v->obj && !v->cursor && sct_hier_type(cv, v->type);
	}
	if (!e || e->kind != SCT_E_COL || !e->name || !e->name->name.s || !input_has_hierarchyid(cv))
		return 0;
	if (e->flags & SCT_EF_HIERARCHYID)
		return 1;
	if (sct_qname_catalog(e->name)->s || sct_qname_server(e->name)->s)
		return 0;
	const sct_column *c = sct_conv_scope_column(sc, e->name);
	if (c)
		return sct_hier_type(cv, c->type);
	return derived_hier(sc, e->name);
}

/* Methods this file converts, and the class of what they return (a hierarchyid: unknown, not a string that
 * SQL Server would compare by collation). */
static const struct { const char *name; sct_tclass cls; int nargs; } methods[] = {
	{"tostring", SCT_TC_STRING, 0}, {"getlevel", SCT_TC_NUMBER, 0}, {"getancestor", SCT_TC_UNKNOWN, 1},
	{"isdescendantof", SCT_TC_BOOL, 1},
};

static int method_index(const char *n)
{
	for (int i = 0; i < (int)(sizeof methods / sizeof methods[0]); i++)
		if (n && !strcasecmp(methods[i].name, n))
			return i;
	return -1;
}

/* The receiver of col.Method() / alias.col.Method() as a column reference, or NULL. */
static sct_expr *receiver(sct_conv *cv, const sct_expr *e)
{
	const sct_qname *n = e->name;
	if (!n || !n->schema.s || sct_qname_server(n)->s)
		return NULL;
	if (!sct_qname_catalog(n)->s && n->schema.s[0] == '@') { /* @x.Method(...) (a variable) */
		sct_expr *v = sct_conv_new_expr(cv, SCT_E_VAR, e->loc);
		v->text = n->schema.s;
		return v;
	}
	sct_expr *r = sct_conv_new_expr(cv, SCT_E_COL, e->loc);
	r->name = SCT_NEW(cv->a, sct_qname);
	r->name->loc = e->loc;
	if (sct_qname_catalog(n)->s) {
		r->name->schema = *sct_qname_catalog(n);
		r->name->name = n->schema;
	} else {
		r->name->name = n->schema;
	}
	return r;
}

/* Static calls hierarchyid::GetRoot() and hierarchyid::Parse(s) (parsed as a call with schema "hierarchyid"). */
static int is_static(const sct_expr *e, const char *method)
{
	return e->kind == SCT_E_FUNC && e->name && e->name->schema.s && !sct_qname_catalog(e->name)->s && e->name->name.s &&
	       !strcasecmp(e->name->schema.s, "hierarchyid") && !strcasecmp(e->name->name.s, method) &&
	       (e->flags & SCT_EF_STATIC);
}

sct_tclass sct_hier_class(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	if (!e || e->kind != SCT_E_FUNC || !e->name)
		return SCT_TC_UNKNOWN;
	int m = method_index(e->name->name.s);
	if (m < 0)
		return SCT_TC_UNKNOWN;
	sct_expr *r = receiver(cv, e);
	return r && sct_hier_column(cv, sc, r) ? methods[m].cls : SCT_TC_UNKNOWN;
}

/* A literal already in canonical form ('/', '/1/', '/1/2.5/', '/-1/'): what Parse() gives back unchanged. */
static int canonical(const sct_expr *e)
{
	e = unparen(e);
	if (!e || e->kind != SCT_E_STR || !e->text || e->text[0] != '/')
		return 0;
	for (const char *p = e->text + 1; *p;) { /* each level: -?(0|[1-9][0-9]*) joined by '.', then '/' */
		for (;;) {
			if (*p == '-')
				p++;
			if (*p == '0')
				p++;
			else if (*p >= '1' && *p <= '9')
				while (*p >= '0' && *p <= '9')
					p++;
			else
				return 0;
			if (*p != '.')
				break;
			p++;
		}
		if (*p++ != '/')
			return 0;
	}
	return 1;
}

static void order_item(sct_conv *cv, sct_loc loc)
{
	sct_conv_item(cv, "F151", loc, "hierarchyid value compared or sorted as its text: '/1/10/' comes before "
		      "'/1/2/' (SQL Server orders depth-first by level numbers)");
}

static sct_expr *tmpl(sct_conv *cv, const sct_expr *at, const char *text, const char *name, sct_expr *a, sct_expr *b)
{
	sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, at->loc);
	t->end = at->end;
	t->text = text;
	t->name = SCT_NEW(cv->a, sct_qname);
	t->name->name.s = name; /* a hierarchyid method: immutable (sct_conv_immutable) */
	sct_list_push(cv->a, &t->args, a);
	if (b)
		sct_list_push(cv->a, &t->args, b);
	return t;
}

/* GetAncestor(n) on PostgreSQL: the text without its last n levels ('/1/3/' -> '/1/' for n = 1), NULL when n is
 * more than the level. A constant n is written into the regular expression (substring() gives NULL when it does
 * not match); another n is checked against the level first and written as the bound {abs(n),n}, so a negative n
 * fails ("invalid repetition count") as SQL Server raises an error. PostgreSQL's bounds stop at 255: a node more
 * than 255 levels deep fails there too. */
static sct_expr *ancestor(sct_conv *cv, const sct_expr *e, sct_expr *x, const sct_expr *src_n, sct_expr *n)
{
	int v = small_number(src_n);
	if (v >= 0) {
		if (v == 0)
			return x; /* the node itself */
		if (v <= 255) { /* a bound of PostgreSQL's regular expressions */
			const char *re = v == 1 ? "substring(\1\1 from '^(.*/)[^/]+/$')"
				: sct_arena_printf(cv->a, "substring(\1\1 from '^(.*/)(?:[^/]+/){%d}$')", v);
			return tmpl(cv, e, re, "getancestor", x, NULL);
		}
	}
	return tmpl(cv, e, "CASE WHEN (\1\2) <= length(\1\1) - length(replace(\1\1, '/', '')) - 1 THEN "
		    "substring(\1\1 from '^(.*/)(?:[^/]+/){' || abs(\1\2) || ',' || (\1\2) || '}$') END", "getancestor", x, n);
}

sct_expr *sct_conv_hierarchyid(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled)
{
	*handled = 0;
	int my = cv->family == SCT_FAMILY_MYSQL;
	if (e->name && !e->name->schema.s && e->name->name.s && e->args.n == 1 &&
	    (!strcasecmp(e->name->name.s, "min") || !strcasecmp(e->name->name.s, "max")) &&
	    sct_hier_column(cv, sc, e->args.items[0]))
		order_item(cv, e->loc); /* MIN/MAX of the text: string order */
	if (is_static(e, "getroot") && e->args.n == 0) {
		*handled = 1;
		sct_expr *s = sct_conv_new_expr(cv, SCT_E_STR, e->loc);
		s->text = "/";
		s->end = e->end;
		s->flags |= SCT_EF_HIERARCHYID;
		return s;
	}
	if (is_static(e, "parse") && e->args.n == 1) {
		*handled = 1;
		int lit = canonical(e->args.items[0]);
		sct_expr *s = sct_conv_expr(cv, sc, e->args.items[0]);
		if (!s)
			return NULL;
		if (!lit)
			sct_conv_item(cv, "F150", e->loc, "hierarchyid::Parse(s) taken as s: the string is not checked "
			      "(SQL Server raises an error for a malformed path)");
		s->flags |= SCT_EF_HIERARCHYID;
		return s;
	}
	int m = method_index(e->name ? e->name->name.s : NULL);
	if (m < 0 || e->args.n != methods[m].nargs)
		return NULL;
	sct_expr *r = receiver(cv, e);
	if (!r || !sct_hier_column(cv, sc, r))
		return NULL;
	if (my && m == 2)
		return NULL; /* GetAncestor: PostgreSQL only (MySQL routines are carried whole) */
	*handled = 1;
	const sct_expr *src_arg = e->args.n ? e->args.items[0] : NULL;
	sct_expr *x = sct_conv_expr(cv, sc, r);
	sct_expr *a = src_arg ? sct_conv_expr(cv, sc, e->args.items[0]) : NULL;
	if (!x || (src_arg && !a))
		return NULL;
	switch (m) {
	case 0: /* ToString(): the text itself (a string now, not a hierarchyid) */
		x->flags &= ~(unsigned)SCT_EF_HIERARCHYID;
		return x;
	case 1: { /* GetLevel(): one level per '/' after the first; the root '/' is 0; smallint as in SQL Server */
		sct_expr *t = tmpl(cv, e, my ? "(char_length(\1\1) - char_length(replace(\1\1, '/', '')) - 1)"
					 : "(length(\1\1) - length(replace(\1\1, '/', '')) - 1)", "getlevel", x, NULL);
		sct_expr *c = sct_conv_new_expr(cv, SCT_E_CAST, e->loc);
		c->end = e->end;
		c->a = t;
		sct_type *ty = SCT_NEW(cv->a, sct_type);
		ty->loc = e->loc;
		ty->name = ty->out = "smallint";
		sct_expr_set_type(cv->a, c, ty);
		return c;
	}
	case 2: {
		sct_expr *t = ancestor(cv, e, x, src_arg, a);
		t->flags |= SCT_EF_HIERARCHYID;
		return t;
	}
	default: /* IsDescendantOf(p): p is x or a prefix of it (p ends with '/': a level boundary); NULL if either is */
		return tmpl(cv, e, my ? "(left(\1\1, char_length(\1\2)) = \1\2)" : "(left(\1\1, length(\1\2)) = \1\2)",
			    "isdescendantof", x, a);
	}
}

/* A hierarchyid value (not its ToString()) in ORDER BY, OVER (ORDER BY), BETWEEN or a < > comparison: string
 * order, not depth-first. Returns 1 when reported. */
int sct_hier_order(sct_conv *cv, const sct_expr *e, sct_loc loc)
{
	if (!converted_hier(e))
		return 0;
	order_item(cv, loc);
	return 1;
}

/* a op b (converted), a comparison: F151 when it orders (< > ...) a hierarchyid value; F150 when a hierarchyid is
 * compared with a string literal that is not a canonical path (SQL Server parses it: the text may differ). */
void sct_hier_compare(sct_conv *cv, const sct_expr *a, const sct_expr *b, int order, sct_loc loc)
{
	if (order && !sct_hier_order(cv, a, loc))
		sct_hier_order(cv, b, loc);
	const sct_expr *lit = unparen(converted_hier(a) ? b : converted_hier(b) ? a : NULL);
	if (lit && lit->kind == SCT_E_STR && !canonical(lit))
		sct_conv_item(cv, "F150", loc, "string compared with a hierarchyid taken as is: SQL Server parses it as a "
			      "path (raising an error if malformed); compare with the canonical ToString() form");
}

/* An ORDER BY item e (converted) of query q: the value itself, or a select-list alias or ordinal naming a
 * hierarchyid target (ORDER BY n of SELECT Node AS n, ORDER BY 1): F151. A select-list alias comes first, as in
 * SQL Server. */
void sct_hier_sort(sct_conv *cv, const sct_query *q, const sct_expr *e)
{
	const sct_expr *k = unparen(e);
	const sct_target *t = NULL;
	int n = small_number(k);
	if (n >= 0) {
		const sct_query *s = q;
		while (s && s->kind != SCT_Q_SELECT)
			s = s->left;
		t = s && n >= 1 && n <= s->targets.n ? s->targets.items[n - 1] : NULL;
	} else if (k && k->kind == SCT_E_COL && k->name && k->name->name.s && !k->name->schema.s) {
		t = query_column(q, NULL, k->name->name.s);
	}
	sct_hier_order(cv, t && t->expr ? t->expr : e, e->loc);
}

/* CAST(s AS hierarchyid) (converted: CAST(s AS text)): the string itself, not checked as SQL Server does. A
 * hierarchyid's binary form (CAST(node AS varbinary), CAST(0x58 AS hierarchyid)) is not its text's bytes:
 * -1 (refused by the caller). from: the class of the source operand. */
int sct_hier_cast(sct_conv *cv, sct_expr *e, sct_tclass from)
{
	if (!sct_expr_type(e) || !sct_expr_type(e)->name || !e->a)
		return 0;
	if (strcasecmp(sct_expr_type(e)->name, "hierarchyid"))
		return converted_hier(e->a) && sct_conv_tclass(cv, sct_expr_type(e)) == SCT_TC_BINARY ? -1 : 0;
	if (from == SCT_TC_BINARY)
		return -1;
	if (!converted_hier(e->a) && !canonical(e->a))
		sct_conv_item(cv, "F150", e->loc, "CAST(s AS hierarchyid) taken as s: the string is not checked "
			      "(SQL Server raises an error for a malformed path)");
	e->flags |= SCT_EF_HIERARCHYID;
	return 0;
}
