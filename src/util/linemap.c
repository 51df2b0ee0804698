/* linemap.c - line table for a source buffer; positions are only resolved when reported. */
#include "linemap.h"
#include <string.h>

/* The usual case, no CR at all: memchr finds the line ends (much faster than a byte loop). */
static int build_lf(sct_linemap *m, sct_arena *a, const char *src, size_t len)
{
	if (memchr(src, '\r', len))
		return 0;
	uint32_t n = 1;
	for (const char *p = src, *end = src + len; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		n++;
	uint32_t *starts = sct_arena_alloc(a, sizeof(uint32_t) * n);
	uint32_t k = 0;
	starts[k++] = 0;
	for (const char *p = src, *end = src + len; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		starts[k++] = (uint32_t)(p - src + 1);
	m->starts = starts;
	m->nlines = n;
	m->src = src;
	return 1;
}

void sct_linemap_build(sct_linemap *m, sct_arena *a, const char *src, size_t len)
{
	if (build_lf(m, a, src, len))
		return;
	uint32_t n = 1;
	for (size_t i = 0; i < len; i++)
		if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= len || src[i + 1] != '\n')))
			n++;
	uint32_t *starts = sct_arena_alloc(a, sizeof(uint32_t) * n);
	uint32_t k = 0;
	starts[k++] = 0;
	for (size_t i = 0; i < len; i++)
		if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= len || src[i + 1] != '\n')))
			starts[k++] = (uint32_t)(i + 1);
	m->starts = starts;
	m->nlines = n;
	m->src = src;
}

void sct_linemap_find(const sct_linemap *m, uint32_t off, int *line, int *col)
{
	uint32_t hint = 0;
	sct_linemap_find_near(m, off, &hint, line, col);
}

void sct_linemap_find_near(const sct_linemap *m, uint32_t off, uint32_t *hint, int *line, int *col)
{
	/* the last line starting at or before off: bracket it from the hint (galloping forward, or below
	 * the hint), then a binary search in the bracket */
	uint32_t lo = 0, hi = m->nlines, h = *hint;
	if (h < m->nlines && m->starts[h] <= off) {
		uint32_t step = 1;
		lo = h;
		while (step < m->nlines - lo && m->starts[lo + step] <= off) {
			lo += step;
			step *= 2;
		}
		hi = step < m->nlines - lo ? lo + step : m->nlines;
	} else if (h < m->nlines) {
		hi = h;
	}
	while (hi - lo > 1) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (m->starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	*hint = lo;
	*line = (int)lo + 1;
	*col = (int)(off - m->starts[lo]) + 1;
}
