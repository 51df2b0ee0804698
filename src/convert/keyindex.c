/* keyindex.c - Oracle: a primary key or unique constraint added over an index created before it is one index. */
#include "convert.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

/*
 * Oracle enforces ALTER TABLE ... ADD PRIMARY KEY / UNIQUE with an index the table already has: the one named by
 * USING INDEX, or, without USING INDEX or with index properties only, one whose columns are the key's columns.
 * The targets build the key's own index, so that CREATE [UNIQUE] INDEX would be a second index on the same
 * columns and, when it has the constraint's name (the usual script), a name collision in PostgreSQL. Such an
 * index is folded into the key: not created, reported (K047); the constraint keeps its name and its index is
 * named after it. Only an index on exactly the key's columns, in order, ascending, without filter or INCLUDE,
 * is folded, and not when the script later drops a constraint of the table (Oracle keeps the index then).
 */

/* The USING INDEX value of a key as the parser keeps it: a name ("X" quoted), "(CREATE INDEX ...)", or NULL. */
const char *sct_conv_using_index(const sct_constraint *k)
{
	const sct_list *opts = k ? sct_constraint_options(k) : NULL;
	for (int i = 0; opts && i < opts->n; i++) {
		const sct_option *o = opts->items[i];
		if (o->name && !strcmp(o->name, "using index"))
			return o->value;
	}
	return NULL;
}

/* The same name as Oracle stores it: unquoted names upper case. */
static int same_ident(const sct_ident *a, const sct_ident *b)
{
	if (!a->s || !b->s)
		return 0;
	const char *p = a->s, *q = b->s;
	for (; *p && *q; p++, q++) {
		int x = a->quoted ? (unsigned char)*p : toupper((unsigned char)*p);
		int y = b->quoted ? (unsigned char)*q : toupper((unsigned char)*q);
		if (x != y)
			return 0;
	}
	return *p == *q;
}

/* the USING INDEX value v ("X" quoted, or a word) as an identifier */
static sct_ident using_name(sct_conv *cv, const char *v)
{
	sct_ident u = {0};
	size_t n = strlen(v);
	if (v[0] == '"' && n >= 2) {
		u.s = sct_arena_strndup(cv->a, v + 1, n - 2);
		u.quoted = 1;
	} else {
		u.s = v;
	}
	return u;
}

static int same_columns(const sct_list *ix, const sct_list *key)
{
	if (ix->n != key->n || !ix->n)
		return 0;
	for (int i = 0; i < ix->n; i++) {
		const sct_index_col *a = ix->items[i], *b = key->items[i];
		if (a->expr || a->desc || !same_ident(&a->name, &b->name))
			return 0;
	}
	return 1;
}

static const sct_object *table_of(sct_conv *cv, const sct_qname *q)
{
	char buf[256];
	const sct_object *o = q && q->name.s ? sct_hash_get(&cv->objects, sct_conv_key_in(cv, q, buf, sizeof buf)) : NULL;
	return o && o->kind == SCT_K_TABLE ? o : NULL;
}

const sct_constraint *sct_conv_key_of_index(const sct_conv *cv, const sct_index *x)
{
	for (int i = 0; i + 1 < cv->key_indexes.n; i += 2)
		if (cv->key_indexes.items[i] == x)
			return cv->key_indexes.items[i + 1];
	return NULL;
}

/* The statements that matter, read once: indexes that could serve a key, and ALTER TABLE ... DROP of a
 * constraint (Oracle keeps a pre-existing index when the constraint is dropped: then it is not folded). */
typedef struct ix_entry {
	int stmt;
	int drop;                 /* 1: a DROP CONSTRAINT / DROP PRIMARY KEY of table t; 0: index x of t */
	sct_index *x;
	const sct_object *t;
} ix_entry;

typedef struct ix_set {
	ix_entry *e;
	int n;
} ix_set;

static int may_serve(const sct_index *x)
{
	return !(x->flags & (SCT_IDXF_BITMAP | SCT_IDXF_COLUMNSTORE | SCT_IDXF_XML | SCT_IDXF_SPATIAL |
			     SCT_IDXF_FULLTEXT)) &&
	       !x->where && !x->include.n && !x->skip && x->columns.n;
}

static int drops_constraint(const sct_alter_table *at)
{
	for (int j = 0; j < at->actions.n; j++) {
		const sct_alter_action *a = at->actions.items[j];
		if (a->kind == SCT_ALTER_DROP_CONSTRAINT ||
		    (a->kind == SCT_ALTER_OTHER && a->text && !strncasecmp(a->text, "drop", 4)))
			return 1;
	}
	return 0;
}

static ix_set read_set(sct_conv *cv)
{
	ix_set set = {0};
	int cap = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < cv->stmts->n; i++) {
			sct_stmt *s = cv->stmts->items[i];
			int ix = s->kind == SCT_STMT_INDEX && may_serve(s->u.index);
			int drop = s->kind == SCT_STMT_ALTER_TABLE && drops_constraint(s->u.alter);
			if (!ix && !drop)
				continue;
			if (!pass) {
				cap++;
				continue;
			}
			const sct_object *t = table_of(cv, ix ? s->u.index->table : s->u.alter->name);
			if (t)
				set.e[set.n++] = (ix_entry){i, drop, ix ? s->u.index : NULL, t};
		}
		if (!pass && cap)
			set.e = sct_arena_alloc(cv->a, (size_t)cap * sizeof *set.e);
		if (!cap)
			break;
	}
	return set;
}

/* The index before statement `upto` that Oracle uses for key k of table t, or NULL: the one USING INDEX names
 * (a one-word name that is no index of the table is an index property, such as COMPRESS), else one on the
 * key's columns. */
static sct_index *index_for_key(sct_conv *cv, const ix_set *set, int upto, const sct_object *t, const sct_constraint *k)
{
	const char *named = sct_conv_using_index(k);
	if (named && named[0] == '(')
		return NULL; /* USING INDEX (CREATE INDEX ...): a new index, which is the key's own */
	sct_ident u = named ? using_name(cv, named) : (sct_ident){0};
	for (int pass = named ? 0 : 1; pass < 2; pass++) {
		for (int i = set->n - 1; i >= 0; i--) {
			const ix_entry *e = &set->e[i];
			if (e->stmt >= upto || e->drop || e->t != t || e->x->skip) /* skip: folded into an earlier key */
				continue;
			if (!pass && !same_ident(&u, &e->x->name))
				continue;
			if (same_columns(&e->x->columns, &k->columns))
				return e->x;
			if (!pass)
				return NULL; /* the named index is on other columns: the target key gets its own */
		}
	}
	return NULL;
}

static int dropped_later(const ix_set *set, int from, const sct_object *t)
{
	for (int i = 0; i < set->n; i++)
		if (set->e[i].drop && set->e[i].stmt > from && set->e[i].t == t)
			return 1;
	return 0;
}

void sct_conv_fold_key_indexes(sct_conv *cv)
{
	if (!sct_conv_oracle(cv))
		return;
	ix_set set = read_set(cv);
	if (!set.n)
		return;
	for (int i = 0; i < cv->stmts->n; i++) {
		sct_stmt *s = cv->stmts->items[i];
		if (s->kind != SCT_STMT_ALTER_TABLE)
			continue;
		const sct_object *t = table_of(cv, s->u.alter->name);
		if (!t || !t->emitted)
			continue;
		for (int j = 0; j < s->u.alter->actions.n; j++) {
			const sct_alter_action *a = s->u.alter->actions.items[j];
			sct_constraint *k = a->constraint;
			if (a->kind != SCT_ALTER_ADD_CONSTRAINT || !k ||
			    (k->kind != SCT_CONS_PRIMARY && k->kind != SCT_CONS_UNIQUE))
				continue;
			sct_index *x = index_for_key(cv, &set, i, t, k);
			if (!x || dropped_later(&set, i, t))
				continue;
			x->skip = 1;
			sct_list_push(cv->a, &cv->key_indexes, x);
			sct_list_push(cv->a, &cv->key_indexes, k);
		}
	}
}
