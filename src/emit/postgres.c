/* postgres.c - the PostgreSQL emitter: prints the converted AST as PostgreSQL DDL in dependency order
 * (schemas, helper functions of sctconv_ext, sequences, tables, table changes, foreign keys, indexes,
 * procedures and functions, views, triggers, comments, event triggers), checks every statement with
 * libpg_query (in batches, pgcheck.c), and carries what was not converted as comments. Expressions and
 * queries are printed by sqlprint.c with PostgreSQL's dialect (pg_dialect, sct_pg_sql). */
#include "emit.h"
#include "pgcheck.h"
#include "convert/helpers.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct pg {
	sct_conv *cv;
	sct_buf *out;
	int validate;
	const sct_stmt *stmt; /* statement being printed, for X001 */
	sct_annotator *an;    /* report items as comments above the statements (annotate.c) */
	sct_pgcheck *check;   /* the libpg_query check, batched (pgcheck.c) */
	sct_sink *sink;       /* the output handed on as it becomes final, or NULL (emit.h) */
} pg;

/* Keywords that must be quoted as identifiers (reserved, type/function-name and column-name keywords): a row per
 * first letter, each sorted (strcmp order) and filled up with NULLs (after every word), so that a name is
 * searched by halves among the few words of its letter only. */
enum { PG_ROW = 24 };
static const char *const pg_keywords[26][PG_ROW] = {
	['a' - 'a'] = {"all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization"},
	['b' - 'a'] = {"between", "bigint", "binary", "bit", "boolean", "both"},
	['c' - 'a'] = {"case", "cast", "char", "character", "check", "coalesce", "collate", "collation", "column",
		"concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
		"current_schema", "current_time", "current_timestamp", "current_user"},
	['d' - 'a'] = {"dec", "decimal", "default", "deferrable", "desc", "distinct", "do"},
	['e' - 'a'] = {"else", "end", "except", "exists", "extract"},
	['f' - 'a'] = {"false", "fetch", "float", "for", "foreign", "freeze", "from", "full"},
	['g' - 'a'] = {"grant", "greatest", "group", "grouping"},
	['h' - 'a'] = {"having"},
	['i' - 'a'] = {"ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into",
		"is", "isnull"},
	['j' - 'a'] = {"join"},
	['l' - 'a'] = {"lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp"},
	['n' - 'a'] = {"national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif",
		"numeric"},
	['o' - 'a'] = {"offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay"},
	['p' - 'a'] = {"placing", "position", "precision", "primary"},
	['r' - 'a'] = {"real", "references", "returning", "right", "row"},
	['s' - 'a'] = {"select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric"},
	['t' - 'a'] = {"table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true"},
	['u' - 'a'] = {"union", "unique", "user", "using"},
	['v' - 'a'] = {"values", "varchar", "variadic", "verbose"},
	['w' - 'a'] = {"when", "where", "window", "with"},
	['x' - 'a'] = {"xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
		"xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable"},
};

/* strcmp of a keyword and s, from their second letter on, inline: most comparisons end at the first byte */
static int keyword_cmp(const char *k, const char *s)
{
	while (*k && *k == *s)
		k++, s++;
	return (unsigned char)*k - (unsigned char)*s;
}

/* s: lower-case letters and '_' only. */
static int is_keyword(const char *s)
{
	if ((unsigned)(*s - 'a') >= 26u)
		return 0;
	const char *const *row = pg_keywords[*s - 'a'];
	int lo = 0, hi = PG_ROW;
	while (lo < hi) {
		int mid = (lo + hi) / 2, c = row[mid] ? keyword_cmp(row[mid] + 1, s + 1) : 1; /* NULL: after all */
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static void ident(sct_buf *b, const char *s)
{
	if (!s || !*s) {
		sct_buf_puts(b, "\"?\"");
		return;
	}
	/* plain: a lower-case letter or _, then lower-case letters, digits, _ and $; a name with a digit or $
	 * is no keyword (pg_keywords has none), so only the others are looked up */
	int word = 1;
	const char *p = s;
	for (;; p++) {
		unsigned c = (unsigned char)*p;
		if (c - 'a' < 26u || c == '_')
			continue;
		if (c - '0' < 10u || c == '$') {
			word = 0;
			continue;
		}
		break;
	}
	int plain = !*p && ((unsigned)(*s - 'a') < 26u || *s == '_');
	if (plain && !(word && is_keyword(s))) {
		sct_buf_put(b, s, (size_t)(p - s)); /* p is at the NUL */
		return;
	}
	sct_buf_putc(b, '"');
	for (p = s; *p; p++) {
		if (*p == '"')
			sct_buf_putc(b, '"');
		sct_buf_putc(b, *p);
	}
	sct_buf_putc(b, '"');
}

static void str_lit(sct_buf *b, const char *s)
{
	sct_buf_putc(b, '\'');
	for (const char *p = s ? s : ""; *p; p++) {
		if (*p == '\'')
			sct_buf_putc(b, '\'');
		sct_buf_putc(b, *p);
	}
	sct_buf_putc(b, '\'');
}

static void cast_type(sct_sqlp *p, sct_buf *b, const char *type)
{
	(void)p;
	sct_buf_puts(b, type ? type : "text");
}

/* What only PostgreSQL prints this way: sequences and PL/pgSQL variables. */
static int pg_expr(sct_sqlp *p, sct_buf *b, const sct_expr *e)
{
	if (e->kind == SCT_E_NEXTVAL) {
		sct_buf q;
		sct_buf_init(&q);
		sct_sql_qname(p, &q, e->name);
		sct_buf_puts(b, "nextval(");
		str_lit(b, q.data);
		sct_buf_puts(b, "::regclass)");
		sct_buf_free(&q);
		return 1;
	}
	if (e->kind == SCT_E_VAR) { /* a PL/pgSQL variable (routine bodies, code.c) */
		ident(b, e->text);
		return 1;
	}
	return 0;
}

static const sct_sqlp_dialect pg_dialect = {
	.ident = ident, .str = str_lit, .cast_type = cast_type, .expr = pg_expr, .check = NULL,
	.bitxor = " # ", .bin_open = "'\\x", .bin_close = "'::bytea", .true_kw = "true",
	.unary_prec = 9, .nulls_order = 1,
};
/* The PostgreSQL printer (no state: every name is qualified); plpgsql.c prints with it too. */
sct_sqlp sct_pg_sql = {&pg_dialect, NULL};

static void qname(sct_buf *b, const sct_qname *q)
{
	sct_sql_qname(&sct_pg_sql, b, q);
}

/* ---------- statements ---------- */

/* Write one statement; with validate, pgcheck.c checks it and carries it as a comment if our own output
 * does not parse. Then the output that is final goes to the sink (the text of statements pgcheck.c may
 * still write again stays). */
static void put_stmt(pg *g, sct_buf *sql)
{
	if (!sql->len)
		return;
	size_t at = g->out->len;
	sct_emit_annotate(g->an, g->stmt, g->out);
	if (g->validate) {
		sct_pgcheck_put(g->check, g->stmt, at, sql->data, sql->len);
		size_t dropped = sct_sink_drain(g->sink, g->out, sct_pgcheck_final(g->check));
		if (dropped)
			sct_pgcheck_dropped(g->check, dropped);
	} else {
		sct_buf_put(g->out, sql->data, sql->len);
		sct_buf_puts(g->out, ";\n");
		sct_sink_drain(g->sink, g->out, g->out->len);
	}
	sql->len = 0;
	if (sql->data)
		sql->data[0] = 0;
}

static void cols(sct_buf *b, const sct_list *l, int with_dir)
{
	sct_buf_putc(b, '(');
	for (int i = 0; i < l->n; i++) {
		const sct_index_col *c = l->items[i];
		if (i)
			sct_buf_puts(b, ", ");
		ident(b, c->name.s);
		if (with_dir && c->desc)
			sct_buf_puts(b, " DESC");
	}
	sct_buf_putc(b, ')');
}

/* A constraint body (PRIMARY KEY (...), CHECK (...), ...); `col` names the column of an inline one. */
static void constraint(sct_buf *b, const sct_constraint *k, const sct_column *col, int alter)
{
	if (k->name.s) {
		sct_buf_puts(b, "CONSTRAINT ");
		ident(b, k->name.s);
		sct_buf_putc(b, ' ');
	}
	switch (k->kind) {
	case SCT_CONS_PRIMARY:
	case SCT_CONS_UNIQUE:
		sct_buf_puts(b, k->kind == SCT_CONS_PRIMARY ? "PRIMARY KEY " : "UNIQUE ");
		if (k->columns.n)
			cols(b, &k->columns, 0);
		else {
			sct_buf_putc(b, '(');
			ident(b, col ? col->name.s : "?");
			sct_buf_putc(b, ')');
		}
		if (k->flags & SCT_CF_DEFERRABLE)
			sct_buf_puts(b, (k->flags & SCT_CF_INITIALLY_DEFERRED) ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
		break;
	case SCT_CONS_CHECK:
		sct_buf_puts(b, "CHECK (");
		sct_sql_expr(&sct_pg_sql, b, k->expr);
		sct_buf_putc(b, ')');
		if (alter && (k->flags & SCT_CF_NOCHECK))
			sct_buf_puts(b, " NOT VALID");
		break;
	case SCT_CONS_FOREIGN: {
		sct_buf_puts(b, "FOREIGN KEY ");
		if (k->columns.n)
			cols(b, &k->columns, 0);
		else {
			sct_buf_putc(b, '(');
			ident(b, col ? col->name.s : "?");
			sct_buf_putc(b, ')');
		}
		sct_buf_puts(b, " REFERENCES ");
		qname(b, sct_constraint_ref_table(k));
		if (sct_constraint_ref_columns(k)->n) {
			sct_buf_putc(b, ' ');
			sct_sql_idents(&sct_pg_sql, b, sct_constraint_ref_columns(k));
		}
		sct_sql_fk_actions(b, k);
		if (k->flags & SCT_CF_DEFERRABLE)
			sct_buf_puts(b, (k->flags & SCT_CF_INITIALLY_DEFERRED) ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
		if (k->flags & SCT_CF_NOCHECK)
			sct_buf_puts(b, " NOT VALID");
		break;
	}
	case SCT_CONS_DEFAULT:
		break;
	}
}

static void column_def(sct_buf *b, const sct_column *c)
{
	ident(b, c->name.s);
	sct_buf_putc(b, ' ');
	sct_buf_puts(b, c->type && c->type->out ? c->type->out : "text");
	const sct_identity *id = sct_column_identity(c);
	if (id) {
		sct_buf_puts(b, id->always ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
		if (id->seed || id->increment) {
			sct_buf_puts(b, " (");
			if (id->seed) {
				sct_buf_puts(b, "START WITH ");
				sct_buf_puts(b, id->seed);
			}
			if (id->increment) {
				sct_buf_puts(b, id->seed ? " INCREMENT BY " : "INCREMENT BY ");
				sct_buf_puts(b, id->increment);
			}
			/* PostgreSQL's bounds are 1.. ascending, ..-1 descending; SQL Server's are the type's range: a seed
			 * of 0 or below (ascending), or of 0 or above (descending), is made the bound, else it fails */
			const char *sd = id->seed, *inc = id->increment;
			int neg = sd && sd[0] == '-' && sd[strspn(sd, "-0")], pos = sd && sd[0] != '-' && sd[strspn(sd, "+0")];
			int desc = inc && inc[0] == '-';
			if (sd && (desc ? !neg : !pos)) {
				sct_buf_puts(b, desc ? " MAXVALUE " : " MINVALUE ");
				sct_buf_puts(b, sd);
			}
			sct_buf_putc(b, ')');
		}
	} else if (sct_column_computed(c)) {
		sct_buf_puts(b, " GENERATED ALWAYS AS (");
		sct_sql_expr(&sct_pg_sql, b, sct_column_computed(c));
		sct_buf_puts(b, ") STORED");
	} else if (c->def) {
		sct_buf_puts(b, " DEFAULT ");
		sct_sql_expr(&sct_pg_sql, b, c->def);
	} else if (c->flags & SCT_COLF_PERIOD_START) {
		sct_buf_puts(b, " DEFAULT CURRENT_TIMESTAMP");
	} else if (c->flags & SCT_COLF_PERIOD_END) {
		sct_buf_puts(b, " DEFAULT '9999-12-31 23:59:59.999999'");
	}
	if (c->nullable == 0 && !id)
		sct_buf_puts(b, " NOT NULL");
}

static int emitted(const sct_stmt *s)
{
	return s->status == SCT_STATUS_CONVERTED || s->status == SCT_STATUS_NOTES;
}

/* Returns how many foreign keys the table has (added later, foreign_keys_of_table). */
static int table(const sct_stmt *s, sct_buf *b)
{
	const sct_table *t = s->u.table;
	int fks = 0;
	sct_buf_puts(b, (t->flags & SCT_TABF_TEMPORARY) ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ");
	qname(b, t->name);
	sct_buf_puts(b, " (");
	int n = 0;
	for (int i = 0; i < t->columns.n; i++) {
		sct_emit_prefetch_column(&t->columns, i);
		sct_buf_puts(b, n++ ? ",\n    " : "\n    ");
		column_def(b, t->columns.items[i]);
	}
	for (int i = 0; i < t->columns.n; i++) {
		const sct_column *c = t->columns.items[i];
		for (int j = 0; j < sct_column_constraints(c)->n; j++) {
			const sct_constraint *k = sct_column_constraints(c)->items[j];
			fks += !k->skip && k->kind == SCT_CONS_FOREIGN;
			if (k->skip || k->kind == SCT_CONS_FOREIGN || k->kind == SCT_CONS_DEFAULT)
				continue;
			sct_buf_puts(b, ",\n    ");
			constraint(b, k, c, 0);
		}
	}
	for (int i = 0; i < t->constraints.n; i++) {
		const sct_constraint *k = t->constraints.items[i];
		fks += !k->skip && k->kind == SCT_CONS_FOREIGN;
		if (k->skip || k->kind == SCT_CONS_FOREIGN || k->kind == SCT_CONS_DEFAULT)
			continue;
		sct_buf_puts(b, ",\n    ");
		constraint(b, k, NULL, 0);
	}
	sct_buf_puts(b, "\n)");
	if (t->partitioning) {
		static const char *const kinds[] = {"RANGE", "LIST", "HASH"};
		sct_buf_printf(b, " PARTITION BY %s (", kinds[t->partitioning->kind]);
		for (int i = 0; i < t->partitioning->columns.n; i++) {
			if (i)
				sct_buf_puts(b, ", ");
			ident(b, ((const sct_ident *)t->partitioning->columns.items[i])->s);
		}
		sct_buf_putc(b, ')');
	}
	return fks;
}

/* The partitions of a partitioned table, one CREATE TABLE ... PARTITION OF each. */
static void partitions(pg *g, const sct_table *t, sct_buf *b)
{
	const sct_partitioning *p = t->partitioning;
	if (!p)
		return;
	const sct_partition *prev = NULL;
	for (int i = 0; i < p->parts.n; i++) {
		const sct_partition *pt = p->parts.items[i];
		sct_buf_puts(b, "CREATE TABLE ");
		if (t->name->schema.s) {
			ident(b, t->name->schema.s);
			sct_buf_putc(b, '.');
		}
		ident(b, pt->name.s);
		sct_buf_puts(b, " PARTITION OF ");
		qname(b, t->name);
		if (pt->is_default) {
			sct_buf_puts(b, " DEFAULT");
		} else if (p->kind == SCT_PART_HASH) {
			sct_buf_printf(b, " FOR VALUES WITH (MODULUS %d, REMAINDER %d)", p->parts.n, i);
		} else {
			sct_buf_puts(b, p->kind == SCT_PART_RANGE ? " FOR VALUES FROM (" : " FOR VALUES IN (");
			for (int j = 0; p->kind == SCT_PART_RANGE && j < p->columns.n; j++) {
				const sct_expr *v = prev && j < prev->values.n ? prev->values.items[j] : NULL;
				if (j)
					sct_buf_puts(b, ", ");
				if (v && !(v->kind == SCT_E_KEYWORD && !strcmp(v->text, "MAXVALUE")))
					sct_sql_expr(&sct_pg_sql, b, v);
				else
					sct_buf_puts(b, v ? "MAXVALUE" : "MINVALUE");
			}
			if (p->kind == SCT_PART_RANGE)
				sct_buf_puts(b, ") TO (");
			for (int j = 0; j < pt->values.n; j++) {
				const sct_expr *v = pt->values.items[j];
				if (j)
					sct_buf_puts(b, ", ");
				if (v->kind == SCT_E_KEYWORD && !strcmp(v->text, "MAXVALUE"))
					sct_buf_puts(b, "MAXVALUE");
				else
					sct_sql_expr(&sct_pg_sql, b, v);
			}
			sct_buf_putc(b, ')');
		}
		put_stmt(g, b);
		prev = pt;
	}
}

static void foreign_keys_of_table(pg *g, const sct_table *t, sct_buf *b)
{
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < (pass ? t->constraints.n : t->columns.n); i++) {
			const sct_column *c = pass ? NULL : t->columns.items[i];
			const sct_list *l = pass ? NULL : sct_column_constraints(c);
			int m = pass ? 1 : l->n;
			for (int j = 0; j < m; j++) {
				const sct_constraint *k = pass ? t->constraints.items[i] : l->items[j];
				if (k->skip || k->kind != SCT_CONS_FOREIGN)
					continue;
				sct_buf_puts(b, "ALTER TABLE ");
				qname(b, t->name);
				sct_buf_puts(b, " ADD ");
				constraint(b, k, c, 1);
				put_stmt(g, b);
			}
		}
	}
}

static void index_stmt(pg *g, const sct_index *x, sct_buf *b)
{
	sct_buf_puts(b, (x->flags & SCT_IDXF_UNIQUE) ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
	ident(b, x->name.s);
	sct_buf_puts(b, " ON ");
	qname(b, x->table);
	sct_buf_puts(b, " (");
	for (int i = 0; i < x->columns.n; i++) {
		const sct_index_col *c = x->columns.items[i];
		if (i)
			sct_buf_puts(b, ", ");
		if (c->expr) {
			sct_buf_putc(b, '(');
			sct_sql_expr(&sct_pg_sql, b, c->expr);
			sct_buf_putc(b, ')');
		} else {
			ident(b, c->name.s);
		}
		if (c->desc)
			sct_buf_puts(b, " DESC");
	}
	sct_buf_putc(b, ')');
	if (x->include.n) {
		sct_buf_puts(b, " INCLUDE ");
		sct_sql_idents(&sct_pg_sql, b, &x->include);
	}
	if (x->where) {
		sct_buf_puts(b, " WHERE ");
		sct_sql_expr(&sct_pg_sql, b, x->where);
	}
	put_stmt(g, b);
}

/* The actions of one ALTER TABLE that add foreign keys (fks) or all others; returns how many foreign keys it
 * adds. */
static int alter_stmt(pg *g, const sct_stmt *s, sct_buf *b, int fks)
{
	const sct_alter_table *at = s->u.alter;
	int nfks = 0;
	for (int i = 0; i < at->actions.n; i++) {
		const sct_alter_action *a = at->actions.items[i];
		if (a->skip)
			continue;
		int is_fk = a->kind == SCT_ALTER_ADD_CONSTRAINT && a->constraint->kind == SCT_CONS_FOREIGN;
		nfks += is_fk;
		if (is_fk != fks)
			continue;
		sct_buf_puts(b, "ALTER TABLE ");
		qname(b, at->name);
		switch (a->kind) {
		case SCT_ALTER_ADD_COLUMN:
			sct_buf_puts(b, " ADD COLUMN ");
			column_def(b, a->column);
			for (int j = 0; j < sct_column_constraints(a->column)->n; j++) {
				const sct_constraint *k = sct_column_constraints(a->column)->items[j];
				if (k->skip || k->kind == SCT_CONS_DEFAULT)
					continue;
				sct_buf_puts(b, ", ADD ");
				constraint(b, k, a->column, 1);
			}
			break;
		case SCT_ALTER_ADD_CONSTRAINT:
			if (a->constraint->kind == SCT_CONS_DEFAULT) {
				const sct_index_col *c = a->constraint->columns.n ? a->constraint->columns.items[0] : NULL;
				sct_buf_puts(b, " ALTER COLUMN ");
				ident(b, c ? c->name.s : "?");
				sct_buf_puts(b, " SET DEFAULT ");
				sct_sql_expr(&sct_pg_sql, b, a->constraint->expr);
			} else {
				sct_buf_puts(b, " ADD ");
				constraint(b, a->constraint, NULL, 1);
			}
			break;
		case SCT_ALTER_DROP_CONSTRAINT:
			sct_buf_puts(b, " DROP CONSTRAINT IF EXISTS ");
			ident(b, a->name.s);
			break;
		case SCT_ALTER_DROP_COLUMN:
			sct_buf_puts(b, " DROP COLUMN IF EXISTS ");
			ident(b, a->name.s);
			break;
		case SCT_ALTER_ALTER_COLUMN: {
			/* T-SQL ALTER COLUMN always has a type; Oracle MODIFY (c NOT NULL) / (c DEFAULT x) may not */
			int parts = 0;
			if (a->column->type) {
				sct_buf_puts(b, " ALTER COLUMN ");
				ident(b, a->column->name.s);
				sct_buf_puts(b, " TYPE ");
				sct_buf_puts(b, a->column->type->out ? a->column->type->out : "text");
				parts++;
			}
			if (a->column->def) {
				sct_buf_puts(b, parts++ ? ", ALTER COLUMN " : " ALTER COLUMN ");
				ident(b, a->column->name.s);
				sct_buf_puts(b, " SET DEFAULT ");
				sct_sql_expr(&sct_pg_sql, b, a->column->def);
			}
			if (a->column->nullable >= 0) {
				sct_buf_puts(b, parts++ ? ", ALTER COLUMN " : " ALTER COLUMN ");
				ident(b, a->column->name.s);
				sct_buf_puts(b, a->column->nullable ? " DROP NOT NULL" : " SET NOT NULL");
			}
			if (!parts) {
				b->len = 0;
				continue;
			}
			break;
		}
		default:
			b->len = 0;
			continue;
		}
		put_stmt(g, b);
	}
	return nfks;
}

static void sequence_stmt(pg *g, const sct_sequence *q, sct_buf *b)
{
	sct_buf_puts(b, "CREATE SEQUENCE ");
	qname(b, q->name);
	if (q->type && q->type->out)
		sct_buf_printf(b, " AS %s", q->type->out);
	if (q->start)
		sct_buf_printf(b, " START WITH %s", q->start);
	if (q->increment)
		sct_buf_printf(b, " INCREMENT BY %s", q->increment);
	if (q->minvalue)
		sct_buf_printf(b, " MINVALUE %s", q->minvalue);
	else if (q->no_minvalue)
		sct_buf_puts(b, " NO MINVALUE");
	if (q->maxvalue)
		sct_buf_printf(b, " MAXVALUE %s", q->maxvalue);
	else if (q->no_maxvalue)
		sct_buf_puts(b, " NO MAXVALUE");
	if (q->cache && strcmp(q->cache, "0") != 0)
		sct_buf_printf(b, " CACHE %s", q->cache);
	if (q->cycle == 1)
		sct_buf_puts(b, " CYCLE");
	put_stmt(g, b);
}

static void comment_stmt(pg *g, const sct_comment *c, sct_buf *b)
{
	switch (c->on) {
	case SCT_ON_SCHEMA:
		sct_buf_puts(b, "COMMENT ON SCHEMA ");
		ident(b, c->object->name.s);
		break;
	case SCT_ON_TABLE:
		sct_buf_puts(b, "COMMENT ON TABLE ");
		qname(b, c->object);
		break;
	case SCT_ON_VIEW:
		sct_buf_puts(b, "COMMENT ON VIEW ");
		qname(b, c->object);
		break;
	case SCT_ON_COLUMN:
		sct_buf_puts(b, "COMMENT ON COLUMN ");
		qname(b, c->object);
		sct_buf_putc(b, '.');
		ident(b, c->column.s);
		break;
	default:
		return;
	}
	sct_buf_puts(b, " IS ");
	str_lit(b, c->text);
	put_stmt(g, b);
}

void sct_emit_postgres(sct_conv *cv, const sct_emit_opts *o, sct_buf *out)
{
	sct_annotator an;
	sct_annotator_init(&an, cv, o->annotate);
	sct_pgcheck check;
	sct_pgcheck_init(&check, cv, out, o->validate_seconds);
	if (o->validate)
		sct_pgcheck_threads(&check, o->threads, o->worker_seconds);
	pg g = {cv, out, o->validate, NULL, &an, &check, o->sink};
	sct_buf b;
	sct_buf_init(&b);
	sct_buf_printf(out, "-- Generated by sctconv %s: %s -> %s\n\n", SCT_VERSION_STRING, cv->rep->source,
		       cv->rep->target);
	for (int i = 0; i < cv->schemas.n; i++) {
		const char *sch = cv->schemas.items[i];
		if (!strcmp(sch, "public"))
			continue;
		sct_buf_puts(&b, "CREATE SCHEMA IF NOT EXISTS ");
		ident(&b, sch);
		put_stmt(&g, &b);
	}
	for (int i = 0; i < sct_helper_count(cv); i++) { /* helper functions the converted code calls (helpers.c) */
		sct_buf_puts(&b, sct_helper_sql(cv, i));
		put_stmt(&g, &b);
	}
	sct_list *st = cv->stmts;
	/* each phase below scans this byte per statement (its kind, NO_KIND when not emitted), not the
	 * statements themselves: one pass over the AST instead of one per phase */
	enum { NO_KIND = 0xff };
	unsigned char *kind = sct_arena_alloc(cv->a, (size_t)st->n + 1);
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		kind[i] = emitted(s) ? (unsigned char)s->kind : NO_KIND;
	}
	/* the tables and table changes that have foreign keys to add (known when they are printed): the foreign
	 * key phase visits only these */
	unsigned char *has_fks = sct_arena_alloc(cv->a, (size_t)st->n + 1);
	for (int i = 0; i < st->n; i++) { /* object and table types (composite), collections (domains over arrays) */
		if (kind[i] != SCT_STMT_TYPE)
			continue;
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_TYPE && emitted(s) &&
		    (s->u.type->kind == SCT_TYPEDEF_OBJECT || s->u.type->kind == SCT_TYPEDEF_TABLE)) {
			sct_buf_puts(&b, "CREATE TYPE ");
			qname(&b, s->u.type->name);
			sct_buf_puts(&b, " AS (");
			for (int j = 0; j < s->u.type->columns.n; j++) {
				const sct_column *c = s->u.type->columns.items[j];
				if (j)
					sct_buf_puts(&b, ", ");
				ident(&b, c->name.s);
				sct_buf_printf(&b, " %s", c->type && c->type->out ? c->type->out : "text");
			}
			sct_buf_putc(&b, ')');
			put_stmt(&g, &b);
		} else if (s->kind == SCT_STMT_TYPE && emitted(s) && s->u.type->kind == SCT_TYPEDEF_COLLECTION) {
			sct_buf_puts(&b, "CREATE DOMAIN ");
			qname(&b, s->u.type->name);
			sct_buf_printf(&b, " AS %s[]", s->u.type->base && s->u.type->base->out ? s->u.type->base->out : "text");
			put_stmt(&g, &b);
		}
	}
	for (int i = 0; i < st->n; i++) {
		if (kind[i] != SCT_STMT_SEQUENCE)
			continue;
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_SEQUENCE && emitted(s))
			sequence_stmt(&g, s->u.sequence, &b);
	}
	/* the phases below read the statements they pick, their nodes asked for ahead (convert/pick.c) */
	int *idx = sct_pick_array(st->n);
	int n = sct_pick(kind, st->n, 1u << SCT_STMT_TABLE, idx);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(st, kind, idx, n, p, 0);
		int i = idx[p];
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_TABLE && emitted(s)) {
			has_fks[i] = table(s, &b) > 0;
			put_stmt(&g, &b);
			partitions(&g, s->u.table, &b);
		}
	}
	n = sct_pick(kind, st->n, 1u << SCT_STMT_ALTER_TABLE, idx);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(st, kind, idx, n, p, 0);
		int i = idx[p];
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_ALTER_TABLE && emitted(s))
			has_fks[i] = alter_stmt(&g, s, &b, 0) > 0;
	}
	n = sct_pick(has_fks, st->n, 1u << 1, idx);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(st, kind, idx, n, p, 0);
		const sct_stmt *s = st->items[idx[p]];
		g.stmt = s;
		if (s->kind == SCT_STMT_TABLE && emitted(s))
			foreign_keys_of_table(&g, s->u.table, &b);
		else if (s->kind == SCT_STMT_ALTER_TABLE && emitted(s))
			alter_stmt(&g, s, &b, 1);
	}
	n = sct_pick(kind, st->n, 1u << SCT_STMT_TABLE | 1u << SCT_STMT_INDEX, idx);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(st, kind, idx, n, p, 1); /* a table: only its indexes are read here */
		const sct_stmt *s = st->items[idx[p]];
		g.stmt = s;
		if (s->kind == SCT_STMT_TABLE && emitted(s)) {
			for (int j = 0; j < s->u.table->indexes.n; j++) {
				sct_index *x = s->u.table->indexes.items[j];
				if (!x->skip) {
					x->table = s->u.table->name;
					index_stmt(&g, x, &b);
				}
			}
		} else if (s->kind == SCT_STMT_INDEX && emitted(s) && !s->u.index->skip) { /* skip: folded into a key */
			index_stmt(&g, s->u.index, &b);
		}
	}
	sct_pgcheck_flush(&check);
	sct_emit_plpgsql(cv, o, g.an, out, SCT_EMIT_ROUTINES); /* before the views, which may call functions */
	for (int i = 0; i < cv->view_order.n; i++) {
		const sct_stmt *s = cv->view_order.items[i];
		g.stmt = s;
		if (!emitted(s))
			continue;
		const sct_view *v = s->u.view;
		sct_buf_puts(&b, "CREATE VIEW ");
		qname(&b, v->name);
		if (v->columns.n) {
			sct_buf_putc(&b, ' ');
			sct_sql_idents(&sct_pg_sql, &b, &v->columns);
		}
		sct_buf_puts(&b, " AS\n");
		sct_sql_query(&sct_pg_sql, &b, v->query);
		if (v->flags & SCT_VIEWF_CHECK_OPTION)
			sct_buf_puts(&b, "\nWITH CHECK OPTION");
		put_stmt(&g, &b);
	}
	for (int i = 0; i < st->n; i++) {
		if (kind[i] != SCT_STMT_SYNONYM)
			continue;
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_SYNONYM && emitted(s)) {
			sct_buf_puts(&b, "CREATE VIEW ");
			qname(&b, s->u.synonym->name);
			sct_buf_puts(&b, " AS SELECT * FROM ");
			qname(&b, s->u.synonym->target);
			put_stmt(&g, &b);
		}
	}
	sct_pgcheck_flush(&check);
	sct_emit_plpgsql(cv, o, g.an, out, SCT_EMIT_TRIGGERS); /* DML triggers, after the views (plpgsql.c) */
	for (int i = 0; i < st->n; i++) {
		if (kind[i] != SCT_STMT_COMMENT)
			continue;
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_COMMENT && emitted(s))
			comment_stmt(&g, s->u.comment, &b);
	}
	sct_pgcheck_flush(&check);
	sct_emit_plpgsql(cv, o, g.an, out, SCT_EMIT_EVENT_TRIGGERS); /* last: loading the output must not fire them */
	/* what a person has to look at, in source order */
	sct_pgcheck_flush(&check);
	sct_emit_not_converted(&an, out, o->sink);
	sct_annotator_free(&an);
	sct_pgcheck_free(&check);
	sct_buf_free(&b);
	free(idx);
}

/* ---------- the printers, for the PL/pgSQL printer (plpgsql.c) ---------- */

void sct_pg_column(sct_buf *b, const sct_column *c)
{
	column_def(b, c);
}
