/* carry.c - statements that are not converted go into the output as comments, verbatim, so nothing is lost. */
#include "emit.h"
#include <string.h>
#include "util/utf8.h"

/* hint: the line of the previous statement carried (sct_linemap_find_near), for statements in source order */
static void carried(sct_conv *cv, const sct_stmt *s, const char *why, sct_buf *out, uint32_t *hint)
{
	const sct_report_file *f = s->file >= 0 && s->file < cv->rep->nfiles ? &cv->rep->files[s->file] : NULL;
	int line = 0, col = 0;
	if (f)
		sct_linemap_find_near(&f->lines, s->loc, hint, &line, &col);
	sct_buf_puts(out, "-- [sctconv] "); /* "-- [sctconv] file:line: why", without printf */
	sct_buf_puts(out, f ? f->name : "?");
	sct_buf_putc(out, ':');
	sct_buf_int(out, line);
	sct_buf_puts(out, ": ");
	sct_buf_puts(out, why);
	sct_buf_putc(out, '\n');
	if (!f || s->end <= s->loc || s->end > f->len)
		return;
	const char *p = f->src + s->loc, *end = f->src + s->end;
	sct_buf_puts(out, "-- | ");
	for (; p < end; p++) {
		if (*p == '\r') {
			if (p + 1 < end && p[1] == '\n')
				continue;
			sct_buf_puts(out, "\n-- | ");
		} else if (*p == '\n') {
			if (p + 1 < end)
				sct_buf_puts(out, "\n-- | ");
		} else if (*p == '\0') {
			sct_buf_puts(out, "\\0");
		} else if ((unsigned char)*p >= 0x80) {
			/* keep the output UTF-8: a byte that is not part of a valid sequence is written as \xNN */
			size_t k = sct_utf8_seq((const unsigned char *)p, (size_t)(end - p));
			if (k) {
				sct_buf_put(out, p, k);
				p += k - 1;
			} else {
				sct_buf_printf(out, "\\x%02X", (unsigned char)*p);
			}
		} else {
			const char *q = p; /* a run of plain bytes at once */
			while (q + 1 < end && q[1] != '\r' && q[1] != '\n' && q[1] != '\0' && (unsigned char)q[1] < 0x80)
				q++;
			sct_buf_put(out, p, (size_t)(q - p + 1));
			p = q;
		}
	}
	sct_buf_puts(out, "\n\n");
}

void sct_emit_carried(sct_conv *cv, const sct_stmt *s, const char *why, sct_buf *out)
{
	uint32_t hint = 0;
	carried(cv, s, why, out, &hint);
}

void sct_emit_not_converted(sct_annotator *an, sct_buf *out, sct_sink *sink)
{
	const sct_list *st = an->cv->stmts;
	int header = 0;
	uint32_t hint = 0;
	for (int i = 0; i < st->n; i++) {
		const sct_stmt *s = st->items[i];
		if (s->status != SCT_STATUS_MANUAL && s->status != SCT_STATUS_SKIPPED)
			continue;
		if (!header++)
			sct_buf_puts(out, "\n-- ==== Statements not converted automatically (see the report) ====\n\n");
		const char *why = s->status == SCT_STATUS_SKIPPED ? "not needed in the target" : sct_emit_reason(an, s);
		carried(an->cv, s, why ? why : "needs manual conversion", out, &hint);
		sct_sink_drain(sink, out, out->len);
	}
}
