/* annotate.c - report items as comments in the converted DDL, above the statement they concern (as AWS
 * SCT embeds comments in converted code), and the reason shown for a statement carried as a comment.
 * Shared by every emitter; items are found through a position index, so this stays linear overall. */
#include "emit.h"
#include <string.h>

#define MAX_LINES 12    /* per statement; the rest is summed up in one line */
#define MAX_MESSAGE 240

void sct_annotator_init(sct_annotator *an, sct_conv *cv, int annotate)
{
	an->cv = cv;
	an->min_severity = annotate == SCT_ANNOTATE_NONE ? 0 : annotate == SCT_ANNOTATE_ALL ? SCT_SEV_INFO : SCT_SEV_WARNING;
	sct_item_index_build(&an->idx, cv->rep);
	sct_item_scratch_init(&an->scratch);
}

void sct_annotator_free(sct_annotator *an)
{
	sct_item_index_free(&an->idx);
}

/* The index range of the items located in statement s. */
static int range(sct_annotator *an, const sct_stmt *s, int *first)
{
	sct_loc end = s->end;
	if (s->kind == SCT_STMT_UNPARSED && s->error_loc >= end)
		end = s->error_loc + 1;
	return sct_item_index_range(&an->idx, s->file, s->loc, end, first);
}

static void one_line(sct_buf *out, const char *s)
{
	size_t n = 0;
	for (; *s && (n < MAX_MESSAGE || (*s & 0xC0) == 0x80); s++, n++) /* never cut a UTF-8 sequence */
		sct_buf_putc(out, *s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s);
	if (*s)
		sct_buf_puts(out, "...");
}

void sct_emit_annotate(sct_annotator *an, const sct_stmt *s, sct_buf *out)
{
	if (!s || !an->min_severity)
		return;
	const sct_report *r = an->cv->rep;
	int first, n = range(an, s, &first), lines = 0, more = 0;
	for (int i = first; i < first + n; i++) {
		sct_item_ref *f = &an->idx.refs[i];
		const sct_report_item *x = &r->items.at[f->seq]; /* the array may have moved since: items were added */
		if (f->owner || (int)x->severity < an->min_severity)
			continue;
		f->owner = 1; /* named once, above the first statement written for s */
		if (lines++ >= MAX_LINES) {
			more++;
			continue;
		}
		int line, col;
		sct_report_item_line(r, x, &an->scratch, &line, &col);
		sct_buf_puts(out, "-- [sctconv] "); /* "-- [sctconv] code severity: message (file:line)" */
		sct_buf_puts(out, sct_report_item_code(r, x));
		sct_buf_putc(out, ' ');
		sct_buf_puts(out, sct_severity_name((sct_severity)x->severity));
		sct_buf_puts(out, ": ");
		one_line(out, sct_report_item_message(r, x, &an->scratch));
		sct_buf_puts(out, " (");
		sct_buf_puts(out, x->file >= 0 && x->file < r->nfiles ? r->files[x->file].name : "");
		sct_buf_putc(out, ':');
		sct_buf_int(out, line);
		sct_buf_puts(out, ")\n");
	}
	if (more)
		sct_buf_printf(out, "-- [sctconv] ... and %d more item%s for this statement: see the report\n", more,
			       more == 1 ? "" : "s");
}

const char *sct_emit_reason(sct_annotator *an, const sct_stmt *s)
{
	const sct_report *r = an->cv->rep;
	int first, n = range(an, s, &first);
	for (int i = first; i < first + n; i++) {
		const sct_report_item *x = &r->items.at[an->idx.refs[i].seq];
		if (x->severity >= SCT_SEV_WARNING)
			return sct_arena_printf(an->cv->a, "%s %s", sct_report_item_code(r, x),
						sct_report_item_message(r, x, &an->scratch));
	}
	return NULL;
}
