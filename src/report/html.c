/* html.c - the report as one self-contained HTML page for a browser, offline: inline CSS, inline SVG
 * charts (conversion by object type, effort by category), the tables of the summary, and every item in a
 * table that a little inline script filters by severity, category and text; each item shows its source
 * lines in context. No external resource of any kind is referenced. */
#include "report.h"
#include <stdio.h>
#include <string.h>

/* At most n bytes of s (up to its NUL) as HTML text. Runs that need no change are copied at once. */
static void esc(sct_buf *b, const char *s, size_t n)
{
	size_t run = 0, i = 0;
	for (; i < n && s[i]; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 0x20 || c == '\n') && c != '<' && c != '>' && c != '&' && c != '"' && c != '\'')
			continue;
		sct_buf_put(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '<': sct_buf_puts(b, "&lt;"); break;
		case '>': sct_buf_puts(b, "&gt;"); break;
		case '&': sct_buf_puts(b, "&amp;"); break;
		case '"': sct_buf_puts(b, "&quot;"); break;
		case '\'': sct_buf_puts(b, "&#39;"); break;
		case '\r': break;
		case '\t': sct_buf_puts(b, "    "); break;
		default: sct_buf_putc(b, ' '); /* another control character */
		}
	}
	sct_buf_put(b, s + run, i - run);
}

/* Literal text and decimal numbers without printf, for the per-item rows (printf cost most of them). */
#define LIT SCT_BUF_LIT

static void e(sct_buf *b, const char *s)
{
	esc(b, s ? s : "", (size_t)-1);
}

static double pct(int part, int whole)
{
	return whole ? 100.0 * part / whole : 100.0;
}

static const char style[] =
	"<style>\n"
	":root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#f5f7fa;--auto:#2f9e44;--notes:#f08c00;"
	"--manual:#e03131;--info:#1c7ed6;--learn:#9c36b5;--accent:#243b53}\n"
	"*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
	"color:var(--ink);background:var(--bg)}\n"
	"header{background:var(--accent);color:#fff;padding:20px 32px}header h1{margin:0;font-size:22px;font-weight:600}"
	"header p{margin:4px 0 0;color:#bcccdc}\n"
	"main{padding:20px 32px;max-width:1400px}section{background:#fff;border:1px solid var(--line);border-radius:8px;"
	"padding:16px 20px;margin:0 0 18px}\n"
	"h2{font-size:16px;margin:0 0 12px;color:var(--accent)}.cards{display:grid;"
	"grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:14px;margin-bottom:18px}\n"
	".card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px}.card .k{color:var(--muted);"
	"font-size:12px;text-transform:uppercase;letter-spacing:.04em}.card .v{font-size:26px;font-weight:600;margin-top:2px}"
	".card .s{color:var(--muted);font-size:12px}\n"
	".lvl-simple{color:var(--auto)}.lvl-medium{color:var(--notes)}.lvl-significant{color:var(--manual)}\n"
	".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:18px}\n"
	"svg text{font:12px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;fill:var(--ink)}\n"
	"table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);"
	"vertical-align:top}th{font-size:12px;color:var(--muted);font-weight:600;background:#fbfcfd;white-space:nowrap}td.n,th.n{text-align:right;"
	"font-variant-numeric:tabular-nums}\n"
	".sev{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff}.sev-error{background:var(--manual)}"
	".sev-warning{background:var(--notes)}.sev-info{background:var(--info)}\n"
	".legend span{display:inline-block;margin-right:14px;font-size:12px;color:var(--muted)}.legend i{display:inline-block;"
	"width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}\n"
	".filters{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin-bottom:10px}.filters select,.filters input{"
	"font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:6px}\n"
	"details summary{cursor:pointer}pre.src{background:#f8f9fb;border:1px solid var(--line);border-radius:6px;"
	"padding:6px 0;margin:6px 0;overflow-x:auto;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}\n"
	"pre.src span{display:block;padding:0 10px;white-space:pre}pre.src span.hit{background:#fff3bf}pre.src b{display:inline-block;"
	"width:44px;color:var(--muted);font-weight:400}\n"
	".muted{color:var(--muted)}.act{margin:4px 0}code{font:12px ui-monospace,Menlo,Consolas,monospace}\n"
	"</style>\n";

static const char script[] =
	"<script>\n"
	"(function(){\n"
	"  var sev=document.getElementById('f-sev'),cat=document.getElementById('f-cat'),txt=document.getElementById('f-text');\n"
	"  var rows=document.querySelectorAll('#items tbody tr'),shown=document.getElementById('f-count');\n"
	"  function apply(){\n"
	"    var s=sev.value,c=cat.value,t=txt.value.toLowerCase(),n=0;\n"
	"    for(var i=0;i<rows.length;i++){var r=rows[i];\n"
	"      var ok=(!s||r.getAttribute('data-severity')===s)&&(!c||r.getAttribute('data-category')===c)&&\n"
	"        (!t||r.textContent.toLowerCase().indexOf(t)>=0);\n"
	"      r.style.display=ok?'':'none';if(ok)n++;}\n"
	"    shown.textContent=n+' of '+rows.length+' items';\n"
	"  }\n"
	"  sev.addEventListener('change',apply);cat.addEventListener('change',apply);txt.addEventListener('input',apply);\n"
	"  apply();\n"
	"})();\n"
	"</script>\n";

static void card(sct_buf *b, const char *k, const char *cls, const char *v, const char *s)
{
	sct_buf_puts(b, "<div class=\"card\"><div class=\"k\">");
	e(b, k);
	sct_buf_printf(b, "</div><div class=\"v %s\">", cls);
	e(b, v);
	sct_buf_puts(b, "</div><div class=\"s\">");
	e(b, s);
	sct_buf_puts(b, "</div></div>\n");
}

static void rate_card(sct_buf *b, const char *title, const char *what, const sct_rate *r)
{
	char v[32], s[160];
	if (!r->count) {
		snprintf(s, sizeof s, "no %s objects in the input", what);
		card(b, title, "", "n/a", s);
		return;
	}
	snprintf(v, sizeof v, "%.0f%%", pct(r->converted, r->count));
	snprintf(s, sizeof s, "%d of %d %s objects converted, %.0f%% automatically", r->converted, r->count, what,
		 pct(r->automatic, r->count));
	card(b, title, "", v, s);
}

/* Horizontal stacked bars: automatic / with notes / manual per object type, as shares of its count. */
static void chart_conversion(const sct_report *r, sct_buf *b)
{
	int rows = 0;
	for (int t = 0; t < SCT_OBJ__COUNT; t++)
		rows += r->summary[t].count > 0;
	int h = 30 + rows * 26 + 10, x0 = 130, w = 420;
	sct_buf_printf(b, "<svg id=\"chart-conversion\" role=\"img\" aria-label=\"Conversion by object type\" "
			  "viewBox=\"0 0 640 %d\" width=\"100%%\">\n", h);
	for (int p = 0; p <= 100; p += 25)
		sct_buf_printf(b, "<line x1=\"%d\" y1=\"20\" x2=\"%d\" y2=\"%d\" stroke=\"#d9e2ec\"/><text x=\"%d\" y=\"14\" "
				  "text-anchor=\"middle\" fill=\"#616e7c\">%d%%</text>\n",
			       x0 + w * p / 100, x0 + w * p / 100, h - 10, x0 + w * p / 100, p);
	int y = 28;
	for (int t = 0; t < SCT_OBJ__COUNT; t++) {
		const sct_objcount *c = &r->summary[t];
		if (!c->count)
			continue;
		double wa = (double)w * c->automatic / c->count, wn = (double)w * c->notes / c->count,
		       wm = (double)w * c->manual / c->count;
		sct_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", x0 - 8, y + 13,
			       sct_objtype_names[t]);
		sct_buf_printf(b, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#2f9e44\">"
				  "<title>%s: %d automatic</title></rect>",
			       x0, y, wa, sct_objtype_names[t], c->automatic);
		sct_buf_printf(b, "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#f08c00\">"
				  "<title>%s: %d with notes</title></rect>",
			       x0 + wa, y, wn, sct_objtype_names[t], c->notes);
		sct_buf_printf(b, "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#e03131\">"
				  "<title>%s: %d manual</title></rect>\n",
			       x0 + wa + wn, y, wm, sct_objtype_names[t], c->manual);
		sct_buf_printf(b, "<text x=\"%d\" y=\"%d\">%.0f%% of %d</text>\n", x0 + w + 8, y + 13,
			       pct(c->automatic + c->notes, c->count), c->count);
		y += 26;
	}
	sct_buf_puts(b, "</svg>\n<div class=\"legend\"><span><i style=\"background:#2f9e44\"></i>automatic</span>"
			"<span><i style=\"background:#f08c00\"></i>converted with notes</span>"
			"<span><i style=\"background:#e03131\"></i>manual</span></div>\n");
}

/* Horizontal bars: hours per category, per occurrence and learning stacked. */
static void chart_effort(const sct_report *r, sct_buf *b)
{
	const sct_summary *m = &r->sum;
	int max = 1;
	for (int i = 0; i < m->ncats; i++)
		if (m->cats[i].effort + m->cats[i].learning > max)
			max = m->cats[i].effort + m->cats[i].learning;
	int h = 20 + (m->ncats ? m->ncats : 1) * 26 + 10, x0 = 130, w = 420;
	sct_buf_printf(b, "<svg id=\"chart-effort\" role=\"img\" aria-label=\"Effort by category\" viewBox=\"0 0 640 %d\" "
			  "width=\"100%%\">\n", h);
	if (!m->ncats)
		sct_buf_printf(b, "<text x=\"%d\" y=\"30\" fill=\"#616e7c\">no items: no effort</text>\n", x0);
	int y = 14;
	for (int i = 0; i < m->ncats; i++) {
		const sct_category_total *k = &m->cats[i];
		double we = (double)w * k->effort / max, wl = (double)w * k->learning / max;
		sct_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", x0 - 8, y + 13);
		e(b, k->category);
		sct_buf_printf(b, "</text>\n<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#1c7ed6\">"
				  "<title>per occurrence: %.1f h</title></rect>",
			       x0, y, we, k->effort / 60.0);
		sct_buf_printf(b, "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#9c36b5\">"
				  "<title>learning: %.1f h</title></rect>\n",
			       x0 + we, y, wl, k->learning / 60.0);
		sct_buf_printf(b, "<text x=\"%.1f\" y=\"%d\">%.1f h (%d)</text>\n", x0 + we + wl + 6, y + 13,
			       (k->effort + k->learning) / 60.0, k->count);
		y += 26;
	}
	sct_buf_puts(b, "</svg>\n<div class=\"legend\"><span><i style=\"background:#1c7ed6\"></i>per occurrence</span>"
			"<span><i style=\"background:#9c36b5\"></i>learning (once per code)</span></div>\n");
}

static void types_table(const sct_report *r, sct_buf *b)
{
	sct_buf_puts(b, "<table id=\"types\"><thead><tr><th>object type</th><th class=\"n\">count</th>"
			"<th class=\"n\">automatic</th><th class=\"n\">with notes</th><th class=\"n\">manual</th>"
			"<th class=\"n\">in target</th><th class=\"n\">converted</th><th class=\"n\">items</th>"
			"<th class=\"n\">effort h</th><th class=\"n\">lines</th></tr></thead><tbody>\n");
	for (int t = 0; t < SCT_OBJ__COUNT; t++) {
		const sct_objcount *c = &r->summary[t];
		if (!c->count && !c->items)
			continue;
		sct_buf_printf(b, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
				  "<td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%.0f%%</td><td class=\"n\">%d</td>"
				  "<td class=\"n\">%.1f</td><td class=\"n\">%d</td></tr>\n",
			       sct_objtype_names[t], c->count, c->automatic, c->notes, c->manual, c->in_target,
			       pct(c->automatic + c->notes, c->count), c->items, c->effort / 60.0, c->lines);
	}
	sct_buf_puts(b, "</tbody></table>\n");
}

/* The tables of lists (codes, objects, items) return 1 when the writing failed and the report stops (k: as in
 * sct_report_html), else 0. */
static int codes_table(const sct_report *r, sct_buf *b, sct_sink *k)
{
	const sct_summary *m = &r->sum;
	if (!m->ncodes) {
		sct_buf_puts(b, "<p class=\"muted\">No action items.</p>\n");
		return 0;
	}
	sct_buf_puts(b, "<table id=\"codes\"><thead><tr><th>code</th><th>severity</th><th>category</th>"
			"<th class=\"n\">count</th><th class=\"n\">effort h</th><th class=\"n\">learning h</th>"
			"<th>issue and recommended action</th></tr></thead><tbody>\n");
	for (int i = 0; i < m->ncodes; i++) {
		const sct_code_total *c = &m->codes[i];
		const char *sv = sct_severity_name(c->severity);
		sct_buf_printf(b, "<tr><td><code>%s</code></td><td><span class=\"sev sev-%s\">%s</span></td><td>", c->code, sv, sv);
		e(b, c->category);
		sct_buf_printf(b, "</td><td class=\"n\">%d</td><td class=\"n\">%.1f</td><td class=\"n\">%.1f</td><td>", c->count,
			       c->effort / 60.0, c->learning / 60.0);
		e(b, c->info ? c->info->title : c->code);
		sct_buf_puts(b, "<div class=\"muted\">");
		e(b, c->info ? c->info->action : "");
		sct_buf_puts(b, "</div></td></tr>\n");
		if (sct_sink_flush(k, b))
			return 1;
	}
	sct_buf_puts(b, "</tbody></table>\n");
	return 0;
}

static int objects_table(const sct_report *r, sct_buf *b, sct_sink *k)
{
	const sct_summary *m = &r->sum;
	int n = 0;
	uint32_t hint = 0;
	for (int i = 0; i < m->nobjects; i++) {
		const sct_report_object *o = &m->objects[i];
		const sct_stmt *s = sct_report_object_stmt(r, o);
		if (s->status != SCT_STATUS_MANUAL && o->complexity == SCT_CPLX_SIMPLE)
			continue;
		if (!n++)
			sct_buf_puts(b, "<table id=\"objects\"><thead><tr><th>complexity</th><th>status</th><th>type</th>"
					"<th>name</th><th>where</th><th class=\"n\">lines</th><th class=\"n\">items</th>"
					"<th class=\"n\">effort h</th></tr></thead><tbody>\n");
		const char *cx = sct_complexity_names[o->complexity];
		sct_buf_printf(b, "<tr><td class=\"lvl-%s\">%s</td><td>%s</td><td>%s</td><td>", cx, cx,
			       s->status == SCT_STATUS_MANUAL ? "manual" : "with notes", sct_objtype_names[o->type]);
		e(b, sct_report_object_name(r, o));
		sct_buf_puts(b, "</td><td>");
		int file, line, lines;
		sct_report_object_lines(r, o, &hint, &file, &line, &lines);
		e(b, file >= 0 && file < r->nfiles ? r->files[file].name : "");
		sct_buf_printf(b, ":%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%.1f</td></tr>\n", line,
			       lines, o->items, o->effort / 60.0);
		if (sct_sink_flush(k, b))
			return 1;
	}
	if (n)
		sct_buf_puts(b, "</tbody></table>\n");
	else
		sct_buf_puts(b, "<p class=\"muted\">Every object converts with less than 2 h of work.</p>\n");
	return 0;
}

static void source_context(const sct_report *r, const sct_report_item *x, const sct_item *it, sct_buf *b)
{
	int first;
	const char *text;
	size_t len;
	sct_report_source_lines(r, x->file, it->line, 2, 2, &first, &text, &len);
	if (!len)
		return;
	sct_buf_puts(b, "<pre class=\"src\">");
	int line = first;
	size_t s = 0;
	while (s <= len) {
		size_t e2 = s;
		while (e2 < len && text[e2] != '\n' && text[e2] != '\r')
			e2++;
		if (line == it->line)
			LIT(b, "<span class=\"hit\"><b>");
		else
			LIT(b, "<span><b>");
		sct_buf_int(b, line);
		LIT(b, "</b>");
		esc(b, text + s, e2 - s);
		sct_buf_puts(b, "</span>");
		if (e2 < len && text[e2] == '\r' && e2 + 1 < len && text[e2 + 1] == '\n')
			e2++;
		s = e2 + 1;
		line++;
	}
	sct_buf_puts(b, "</pre>");
}

static int items_table(const sct_report *r, sct_buf *b, sct_sink *k)
{
	const sct_summary *m = &r->sum;
	sct_buf_puts(b, "<div class=\"filters\"><label>severity <select id=\"f-sev\"><option value=\"\">all</option>"
			"<option>error</option><option>warning</option><option>info</option></select></label>"
			"<label>category <select id=\"f-cat\"><option value=\"\">all</option>");
	for (int i = 0; i < m->ncats; i++) {
		sct_buf_puts(b, "<option>");
		e(b, m->cats[i].category);
		sct_buf_puts(b, "</option>");
	}
	sct_buf_puts(b, "</select></label><label>text <input id=\"f-text\" type=\"search\" placeholder=\"code, object, message\">"
			"</label><span id=\"f-count\" class=\"muted\"></span></div>\n");
	sct_buf_puts(b, "<table id=\"items\"><thead><tr><th>severity</th><th>code</th><th>category</th><th>where</th>"
			"<th>object</th><th>message, action and source</th><th class=\"n\">effort min</th></tr></thead><tbody>\n");
	sct_item_scratch scratch;
	sct_item_scratch_init(&scratch);
	for (int i = 0; i < r->items.n; i++) {
		const sct_report_item *x = &r->items.at[i];
		sct_item view, *it = &view;
		sct_report_item_view(r, x, &scratch, it);
		const char *sv = sct_severity_name(it->severity);
		LIT(b, "<tr class=\"item\" data-severity=\"");
		sct_buf_puts(b, sv);
		LIT(b, "\" data-category=\"");
		e(b, it->category);
		LIT(b, "\" data-code=\"");
		e(b, it->code);
		LIT(b, "\" data-file=\"");
		e(b, it->file);
		LIT(b, "\" data-line=\"");
		sct_buf_int(b, it->line);
		LIT(b, "\" data-col=\"");
		sct_buf_int(b, it->col);
		LIT(b, "\"><td><span class=\"sev sev-");
		sct_buf_puts(b, sv);
		LIT(b, "\">");
		sct_buf_puts(b, sv);
		LIT(b, "</span></td><td><code>");
		sct_buf_puts(b, it->code);
		LIT(b, "</code></td><td>");
		e(b, it->category);
		LIT(b, "</td><td>");
		e(b, it->file);
		sct_buf_putc(b, ':');
		sct_buf_int(b, it->line);
		sct_buf_putc(b, ':');
		sct_buf_int(b, it->col);
		LIT(b, "</td><td>");
		if (*it->object) {
			sct_buf_puts(b, "<span class=\"muted\">");
			e(b, it->object_type);
			sct_buf_puts(b, "</span> ");
			e(b, it->object);
		}
		sct_buf_puts(b, "</td><td><details><summary>");
		e(b, it->message);
		sct_buf_puts(b, "</summary><div class=\"act\"><b>Action:</b> ");
		e(b, it->action);
		sct_buf_puts(b, "</div>");
		source_context(r, x, it, b);
		LIT(b, "</details></td><td class=\"n\">");
		sct_buf_int(b, it->effort_minutes);
		LIT(b, "</td></tr>\n");
		if (sct_sink_flush(k, b))
			return 1;
	}
	sct_buf_puts(b, "</tbody></table>\n");
	return 0;
}

void sct_report_html(const sct_report *r, sct_buf *b, sct_sink *k)
{
	const sct_summary *m = &r->sum;
	char v[64], s[160];
	sct_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
			"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>sctconv assessment: ");
	e(b, r->source);
	sct_buf_puts(b, " to ");
	e(b, r->target);
	sct_buf_puts(b, "</title>\n");
	sct_buf_puts(b, style);
	sct_buf_puts(b, "</head><body>\n<header><h1>Assessment report: ");
	e(b, r->source);
	sct_buf_puts(b, " &rarr; ");
	e(b, r->target);
	sct_buf_printf(b, "</h1><p>sctconv %s &middot; %d file%s, %d lines, %d statements &middot; ", SCT_VERSION_STRING,
		       r->nfiles, r->nfiles == 1 ? "" : "s", m->lines, r->statements);
	for (int i = 0; i < r->nfiles && i < 5; i++) {
		if (i)
			sct_buf_puts(b, ", ");
		e(b, r->files[i].name);
	}
	if (r->nfiles > 5)
		sct_buf_printf(b, " and %d more", r->nfiles - 5);
	sct_buf_puts(b, "</p></header>\n<main>\n<div class=\"cards\">\n");
	snprintf(s, sizeof s, "%d medium, %d significant objects", m->by_complexity[1], m->by_complexity[2]);
	card(b, "Migration complexity", sct_arena_printf(r->a, "lvl-%s", sct_complexity_names[m->complexity]),
	     sct_complexity_names[m->complexity], s);
	snprintf(v, sizeof v, "%.1f h", (m->effort + m->learning) / 60.0);
	snprintf(s, sizeof s, "%.1f h per occurrence + %.1f h learning", m->effort / 60.0, m->learning / 60.0);
	card(b, "Estimated effort", "", v, s);
	rate_card(b, "Storage objects", "storage", &m->storage);
	rate_card(b, "Code objects", "code", &m->code);
	snprintf(v, sizeof v, "%d", r->items.n);
	snprintf(s, sizeof s, "%d errors, %d warnings, %d info", m->sev[3], m->sev[2], m->sev[1]);
	card(b, "Action items", "", v, s);
	sct_buf_puts(b, "</div>\n<section><h2>Migration complexity</h2><p>");
	e(b, m->explanation);
	sct_buf_puts(b, "</p></section>\n<div class=\"charts\">\n<section><h2>Conversion by object type</h2>\n");
	chart_conversion(r, b);
	sct_buf_puts(b, "</section>\n<section><h2>Effort by category</h2>\n");
	chart_effort(r, b);
	sct_buf_puts(b, "</section>\n</div>\n<section><h2>Objects by type</h2>\n");
	types_table(r, b);
	sct_buf_puts(b, "</section>\n<section><h2>Action items by code</h2>\n");
	if (codes_table(r, b, k))
		return;
	sct_buf_puts(b, "</section>\n<section><h2>Objects that need a person (manual, or over 2 h)</h2>\n");
	if (objects_table(r, b, k))
		return;
	sct_buf_puts(b, "</section>\n<section><h2>Items</h2>\n");
	if (items_table(r, b, k))
		return;
	sct_buf_puts(b, "</section>\n</main>\n");
	sct_buf_puts(b, script);
	sct_buf_puts(b, "</body></html>\n");
}
