/* hash.h - string-keyed map (open addressing, arena-backed) used for the catalog and name sets. */
#ifndef SCT_HASH_H
#define SCT_HASH_H
#include <stddef.h>
#include "arena.h"

typedef struct sct_hash_entry {
	const char *key;
	void *value;
} sct_hash_entry;

typedef struct sct_hash {
	sct_arena *a;
	sct_hash_entry *slots;
	size_t cap, n;
} sct_hash;

void sct_hash_init(sct_hash *h, sct_arena *a);
void *sct_hash_get(const sct_hash *h, const char *key);
/* Insert or replace; the key is not copied (keep it in the arena). */
void sct_hash_put(sct_hash *h, const char *key, void *value);
#endif
