/* hash.c - string map with linear probing; grows at 50% load; memory from the arena. put finds the key's slot
 * once, for a replace or an insert (the hash, sct_hash_bytes, is in hash.h). */
#include "hash.h"
#include <string.h>

static size_t hash_str(const char *s)
{
	return sct_hash_bytes(s, strlen(s));
}

void sct_hash_init(sct_hash *h, sct_arena *a)
{
	h->a = a;
	h->slots = NULL;
	h->cap = h->n = 0;
}

/* The slot holding key, or the empty slot where it would go (the table is never full). */
static sct_hash_entry *find(sct_hash_entry *slots, size_t cap, const char *key, size_t kh)
{
	for (size_t i = kh & (cap - 1);; i = (i + 1) & (cap - 1))
		if (!slots[i].key || strcmp(slots[i].key, key) == 0)
			return &slots[i];
}

void *sct_hash_get(const sct_hash *h, const char *key)
{
	return h->cap ? find(h->slots, h->cap, key, hash_str(key))->value : NULL;
}

void sct_hash_put(sct_hash *h, const char *key, void *value)
{
	size_t kh = hash_str(key);
	sct_hash_entry *e = h->cap ? find(h->slots, h->cap, key, kh) : NULL;
	if (!e || !e->key) { /* a new key */
		if ((h->n + 1) * 2 > h->cap) {
			size_t cap = h->cap ? h->cap * 2 : 64;
			sct_hash_entry *slots = sct_arena_alloc(h->a, sizeof(sct_hash_entry) * cap);
			for (size_t i = 0; i < h->cap; i++)
				if (h->slots[i].key)
					*find(slots, cap, h->slots[i].key, hash_str(h->slots[i].key)) = h->slots[i];
			h->slots = slots;
			h->cap = cap;
			e = find(slots, cap, key, kh);
		}
		h->n++;
	}
	e->key = key;
	e->value = value;
}
