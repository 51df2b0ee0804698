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

/* a[0..n) == b[0..n): a word at a time, reading no byte past either's n (as sct_hash_bytes); the texts are short
 * names, for which a call to memcmp costs more than the comparison */
static int same_bytes(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&x, a + i, 8);
			memcpy(&y, b + i, 8);
			if (x != y)
				return 0;
		}
		memcpy(&x, a + n - 8, 8);
		memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) {
		uint32_t a0, a1, b0, b1;
		memcpy(&a0, a, 4);
		memcpy(&b0, b, 4);
		memcpy(&a1, a + n - 4, 4);
		memcpy(&b1, b + n - 4, 4);
		return a0 == b0 && a1 == b1;
	}
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* A new text in slot h (out of line: the lookup above it stays small) */
static __attribute__((noinline)) const char *put(sct_intern *t, sct_arena *a, size_t h, const char *s, size_t n)
{
	if (n > UINT32_MAX)
		return sct_arena_strndup(a, s, n);
	t->len[h] = (uint32_t)n;
	return t->s[h] = sct_arena_strndup(a, s, n);
}

const char *sct_intern_text(sct_intern *t, sct_arena *a, const char *s, size_t n)
{
	size_t h = sct_hash_bytes(s, n) % SCT_INTERN_SLOTS;
	const char *p = t->s[h];
	if (p && t->len[h] == n && same_bytes(p, s, n))
		return p;
	return put(t, a, h, s, n);
}

void sct_intern_free(sct_intern *t)
{
	free(t);
}
