/* intern.h - texts seen lately share one arena copy (a parser's identifiers repeat: dbo, key columns, types). */
#ifndef SCT_INTERN_H
#define SCT_INTERN_H
#include <stddef.h>
#include <stdint.h>
#include "arena.h"

/* A direct-mapped cache, not a set: a text whose slot was taken by another one gets a new copy (measured on
 * the 10 MB benchmark: 8192 slots share as much as a full table, without its cache misses). */
#define SCT_INTERN_SLOTS 8192

typedef struct sct_intern {
	const char *s[SCT_INTERN_SLOTS];
	uint32_t len[SCT_INTERN_SLOTS];
} sct_intern;

sct_intern *sct_intern_new(void); /* malloc'd, empty; aborts on OOM */
/* The arena copy of s[0..n) (NUL-terminated), shared with earlier calls for the same text while it stays in
 * its slot; never write to it. */
const char *sct_intern_text(sct_intern *t, sct_arena *a, const char *s, size_t n);
void sct_intern_free(sct_intern *t); /* the cache only: the texts stay in the arena */
#endif
