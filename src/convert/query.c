/* query.c - SELECT trees of views and subqueries: FROM items resolved against the catalog (so a view
 * is only emitted when everything it reads exists in the target), TOP, APPLY, hints, set operations. */
#include "convert.h"
#include "code.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct cte_names {
	const struct cte_names *up;
	const sct_list *ctes;
} cte_names;

static int is_cte(const cte_names *c, const sct_qname *q)
{
	if (q->schema.s || sct_qname_catalog(q)->s)
		return 0;
	for (; c; c = c->up)
		for (int i = 0; i < c->ctes->n; i++) {
			const sct_cte *cte = c->ctes->items[i];
			if (cte->name.s && strcasecmp(cte->name.s, q->name.s) == 0)
				return 1;
		}
	return 0;
}

const sct_cte *sct_conv_scope_cte(const sct_scope *sc, const char *name)
{
	for (; sc; sc = sc->up)
		for (const cte_names *c = sc->ctes; c; c = c->up)
			for (int i = 0; i < c->ctes->n; i++) {
				const sct_cte *cte = c->ctes->items[i];
				if (cte->name.s && name && strcasecmp(cte->name.s, name) == 0)
					return cte;
			}
	return NULL;
}

static int qfail(sct_conv *cv, sct_scope *sc, const char *code, sct_loc loc, const char *msg)
{
	if (!sc->failed)
		sc->failed = msg;
	sct_conv_item(cv, code, loc, msg);
	return -1;
}

void sct_conv_add_dep(sct_conv *cv, sct_scope *sc, sct_object *o)
{
	for (sct_scope *s = sc; s; s = s->up)
		if (s->deps) {
			for (int i = 0; i < s->deps->n; i++)
				if (s->deps->items[i] == o)
					return;
			sct_list_push(cv->a, s->deps, o);
			return;
		}
}

static int conv_from(sct_conv *cv, sct_scope *sc, const cte_names *ctes, sct_from *f);
static int refers_to(const sct_query *q, const char *name);

static int from_refers(const sct_from *f, const char *name)
{
	switch (f->kind) {
	case SCT_FROM_TABLE: return !f->name->schema.s && f->name->name.s && !strcasecmp(f->name->name.s, name);
	case SCT_FROM_SUBQUERY: return refers_to(f->query, name);
	case SCT_FROM_JOIN: return from_refers(f->left, name) || from_refers(f->right, name);
	default: return 0;
	}
}

static int refers_to(const sct_query *q, const char *name)
{
	if (!q)
		return 0;
	if (q->kind != SCT_Q_SELECT)
		return refers_to(q->left, name) || refers_to(q->right, name);
	for (int i = 0; i < q->from.n; i++)
		if (from_refers(q->from.items[i], name))
			return 1;
	return 0;
}

/* PostgreSQL wants each column of a recursive query to have exactly the anchor's type (SQL Server does
 * too, but compares after its own type rules): cast the recursive member's columns to the anchor's types
 * where we know them. */
static void align_recursive(sct_conv *cv, sct_query *q)
{
	if (q->kind != SCT_Q_UNION_ALL && q->kind != SCT_Q_UNION)
		return;
	sct_query *anchor = q->left;
	while (anchor && anchor->kind != SCT_Q_SELECT)
		anchor = anchor->left;
	sct_query *rec = q->right;
	if (!anchor || !rec || rec->kind != SCT_Q_SELECT || anchor->targets.n != rec->targets.n)
		return;
	for (int i = 0; i < rec->targets.n; i++) {
		const sct_target *a = anchor->targets.items[i];
		sct_target *r = rec->targets.items[i];
		if (!a->out_type || (r->out_type && !strcmp(r->out_type, a->out_type)))
			continue;
		sct_expr *c = SCT_NEW(cv->a, sct_expr);
		c->kind = SCT_E_CAST;
		c->loc = r->expr->loc;
		c->a = r->expr;
		sct_type *ty = SCT_NEW(cv->a, sct_type);
		ty->name = a->out_type;
		ty->out = a->out_type;
		sct_expr_set_type(cv->a, c, ty);
		r->expr = c;
		r->out_type = a->out_type;
		sct_conv_itemf(cv, "E011", r->loc, "column %d of the recursive member cast to %s", i + 1, a->out_type);
	}
}

static int conv_query_in(sct_conv *cv, sct_scope *sc, sct_query *q, const cte_names *outer);

/* FOR JSON: the query converted as a derived table, wrapped in a query that builds the JSON text (json.c) */
static int conv_for_json(sct_conv *cv, sct_scope *sc, sct_query *q, const cte_names *outer)
{
	const char *why = NULL;
	sct_json_for *jf = sct_json_for_begin(cv, q, &why);
	if (!jf)
		return qfail(cv, sc, "E004", q->loc, why);
	if (conv_query_in(cv, sc, sct_json_for_inner(jf), outer) < 0)
		return -1;
	if (sct_json_for_end(cv, sc, jf, &why) < 0)
		return qfail(cv, sc, "E004", q->loc, why);
	return 0;
}

/* Column names a PIVOT / UNPIVOT rewrite (tsql_pivot.c) uses in its CASE expressions: not grouped. */
static void case_names(const sct_expr *e, sct_list *out, sct_arena *a)
{
	if (!e)
		return;
	if (e->kind == SCT_E_COL && e->name) {
		sct_list_push(a, out, (void *)e->name->name.s);
		return;
	}
	case_names(e->a, out, a);
	case_names(e->b, out, a);
	if (e->kind == SCT_E_CASE) {
		for (int i = 0; i < e->args.n; i++) {
			const sct_when *w = e->args.items[i];
			case_names(w->cond, out, a);
			case_names(w->result, out, a);
		}
	} else if (e->kind == SCT_E_FUNC) {
		for (int i = 0; i < e->args.n; i++)
			case_names(e->args.items[i], out, a);
	}
}

/* PIVOT / UNPIVOT over a table: its columns other than those pivoted, from the catalog, go first in the
 * target list (and, for PIVOT, into GROUP BY), as SQL Server groups by them. */
static int fill_pivot(sct_conv *cv, sct_scope *sc, const cte_names *ctes, sct_query *q)
{
	sct_from *f = q->from.n ? q->from.items[0] : NULL;
	if (f && f->kind == SCT_FROM_JOIN)
		f = f->left;
	sct_object *o = NULL;
	if (f && f->kind == SCT_FROM_TABLE && !is_cte(ctes, f->name)) {
		o = cv->code ? sct_code_from(cv, f) : NULL;
		if (!o)
			o = sct_hash_get(&cv->objects, sct_conv_key(cv, f->name));
	}
	if (!o || o->kind != SCT_K_TABLE || !o->stmt || o->stmt->kind != SCT_STMT_TABLE)
		return qfail(cv, sc, "E004", q->loc, "PIVOT/UNPIVOT over a source whose columns are not known "
						     "(not a table of the input): write it over a derived table listing the columns");
	sct_list used = {0}, targets = {0};
	for (int i = 0; i < q->targets.n; i++)
		case_names(((sct_target *)q->targets.items[i])->expr, &used, cv->a);
	const sct_table *t = o->stmt->u.table;
	for (int i = 0; i < t->columns.n; i++) {
		const sct_column *c = t->columns.items[i];
		int skip = 0;
		for (int j = 0; j < used.n && !skip; j++)
			skip = !strcasecmp(used.items[j], c->name.s);
		if (skip)
			continue;
		for (int g = 0; g < ((q->flags & SCT_QF_PIVOT_FILL) ? 2 : 1); g++) {
			sct_expr *e = SCT_NEW(cv->a, sct_expr);
			e->kind = SCT_E_COL;
			e->loc = e->end = q->loc;
			e->name = SCT_NEW(cv->a, sct_qname);
			e->name->name = c->name;
			e->name->name.loc = e->name->loc = q->loc;
			if (g) {
				sct_list_push(cv->a, &q->group_by, e);
			} else {
				sct_target *tg = SCT_NEW(cv->a, sct_target);
				tg->loc = q->loc;
				tg->expr = e;
				sct_list_push(cv->a, &targets, tg);
			}
		}
	}
	for (int i = 0; i < q->targets.n; i++)
		sct_list_push(cv->a, &targets, q->targets.items[i]);
	q->targets = targets;
	q->flags &= ~(unsigned)(SCT_QF_PIVOT_FILL | SCT_QF_UNPIVOT_FILL);
	return 0;
}

static int conv_query_in(sct_conv *cv, sct_scope *sc, sct_query *q, const cte_names *outer)
{
	if ((q->flags & SCT_QF_FOR_JSON) && cv->family == SCT_FAMILY_POSTGRES)
		return conv_for_json(cv, sc, q, outer);
	cte_names mine = {outer, &q->ctes};
	const cte_names *ctes = q->ctes.n ? &mine : outer;
	int xml = -1; /* FOR XML PATH('') concatenation: its mode (xml.c) */
	sc->ctes = ctes;
	for (int i = 0; i < q->ctes.n; i++) {
		sct_cte *c = q->ctes.items[i];
		sct_scope sub = {0};
		sub.up = sc->up;
		sub.deps = sc->deps;
		if (conv_query_in(cv, &sub, c->query, ctes) < 0)
			return qfail(cv, sc, "E004", c->loc, sub.failed ? sub.failed : "CTE could not be converted");
		if (c->name.s && refers_to(c->query, c->name.s))
			align_recursive(cv, c->query);
		sct_conv_ident(cv, &c->name);
		for (int j = 0; j < c->columns.n; j++)
			sct_conv_ident(cv, c->columns.items[j]);
	}
	/* FOR XML PATH('') concatenation only over one SELECT (xml.c); FOR JSON for PostgreSQL above */
	if ((q->flags & SCT_QF_FOR_JSON) ||
	    ((q->flags & SCT_QF_FOR_XML) && (!(q->flags & SCT_QF_XML_SCALAR) || q->kind != SCT_Q_SELECT)))
		return qfail(cv, sc, "E004", q->loc, "FOR XML / FOR JSON has no direct equivalent");
	if (q->kind != SCT_Q_SELECT) {
		sct_scope l = {0}, r = {0};
		l.up = r.up = sc->up;
		l.deps = r.deps = sc->deps;
		if (conv_query_in(cv, &l, q->left, ctes) < 0)
			return qfail(cv, sc, "E004", q->loc, l.failed ? l.failed : "set operation");
		if (conv_query_in(cv, &r, q->right, ctes) < 0)
			return qfail(cv, sc, "E004", q->loc, r.failed ? r.failed : "set operation");
	} else {
		if (q->into)
			return qfail(cv, sc, "E004", q->loc, "SELECT ... INTO in a query");
		if ((q->flags & (SCT_QF_PIVOT_FILL | SCT_QF_UNPIVOT_FILL)) && fill_pivot(cv, sc, ctes, q) < 0)
			return -1;
		for (int i = 0; i < q->from.n; i++)
			if (conv_from(cv, sc, ctes, q->from.items[i]) < 0)
				return -1;
		const char *why = NULL;
		if ((q->flags & SCT_QF_FOR_XML) && (xml = sct_xml_for_begin(cv, sc, q, &why)) < 0)
			return qfail(cv, sc, "E004", q->loc, why);
		for (int i = 0; i < q->targets.n; i++) {
			sct_target *t = q->targets.items[i];
			if (t->expr && t->expr->kind == SCT_E_COL) {
				sct_column *c = sct_conv_scope_column(sc, t->expr->name);
				t->out_type = c && c->type ? c->type->out : NULL;
			}
			if (!(t->expr = sct_conv_expr(cv, sc, t->expr)))
				return -1;
			if (t->expr->kind == SCT_E_CAST && sct_expr_type(t->expr))
				t->out_type = sct_expr_type(t->expr)->out;
			sct_conv_ident(cv, &t->alias);
		}
		if (q->where && !(q->where = sct_conv_expr(cv, sc, q->where)))
			return -1;
		for (int i = 0; i < q->group_by.n; i++)
			if (!(q->group_by.items[i] = sct_conv_expr(cv, sc, q->group_by.items[i])))
				return -1;
		if (q->having && !(q->having = sct_conv_expr(cv, sc, q->having)))
			return -1;
		if (q->top) {
			sct_expr *t = q->top;
			while (t->kind == SCT_E_PAREN)
				t = t->a;
			if (q->flags & SCT_QF_TOP_PERCENT) {
				if (t->kind == SCT_E_NUM && strcmp(t->text, "100") == 0) {
					sct_conv_item(cv, "E009", q->top->loc, NULL);
					q->top = NULL;
					q->flags &= ~(unsigned)SCT_QF_TOP_PERCENT;
				} else {
					return qfail(cv, sc, "E004", q->top->loc, "TOP n PERCENT has no direct equivalent");
				}
			} else if (!(q->top = sct_conv_expr(cv, sc, q->top))) {
				return -1;
			}
			if ((q->flags & SCT_QF_TOP_TIES) && cv->family == SCT_FAMILY_POSTGRES && cv->version &&
			    cv->version < 13000000)
				return qfail(cv, sc, "E004", q->loc, "TOP ... WITH TIES needs PostgreSQL 13");
		}
	}
	for (int i = 0; i < q->order_by.n; i++) {
		sct_sort *s = q->order_by.items[i];
		sct_conv_sort_nulls(cv, sc, q, s);
		if (!(s->expr = sct_conv_expr(cv, sc, s->expr)))
			return -1;
		sct_hier_sort(cv, q, s->expr); /* F151 (hierarchyid.c) */
	}
	if (q->offset && !(q->offset = sct_conv_expr(cv, sc, q->offset)))
		return -1;
	if (q->fetch && !(q->fetch = sct_conv_expr(cv, sc, q->fetch)))
		return -1;
	if (xml >= 0)
		sct_xml_for_end(cv, q, xml);
	return 0;
}

/* e cannot be NULL: a literal, or a NOT NULL column of a table in a query without outer joins (a select-list
 * alias of the same name hides the column in ORDER BY) */
static int never_null(sct_scope *sc, const sct_query *q, const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	if (!e)
		return 0;
	if (e->kind == SCT_E_NUM && q) { /* ORDER BY 2: the second select-list item (not known for a set operation) */
		long n = e->text ? strtol(e->text, NULL, 10) : 0;
		if (q->kind != SCT_Q_SELECT || n < 1 || n > q->targets.n)
			return 0;
		const sct_target *t = q->targets.items[n - 1];
		return t->expr && t->expr->kind != SCT_E_NUM && never_null(sc, NULL, t->expr);
	}
	if (e->kind == SCT_E_NUM || e->kind == SCT_E_STR)
		return 1;
	if (e->kind != SCT_E_COL || !e->name || !e->name->name.s)
		return 0;
	for (const sct_scope *s = sc; s; s = s->up)
		if (s->outer)
			return 0;
	for (int i = 0; q && !e->name->schema.s && i < q->targets.n; i++) {
		const sct_target *t = q->targets.items[i];
		if (t->alias.s && !strcasecmp(t->alias.s, e->name->name.s))
			return 0;
	}
	const sct_column *c = sct_conv_scope_column(sc, e->name);
	if (!c)
		return 0;
	if (c->nullable == 0 || sct_column_identity(c)) /* NOT NULL; IDENTITY columns are NOT NULL in SQL Server */
		return 1;
	for (int i = 0; i < sct_column_constraints(c)->n; i++) /* an inline PRIMARY KEY */
		if (((const sct_constraint *)sct_column_constraints(c)->items[i])->kind == SCT_CONS_PRIMARY)
			return 1;
	return 0;
}

void sct_conv_sort_nulls(sct_conv *cv, sct_scope *sc, const sct_query *q, sct_sort *s)
{
	if (cv->family != SCT_FAMILY_POSTGRES || sct_conv_oracle(cv) || s->nulls || never_null(sc, q, s->expr))
		return;
	s->nulls = s->desc ? 2 : 1; /* SQL Server: NULL is the lowest value */
}

static int conv_from(sct_conv *cv, sct_scope *sc, const cte_names *ctes, sct_from *f)
{
	switch (f->kind) {
	case SCT_FROM_TABLE: {
		sct_object *o = NULL;
		if (f->has_hints)
			sct_conv_item(cv, "E006", f->loc, NULL);
		if (cv->code && !is_cte(ctes, f->name) && (o = sct_code_from(cv, f)) != NULL) {
			/* a temp table, table variable or trigger transition table of a routine (code.c) */
		} else if (!is_cte(ctes, f->name)) {
			o = sct_hash_get(&cv->objects, sct_conv_key(cv, f->name));
			while (o && o->kind == SCT_K_SYNONYM && o->stmt->u.synonym->target && o->visit < 2) {
				o->visit++; /* bounded: synonym chains */
				o = sct_hash_get(&cv->objects, sct_conv_key(cv, o->stmt->u.synonym->target));
			}
			if (!o || (o->kind != SCT_K_TABLE && o->kind != SCT_K_VIEW && o->kind != SCT_K_SYNONYM))
				return qfail(cv, sc, "E003", f->loc,
					     sct_arena_printf(cv->a, "reads '%s%s%s', which is not defined in the input",
							      f->name->schema.s ? f->name->schema.s : "",
							      f->name->schema.s ? "." : "", f->name->name.s));
			if (!o->emitted && o->kind == SCT_K_TABLE)
				return qfail(cv, sc, "E003", f->loc,
					     sct_arena_printf(cv->a, "reads '%s', which is not converted", f->name->name.s));
			sct_conv_add_dep(cv, sc, o);
			/* refer to the object's own name node: it follows renames and synonyms */
			if (o->kind == SCT_K_TABLE)
				f->name = o->stmt->u.table->name;
			else if (o->kind == SCT_K_VIEW)
				f->name = o->stmt->u.view->name;
			sct_conv_qname(cv, f->name);
		} else {
			sct_conv_ident(cv, &f->name->name);
		}
		sct_list_push(cv->a, &sc->items, f);
		sct_list_push(cv->a, &sc->objs, o);
		break;
	}
	case SCT_FROM_SUBQUERY: {
		sct_scope sub = {0};
		sub.up = sc->up;
		sub.deps = sc->deps;
		if (conv_query_in(cv, &sub, f->query, ctes) < 0)
			return qfail(cv, sc, "E004", f->loc, sub.failed ? sub.failed : "derived table");
		sct_list_push(cv->a, &sc->items, f);
		sct_list_push(cv->a, &sc->objs, NULL);
		break;
	}
	case SCT_FROM_FUNC: {
		const char *why = NULL;
		int oj = sct_conv_openjson(cv, sc, f, &why);
		if (oj < 0)
			return qfail(cv, sc, "E004", f->loc, why);
		if (oj > 0) {
			sct_list_push(cv->a, &sc->items, f);
			sct_list_push(cv->a, &sc->objs, NULL);
			break;
		}
		int ss = sct_conv_string_split(cv, sc, f, &why); /* builtins.c */
		if (ss < 0)
			return qfail(cv, sc, "E003", f->loc, why);
		if (ss > 0) /* in scope with its columns value, ordinal */
			break;
		const sct_qname *fn = f->func ? f->func->name : NULL;
		if (fn && fn->schema.s && fn->name.s && !strcasecmp(fn->name.s, "nodes"))
			return qfail(cv, sc, "E004", f->loc,
				     sct_arena_printf(cv->a, "XML shredding with %s.nodes() has no automatic equivalent "
							     "(rewrite with xmltable() or xpath())", fn->schema.s));
		return qfail(cv, sc, "E003", f->loc,
			     sct_arena_printf(cv->a, "reads the table-valued function %s, which is not converted "
						     "automatically", fn && fn->name.s ? fn->name.s : "?"));
	}
	case SCT_FROM_VALUES:
		for (int i = 0; i < f->values.n; i++)
			if (!(f->values.items[i] = sct_conv_expr(cv, sc, f->values.items[i])))
				return -1;
		sct_list_push(cv->a, &sc->items, f);
		sct_list_push(cv->a, &sc->objs, NULL);
		break;
	case SCT_FROM_JOIN:
		if (f->join == SCT_JOIN_LEFT || f->join == SCT_JOIN_RIGHT || f->join == SCT_JOIN_FULL ||
		    f->join == SCT_JOIN_OUTER_APPLY)
			sc->outer = 1;
		if (conv_from(cv, sc, ctes, f->left) < 0)
			return -1;
		if (f->join == SCT_JOIN_CROSS_APPLY || f->join == SCT_JOIN_OUTER_APPLY) {
			/* the right side may refer to the left: LATERAL */
			if (f->right->kind == SCT_FROM_SUBQUERY) {
				sct_scope sub = {0};
				sub.up = sc;
				sub.deps = sc->deps;
				if (conv_query_in(cv, &sub, f->right->query, ctes) < 0)
					return qfail(cv, sc, "E004", f->loc, sub.failed ? sub.failed : "APPLY");
				sct_list_push(cv->a, &sc->items, f->right);
				sct_list_push(cv->a, &sc->objs, NULL);
			} else if (conv_from(cv, sc, ctes, f->right) < 0) {
				return -1;
			}
		} else if (conv_from(cv, sc, ctes, f->right) < 0) {
			return -1;
		}
		if (f->on && !(f->on = sct_conv_expr(cv, sc, f->on)))
			return -1;
		for (int i = 0; i < f->using_cols.n; i++)
			sct_conv_ident(cv, f->using_cols.items[i]);
		break;
	}
	sct_conv_ident(cv, &f->alias);
	for (int i = 0; i < f->col_aliases.n; i++)
		sct_conv_ident(cv, f->col_aliases.items[i]);
	return 0;
}

int sct_conv_query(sct_conv *cv, sct_scope *sc, sct_query *q, sct_list *deps)
{
	if (!sc->deps)
		sc->deps = deps;
	const cte_names *outer = NULL; /* a subquery in an expression sees the CTEs of the queries around it */
	for (const sct_scope *s = sc->up; s && !outer; s = s->up)
		outer = s->ctes;
	return conv_query_in(cv, sc, q, outer);
}
