/* report_opts.h - the report options of the sctconv command: format by name or file extension,
 * --annotate values, --explain and --list-codes. */
#ifndef SCT_CLI_REPORT_OPTS_H
#define SCT_CLI_REPORT_OPTS_H
#include "sctconv.h"

/* The format for --report PATH and --report-format NAME (NAME wins; NULL when not given). -1: bad NAME. */
int sct_cli_report_format(const char *path, const char *name, sct_report_format *out);
/* --annotate none|errors|all -> SCT_ANNOTATE_*, or -1. */
int sct_cli_annotate(const char *val);
/* --explain CODE: prints the entry; returns the exit status (0, or 2 for an unknown code). */
int sct_cli_explain(const char *code);
/* --list-codes: every code as Markdown on standard output; returns the exit status. */
int sct_cli_list_codes(void);
#endif
