/* json.c - the machine-readable report: versioned JSON with the summary per object type and every item. */
#include "report.h"
#include <stdio.h>
#include <string.h>

#define SCT_REPORT_JSON_VERSION 1

static void jstr(sct_buf *b, const char *s)
{
	sct_buf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		switch (*p) {
		case '"': sct_buf_puts(b, "\\\""); break;
		case '\\': sct_buf_puts(b, "\\\\"); break;
		case '\n': sct_buf_puts(b, "\\n"); break;
		case '\r': sct_buf_puts(b, "\\r"); break;
		case '\t': sct_buf_puts(b, "\\t"); break;
		default:
			if (*p < 0x20)
				sct_buf_printf(b, "\\u%04x", *p);
			else
				sct_buf_putc(b, (char)*p);
		}
	}
	sct_buf_putc(b, '"');
}

static const char *sev_name(sct_severity s)
{
	return s == SCT_SEV_ERROR ? "error" : s == SCT_SEV_WARNING ? "warning" : "info";
}

void sct_report_json(const sct_report *r, sct_buf *b)
{
	sct_buf_printf(b, "{\n  \"version\": %d,\n  \"tool\": \"sctconv %s\",\n  \"source\": ", SCT_REPORT_JSON_VERSION,
		       SCT_VERSION_STRING);
	jstr(b, r->source);
	sct_buf_puts(b, ",\n  \"target\": ");
	jstr(b, r->target);
	sct_buf_puts(b, ",\n  \"files\": [");
	for (int i = 0; i < r->nfiles; i++) {
		if (i)
			sct_buf_puts(b, ", ");
		jstr(b, r->files[i].name);
	}
	sct_buf_printf(b, "],\n  \"statements\": %d,\n  \"summary\": {\n", r->statements);
	int total_effort = 0;
	for (int i = 0; i < r->items.n; i++)
		total_effort += ((const sct_item *)r->items.items[i])->effort_minutes;
	for (int t = 0; t < SCT_OBJ__COUNT; t++) {
		const sct_objcount *c = &r->summary[t];
		char key[64];
		snprintf(key, sizeof key, "%s", sct_objtype_names[t]);
		for (char *k = key; *k; k++)
			if (*k == ' ')
				*k = '_';
		sct_buf_printf(b, "    \"%s\": {\"count\": %d, \"automatic\": %d, \"with_notes\": %d, \"manual\": %d, \"in_target\": %d},\n",
			       key, c->count, c->automatic, c->notes, c->manual, c->in_target);
	}
	int sev[4] = {0};
	for (int i = 0; i < r->items.n; i++)
		sev[((const sct_item *)r->items.items[i])->severity & 3]++;
	sct_buf_printf(b, "    \"items\": {\"info\": %d, \"warning\": %d, \"error\": %d},\n", sev[1], sev[2], sev[3]);
	sct_buf_printf(b, "    \"effort_minutes\": %d\n  },\n  \"items\": [", total_effort);
	for (int i = 0; i < r->items.n; i++) {
		const sct_item *it = r->items.items[i];
		sct_buf_puts(b, i ? ",\n    {" : "\n    {");
		sct_buf_puts(b, "\"code\": ");
		jstr(b, it->code);
		sct_buf_printf(b, ", \"severity\": \"%s\", \"category\": ", sev_name(it->severity));
		jstr(b, it->category);
		sct_buf_puts(b, ", \"object\": ");
		jstr(b, it->object);
		sct_buf_puts(b, ", \"object_type\": ");
		jstr(b, it->object_type);
		sct_buf_puts(b, ", \"file\": ");
		jstr(b, it->file);
		sct_buf_printf(b, ", \"line\": %d, \"col\": %d, \"message\": ", it->line, it->col);
		jstr(b, it->message);
		sct_buf_puts(b, ", \"action\": ");
		jstr(b, it->action);
		sct_buf_printf(b, ", \"effort_minutes\": %d, \"snippet\": ", it->effort_minutes);
		jstr(b, it->snippet);
		sct_buf_putc(b, '}');
	}
	sct_buf_puts(b, r->items.n ? "\n  ]\n}\n" : "]\n}\n");
}
