/* mysql.c - the MySQL-family emitter (MySQL 5.7/8.0, Aurora MySQL, MariaDB): prints the converted AST as
 * DDL in dependency order (databases for schemas, sequences (MariaDB), tables with their keys, indexes,
 * comments and AUTO_INCREMENT inline, table changes, foreign keys, indexes, views), and carries what was
 * not converted as comments. Decisions that depend on the version are taken by the converter
 * (src/convert/mysql_target.c); what only shows while printing a query (a FULL JOIN, a CTE on 5.7) makes the
 * view a statement for a person here. Expressions and queries are printed by sqlprint.c with MySQL's dialect
 * (backtick quoting, backslash escapes, CONCAT, ^, LIMIT) and the checks of my_check; report items are
 * comments above the statements (annotate.c). There is no MySQL parser to check the output with. */
#include "emit.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct my {
	sct_sqlp p;              /* first: the shared printer's hooks get the whole emitter state */
	sct_conv *cv;
	sct_buf *out;
	int mariadb;
	long version;
	const char *unsupported; /* first reason the statement being printed cannot be written for the target */
	const sct_stmt *stmt;    /* statement being printed, for its annotations */
	sct_annotator *an;       /* report items as comments above the statements (annotate.c) */
	sct_hash failed_views;   /* "schema.name" of views not emitted */
	sct_sink *sink;          /* the output handed on as it is written, or NULL (emit.h): all of it is final */
} my;

/* Reserved words of MySQL 8.0 and MariaDB that cannot be plain identifiers; lower case, a row per first
 * letter, each sorted (strcmp order) and filled up with NULLs (after every word): is_reserved searches the
 * row of a name's letter by halves. */
enum { MY_ROW = 32 };
static const char *const my_reserved[26][MY_ROW] = {
	['a' - 'a'] = {"accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive"},
	['b' - 'a'] = {"before", "between", "bigint", "binary", "blob", "both", "by"},
	['c' - 'a'] = {"call", "cascade", "case", "change", "char", "character", "check", "collate", "column",
		"condition", "constraint", "continue", "convert", "create", "cross", "cube", "cume_dist", "current_date",
		"current_role", "current_time", "current_timestamp", "current_user", "cursor"},
	['d' - 'a'] = {"database", "databases", "day_hour", "day_microsecond", "day_minute", "day_second", "dec",
		"decimal", "declare", "default", "delayed", "delete", "dense_rank", "desc", "describe", "deterministic",
		"distinct", "distinctrow", "div", "do", "double", "drop", "dual"},
	['e' - 'a'] = {"each", "else", "elseif", "empty", "enclosed", "escaped", "except", "exists", "exit", "explain"},
	['f' - 'a'] = {"false", "fetch", "first_value", "float", "float4", "float8", "for", "force", "foreign", "from",
		"fulltext", "function"},
	['g' - 'a'] = {"general", "generated", "get", "grant", "group", "grouping", "groups"},
	['h' - 'a'] = {"having", "high_priority", "hour_microsecond", "hour_minute", "hour_second"},
	['i' - 'a'] = {"if", "ignore", "ignore_server_ids", "in", "index", "infile", "inner", "inout", "insensitive",
		"insert", "int", "int1", "int2", "int3", "int4", "int8", "integer", "intersect", "interval", "into",
		"io_after_gtids", "io_before_gtids", "is", "iterate"},
	['j' - 'a'] = {"join", "json_table"},
	['k' - 'a'] = {"key", "keys", "kill"},
	['l' - 'a'] = {"lag", "last_value", "lateral", "lead", "leading", "leave", "left", "like", "limit", "linear",
		"lines", "load", "localtime", "localtimestamp", "lock", "long", "longblob", "longtext", "loop", "low_priority"},
	['m' - 'a'] = {"master_bind", "master_heartbeat_period", "master_ssl_verify_server_cert", "match", "maxvalue",
		"mediumblob", "mediumint", "mediumtext", "middleint", "minute_microsecond", "minute_second", "mod", "modifies"},
	['n' - 'a'] = {"natural", "no_write_to_binlog", "not", "nth_value", "ntile", "null", "numeric"},
	['o' - 'a'] = {"of", "offset", "on", "optimize", "optimizer_costs", "option", "optionally", "or", "order",
		"out", "outer", "outfile", "over"},
	['p' - 'a'] = {"page_checksum", "parse_vcol_expr", "partition", "percent_rank", "position", "precision",
		"primary", "procedure", "purge"},
	['r' - 'a'] = {"range", "rank", "read", "read_write", "reads", "real", "recursive", "ref_system_id",
		"references", "regexp", "release", "rename", "repeat", "replace", "require", "resignal", "restrict", "return",
		"returning", "revoke", "right", "rlike", "row", "row_number", "rows"},
	['s' - 'a'] = {"schema", "schemas", "second_microsecond", "select", "sensitive", "separator", "set", "show",
		"signal", "slow", "smallint", "spatial", "specific", "sql", "sql_big_result", "sql_calc_found_rows",
		"sql_small_result", "sqlexception", "sqlstate", "sqlwarning", "ssl", "starting", "stats_auto_recalc",
		"stats_persistent", "stats_sample_pages", "stored", "straight_join", "system"},
	['t' - 'a'] = {"table", "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger",
		"true"},
	['u' - 'a'] = {"undo", "union", "unique", "unlock", "unsigned", "update", "usage", "use", "using", "utc_date",
		"utc_time", "utc_timestamp"},
	['v' - 'a'] = {"values", "varbinary", "varchar", "varcharacter", "varying", "virtual"},
	['w' - 'a'] = {"when", "where", "while", "window", "with", "write"},
	['x' - 'a'] = {"xor"},
	['y' - 'a'] = {"year_month"},
	['z' - 'a'] = {"zerofill"},
};

/* strcasecmp of a lower-case word and s, inline (s is ASCII here: letters, digits, '_' and '$') */
static int reserved_cmp(const char *w, const char *s)
{
	for (;; w++, s++) {
		int c = *s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : (unsigned char)*s;
		if ((unsigned char)*w != c || !c)
			return (unsigned char)*w - c;
	}
}

static int is_reserved(const char *s)
{
	unsigned letter = ((unsigned char)*s | 0x20) - 'a'; /* | 0x20: A-Z to a-z */
	if (letter >= 26u)
		return 0;
	const char *const *row = my_reserved[letter];
	int lo = 0, hi = MY_ROW;
	while (lo < hi) {
		int mid = (lo + hi) / 2, c = row[mid] ? reserved_cmp(row[mid] + 1, s + 1) : 1; /* NULL: after all */
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
		sct_buf_puts(b, "`?`");
		return;
	}
	/* plain: letters, digits, _ and $, not starting with a digit (1e5, 0x1, 0b1 and 123 read as numbers) */
	int plain = (unsigned)((unsigned char)*s - '0') >= 10u;
	const char *p = s;
	for (; plain && *p; p++) {
		unsigned c = (unsigned char)*p;
		if (c - '0' < 10u)
			continue;
		if (!((c | 0x20) - 'a' < 26u || c == '_' || c == '$')) { /* c | 0x20: A-Z to a-z */
			plain = 0;
			break;
		}
	}
	if (plain && !is_reserved(s)) {
		sct_buf_put(b, s, (size_t)(p - s));
		return;
	}
	sct_buf_putc(b, '`');
	for (const char *p = s; *p; p++) {
		if (*p == '`')
			sct_buf_putc(b, '`');
		sct_buf_putc(b, *p);
	}
	sct_buf_putc(b, '`');
}

/* The default schema (dbo, unless --schema-map sends it elsewhere) is the database the script runs in:
 * its objects are not qualified and no database is created for it. */
static int is_current(const my *g, const char *schema)
{
	return schema && g->p.current && !strcmp(schema, g->p.current);
}

/* A string literal: MySQL treats backslash as an escape character (unless NO_BACKSLASH_ESCAPES). */
static void str_lit(sct_buf *b, const char *s)
{
	sct_buf_putc(b, '\'');
	for (const char *p = s ? s : ""; *p; p++) {
		if (*p == '\'')
			sct_buf_putc(b, '\'');
		else if (*p == '\\')
			sct_buf_putc(b, '\\');
		sct_buf_putc(b, *p);
	}
	sct_buf_putc(b, '\'');
}

static void unsupported(my *g, const char *why)
{
	if (!g->unsupported)
		g->unsupported = why;
}

/* The arguments of a chain a || b || c, flattened into one CONCAT(a, b, c). */
static void concat_args(my *g, sct_buf *b, const sct_expr *e, int *n)
{
	if (e && e->kind == SCT_E_BINARY && e->op == SCT_OP_CONCAT) {
		concat_args(g, b, e->a, n);
		concat_args(g, b, e->b, n);
		return;
	}
	if ((*n)++)
		sct_buf_puts(b, ", ");
	sct_sql_expr(&g->p, b, e);
}

/* CAST target: MySQL casts to a few type names only. */
static void cast_type(sct_sqlp *p, sct_buf *b, const char *t)
{
	const my *g = (const my *)p;
	int n = 0, s = 0, d = 0;
	if (!t)
		t = "text";
	if (sscanf(t, "varchar(%d)", &n) == 1 || sscanf(t, "char(%d)", &n) == 1) {
		sct_buf_printf(b, "CHAR(%d)", n);
	} else if (strstr(t, "text") || !strncmp(t, "enum", 4) || !strcmp(t, "xml")) {
		sct_buf_puts(b, "CHAR");
	} else if (!strcmp(t, "tinyint unsigned")) {
		sct_buf_puts(b, "UNSIGNED");
	} else if (strstr(t, "int")) {
		sct_buf_puts(b, "SIGNED");
	} else if (sscanf(t, "decimal(%d,%d)", &d, &s) == 2) {
		sct_buf_printf(b, "DECIMAL(%d,%d)", d, s);
	} else if (!strcmp(t, "numeric") || !strncmp(t, "decimal", 7)) {
		sct_buf_puts(b, "DECIMAL(38,10)");
	} else if (!strcmp(t, "double") || !strcmp(t, "float") || !strcmp(t, "real")) {
		if (g->mariadb ? g->version >= 10004000 : g->version >= 8000017)
			sct_buf_puts(b, "DOUBLE");
		else
			sct_buf_puts(b, "DECIMAL(65,30)");
	} else if (!strncmp(t, "datetime", 8) || !strncmp(t, "timestamp", 9)) {
		sct_buf_puts(b, sscanf(t, "%*[a-z](%d)", &d) == 1 ? "" : "DATETIME");
		if (sscanf(t, "%*[a-z](%d)", &d) == 1)
			sct_buf_printf(b, "DATETIME(%d)", d);
	} else if (!strcmp(t, "date")) {
		sct_buf_puts(b, "DATE");
	} else if (!strncmp(t, "time", 4)) {
		if (sscanf(t, "time(%d)", &d) == 1)
			sct_buf_printf(b, "TIME(%d)", d);
		else
			sct_buf_puts(b, "TIME");
	} else if (sscanf(t, "binary(%d)", &n) == 1 || sscanf(t, "varbinary(%d)", &n) == 1) {
		sct_buf_printf(b, "BINARY(%d)", n);
	} else if (strstr(t, "blob") || strstr(t, "binary")) {
		sct_buf_puts(b, "BINARY");
	} else if (!strcmp(t, "json")) {
		sct_buf_puts(b, g->mariadb ? "CHAR" : "JSON");
	} else {
		sct_buf_puts(b, "CHAR");
	}
}

/* What only MySQL prints this way: a || b as CONCAT(a, b), sequences as NEXT VALUE FOR. */
static int my_expr(sct_sqlp *p, sct_buf *b, const sct_expr *e)
{
	my *g = (my *)p;
	if (e->kind == SCT_E_BINARY && e->op == SCT_OP_CONCAT) {
		int n = 0;
		sct_buf_puts(b, "CONCAT(");
		concat_args(g, b, e, &n);
		sct_buf_putc(b, ')');
		return 1;
	}
	if (e->kind == SCT_E_NEXTVAL) {
		if (!g->mariadb)
			unsupported(g, "MySQL has no sequences");
		sct_buf_puts(b, "NEXT VALUE FOR ");
		sct_sql_qname(p, b, e->name);
		return 1;
	}
	return 0;
}

/* What the target version cannot take, met while printing a query: the first reason is kept. */
static void my_check(sct_sqlp *p, sct_sqlp_what what, const void *node)
{
	my *g = (my *)p;
	int maria = g->mariadb;
	long v = g->version;
	const sct_from *f = node;
	const sct_query *q = node;
	switch (what) {
	case SCT_SQLP_OVER:
		if (maria ? v < 10002000 : v < 8000000)
			unsupported(g, "window functions need MySQL 8.0 or MariaDB 10.2");
		break;
	case SCT_SQLP_ALIASES:
		if (maria || v < 8000019)
			unsupported(g, "column aliases of a derived table need MySQL 8.0.19");
		break;
	case SCT_SQLP_FROM:
		if (f->kind == SCT_FROM_TABLE && f->name->schema.s && f->name->name.s &&
		    sct_hash_get(&g->failed_views, sct_arena_printf(g->cv->a, "%s.%s", f->name->schema.s, f->name->name.s)))
			unsupported(g, "reads a view that is not converted");
		if (f->kind == SCT_FROM_VALUES)
			unsupported(g, "VALUES in FROM");
		if (f->kind == SCT_FROM_JOIN && f->join == SCT_JOIN_FULL)
			unsupported(g, "FULL OUTER JOIN has no MySQL equivalent (rewrite as a UNION of a LEFT and a RIGHT JOIN)");
		if (f->kind == SCT_FROM_JOIN && (f->join == SCT_JOIN_CROSS_APPLY || f->join == SCT_JOIN_OUTER_APPLY) &&
		    (maria || v < 8000014))
			unsupported(g, "CROSS/OUTER APPLY needs LATERAL (MySQL 8.0.14; MariaDB has none)");
		break;
	case SCT_SQLP_WITH:
		if (maria ? v < 10002000 : v < 8000000)
			unsupported(g, "WITH (common table expressions) needs MySQL 8.0 or MariaDB 10.2");
		break;
	case SCT_SQLP_SETOP:
		if ((q->kind == SCT_Q_EXCEPT || q->kind == SCT_Q_INTERSECT) && (maria ? v < 10003000 : v < 8000031))
			unsupported(g, "EXCEPT/INTERSECT need MySQL 8.0.31 or MariaDB 10.3");
		break;
	case SCT_SQLP_NULLS:
		unsupported(g, "NULLS FIRST/LAST");
		break;
	case SCT_SQLP_TIES:
		unsupported(g, "TOP ... WITH TIES has no MySQL equivalent");
		break;
	}
}

static const sct_sqlp_dialect my_dialect = {
	.ident = ident, .str = str_lit, .cast_type = cast_type, .expr = my_expr, .check = my_check,
	.bitxor = " ^ ", .bin_open = "X'", .bin_close = "'", .true_kw = "TRUE",
	.concat_func = 1, .upper_bools = 1, .unary_prec = 10, .inner_on = 1, .limit_only = 1,
};

/* ---------- statements ---------- */

static void put_stmt(my *g, sct_buf *sql)
{
	if (!sql->len)
		return;
	sct_emit_annotate(g->an, g->stmt, g->out);
	sct_buf_put(g->out, sql->data, sql->len);
	sct_buf_puts(g->out, ";\n");
	sct_sink_drain(g->sink, g->out, g->out->len);
	sql->len = 0;
	if (sql->data)
		sql->data[0] = 0;
}

static void key_cols(sct_buf *b, const sct_list *l, const sct_column *col, int with_dir)
{
	sct_buf_putc(b, '(');
	if (!l->n)
		ident(b, col ? col->name.s : "?");
	for (int i = 0; i < l->n; i++) {
		const sct_index_col *c = l->items[i];
		if (i)
			sct_buf_puts(b, ", ");
		ident(b, c->name.s);
		if (c->prefix > 0)
			sct_buf_printf(b, "(%d)", c->prefix);
		if (with_dir && c->desc)
			sct_buf_puts(b, " DESC");
	}
	sct_buf_putc(b, ')');
}

static void constraint(my *g, sct_buf *b, const sct_constraint *k, const sct_column *col)
{
	if (k->name.s && k->kind != SCT_CONS_PRIMARY) {
		sct_buf_puts(b, "CONSTRAINT ");
		ident(b, k->name.s);
		sct_buf_putc(b, ' ');
	}
	switch (k->kind) {
	case SCT_CONS_PRIMARY:
	case SCT_CONS_UNIQUE:
		sct_buf_puts(b, k->kind == SCT_CONS_PRIMARY ? "PRIMARY KEY " : "UNIQUE KEY ");
		key_cols(b, &k->columns, col, 0);
		break;
	case SCT_CONS_CHECK:
		sct_buf_puts(b, "CHECK (");
		sct_sql_expr(&g->p, b, k->expr);
		sct_buf_putc(b, ')');
		break;
	case SCT_CONS_FOREIGN: {
		sct_buf_puts(b, "FOREIGN KEY ");
		key_cols(b, &k->columns, col, 0);
		sct_buf_puts(b, " REFERENCES ");
		sct_sql_qname(&g->p, b, sct_constraint_ref_table(k));
		if (sct_constraint_ref_columns(k)->n) {
			sct_buf_putc(b, ' ');
			sct_sql_idents(&g->p, b, sct_constraint_ref_columns(k));
		}
		sct_sql_fk_actions(b, k);
		break;
	}
	case SCT_CONS_DEFAULT:
		break;
	}
}

static int is_lob(const char *t)
{
	return t && (strstr(t, "text") || strstr(t, "blob") || !strcmp(t, "json") || !strcmp(t, "geometry"));
}

/* The current time as a default of a datetime(p) column: CURRENT_TIMESTAMP with the column's precision. */
static int default_now(my *g, sct_buf *b, const sct_column *c)
{
	const sct_expr *d = c->def;
	while (d && d->kind == SCT_E_PAREN)
		d = d->a;
	const char *t = c->type ? c->type->out : NULL;
	if (!d || !t || (strncmp(t, "datetime", 8) && strncmp(t, "timestamp", 9)))
		return 0;
	const char *x = d->kind == SCT_E_TEMPLATE && !d->args.n ? d->text : d->kind == SCT_E_KEYWORD ? d->text : NULL;
	if (!x || strncasecmp(x, "CURRENT_TIMESTAMP", 17))
		return 0;
	int p = 0;
	if (sscanf(t, "%*[a-z](%d)", &p) == 1 && p > 0)
		sct_buf_printf(b, " DEFAULT CURRENT_TIMESTAMP(%d)", p);
	else
		sct_buf_puts(b, " DEFAULT CURRENT_TIMESTAMP");
	(void)g;
	return 1;
}

static int is_literal(const sct_expr *e)
{
	if (!e)
		return 0;
	if (e->kind == SCT_E_UNARY && e->op == SCT_OP_NEG)
		return e->a && e->a->kind == SCT_E_NUM;
	return e->kind == SCT_E_NULL || e->kind == SCT_E_NUM || e->kind == SCT_E_STR || e->kind == SCT_E_BIN ||
	       e->kind == SCT_E_BOOL;
}

static void default_clause(my *g, sct_buf *b, const sct_column *c, const sct_expr *d)
{
	const sct_expr *in = d;
	while (in && in->kind == SCT_E_PAREN)
		in = in->a;
	const char *t = c->type ? c->type->out : NULL;
	sct_buf_puts(b, " DEFAULT ");
	if (is_literal(in) && !(is_lob(t) && !g->mariadb)) {
		sct_sql_expr(&g->p, b, in);
	} else {
		sct_buf_putc(b, '(');
		sct_sql_expr(&g->p, b, in);
		sct_buf_putc(b, ')');
	}
}

static void column_def(my *g, sct_buf *b, const sct_column *c)
{
	ident(b, c->name.s);
	sct_buf_putc(b, ' ');
	sct_buf_puts(b, c->type && c->type->out ? c->type->out : "longtext");
	if (sct_column_computed(c)) {
		sct_buf_puts(b, " GENERATED ALWAYS AS (");
		sct_sql_expr(&g->p, b, sct_column_computed(c));
		sct_buf_puts(b, (c->flags & SCT_COLF_PERSISTED) ? ") STORED" : ") VIRTUAL");
		if (c->nullable == 0 && !g->mariadb)
			sct_buf_puts(b, " NOT NULL");
	} else {
		if (c->nullable == 0 || sct_column_identity(c))
			sct_buf_puts(b, " NOT NULL");
		if (sct_column_identity(c))
			sct_buf_puts(b, " AUTO_INCREMENT");
		else if (c->def) {
			if (!default_now(g, b, c))
				default_clause(g, b, c, c->def);
		}
	}
	if (sct_column_comment(c)) {
		sct_buf_puts(b, " COMMENT ");
		str_lit(b, sct_column_comment(c));
	}
}

static int emitted(const sct_stmt *s)
{
	return s->status == SCT_STATUS_CONVERTED || s->status == SCT_STATUS_NOTES;
}

static void index_body(my *g, sct_buf *b, const sct_index *x)
{
	sct_buf_putc(b, '(');
	for (int i = 0; i < x->columns.n; i++) {
		const sct_index_col *c = x->columns.items[i];
		if (i)
			sct_buf_puts(b, ", ");
		if (c->expr) {
			sct_buf_puts(b, "(");
			sct_sql_expr(&g->p, b, c->expr);
			sct_buf_putc(b, ')');
		} else {
			ident(b, c->name.s);
			if (c->prefix > 0)
				sct_buf_printf(b, "(%d)", c->prefix);
		}
		if (c->desc)
			sct_buf_puts(b, " DESC");
	}
	sct_buf_putc(b, ')');
}

/* Returns how many foreign keys the table has (added later, foreign_keys_of_table). */
static int table(my *g, const sct_stmt *s, sct_buf *b)
{
	const sct_table *t = s->u.table;
	int fks = 0;
	sct_buf_puts(b, (t->flags & SCT_TABF_TEMPORARY) ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ");
	sct_sql_qname(&g->p, b, t->name);
	sct_buf_puts(b, " (");
	int n = 0;
	const char *seed = NULL;
	for (int i = 0; i < t->columns.n; i++) {
		const sct_column *c = t->columns.items[i];
		sct_emit_prefetch_column(&t->columns, i);
		sct_buf_puts(b, n++ ? ",\n    " : "\n    ");
		column_def(g, b, c);
		const sct_identity *id = sct_column_identity(c);
		if (id && id->seed)
			seed = id->seed;
	}
	for (int i = 0; i < t->columns.n; i++) {
		const sct_column *c = t->columns.items[i];
		for (int j = 0; j < sct_column_constraints(c)->n; j++) {
			const sct_constraint *k = sct_column_constraints(c)->items[j];
			fks += !k->skip && k->kind == SCT_CONS_FOREIGN;
			if (k->skip || k->kind == SCT_CONS_FOREIGN || k->kind == SCT_CONS_DEFAULT)
				continue;
			sct_buf_puts(b, ",\n    ");
			constraint(g, b, k, c);
		}
	}
	for (int i = 0; i < t->constraints.n; i++) {
		const sct_constraint *k = t->constraints.items[i];
		fks += !k->skip && k->kind == SCT_CONS_FOREIGN;
		if (k->skip || k->kind == SCT_CONS_FOREIGN || k->kind == SCT_CONS_DEFAULT)
			continue;
		sct_buf_puts(b, ",\n    ");
		constraint(g, b, k, NULL);
	}
	for (int i = 0; i < t->indexes.n; i++) {
		const sct_index *x = t->indexes.items[i];
		if (x->skip)
			continue;
		sct_buf_puts(b, (x->flags & SCT_IDXF_UNIQUE) ? ",\n    UNIQUE KEY " : ",\n    KEY ");
		ident(b, x->name.s);
		sct_buf_putc(b, ' ');
		index_body(g, b, x);
	}
	sct_buf_puts(b, "\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
	if (seed && strcmp(seed, "1") != 0 && seed[0] != '-' && strcmp(seed, "0") != 0)
		sct_buf_printf(b, " AUTO_INCREMENT=%s", seed);
	if (t->comment) {
		sct_buf_puts(b, " COMMENT=");
		str_lit(b, t->comment);
	}
	return fks;
}

static void foreign_keys_of_table(my *g, const sct_table *t, sct_buf *b)
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
				sct_sql_qname(&g->p, b, t->name);
				sct_buf_puts(b, " ADD ");
				constraint(g, b, k, c);
				put_stmt(g, b);
			}
		}
	}
}

static void index_stmt(my *g, const sct_index *x, sct_buf *b)
{
	sct_buf_puts(b, (x->flags & SCT_IDXF_UNIQUE) ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
	ident(b, x->name.s);
	sct_buf_puts(b, " ON ");
	sct_sql_qname(&g->p, b, x->table);
	sct_buf_putc(b, ' ');
	index_body(g, b, x);
	put_stmt(g, b);
}

/* The actions of one ALTER TABLE that add foreign keys (fks) or all others; returns how many foreign keys it
 * adds. */
static int alter_stmt(my *g, const sct_stmt *s, sct_buf *b, int fks)
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
		sct_sql_qname(&g->p, b, at->name);
		switch (a->kind) {
		case SCT_ALTER_ADD_COLUMN:
			sct_buf_puts(b, " ADD COLUMN ");
			column_def(g, b, a->column);
			for (int j = 0; j < sct_column_constraints(a->column)->n; j++) {
				const sct_constraint *k = sct_column_constraints(a->column)->items[j];
				if (k->skip || k->kind == SCT_CONS_DEFAULT || k->kind == SCT_CONS_FOREIGN)
					continue;
				sct_buf_puts(b, ", ADD ");
				constraint(g, b, k, a->column);
			}
			break;
		case SCT_ALTER_ADD_CONSTRAINT:
			if (a->constraint->kind == SCT_CONS_DEFAULT) {
				/* (the converter folds defaults of tables created in the input into CREATE TABLE) */
				const sct_index_col *c = a->constraint->columns.n ? a->constraint->columns.items[0] : NULL;
				sct_column tmp;
				memset(&tmp, 0, sizeof tmp);
				sct_buf_puts(b, " ALTER COLUMN ");
				ident(b, c ? c->name.s : "?");
				sct_buf_puts(b, " SET");
				default_clause(g, b, &tmp, a->constraint->expr);
			} else {
				sct_buf_puts(b, " ADD ");
				constraint(g, b, a->constraint, NULL);
			}
			break;
		case SCT_ALTER_DROP_CONSTRAINT:
			if (a->constraint && a->constraint->kind == SCT_CONS_PRIMARY) { /* MySQL names every primary key PRIMARY */
				sct_buf_puts(b, " DROP PRIMARY KEY");
				break;
			}
			sct_buf_puts(b, g->mariadb ? " DROP CONSTRAINT IF EXISTS " : " DROP CONSTRAINT ");
			ident(b, a->name.s);
			break;
		case SCT_ALTER_DROP_COLUMN:
			sct_buf_puts(b, g->mariadb ? " DROP COLUMN IF EXISTS " : " DROP COLUMN ");
			ident(b, a->name.s);
			break;
		case SCT_ALTER_ALTER_COLUMN:
			sct_buf_puts(b, " MODIFY COLUMN ");
			ident(b, a->column->name.s);
			sct_buf_putc(b, ' ');
			sct_buf_puts(b, a->column->type && a->column->type->out ? a->column->type->out : "longtext");
			if (a->column->nullable == 0)
				sct_buf_puts(b, " NOT NULL");
			break;
		default:
			b->len = 0;
			continue;
		}
		put_stmt(g, b);
	}
	return nfks;
}

static void sequence_stmt(my *g, const sct_sequence *q, sct_buf *b)
{
	sct_buf_puts(b, "CREATE SEQUENCE ");
	sct_sql_qname(&g->p, b, q->name);
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
	else if (q->no_cache || (q->cache && !strcmp(q->cache, "0")))
		sct_buf_puts(b, " NOCACHE");
	if (q->cycle == 1)
		sct_buf_puts(b, " CYCLE");
	put_stmt(g, b);
}

/* A view the target cannot take as printed: reported, carried for a person, and remembered so views
 * reading it are carried too. */
static void view_not_emitted(my *g, sct_stmt *s, const sct_qname *name, const char *why)
{
	sct_conv *cv = g->cv;
	const char *key = sct_arena_printf(cv->a, "%s.%s", name->schema.s ? name->schema.s : "", name->name.s);
	sct_hash_put(&g->failed_views, key, (void *)1);
	sct_report_addf(cv->rep, "E004", s->file, s->loc, key, "view", "view %s not created: %s", key, why);
	s->status = SCT_STATUS_MANUAL;
}

void sct_emit_mysql(sct_conv *cv, const sct_emit_opts *o, sct_buf *out)
{
	sct_annotator an;
	sct_annotator_init(&an, cv, o->annotate);
	my g;
	memset(&g, 0, sizeof g);
	g.an = &an;
	g.cv = cv;
	g.out = out;
	g.sink = o->sink;
	g.mariadb = cv->engine && !strcmp(cv->engine, "mariadb");
	g.version = cv->version ? cv->version : 999000000;
	sct_hash_init(&g.failed_views, cv->a);
	g.p.d = &my_dialect;
	g.p.current = sct_conv_name(cv, cv->default_schema, 0); /* the current database */
	sct_buf b;
	sct_buf_init(&b);
	sct_buf_printf(out, "-- Generated by sctconv %s: %s -> %s\n\n", SCT_VERSION_STRING, cv->rep->source,
		       cv->rep->target);
	sct_buf_puts(out, "SET NAMES utf8mb4;\n");
	for (int i = 0; i < cv->schemas.n; i++) {
		if (is_current(&g, cv->schemas.items[i]))
			continue;
		sct_buf_puts(&b, "CREATE DATABASE IF NOT EXISTS ");
		ident(&b, cv->schemas.items[i]);
		sct_buf_puts(&b, " DEFAULT CHARACTER SET utf8mb4");
		put_stmt(&g, &b);
	}
	sct_list *st = cv->stmts;
	/* each phase below scans this byte per statement (its kind, NO_KIND when not emitted at the start) rather
	 * than the statements themselves; has_fks: the tables and table changes with foreign keys to add */
	enum { NO_KIND = 0xff };
	unsigned char *kind = sct_arena_alloc(cv->a, (size_t)st->n + 1);
	unsigned char *has_fks = sct_arena_alloc(cv->a, (size_t)st->n + 1);
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		kind[i] = emitted(s) ? (unsigned char)s->kind : NO_KIND;
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
		sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_TABLE && emitted(s)) {
			g.unsupported = NULL;
			has_fks[i] = table(&g, s, &b) > 0;
			if (g.unsupported) {
				sct_report_addf(cv->rep, "E002", s->file, s->loc, "", "table", "table not created: %s", g.unsupported);
				s->status = SCT_STATUS_MANUAL;
				b.len = 0;
				continue;
			}
			put_stmt(&g, &b);
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
	n = sct_pick(kind, st->n, 1u << SCT_STMT_INDEX, idx);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(st, kind, idx, n, p, 0);
		const sct_stmt *s = st->items[idx[p]];
		g.stmt = s;
		if (s->kind == SCT_STMT_INDEX && emitted(s) && !s->u.index->skip) /* skip: folded into a key */
			index_stmt(&g, s->u.index, &b);
	}
	for (int i = 0; i < cv->view_order.n; i++) {
		sct_stmt *s = cv->view_order.items[i];
		g.stmt = s;
		if (!emitted(s))
			continue;
		const sct_view *v = s->u.view;
		g.unsupported = NULL;
		sct_buf_puts(&b, "CREATE VIEW ");
		sct_sql_qname(&g.p, &b, v->name);
		if (v->columns.n) {
			sct_buf_putc(&b, ' ');
			sct_sql_idents(&g.p, &b, &v->columns);
		}
		sct_buf_puts(&b, " AS\n");
		sct_sql_query(&g.p, &b, v->query);
		if (v->flags & SCT_VIEWF_CHECK_OPTION)
			sct_buf_puts(&b, "\nWITH CHECK OPTION");
		if (g.unsupported) {
			view_not_emitted(&g, s, v->name, g.unsupported);
			b.len = 0;
			continue;
		}
		put_stmt(&g, &b);
	}
	for (int i = 0; i < st->n; i++) {
		if (kind[i] != SCT_STMT_SYNONYM)
			continue;
		sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_SYNONYM && emitted(s)) {
			const sct_qname *t = s->u.synonym->target;
			if (t->schema.s &&
			    sct_hash_get(&g.failed_views, sct_arena_printf(cv->a, "%s.%s", t->schema.s, t->name.s))) {
				view_not_emitted(&g, s, s->u.synonym->name, "it refers to a view that is not converted");
				continue;
			}
			sct_buf_puts(&b, "CREATE VIEW ");
			sct_sql_qname(&g.p, &b, s->u.synonym->name);
			sct_buf_puts(&b, " AS SELECT * FROM ");
			sct_sql_qname(&g.p, &b, t);
			put_stmt(&g, &b);
		}
	}
	/* comments on tables and columns are inline (COMMENT '...'); the converter reported the others.
	 * The index is built again to see the items added here (E002, E004) as reasons. */
	sct_annotator_free(&an);
	sct_annotator_init(&an, cv, SCT_ANNOTATE_NONE);
	sct_emit_not_converted(&an, out, o->sink);
	sct_annotator_free(&an);
	sct_buf_free(&b);
	free(idx);
}
