/* test_report.c - the code table and the JSON writer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/report.h"
#include "rules/builtin.h"

static void codes_are_unique_and_complete(void **state)
{
	(void)state;
	size_t n;
	const sct_code_info *t = sct_code_table(&n);
	assert_true(n > 40);
	for (size_t i = 0; i < n; i++) {
		assert_non_null(t[i].title);
		assert_non_null(t[i].action);
		assert_true(strlen(t[i].action) > 10);
		assert_true(t[i].effort >= 0);
		assert_true(t[i].severity >= SCT_SEV_INFO && t[i].severity <= SCT_SEV_ERROR);
		for (size_t j = i + 1; j < n; j++)
			assert_string_not_equal(t[i].code, t[j].code);
	}
	assert_ptr_equal(sct_code_find("P001"), &t[0]);
	assert_null(sct_code_find("Z999"));
}

static void items_get_positions_and_json_escapes(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_report r;
	memset(&r, 0, sizeof r);
	r.a = &a;
	r.source = "mssql";
	r.target = "postgres:15";
	sct_report_file f = {"in.sql", "CREATE TABLE t (\n  c sql_variant\n)", 0, {0}};
	f.len = strlen(f.src);
	sct_linemap_build(&f.lines, &a, f.src, f.len);
	r.files = &f;
	r.nfiles = 1;
	sct_item_scratch scratch;
	sct_item_scratch_init(&scratch);
	sct_item view, *it = &view;
	sct_report_item_view(&r, sct_report_add(&r, "T001", 0, 19, "dbo.t.c", "column", "type \"sql_variant\"\n"), &scratch, it);
	assert_int_equal(it->line, 2);
	assert_int_equal(it->col, 3);
	assert_string_equal(it->snippet, "c sql_variant");
	assert_int_equal(it->severity, SCT_SEV_ERROR);
	assert_int_equal(it->effort_minutes, sct_code_find("T001")->effort);
	sct_report_add(&r, "P002", 0, 0, "", "statement", NULL);
	assert_int_equal(sct_report_max_severity(&r, 0), SCT_SEV_ERROR);
	assert_int_equal(sct_report_max_severity(&r, 1), SCT_SEV_INFO);
	sct_list none = {0};
	sct_report_summarize(&r, &none);
	sct_buf b;
	sct_buf_init(&b);
	sct_report_json(&r, &b, NULL);
	assert_non_null(strstr(b.data, "\"message\": \"type \\\"sql_variant\\\"\\n\""));
	/* no statement holds the items: they are counted with other statements, so the rows still add up */
	assert_non_null(strstr(b.data, "\"tables\": {\"count\": 0,"));
	assert_non_null(strstr(b.data, "\"other_statements\": {\"count\": 0, \"automatic\": 0, \"with_notes\": 0, "
				       "\"manual\": 0, \"in_target\": 0, \"items\": 2,"));
	assert_non_null(strstr(b.data, "\"items\": {\"info\": 1, \"warning\": 0, \"error\": 1, \"total\": 2}"));
	assert_non_null(strstr(b.data, "\"line\": 2, \"col\": 3"));
	sct_buf_free(&b);
	sct_report_release(&r);
	sct_arena_release(&a);
}

/* Every code a shipped rules file uses (code:XNNN, or a `code XNNN` line) is defined in codes.def. */
static void rule_codes_are_defined(void **state)
{
	(void)state;
	int seen = 0;
	for (const sct_builtin_rules *b = sct_builtin_rules_table; b->name; b++) {
		for (const char *p = b->text; (p = strstr(p, "code")) != NULL; p += 4) {
			const char *c = p + 4;
			if (*c != ':' && *c != ' ')
				continue;
			c++;
			while (*c == ' ')
				c++;
			char code[8] = {0};
			int n = 0;
			while (n < 7 && ((c[n] >= 'A' && c[n] <= 'Z') || (c[n] >= '0' && c[n] <= '9')))
				code[n] = c[n], n++;
			if (n != 4)
				continue;
			seen++;
			if (!sct_code_find(code))
				fail_msg("%s uses code %s, which src/report/codes.def does not define", b->name, code);
		}
	}
	assert_true(seen > 10);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(codes_are_unique_and_complete),
		cmocka_unit_test(items_get_positions_and_json_escapes),
		cmocka_unit_test(rule_codes_are_defined),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
