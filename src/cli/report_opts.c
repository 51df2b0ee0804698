/* report_opts.c - the report options of the sctconv command (see report_opts.h). */
#include "report_opts.h"
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int by_name(const char *n, sct_report_format *out)
{
	if (!strcasecmp(n, "json"))
		*out = SCT_REPORT_JSON;
	else if (!strcasecmp(n, "text") || !strcasecmp(n, "txt"))
		*out = SCT_REPORT_TEXT;
	else if (!strcasecmp(n, "html") || !strcasecmp(n, "htm"))
		*out = SCT_REPORT_HTML;
	else if (!strcasecmp(n, "csv"))
		*out = SCT_REPORT_CSV;
	else
		return -1;
	return 0;
}

int sct_cli_report_format(const char *path, const char *name, sct_report_format *out)
{
	*out = SCT_REPORT_JSON;
	if (name)
		return by_name(name, out);
	const char *slash = path ? strrchr(path, '/') : NULL;
	const char *dot = path ? strrchr(slash ? slash : path, '.') : NULL;
	if (dot)
		by_name(dot + 1, out); /* an unknown extension keeps JSON */
	return 0;
}

int sct_cli_annotate(const char *val)
{
	if (!strcmp(val, "none"))
		return SCT_ANNOTATE_NONE;
	if (!strcmp(val, "errors"))
		return SCT_ANNOTATE_ERRORS;
	if (!strcmp(val, "all"))
		return SCT_ANNOTATE_ALL;
	return -1;
}

int sct_cli_explain(const char *code)
{
	char *buf;
	size_t len;
	if (sct_code_explain(&buf, &len, code) != SCT_OK) {
		fprintf(stderr, "sctconv: %s\n", sct_error_last());
		return 2;
	}
	fwrite(buf, 1, len, stdout);
	sct_buffer_free(buf);
	return fflush(stdout) == 0 ? 0 : 2;
}

int sct_cli_list_codes(void)
{
	char *buf;
	size_t len;
	if (sct_codes_markdown(&buf, &len) != SCT_OK)
		return 2;
	fwrite(buf, 1, len, stdout);
	sct_buffer_free(buf);
	return fflush(stdout) == 0 ? 0 : 2;
}
