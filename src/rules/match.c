/* match.c - rule lookup (patterns, guards) and type template expansion. */
#include "rules/internal.h"
#include <ctype.h>
#include <stdio.h>
#include <regex.h>
#include <string.h>
#include <strings.h>

unsigned sct_rules__hash(int kind, const char *lname)
{
	unsigned h = 2166136261u ^ (unsigned)kind;
	for (const unsigned char *p = (const unsigned char *)lname; *p; p++)
		h = (h ^ (unsigned)tolower(*p)) * 16777619u;
	return h % RULES_NBUCKETS;
}

rgroup *sct_rules__group(const sct_rules *r, int kind, const char *name)
{
	if (!r || !name)
		return NULL;
	for (rgroup *g = r->buckets[sct_rules__hash(kind, name)]; g; g = g->next)
		if (g->kind == kind && strcasecmp(g->name, name) == 0)
			return g;
	return NULL;
}

int sct_rules_count(const sct_rules *r, int kind)
{
	if (kind == 0) {
		int n = 0;
		for (int k = 1; k <= SCT_RULE_CODE; k++)
			n += r->counts[k];
		return n;
	}
	return kind >= 1 && kind <= SCT_RULE_CODE ? r->counts[kind] : 0;
}

static int cmp(int64_t a, int op, int64_t b)
{
	switch (op) {
	case OP_EQ: return a == b;
	case OP_NE: return a != b;
	case OP_LT: return a < b;
	case OP_LE: return a <= b;
	case OP_GT: return a > b;
	case OP_GE: return a >= b;
	}
	return 0;
}

/* vals[i]: value of parameter i for G_PARAM comparisons; ok[i] says whether it has a numeric value */
/* column ~ "re": the column name matches (case-insensitive); no column (not a column's type) never matches */
static int column_ok(const gcmp *c, const char *column)
{
	if (!column)
		return 0;
	regex_t re;
	if (regcomp(&re, c->word, REG_EXTENDED | REG_ICASE | REG_NOSUB) != 0)
		return 0;
	int m = regexec(&re, column, 0, NULL, 0) == 0;
	regfree(&re);
	return m == (c->op == OP_EQ);
}

static int guard_ok(const sct_rules *r, const struct sct_rule_impl *im, const int64_t *vals, const int *ok,
		    const char *column)
{
	for (int i = 0; i < im->nguard; i++) {
		const gcmp *c = &im->guard[i];
		switch (c->left) {
		case G_TARGET:
			if (!cmp(r->version, c->op, c->value))
				return 0;
			break;
		case G_ENGINE:
			if ((strcmp(r->engine, c->word) == 0) != (c->op == OP_EQ))
				return 0;
			break;
		case G_COLUMN:
			if (!column_ok(c, column))
				return 0;
			break;
		default:
			if (!ok || !ok[c->param] || !cmp(vals[c->param], c->op, c->value))
				return 0;
		}
	}
	return 1;
}

/* Bind type parameters: vals[] in comparison form (max = RULES_INF). 0 if the pattern does not fit. */
static int bind_type(const struct sct_rule_impl *im, int nparams, const int64_t *params, int64_t *vals)
{
	if (nparams > im->nparams || nparams < 0)
		return 0;
	for (int i = 0; i < im->nparams; i++) {
		const rparam *p = &im->params[i];
		int64_t v;
		if (i < nparams) {
			v = params[i];
		} else {
			if (!p->has_def)
				return 0;
			v = p->def;
		}
		if (v == SCT_PARAM_MAX) {
			if (!p->allow_max)
				return 0;
			v = RULES_INF;
		} else if (v < 0) {
			return 0; /* (*) and other specials match no binder */
		}
		vals[i] = v;
	}
	return 1;
}

const sct_rule *sct_rules_match_type(const sct_rules *r, const char *name, int nparams, const int64_t *params)
{
	return sct_rules_match_type_col(r, name, nparams, params, NULL);
}

const sct_rule *sct_rules_match_type_col(const sct_rules *r, const char *name, int nparams, const int64_t *params,
					 const char *column)
{
	rgroup *g = sct_rules__group(r, SCT_RULE_TYPE, name);
	if (!g)
		return NULL;
	for (const rnode *nd = g->head; nd; nd = nd->next) {
		const struct sct_rule_impl *im = nd->rule.impl;
		int64_t vals[32];
		int ok[32];
		if (!bind_type(im, nparams, params, vals))
			continue;
		for (int i = 0; i < im->nparams; i++)
			ok[i] = 1;
		if (guard_ok(r, im, vals, ok, column))
			return &nd->rule;
	}
	return NULL;
}

int sct_rules_type_by_column(const sct_rules *r, const char *name)
{
	rgroup *g = sct_rules__group(r, SCT_RULE_TYPE, name);
	for (const rnode *nd = g ? g->head : NULL; nd; nd = nd->next)
		for (int i = 0; i < nd->rule.impl->nguard; i++)
			if (nd->rule.impl->guard[i].left == G_COLUMN)
				return 1;
	return 0;
}

/* evaluate; 0 on success. RULES_INF (max) may only pass through min/max or stand alone. */
static int eval(const texpr *e, const int64_t *vals, int64_t *out)
{
	int64_t a, b;
	switch (e->op) {
	case X_NUM:
		*out = e->num;
		return 0;
	case X_PARAM:
		*out = vals[e->param];
		return 0;
	}
	if (eval(e->l, vals, &a) < 0 || eval(e->r, vals, &b) < 0)
		return -1;
	if (e->op == X_MIN) {
		*out = a < b ? a : b;
		return 0;
	}
	if (e->op == X_MAX) {
		*out = a > b ? a : b;
		return 0;
	}
	if (a == RULES_INF || b == RULES_INF)
		return -1;
	switch (e->op) {
	case X_ADD:
		if (__builtin_add_overflow(a, b, out))
			return -1;
		return 0;
	case X_SUB:
		if (__builtin_sub_overflow(a, b, out))
			return -1;
		return 0;
	case X_MUL:
		if (__builtin_mul_overflow(a, b, out))
			return -1;
		return 0;
	case X_DIV:
		if (b == 0)
			return -1;
		*out = a / b;
		return 0;
	}
	return -1;
}

int sct_rules_expand_type(const sct_rules *r, const sct_rule *rule, int nparams, const int64_t *params, char *out,
                          size_t cap)
{
	(void)r;
	if (!rule || rule->kind != SCT_RULE_TYPE || rule->action != SCT_RULE_MAP)
		return -1;
	const struct sct_rule_impl *im = rule->impl;
	int64_t vals[32];
	if (!bind_type(im, nparams, params, vals))
		return -1;
	size_t n = 0;
	for (int i = 0; i < im->ntsegs; i++) {
		const ttseg *s = &im->tsegs[i];
		char num[32];
		const char *t;
		size_t len;
		if (s->e) {
			int64_t v;
			if (eval(s->e, vals, &v) < 0)
				return -1;
			if (v == RULES_INF) {
				t = "max", len = 3;
			} else { /* digits from the right, no printf: called for every column type */
				uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
				char *d = num + sizeof num;
				do
					*--d = (char)('0' + u % 10);
				while (u /= 10);
				if (v < 0)
					*--d = '-';
				t = d, len = (size_t)(num + sizeof num - d);
			}
		} else {
			t = s->text;
			len = s->len;
		}
		if (cap && n < cap - 1) {
			size_t k = len < cap - 1 - n ? len : cap - 1 - n;
			memcpy(out + n, t, k);
		}
		n += len;
	}
	if (cap)
		out[n < cap - 1 ? n : cap - 1] = 0;
	return n > (size_t)0x7fffffff ? -1 : (int)n;
}

static int word_num(const char *w, int64_t *out)
{
	const char *p = w;
	int neg = 0;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (!isdigit((unsigned char)*p))
		return 0;
	int64_t v = 0;
	for (; *p; p++) {
		if (!isdigit((unsigned char)*p) || v > (INT64_MAX - 9) / 10)
			return 0;
		v = v * 10 + (*p - '0');
	}
	*out = neg ? -v : v;
	return 1;
}

const sct_rule *sct_rules_match_func(const sct_rules *r, const char *name, int nargs, const char *const *arg_words)
{
	rgroup *g = sct_rules__group(r, SCT_RULE_FUNC, name);
	if (!g || nargs < 0)
		return NULL;
	for (const rnode *nd = g->head; nd; nd = nd->next) {
		const sct_rule *ru = &nd->rule;
		const struct sct_rule_impl *im = ru->impl;
		if (ru->variadic ? nargs < ru->nparams : nargs != ru->nparams)
			continue;
		int fits = 1;
		int64_t vals[32];
		int ok[32];
		for (int i = 0; i < ru->nparams && fits; i++) {
			const rparam *p = &im->params[i];
			const char *w = arg_words ? arg_words[i] : NULL;
			ok[i] = 0;
			if (p->kind == P_LIT) {
				fits = 0;
				for (int k = 0; w && k < p->nwords && !fits; k++)
					fits = strcasecmp(w, p->words[k]) == 0;
			} else if (w) {
				ok[i] = word_num(w, &vals[i]);
			}
		}
		if (ru->variadic)
			ok[ru->nparams] = 0;
		if (fits && guard_ok(r, im, vals, ok, NULL))
			return ru;
	}
	return NULL;
}

const sct_rule *sct_rules_match_keyword(const sct_rules *r, const char *name)
{
	rgroup *g = sct_rules__group(r, SCT_RULE_KEYWORD, name);
	if (!g)
		return NULL;
	for (const rnode *nd = g->head; nd; nd = nd->next)
		if (guard_ok(r, nd->rule.impl, NULL, NULL, NULL))
			return &nd->rule;
	return NULL;
}

int sct_rules_code_effort(const sct_rules *r, const char *code, int *effort, int *learn)
{
	rgroup *g = sct_rules__group(r, SCT_RULE_CODE, code);
	if (!g || !g->head)
		return -1;
	if (effort)
		*effort = g->head->rule.effort;
	if (learn)
		*learn = g->head->rule.impl->learn;
	return 0;
}
