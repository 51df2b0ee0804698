/* hash.c - FNV-1a string map with linear probing; grows at 50% load; memory from the arena. */
#include "hash.h"
#include <string.h>

static size_t fnv(const char *s)
{
	size_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

void sct_hash_init(sct_hash *h, sct_arena *a)
{
	h->a = a;
	h->slots = NULL;
	h->cap = h->n = 0;
}

void *sct_hash_get(const sct_hash *h, const char *key)
{
	if (!h->cap)
		return NULL;
	for (size_t i = fnv(key) & (h->cap - 1);; i = (i + 1) & (h->cap - 1)) {
		if (!h->slots[i].key)
			return NULL;
		if (strcmp(h->slots[i].key, key) == 0)
			return h->slots[i].value;
	}
}

static void put_slot(sct_hash_entry *slots, size_t cap, const char *key, void *value)
{
	for (size_t i = fnv(key) & (cap - 1);; i = (i + 1) & (cap - 1)) {
		if (!slots[i].key || strcmp(slots[i].key, key) == 0) {
			slots[i].key = key;
			slots[i].value = value;
			return;
		}
	}
}

void sct_hash_put(sct_hash *h, const char *key, void *value)
{
	if ((h->n + 1) * 2 > h->cap) {
		size_t cap = h->cap ? h->cap * 2 : 64;
		sct_hash_entry *slots = sct_arena_alloc(h->a, sizeof(sct_hash_entry) * cap);
		for (size_t i = 0; i < h->cap; i++)
			if (h->slots[i].key)
				put_slot(slots, cap, h->slots[i].key, h->slots[i].value);
		h->slots = slots;
		h->cap = cap;
	}
	if (!sct_hash_get(h, key))
		h->n++;
	put_slot(h->slots, h->cap, key, value);
}
