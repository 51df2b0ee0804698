/* pick.c - the statements a pass reads, listed so that it can ask for their nodes ahead (convert.h:
 * sct_prefetch_picked), used by the converter's and the emitters' passes over a few kinds of statement. */
#include "convert.h"
#include <stdio.h>
#include <stdlib.h>

int sct_pick(const unsigned char *sel, int n, unsigned mask, int *idx)
{
	int m = 0;
	for (int i = 0; i < n; i++)
		if (sel[i] < 32 && (mask >> sel[i] & 1u))
			idx[m++] = i;
	return m;
}

int *sct_pick_array(int n)
{
	int *idx = malloc(sizeof *idx * (size_t)(n > 0 ? n : 1));
	if (!idx) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	return idx;
}
