/* mysql.c - the MySQL-family emitter (MySQL 5.7/8.0, Aurora MySQL, MariaDB): prints the converted AST as
 * DDL in dependency order (databases for schemas, sequences (MariaDB), tables with their keys, indexes,
 * comments and AUTO_INCREMENT inline, table changes, foreign keys, indexes, views), and carries what was
 * not converted as comments. Decisions that depend on the version are taken by the converter
 * (src/convert/mysql_target.c); what only shows while printing a query (a FULL JOIN, a CTE on 5.7) makes the
 * view a statement for a person here. There is no MySQL parser to check the output with. */
#include "emit.h"
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct my {
	sct_conv *cv;
	sct_buf *out;
	int mariadb;
	long version;
	const char *unsupported; /* first reason the statement being printed cannot be written for the target */
	sct_hash failed_views;   /* "schema.name" of views not emitted */
	const char *current;     /* target name of the default schema: the current database */
} my;

/* Reserved words of MySQL 8.0 and MariaDB that cannot be plain identifiers. */
static const char *const my_reserved[] = {
	"accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before", "between",
	"bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char", "character",
	"check", "collate", "column", "condition", "constraint", "continue", "convert", "create", "cross", "cube",
	"cume_dist", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
	"cursor", "database", "databases", "day_hour", "day_microsecond", "day_minute", "day_second", "dec",
	"decimal", "declare", "default", "delayed", "delete", "dense_rank", "desc", "describe", "deterministic",
	"distinct", "distinctrow", "div", "do", "double", "drop", "dual", "each", "else", "elseif", "empty",
	"enclosed", "escaped", "except", "exists", "exit", "explain", "false", "fetch", "first_value", "float",
	"float4", "float8", "for", "force", "foreign", "from", "fulltext", "function", "general", "generated",
	"get", "grant", "group", "grouping", "groups", "having", "high_priority", "hour_microsecond",
	"hour_minute", "hour_second", "if", "ignore", "ignore_server_ids", "in", "index", "infile", "inner",
	"inout", "insensitive", "insert", "int", "int1", "int2", "int3", "int4", "int8", "integer", "intersect",
	"interval", "into", "io_after_gtids", "io_before_gtids", "is", "iterate", "join", "json_table", "key",
	"keys", "kill", "lag", "last_value", "lateral", "lead", "leading", "leave", "left", "like", "limit",
	"linear", "lines", "load", "localtime", "localtimestamp", "lock", "long", "longblob", "longtext", "loop",
	"low_priority", "master_bind", "master_heartbeat_period", "master_ssl_verify_server_cert", "match",
	"maxvalue", "mediumblob", "mediumint", "mediumtext", "middleint", "minute_microsecond", "minute_second",
	"mod", "modifies", "natural", "not", "no_write_to_binlog", "nth_value", "ntile", "null", "numeric", "of",
	"offset", "on", "optimize", "optimizer_costs", "option", "optionally", "or", "order", "out", "outer",
	"outfile", "over", "page_checksum", "parse_vcol_expr", "partition", "percent_rank", "position",
	"precision", "primary", "procedure", "purge", "range", "rank", "read", "reads", "read_write", "real",
	"recursive", "ref_system_id", "references", "regexp", "release", "rename", "repeat", "replace",
	"require", "resignal", "restrict", "return", "returning", "revoke", "right", "rlike", "row", "row_number",
	"rows", "schema", "schemas", "second_microsecond", "select", "sensitive", "separator", "set", "show",
	"signal", "slow", "smallint", "spatial", "specific", "sql", "sql_big_result", "sql_calc_found_rows",
	"sql_small_result", "sqlexception", "sqlstate", "sqlwarning", "ssl", "starting", "stats_auto_recalc",
	"stats_persistent", "stats_sample_pages", "stored", "straight_join", "system", "table", "terminated",
	"then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger", "true", "undo", "union",
	"unique", "unlock", "unsigned", "update", "usage", "use", "using", "utc_date", "utc_time",
	"utc_timestamp", "values", "varbinary", "varchar", "varcharacter", "varying", "virtual", "when", "where",
	"while", "window", "with", "write", "xor", "year_month", "zerofill", NULL
};

static int is_reserved(const char *s)
{
	for (int i = 0; my_reserved[i]; i++)
		if (strcasecmp(my_reserved[i], s) == 0)
			return 1;
	return 0;
}

static void ident(sct_buf *b, const char *s)
{
	if (!s || !*s) {
		sct_buf_puts(b, "`?`");
		return;
	}
	int plain = 1, digits = 1;
	for (const char *p = s; *p; p++) {
		char c = *p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'))
			plain = 0;
		if (!(c >= '0' && c <= '9'))
			digits = 0;
	}
	if (plain && !digits && !is_reserved(s)) {
		sct_buf_puts(b, s);
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
	return schema && g->current && !strcmp(schema, g->current);
}

static void qname(my *g, sct_buf *b, const sct_qname *q)
{
	if (q->schema.s && !is_current(g, q->schema.s)) {
		ident(b, q->schema.s);
		sct_buf_putc(b, '.');
	}
	ident(b, q->name.s);
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

static void expr(my *g, sct_buf *b, const sct_expr *e);
static void query(my *g, sct_buf *b, const sct_query *q);

static void unsupported(my *g, const char *why)
{
	if (!g->unsupported)
		g->unsupported = why;
}

static int prec(const sct_expr *e)
{
	if (!e)
		return 100;
	switch (e->kind) {
	case SCT_E_BINARY:
		switch (e->op) {
		case SCT_OP_OR: return 1;
		case SCT_OP_AND: return 2;
		case SCT_OP_EQ: case SCT_OP_NE: case SCT_OP_LT: case SCT_OP_GT: case SCT_OP_LE: case SCT_OP_GE:
		case SCT_OP_NLT: case SCT_OP_NGT: return 4;
		case SCT_OP_CONCAT: return 100; /* printed as CONCAT(...) */
		case SCT_OP_BITAND: case SCT_OP_BITOR: case SCT_OP_BITXOR: return 6;
		case SCT_OP_ADD: case SCT_OP_SUB: return 7;
		default: return 8;
		}
	case SCT_E_UNARY: return e->op == SCT_OP_NOT ? 3 : 9;
	case SCT_E_ISNULL: case SCT_E_IN: case SCT_E_BETWEEN: case SCT_E_LIKE: return 5;
	default: return 100;
	}
}

static void sub(my *g, sct_buf *b, const sct_expr *e, int min)
{
	if (prec(e) < min) {
		sct_buf_putc(b, '(');
		expr(g, b, e);
		sct_buf_putc(b, ')');
	} else {
		expr(g, b, e);
	}
}

static const char *op_text(sct_op op)
{
	switch (op) {
	case SCT_OP_ADD: return " + ";
	case SCT_OP_SUB: return " - ";
	case SCT_OP_MUL: return " * ";
	case SCT_OP_DIV: return " / ";
	case SCT_OP_MOD: return " % ";
	case SCT_OP_BITAND: return " & ";
	case SCT_OP_BITOR: return " | ";
	case SCT_OP_BITXOR: return " ^ ";
	case SCT_OP_EQ: return " = ";
	case SCT_OP_NE: return " <> ";
	case SCT_OP_LT: return " < ";
	case SCT_OP_GT: return " > ";
	case SCT_OP_LE: case SCT_OP_NGT: return " <= ";
	case SCT_OP_GE: case SCT_OP_NLT: return " >= ";
	case SCT_OP_AND: return " AND ";
	case SCT_OP_OR: return " OR ";
	default: return " ? ";
	}
}

static int has_windows(const my *g)
{
	return g->mariadb ? g->version >= 10002000 : g->version >= 8000000;
}

static void over(my *g, sct_buf *b, const sct_over *o)
{
	if (!has_windows(g))
		unsupported(g, "window functions need MySQL 8.0 or MariaDB 10.2");
	sct_buf_puts(b, " OVER (");
	for (int i = 0; i < o->partition_by.n; i++) {
		sct_buf_puts(b, i ? ", " : "PARTITION BY ");
		expr(g, b, o->partition_by.items[i]);
	}
	for (int i = 0; i < o->order_by.n; i++) {
		const sct_sort *s = o->order_by.items[i];
		sct_buf_puts(b, i ? ", " : (o->partition_by.n ? " ORDER BY " : "ORDER BY "));
		expr(g, b, s->expr);
		if (s->desc)
			sct_buf_puts(b, " DESC");
	}
	if (o->frame) {
		sct_buf_putc(b, ' ');
		sct_buf_puts(b, o->frame);
	}
	sct_buf_putc(b, ')');
}

static void template(my *g, sct_buf *b, const sct_expr *e)
{
	for (const char *p = e->text; *p; p++) {
		if (*p == '\1' && p[1]) {
			int k = (unsigned char)*++p - 1;
			if (k < e->args.n)
				expr(g, b, e->args.items[k]);
		} else if (*p == '\2' && p[1]) {
			int k = (unsigned char)*++p - 1;
			for (int i = k; i < e->args.n; i++) {
				if (i > k)
					sct_buf_puts(b, ", ");
				expr(g, b, e->args.items[i]);
			}
		} else {
			sct_buf_putc(b, *p);
		}
	}
	if (e->over)
		over(g, b, e->over);
}

static void expr_list(my *g, sct_buf *b, const sct_list *l)
{
	for (int i = 0; i < l->n; i++) {
		if (i)
			sct_buf_puts(b, ", ");
		expr(g, b, l->items[i]);
	}
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
	expr(g, b, e);
}

/* CAST target: MySQL casts to a few type names only. */
static void cast_type(my *g, sct_buf *b, const char *t)
{
	int n = 0, p = 0, s = 0;
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
	} else if (sscanf(t, "decimal(%d,%d)", &p, &s) == 2) {
		sct_buf_printf(b, "DECIMAL(%d,%d)", p, s);
	} else if (!strcmp(t, "numeric") || !strncmp(t, "decimal", 7)) {
		sct_buf_puts(b, "DECIMAL(38,10)");
	} else if (!strcmp(t, "double") || !strcmp(t, "float") || !strcmp(t, "real")) {
		if (g->mariadb ? g->version >= 10004000 : g->version >= 8000017)
			sct_buf_puts(b, "DOUBLE");
		else
			sct_buf_puts(b, "DECIMAL(65,30)");
	} else if (!strncmp(t, "datetime", 8) || !strncmp(t, "timestamp", 9)) {
		sct_buf_puts(b, sscanf(t, "%*[a-z](%d)", &p) == 1 ? "" : "DATETIME");
		if (sscanf(t, "%*[a-z](%d)", &p) == 1)
			sct_buf_printf(b, "DATETIME(%d)", p);
	} else if (!strcmp(t, "date")) {
		sct_buf_puts(b, "DATE");
	} else if (!strncmp(t, "time", 4)) {
		if (sscanf(t, "time(%d)", &p) == 1)
			sct_buf_printf(b, "TIME(%d)", p);
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

static void expr(my *g, sct_buf *b, const sct_expr *e)
{
	if (!e) {
		sct_buf_puts(b, "NULL");
		return;
	}
	switch (e->kind) {
	case SCT_E_NULL: sct_buf_puts(b, "NULL"); break;
	case SCT_E_NUM: sct_buf_puts(b, e->text); break;
	case SCT_E_STR: str_lit(b, e->text); break;
	case SCT_E_BIN: sct_buf_printf(b, "X'%s'", e->text ? e->text : ""); break;
	case SCT_E_BOOL: sct_buf_puts(b, e->text && e->text[0] == 't' ? "TRUE" : "FALSE"); break;
	case SCT_E_COL:
		if (e->name->schema.s) {
			ident(b, e->name->schema.s);
			sct_buf_putc(b, '.');
		}
		ident(b, e->name->name.s);
		break;
	case SCT_E_STAR:
		if (e->name && e->name->name.s) {
			if (e->name->schema.s) {
				ident(b, e->name->schema.s);
				sct_buf_putc(b, '.');
			}
			ident(b, e->name->name.s);
			sct_buf_putc(b, '.');
		}
		sct_buf_putc(b, '*');
		break;
	case SCT_E_KEYWORD:
		for (const char *p = e->text; *p; p++)
			sct_buf_putc(b, (*p >= 'a' && *p <= 'z') ? (char)(*p - 32) : *p);
		break;
	case SCT_E_TEMPLATE: template(g, b, e); break;
	case SCT_E_FUNC:
		qname(g, b, e->name);
		sct_buf_putc(b, '(');
		if (e->flags & SCT_EF_STARARG)
			sct_buf_putc(b, '*');
		expr_list(g, b, &e->args);
		sct_buf_putc(b, ')');
		if (e->over)
			over(g, b, e->over);
		break;
	case SCT_E_UNARY:
		sct_buf_puts(b, e->op == SCT_OP_NOT ? "NOT " : e->op == SCT_OP_NEG ? "-" : e->op == SCT_OP_BITNOT ? "~" : "+");
		sub(g, b, e->a, e->op == SCT_OP_NOT ? 3 : 10);
		break;
	case SCT_E_BINARY: {
		if (e->op == SCT_OP_CONCAT) {
			int n = 0;
			sct_buf_puts(b, "CONCAT(");
			concat_args(g, b, e, &n);
			sct_buf_putc(b, ')');
			break;
		}
		int p = prec(e);
		sub(g, b, e->a, p);
		sct_buf_puts(b, op_text(e->op));
		if (e->query) {
			sct_buf_puts(b, (e->flags & SCT_EF_ALL) ? "ALL (" : "ANY (");
			query(g, b, e->query);
			sct_buf_putc(b, ')');
		} else {
			sub(g, b, e->b, p + 1);
		}
		break;
	}
	case SCT_E_CASE:
		sct_buf_puts(b, "CASE");
		if (e->a) {
			sct_buf_putc(b, ' ');
			expr(g, b, e->a);
		}
		for (int i = 0; i < e->args.n; i++) {
			const sct_when *w = e->args.items[i];
			sct_buf_puts(b, " WHEN ");
			expr(g, b, w->cond);
			sct_buf_puts(b, " THEN ");
			expr(g, b, w->result);
		}
		if (e->b) {
			sct_buf_puts(b, " ELSE ");
			expr(g, b, e->b);
		}
		sct_buf_puts(b, " END");
		break;
	case SCT_E_CAST:
		sct_buf_puts(b, "CAST(");
		expr(g, b, e->a);
		sct_buf_puts(b, " AS ");
		cast_type(g, b, e->type ? e->type->out : NULL);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_SUBQUERY:
		sct_buf_putc(b, '(');
		query(g, b, e->query);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_EXISTS:
		sct_buf_puts(b, "EXISTS (");
		query(g, b, e->query);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_IN:
		sub(g, b, e->a, 6);
		sct_buf_puts(b, (e->flags & SCT_EF_NOT) ? " NOT IN (" : " IN (");
		if (e->query)
			query(g, b, e->query);
		else
			expr_list(g, b, &e->args);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_BETWEEN:
		sub(g, b, e->a, 6);
		sct_buf_puts(b, (e->flags & SCT_EF_NOT) ? " NOT BETWEEN " : " BETWEEN ");
		sub(g, b, e->b, 6);
		sct_buf_puts(b, " AND ");
		sub(g, b, e->c, 6);
		break;
	case SCT_E_LIKE:
		sub(g, b, e->a, 6);
		sct_buf_puts(b, (e->flags & SCT_EF_NOT) ? " NOT LIKE " : " LIKE ");
		sub(g, b, e->b, 6);
		if (e->c) {
			sct_buf_puts(b, " ESCAPE ");
			expr(g, b, e->c);
		}
		break;
	case SCT_E_ISNULL:
		sub(g, b, e->a, 6);
		sct_buf_puts(b, (e->flags & SCT_EF_NOT) ? " IS NOT NULL" : " IS NULL");
		break;
	case SCT_E_NEXTVAL:
		if (!g->mariadb)
			unsupported(g, "MySQL has no sequences");
		sct_buf_puts(b, "NEXT VALUE FOR ");
		qname(g, b, e->name);
		break;
	case SCT_E_PAREN:
		sct_buf_putc(b, '(');
		expr(g, b, e->a);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_LIST:
		sct_buf_putc(b, '(');
		expr_list(g, b, &e->args);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_COLLATE:
		expr(g, b, e->a);
		break;
	case SCT_E_RAW:
		sct_buf_puts(b, e->text ? e->text : "");
		break;
	default:
		sct_buf_puts(b, "NULL");
		break;
	}
}

/* ---------- queries ---------- */

static int from_refs(const sct_from *f, const char *name);
static int query_refs(const sct_query *q, const char *name)
{
	if (!q)
		return 0;
	if (q->kind != SCT_Q_SELECT)
		return query_refs(q->left, name) || query_refs(q->right, name);
	for (int i = 0; i < q->from.n; i++)
		if (from_refs(q->from.items[i], name))
			return 1;
	return 0;
}

static int from_refs(const sct_from *f, const char *name)
{
	switch (f->kind) {
	case SCT_FROM_TABLE: return !f->name->schema.s && f->name->name.s && !strcmp(f->name->name.s, name);
	case SCT_FROM_SUBQUERY: return query_refs(f->query, name);
	case SCT_FROM_JOIN: return from_refs(f->left, name) || from_refs(f->right, name);
	default: return 0;
	}
}

static void alias(my *g, sct_buf *b, const sct_from *f)
{
	if (f->alias.s) {
		sct_buf_puts(b, " AS ");
		ident(b, f->alias.s);
	}
	if (f->col_aliases.n) {
		if (g->mariadb || g->version < 8000019)
			unsupported(g, "column aliases of a derived table need MySQL 8.0.19");
		sct_buf_puts(b, " (");
		for (int i = 0; i < f->col_aliases.n; i++) {
			if (i)
				sct_buf_puts(b, ", ");
			ident(b, ((sct_ident *)f->col_aliases.items[i])->s);
		}
		sct_buf_putc(b, ')');
	}
}

static void from_item(my *g, sct_buf *b, const sct_from *f)
{
	switch (f->kind) {
	case SCT_FROM_TABLE:
		if (f->name->schema.s && f->name->name.s &&
		    sct_hash_get(&g->failed_views, sct_arena_printf(g->cv->a, "%s.%s", f->name->schema.s, f->name->name.s)))
			unsupported(g, "reads a view that is not converted");
		qname(g, b, f->name);
		alias(g, b, f);
		break;
	case SCT_FROM_SUBQUERY:
		sct_buf_putc(b, '(');
		query(g, b, f->query);
		sct_buf_putc(b, ')');
		alias(g, b, f);
		break;
	case SCT_FROM_VALUES:
		unsupported(g, "VALUES in FROM");
		sct_buf_puts(b, "(VALUES ");
		expr_list(g, b, &f->values);
		sct_buf_putc(b, ')');
		alias(g, b, f);
		break;
	case SCT_FROM_FUNC:
		expr(g, b, f->func);
		alias(g, b, f);
		break;
	case SCT_FROM_JOIN: {
		from_item(g, b, f->left);
		static const char *const kw[] = {" JOIN ", " LEFT JOIN ", " RIGHT JOIN ", " FULL JOIN ", " CROSS JOIN ",
						 " CROSS JOIN LATERAL ", " LEFT JOIN LATERAL "};
		if (f->join == SCT_JOIN_FULL)
			unsupported(g, "FULL OUTER JOIN has no MySQL equivalent (rewrite as a UNION of a LEFT and a RIGHT JOIN)");
		if ((f->join == SCT_JOIN_CROSS_APPLY || f->join == SCT_JOIN_OUTER_APPLY) && (g->mariadb || g->version < 8000014))
			unsupported(g, "CROSS/OUTER APPLY needs LATERAL (MySQL 8.0.14; MariaDB has none)");
		if (f->natural)
			sct_buf_puts(b, " NATURAL");
		sct_buf_puts(b, kw[f->join]);
		int paren = f->right->kind == SCT_FROM_JOIN;
		if (paren)
			sct_buf_putc(b, '(');
		from_item(g, b, f->right);
		if (paren)
			sct_buf_putc(b, ')');
		if (f->using_cols.n) {
			sct_buf_puts(b, " USING (");
			for (int i = 0; i < f->using_cols.n; i++) {
				if (i)
					sct_buf_puts(b, ", ");
				ident(b, ((const sct_ident *)f->using_cols.items[i])->s);
			}
			sct_buf_putc(b, ')');
		} else if (f->natural) {
			/* NATURAL: no condition */
		} else if (f->join == SCT_JOIN_OUTER_APPLY)
			sct_buf_puts(b, " ON TRUE");
		else if (f->on) {
			sct_buf_puts(b, " ON ");
			expr(g, b, f->on);
		} else if (f->join == SCT_JOIN_INNER) {
			sct_buf_puts(b, " ON TRUE");
		}
		break;
	}
	}
}

static void set_operand(my *g, sct_buf *b, const sct_query *q)
{
	int paren = q->kind != SCT_Q_SELECT || q->order_by.n || q->top || q->offset || q->ctes.n;
	if (paren)
		sct_buf_putc(b, '(');
	query(g, b, q);
	if (paren)
		sct_buf_putc(b, ')');
}

static void query(my *g, sct_buf *b, const sct_query *q)
{
	if (q->ctes.n) {
		if (g->mariadb ? g->version < 10002000 : g->version < 8000000)
			unsupported(g, "WITH (common table expressions) needs MySQL 8.0 or MariaDB 10.2");
		int rec = 0;
		for (int i = 0; i < q->ctes.n; i++) {
			const sct_cte *c = q->ctes.items[i];
			if (query_refs(c->query, c->name.s))
				rec = 1;
		}
		sct_buf_puts(b, rec ? "WITH RECURSIVE " : "WITH ");
		for (int i = 0; i < q->ctes.n; i++) {
			const sct_cte *c = q->ctes.items[i];
			if (i)
				sct_buf_puts(b, ", ");
			ident(b, c->name.s);
			if (c->columns.n) {
				sct_buf_puts(b, " (");
				for (int j = 0; j < c->columns.n; j++) {
					if (j)
						sct_buf_puts(b, ", ");
					ident(b, ((sct_ident *)c->columns.items[j])->s);
				}
				sct_buf_putc(b, ')');
			}
			sct_buf_puts(b, " AS (");
			query(g, b, c->query);
			sct_buf_putc(b, ')');
		}
		sct_buf_putc(b, ' ');
	}
	if (q->kind != SCT_Q_SELECT) {
		static const char *const ops[] = {"", " UNION ", " UNION ALL ", " EXCEPT ", " INTERSECT "};
		if ((q->kind == SCT_Q_EXCEPT || q->kind == SCT_Q_INTERSECT) &&
		    (g->mariadb ? g->version < 10003000 : g->version < 8000031))
			unsupported(g, "EXCEPT/INTERSECT need MySQL 8.0.31 or MariaDB 10.3");
		set_operand(g, b, q->left);
		sct_buf_puts(b, ops[q->kind]);
		set_operand(g, b, q->right);
	} else {
		sct_buf_puts(b, "SELECT ");
		if (q->flags & SCT_QF_DISTINCT)
			sct_buf_puts(b, "DISTINCT ");
		for (int i = 0; i < q->targets.n; i++) {
			const sct_target *t = q->targets.items[i];
			if (i)
				sct_buf_puts(b, ", ");
			expr(g, b, t->expr);
			if (t->alias.s) {
				sct_buf_puts(b, " AS ");
				ident(b, t->alias.s);
			}
		}
		for (int i = 0; i < q->from.n; i++) {
			sct_buf_puts(b, i ? ", " : " FROM ");
			from_item(g, b, q->from.items[i]);
		}
		if (q->where) {
			sct_buf_puts(b, " WHERE ");
			expr(g, b, q->where);
		}
		if (q->group_by.n) {
			sct_buf_puts(b, " GROUP BY ");
			expr_list(g, b, &q->group_by);
		}
		if (q->having) {
			sct_buf_puts(b, " HAVING ");
			expr(g, b, q->having);
		}
	}
	for (int i = 0; i < q->order_by.n; i++) {
		const sct_sort *s = q->order_by.items[i];
		sct_buf_puts(b, i ? ", " : " ORDER BY ");
		expr(g, b, s->expr);
		if (s->desc)
			sct_buf_puts(b, " DESC");
		if (s->nulls)
			unsupported(g, "NULLS FIRST/LAST");
	}
	if (q->top && (q->flags & SCT_QF_TOP_TIES))
		unsupported(g, "TOP ... WITH TIES has no MySQL equivalent");
	if (q->top || q->fetch) {
		sct_buf_puts(b, " LIMIT ");
		expr(g, b, q->top ? q->top : q->fetch);
	} else if (q->offset) {
		sct_buf_puts(b, " LIMIT 18446744073709551615");
	}
	if (q->offset) {
		sct_buf_puts(b, " OFFSET ");
		expr(g, b, q->offset);
	}
}

/* ---------- statements ---------- */

static void put_stmt(my *g, sct_buf *sql)
{
	if (!sql->len)
		return;
	sct_buf_put(g->out, sql->data, sql->len);
	sct_buf_puts(g->out, ";\n");
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

static void idents(sct_buf *b, const sct_list *l)
{
	sct_buf_putc(b, '(');
	for (int i = 0; i < l->n; i++) {
		if (i)
			sct_buf_puts(b, ", ");
		ident(b, ((sct_ident *)l->items[i])->s);
	}
	sct_buf_putc(b, ')');
}

static const char *fk_action(sct_fk_action a)
{
	switch (a) {
	case SCT_FK_CASCADE: return "CASCADE";
	case SCT_FK_SET_NULL: return "SET NULL";
	case SCT_FK_SET_DEFAULT: return "SET DEFAULT";
	case SCT_FK_RESTRICT: return "RESTRICT";
	default: return NULL;
	}
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
		expr(g, b, k->expr);
		sct_buf_putc(b, ')');
		break;
	case SCT_CONS_FOREIGN: {
		sct_buf_puts(b, "FOREIGN KEY ");
		key_cols(b, &k->columns, col, 0);
		sct_buf_puts(b, " REFERENCES ");
		qname(g, b, k->ref_table);
		if (k->ref_columns.n) {
			sct_buf_putc(b, ' ');
			idents(b, &k->ref_columns);
		}
		const char *d = fk_action(k->on_delete), *u = fk_action(k->on_update);
		if (d)
			sct_buf_printf(b, " ON DELETE %s", d);
		if (u)
			sct_buf_printf(b, " ON UPDATE %s", u);
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
		expr(g, b, in);
	} else {
		sct_buf_putc(b, '(');
		expr(g, b, in);
		sct_buf_putc(b, ')');
	}
}

static void column_def(my *g, sct_buf *b, const sct_column *c)
{
	ident(b, c->name.s);
	sct_buf_printf(b, " %s", c->type && c->type->out ? c->type->out : "longtext");
	if (c->computed) {
		sct_buf_puts(b, " GENERATED ALWAYS AS (");
		expr(g, b, c->computed);
		sct_buf_puts(b, (c->flags & SCT_COLF_PERSISTED) ? ") STORED" : ") VIRTUAL");
		if (c->nullable == 0 && !g->mariadb)
			sct_buf_puts(b, " NOT NULL");
	} else {
		if (c->nullable == 0 || c->identity)
			sct_buf_puts(b, " NOT NULL");
		if (c->identity)
			sct_buf_puts(b, " AUTO_INCREMENT");
		else if (c->def) {
			if (!default_now(g, b, c))
				default_clause(g, b, c, c->def);
		}
	}
	if (c->comment) {
		sct_buf_puts(b, " COMMENT ");
		str_lit(b, c->comment);
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
			expr(g, b, c->expr);
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

static void table(my *g, const sct_stmt *s, sct_buf *b)
{
	const sct_table *t = s->u.table;
	sct_buf_puts(b, (t->flags & SCT_TABF_TEMPORARY) ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ");
	qname(g, b, t->name);
	sct_buf_puts(b, " (");
	int n = 0;
	const char *seed = NULL;
	for (int i = 0; i < t->columns.n; i++) {
		const sct_column *c = t->columns.items[i];
		sct_buf_puts(b, n++ ? ",\n    " : "\n    ");
		column_def(g, b, c);
		if (c->identity && c->identity->seed)
			seed = c->identity->seed;
	}
	for (int i = 0; i < t->columns.n; i++) {
		const sct_column *c = t->columns.items[i];
		for (int j = 0; j < c->constraints.n; j++) {
			const sct_constraint *k = c->constraints.items[j];
			if (k->skip || k->kind == SCT_CONS_FOREIGN || k->kind == SCT_CONS_DEFAULT)
				continue;
			sct_buf_puts(b, ",\n    ");
			constraint(g, b, k, c);
		}
	}
	for (int i = 0; i < t->constraints.n; i++) {
		const sct_constraint *k = t->constraints.items[i];
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
}

static void foreign_keys_of_table(my *g, const sct_table *t, sct_buf *b)
{
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < (pass ? t->constraints.n : t->columns.n); i++) {
			const sct_column *c = pass ? NULL : t->columns.items[i];
			const sct_list *l = pass ? NULL : &c->constraints;
			int m = pass ? 1 : l->n;
			for (int j = 0; j < m; j++) {
				const sct_constraint *k = pass ? t->constraints.items[i] : l->items[j];
				if (k->skip || k->kind != SCT_CONS_FOREIGN)
					continue;
				sct_buf_puts(b, "ALTER TABLE ");
				qname(g, b, t->name);
				sct_buf_puts(b, " ADD ");
				constraint(g, b, k, c);
				put_stmt(g, b);
			}
		}
	}
}

static void index_stmt(my *g, const sct_index *x, sct_buf *b)
{
	sct_buf_printf(b, "CREATE %sINDEX ", (x->flags & SCT_IDXF_UNIQUE) ? "UNIQUE " : "");
	ident(b, x->name.s);
	sct_buf_puts(b, " ON ");
	qname(g, b, x->table);
	sct_buf_putc(b, ' ');
	index_body(g, b, x);
	put_stmt(g, b);
}

static void alter_stmt(my *g, const sct_stmt *s, sct_buf *b, int fks)
{
	const sct_alter_table *at = s->u.alter;
	for (int i = 0; i < at->actions.n; i++) {
		const sct_alter_action *a = at->actions.items[i];
		if (a->skip)
			continue;
		int is_fk = a->kind == SCT_ALTER_ADD_CONSTRAINT && a->constraint->kind == SCT_CONS_FOREIGN;
		if (is_fk != fks)
			continue;
		sct_buf_puts(b, "ALTER TABLE ");
		qname(g, b, at->name);
		switch (a->kind) {
		case SCT_ALTER_ADD_COLUMN:
			sct_buf_puts(b, " ADD COLUMN ");
			column_def(g, b, a->column);
			for (int j = 0; j < a->column->constraints.n; j++) {
				const sct_constraint *k = a->column->constraints.items[j];
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
			sct_buf_printf(b, " %s", a->column->type && a->column->type->out ? a->column->type->out : "longtext");
			if (a->column->nullable == 0)
				sct_buf_puts(b, " NOT NULL");
			break;
		default:
			b->len = 0;
			continue;
		}
		put_stmt(g, b);
	}
}

static void sequence_stmt(my *g, const sct_sequence *q, sct_buf *b)
{
	sct_buf_puts(b, "CREATE SEQUENCE ");
	qname(g, b, q->name);
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

static const char *first_item_message(sct_conv *cv, const sct_stmt *s)
{
	for (int i = 0; i < cv->rep->items.n; i++) {
		const sct_item *it = cv->rep->items.items[i];
		if (it->severity >= SCT_SEV_WARNING && s->file >= 0 && s->file < cv->rep->nfiles &&
		    it->file == cv->rep->files[s->file].name) {
			int l0, c0, l1, c1;
			sct_linemap_find(&cv->rep->files[s->file].lines, s->loc, &l0, &c0);
			sct_linemap_find(&cv->rep->files[s->file].lines, s->end ? s->end - 1 : s->end, &l1, &c1);
			if (it->line >= l0 && it->line <= l1)
				return sct_arena_printf(cv->a, "%s %s", it->code, it->message);
		}
	}
	return NULL;
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
	(void)o;
	my g;
	memset(&g, 0, sizeof g);
	g.cv = cv;
	g.out = out;
	g.mariadb = cv->engine && !strcmp(cv->engine, "mariadb");
	g.version = cv->version ? cv->version : 999000000;
	sct_hash_init(&g.failed_views, cv->a);
	g.current = sct_conv_name(cv, cv->default_schema, 0);
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
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		if (s->kind == SCT_STMT_SEQUENCE && emitted(s))
			sequence_stmt(&g, s->u.sequence, &b);
	}
	for (int i = 0; i < st->n; i++) {
		sct_stmt *s = st->items[i];
		if (s->kind == SCT_STMT_TABLE && emitted(s)) {
			g.unsupported = NULL;
			table(&g, s, &b);
			if (g.unsupported) {
				sct_report_addf(cv->rep, "E002", s->file, s->loc, "", "table", "table not created: %s", g.unsupported);
				s->status = SCT_STATUS_MANUAL;
				b.len = 0;
				continue;
			}
			put_stmt(&g, &b);
		}
	}
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		if (s->kind == SCT_STMT_ALTER_TABLE && emitted(s))
			alter_stmt(&g, s, &b, 0);
	}
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		if (s->kind == SCT_STMT_TABLE && emitted(s))
			foreign_keys_of_table(&g, s->u.table, &b);
		else if (s->kind == SCT_STMT_ALTER_TABLE && emitted(s))
			alter_stmt(&g, s, &b, 1);
	}
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		if (s->kind == SCT_STMT_INDEX && emitted(s))
			index_stmt(&g, s->u.index, &b);
	}
	for (int i = 0; i < cv->view_order.n; i++) {
		sct_stmt *s = cv->view_order.items[i];
		if (!emitted(s))
			continue;
		const sct_view *v = s->u.view;
		g.unsupported = NULL;
		sct_buf_puts(&b, "CREATE VIEW ");
		qname(&g, &b, v->name);
		if (v->columns.n) {
			sct_buf_putc(&b, ' ');
			idents(&b, &v->columns);
		}
		sct_buf_puts(&b, " AS\n");
		query(&g, &b, v->query);
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
		sct_stmt *s = st->items[i];
		if (s->kind == SCT_STMT_SYNONYM && emitted(s)) {
			const sct_qname *t = s->u.synonym->target;
			if (t->schema.s &&
			    sct_hash_get(&g.failed_views, sct_arena_printf(cv->a, "%s.%s", t->schema.s, t->name.s))) {
				view_not_emitted(&g, s, s->u.synonym->name, "it refers to a view that is not converted");
				continue;
			}
			sct_buf_puts(&b, "CREATE VIEW ");
			qname(&g, &b, s->u.synonym->name);
			sct_buf_puts(&b, " AS SELECT * FROM ");
			qname(&g, &b, t);
			put_stmt(&g, &b);
		}
	}
	/* comments on tables and columns are inline (COMMENT '...'); the converter reported the others */
	int header = 0;
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		if (s->status != SCT_STATUS_MANUAL && s->status != SCT_STATUS_SKIPPED)
			continue;
		if (!header++)
			sct_buf_puts(out, "\n-- ==== Statements not converted automatically (see the report) ====\n\n");
		const char *why = s->status == SCT_STATUS_SKIPPED ? "not needed in the target" : first_item_message(cv, s);
		sct_emit_carried(cv, s, why ? why : "needs manual conversion", out);
	}
	sct_buf_free(&b);
}
