/* ora_props.c - the physical clauses after an Oracle table's or index's column list (TABLESPACE, STORAGE,
 * PCTFREE, LOGGING, COMPRESS, ORGANIZATION INDEX, LOB ... STORE AS, SEGMENT CREATION, ON COMMIT, PARTITION BY
 * ...), read from the tokens the grammar consumed as balanced soup. Storage clauses become sct_options (the
 * converter reports them dropped); partitioning becomes an sct_partitioning; what cannot be kept is an error. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "parse/oracle/ora_int.h"
#include "oracle_parser.h"

typedef struct walker {
	sct_ora_pctx *c;
	size_t i, end;   /* token range */
} walker;

static void range_of(sct_ora_pctx *c, uint32_t first, uint32_t last, size_t *b, size_t *e)
{
	size_t i = 0;
	while (i < c->end && c->toks[i].off < first)
		i++;
	*b = i;
	while (i < c->end && c->toks[i].off < last)
		i++;
	*e = i;
}

static int K(const walker *w, size_t i)
{
	return i < w->end ? w->c->toks[i].kind : 0;
}

static int is_word(int k)
{
	return k == TK_IDENT || k == TK_QIDENT || (k >= TK_ADD && k <= TK_LAST);
}

static int wis(const walker *w, size_t i, const char *s)
{
	if (i >= w->end || !is_word(K(w, i)))
		return 0;
	const sct_ora_tok *t = &w->c->toks[i];
	return t->len == strlen(s) && strncasecmp(w->c->src + t->off, s, t->len) == 0;
}

static char *lower_tok(const walker *w, size_t i)
{
	const sct_ora_tok *t = &w->c->toks[i];
	return sct_arena_lower(w->c->a, sct_arena_strndup(w->c->a, w->c->src + t->off, t->len));
}

/* Index just past the parenthesised group starting at i ('('), or i if no group. */
static size_t skip_group(const walker *w, size_t i)
{
	if (K(w, i) != '(')
		return i;
	int depth = 0;
	for (; i < w->end; i++) {
		if (K(w, i) == '(')
			depth++;
		else if (K(w, i) == ')' && --depth == 0)
			return i + 1;
	}
	return w->end;
}

static const char *text_of(const walker *w, size_t b, size_t e)
{
	if (e <= b)
		return NULL;
	const sct_ora_tok *f = &w->c->toks[b], *l = &w->c->toks[e - 1];
	return sct_ora_text(w->c, f->off, l->off + l->len);
}

static int fail(walker *w, size_t i, const char *msg)
{
	w->c->error = msg;
	w->c->error_loc = i < w->end ? w->c->toks[i].off : (w->end ? w->c->toks[w->end - 1].off : 0);
	return -1;
}

/* Parse tokens [b, e) as a comma-separated expression list with the grammar. */
static int parse_exprs(walker *w, size_t b, size_t e, sct_list *out)
{
	size_t s = b;
	int depth = 0;
	for (size_t i = b; i <= e; i++) {
		int k = i < e ? K(w, i) : ',';
		if (k == '(')
			depth++;
		else if (k == ')')
			depth--;
		if (!(k == ',' && depth == 0))
			continue;
		if (i == s)
			return fail(w, i, "empty value in a partition bound");
		sct_ora_pctx sub = {0};
		sub.a = w->c->a;
		sub.src = w->c->src;
		sub.toks = w->c->toks;
		sub.pos = s;
		sub.end = i;
		sub.type_mode = 3;
		sub.stmt = w->c->stmt;
		if (sct_ora_parse_tokens(&sub) != 0 || !sub.expr_result) {
			w->c->error = sub.error ? sub.error : "cannot parse a partition bound";
			w->c->error_loc = sub.error_loc;
			return -1;
		}
		sct_list_push(w->c->a, out, sub.expr_result);
		s = i + 1;
	}
	return 0;
}

static void ident_list(walker *w, size_t b, size_t e, sct_list *out)
{
	for (size_t i = b; i < e; i++)
		if (K(w, i) == TK_IDENT || K(w, i) == TK_QIDENT || (is_word(K(w, i)) && K(w, i) != ',')) {
			sct_ident *id = SCT_NEW(w->c->a, sct_ident);
			*id = sct_ora_ident(w->c, (int)i);
			sct_list_push(w->c->a, out, id);
		}
}

/* PARTITION [name] VALUES LESS THAN (...) | VALUES (...) | (nothing: hash) [storage] [(subpartitions)] */
static int part_def(walker *w, sct_partitioning *p, size_t b, size_t e)
{
	walker v = *w;
	v.i = b;
	v.end = e;
	if (!wis(&v, v.i, "partition"))
		return fail(w, b, "expected PARTITION in the partition list");
	sct_partition *pt = SCT_NEW(w->c->a, sct_partition);
	pt->loc = w->c->toks[b].off;
	v.i++;
	if (v.i < e && (K(&v, v.i) == TK_IDENT || K(&v, v.i) == TK_QIDENT) && !wis(&v, v.i, "values") &&
	    !wis(&v, v.i, "tablespace")) {
		pt->name = sct_ora_ident(w->c, (int)v.i);
		v.i++;
	}
	if (wis(&v, v.i, "values")) {
		v.i++;
		if (p->kind == SCT_PART_RANGE) {
			if (!(wis(&v, v.i, "less") && wis(&v, v.i + 1, "than")))
				return fail(w, v.i, "expected VALUES LESS THAN in a range partition");
			v.i += 2;
		}
		if (K(&v, v.i) != '(')
			return fail(w, v.i, "expected ( after VALUES");
		size_t g = skip_group(&v, v.i);
		if (g == v.i + 3 && K(&v, v.i + 1) == TK_DEFAULT)
			pt->is_default = 1;
		else if (parse_exprs(&v, v.i + 1, g - 1, &pt->values) < 0)
			return -1;
		v.i = g;
	} else if (p->kind != SCT_PART_HASH) {
		return fail(w, v.i, "partition without VALUES");
	}
	for (; v.i < e; v.i++) {
		if (K(&v, v.i) == '(') {
			size_t g = skip_group(&v, v.i);
			if (wis(&v, v.i + 1, "subpartition") && !p->subpartition)
				p->subpartition = text_of(&v, v.i, g);
			v.i = g - 1;
		} else if (is_word(K(&v, v.i)) && !wis(&v, v.i, "subpartitions")) {
			sct_list_push(w->c->a, &pt->options, sct_ora_option(w->c, w->c->toks[v.i].off, lower_tok(&v, v.i), NULL));
		}
	}
	sct_list_push(w->c->a, &p->parts, pt);
	return 0;
}

static int partitioning(walker *w, sct_table *t)
{
	size_t at = w->i;
	sct_partitioning *p = SCT_NEW(w->c->a, sct_partitioning);
	p->loc = w->c->toks[at].off;
	w->i += 2; /* PARTITION BY */
	if (wis(w, w->i, "range"))
		p->kind = SCT_PART_RANGE;
	else if (wis(w, w->i, "list"))
		p->kind = SCT_PART_LIST;
	else if (wis(w, w->i, "hash"))
		p->kind = SCT_PART_HASH;
	else if (wis(w, w->i, "reference") || wis(w, w->i, "system"))
		return fail(w, w->i, "reference and system partitioning have no equivalent: partition the table by hand");
	else
		return fail(w, w->i, "expected RANGE, LIST or HASH after PARTITION BY");
	w->i++;
	if (K(w, w->i) != '(')
		return fail(w, w->i, "expected the partition key columns");
	size_t g = skip_group(w, w->i);
	ident_list(w, w->i + 1, g - 1, &p->columns);
	w->i = g;
	for (;;) {
		if (wis(w, w->i, "interval") && K(w, w->i + 1) == '(') {
			g = skip_group(w, w->i + 1);
			p->interval = text_of(w, w->i + 2, g - 1);
			w->i = g;
			if (wis(w, w->i, "store") && wis(w, w->i + 1, "in")) /* STORE IN (tablespaces) */
				w->i = skip_group(w, w->i + 2);
		} else if (wis(w, w->i, "subpartition")) {
			size_t s = w->i;
			w->i++;
			while (w->i < w->end && K(w, w->i) != '(' && !wis(w, w->i, "partitions"))
				w->i++;
			w->i = skip_group(w, w->i); /* (columns) */
			if (wis(w, w->i, "subpartition") && wis(w, w->i + 1, "template"))
				w->i = skip_group(w, w->i + 2);
			else if (wis(w, w->i, "subpartitions"))
				w->i += 2;
			p->subpartition = text_of(w, s, w->i);
		} else {
			break;
		}
	}
	if (wis(w, w->i, "partitions") && K(w, w->i + 1) == TK_NUMBER) {
		p->hash_count = atoi(w->c->src + w->c->toks[w->i + 1].off);
		w->i += 2;
		if (wis(w, w->i, "store") && wis(w, w->i + 1, "in"))
			w->i = skip_group(w, w->i + 2);
	} else if (K(w, w->i) == '(') {
		g = skip_group(w, w->i);
		size_t s = w->i + 1;
		int depth = 0;
		for (size_t i = w->i + 1; i < g; i++) {
			int k = K(w, i);
			if (k == '(')
				depth++;
			else if (k == ')')
				depth--;
			if ((k == ',' && depth == 0) || (i == g - 1)) {
				if (part_def(w, p, s, i) < 0)
					return -1;
				s = i + 1;
			}
		}
		w->i = g;
	} else if (!p->interval) {
		return fail(w, w->i, "expected the partition list");
	}
	t->partitioning = p;
	t->flags |= SCT_TABF_PARTITIONED;
	(void)at;
	return 0;
}

/* Words that only continue a clause (STORE AS SECUREFILE, CREATION IMMEDIATE, ...): not options of their own. */
static int filler(const char *w)
{
	static const char *const f[] = {"store", "as", "securefile", "basicfile", "creation", "immediate", "deferred",
		"movement", "rows", "for", "all", "operations", "oltp", "basic", "query", "archive", "high", "low", "in",
		"memory", "direct_load", "advanced", "enable", "disable", "row", "retention", "chunk", NULL};
	for (int i = 0; f[i]; i++)
		if (!strcmp(f[i], w))
			return 1;
	return 0;
}

static int props(walker *w, sct_table *t, sct_list *opts)
{
	while (w->i < w->end) {
		int k = K(w, w->i);
		size_t at = w->i;
		if (k == '(') {
			w->i = skip_group(w, w->i);
			continue;
		}
		if (!is_word(k)) {
			w->i++;
			continue;
		}
		if (t && wis(w, at, "partition") && wis(w, at + 1, "by")) {
			if (partitioning(w, t) < 0)
				return -1;
			continue;
		}
		if (wis(w, at, "on") && wis(w, at + 1, "commit")) {
			const char *v = wis(w, at + 2, "preserve") ? "preserve rows" : "delete rows";
			sct_list_push(w->c->a, opts, sct_ora_option(w->c, w->c->toks[at].off, "on commit", v));
			w->i = at + 4;
			continue;
		}
		if (wis(w, at, "organization")) {
			if (wis(w, at + 1, "external"))
				return fail(w, at, "ORGANIZATION EXTERNAL: an external table reads files; use file_fdw in PostgreSQL");
			sct_list_push(w->c->a, opts, sct_ora_option(w->c, w->c->toks[at].off, "organization",
								  at + 1 < w->end ? lower_tok(w, at + 1) : NULL));
			w->i = at + 2;
			continue;
		}
		if (t && wis(w, at, "of"))
			return fail(w, at, "object tables (CREATE TABLE ... OF type) have no equivalent");
		char *name = lower_tok(w, at);
		w->i++;
		const char *value = NULL;
		if (K(w, w->i) == TK_NUMBER || ((!strcmp(name, "tablespace") || !strcmp(name, "including")) && w->i < w->end)) {
			value = lower_tok(w, w->i);
			w->i++;
		} else if (K(w, w->i) == '(' && strcmp(name, "lob")) {
			size_t g = skip_group(w, w->i);
			value = text_of(w, w->i, g);
			w->i = g;
		}
		if (!filler(name))
			sct_list_push(w->c->a, opts, sct_ora_option(w->c, w->c->toks[at].off, name, value));
	}
	return 0;
}

int sct_ora_table_props(sct_ora_pctx *c, sct_table *t, uint32_t first, uint32_t last)
{
	walker w = {c, 0, 0};
	range_of(c, first, last, &w.i, &w.end);
	return props(&w, t, &t->options);
}

void sct_ora_index_props(sct_ora_pctx *c, sct_index *x, uint32_t first, uint32_t last)
{
	walker w = {c, 0, 0};
	range_of(c, first, last, &w.i, &w.end);
	for (size_t i = w.i; i < w.end; i++)
		if (wis(&w, i, "reverse"))
			x->flags |= SCT_IDXF_REVERSE;
	if (props(&w, NULL, &x->options) < 0) { /* nothing in an index tail is fatal: keep the message as an option */
		sct_list_push(c->a, &x->options, sct_ora_option(c, c->error_loc, "clause", c->error));
		c->error = NULL;
	}
}
