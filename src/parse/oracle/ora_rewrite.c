/* ora_rewrite.c - Oracle query forms that have a standard equivalent, rewritten in the parsed tree so the
 * converter only sees standard SQL: comma joins with (+) conditions become LEFT JOINs, WHERE ROWNUM <= n
 * becomes a row limit, FROM DUAL disappears. A form that cannot be rewritten faithfully (ROWNUM with ORDER BY
 * in the same block, (+) on an unqualified column, CONNECT BY) is an error: the statement is then carried and
 * reported, never silently changed. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "parse/oracle/ora_int.h"

static int fail(sct_ora_pctx *c, sct_loc loc, const char *msg)
{
	if (!c->error) {
		c->error = msg;
		c->error_loc = loc;
	}
	return -1;
}

static int is_mark(sct_ora_pctx *c, const sct_expr *e, int consume)
{
	for (int i = 0; i < c->ojcols.n; i++)
		if (c->ojcols.items[i] == e) {
			if (consume)
				c->ojcols.items[i] = NULL;
			return 1;
		}
	return 0;
}

/* Calls f on every expression node of e, not descending into subqueries. */
typedef void (*visit_fn)(sct_ora_pctx *c, sct_expr *e, void *arg);
static void walk(sct_ora_pctx *c, sct_expr *e, visit_fn f, void *arg, int depth)
{
	if (!e || depth > SCT_ORA_MAX_WALK)
		return;
	f(c, e, arg);
	walk(c, e->a, f, arg, depth + 1);
	walk(c, e->b, f, arg, depth + 1);
	walk(c, sct_expr_c(e), f, arg, depth + 1);
	for (int i = 0; i < e->args.n; i++) {
		if (e->kind == SCT_E_CASE) {
			sct_when *w = e->args.items[i];
			walk(c, w->cond, f, arg, depth + 1);
			walk(c, w->result, f, arg, depth + 1);
		} else
			walk(c, e->args.items[i], f, arg, depth + 1);
	}
}

/* ---------- ROWNUM ---------- */

static int is_rownum(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e && e->kind == SCT_E_KEYWORD && e->text && !strcmp(e->text, "ROWNUM");
}

static void conjuncts(sct_ora_pctx *c, sct_expr *e, sct_list *out)
{
	while (e && e->kind == SCT_E_PAREN && e->a && e->a->kind == SCT_E_BINARY && e->a->op == SCT_OP_AND)
		e = e->a;
	if (e && e->kind == SCT_E_BINARY && e->op == SCT_OP_AND) {
		conjuncts(c, e->a, out);
		conjuncts(c, e->b, out);
	} else if (e)
		sct_list_push(c->a, out, e);
}

static sct_expr *and_all(sct_ora_pctx *c, sct_list *l)
{
	sct_expr *r = NULL;
	for (int i = 0; i < l->n; i++) {
		sct_expr *x = l->items[i];
		if (!x)
			continue;
		if (!r) {
			r = x;
			continue;
		}
		sct_expr *b = SCT_NEW(c->a, sct_expr);
		b->kind = SCT_E_BINARY;
		b->op = SCT_OP_AND;
		b->a = r;
		b->b = x;
		b->loc = r->loc;
		b->end = x->end;
		r = b;
	}
	return r;
}

/* ROWNUM <= n, ROWNUM < n, ROWNUM = 1 (either side): the limit expression, else NULL. */
static sct_expr *rownum_limit(sct_ora_pctx *c, sct_expr *e)
{
	if (e->kind != SCT_E_BINARY)
		return NULL;
	sct_op op = e->op;
	sct_expr *n;
	if (is_rownum(e->a))
		n = e->b;
	else if (is_rownum(e->b)) {
		n = e->a;
		op = op == SCT_OP_GE ? SCT_OP_LE : op == SCT_OP_GT ? SCT_OP_LT : op == SCT_OP_EQ ? SCT_OP_EQ : SCT_OP_NONE;
	} else
		return NULL;
	if (op == SCT_OP_LE)
		return n;
	if (op == SCT_OP_EQ && n->kind == SCT_E_NUM && !strcmp(n->text, "1"))
		return n;
	if (op == SCT_OP_LT) {
		if (n->kind == SCT_E_NUM && strspn(n->text, "0123456789") == strlen(n->text) && strlen(n->text) < 18) {
			sct_expr *m = SCT_NEW(c->a, sct_expr);
			*m = *n;
			long long v = atoll(n->text) - 1;
			m->text = sct_arena_printf(c->a, "%lld", v < 0 ? 0 : v);
			return m;
		}
		sct_expr *m = SCT_NEW(c->a, sct_expr);
		m->kind = SCT_E_BINARY;
		m->op = SCT_OP_SUB;
		m->a = n;
		m->b = SCT_NEW(c->a, sct_expr);
		m->b->kind = SCT_E_NUM;
		m->b->text = "1";
		m->loc = n->loc;
		return m;
	}
	return NULL;
}

static int rownum(sct_ora_pctx *c, sct_query *q)
{
	sct_list cs = {0};
	conjuncts(c, q->where, &cs);
	int found = 0;
	for (int i = 0; i < cs.n; i++) {
		sct_expr *lim = rownum_limit(c, cs.items[i]);
		if (!lim)
			continue;
		sct_expr *at = cs.items[i];
		if (found || q->top)
			return fail(c, at->loc, "two ROWNUM limits in one query block");
		if (q->order_by.n || q->group_by.n || (q->flags & SCT_QF_DISTINCT) || q->having)
			return fail(c, at->loc, "ROWNUM limits rows before ORDER BY/GROUP BY/DISTINCT of the same query block: "
					      "move the ORDER BY into a subquery (SELECT * FROM (SELECT ... ORDER BY ...) WHERE ROWNUM <= n)");
		q->top = lim;
		cs.items[i] = NULL;
		found = 1;
	}
	if (found) {
		q->where = and_all(c, &cs);
		/* SELECT * FROM (SELECT ... ORDER BY ...) WHERE ROWNUM <= n: the top-n of the ordered rows. Engines may
		 * ignore the order of a derived table (MariaDB does), so the inner query gets the limit too. */
		sct_from *f = q->from.n == 1 ? q->from.items[0] : NULL;
		if (!q->where && f && f->kind == SCT_FROM_SUBQUERY && f->query && f->query->order_by.n && !f->query->top &&
		    !f->query->fetch && !f->query->offset && f->query->kind == SCT_Q_SELECT)
			f->query->top = q->top;
	}
	return 0;
}

/* ---------- (+) outer joins ---------- */

typedef struct ojinfo {
	sct_ora_pctx *c;
	int marks, unmarked_unqual;
	const char *inner;         /* qualifier of the marked columns */
	int two_inner;
	sct_list outer;            /* qualifiers (const char*) of unmarked columns */
	int in_or;
} ojinfo;

static void collect(sct_ora_pctx *c, sct_expr *e, void *arg)
{
	ojinfo *o = arg;
	if (e->kind != SCT_E_COL || !e->name)
		return;
	const char *qual = e->name->schema.s;
	if (is_mark(c, e, 0)) {
		o->marks++;
		if (!qual)
			o->inner = "";
		else if (!o->inner)
			o->inner = qual;
		else if (strcasecmp(o->inner, qual))
			o->two_inner = 1;
	} else if (!qual) {
		o->unmarked_unqual++;
	} else {
		sct_list_push(c->a, &o->outer, (void *)qual);
	}
}

static void consume(sct_ora_pctx *c, sct_expr *e, void *arg)
{
	(void)arg;
	if (e->kind == SCT_E_COL)
		is_mark(c, e, 1);
}

static void has_or_mark(sct_ora_pctx *c, sct_expr *e, void *arg)
{
	if (e->kind == SCT_E_BINARY && e->op == SCT_OP_OR) {
		ojinfo o = {0};
		o.c = c;
		walk(c, e, collect, &o, 0);
		if (o.marks)
			*(int *)arg = 1;
	}
}

static const char *item_name(const sct_from *f)
{
	if (f->alias.s)
		return f->alias.s;
	if (f->kind == SCT_FROM_TABLE && f->name)
		return f->name->name.s;
	return NULL;
}

static int item_of(const sct_list *from, const char *qual)
{
	for (int i = 0; i < from->n; i++) {
		const char *n = item_name(from->items[i]);
		if (n && qual && !strcasecmp(n, qual))
			return i;
	}
	return -1;
}

static sct_from *join(sct_ora_pctx *c, sct_join_kind k, sct_from *l, sct_from *r, sct_expr *on)
{
	sct_from *j = SCT_NEW(c->a, sct_from);
	j->kind = SCT_FROM_JOIN;
	j->loc = l->loc;
	j->join = k;
	j->left = l;
	j->right = r;
	j->on = on;
	return j;
}

static int outer_joins(sct_ora_pctx *c, sct_query *q)
{
	sct_list cs = {0};
	conjuncts(c, q->where, &cs);
	int nf = q->from.n, any = 0;
	if (nf <= 0 || nf > 100000)
		return 0;
	int *inner_of = calloc((size_t)cs.n + 1, sizeof(int));   /* conjunct -> inner item or -1 */
	unsigned char *dep = calloc((size_t)nf * (size_t)nf + 1, 1); /* dep[i*nf+j]: inner i needs item j */
	unsigned char *is_inner = calloc((size_t)nf + 1, 1);
	if (!inner_of || !dep || !is_inner) {
		free(inner_of);
		free(dep);
		free(is_inner);
		return fail(c, q->loc, "out of memory");
	}
	int rc = 0;
	for (int i = 0; i < cs.n && rc == 0; i++) {
		sct_expr *e = cs.items[i];
		inner_of[i] = -1;
		ojinfo o = {0};
		o.c = c;
		walk(c, e, collect, &o, 0);
		if (!o.marks)
			continue;
		any = 1;
		int bad_or = 0;
		walk(c, e, has_or_mark, &bad_or, 0);
		if (bad_or)
			rc = fail(c, e->loc, "(+) inside an OR condition is not an outer join (Oracle rejects it too)");
		else if (o.two_inner)
			rc = fail(c, e->loc, "(+) on columns of two different tables in one condition");
		else if (!o.inner || !*o.inner || o.unmarked_unqual)
			rc = fail(c, e->loc, "outer join (+) condition with an unqualified column: qualify the columns with their table or alias");
		else {
			int in = item_of(&q->from, o.inner);
			if (in < 0)
				rc = fail(c, e->loc, "(+) on a column of a table that is not in this FROM clause");
			else if (((sct_from *)q->from.items[in])->kind == SCT_FROM_JOIN)
				rc = fail(c, e->loc, "(+) mixed with ANSI joins");
			else {
				inner_of[i] = in;
				is_inner[in] = 1;
				for (int k = 0; k < o.outer.n && rc == 0; k++) {
					int j = item_of(&q->from, o.outer.items[k]);
					if (j < 0)
						rc = fail(c, e->loc, "outer join condition refers to a table outside this FROM clause");
					else if (j == in)
						continue;
					else
						dep[in * nf + j] = 1;
				}
			}
		}
	}
	if (rc || !any)
		goto done;
	for (int i = 0; i < nf; i++)
		if (((sct_from *)q->from.items[i])->kind == SCT_FROM_JOIN) {
			rc = fail(c, q->loc, "(+) mixed with ANSI joins in one FROM clause");
			goto done;
		}
	/* components: comp[i] = index of the component item i belongs to (-1: not placed yet) */
	{
		int *comp = calloc((size_t)nf + 1, sizeof(int));
		sct_from **tree = calloc((size_t)nf, sizeof(sct_from *));
		if (!comp || !tree) {
			free(comp);
			free(tree);
			rc = fail(c, q->loc, "out of memory");
			goto done;
		}
		for (int i = 0; i < nf; i++) {
			comp[i] = is_inner[i] ? -1 : i;
			tree[i] = is_inner[i] ? NULL : q->from.items[i];
		}
		for (int progress = 1; progress;) {
			progress = 0;
			for (int in = 0; in < nf; in++) {
				if (comp[in] >= 0 || !is_inner[in])
					continue;
				int ready = 1, ndeps = 0;
				for (int j = 0; j < nf; j++)
					if (dep[in * nf + j]) {
						ndeps++;
						if (comp[j] < 0)
							ready = 0;
					}
				if (!ready)
					continue;
				if (!ndeps) {
					rc = fail(c, q->loc, "(+) condition that joins to no other table: write the outer join by hand");
					free(comp);
					free(tree);
					goto done;
				}
				/* merge the components of the dependencies (cross joins; their own predicates stay in WHERE) */
				int target = -1;
				for (int j = 0; j < nf; j++) {
					if (!dep[in * nf + j])
						continue;
					int cj = comp[j];
					if (target < 0) {
						target = cj;
					} else if (cj != target) {
						int lo = cj < target ? cj : target, hi = cj < target ? target : cj;
						tree[lo] = join(c, SCT_JOIN_CROSS, tree[lo], tree[hi], NULL);
						tree[hi] = NULL;
						for (int k = 0; k < nf; k++)
							if (comp[k] == hi)
								comp[k] = lo;
						target = lo;
					}
				}
				sct_list on = {0};
				for (int i = 0; i < cs.n; i++)
					if (inner_of[i] == in) {
						walk(c, cs.items[i], consume, NULL, 0);
						sct_list_push(c->a, &on, cs.items[i]);
						cs.items[i] = NULL;
					}
				tree[target] = join(c, SCT_JOIN_LEFT, tree[target], q->from.items[in], and_all(c, &on));
				comp[in] = target;
				progress = 1;
			}
		}
		for (int in = 0; in < nf; in++)
			if (comp[in] < 0) {
				rc = fail(c, q->loc, "outer joins (+) that depend on each other in a cycle");
				break;
			}
		if (rc == 0) {
			sct_list nfrom = {0};
			for (int i = 0; i < nf; i++)
				if (tree[i])
					sct_list_push(c->a, &nfrom, tree[i]);
			q->from = nfrom;
			q->where = and_all(c, &cs);
		}
		free(comp);
		free(tree);
	}
done:
	free(inner_of);
	free(dep);
	free(is_inner);
	return rc;
}

/* ---------- traversal ---------- */

static int rewrite(sct_ora_pctx *c, sct_query *q, int depth);

static void subqueries(sct_ora_pctx *c, sct_expr *e, void *arg)
{
	int *rc = arg;
	if (*rc == 0 && sct_expr_query(e))
		*rc = rewrite(c, sct_expr_query(e), 1);
}

static int from_item(sct_ora_pctx *c, sct_from *f, int depth)
{
	if (!f || depth > SCT_ORA_MAX_WALK)
		return fail(c, 0, "query nested too deeply");
	if (f->kind == SCT_FROM_SUBQUERY) {
		if (!f->alias.s) { /* Oracle allows an unnamed derived table; standard SQL wants a name */
			f->alias.s = sct_arena_printf(c->a, "subquery%d", ++c->nalias);
			f->alias.loc = f->loc;
		}
		return rewrite(c, f->query, depth + 1);
	}
	if (f->kind == SCT_FROM_JOIN) {
		if (from_item(c, f->left, depth + 1) < 0 || from_item(c, f->right, depth + 1) < 0)
			return -1;
		int rc = 0;
		walk(c, f->on, subqueries, &rc, 0);
		return rc;
	}
	return 0;
}

static int rewrite(sct_ora_pctx *c, sct_query *q, int depth)
{
	if (!q)
		return 0;
	if (depth > SCT_ORA_MAX_WALK)
		return fail(c, q->loc, "query nested too deeply");
	for (int i = 0; i < q->ctes.n; i++)
		if (rewrite(c, ((sct_cte *)q->ctes.items[i])->query, depth + 1) < 0)
			return -1;
	if (q->kind != SCT_Q_SELECT)
		return rewrite(c, q->left, depth + 1) < 0 || rewrite(c, q->right, depth + 1) < 0 ? -1 : 0;
	if (q->from.n == 1) {
		sct_from *f = q->from.items[0];
		if (f->kind == SCT_FROM_TABLE && f->name && f->name->name.s && !strcasecmp(f->name->name.s, "dual") &&
		    (!f->name->schema.s || !strcasecmp(f->name->schema.s, "sys")))
			q->from.n = 0;
	}
	for (int i = 0; i < q->from.n; i++)
		if (from_item(c, q->from.items[i], depth + 1) < 0)
			return -1;
	if (outer_joins(c, q) < 0 || rownum(c, q) < 0)
		return -1;
	int rc = 0;
	for (int i = 0; i < q->targets.n && rc == 0; i++)
		walk(c, ((sct_target *)q->targets.items[i])->expr, subqueries, &rc, 0);
	if (rc == 0)
		walk(c, q->where, subqueries, &rc, 0);
	if (rc == 0)
		walk(c, q->having, subqueries, &rc, 0);
	return rc;
}

/* ---------- CONNECT BY ---------- */

static int is_prior(const sct_expr *e)
{
	return e && e->kind == SCT_E_FUNC && e->text && !strcmp(e->text, "PRIOR") && e->args.n == 1;
}

static int is_level(const sct_expr *e)
{
	return e && e->kind == SCT_E_KEYWORD && e->text && !strcmp(e->text, "LEVEL");
}

static sct_qname *qn(sct_ora_pctx *c, const char *qual, const char *name, sct_loc loc)
{
	sct_qname *n = SCT_NEW(c->a, sct_qname);
	n->loc = loc;
	n->schema.s = qual;
	n->schema.loc = loc;
	n->name.s = name;
	n->name.loc = loc;
	return n;
}

static sct_expr *col(sct_ora_pctx *c, const char *qual, const char *name, sct_loc loc)
{
	sct_expr *e = SCT_NEW(c->a, sct_expr);
	e->kind = SCT_E_COL;
	e->loc = e->end = loc;
	e->name = qn(c, qual, name, loc);
	return e;
}

/* Oracle pseudo-columns and functions of hierarchical queries that have no rewrite here. */
static void hier_unsupported(sct_ora_pctx *c, sct_expr *e, void *arg)
{
	const char **what = arg;
	if (*what || !e->name || e->name->schema.s || !e->name->name.s || e->name->name.quoted)
		return;
	const char *n = e->name->name.s;
	if ((e->kind == SCT_E_COL || e->kind == SCT_E_FUNC) &&
	    (!strncasecmp(n, "connect_by_", 11) || !strcasecmp(n, "sys_connect_by_path")))
		*what = n;
	if (sct_expr_query(e))
		*what = "";
	(void)c;
}

/* The CONNECT BY condition for the recursive member: PRIOR x is the parent row (the CTE), every other column
 * the child row (the table). Returns 0, or -1 with the error set. */
static int connect_cond(sct_ora_pctx *c, sct_expr *e, const char *talias, const char *cte, int prior, int depth)
{
	if (!e)
		return 0;
	if (depth > SCT_ORA_MAX_WALK)
		return fail(c, e->loc, "expression nested too deeply");
	if (is_prior(e)) {
		if (prior)
			return fail(c, e->loc, "PRIOR inside PRIOR");
		*e = *(sct_expr *)e->args.items[0];
		c->nprior--;
		return connect_cond(c, e, talias, cte, 1, depth + 1);
	}
	if (is_level(e))
		return fail(c, e->loc, "LEVEL in the CONNECT BY condition: not converted (rewrite it as WITH RECURSIVE by hand)");
	if (sct_expr_query(e))
		return fail(c, e->loc, "subquery in the CONNECT BY condition: not converted (rewrite it as WITH RECURSIVE by hand)");
	if (e->kind == SCT_E_COL && e->name) {
		sct_qname *n = e->name;
		if (sct_qname_catalog(n)->s || (n->schema.s && strcasecmp(n->schema.s, talias)))
			return fail(c, e->loc, "CONNECT BY condition names another table: not converted");
		e->name = qn(c, prior ? cte : talias, n->name.s, n->loc);
		e->name->name = n->name;
		return 0;
	}
	if (connect_cond(c, e->a, talias, cte, prior, depth + 1) < 0 || connect_cond(c, e->b, talias, cte, prior, depth + 1) < 0 ||
	    connect_cond(c, sct_expr_c(e), talias, cte, prior, depth + 1) < 0)
		return -1;
	for (int i = 0; i < e->args.n; i++) {
		if (e->kind == SCT_E_CASE) {
			sct_when *w = e->args.items[i];
			if (connect_cond(c, w->cond, talias, cte, prior, depth + 1) < 0 ||
			    connect_cond(c, w->result, talias, cte, prior, depth + 1) < 0)
				return -1;
		} else if (connect_cond(c, e->args.items[i], talias, cte, prior, depth + 1) < 0)
			return -1;
	}
	return 0;
}

/* LEVEL in the outer query becomes the CTE's counter column. */
static void level_col(sct_ora_pctx *c, sct_expr *e, void *arg)
{
	(void)arg;
	if (is_level(e)) {
		sct_loc loc = e->loc, end = e->end;
		memset(e, 0, sizeof *e);
		e->kind = SCT_E_COL;
		e->loc = loc;
		e->end = end;
		e->name = qn(c, NULL, "level", loc);
		c->nlevel--;
	}
}

static sct_target *target(sct_ora_pctx *c, sct_expr *e, const char *alias, sct_loc loc)
{
	sct_target *t = SCT_NEW(c->a, sct_target);
	t->loc = loc;
	t->expr = e;
	t->alias.s = alias;
	t->alias.loc = loc;
	return t;
}

static sct_query *select1(sct_ora_pctx *c, sct_loc loc, const char *talias, sct_expr *level)
{
	sct_query *q = SCT_NEW(c->a, sct_query);
	q->kind = SCT_Q_SELECT;
	q->loc = loc;
	sct_expr *star = SCT_NEW(c->a, sct_expr);
	star->kind = SCT_E_STAR;
	star->loc = star->end = loc;
	star->name = qn(c, NULL, talias, loc);
	sct_list_push(c->a, &q->targets, target(c, star, NULL, loc));
	sct_list_push(c->a, &q->targets, target(c, level, "level", loc));
	return q;
}

/* SELECT list FROM t [a] [WHERE w] START WITH s CONNECT BY c  ->
 * WITH RECURSIVE h AS (SELECT a.*, 1 AS level FROM t a WHERE s
 *                      UNION ALL SELECT a.*, h.level + 1 FROM t a JOIN h ON c[PRIOR x -> h.x, y -> a.y])
 * SELECT list FROM h a [WHERE w]: Oracle applies WHERE after building the hierarchy, as here. */
static int hier_rewrite(sct_ora_pctx *c, sct_ora_hier *h, sct_query *top)
{
	sct_query *q = h->q;
	if (c->hier)
		return fail(c, c->siblings_loc, "ORDER SIBLINGS BY has no equivalent: the hierarchy was not converted "
					        "(order by a path column built in a recursive CTE by hand)");
	if (h->nocycle)
		return fail(c, h->loc, "CONNECT BY NOCYCLE: not converted (a recursive CTE needs a cycle check: CYCLE clause "
				       "in PostgreSQL 14+, or a path array)");
	if (q != top)
		return fail(c, h->loc, "hierarchical query inside another query: not converted (rewrite it as WITH RECURSIVE)");
	if (q->from.n != 1 || ((sct_from *)q->from.items[0])->kind != SCT_FROM_TABLE)
		return fail(c, h->loc, "hierarchical query over a join or derived table: not converted (rewrite it as WITH RECURSIVE)");
	const char *what = NULL;
	for (int i = 0; i < q->targets.n && !what; i++) {
		sct_expr *e = ((sct_target *)q->targets.items[i])->expr;
		if (e->kind == SCT_E_STAR)
			return fail(c, e->loc, "SELECT * in a hierarchical query: list the columns (the rewrite adds a level column)");
		walk(c, e, hier_unsupported, &what, 0);
	}
	walk(c, h->connect, hier_unsupported, &what, 0);
	walk(c, q->where, hier_unsupported, &what, 0);
	for (int i = 0; i < q->order_by.n && !what; i++)
		walk(c, ((sct_sort *)q->order_by.items[i])->expr, hier_unsupported, &what, 0);
	if (what && *what)
		return fail(c, h->loc, sct_arena_printf(c->a, "%s in a hierarchical query: not converted (rewrite it as "
								"WITH RECURSIVE by hand)", what));
	sct_from *t = q->from.items[0];
	const char *talias = t->alias.s ? t->alias.s : t->name->name.s;
	const char *cte = "hierarchy";
	if (!strcasecmp(talias, cte) || !strcasecmp(t->name->name.s, cte))
		cte = "hierarchy_1";
	for (int i = 0; i < top->ctes.n; i++)
		if (!strcasecmp(((sct_cte *)top->ctes.items[i])->name.s, cte))
			return fail(c, h->loc, "hierarchical query: a CTE named hierarchy exists already");
	sct_loc loc = h->loc;
	/* anchor */
	sct_expr *one = SCT_NEW(c->a, sct_expr);
	one->kind = SCT_E_NUM;
	one->text = "1";
	one->loc = one->end = loc;
	sct_query *anchor = select1(c, loc, talias, one);
	sct_list_push(c->a, &anchor->from, t);
	anchor->where = h->start;
	if (h->start) {
		const char *w = NULL;
		walk(c, h->start, hier_unsupported, &w, 0);
		if (w && *w)
			return fail(c, h->loc, sct_arena_printf(c->a, "%s in START WITH: not converted", w));
	}
	/* recursive member */
	if (connect_cond(c, h->connect, talias, cte, 0, 0) < 0)
		return -1;
	sct_expr *inc = SCT_NEW(c->a, sct_expr);
	inc->kind = SCT_E_BINARY;
	inc->op = SCT_OP_ADD;
	inc->loc = inc->end = loc;
	inc->a = col(c, cte, "level", loc);
	inc->b = one;
	sct_query *rec = select1(c, loc, talias, inc);
	sct_from *tc = SCT_NEW(c->a, sct_from);
	*tc = *t;
	sct_from *hc = SCT_NEW(c->a, sct_from);
	hc->kind = SCT_FROM_TABLE;
	hc->loc = loc;
	hc->name = qn(c, NULL, cte, loc);
	sct_from *j = SCT_NEW(c->a, sct_from);
	j->kind = SCT_FROM_JOIN;
	j->loc = loc;
	j->join = SCT_JOIN_INNER;
	j->left = tc;
	j->right = hc;
	j->on = h->connect;
	sct_list_push(c->a, &rec->from, j);
	sct_query *u = SCT_NEW(c->a, sct_query);
	u->kind = SCT_Q_UNION_ALL;
	u->loc = loc;
	u->left = anchor;
	u->right = rec;
	sct_cte *ce = SCT_NEW(c->a, sct_cte);
	ce->loc = loc;
	ce->name.s = cte;
	ce->name.loc = loc;
	ce->query = u;
	sct_list_push(c->a, &top->ctes, ce);
	/* outer query */
	sct_from *o = SCT_NEW(c->a, sct_from);
	o->kind = SCT_FROM_TABLE;
	o->loc = t->loc;
	o->name = qn(c, NULL, cte, t->loc);
	o->alias.s = talias;
	o->alias.loc = t->loc;
	sct_list empty = {0};
	q->from = empty;
	sct_list_push(c->a, &q->from, o);
	for (int i = 0; i < q->targets.n; i++) {
		walk(c, ((sct_target *)q->targets.items[i])->expr, level_col, NULL, 0);
	}
	walk(c, q->where, level_col, NULL, 0);
	walk(c, q->having, level_col, NULL, 0);
	for (int i = 0; i < q->group_by.n; i++)
		walk(c, q->group_by.items[i], level_col, NULL, 0);
	for (int i = 0; i < q->order_by.n; i++)
		walk(c, ((sct_sort *)q->order_by.items[i])->expr, level_col, NULL, 0);
	return 0;
}

int sct_ora_rewrite_query(sct_ora_pctx *c, sct_query *q)
{
	for (int i = 0; i < c->hiers.n; i++)
		if (hier_rewrite(c, c->hiers.items[i], q) < 0)
			return -1;
	c->hiers.n = 0;
	if (c->hier)
		return fail(c, c->siblings_loc, "ORDER SIBLINGS BY outside a hierarchical query");
	if (rewrite(c, q, 0) < 0)
		return -1;
	return sct_ora_check_expr(c, NULL);
}

int sct_ora_check_expr(sct_ora_pctx *c, sct_expr *e)
{
	(void)e;
	for (int i = 0; i < c->ojcols.n; i++) {
		const sct_expr *m = c->ojcols.items[i];
		if (m)
			return fail(c, m->loc, "(+) outside a WHERE join condition of a query");
	}
	if (c->hier || c->hiers.n)
		return fail(c, c->hier ? c->siblings_loc : ((sct_ora_hier *)c->hiers.items[0])->loc,
			    "hierarchical query (CONNECT BY) outside a view: not converted (rewrite it as WITH RECURSIVE)");
	if (c->nprior || c->nlevel)
		return fail(c, c->hier_loc, "PRIOR / LEVEL outside a hierarchical query");
	return 0;
}
