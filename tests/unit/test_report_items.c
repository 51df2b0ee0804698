/* test_report_items.c - report items kept narrow and made whole when read: the public items of the API (made
 * when asked for, pointers that stay valid), snippets, lines and columns derived from the position (start and
 * end of a file, several lines, CRLF and CR line ends, long lines, UTF-16 input), messages made when read and
 * shared, and the sort by file name and position. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/report.h"

static void items_stay_narrow(void **state)
{
	(void)state;
	assert_int_equal(sizeof(sct_report_item), 32);
	assert_int_equal(sizeof(sct_item_ref), 16);
	assert_int_equal(sizeof(sct_report_object), 12);
}

/* The items' array is malloc'd (grown by realloc, given back by sct_report_release): the arena would keep
 * every array it outgrew. */
static void items_live_outside_the_arena(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_report r;
	memset(&r, 0, sizeof r);
	r.a = &a;
	sct_report_add(&r, "T101", -1, 0, "o", "table", "m");
	size_t used = a.total - (size_t)(a.end - a.cur);
	for (int i = 0; i < 100000; i++)
		sct_report_add(&r, "T101", -1, (sct_loc)i, "o", "table", "m");
	assert_int_equal(r.items.n, 100001);
	assert_int_equal(a.total - (size_t)(a.end - a.cur), used);
	sct_report_release(&r);
	assert_null(r.items.at);
	assert_int_equal(r.items.n, 0);
	sct_arena_release(&a);
}

/* ---------- the API ---------- */

static sct_session *session(void)
{
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = "postgres";
	sct_session *s = NULL;
	assert_int_equal(sct_session_new(&s, &o), SCT_OK);
	return s;
}

/* 30 tables of 100 tinyint columns: 3000 T101 items, three chunks of sct_result_item and some */
static char *many_items(size_t *len)
{
	sct_buf b;
	sct_buf_init(&b);
	for (int t = 0; t < 30; t++) {
		sct_buf_printf(&b, "CREATE TABLE [dbo].[t%d](\n", t);
		for (int c = 0; c < 100; c++)
			sct_buf_printf(&b, "\t[c%d] [tinyint] NULL%s\n", c, c < 99 ? "," : "");
		sct_buf_puts(&b, ")\nGO\n");
	}
	return sct_buf_detach(&b, len);
}

static void same_item(const sct_item *a, const sct_item *b)
{
	assert_string_equal(a->code, b->code);
	assert_int_equal(a->severity, b->severity);
	assert_int_equal(a->effort_minutes, b->effort_minutes);
	assert_string_equal(a->category, b->category);
	assert_string_equal(a->object, b->object);
	assert_string_equal(a->object_type, b->object_type);
	assert_string_equal(a->file, b->file);
	assert_int_equal(a->line, b->line);
	assert_int_equal(a->col, b->col);
	assert_string_equal(a->message, b->message);
	assert_string_equal(a->action, b->action);
	assert_string_equal(a->snippet, b->snippet);
}

static void api_items_are_made_when_asked_and_stay(void **state)
{
	(void)state;
	sct_session *s = session();
	size_t len;
	char *text = many_items(&len);
	sct_input in = {"many.sql", text, len};
	sct_result *r;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	size_t n = sct_result_item_count(r);
	assert_true(n >= 3000);
	/* some items asked for one by one first: the same pointer each time */
	size_t ask[] = {0, 1, 1023, 1024, 2047}; /* the first two chunks of 1024 */
	const sct_item *before[5];
	for (int k = 0; k < 5; k++) {
		before[k] = sct_result_item(r, ask[k]);
		assert_non_null(before[k]);
		assert_ptr_equal(sct_result_item(r, ask[k]), before[k]);
		assert_string_equal(sct_result_item_code(r, ask[k]), before[k]->code);
	}
	assert_null(sct_result_item(r, n));
	assert_null(sct_result_item_code(r, n));
	const sct_item *it0 = before[0];
	assert_string_equal(it0->code, "T101");
	assert_string_equal(it0->object, "dbo.t0.c0");
	assert_string_equal(it0->object_type, "table");
	assert_string_equal(it0->file, "many.sql");
	assert_int_equal(it0->line, 2);
	assert_int_equal(it0->col, 7);
	assert_string_equal(it0->snippet, "[c0] [tinyint] NULL,");
	assert_non_null(strstr(it0->message, "dbo.t0.c0: tinyint -> smallint"));
	/* the message is made when read from the column's name, which the converter's buffer held only then */
	assert_non_null(strstr(before[1]->message, "dbo.t0.c1: tinyint -> smallint"));
	assert_string_equal(before[1]->object, "dbo.t0.c1");
	/* then the array: equal items; the ones asked for before keep their pointers */
	size_t count;
	const sct_item *items = sct_result_items(r, &count);
	assert_int_equal(count, n);
	for (size_t i = 0; i < n; i++) {
		same_item(sct_result_item(r, i), &items[i]);
		assert_string_equal(sct_result_item_code(r, i), items[i].code);
	}
	for (int k = 0; k < 5; k++)
		assert_ptr_equal(sct_result_item(r, ask[k]), before[k]);
	assert_ptr_equal(sct_result_item(r, 2048), &items[2048]); /* chunks not asked for before: the array's */
	assert_ptr_equal(sct_result_item(r, n - 1), &items[n - 1]);
	assert_string_equal(it0->snippet, "[c0] [tinyint] NULL,"); /* still valid */
	sct_result_free(r);

	/* the array first: sct_result_item answers with its entries */
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	items = sct_result_items(r, &count);
	for (size_t i = 0; i < count; i++)
		assert_ptr_equal(sct_result_item(r, i), &items[i]);
	assert_ptr_equal(sct_result_items(r, &count), items);
	sct_result_free(r);
	free(text);
	sct_session_free(s);
}

/* Items of one line share the snippet the API keeps for them. */
static void api_items_of_one_line_share_a_snippet(void **state)
{
	(void)state;
	sct_session *s = session();
	const char *text = "CREATE TABLE t (a tinyint, b tinyint, c bit)\nGO\n";
	sct_input in = {"one.sql", text, strlen(text)};
	sct_result *r;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	size_t n;
	const sct_item *items = sct_result_items(r, &n);
	assert_int_equal(n, 3);
	assert_string_equal(items[0].snippet, "CREATE TABLE t (a tinyint, b tinyint, c bit)");
	assert_ptr_equal(items[1].snippet, items[0].snippet);
	assert_ptr_equal(items[2].snippet, items[0].snippet);
	assert_int_equal(items[2].col, 41);
	sct_result_free(r);
	sct_session_free(s);
}

/* UTF-16 input is converted as UTF-8: snippets and columns are of the UTF-8 text. */
static void api_snippet_of_utf16_input(void **state)
{
	(void)state;
	sct_session *s = session();
	const char *u8 = "CREATE TABLE t (\r\n  \xc3\xa9t\xc3\xa9 tinyint\r\n)\r\n";
	char u16[128];
	size_t n = 0;
	u16[n++] = (char)0xff, u16[n++] = (char)0xfe; /* BOM, little-endian */
	for (const unsigned char *p = (const unsigned char *)u8; *p; p++) {
		unsigned cp = *p;
		if (*p >= 0xc0) /* two-byte sequences only here */
			cp = ((unsigned)(p[0] & 0x1f) << 6) | (p[1] & 0x3f), p++;
		u16[n++] = (char)(cp & 0xff), u16[n++] = (char)(cp >> 8);
	}
	sct_input in = {"u16.sql", u16, n};
	sct_result *r;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	assert_int_equal(sct_result_item_count(r), 1);
	const sct_item *it = sct_result_item(r, 0);
	assert_string_equal(it->code, "T101");
	assert_string_equal(it->snippet, "\xc3\xa9t\xc3\xa9 tinyint");
	assert_int_equal(it->line, 2);
	assert_int_equal(it->col, 9); /* bytes of the UTF-8 text: 2 spaces, 5 bytes of the name, a space */
	sct_result_free(r);
	sct_session_free(s);
}

/* ---------- the report model ---------- */

typedef struct one {
	sct_arena a;
	sct_report r;
	sct_report_file f[2];
	sct_item_scratch s;
} one;

static void start(one *x, const char *src)
{
	memset(x, 0, sizeof *x);
	sct_arena_init(&x->a);
	x->r.a = &x->a;
	x->f[0].name = "f.sql";
	x->f[0].src = src;
	x->f[0].len = strlen(src);
	sct_linemap_build(&x->f[0].lines, &x->a, src, x->f[0].len);
	x->r.files = x->f;
	x->r.nfiles = 1;
	sct_item_scratch_init(&x->s);
}

/* the item at offset loc of file 0, as read */
static sct_item at(one *x, sct_loc loc)
{
	sct_item it;
	sct_report_item_view(&x->r, sct_report_add(&x->r, "T101", 0, loc, "o", "table", "m"), &x->s, &it);
	return it;
}

static sct_loc off(const one *x, const char *s)
{
	const char *p = strstr(x->f[0].src, s);
	assert_non_null(p);
	return (sct_loc)(p - x->f[0].src);
}

static void snippets_lines_and_columns(void **state)
{
	(void)state;
	one x;
	/* the start and the end of a file without a last line end */
	start(&x, "SELECT 1");
	sct_item it = at(&x, 0);
	assert_string_equal(it.snippet, "SELECT 1");
	assert_int_equal(it.line, 1);
	assert_int_equal(it.col, 1);
	it = at(&x, 8);
	assert_string_equal(it.snippet, "SELECT 1");
	assert_int_equal(it.col, 9);
	it = at(&x, 9); /* past the end: no snippet */
	assert_string_equal(it.snippet, "");
	sct_report_release(&x.r);
	sct_arena_release(&x.a);

	/* several lines; blanks before the line's text are not part of it */
	start(&x, "CREATE TABLE t (\n  a int,\n\t\t b money\n)\n");
	it = at(&x, off(&x, "money"));
	assert_string_equal(it.snippet, "b money");
	assert_int_equal(it.line, 3);
	assert_int_equal(it.col, 6);
	assert_string_equal(it.file, "f.sql");
	it = at(&x, off(&x, "(")); /* back to the first line */
	assert_string_equal(it.snippet, "CREATE TABLE t (");
	assert_int_equal(it.line, 1);
	it = at(&x, off(&x, ")"));
	assert_string_equal(it.snippet, ")");
	assert_int_equal(it.line, 4);
	sct_report_release(&x.r);
	sct_arena_release(&x.a);

	/* CRLF and lone CR line ends end the snippet; an item on the LF of a CRLF has none */
	start(&x, "CREATE TABLE t (\r\n  a int,\r\n  b money\r\n)\rGO\r");
	it = at(&x, off(&x, "b money"));
	assert_string_equal(it.snippet, "b money");
	assert_int_equal(it.line, 3);
	assert_int_equal(it.col, 3);
	it = at(&x, off(&x, "\n  a"));
	assert_string_equal(it.snippet, "");
	it = at(&x, off(&x, "GO"));
	assert_string_equal(it.snippet, "GO");
	assert_int_equal(it.line, 5);
	sct_report_release(&x.r);
	sct_arena_release(&x.a);

	/* a long line: at most 200 bytes, before and after the item */
	char line[400];
	memset(line, 'x', sizeof line - 1);
	line[sizeof line - 1] = 0;
	start(&x, line);
	it = at(&x, 250);
	assert_int_equal(strlen(it.snippet), 200);
	assert_int_equal(it.col, 251);
	it = at(&x, 10);
	assert_int_equal(strlen(it.snippet), 200);
	sct_report_release(&x.r);
	sct_arena_release(&x.a);

	/* an item without a file */
	start(&x, "SELECT 1");
	sct_report_item_view(&x.r, sct_report_add(&x.r, "X001", -1, 3, NULL, NULL, NULL), &x.s, &it);
	assert_string_equal(it.file, "");
	assert_string_equal(it.snippet, "");
	assert_string_equal(it.object, "");
	assert_string_equal(it.object_type, "");
	assert_int_equal(it.line, 0);
	assert_int_equal(it.col, 0);
	assert_string_equal(it.message, sct_code_find("X001")->title);
	sct_report_release(&x.r);
	sct_arena_release(&x.a);
}

/* Codes and object types are kept once per text; the item's own severity and effort may change after. */
static void codes_and_types_kept_once(void **state)
{
	(void)state;
	one x;
	start(&x, "SELECT 1");
	char code[] = "T101", type[] = "table";
	sct_report_add(&x.r, "T101", 0, 0, "o", "table", NULL);
	sct_report_item *it = sct_report_add(&x.r, code, 0, 0, "o", type, NULL); /* other copies of the texts */
	it->severity = SCT_SEV_ERROR;
	it->effort = 77;
	sct_report_add(&x.r, "ZZ99", 0, 0, "o", "view", NULL); /* not in the code table */
	assert_int_equal(x.r.ncodes, 2);
	assert_int_equal(x.r.nobjtypes, 2);
	sct_item v;
	sct_report_item_view(&x.r, &x.r.items.at[1], &x.s, &v);
	assert_int_equal(v.severity, SCT_SEV_ERROR);
	assert_int_equal(v.effort_minutes, 77);
	assert_string_equal(v.message, sct_code_find("T101")->title);
	sct_report_item_view(&x.r, &x.r.items.at[2], &x.s, &v);
	assert_string_equal(v.code, "ZZ99");
	assert_string_equal(v.message, "ZZ99");
	assert_string_equal(v.category, "rule");
	assert_string_equal(v.action, "");
	assert_int_equal(v.severity, SCT_SEV_WARNING);
	assert_int_equal(v.effort_minutes, 15);
	/* a copy of an item taken out (convert.c: the reason a routine is carried) */
	sct_report_item keep = x.r.items.at[1];
	x.r.items.n = 1;
	sct_report_add(&x.r, "P002", 0, 0, "", "statement", NULL);
	sct_report_add_copy(&x.r, &keep);
	assert_int_equal(x.r.items.n, 3);
	assert_int_equal(x.r.items.at[2].effort, 77);
	assert_string_equal(sct_report_item_code(&x.r, &x.r.items.at[2]), "T101");
	sct_report_release(&x.r);
	sct_arena_release(&x.a);
}

/* Messages made when read are what printf makes of the same format, cut to 1023 bytes the same way; the
 * texts of other messages are shared when equal to one made lately. */
static void messages_later_and_shared(void **state)
{
	(void)state;
	one x;
	start(&x, "SELECT 1");
	char big[1500];
	memset(big, 'y', sizeof big - 1);
	big[sizeof big - 1] = 0;
	struct { const char *fmt; int n; const char *args[3]; } cases[] = {
		{"%s: %s -> %s", 3, {"dbo.t.c", "tinyint", "smallint"}},
		{"100%% of %s", 1, {"it"}},
		{"%s and %s", 2, {NULL, ""}},
		{"%s: %s!", 2, {"", "x"}},
		{"no args", 0, {NULL}},
		{"%s%s", 2, {big, "z"}},
		{"%s %s %s", 3, {"a", big, "b"}},
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		char want[1024];
		snprintf(want, sizeof want, cases[k].fmt, cases[k].args[0], cases[k].args[1], cases[k].args[2]);
		sct_report_item *it = sct_report_add_later(&x.r, "T101", 0, 0, "o", "table", cases[k].fmt, cases[k].n,
							   cases[k].args);
		assert_string_equal(sct_report_item_message(&x.r, it, &x.s), want);
		sct_item v;
		sct_report_item_view(&x.r, it, &x.s, &v);
		assert_string_equal(v.message, want);
	}
	/* items that differ in their object only share the record of their message */
	const char *args[] = {sct_later_object, "tinyint", "smallint"};
	sct_report_item *c1 = sct_report_add_later(&x.r, "T101", 0, 0, "dbo.t.c1", "table", "%s: %s -> %s", 3, args);
	const char *rec = c1->msg;
	sct_report_item *c2 = sct_report_add_later(&x.r, "T101", 0, 0, "dbo.t.c2", "table", "%s: %s -> %s", 3, args);
	assert_ptr_equal(c2->msg, rec);
	assert_string_equal(sct_report_item_message(&x.r, c2, &x.s), "dbo.t.c2: tinyint -> smallint");
	assert_string_equal(sct_report_item_message(&x.r, &x.r.items.at[x.r.items.n - 2], &x.s), "dbo.t.c1: tinyint -> smallint");
	args[1] = "bit";
	sct_report_item *c3 = sct_report_add_later(&x.r, "T102", 0, 0, "dbo.t.c3", "table", "%s: %s -> %s", 3, args);
	assert_ptr_not_equal(c3->msg, rec);
	assert_string_equal(sct_report_item_message(&x.r, c3, &x.s), "dbo.t.c3: bit -> smallint");
	/* equal texts share one copy; the copy is not the caller's buffer */
	char buf[32];
	strcpy(buf, "USE carried as a comment");
	const char *a = sct_report_message_text(&x.r, buf, strlen(buf));
	assert_ptr_not_equal(a, buf);
	strcpy(buf, "SET carried as a comment");
	const char *b = sct_report_message_text(&x.r, buf, strlen(buf));
	assert_string_equal(b, "SET carried as a comment");
	assert_ptr_equal(sct_report_message_text(&x.r, "USE carried as a comment", 24), a);
	assert_ptr_equal(sct_report_message_text(&x.r, "SET carried as a comment", 24), b);
	assert_string_equal(sct_report_message_text(&x.r, "USE carried as a comment!", 24), "USE carried as a comment");
	assert_string_equal(sct_report_message_text(&x.r, "USE carried", 11), "USE carried");
	sct_report_item *i1 = sct_report_addf(&x.r, "P002", 0, 0, "", "statement", "%s carried as a comment", "USE");
	const char *m1 = i1->msg;
	sct_report_item *i2 = sct_report_addf(&x.r, "P002", 0, 0, "", "statement", "%s carried as a comment", "USE");
	assert_ptr_equal(i2->msg, m1);
	sct_report_release(&x.r);
	sct_arena_release(&x.a);
}

/* The messages of the items, in the order of the array */
static void messages(const sct_report *r, char *out, size_t cap)
{
	sct_item_scratch s;
	sct_item_scratch_init(&s);
	out[0] = 0;
	for (int i = 0; i < r->items.n; i++) {
		sct_item v;
		sct_report_item_view(r, &r->items.at[i], &s, &v);
		strncat(out, v.message, cap - strlen(out) - 2);
		strcat(out, " ");
	}
}

/* Sorted by file name, then position; items of one position in the order reported; items without a file
 * first. From the positions the summary found, or (an item without a file) by comparing the items. */
static void sort_by_file_name_and_position(void **state)
{
	(void)state;
	for (int nofile = 0; nofile < 2; nofile++) {
		one x;
		start(&x, "0123456789\n0123456789\n");
		x.f[1] = x.f[0];
		x.f[0].name = "b.sql";
		x.f[1].name = "a.sql";
		x.r.nfiles = 2;
		sct_report_add(&x.r, "T101", 0, 12, "", "", "b12");
		sct_report_add(&x.r, "T101", 1, 5, "", "", "a5");
		sct_report_add(&x.r, "T101", 0, 2, "", "", "b2");
		if (nofile)
			sct_report_add(&x.r, "X001", -1, 0, "", "", "none");
		sct_report_add(&x.r, "T101", 1, 5, "", "", "a5again");
		sct_report_add(&x.r, "T101", 1, 1, "", "", "a1");
		sct_report_add(&x.r, "T101", 0, 11, "", "", "b11");
		sct_list stmts = {0};
		sct_report_summarize(&x.r, &stmts);
		assert_int_equal(x.r.nby_pos, x.r.items.n);
		sct_report_sort(&x.r);
		char got[256];
		messages(&x.r, got, sizeof got);
		assert_string_equal(got, nofile ? "none a1 a5 a5again b2 b11 b12 " : "a1 a5 a5again b2 b11 b12 ");
		sct_report_release(&x.r);
		sct_arena_release(&x.a);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(items_stay_narrow),
		cmocka_unit_test(items_live_outside_the_arena),
		cmocka_unit_test(api_items_are_made_when_asked_and_stay),
		cmocka_unit_test(api_items_of_one_line_share_a_snippet),
		cmocka_unit_test(api_snippet_of_utf16_input),
		cmocka_unit_test(snippets_lines_and_columns),
		cmocka_unit_test(codes_and_types_kept_once),
		cmocka_unit_test(messages_later_and_shared),
		cmocka_unit_test(sort_by_file_name_and_position),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
