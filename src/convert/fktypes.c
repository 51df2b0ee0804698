/* fktypes.c - foreign key columns whose converted type cannot be compared with the referenced column's in
 * the target (PostgreSQL: "foreign key constraint cannot be implemented", e.g. numeric -> integer, which
 * Oracle's NUMBER vs NUMBER(6) become; InnoDB wants the same integer size and decimal precision) take the
 * referenced column's type: every valid value fits it. */
#include "convert.h"
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* A coarse comparison family of a target type: 0 unknown. */
static int family(const char *out)
{
	if (!out)
		return 0;
	if (!strcmp(out, "smallint") || !strcmp(out, "integer") || !strcmp(out, "bigint") || !strcmp(out, "int") ||
	    !strcmp(out, "tinyint") || !strcmp(out, "mediumint"))
		return 1;
	if (!strncmp(out, "numeric", 7) || !strncmp(out, "decimal", 7))
		return 2;
	if (!strcmp(out, "real") || !strcmp(out, "double precision") || !strcmp(out, "double") || !strcmp(out, "float"))
		return 3;
	if (!strncmp(out, "varchar", 7) || !strcmp(out, "text"))
		return 4;
	if (!strncmp(out, "char", 4))
		return 5;
	return 0;
}

static int compatible_group(int a, int b)
{
	return (a >= 1 && a <= 3 && b >= 1 && b <= 3) || (a >= 4 && a <= 5 && b >= 4 && b <= 5);
}

static sct_column *column(sct_table *t, const char *name)
{
	size_t n = name ? strlen(name) : 0;
	for (int i = 0; t && name && i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (c->name.s && sct_conv_same_name_n(c->name.s, name, n))
			return c;
	}
	return NULL;
}

/* Primary key columns (sct_index_col*) of t: table constraint, inline, or added by ALTER TABLE. */
static const sct_list *pk_columns(sct_conv *cv, sct_table *t, sct_list *scratch, const sct_ptrmap *pks)
{
	for (int i = 0; i < t->constraints.n; i++) {
		sct_constraint *k = t->constraints.items[i];
		if (k->kind == SCT_CONS_PRIMARY)
			return &k->columns;
	}
	for (int i = 0; i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		for (int j = 0; j < sct_column_constraints(c)->n; j++)
			if (((sct_constraint *)sct_column_constraints(c)->items[j])->kind == SCT_CONS_PRIMARY) {
				sct_index_col *ic = SCT_NEW(cv->a, sct_index_col);
				ic->name = c->name;
				memset(scratch, 0, sizeof *scratch);
				sct_list_push(cv->a, scratch, ic);
				return scratch;
			}
	}
	return sct_ptrmap_get(pks, t);
}

static void align(sct_conv *cv, sct_stmt *s, sct_table *t, sct_constraint *k, sct_column *inline_col,
		  const sct_ptrmap *tables, const sct_ptrmap *pks)
{
	if (k->kind != SCT_CONS_FOREIGN || k->skip || !sct_constraint_ref_table(k))
		return;
	sct_constraint_more *ref = k->more;
	sct_table *rt = sct_ptrmap_get(tables, ref->ref_table);
	if (!rt)
		return;
	sct_list scratch = {0};
	const sct_list *refcols = NULL;
	if (!ref->ref_columns.n) {
		refcols = pk_columns(cv, rt, &scratch, pks);
		/* REFERENCES t (its primary key): MySQL wants the columns written */
		for (int i = 0; cv->family == SCT_FAMILY_MYSQL && refcols && i < refcols->n; i++) {
			sct_ident *id = SCT_NEW(cv->a, sct_ident);
			*id = ((sct_index_col *)refcols->items[i])->name;
			sct_list_push(cv->a, &ref->ref_columns, id);
		}
	}
	int n = inline_col ? 1 : k->columns.n;
	for (int i = 0; i < n; i++) {
		sct_column *c = inline_col ? inline_col : column(t, ((sct_index_col *)k->columns.items[i])->name.s);
		const char *rn = NULL;
		if (ref->ref_columns.n > i)
			rn = ((sct_ident *)ref->ref_columns.items[i])->s;
		else if (refcols && refcols->n > i)
			rn = ((sct_index_col *)refcols->items[i])->name.s;
		sct_column *r = column(rt, rn);
		if (!c || !r || !c->type || !r->type || !c->type->out || !r->type->out || !strcmp(c->type->out, r->type->out))
			continue;
		int fa = family(c->type->out), fb = family(r->type->out);
		/* PostgreSQL compares within a family (integer with bigint); InnoDB wants the same numeric type */
		int numeric = fa >= 1 && fa <= 3 && fb >= 1 && fb <= 3;
		if (!compatible_group(fa, fb) || (fa == fb && !(cv->family == SCT_FAMILY_MYSQL && numeric)))
			continue;
		cv->cur = s;
		cv->cur_object = sct_arena_printf(cv->a, "%s.%s", t->name->name.s, c->name.s);
		cv->cur_objtype = "column";
		sct_conv_itemf(cv, "K044", c->loc, "column %s of foreign key %s made %s (was %s) like the referenced column %s.%s",
			       c->name.s, k->name.s ? k->name.s : "", r->type->out, c->type->out, rt->name->name.s, r->name.s);
		c->type->out = r->type->out;
	}
}

static int is_fk(const sct_constraint *k)
{
	return k->kind == SCT_CONS_FOREIGN;
}

/* A table with a foreign key (a table or column constraint)? */
static int table_has_fk(const sct_table *t)
{
	for (int j = 0; j < t->constraints.n; j++)
		if (is_fk(t->constraints.items[j]))
			return 1;
	for (int j = 0; j < t->columns.n; j++) {
		const sct_column *c = t->columns.items[j];
		for (int m = 0; m < sct_column_constraints(c)->n; m++)
			if (is_fk(sct_column_constraints(c)->items[m]))
				return 1;
	}
	return 0;
}

/* What an ALTER TABLE adds (and does not skip, unless with_skipped): a primary key (bit 2), a foreign key (bit 1). */
static int alter_adds(const sct_alter_table *at, int with_skipped)
{
	int what = 0;
	for (int j = 0; j < at->actions.n; j++) {
		const sct_alter_action *a = at->actions.items[j];
		if (a->kind != SCT_ALTER_ADD_CONSTRAINT || (a->skip && !with_skipped))
			continue;
		if (a->constraint->kind == SCT_CONS_PRIMARY)
			what |= 2;
		else if (is_fk(a->constraint))
			what |= 1;
	}
	return what;
}

/* Statement i (a table or ALTER TABLE), just converted: whether it has a foreign key (bit 1) or adds a primary
 * key (bit 2), skipped or not (nothing adds constraints later), so that sct_conv_align_fk_types reads only the
 * statements marked (and the tables): it ran over every column and action of a big input, each a cache miss. */
void sct_conv_fk_mark(sct_conv *cv, int i, const sct_stmt *s)
{
	if (s->kind == SCT_STMT_TABLE)
		cv->fk_marks[i] = (unsigned char)table_has_fk(s->u.table);
	else if (s->kind == SCT_STMT_ALTER_TABLE)
		cv->fk_marks[i] = (unsigned char)alter_adds(s->u.alter, 1);
}

/* One pass over the statements picks the few that matter: every table (referenced ones), the ALTER TABLEs adding
 * a primary key, and the statements with a foreign key, in input order. */
void sct_conv_align_fk_types(sct_conv *cv)
{
	sct_list tabs = {0}, pk_alters = {0}, work = {0};
	for (int i = 0; i < cv->stmts->n; i++) {
		if (cv->kinds && cv->kinds[i] != SCT_STMT_TABLE && cv->kinds[i] != SCT_STMT_ALTER_TABLE)
			continue; /* convert.c: without reading every statement */
		if (cv->fk_marks && cv->kinds[i] == SCT_STMT_ALTER_TABLE && !cv->fk_marks[i])
			continue; /* adds no key: its nodes are not read again */
		sct_stmt *s = cv->stmts->items[i];
		if (s->status == SCT_STATUS_MANUAL)
			continue;
		if (s->kind == SCT_STMT_TABLE) {
			sct_list_push(cv->a, &tabs, s->u.table);
			if ((!cv->fk_marks || cv->fk_marks[i]) && table_has_fk(s->u.table))
				sct_list_push(cv->a, &work, s);
		} else if (s->kind == SCT_STMT_ALTER_TABLE) {
			int what = alter_adds(s->u.alter, 0);
			if (what & 2)
				sct_list_push(cv->a, &pk_alters, s);
			if (what & 1)
				sct_list_push(cv->a, &work, s);
		}
	}
	if (!work.n)
		return;
	sct_ptrmap tables, pks;
	sct_ptrmap_init(cv->a, &tables, tabs.n);
	sct_ptrmap_init(cv->a, &pks, tabs.n);
	for (int i = 0; i < tabs.n; i++) {
		sct_table *t = tabs.items[i];
		sct_ptrmap_put(&tables, t->name, t);
	}
	/* primary keys added by ALTER TABLE, by table (the last one wins) */
	for (int i = 0; i < pk_alters.n; i++) {
		sct_stmt *s = pk_alters.items[i];
		sct_table *t = sct_ptrmap_get(&tables, s->u.alter->name);
		for (int j = 0; t && j < s->u.alter->actions.n; j++) {
			sct_alter_action *a = s->u.alter->actions.items[j];
			if (a->kind == SCT_ALTER_ADD_CONSTRAINT && a->constraint->kind == SCT_CONS_PRIMARY && !a->skip)
				sct_ptrmap_put(&pks, t, &a->constraint->columns);
		}
	}
	for (int i = 0; i < work.n; i++) {
		sct_stmt *s = work.items[i];
		if (s->kind == SCT_STMT_TABLE) {
			sct_table *t = s->u.table;
			for (int j = 0; j < t->constraints.n; j++)
				align(cv, s, t, t->constraints.items[j], NULL, &tables, &pks);
			for (int j = 0; j < t->columns.n; j++) {
				sct_column *c = t->columns.items[j];
				for (int m = 0; m < sct_column_constraints(c)->n; m++)
					align(cv, s, t, sct_column_constraints(c)->items[m], c, &tables, &pks);
			}
		} else {
			sct_table *t = sct_ptrmap_get(&tables, s->u.alter->name);
			for (int j = 0; t && j < s->u.alter->actions.n; j++) {
				sct_alter_action *a = s->u.alter->actions.items[j];
				if (a->kind == SCT_ALTER_ADD_CONSTRAINT && !a->skip)
					align(cv, s, t, a->constraint, NULL, &tables, &pks);
			}
		}
	}
}
