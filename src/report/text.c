/* text.c - the report for a terminal: 100 columns, summary first (complexity, effort, rates, object types,
 * action items), then every item grouped by file with its object, source line and recommended action. */
#include "report.h"
#include <stdio.h>
#include <string.h>

#define WIDTH 100
#define S(n) ((n) == 1 ? "" : "s")

/* Write text wrapped at WIDTH: the first line after `first` (already written, `col` wide), the rest
 * indented by `indent` spaces. Newlines in the text become spaces. */
static void wrap(sct_buf *b, int col, int indent, const char *text)
{
	const char *p = text ? text : "";
	int first = 1;
	while (*p) {
		while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
			p++;
		if (!*p)
			break;
		const char *w = p;
		while (*p && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
			p++;
		int len = (int)(p - w);
		if (!first && col + 1 + len > WIDTH) {
			sct_buf_printf(b, "\n%*s", indent, "");
			col = indent;
		} else if (!first) {
			sct_buf_putc(b, ' ');
			col++;
		}
		sct_buf_put(b, w, (size_t)len);
		col += len;
		first = 0;
	}
	sct_buf_putc(b, '\n');
}

static void heading(sct_buf *b, const char *title)
{
	sct_buf_printf(b, "\n%s\n", title);
	for (size_t i = 0; i < strlen(title); i++)
		sct_buf_putc(b, '-');
	sct_buf_putc(b, '\n');
}

static double pct(int part, int whole)
{
	return whole ? 100.0 * part / whole : 100.0;
}

static void rate_line(sct_buf *b, const char *name, const sct_rate *r)
{
	if (!r->count) {
		sct_buf_printf(b, "  %-16s none in the input\n", name);
		return;
	}
	sct_buf_printf(b, "  %-16s %5.1f %% converted (%d of %d), %5.1f %% automatically\n", name,
		       pct(r->converted, r->count), r->converted, r->count, pct(r->automatic, r->count));
}

/* One source line for the item listing: the snippet without tabs, cut to fit. */
static void source_line(sct_buf *b, const char *snippet)
{
	const int room = WIDTH - 18;
	int len = (int)strlen(snippet), cut = len > room ? room - 3 : len;
	while (cut < len && cut > 0 && (snippet[cut] & 0xC0) == 0x80)
		cut--; /* not inside a UTF-8 sequence */
	sct_buf_puts(b, "          source: ");
	for (int i = 0, run = 0;; i++) { /* runs without a tab at once */
		if (i < cut && snippet[i] != '\t')
			continue;
		sct_buf_put(b, snippet + run, (size_t)(i - run));
		if (i == cut)
			break;
		sct_buf_putc(b, ' ');
		run = i + 1;
	}
	sct_buf_puts(b, cut < len ? "...\n" : "\n");
}

/* s, then spaces up to width (printf's %-*s) */
static void padded(sct_buf *b, const char *s, int width)
{
	size_t n = strlen(s);
	sct_buf_put(b, s, n);
	for (int i = (int)n; i < width; i++)
		sct_buf_putc(b, ' ');
}

void sct_report_text(const sct_report *r, sct_buf *b, sct_sink *k)
{
	const sct_summary *m = &r->sum;
	sct_buf_printf(b, "sctconv %s assessment report: %s -> %s\n", SCT_VERSION_STRING, r->source, r->target);
	sct_buf_printf(b, "%d file%s, %d lines, %d statement%s, %d item%s (%d error%s, %d warning%s, %d info)\n", r->nfiles,
		       S(r->nfiles), m->lines, r->statements, S(r->statements), r->items.n, S(r->items.n), m->sev[3],
		       S(m->sev[3]), m->sev[2], S(m->sev[2]), m->sev[1]);
	for (int i = 0; i < r->nfiles; i++) {
		sct_buf_printf(b, "  %s (%d lines)\n", r->files[i].name, r->files[i].len ? (int)r->files[i].lines.nlines : 0);
		if (sct_sink_flush(k, b))
			return;
	}

	heading(b, "Migration complexity");
	sct_buf_puts(b, "  ");
	wrap(b, 2, 2, m->explanation);

	heading(b, "Effort");
	sct_buf_printf(b, "  per occurrence %8.1f h   %d items\n", m->effort / 60.0, r->items.n);
	sct_buf_printf(b, "  learning       %8.1f h   once for each of %d distinct code%s\n", m->learning / 60.0, m->ncodes,
		       S(m->ncodes));
	sct_buf_printf(b, "  total          %8.1f h   (%.1f person-days of 8 h)\n", (m->effort + m->learning) / 60.0,
		       (m->effort + m->learning) / 480.0);
	if (m->ncats) {
		sct_buf_puts(b, "\n  by category       items  occurrence h  learning h\n");
		for (int i = 0; i < m->ncats; i++)
			sct_buf_printf(b, "  %-16s %6d  %12.1f  %10.1f\n", m->cats[i].category, m->cats[i].count,
				       m->cats[i].effort / 60.0, m->cats[i].learning / 60.0);
	}

	heading(b, "Conversion rate");
	rate_line(b, "storage objects", &m->storage);
	rate_line(b, "code objects", &m->code);

	heading(b, "Objects by type");
	sct_buf_puts(b, "  type              count  automatic  with notes  manual  in target  items  effort h   lines\n");
	sct_objcount tot = {0};
	for (int t = 0; t < SCT_OBJ__COUNT; t++) {
		const sct_objcount *c = &r->summary[t];
		if (!c->count && !c->items)
			continue;
		sct_buf_printf(b, "  %-16s %6d %10d %11d %7d %10d %6d %9.1f %7d\n", sct_objtype_names[t], c->count,
			       c->automatic, c->notes, c->manual, c->in_target, c->items, c->effort / 60.0, c->lines);
		tot.count += c->count, tot.automatic += c->automatic, tot.notes += c->notes, tot.manual += c->manual;
		tot.in_target += c->in_target, tot.items += c->items, tot.effort += c->effort, tot.lines += c->lines;
	}
	sct_buf_printf(b, "  %-16s %6d %10d %11d %7d %10d %6d %9.1f %7d\n", "total", tot.count, tot.automatic, tot.notes,
		       tot.manual, tot.in_target, tot.items, tot.effort / 60.0, tot.lines);
	sct_buf_printf(b, "  complexity of the %d objects: %d simple (< 2 h), %d medium (2-6 h), %d significant (> 6 h)\n",
		       m->nobjects, m->by_complexity[0], m->by_complexity[1], m->by_complexity[2]);

	if (m->ncodes) {
		heading(b, "Action items by code (most effort first)");
		sct_buf_puts(b, "  code  severity  count  effort h  learning h  title\n");
		for (int i = 0; i < m->ncodes; i++) {
			const sct_code_total *c = &m->codes[i];
			sct_buf_printf(b, "  %-5s %-8s %6d %9.1f %11.1f  ", c->code, sct_severity_name(c->severity), c->count,
				       c->effort / 60.0, c->learning / 60.0);
			wrap(b, 47, 47, c->info ? c->info->title : c->code);
			if (sct_sink_flush(k, b))
				return;
		}
	}

	/* the text to wrap of one object or item, made again for each (not in the arena: it would grow with
	 * every report written) */
	sct_buf line;
	sct_buf_init(&line);
	int attention = 0;
	uint32_t hint = 0;
	for (int i = 0; i < m->nobjects; i++) {
		const sct_report_object *o = &m->objects[i];
		const sct_stmt *s = sct_report_object_stmt(r, o);
		if (s->status != SCT_STATUS_MANUAL && o->complexity == SCT_CPLX_SIMPLE)
			continue;
		if (!attention++) {
			heading(b, "Objects that need a person (manual, or over 2 h)");
			sct_buf_puts(b, "  complexity   effort h  status  type / name / where\n");
		}
		int f, at, lines;
		sct_report_object_lines(r, o, &hint, &f, &at, &lines);
		const char *file = f >= 0 && f < r->nfiles ? r->files[f].name : "";
		sct_buf_printf(b, "  %-11s %9.1f  %-6s  ", sct_complexity_names[o->complexity], o->effort / 60.0,
			       s->status == SCT_STATUS_MANUAL ? "manual" : "notes");
		const char *schema, *name = sct_report_object_name_parts(r, o, &schema);
		line.len = 0;
		sct_buf_printf(&line, "%s %s%s%s (%s:%d, %d lines)", sct_objtype_names[o->type], schema ? schema : "",
			       schema ? "." : "", name, file, at, lines);
		wrap(b, 32, 34, line.data);
		if (sct_sink_flush(k, b)) {
			sct_buf_free(&line);
			return;
		}
	}

	heading(b, "Items");
	if (!r->items.n)
		sct_buf_puts(b, "  none\n");
	const char *cur = NULL;
	sct_item_scratch scratch;
	sct_item_scratch_init(&scratch);
	for (int i = 0; i < r->items.n; i++) {
		sct_item view, *it = &view;
		sct_report_item_view(r, &r->items.at[i], &scratch, it);
		if (!cur || (cur != it->file && strcmp(cur, it->file) != 0)) {
			cur = it->file;
			sct_buf_printf(b, "\nfile: %s\n", *cur ? cur : "(no file)");
		}
		char pos[32];
		snprintf(pos, sizeof pos, "%d:%d", it->line, it->col);
		sct_buf_puts(b, "  ");
		padded(b, pos, 9);
		sct_buf_putc(b, ' ');
		padded(b, sct_severity_name(it->severity), 7);
		sct_buf_putc(b, ' ');
		padded(b, it->code, 4);
		sct_buf_putc(b, ' ');
		wrap(b, 25, 25, it->message);
		line.len = 0;
		if (*it->object)
			sct_buf_printf(&line, "%s %s; effort %d min; category %s", it->object_type, it->object, it->effort_minutes,
				       it->category);
		else
			sct_buf_printf(&line, "%s; effort %d min; category %s", *it->object_type ? it->object_type : "-",
				       it->effort_minutes, it->category);
		sct_buf_puts(b, "          object: ");
		wrap(b, 18, 18, line.data);
		if (it->snippet && *it->snippet)
			source_line(b, it->snippet);
		if (it->action && *it->action) {
			sct_buf_puts(b, "          action: ");
			wrap(b, 18, 18, it->action);
		}
		if (sct_sink_flush(k, b))
			break;
	}
	sct_buf_free(&line);
}
