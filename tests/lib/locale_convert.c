/* locale_convert.c - converts files through libsctconv after the program set a locale of its own, and writes the
 * DDL and the report in every format to standard output, so tests/lib/locale.sh can check that a program's
 * locale (Turkish "I", German decimal comma) changes nothing the library writes.
 *
 *   locale_convert LOCALE SOURCE TARGET [RULES.rules|-] FILE...   (exit 3: the locale cannot be set) */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sctconv.h>

static int fail(const char *what)
{
	fprintf(stderr, "locale_convert: %s: %s\n", what, sct_error_last());
	return 2;
}

int main(int argc, char **argv)
{
	if (argc < 6) {
		fprintf(stderr, "usage: locale_convert LOCALE SOURCE TARGET RULES|- FILE...\n");
		return 2;
	}
	if (!setlocale(LC_ALL, argv[1])) {
		fprintf(stderr, "locale_convert: cannot set locale %s\n", argv[1]);
		return 3;
	}
	sct_options opts = SCT_OPTIONS_INIT;
	opts.source = argv[2];
	opts.target = argv[3];
	sct_session *s = NULL;
	if (sct_session_new(&s, &opts) != SCT_OK)
		return fail("session");
	if (strcmp(argv[4], "-") && sct_session_add_rules_file(s, argv[4]) != SCT_OK)
		return fail("rules");
	sct_result *r = NULL;
	if (sct_convert_files(&r, s, (const char *const *)&argv[5], (size_t)(argc - 5)) != SCT_OK)
		return fail("convert");
	size_t len = 0;
	const char *ddl = sct_result_ddl(r, &len);
	fwrite(ddl, 1, len, stdout);
	static const sct_report_format formats[] = {SCT_REPORT_JSON, SCT_REPORT_TEXT, SCT_REPORT_HTML, SCT_REPORT_CSV};
	for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		char *rep = NULL;
		if (sct_result_report(&rep, &len, r, formats[i]) != SCT_OK)
			return fail("report");
		fwrite(rep, 1, len, stdout);
		sct_buffer_free(rep);
	}
	printf("status %d\n", sct_result_status(r));
	sct_result_free(r);
	sct_session_free(s);
	return 0;
}
