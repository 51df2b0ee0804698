/* arena.h - bump allocator: every node of a conversion comes from one arena, freed at once. */
#ifndef SCT_ARENA_H
#define SCT_ARENA_H
#include <stddef.h>

typedef struct sct_arena_block sct_arena_block;
typedef struct sct_arena {
	sct_arena_block *head;
	char *cur, *end;
	size_t total;          /* bytes obtained from malloc, for statistics */
	char *ready;           /* a big block is faulted in ahead of cur up to here (arena.c) */
} sct_arena;

void sct_arena_init(sct_arena *a);
void sct_arena_release(sct_arena *a);                 /* frees every block */
void *sct_arena_alloc(sct_arena *a, size_t n);         /* zeroed, 8-byte aligned; aborts on OOM */
char *sct_arena_strndup(sct_arena *a, const char *s, size_t n);
char *sct_arena_strdup(sct_arena *a, const char *s);
char *sct_arena_printf(sct_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sct_arena_lower(sct_arena *a, const char *s);    /* ASCII lower-case copy */
/* Grow the last allocation p (old bytes) to new bytes in place when it is the last one and the block has room
 * (returns 1; the new bytes are zero), else 0. */
int sct_arena_extend(sct_arena *a, void *p, size_t old, size_t new_size);
char *sct_arena_join(sct_arena *a, const char *x, const char *sep, const char *y); /* x sep y, without printf */

#define SCT_NEW(a, T) ((T *)sct_arena_alloc((a), sizeof(T)))
#endif
