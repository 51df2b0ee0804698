/* test_parse_fastpaths.c - the parser's shortcuts give the answers of the plain code they replace: interning's
 * word-at-a-time compare, the NUMBER prefix instead of strtol, UTF-8 checking 32 bytes at a time, and the
 * batch lexer's nesting depth and error flag that let the splitter skip its per-statement walk. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parse/parse.h"
#include "parse/tsql/tsql_int.h"
#include "util/arena.h"
#include "util/intern.h"
#include "util/utf8.h"

/* Texts of every length up to 40 that differ in one byte (at each position) are never taken for one another;
 * equal texts are shared. */
static void intern_compares_every_byte(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	char x[41], y[41];
	for (size_t n = 0; n <= 40; n++) {
		for (size_t i = 0; i < n; i++)
			x[i] = (char)('a' + i % 26);
		x[n] = 0;
		for (size_t pos = 0; pos < n; pos++) {
			sct_intern *t = sct_intern_new();
			memcpy(y, x, n + 1);
			y[pos] = 'Z';
			const char *px = sct_intern_text(t, &a, x, n);
			const char *py = sct_intern_text(t, &a, y, n);
			assert_string_equal(px, x);
			assert_string_equal(py, y);
			assert_ptr_equal(sct_intern_text(t, &a, y, n), py);
			sct_intern_free(t);
		}
		sct_intern *t = sct_intern_new();
		const char *p = sct_intern_text(t, &a, x, n);
		memcpy(y, x, n + 1);
		assert_ptr_equal(sct_intern_text(t, &a, y, n), p);
		sct_intern_free(t);
	}
	sct_arena_release(&a);
}

/* The integer prefix of a NUMBER token's text is what strtol(s, NULL, 10) reads. */
static void leading_int_matches_strtol(void **state)
{
	(void)state;
	static const char *const nums[] = {"0", "7", "50", "4000", "2147483647", "2147483648", "4294967296",
					   "9223372036854775807", "9223372036854775808", "99999999999999999999999",
					   "1.5", "12e3", ".5", "$5", "$-3.25", "0x1f", "007", NULL};
	for (int i = 0; nums[i]; i++)
		assert_int_equal(sct_tsql_leading_int(nums[i]), strtol(nums[i], NULL, 10));
}

/* One bad byte anywhere in long ASCII runs (the 32-byte steps, the 8-byte steps and the tail) is found where it is. */
static void utf8_check_finds_every_position(void **state)
{
	(void)state;
	char buf[101];
	for (size_t n = 1; n <= 100; n++)
		for (size_t pos = 0; pos < n; pos++) {
			memset(buf, 'x', n);
			buf[pos] = (char)0xC3; /* a lead byte without its continuation (or before 'x') */
			assert_int_equal(sct_utf8_check(buf, n), pos);
			buf[pos] = 'x';
			assert_int_equal(sct_utf8_check(buf, n), n);
		}
}

static void batch_depth(const char *s, int depth, int errors)
{
	sct_tsql_batch_lexer lx = {.src = s, .len = strlen(s)};
	assert_true(sct_tsql_tokenize_batch(&lx) > 0);
	assert_int_equal(lx.max_depth, depth);
	assert_int_equal(lx.errors, errors);
	free(lx.v);
}

/* Per batch: the deepest '(' nesting (a ')' too many does not go below 0) and whether a token is an error. */
static void batch_lexer_depth_and_errors(void **state)
{
	(void)state;
	batch_depth("CREATE TABLE t (a int DEFAULT ((1)))", 3, 0);
	batch_depth(")))) SELECT (1)", 1, 0);
	batch_depth("SELECT '(((' /* ((( */ -- (((\n, [(((]", 0, 0);
	batch_depth("SELECT ((1)) ` (2)", 2, 1);
	batch_depth("SELECT 'abc", 0, 1);
	batch_depth("SELECT (1)\nGO\n((((((", 1, 0); /* the next batch does not count */
}

/* A batch without errors and nested deeper than SCT_MAX_DEPTH still rejects only the statement that is. */
static void deep_statement_still_rejected(void **state)
{
	(void)state;
	size_t deep = SCT_MAX_DEPTH + 1, len = 0;
	char *src = malloc(2 * deep + 200);
	assert_non_null(src);
	len += (size_t)sprintf(src + len, "CREATE TABLE a (x int);\nCREATE TABLE t (x int DEFAULT ");
	memset(src + len, '(', deep);
	len += deep;
	src[len++] = '1';
	memset(src + len, ')', deep);
	len += deep;
	len += (size_t)sprintf(src + len, ");\nCREATE TABLE b (x int)");
	sct_arena a;
	sct_arena_init(&a);
	sct_list out = {0};
	sct_parse_tsql(&a, src, len, 0, &out, NULL);
	assert_int_equal(out.n, 3);
	assert_int_equal(((sct_stmt *)out.items[0])->kind, SCT_STMT_TABLE);
	assert_int_equal(((sct_stmt *)out.items[1])->kind, SCT_STMT_UNPARSED);
	assert_non_null(strstr(((sct_stmt *)out.items[1])->error, "nesting too deep"));
	assert_int_equal(((sct_stmt *)out.items[2])->kind, SCT_STMT_TABLE);
	sct_arena_release(&a);
	free(src);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(intern_compares_every_byte),
		cmocka_unit_test(leading_int_matches_strtol),
		cmocka_unit_test(utf8_check_finds_every_position),
		cmocka_unit_test(batch_lexer_depth_and_errors),
		cmocka_unit_test(deep_statement_still_rejected),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
