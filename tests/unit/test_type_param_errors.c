/* test_type_param_errors.c - the syntax error for a qualified name where a type parameter belongs
 * (decimal(x.y, 2), xml(x.y z)) names the tokens the parser expected there exactly as before the grammar
 * reading a part after '.' straight from its token (IDENT, QIDENT or an unreserved keyword): '.', at the place
 * of the token that does not fit; xml(schema.collection) in all three spellings still parses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdint.h>
#include <string.h>
#include "parse/parse.h"

/* The one statement of src: its kind, and its error and where it is when it did not parse. */
static const sct_stmt *parse_one(sct_arena *a, const char *src)
{
	sct_list out = {0};
	sct_parse_tsql(a, src, strlen(src), 0, &out, NULL);
	assert_int_equal(out.n, 1);
	return out.items[0];
}

static void expect_error(const char *src, const char *message, const char *at)
{
	sct_arena a;
	sct_arena_init(&a);
	const sct_stmt *s = parse_one(&a, src);
	assert_int_equal(s->kind, SCT_STMT_UNPARSED);
	assert_string_equal(s->error, message);
	assert_int_equal(s->error_loc, (uint32_t)(strstr(src, at) - src));
	sct_arena_release(&a);
}

static void qualified_name_in_type_parameters(void **state)
{
	(void)state;
	expect_error("CREATE TABLE t (a decimal(x.y, 2))", "syntax error at ',', expected '.'", ", 2)");
	expect_error("CREATE TABLE t (a decimal(x.[y], 2))", "syntax error at ',', expected '.'", ", 2)");
	expect_error("CREATE TABLE t (a decimal(x.type, 2))", "syntax error at ',', expected '.'", ", 2)");
	expect_error("CREATE TABLE t (a xml(x.y z))", "syntax error at 'z', expected '.'", "z))");
	expect_error("CREATE TABLE t (a xml(CONTENT x.y, 1))", "syntax error at ',', expected ')' or '.'", ", 1)");
}

static void xml_schema_collection_parses(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	const sct_stmt *s = parse_one(&a, "CREATE TABLE t (a xml(x.y), b xml(x.[y]), c xml(x.type), d xml(CONTENT x.y))");
	assert_int_equal(s->kind, SCT_STMT_TABLE);
	assert_int_equal(s->u.table->columns.n, 4);
	sct_arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(qualified_name_in_type_parameters),
		cmocka_unit_test(xml_schema_collection_parses),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
