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
	"schemas", "tables", "columns", "constraints", "indexes", "views", "sequences", "synonyms", "types",
	"procedures", "functions", "triggers", "packages", "comments", "other statements"
};

const sct_code_info *sct_code_table(size_t *n)
{
	*n = sizeof(codes) / sizeof(codes[0]);
	return codes;
}

const sct_code_info *sct_code_find(const char *code)
{
	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		if (strcmp(codes[i].code, code) == 0)
			return &codes[i];
	return NULL;
}

static char *snippet_of(sct_report *r, const sct_report_file *f, sct_loc loc)
{
	if (!f->src || loc > f->len)
		return "";
	size_t s = loc, e = loc;
	while (s > 0 && f->src[s - 1] != '\n' && f->src[s - 1] != '\r')
		s--;
	while (e < f->len && f->src[e] != '\n' && f->src[e] != '\r' && e - s < 200)
		e++;
	while (s < e && (f->src[s] == ' ' || f->src[s] == '\t'))
		s++;
	return sct_arena_strndup(r->a, f->src + s, e - s);
}

sct_item *sct_report_add(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
			 const char *object_type, const char *msg)
{
	const sct_code_info *ci = sct_code_find(code);
	sct_item *it = SCT_NEW(r->a, sct_item);
	it->code = code;
	it->severity = ci ? ci->severity : SCT_SEV_WARNING;
	it->category = ci ? ci->category : "rule";
	it->action = ci ? ci->action : "";
	it->effort_minutes = ci ? ci->effort : 15;
	if (r->effort_of) {
		int e, l;
		if (r->effort_of(r->effort_ctx, code, &e, &l) == 0 && e >= 0)
			it->effort_minutes = e;
	}
	it->message = msg ? msg : (ci ? ci->title : code);
	it->object = object ? object : "";
	it->object_type = object_type ? object_type : "";
	if (file >= 0 && file < r->nfiles) {
		const sct_report_file *f = &r->files[file];
		it->file = f->name;
		sct_linemap_find(&f->lines, loc, &it->line, &it->col);
		it->snippet = snippet_of(r, f, loc);
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

static int cmp_item(const void *pa, const void *pb)
{
	const sct_item *a = *(const sct_item *const *)pa, *b = *(const sct_item *const *)pb;
	int c = strcmp(a->file, b->file);
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return (a < b) ? -1 : (a > b);
}

void sct_report_sort(sct_report *r)
{
	/* stable enough: ties broken by allocation order (arena addresses grow within a block) */
	if (r->items.n > 1)
		qsort(r->items.items, (size_t)r->items.n, sizeof(void *), cmp_item);
}
