/* hash.h - string-keyed map (open addressing, arena-backed) used for the catalog and name sets, and the hash
 * of a text it uses. */
#ifndef SCT_HASH_H
#define SCT_HASH_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "arena.h"

typedef struct sct_hash_entry {
	const char *key;
	void *value;
	size_t hash; /* of key: regrowth places the entries without reading their key texts */
} sct_hash_entry;

/* tags[i] is 0 for an empty slot, else 8 bits of its key's hash (never 0): a probe reads this dense array
 * (a byte a slot) and looks at an entry, and its key text, only when the tag matches (about one probe in 128
 * of another key). A big table (100 MB input: 150 000 relation names, 512 KB of tags) then costs about one
 * cache miss per lookup instead of several, and its tags stay in the processor's last-level cache between
 * lookups (with 4 bytes a slot, 2 MB of tags did not, while the nodes of the input streamed through it). */
typedef struct sct_hash {
	sct_arena *a;
	uint8_t *tags;
	sct_hash_entry *slots;
	size_t cap, n;
} sct_hash;

void sct_hash_init(sct_hash *h, sct_arena *a);
void *sct_hash_get(const sct_hash *h, const char *key);
/* Insert or replace; the key is not copied (keep it in the arena). */
void sct_hash_put(sct_hash *h, const char *key, void *value);

/* A hash of s[0..n) that depends on the bytes only (never on addresses). Eight bytes a step; the last 1..8
 * bytes are read without touching anything past s[n - 1]: one 8-byte read that may overlap bytes already
 * hashed, or two 4-byte reads, or three single bytes. Inline: the parser's interning calls it per identifier. */
static inline uint64_t sct_hash_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0x9E3779B97F4A7C15ull;
	return h ^ (h >> 32);
}

static inline size_t sct_hash_bytes(const char *s, size_t n)
{
	uint64_t w8, h = sct_hash_mix(0x243F6A8885A308D3ull, n);
	uint32_t lo, hi;
	size_t i = 0;
	for (; i + 8 < n; i += 8) {
		memcpy(&w8, s + i, 8);
		h = sct_hash_mix(h, w8);
	}
	if (n >= 8) {
		memcpy(&w8, s + n - 8, 8);
		h = sct_hash_mix(h, w8);
	} else if (n >= 4) {
		memcpy(&lo, s, 4);
		memcpy(&hi, s + n - 4, 4);
		h = sct_hash_mix(h, lo | (uint64_t)hi << 32);
	} else if (n) {
		h = sct_hash_mix(h, (unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
					    (uint64_t)(unsigned char)s[n - 1] << 16);
	}
	h *= 0x9E3779B97F4A7C15ull;
	return (size_t)(h ^ (h >> 29));
}
#endif
