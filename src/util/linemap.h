/* linemap.h - byte offset to line:column, computed once per source buffer (one pass, binary search). */
#ifndef SCT_LINEMAP_H
#define SCT_LINEMAP_H
#include <stddef.h>
#include <stdint.h>
#include "arena.h"

typedef struct sct_linemap {
	const uint32_t *starts; /* byte offset of each line start */
	uint32_t nlines;
	const char *src;
} sct_linemap;

/* Line ends: LF, CRLF and lone CR. */
void sct_linemap_build(sct_linemap *m, sct_arena *a, const char *src, size_t len);
/* 1-based line and column (column counts bytes). */
void sct_linemap_find(const sct_linemap *m, uint32_t off, int *line, int *col);
/* The same, for offsets that mostly grow (items, statements in source order): *hint is the 0-based line of
 * the previous answer (start with 0), checked with its next line before a binary search. */
void sct_linemap_find_near(const sct_linemap *m, uint32_t off, uint32_t *hint, int *line, int *col);
#endif
