/* postgres.c - the PostgreSQL emitter: prints the converted AST as PostgreSQL DDL in dependency order
 * (schemas, sequences, tables, table changes, foreign keys, indexes, views, comments), checks every
 * statement with libpg_query before writing it, and carries what was not converted as comments. */
#include "emit.h"
#include "api/stats.h"
#include <pg_query.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct pg {
	sct_conv *cv;
	sct_buf *out;
	int validate;
	const sct_stmt *stmt; /* statement being printed, for X001 */
	double *validate_seconds; /* stage timing, or NULL */
	sct_annotator *an;    /* report items as comments above the statements (annotate.c) */
} pg;

/* Keywords that must be quoted as identifiers (reserved, type/function-name and column-name keywords). */
static const char *const pg_keywords[] = {
	"all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
	"bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
	"collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
	"current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
	"dec", "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
	"extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest",
	"group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int", "integer",
	"intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like",
	"limit", "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not",
	"notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps",
	"overlay", "placing", "position", "precision", "primary", "real", "references", "returning", "right",
	"row", "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
	"table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union",
	"unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where", "window", "with",
	"xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse",
	"xmlpi", "xmlroot", "xmlserialize", "xmltable", NULL
};

/* pg_keywords is sorted (strcmp order): binary search, since every identifier printed is looked up. */
static int is_keyword(const char *s)
{
	int lo = 0, hi = (int)(sizeof pg_keywords / sizeof pg_keywords[0]) - 1; /* without the NULL */
	while (lo < hi) {
		int mid = (lo + hi) / 2, c = strcmp(pg_keywords[mid], s);
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
	int plain = (*s >= 'a' && *s <= 'z') || *s == '_';
	for (const char *p = s; plain && *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '$'))
			plain = 0;
	if (plain && !is_keyword(s)) {
		sct_buf_puts(b, s);
		return;
	}
	sct_buf_putc(b, '"');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			sct_buf_putc(b, '"');
		sct_buf_putc(b, *p);
	}
	sct_buf_putc(b, '"');
}

static void qname(sct_buf *b, const sct_qname *q)
{
	if (q->schema.s) {
		ident(b, q->schema.s);
		sct_buf_putc(b, '.');
	}
	ident(b, q->name.s);
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

static void expr(pg *g, sct_buf *b, const sct_expr *e);
static void query(pg *g, sct_buf *b, const sct_query *q);

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
		case SCT_OP_CONCAT: case SCT_OP_BITAND: case SCT_OP_BITOR: case SCT_OP_BITXOR: return 6;
		case SCT_OP_ADD: case SCT_OP_SUB: return 7;
		default: return 8;
		}
	case SCT_E_UNARY: return e->op == SCT_OP_NOT ? 3 : 9;
	case SCT_E_ISNULL: case SCT_E_IN: case SCT_E_BETWEEN: case SCT_E_LIKE: return 5;
	default: return 100;
	}
}

static void sub(pg *g, sct_buf *b, const sct_expr *e, int min)
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
	case SCT_OP_CONCAT: return " || ";
	case SCT_OP_BITAND: return " & ";
	case SCT_OP_BITOR: return " | ";
	case SCT_OP_BITXOR: return " # ";
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

static void over(pg *g, sct_buf *b, const sct_over *o)
{
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

static void template(pg *g, sct_buf *b, const sct_expr *e)
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

static void expr_list(pg *g, sct_buf *b, const sct_list *l)
{
	for (int i = 0; i < l->n; i++) {
		if (i)
			sct_buf_puts(b, ", ");
		expr(g, b, l->items[i]);
	}
}

static void expr(pg *g, sct_buf *b, const sct_expr *e)
{
	if (!e) {
		sct_buf_puts(b, "NULL");
		return;
	}
	switch (e->kind) {
	case SCT_E_NULL: sct_buf_puts(b, "NULL"); break;
	case SCT_E_NUM: sct_buf_puts(b, e->text); break;
	case SCT_E_STR: str_lit(b, e->text); break;
	case SCT_E_BIN: sct_buf_printf(b, "'\\x%s'::bytea", e->text ? e->text : ""); break;
	case SCT_E_BOOL: sct_buf_puts(b, e->text); break;
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
		qname(b, e->name);
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
		sub(g, b, e->a, e->op == SCT_OP_NOT ? 3 : 9);
		break;
	case SCT_E_BINARY: {
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
		sct_buf_printf(b, " AS %s)", e->type && e->type->out ? e->type->out : "text");
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
	case SCT_E_NEXTVAL: {
		sct_buf q;
		sct_buf_init(&q);
		qname(&q, e->name);
		sct_buf_puts(b, "nextval(");
		str_lit(b, q.data);
		sct_buf_puts(b, "::regclass)");
		sct_buf_free(&q);
		break;
	}
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
	case SCT_E_VAR: /* a PL/pgSQL variable (routine bodies, code.c) */
		ident(b, e->text);
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

static void alias(sct_buf *b, const sct_from *f)
{
	if (f->alias.s) {
		sct_buf_puts(b, " AS ");
		ident(b, f->alias.s);
	}
	if (f->col_aliases.n) {
		sct_buf_puts(b, " (");
		for (int i = 0; i < f->col_aliases.n; i++) {
			if (i)
				sct_buf_puts(b, ", ");
			ident(b, ((sct_ident *)f->col_aliases.items[i])->s);
		}
		sct_buf_putc(b, ')');
	}
}

static void from_item(pg *g, sct_buf *b, const sct_from *f)
{
	switch (f->kind) {
	case SCT_FROM_TABLE:
		qname(b, f->name);
		alias(b, f);
		break;
	case SCT_FROM_SUBQUERY:
		sct_buf_putc(b, '(');
		query(g, b, f->query);
		sct_buf_putc(b, ')');
		alias(b, f);
		break;
	case SCT_FROM_VALUES:
		sct_buf_puts(b, "(VALUES ");
		expr_list(g, b, &f->values);
		sct_buf_putc(b, ')');
		alias(b, f);
		break;
	case SCT_FROM_FUNC:
		expr(g, b, f->func);
		alias(b, f);
		break;
	case SCT_FROM_JOIN: {
		from_item(g, b, f->left);
		static const char *const kw[] = {" JOIN ", " LEFT JOIN ", " RIGHT JOIN ", " FULL JOIN ", " CROSS JOIN ",
						 " CROSS JOIN LATERAL ", " LEFT JOIN LATERAL "};
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
			sct_buf_puts(b, " ON true");
		else if (f->on) {
			sct_buf_puts(b, " ON ");
			expr(g, b, f->on);
		}
		break;
	}
	}
}

static void set_operand(pg *g, sct_buf *b, const sct_query *q)
{
	int paren = q->kind != SCT_Q_SELECT || q->order_by.n || q->top || q->offset || q->ctes.n;
	if (paren)
		sct_buf_putc(b, '(');
	query(g, b, q);
	if (paren)
		sct_buf_putc(b, ')');
}

static void query(pg *g, sct_buf *b, const sct_query *q)
{
	if (q->ctes.n) {
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
			sct_buf_puts(b, s->nulls == 1 ? " NULLS FIRST" : " NULLS LAST");
	}
	if (q->offset) {
		sct_buf_puts(b, " OFFSET ");
		expr(g, b, q->offset);
		sct_buf_puts(b, " ROWS");
	}
	if (q->fetch) {
		sct_buf_puts(b, " FETCH NEXT ");
		expr(g, b, q->fetch);
		sct_buf_puts(b, " ROWS ONLY");
	}
	if (q->top) {
		if (q->flags & SCT_QF_TOP_TIES) {
			sct_buf_puts(b, " FETCH FIRST (");
			expr(g, b, q->top);
			sct_buf_puts(b, ") ROWS WITH TIES");
		} else {
			sct_buf_puts(b, " LIMIT ");
			expr(g, b, q->top);
		}
	}
}

/* ---------- statements ---------- */

/* Validate one statement and write it, or carry it as a comment if our own output does not parse. */
static void put_stmt(pg *g, sct_buf *sql)
{
	if (!sql->len)
		return;
	sct_emit_annotate(g->an, g->stmt, g->out);
	if (g->validate) {
		double t0 = g->validate_seconds ? sct_stats_now() : 0;
		PgQuerySplitResult r = pg_query_split_with_parser(sql->data);
		if (g->validate_seconds)
			*g->validate_seconds += sct_stats_now() - t0;
		if (r.error) {
			const sct_stmt *s = g->stmt;
			sct_report_addf(g->cv->rep, "X001", s ? s->file : -1, s ? s->loc : 0, g->cv->cur_object, "statement",
					"generated statement does not parse: %s", r.error->message);
			sct_buf_printf(g->out, "-- [sctconv] X001: generated statement failed the PostgreSQL parser check (%s):\n",
				       r.error->message);
			sct_buf_puts(g->out, "-- ");
			for (const char *p = sql->data; *p; p++) {
				sct_buf_putc(g->out, *p);
				if (*p == '\n')
					sct_buf_puts(g->out, "-- ");
			}
			sct_buf_puts(g->out, "\n");
			pg_query_free_split_result(r);
			sql->len = 0;
			return;
		}
		pg_query_free_split_result(r);
	}
	sct_buf_put(g->out, sql->data, sql->len);
	sct_buf_puts(g->out, ";\n");
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

/* A constraint body (PRIMARY KEY (...), CHECK (...), ...); `col` names the column of an inline one. */
static void constraint(pg *g, sct_buf *b, const sct_constraint *k, const sct_column *col, int alter)
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
		expr(g, b, k->expr);
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
		qname(b, k->ref_table);
		if (k->ref_columns.n) {
			sct_buf_putc(b, ' ');
			idents(b, &k->ref_columns);
		}
		const char *d = fk_action(k->on_delete), *u = fk_action(k->on_update);
		if (d)
			sct_buf_printf(b, " ON DELETE %s", d);
		if (u)
			sct_buf_printf(b, " ON UPDATE %s", u);
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

static void column_def(pg *g, sct_buf *b, const sct_column *c)
{
	ident(b, c->name.s);
	sct_buf_printf(b, " %s", c->type && c->type->out ? c->type->out : "text");
	if (c->identity) {
		sct_buf_printf(b, " GENERATED %s AS IDENTITY", c->identity->always ? "ALWAYS" : "BY DEFAULT");
		if (c->identity->seed || c->identity->increment) {
			sct_buf_puts(b, " (");
			if (c->identity->seed)
				sct_buf_printf(b, "START WITH %s", c->identity->seed);
			if (c->identity->increment)
				sct_buf_printf(b, "%sINCREMENT BY %s", c->identity->seed ? " " : "", c->identity->increment);
			sct_buf_putc(b, ')');
		}
	} else if (c->computed) {
		sct_buf_puts(b, " GENERATED ALWAYS AS (");
		expr(g, b, c->computed);
		sct_buf_puts(b, ") STORED");
	} else if (c->def) {
		sct_buf_puts(b, " DEFAULT ");
		expr(g, b, c->def);
	} else if (c->flags & SCT_COLF_PERIOD_START) {
		sct_buf_puts(b, " DEFAULT CURRENT_TIMESTAMP");
	} else if (c->flags & SCT_COLF_PERIOD_END) {
		sct_buf_puts(b, " DEFAULT '9999-12-31 23:59:59.999999'");
	}
	if (c->nullable == 0 && !c->identity)
		sct_buf_puts(b, " NOT NULL");
}

static int emitted(const sct_stmt *s)
{
	return s->status == SCT_STATUS_CONVERTED || s->status == SCT_STATUS_NOTES;
}

static void table(pg *g, const sct_stmt *s, sct_buf *b)
{
	const sct_table *t = s->u.table;
	sct_buf_puts(b, (t->flags & SCT_TABF_TEMPORARY) ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ");
	qname(b, t->name);
	sct_buf_puts(b, " (");
	int n = 0;
	for (int i = 0; i < t->columns.n; i++) {
		sct_buf_puts(b, n++ ? ",\n    " : "\n    ");
		column_def(g, b, t->columns.items[i]);
	}
	for (int i = 0; i < t->columns.n; i++) {
		const sct_column *c = t->columns.items[i];
		for (int j = 0; j < c->constraints.n; j++) {
			const sct_constraint *k = c->constraints.items[j];
			if (k->skip || k->kind == SCT_CONS_FOREIGN || k->kind == SCT_CONS_DEFAULT)
				continue;
			sct_buf_puts(b, ",\n    ");
			constraint(g, b, k, c, 0);
		}
	}
	for (int i = 0; i < t->constraints.n; i++) {
		const sct_constraint *k = t->constraints.items[i];
		if (k->skip || k->kind == SCT_CONS_FOREIGN || k->kind == SCT_CONS_DEFAULT)
			continue;
		sct_buf_puts(b, ",\n    ");
		constraint(g, b, k, NULL, 0);
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
					expr(g, b, v);
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
					expr(g, b, v);
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
			const sct_list *l = pass ? NULL : &c->constraints;
			int m = pass ? 1 : l->n;
			for (int j = 0; j < m; j++) {
				const sct_constraint *k = pass ? t->constraints.items[i] : l->items[j];
				if (k->skip || k->kind != SCT_CONS_FOREIGN)
					continue;
				sct_buf_puts(b, "ALTER TABLE ");
				qname(b, t->name);
				sct_buf_puts(b, " ADD ");
				constraint(g, b, k, c, 1);
				put_stmt(g, b);
			}
		}
	}
}

static void index_stmt(pg *g, const sct_index *x, sct_buf *b)
{
	sct_buf_printf(b, "CREATE %sINDEX ", (x->flags & SCT_IDXF_UNIQUE) ? "UNIQUE " : "");
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
			expr(g, b, c->expr);
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
		idents(b, &x->include);
	}
	if (x->where) {
		sct_buf_puts(b, " WHERE ");
		expr(g, b, x->where);
	}
	put_stmt(g, b);
}

static void alter_stmt(pg *g, const sct_stmt *s, sct_buf *b, int fks)
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
		qname(b, at->name);
		switch (a->kind) {
		case SCT_ALTER_ADD_COLUMN:
			sct_buf_puts(b, " ADD COLUMN ");
			column_def(g, b, a->column);
			for (int j = 0; j < a->column->constraints.n; j++) {
				const sct_constraint *k = a->column->constraints.items[j];
				if (k->skip || k->kind == SCT_CONS_DEFAULT)
					continue;
				sct_buf_puts(b, ", ADD ");
				constraint(g, b, k, a->column, 1);
			}
			break;
		case SCT_ALTER_ADD_CONSTRAINT:
			if (a->constraint->kind == SCT_CONS_DEFAULT) {
				const sct_index_col *c = a->constraint->columns.n ? a->constraint->columns.items[0] : NULL;
				sct_buf_puts(b, " ALTER COLUMN ");
				ident(b, c ? c->name.s : "?");
				sct_buf_puts(b, " SET DEFAULT ");
				expr(g, b, a->constraint->expr);
			} else {
				sct_buf_puts(b, " ADD ");
				constraint(g, b, a->constraint, NULL, 1);
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
				sct_buf_printf(b, " TYPE %s", a->column->type->out ? a->column->type->out : "text");
				parts++;
			}
			if (a->column->def) {
				sct_buf_puts(b, parts++ ? ", ALTER COLUMN " : " ALTER COLUMN ");
				ident(b, a->column->name.s);
				sct_buf_puts(b, " SET DEFAULT ");
				expr(g, b, a->column->def);
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
	pg g = {cv, out, o->validate, NULL, o->validate_seconds, &an};
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
	sct_list *st = cv->stmts;
	for (int i = 0; i < st->n; i++) { /* object types (composite) and collections (domains over arrays) */
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_TYPE && emitted(s) && s->u.type->kind == SCT_TYPEDEF_OBJECT) {
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
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_SEQUENCE && emitted(s))
			sequence_stmt(&g, s->u.sequence, &b);
	}
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_TABLE && emitted(s)) {
			table(&g, s, &b);
			put_stmt(&g, &b);
			partitions(&g, s->u.table, &b);
		}
	}
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_ALTER_TABLE && emitted(s))
			alter_stmt(&g, s, &b, 0);
	}
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_TABLE && emitted(s))
			foreign_keys_of_table(&g, s->u.table, &b);
		else if (s->kind == SCT_STMT_ALTER_TABLE && emitted(s))
			alter_stmt(&g, s, &b, 1);
	}
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_TABLE && emitted(s)) {
			for (int j = 0; j < s->u.table->indexes.n; j++) {
				sct_index *x = s->u.table->indexes.items[j];
				if (!x->skip) {
					x->table = s->u.table->name;
					index_stmt(&g, x, &b);
				}
			}
		} else if (s->kind == SCT_STMT_INDEX && emitted(s)) {
			index_stmt(&g, s->u.index, &b);
		}
	}
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
			idents(&b, &v->columns);
		}
		sct_buf_puts(&b, " AS\n");
		query(&g, &b, v->query);
		if (v->flags & SCT_VIEWF_CHECK_OPTION)
			sct_buf_puts(&b, "\nWITH CHECK OPTION");
		put_stmt(&g, &b);
	}
	for (int i = 0; i < st->n; i++) {
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
	sct_emit_plpgsql(cv, o, g.an, out); /* procedures, functions, triggers (plpgsql.c) */
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		g.stmt = s;
		if (s->kind == SCT_STMT_COMMENT && emitted(s))
			comment_stmt(&g, s->u.comment, &b);
	}
	/* what a person has to look at, in source order */
	int header = 0;
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		if (s->status != SCT_STATUS_MANUAL && s->status != SCT_STATUS_SKIPPED)
			continue;
		if (!header++)
			sct_buf_puts(out, "\n-- ==== Statements not converted automatically (see the report) ====\n\n");
		const char *why = s->status == SCT_STATUS_SKIPPED ? "not needed in the target" : sct_emit_reason(&an, s);
		sct_emit_carried(cv, s, why ? why : "needs manual conversion", out);
	}
	sct_buf_free(&b);
}

/* ---------- the printers, for the PL/pgSQL printer (plpgsql.c) ---------- */

void sct_pg_expr(sct_conv *cv, sct_buf *b, const sct_expr *e)
{
	pg g = {0};
	g.cv = cv;
	expr(&g, b, e);
}

void sct_pg_query(sct_conv *cv, sct_buf *b, const sct_query *q)
{
	pg g = {0};
	g.cv = cv;
	query(&g, b, q);
}

void sct_pg_from(sct_conv *cv, sct_buf *b, const sct_from *f)
{
	pg g = {0};
	g.cv = cv;
	from_item(&g, b, f);
}

void sct_pg_column(sct_conv *cv, sct_buf *b, const sct_column *c)
{
	pg g = {0};
	g.cv = cv;
	column_def(&g, b, c);
}

void sct_pg_ident(sct_buf *b, const char *s)
{
	ident(b, s);
}

void sct_pg_qname(sct_buf *b, const sct_qname *q)
{
	qname(b, q);
}

void sct_pg_str(sct_buf *b, const char *s)
{
	str_lit(b, s);
}
