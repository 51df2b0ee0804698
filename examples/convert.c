/*
 * convert.c - what a migration pipeline writes around libsctconv: convert a set of SQL Server scripts to
 * PostgreSQL, write the DDL and the JSON report, list the items that need a person, and fail the pipeline
 * step when any item is an error.
 *
 *   convert [-t ENGINE[:VERSION]] [-r RULES] OUT.sql REPORT.json FILE...
 *
 * Exit status: 0 no error items, 1 error items (the DDL and report are still written), 2 failure.
 */
#include <stdio.h>
#include <string.h>
#include <sctconv.h>

static int write_all(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		perror(path);
		return -1;
	}
	return 0;
}

static int fail(const char *what)
{
	/* every API call that fails leaves a message for this thread */
	fprintf(stderr, "convert: %s: %s\n", what, sct_error_last());
	return 2;
}

int main(int argc, char **argv)
{
	const char *target = "postgres", *rules = NULL;
	int i = 1;
	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (!strcmp(argv[i], "-t"))
			target = argv[i + 1];
		else if (!strcmp(argv[i], "-r"))
			rules = argv[i + 1];
		else
			break;
	}
	if (argc - i < 3) {
		fprintf(stderr, "usage: convert [-t ENGINE[:VERSION]] [-r RULES] OUT.sql REPORT.json FILE...\n");
		return 2;
	}
	const char *out = argv[i], *report = argv[i + 1];
	const char *const *files = (const char *const *)&argv[i + 2];
	size_t nfiles = (size_t)(argc - i - 2);

	sct_options opts = SCT_OPTIONS_INIT;
	opts.source = "mssql";
	opts.target = target;
	sct_session *session = NULL;
	if (sct_session_new(&session, &opts) != SCT_OK)
		return fail("session");
	if (rules && sct_session_add_rules_file(session, rules) != SCT_OK) {
		sct_session_free(session);
		return fail("rules");
	}

	sct_result *result = NULL;
	if (sct_convert_files(&result, session, files, nfiles) != SCT_OK) {
		sct_session_free(session);
		return fail("convert");
	}

	int rc = 0;
	size_t len;
	const char *ddl = sct_result_ddl(result, &len);
	if (write_all(out, ddl, len) != 0)
		rc = 2;

	char *json = NULL;
	if (sct_result_report(&json, &len, result, SCT_REPORT_JSON) != SCT_OK) {
		rc = fail("report");
	} else {
		if (write_all(report, json, len) != 0)
			rc = 2;
		sct_buffer_free(json);
	}

	size_t nitems, errors = 0, minutes = 0;
	const sct_item *items = sct_result_items(result, &nitems);
	for (size_t k = 0; k < nitems; k++) {
		const sct_item *it = &items[k];
		minutes += (size_t)it->effort_minutes;
		if (it->severity < SCT_SEV_ERROR)
			continue;
		errors++;
		fprintf(stderr, "%s:%d:%d: %s [%s] %s%s%s\n  -> %s\n", it->file, it->line, it->col, it->code,
			it->object_type, it->object, *it->object ? ": " : "", it->message, it->action);
	}
	printf("%zu statements, %zu report items, %zu errors, about %zu minutes of work\n",
	       sct_result_stmt_count(result), nitems, errors, minutes);
	if (rc == 0 && errors > 0)
		rc = 1;

	sct_result_free(result);
	sct_session_free(session);
	return rc;
}
