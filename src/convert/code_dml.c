/* code_dml.c - queries and data changes inside routine bodies: SELECT into variables, result sets
 * (refcursor), SELECT ... INTO #temp, INSERT/UPDATE/DELETE (T-SQL's FROM and joins), MERGE, TRUNCATE.
 * Expressions go through sct_conv_expr / sct_conv_query with a synthetic SELECT that carries the FROM items,
 * so column references resolve as in a query. */
#include "code.h"
#include <string.h>
#include <strings.h>

static sct_expr *var_expr(sct_conv *cv, sct_loc loc, const char *out)
{
	sct_expr *e = SCT_NEW(cv->a, sct_expr);
	e->kind = SCT_E_VAR;
	e->loc = loc;
	e->text = out;
	return e;
}

static sct_query *first_select(sct_query *q)
{
	while (q && q->kind != SCT_Q_SELECT)
		q = q->left;
	return q;
}

static int refers_var(const sct_expr *e, const char *name, int depth)
{
	if (!e || depth > 200)
		return 0;
	if (e->kind == SCT_E_VAR && e->text && !strcasecmp(e->text, name))
		return 1;
	if (refers_var(e->a, name, depth + 1) || refers_var(e->b, name, depth + 1) || refers_var(sct_expr_c(e), name, depth + 1))
		return 1;
	for (int i = 0; i < e->args.n && e->kind != SCT_E_CASE; i++)
		if (refers_var(e->args.items[i], name, depth + 1))
			return 1;
	return 0;
}

/* The definition of a target table: a routine's own table or an emitted catalog table. q is renamed. */
static sct_table *target_table(sct_conv *cv, sct_qname *q, int *own)
{
	sct_table *def = NULL;
	*own = 0;
	if (sct_code_table_obj(cv, q, &def)) {
		*own = 1;
		return def;
	}
	sct_object *o = sct_hash_get(&cv->objects, sct_conv_key(cv, q));
	if (!o || o->kind != SCT_K_TABLE || !o->emitted)
		return NULL;
	return o->stmt->u.table;
}

static sct_column *column_of(sct_table *t, const char *name)
{
	for (int i = 0; t && name && i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (c->name.s && !strcasecmp(c->name.s, name))
			return c;
	}
	return NULL;
}

static int is_bool_col(sct_conv *cv, sct_column *c)
{
	return c && c->type && (sct_conv_tclass(cv, c->type) == SCT_TC_BOOL || (c->type->out && !strcmp(c->type->out, "boolean")));
}

int sct_code_select(sct_conv *cv, sct_pstmt *p)
{
	sct_code *c = cv->code;
	sct_query *q = p->query;
	sct_query *s = first_select(q);
	if (p->kind == SCT_PS_RETURN) { /* inline table function */
		sct_scope sc = {0};
		if (sct_conv_query(cv, &sc, q, NULL) < 0) {
			sct_code_raw(cv, p, sc.failed ? sc.failed : "query not convertible", p->loc);
			return -1;
		}
		p->kind = SCT_PS_RETURN_QUERY;
		return 0;
	}
	if (s && s->into) {
		sct_qname *into = s->into;
		if (!into->name.s || into->name.s[0] != '#' || into->schema.s) {
			sct_code_raw(cv, p, "SELECT ... INTO a permanent table inside a routine", p->loc);
			return -1;
		}
		s->into = NULL;
		sct_scope sc = {0};
		if (sct_code_var(cv, into->name.s) || sct_conv_query(cv, &sc, q, NULL) < 0) {
			sct_code_raw(cv, p, sc.failed ? sc.failed : "temporary table created twice", p->loc);
			return -1;
		}
		sct_table *t = SCT_NEW(cv->a, sct_table);
		t->name = into;
		p->kind = SCT_PS_CREATE_TABLE;
		p->table = t;
		p->query = q;
		/* registered after the query: it cannot read the table it creates */
		sct_code_declare_temp(cv, into->name.s, t);
		c->after_dml = 1;
		return 0;
	}
	int assigns = 0;
	for (int i = 0; s && i < s->targets.n; i++)
		assigns += ((sct_target *)s->targets.items[i])->assign != NULL;
	if (assigns) {
		if (assigns != s->targets.n || q->kind != SCT_Q_SELECT) {
			sct_code_raw(cv, p, "assignment mixed with result columns", p->loc);
			return -1;
		}
		sct_list vars = {0}, cvars = {0}, srcs = {0};
		for (int i = 0; i < s->targets.n; i++) {
			sct_target *t = s->targets.items[i];
			sct_cvar *v = sct_code_var(cv, t->assign);
			if (!v || !v->type) {
				sct_code_raw(cv, p, "assignment to an undeclared variable", p->loc);
				return -1;
			}
			if (t->assign_op != SCT_OP_NONE || (s->from.n && refers_var(t->expr, t->assign, 0))) {
				sct_code_raw(cv, p, "a variable accumulated over the rows of a query (use string_agg or sum)", p->loc);
				return -1;
			}
			if (v->cls == SCT_TC_BOOL)
				t->expr = sct_conv_bool_literal(cv, t->expr);
			t->assign = NULL;
			sct_list_push(cv->a, &vars, var_expr(cv, t->loc, v->out));
			sct_list_push(cv->a, &cvars, v);
			sct_list_push(cv->a, &srcs, t->expr);
		}
		sct_scope sc = {0};
		if (sct_conv_query(cv, &sc, q, NULL) < 0) {
			sct_code_raw(cv, p, sc.failed ? sc.failed : "query not convertible", p->loc);
			return -1;
		}
		for (int i = 0; i < s->targets.n; i++) { /* SELECT @v5 = 'longer' cuts it (code_args.c) */
			sct_target *t = s->targets.items[i];
			t->expr = sct_code_assign_cast(cv, &sc, cvars.items[i], srcs.items[i], t->expr);
		}
		if (s->from.n)
			sct_conv_item(cv, "C015", p->loc, NULL);
		p->args = vars;
		c->after_dml = 1;
		return 0;
	}
	/* a result set */
	if (c->style != SCT_CODE_PROCEDURE && !c->proc_table) {
		sct_code_raw(cv, p, "a result set from a function or trigger", p->loc);
		return -1;
	}
	sct_scope sc = {0};
	if (sct_conv_query(cv, &sc, q, NULL) < 0) {
		sct_code_raw(cv, p, sc.failed ? sc.failed : "query not convertible", p->loc);
		return -1;
	}
	if (c->proc_table) { /* --result-sets table: RETURN QUERY, when every column has a name and a known type */
		const char **cast_to = sct_arena_alloc(cv->a, sizeof(char *) * (size_t)(s ? s->targets.n + 1 : 1));
		int known = q->kind == SCT_Q_SELECT && s && s->targets.n > 0;
		for (int i = 0; known && i < s->targets.n; i++) {
			sct_target *t = s->targets.items[i];
			known = t->expr && (t->alias.s || t->expr->kind == SCT_E_COL);
			if (known && !t->out_type) { /* an expression: cast to the type of its class, which RETURNS TABLE declares */
				sct_tclass k = sct_conv_expr_class(cv, &sc, t->expr);
				const char *ty = k == SCT_TC_STRING ? "text" : k == SCT_TC_NUMBER ? "numeric" : k == SCT_TC_BOOL ? "boolean" : NULL;
				known = ty != NULL;
				cast_to[i] = ty;
			}
		}
		for (int i = 0; known && i < s->targets.n; i++)
			if (cast_to[i]) {
				sct_target *t = s->targets.items[i];
				sct_expr *x = SCT_NEW(cv->a, sct_expr);
				x->kind = SCT_E_CAST;
				x->loc = t->expr->loc;
				x->a = t->expr;
				sct_type *ty = SCT_NEW(cv->a, sct_type);
				ty->name = ty->out = cast_to[i];
				sct_expr_set_type(cv->a, x, ty);
				t->expr = x;
				t->out_type = cast_to[i];
			}
		if (known) {
			p->kind = SCT_PS_RETURN_QUERY;
			c->result_stmt = p;
			c->after_dml = 1;
			return 0;
		}
		sct_code_result_refcursor(cv, c);
	}
	/* result sets are handed their refcursor parameters in order of appearance */
	if (c->results_used >= c->results.n) {
		sct_code_raw(cv, p, "more result sets than expected", p->loc);
		return -1;
	}
	p->kind = SCT_PS_OPEN_FOR;
	p->name = c->results.items[c->results_used++];
	c->after_dml = 1;
	return 0;
}

/* The FROM item of a T-SQL UPDATE/DELETE ... FROM that is the target (by alias or name), or NULL. */
static sct_from *find_target(sct_from *f, const sct_qname *t, int depth)
{
	if (!f || depth > 200)
		return NULL;
	if (f->kind == SCT_FROM_JOIN) {
		sct_from *x = find_target(f->left, t, depth + 1);
		return x ? x : find_target(f->right, t, depth + 1);
	}
	if (f->kind != SCT_FROM_TABLE || !f->name || !t->name.s)
		return NULL;
	if (!t->schema.s && f->alias.s && !strcasecmp(f->alias.s, t->name.s))
		return f;
	if (!f->alias.s || t->schema.s) {
		if (f->name->name.s && !strcasecmp(f->name->name.s, t->name.s) &&
		    (!t->schema.s || (f->name->schema.s && !strcasecmp(f->name->schema.s, t->schema.s))))
			return f;
	}
	return NULL;
}

static sct_from *table_item(sct_conv *cv, sct_qname *name, sct_loc loc)
{
	sct_from *f = SCT_NEW(cv->a, sct_from);
	f->kind = SCT_FROM_TABLE;
	f->loc = loc;
	f->name = name;
	return f;
}

static sct_target *tgt(sct_conv *cv, sct_expr *e)
{
	sct_target *t = SCT_NEW(cv->a, sct_target);
	t->loc = e ? e->loc : 0;
	t->expr = e;
	return t;
}

static void unqualify(sct_conv *cv, sct_qname *col)
{
	col->more = NULL; /* no catalog, no server */
	col->schema.s = NULL;
	sct_conv_ident(cv, &col->name);
}

/* SET col += v: SET col = col + v */
static void expand_assign(sct_conv *cv, sct_setitem *s)
{
	if (s->op == SCT_OP_NONE || !s->value || !s->col)
		return;
	sct_expr *b = SCT_NEW(cv->a, sct_expr);
	b->kind = SCT_E_BINARY;
	b->loc = s->loc;
	b->op = s->op;
	b->a = SCT_NEW(cv->a, sct_expr);
	b->a->kind = SCT_E_COL;
	b->a->name = SCT_NEW(cv->a, sct_qname);
	*b->a->name = *s->col;
	b->b = s->value;
	s->value = b;
	s->op = SCT_OP_NONE;
}

/* An OUTPUT column of UPDATE/DELETE: inserted.x / deleted.x become ref.x (RETURNING reads the target).
 * Returns 1 for deleted.x and 2 for inserted.x of an UPDATE, 0 otherwise, -1 for inserted.x in a DELETE. */
static int output_ref(sct_expr *e, const char *ref, int is_update)
{
	if ((e->kind != SCT_E_COL && e->kind != SCT_E_STAR) || !e->name)
		return 0;
	sct_qname *q = e->name;
	int star_bare = e->kind == SCT_E_STAR && !q->schema.s;
	const char *qual = star_bare ? q->name.s : q->schema.s;
	if (!qual || sct_qname_catalog(q)->s)
		return 0;
	int ins = !strcasecmp(qual, "inserted"), del = !strcasecmp(qual, "deleted");
	if (!ins && !del)
		return 0;
	if (ins && !is_update)
		return -1;
	if (star_bare)
		q->name.s = ref;
	else
		q->schema.s = ref;
	return !is_update ? 0 : del ? 1 : 2;
}

/* The converted ref.x of an old value: (sct_old.sct_row).x, the row as it was before the UPDATE. */
static sct_expr *old_value(sct_conv *cv, sct_expr *e)
{
	sct_expr *x = SCT_NEW(cv->a, sct_expr);
	x->kind = SCT_E_TEMPLATE;
	x->loc = e->loc;
	if (e->kind == SCT_E_STAR) {
		x->text = "(sct_old.sct_row).*";
		return x;
	}
	sct_expr *col = SCT_NEW(cv->a, sct_expr);
	col->kind = SCT_E_COL;
	col->loc = e->loc;
	col->name = SCT_NEW(cv->a, sct_qname);
	col->name->name = e->name->name;
	x->text = "(sct_old.sct_row).\001\001"; /* \001 k+1: argument k */
	sct_list_push(cv->a, &x->args, col);
	return x;
}

/* OUTPUT ... INTO t (cols): a table variable, temporary or converted table. */
static int output_target(sct_conv *cv, sct_pstmt *p)
{
	sct_dml *d = p->dml;
	int own = 0;
	sct_table *def = target_table(cv, d->output_into, &own);
	if (!def) {
		sct_code_raw(cv, p, "OUTPUT INTO a table that is not converted or not defined in the input", p->loc);
		return -1;
	}
	if (!own)
		d->output_into = def->name;
	for (int i = 0; i < d->output_cols.n; i++)
		sct_conv_ident(cv, d->output_cols.items[i]);
	return 0;
}

/* Does an expression hold inserted.x / deleted.x below its top (OUTPUT inserted.a - deleted.a)? */
static int nested_pseudo(const sct_expr *e, int top, int depth)
{
	if (!e || depth > 200)
		return 0;
	if (!top && (e->kind == SCT_E_COL || e->kind == SCT_E_STAR) && e->name && e->name->schema.s && !sct_qname_catalog(e->name)->s &&
	    (!strcasecmp(e->name->schema.s, "inserted") || !strcasecmp(e->name->schema.s, "deleted")))
		return 1;
	if (nested_pseudo(e->a, 0, depth + 1) || nested_pseudo(e->b, 0, depth + 1) || nested_pseudo(sct_expr_c(e), 0, depth + 1))
		return 1;
	for (int i = 0; i < e->args.n; i++) {
		if (e->kind != SCT_E_CASE) {
			if (nested_pseudo(e->args.items[i], 0, depth + 1))
				return 1;
			continue;
		}
		const sct_when *w = e->args.items[i];
		if (nested_pseudo(w->cond, 0, depth + 1) || nested_pseudo(w->result, 0, depth + 1))
			return 1;
	}
	return 0;
}

/* OUTPUT columns are plain inserted.x / deleted.x or expressions of other things */
static int output_plain(sct_conv *cv, sct_pstmt *p)
{
	for (int i = 0; i < p->dml->output.n; i++)
		if (nested_pseudo(((sct_target *)p->dml->output.items[i])->expr, 1, 0)) {
			sct_code_raw(cv, p, "OUTPUT expression over inserted/deleted columns: only plain columns are converted", p->loc);
			return -1;
		}
	return 0;
}

/* INSERT/UPDATE/DELETE/MERGE ... OUTPUT without INTO: a result set to the caller */
int sct_code_output_result(const sct_pstmt *p)
{
	return (p->kind == SCT_PS_INSERT || p->kind == SCT_PS_UPDATE || p->kind == SCT_PS_DELETE || p->kind == SCT_PS_MERGE) &&
	       p->dml && p->dml->output.n && !p->dml->output_into;
}

/* The refcursor of an OUTPUT result set, in order of appearance with the SELECTs (taken even when the
 * statement then fails, so the numbering stays that of the source) */
static int output_cursor(sct_conv *cv, sct_pstmt *p)
{
	sct_code *c = cv->code;
	if (!sct_code_output_result(p))
		return 0;
	if (c->style != SCT_CODE_PROCEDURE && !c->proc_table) {
		sct_code_raw(cv, p, "OUTPUT without INTO returns a result set from a function or trigger", p->loc);
		return -1;
	}
	if (c->proc_table) { /* --result-sets table: RETURN QUERY over the rows (output_returns) */
		p->dml->output_cursor = "result";
		return 0;
	}
	if (c->results_used >= c->results.n) {
		sct_code_raw(cv, p, "more result sets than expected", p->loc);
		return -1;
	}
	p->dml->output_cursor = c->results.items[c->results_used++];
	return 0;
}

/* The column of an OUTPUT star: inserted.* / deleted.* become one column per column of the target */
static sct_target *output_col(sct_conv *cv, sct_target *t, const char *qual, sct_column *col)
{
	sct_target *x = tgt(cv, SCT_NEW(cv->a, sct_expr));
	x->loc = t->loc;
	x->expr->kind = SCT_E_COL;
	x->expr->loc = t->expr->loc;
	x->expr->name = SCT_NEW(cv->a, sct_qname);
	x->expr->name->schema.s = qual;
	x->expr->name->name = col->name;
	x->alias = col->name;
	return x;
}

/* OUTPUT without INTO: stars expanded over the target's columns and every column named (its alias or
 * column name, folded), as the result set shows them */
static int output_columns(sct_conv *cv, sct_pstmt *p, sct_table *def)
{
	sct_dml *d = p->dml;
	sct_list cols = {0};
	for (int i = 0; i < d->output.n; i++) {
		sct_target *t = d->output.items[i];
		sct_expr *e = t->expr;
		if (e->kind == SCT_E_STAR) {
			const char *qual = !e->name ? NULL : e->name->schema.s ? e->name->schema.s : e->name->name.s;
			if (!qual || (strcasecmp(qual, "inserted") && strcasecmp(qual, "deleted"))) {
				sct_code_raw(cv, p, "OUTPUT * of a table other than inserted/deleted without INTO", p->loc);
				return -1;
			}
			for (int k = 0; k < def->columns.n; k++) {
				sct_column *col = def->columns.items[k];
				sct_target *x = output_col(cv, t, qual, col);
				x->out_type = col->type ? col->type->out : NULL;
				sct_list_push(cv->a, &cols, x);
			}
			continue;
		}
		if (!t->alias.s && e->kind == SCT_E_COL && e->name)
			t->alias = e->name->name;
		sct_column *col = e->kind == SCT_E_COL && e->name ? column_of(def, e->name->name.s) : NULL;
		t->out_type = col && col->type ? col->type->out : NULL; /* for RETURNS TABLE */
		sct_list_push(cv->a, &cols, t);
	}
	for (int i = 0; i < cols.n; i++)
		sct_conv_ident(cv, &((sct_target *)cols.items[i])->alias);
	d->output = cols;
	return 0;
}

/* UPDATE, DELETE, MERGE: convert through a synthetic SELECT whose FROM holds the target and the sources. */
static int conv_changes(sct_conv *cv, sct_pstmt *p)
{
	sct_dml *d = p->dml;
	if (d->top) {
		sct_code_raw(cv, p, "TOP in UPDATE/DELETE/MERGE has no PostgreSQL equivalent", p->loc);
		return -1;
	}
	if (d->output.n && p->kind == SCT_PS_MERGE) {
		sct_code_raw(cv, p, "OUTPUT clause of MERGE: RETURNING in MERGE needs PostgreSQL 17 (and has no $action before it)", p->loc);
		return -1;
	}
	sct_query *sq = SCT_NEW(cv->a, sct_query);
	sq->kind = SCT_Q_SELECT;
	sq->loc = p->loc;
	if (d->with)
		sq->ctes = d->with->ctes;
	sct_from *self = NULL;
	int own = 0;
	sct_qname *tname = d->table;
	if (p->kind == SCT_PS_MERGE) {
		sct_from *t = table_item(cv, tname, p->loc);
		t->alias = d->alias;
		sct_list_push(cv->a, &sq->from, t);
		sct_list_push(cv->a, &sq->from, d->from.items[0]);
		self = t;
	} else if (d->from.n) {
		for (int i = 0; i < d->from.n && !self; i++)
			self = find_target(d->from.items[i], tname, 0);
		if (!self) {
			sct_list_push(cv->a, &sq->from, table_item(cv, tname, p->loc));
		}
		for (int i = 0; i < d->from.n; i++)
			sct_list_push(cv->a, &sq->from, d->from.items[i]);
	} else {
		sct_list_push(cv->a, &sq->from, table_item(cv, tname, p->loc));
	}
	/* the target's definition, for TRUE/FALSE in boolean columns */
	sct_qname probe = self ? *self->name : *tname;
	sct_table *def = target_table(cv, &probe, &own);
	if (!def) {
		sct_code_raw(cv, p, "the target table is not converted or not defined in the input", p->loc);
		return -1;
	}
	/* everything to convert goes in as targets, in a known order */
	sct_list *sets = &d->sets;
	for (int i = 0; i < sets->n; i++) {
		sct_setitem *s = sets->items[i];
		if (s->var) {
			sct_code_raw(cv, p, "variable assignment inside UPDATE", p->loc);
			return -1;
		}
		expand_assign(cv, s);
		if (s->value && is_bool_col(cv, column_of(def, s->col->name.s)))
			s->value = sct_conv_bool_literal(cv, s->value);
		sct_list_push(cv->a, &sq->targets, tgt(cv, s->value ? s->value : SCT_NEW(cv->a, sct_expr)));
	}
	for (int w = 0; w < d->whens.n; w++) {
		sct_merge_when *m = d->whens.items[w];
		if (m->matched == 2) {
			sct_code_raw(cv, p, "WHEN NOT MATCHED BY SOURCE needs PostgreSQL 17", p->loc);
			return -1;
		}
		if (m->cond)
			sct_list_push(cv->a, &sq->targets, tgt(cv, m->cond));
		for (int i = 0; i < m->sets.n; i++) {
			sct_setitem *s = m->sets.items[i];
			if (!s->var)
				expand_assign(cv, s);
			if (s->var || s->op != SCT_OP_NONE || !s->value) {
				sct_code_raw(cv, p, "MERGE SET form not supported", p->loc);
				return -1;
			}
			if (is_bool_col(cv, column_of(def, s->col->name.s)))
				s->value = sct_conv_bool_literal(cv, s->value);
			sct_list_push(cv->a, &sq->targets, tgt(cv, s->value));
		}
		for (int i = 0; i < m->values.n; i++) {
			sct_ident *cn = i < m->columns.n ? m->columns.items[i] : NULL;
			sct_column *col = cn ? column_of(def, cn->s) : i < def->columns.n ? def->columns.items[i] : NULL;
			if (is_bool_col(cv, col))
				m->values.items[i] = sct_conv_bool_literal(cv, m->values.items[i]);
			sct_list_push(cv->a, &sq->targets, tgt(cv, m->values.items[i]));
		}
	}
	int out_at = sq->targets.n;
	signed char *old = NULL;
	const char *ref = NULL;
	if (d->output_cursor && output_columns(cv, p, def) < 0)
		return -1;
	if (d->output.n) {
		ref = self ? (self->alias.s ? self->alias.s : self->name->name.s) : tname->name.s;
		old = sct_arena_alloc(cv->a, (size_t)d->output.n);
		for (int i = 0; i < d->output.n; i++) {
			sct_target *t = d->output.items[i];
			old[i] = (signed char)output_ref(t->expr, ref, p->kind == SCT_PS_UPDATE);
			if (old[i] < 0) {
				sct_code_raw(cv, p, "OUTPUT inserted.* in a DELETE", p->loc);
				return -1;
			}
			if (self) /* deleted.x: the joined copy of the row (old values); inserted.x: the target sct_t */
				old[i] = old[i] == 2 ? 2 : 0;
			else
				old[i] = old[i] == 1 ? 1 : 0;
			if (old[i] == 1 && (d->from.n || d->with)) {
				sct_code_raw(cv, p, "OUTPUT deleted.* of an UPDATE with FROM or WITH", p->loc);
				return -1;
			}
			if (old[i] == 1)
				p->op = 2; /* the printer reads the old rows in a CTE that locks them */
			sct_list_push(cv->a, &sq->targets, tgt(cv, t->expr));
		}
		if (d->output_into && output_target(cv, p) < 0)
			return -1;
	}
	if (!sq->targets.n)
		sct_list_push(cv->a, &sq->targets, tgt(cv, var_expr(cv, p->loc, "1")));
	sq->where = d->where;
	sct_scope sc = {0};
	sct_from *first = sq->from.items[0];
	if (sct_conv_query(cv, &sc, sq, NULL) < 0) {
		sct_code_raw(cv, p, sc.failed ? sc.failed : "statement not convertible", p->loc);
		return -1;
	}
	/* distribute the converted parts back */
	int k = 0;
	for (int i = 0; i < sets->n; i++) {
		sct_setitem *s = sets->items[i];
		sct_expr *x = ((sct_target *)sq->targets.items[k++])->expr;
		if (s->value)
			s->value = x;
		unqualify(cv, s->col);
	}
	for (int w = 0; w < d->whens.n; w++) {
		sct_merge_when *m = d->whens.items[w];
		if (m->cond)
			m->cond = ((sct_target *)sq->targets.items[k++])->expr;
		for (int i = 0; i < m->sets.n; i++) {
			sct_setitem *s = m->sets.items[i];
			s->value = ((sct_target *)sq->targets.items[k++])->expr;
			unqualify(cv, s->col);
		}
		for (int i = 0; i < m->values.n; i++)
			m->values.items[i] = ((sct_target *)sq->targets.items[k++])->expr;
		for (int i = 0; i < m->columns.n; i++)
			sct_conv_ident(cv, m->columns.items[i]);
	}
	for (int i = 0; i < d->output.n; i++) {
		sct_target *t = d->output.items[i];
		t->expr = ((sct_target *)sq->targets.items[out_at + i])->expr;
		if (old[i] == 1)
			t->expr = old_value(cv, t->expr);
		else if (old[i] == 2 && t->expr->name)
			*(t->expr->kind == SCT_E_STAR && !t->expr->name->schema.s ? &t->expr->name->name.s : &t->expr->name->schema.s) = "sct_t";
		else if (!self && t->expr->kind == SCT_E_COL && t->expr->name && ref &&
			 t->expr->name->schema.s && !strcasecmp(t->expr->name->schema.s, ref))
			t->expr->name->schema.s = first->name->name.s; /* the target's converted name (a table variable's t_x) */
	}
	d->where = sq->where;
	if (d->with)
		d->with->ctes = sq->ctes;
	if (p->kind == SCT_PS_MERGE) {
		d->table = first->name;
		d->alias = first->alias;
		d->from.items[0] = sq->from.items[1];
		if (cv->version && cv->version < 15000000) {
			sct_code_raw(cv, p, "MERGE needs PostgreSQL 15", p->loc);
			return -1;
		}
		return 0;
	}
	if (self) {
		/* the target is one of the FROM items: join the target to it by row identity (no sct_old here:
		 * deleted.x with FROM was refused above) */
		p->op = 1;
		d->table = self->name;
		d->alias.s = self->alias.s ? self->alias.s : self->name->name.s;
	} else {
		d->table = first->name;
		d->alias.s = NULL;
		if (d->from.n) /* drop the synthetic target item */
			d->from = (sct_list){0};
		for (int i = 1; i < sq->from.n; i++)
			sct_list_push(cv->a, &d->from, sq->from.items[i]);
	}
	(void)own;
	return 0;
}

static int conv_insert(sct_conv *cv, sct_pstmt *p)
{
	sct_dml *d = p->dml;
	int own = 0;
	sct_table *def = target_table(cv, d->table, &own);
	if (!def) {
		sct_code_raw(cv, p, "the target table is not converted or not defined in the input", p->loc);
		return -1;
	}
	if (!own)
		d->table = def->name; /* the converted name node (follows a rename) */
	sct_column **cols = sct_arena_alloc(cv->a, sizeof(sct_column *) * (size_t)(def->columns.n + d->columns.n + 1));
	int ncols = d->columns.n ? d->columns.n : def->columns.n;
	for (int i = 0; i < ncols; i++)
		cols[i] = d->columns.n ? column_of(def, ((sct_ident *)d->columns.items[i])->s) : def->columns.items[i];
	for (int i = 0; i < d->columns.n; i++)
		sct_conv_ident(cv, d->columns.items[i]);
	if (d->exec) {
		if (d->output.n || d->with) {
			sct_code_raw(cv, p, "INSERT ... EXEC with OUTPUT or WITH", p->loc);
			return -1;
		}
		return sct_code_insert_exec(cv, p, cols, ncols);
	}
	sct_scope sc = {0};
	for (int r = 0; r < d->values.n; r++) {
		sct_expr *row = d->values.items[r];
		for (int i = 0; i < row->args.n; i++) {
			if (i < ncols && is_bool_col(cv, cols[i]))
				row->args.items[i] = sct_conv_bool_literal(cv, row->args.items[i]);
			sct_expr *x = sct_conv_expr(cv, &sc, row->args.items[i]);
			if (!x) {
				sct_code_raw(cv, p, sc.failed ? sc.failed : "a value could not be converted", p->loc);
				return -1;
			}
			row->args.items[i] = x;
		}
	}
	if (d->query) {
		sct_query *s = first_select(d->query);
		for (int i = 0; s && i < s->targets.n && i < ncols; i++)
			if (is_bool_col(cv, cols[i])) {
				sct_target *t = s->targets.items[i];
				t->expr = sct_conv_bool_literal(cv, t->expr);
			}
		if (d->with) {
			for (int i = 0; i < d->with->ctes.n; i++)
				sct_list_push(cv->a, &d->query->ctes, d->with->ctes.items[i]);
			d->with = NULL;
		}
		if (sct_conv_query(cv, &sc, d->query, NULL) < 0) {
			sct_code_raw(cv, p, sc.failed ? sc.failed : "query not convertible", p->loc);
			return -1;
		}
	} else if (d->with) {
		sct_code_raw(cv, p, "WITH before INSERT ... VALUES", p->loc);
		return -1;
	}
	if (d->output_cursor && output_columns(cv, p, def) < 0)
		return -1;
	if (d->output.n) {
		sct_table *odef = NULL;
		if (d->output_into && !sct_code_table_obj(cv, d->output_into, &odef)) {
			sct_code_raw(cv, p, "OUTPUT INTO a permanent table", p->loc);
			return -1;
		}
		for (int i = 0; i < d->output_cols.n; i++)
			sct_conv_ident(cv, d->output_cols.items[i]);
		for (int i = 0; i < d->output.n; i++) {
			sct_target *t = d->output.items[i];
			sct_expr *e = t->expr;
			if ((e->kind == SCT_E_COL || e->kind == SCT_E_STAR) && e->name && e->name->schema.s &&
			    !strcasecmp(e->name->schema.s, "inserted"))
				e->name->schema.s = NULL;
			if (e->kind == SCT_E_STAR && e->name && !e->name->schema.s && e->name->name.s && !strcasecmp(e->name->name.s, "inserted"))
				t->expr->name = NULL;
			sct_scope os = {0};
			sct_expr *x = sct_conv_expr(cv, &os, t->expr);
			if (!x) {
				sct_code_raw(cv, p, os.failed ? os.failed : "OUTPUT column not convertible", p->loc);
				return -1;
			}
			t->expr = x;
		}
	}
	return 0;
}

/* --result-sets table: the OUTPUT rows are the function's RETURN QUERY when every column has a name and a
 * known type (result_stmt describes them to code.c); else back to a refcursor */
static void output_returns(sct_conv *cv, sct_pstmt *p)
{
	sct_dml *d = p->dml;
	sct_query *q = SCT_NEW(cv->a, sct_query);
	q->kind = SCT_Q_SELECT;
	q->loc = p->loc;
	for (int i = 0; i < d->output.n; i++) {
		sct_target *t = d->output.items[i];
		if (!t->alias.s || !t->out_type) {
			sct_code_result_refcursor(cv, cv->code);
			return;
		}
		sct_target *x = tgt(cv, var_expr(cv, t->loc, sct_arena_printf(cv->a, "sct_c%d", i + 1)));
		x->alias = t->alias;
		x->out_type = t->out_type;
		sct_list_push(cv->a, &q->targets, x);
	}
	sct_pstmt *r = SCT_NEW(cv->a, sct_pstmt);
	r->kind = SCT_PS_RETURN_QUERY;
	r->loc = p->loc;
	r->query = q;
	cv->code->result_stmt = r;
}

int sct_code_dml(sct_conv *cv, sct_pstmt *p)
{
	int rc;
	if (output_cursor(cv, p) < 0 || (p->dml && p->kind != SCT_PS_MERGE && output_plain(cv, p) < 0))
		return -1;
	switch (p->kind) {
	case SCT_PS_INSERT: rc = conv_insert(cv, p); break;
	case SCT_PS_UPDATE:
	case SCT_PS_DELETE:
	case SCT_PS_MERGE: rc = conv_changes(cv, p); break;
	case SCT_PS_TRUNCATE: {
		int own = 0;
		sct_table *def = target_table(cv, p->target, &own);
		if (!def) {
			sct_code_raw(cv, p, "TRUNCATE of a table that is not converted", p->loc);
			return -1;
		}
		if (!own)
			p->target = def->name;
		rc = 0;
		break;
	}
	default: rc = 0; break;
	}
	if (rc == 0 && cv->code->proc_table && p->dml && p->dml->output_cursor)
		output_returns(cv, p);
	if (rc == 0)
		cv->code->after_dml = 1;
	return rc;
}
