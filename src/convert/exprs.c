/* exprs.c - expressions: column references, operators, functions (through the rules tables), CASE, CAST,
 * subqueries. Type classes of the source decide operators that differ (string + becomes ||). */
#include "convert.h"
#include "code.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

sct_report_item *sct_conv_item(sct_conv *cv, const char *code, sct_loc loc, const char *msg)
{
	if (cv->cur_object == cv->obj_buf) /* the column being converted (convert.c): the item keeps its name */
		cv->cur_object = sct_arena_strdup(cv->a, cv->obj_buf);
	return sct_report_add(cv->rep, code, cv->cur ? cv->cur->file : -1, loc, cv->cur_object, cv->cur_objtype, msg);
}

sct_report_item *sct_conv_itemf(sct_conv *cv, const char *code, sct_loc loc, const char *fmt, ...)
{
	char buf[1024];
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	int n = sct_conv_vformat(buf, sizeof buf, fmt, ap);
	if (n == -2)
		n = vsnprintf(buf, sizeof buf, fmt, again);
	va_end(again);
	va_end(ap);
	size_t len = n < 0 ? strlen(buf) : (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1; /* no strlen */
	return sct_conv_item(cv, code, loc, sct_report_message_text(cv->rep, buf, len)); /* many items say the same */
}

sct_report_item *sct_conv_item_later(sct_conv *cv, const char *code, sct_loc loc, const char *fmt, int nargs,
				     const char **args)
{
	if (cv->cur_object == cv->obj_buf)
		cv->cur_object = sct_arena_strdup(cv->a, cv->obj_buf);
	for (int i = 0; i < nargs; i++) {
		if (args[i] == cv->obj_buf) /* changes with the next column: the copy of it */
			args[i] = cv->cur_object && strcmp(cv->cur_object, cv->obj_buf) == 0 ? cv->cur_object : sct_arena_strdup(cv->a, cv->obj_buf);
		if (args[i] == cv->cur_object && args[i]) /* the item's own: the record may serve other columns */
			args[i] = sct_later_object;
	}
	return sct_report_add_later(cv->rep, code, cv->cur ? cv->cur->file : -1, loc, cv->cur_object, cv->cur_objtype,
				    fmt, nargs, args);
}

void sct_conv_rule_item(sct_conv *cv, const sct_rule *r, sct_report_item *it)
{
	(void)cv;
	if (it && r && r->severity >= SCT_SEV_INFO && r->severity <= SCT_SEV_ERROR)
		it->severity = (sct_severity)r->severity;
	if (it && r && r->effort >= 0)
		it->effort = r->effort;
}

static sct_expr *fail(sct_conv *cv, sct_scope *sc, const char *code, sct_loc loc, const char *msg)
{
	if (sc && !sc->failed)
		sc->failed = msg;
	sct_conv_item(cv, code, loc, msg);
	return NULL;
}

sct_expr *sct_conv_new_expr(sct_conv *cv, sct_expr_kind k, sct_loc loc)
{
	sct_expr *e = SCT_NEW(cv->a, sct_expr);
	e->kind = k;
	e->loc = loc;
	return e;
}

/* ---------- column lookup for type classes ---------- */

static sct_column *table_column(sct_table *t, const char *name)
{
	for (int i = 0; t && i < t->columns.n; i++) {
		sct_column *c = t->columns.items[i];
		if (c->name.s && strcasecmp(c->name.s, name) == 0)
			return c;
	}
	return NULL;
}

sct_column *sct_conv_scope_column(sct_scope *sc, const sct_qname *q)
{
	const char *col = q->name.s, *qual = q->schema.s;
	for (; sc; sc = sc->up) {
		if (sc->table && !qual) {
			sct_column *c = table_column(sc->table, col);
			if (c)
				return c;
		}
		for (int i = 0; i < sc->items.n; i++) {
			sct_from *f = sc->items.items[i];
			sct_object *o = sc->objs.items[i];
			if (!o || o->kind != SCT_K_TABLE)
				continue;
			if (qual) {
				const char *nm = f->alias.s ? f->alias.s : (f->name ? f->name->name.s : NULL);
				if (!nm || strcasecmp(nm, qual) != 0)
					continue;
			}
			sct_column *c = table_column(o->stmt->u.table, col);
			if (c)
				return c;
		}
	}
	return NULL;
}

/* Some FROM item in scope is called nm (its alias, or the table's name without one). */
static int scope_has_item(sct_scope *sc, const char *nm)
{
	for (; sc; sc = sc->up)
		for (int i = 0; i < sc->items.n; i++) {
			const sct_from *f = sc->items.items[i];
			const char *n = f->alias.s ? f->alias.s : (f->name ? f->name->name.s : NULL);
			if (n && !strcasecmp(n, nm))
				return 1;
		}
	return 0;
}

/* Some FROM item in scope is the table schema.name without an alias. */
static int scope_has_table(sct_scope *sc, const char *schema, const char *name)
{
	for (; sc; sc = sc->up)
		for (int i = 0; i < sc->items.n; i++) {
			const sct_from *f = sc->items.items[i];
			if (!f->alias.s && f->name && f->name->schema.s && f->name->name.s &&
			    !strcasecmp(f->name->schema.s, schema) && !strcasecmp(f->name->name.s, name))
				return 1;
		}
	return 0;
}

/* alias.column.property (read as catalog.schema.name) or column.property where no FROM item has the
 * qualifier's name but a column does: a property of an xml, spatial or hierarchyid column, not a column. */
int sct_conv_is_property(sct_scope *sc, const sct_qname *q)
{
	if (!q || sct_qname_server(q)->s)
		return 0;
	if (sct_qname_catalog(q)->s)
		return q->schema.s && scope_has_item(sc, sct_qname_catalog(q)->s) && !scope_has_table(sc, sct_qname_catalog(q)->s, q->schema.s);
	if (!q->schema.s || scope_has_item(sc, q->schema.s))
		return 0;
	sct_qname col = {0};
	col.name = q->schema;
	return sc && (sc->items.n || sc->table) && sct_conv_scope_column(sc, &col) != NULL; /* table: a computed column */
}

static const struct { const char *name; sct_tclass c; } func_class[] = {
	{"left", SCT_TC_STRING}, {"right", SCT_TC_STRING}, {"substring", SCT_TC_STRING}, {"ltrim", SCT_TC_STRING},
	{"rtrim", SCT_TC_STRING}, {"trim", SCT_TC_STRING}, {"upper", SCT_TC_STRING}, {"lower", SCT_TC_STRING},
	{"replace", SCT_TC_STRING}, {"concat", SCT_TC_STRING}, {"concat_ws", SCT_TC_STRING}, {"str", SCT_TC_STRING},
	{"char", SCT_TC_STRING}, {"nchar", SCT_TC_STRING}, {"space", SCT_TC_STRING}, {"replicate", SCT_TC_STRING},
	{"stuff", SCT_TC_STRING}, {"format", SCT_TC_STRING}, {"reverse", SCT_TC_STRING}, {"datename", SCT_TC_STRING},
	{"quotename", SCT_TC_STRING}, {"suser_sname", SCT_TC_STRING}, {"user_name", SCT_TC_STRING},
	{"db_name", SCT_TC_STRING}, {"host_name", SCT_TC_STRING}, {"app_name", SCT_TC_STRING},
	{"string_agg", SCT_TC_STRING}, {"translate", SCT_TC_STRING}, {"nvl", SCT_TC_UNKNOWN},
	{"len", SCT_TC_NUMBER}, {"datalength", SCT_TC_NUMBER}, {"charindex", SCT_TC_NUMBER},
	{"datediff", SCT_TC_NUMBER}, {"datepart", SCT_TC_NUMBER}, {"year", SCT_TC_NUMBER},
	{"month", SCT_TC_NUMBER}, {"day", SCT_TC_NUMBER}, {"count", SCT_TC_NUMBER}, {"count_big", SCT_TC_NUMBER},
	{"sum", SCT_TC_NUMBER}, {"avg", SCT_TC_NUMBER}, {"abs", SCT_TC_NUMBER}, {"round", SCT_TC_NUMBER},
	{"floor", SCT_TC_NUMBER}, {"ceiling", SCT_TC_NUMBER}, {"row_number", SCT_TC_NUMBER},
	{"rank", SCT_TC_NUMBER}, {"dense_rank", SCT_TC_NUMBER},
	{"getdate", SCT_TC_DATE}, {"sysdatetime", SCT_TC_DATE}, {"getutcdate", SCT_TC_DATE},
	{"dateadd", SCT_TC_DATE}, {"eomonth", SCT_TC_DATE}, {"sysutcdatetime", SCT_TC_DATE},
	{"string_escape", SCT_TC_STRING}, {"json_value", SCT_TC_STRING}, {"json_query", SCT_TC_STRING},
	{"error_message", SCT_TC_STRING}, {"error_procedure", SCT_TC_STRING}, {"object_name", SCT_TC_STRING},
	{"schema_name", SCT_TC_STRING}, {"formatmessage", SCT_TC_STRING}, {"soundex", SCT_TC_STRING},
	{"error_number", SCT_TC_NUMBER}, {"error_severity", SCT_TC_NUMBER}, {"error_state", SCT_TC_NUMBER},
	{"error_line", SCT_TC_NUMBER}, {"patindex", SCT_TC_NUMBER}, {"unicode", SCT_TC_NUMBER}, {"ascii", SCT_TC_NUMBER},
	{"scope_identity", SCT_TC_NUMBER}, {"power", SCT_TC_NUMBER}, {"sqrt", SCT_TC_NUMBER}, {"sign", SCT_TC_NUMBER},
	{"datefromparts", SCT_TC_DATE}, {"datetimefromparts", SCT_TC_DATE}, {"sysdatetimeoffset", SCT_TC_DATE},
};

sct_tclass sct_conv_expr_class(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	if (!e)
		return SCT_TC_UNKNOWN;
	switch (e->kind) {
	case SCT_E_STR: return SCT_TC_STRING;
	case SCT_E_NUM: return SCT_TC_NUMBER;
	case SCT_E_BIN: return SCT_TC_BINARY;
	case SCT_E_VAR: return cv->code ? sct_code_var_class(cv, e) : SCT_TC_UNKNOWN;
	case SCT_E_GLOBAL: return sct_conv_global_class(e);
	case SCT_E_PAREN: case SCT_E_COLLATE: return sct_conv_expr_class(cv, sc, e->a);
	case SCT_E_COL: {
		sct_column *c = sct_conv_scope_column(sc, e->name);
		if (!c && e->name->schema.s)
			return sct_conv_spatial_class(cv, sc, e); /* col.Lat ... of a WKB column (spatial.c) */
		return c && c->type ? sct_conv_tclass(cv, c->type) : SCT_TC_UNKNOWN;
	}
	case SCT_E_CAST: return sct_conv_tclass(cv, sct_expr_type(e));
	case SCT_E_KEYWORD:
		if (sct_conv_oracle(cv) && (!strcasecmp(e->text, "sysdate") || !strcasecmp(e->text, "systimestamp") ||
					    !strcasecmp(e->text, "current_date") || !strcasecmp(e->text, "localtimestamp")))
			return SCT_TC_DATE;
		return strcasecmp(e->text, "current_timestamp") == 0 ? SCT_TC_DATE : SCT_TC_STRING;
	case SCT_E_BINARY:
		if (e->op == SCT_OP_CONCAT)
			return SCT_TC_STRING;
		if (e->op == SCT_OP_ADD) {
			sct_tclass a = sct_conv_expr_class(cv, sc, e->a), b = sct_conv_expr_class(cv, sc, e->b);
			if ((a == SCT_TC_STRING && b == SCT_TC_NUMBER) || (a == SCT_TC_NUMBER && b == SCT_TC_STRING))
				return SCT_TC_NUMBER; /* T-SQL adds: numbers outrank strings (implicit.c) */
			if (a == SCT_TC_STRING || b == SCT_TC_STRING)
				return SCT_TC_STRING;
			if (a == SCT_TC_DATE || b == SCT_TC_DATE)
				return SCT_TC_DATE;
			return a != SCT_TC_UNKNOWN ? a : b;
		}
		if (e->op >= SCT_OP_SUB && e->op <= SCT_OP_MOD)
			return SCT_TC_NUMBER;
		return SCT_TC_UNKNOWN;
	case SCT_E_CASE:
		for (int i = 0; i < e->args.n; i++) {
			sct_tclass c = sct_conv_expr_class(cv, sc, ((sct_when *)e->args.items[i])->result);
			if (c != SCT_TC_UNKNOWN)
				return c;
		}
		return sct_conv_expr_class(cv, sc, e->b);
	case SCT_E_FUNC: {
		const char *n = e->name ? e->name->name.s : NULL;
		sct_tclass h = sct_hier_class(cv, sc, e);
		if (h != SCT_TC_UNKNOWN)
			return h;
		if (!n || e->name->schema.s)
			return n ? sct_conv_routine_class(cv, e->name) : SCT_TC_UNKNOWN;
		if (!strcasecmp(n, "isnull") || !strcasecmp(n, "coalesce") || !strcasecmp(n, "nullif") ||
		    !strcasecmp(n, "min") || !strcasecmp(n, "max") || !strcasecmp(n, "iif")) {
			for (int i = !strcasecmp(n, "iif"); i < e->args.n; i++) {
				sct_tclass c = sct_conv_expr_class(cv, sc, e->args.items[i]);
				if (c != SCT_TC_UNKNOWN)
					return c;
			}
			return SCT_TC_UNKNOWN;
		}
		for (size_t i = 0; i < sizeof func_class / sizeof func_class[0]; i++)
			if (!strcasecmp(func_class[i].name, n))
				return func_class[i].c;
		return SCT_TC_UNKNOWN;
	}
	default:
		return SCT_TC_UNKNOWN;
	}
}

/* ---------- helpers ---------- */

static sct_expr *strip_paren(sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e;
}

sct_expr *sct_conv_bool_literal(sct_conv *cv, sct_expr *e)
{
	sct_expr *in = strip_paren(e);
	if (in && in->kind == SCT_E_NUM && (strcmp(in->text, "0") == 0 || strcmp(in->text, "1") == 0)) {
		sct_expr *b = sct_conv_new_expr(cv, SCT_E_BOOL, in->loc);
		b->text = in->text[0] == '1' ? "true" : "false";
		return b;
	}
	return e;
}

/* a short string of letters, digits and '_' (an option name such as 'SHA2_256') */
static int simple_word(const char *s)
{
	size_t n = 0;
	for (; s && s[n]; n++)
		if (!isalnum((unsigned char)s[n]) && s[n] != '_')
			return 0;
	return n > 0 && n <= 32;
}

static const char *bare_word(sct_conv *cv, const sct_expr *e)
{
	if (!e)
		return NULL;
	if (e->kind == SCT_E_COL && e->name && !e->name->schema.s && e->name->name.s && !e->name->name.quoted)
		return sct_arena_lower(cv->a, e->name->name.s);
	if (e->kind == SCT_E_NUM || e->kind == SCT_E_KEYWORD)
		return sct_arena_lower(cv->a, e->text);
	if (e->kind == SCT_E_STR && simple_word(e->text))
		return sct_arena_lower(cv->a, e->text); /* option names written as strings: HASHBYTES('SHA2_256', x) */
	if (e->kind == SCT_E_UNARY && e->op == SCT_OP_NEG && e->a && e->a->kind == SCT_E_NUM)
		return sct_arena_printf(cv->a, "-%s", e->a->text);
	if (e->kind == SCT_E_FUNC && !e->args.n && !sct_expr_over(e) && !e->flags && e->name && !e->name->schema.s && e->name->name.s)
		return sct_arena_printf(cv->a, "%s()", sct_arena_lower(cv->a, e->name->name.s)); /* matches %newid() */
	return NULL;
}

/* WITHIN GROUP (ORDER BY ...) of an aggregate: its order goes where the rule's template says ({order}, e.g.
 * string_agg(x, sep ORDER BY ...)); a template without one keeps WITHIN GROUP after the call, which only
 * PostgreSQL's ordered-set aggregates (percentile_cont ...) take, and they are not window functions. NULL when
 * the call can be written, else why not. */
static const char *within_refused(const sct_conv *cv, const sct_rule *r, const sct_over *o, const char *fname)
{
	for (int i = 0; i < r->nsegs; i++)
		if (r->segs[i].arg == SCT_TSEG_ORDER)
			return o->no_over ? NULL : "an ordered aggregate with OVER (...) has no equivalent";
	if (cv->family != SCT_FAMILY_POSTGRES)
		return "the target has no WITHIN GROUP";
	/* only an ordered-set aggregate keeps WITHIN GROUP after the call (string_agg(...) WITHIN GROUP fails to load) */
	if (strncasecmp(fname, "percentile_", 11) && strncasecmp(fname, "approx_percentile_", 18))
		return "the rule's template has no {order} for the order";
	if (!o->no_over)
		return "PostgreSQL's ordered-set aggregates are not window functions: compute it in a subquery "
		       "grouped by the PARTITION BY columns and join it";
	return NULL;
}

/* The cast of ISNULL's fallback b to type t is immutable in PostgreSQL (allowed in a generated column or an
 * index): a literal (folded when parsed), or a number, string or boolean to a type that is not a date or time
 * (text <-> timestamp and the like depend on DateStyle: stable). */
static int isnull_cast_immutable(sct_conv *cv, sct_scope *sc, const sct_expr *src_b, const char *t)
{
	while (src_b && (src_b->kind == SCT_E_PAREN || (src_b->kind == SCT_E_UNARY && (src_b->op == SCT_OP_NEG || src_b->op == SCT_OP_POS))))
		src_b = src_b->a;
	if (!src_b)
		return 0;
	if (src_b->kind == SCT_E_STR || src_b->kind == SCT_E_NUM)
		return 1;
	if (!strncasecmp(t, "date", 4) || !strncasecmp(t, "time", 4) || !strncasecmp(t, "interval", 8))
		return 0;
	sct_tclass k = sct_conv_expr_class(cv, sc, src_b);
	return k == SCT_TC_NUMBER || k == SCT_TC_STRING || k == SCT_TC_BOOL;
}

/* ISNULL(a, b) has the type of a in SQL Server: b is converted to it (0 is 0.00 for a numeric(10,2) a, a longer
 * string is cut to a varchar(5) a's length, 1.9 is 1 for an int a), where coalesce takes a type common to both.
 * Where a's exact target type is known (a column, variable or parameter), b is cast to it. */
static sct_expr *isnull_fallback(sct_conv *cv, sct_scope *sc, const sct_expr *src_a, const sct_expr *src_b, sct_expr *b)
{
	const char *t = sct_code_expr_type(cv, sc, src_a);
	if (!t || !b || b->kind == SCT_E_NULL)
		return b;
	const char *bt = sct_code_expr_type(cv, sc, src_b);
	if (bt && !strcasecmp(bt, t))
		return b;
	if (b->kind == SCT_E_STR && b->text && strspn(b->text, " ") == strlen(b->text) &&
	    (!strncmp(t, "timestamp", 9) || !strncmp(t, "date", 4) || !strncmp(t, "time", 4))) {
		/* an empty string is SQL Server's day 0 (1900-01-01 00:00:00); PostgreSQL rejects '' as a date */
		sct_expr *z = sct_conv_new_expr(cv, SCT_E_STR, b->loc);
		z->text = !strncmp(t, "time", 4) && strncmp(t, "timestamp", 9) ? "00:00:00" : "1900-01-01";
		z->end = b->end;
		b = z;
	}
	sct_expr *c;
	if (!strchr(t, '(')) { /* integer, text, date ...: only where PostgreSQL would not convert (code_args.c) */
		c = sct_code_arg_cast(cv, sc, src_b, b, t);
	} else {
		c = sct_code_cast_exact(cv, b, t);
	}
	if (c != b && c->kind == SCT_E_TEMPLATE && !c->name && isnull_cast_immutable(cv, sc, src_b, t)) {
		c->name = SCT_NEW(cv->a, sct_qname); /* computed columns, index predicates: sct_conv_immutable */
		c->name->name.s = "cast";
	}
	return c;
}

/* Build a TEMPLATE node from a matched rule: text with \1<arg+1> and \2<from+1> markers. */
static sct_expr *apply_template(sct_conv *cv, const sct_rule *r, sct_expr *orig, sct_expr **args, int nargs)
{
	sct_buf b;
	sct_buf_init(&b);
	for (int i = 0; i < r->nsegs; i++) {
		const sct_tseg *s = &r->segs[i];
		if (s->arg == SCT_TSEG_TEXT) {
			sct_buf_put(&b, s->text, s->len);
		} else if (s->arg == SCT_TSEG_ALL) {
			sct_buf_putc(&b, '\2');
			sct_buf_putc(&b, (char)(s->len + 1));
		} else if (s->arg == SCT_TSEG_ORDER) {
			sct_buf_putc(&b, '\3'); /* the printer writes " ORDER BY ..." of the WITHIN GROUP there */
		} else {
			sct_buf_putc(&b, '\1');
			sct_buf_putc(&b, (char)(s->arg + 1));
		}
	}
	sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, orig->loc);
	t->text = sct_arena_strndup(cv->a, b.data ? b.data : "", b.len);
	sct_buf_free(&b);
	t->name = orig->name;
	t->end = orig->end;
	for (int i = 0; i < nargs; i++)
		sct_list_push(cv->a, &t->args, args[i]);
	return t;
}

static void rule_note(sct_conv *cv, const sct_rule *r, sct_loc loc, const char *what)
{
	if (r->code)
		sct_conv_rule_item(cv, r, sct_conv_itemf(cv, r->code, loc, "%s: %s", what, r->note ? r->note : "converted with a difference"));
}

/* Methods of SQL Server's CLR types, called as column.method(...): xml, geography/geometry, hierarchyid. */
static int is_method(const char *n)
{
	static const char *const m[] = {"value", "query", "nodes", "exist", "modify", "stdistance", "starea",
		"stastext", "stasbinary", "stintersects", "stbuffer", "lat", "long", "getlevel", "getancestor",
		"getdescendant", "isdescendantof", "tostring", "getroot", "getreparentedvalue", NULL};
	for (int i = 0; m[i]; i++)
		if (!strcasecmp(m[i], n))
			return 1;
	return 0;
}

static int is_user_function_name(const sct_qname *q)
{
	return q && q->schema.s != NULL;
}

/* Functions that are immutable in PostgreSQL once mapped (allowed in generated columns and indexes). */
static int immutable_func(const char *n)
{
	static const char *const ok[] = {"isnull", "coalesce", "nullif", "upper", "lower", "substring", "len",
		"left", "right", "ltrim", "rtrim", "replace", "abs", "round", "ceiling", "floor", "iif", "datalength",
		"power", "sqrt", "sign", "reverse", "replicate", "nvl", "nvl2", "decode", "trim", "length", "substr",
		"upper", "lower", "square", "div", "getlevel", "getancestor", "isdescendantof", "wkb_point_x", "wkb_point_y",
		"cast", NULL}; /* cast: isnull_fallback, only where the cast is immutable */
	for (int i = 0; ok[i]; i++)
		if (!strcasecmp(ok[i], n))
			return 1;
	return 0;
}

int sct_conv_immutable(const sct_expr *e)
{
	if (!e)
		return 1;
	if (e->flags & SCT_EF_NOT_IMMUTABLE)
		return 0;
	switch (e->kind) {
	case SCT_E_NULL: case SCT_E_NUM: case SCT_E_STR: case SCT_E_BIN: case SCT_E_BOOL: case SCT_E_COL:
		return 1;
	case SCT_E_PAREN: case SCT_E_UNARY: case SCT_E_BINARY: case SCT_E_ISNULL: case SCT_E_BETWEEN:
	case SCT_E_LIKE: case SCT_E_CAST: case SCT_E_CASE: case SCT_E_IN: case SCT_E_LIST:
		break;
	case SCT_E_TEMPLATE:
		if (!e->name || !e->name->name.s || !immutable_func(e->name->name.s))
			return 0;
		break;
	default:
		return 0;
	}
	if (sct_expr_query(e))
		return 0;
	if (!sct_conv_immutable(e->a) || !sct_conv_immutable(e->b) || !sct_conv_immutable(sct_expr_c(e)))
		return 0;
	for (int i = 0; i < e->args.n; i++) {
		if (e->kind == SCT_E_CASE) {
			const sct_when *w = e->args.items[i];
			if (!sct_conv_immutable(w->cond) || !sct_conv_immutable(w->result))
				return 0;
		} else if (!sct_conv_immutable(e->args.items[i])) {
			return 0;
		}
	}
	return 1;
}

static int conv_list(sct_conv *cv, sct_scope *sc, sct_list *l)
{
	for (int i = 0; i < l->n; i++) {
		sct_expr *x = sct_conv_expr(cv, sc, l->items[i]);
		if (!x)
			return -1;
		l->items[i] = x;
	}
	return 0;
}

static int is_cmp(sct_op op)
{
	return op >= SCT_OP_EQ && op <= SCT_OP_NGT;
}

/* LIKE pattern with [...] character classes: T-SQL only. */
static int like_has_class(const sct_expr *p)
{
	p = p && p->kind == SCT_E_PAREN ? p->a : p;
	return p && p->kind == SCT_E_STR && strchr(p->text, '[') != NULL;
}

/* Translate a T-SQL LIKE pattern with [] classes into an anchored POSIX regular expression. */
static const char *like_to_regex(sct_conv *cv, const char *pat)
{
	sct_buf b;
	sct_buf_init(&b);
	sct_buf_putc(&b, '^');
	for (const char *p = pat; *p; p++) {
		if (*p == '%')
			sct_buf_puts(&b, ".*");
		else if (*p == '_')
			sct_buf_putc(&b, '.');
		else if (*p == '[') {
			const char *q = strchr(p, ']');
			if (!q) {
				sct_buf_puts(&b, "\\[");
				continue;
			}
			sct_buf_putc(&b, '[');
			p++;
			if (*p == '^') {
				sct_buf_putc(&b, '^');
				p++;
			}
			for (; p < q; p++) {
				if (*p == '\\' || *p == '[')
					sct_buf_putc(&b, '\\');
				sct_buf_putc(&b, *p);
			}
			sct_buf_putc(&b, ']');
		} else {
			if (strchr(".^$*+?(){}|\\", *p))
				sct_buf_putc(&b, '\\');
			sct_buf_putc(&b, *p);
		}
	}
	sct_buf_putc(&b, '$');
	const char *r = sct_arena_strndup(cv->a, b.data, b.len);
	sct_buf_free(&b);
	return r;
}

const char *sct_conv_like_regex(sct_conv *cv, const char *pat)
{
	return like_to_regex(cv, pat);
}

static sct_expr *conv_func(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	const char *fname = e->name && e->name->name.s ? e->name->name.s : "?";
	int hier_done = 0;
	sct_expr *hier = sct_conv_hierarchyid(cv, sc, e, &hier_done);
	if (hier_done)
		return hier;
	int geo_done = 0; /* col.STAsBinary() of a WKB column (spatial.c) */
	sct_expr *geo = sct_conv_spatial(cv, sc, e, &geo_done);
	if (geo_done)
		return geo;
	if (e->flags & SCT_EF_STATIC) /* type::Method(...) not converted above (geography::Point ...) */
		return fail(cv, sc, "E004", e->loc, sct_arena_printf(cv->a, "static method call %s::%s() has no automatic "
								  "equivalent", e->name->schema.s, fname));
	if (is_user_function_name(e->name) && is_method(fname)) {
		char *msg = sct_arena_printf(cv->a, "method call %s.%s() on a column (XML, spatial or hierarchyid "
					     "method) has no automatic equivalent", e->name->schema.s, fname);
		return fail(cv, sc, "E004", e->loc, msg);
	}
	if (is_user_function_name(e->name) && !sct_qname_catalog(e->name)->s && cv->family == SCT_FAMILY_POSTGRES &&
	    !sct_conv_oracle(cv) && !sct_expr_over(e)) { /* a view calling a scalar function of the input (code.c) */
		int handled = 0;
		sct_expr *x = sct_code_scalar_call(cv, sc, e, &handled);
		if (handled)
			return x;
	}
	if (is_user_function_name(e->name)) {
		sct_object *o = sct_hash_get(&cv->objects, sct_conv_key(cv, e->name));
		char *msg = sct_arena_printf(cv->a, "call of function '%s.%s' which %s", e->name->schema.s, fname,
					     o ? "is not converted automatically" : "is not defined in the input");
		return fail(cv, sc, "E003", e->loc, msg);
	}
	int json_done = 0;
	sct_expr *json = sct_conv_json_func(cv, sc, e, &json_done);
	if (json_done)
		return json;
	int bi_done = 0; /* PATINDEX, FORMAT (builtins.c) */
	sct_expr *bi = sct_conv_builtin(cv, sc, e, &bi_done);
	if (bi_done)
		return bi;
	int nargs = e->args.n;
	const char **words = sct_arena_alloc(cv->a, sizeof(char *) * (size_t)(nargs + 1));
	for (int i = 0; i < nargs; i++)
		words[i] = bare_word(cv, e->args.items[i]);
	char *lname = sct_arena_lower(cv->a, fname);
	if (e->flags & SCT_EF_STARARG)
		words[0] = "*";
	if (sct_conv_oracle(cv) && nargs == 1 && (!strcmp(lname, "trunc") || !strcmp(lname, "round")) &&
	    sct_conv_expr_class(cv, sc, e->args.items[0]) == SCT_TC_DATE) {
		/* TRUNC(date) / ROUND(date) work on the day: the 'DD' format made explicit */
		sct_expr *dd = sct_conv_new_expr(cv, SCT_E_COL, e->loc);
		dd->name = SCT_NEW(cv->a, sct_qname);
		dd->name->name.s = "dd";
		sct_list_push(cv->a, &e->args, dd);
		words = sct_arena_alloc(cv->a, sizeof(char *) * 3);
		words[0] = bare_word(cv, e->args.items[0]);
		words[1] = "dd";
		nargs = 2;
	}
	const sct_rule *r = sct_rules_match_func(cv->rules, lname, (e->flags & SCT_EF_STARARG) ? 1 : nargs, words);
	if (!r) {
		char *msg = sct_arena_printf(cv->a, "function '%s' with %d argument(s) has no mapping for %s", fname,
					     nargs, cv->engine);
		return fail(cv, sc, "E001", e->loc, msg);
	}
	if (r->action != SCT_RULE_MAP) {
		char *msg = sct_arena_printf(cv->a, "function '%s': %s", fname, r->note ? r->note : "no equivalent");
		return fail(cv, sc, r->code ? r->code : "E001", e->loc, msg);
	}
	sct_expr **args = sct_arena_alloc(cv->a, sizeof(sct_expr *) * (size_t)(nargs + 1));
	for (int i = 0; i < nargs; i++) {
		/* date-part words (day, yy, ...) are plain column references to the parser: converting them
		 * only folds their case, and the rule's template does not use them */
		args[i] = sct_conv_expr(cv, sc, e->args.items[i]);
		if (!args[i])
			return NULL;
	}
	if (!sct_conv_oracle(cv))
		sct_conv_date_args(cv, sc, lname, (sct_expr *const *)e->args.items, args, nargs);
	if (nargs == 2 && !strcmp(lname, "isnull") && cv->family == SCT_FAMILY_POSTGRES && !sct_conv_oracle(cv))
		args[1] = isnull_fallback(cv, sc, e->args.items[0], e->args.items[1], args[1]);
	if (e->flags & SCT_EF_STARARG) {
		sct_expr *star = sct_conv_new_expr(cv, SCT_E_RAW, e->loc);
		star->text = "*";
		args[0] = star;
		nargs = 1;
	}
	sct_over *ov = sct_expr_over(e);
	if (ov) {
		if (conv_list(cv, sc, &ov->partition_by))
			return NULL;
		for (int i = 0; i < ov->order_by.n; i++) {
			sct_sort *s = ov->order_by.items[i];
			sct_conv_sort_nulls(cv, sc, NULL, s);
			if (!(s->expr = sct_conv_expr(cv, sc, s->expr)))
				return NULL;
			sct_hier_order(cv, s->expr, s->expr->loc); /* OVER (ORDER BY node): F151 */
		}
		if (ov->within.n) {
			const char *why = within_refused(cv, r, ov, fname);
			if (why)
				return fail(cv, sc, "E001", e->loc, sct_arena_printf(cv->a, "function '%s' WITHIN GROUP: %s", fname, why));
			for (int i = 0; i < ov->within.n; i++) {
				sct_sort *s = ov->within.items[i];
				sct_conv_sort_nulls(cv, sc, NULL, s);
				if (!(s->expr = sct_conv_expr(cv, sc, s->expr)))
					return NULL;
			}
		}
	}
	rule_note(cv, r, e->loc, fname);
	sct_expr *t = apply_template(cv, r, e, args, nargs);
	sct_expr_set_over(cv->a, t, sct_expr_over(e));
	if (e->flags & SCT_EF_DISTINCT) {
		/* aggregate with DISTINCT: the template is name(args); insert DISTINCT after the parenthesis */
		const char *p = strchr(t->text, '(');
		if (p)
			t->text = sct_arena_printf(cv->a, "%.*sDISTINCT %s", (int)(p - t->text + 1), t->text, p + 1);
	}
	return t;
}

static sct_expr *conv_cast(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	sct_type *cty = sct_expr_type(e);
	sct_tclass from = sct_conv_expr_class(cv, sc, e->a);
	static const char *const strs[] = {"char", "varchar", "nchar", "nvarchar", "binary", "varbinary", "character",
		"character varying", "char varying", "nchar varying", "national character varying", NULL};
	for (int i = 0; cty && cty->name && !cty->out && !cty->schema && !cty->nparams &&
			!sct_conv_oracle(cv) && strs[i]; i++)
		if (!strcasecmp(cty->name, strs[i])) { /* CAST(x AS varchar): 30 in SQL Server, 1 in a declaration */
			cty->nparams = 1;
			cty->params[0] = 30;
		}
	char *what = sct_arena_printf(cv->a, "CAST to %s", cty ? cty->name : "?");
	const char *saved_obj = cv->cur_object;
	if (sct_conv_type(cv, cty, what) < 0)
		return fail(cv, sc, "E002", e->loc, "CAST/CONVERT to a type with no mapping");
	cv->cur_object = saved_obj;
	sct_expr *style = e->b;
	if (e->flags & SCT_EF_TRY)
		sct_conv_item(cv, "E008", e->loc, NULL);
	if (style) {
		const char *words[3] = {sct_arena_lower(cv->a, cty->name), NULL, bare_word(cv, style)};
		const sct_rule *r = sct_rules_match_func(cv->rules, "convert", 3, words);
		sct_expr *a = sct_conv_expr(cv, sc, e->a);
		if (!a)
			return NULL;
		if (r && r->action == SCT_RULE_MAP) {
			sct_expr *ty = sct_conv_new_expr(cv, SCT_E_RAW, e->loc);
			ty->text = cty->out;
			sct_expr *args[3] = {ty, a, style};
			rule_note(cv, r, e->loc, "CONVERT style");
			sct_expr *t = apply_template(cv, r, e, args, 3);
			t->flags |= SCT_EF_NOT_IMMUTABLE;
			return t;
		}
		if (!(style->kind == SCT_E_NUM && strcmp(style->text, "0") == 0))
			sct_conv_itemf(cv, "E007", e->loc, "CONVERT style %s not supported: plain CAST used",
				       style->text ? style->text : "?");
		e->a = a;
		e->b = NULL;
	} else if (!(e->a = sct_conv_expr(cv, sc, e->a))) {
		return NULL;
	}
	if (from == SCT_TC_DATE || from == SCT_TC_UNKNOWN)
		e->flags |= SCT_EF_NOT_IMMUTABLE;
	e->flags &= ~(unsigned)(SCT_EF_TRY | SCT_EF_CONVERT);
	if (sct_hier_cast(cv, e, from) < 0)
		return fail(cv, sc, "E004", e->loc, "CAST between hierarchyid and binary: the column holds the ToString() "
			    "text, not SQL Server's binary encoding");
	return e;
}

/* Whether a source expression is of an integer type (for MySQL's DIV). */
static int int_expr(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case SCT_E_NUM:
		return e->text && strspn(e->text, "0123456789") == strlen(e->text);
	case SCT_E_PAREN:
		return int_expr(cv, sc, e->a);
	case SCT_E_CAST: { /* CAST(x AS int), also an implicit conversion made explicit (implicit.c) */
		const sct_type *t = sct_expr_type(e);
		return t && t->name && (!strcmp(t->name, "int") || !strcmp(t->name, "bigint") ||
					!strcmp(t->name, "smallint") || !strcmp(t->name, "tinyint"));
	}
	case SCT_E_UNARY:
		return e->op == SCT_OP_NEG && int_expr(cv, sc, e->a);
	case SCT_E_BINARY:
		return (e->op == SCT_OP_ADD || e->op == SCT_OP_SUB || e->op == SCT_OP_MUL || e->op == SCT_OP_MOD ||
			e->op == SCT_OP_DIV) && int_expr(cv, sc, e->a) && int_expr(cv, sc, e->b);
	case SCT_E_COL: {
		sct_column *c = sct_conv_scope_column(sc, e->name);
		const sct_type *t = c && c->type ? sct_conv_resolve_alias(cv, c->type, NULL) : NULL;
		return t && t->name && (!strcmp(t->name, "int") || !strcmp(t->name, "bigint") ||
					!strcmp(t->name, "smallint") || !strcmp(t->name, "tinyint") || !strcmp(t->name, "integer"));
	}
	default:
		return 0;
	}
}

static sct_expr *conv_binary(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	sct_tclass ca = sct_conv_expr_class(cv, sc, e->a), cb = sct_conv_expr_class(cv, sc, e->b);
	/* string + string becomes ||; a string beside a number (or date) is converted to its type as SQL Server
	 * does by type precedence, with the same run-time errors (Oracle's + is always arithmetic) */
	const char *ta = NULL, *tb = NULL;
	sct_conv_implicit_binary(cv, sc, e, ca, cb, &ta, &tb);
	if (is_cmp(e->op)) {
		if (ca == SCT_TC_BOOL)
			e->b = sct_conv_bool_literal(cv, e->b);
		if (cb == SCT_TC_BOOL)
			e->a = sct_conv_bool_literal(cv, e->a);
		if (e->op == SCT_OP_NLT)
			e->op = SCT_OP_GE;
		if (e->op == SCT_OP_NGT)
			e->op = SCT_OP_LE;
	}
	sct_expr *a = sct_conv_expr(cv, sc, e->a);
	if (!a)
		return NULL;
	sct_expr *b = sct_conv_expr(cv, sc, e->b);
	if (!b)
		return NULL;
	e->a = a = sct_conv_implicit_cast(cv, a, ta);
	e->b = b = sct_conv_implicit_cast(cv, b, tb);
	if (is_cmp(e->op)) /* F151, F150 (hierarchyid.c) */
		sct_hier_compare(cv, a, b, e->op != SCT_OP_EQ && e->op != SCT_OP_NE, e->loc);
	if (e->op == SCT_OP_DIV && cv->family == SCT_FAMILY_MYSQL && int_expr(cv, sc, e->a) && int_expr(cv, sc, e->b)) {
		/* integer / integer truncates in SQL Server; MySQL's / gives a decimal */
		sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
		t->text = "(\1\1 DIV \1\2)";
		t->name = SCT_NEW(cv->a, sct_qname);
		t->name->name.s = "div"; /* for sct_conv_immutable */
		sct_list_push(cv->a, &t->args, a);
		sct_list_push(cv->a, &t->args, b);
		return t;
	}
	if (e->op == SCT_OP_ADD && ca == SCT_TC_DATE && cb == SCT_TC_NUMBER) {
		/* datetime + n adds days */
		sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
		t->text = cv->family == SCT_FAMILY_MYSQL ? "(\1\1 + INTERVAL (\1\2) DAY)" : "(\1\1 + (\1\2) * interval '1 day')";
		sct_list_push(cv->a, &t->args, a);
		sct_list_push(cv->a, &t->args, b);
		return t;
	}
	if (e->op == SCT_OP_SUB && ca == SCT_TC_DATE && sct_conv_oracle(cv) && (cb == SCT_TC_NUMBER || cb == SCT_TC_DATE)) {
		/* Oracle date - n subtracts days; date - date is a number of days */
		sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
		if (cb == SCT_TC_NUMBER)
			t->text = cv->family == SCT_FAMILY_MYSQL ? "(\1\1 - INTERVAL (\1\2) DAY)" : "(\1\1 - (\1\2) * interval '1 day')";
		else
			t->text = cv->family == SCT_FAMILY_MYSQL ? "(TIMESTAMPDIFF(SECOND, \1\2, \1\1) / 86400)"
								 : "(extract(epoch from (\1\1 - \1\2)) / 86400)";
		sct_list_push(cv->a, &t->args, a);
		sct_list_push(cv->a, &t->args, b);
		return t;
	}
	if (sct_expr_query(e)) { /* op ALL/ANY (subquery) */
		sct_scope sub = {0};
		sub.up = sc;
		sub.deps = sc ? sc->deps : NULL;
		if (sct_conv_query(cv, &sub, sct_expr_query(e), sub.deps) < 0)
			return fail(cv, sc, "E002", e->loc, sub.failed ? sub.failed : "subquery could not be converted");
	}
	return e;
}

/* The cast of a compared item: ti (from sct_conv_implicit_list) for a string that is not a literal */
static const char *item_cast(sct_conv *cv, sct_scope *sc, sct_expr *x, const char *ti)
{
	return ti && sct_conv_expr_class(cv, sc, x) == SCT_TC_STRING && strip_paren(x)->kind != SCT_E_STR ? ti : NULL;
}

/* x [NOT] IN (list | subquery): a string beside numbers converted as SQL Server does (implicit.c) */
static sct_expr *conv_in(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	const char *ta = NULL, *ti = NULL;
	const sct_expr *left = e->a;
	sct_conv_implicit_list(cv, sc, e, (sct_expr *const *)e->args.items, sct_expr_query(e) ? 0 : e->args.n, &ta, &ti);
	if (!(e->a = sct_conv_expr(cv, sc, e->a)))
		return NULL;
	e->a = sct_conv_implicit_cast(cv, e->a, ta);
	if (sct_expr_query(e)) {
		sct_scope sub = {0};
		sub.up = sc;
		sub.deps = sc ? sc->deps : NULL;
		if (sct_conv_query(cv, &sub, sct_expr_query(e), sub.deps) < 0)
			return fail(cv, sc, "E002", e->loc, sub.failed ? sub.failed : "subquery could not be converted");
		sct_conv_string_split_in(cv, sc, left, e); /* IN (SELECT value FROM STRING_SPLIT(...)) */
		return e;
	}
	for (int i = 0; i < e->args.n; i++) {
		const char *cast = item_cast(cv, sc, e->args.items[i], ti);
		sct_expr *x = sct_conv_expr(cv, sc, e->args.items[i]);
		if (!x)
			return NULL;
		e->args.items[i] = sct_conv_implicit_cast(cv, x, cast);
	}
	return e;
}

static sct_expr *conv_between(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	const char *ta = NULL, *ti = NULL;
	sct_expr *items[2] = {e->b, sct_expr_c(e)};
	sct_conv_implicit_list(cv, sc, e, items, 2, &ta, &ti);
	const char *cast_b = item_cast(cv, sc, e->b, ti), *cast_c = item_cast(cv, sc, sct_expr_c(e), ti);
	if (!(e->a = sct_conv_expr(cv, sc, e->a)) || !(e->b = sct_conv_expr(cv, sc, e->b)))
		return NULL;
	sct_expr_set_c(cv->a, e, sct_conv_expr(cv, sc, sct_expr_c(e)));
	if (!sct_expr_c(e))
		return NULL;
	e->a = sct_conv_implicit_cast(cv, e->a, ta);
	e->b = sct_conv_implicit_cast(cv, e->b, cast_b);
	sct_expr_set_c(cv->a, e, sct_conv_implicit_cast(cv, sct_expr_c(e), cast_c));
	if (!sct_hier_order(cv, e->a, e->loc) && !sct_hier_order(cv, e->b, e->loc)) /* F151 */
		sct_hier_order(cv, sct_expr_c(e), e->loc);
	return e;
}

/* CASE [x] WHEN ... END: CASE x WHEN v compares x = v (implicit.c, as for IN) */
static sct_expr *conv_case(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	const char *ta = NULL, *ti = NULL;
	sct_expr **vals = e->a ? sct_arena_alloc(cv->a, sizeof(sct_expr *) * (size_t)(e->args.n + 1)) : NULL;
	for (int i = 0; vals && i < e->args.n; i++)
		vals[i] = ((sct_when *)e->args.items[i])->cond;
	if (vals)
		sct_conv_implicit_list(cv, sc, e, vals, e->args.n, &ta, &ti);
	if (e->a && !(e->a = sct_conv_expr(cv, sc, e->a)))
		return NULL;
	e->a = sct_conv_implicit_cast(cv, e->a, ta);
	for (int i = 0; i < e->args.n; i++) {
		sct_when *w = e->args.items[i];
		const char *cast = item_cast(cv, sc, w->cond, ti);
		if (!(w->cond = sct_conv_expr(cv, sc, w->cond)) || !(w->result = sct_conv_expr(cv, sc, w->result)))
			return NULL;
		w->cond = sct_conv_implicit_cast(cv, w->cond, cast);
	}
	if (e->b && !(e->b = sct_conv_expr(cv, sc, e->b)))
		return NULL;
	return e;
}

sct_expr *sct_conv_expr(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	if (!e)
		return NULL;
	if (cv->code) { /* variables, @@globals and calls of routines inside a routine body (code.c) */
		int handled = 0;
		sct_expr *r = sct_code_expr(cv, sc, e, &handled);
		if (handled)
			return r;
	}
	switch (e->kind) {
	case SCT_E_NULL: case SCT_E_NUM: case SCT_E_BIN: case SCT_E_BOOL:
		return e;
	case SCT_E_STR:
		e->flags &= ~(unsigned)SCT_EF_NATIONAL;
		if (sct_conv_oracle(cv) && e->text && !e->text[0]) {
			/* Oracle stores '' as NULL: say so, where it was written */
			sct_conv_item(cv, "E030", e->loc, NULL);
			sct_expr *n = sct_conv_new_expr(cv, SCT_E_NULL, e->loc);
			n->end = e->end;
			return n;
		}
		return e;
	case SCT_E_COL:
		if (sct_hier_column(cv, sc, e))
			e->flags |= SCT_EF_HIERARCHYID;
		if (e->name && e->name->schema.s) { /* col.Lat, col.STX ... of a WKB column (spatial.c) */
			int geo_done = 0;
			sct_expr *geo = sct_conv_spatial(cv, sc, e, &geo_done);
			if (geo_done)
				return geo;
		}
		const char *cat = sct_qname_catalog(e->name)->s;
		if (sct_conv_is_property(sc, e->name))
			return fail(cv, sc, "E004", e->loc, sct_arena_printf(cv->a, "property %s of column %s%s%s (xml, spatial "
				    "or hierarchyid) has no automatic equivalent", e->name->name.s,
				    cat ? cat : "", cat ? "." : "", e->name->schema.s));
		if (cat && !sct_qname_server(e->name)->s && scope_has_table(sc, cat, e->name->schema.s))
			e->name->more = NULL; /* schema.table.column: the table name qualifies (no catalog, no server) */
		if (sct_qname_server(e->name)->s || sct_qname_catalog(e->name)->s)
			return fail(cv, sc, "E003", e->loc, "column reference through another database");
		if ((e->name->name.s && e->name->name.s[0] == '$' && !e->name->name.quoted) ||
		    (e->name->schema.s && e->name->schema.s[0] == '$' && !e->name->schema.quoted))
			return fail(cv, sc, "E004", e->loc, sct_arena_printf(cv->a, "%s%s%s ($IDENTITY, $ROWGUID, $action of "
				    "MERGE ... OUTPUT, or a sqlcmd variable $(name)) is not a column name: no automatic "
				    "equivalent", e->name->schema.s ? e->name->schema.s : "", e->name->schema.s ? "." : "",
				    e->name->name.s ? e->name->name.s : ""));
		sct_conv_ident(cv, &e->name->schema);
		sct_conv_ident(cv, &e->name->name);
		return e;
	case SCT_E_STAR:
		if (e->name) {
			sct_conv_ident(cv, &e->name->schema);
			sct_conv_ident(cv, &e->name->name);
		}
		return e;
	case SCT_E_VAR:
		return fail(cv, sc, "E002", e->loc,
			    sct_arena_printf(cv->a, "variable '%s' outside of code", e->text ? e->text : "?"));
	case SCT_E_GLOBAL:
	case SCT_E_KEYWORD: {
		char *key = e->kind == SCT_E_GLOBAL ? sct_arena_printf(cv->a, "@@%s", e->text)
						    : sct_arena_lower(cv->a, e->text);
		if (e->kind == SCT_E_GLOBAL)
			for (char *p = key; *p; p++)
				*p = (char)tolower((unsigned char)*p);
		const sct_rule *r = sct_rules_match_keyword(cv->rules, key);
		if (!r && e->kind == SCT_E_KEYWORD)
			return e; /* standard SQL keyword (CURRENT_TIMESTAMP, CURRENT_USER, ...) */
		if (!r || r->action != SCT_RULE_MAP)
			return fail(cv, sc, r && r->code ? r->code : "E001", e->loc,
				    sct_arena_printf(cv->a, "'%s' has no mapping for %s", key, cv->engine));
		rule_note(cv, r, e->loc, key);
		sct_expr *t = apply_template(cv, r, e, NULL, 0);
		if (e->kind == SCT_E_GLOBAL || strcasecmp(key, "current_timestamp"))
			t->flags |= SCT_EF_NOT_IMMUTABLE;
		t->name = NULL;
		return t;
	}
	case SCT_E_FUNC:
		return conv_func(cv, sc, e);
	case SCT_E_UNARY:
		return (e->a = sct_conv_expr(cv, sc, e->a)) ? e : NULL;
	case SCT_E_BINARY:
		return conv_binary(cv, sc, e);
	case SCT_E_CASE:
		return conv_case(cv, sc, e);
	case SCT_E_CAST:
		return conv_cast(cv, sc, e);
	case SCT_E_SUBQUERY:
	case SCT_E_EXISTS: {
		const char *xwhy = e->kind == SCT_E_SUBQUERY ? sct_xml_mark(cv, e) : NULL;
		if (xwhy)
			return fail(cv, sc, "E002", e->loc, xwhy);
		sct_scope sub = {0};
		sub.up = sc;
		sub.deps = sc ? sc->deps : NULL;
		if (sct_conv_query(cv, &sub, sct_expr_query(e), sub.deps) < 0)
			return fail(cv, sc, "E002", e->loc, sub.failed ? sub.failed : "subquery could not be converted");
		return e;
	}
	case SCT_E_IN:
		return conv_in(cv, sc, e);
	case SCT_E_BETWEEN:
		return conv_between(cv, sc, e);
	case SCT_E_LIKE:
		sct_conv_implicit_like(cv, sc, e);
		if (like_has_class(e->b) && !sct_expr_c(e)) {
			/* T-SQL [..] classes: PostgreSQL LIKE has none; use an anchored regular expression */
			sct_expr *p = e->b->kind == SCT_E_PAREN ? e->b->a : e->b;
			sct_expr *re = sct_conv_new_expr(cv, SCT_E_STR, p->loc);
			re->text = like_to_regex(cv, p->text);
			if (!(e->a = sct_conv_expr(cv, sc, e->a)))
				return NULL;
			sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
			if (cv->family == SCT_FAMILY_MYSQL) /* REGEXP follows the collation, like LIKE */
				t->text = (e->flags & SCT_EF_NOT) ? "(\1\1 NOT REGEXP \1\2)" : "(\1\1 REGEXP \1\2)";
			else
				t->text = (e->flags & SCT_EF_NOT) ? "(\1\1 !~ \1\2)" : "(\1\1 ~ \1\2)";
			sct_list_push(cv->a, &t->args, e->a);
			sct_list_push(cv->a, &t->args, re);
			return t;
		}
		if (!(e->a = sct_conv_expr(cv, sc, e->a)) || !(e->b = sct_conv_expr(cv, sc, e->b)))
			return NULL;
		if (sct_expr_c(e)) {
			sct_expr_set_c(cv->a, e, sct_conv_expr(cv, sc, sct_expr_c(e)));
			if (!sct_expr_c(e))
				return NULL;
		}
		return e;
	case SCT_E_ISNULL: {
		int oid_done = 0; /* OBJECT_ID('t') IS NULL (builtins.c) */
		sct_expr *oid = sct_conv_object_id_test(cv, sc, e, &oid_done);
		if (oid_done)
			return oid;
		return (e->a = sct_conv_expr(cv, sc, e->a)) ? e : NULL;
	}
	case SCT_E_PAREN:
		return (e->a = sct_conv_expr(cv, sc, e->a)) ? e : NULL;
	case SCT_E_COLLATE:
		sct_conv_itemf(cv, "K015", e->loc, "COLLATE %s dropped", e->text ? e->text : "");
		return sct_conv_expr(cv, sc, e->a);
	case SCT_E_NEXTVAL: {
		sct_object *o = sct_hash_get(&cv->objects, sct_conv_key(cv, e->name));
		if (!o || o->kind != SCT_K_SEQUENCE || !o->emitted)
			return fail(cv, sc, "E003", e->loc, "NEXT VALUE FOR a sequence that is not converted");
		sct_conv_qname(cv, e->name);
		return e;
	}
	case SCT_E_LIST:
		return conv_list(cv, sc, &e->args) ? NULL : e;
	case SCT_E_TEMPLATE:
		return e;
	case SCT_E_RAW:
	default:
		return fail(cv, sc, "E002", e->loc, "expression kept as raw text cannot be converted");
	}
}
