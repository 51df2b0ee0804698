/* partition.c - a source table's partitioning (Oracle PARTITION BY RANGE/LIST/HASH) to PostgreSQL
 * declarative partitioning where it maps: bounds converted, partitions named <table>_<partition>. Where it does
 * not map (a primary or unique key without the partition key, another target, an old version), the table
 * is created unpartitioned and the reason reported; what is only approximated (INTERVAL, subpartitions) is
 * reported too. */
#include "convert.h"
#include <string.h>
#include <strings.h>

static int has_col(const sct_list *cols, const char *name)
{
	for (int i = 0; i < cols->n; i++) {
		const sct_index_col *c = cols->items[i];
		if (c->name.s && name && !strcasecmp(c->name.s, name))
			return 1;
	}
	return 0;
}

/* A PRIMARY KEY / UNIQUE constraint that lacks a partition key column: its name (or "?"), else NULL. */
static const char *key_without(const sct_constraint *k, const sct_column *col, const sct_partitioning *p)
{
	if (k->kind != SCT_CONS_PRIMARY && k->kind != SCT_CONS_UNIQUE)
		return NULL;
	for (int i = 0; i < p->columns.n; i++) {
		const char *pc = ((const sct_ident *)p->columns.items[i])->s;
		int ok = col ? (col->name.s && pc && !strcasecmp(col->name.s, pc)) : has_col(&k->columns, pc);
		if (!ok)
			return k->name.s ? k->name.s : (k->kind == SCT_CONS_PRIMARY ? "PRIMARY KEY" : "UNIQUE");
	}
	return NULL;
}

static const char *check_keys(sct_conv *cv, sct_stmt *s, sct_table *t, const sct_partitioning *p)
{
	const char *bad = NULL;
	for (int i = 0; !bad && i < t->constraints.n; i++)
		bad = key_without(t->constraints.items[i], NULL, p);
	for (int i = 0; !bad && i < t->columns.n; i++) {
		const sct_column *c = t->columns.items[i];
		for (int j = 0; !bad && j < sct_column_constraints(c)->n; j++)
			bad = key_without(sct_column_constraints(c)->items[j], c, p);
	}
	/* keys added later by ALTER TABLE on the same table */
	for (int i = 0; !bad && i < cv->stmts->n; i++) {
		const sct_stmt *a = cv->stmts->items[i];
		if (a == s || a->kind != SCT_STMT_ALTER_TABLE || !a->u.alter->name || !a->u.alter->name->name.s)
			continue;
		const sct_qname *an = a->u.alter->name;
		if (strcasecmp(an->name.s, t->name->name.s) != 0)
			continue;
		for (int j = 0; !bad && j < a->u.alter->actions.n; j++) {
			const sct_alter_action *x = a->u.alter->actions.items[j];
			if (x->kind == SCT_ALTER_ADD_CONSTRAINT && x->constraint)
				bad = key_without(x->constraint, NULL, p);
		}
	}
	return bad;
}

static int is_maxvalue(const sct_expr *e)
{
	return e && e->kind == SCT_E_KEYWORD && e->text && !strcasecmp(e->text, "MAXVALUE");
}

void sct_conv_partitioning(sct_conv *cv, sct_stmt *s, sct_table *t)
{
	sct_partitioning *p = t->partitioning;
	if (!p)
		return;
	const char *why = NULL;
	int pg = cv->family == SCT_FAMILY_POSTGRES;
	const char *bad = pg ? check_keys(cv, s, t, p) : NULL;
	if (!pg)
		why = "the target has no declarative partitioning that this conversion maps to";
	else if (bad)
		why = sct_arena_printf(cv->a, "key %s does not include the partition key (PostgreSQL requires it)", bad);
	else if (p->kind == SCT_PART_HASH && cv->version && cv->version < 11000000)
		why = "hash partitioning needs PostgreSQL 11";
	else if (!p->parts.n && !p->hash_count)
		why = "no partition is written in the script (INTERVAL creates them automatically in Oracle)";
	for (int i = 0; !why && i < p->parts.n; i++) {
		sct_partition *pt = p->parts.items[i];
		if (pt->is_default && cv->version && cv->version < 11000000)
			why = "a DEFAULT partition needs PostgreSQL 11";
		sct_scope sc = {0};
		sc.table = t;
		for (int j = 0; !why && j < pt->values.n; j++) {
			sct_expr *v = pt->values.items[j];
			if (is_maxvalue(v))
				continue;
			if (v->kind != SCT_E_NUM && v->kind != SCT_E_STR && v->kind != SCT_E_NULL && cv->version &&
			    cv->version < 12000000) {
				why = "partition bounds computed by expressions need PostgreSQL 12";
				break;
			}
			sct_expr *x = sct_conv_expr(cv, &sc, v);
			if (!x)
				why = sct_arena_printf(cv->a, "a bound of partition %s cannot be converted: %s",
						       pt->name.s ? pt->name.s : "?", sc.failed ? sc.failed : "");
			else
				pt->values.items[j] = x;
		}
	}
	if (why) {
		sct_conv_itemf(cv, "K041", p->loc, "partitioning of %s not kept: %s", t->name->name.s, why);
		t->partitioning = NULL;
		t->flags &= ~(unsigned)SCT_TABF_PARTITIONED;
		return;
	}
	for (int i = 0; i < p->columns.n; i++)
		sct_conv_ident(cv, p->columns.items[i]);
	int n = p->parts.n ? p->parts.n : p->hash_count;
	for (int i = 0; i < n; i++) {
		sct_partition *pt;
		if (i < p->parts.n) {
			pt = p->parts.items[i];
		} else {
			pt = SCT_NEW(cv->a, sct_partition);
			pt->loc = p->loc;
			sct_list_push(cv->a, &p->parts, pt);
		}
		const char *pn = pt->name.s ? pt->name.s : sct_arena_printf(cv->a, "p%d", i + 1);
		const char *full = sct_conv_name(cv, sct_arena_printf(cv->a, "%s_%s", t->name->name.s, pn), pt->loc);
		pt->name.s = sct_conv_unique_rel(cv, t->name->schema.s, full, pt->loc, pt);
		pt->name.quoted = 0;
	}
	p->hash_count = p->kind == SCT_PART_HASH ? n : 0;
	if (p->interval)
		sct_conv_itemf(cv, "K042", p->loc, "INTERVAL (%s) of %s: only the %d partition(s) written are created", p->interval,
			       t->name->name.s, p->parts.n);
	if (p->subpartition) {
		sct_conv_itemf(cv, "K041", p->loc, "subpartitions of %s not created (%.80s): the partitions are not subpartitioned",
			       t->name->name.s, p->subpartition);
		p->subpartition = NULL;
	}
}
