/* arena.h - bump allocator: every node of a conversion comes from one arena, freed at once. */
#ifndef SCT_ARENA_H
#define SCT_ARENA_H
#include <stddef.h>

typedef struct sct_arena_block sct_arena_block;
typedef struct sct_arena {
	sct_arena_block *head;
	char *cur, *end;
	size_t total;          /* bytes obtained from malloc (of a big array's own block: what it uses), for statistics */
	char *ready;           /* a big block is faulted in ahead of cur up to here (arena.c) */
	char *ready_top;       /* ... and ahead of end down to here */
	char *acur, *aend;     /* array region at the top of the current block: [end, aend), free from acur */
	sct_arena_block *big;  /* blocks of big arrays, one each (arena.c) */
} sct_arena;

void sct_arena_init(sct_arena *a);
void sct_arena_release(sct_arena *a);                 /* frees every block */
void *sct_arena_alloc(sct_arena *a, size_t n);         /* zeroed, 8-byte aligned; aborts on OOM */
/* Texts: NUL-terminated copies, zeroed memory, not aligned (taken from the top of the block, arena.c). */
char *sct_arena_strndup(sct_arena *a, const char *s, size_t n);
char *sct_arena_strdup(sct_arena *a, const char *s);
char *sct_arena_printf(sct_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sct_arena_lower(sct_arena *a, const char *s);    /* ASCII lower-case copy */
/* Grow the last allocation p (old bytes) to new bytes in place when it is the last one and the block has room
 * (returns 1; the new bytes are zero), else 0. */
int sct_arena_extend(sct_arena *a, void *p, size_t old, size_t new_size);
/* An array that grows: p (old bytes, or NULL and 0) in an array of new bytes, from the arena's array region (at
 * the top of the current block); grown in place when p is the array that region gave out last, else copied (p
 * is abandoned, unchanged). The new bytes are zero. */
void *sct_arena_grow_array(sct_arena *a, void *p, size_t old, size_t new_size);
/* Memory given back before the arena is released (a hash table's arrays, which it leaves when it grows): a block
 * of its own, zeroed, 16-byte aligned; freed by sct_arena_free_own, or with the arena. */
void *sct_arena_alloc_own(sct_arena *a, size_t n);
void sct_arena_free_own(sct_arena *a, void *p);
char *sct_arena_join(sct_arena *a, const char *x, const char *sep, const char *y); /* x sep y, without printf */

#define SCT_NEW(a, T) ((T *)sct_arena_alloc((a), sizeof(T)))
#endif
