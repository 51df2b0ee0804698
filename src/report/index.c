/* index.c - report items by source position, so a statement's items are found without scanning them all. */
#include "report.h"
#include <stdlib.h>

static int cmp_ref(const void *pa, const void *pb)
{
	const sct_item_ref *a = pa, *b = pb;
	if (a->file != b->file)
		return a->file < b->file ? -1 : 1;
	if (a->loc != b->loc)
		return a->loc < b->loc ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

void sct_item_index_build(sct_item_index *x, sct_arena *a, const sct_report *r)
{
	x->n = r->items.n;
	x->refs = sct_arena_alloc(a, sizeof(sct_item_ref) * (size_t)(x->n ? x->n : 1));
	for (int i = 0; i < x->n; i++) {
		sct_item_ref *f = &x->refs[i];
		f->item = r->items.items[i];
		f->loc = sct_report_item_loc(f->item, &f->file);
		f->seq = i;
		f->owner = 0;
	}
	if (x->n > 1)
		qsort(x->refs, (size_t)x->n, sizeof(sct_item_ref), cmp_ref);
}

/* first ref not before (file, loc) */
static int lower_bound(const sct_item_index *x, int file, sct_loc loc)
{
	int lo = 0, hi = x->n;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		const sct_item_ref *f = &x->refs[mid];
		if (f->file < file || (f->file == file && f->loc < loc))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int sct_item_index_range(const sct_item_index *x, int file, sct_loc loc, sct_loc end, int *first)
{
	int lo = lower_bound(x, file, loc);
	int hi = end > loc ? lower_bound(x, file, end) : lo;
	*first = lo;
	return hi - lo;
}
