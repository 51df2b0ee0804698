/* fuzz_convert.c - libFuzzer target: the whole conversion (sct_convert: decode, parse, convert, emit with the
 * libpg_query check, report) on arbitrary bytes, plus the JSON report. Checks the result's promises:
 * NUL-terminated DDL, item positions inside the file, a status of 0 or 1. */
#include "sctconv.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sct_session *session;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!session) {
		sct_options o = SCT_OPTIONS_INIT;
		o.source = "mssql";
		o.target = "postgres";
		if (sct_session_new(&session, &o) != SCT_OK)
			abort();
	}
	sct_input in = {"fuzz.sql", (const char *)data, size};
	sct_result *r;
	if (sct_convert(&r, session, &in, 1) != SCT_OK)
		abort();
	size_t len, n;
	const char *ddl = sct_result_ddl(r, &len);
	if (!ddl || ddl[len] != 0)
		abort();
	int st = sct_result_status(r);
	if (st != 0 && st != 1)
		abort();
	const sct_item *items = sct_result_items(r, &n);
	for (size_t i = 0; i < n; i++)
		if (items[i].file && (items[i].line < 1 || items[i].col < 1 || !items[i].code || !items[i].message))
			abort();
	char *rep;
	if (sct_result_report(&rep, &len, r, SCT_REPORT_JSON) != SCT_OK)
		abort();
	sct_buffer_free(rep);
	sct_result_free(r);
	return 0;
}
