/* test_qi_assumed.c - a T-SQL script's first "..." read before it sets QUOTED_IDENTIFIER: the offset
 * sct_parse_tsql returns (the lexer's note) and the one N006 report item a conversion makes of it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "parse/parse.h"
#include "sctconv.h"

/* What sct_parse_tsql returns for src: the offset of the "..." it notes, or -1 for none (it returns len). */
static long noted(const char *src)
{
	sct_arena a;
	sct_arena_init(&a);
	sct_list out = {0};
	size_t len = strlen(src), at = sct_parse_tsql(&a, src, len, 0, &out, NULL);
	sct_arena_release(&a);
	assert_true(at <= len);
	return at == len ? -1 : (long)at;
}

/* The offset of the first occurrence of needle in src */
static long at(const char *src, const char *needle)
{
	const char *p = strstr(src, needle);
	assert_non_null(p);
	return (long)(p - src);
}

static void first_quoted_name_before_any_set(void **state)
{
	(void)state;
	const char *s = "CREATE TABLE [dbo].[T] ([A] int, \"Customer Name\" int)\nGO\nSELECT \"x\" FROM dbo.T\n";
	assert_int_equal(noted(s), at(s, "\"Customer"));
	/* in a later batch; a SET of the script after it changes nothing */
	s = "CREATE TABLE [T] ([A] int)\nGO\nCREATE VIEW v AS SELECT \"A\" FROM T\nGO\nSET QUOTED_IDENTIFIER ON\n";
	assert_int_equal(noted(s), at(s, "\"A\""));
}

static void nothing_without_double_quotes(void **state)
{
	(void)state;
	assert_int_equal(noted(""), -1);
	assert_int_equal(noted("CREATE TABLE [dbo].[T] ([A b] int, c varchar(5) DEFAULT 'say \"hi\"')\n"), -1);
	/* in comments: not read */
	assert_int_equal(noted("-- \"a\"\n/* \"b\" */ CREATE TABLE T (a int)\n"), -1);
	/* sqlcmd lines are not T-SQL */
	assert_int_equal(noted(":setvar Name \"x\"\nCREATE TABLE T (a int)\n"), -1);
}

static void nothing_when_the_script_sets_it_first(void **state)
{
	(void)state;
	assert_int_equal(noted("SET QUOTED_IDENTIFIER ON\nGO\nCREATE TABLE \"T\" (a int)\n"), -1);
	assert_int_equal(noted("SET QUOTED_IDENTIFIER OFF\nGO\nCREATE TABLE T (a varchar(3) DEFAULT \"x\")\n"), -1);
	assert_int_equal(noted("SET ANSI_NULLS, QUOTED_IDENTIFIER ON;\nCREATE TABLE \"T\" (a int)\n"), -1);
	assert_int_equal(noted("SET ANSI_DEFAULTS ON\nGO\nCREATE TABLE \"T\" (a int)\n"), -1);
	/* OFF then ON: the "..." after ON is read as the script says */
	assert_int_equal(noted("SET QUOTED_IDENTIFIER OFF\nSET QUOTED_IDENTIFIER ON\nCREATE TABLE \"T\" (a int)\n"), -1);
}

static void sets_that_do_not_count(void **state)
{
	(void)state;
	/* the database's default: the connection's setting overrides it */
	const char *s = "ALTER DATABASE db SET QUOTED_IDENTIFIER ON\nGO\nCREATE TABLE \"T\" (a int)\n";
	assert_int_equal(noted(s), at(s, "\"T\""));
	/* inside a procedure body: it is parsed with the setting of the batch that creates it */
	s = "CREATE PROCEDURE p AS\nSET QUOTED_IDENTIFIER ON\nSELECT \"x y\"\nGO\n";
	assert_int_equal(noted(s), at(s, "\"x y\""));
	/* another option */
	s = "SET ANSI_NULLS ON\nGO\nCREATE TABLE \"T\" (a int)\n";
	assert_int_equal(noted(s), at(s, "\"T\""));
}

/* The conversion: one N006 item at the first "..." (line and column), info: the exit status stays 0 */
static void one_report_item_at_the_first(void **state)
{
	(void)state;
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = "postgres";
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, &o), SCT_OK);
	const char *text = "CREATE TABLE [dbo].[T] (\n  \"Customer Name\" varchar(10),\n  \"Code\" int)\n";
	sct_input in = {"t.sql", text, strlen(text)};
	sct_result *r = NULL;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	int n006 = 0;
	for (size_t i = 0; i < sct_result_item_count(r); i++) {
		const sct_item *it = sct_result_item(r, i);
		if (strcmp(it->code, "N006"))
			continue;
		n006++;
		assert_int_equal(it->severity, SCT_SEV_INFO);
		assert_int_equal(it->line, 2);
		assert_int_equal(it->col, 3);
		assert_non_null(strstr(it->message, "\"Customer Name\" read as a quoted name"));
		assert_non_null(strstr(it->message, "sqlcmd without -I"));
	}
	assert_int_equal(n006, 1);
	assert_int_equal(sct_result_status(r), 0);
	sct_result_free(r);

	/* Oracle: "..." is always a name, nothing to note */
	sct_session_free(s);
	o.source = "oracle";
	assert_int_equal(sct_session_new(&s, &o), SCT_OK);
	text = "CREATE TABLE \"Orders\" (\"Id\" NUMBER(10));\n";
	sct_input ora = {"o.sql", text, strlen(text)};
	assert_int_equal(sct_convert(&r, s, &ora, 1), SCT_OK);
	for (size_t i = 0; i < sct_result_item_count(r); i++)
		assert_string_not_equal(sct_result_item(r, i)->code, "N006");
	sct_result_free(r);
	sct_session_free(s);
}

/* The name in the message is cut, at a UTF-8 boundary, when long or unterminated */
static void long_and_unterminated_names(void **state)
{
	(void)state;
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = "postgres";
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, &o), SCT_OK);
	const char *texts[] = {
		"CREATE TABLE T (\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
		"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
		"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\" int)\n",
		"CREATE TABLE T (a int)\nGO\nSELECT \"unterminated\nname",
		"CREATE TABLE T (\"a\"\"b\" int)\n",
	};
	/* the name as the message shows it: its first bytes, and its last (after the cut) */
	const char *first[] = {"\"\xc3\xa9\xc3\xa9", "\"unterminated...", "\"a\"\"b\""};
	const char *last[] = {"\xc3\xa9...", "\"unterminated...", "\"a\"\"b\""};
	for (int k = 0; k < 3; k++) {
		sct_input in = {"t.sql", texts[k], strlen(texts[k])};
		sct_result *r = NULL;
		assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
		int found = 0;
		for (size_t i = 0; i < sct_result_item_count(r); i++) {
			const sct_item *it = sct_result_item(r, i);
			if (!strcmp(it->code, "N006")) {
				found++;
				const char *q = strstr(it->message, " read as");
				assert_non_null(q);
				size_t len = (size_t)(q - it->message), fl = strlen(first[k]), ll = strlen(last[k]);
				assert_true(len <= 72 && len >= fl && len >= ll);
				assert_memory_equal(it->message, first[k], fl);
				assert_memory_equal(q - ll, last[k], ll);
			}
		}
		assert_int_equal(found, 1);
		sct_result_free(r);
	}
	sct_session_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(first_quoted_name_before_any_set),
		cmocka_unit_test(nothing_without_double_quotes),
		cmocka_unit_test(nothing_when_the_script_sets_it_first),
		cmocka_unit_test(sets_that_do_not_count),
		cmocka_unit_test(one_report_item_at_the_first),
		cmocka_unit_test(long_and_unterminated_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
