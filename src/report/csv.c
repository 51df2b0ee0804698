/* csv.c - one row per item, like AWS SCT's action-item export: RFC 4180 (CRLF rows, fields quoted when
 * they hold a comma, quote, CR or LF; quotes doubled), with a header row. Text that a spreadsheet would
 * take for a formula (it starts with = + - @, tab or CR: SQL snippets such as "-- ..." or "=...") gets a
 * leading apostrophe, the usual guard against formula injection. */
#include "report.h"
#include <string.h>

static void field(sct_buf *b, const char *s)
{
	s = s ? s : "";
	int formula = *s && strchr("=+-@\t\r", *s) != NULL;
	if (!strpbrk(s, ",\"\r\n")) {
		if (formula)
			sct_buf_putc(b, '\'');
		sct_buf_puts(b, s);
		return;
	}
	sct_buf_putc(b, '"');
	if (formula)
		sct_buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '"')
			sct_buf_putc(b, '"');
		sct_buf_putc(b, *s);
	}
	sct_buf_putc(b, '"');
}

void sct_report_csv(const sct_report *r, sct_buf *b, sct_sink *k)
{
	sct_buf_puts(b, "code,severity,category,object_type,object,file,line,col,message,action,effort_minutes,"
			"learning_minutes,title,snippet\r\n");
	sct_item_scratch scratch;
	sct_item_scratch_init(&scratch);
	for (int i = 0; i < r->items.n; i++) {
		const sct_report_item *x = &r->items.at[i];
		sct_item view, *it = &view;
		sct_report_item_view(r, x, &scratch, it);
		const sct_report_code *m = &r->codes[x->code];
		const sct_code_info *ci = m->info;
		field(b, it->code);
		sct_buf_printf(b, ",%s,", sct_severity_name(it->severity));
		field(b, it->category);
		sct_buf_putc(b, ',');
		field(b, it->object_type);
		sct_buf_putc(b, ',');
		field(b, it->object);
		sct_buf_putc(b, ',');
		field(b, it->file);
		sct_buf_printf(b, ",%d,%d,", it->line, it->col);
		field(b, it->message);
		sct_buf_putc(b, ',');
		field(b, it->action);
		sct_buf_printf(b, ",%d,%d,", it->effort_minutes, m->learn >= 0 ? m->learn : ci ? ci->learning : 0);
		field(b, ci ? ci->title : "");
		sct_buf_putc(b, ',');
		field(b, it->snippet);
		sct_buf_puts(b, "\r\n");
		if (sct_sink_flush(k, b))
			return;
	}
}
