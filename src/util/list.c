/* list.c - growable pointer arrays in an arena (old storage is abandoned to the arena, or grown in place when it
 * is the arena's last allocation). */
#include "list.h"
#include <string.h>

void sct_list_push(sct_arena *a, sct_list *l, void *item)
{
	if (l->n == l->cap) {
		int cap = l->cap ? l->cap * 2 : 1; /* most lists hold one or two items */
		if (l->cap && sct_arena_extend(a, l->items, sizeof(void *) * (size_t)l->cap, sizeof(void *) * (size_t)cap)) {
			l->cap = cap;
			l->items[l->n++] = item;
			return;
		}
		void **items = sct_arena_alloc(a, sizeof(void *) * (size_t)cap);
		if (l->n)
			memcpy(items, l->items, sizeof(void *) * (size_t)l->n);
		l->items = items;
		l->cap = cap;
	}
	l->items[l->n++] = item;
}
