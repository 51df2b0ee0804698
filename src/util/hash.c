/* hash.c - string map with linear probing; grows at 50% load; memory from the arena. put finds the key's slot
 * once, for a replace or an insert (the hash, sct_hash_bytes, is in hash.h). Probes read the array of tags
 * (hash.h); the key texts, all over the arena, are compared only when a tag matches. A big table's arrays are
 * given back to the system when it grows (regrow). */
#include "hash.h"
#include <string.h>

static size_t hash_str(const char *s)
{
	return sct_hash_bytes(s, strlen(s));
}

void sct_hash_init(sct_hash *h, sct_arena *a)
{
	h->a = a;
	h->tags = NULL;
	h->slots = NULL;
	h->cap = h->n = 0;
}

static uint8_t tag_of(size_t kh)
{
	return (uint8_t)((uint64_t)kh >> 56) | 1u; /* the slot comes from the low bits: the tag from the top ones */
}

/* The index of the slot holding key, or of the empty slot where it would go (the table is never full). */
static size_t find(const sct_hash *h, const char *key, size_t kh)
{
	uint8_t tag = tag_of(kh);
	for (size_t i = kh & (h->cap - 1);; i = (i + 1) & (h->cap - 1))
		if (!h->tags[i] || (h->tags[i] == tag && strcmp(h->slots[i].key, key) == 0))
			return i;
}

void *sct_hash_get(const sct_hash *h, const char *key)
{
	if (!h->cap)
		return NULL;
	size_t i = find(h, key, hash_str(key));
	return h->tags[i] ? h->slots[i].value : NULL;
}

/* A table's arrays (its tags, then its slots) in one allocation: a small table from the arena, a big one in a block of
 * its own that is given back when the table grows again (the old arrays of a doubling table would otherwise stay in
 * the arena: 2.9 MB on the 10 MB benchmark). */
#define OWN_BYTES ((size_t)16 << 10)

static size_t table_bytes(size_t cap)
{
	return (sizeof(uint8_t) + sizeof(sct_hash_entry)) * cap;
}

static void regrow(sct_hash *h)
{
	size_t cap = h->cap ? h->cap * 2 : 64;
	size_t bytes = table_bytes(cap);
	uint8_t *tags = bytes >= OWN_BYTES ? sct_arena_alloc_own(h->a, bytes) : sct_arena_alloc(h->a, bytes);
	sct_hash_entry *slots = (sct_hash_entry *)(tags + cap); /* cap is a multiple of 64: 8-byte aligned */
	for (size_t i = 0; i < h->cap; i++) {
		if (!h->tags[i])
			continue;
		size_t j = h->slots[i].hash & (cap - 1); /* the keys are distinct: the first empty slot */
		while (tags[j])
			j = (j + 1) & (cap - 1);
		tags[j] = h->tags[i];
		slots[j] = h->slots[i];
	}
	if (h->cap && table_bytes(h->cap) >= OWN_BYTES)
		sct_arena_free_own(h->a, h->tags);
	h->tags = tags;
	h->slots = slots;
	h->cap = cap;
}

void sct_hash_put(sct_hash *h, const char *key, void *value)
{
	size_t kh = hash_str(key);
	size_t i = h->cap ? find(h, key, kh) : 0;
	if (!h->cap || !h->tags[i]) { /* a new key */
		if ((h->n + 1) * 2 > h->cap) {
			regrow(h);
			i = find(h, key, kh);
		}
		h->n++;
		h->tags[i] = tag_of(kh);
	}
	h->slots[i].key = key;
	h->slots[i].value = value;
	h->slots[i].hash = kh;
}
