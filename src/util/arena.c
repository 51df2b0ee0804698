/* arena.c - bump allocator with geometrically growing blocks; one free releases a whole conversion. */
#include "arena.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct sct_arena_block {
	sct_arena_block *next;
	size_t size;
	/* data follows, aligned to 16 */
};

#define HDR ((sizeof(sct_arena_block) + 15) & ~(size_t)15)
#define BIG_BLOCK ((size_t)4 << 20)
#define POPULATE_CHUNK ((size_t)256 << 10)

void sct_arena_init(sct_arena *a)
{
	a->head = NULL;
	a->cur = a->end = a->ready = NULL;
	a->total = 0;
}

void sct_arena_release(sct_arena *a)
{
	sct_arena_block *b = a->head;
	while (b) {
		sct_arena_block *n = b->next;
		free(b);
		b = n;
	}
	sct_arena_init(a);
}

static void grow(sct_arena *a, size_t need)
{
	size_t size = a->head ? a->head->size * 2 : 64 * 1024;
	if (size > 64u * 1024 * 1024)
		size = 64u * 1024 * 1024;
	if (size < need + HDR)
		size = need + HDR;
	/* calloc: fresh blocks come zeroed (large ones as untouched zero pages), so alloc need not memset */
	sct_arena_block *b = calloc(1, size);
	if (!b) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	b->size = size;
	b->next = a->head;
	a->head = b;
	a->cur = (char *)b + HDR;
	a->end = (char *)b + size;
	a->total += size;
	a->ready = size >= BIG_BLOCK ? (char *)b : a->end;
}

/* A big block's pages are faulted in a chunk at a time, ahead of use, with one madvise each instead of one
 * page fault per 4 KB page (page faults were ~10% of a large conversion). At most one chunk is resident
 * before it is used. Without MADV_POPULATE_WRITE (or when it fails) pages fault in as they are touched. */
static void populate(sct_arena *a)
{
	while (a->cur > a->ready) {
		char *start = (char *)((uintptr_t)a->ready & ~(uintptr_t)4095);
		size_t len = (size_t)(a->end - start) < POPULATE_CHUNK ? (size_t)(a->end - start) : POPULATE_CHUNK;
#ifdef MADV_POPULATE_WRITE
		madvise(start, len, MADV_POPULATE_WRITE);
#endif
		a->ready = start + len;
	}
}

void *sct_arena_alloc(sct_arena *a, size_t n)
{
	n = (n + 7) & ~(size_t)7;
	if (n == 0)
		n = 8;
	if (!a->cur || (size_t)(a->end - a->cur) < n)
		grow(a, n);
	void *p = a->cur;
	a->cur += n;
	if (a->cur > a->ready)
		populate(a);
	return p; /* zeroed: blocks are calloc'd and never reused */
}

char *sct_arena_strndup(sct_arena *a, const char *s, size_t n)
{
	char *p = sct_arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *sct_arena_strdup(sct_arena *a, const char *s)
{
	return sct_arena_strndup(a, s, strlen(s));
}

char *sct_arena_printf(sct_arena *a, const char *fmt, ...)
{
	/* one pass: format straight into the current block; only when it does not fit, format again */
	size_t room = a->cur ? (size_t)(a->end - a->cur) : 0;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(room ? a->cur : NULL, room, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n < room) {
		char *p = a->cur;
		a->cur += ((size_t)n + 1 + 7) & ~(size_t)7; /* room is a multiple of 8 */
		return p;
	}
	if (room)
		memset(a->cur, 0, room); /* undo the truncated attempt: arena memory must stay zeroed */
	char *p = sct_arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

char *sct_arena_lower(sct_arena *a, const char *s)
{
	size_t n = strlen(s);
	char *p = sct_arena_strndup(a, s, n);
	for (size_t i = 0; i < n; i++)
		p[i] = (char)tolower((unsigned char)p[i]);
	return p;
}

char *sct_arena_join(sct_arena *a, const char *x, const char *sep, const char *y)
{
	size_t nx = strlen(x), ns = strlen(sep), ny = strlen(y);
	char *p = sct_arena_alloc(a, nx + ns + ny + 1); /* zeroed: the NUL is there */
	memcpy(p, x, nx);
	memcpy(p + nx, sep, ns);
	memcpy(p + nx + ns, y, ny);
	return p;
}

int sct_arena_extend(sct_arena *a, void *p, size_t old, size_t new_size)
{
	old = (old + 7) & ~(size_t)7;
	new_size = (new_size + 7) & ~(size_t)7;
	if (!p || !old || new_size < old || (char *)p + old != a->cur || (size_t)(a->end - a->cur) < new_size - old)
		return 0;
	a->cur += new_size - old;
	return 1;
}
