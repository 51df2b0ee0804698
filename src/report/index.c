/* index.c - report items by source position, so a statement's items are found without scanning them all.
 * The index is made when needed and given back after (malloc'd): it is not kept with the report. */
#include "report.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_ref(const void *pa, const void *pb)
{
	const sct_item_ref *a = pa, *b = pb;
	if (a->file != b->file)
		return a->file < b->file ? -1 : 1;
	if (a->loc != b->loc)
		return a->loc < b->loc ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Merge sort that skips ordered halves: items arrive mostly in source order (about one ref in ten out of
 * place), so most merges cost one comparison. tmp holds n / 2 refs. Runs of up to 8 refs are sorted by
 * insertion, which costs about one comparison a ref when they are in order. */
static void sort_refs(sct_item_ref *a, sct_item_ref *tmp, size_t n)
{
	if (n <= 8) {
		for (size_t i = 1; i < n; i++) {
			sct_item_ref r = a[i];
			size_t j = i;
			for (; j > 0 && cmp_ref(&r, &a[j - 1]) < 0; j--)
				a[j] = a[j - 1];
			a[j] = r;
		}
		return;
	}
	size_t h = n / 2;
	sort_refs(a, tmp, h);
	sort_refs(a + h, tmp, n - h);
	if (cmp_ref(&a[h - 1], &a[h]) <= 0)
		return;
	memcpy(tmp, a, h * sizeof *a);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n)
		a[k++] = cmp_ref(&a[j], &tmp[i]) < 0 ? a[j++] : tmp[i++];
	while (i < h)
		a[k++] = tmp[i++];
}

void sct_item_index_build(sct_item_index *x, const sct_report *r)
{
	x->n = r->items.n;
	x->hint = 0;
	x->refs = malloc(sizeof(sct_item_ref) * (size_t)(x->n ? x->n : 1));
	sct_item_ref *tmp = x->n > 1 ? malloc(sizeof *tmp * ((size_t)x->n / 2 + 1)) : NULL;
	if (!x->refs || (x->n > 1 && !tmp)) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	for (int i = 0; i < x->n; i++) {
		const sct_report_item *it = &r->items.at[i];
		x->refs[i] = (sct_item_ref){it->file, it->loc, i, 0};
	}
	if (x->n > 1)
		sort_refs(x->refs, tmp, (size_t)x->n);
	free(tmp);
}

void sct_item_index_free(sct_item_index *x)
{
	free(x->refs);
	x->refs = NULL;
	x->n = 0;
}

static int before(const sct_item_ref *f, int file, sct_loc loc)
{
	return f->file < file || (f->file == file && f->loc < loc);
}

/* First ref not before (file, loc). Lookups mostly go forward (statements in source order): the search
 * starts at the last answer, galloping forward from it, else below it. */
static int lower_bound(sct_item_index *x, int file, sct_loc loc)
{
	int lo = 0, hi = x->n, h = x->hint; /* refs before lo are before (file, loc); refs from hi on are not */
	if (h > x->n)
		h = 0;
	if (h == 0 || before(&x->refs[h - 1], file, loc)) {
		lo = h;
		for (int step = 1;; step *= 2) {
			if (step > x->n - lo) {
				hi = x->n;
				break;
			}
			if (!before(&x->refs[lo + step - 1], file, loc)) {
				hi = lo + step - 1;
				break;
			}
			lo += step;
		}
	} else {
		hi = h - 1;
	}
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (before(&x->refs[mid], file, loc))
			lo = mid + 1;
		else
			hi = mid;
	}
	return x->hint = lo;
}

int sct_item_index_range(sct_item_index *x, int file, sct_loc loc, sct_loc end, int *first)
{
	int lo = lower_bound(x, file, loc);
	int hi = end > loc ? lower_bound(x, file, end) : lo;
	*first = lo;
	return hi - lo;
}
