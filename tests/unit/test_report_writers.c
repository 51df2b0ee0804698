/* test_report_writers.c - what each writer must get right on its own: CSV quoting (RFC 4180), HTML
 * escaping and self-containedness, the generated code documentation being up to date, --explain. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/report.h"

static const char SRC[] = "CREATE TABLE t (\n  c sql_variant, -- <b>\"x\"</b>\n  d int\n)";

typedef struct fixture {
	sct_arena a;
	sct_report r;
	sct_report_file f;
	sct_list stmts;
} fixture;

static int setup(void **state)
{
	fixture *x = calloc(1, sizeof *x);
	sct_arena_init(&x->a);
	x->f.name = "a,b.sql";
	x->f.src = SRC;
	x->f.len = strlen(SRC);
	sct_linemap_build(&x->f.lines, &x->a, SRC, x->f.len);
	x->r.a = &x->a;
	x->r.source = "mssql";
	x->r.target = "postgres:15";
	x->r.files = &x->f;
	x->r.nfiles = 1;
	sct_report_add(&x->r, "T190", 0, (sct_loc)(strstr(SRC, "sql_variant") - SRC), "dbo.t.c", "column",
		       "type \"sql_variant\", <script>alert(1)</script>\nsecond line");
	sct_report_summarize(&x->r, &x->stmts);
	*state = x;
	return 0;
}

static int teardown(void **state)
{
	fixture *x = *state;
	sct_report_release(&x->r);
	sct_arena_release(&x->a);
	free(x);
	return 0;
}

static void csv_quotes_per_rfc4180(void **state)
{
	fixture *x = *state;
	sct_buf b;
	sct_buf_init(&b);
	sct_report_csv(&x->r, &b, NULL);
	const char *row = strstr(b.data, "\r\nT190,");
	assert_non_null(row);
	/* a field with a comma, quote or line break is quoted, quotes doubled; the line break stays inside */
	assert_non_null(strstr(row, ",\"a,b.sql\",2,5,\"type \"\"sql_variant\"\", <script>alert(1)</script>\nsecond line\","));
	assert_non_null(strstr(row, ",\"c sql_variant, -- <b>\"\"x\"\"</b>\"\r\n"));
	/* header + one row, each ending in CRLF */
	int crlf = 0;
	for (const char *p = b.data; (p = strstr(p, "\r\n")) != NULL; p += 2)
		crlf++;
	assert_int_equal(crlf, 2);
	assert_int_equal(strncmp(b.data, "code,severity,category,", 23), 0);
	sct_buf_free(&b);
}

static void csv_guards_formulas(void **state)
{
	fixture *x = *state;
	/* a report of its own: the snippet is the source line */
	sct_report r;
	memset(&r, 0, sizeof r);
	r.a = &x->a;
	sct_report_file f = {"f.sql", "@SUM(A1)\n", 9, {0}};
	sct_linemap_build(&f.lines, &x->a, f.src, f.len);
	r.files = &f;
	r.nfiles = 1;
	sct_report_add(&r, "P002", 0, 0, "=HYPERLINK(\"http://x\")", "statement", "-1+1");
	sct_buf b;
	sct_buf_init(&b);
	sct_report_csv(&r, &b, NULL);
	assert_non_null(strstr(b.data, ",\"'=HYPERLINK(\"\"http://x\"\")\","));
	assert_non_null(strstr(b.data, ",'-1+1,"));
	assert_non_null(strstr(b.data, ",'@SUM(A1)\r\n"));
	sct_buf_free(&b);
	sct_report_release(&r);
}

static void html_escapes_and_needs_nothing_outside(void **state)
{
	fixture *x = *state;
	sct_buf b;
	sct_buf_init(&b);
	sct_report_html(&x->r, &b, NULL);
	assert_null(strstr(b.data, "<script>alert"));
	assert_non_null(strstr(b.data, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	/* the source context: the item's line marked, its neighbours shown, escaped */
	assert_non_null(strstr(b.data, "<span class=\"hit\"><b>2</b>  c sql_variant, -- &lt;b&gt;&quot;x&quot;&lt;/b&gt;</span>"));
	assert_non_null(strstr(b.data, "<span><b>1</b>CREATE TABLE t (</span>"));
	/* offline: no external resource */
	assert_null(strstr(b.data, "src=\"http"));
	assert_null(strstr(b.data, "href=\"http"));
	assert_null(strstr(b.data, "@import"));
	assert_non_null(strstr(b.data, "<svg id=\"chart-conversion\""));
	assert_non_null(strstr(b.data, "<svg id=\"chart-effort\""));
	assert_non_null(strstr(b.data, "data-code=\"T190\" data-file=\"a,b.sql\" data-line=\"2\" data-col=\"5\""));
	sct_buf_free(&b);
}

/* docs/report-codes.md is generated from codes.def (make docs); it must match the table. */
static void code_doc_is_up_to_date(void **state)
{
	(void)state;
	sct_buf want;
	sct_buf_init(&want);
	sct_codes_markdown_write(&want);
	FILE *f = fopen("docs/report-codes.md", "rb");
	if (!f)
		fail_msg("docs/report-codes.md is missing: run make docs");
	char *have = malloc(want.len + 2);
	size_t n = fread(have, 1, want.len + 1, f);
	fclose(f);
	int same = n == want.len && memcmp(have, want.data, n) == 0;
	free(have);
	if (!same) {
		sct_buf_free(&want);
		fail_msg("docs/report-codes.md is out of date with src/report/codes.def: run make docs");
	}
	/* every code is documented exactly once */
	size_t nc;
	const sct_code_info *t = sct_code_table(&nc);
	for (size_t i = 0; i < nc; i++) {
		char key[16];
		snprintf(key, sizeof key, "| %s |", t[i].code);
		const char *p = strstr(want.data, key);
		assert_non_null(p);
		assert_null(strstr(p + 1, key));
	}
	sct_buf_free(&want);
}

static void explain_prints_the_entry(void **state)
{
	(void)state;
	sct_buf b;
	sct_buf_init(&b);
	assert_int_equal(sct_code_explain_write("k009", &b), 0);
	const sct_code_info *c = sct_code_find("K009");
	assert_non_null(strstr(b.data, c->title));
	assert_non_null(strstr(b.data, "Add triggers"));
	char want[64];
	snprintf(want, sizeof want, "effort:    %d min", c->effort);
	assert_non_null(strstr(b.data, want));
	sct_buf_free(&b);
	sct_buf_init(&b);
	assert_int_equal(sct_code_explain_write("Z999", &b), -1);
	assert_int_equal(sct_code_explain_write("K0091", &b), -1);
	sct_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(csv_quotes_per_rfc4180, setup, teardown),
		cmocka_unit_test_setup_teardown(csv_guards_formulas, setup, teardown),
		cmocka_unit_test_setup_teardown(html_escapes_and_needs_nothing_outside, setup, teardown),
		cmocka_unit_test(code_doc_is_up_to_date),
		cmocka_unit_test(explain_prints_the_entry),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
