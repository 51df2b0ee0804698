/* read.c - parse rules text (docs/rules.md) into the tables of a session. */
#include "rules/internal.h"
#include "rules/builtin.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <regex.h>
#include <string.h>
#include <strings.h>

static const char *const known_engines[] = {"postgres", "aurora-postgres", "mysql", "mariadb", "aurora-mysql", NULL};

/* ---------- session ---------- */

sct_rules *sct_rules_new(sct_arena *a, const char *source, const char *target_engine, long target_version)
{
	sct_rules *r = SCT_NEW(a, sct_rules);
	r->a = a;
	r->source = sct_arena_lower(a, source ? source : "");
	r->engine = sct_arena_lower(a, target_engine ? target_engine : "");
	r->version = target_version > 0 ? (int64_t)target_version : RULES_INF;
	return r;
}

const char *sct_rules_last_error(const sct_rules *r)
{
	return r->last_error;
}

int sct_rules_parse_version(const char *s, long *out)
{
	long part[3] = {0, 0, 0};
	int n = 0;
	const char *p = s;
	if (!p || !isdigit((unsigned char)*p))
		return -1;
	for (;;) {
		long v = 0;
		int digits = 0;
		while (isdigit((unsigned char)*p)) {
			v = v * 10 + (*p++ - '0');
			if (++digits > 6)
				return -1;
		}
		if (!digits || (n > 0 && v > 999))
			return -1;
		part[n++] = v;
		if (*p == '.' && n < 3) {
			p++;
			continue;
		}
		break;
	}
	if (*p)
		return -1;
	if (part[0] > 999999)
		return -1;
	*out = part[0] * 1000000L + part[1] * 1000L + part[2];
	return 0;
}

/* ---------- parser state ---------- */

typedef struct rd {
	sct_rules *r;
	sct_arena *a;
	const char *file;
	int line;
	const char *p, *end;    /* rest of the current line (comment already cut off) */
	char *err;
	/* block state */
	int applies;
	/* parsed rules of this file, committed at the end */
	rnode *first, *last;
	int n;
} rd;

static int fail(rd *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(rd *d, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (!d->err)
		d->err = sct_arena_printf(d->a, "%s:%d: error: %s", d->file, d->line, msg);
	return -1;
}

static void skip_ws(rd *d)
{
	while (d->p < d->end && (*d->p == ' ' || *d->p == '\t'))
		d->p++;
}

static int at_end(rd *d)
{
	skip_ws(d);
	return d->p >= d->end;
}

static int is_name_char(int c)
{
	return isalnum(c) || c == '_' || c == '@' || c == '#' || c == '$' || c == '.';
}

/* a word made of name characters (and '-' inside when dash: engine names); arena lower-case copy or NULL */
static char *word_x(rd *d, int dash)
{
	skip_ws(d);
	const char *s = d->p;
	while (d->p < d->end && (is_name_char((unsigned char)*d->p) || (dash && d->p > s && *d->p == '-')))
		d->p++;
	if (d->p == s)
		return NULL;
	char *w = sct_arena_strndup(d->a, s, (size_t)(d->p - s));
	for (char *q = w; *q; q++)
		*q = (char)tolower((unsigned char)*q);
	return w;
}

static char *word(rd *d)
{
	return word_x(d, 0);
}

static int peek_word(rd *d, const char *w)
{
	skip_ws(d);
	size_t n = strlen(w);
	return (size_t)(d->end - d->p) >= n && strncasecmp(d->p, w, n) == 0 &&
	       (d->p + n == d->end || !is_name_char((unsigned char)d->p[n]));
}

static int peek_arrow(rd *d)
{
	skip_ws(d);
	return d->end - d->p >= 2 && d->p[0] == '-' && d->p[1] == '>';
}

static int is_ident(const char *w)
{
	if (!w || !(isalpha((unsigned char)*w) || *w == '_'))
		return 0;
	for (; *w; w++)
		if (!(isalnum((unsigned char)*w) || *w == '_'))
			return 0;
	return 1;
}

static int parse_int(const char *w, int64_t *out)
{
	const char *p = w;
	int neg = 0;
	if (*p == '-') {
		neg = 1;
		p++;
	}
	if (!isdigit((unsigned char)*p))
		return -1;
	int64_t v = 0;
	for (; *p; p++) {
		if (!isdigit((unsigned char)*p) || v > (INT64_MAX - 9) / 10)
			return -1;
		v = v * 10 + (*p - '0');
	}
	*out = neg ? -v : v;
	return 0;
}

/* ---------- pattern ---------- */

static int find_param(const rparam *ps, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (ps[i].kind == P_BIND && strcmp(ps[i].name, name) == 0)
			return i;
	return -1;
}

#define MAXP 32

static int parse_params(rd *d, int kind, rparam *ps, int *np)
{
	*np = 0;
	skip_ws(d);
	if (d->p >= d->end || *d->p != '(')
		return 0;
	d->p++;
	skip_ws(d);
	if (d->p < d->end && *d->p == ')') {
		d->p++;
		return 0;
	}
	for (;;) {
		if (*np == MAXP)
			return fail(d, "too many parameters");
		rparam *pp = &ps[*np];
		memset(pp, 0, sizeof *pp);
		skip_ws(d);
		if (d->end - d->p >= 3 && strncmp(d->p, "...", 3) == 0) {
			if (kind != SCT_RULE_FUNC)
				return fail(d, "'...' is only allowed in func patterns");
			d->p += 3;
			pp->kind = P_VARIADIC;
		} else if (d->p < d->end && *d->p == '%') {
			if (kind != SCT_RULE_FUNC)
				return fail(d, "literal '%%word' parameters are only allowed in func patterns");
			d->p++;
			const char *alts[64];
			int na = 0;
			for (;;) {
				const char *w = word(d);
				if (!w)
					return fail(d, "expected a word after '%%' or '|'");
				if (d->end - d->p >= 2 && d->p[0] == '(' && d->p[1] == ')') {
					/* %newid(): the argument is a call of that function without arguments */
					w = sct_arena_printf(d->a, "%s()", w);
					d->p += 2;
				}
				if (na == 64)
					return fail(d, "too many alternatives");
				alts[na++] = w;
				if (d->p < d->end && *d->p == '|') {
					d->p++;
					continue;
				}
				break;
			}
			pp->kind = P_LIT;
			pp->words = sct_arena_alloc(d->a, sizeof(char *) * (size_t)na);
			memcpy(pp->words, alts, sizeof(char *) * (size_t)na);
			pp->nwords = na;
		} else {
			const char *w = word(d);
			if (!w || !is_ident(w))
				return fail(d, "expected a parameter name, '%%word' or '...'");
			if (strcmp(w, "max") == 0 || strcmp(w, "target") == 0 || strcmp(w, "engine") == 0 ||
			    strcmp(w, "min") == 0)
				return fail(d, "'%s' cannot be used as a parameter name", w);
			if (find_param(ps, *np, w) >= 0)
				return fail(d, "duplicate parameter '%s'", w);
			pp->kind = P_BIND;
			pp->name = w;
			if (d->p < d->end && *d->p == '|') {
				d->p++;
				const char *m = word(d);
				if (!m || strcmp(m, "max") != 0)
					return fail(d, "expected 'max' after '%s|'", w);
				pp->allow_max = 1;
			}
			skip_ws(d);
			if (d->p < d->end && *d->p == '=') {
				if (kind != SCT_RULE_TYPE)
					return fail(d, "defaults are only allowed for type parameters; write a rule for the shorter call");
				d->p++;
				const char *v = word(d);
				if (v && strcmp(v, "max") == 0) {
					if (!pp->allow_max)
						return fail(d, "default 'max' needs '%s|max'", w);
					pp->def = SCT_PARAM_MAX;
				} else if (!v || parse_int(v, &pp->def) < 0 || pp->def < 0) {
					return fail(d, "bad default for '%s': expected a number or max", w);
				}
				pp->has_def = 1;
			} else if (*np > 0 && ps[*np - 1].kind == P_BIND && ps[*np - 1].has_def) {
				return fail(d, "parameter '%s' without a default follows one with a default", w);
			}
		}
		if (*np > 0 && ps[*np - 1].kind == P_VARIADIC)
			return fail(d, "'...' must be the last parameter");
		(*np)++;
		skip_ws(d);
		if (d->p < d->end && *d->p == ',') {
			d->p++;
			continue;
		}
		if (d->p < d->end && *d->p == ')') {
			d->p++;
			return 0;
		}
		return fail(d, "expected ',' or ')' in the parameter list");
	}
}

/* ---------- guard ---------- */

static int parse_op(rd *d, int *op)
{
	skip_ws(d);
	static const struct { const char *s; int op; } ops[] = {
		{"==", OP_EQ}, {"!=", OP_NE}, {"<=", OP_LE}, {">=", OP_GE}, {"<", OP_LT}, {">", OP_GT}, {"=", OP_EQ},
	};
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		size_t n = strlen(ops[i].s);
		if ((size_t)(d->end - d->p) >= n && strncmp(d->p, ops[i].s, n) == 0) {
			d->p += n;
			*op = ops[i].op;
			return 0;
		}
	}
	return fail(d, "expected a comparison (== != < <= > >=)");
}

/* ~ "regex" or !~ "regex" after 'column'; the expression must compile (checked here, compiled again per match). */
static int parse_column_guard(rd *d, gcmp *c)
{
	skip_ws(d);
	if (d->end - d->p >= 2 && d->p[0] == '!' && d->p[1] == '~') {
		c->op = OP_NE;
		d->p += 2;
	} else if (d->p < d->end && d->p[0] == '~') {
		c->op = OP_EQ;
		d->p++;
	} else {
		return fail(d, "expected ~ or !~ after 'column'");
	}
	skip_ws(d);
	if (d->p >= d->end || *d->p != '"')
		return fail(d, "expected a quoted regular expression after 'column ~'");
	const char *s = ++d->p;
	char *buf = sct_arena_alloc(d->a, (size_t)(d->end - s) + 1), *o = buf;
	while (d->p < d->end && *d->p != '"') {
		if (*d->p == '\\' && d->p + 1 < d->end && (d->p[1] == '"' || d->p[1] == '\\'))
			d->p++;
		*o++ = *d->p++;
	}
	if (d->p >= d->end)
		return fail(d, "unterminated regular expression");
	d->p++;
	*o = 0;
	regex_t re;
	if (regcomp(&re, buf, REG_EXTENDED | REG_ICASE | REG_NOSUB) != 0)
		return fail(d, "bad regular expression \"%s\"", buf);
	regfree(&re);
	c->left = G_COLUMN;
	c->word = buf;
	return 0;
}

static int parse_guard(rd *d, int kind, const rparam *ps, int np, gcmp **out, int *nout)
{
	gcmp g[16];
	int n = 0;
	for (;;) {
		if (n == 16)
			return fail(d, "too many comparisons in the guard");
		gcmp *c = &g[n];
		memset(c, 0, sizeof *c);
		const char *lhs = word(d);
		if (!lhs)
			return fail(d, "expected a parameter, 'target' or 'engine' after 'if'");
		if (strcmp(lhs, "column") == 0 && find_param(ps, np, lhs) < 0) {
			/* column ~ "regex" / column !~ "regex": the name of the column being typed (type rules) */
			if (kind != SCT_RULE_TYPE)
				return fail(d, "only type rules can test 'column'");
			if (parse_column_guard(d, c) < 0)
				return -1;
			n++;
			if (peek_word(d, "and")) {
				word(d);
				continue;
			}
			break;
		}
		if (parse_op(d, &c->op) < 0)
			return -1;
		const char *rhs = word_x(d, 1);
		if (!rhs)
			return fail(d, "expected a value after the comparison");
		if (strcmp(lhs, "target") == 0) {
			long v;
			c->left = G_TARGET;
			if (sct_rules_parse_version(rhs, &v) < 0)
				return fail(d, "bad version '%s' (expected e.g. 13 or 8.0.16)", rhs);
			c->value = v;
		} else if (strcmp(lhs, "engine") == 0) {
			c->left = G_ENGINE;
			if (c->op != OP_EQ && c->op != OP_NE)
				return fail(d, "engine can only be compared with == or !=");
			int ok = 0;
			for (int i = 0; known_engines[i]; i++)
				ok |= strcmp(known_engines[i], rhs) == 0;
			if (!ok)
				return fail(d, "unknown engine '%s'", rhs);
			c->word = rhs;
		} else {
			if (kind == SCT_RULE_KEYWORD)
				return fail(d, "keyword guards can only test 'target' and 'engine'");
			c->left = G_PARAM;
			c->param = find_param(ps, np, lhs);
			if (c->param < 0)
				return fail(d, "unknown name '%s' in guard (not a parameter, 'target' or 'engine')", lhs);
			if (strcmp(rhs, "max") == 0)
				c->value = RULES_INF;
			else if (parse_int(rhs, &c->value) < 0)
				return fail(d, "bad value '%s' in guard (expected a number or max)", rhs);
		}
		n++;
		if (peek_word(d, "and")) {
			word(d);
			continue;
		}
		break;
	}
	*out = sct_arena_alloc(d->a, sizeof(gcmp) * (size_t)n);
	memcpy(*out, g, sizeof(gcmp) * (size_t)n);
	*nout = n;
	return 0;
}

/* ---------- templates ---------- */

typedef struct xp {
	rd *d;
	const char *p, *end;
	const rparam *ps;
	int np;
} xp;

static void xws(xp *x)
{
	while (x->p < x->end && isspace((unsigned char)*x->p))
		x->p++;
}

static const texpr *xexpr(xp *x);

static texpr *xnew(xp *x, int op)
{
	texpr *e = SCT_NEW(x->d->a, texpr);
	e->op = op;
	return e;
}

static const texpr *xprimary(xp *x)
{
	xws(x);
	if (x->p >= x->end) {
		fail(x->d, "unexpected end of template expression");
		return NULL;
	}
	if (*x->p == '(') {
		x->p++;
		const texpr *e = xexpr(x);
		xws(x);
		if (!e)
			return NULL;
		if (x->p >= x->end || *x->p != ')') {
			fail(x->d, "expected ')' in template expression");
			return NULL;
		}
		x->p++;
		return e;
	}
	if (isdigit((unsigned char)*x->p)) {
		texpr *e = xnew(x, X_NUM);
		while (x->p < x->end && isdigit((unsigned char)*x->p)) {
			if (e->num > INT64_MAX / 10 - 10) {
				fail(x->d, "number too large in template");
				return NULL;
			}
			e->num = e->num * 10 + (*x->p++ - '0');
		}
		return e;
	}
	if (isalpha((unsigned char)*x->p) || *x->p == '_') {
		const char *s = x->p;
		while (x->p < x->end && (isalnum((unsigned char)*x->p) || *x->p == '_'))
			x->p++;
		size_t n = (size_t)(x->p - s);
		char name[64];
		if (n >= sizeof name) {
			fail(x->d, "name too long in template");
			return NULL;
		}
		for (size_t i = 0; i < n; i++)
			name[i] = (char)tolower((unsigned char)s[i]);
		name[n] = 0;
		xws(x);
		if ((strcmp(name, "min") == 0 || strcmp(name, "max") == 0) && x->p < x->end && *x->p == '(') {
			x->p++;
			texpr *e = xnew(x, name[1] == 'i' ? X_MIN : X_MAX);
			if (!(e->l = xexpr(x)))
				return NULL;
			xws(x);
			if (x->p >= x->end || *x->p != ',') {
				fail(x->d, "%s() takes two arguments", name);
				return NULL;
			}
			x->p++;
			if (!(e->r = xexpr(x)))
				return NULL;
			xws(x);
			if (x->p >= x->end || *x->p != ')') {
				fail(x->d, "expected ')' after the arguments of %s()", name);
				return NULL;
			}
			x->p++;
			return e;
		}
		int i = find_param(x->ps, x->np, name);
		if (i < 0) {
			fail(x->d, "unknown parameter '%s' in template", name);
			return NULL;
		}
		texpr *e = xnew(x, X_PARAM);
		e->param = i;
		return e;
	}
	fail(x->d, "unexpected '%c' in template expression", *x->p);
	return NULL;
}

static const texpr *xterm(xp *x)
{
	const texpr *l = xprimary(x);
	while (l) {
		xws(x);
		if (x->p < x->end && (*x->p == '*' || *x->p == '/')) {
			texpr *e = xnew(x, *x->p == '*' ? X_MUL : X_DIV);
			x->p++;
			e->l = l;
			if (!(e->r = xprimary(x)))
				return NULL;
			l = e;
		} else {
			break;
		}
	}
	return l;
}

static const texpr *xexpr(xp *x)
{
	const texpr *l = xterm(x);
	while (l) {
		xws(x);
		if (x->p < x->end && (*x->p == '+' || *x->p == '-')) {
			texpr *e = xnew(x, *x->p == '+' ? X_ADD : X_SUB);
			x->p++;
			e->l = l;
			if (!(e->r = xterm(x)))
				return NULL;
			l = e;
		} else {
			break;
		}
	}
	return l;
}

/* Compile template text [s,e) for a rule of `kind`. Func/keyword rules get sct_tseg segments, type
 * rules ttseg segments (with expressions). `{{` and `}}` are literal braces. */
static int compile_template(rd *d, int kind, const char *s, const char *e, const rparam *ps, int np, sct_rule *rule,
                            struct sct_rule_impl *impl)
{
	int cap = 8, n = 0;
	sct_tseg *fs = NULL;
	ttseg *ts = NULL;
	if (kind == SCT_RULE_TYPE)
		ts = sct_arena_alloc(d->a, sizeof(ttseg) * (size_t)cap);
	else
		fs = sct_arena_alloc(d->a, sizeof(sct_tseg) * (size_t)cap);
	char *lit = sct_arena_alloc(d->a, (size_t)(e - s) + 1); /* literal text with escapes removed */
	size_t litlen = 0, litstart = 0;
#define GROW()                                                                                   \
	do {                                                                                         \
		if (n == cap) {                                                                          \
			cap *= 2;                                                                            \
			if (ts) {                                                                            \
				ttseg *t2 = sct_arena_alloc(d->a, sizeof(ttseg) * (size_t)cap);                  \
				memcpy(t2, ts, sizeof(ttseg) * (size_t)n);                                       \
				ts = t2;                                                                         \
			} else {                                                                             \
				sct_tseg *f2 = sct_arena_alloc(d->a, sizeof(sct_tseg) * (size_t)cap);            \
				memcpy(f2, fs, sizeof(sct_tseg) * (size_t)n);                                    \
				fs = f2;                                                                         \
			}                                                                                    \
		}                                                                                        \
	} while (0)
#define FLUSH()                                                                                  \
	do {                                                                                         \
		if (litlen > litstart) {                                                                 \
			GROW();                                                                              \
			if (ts) {                                                                            \
				ts[n].text = lit + litstart;                                                     \
				ts[n].len = litlen - litstart;                                                   \
				ts[n].e = NULL;                                                                  \
			} else {                                                                             \
				fs[n].arg = SCT_TSEG_TEXT;                                                       \
				fs[n].text = lit + litstart;                                                     \
				fs[n].len = litlen - litstart;                                                   \
			}                                                                                    \
			n++;                                                                                 \
			litstart = litlen;                                                                   \
		}                                                                                        \
	} while (0)
	const char *p = s;
	while (p < e) {
		if (*p == '{' && p + 1 < e && p[1] == '{') {
			lit[litlen++] = '{';
			p += 2;
			continue;
		}
		if (*p == '}' && p + 1 < e && p[1] == '}') {
			lit[litlen++] = '}';
			p += 2;
			continue;
		}
		if (*p != '{') {
			lit[litlen++] = *p++;
			continue;
		}
		const char *q = memchr(p, '}', (size_t)(e - p));
		if (!q)
			return fail(d, "unterminated '{' in template");
		const char *in = p + 1;
		size_t inlen = (size_t)(q - in);
		while (inlen && isspace((unsigned char)*in))
			in++, inlen--;
		while (inlen && isspace((unsigned char)in[inlen - 1]))
			inlen--;
		if (kind == SCT_RULE_KEYWORD)
			return fail(d, "keyword templates take no '{...}' substitutions (use '{{' for a literal brace)");
		FLUSH();
		GROW();
		if (kind == SCT_RULE_FUNC) {
			if (inlen == 3 && memcmp(in, "...", 3) == 0) {
				if (np == 0 || ps[np - 1].kind != P_VARIADIC)
					return fail(d, "'{...}' in a template whose pattern has no '...'");
				fs[n].arg = SCT_TSEG_ALL;
				fs[n].text = NULL;
				fs[n].len = (size_t)(np - 1);
			} else {
				char name[64];
				if (inlen == 0 || inlen >= sizeof name)
					return fail(d, "bad substitution '{%.*s}'", (int)inlen, in);
				for (size_t i = 0; i < inlen; i++)
					name[i] = (char)tolower((unsigned char)in[i]);
				name[inlen] = 0;
				int i = find_param(ps, np, name);
				if (i < 0 && !strcmp(name, "order")) { /* the WITHIN GROUP order of an aggregate */
					fs[n].arg = SCT_TSEG_ORDER;
					fs[n].text = NULL;
					fs[n].len = 0;
					n++;
					p = q + 1;
					continue;
				}
				if (i < 0) {
					if (is_ident(name))
						return fail(d, "unknown argument '%s' in template", name);
					return fail(d, "bad substitution '{%s}' (func templates take argument names, {...} and {order})", name);
				}
				fs[n].arg = i;
				fs[n].text = NULL;
				fs[n].len = 0;
			}
		} else {
			xp x = {d, in, in + inlen, ps, np};
			const texpr *ex = xexpr(&x);
			if (!ex)
				return -1;
			xws(&x);
			if (x.p != x.end)
				return fail(d, "unexpected '%.*s' in template expression", (int)(x.end - x.p), x.p);
			ts[n].text = NULL;
			ts[n].len = 0;
			ts[n].e = ex;
		}
		n++;
		p = q + 1;
	}
	FLUSH();
#undef GROW
#undef FLUSH
	if (ts) {
		impl->tsegs = ts;
		impl->ntsegs = n;
	} else {
		rule->segs = fs;
		rule->nsegs = n;
	}
	return 0;
}

/* ---------- annotations ---------- */

static const char *const ann_keys[] = {"sev", "code", "effort", "note", "learn", NULL};

/* does an annotation `key:` start at p? */
static int is_annotation(const char *p, const char *end)
{
	for (int i = 0; ann_keys[i]; i++) {
		size_t n = strlen(ann_keys[i]);
		if ((size_t)(end - p) > n && strncasecmp(p, ann_keys[i], n) == 0 && p[n] == ':')
			return 1;
	}
	return 0;
}

static int parse_minutes(rd *d, const char *key, const char *v, int *out)
{
	int64_t x;
	if (parse_int(v, &x) < 0 || x < 0 || x > 1000000)
		return fail(d, "bad %s '%s' (expected minutes, a whole number)", key, v);
	*out = (int)x;
	return 0;
}

/* key:value ... up to the end of the line */
static int parse_annotations(rd *d, sct_rule *rule, int *learn, int allow_rule_keys, int allow_learn)
{
	while (!at_end(d)) {
		const char *ks = d->p;
		while (d->p < d->end && isalpha((unsigned char)*d->p))
			d->p++;
		size_t kn = (size_t)(d->p - ks);
		if (d->p >= d->end || *d->p != ':' || kn == 0)
			return fail(d, "unexpected '%.*s' (expected key:value annotations such as sev:warn)",
			            (int)(d->end - ks > 40 ? 40 : d->end - ks), ks);
		char key[16];
		if (kn >= sizeof key)
			return fail(d, "unknown annotation '%.*s'", (int)kn, ks);
		for (size_t i = 0; i < kn; i++)
			key[i] = (char)tolower((unsigned char)ks[i]);
		key[kn] = 0;
		d->p++;
		char *val;
		if (d->p < d->end && *d->p == '"') {
			d->p++;
			char *buf = sct_arena_alloc(d->a, (size_t)(d->end - d->p) + 1);
			size_t bl = 0;
			for (;;) {
				if (d->p >= d->end)
					return fail(d, "unterminated string in %s:", key);
				if (*d->p == '"') {
					d->p++;
					break;
				}
				if (*d->p == '\\' && d->p + 1 < d->end && (d->p[1] == '"' || d->p[1] == '\\'))
					d->p++;
				buf[bl++] = *d->p++;
			}
			val = buf;
		} else {
			const char *vs = d->p;
			while (d->p < d->end && !isspace((unsigned char)*d->p))
				d->p++;
			if (d->p == vs)
				return fail(d, "missing value after %s:", key);
			val = sct_arena_strndup(d->a, vs, (size_t)(d->p - vs));
		}
		if (d->p < d->end && !isspace((unsigned char)*d->p))
			return fail(d, "expected a space after the value of %s:", key);
		if (strcmp(key, "effort") == 0) {
			if (parse_minutes(d, key, val, &rule->effort) < 0)
				return -1;
		} else if (strcmp(key, "learn") == 0 && allow_learn) {
			if (parse_minutes(d, key, val, learn) < 0)
				return -1;
		} else if (strcmp(key, "sev") == 0 && allow_rule_keys) {
			if (strcasecmp(val, "info") == 0)
				rule->severity = SCT_SEV_INFO;
			else if (strcasecmp(val, "warn") == 0 || strcasecmp(val, "warning") == 0)
				rule->severity = SCT_SEV_WARN;
			else if (strcasecmp(val, "error") == 0)
				rule->severity = SCT_SEV_ERROR;
			else
				return fail(d, "bad severity '%s' (expected info, warn or error)", val);
		} else if (strcmp(key, "code") == 0 && allow_rule_keys) {
			if (!isalpha((unsigned char)val[0]))
				return fail(d, "bad code '%s' (expected e.g. T101)", val);
			for (char *q = val; *q; q++) {
				if (!isalnum((unsigned char)*q) && *q != '_' && *q != '-')
					return fail(d, "bad code '%s' (expected e.g. T101)", val);
				*q = (char)toupper((unsigned char)*q);
			}
			rule->code = val;
		} else if (strcmp(key, "note") == 0 && allow_rule_keys) {
			rule->note = val;
		} else {
			return fail(d, "annotation '%s:' is not allowed here", key);
		}
	}
	return 0;
}

/* ---------- lines ---------- */

static int directive(rd *d, int *src_ok, int *tgt_ok)
{
	d->p++; /* '@' */
	const char *w = word(d);
	if (!w)
		return fail(d, "expected @source or @target");
	if (strcmp(w, "source") == 0) {
		const char *s = word(d);
		if (!s)
			return fail(d, "@source needs a dialect name");
		if (!at_end(d))
			return fail(d, "@source takes one dialect name");
		*src_ok = strcmp(s, d->r->source) == 0;
	} else if (strcmp(w, "target") == 0) {
		int any = 0, ok = 0;
		const char *t;
		while ((t = word_x(d, 1))) {
			int known = 0;
			for (int i = 0; known_engines[i]; i++)
				known |= strcmp(known_engines[i], t) == 0;
			if (!known)
				return fail(d, "unknown target engine '%s' (expected postgres, aurora-postgres, mysql, mariadb or aurora-mysql)", t);
			ok |= strcmp(t, d->r->engine) == 0;
			any = 1;
		}
		if (!any)
			return fail(d, "@target needs one or more engine names");
		if (!at_end(d))
			return fail(d, "unexpected '%.*s' after @target", (int)(d->end - d->p), d->p);
		*tgt_ok = ok;
	} else {
		return fail(d, "unknown directive '@%s' (expected @source or @target)", w);
	}
	return 0;
}

static int kind_of(const char *w)
{
	if (strcmp(w, "type") == 0)
		return SCT_RULE_TYPE;
	if (strcmp(w, "func") == 0)
		return SCT_RULE_FUNC;
	if (strcmp(w, "keyword") == 0)
		return SCT_RULE_KEYWORD;
	if (strcmp(w, "code") == 0)
		return SCT_RULE_CODE;
	return 0;
}

static rnode *new_node(rd *d, int kind)
{
	rnode *nd = SCT_NEW(d->a, rnode);
	struct sct_rule_impl *impl = SCT_NEW(d->a, struct sct_rule_impl);
	impl->learn = -1;
	nd->rule.kind = kind;
	nd->rule.effort = -1;
	nd->rule.file = d->file;
	nd->rule.line = d->line;
	nd->rule.impl = impl;
	return nd;
}

static int rule_line(rd *d, int kind)
{
	rnode *nd = new_node(d, kind);
	sct_rule *rule = &nd->rule;
	struct sct_rule_impl *impl = (struct sct_rule_impl *)rule->impl;

	if (kind == SCT_RULE_CODE) {
		const char *c = word(d);
		if (!c || !isalpha((unsigned char)c[0]))
			return fail(d, "code needs a report code, e.g. code T101 effort:5");
		char *u = sct_arena_strdup(d->a, c);
		for (char *q = u; *q; q++)
			*q = (char)toupper((unsigned char)*q);
		rule->code = u;
		rule->name = sct_arena_lower(d->a, u);
		if (parse_annotations(d, rule, &impl->learn, 0, 1) < 0)
			return -1;
		if (rule->effort < 0 && impl->learn < 0)
			return fail(d, "code line needs effort:N and/or learn:N");
		goto done;
	}

	/* name: one word (type names may be several, e.g. "double precision") */
	char namebuf[256];
	size_t nl = 0;
	for (;;) {
		skip_ws(d);
		if (d->p >= d->end || *d->p == '(' || peek_arrow(d) || (nl && peek_word(d, "if")))
			break;
		const char *w = word(d);
		if (!w)
			return fail(d, "unexpected '%c' in the %s name", *d->p, kind == SCT_RULE_TYPE ? "type" : "function");
		size_t wl = strlen(w);
		if (nl + wl + 2 >= sizeof namebuf)
			return fail(d, "name too long");
		if (nl)
			namebuf[nl++] = ' ';
		memcpy(namebuf + nl, w, wl);
		nl += wl;
		if (kind != SCT_RULE_TYPE)
			break;
	}
	if (!nl)
		return fail(d, "missing name after '%s'", kind == SCT_RULE_TYPE ? "type" : kind == SCT_RULE_FUNC ? "func" : "keyword");
	rule->name = sct_arena_strndup(d->a, namebuf, nl);

	rparam ps[MAXP];
	int np = 0;
	skip_ws(d);
	if (kind == SCT_RULE_KEYWORD && d->p < d->end && *d->p == '(')
		return fail(d, "keyword rules take no parameter list (use func for calls)");
	if (kind == SCT_RULE_FUNC && (d->p >= d->end || *d->p != '('))
		return fail(d, "func pattern needs a parameter list, e.g. %s() or %s(a, b)", rule->name, rule->name);
	if (parse_params(d, kind, ps, &np) < 0)
		return -1;
	if (np) {
		rparam *cp = sct_arena_alloc(d->a, sizeof(rparam) * (size_t)np);
		memcpy(cp, ps, sizeof(rparam) * (size_t)np);
		impl->params = cp;
		impl->nparams = np;
	}
	rule->variadic = np > 0 && ps[np - 1].kind == P_VARIADIC;
	rule->nparams = np - rule->variadic;

	if (peek_word(d, "if")) {
		word(d);
		gcmp *g = NULL;
		if (parse_guard(d, kind, ps, np, &g, &impl->nguard) < 0)
			return -1;
		impl->guard = g;
	}
	if (!peek_arrow(d)) {
		if (d->p >= d->end)
			return fail(d, "missing '->' and a target");
		return fail(d, "expected '->' before '%.*s'", (int)(d->end - d->p > 40 ? 40 : d->end - d->p), d->p);
	}
	d->p += 2;
	skip_ws(d);

	/* the target: !manual, !drop or a template running to the first annotation outside quotes/braces */
	if (d->p < d->end && *d->p == '!') {
		d->p++;
		const char *w = word(d);
		if (w && strcmp(w, "manual") == 0)
			rule->action = SCT_RULE_MANUAL;
		else if (w && strcmp(w, "drop") == 0)
			rule->action = SCT_RULE_DROP;
		else
			return fail(d, "unknown action '!%s' (expected !manual or !drop)", w ? w : "");
		if (d->p < d->end && !isspace((unsigned char)*d->p))
			return fail(d, "unexpected text after the action");
	} else {
		const char *s = d->p, *q = d->p;
		char quote = 0;
		int brace = 0;
		while (q < d->end) {
			if (quote) {
				if (*q == quote)
					quote = 0;
			} else if (*q == '\'' || *q == '"') {
				quote = *q;
			} else if (*q == '{') {
				brace++;
			} else if (*q == '}') {
				if (brace)
					brace--;
			} else if (!brace && isspace((unsigned char)*q) && is_annotation(q + 1, d->end)) {
				break;
			}
			q++;
		}
		if (quote)
			return fail(d, "unterminated %c-quoted text in the template", quote);
		const char *e = q;
		while (e > s && isspace((unsigned char)e[-1]))
			e--;
		if (e == s)
			return fail(d, "empty template after '->'");
		rule->text = sct_arena_strndup(d->a, s, (size_t)(e - s));
		if (compile_template(d, kind, s, e, ps, np, rule, impl) < 0)
			return -1;
		d->p = q;
	}
	if (parse_annotations(d, rule, NULL, 1, 0) < 0)
		return -1;
	if (rule->action == SCT_RULE_MANUAL && !rule->severity)
		rule->severity = SCT_SEV_ERROR;
	if (rule->action == SCT_RULE_DROP && !rule->severity)
		rule->severity = SCT_SEV_WARN;
	if (rule->action != SCT_RULE_MAP && !rule->note)
		return fail(d, "!manual and !drop rules need a note:\"...\" saying why");
done:
	if (!d->applies)
		return 0;
	if (d->last)
		d->last->next = nd;
	else
		d->first = nd;
	d->last = nd;
	d->n++;
	return 0;
}

/* cut the comment: outside quotes, a '#' at the start of the line, or a '#' preceded by white space and
 * followed by white space or the end of the line (so templates may use operators such as #>>) */
static const char *comment_start(const char *s, const char *e)
{
	char quote = 0;
	while (s < e && isspace((unsigned char)*s))
		s++;
	for (const char *p = s; p < e; p++) {
		if (quote) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '\'' || *p == '"') {
			quote = *p;
		} else if (*p == '#' && (p == s || (isspace((unsigned char)p[-1]) &&
		                                     (p + 1 == e || isspace((unsigned char)p[1]))))) {
			return p;
		}
	}
	return e;
}

static void commit(sct_rules *r, rnode *first)
{
	int id = ++r->load_seq;
	for (rnode *nd = first, *next; nd; nd = next) {
		next = nd->next;
		nd->next = NULL;
		rgroup *g = sct_rules__group(r, nd->rule.kind, nd->rule.name);
		if (!g) {
			unsigned h = sct_rules__hash(nd->rule.kind, nd->rule.name);
			g = SCT_NEW(r->a, rgroup);
			g->kind = nd->rule.kind;
			g->name = nd->rule.name;
			g->next = r->buckets[h];
			r->buckets[h] = g;
		}
		if (g->load_id == id) {
			nd->next = g->last_of_load->next;
			g->last_of_load->next = nd;
		} else {
			nd->next = g->head;
			g->head = nd;
			g->load_id = id;
		}
		g->last_of_load = nd;
		r->counts[nd->rule.kind]++;
	}
}

int sct_rules_load_text(sct_rules *r, const char *filename, const char *text, size_t len, char **err)
{
	rd d;
	memset(&d, 0, sizeof d);
	d.r = r;
	d.a = r->a;
	d.file = sct_arena_strdup(r->a, filename ? filename : "<rules>");
	int src_ok = 1, tgt_ok = 1; /* until the first @source/@target a file applies to the session */
	const char *p = text, *end = text + len;
	if (err)
		*err = NULL;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end && !d.err) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		d.line++;
		const char *ce = le;
		if (ce > p && ce[-1] == '\r')
			ce--;
		for (const char *q = p; q < ce; q++)
			if (*q == '\0') {
				fail(&d, "NUL byte in rules text");
				break;
			}
		if (d.err)
			break;
		d.p = p;
		d.end = comment_start(p, ce);
		d.applies = src_ok && tgt_ok;
		if (!at_end(&d)) {
			if (*d.p == '@' && d.p + 1 < d.end && d.p[1] != '@') {
				directive(&d, &src_ok, &tgt_ok);
			} else {
				const char *w = word(&d);
				int kind = w ? kind_of(w) : 0;
				if (!kind)
					fail(&d, "unknown rule kind '%s' (expected type, func, keyword, code or @source/@target)",
					     w ? w : "");
				else
					rule_line(&d, kind);
			}
		}
		p = nl ? nl + 1 : end;
	}
	if (d.err) {
		r->last_error = d.err;
		if (err)
			*err = d.err;
		return -1;
	}
	commit(r, d.first);
	return d.n;
}

int sct_rules_load_builtin(sct_rules *r)
{
	int total = 0;
	for (const sct_builtin_rules *b = sct_builtin_rules_table; b->name; b++) {
		int n = sct_rules_load_text(r, b->name, b->text, b->len, NULL);
		if (n < 0)
			return -1;
		total += n;
	}
	return total;
}
