/* stats.h - optional stage timing of a conversion (read, parse, convert, emit, validate, report). Cheap: a
 * clock read per stage and per validated statement. SCT_STATS=1 in the environment prints it to stderr. */
#ifndef SCT_STATS_H
#define SCT_STATS_H
#include <stddef.h>

typedef struct sct_stats {
	/* seconds; emit excludes validate; report: the summary, and each rendering of the report (with
	 * sct_result_report_write, the write function's time too: the command's writing of the report) */
	double read, decode, parse, convert, emit, validate, report;
	double worker; /* the libpg_query check on a second thread (validate: this thread checking and waiting) */
	size_t bytes, statements, arena_bytes;       /* arena_bytes: obtained from malloc at the end */
	size_t arena_parse, arena_convert, arena_end; /* arena bytes in use after parse, after convert, at the end */
} sct_stats;

double sct_stats_now(void);                 /* monotonic clock, seconds */
int sct_stats_wanted(void);                 /* SCT_STATS set to something other than "" or "0" */
void sct_stats_print(const sct_stats *st);  /* one line per stage on stderr */
#endif
