/* test_nul_quoted.c - a NUL byte inside a quoted name or string ([c<NUL>d], 'x<NUL>y', "c<NUL>d") is a syntax
 * error at the NUL (P001, the statement carried), for T-SQL and Oracle: the text of such a token ended at the
 * NUL, so the name or value was silently cut short (CREATE TABLE c, DEFAULT 'x'). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <sctconv.h>

/* Converts len bytes of src; returns the status, the number of P001 items and the line:col of the first. */
static int convert(const char *from, const char *src, size_t len, int *p001, int *line, int *col, char *ddl, size_t cap)
{
	sct_options o = SCT_OPTIONS_INIT;
	o.source = from;
	o.target = "postgres";
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, &o), SCT_OK);
	sct_input in = {"nul.sql", src, len};
	sct_result *r = NULL;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	*p001 = 0;
	for (size_t i = 0; i < sct_result_item_count(r); i++) {
		const sct_item *it = sct_result_item(r, i);
		if (!strcmp(it->code, "P001") && (*p001)++ == 0) {
			*line = it->line;
			*col = it->col;
		}
	}
	size_t n = 0;
	const char *d = sct_result_ddl(r, &n);
	snprintf(ddl, cap, "%.*s", (int)n, d);
	int status = sct_result_status(r);
	sct_result_free(r);
	sct_session_free(s);
	return status;
}

static void tsql_nul_in_quotes(void **state)
{
	(void)state;
	static const char src[] = "CREATE TABLE [c\0d] (a int)\nGO\nCREATE TABLE t2 (b varchar(5) DEFAULT 'x\0y')\nGO\n"
				  "CREATE TABLE ok1 (a int)\nGO\n";
	int p001, line = 0, col = 0;
	char ddl[4096];
	assert_int_equal(convert("mssql", src, sizeof src - 1, &p001, &line, &col, ddl, sizeof ddl), 1);
	assert_int_equal(p001, 2);
	assert_int_equal(line, 1);
	assert_int_equal(col, 16); /* at the NUL */
	assert_non_null(strstr(ddl, "CREATE TABLE dbo.ok1"));
	assert_null(strstr(ddl, "CREATE TABLE dbo.c "));
	assert_null(strstr(ddl, "DEFAULT 'x'"));
}

static void oracle_nul_in_quotes(void **state)
{
	(void)state;
	static const char src[] = "CREATE TABLE \"c\0d\" (a int);\nCREATE TABLE t2 (b varchar2(5) DEFAULT 'x\0y');\n"
				  "CREATE TABLE t3 (b varchar2(5) DEFAULT q'[x\0y]');\nCREATE TABLE ok1 (a int);\n";
	int p001, line = 0, col = 0;
	char ddl[4096];
	assert_int_equal(convert("oracle", src, sizeof src - 1, &p001, &line, &col, ddl, sizeof ddl), 1);
	assert_int_equal(p001, 3);
	assert_int_equal(line, 1);
	assert_int_equal(col, 16);
	assert_non_null(strstr(ddl, "CREATE TABLE ok1"));
	assert_null(strstr(ddl, "CREATE TABLE c "));
	assert_null(strstr(ddl, "DEFAULT 'x'"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tsql_nul_in_quotes),
		cmocka_unit_test(oracle_nul_in_quotes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
