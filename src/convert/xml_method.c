/* xml_method.c - the xml type's .value(xpath, type) method called on a routine's xml variable (@x.value(...)), as
 * an XMLTABLE subquery over the variable (PostgreSQL 10 and later). Other methods are left to exprs.c. */
#include "code.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const sct_expr *unparen(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e;
}

/* "nvarchar(max)", "sysname", "decimal(10, 2)" as a type; NULL when it does not read as one */
static sct_type *type_of(sct_conv *cv, const char *s, sct_loc loc)
{
	sct_type *t = SCT_NEW(cv->a, sct_type);
	t->loc = loc;
	while (isspace((unsigned char)*s))
		s++;
	const char *b = s;
	while (isalnum((unsigned char)*s) || *s == '_' || *s == ' ')
		s++;
	size_t n = (size_t)(s - b);
	while (n && b[n - 1] == ' ')
		n--;
	if (!n)
		return NULL;
	t->name = sct_arena_lower(cv->a, sct_arena_strndup(cv->a, b, n));
	if (*s == '(') {
		for (s++; t->nparams < 3;) {
			while (isspace((unsigned char)*s))
				s++;
			if (!strncasecmp(s, "max", 3)) {
				t->params[t->nparams++] = SCT_PARAM_MAX;
				s += 3;
			} else if (isdigit((unsigned char)*s)) {
				char *e;
				t->params[t->nparams++] = strtoll(s, &e, 10);
				s = e;
			} else
				return NULL;
			while (isspace((unsigned char)*s))
				s++;
			if (*s == ')') {
				s++;
				break;
			}
			if (*s++ != ',')
				return NULL;
		}
	}
	while (isspace((unsigned char)*s))
		s++;
	return *s ? NULL : t;
}

/* @x.value('xpath', 'type') on an xml variable: the string value of the node the path selects, as the type (NULL
 * when the path selects nothing), as SQL Server's value() gives it. *handled = 0: not a call this file converts. */
sct_expr *sct_code_var_method(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled)
{
	*handled = 1;
	const char *m = e->name->name.s ? e->name->name.s : "";
	const sct_expr *path = e->args.n == 2 ? unparen(e->args.items[0]) : NULL;
	const sct_expr *ty = e->args.n == 2 ? unparen(e->args.items[1]) : NULL;
	const char *why = NULL;
	sct_cvar *v = sct_code_var(cv, e->name->schema.s);
	sct_type *t = NULL;
	if (strcasecmp(m, "value") || !v || v->obj || v->cursor || !v->type || !v->type->out || strcmp(v->type->out, "xml")) {
		*handled = 0; /* another method, or another type's (hierarchyid.c, spatial.c, exprs.c) */
		return NULL;
	}
	if (!path || path->kind != SCT_E_STR || !ty || ty->kind != SCT_E_STR)
		why = "has a path or type that is not a string literal";
	else if (strstr(path->text, "declare ") || strstr(path->text, "sql:") || strchr(path->text, '{'))
		why = "uses a namespace declaration or sql:variable()/sql:column(), which XMLTABLE does not read";
	else if (!strchr("/(.", path->text[strspn(path->text, " \t\r\n")]))
		why = "has a path that is not a node path (count(), string() ...): XMLTABLE reads nodes only";
	else if (!(t = type_of(cv, ty->text, ty->loc)) || sct_conv_type(cv, t, cv->cur_object) < 0 || !t->out)
		why = "has a result type with no mapping";
	if (why) {
		sct_conv_itemf(cv, "E004", e->loc, "method call %s.%s() %s", e->name->schema.s, m, why);
		if (sc && !sc->failed)
			sc->failed = "xml method";
		return NULL;
	}
	sct_expr *var = sct_conv_new_expr(cv, SCT_E_VAR, e->loc);
	var->text = e->name->schema.s;
	sct_expr *x = sct_conv_expr(cv, sc, var);
	if (!x)
		return NULL;
	sct_expr *p = sct_conv_new_expr(cv, SCT_E_STR, path->loc);
	p->text = path->text;
	sct_expr *out = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
	out->end = e->end;
	/* value() converts as CONVERT does: a string longer than the type is cut, where an XMLTABLE column of
	 * varchar(n) would raise an error; text first, then an explicit cast (which cuts) */
	int str = sct_conv_tclass(cv, t) == SCT_TC_STRING;
	if (str && strcmp(t->out, "text"))
		out->text = sct_arena_printf(cv->a, "CAST((SELECT sct_v FROM XMLTABLE(\1\2 PASSING \1\1 COLUMNS sct_v text "
					     "PATH '.')) AS %s)", t->out);
	else
		out->text = sct_arena_printf(cv->a, "(SELECT sct_v FROM XMLTABLE(\1\2 PASSING \1\1 COLUMNS sct_v %s PATH '.'))", t->out);
	out->flags |= SCT_EF_NOT_IMMUTABLE | (str ? SCT_EF_STRING : 0);
	sct_list_push(cv->a, &out->args, x);
	sct_list_push(cv->a, &out->args, p);
	return out;
}
