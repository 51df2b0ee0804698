/* spatial.c - properties and methods of SQL Server geography/geometry columns that the target keeps as OGC
 * Well-Known Binary in a bytea column (PostgreSQL without PostGIS: rules/mssql-postgres.rules, T130; the data
 * migration stores each value's STAsBinary()). .Lat/.Long of a geography point and .STX/.STY of a geometry point
 * read the WKB's Y/X with helper functions (helpers.c: NULL when the value is not a point, as SQL Server gives);
 * .STAsBinary() is the column itself. Every other case stays refused by exprs.c (E004): other members, a
 * PostGIS type from a user rules file, MySQL/MariaDB (geometry, whose axis order depends on the SRID). */
#include "convert.h"
#include "helpers.h"
#include <string.h>
#include <strings.h>

static const struct {
	const char *type, *member, *helper; /* helper NULL: the WKB value itself */
} members[] = {
	{"geography", "lat", "wkb_point_y"}, {"geography", "long", "wkb_point_x"},
	{"geometry", "stx", "wkb_point_x"}, {"geometry", "sty", "wkb_point_y"},
	{"geography", "stasbinary", NULL}, {"geometry", "stasbinary", NULL},
};

/* The member e names (alias.column.member or column.member, catalog.schema.name / schema.name) of a WKB column
 * in scope: its index in members[] (*col the column's name), or -1. */
static int member(sct_conv *cv, sct_scope *sc, const sct_expr *e, sct_qname **col)
{
	if (cv->family != SCT_FAMILY_POSTGRES || !e->name || !e->name->name.s || !e->name->schema.s ||
	    !sct_conv_is_property(sc, e->name))
		return -1;
	int method = e->kind == SCT_E_FUNC;
	if (method ? e->args.n || sct_expr_over(e) || (e->flags & SCT_EF_STARARG) : e->kind != SCT_E_COL)
		return -1;
	sct_qname q = {0};
	q.schema = *sct_qname_catalog(e->name);
	q.name = e->name->schema;
	q.loc = e->name->loc;
	const sct_column *c = sct_conv_scope_column(sc, &q);
	if (!c || !c->type || !c->type->name || !c->type->out || strcasecmp(c->type->out, "bytea") ||
	    (c->type->schema && strcasecmp(c->type->schema, "sys")))
		return -1;
	for (int i = 0; i < (int)(sizeof members / sizeof members[0]); i++)
		if (!strcasecmp(members[i].type, c->type->name) && !strcasecmp(members[i].member, e->name->name.s) &&
		    (members[i].helper == NULL) == method) { /* a method gives the WKB itself, a property a coordinate */
			if (col) {
				*col = SCT_NEW(cv->a, sct_qname);
				**col = q;
			}
			return i;
		}
	return -1;
}

sct_tclass sct_conv_spatial_class(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	int m = member(cv, sc, e, NULL);
	return m < 0 ? SCT_TC_UNKNOWN : members[m].helper ? SCT_TC_NUMBER : SCT_TC_BINARY;
}

sct_expr *sct_conv_spatial(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled)
{
	sct_qname *col = NULL;
	int m = member(cv, sc, e, &col);
	*handled = m >= 0;
	if (m < 0)
		return NULL;
	sct_expr *x = sct_conv_new_expr(cv, SCT_E_COL, e->loc);
	x->name = col;
	if (!(x = sct_conv_expr(cv, sc, x)))
		return NULL;
	if (!members[m].helper)
		return x;
	const char *fn = sct_helper_use(cv, members[m].helper, e->loc);
	sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
	t->end = e->end;
	t->text = sct_arena_printf(cv->a, "%s(\1\1)", fn);
	t->name = SCT_NEW(cv->a, sct_qname);
	t->name->name.s = members[m].helper; /* IMMUTABLE (helpers.c): usable in a generated column */
	sct_type *ty = SCT_NEW(cv->a, sct_type);  /* float in SQL Server: a generated column's type (convert.c) */
	ty->loc = e->loc;
	ty->name = ty->out = "double precision";
	sct_expr_set_type(cv->a, t, ty);
	sct_list_push(cv->a, &t->args, x);
	return t;
}
