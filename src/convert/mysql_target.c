/* mysql_target.c - the conversion decisions of the MySQL family (MySQL 5.7/8.0, Aurora MySQL, MariaDB) that
 * depend on the engine and its version, taken after the generic conversion: comments inline, defaults
 * folded into CREATE TABLE and checked against what the version takes, AUTO_INCREMENT keys, CHECK
 * enforcement, InnoDB key and row size limits, index features (DESC, expressions, filters, INCLUDE),
 * sequences. Every change of meaning is reported. */
#include "convert.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define KEY_MAX_BYTES 3072   /* InnoDB, DYNAMIC row format (MySQL 5.7.7+, MariaDB 10.2+) */
#define ROW_MAX_BYTES 65535  /* MySQL's limit on the declared row size */

typedef struct mctx {
	sct_conv *cv;
	int mariadb;
	long v;                  /* version; a session without one behaves as the newest */
	sct_ptrmap tables;       /* a table's name node -> sct_table* */
	const char *tn_schema, *tn_name, *tn_text; /* the last tname(): statements on one table repeat it */
	sct_hash connames;       /* "database.constraint" (lower case) -> constraint: names unique per database */
	struct { const char *type; long bytes; } row_memo[32]; /* row_bytes of a type text, by its address */
} mctx;

static int ver_ge(const mctx *m, long mysql, long mariadb)
{
	return m->v >= (m->mariadb ? mariadb : mysql);
}

static void ctx(sct_conv *cv, sct_stmt *s, const char *object, const char *type)
{
	cv->cur = s;
	cv->cur_object = object;
	cv->cur_objtype = type;
}

static const char *tname(mctx *m, const sct_qname *q)
{
	if (!q->schema.s)
		return q->name.s;
	if (q->schema.s != m->tn_schema || q->name.s != m->tn_name || !m->tn_text) { /* no printf: every statement */
		m->tn_schema = q->schema.s;
		m->tn_name = q->name.s;
		m->tn_text = sct_arena_join(m->cv->a, q->schema.s, ".", q->name.s ? q->name.s : "(null)");
	}
	return m->tn_text;
}

/* Status of a statement after items were added since `mark`. */
static void restatus(sct_conv *cv, sct_stmt *s, int mark)
{
	if (s->status != SCT_STATUS_CONVERTED)
		return;
	for (int i = mark; i < cv->rep->items.n; i++)
		if (cv->rep->items.at[i].severity >= SCT_SEV_WARNING)
			s->status = SCT_STATUS_NOTES;
}

static sct_column *find_col(sct_table *t, const char *name)
{
	size_t n = name ? strlen(name) : 0;
	for (int i = 0; name && i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (c->name.s && sct_conv_same_name_n(c->name.s, name, n))
			return c;
	}
	return NULL;
}

/* ---------- types ---------- */

/* sscanf(t, "<prefix>%d", n) == 1 without scanf (asked for every column of every table): the prefix, then what
 * strtol reads (blanks, a sign, digits), as %d converts it. */
static int sized(const char *t, const char *prefix, int *n)
{
	if (t[0] != prefix[0]) /* the first byte first: most types are none of these */
		return 0;
	size_t k = strlen(prefix);
	if (strncmp(t, prefix, k) != 0)
		return 0;
	char *end;
	long v = strtol(t + k, &end, 10);
	if (end == t + k)
		return 0;
	*n = (int)v;
	return 1;
}

static int is_lob(const char *t)
{
	return t && (strstr(t, "text") || strstr(t, "blob") || (t[0] == 'j' && !strcmp(t, "json")) ||
		     (t[0] == 'g' && !strcmp(t, "geometry")));
}

/* Bytes a column takes in a key (or -1: TEXT/BLOB, needs a prefix), and bytes per character. */
static int key_bytes(const char *t, int *per_char)
{
	int n;
	*per_char = 0;
	if (!t)
		return 8;
	if (sized(t, "varchar(", &n) || sized(t, "char(", &n)) {
		*per_char = 4;
		return n * 4;
	}
	if (sized(t, "varbinary(", &n) || sized(t, "binary(", &n)) {
		*per_char = 1;
		return n;
	}
	if (strstr(t, "text")) {
		*per_char = 4;
		return -1;
	}
	if (strstr(t, "blob")) {
		*per_char = 1;
		return -1;
	}
	if (!strcmp(t, "geometry") || !strcmp(t, "json"))
		return -2; /* cannot be a key part at all */
	return 16;
}

/* Bytes a column counts toward the 65,535-byte row limit. */
static long row_bytes(const char *t)
{
	int n;
	if (!t)
		return 8;
	if (sized(t, "varchar(", &n))
		return (long)n * 4 + 2;
	if (sized(t, "char(", &n))
		return (long)n * 4;
	if (sized(t, "varbinary(", &n))
		return (long)n + 2;
	if (sized(t, "binary(", &n))
		return n;
	if (is_lob(t))
		return 12;
	return 8;
}

/* Whether a converted expression over table t is of an integer type. */
static int int_valued(sct_table *t, const sct_expr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case SCT_E_NUM: return e->text && strspn(e->text, "0123456789") == strlen(e->text);
	case SCT_E_PAREN: return int_valued(t, e->a);
	case SCT_E_UNARY: return e->op == SCT_OP_NEG && int_valued(t, e->a);
	case SCT_E_BINARY:
		return (e->op == SCT_OP_ADD || e->op == SCT_OP_SUB || e->op == SCT_OP_MUL || e->op == SCT_OP_MOD) &&
		       int_valued(t, e->a) && int_valued(t, e->b);
	case SCT_E_TEMPLATE: return e->name && e->name->name.s && !strcmp(e->name->name.s, "div");
	case SCT_E_COL: {
		sct_column *c = e->name->schema.s ? NULL : find_col(t, e->name->name.s);
		return c && c->type && c->type->out && strstr(c->type->out, "int") && !sct_column_computed(c);
	}
	default: return 0;
	}
}

/* Type names the generic converter gives a computed column or a cast (PostgreSQL spelling). */
static void fix_class_type(sct_type *ty)
{
	if (!ty || !ty->out)
		return;
	const char *o = ty->out; /* the first byte first: asked for every column */
	if (o[0] == 'n' && !strcmp(o, "numeric"))
		ty->out = "decimal(38,10)";
	else if (o[0] == 't' && !strcmp(o, "timestamp"))
		ty->out = "datetime(6)";
	else if (o[0] == 'b' && !strcmp(o, "bytea"))
		ty->out = "longblob";
	else if (o[0] == 't' && !strcmp(o, "text"))
		ty->out = "longtext";
	else if (o[0] == 'b' && !strcmp(o, "boolean"))
		ty->out = "tinyint(1)";
}

/* row_bytes(t), remembered by the text's address: every column asks, and types.c shares one copy of a target
 * type text (texts do not change) */
static long row_bytes_memo(mctx *m, const char *t)
{
	if (!t)
		return row_bytes(t);
	size_t at = (size_t)((uintptr_t)t * 0x9E3779B97F4A7C15ull >> 40) % (sizeof m->row_memo / sizeof m->row_memo[0]);
	if (m->row_memo[at].type != t) {
		m->row_memo[at].type = t;
		m->row_memo[at].bytes = row_bytes(t);
	}
	return m->row_memo[at].bytes;
}

static void row_size(mctx *m, sct_table *t, sct_loc loc)
{
	long total = 0;
	for (int i = 0; i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		total += row_bytes_memo(m, c->type ? c->type->out : NULL);
	}
	while (total > ROW_MAX_BYTES) {
		sct_column *widest = NULL;
		long w = 0;
		for (int i = 0; i < t->columns.n; i++) {
			sct_column *c = t->columns.items[i];
			const char *ty = c->type ? c->type->out : NULL;
			if (!ty || (strncmp(ty, "varchar", 7) && strncmp(ty, "varbinary", 9)))
				continue;
			long b = row_bytes(ty);
			if (b > w)
				w = b, widest = c;
		}
		if (!widest || w <= 12)
			break;
		const char *old = widest->type->out;
		widest->type->out = !strncmp(old, "varchar", 7) ? "mediumtext" : "mediumblob";
		total -= w - 12;
		sct_conv_itemf(m->cv, "K028", widest->loc, "column %s: %s made %s (the row would exceed %d bytes)",
			       widest->name.s, old, widest->type->out, ROW_MAX_BYTES);
	}
	(void)loc;
}

/* ---------- expressions ---------- */

static int is_literal(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	if (!e)
		return 0;
	if (e->kind == SCT_E_UNARY && e->op == SCT_OP_NEG)
		return e->a && e->a->kind == SCT_E_NUM;
	return e->kind == SCT_E_NULL || e->kind == SCT_E_NUM || e->kind == SCT_E_STR || e->kind == SCT_E_BIN ||
	       e->kind == SCT_E_BOOL;
}

static int is_now(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	if (!e)
		return 0;
	const char *x = e->kind == SCT_E_TEMPLATE && !e->args.n ? e->text : e->kind == SCT_E_KEYWORD ? e->text : NULL;
	return x && !strncasecmp(x, "CURRENT_TIMESTAMP", 17);
}

/* Whether an expression reads something MySQL does not allow in CHECK constraints / generated columns:
 * the clock, the session, random values, sequences, subqueries. */
static int nondeterministic(const sct_expr *e)
{
	static const char *const words[] = {"current_", "now(", "utc_", "uuid", "rand(", "curdate", "curtime",
		"sysdate", "user(", "connection_id", "database(", "last_insert_id", "version(", "@@", NULL};
	if (!e)
		return 0;
	if (sct_expr_query(e) || e->kind == SCT_E_NEXTVAL || e->kind == SCT_E_KEYWORD || e->kind == SCT_E_GLOBAL ||
	    e->kind == SCT_E_SUBQUERY || e->kind == SCT_E_EXISTS)
		return 1;
	if (e->kind == SCT_E_TEMPLATE && e->text) {
		for (int i = 0; words[i]; i++) {
			size_t n = strlen(words[i]);
			for (const char *p = e->text; *p; p++)
				if (!strncasecmp(p, words[i], n))
					return 1;
		}
	}
	if (nondeterministic(e->a) || nondeterministic(e->b) || nondeterministic(sct_expr_c(e)))
		return 1;
	for (int i = 0; i < e->args.n; i++) {
		if (e->kind == SCT_E_CASE) {
			const sct_when *w = e->args.items[i];
			if (nondeterministic(w->cond) || nondeterministic(w->result))
				return 1;
		} else if (nondeterministic(e->args.items[i])) {
			return 1;
		}
	}
	return 0;
}

static int has_nextval(const sct_expr *e)
{
	if (!e)
		return 0;
	if (e->kind == SCT_E_NEXTVAL)
		return 1;
	if (has_nextval(e->a) || has_nextval(e->b) || has_nextval(sct_expr_c(e)))
		return 1;
	for (int i = 0; i < e->args.n && e->kind != SCT_E_CASE; i++)
		if (has_nextval(e->args.items[i]))
			return 1;
	return 0;
}

static int refers_identity(sct_table *t, const sct_expr *e)
{
	if (!e)
		return 0;
	if (e->kind == SCT_E_COL && e->name && !e->name->schema.s) {
		sct_column *c = find_col(t, e->name->name.s);
		if (c && sct_column_identity(c))
			return 1;
	}
	if (refers_identity(t, e->a) || refers_identity(t, e->b) || refers_identity(t, sct_expr_c(e)))
		return 1;
	for (int i = 0; i < e->args.n; i++) {
		if (e->kind == SCT_E_CASE) {
			const sct_when *w = e->args.items[i];
			if (refers_identity(t, w->cond) || refers_identity(t, w->result))
				return 1;
		} else if (refers_identity(t, e->args.items[i])) {
			return 1;
		}
	}
	return 0;
}

/* ---------- columns ---------- */

/* tn: the column's table, named in an item as tn.column (no text made per column) */
static void check_default(mctx *m, sct_column *c, const char *tn)
{
	sct_conv *cv = m->cv;
	if (!c->def)
		return;
	const char *t = c->type ? c->type->out : NULL;
	const char *why = NULL;
	const char *code = "K019";
	if (!(m->mariadb && m->v >= 10003000) && has_nextval(c->def)) {
		why = "MySQL has no sequences (use AUTO_INCREMENT)";
		code = "K006";
	} else if (sct_column_identity(c)) {
		why = "an AUTO_INCREMENT column has no default";
		code = "K006";
	} else if (is_literal(c->def)) {
		if (is_lob(t) && !m->mariadb && m->v < 8000013 && !(c->def->kind == SCT_E_NULL))
			why = "a TEXT/BLOB column takes a default only from MySQL 8.0.13";
	} else if (is_now(c->def) && t && (!strncmp(t, "datetime", 8) || !strncmp(t, "timestamp", 9))) {
		/* CURRENT_TIMESTAMP: every version */
	} else if (!ver_ge(m, 8000013, 10002000)) {
		why = "expression defaults need MySQL 8.0.13";
	}
	if (why) {
		sct_conv_itemf(cv, code, c->def->loc, "default of %s.%s dropped: %s", tn, c->name.s, why);
		c->def = NULL;
	}
}

static int leads_a_key(sct_table *t, const sct_column *c)
{
	for (int i = 0; i < sct_column_constraints(c)->n; i++) {
		const sct_constraint *k = sct_column_constraints(c)->items[i];
		if (!k->skip && (k->kind == SCT_CONS_PRIMARY || k->kind == SCT_CONS_UNIQUE))
			return 1;
	}
	for (int i = 0; i < t->constraints.n; i++) {
		const sct_constraint *k = t->constraints.items[i];
		const sct_index_col *first = k->columns.n ? k->columns.items[0] : NULL;
		if (!k->skip && (k->kind == SCT_CONS_PRIMARY || k->kind == SCT_CONS_UNIQUE) && first && first->name.s &&
		    !strcasecmp(first->name.s, c->name.s))
			return 1;
	}
	for (int i = 0; i < t->indexes.n; i++) {
		const sct_index *x = t->indexes.items[i];
		const sct_index_col *first = x->columns.n ? x->columns.items[0] : NULL;
		if (!x->skip && first && first->name.s && !strcasecmp(first->name.s, c->name.s))
			return 1;
	}
	return 0;
}

static void identity(mctx *m, sct_table *t, sct_column *c, const char *obj)
{
	sct_conv *cv = m->cv;
	sct_identity *id = sct_column_identity(c);
	if (id->increment && strcmp(id->increment, "1") != 0)
		sct_conv_itemf(cv, "K026", c->loc, "%s: IDENTITY increment %s not kept: AUTO_INCREMENT steps by the server's "
			       "auto_increment_increment (1)", obj, id->increment);
	if (id->seed && (id->seed[0] == '-' || !strcmp(id->seed, "0")))
		sct_conv_itemf(cv, "K026", c->loc, "%s: IDENTITY seed %s not kept: AUTO_INCREMENT starts at 1 or above", obj,
			       id->seed);
	if (!leads_a_key(t, c)) {
		sct_index *x = SCT_NEW(cv->a, sct_index);
		x->name.s = sct_arena_printf(cv->a, "%s_ai", c->name.s);
		x->name.loc = c->loc;
		x->table = t->name;
		sct_index_col *ic = SCT_NEW(cv->a, sct_index_col);
		ic->loc = c->loc;
		ic->name.s = c->name.s;
		sct_list_push(cv->a, &x->columns, ic);
		sct_list_push(cv->a, &t->indexes, x);
		sct_conv_itemf(cv, "K026", c->loc, "%s: an AUTO_INCREMENT column must lead a key: index %s added", obj, x->name.s);
	}
}

/* ---------- keys ---------- */

/* Prefix lengths so a key fits InnoDB's limit and TEXT/BLOB parts have one. Returns 1 if one was set. */
static int fit_key(mctx *m, sct_table *t, sct_list *cols, sct_loc loc, const char *what, int unique)
{
	int total = 0, nprefixable = 0, need = 0;
	for (int i = 0; i < cols->n; i++) {
		sct_index_col *ic = cols->items[i];
		sct_column *c = ic->expr ? NULL : find_col(t, ic->name.s);
		int pc, b = key_bytes(c && c->type ? c->type->out : NULL, &pc);
		if (b == -2)
			return -1;
		if (b < 0)
			need = 1;
		else
			total += b;
		if (pc)
			nprefixable++;
	}
	if (!need && total <= KEY_MAX_BYTES)
		return 0;
	int fixed = 0;
	for (int i = 0; i < cols->n; i++) {
		sct_index_col *ic = cols->items[i];
		sct_column *c = ic->expr ? NULL : find_col(t, ic->name.s);
		int pc, b = key_bytes(c && c->type ? c->type->out : NULL, &pc);
		if (!pc)
			fixed += b;
	}
	int share = nprefixable ? (KEY_MAX_BYTES - fixed) / nprefixable : 0;
	if (share < 4)
		return -1;
	for (int i = 0; i < cols->n; i++) {
		sct_index_col *ic = cols->items[i];
		sct_column *c = ic->expr ? NULL : find_col(t, ic->name.s);
		int pc, b = key_bytes(c && c->type ? c->type->out : NULL, &pc);
		if (!pc || (b >= 0 && b <= share))
			continue;
		ic->prefix = share / pc;
		if (ic->prefix > 768)
			ic->prefix = 768;
	}
	sct_report_item *it = sct_conv_itemf(m->cv, "K022", loc, "%s: key on %s uses prefix lengths (InnoDB keys hold %d bytes; "
				      "TEXT/BLOB need a prefix)", what, t->name->name.s, KEY_MAX_BYTES);
	if (!unique && it)
		it->severity = SCT_SEV_INFO;
	return 1;
}

static void key_constraint(mctx *m, sct_table *t, sct_constraint *k, sct_column *col)
{
	sct_conv *cv = m->cv;
	if (k->skip || (k->kind != SCT_CONS_PRIMARY && k->kind != SCT_CONS_UNIQUE))
		return;
	if (!k->columns.n && col) {
		sct_index_col *ic = SCT_NEW(cv->a, sct_index_col);
		ic->loc = k->loc;
		ic->name.s = col->name.s;
		sct_list_push(cv->a, &k->columns, ic);
	}
	if (fit_key(m, t, &k->columns, k->loc, k->kind == SCT_CONS_PRIMARY ? "primary key" : "unique constraint", 1) < 0) {
		sct_conv_itemf(cv, "K011", k->loc, "key %s on a column type that cannot be indexed: not created",
			       k->name.s ? k->name.s : "");
		k->skip = 1;
	}
}

static void check_constraint(mctx *m, sct_constraint *k)
{
	sct_conv *cv = m->cv;
	if (k->skip || k->kind != SCT_CONS_CHECK)
		return;
	if (nondeterministic(k->expr)) {
		sct_conv_itemf(cv, "K005", k->loc, "check constraint %s dropped: MySQL does not allow the clock, the session "
			       "or subqueries in CHECK", k->name.s ? k->name.s : "");
		k->skip = 1;
	} else if (!m->mariadb && m->v < 8000016) {
		sct_conv_itemf(cv, "K020", k->loc, "check constraint %s is parsed but not enforced before MySQL 8.0.16",
			       k->name.s ? k->name.s : "");
	}
}

/* TEXT/BLOB, or a column longer than a key holds whole (varchar(4000) of a hierarchyid): only a prefix can be
 * indexed, and InnoDB cannot reference a prefix */
static int unkeyable(const char *t)
{
	int pc;
	return is_lob(t) || key_bytes(t, &pc) > KEY_MAX_BYTES;
}

static int lob_columns(sct_table *t, const sct_list *cols, int idents, const sct_column *col)
{
	if (!t)
		return 0;
	if (!cols->n && col)
		return col->type && unkeyable(col->type->out);
	for (int i = 0; i < cols->n; i++) {
		const char *n = idents ? ((sct_ident *)cols->items[i])->s : ((sct_index_col *)cols->items[i])->name.s;
		sct_column *c = find_col(t, n);
		if (c && c->type && unkeyable(c->type->out))
			return 1;
	}
	return 0;
}

static void fk_actions(mctx *m, sct_table *t, sct_constraint *k, sct_column *col)
{
	if (k->skip || k->kind != SCT_CONS_FOREIGN)
		return;
	sct_table *ref = sct_constraint_ref_table(k) ? sct_ptrmap_get(&m->tables, sct_constraint_ref_table(k)) : NULL;
	if (lob_columns(t, &k->columns, 0, col) || lob_columns(ref, sct_constraint_ref_columns(k), 1, NULL)) {
		sct_conv_itemf(m->cv, "K031", k->loc, "foreign key %s not created: InnoDB cannot reference TEXT/BLOB columns "
			       "or columns longer than a key (%d bytes)", k->name.s ? k->name.s : "", KEY_MAX_BYTES);
		k->skip = 1;
		return;
	}
	if (k->on_delete == SCT_FK_SET_DEFAULT || k->on_update == SCT_FK_SET_DEFAULT) {
		sct_conv_itemf(m->cv, "K030", k->loc, "foreign key %s: SET DEFAULT replaced by NO ACTION",
			       k->name.s ? k->name.s : "");
		if (k->on_delete == SCT_FK_SET_DEFAULT)
			k->on_delete = SCT_FK_UNSPEC;
		if (k->on_update == SCT_FK_SET_DEFAULT)
			k->on_update = SCT_FK_UNSPEC;
	}
}

/* Foreign key names are unique per database in MySQL and MariaDB (InnoDB), check constraint names too in MySQL
 * (8.0.16+; MariaDB scopes them per table). SQL Server scopes them per schema, so --schema-map merging
 * schemas or shortening long names can make two equal: the later one is renamed (N002). */
static void unique_constraint_name(mctx *m, sct_table *t, sct_constraint *k)
{
	if (k->skip || !k->name.s || !(k->kind == SCT_CONS_FOREIGN || (k->kind == SCT_CONS_CHECK && !m->mariadb)))
		return;
	k->name.s = sct_conv_unique_constraint(m->cv, &m->connames, t->name->schema.s, k->name.s, k->name.loc, k);
}

/* Returns -1 when the index is not created. */
static int index_features(mctx *m, sct_table *t, sct_index *x)
{
	sct_conv *cv = m->cv;
	const char *name = x->name.s ? x->name.s : "";
	if (x->skip)
		return 0;
	int desc = 0;
	for (int i = 0; i < x->columns.n; i++) {
		sct_index_col *ic = x->columns.items[i];
		if (ic->expr && !(!m->mariadb && m->v >= 8000013)) {
			sct_conv_itemf(cv, "K029", ic->loc, "index %s on an expression: not created (needs MySQL 8.0.13)", name);
			x->skip = 1;
			return -1;
		}
		desc |= ic->desc;
	}
	if (desc && !ver_ge(m, 8000000, 10008000)) {
		sct_conv_itemf(cv, "K021", x->name.loc, "index %s: DESC is ignored before MySQL 8.0 / MariaDB 10.8", name);
		for (int i = 0; i < x->columns.n; i++)
			((sct_index_col *)x->columns.items[i])->desc = 0;
	}
	if (x->where) {
		if (x->flags & SCT_IDXF_UNIQUE) {
			sct_conv_itemf(cv, "K023", x->where->loc, "unique index %s has a filter (WHERE): not created, a unique "
				       "key on all rows would reject rows the filter lets through", name);
			x->skip = 1;
			return -1;
		}
		sct_conv_itemf(cv, "K023", x->where->loc, "index %s: filter (WHERE) dropped, the index covers all rows", name);
		x->where = NULL;
	}
	if (x->include.n) {
		if (x->flags & SCT_IDXF_UNIQUE) {
			sct_conv_itemf(cv, "K024", x->name.loc, "unique index %s: INCLUDE columns dropped", name);
		} else {
			for (int i = 0; i < x->include.n; i++) {
				sct_index_col *ic = SCT_NEW(cv->a, sct_index_col);
				ic->name = *(sct_ident *)x->include.items[i];
				ic->loc = ic->name.loc;
				sct_list_push(cv->a, &x->columns, ic);
			}
			sct_conv_itemf(cv, "K024", x->name.loc, "index %s: INCLUDE columns added to the end of the key", name);
		}
		x->include.n = 0;
	}
	if (fit_key(m, t, &x->columns, x->name.loc, name, (x->flags & SCT_IDXF_UNIQUE) != 0) < 0) {
		sct_conv_itemf(cv, "K011", x->name.loc, "index %s on a column type that cannot be indexed: not created", name);
		x->skip = 1;
		return -1;
	}
	return 0;
}

/* ---------- statements ---------- */

static void table(mctx *m, sct_stmt *s)
{
	sct_conv *cv = m->cv;
	sct_table *t = s->u.table;
	const char *tn = tname(m, t->name);
	ctx(cv, s, tn, "table");
	int mark = cv->rep->items.n;
	for (int i = 0; i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (sct_column_computed(c) && c->type && c->type->out && !strcmp(c->type->out, "numeric") && int_valued(t, sct_column_computed(c)))
			c->type->out = "bigint";
		fix_class_type(c->type);
	}
	row_size(m, t, s->loc);
	for (int i = 0; i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (sct_column_computed(c) && refers_identity(t, sct_column_computed(c))) {
			sct_conv_itemf(cv, "K007", c->loc, "computed column %s.%s created as a plain column: MySQL does not let a "
				       "generated column read the AUTO_INCREMENT column", tn, c->name.s);
			c->more->computed = NULL;
		}
	}
	for (int i = 0; i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		check_default(m, c, tn);
		for (int j = 0; j < sct_column_constraints(c)->n; j++) {
			sct_constraint *k = sct_column_constraints(c)->items[j];
			key_constraint(m, t, k, c);
			check_constraint(m, k);
			fk_actions(m, t, k, c);
			unique_constraint_name(m, t, k);
		}
	}
	for (int i = 0; i < t->constraints.n; i++) {
		sct_constraint *k = t->constraints.items[i];
		key_constraint(m, t, k, NULL);
		check_constraint(m, k);
		fk_actions(m, t, k, NULL);
		unique_constraint_name(m, t, k);
	}
	for (int i = 0; i < t->indexes.n; i++)
		index_features(m, t, t->indexes.items[i]);
	for (int i = 0; i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (sct_column_identity(c))
			identity(m, t, c, sct_arena_printf(cv->a, "%s.%s", tn, c->name.s));
	}
	restatus(cv, s, mark);
}

/* ALTER TABLE ... ADD DEFAULT ... FOR col of a table created in the input: the default goes into
 * CREATE TABLE (defaults in MySQL are column attributes, and this way the version checks see it). */
static void alter(mctx *m, sct_stmt *s)
{
	sct_conv *cv = m->cv;
	sct_alter_table *at = s->u.alter;
	sct_table *t = sct_ptrmap_get(&m->tables, at->name);
	ctx(cv, s, tname(m, at->name), "table");
	int mark = cv->rep->items.n;
	for (int i = 0; i < at->actions.n; i++) {
		sct_alter_action *a = at->actions.items[i];
		if (a->skip)
			continue;
		sct_constraint *k = a->constraint;
		if (a->kind == SCT_ALTER_ADD_CONSTRAINT && k && k->kind == SCT_CONS_DEFAULT && t) {
			const sct_index_col *ic = k->columns.n ? k->columns.items[0] : NULL;
			sct_column *c = find_col(t, ic ? ic->name.s : NULL);
			if (c) {
				c->def = k->expr; /* checked with the table */
				a->skip = 1;
				continue;
			}
		}
		if (a->kind == SCT_ALTER_ADD_CONSTRAINT && k && t) {
			key_constraint(m, t, k, NULL);
			check_constraint(m, k);
			fk_actions(m, t, k, NULL);
			unique_constraint_name(m, t, k);
			a->skip = k->skip;
		}
		if (a->kind == SCT_ALTER_ADD_COLUMN && a->column) {
			fix_class_type(a->column->type);
			check_default(m, a->column, tname(m, at->name));
		}
	}
	restatus(cv, s, mark);
}

static void index_stmt(mctx *m, sct_stmt *s)
{
	sct_conv *cv = m->cv;
	sct_index *x = s->u.index;
	sct_table *t = sct_ptrmap_get(&m->tables, x->table);
	if (!t)
		return;
	ctx(cv, s, x->name.s, "index");
	int mark = cv->rep->items.n;
	if (index_features(m, t, x) < 0)
		s->status = SCT_STATUS_MANUAL;
	restatus(cv, s, mark);
}

static void sequence(mctx *m, sct_stmt *s)
{
	sct_conv *cv = m->cv;
	sct_sequence *q = s->u.sequence;
	ctx(cv, s, tname(m, q->name), "sequence");
	int mark = cv->rep->items.n;
	if (!(m->mariadb && m->v >= 10003000)) {
		sct_conv_itemf(cv, "K025", s->loc, "sequence %s not created: %s", tname(m, q->name),
			       m->mariadb ? "sequences need MariaDB 10.3" : "MySQL has no sequences");
		s->status = SCT_STATUS_MANUAL;
		return;
	}
	/* MariaDB: values are between -(2^63-1) and 2^63-2, MINVALUE defaults to 1 */
	static const char *const lowest = "-9223372036854775807";
	if (q->start && !strcmp(q->start, "-9223372036854775808")) {
		q->start = lowest;
		sct_conv_itemf(cv, "K018", s->loc, "START WITH raised to %s (MariaDB's lowest sequence value)", lowest);
	}
	if (q->minvalue && !strcmp(q->minvalue, "-9223372036854775808"))
		q->minvalue = lowest;
	static const char *const highest = "9223372036854775806";
	if (q->start && !strcmp(q->start, "9223372036854775807")) {
		q->start = highest;
		sct_conv_itemf(cv, "K018", s->loc, "START WITH lowered to %s (MariaDB's highest sequence value)", highest);
	}
	if (q->maxvalue && !strcmp(q->maxvalue, "9223372036854775807"))
		q->maxvalue = highest;
	if (!q->minvalue && q->start && (q->start[0] == '-' || !strcmp(q->start, "0")))
		q->minvalue = q->start;
	restatus(cv, s, mark);
}

static int comment_text_ok(mctx *m, sct_stmt *s, const char **text, int max)
{
	if (*text && (int)strlen(*text) > max) {
		sct_conv_itemf(m->cv, "K027", s->loc, "comment cut to %d characters", max);
		*text = sct_arena_strndup(m->cv->a, *text, (size_t)max);
	}
	return 1;
}

static void comment(mctx *m, sct_stmt *s)
{
	sct_conv *cv = m->cv;
	sct_comment *c = s->u.comment;
	ctx(cv, s, c->object ? tname(m, c->object) : "", "comment");
	sct_table *t = c->object ? sct_ptrmap_get(&m->tables, c->object) : NULL;
	if (c->on == SCT_ON_TABLE && t) {
		comment_text_ok(m, s, &c->text, 2048);
		t->comment = c->text;
		return;
	}
	if (c->on == SCT_ON_COLUMN && t) {
		sct_column *col = find_col(t, c->column.s);
		if (col) {
			comment_text_ok(m, s, &c->text, 1024);
			sct_column_more_of(cv->a, col)->comment = c->text;
			return;
		}
	}
	sct_conv_itemf(cv, "K027", s->loc, "comment on %s %s dropped", c->on == SCT_ON_SCHEMA ? "schema" : "view",
		       c->object ? tname(m, c->object) : "");
	s->status = SCT_STATUS_SKIPPED;
}

void sct_conv_mysql(sct_conv *cv)
{
	mctx m;
	memset(&m, 0, sizeof m);
	m.cv = cv;
	m.mariadb = cv->engine && !strcmp(cv->engine, "mariadb");
	m.v = cv->version ? cv->version : 999000000;
	sct_hash_init(&m.connames, cv->a);
	/* cv->kinds (convert.c): the kind of each statement without reading it; each loop reads the statements it
	 * picks, their nodes asked for ahead (pick.c) */
	sct_list *st = cv->stmts;
	int *idx = sct_pick_array(st->n);
	int n = sct_pick(cv->kinds, st->n, 1u << SCT_STMT_TABLE, idx);
	sct_ptrmap_init(cv->a, &m.tables, n);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(st, cv->kinds, idx, n, p, 1);
		sct_stmt *s = st->items[idx[p]];
		if (s->status == SCT_STATUS_CONVERTED || s->status == SCT_STATUS_NOTES)
			sct_ptrmap_put(&m.tables, s->u.table->name, s->u.table);
	}
	/* defaults first: they move into the tables before the tables are checked. The tables are picked too: the
	 * hints bring in the columns of a table before the ALTER TABLEs that usually follow it look for them. */
	n = sct_pick(cv->kinds, st->n, 1u << SCT_STMT_ALTER_TABLE | 1u << SCT_STMT_TABLE, idx);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(st, cv->kinds, idx, n, p, 0);
		if (cv->kinds[idx[p]] != SCT_STMT_ALTER_TABLE)
			continue;
		sct_stmt *s = st->items[idx[p]];
		if (s->status == SCT_STATUS_CONVERTED || s->status == SCT_STATUS_NOTES)
			alter(&m, s);
	}
	unsigned kinds = 1u << SCT_STMT_TABLE | 1u << SCT_STMT_INDEX | 1u << SCT_STMT_SEQUENCE | 1u << SCT_STMT_COMMENT;
	if (cv->drops_constraints) /* the input drops a constraint: the renames below */
		kinds |= 1u << SCT_STMT_ALTER_TABLE;
	n = sct_pick(cv->kinds, st->n, kinds, idx);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(st, cv->kinds, idx, n, p, 0);
		sct_stmt *s = st->items[idx[p]];
		if (s->status != SCT_STATUS_CONVERTED && s->status != SCT_STATUS_NOTES)
			continue;
		switch (s->kind) {
		case SCT_STMT_TABLE: table(&m, s); break;
		case SCT_STMT_INDEX: index_stmt(&m, s); break;
		case SCT_STMT_SEQUENCE: sequence(&m, s); break;
		case SCT_STMT_COMMENT: comment(&m, s); break;
		case SCT_STMT_ALTER_TABLE: /* DROP CONSTRAINT of one defined before: its name as renamed above */
			for (int j = 0; j < s->u.alter->actions.n; j++) {
				sct_alter_action *a = s->u.alter->actions.items[j];
				if (a->kind == SCT_ALTER_DROP_CONSTRAINT && a->constraint)
					a->name.s = a->constraint->name.s;
			}
			break;
		default: break;
		}
	}
	free(idx);
}
