/* tsql_build.c - small AST constructors used by the T-SQL grammar actions. */
#include "parse/nodes.h"
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "parse/tsql/tsql_int.h"
#include "tsql_parser.h"
#include "util/intern.h"

const char *sct_tsql_text(sct_tsql_pctx *c, uint32_t first, uint32_t last)
{
	if (last < first)
		last = first;
	return sct_arena_strndup(c->a, c->src + first, last - first);
}

const char *sct_tsql_tok_text(sct_tsql_pctx *c, int tok)
{
	const sct_tsql_tok *t = &c->toks[tok];
	return sct_arena_strndup(c->a, c->src + t->off, t->len);
}

/* Writes s without the quotes of 'x', N'x', [x], "x" and with the escaped closing quote undoubled into p (at least
 * len bytes); returns the length written (no NUL). */
static size_t unquote_into(char *p, const char *s, uint32_t len, char close)
{
	char *o = p;
	for (uint32_t i = 1; i + 1 < len; i++) {
		*o++ = s[i];
		if (s[i] == close && i + 2 < len && s[i + 1] == close)
			i++;
	}
	return (size_t)(o - p);
}

static char *unquote(sct_arena *a, const char *s, uint32_t len, char close)
{
	char *p = sct_arena_alloc(a, len + 1); /* zeroed: the NUL is there */
	unquote_into(p, s, len, close);
	return p;
}

/* The shared text of a short quoted name with an escaped quote in it (out of line: its buffer would cost the
 * usual case a bigger stack frame) */
static __attribute__((noinline)) const char *unquote_escaped(sct_tsql_pctx *c, const char *s, uint32_t len, char close)
{
	char buf[256];
	return sct_intern_text(c->names, c->a, buf, unquote_into(buf, s, len, close));
}

/* A [quoted] identifier's text, shared with the same names of the file when c has a table. escaped: the lexer
 * saw a doubled closing quote in it (SCT_TSQL_TOKF_ESCAPED). */
static const char *unquote_name(sct_tsql_pctx *c, const char *s, uint32_t len, char close, int escaped)
{
	if (!c->names || len > 256)
		return unquote(c->a, s, len, close);
	if (len >= 2 && !escaped) /* nothing escaped (the usual case): the text as it is */
		return sct_intern_text(c->names, c->a, s + 1, len - 2);
	return unquote_escaped(c, s, len, close);
}

char *sct_tsql_string_value(sct_arena *a, const char *s, uint32_t len, int *national)
{
	int nat = len > 0 && (s[0] == 'N' || s[0] == 'n');
	if (national)
		*national = nat;
	if (nat) {
		s++;
		len--;
	}
	return unquote(a, s, len, len > 0 && s[0] == '"' ? '"' : '\''); /* "..." under QUOTED_IDENTIFIER OFF */
}

const char *sct_tsql_string_name(sct_tsql_pctx *c, const char *s, uint32_t len, uint32_t flags)
{
	if (len > 0 && (s[0] == 'N' || s[0] == 'n')) {
		s++;
		len--;
	}
	return unquote_name(c, s, len, len > 0 && s[0] == '"' ? '"' : '\'', (flags & SCT_TSQL_TOKF_ESCAPED) != 0);
}

sct_ident sct_tsql_ident(sct_tsql_pctx *c, int tok)
{
	const sct_tsql_tok *t = &c->toks[tok];
	const char *s = c->src + t->off;
	sct_ident id = {0};
	id.loc = t->off;
	if (t->kind == TK_QIDENT) {
		if (c->names && t->len >= 2 && t->len <= 256 && !(t->flags & SCT_TSQL_TOKF_ESCAPED))
			id.s = sct_intern_text(c->names, c->a, s + 1, t->len - 2); /* the usual case of unquote_name */
		else
			id.s = unquote_name(c, s, t->len, s[0] == '[' ? ']' : '"', (t->flags & SCT_TSQL_TOKF_ESCAPED) != 0);
		id.quoted = 1;
	} else if (t->kind == TK_STRING || t->kind == TK_NSTRING) {
		id.s = sct_tsql_string_value(c->a, s, t->len, NULL);
		id.quoted = 1;
	} else if (t->kind == TK_VAR) {
		id.s = sct_arena_strndup(c->a, s + 1, t->len - 1);
	} else
		id.s = c->names ? sct_intern_text(c->names, c->a, s, t->len) : sct_arena_strndup(c->a, s, t->len);
	return id;
}

int sct_tsql_qn_new(sct_tsql_pctx *c)
{
	if (c->nqn == c->qcap) { /* the grammar keeps at most 2 names open: this is for safety, not speed */
		int cap = c->qcap * 2 + 4;
		sct_tsql_qn *q = sct_arena_alloc(c->a, (size_t)cap * sizeof *q);
		if (c->nqn)
			memcpy(q, c->qns, (size_t)c->nqn * sizeof *q);
		c->qns = q;
		c->qcap = cap;
	}
	sct_tsql_qn *q = &c->qns[c->nqn];
	memset(q, 0, sizeof *q);
	return c->nqn++;
}

sct_qname *sct_tsql_qname(sct_tsql_pctx *c, int qn)
{
	const sct_tsql_qn *q = &c->qns[qn];
	c->nqn = qn;
	return sct_new_qname(c->a, q->part, q->n, q->loc);
}

/* The usual column types first: the lookup runs for every column and stops at the first match. */
static const char *const builtin_types[] = {
	"int", "nvarchar", "varchar", "datetime", "bit", "bigint", "decimal", "uniqueidentifier", "datetime2", "nchar",
	"char", "numeric", "smallint", "tinyint", "float", "date", "money", "varbinary", "time", "real", "xml",
	"datetimeoffset", "smalldatetime", "binary", "text", "ntext", "image", "smallmoney", "rowversion", "timestamp",
	"sysname", "sql_variant", "hierarchyid", "geography", "geometry", "cursor", "table", "dec", "integer",
	"character", "national", "double", "json", "vector", NULL};

int sct_tsql_is_builtin_type(const char *lower)
{
	for (int i = 0; builtin_types[i]; i++) /* first byte first */
		if (builtin_types[i][0] == lower[0] && !strcmp(builtin_types[i], lower))
			return 1;
	return 0;
}

/* Lower case, one space between words (multi-word names such as DOUBLE PRECISION may span line breaks);
 * shared with the same type names of the file when c has a table. */
static const char *type_name(sct_tsql_pctx *c, const char *s)
{
	char buf[128];
	if (c->names) { /* one word in lower case (the usual [int]): the name's text is the answer, already shared */
		const char *r = s;
		while (*r && !(*r >= 'A' && *r <= 'Z') && *r != ' ' && *r != '\t' && *r != '\n' && *r != '\r')
			r++;
		if (!*r)
			return s;
	}
	size_t n = strlen(s);
	char *start = c->names && n < sizeof buf ? buf : sct_arena_strndup(c->a, s, n), *w = start;
	for (const char *r = s; *r; r++) {
		int ws = *r == ' ' || *r == '\t' || *r == '\n' || *r == '\r';
		if (!ws)
			*w++ = (char)tolower((unsigned char)*r);
		else if (w > start && w[-1] != ' ')
			*w++ = ' ';
	}
	while (w > start && w[-1] == ' ')
		w--;
	*w = 0;
	return start == buf ? sct_intern_text(c->names, c->a, buf, (size_t)(w - buf)) : start;
}

sct_type *sct_tsql_type(sct_tsql_pctx *c, int qn)
{
	const sct_tsql_qn *q = &c->qns[qn];
	c->nqn = qn;
	sct_type *t = SCT_NEW(c->a, sct_type);
	t->loc = q->loc;
	const sct_ident *name = &q->part[q->n - 1];
	t->name = type_name(c, name->s ? name->s : "");
	if (c->hierarchyid && t->name[0] == 'h' && !strcmp(t->name, "hierarchyid"))
		*c->hierarchyid = 1;
	if (q->n >= 2) {
		t->schema = q->part[q->n - 2].s;
		t->flags |= SCT_TF_USER;
	} else if (!sct_tsql_is_builtin_type(t->name))
		t->flags |= SCT_TF_USER;
	return t;
}

long sct_tsql_leading_int(const char *s)
{
	long v = 0;
	for (; *s >= '0' && *s <= '9'; s++) {
		int d = *s - '0';
		if (v > (LONG_MAX - d) / 10)
			return LONG_MAX; /* as strtol */
		v = v * 10 + d;
	}
	return v;
}

sct_expr *sct_tsql_expr(sct_tsql_pctx *c, sct_expr_kind k, sct_tsql_span sp)
{
	sct_expr *e = SCT_NEW(c->a, sct_expr);
	e->kind = k;
	e->loc = sp.first;
	e->end = sp.last;
	return e;
}

sct_expr *sct_tsql_lit(sct_tsql_pctx *c, int tok)
{
	const sct_tsql_tok *t = &c->toks[tok];
	sct_tsql_span sp = {t->off, t->off + t->len};
	const char *s = c->src + t->off;
	sct_expr *e;
	switch (t->kind) {
	case TK_STRING:
	case TK_NSTRING: {
		int nat;
		e = sct_tsql_expr(c, SCT_E_STR, sp);
		e->text = sct_tsql_string_value(c->a, s, t->len, &nat);
		if (nat)
			e->flags |= SCT_EF_NATIONAL;
		break;
	}
	case TK_BINARY:
		e = sct_tsql_expr(c, SCT_E_BIN, sp);
		e->text = sct_arena_strndup(c->a, s + 2, t->len - 2);
		break;
	default:
		e = sct_tsql_expr(c, SCT_E_NUM, sp);
		e->text = sct_arena_strndup(c->a, s, t->len);
		if (t->len > 1 && s[0] == '$') { /* money literal $5.00, $-3: CAST(5.00 AS money) */
			e->text = sct_arena_strndup(c->a, s + 1, t->len - 1);
			sct_expr *m = sct_tsql_expr(c, SCT_E_CAST, sp);
			m->a = e;
			sct_type *ty = SCT_NEW(c->a, sct_type);
			ty->loc = e->loc;
			ty->name = "money";
			sct_expr_set_type(c->a, m, ty);
			e = m;
		}
		break;
	}
	return e;
}

sct_option *sct_tsql_option(sct_tsql_pctx *c, sct_loc loc, const char *name, const char *value)
{
	return sct_new_option(c->a, loc, name, value);
}

sct_column *sct_tsql_column(sct_tsql_pctx *c, sct_ident name)
{
	return sct_new_column(c->a, name);
}

sct_constraint *sct_tsql_cons(sct_tsql_pctx *c, sct_cons_kind k, sct_loc loc)
{
	return sct_new_constraint(c->a, k, loc);
}

void sct_tsql_key_options(sct_tsql_pctx *c, sct_constraint *k, sct_list with, sct_option *hash)
{
	if (with.n || hash || c->fg) { /* most keys have some; a side part only then */
		sct_list *o = &sct_constraint_more_of(c->a, k)->options;
		*o = with;
		if (hash)
			sct_list_push(c->a, o, hash);
		if (c->fg)
			sct_list_push(c->a, o, c->fg);
	}
	c->fg = NULL;
}

static int ieq(const char *a, const char *b)
{
	return a && b && strcasecmp(a, b) == 0;
}

void sct_tsql_table_options(sct_tsql_pctx *c, sct_table *t, sct_list *opts)
{
	for (int i = 0; i < opts->n; i++) {
		sct_option *o = opts->items[i];
		if (!strcmp(o->name, "system_versioning") && ieq(o->value, "ON"))
			t->flags |= SCT_TABF_TEMPORAL;
		else if (!strcmp(o->name, "memory_optimized") && ieq(o->value, "ON"))
			t->flags |= SCT_TABF_MEMORY_OPTIMIZED;
		else if (!strcmp(o->name, "filegroup") && o->value && strchr(o->value, '('))
			t->flags |= SCT_TABF_PARTITIONED;
		sct_list_push(c->a, &t->options, o);
	}
	if (c->history) {
		t->history_table = c->history;
		c->history = NULL;
	}
	memset(opts, 0, sizeof *opts);
}

/* Upper-cased words of the first n tokens (identifiers/keywords only), separated by one space. */
char *sct_tsql_upper_words(sct_arena *a, const char *src, const sct_tsql_tok *t, size_t n)
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
