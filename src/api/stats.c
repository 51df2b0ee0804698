/* stats.c - stage timing of a conversion, printed to stderr when SCT_STATS=1. */
#include "api/stats.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

double sct_stats_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int sct_stats_wanted(void)
{
	const char *v = getenv("SCT_STATS");
	return v && *v && !(v[0] == '0' && !v[1]);
}

void sct_stats_print(const sct_stats *st)
{
	double total = st->read + st->decode + st->parse + st->convert + st->emit + st->validate + st->report;
	const struct { const char *name; double s; } rows[] = {
		{"read", st->read}, {"decode", st->decode}, {"parse", st->parse}, {"convert", st->convert},
		{"emit", st->emit}, {"validate", st->validate}, {"report", st->report},
	};
	fprintf(stderr, "sctconv stats: %zu bytes, %zu statements, arena %zu bytes\n", st->bytes, st->statements,
		st->arena_bytes);
	fprintf(stderr, "sctconv stats: arena in use: %zu after parse, %zu after convert, %zu at the end\n",
		st->arena_parse, st->arena_convert, st->arena_end);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		fprintf(stderr, "sctconv stats: %-8s %9.3f ms %5.1f%%\n", rows[i].name, rows[i].s * 1e3,
			total > 0 ? 100.0 * rows[i].s / total : 0.0);
	fprintf(stderr, "sctconv stats: %-8s %9.3f ms\n", "total", total * 1e3);
	if (st->worker > 0) /* not in the total: it ran while the main thread emitted */
		fprintf(stderr, "sctconv stats: %-8s %9.3f ms on a second thread, overlapping emit (validate above: this "
			"thread checking the batches the worker was behind on, and waiting)\n", "worker", st->worker * 1e3);
}
