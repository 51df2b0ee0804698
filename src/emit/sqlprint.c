/* sqlprint.c - the expression and query printer shared by the emitters: PostgreSQL (postgres.c, and the
 * PL/pgSQL bodies of plpgsql.c) and MySQL/MariaDB (mysql.c). What differs by dialect (quoting, literals,
 * operators, casts, LIMIT, what the target cannot take) comes from the printer's sct_sqlp_dialect. */
#include "sqlprint.h"
#include <string.h>

static void check(sct_sqlp *p, sct_sqlp_what what, const void *node)
{
	if (p->d->check)
		p->d->check(p, what, node);
}

void sct_sql_ident(const sct_sqlp *p, sct_buf *b, const char *s)
{
	p->d->ident(b, s);
}

void sct_sql_str(const sct_sqlp *p, sct_buf *b, const char *s)
{
	p->d->str(b, s);
}

void sct_sql_qname(const sct_sqlp *p, sct_buf *b, const sct_qname *q)
{
	if (q->schema.s && !(p->current && !strcmp(q->schema.s, p->current))) {
		p->d->ident(b, q->schema.s);
		sct_buf_putc(b, '.');
	}
	p->d->ident(b, q->name.s);
}

void sct_sql_idents(const sct_sqlp *p, sct_buf *b, const sct_list *l)
{
	sct_buf_putc(b, '(');
	for (int i = 0; i < l->n; i++) {
		if (i)
			sct_buf_puts(b, ", ");
		p->d->ident(b, ((const sct_ident *)l->items[i])->s);
	}
	sct_buf_putc(b, ')');
}

const char *sct_sql_fk_action(sct_fk_action a)
{
	switch (a) {
	case SCT_FK_CASCADE: return "CASCADE";
	case SCT_FK_SET_NULL: return "SET NULL";
	case SCT_FK_SET_DEFAULT: return "SET DEFAULT";
	case SCT_FK_RESTRICT: return "RESTRICT";
	default: return NULL;
	}
}

void sct_sql_fk_actions(sct_buf *b, const sct_constraint *k)
{
	const char *d = sct_sql_fk_action(k->on_delete), *u = sct_sql_fk_action(k->on_update);
	if (d) {
		sct_buf_puts(b, " ON DELETE ");
		sct_buf_puts(b, d);
	}
	if (u) {
		sct_buf_puts(b, " ON UPDATE ");
		sct_buf_puts(b, u);
	}
}

static int prec(const sct_sqlp *p, const sct_expr *e)
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
		case SCT_OP_CONCAT: return p->d->concat_func ? 100 : 6;
		case SCT_OP_BITAND: case SCT_OP_BITOR: case SCT_OP_BITXOR: return 6;
		case SCT_OP_ADD: case SCT_OP_SUB: return 7;
		default: return 8;
		}
	case SCT_E_UNARY: return e->op == SCT_OP_NOT ? 3 : 9;
	case SCT_E_ISNULL: case SCT_E_IN: case SCT_E_BETWEEN: case SCT_E_LIKE: return 5;
	default: return 100;
	}
}

static void sub(sct_sqlp *p, sct_buf *b, const sct_expr *e, int min)
{
	if (prec(p, e) < min) {
		sct_buf_putc(b, '(');
		sct_sql_expr(p, b, e);
		sct_buf_putc(b, ')');
	} else {
		sct_sql_expr(p, b, e);
	}
}

static const char *op_text(const sct_sqlp *p, sct_op op)
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
	case SCT_OP_BITXOR: return p->d->bitxor;
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

/* a sort key: expression, DESC, NULLS FIRST/LAST */
static void sort_key(sct_sqlp *p, sct_buf *b, const sct_sort *s)
{
	sct_sql_expr(p, b, s->expr);
	if (s->desc)
		sct_buf_puts(b, " DESC");
	if (s->nulls && p->d->nulls_order)
		sct_buf_puts(b, s->nulls == 1 ? " NULLS FIRST" : " NULLS LAST");
	else if (s->nulls)
		check(p, SCT_SQLP_NULLS, s);
}

/* "ORDER BY a, b DESC" of WITHIN GROUP, after `lead` */
static void order_list(sct_sqlp *p, sct_buf *b, const sct_list *l, const char *lead)
{
	for (int i = 0; i < l->n; i++) {
		const sct_sort *s = l->items[i];
		if (!i)
			sct_buf_puts(b, lead);
		sct_buf_puts(b, i ? ", " : "ORDER BY ");
		sort_key(p, b, s);
	}
}

/* OVER (...) of a window function; with only WITHIN GROUP written (no_over), the WITHIN GROUP of an
 * ordered-set aggregate, unless the template placed its order inside the call (in_call) */
static void over(sct_sqlp *p, sct_buf *b, const sct_over *o, int in_call)
{
	if (o->within.n && !in_call) {
		order_list(p, b, &o->within, " WITHIN GROUP (");
		sct_buf_putc(b, ')');
	}
	if (o->no_over)
		return;
	check(p, SCT_SQLP_OVER, o);
	sct_buf_puts(b, " OVER (");
	for (int i = 0; i < o->partition_by.n; i++) {
		sct_buf_puts(b, i ? ", " : "PARTITION BY ");
		sct_sql_expr(p, b, o->partition_by.items[i]);
	}
	for (int i = 0; i < o->order_by.n; i++) {
		const sct_sort *s = o->order_by.items[i];
		sct_buf_puts(b, i ? ", " : (o->partition_by.n ? " ORDER BY " : "ORDER BY "));
		sort_key(p, b, s);
	}
	if (o->frame) {
		sct_buf_putc(b, ' ');
		sct_buf_puts(b, o->frame);
	}
	sct_buf_putc(b, ')');
}

/* A function call from the rules: \1 k is argument k, \2 k arguments k... separated by commas. */
static void template(sct_sqlp *p, sct_buf *b, const sct_expr *e)
{
	for (const char *c = e->text; *c; c++) {
		if (*c == '\1' && c[1]) {
			int k = (unsigned char)*++c - 1;
			if (k < e->args.n)
				sct_sql_expr(p, b, e->args.items[k]);
		} else if (*c == '\3') {
			if (sct_expr_over(e))
				order_list(p, b, &sct_expr_over(e)->within, " ");
		} else if (*c == '\2' && c[1]) {
			int k = (unsigned char)*++c - 1;
			for (int i = k; i < e->args.n; i++) {
				if (i > k)
					sct_buf_puts(b, ", ");
				sct_sql_expr(p, b, e->args.items[i]);
			}
		} else {
			sct_buf_putc(b, *c);
		}
	}
	if (sct_expr_over(e))
		over(p, b, sct_expr_over(e), strchr(e->text, '\3') != NULL);
}

void sct_sql_expr_list(sct_sqlp *p, sct_buf *b, const sct_list *l)
{
	for (int i = 0; i < l->n; i++) {
		if (i)
			sct_buf_puts(b, ", ");
		sct_sql_expr(p, b, l->items[i]);
	}
}

static void col_name(const sct_sqlp *p, sct_buf *b, const sct_qname *n)
{
	if (n->schema.s) {
		p->d->ident(b, n->schema.s);
		sct_buf_putc(b, '.');
	}
	p->d->ident(b, n->name.s);
}

void sct_sql_expr(sct_sqlp *p, sct_buf *b, const sct_expr *e)
{
	if (!e) {
		sct_buf_puts(b, "NULL");
		return;
	}
	if (p->d->expr && p->d->expr(p, b, e))
		return;
	switch (e->kind) {
	case SCT_E_NULL: sct_buf_puts(b, "NULL"); break;
	case SCT_E_NUM: sct_buf_puts(b, e->text); break;
	case SCT_E_STR: p->d->str(b, e->text); break;
	case SCT_E_BIN:
		sct_buf_puts(b, p->d->bin_open);
		sct_buf_puts(b, e->text ? e->text : "");
		sct_buf_puts(b, p->d->bin_close);
		break;
	case SCT_E_BOOL:
		if (p->d->upper_bools)
			sct_buf_puts(b, e->text && e->text[0] == 't' ? "TRUE" : "FALSE");
		else
			sct_buf_puts(b, e->text);
		break;
	case SCT_E_COL: col_name(p, b, e->name); break;
	case SCT_E_STAR:
		if (e->name && e->name->name.s) {
			col_name(p, b, e->name);
			sct_buf_putc(b, '.');
		}
		sct_buf_putc(b, '*');
		break;
	case SCT_E_KEYWORD:
		for (const char *c = e->text; *c; c++)
			sct_buf_putc(b, (*c >= 'a' && *c <= 'z') ? (char)(*c - 32) : *c);
		break;
	case SCT_E_TEMPLATE: template(p, b, e); break;
	case SCT_E_FUNC:
		sct_sql_qname(p, b, e->name);
		sct_buf_putc(b, '(');
		if (e->flags & SCT_EF_STARARG)
			sct_buf_putc(b, '*');
		sct_sql_expr_list(p, b, &e->args);
		sct_buf_putc(b, ')');
		if (sct_expr_over(e))
			over(p, b, sct_expr_over(e), 0);
		break;
	case SCT_E_UNARY:
		sct_buf_puts(b, e->op == SCT_OP_NOT ? "NOT " : e->op == SCT_OP_NEG ? "-" : e->op == SCT_OP_BITNOT ? "~" : "+");
		sub(p, b, e->a, e->op == SCT_OP_NOT ? 3 : p->d->unary_prec);
		break;
	case SCT_E_BINARY: {
		int n = prec(p, e);
		sub(p, b, e->a, n);
		sct_buf_puts(b, op_text(p, e->op));
		if (sct_expr_query(e)) {
			sct_buf_puts(b, (e->flags & SCT_EF_ALL) ? "ALL (" : "ANY (");
			sct_sql_query(p, b, sct_expr_query(e));
			sct_buf_putc(b, ')');
		} else {
			if (e->flags & (SCT_EF_ALL | SCT_EF_ANY)) /* a > ALL (subquery): the parsers put the query in b */
				sct_buf_puts(b, (e->flags & SCT_EF_ALL) ? "ALL " : "ANY ");
			sub(p, b, e->b, n + 1);
		}
		break;
	}
	case SCT_E_CASE:
		sct_buf_puts(b, "CASE");
		if (e->a) {
			sct_buf_putc(b, ' ');
			sct_sql_expr(p, b, e->a);
		}
		for (int i = 0; i < e->args.n; i++) {
			const sct_when *w = e->args.items[i];
			sct_buf_puts(b, " WHEN ");
			sct_sql_expr(p, b, w->cond);
			sct_buf_puts(b, " THEN ");
			sct_sql_expr(p, b, w->result);
		}
		if (e->b) {
			sct_buf_puts(b, " ELSE ");
			sct_sql_expr(p, b, e->b);
		}
		sct_buf_puts(b, " END");
		break;
	case SCT_E_CAST:
		sct_buf_puts(b, "CAST(");
		sct_sql_expr(p, b, e->a);
		sct_buf_puts(b, " AS ");
		p->d->cast_type(p, b, sct_expr_type(e) ? sct_expr_type(e)->out : NULL);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_SUBQUERY:
	case SCT_E_EXISTS:
		sct_buf_puts(b, e->kind == SCT_E_EXISTS ? "EXISTS (" : "(");
		sct_sql_query(p, b, sct_expr_query(e));
		sct_buf_putc(b, ')');
		break;
	case SCT_E_IN:
		sub(p, b, e->a, 6);
		sct_buf_puts(b, (e->flags & SCT_EF_NOT) ? " NOT IN (" : " IN (");
		if (sct_expr_query(e))
			sct_sql_query(p, b, sct_expr_query(e));
		else
			sct_sql_expr_list(p, b, &e->args);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_BETWEEN:
		sub(p, b, e->a, 6);
		sct_buf_puts(b, (e->flags & SCT_EF_NOT) ? " NOT BETWEEN " : " BETWEEN ");
		sub(p, b, e->b, 6);
		sct_buf_puts(b, " AND ");
		sub(p, b, sct_expr_c(e), 6);
		break;
	case SCT_E_LIKE:
		sub(p, b, e->a, 6);
		sct_buf_puts(b, (e->flags & SCT_EF_NOT) ? " NOT LIKE " : " LIKE ");
		sub(p, b, e->b, 6);
		if (sct_expr_c(e)) {
			sct_buf_puts(b, " ESCAPE ");
			sct_sql_expr(p, b, sct_expr_c(e));
		}
		break;
	case SCT_E_ISNULL:
		sub(p, b, e->a, 6);
		sct_buf_puts(b, (e->flags & SCT_EF_NOT) ? " IS NOT NULL" : " IS NULL");
		break;
	case SCT_E_PAREN:
		sct_buf_putc(b, '(');
		sct_sql_expr(p, b, e->a);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_LIST:
		sct_buf_putc(b, '(');
		sct_sql_expr_list(p, b, &e->args);
		sct_buf_putc(b, ')');
		break;
	case SCT_E_COLLATE:
		sct_sql_expr(p, b, e->a);
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

/* Whether a query reads the unqualified table `name` (a CTE that reads itself is recursive). */
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

static void alias(sct_sqlp *p, sct_buf *b, const sct_from *f)
{
	if (f->alias.s) {
		sct_buf_puts(b, " AS ");
		p->d->ident(b, f->alias.s);
	}
	if (f->col_aliases.n) {
		check(p, SCT_SQLP_ALIASES, f);
		sct_buf_putc(b, ' ');
		sct_sql_idents(p, b, &f->col_aliases);
	}
}

void sct_sql_from(sct_sqlp *p, sct_buf *b, const sct_from *f)
{
	if (f->kind != SCT_FROM_JOIN)
		check(p, SCT_SQLP_FROM, f);
	switch (f->kind) {
	case SCT_FROM_TABLE:
		sct_sql_qname(p, b, f->name);
		alias(p, b, f);
		break;
	case SCT_FROM_SUBQUERY:
		sct_buf_putc(b, '(');
		sct_sql_query(p, b, f->query);
		sct_buf_putc(b, ')');
		alias(p, b, f);
		break;
	case SCT_FROM_VALUES:
		sct_buf_puts(b, "(VALUES ");
		sct_sql_expr_list(p, b, &f->values);
		sct_buf_putc(b, ')');
		alias(p, b, f);
		break;
	case SCT_FROM_FUNC:
		sct_sql_expr(p, b, f->func);
		alias(p, b, f);
		break;
	case SCT_FROM_JOIN: {
		sct_sql_from(p, b, f->left);
		static const char *const kw[] = {" JOIN ", " LEFT JOIN ", " RIGHT JOIN ", " FULL JOIN ", " CROSS JOIN ",
						 " CROSS JOIN LATERAL ", " LEFT JOIN LATERAL "};
		check(p, SCT_SQLP_FROM, f);
		if (f->natural)
			sct_buf_puts(b, " NATURAL");
		sct_buf_puts(b, kw[f->join]);
		int paren = f->right->kind == SCT_FROM_JOIN;
		if (paren)
			sct_buf_putc(b, '(');
		sct_sql_from(p, b, f->right);
		if (paren)
			sct_buf_putc(b, ')');
		if (f->using_cols.n) {
			sct_buf_puts(b, " USING ");
			sct_sql_idents(p, b, &f->using_cols);
		} else if (f->natural) {
			/* NATURAL: no condition */
		} else if (f->join == SCT_JOIN_OUTER_APPLY || (!f->on && f->join == SCT_JOIN_INNER && p->d->inner_on)) {
			sct_buf_puts(b, " ON ");
			sct_buf_puts(b, p->d->true_kw);
		} else if (f->on) {
			sct_buf_puts(b, " ON ");
			sct_sql_expr(p, b, f->on);
		}
		break;
	}
	}
}

static void set_operand(sct_sqlp *p, sct_buf *b, const sct_query *q)
{
	int paren = q->kind != SCT_Q_SELECT || q->order_by.n || q->top || q->offset || q->ctes.n;
	if (paren)
		sct_buf_putc(b, '(');
	sct_sql_query(p, b, q);
	if (paren)
		sct_buf_putc(b, ')');
}

/* OFFSET n ROWS / FETCH NEXT n ROWS ONLY take a plain value in PostgreSQL (c_expr): anything else, e.g.
 * (@Page - 1) * @PageSize, goes in parentheses */
static void row_count(sct_sqlp *p, sct_buf *b, const sct_expr *e)
{
	int plain = e->kind == SCT_E_NUM || e->kind == SCT_E_COL || e->kind == SCT_E_VAR || e->kind == SCT_E_PAREN ||
		    e->kind == SCT_E_NULL;
	if (!plain)
		sct_buf_putc(b, '(');
	sct_sql_expr(p, b, e);
	if (!plain)
		sct_buf_putc(b, ')');
}

static void limit(sct_sqlp *p, sct_buf *b, const sct_query *q)
{
	if (p->d->limit_only) {
		if (q->top && (q->flags & SCT_QF_TOP_TIES))
			check(p, SCT_SQLP_TIES, q);
		if (q->top || q->fetch) {
			sct_buf_puts(b, " LIMIT ");
			sct_sql_expr(p, b, q->top ? q->top : q->fetch);
		} else if (q->offset) {
			sct_buf_puts(b, " LIMIT 18446744073709551615"); /* no OFFSET without LIMIT */
		}
		if (q->offset) {
			sct_buf_puts(b, " OFFSET ");
			sct_sql_expr(p, b, q->offset);
		}
		return;
	}
	if (q->offset) {
		sct_buf_puts(b, " OFFSET ");
		row_count(p, b, q->offset);
		sct_buf_puts(b, " ROWS");
	}
	if (q->fetch) {
		sct_buf_puts(b, " FETCH NEXT ");
		row_count(p, b, q->fetch);
		sct_buf_puts(b, " ROWS ONLY");
	}
	if (q->top) {
		if (q->flags & SCT_QF_TOP_TIES) {
			sct_buf_puts(b, " FETCH FIRST (");
			sct_sql_expr(p, b, q->top);
			sct_buf_puts(b, ") ROWS WITH TIES");
		} else {
			sct_buf_puts(b, " LIMIT ");
			sct_sql_expr(p, b, q->top);
		}
	}
}

void sct_sql_query(sct_sqlp *p, sct_buf *b, const sct_query *q)
{
	if (q->ctes.n) {
		check(p, SCT_SQLP_WITH, q);
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
			p->d->ident(b, c->name.s);
			if (c->columns.n) {
				sct_buf_putc(b, ' ');
				sct_sql_idents(p, b, &c->columns);
			}
			sct_buf_puts(b, " AS (");
			sct_sql_query(p, b, c->query);
			sct_buf_putc(b, ')');
		}
		sct_buf_putc(b, ' ');
	}
	if (q->kind != SCT_Q_SELECT) {
		static const char *const ops[] = {"", " UNION ", " UNION ALL ", " EXCEPT ", " INTERSECT "};
		check(p, SCT_SQLP_SETOP, q);
		set_operand(p, b, q->left);
		sct_buf_puts(b, ops[q->kind]);
		set_operand(p, b, q->right);
	} else {
		sct_buf_puts(b, "SELECT ");
		if (q->flags & SCT_QF_DISTINCT)
			sct_buf_puts(b, "DISTINCT ");
		for (int i = 0; i < q->targets.n; i++) {
			const sct_target *t = q->targets.items[i];
			if (i)
				sct_buf_puts(b, ", ");
			sct_sql_expr(p, b, t->expr);
			if (t->alias.s) {
				sct_buf_puts(b, " AS ");
				p->d->ident(b, t->alias.s);
			}
		}
		for (int i = 0; i < q->from.n; i++) {
			sct_buf_puts(b, i ? ", " : " FROM ");
			sct_sql_from(p, b, q->from.items[i]);
		}
		if (q->where) {
			sct_buf_puts(b, " WHERE ");
			sct_sql_expr(p, b, q->where);
		}
		if (q->group_by.n) {
			sct_buf_puts(b, " GROUP BY ");
			sct_sql_expr_list(p, b, &q->group_by);
		}
		if (q->having) {
			sct_buf_puts(b, " HAVING ");
			sct_sql_expr(p, b, q->having);
		}
	}
	for (int i = 0; i < q->order_by.n; i++) {
		const sct_sort *s = q->order_by.items[i];
		sct_buf_puts(b, i ? ", " : " ORDER BY ");
		sort_key(p, b, s);
	}
	limit(p, b, q);
}
