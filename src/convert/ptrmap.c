/* ptrmap.c - a map from a node's address to a node (a table's name node -> its table, ...): open addressing,
 * sized once for at most n keys, in the arena. No key text is made or compared: the passes that find the table
 * of every ALTER TABLE, index and foreign key use it. */
#include "convert.h"
#include <stdint.h>

void sct_ptrmap_init(sct_arena *a, sct_ptrmap *m, int n)
{
	size_t cap = 16;
	while (cap < (size_t)(n > 0 ? n : 0) * 2)
		cap *= 2;
	m->keys = sct_arena_alloc(a, cap * sizeof *m->keys); /* zeroed */
	m->values = sct_arena_alloc(a, cap * sizeof *m->values);
	m->mask = cap - 1;
}

static size_t slot(const sct_ptrmap *m, const void *k)
{
	size_t i = (size_t)(((uintptr_t)k >> 4) * 0x9E3779B97F4A7C15ull) & m->mask;
	while (m->keys[i] && m->keys[i] != k)
		i = (i + 1) & m->mask;
	return i;
}

void sct_ptrmap_put(sct_ptrmap *m, const void *k, void *v)
{
	size_t i = slot(m, k);
	m->keys[i] = k;
	m->values[i] = v;
}

void *sct_ptrmap_get(const sct_ptrmap *m, const void *k)
{
	size_t i = slot(m, k);
	return m->keys[i] ? m->values[i] : NULL;
}
