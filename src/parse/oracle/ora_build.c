/* ora_build.c - small AST constructors used by the Oracle grammar actions: identifiers, literals (q'..'
 * quoting), types, column references that are really keywords (SYSDATE, ROWNUM) or sequence calls
 * (seq.NEXTVAL), and DECODE as a CASE that keeps DECODE's NULL = NULL matching. */
#include "parse/nodes.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "parse/oracle/ora_int.h"
#include "oracle_parser.h"

const char *sct_ora_text(sct_ora_pctx *c, uint32_t first, uint32_t last)
{
	if (last < first)
		last = first;
	return sct_arena_strndup(c->a, c->src + first, last - first);
}

/* 'x' / N'x' / q'[x]' / Nq'{x}' -> x */
char *sct_ora_string_value(sct_arena *a, const char *s, uint32_t len, int *national)
{
	int nat = len > 0 && (s[0] == 'N' || s[0] == 'n');
	if (national)
		*national = nat;
	if (nat) {
		s++;
		len--;
	}
	if (len >= 5 && (s[0] == 'q' || s[0] == 'Q') && s[1] == '\'')
		return sct_arena_strndup(a, s + 3, len - 5);
	char *p = sct_arena_alloc(a, len + 1), *o = p;
	for (uint32_t i = 1; i + 1 < len; i++) {
		*o++ = s[i];
		if (s[i] == '\'' && i + 2 < len && s[i + 1] == '\'')
			i++;
	}
	*o = 0;
	return p;
}

sct_ident sct_ora_ident(sct_ora_pctx *c, int tok)
{
	const sct_ora_tok *t = &c->toks[tok];
	const char *s = c->src + t->off;
	sct_ident id = {0};
	id.loc = t->off;
	if (t->kind == TK_QIDENT) {
		char *p = sct_arena_alloc(c->a, t->len + 1), *o = p;
		for (uint32_t i = 1; i + 1 < t->len; i++) {
			*o++ = s[i];
			if (s[i] == '"' && i + 2 < t->len && s[i + 1] == '"')
				i++;
		}
		*o = 0;
		id.s = p;
		id.quoted = 1;
	} else
		id.s = sct_arena_strndup(c->a, s, t->len);
	return id;
}

sct_qname *sct_ora_qname(sct_ora_pctx *c, const sct_ora_qn *q)
{
	return sct_new_qname(c->a, q->part, q->n, q->loc);
}

static const char *const builtin_types[] = {
	"number", "numeric", "decimal", "dec", "integer", "int", "smallint", "float", "real", "double precision",
	"binary_float", "binary_double", "varchar2", "varchar", "nvarchar2", "char", "nchar", "character",
	"character varying", "char varying", "nchar varying", "national char", "national character",
	"national char varying", "national character varying", "date", "timestamp", "timestamp with time zone",
	"timestamp with local time zone", "interval year to month", "interval day to second", "clob", "nclob", "blob",
	"bfile", "raw", "long", "long raw", "long varchar", "rowid", "urowid", "xmltype", "json", "boolean",
	"sdo_geometry", "anydata", "pls_integer", "binary_integer", "simple_integer", NULL};

static int is_builtin_type(const char *lower)
{
	for (int i = 0; builtin_types[i]; i++)
		if (!strcmp(builtin_types[i], lower))
			return 1;
	return 0;
}

sct_type *sct_ora_type(sct_ora_pctx *c, const sct_ora_qn *q)
{
	sct_type *t = SCT_NEW(c->a, sct_type);
	t->loc = q->loc;
	const sct_ident *name = &q->part[q->n - 1];
	char *start = sct_arena_lower(c->a, name->s ? name->s : "");
	/* merged multi-word names may span blanks and line breaks: one space between words */
	char *w = start;
	for (const char *r = start; *r; r++) {
		int ws = *r == ' ' || *r == '\t' || *r == '\n' || *r == '\r';
		if (!ws)
			*w++ = *r;
		else if (w > start && w[-1] != ' ')
			*w++ = ' ';
	}
	while (w > start && w[-1] == ' ')
		w--;
	*w = 0;
	t->name = start;
	if (q->n >= 2) {
		t->schema = q->part[q->n - 2].s;
		t->flags |= SCT_TF_USER;
		/* SYS.XMLTYPE, MDSYS.SDO_GEOMETRY, PUBLIC.XMLTYPE name built-in types */
		if (is_builtin_type(t->name) && t->schema &&
		    (!strcasecmp(t->schema, "sys") || !strcasecmp(t->schema, "mdsys") || !strcasecmp(t->schema, "public"))) {
			t->schema = NULL;
			t->flags &= ~(unsigned)SCT_TF_USER;
		}
	} else if (!is_builtin_type(t->name) || name->quoted)
		t->flags |= SCT_TF_USER;
	return t;
}

sct_expr *sct_ora_expr(sct_ora_pctx *c, sct_expr_kind k, sct_ora_span sp)
{
	sct_expr *e = SCT_NEW(c->a, sct_expr);
	e->kind = k;
	e->loc = sp.first;
	e->end = sp.last;
	return e;
}

sct_expr *sct_ora_lit(sct_ora_pctx *c, int tok)
{
	const sct_ora_tok *t = &c->toks[tok];
	sct_ora_span sp = {t->off, t->off + t->len};
	const char *s = c->src + t->off;
	sct_expr *e;
	if (t->kind == TK_STRING || t->kind == TK_NSTRING) {
		int nat;
		e = sct_ora_expr(c, SCT_E_STR, sp);
		e->text = sct_ora_string_value(c->a, s, t->len, &nat);
		if (nat)
			e->flags |= SCT_EF_NATIONAL;
	} else {
		e = sct_ora_expr(c, SCT_E_NUM, sp);
		uint32_t n = t->len;
		if (n > 1 && strchr("fFdD", s[n - 1]))
			n--; /* 1.5f / 2d: BINARY_FLOAT / BINARY_DOUBLE literal suffix */
		e->text = sct_arena_strndup(c->a, s, n);
	}
	return e;
}

sct_option *sct_ora_option(sct_ora_pctx *c, sct_loc loc, const char *name, const char *value)
{
	return sct_new_option(c->a, loc, name, value);
}

sct_column *sct_ora_column(sct_ora_pctx *c, sct_ident name)
{
	return sct_new_column(c->a, name);
}

sct_constraint *sct_ora_cons(sct_ora_pctx *c, sct_cons_kind k, sct_loc loc)
{
	return sct_new_constraint(c->a, k, loc);
}

/* Unqualified, unquoted names that are Oracle pseudo-columns or niladic functions. */
sct_expr *sct_ora_column_ref(sct_ora_pctx *c, sct_qname *q, sct_ora_span sp)
{
	static const char *const kw[] = {"sysdate", "systimestamp", "user", "uid", "current_date", "current_timestamp",
		"localtimestamp", "rownum", "level", "sessiontimezone", "dbtimezone", "maxvalue", "rowid", NULL};
	if (!q->schema.s && q->name.s && !q->name.quoted)
		for (int i = 0; kw[i]; i++)
			if (!strcasecmp(q->name.s, kw[i])) {
				sct_expr *e = sct_ora_expr(c, SCT_E_KEYWORD, sp);
				char *u = sct_arena_strdup(c->a, kw[i]);
				for (char *p = u; *p; p++)
					*p = (char)toupper((unsigned char)*p);
				e->text = u;
				if (!strcmp(kw[i], "level")) {
					c->nlevel++;
					if (!c->hier_loc)
						c->hier_loc = sp.first;
				}
				return e;
			}
	if (q->schema.s && q->name.s && !q->name.quoted &&
	    (!strcasecmp(q->name.s, "nextval") || !strcasecmp(q->name.s, "currval"))) {
		/* seq.NEXTVAL: the sequence is the rest of the name */
		sct_qname *seq = SCT_NEW(c->a, sct_qname);
		seq->loc = q->loc;
		seq->name = q->schema;
		seq->schema = *sct_qname_catalog(q);
		if (sct_qname_server(q)->s)
			sct_qname_more_of(c->a, seq)->catalog = *sct_qname_server(q);
		sct_expr *e;
		if (!strcasecmp(q->name.s, "nextval")) {
			e = sct_ora_expr(c, SCT_E_NEXTVAL, sp);
		} else {
			e = sct_ora_expr(c, SCT_E_FUNC, sp);
			sct_expr *arg = sct_ora_expr(c, SCT_E_STR, sp);
			arg->text = seq->schema.s ? sct_arena_printf(c->a, "%s.%s", seq->schema.s, seq->name.s) : seq->name.s;
			sct_list_push(c->a, &e->args, arg);
			seq = SCT_NEW(c->a, sct_qname);
			seq->name.s = "currval";
			seq->name.loc = seq->loc = sp.first;
		}
		e->name = seq;
		return e;
	}
	sct_expr *e = sct_ora_expr(c, SCT_E_COL, sp);
	e->name = q;
	return e;
}

static int is_null_lit(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e && e->kind == SCT_E_NULL;
}

static int is_const(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e && (e->kind == SCT_E_NUM || e->kind == SCT_E_STR || (e->kind == SCT_E_UNARY && e->a && e->a->kind == SCT_E_NUM));
}

/* DECODE(x, s1, r1, s2, r2, ..., [default]) -> CASE WHEN x = s1 THEN r1 ... ELSE default END, where a
 * search value that may be NULL also matches a NULL x (DECODE treats two NULLs as equal). */
sct_expr *sct_ora_decode(sct_ora_pctx *c, sct_expr *call)
{
	int n = call->args.n;
	if (n < 3) {
		c->error = "DECODE needs at least three arguments";
		c->error_loc = call->loc;
		return NULL;
	}
	sct_ora_span sp = {call->loc, call->end};
	sct_expr *x = call->args.items[0];
	sct_expr *cs = sct_ora_expr(c, SCT_E_CASE, sp);
	int i = 1;
	for (; i + 1 < n; i += 2) {
		sct_expr *s = call->args.items[i];
		sct_expr *cond;
		if (is_null_lit(s)) {
			cond = sct_ora_expr(c, SCT_E_ISNULL, sp);
			cond->a = x;
		} else {
			cond = sct_ora_expr(c, SCT_E_BINARY, sp);
			cond->op = SCT_OP_EQ;
			cond->a = x;
			cond->b = s;
			if (!is_const(s)) {
				/* (x = s OR (x IS NULL AND s IS NULL)) */
				sct_expr *xn = sct_ora_expr(c, SCT_E_ISNULL, sp), *sn = sct_ora_expr(c, SCT_E_ISNULL, sp);
				xn->a = x;
				sn->a = s;
				sct_expr *both = sct_ora_expr(c, SCT_E_BINARY, sp);
				both->op = SCT_OP_AND;
				both->a = xn;
				both->b = sn;
				sct_expr *either = sct_ora_expr(c, SCT_E_BINARY, sp);
				either->op = SCT_OP_OR;
				either->a = cond;
				either->b = both;
				cond = sct_ora_expr(c, SCT_E_PAREN, sp);
				cond->a = either;
			}
		}
		sct_when *w = SCT_NEW(c->a, sct_when);
		w->loc = s->loc;
		w->cond = cond;
		w->result = call->args.items[i + 1];
		sct_list_push(c->a, &cs->args, w);
	}
	if (i < n)
		cs->b = call->args.items[i];
	return cs;
}

void sct_ora_func_words(sct_ora_pctx *c, sct_expr *call)
{
	static const struct { const char *f; int arg; } fw[] = {
		{"trunc", 1}, {"round", 1}, {"numtodsinterval", 1}, {"numtoyminterval", 1}, {"regexp_like", 2},
		{"next_day", 1},
	};
	if (!call->name || call->name->schema.s || !call->name->name.s)
		return;
	for (size_t i = 0; i < sizeof fw / sizeof fw[0]; i++) {
		if (strcasecmp(call->name->name.s, fw[i].f) || call->args.n <= fw[i].arg)
			continue;
		sct_expr *a = call->args.items[fw[i].arg];
		if (a->kind != SCT_E_STR || !a->text[0] || strlen(a->text) > 16)
			return;
		for (const char *p = a->text; *p; p++)
			if (!isalnum((unsigned char)*p))
				return;
		sct_expr *w = sct_ora_expr(c, SCT_E_COL, (sct_ora_span){a->loc, a->end});
		w->name = SCT_NEW(c->a, sct_qname);
		w->name->loc = a->loc;
		w->name->name.s = sct_arena_lower(c->a, a->text);
		w->name->name.loc = a->loc;
		call->args.items[fw[i].arg] = w;
		return;
	}
}

sct_expr *sct_ora_concat(sct_ora_pctx *c, sct_expr *a, sct_expr *b, sct_ora_span sp)
{
	sct_expr *e;
	if (a->kind == SCT_E_FUNC && a->text && !strcmp(a->text, "||")) {
		e = a; /* extend the chain (a->text marks a call made from ||) */
		e->end = sp.last;
	} else {
		e = sct_ora_expr(c, SCT_E_FUNC, sp);
		e->text = "||";
		e->name = SCT_NEW(c->a, sct_qname);
		e->name->loc = sp.first;
		e->name->name.s = "concat";
		e->name->name.loc = sp.first;
		sct_list_push(c->a, &e->args, a);
	}
	sct_list_push(c->a, &e->args, b);
	return e;
}

char *sct_ora_upper_words(sct_arena *a, const char *src, const sct_ora_tok *t, size_t n)
{
	size_t len = 0;
	for (size_t i = 0; i < n; i++)
		len += t[i].len + 1;
	char *p = sct_arena_alloc(a, len + 1), *o = p;
	for (size_t i = 0; i < n; i++) {
		if (i)
			*o++ = ' ';
		for (uint32_t k = 0; k < t[i].len; k++)
			*o++ = (char)toupper((unsigned char)src[t[i].off + k]);
	}
	*o = 0;
	return p;
}
