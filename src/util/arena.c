/* arena.c - bump allocator with geometrically growing blocks; one free releases a whole conversion.
 * Nodes are taken from the bottom of the current block (cur grows up, 8-byte aligned); texts, unaligned, and
 * growable arrays, in chunks, from its top (end moves down), so the array grown last can grow again in place; a
 * big array gets a block of its own (sct_arena_grow_array). */
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
	size_t used;           /* a big array's block: bytes the array grown last in it has (grow_big) */
	/* data follows, aligned to 16 */
};

#define HDR ((sizeof(sct_arena_block) + 15) & ~(size_t)15)
#define BIG_BLOCK ((size_t)4 << 20)
#define POPULATE_CHUNK ((size_t)256 << 10)

void sct_arena_init(sct_arena *a)
{
	a->head = a->big = NULL;
	a->cur = a->end = a->ready = a->ready_top = a->acur = a->aend = NULL;
	a->total = 0;
}

static void free_chain(sct_arena_block *b)
{
	while (b) {
		sct_arena_block *n = b->next;
		free(b);
		b = n;
	}
}

void sct_arena_release(sct_arena *a)
{
	free_chain(a->head);
	free_chain(a->big);
	sct_arena_init(a);
}

static sct_arena_block *new_block(size_t size)
{
	/* calloc: fresh blocks come zeroed (large ones as untouched zero pages), so alloc need not memset */
	sct_arena_block *b = calloc(1, size);
	if (!b) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	b->size = size;
	return b;
}

static void grow(sct_arena *a, size_t need)
{
	size_t size = a->head ? a->head->size * 2 : 64 * 1024;
	if (size > 64u * 1024 * 1024)
		size = 64u * 1024 * 1024;
	if (size < need + HDR)
		size = need + HDR;
	sct_arena_block *b = new_block(size);
	b->next = a->head;
	a->head = b;
	a->cur = (char *)b + HDR;
	a->end = (char *)b + size;
	a->total += size;
	a->ready = size >= BIG_BLOCK ? (char *)b : a->end;
	a->ready_top = size >= BIG_BLOCK ? a->end : (char *)b;
	a->acur = a->aend = NULL; /* the array region of the old block stays where it is, full */
}

/* A big block's pages are faulted in a chunk at a time, ahead of use, with one madvise each instead of one
 * page fault per 4 KB page (page faults were ~10% of a large conversion): from the bottom up for nodes, from
 * the top down for texts and arrays. At most one chunk at each end is resident before it is used. Without
 * MADV_POPULATE_WRITE (or when it fails) pages fault in as they are touched. */
static void populate(sct_arena *a)
{
	while (a->cur > a->ready) {
		char *start = (char *)((uintptr_t)a->ready & ~(uintptr_t)4095);
		char *limit = (char *)a->head + a->head->size;
		size_t len = (size_t)(limit - start) < POPULATE_CHUNK ? (size_t)(limit - start) : POPULATE_CHUNK;
#ifdef MADV_POPULATE_WRITE
		madvise(start, len, MADV_POPULATE_WRITE);
#endif
		a->ready = start + len;
	}
}

static void populate_top(sct_arena *a)
{
	while (a->end < a->ready_top) {
		char *block = (char *)a->head;
		char *stop = a->ready_top;
		char *start = (size_t)(stop - block) < POPULATE_CHUNK ? block : stop - POPULATE_CHUNK;
		start = (char *)((uintptr_t)start & ~(uintptr_t)4095); /* the block's first page is in its mapping */
#ifdef MADV_POPULATE_WRITE
		madvise(start, (size_t)(stop - start), MADV_POPULATE_WRITE);
#endif
		a->ready_top = start;
	}
}

/* sct_arena_alloc when the block is full or its pages are not faulted in yet */
static __attribute__((noinline)) void *alloc_slow(sct_arena *a, size_t n)
{
	if (!a->cur || (size_t)(a->end - a->cur) < n)
		grow(a, n);
	void *p = a->cur;
	a->cur += n;
	if (a->cur > a->ready)
		populate(a);
	return p;
}

void *sct_arena_alloc(sct_arena *a, size_t n)
{
	n = (n + 7) & ~(size_t)7;
	if (n == 0)
		n = 8;
	char *p = a->cur;
	if (!p || (size_t)(a->end - p) < n || p + n > a->ready)
		return alloc_slow(a, n);
	a->cur = p + n; /* the usual case: a few instructions, no registers to save */
	return p; /* zeroed: blocks are calloc'd and never reused */
}

/* Texts need no alignment: they are taken from the top of the current block, byte by byte (rounding each one up to
 * 8 bytes cost 2.3 MB on the 10 MB benchmark). Zeroed: fresh block memory. */
static __attribute__((noinline)) char *text_slow(sct_arena *a, size_t n)
{
	if (!a->cur || (size_t)(a->end - a->cur) < n)
		grow(a, n);
	a->end -= n;
	if (a->end < a->ready_top)
		populate_top(a);
	return a->end;
}

static char *text(sct_arena *a, size_t n)
{
	if (!a->cur || (size_t)(a->end - a->cur) < n || a->end - n < a->ready_top)
		return text_slow(a, n); /* a new block, or pages to fault in first */
	a->end -= n;
	return a->end;
}

char *sct_arena_strndup(sct_arena *a, const char *s, size_t n)
{
	char *p = text(a, n + 1);
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
	size_t used = ((size_t)n + 1 + 7) & ~(size_t)7; /* cur stays aligned; end need not be (texts above it) */
	if (used <= room) {
		char *p = a->cur;
		a->cur += used;
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
	char *p = text(a, nx + ns + ny + 1); /* zeroed: the NUL is there */
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

/* Growable arrays live in an array region carved from the top of the current block, a chunk at a time, and bump
 * upwards in it: the array grown last grows again in place (its old items stay where they are, so a copy of the
 * list made earlier still reads them). */
#define ARRAY_CHUNK ((size_t)16 << 10)
#define BIG_ARRAY ((size_t)64 << 10)

/* A big array (the statements of a file, the report's items) gets a block of its own with room to grow eightfold
 * in place: only the pages it uses are ever touched, so the room costs address space, not memory, and a doubling
 * array leaves few copies behind. */
static void *grow_big(sct_arena *a, void *p, size_t old, size_t new_size)
{
	for (sct_arena_block *b = a->big; b; b = b->next)
		if ((char *)b + HDR == (char *)p) {
			if (HDR + new_size > b->size || old != b->used)
				break; /* no room, or p is a copy of the array that has grown since: it moves */
			a->total += new_size - old; /* statistics count what a big array uses */
			b->used = new_size;
			return p;
		}
	size_t room = new_size <= ((size_t)32 << 20) ? new_size * 8 : new_size * 2;
	sct_arena_block *b = new_block(HDR + room);
	b->next = a->big;
	a->big = b;
	b->used = new_size;
	a->total += new_size;
	if (old)
		memcpy((char *)b + HDR, p, old); /* p is abandoned, unchanged */
	return (char *)b + HDR;
}

void *sct_arena_alloc_own(sct_arena *a, size_t n)
{
	sct_arena_block *b = new_block(HDR + n); /* on the list of big blocks: grow_big never finds it (p differs) */
	b->next = a->big;
	a->big = b;
	b->used = n;
	a->total += n;
	return (char *)b + HDR;
}

void sct_arena_free_own(sct_arena *a, void *p)
{
	for (sct_arena_block **link = &a->big; *link; link = &(*link)->next)
		if ((char *)*link + HDR == (char *)p) {
			sct_arena_block *b = *link;
			*link = b->next;
			a->total -= b->used;
			free(b);
			return;
		}
}

void *sct_arena_grow_array(sct_arena *a, void *p, size_t old, size_t new_size)
{
	old = (old + 7) & ~(size_t)7;
	new_size = (new_size + 7) & ~(size_t)7;
	if (new_size <= old)
		return p;
	if (new_size >= BIG_ARRAY)
		return grow_big(a, p, old, new_size);
	if (p && old && (char *)p + old == a->acur && (size_t)(a->aend - a->acur) >= new_size - old) {
		a->acur += new_size - old; /* zero: fresh block memory */
		return p;
	}
	if ((size_t)(a->aend - a->acur) < new_size) {
		size_t chunk = new_size > ARRAY_CHUNK ? new_size : ARRAY_CHUNK;
		if (a->end)
			a->end = (char *)((uintptr_t)a->end & ~(uintptr_t)7); /* below texts, which are not aligned */
		if (!a->cur || (size_t)(a->end - a->cur) < chunk)
			grow(a, chunk);
		a->end -= chunk;
		a->acur = a->end;
		a->aend = a->end + chunk;
		if (a->end < a->ready_top)
			populate_top(a);
	}
	void *q = a->acur;
	a->acur += new_size;
	if (old)
		memcpy(q, p, old); /* the rest is zero: fresh block memory; p is abandoned */
	return q;
}
