/* implicit.c - where an expression means something else in the target: T-SQL's implicit conversions by data type
 * precedence made explicit, case-insensitive comparisons and CONCAT_NULL_YIELDS_NULL OFF reported. */
#include "convert.h"
#include "code.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A script-level statement that sets CONCAT_NULL_YIELDS_NULL: from (file, loc) on, off or on. */
typedef struct concat_mark {
	int file;
	sct_loc loc;
	int off;
} concat_mark;

struct sct_implicit {
	sct_list marks;          /* concat_mark*, in statement order */
	int db_cs;               /* CREATE/ALTER DATABASE ... COLLATE a case-sensitive or binary collation */
	const sct_stmt *ci_done; /* the statement whose case-insensitive comparison is reported (E005 once) */
};

/* ---------- the source text of script-level statements ---------- */

static const char *stmt_src(const sct_conv *cv, const sct_stmt *s, const char **end)
{
	if (s->file < 0 || s->file >= cv->rep->nfiles || !cv->rep->files[s->file].src)
		return NULL;
	const sct_report_file *f = &cv->rep->files[s->file];
	if (s->loc >= f->len || s->end > f->len || s->end < s->loc)
		return NULL;
	*end = f->src + s->end;
	return f->src + s->loc;
}

static int word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* The first whole word w (any case) in [p, end): a pointer just after it, or NULL */
static const char *find_word(const char *p, const char *end, const char *w)
{
	size_t n = strlen(w);
	for (const char *q = p; q + n <= end; q++)
		if ((q == p || !word_char(q[-1])) && !strncasecmp(q, w, n) && (q + n == end || !word_char(q[n])))
			return q + n;
	return NULL;
}

static const char *skip_space(const char *p, const char *end, int eq)
{
	while (p < end && (isspace((unsigned char)*p) || (eq && *p == '=')))
		p++;
	return p;
}

/* The CONCAT_NULL_YIELDS_NULL setting in the text of a SET / ALTER DATABASE ... SET: 1 OFF, 0 ON, -1 none */
int sct_conv_concat_null_setting(const char *p, const char *end)
{
	const char *q = p ? find_word(p, end, "concat_null_yields_null") : NULL;
	if (!q)
		return -1;
	q = skip_space(q, end, 1);
	if (find_word(q, end, "off") == q + 3)
		return 1;
	return find_word(q, end, "on") == q + 2 ? 0 : -1;
}

/* A collation name that compares letter case: _CS_ or binary */
static int case_sensitive(const char *name, size_t n)
{
	for (size_t i = 0; i + 3 <= n; i++)
		if (name[i] == '_' && (!strncasecmp(name + i + 1, "cs", 2) || (i + 4 <= n && !strncasecmp(name + i + 1, "bin", 3))))
			return 1;
	return 0;
}

static int db_collation_cs(const char *p, const char *end)
{
	const char *q = find_word(p, end, "collate");
	if (!q)
		return -1;
	q = skip_space(q, end, 0);
	size_t n = 0;
	while (q + n < end && word_char(q[n]))
		n++;
	return n ? case_sensitive(q, n) : -1;
}

static sct_implicit *state(sct_conv *cv)
{
	if (cv->implicit)
		return cv->implicit;
	sct_implicit *im = SCT_NEW(cv->a, sct_implicit);
	cv->implicit = im;
	for (int i = 0; cv->stmts && i < cv->stmts->n; i++) {
		if (cv->kinds && cv->kinds[i] != SCT_STMT_OTHER)
			continue; /* convert.c: the kind of each statement, without reading the statement */
		const sct_stmt *s = cv->stmts->items[i];
		if (s->kind != SCT_STMT_OTHER || !s->u.other || (s->u.other->kind != SCT_OTHER_SESSION &&
								     s->u.other->kind != SCT_OTHER_DATABASE))
			continue;
		const char *end = NULL, *p = stmt_src(cv, s, &end);
		if (!p)
			continue;
		int off = sct_conv_concat_null_setting(p, end);
		if (off >= 0) {
			concat_mark *m = SCT_NEW(cv->a, concat_mark);
			m->file = s->file;
			m->loc = s->loc;
			m->off = off;
			sct_list_push(cv->a, &im->marks, m);
		}
		int cs = s->u.other->kind == SCT_OTHER_DATABASE ? db_collation_cs(p, end) : -1;
		if (cs >= 0)
			im->db_cs = cs;
	}
	return im;
}

/* CONCAT_NULL_YIELDS_NULL is OFF where the statement being converted is: set by the script before it (same
 * file), or by a SET earlier in the routine body */
static int concat_null_off(sct_conv *cv)
{
	if (cv->code && cv->code->concat_null)
		return cv->code->concat_null == 2;
	const sct_stmt *s = cv->cur;
	int off = 0;
	sct_implicit *im = state(cv);
	for (int i = 0; s && i < im->marks.n; i++) {
		const concat_mark *m = im->marks.items[i];
		if (m->file == s->file && m->loc < s->loc)
			off = m->off;
	}
	return off;
}

/* ---------- types the string side is converted to ---------- */

static const sct_expr *strip(const sct_expr *e)
{
	while (e && (e->kind == SCT_E_PAREN || e->kind == SCT_E_COLLATE))
		e = e->a;
	return e;
}

/* The declared source type of a variable, column or CAST, or NULL */
static const sct_type *decl_type(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	const sct_type *t = NULL;
	if (e->kind == SCT_E_VAR && cv->code) {
		sct_cvar *v = sct_code_var(cv, e->text);
		t = v && !v->obj && !v->cursor ? v->type : NULL;
	} else if (e->kind == SCT_E_COL && e->name) {
		sct_column *c = sct_conv_scope_column(sc, e->name);
		t = c ? c->type : NULL;
	} else if (e->kind == SCT_E_CAST) {
		t = sct_expr_type(e);
	}
	return t && t->name ? sct_conv_resolve_alias(cv, t, NULL) : NULL;
}

const sct_type *sct_conv_decl_type(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	return e ? decl_type(cv, sc, e) : NULL;
}

static const char *num_name(const char *n)
{
	if (!strcmp(n, "int") || !strcmp(n, "integer"))
		return "integer";
	if (!strcmp(n, "bigint"))
		return "bigint";
	if (!strcmp(n, "smallint") || !strcmp(n, "tinyint"))
		return "smallint";
	if (!strcmp(n, "float") || !strcmp(n, "binary_double") || !strcmp(n, "double precision"))
		return "double precision";
	if (!strcmp(n, "real") || !strcmp(n, "binary_float"))
		return "real";
	return "numeric";
}

static int int_rank(const char *t)
{
	return !strcmp(t, "smallint") ? 1 : !strcmp(t, "integer") ? 2 : !strcmp(t, "bigint") ? 3 : 0;
}

/* The number type T-SQL converts a string to beside the number expression e (its own type: integer for an int
 * variable or literal, numeric for decimals, double precision for float); numeric where it is not known. */
static const char *num_type(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	e = strip(e);
	if (!e)
		return "numeric";
	const sct_type *t = decl_type(cv, sc, e);
	if (t)
		return num_name(t->name);
	if (e->kind == SCT_E_NUM && e->text) {
		if (strpbrk(e->text, "eE"))
			return "double precision";
		size_t n = strlen(e->text);
		return strspn(e->text, "0123456789") == n && (n < 10 || (n == 10 && strcmp(e->text, "2147483647") <= 0))
			       ? "integer" : "numeric";
	}
	if (e->kind == SCT_E_UNARY)
		return num_type(cv, sc, e->a);
	if (e->kind == SCT_E_BINARY && e->op >= SCT_OP_ADD && e->op <= SCT_OP_MOD) {
		const char *a = num_type(cv, sc, e->a), *b = num_type(cv, sc, e->b);
		if (int_rank(a) && int_rank(b))
			return int_rank(a) >= int_rank(b) ? a : b;
		return !strcmp(a, "double precision") || !strcmp(b, "double precision") ? "double precision" : "numeric";
	}
	if (e->kind == SCT_E_FUNC && e->name && e->name->name.s && !e->name->schema.s) {
		static const char *const ints[] = {"len", "datalength", "charindex", "patindex", "datediff", "datepart",
			"year", "month", "day", "count", "row_number", "rank", "dense_rank", "ntile", NULL};
		for (int i = 0; ints[i]; i++)
			if (!strcasecmp(e->name->name.s, ints[i]))
				return "integer";
		if (!strcasecmp(e->name->name.s, "count_big"))
			return "bigint";
	}
	return "numeric";
}

/* The date/time type T-SQL converts a string to beside the date expression e */
static const char *date_type(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	e = strip(e);
	const sct_type *t = e ? decl_type(cv, sc, e) : NULL;
	const char *n = t ? t->name : "";
	if (!strcmp(n, "date") || !strcmp(n, "time"))
		return n;
	if (!strcmp(n, "datetimeoffset"))
		return cv->family == SCT_FAMILY_MYSQL ? "datetime" : "timestamptz";
	return cv->family == SCT_FAMILY_MYSQL ? "datetime" : "timestamp";
}

sct_expr *sct_conv_implicit_cast(sct_conv *cv, sct_expr *x, const char *type)
{
	if (!x || !type)
		return x;
	sct_expr *c = SCT_NEW(cv->a, sct_expr);
	c->kind = SCT_E_CAST;
	c->loc = x->loc;
	c->end = x->end;
	c->a = x;
	sct_type *ty = SCT_NEW(cv->a, sct_type);
	ty->loc = x->loc;
	/* a source name, for the type class of the converted expression */
	ty->name = !strcmp(type, "integer") ? "int" : !strcmp(type, "double precision") ? "float"
			: !strncmp(type, "timestamp", 9) ? "datetime2" : type;
	ty->out = cv->family == SCT_FAMILY_MYSQL && !strcmp(type, "double precision") ? "double" : type;
	sct_expr_set_type(cv->a, c, ty);
	if (!strcmp(ty->name, "datetime2") || !strcmp(type, "date") || !strcmp(type, "time") || !strcmp(type, "datetime"))
		c->flags |= SCT_EF_NOT_IMMUTABLE; /* text to timestamp depends on the DateStyle */
	return c;
}

/* ---------- case-insensitive comparisons (E005) ---------- */

static int is_literal(const sct_expr *e)
{
	e = strip(e);
	return !e || e->kind == SCT_E_STR || e->kind == SCT_E_NUM || e->kind == SCT_E_NULL;
}

/* The collation an operand declares: 2 by COLLATE, 1 its column's; *cs: that collation is case-sensitive */
static int operand_collation(sct_scope *sc, const sct_expr *e, int *cs)
{
	for (; e && (e->kind == SCT_E_PAREN || e->kind == SCT_E_COLLATE); e = e->a)
		if (e->kind == SCT_E_COLLATE && e->text) {
			*cs = case_sensitive(e->text, strlen(e->text));
			return 2;
		}
	const sct_column *c = e && e->kind == SCT_E_COL && e->name ? sct_conv_scope_column(sc, e->name) : NULL;
	const char *coll = c ? sct_column_collation(c) : NULL;
	if (coll) {
		*cs = case_sensitive(coll, strlen(coll));
		return 1;
	}
	return 0;
}

/* SQL Server compares the operands with regard to letter case: the collation of a COLLATE clause, else of a
 * column declared with one, else of the database (CREATE/ALTER DATABASE ... COLLATE) */
static int cs_compare(sct_conv *cv, sct_scope *sc, const sct_expr *a, const sct_expr *const *items, int n)
{
	int best = 0, cs = state(cv)->db_cs;
	for (int i = -1; i < n; i++) {
		int c = 0, p = operand_collation(sc, i < 0 ? a : items[i], &c);
		if (p > best) {
			best = p;
			cs = c;
		}
	}
	return cs;
}

/* A comparison of a (string) with the items: report once per view or routine that SQL Server compared without
 * regard to letter case (default collations) where PostgreSQL does not */
static void ci_compare(sct_conv *cv, sct_scope *sc, const sct_expr *a, const sct_expr *const *items, int n,
		       const char *what)
{
	if (cv->family != SCT_FAMILY_POSTGRES || sct_conv_oracle(cv) || !cv->cur || state(cv)->ci_done == cv->cur)
		return;
	if (!cv->code && (!cv->cur_objtype || strcmp(cv->cur_objtype, "view")))
		return;
	sct_tclass ca = sct_conv_expr_class(cv, sc, a);
	if (ca != SCT_TC_STRING && ca != SCT_TC_UNKNOWN)
		return;
	int strings = ca == SCT_TC_STRING, constant = is_literal(a);
	for (int i = 0; i < n; i++) {
		sct_tclass c = sct_conv_expr_class(cv, sc, items[i]);
		if (c != SCT_TC_STRING && c != SCT_TC_UNKNOWN)
			return;
		strings |= c == SCT_TC_STRING;
		constant &= is_literal(items[i]);
	}
	if (!strings || constant || (n == 0 && ca != SCT_TC_STRING))
		return;
	if (cs_compare(cv, sc, a, items, n))
		return;
	state(cv)->ci_done = cv->cur;
	sct_conv_itemf(cv, "E005", a->loc, "%s of strings: SQL Server's default collation ignores letter case (= also "
		       "trailing spaces), PostgreSQL's %s does not (the first such comparison of this %s)", what,
		       !strcmp(what, "LIKE") ? "LIKE" : "=", cv->cur_objtype ? cv->cur_objtype : "object");
}

void sct_conv_implicit_like(sct_conv *cv, sct_scope *sc, const sct_expr *e)
{
	const sct_expr *items[1] = {e->b};
	ci_compare(cv, sc, e->a, items, 1, "LIKE");
}

/* ---------- operators ---------- */

static int arith(sct_op op)
{
	return op >= SCT_OP_ADD && op <= SCT_OP_MOD;
}

static int cmp(sct_op op)
{
	return op >= SCT_OP_EQ && op <= SCT_OP_NGT;
}

/* a compared with items (=, IN, BETWEEN): the side T-SQL converts by type precedence, made explicit. *ta: the cast
 * of a; *ti: the cast of every item that is a string (not a literal, which PostgreSQL types from the other side) */
static void compare_casts(sct_conv *cv, sct_scope *sc, const sct_expr *a, sct_tclass ca, sct_expr *const *items,
			  int n, const char **ta, const char **ti)
{
	int nums = 0, dates = 0, strs = 0, others = 0;
	for (int i = 0; i < n; i++) {
		sct_tclass c = sct_conv_expr_class(cv, sc, items[i]);
		nums += c == SCT_TC_NUMBER;
		dates += c == SCT_TC_DATE;
		strs += c == SCT_TC_STRING && !is_literal(items[i]);
		others += c != SCT_TC_NUMBER && c != SCT_TC_DATE && strip(items[i]) && strip(items[i])->kind != SCT_E_NULL;
	}
	int dates_ok = !sct_conv_oracle(cv); /* Oracle reads strings as dates by NLS_DATE_FORMAT */
	if (ca == SCT_TC_STRING && !others && (nums || dates) && !(nums && dates) && (nums || dates_ok)) {
		if (nums && is_literal(a) && cv->family == SCT_FAMILY_POSTGRES)
			return; /* '5' = x: PostgreSQL reads the literal as x's type */
		const char *t = NULL;
		for (int i = 0; i < n; i++) {
			const sct_expr *x = strip(items[i]);
			if (x && x->kind == SCT_E_NULL)
				continue;
			const char *ti1 = nums ? num_type(cv, sc, x) : date_type(cv, sc, x);
			t = !t || !strcmp(t, ti1) ? ti1 : nums ? "numeric" : "timestamp";
		}
		*ta = t;
	} else if ((ca == SCT_TC_NUMBER || (ca == SCT_TC_DATE && dates_ok)) && strs) {
		*ti = ca == SCT_TC_NUMBER ? num_type(cv, sc, a) : date_type(cv, sc, a);
	}
	const char *t = *ta ? *ta : *ti; /* date_type's names: date, time, timestamp[tz], datetime */
	if ((*ta && !is_literal(a)) || *ti)
		sct_conv_itemf(cv, "E010", a->loc, "implicit conversion of a string to %s made explicit: CAST(... AS %s)",
			       t[0] == 't' || !strncmp(t, "date", 4) ? "a date/time" : "a number", t);
}

/* + of a string and a number: T-SQL adds (int, decimal and float outrank every string type), converting the
 * string; + of two strings concatenates; + of a string and something of unknown type is taken as concatenation
 * (reported) */
static void plus_casts(sct_conv *cv, sct_scope *sc, sct_expr *e, sct_tclass ca, sct_tclass cb, const char **ta,
		       const char **tb)
{
	const sct_expr *a = strip(e->a), *b = strip(e->b);
	if (ca == SCT_TC_STRING && cb == SCT_TC_NUMBER)
		*ta = num_type(cv, sc, e->b);
	else if (cb == SCT_TC_STRING && ca == SCT_TC_NUMBER)
		*tb = num_type(cv, sc, e->a);
	if (*ta || *tb) {
		if (!is_literal(*ta ? a : b))
			sct_conv_itemf(cv, "E010", e->loc, "string + number adds in SQL Server (the string converted to "
				       "%s): CAST(... AS %s) + ...", *ta ? *ta : *tb, *ta ? *ta : *tb);
		return;
	}
	if (sct_conv_oracle(cv) || (ca != SCT_TC_STRING && cb != SCT_TC_STRING))
		return;
	e->op = SCT_OP_CONCAT;
	sct_tclass other = ca == SCT_TC_STRING ? cb : ca;
	const sct_expr *o = ca == SCT_TC_STRING ? b : a;
	if (other != SCT_TC_STRING && o && o->kind != SCT_E_NULL)
		sct_conv_itemf(cv, "E012", e->loc, "+ of a string and %s taken as string concatenation: SQL Server "
			       "adds if that operand is a number (or a date)", other == SCT_TC_UNKNOWN
			       ? "an operand of unknown type" : other == SCT_TC_DATE ? "a date" : "a non-string operand");
	const sct_expr *l = strip(e->a);
	int chained = l && l->kind == SCT_E_BINARY && (l->op == SCT_OP_CONCAT || l->op == SCT_OP_ADD) &&
		      sct_conv_expr_class(cv, sc, l) == SCT_TC_STRING;
	if (!chained && concat_null_off(cv))
		sct_conv_itemf(cv, "E013", e->loc, "string + under SET CONCAT_NULL_YIELDS_NULL OFF: SQL Server treats a "
			       "NULL operand as '', PostgreSQL's || gives NULL");
}

void sct_conv_implicit_binary(sct_conv *cv, sct_scope *sc, sct_expr *e, sct_tclass ca, sct_tclass cb,
			      const char **ta, const char **tb)
{
	*ta = *tb = NULL;
	if (sct_expr_query(e))
		return; /* op ANY/ALL (subquery) */
	if (e->op == SCT_OP_ADD) {
		plus_casts(cv, sc, e, ca, cb, ta, tb);
	} else if (arith(e->op)) {
		if (ca == SCT_TC_STRING && cb == SCT_TC_NUMBER)
			*ta = num_type(cv, sc, e->b);
		else if (cb == SCT_TC_STRING && ca == SCT_TC_NUMBER)
			*tb = num_type(cv, sc, e->a);
		if ((*ta && !is_literal(e->a)) || (*tb && !is_literal(e->b)))
			sct_conv_itemf(cv, "E010", e->loc, "arithmetic on a string converts it to %s in SQL Server: "
				       "CAST(... AS %s)", *ta ? *ta : *tb, *ta ? *ta : *tb);
	} else if (cmp(e->op)) {
		sct_expr *items[1] = {e->b};
		compare_casts(cv, sc, e->a, ca, items, 1, ta, tb);
		if (!*ta && !*tb) {
			const sct_expr *ci[1] = {e->b};
			ci_compare(cv, sc, e->a, ci, 1, "comparison");
		}
	}
}

/* x [NOT] IN (list) and x BETWEEN b AND c: casts as for =, and the case-insensitive comparison report */
void sct_conv_implicit_list(sct_conv *cv, sct_scope *sc, sct_expr *e, sct_expr *const *items, int n,
			    const char **ta, const char **ti)
{
	*ta = *ti = NULL;
	compare_casts(cv, sc, e->a, sct_conv_expr_class(cv, sc, e->a), items, n, ta, ti);
	if (!*ta && !*ti)
		ci_compare(cv, sc, e->a, (const sct_expr *const *)items, n,
			   e->kind == SCT_E_IN ? "IN" : e->kind == SCT_E_CASE ? "CASE x WHEN" : "BETWEEN");
}

/* ---------- type classes the expression code asks for ---------- */

sct_tclass sct_conv_routine_class(sct_conv *cv, const sct_qname *fn)
{
	char buf[256];
	sct_object *o = fn ? sct_hash_get(&cv->objects, sct_conv_key_in(cv, fn, buf, sizeof buf)) : NULL;
	if (!o || o->kind != SCT_K_ROUTINE || !o->stmt || o->stmt->kind != SCT_STMT_ROUTINE || !o->stmt->u.routine->returns)
		return SCT_TC_UNKNOWN;
	return sct_conv_tclass(cv, o->stmt->u.routine->returns);
}

sct_tclass sct_conv_global_class(const sct_expr *e)
{
	static const char *const strings[] = {"servername", "servicename", "version", "language", NULL};
	if (!e->text)
		return SCT_TC_UNKNOWN;
	for (int i = 0; strings[i]; i++)
		if (!strcasecmp(e->text, strings[i]))
			return SCT_TC_STRING;
	return SCT_TC_NUMBER; /* @@ROWCOUNT, @@ERROR, @@TRANCOUNT, @@FETCH_STATUS, @@SPID, @@IDENTITY, ... */
}

/* ---------- date arguments of the date functions ---------- */

/* Which arguments of a T-SQL date function take a date (bit i: argument i). */
static unsigned date_arg_mask(const char *fn, int nargs)
{
	static const struct { const char *name; int nargs; unsigned mask; } fns[] = {
		{"dateadd", 3, 4}, {"datediff", 3, 6}, {"datediff_big", 3, 6}, {"datepart", 2, 2}, {"datename", 2, 2},
		{"datetrunc", 2, 2}, {"year", 1, 1}, {"month", 1, 1}, {"day", 1, 1}, {"eomonth", 1, 1}, {"eomonth", 2, 1},
	};
	for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
		if (fns[i].nargs == nargs && !strcmp(fns[i].name, fn))
			return fns[i].mask;
	return 0;
}

/* T-SQL converts a string or a number passed where a date function wants a date: a string is parsed as a
 * datetime, a number counts days from 1900-01-01 (DATEADD(dd, DATEDIFF(dd, 0, d), 0) is the classic
 * "midnight of d"). PostgreSQL has no such conversion (an untyped literal is even ambiguous there), so
 * the conversion is written out. src are the source arguments (for their type class), args the converted. */
void sct_conv_date_args(sct_conv *cv, sct_scope *sc, const char *fn, sct_expr *const *src, sct_expr **args, int nargs)
{
	unsigned mask = date_arg_mask(fn, nargs);
	for (int i = 0; mask && i < nargs; i++) {
		if (!(mask & (1u << i)) || !args[i])
			continue;
		sct_tclass c = sct_conv_expr_class(cv, sc, src[i]);
		if (c == SCT_TC_STRING && is_literal(src[i])) {
			const char *ty = cv->family == SCT_FAMILY_MYSQL ? "datetime" : "timestamp";
			args[i] = sct_conv_implicit_cast(cv, args[i], ty);
			sct_conv_itemf(cv, "E010", src[i]->loc, "implicit conversion of a string to a date made explicit: "
				       "CAST(... AS %s); its format must be one the target reads the same way", ty);
		} else if (c == SCT_TC_NUMBER) {
			sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, args[i]->loc);
			t->end = args[i]->end;
			t->text = cv->family == SCT_FAMILY_MYSQL ? "(TIMESTAMP '1900-01-01 00:00:00' + INTERVAL (\1\1) DAY)"
								 : "(timestamp '1900-01-01' + (\1\1) * interval '1 day')";
			sct_list_push(cv->a, &t->args, args[i]);
			args[i] = t;
		}
	}
}

