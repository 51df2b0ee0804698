/* tsql_pivot.c - PIVOT / UNPIVOT in FROM rewritten at parse time into plain derived tables. */
#include <string.h>
#include <strings.h>
#include "parse/tsql/tsql_int.h"

/* PIVOT (agg(v) FOR c IN ([a], [b])) AS p over a source S becomes
 *   (SELECT g1, g2, agg(CASE WHEN c = 'a' THEN v END) AS [a], ... FROM S GROUP BY g1, g2) AS p
 * with g the columns of S other than v and c (what SQL Server groups by). UNPIVOT (v FOR c IN (x, y)) AS u:
 *   (SELECT * FROM (SELECT g..., c, CASE c WHEN 'x' THEN x WHEN 'y' THEN y END AS v
 *                   FROM S CROSS JOIN (SELECT 'x' AS c UNION ALL SELECT 'y') AS sct_unpivot_names) AS u
 *    WHERE v IS NOT NULL) AS u
 * Both need the columns of S: a derived table listing them (or VALUES with names), or a table, whose columns
 * the converter adds from the catalog (query.c, SCT_QF_PIVOT_FILL / SCT_QF_UNPIVOT_FILL). */

static sct_expr *node(sct_tsql_pctx *c, sct_expr_kind k, sct_loc loc)
{
	sct_tsql_span sp = {loc, loc};
	return sct_tsql_expr(c, k, sp);
}

static sct_expr *col(sct_tsql_pctx *c, sct_ident id)
{
	sct_expr *e = node(c, SCT_E_COL, id.loc);
	e->name = SCT_NEW(c->a, sct_qname);
	e->name->name = id;
	e->name->loc = id.loc;
	return e;
}

static sct_expr *str(sct_tsql_pctx *c, sct_ident id)
{
	sct_expr *e = node(c, SCT_E_STR, id.loc);
	e->text = id.s;
	return e;
}

static sct_target *target(sct_tsql_pctx *c, sct_expr *e, const sct_ident *alias)
{
	sct_target *t = SCT_NEW(c->a, sct_target);
	t->loc = e->loc;
	t->expr = e;
	if (alias)
		t->alias = *alias;
	return t;
}

static sct_query *select(sct_tsql_pctx *c, sct_loc loc)
{
	sct_query *q = SCT_NEW(c->a, sct_query);
	q->kind = SCT_Q_SELECT;
	q->loc = loc;
	return q;
}

static sct_from *derived(sct_tsql_pctx *c, sct_query *q, sct_ident alias, sct_loc loc)
{
	sct_from *f = SCT_NEW(c->a, sct_from);
	f->kind = SCT_FROM_SUBQUERY;
	f->loc = loc;
	f->query = q;
	f->alias = alias;
	return f;
}

static int fail(sct_tsql_pctx *c, sct_loc loc, const char *msg)
{
	if (!c->error) {
		c->error = msg;
		c->error_loc = loc;
	}
	return -1;
}

/* The output column names of a source, into *out (sct_ident*); 1 when the source is a table (the converter
 * adds its columns from the catalog), -1 when they are not known. */
static int source_columns(sct_tsql_pctx *c, const sct_from *src, sct_list *out, sct_loc loc)
{
	memset(out, 0, sizeof *out);
	if (src->col_aliases.n) {
		*out = src->col_aliases;
		return 0;
	}
	if (src->kind == SCT_FROM_TABLE)
		return 1;
	if (src->kind != SCT_FROM_SUBQUERY || !src->query)
		return fail(c, loc, "PIVOT/UNPIVOT over a function or join: its columns are not known "
				    "(write the source as a derived table listing the columns)");
	const sct_query *q = src->query;
	while (q->kind != SCT_Q_SELECT)
		q = q->left;
	for (int i = 0; i < q->targets.n; i++) {
		sct_target *t = q->targets.items[i];
		sct_ident *id = SCT_NEW(c->a, sct_ident);
		if (t->alias.s)
			*id = t->alias;
		else if (t->expr && t->expr->kind == SCT_E_COL && t->expr->name)
			*id = t->expr->name->name;
		else
			return fail(c, t->loc, "PIVOT/UNPIVOT source column without a name (SELECT * or an expression "
					       "without alias): the grouping columns are not known");
		sct_list_push(c->a, out, id);
	}
	return 0;
}

static int named(const sct_list *ids, const char *s)
{
	for (int i = 0; i < ids->n; i++)
		if (!strcasecmp(((sct_ident *)ids->items[i])->s, s))
			return 1;
	return 0;
}

sct_from *sct_tsql_pivot(sct_tsql_pctx *c, sct_from *src, sct_expr *agg, sct_ident forcol, sct_list *vals,
			 sct_ident alias, sct_loc loc)
{
	sct_list cols;
	int fill = source_columns(c, src, &cols, loc);
	if (fill < 0)
		return NULL;
	if (agg->args.n != 1 || ((sct_expr *)agg->args.items[0])->kind != SCT_E_COL || sct_expr_over(agg)) {
		fail(c, agg->loc, "PIVOT aggregate must be of one column of the source");
		return NULL;
	}
	sct_ident value = ((sct_expr *)agg->args.items[0])->name->name;
	sct_query *q = select(c, loc);
	if (fill)
		q->flags |= SCT_QF_PIVOT_FILL;
	for (int i = 0; i < cols.n; i++) {
		sct_ident *g = cols.items[i];
		if (!strcasecmp(g->s, value.s) || !strcasecmp(g->s, forcol.s))
			continue;
		sct_list_push(c->a, &q->targets, target(c, col(c, *g), NULL));
		sct_list_push(c->a, &q->group_by, col(c, *g));
	}
	for (int i = 0; i < vals->n; i++) {
		sct_ident *v = vals->items[i];
		sct_when *w = SCT_NEW(c->a, sct_when);
		w->loc = v->loc;
		w->cond = node(c, SCT_E_BINARY, v->loc);
		w->cond->op = SCT_OP_EQ;
		w->cond->a = col(c, forcol);
		w->cond->b = str(c, *v);
		w->result = col(c, value);
		sct_expr *cs = node(c, SCT_E_CASE, v->loc);
		sct_list_push(c->a, &cs->args, w);
		sct_expr *f = node(c, SCT_E_FUNC, agg->loc);
		f->name = agg->name;
		f->flags = agg->flags;
		sct_list_push(c->a, &f->args, cs);
		sct_list_push(c->a, &q->targets, target(c, f, v));
	}
	sct_list_push(c->a, &q->from, src);
	if (!alias.s) {
		alias.s = "pvt";
		alias.loc = loc;
	}
	return derived(c, q, alias, loc);
}

sct_from *sct_tsql_unpivot(sct_tsql_pctx *c, sct_from *src, sct_ident value, sct_ident namecol, sct_list *ucols,
			   sct_ident alias, sct_loc loc)
{
	sct_list cols;
	int fill = source_columns(c, src, &cols, loc);
	if (fill < 0)
		return NULL;
	if (!alias.s) {
		alias.s = "unpvt";
		alias.loc = loc;
	}
	/* the names: SELECT 'x' AS c UNION ALL SELECT 'y' */
	sct_query *names = NULL;
	sct_expr *cs = node(c, SCT_E_CASE, loc);
	cs->a = col(c, namecol);
	for (int i = 0; i < ucols->n; i++) {
		sct_ident *u = ucols->items[i];
		if (!fill && !named(&cols, u->s)) {
			fail(c, u->loc, "UNPIVOT column is not a column of the source");
			return NULL;
		}
		sct_query *one = select(c, u->loc);
		sct_list_push(c->a, &one->targets, target(c, str(c, *u), &namecol));
		if (names) {
			sct_query *un = select(c, u->loc);
			un->kind = SCT_Q_UNION_ALL;
			un->left = names;
			un->right = one;
			names = un;
		} else
			names = one;
		sct_when *w = SCT_NEW(c->a, sct_when);
		w->loc = u->loc;
		w->cond = str(c, *u);
		w->result = col(c, *u);
		sct_list_push(c->a, &cs->args, w);
	}
	sct_query *inner = select(c, loc);
	if (fill)
		inner->flags |= SCT_QF_UNPIVOT_FILL;
	for (int i = 0; i < cols.n; i++) {
		sct_ident *g = cols.items[i];
		if (!named(ucols, g->s))
			sct_list_push(c->a, &inner->targets, target(c, col(c, *g), NULL));
	}
	sct_list_push(c->a, &inner->targets, target(c, col(c, namecol), NULL));
	sct_list_push(c->a, &inner->targets, target(c, cs, &value));
	sct_from *join = SCT_NEW(c->a, sct_from);
	join->kind = SCT_FROM_JOIN;
	join->join = SCT_JOIN_CROSS;
	join->loc = loc;
	join->left = src;
	sct_ident kn = {"sct_unpivot_names", loc, 0};
	join->right = derived(c, names, kn, loc);
	sct_list_push(c->a, &inner->from, join);
	sct_query *outer = select(c, loc);
	sct_expr *star = node(c, SCT_E_STAR, loc);
	sct_list_push(c->a, &outer->targets, target(c, star, NULL));
	sct_list_push(c->a, &outer->from, derived(c, inner, alias, loc));
	outer->where = node(c, SCT_E_ISNULL, loc);
	outer->where->a = col(c, value);
	outer->where->flags = SCT_EF_NOT;
	return derived(c, outer, alias, loc);
}
