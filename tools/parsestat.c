/* parsestat.c - dev tool: parse T-SQL files and print statement counts by kind and every UNPARSED statement.
 * usage: parsestat [-v] [-l] [--bench N] FILE...
 *   -v         also list OTHER verbs and UNKNOWN statements
 *   -l         list every statement: span, kind, verb
 *   --bench N  parse all files concatenated N times and print parsing throughput (MB/s) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "parse/parse.h"
#include "util/linemap.h"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap + 1);
	size_t r;
	while (b && (r = fread(b + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			cap *= 2;
			b = realloc(b, cap + 1);
		}
	}
	fclose(f);
	if (!b)
		return NULL;
	if (n >= 3 && (unsigned char)b[0] == 0xEF && (unsigned char)b[1] == 0xBB && (unsigned char)b[2] == 0xBF) {
		memmove(b, b + 3, n - 3);
		n -= 3;
	}
	b[n] = 0;
	*len = n;
	return b;
}

static const char *kind_name[] = {"SCHEMA", "TABLE", "ALTER_TABLE", "INDEX", "VIEW", "SEQUENCE", "SYNONYM",
				  "COMMENT", "TYPE", "ROUTINE", "OTHER", "UNPARSED"};

int main(int argc, char **argv)
{
	int verbose = 0, bench = 0, list = 0, argi = 1;
	while (argi < argc && argv[argi][0] == '-') {
		if (!strcmp(argv[argi], "-v"))
			verbose = 1;
		else if (!strcmp(argv[argi], "-l"))
			list = 1;
		else if (!strcmp(argv[argi], "--bench") && argi + 1 < argc)
			bench = atoi(argv[++argi]);
		argi++;
	}
	if (bench > 0) {
		size_t total = 0, cap = 1 << 20;
		char *all = malloc(cap);
		for (int i = argi; i < argc; i++) {
			size_t len;
			char *b = slurp(argv[i], &len);
			if (!b)
				continue;
			for (int r = 0; r < bench; r++) {
				while (total + len + 8 >= cap)
					all = realloc(all, cap *= 2);
				memcpy(all + total, b, len);
				total += len;
				memcpy(all + total, "\nGO\n", 4);
				total += 4;
			}
			free(b);
		}
		all[total] = 0;
		double best = 1e9;
		int nst = 0;
		for (int rep = 0; rep < 3; rep++) {
			sct_arena a;
			sct_arena_init(&a);
			sct_list out = {0};
			struct timespec t0, t1;
			clock_gettime(CLOCK_MONOTONIC, &t0);
			sct_parse_tsql(&a, all, total, 0, &out);
			clock_gettime(CLOCK_MONOTONIC, &t1);
			double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
			if (s < best)
				best = s;
			nst = out.n;
			sct_arena_release(&a);
		}
		printf("%zu bytes, %d statements, %.3f s, %.1f MB/s\n", total, nst, best, (double)total / 1e6 / best);
		free(all);
		return 0;
	}
	int counts[12] = {0}, other_counts[9] = {0};
	for (int i = argi; i < argc; i++) {
		size_t len;
		char *b = slurp(argv[i], &len);
		if (!b)
			continue;
		sct_arena a;
		sct_arena_init(&a);
		sct_list out = {0};
		sct_parse_tsql(&a, b, len, i, &out);
		sct_linemap lm;
		sct_linemap_build(&lm, &a, b, len);
		for (int k = 0; k < out.n; k++) {
			sct_stmt *st = out.items[k];
			counts[st->kind]++;
			if (list) {
				int line, col, el, ec;
				sct_linemap_find(&lm, st->loc, &line, &col);
				sct_linemap_find(&lm, st->end, &el, &ec);
				printf("%s:%d:%d-%d:%d: %s %s\n", argv[i], line, col, el, ec, kind_name[st->kind],
				       st->kind == SCT_STMT_OTHER ? st->u.other->verb : "");
			}
			if (st->kind == SCT_STMT_UNPARSED) {
				int line, col;
				sct_linemap_find(&lm, st->error_loc, &line, &col);
				printf("%s:%d:%d: error: %s\n", argv[i], line, col, st->error);
			} else if (st->kind == SCT_STMT_OTHER) {
				other_counts[st->u.other->kind]++;
				if (verbose || st->u.other->kind == SCT_OTHER_UNKNOWN) {
					int line, col;
					sct_linemap_find(&lm, st->loc, &line, &col);
					printf("%s:%d:%d: other(%d): %s\n", argv[i], line, col, st->u.other->kind, st->u.other->verb);
				}
			}
		}
		sct_arena_release(&a);
		free(b);
	}
	int total = 0;
	for (int k = 0; k < 12; k++) {
		printf("%-12s %d\n", kind_name[k], counts[k]);
		total += counts[k];
	}
	static const char *on[] = {"session", "print", "drop", "security", "data", "control", "dynamic", "database", "unknown"};
	printf("  other:");
	for (int k = 0; k < 9; k++)
		printf(" %s=%d", on[k], other_counts[k]);
	printf("\n%-12s %d\n", "TOTAL", total);
	return 0;
}
