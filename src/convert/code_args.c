/* code_args.c - argument types of calls of converted routines: casts where PostgreSQL would not convert. */
#include "code.h"
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* "varchar(20)" -> "varchar", "numeric(19,4)" -> "numeric"; PostgreSQL parameters have no length */
static const char *type_base(sct_conv *cv, const char *out)
{
	const char *p = out ? strchr(out, '(') : NULL;
	if (!out || !p)
		return out;
	const char *q = strchr(p, ')');
	if (q && q[1])
		return out; /* "timestamp(3) with time zone" and the like: keep it whole */
	while (p > out && p[-1] == ' ')
		p--;
	return sct_arena_strndup(cv->a, out, (size_t)(p - out));
}

/* The target type of a parameter, also before its routine is converted (no report items then). */
const char *sct_code_param_type(sct_conv *cv, const sct_type *t)
{
	if (!t)
		return NULL;
	if (t->out)
		return t->out;
	const sct_type *b = sct_conv_resolve_alias(cv, t, NULL);
	const sct_rule *r = sct_rules_match_type_col(cv->rules, b->name, b->nparams, b->params, NULL);
	char buf[256];
	if (!r || r->action != SCT_RULE_MAP)
		return NULL;
	int n = sct_rules_expand_type(cv->rules, r, b->nparams, b->params, buf, sizeof buf);
	return n < 0 || n >= (int)sizeof buf ? NULL : sct_arena_strdup(cv->a, buf);
}

/* The exact target type of a source expression where it is known: a variable, parameter or column. */
const char *sct_code_expr_type(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	if (!e)
		return NULL;
	if (e->kind == SCT_E_VAR) {
		sct_cvar *v = e->text ? sct_code_var(cv, e->text) : NULL;
		return v && !v->obj && !v->cursor && v->type ? sct_code_param_type(cv, v->type) : NULL;
	}
	if (e->kind == SCT_E_COL && e->name && sc) {
		sct_column *c = sct_conv_scope_column(sc, e->name);
		return c && c->type ? c->type->out : NULL;
	}
	if (e->kind == SCT_E_NUM && e->text)
		return strpbrk(e->text, ".eE") ? "numeric" : "integer";
	if (e->kind == SCT_E_UNARY && (e->op == SCT_OP_NEG || e->op == SCT_OP_POS) && e->a && e->a->kind == SCT_E_NUM)
		return sct_code_expr_type(cv, sc, e->a); /* -1.9 */
	if (e->kind == SCT_E_FUNC && e->name && !e->name->schema.s && e->name->name.s &&
	    !strcasecmp(e->name->name.s, "isnull") && e->args.n == 2)
		return sct_code_expr_type(cv, sc, e->args.items[0]); /* ISNULL(a, b) has a's type (exprs.c) */
	return NULL;
}

/* Same type for PostgreSQL's call resolution (lengths and precisions do not count). */
int sct_code_same_type(sct_conv *cv, const char *a, const char *b)
{
	return a && b && !strcasecmp(type_base(cv, a), type_base(cv, b));
}

static int is_integer(sct_conv *cv, const char *t)
{
	t = t ? type_base(cv, t) : "";
	return !strcmp(t, "integer") || !strcmp(t, "bigint") || !strcmp(t, "smallint");
}

/* PostgreSQL converts an argument of type a to a parameter of type p implicitly (widening casts) */
static int implicit_ok(sct_conv *cv, const char *a, const char *p)
{
	static const char *const casts[][2] = {
		{"smallint", "integer"}, {"smallint", "bigint"}, {"smallint", "numeric"}, {"smallint", "real"},
		{"smallint", "double precision"}, {"integer", "bigint"}, {"integer", "numeric"}, {"integer", "real"},
		{"integer", "double precision"}, {"bigint", "numeric"}, {"bigint", "real"}, {"bigint", "double precision"},
		{"numeric", "real"}, {"numeric", "double precision"}, {"real", "double precision"},
		{"varchar", "text"}, {"text", "varchar"}, {"char", "text"}, {"char", "varchar"},
		{"date", "timestamp"}, {"date", "timestamptz"}, {"timestamp", "timestamptz"},
	};
	if (!a || !p)
		return 0;
	a = type_base(cv, a);
	p = type_base(cv, p);
	for (size_t i = 0; i < sizeof casts / sizeof casts[0]; i++)
		if (!strcasecmp(a, casts[i][0]) && !strcasecmp(p, casts[i][1]))
			return 1;
	return 0;
}

/* CAST(x AS base type of ptype): the form of T-SQL's implicit conversion of an argument to a parameter */
sct_expr *sct_code_cast_to(sct_conv *cv, sct_expr *x, const char *ptype)
{
	sct_expr *t = SCT_NEW(cv->a, sct_expr);
	t->kind = SCT_E_TEMPLATE;
	t->loc = x->loc;
	t->end = x->end;
	t->text = sct_arena_printf(cv->a, "CAST(\001\001 AS %s)", type_base(cv, ptype));
	sct_list_push(cv->a, &t->args, x);
	return t;
}

/* A converted argument x (source src) of an input parameter of type ptype: cast unless its type is known to be
 * the same or to convert implicitly, or it is a literal PostgreSQL types from the parameter (a string, NULL,
 * true/false). */
sct_expr *sct_code_arg_cast(sct_conv *cv, sct_scope *sc, const sct_expr *src, sct_expr *x, const char *ptype)
{
	if (!ptype || !x || x->kind == SCT_E_NULL || x->kind == SCT_E_STR || x->kind == SCT_E_BOOL)
		return x;
	const char *atype = sct_code_expr_type(cv, sc, src);
	if (sct_code_same_type(cv, atype, ptype) || implicit_ok(cv, atype, ptype))
		return x;
	sct_expr *c = sct_code_cast_to(cv, x, ptype);
	const sct_expr *num = src;
	while (num && num->kind == SCT_E_UNARY && (num->op == SCT_OP_NEG || num->op == SCT_OP_POS))
		num = num->a; /* -1.9 is a number too */
	if (is_integer(cv, ptype) && !is_integer(cv, atype) && sct_conv_expr_class(cv, sc, num) == SCT_TC_NUMBER)
		c->text = sct_arena_printf(cv->a, "CAST(trunc(\001\001) AS %s)", type_base(cv, ptype)); /* T-SQL truncates */
	return c;
}

/* SQL Server cuts a string assigned to a varchar(n)/char(n) variable or parameter to n characters without an
 * error, and converts a value assigned to a parameter to its precision (numeric(10,2) rounds); PL/pgSQL raises
 * "value too long" for a variable and ignores a parameter's length and precision. An explicit CAST cuts and
 * rounds as SQL Server does (integers: PL/pgSQL rounds where SQL Server truncates, left as it is). */
sct_expr *sct_code_assign_cast(sct_conv *cv, sct_scope *sc, const sct_cvar *v, const sct_expr *src, sct_expr *x)
{
	const char *t = v && !v->obj && !v->cursor && v->type ? sct_code_param_type(cv, v->type) : NULL;
	if (!t || !strchr(t, '(') || !x || x->kind == SCT_E_NULL)
		return x;
	int n = -1, str = sscanf(t, "varchar(%d)", &n) == 1 || sscanf(t, "character varying(%d)", &n) == 1 ||
			  sscanf(t, "char(%d)", &n) == 1 || sscanf(t, "character(%d)", &n) == 1;
	if (!str && !v->param)
		return x; /* PL/pgSQL applies a variable's precision */
	const char *st = sct_code_expr_type(cv, sc, src);
	if (st && !strcasecmp(st, t))
		return x;
	return sct_code_cast_exact(cv, x, t);
}

/* x cast to t with its length or precision (varchar(5), numeric(10,2)), which cuts and rounds as SQL Server
 * converts; a string literal that fits a varchar(n) stays as it is. */
sct_expr *sct_code_cast_exact(sct_conv *cv, sct_expr *x, const char *t)
{
	int n = -1;
	if (x->kind == SCT_E_STR && x->text &&
	    (sscanf(t, "varchar(%d)", &n) == 1 || sscanf(t, "character varying(%d)", &n) == 1) && (int)strlen(x->text) <= n)
		return x;
	sct_expr *c = SCT_NEW(cv->a, sct_expr);
	c->kind = SCT_E_TEMPLATE;
	c->loc = x->loc;
	c->end = x->end;
	c->text = sct_arena_printf(cv->a, "CAST(\001\001 AS %s)", t);
	sct_list_push(cv->a, &c->args, x);
	return c;
}
