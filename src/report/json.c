/* json.c - the machine-readable report: versioned JSON (schema: docs/report.schema.json) with the summary
 * per object type, rates, effort, complexity, the action list by code, the objects and every item. */
#include "report.h"
#include <stdio.h>
#include <string.h>
#include "util/utf8.h"

#define SCT_REPORT_JSON_VERSION 2

/* Literal text and decimal numbers without printf: the lists of objects and items write a million of them. */
#define LIT SCT_BUF_LIT

/* The inside of a JSON string. Runs of characters that need no escape are copied at once. */
static void jbody(sct_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : ""), *run = p;
	for (;; p++) {
		if (*p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\')
			continue;
		sct_buf_put(b, (const char *)run, (size_t)(p - run));
		if (!*p)
			break;
		switch (*p) {
		case '"': sct_buf_puts(b, "\\\""); break;
		case '\\': sct_buf_puts(b, "\\\\"); break;
		case '\n': sct_buf_puts(b, "\\n"); break;
		case '\r': sct_buf_puts(b, "\\r"); break;
		case '\t': sct_buf_puts(b, "\\t"); break;
		default:
			if (*p < 0x20 || *p == 0x7f) {
				sct_buf_printf(b, "\\u%04x", *p);
			} else { /* >= 0x80. JSON must be UTF-8: a stray byte becomes U+FFFD */
				size_t k = sct_utf8_seq(p, strnlen((const char *)p, 4));
				if (k) {
					sct_buf_put(b, (const char *)p, k);
					p += k - 1;
				} else {
					sct_buf_puts(b, "\\ufffd");
				}
			}
		}
		run = p + 1;
	}
}

static void jstr(sct_buf *b, const char *s)
{
	sct_buf_putc(b, '"');
	jbody(b, s);
	sct_buf_putc(b, '"');
}

static void rate(sct_buf *b, const char *name, const sct_rate *r, int last)
{
	sct_buf_printf(b, "    \"%s\": {\"count\": %d, \"automatic\": %d, \"converted\": %d, \"percent_automatic\": %.1f, "
			  "\"percent_converted\": %.1f}%s\n",
		       name, r->count, r->automatic, r->converted, r->count ? 100.0 * r->automatic / r->count : 100.0,
		       r->count ? 100.0 * r->converted / r->count : 100.0, last ? "" : ",");
}

static const char *status_name(sct_status s)
{
	switch (s) {
	case SCT_STATUS_CONVERTED: return "converted";
	case SCT_STATUS_NOTES: return "converted_with_notes";
	case SCT_STATUS_SKIPPED: return "not_needed";
	default: return "manual";
	}
}

void sct_report_json(const sct_report *r, sct_buf *b, sct_sink *k)
{
	const sct_summary *m = &r->sum;
	sct_buf_printf(b, "{\n  \"version\": %d,\n  \"tool\": \"sctconv %s\",\n  \"source\": ", SCT_REPORT_JSON_VERSION,
		       SCT_VERSION_STRING);
	jstr(b, r->source);
	sct_buf_puts(b, ",\n  \"target\": ");
	jstr(b, r->target);
	sct_buf_puts(b, ",\n  \"files\": [");
	for (int i = 0; i < r->nfiles; i++) {
		sct_buf_puts(b, i ? ", {\"name\": " : "{\"name\": ");
		jstr(b, r->files[i].name);
		sct_buf_printf(b, ", \"lines\": %d}", r->files[i].len ? (int)r->files[i].lines.nlines : 0);
		if (sct_sink_flush(k, b))
			return;
	}
	sct_buf_printf(b, "],\n  \"statements\": %d,\n  \"lines\": %d,\n  \"summary\": {\n", r->statements, m->lines);
	for (int t = 0; t < SCT_OBJ__COUNT; t++) {
		const sct_objcount *c = &r->summary[t];
		sct_buf_printf(b, "    \"%s\": {\"count\": %d, \"automatic\": %d, \"with_notes\": %d, \"manual\": %d, "
				  "\"in_target\": %d, \"items\": %d, \"effort_minutes\": %d, \"lines\": %d},\n",
			       sct_objtype_keys[t], c->count, c->automatic, c->notes, c->manual, c->in_target, c->items,
			       c->effort, c->lines);
	}
	sct_buf_printf(b, "    \"items\": {\"info\": %d, \"warning\": %d, \"error\": %d, \"total\": %d}\n  },\n",
		       m->sev[1], m->sev[2], m->sev[3], r->items.n);
	sct_buf_puts(b, "  \"conversion_rate\": {\n");
	rate(b, "storage", &m->storage, 0);
	rate(b, "code", &m->code, 1);
	sct_buf_printf(b, "  },\n  \"effort\": {\"occurrence_minutes\": %d, \"learning_minutes\": %d, \"total_minutes\": %d, "
			  "\"total_hours\": %.1f,\n    \"by_category\": [",
		       m->effort, m->learning, m->effort + m->learning, (m->effort + m->learning) / 60.0);
	for (int i = 0; i < m->ncats; i++) {
		const sct_category_total *k = &m->cats[i];
		sct_buf_puts(b, i ? ",\n      {\"category\": " : "\n      {\"category\": ");
		jstr(b, k->category);
		sct_buf_printf(b, ", \"items\": %d, \"occurrence_minutes\": %d, \"learning_minutes\": %d}", k->count,
			       k->effort, k->learning);
	}
	sct_buf_printf(b, "%s]},\n  \"complexity\": {\"level\": \"%s\", \"explanation\": ", m->ncats ? "\n    " : "",
		       sct_complexity_names[m->complexity]);
	jstr(b, m->explanation);
	sct_buf_printf(b, ",\n    \"object_thresholds_minutes\": {\"medium\": %d, \"significant\": %d},\n"
			  "    \"objects\": {\"simple\": %d, \"medium\": %d, \"significant\": %d}},\n  \"codes\": [",
		       SCT_CPLX_MEDIUM_MINUTES, SCT_CPLX_SIGNIFICANT_MINUTES, m->by_complexity[0], m->by_complexity[1],
		       m->by_complexity[2]);
	for (int i = 0; i < m->ncodes; i++) {
		const sct_code_total *c = &m->codes[i];
		sct_buf_puts(b, i ? ",\n    {\"code\": " : "\n    {\"code\": ");
		jstr(b, c->code);
		sct_buf_printf(b, ", \"severity\": \"%s\", \"category\": ", sct_severity_name(c->severity));
		jstr(b, c->category);
		sct_buf_printf(b, ", \"count\": %d, \"effort_minutes\": %d, \"learning_minutes\": %d, \"title\": ", c->count,
			       c->effort, c->learning);
		jstr(b, c->info ? c->info->title : c->code);
		sct_buf_puts(b, ", \"action\": ");
		jstr(b, c->info ? c->info->action : "");
		sct_buf_putc(b, '}');
		if (sct_sink_flush(k, b))
			return;
	}
	sct_buf_puts(b, m->ncodes ? "\n  ],\n  \"objects\": [" : "],\n  \"objects\": [");
	uint32_t hint = 0;
	for (int i = 0; i < m->nobjects; i++) {
		const sct_report_object *o = &m->objects[i];
		sct_report_object_prefetch(m, i);
		if (i)
			sct_buf_putc(b, ',');
		LIT(b, "\n    {\"type\": \"");
		sct_buf_puts(b, sct_objtype_keys[o->type]);
		LIT(b, "\", \"name\": \"");
		const char *schema, *name = sct_report_object_name_parts(r, o, &schema); /* "schema.name" */
		if (schema) {
			jbody(b, schema);
			sct_buf_putc(b, '.');
		}
		jbody(b, name);
		int file, line, lines;
		sct_report_object_lines(r, o, &hint, &file, &line, &lines);
		LIT(b, "\", \"file\": ");
		jstr(b, file >= 0 && file < r->nfiles ? r->files[file].name : "");
		LIT(b, ", \"line\": ");
		sct_buf_int(b, line);
		LIT(b, ", \"lines\": ");
		sct_buf_int(b, lines);
		LIT(b, ", \"status\": \"");
		sct_buf_puts(b, status_name(sct_report_object_stmt(r, o)->status));
		LIT(b, "\", \"items\": ");
		sct_buf_int(b, o->items);
		LIT(b, ", \"effort_minutes\": ");
		sct_buf_int(b, o->effort);
		LIT(b, ", \"complexity\": \"");
		sct_buf_puts(b, sct_complexity_names[o->complexity]);
		LIT(b, "\"}");
		if (sct_sink_flush(k, b))
			return;
	}
	sct_buf_puts(b, m->nobjects ? "\n  ],\n  \"items\": [" : "],\n  \"items\": [");
	sct_item_scratch scratch;
	sct_item_scratch_init(&scratch);
	for (int i = 0; i < r->items.n; i++) {
		sct_item view, *it = &view;
		sct_report_item_view(r, &r->items.at[i], &scratch, it);
		if (i)
			sct_buf_putc(b, ',');
		LIT(b, "\n    {\"code\": ");
		jstr(b, it->code);
		LIT(b, ", \"severity\": \"");
		sct_buf_puts(b, sct_severity_name(it->severity));
		LIT(b, "\", \"category\": ");
		jstr(b, it->category);
		LIT(b, ", \"object\": ");
		jstr(b, it->object);
		LIT(b, ", \"object_type\": ");
		jstr(b, it->object_type);
		LIT(b, ", \"file\": ");
		jstr(b, it->file);
		LIT(b, ", \"line\": ");
		sct_buf_int(b, it->line);
		LIT(b, ", \"col\": ");
		sct_buf_int(b, it->col);
		LIT(b, ", \"message\": ");
		jstr(b, it->message);
		LIT(b, ", \"action\": ");
		jstr(b, it->action);
		LIT(b, ", \"effort_minutes\": ");
		sct_buf_int(b, it->effort_minutes);
		LIT(b, ", \"snippet\": ");
		jstr(b, it->snippet);
		sct_buf_putc(b, '}');
		if (sct_sink_flush(k, b))
			return;
	}
	sct_buf_puts(b, r->items.n ? "\n  ]\n}\n" : "]\n}\n");
}
