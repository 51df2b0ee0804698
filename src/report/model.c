/* model.c - the code table and report items: one place that says what each code means and costs. Items are
 * kept narrow (sct_report_item, 32 bytes, in one array); what the public sct_item holds besides is made when
 * an item is read: from the code list, the file's text and line table, and a message format. */
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

static void out_of_memory(void)
{
	fputs("sctconv: out of memory\n", stderr);
	abort();
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

void sct_report_source_lines(const sct_report *r, int file, int line, int before, int after, int *first_line,
			     const char **text, size_t *len)
{
	*first_line = 0, *text = "", *len = 0;
	if (file < 0 || file >= r->nfiles || line < 1)
		return;
	const sct_report_file *f = &r->files[file];
	const sct_linemap *m = &f->lines;
	if (!f->src || !m->starts || (uint32_t)line > m->nlines)
		return;
	int l0 = line - before < 1 ? 1 : line - before;
	int l1 = line + after > (int)m->nlines ? (int)m->nlines : line + after;
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

/* ---------- adding items ---------- */

/* The entry of code in r->codes, made at its first use. Codes are found by address in the memo (two ways:
 * two codes of one slot take turns), else by text: two copies of one code share an entry. */
static int code_at(sct_report *r, const char *code)
{
	size_t slot = ((uintptr_t)code * UINT64_C(0x9E3779B97F4A7C15)) >> 58; /* literals lie a few bytes apart */
	sct_code_memo *m = &r->memo[slot];
	if (m->code == code)
		return m->at;
	if (r->memo[slot ^ 1].code == code)
		return r->memo[slot ^ 1].at;
	int at = 0;
	while (at < r->ncodes && strcmp(r->codes[at].code, code) != 0)
		at++;
	if (at == r->ncodes) {
		if (r->ncodes == SCT_REPORT_CODES) {
			fputs("sctconv: too many distinct report codes\n", stderr);
			abort();
		}
		if (r->ncodes == r->codes_cap) {
			int cap = r->codes_cap ? r->codes_cap * 2 : 32;
			r->codes = sct_arena_grow_array(r->a, r->codes, sizeof(sct_report_code) * (size_t)r->codes_cap,
							sizeof(sct_report_code) * (size_t)cap);
			r->codes_cap = cap;
		}
		sct_report_code *c = &r->codes[r->ncodes++];
		int e = -1, l = -1;
		if (!r->effort_of || r->effort_of(r->effort_ctx, code, &e, &l) != 0)
			e = l = -1;
		c->code = code;
		c->info = sct_code_find(code);
		c->effort = e;
		c->learn = l;
	}
	if (m->code) /* the newest in its own slot, the one before next to it */
		r->memo[slot ^ 1] = *m;
	m->code = code;
	m->at = at;
	return at;
}

/* The entry of an object type text in r->objtypes (a dozen literals). */
static int objtype_at(sct_report *r, const char *t)
{
	if (!t)
		t = "";
	for (int i = 0; i < r->nobjtypes; i++)
		if (r->objtypes[i] == t)
			return i;
	for (int i = 0; i < r->nobjtypes; i++)
		if (strcmp(r->objtypes[i], t) == 0)
			return i;
	if (r->nobjtypes == SCT_REPORT_OBJTYPES) {
		fputs("sctconv: too many distinct report object types\n", stderr);
		abort();
	}
	r->objtypes[r->nobjtypes] = t;
	return r->nobjtypes++;
}

/* A new item at the end of the array, without its message. */
static sct_report_item *new_item(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
				 const char *object_type)
{
	sct_report_items *l = &r->items;
	if (l->n == l->cap) { /* malloc'd: the arena would keep the old arrays (half the last, at least) */
		int cap = l->cap ? l->cap * 2 : 64;
		l->at = realloc(l->at, sizeof(sct_report_item) * (size_t)cap);
		if (!l->at)
			out_of_memory();
		l->cap = cap;
	}
	int at = code_at(r, code);
	const sct_report_code *c = &r->codes[at];
	sct_report_item *x = &l->at[l->n++];
	x->object = object ? object : "";
	x->loc = loc;
	x->file = file;
	x->effort = c->effort >= 0 ? c->effort : c->info ? c->info->effort : 15;
	x->code = (unsigned)at;
	x->objtype = (unsigned)objtype_at(r, object_type);
	x->severity = c->info ? c->info->severity : SCT_SEV_WARNING;
	x->later = 0;
	return x;
}

void sct_report_release(sct_report *r)
{
	free(r->items.at);
	r->items.at = NULL;
	r->items.n = r->items.cap = 0;
	free(r->by_pos);
	r->by_pos = NULL;
	r->nby_pos = 0;
}

sct_report_item *sct_report_add(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
				const char *object_type, const char *msg)
{
	sct_report_item *x = new_item(r, code, file, loc, object, object_type);
	const sct_code_info *ci = r->codes[x->code].info;
	x->msg = msg ? msg : ci ? ci->title : code;
	return x;
}

const char *sct_report_message_text(sct_report *r, const char *s, size_t n)
{
	/* the slot from the length and the first and last bytes; the texts compared only when they match */
	uint64_t head = 0, tail = 0;
	memcpy(&head, s, n < 8 ? n : 8);
	if (n > 8)
		memcpy(&tail, s + n - 8, 8);
	size_t slot = (((head ^ (tail * 31) ^ n) * UINT64_C(0x9E3779B97F4A7C15)) >> 58) & 63;
	const char *p = r->recent[slot];
	if (p && strncmp(p, s, n) == 0 && p[n] == 0) /* strncmp: p may be shorter */
		return p;
	return r->recent[slot] = sct_arena_strndup(r->a, s, n);
}

sct_report_item *sct_report_addf(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
				 const char *object_type, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return sct_report_add(r, code, file, loc, object, object_type, sct_report_message_text(r, buf, strlen(buf)));
}

sct_report_item *sct_report_add_later(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
				      const char *object_type, const char *fmt, int nargs, const char *const *args)
{
	/* items of columns of one type and rule have one format and strings but for their object: a record made
	 * lately for them is shared (the slot from the addresses) */
	uintptr_t h = (uintptr_t)fmt;
	for (int i = 0; i < nargs; i++)
		h = h * 31 + (uintptr_t)args[i];
	size_t slot = ((uint64_t)h * UINT64_C(0x9E3779B97F4A7C15)) >> 58;
	sct_report_later *m = r->recent_later[slot];
	int same = m && m->fmt == fmt;
	for (int i = 0; same && i < nargs; i++)
		same = m->args[i] == args[i];
	if (!same) {
		m = sct_arena_alloc(r->a, sizeof *m + sizeof(const char *) * (size_t)nargs);
		m->fmt = fmt;
		for (int i = 0; i < nargs; i++)
			m->args[i] = args[i];
		r->recent_later[slot] = m;
	}
	sct_report_item *x = new_item(r, code, file, loc, object, object_type);
	x->msg = (const char *)m;
	x->later = 1;
	return x;
}

sct_report_item *sct_report_add_copy(sct_report *r, const sct_report_item *x)
{
	sct_report_item copy = *x; /* x may lie in the array, which may move */
	sct_report_item *y = new_item(r, r->codes[copy.code].code, copy.file, copy.loc, copy.object,
				      r->objtypes[copy.objtype]);
	*y = copy;
	return y;
}

int sct_report_max_severity(const sct_report *r, int mark)
{
	int m = 0;
	for (int i = mark; i < r->items.n; i++)
		if ((int)r->items.at[i].severity > m)
			m = (int)r->items.at[i].severity;
	return m;
}

/* ---------- reading items ---------- */

const char sct_later_object[] = "(the item's object)";

/* A later message of an item of object into buf (cap bytes), cut as vsnprintf cuts. */
static void later_format(char *buf, size_t cap, const sct_report_later *m, const char *object)
{
	size_t n = 0;
	int arg = 0;
	for (const char *p = m->fmt; *p;) {
		const char *s = p, *end = p;
		if (*p != '%') { /* a run of literal text */
			while (*end && *end != '%')
				end++;
			p = end;
		} else if (p[1] == 's') {
			s = m->args[arg++];
			if (s == sct_later_object)
				s = object;
			else if (!s)
				s = "(null)"; /* as glibc prints it */
			end = s + strlen(s);
			p += 2;
		} else { /* %%, or a '%' of no conversion, kept */
			end = s + 1;
			p += p[1] == '%' ? 2 : 1;
		}
		size_t len = (size_t)(end - s);
		if (n + 1 < cap)
			memcpy(buf + n, s, len < cap - 1 - n ? len : cap - 1 - n);
		n += len;
	}
	buf[n < cap - 1 ? n : cap - 1] = 0;
}

const char *sct_report_item_message(const sct_report *r, const sct_report_item *x, sct_item_scratch *s)
{
	(void)r;
	if (!x->later)
		return x->msg;
	later_format(s->msg, sizeof s->msg, (const sct_report_later *)x->msg, x->object);
	return s->msg;
}

void sct_item_scratch_init(sct_item_scratch *s)
{
	s->hint = 0;
	s->hint_file = -1;
	s->kept = NULL;
}

/* sct_linemap_find_near gallops forward from the hint but searches every line below it; items go back now
 * and then, so the hint steps back first, galloping too. */
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

void sct_report_item_line(const sct_report *r, const sct_report_item *x, sct_item_scratch *s, int *line, int *col)
{
	*line = *col = 0;
	if (x->file < 0 || x->file >= r->nfiles)
		return;
	const sct_linemap *m = &r->files[x->file].lines;
	if (s->hint_file != x->file)
		s->hint_file = x->file, s->hint = 0;
	hint_back(m, x->loc, &s->hint);
	sct_linemap_find_near(m, x->loc, &s->hint, line, col);
}

/* The snippet of an item at loc (1-based line): the bytes [*s, *e) of f->src, at most 200, of its line. */
static void snippet_span(const sct_report_file *f, sct_loc loc, int line, size_t *sp, size_t *ep)
{
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
	*sp = s, *ep = e;
}

void sct_report_item_view(const sct_report *r, const sct_report_item *x, sct_item_scratch *s, sct_item *out)
{
	const sct_report_code *c = &r->codes[x->code];
	out->code = c->code;
	out->severity = (sct_severity)x->severity;
	out->effort_minutes = x->effort;
	out->category = c->info ? c->info->category : "rule";
	out->object = x->object;
	out->object_type = r->objtypes[x->objtype];
	out->message = sct_report_item_message(r, x, s);
	out->action = c->info ? c->info->action : "";
	out->file = "";
	out->snippet = "";
	sct_report_item_line(r, x, s, &out->line, &out->col);
	if (x->file < 0 || x->file >= r->nfiles)
		return;
	const sct_report_file *f = &r->files[x->file];
	out->file = f->name;
	if (!f->src || x->loc > f->len)
		return;
	size_t b, e;
	snippet_span(f, x->loc, out->line, &b, &e);
	memcpy(s->snip, f->src + b, e - b); /* e - b <= 200 */
	s->snip[e - b] = 0;
	out->snippet = s->snip;
}

void sct_report_item_keep(sct_report *r, const sct_report_item *x, sct_item_scratch *s, sct_item *out)
{
	sct_report_item_view(r, x, s, out);
	if (x->later)
		out->message = sct_arena_strdup(r->a, out->message);
	if (*out->snippet) { /* the items of one line share their snippet */
		if (!s->kept || strcmp(s->kept, out->snippet) != 0)
			s->kept = sct_arena_strdup(r->a, out->snippet);
		out->snippet = s->kept;
	}
}

/* ---------- sorting ---------- */

/* Put the items in the order order gives (order[k]: the item that goes to place k), moving each once: along
 * the cycles of the permutation, marking order as it goes. */
static void permute(sct_report_item *a, int *order, int n)
{
	for (int i = 0; i < n; i++) {
		if (order[i] < 0)
			continue;
		sct_report_item tmp = a[i];
		for (int j = i;;) {
			int from = order[j];
			order[j] = -1;
			if (from == i) {
				a[j] = tmp;
				break;
			}
			a[j] = a[from];
			j = from;
		}
	}
}

typedef struct sort_key {
	const char *file;
	int line, col, at;
} sort_key;

static int cmp_key(const sort_key *a, const sort_key *b)
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
static void sort_keys(sort_key *a, sort_key *tmp, size_t n)
{
	if (n < 2)
		return;
	size_t h = n / 2;
	sort_keys(a, tmp, h);
	sort_keys(a + h, tmp, n - h);
	if (cmp_key(&a[h - 1], &a[h]) <= 0)
		return;
	memcpy(tmp, a, h * sizeof *a);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n)
		a[k++] = cmp_key(&a[j], &tmp[i]) < 0 ? a[j++] : tmp[i++];
	while (i < h)
		a[k++] = tmp[i++];
}

/* The order by file name, line and column, comparing the items: for the items sct_report_sort cannot order
 * from the positions sct_report_summarize found. */
static void order_by_keys(sct_report *r, int *order)
{
	int n = r->items.n;
	sort_key *k = malloc(sizeof *k * (size_t)n), *tmp = malloc(sizeof *tmp * ((size_t)n / 2 + 1));
	if (!k || !tmp)
		out_of_memory();
	sct_item_scratch s;
	sct_item_scratch_init(&s);
	for (int i = 0; i < n; i++) {
		const sct_report_item *x = &r->items.at[i];
		k[i].file = x->file >= 0 && x->file < r->nfiles ? r->files[x->file].name : "";
		sct_report_item_line(r, x, &s, &k[i].line, &k[i].col);
		k[i].at = i;
	}
	sort_keys(k, tmp, (size_t)n);
	for (int i = 0; i < n; i++)
		order[i] = k[i].at;
	free(k);
	free(tmp);
}

static int cmp_file_name(const void *pa, const void *pb)
{
	const sct_report_file *a = *(const sct_report_file *const *)pa, *b = *(const sct_report_file *const *)pb;
	return strcmp(a->name, b->name);
}

/* The same order read off the positions that sct_report_summarize found (r->by_pos), without comparing items:
 * within a file, line:col grows with the position, and equal positions keep the order reported; the files go
 * by name. Returns 0 (nothing done) when by_pos is not of these items, or cannot say: an item without a file
 * (those sort by name "" and line 0), or two files of one name. */
static int order_by_pos(sct_report *r, int *order)
{
	int n = r->items.n;
	if (r->nby_pos != n || !r->by_pos || r->nfiles < 1)
		return 0;
	for (int j = 0; j < n; j++)
		if (r->items.at[j].file < 0 || r->items.at[j].file >= r->nfiles)
			return 0;
	const sct_report_file **byname = malloc(sizeof *byname * (size_t)r->nfiles);
	int *start = malloc(sizeof *start * ((size_t)r->nfiles + 1)); /* by_pos of file f: start[f] .. start[f + 1] */
	if (!byname || !start)
		out_of_memory();
	for (int f = 0; f < r->nfiles; f++)
		byname[f] = &r->files[f];
	qsort(byname, (size_t)r->nfiles, sizeof *byname, cmp_file_name);
	int ok = 1;
	for (int f = 1; f < r->nfiles && ok; f++)
		ok = strcmp(byname[f - 1]->name, byname[f]->name) != 0;
	if (ok) {
		for (int f = 0, j = 0; f <= r->nfiles; f++) {
			while (j < n && r->items.at[r->by_pos[j]].file < f)
				j++;
			start[f] = j;
		}
		int k = 0;
		for (int f = 0; f < r->nfiles; f++) {
			int file = (int)(byname[f] - r->files);
			for (int j = start[file]; j < start[file + 1]; j++)
				order[k++] = r->by_pos[j];
		}
	}
	free(byname);
	free(start);
	return ok;
}

void sct_report_sort(sct_report *r)
{
	int n = r->items.n;
	if (n >= 2) {
		int *order = malloc(sizeof *order * (size_t)n);
		if (!order)
			out_of_memory();
		if (!order_by_pos(r, order))
			order_by_keys(r, order);
		permute(r->items.at, order, n);
		free(order);
	}
	free(r->by_pos); /* the positions are of the items' old places */
	r->by_pos = NULL;
	r->nby_pos = 0;
}
