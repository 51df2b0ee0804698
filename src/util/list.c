/* list.c - growable pointer arrays in an arena: from its array region, so the array grown last grows again in
 * place (a table's columns, one after another, between which the parser allocates nodes); when another array
 * was grown in between, the old storage is abandoned to the arena. */
#include "list.h"

void sct_list_push(sct_arena *a, sct_list *l, void *item)
{
	if (l->n == l->cap && l->cap == 0) {
		/* most lists hold one item: it comes with the nodes, so that the array region keeps the lists that grow
		 * (a parser's list of options gets one single-item list appended after another) */
		l->items = sct_arena_alloc(a, sizeof(void *));
		l->cap = 1;
	} else if (l->n == l->cap) {
		int cap = l->cap * 2;
		l->items = sct_arena_grow_array(a, l->items, sizeof(void *) * (size_t)l->cap, sizeof(void *) * (size_t)cap);
		l->cap = cap;
	}
	l->items[l->n++] = item;
}
