/* tvp.c - T-SQL table types and table-valued parameters for PostgreSQL: composite types, arrays, unnest(). */
#include "code.h"
#include "emit/emit.h"
#include <string.h>
#include <strings.h>

/* ---------- CREATE TYPE ... AS TABLE -> CREATE TYPE ... AS (...) ---------- */

static const char *cons_word(sct_cons_kind k)
{
	return k == SCT_CONS_PRIMARY ? "PRIMARY KEY" : k == SCT_CONS_UNIQUE ? "UNIQUE" : k == SCT_CONS_CHECK ? "CHECK"
	       : "constraint";
}

/* A constraint of the table type: reported (the composite type has none), kept for variables of the type
 * (a temporary table keeps PRIMARY KEY and UNIQUE). */
static void type_constraint(sct_conv *cv, sct_constraint *k, const char *col)
{
	sct_conv_itemf(cv, "C040", k->loc, "%s%s%s of table type %s: not enforced on the elements of an array of the composite type",
		       cons_word(k->kind), col ? " of column " : "", col ? col : "", cv->cur_object);
	for (int j = 0; j < k->columns.n; j++)
		sct_conv_ident(cv, &((sct_index_col *)k->columns.items[j])->name);
	if (k->kind != SCT_CONS_PRIMARY && k->kind != SCT_CONS_UNIQUE)
		k->skip = 1;
	k->name.s = NULL; /* a temporary table of the type takes a name of its own */
}

/* One column: its type through the type rules; what the composite type cannot hold is reported. */
static int type_column(sct_conv *cv, sct_table *t, sct_column *c)
{
	const char *obj = sct_arena_printf(cv->a, "%s.%s", cv->cur_object, c->name.s ? c->name.s : "?");
	int nullable = c->nullable; /* a bit-field (ast.h): no address */
	sct_conv_resolve_alias(cv, c->type, &nullable);
	c->nullable = nullable;
	sct_tclass cls = sct_conv_tclass(cv, c->type);
	cv->cur_column = c->name.s;
	int rc = sct_conv_type(cv, c->type, obj);
	cv->cur_column = NULL;
	if (rc < 0 && !c->type->out)
		return -1;
	const sct_identity *id = sct_column_identity(c);
	if (id) {
		if (!sct_conv_is_int_type(c->type->out))
			c->type->out = "bigint";
		sct_conv_itemf(cv, "C040", id->loc, "IDENTITY of %s: the elements of an array are not numbered; "
			       "callers supply the values (a variable of the type numbers its rows)", obj);
	}
	if (c->def) {
		sct_scope sc = {0};
		sc.table = t;
		sct_expr *x = sct_conv_expr(cv, &sc, cls == SCT_TC_BOOL ? sct_conv_bool_literal(cv, c->def) : c->def);
		sct_conv_itemf(cv, "C040", c->def->loc, "DEFAULT of %s: not applied to the elements of an array%s", obj,
			       x ? "" : " (and dropped: not convertible)");
		c->def = x;
	}
	for (int j = 0; j < sct_column_constraints(c)->n; j++)
		type_constraint(cv, sct_column_constraints(c)->items[j], obj);
	sct_conv_ident(cv, &c->name);
	return 0;
}

int sct_conv_table_type(sct_conv *cv, sct_stmt *s)
{
	sct_type_def *td = s->u.type;
	sct_table *t = td->table;
	if (!t || !t->columns.n) {
		sct_conv_itemf(cv, "C007", s->loc, "type %s: a table type without columns", cv->cur_object);
		return -1;
	}
	for (int i = 0; i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (!c->type || sct_column_computed(c)) {
			sct_conv_itemf(cv, "C007", c->loc, "type %s: computed column %s: not converted", cv->cur_object,
				       c->name.s ? c->name.s : "?");
			return -1;
		}
	}
	sct_buf nn;
	sct_buf_init(&nn);
	sct_loc nn_loc = s->loc;
	for (int i = 0; i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (type_column(cv, t, c) < 0) {
			sct_buf_free(&nn);
			return -1;
		}
		if (c->nullable == 0) {
			if (!nn.len)
				nn_loc = c->loc;
			sct_buf_printf(&nn, "%s%s", nn.len ? ", " : "", c->name.s);
		}
	}
	if (nn.len)
		sct_conv_itemf(cv, "C040", nn_loc, "NOT NULL of %s (table type %s): not enforced on a composite type",
			       nn.data, cv->cur_object);
	sct_buf_free(&nn);
	for (int i = 0; i < t->constraints.n; i++)
		type_constraint(cv, t->constraints.items[i], NULL);
	for (int i = 0; i < t->indexes.n; i++) {
		sct_index *x = t->indexes.items[i];
		sct_conv_itemf(cv, "C040", s->loc, "INDEX %s of table type %s: not created (an array has no index; "
			       "a difference of speed only)", x->name.s ? x->name.s : "", cv->cur_object);
		x->skip = 1;
	}
	td->columns = t->columns;
	sct_conv_qname(cv, td->name);
	sct_conv_use_schema(cv, td->name->schema.s);
	/* a composite type shares the namespace of tables (each table has a row type of its name) */
	td->name->name.s = sct_conv_unique_rel(cv, td->name->schema.s, td->name->name.s, td->name->loc, s);
	return 0;
}

/* ---------- in routine bodies ---------- */

/* The table type (CREATE TYPE ... AS TABLE) a parameter or variable type names, converted or not; else NULL. */
static sct_stmt *table_type_stmt(sct_conv *cv, const sct_type *ty)
{
	sct_object *o = sct_conv_type_object(cv, ty); /* every DECLARE asks: no lookup when there is no type */
	if (!o || o->stmt->u.type->kind != SCT_TYPEDEF_TABLE || !o->stmt->u.type->table)
		return NULL;
	return o->stmt;
}

int sct_code_names_table_type(sct_conv *cv, const sct_type *ty)
{
	return table_type_stmt(cv, ty) != NULL;
}

/* The table type a parameter or variable type names, when it is converted; else NULL. */
static sct_type_def *table_type(sct_conv *cv, const sct_type *ty)
{
	sct_stmt *s = table_type_stmt(cv, ty);
	if (!s || (s->status != SCT_STATUS_CONVERTED && s->status != SCT_STATUS_NOTES))
		return NULL;
	return s->u.type;
}

static sct_expr *col_expr(sct_conv *cv, sct_loc loc, const char *schema, const char *name)
{
	sct_expr *e = sct_conv_new_expr(cv, SCT_E_COL, loc);
	e->name = SCT_NEW(cv->a, sct_qname);
	e->name->schema.s = schema;
	e->name->name.s = name;
	return e;
}

/* schema.name of the composite type, quoted where PostgreSQL needs it */
static const char *type_name(sct_conv *cv, const sct_type_def *td)
{
	sct_buf b;
	sct_buf_init(&b);
	sct_sql_qname(&sct_pg_sql, &b, td->name);
	const char *s = sct_arena_strndup(cv->a, b.data ? b.data : "", b.len);
	sct_buf_free(&b);
	return s;
}

const char *sct_code_tvp_type(sct_conv *cv, const sct_param *prm)
{
	sct_type_def *td = table_type(cv, prm->type);
	return td ? sct_arena_printf(cv->a, "%s[]", type_name(cv, td)) : "text";
}

int sct_code_tvp_param(sct_conv *cv, sct_param *prm, sct_cvar *v, const char **why)
{
	sct_type_def *td = table_type(cv, prm->type);
	if (!td) {
		*why = sct_arena_printf(cv->a, "table-valued parameter @%s (READONLY) of type %s, which is not converted: "
					       "use an array of a composite type or a temporary table",
					prm->name.s, prm->type && prm->type->name ? prm->type->name : "?");
		return -1;
	}
	const char *type = type_name(cv, td);
	prm->type->out = sct_arena_printf(cv->a, "%s[]", type);
	v->obj = sct_code_table_object(cv, td->table);
	v->tvp = td;
	v->type = NULL; /* not a scalar */
	v->cls = SCT_TC_UNKNOWN;
	sct_conv_itemf(cv, "C041", prm->loc, "@%s: parameter %s %s; the body reads it with unnest(); callers pass "
		       "ARRAY[ROW(...)::%s, ...]", prm->name.s, v->out, prm->type->out, type);
	return 0;
}

sct_object *sct_code_tvp_from(sct_conv *cv, sct_from *f)
{
	if (!cv->code || f->kind != SCT_FROM_TABLE || !f->name || f->name->schema.s || sct_qname_catalog(f->name)->s ||
	    !f->name->name.s || f->name->name.s[0] != '@')
		return NULL;
	sct_cvar *v = sct_code_var(cv, f->name->name.s);
	if (!v || !v->tvp)
		return NULL;
	sct_expr *fn = sct_conv_new_expr(cv, SCT_E_FUNC, f->loc);
	fn->name = SCT_NEW(cv->a, sct_qname);
	fn->name->name.s = "unnest";
	sct_expr *arg = sct_conv_new_expr(cv, SCT_E_VAR, f->loc);
	arg->text = v->out;
	sct_list_push(cv->a, &fn->args, arg);
	f->kind = SCT_FROM_FUNC;
	f->func = fn;
	if (!f->alias.s) { /* the columns need a table name: the parameter's own, without @ */
		f->alias.s = f->name->name.s + 1;
		f->alias.loc = f->loc;
	}
	return v->obj;
}

sct_table *sct_code_tvp_table(sct_conv *cv, const sct_type *ty)
{
	sct_type_def *td = table_type(cv, ty);
	if (!td)
		return NULL;
	sct_table *t = SCT_NEW(cv->a, sct_table);
	t->columns = td->table->columns;
	t->constraints = td->table->constraints;
	return t;
}

/* ARRAY(SELECT ROW(cols)::type FROM t_x) from the temporary table of a table variable: every attribute of the
 * type by name from the table, in the type's order; NULL when one is missing. */
static sct_expr *rows_of_table(sct_conv *cv, sct_loc loc, sct_type_def *td, sct_cvar *tv)
{
	sct_table *t = tv->obj->stmt->u.table;
	sct_expr *e = sct_conv_new_expr(cv, SCT_E_TEMPLATE, loc);
	e->text = "ARRAY(SELECT ROW(\2\3)::\1\1 FROM \1\2)";
	sct_list_push(cv->a, &e->args, col_expr(cv, loc, td->name->schema.s, td->name->name.s));
	sct_list_push(cv->a, &e->args, col_expr(cv, loc, NULL, tv->out));
	for (int i = 0; i < td->columns.n; i++) {
		const sct_column *a = td->columns.items[i];
		const sct_column *c = NULL;
		for (int k = 0; k < t->columns.n && !c; k++) {
			const sct_column *x = t->columns.items[k];
			if (x->name.s && a->name.s && !strcasecmp(x->name.s, a->name.s))
				c = x;
		}
		if (!c)
			return NULL;
		sct_list_push(cv->a, &e->args, col_expr(cv, loc, NULL, c->name.s));
	}
	return e;
}

sct_expr *sct_code_tvp_arg(sct_conv *cv, const sct_param *prm, sct_expr *value, const char **why)
{
	sct_type_def *td = table_type(cv, prm->type);
	*why = "a table-valued argument that is not a table variable";
	if (!td) {
		*why = "the table type of the parameter is not converted";
		return NULL;
	}
	if (!value || value->kind != SCT_E_VAR || !value->text || value->text[0] != '@')
		return NULL;
	sct_cvar *v = sct_code_var(cv, value->text);
	if (!v || v->cursor || !v->obj)
		return NULL;
	if (v->tvp) { /* a table-valued parameter passed on */
		if (v->tvp != td) {
			*why = "a table-valued parameter passed on as another table type";
			return NULL;
		}
		sct_expr *x = sct_conv_new_expr(cv, SCT_E_VAR, value->loc);
		x->text = v->out;
		return x;
	}
	sct_expr *x = rows_of_table(cv, value->loc, td, v);
	if (!x)
		*why = "a table variable without every column of the table type";
	return x;
}
