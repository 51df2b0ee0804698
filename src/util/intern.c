/* intern.c - direct-mapped cache of arena texts, so repeated identifiers share one copy. */
#include "intern.h"
#include "hash.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

sct_intern *sct_intern_new(void)
{
	sct_intern *t = calloc(1, sizeof *t);
	if (!t) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	return t;
}

const char *sct_intern_text(sct_intern *t, sct_arena *a, const char *s, size_t n)
{
	size_t h = sct_hash_bytes(s, n) % SCT_INTERN_SLOTS;
	if (t->s[h] && t->len[h] == n && memcmp(t->s[h], s, n) == 0)
		return t->s[h];
	if (n > UINT32_MAX)
		return sct_arena_strndup(a, s, n);
	t->len[h] = (uint32_t)n;
	return t->s[h] = sct_arena_strndup(a, s, n);
}

void sct_intern_free(sct_intern *t)
{
	free(t);
}
