/* test_robust.c - the helpers behind the robustness and speed work: UTF-8 validation, the one-pass
 * sct_arena_printf (and that a format that did not fit leaves the arena zeroed), odd-length UTF-16 input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdint.h>
#include <string.h>
#include "parse/input.h"
#include "util/arena.h"
#include "util/utf8.h"

static void utf8_valid_and_invalid(void **state)
{
	(void)state;
	const char ok[] = "plain ascii, caf\xc3\xa9, \xe2\x82\xac, \xf0\x9f\x98\x80 and more ascii after it";
	assert_int_equal(sct_utf8_check(ok, sizeof ok - 1), sizeof ok - 1);
	assert_int_equal(sct_utf8_check("caf\xe9!", 5), 3);                 /* Latin-1 byte */
	assert_int_equal(sct_utf8_check("abcdefghij\xc3", 11), 10);         /* truncated sequence */
	assert_int_equal(sct_utf8_check("\xc0\xaf", 2), 0);                 /* overlong */
	assert_int_equal(sct_utf8_check("12345678\xed\xa0\x80", 11), 8);    /* surrogate */
	assert_int_equal(sct_utf8_check("\xf4\x90\x80\x80", 4), 0);         /* above U+10FFFF */
	assert_int_equal(sct_utf8_seq((const unsigned char *)"\xe2\x82\xac", 3), 3);
	assert_int_equal(sct_utf8_seq((const unsigned char *)"\xe2\x82", 2), 0);
	assert_int_equal(sct_utf8_seq((const unsigned char *)"\x80", 1), 0);
}

static void arena_printf_one_pass_and_overflow(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	char *s = sct_arena_printf(&a, "%s-%d", "abc", 42);
	assert_string_equal(s, "abc-42");
	assert_int_equal((uintptr_t)s % 8, 0);
	/* fill the block to a few bytes from its end, then format something longer than what is left */
	size_t room = (size_t)(a.end - a.cur);
	(void)sct_arena_alloc(&a, room - 16);
	char big[200];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = 0;
	unsigned char *tail = (unsigned char *)a.cur;
	char *t = sct_arena_printf(&a, "%s", big);
	assert_int_equal(strlen(t), sizeof big - 1);
	assert_ptr_not_equal(t, (char *)tail); /* did not fit: formatted again in a new block */
	/* the 16 bytes the first attempt wrote into are zero again (arena memory is always zeroed) */
	for (int i = 0; i < 16; i++)
		assert_int_equal(tail[i], 0);
	unsigned char *z = sct_arena_alloc(&a, 8);
	for (int i = 0; i < 8; i++)
		assert_int_equal(z[i], 0);
	char *u = sct_arena_printf(&a, "%d", 7);
	assert_string_equal(u, "7");
	sct_arena_release(&a);
}

static void utf16_odd_length_keeps_the_byte(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	const char in[] = {(char)0xFF, (char)0xFE, 'A', 0, 'B', 0, 'x'};
	size_t n;
	const char *enc;
	const char *out = sct_input_decode(&a, in, sizeof in, &n, &enc);
	assert_string_equal(enc, "UTF-16LE");
	assert_int_equal(n, 5);
	assert_memory_equal(out, "AB\xef\xbf\xbd", 5); /* the odd byte becomes U+FFFD, which the parser reports */
	sct_arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(utf8_valid_and_invalid),
		cmocka_unit_test(arena_printf_one_pass_and_overflow),
		cmocka_unit_test(utf16_odd_length_keeps_the_byte),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
