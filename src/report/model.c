/* model.c - the code table and report items: one place that says what each code means and costs. */
#include "report.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const sct_code_info codes[] = {
#define X(c, sev, cat, eff, learn, title, action) {#c, SCT_SEV_##sev, cat, eff, learn, title, action},
#include "codes.def"
#undef X
};

const char *const sct_objtype_names[SCT_OBJ__COUNT] = {
	"schemas", "tables", "columns", "constraints", "foreign keys", "indexes", "views", "sequences", "synonyms",
	"types", "procedures", "functions", "triggers", "packages", "comments", "other statements"
};
const char *const sct_objtype_keys[SCT_OBJ__COUNT] = {
	"schemas", "tables", "columns", "constraints", "foreign_keys", "indexes", "views", "sequences", "synonyms",
	"types", "procedures", "functions", "triggers", "packages", "comments", "other_statements"
};
const char *const sct_complexity_names[3] = {"simple", "medium", "significant"};

int sct_objtype_is_storage(sct_objtype t)
{
	return t == SCT_OBJ_SCHEMA || t == SCT_OBJ_TABLE || t == SCT_OBJ_COLUMN || t == SCT_OBJ_CONSTRAINT ||
	       t == SCT_OBJ_FOREIGN_KEY || t == SCT_OBJ_INDEX || t == SCT_OBJ_SEQUENCE || t == SCT_OBJ_TYPE;
}

int sct_objtype_is_code(sct_objtype t)
{
	return t == SCT_OBJ_VIEW || t == SCT_OBJ_SYNONYM || t == SCT_OBJ_PROCEDURE || t == SCT_OBJ_FUNCTION ||
	       t == SCT_OBJ_TRIGGER || t == SCT_OBJ_PACKAGE;
}

const char *sct_severity_name(sct_severity s)
{
	return s == SCT_SEV_ERROR ? "error" : s == SCT_SEV_WARNING ? "warning" : "info";
}

/* An item as the report keeps it: the public fields plus where it was raised. */
typedef struct item_ext {
	sct_item it;
	int file;
	sct_loc loc;
} item_ext;

sct_loc sct_report_item_loc(const sct_item *it, int *file)
{
	const item_ext *x = (const item_ext *)it;
	if (file)
		*file = x->file;
	return x->loc;
}

const sct_code_memo *sct_code_memo_get(sct_code_memo *memo, const sct_report *r, const char *code)
{
	/* the slot from the address's bits, mixed (literals lie a few bytes apart) */
	size_t at = ((uintptr_t)code * UINT64_C(0x9E3779B97F4A7C15)) >> 58;
	sct_code_memo *m = &memo[at];
	if (m->code != code && memo[at ^ 1].code == code) /* two ways: two codes of one slot take turns */
		m = &memo[at ^ 1];
	if (m->code != code) {
		if (m->code) /* the newest in its own slot, the one before next to it */
			memo[at ^ 1] = *m;
		int e = -1, l = -1;
		if (!r->effort_of || r->effort_of(r->effort_ctx, code, &e, &l) != 0)
			e = l = -1;
		m->code = code;
		m->info = sct_code_find(code);
		m->effort = e;
		m->learn = l;
	}
	return m;
}

int sct_report_learning(const sct_report *r, const char *code)
{
	const sct_code_info *ci = sct_code_find(code);
	int learn = ci ? ci->learning : 0;
	if (r->effort_of) {
		int e = -1, l = -1;
		if (r->effort_of(r->effort_ctx, code, &e, &l) == 0 && l >= 0)
			learn = l;
	}
	return learn;
}

void sct_report_source_lines(const sct_report *r, const sct_item *it, int before, int after, int *first_line,
			     const char **text, size_t *len)
{
	int file;
	sct_report_item_loc(it, &file);
	*first_line = 0, *text = "", *len = 0;
	if (file < 0 || file >= r->nfiles || it->line < 1)
		return;
	const sct_report_file *f = &r->files[file];
	const sct_linemap *m = &f->lines;
	if (!f->src || !m->starts || (uint32_t)it->line > m->nlines)
		return;
	int l0 = it->line - before < 1 ? 1 : it->line - before;
	int l1 = it->line + after > (int)m->nlines ? (int)m->nlines : it->line + after;
	size_t s = m->starts[l0 - 1];
	size_t e = (uint32_t)l1 < m->nlines ? m->starts[l1] : f->len;
	while (e > s && (f->src[e - 1] == '\n' || f->src[e - 1] == '\r'))
		e--;
	*first_line = l0, *text = f->src + s, *len = e - s;
}

const sct_code_info *sct_code_table(size_t *n)
{
	*n = sizeof(codes) / sizeof(codes[0]);
	return codes;
}

const sct_code_info *sct_code_find(const char *code)
{
	/* called for every item: compare the first two characters inline, strcmp only the few that share them */
	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		if (codes[i].code[0] == code[0] && codes[i].code[1] == code[1] && strcmp(codes[i].code, code) == 0)
			return &codes[i];
	return NULL;
}

/* sct_linemap_find_near gallops forward from the hint but searches every line below it; items go back now
 * and then (one in ten: a statement's items are not all raised in source order), so the hint steps back
 * first, galloping too. */
static void hint_back(const sct_linemap *m, sct_loc loc, uint32_t *hint)
{
	uint32_t h = *hint, step = 1;
	if (h >= m->nlines)
		return;
	while (h > 0 && m->starts[h] > loc) {
		h = h > step ? h - step : 0;
		step *= 2;
	}
	*hint = h;
}

/* line: loc's 1-based line in f->lines */
static char *snippet_of(sct_report *r, const sct_report_file *f, sct_loc loc, int line)
{
	if (!f->src || loc > f->len)
		return "";
	size_t s = loc, e = loc;
	if (f->lines.src == f->src && line >= 1 && (uint32_t)line <= f->lines.nlines && f->lines.starts[line - 1] <= loc) {
		/* from the line's start, at most 200 bytes back (the scan below, without reading the bytes): no line end
		 * lies between them, but for the CR of a CRLF just before loc, where the scan stops */
		size_t start = f->lines.starts[line - 1];
		if (!(loc > 0 && f->src[loc - 1] == '\r'))
			s = loc - start < 200 ? start : loc - 200;
	} else {
		while (s > 0 && f->src[s - 1] != '\n' && f->src[s - 1] != '\r' && loc - s < 200) /* bounded: linear on long lines */
			s--;
	}
	/* the line's end: the first '\n' or '\r' from loc, within 200 bytes of s (memchr: items name long lines) */
	size_t lim = f->len < s + 200 ? f->len : s + 200;
	if (e < lim) {
		const char *nl = memchr(f->src + e, '\n', lim - e);
		lim = nl ? (size_t)(nl - f->src) : lim;
		const char *cr = memchr(f->src + e, '\r', lim - e);
		e = cr ? (size_t)(cr - f->src) : lim;
	}
	while (s < e && (f->src[s] == ' ' || f->src[s] == '\t'))
		s++;
	if (r->snip && r->snip_file == f && r->snip_start == s && r->snip_end == e)
		return r->snip;
	r->snip_file = f, r->snip_start = s, r->snip_end = e;
	return r->snip = sct_arena_strndup(r->a, f->src + s, e - s);
}

sct_item *sct_report_add(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
			 const char *object_type, const char *msg)
{
	const sct_code_memo *memo = sct_code_memo_get(r->memo, r, code);
	const sct_code_info *ci = memo->info;
	item_ext *x = SCT_NEW(r->a, item_ext);
	sct_item *it = &x->it;
	x->file = file;
	x->loc = loc;
	it->code = code;
	it->severity = ci ? ci->severity : SCT_SEV_WARNING;
	it->category = ci ? ci->category : "rule";
	it->action = ci ? ci->action : "";
	it->effort_minutes = memo->effort >= 0 ? memo->effort : ci ? ci->effort : 15;
	it->message = msg ? msg : (ci ? ci->title : code);
	it->object = object ? object : "";
	it->object_type = object_type ? object_type : "";
	if (file >= 0 && file < r->nfiles) {
		const sct_report_file *f = &r->files[file];
		it->file = f->name;
		hint_back(&f->lines, loc, &r->line_hint);
		sct_linemap_find_near(&f->lines, loc, &r->line_hint, &it->line, &it->col);
		it->snippet = snippet_of(r, f, loc, it->line);
	} else {
		it->file = "";
		it->snippet = "";
	}
	sct_list_push(r->a, &r->items, it);
	return it;
}

sct_item *sct_report_addf(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
			  const char *object_type, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return sct_report_add(r, code, file, loc, object, object_type, sct_arena_strdup(r->a, buf));
}

int sct_report_max_severity(const sct_report *r, int mark)
{
	int m = 0;
	for (int i = mark; i < r->items.n; i++) {
		const sct_item *it = r->items.items[i];
		if ((int)it->severity > m)
			m = (int)it->severity;
	}
	return m;
}

static int cmp_item(const sct_item *a, const sct_item *b)
{
	int c = a->file == b->file ? 0 : strcmp(a->file, b->file); /* one file: the same pointer */
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->col < b->col ? -1 : a->col > b->col;
}

/* Stable merge sort: items on one position keep the order they were reported in. Items arrive mostly in
 * source order (statement by statement), so a run already in order costs one comparison per merge. */
static void sort_items(sct_item **a, sct_item **tmp, size_t n)
{
	if (n < 2)
		return;
	size_t h = n / 2;
	sort_items(a, tmp, h);
	sort_items(a + h, tmp, n - h);
	if (cmp_item(a[h - 1], a[h]) <= 0)
		return;
	memcpy(tmp, a, h * sizeof *a);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n)
		a[k++] = cmp_item(a[j], tmp[i]) < 0 ? a[j++] : tmp[i++];
	while (i < h)
		a[k++] = tmp[i++];
}

static int cmp_file_name(const void *pa, const void *pb)
{
	const sct_report_file *a = *(const sct_report_file *const *)pa, *b = *(const sct_report_file *const *)pb;
	return strcmp(a->name, b->name);
}

/* The order of sort_items read off the index that sct_report_summarize built, without comparing items:
 * within a file, line:col grows with the position and the index keeps equal positions in the order
 * reported; the files go by name. Returns 0 (nothing done) when the index is not one of these items, or
 * cannot say: an item without a file (those sort by name "" and line 0), or two files of one name. */
static int sort_by_index(sct_report *r)
{
	const sct_item_index *x = &r->index;
	if (x->n != r->items.n || x->of != r->items.items || r->nfiles < 1)
		return 0;
	for (int j = 0; j < x->n; j++)
		if (x->refs[j].file < 0 || x->refs[j].file >= r->nfiles)
			return 0;
	const sct_report_file **byname = malloc(sizeof *byname * (size_t)r->nfiles);
	int *start = malloc(sizeof *start * ((size_t)r->nfiles + 1)); /* the refs of file f: start[f] .. start[f + 1] */
	if (!byname || !start) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	for (int f = 0; f < r->nfiles; f++)
		byname[f] = &r->files[f];
	qsort(byname, (size_t)r->nfiles, sizeof *byname, cmp_file_name);
	int ok = 1;
	for (int f = 1; f < r->nfiles && ok; f++)
		ok = strcmp(byname[f - 1]->name, byname[f]->name) != 0;
	if (ok) {
		for (int f = 0, j = 0; f <= r->nfiles; f++) {
			while (j < x->n && x->refs[j].file < f)
				j++;
			start[f] = j;
		}
		int k = 0;
		for (int f = 0; f < r->nfiles; f++) {
			int file = (int)(byname[f] - r->files);
			for (int j = start[file]; j < start[file + 1]; j++)
				r->items.items[k++] = x->refs[j].item;
		}
	}
	free(byname);
	free(start);
	return ok;
}

void sct_report_sort(sct_report *r)
{
	if (r->items.n < 2 || sort_by_index(r))
		return;
	sct_item **tmp = malloc(sizeof *tmp * ((size_t)r->items.n / 2 + 1));
	if (!tmp) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	sort_items((sct_item **)r->items.items, tmp, (size_t)r->items.n);
	free(tmp);
}
