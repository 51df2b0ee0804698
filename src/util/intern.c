/* intern.c - direct-mapped cache of arena texts, so repeated identifiers share one copy. */
#include "intern.h"
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
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	h = (h ^ (h >> 15)) % SCT_INTERN_SLOTS;
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
