/* test_util.c - arena, lists, string buffer, hash map, line map and input decoding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parse/input.h"
#include "parse/nodes.h"
#include "util/arena.h"
#include "util/hash.h"
#include "util/intern.h"
#include "util/linemap.h"
#include "util/list.h"
#include "util/strbuf.h"

static void arena_alloc_is_zeroed_and_aligned(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	for (int i = 1; i < 5000; i++) {
		unsigned char *p = sct_arena_alloc(&a, (size_t)(i % 97) + 1);
		assert_int_equal((uintptr_t)p % 8, 0);
		for (int j = 0; j < i % 97 + 1; j++)
			assert_int_equal(p[j], 0);
		memset(p, 0xAB, (size_t)(i % 97) + 1);
	}
	char *big = sct_arena_alloc(&a, 10u << 20); /* larger than a block */
	big[(10u << 20) - 1] = 1;
	assert_string_equal(sct_arena_printf(&a, "%s-%d", "x", 42), "x-42");
	assert_string_equal(sct_arena_lower(&a, "AbC"), "abc");
	assert_string_equal(sct_arena_strndup(&a, "hello", 3), "hel");
	sct_arena_release(&a);
	assert_null(a.head);
}

static void list_grows(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_list l = {0};
	for (intptr_t i = 0; i < 1000; i++)
		sct_list_push(&a, &l, (void *)i);
	assert_int_equal(l.n, 1000);
	for (intptr_t i = 0; i < 1000; i++)
		assert_int_equal((intptr_t)l.items[i], i);
	sct_arena_release(&a);
}

static void buf_appends(void **state)
{
	(void)state;
	sct_buf b;
	sct_buf_init(&b);
	sct_buf_puts(&b, "abc");
	sct_buf_putc(&b, '-');
	sct_buf_printf(&b, "%05d", 42);
	for (int i = 0; i < 1000; i++)
		sct_buf_put(&b, "xy", 2);
	assert_int_equal(b.len, 3 + 1 + 5 + 2000);
	assert_memory_equal(b.data, "abc-00042xy", 11);
	size_t len;
	char *d = sct_buf_detach(&b, &len);
	assert_int_equal(len, 2009);
	assert_int_equal(d[len], 0);
	free(d);
}

static void hash_puts_and_gets(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_hash h;
	sct_hash_init(&h, &a);
	assert_null(sct_hash_get(&h, "x"));
	for (intptr_t i = 0; i < 2000; i++)
		sct_hash_put(&h, sct_arena_printf(&a, "key%ld", (long)i), (void *)(i + 1));
	for (intptr_t i = 0; i < 2000; i++) {
		char k[32];
		snprintf(k, sizeof k, "key%ld", (long)i);
		assert_int_equal((intptr_t)sct_hash_get(&h, k), i + 1);
	}
	sct_hash_put(&h, "key7", (void *)99);
	assert_int_equal((intptr_t)sct_hash_get(&h, "key7"), 99);
	assert_int_equal(h.n, 2000);
	assert_null(sct_hash_get(&h, "key2000"));
	sct_arena_release(&a);
}

/* A table that doubled many times finds every key, and the arena keeps only its current arrays (a big table's
 * old ones are given back when it grows: regrow in hash.c). */
static void hash_regrows_keep_keys_and_free_old_tables(void **state)
{
	(void)state;
	enum { N = 100000 };
	char *keys = malloc((size_t)N * 16); /* outside the arena: its total is then the table alone */
	assert_non_null(keys);
	sct_arena a;
	sct_arena_init(&a);
	sct_hash h;
	sct_hash_init(&h, &a);
	for (int i = 0; i < N; i++) {
		snprintf(keys + i * 16, 16, "k%d", i);
		sct_hash_put(&h, keys + i * 16, (void *)(intptr_t)(i + 1));
	}
	assert_int_equal(h.n, N);
	assert_int_equal(h.cap, 262144); /* 17 regrows from 64 */
	for (int i = 0; i < N; i++) {
		char k[16];
		snprintf(k, sizeof k, "k%d", i);
		assert_int_equal((intptr_t)sct_hash_get(&h, k), i + 1);
	}
	for (int i = 0; i < N; i += 7)
		sct_hash_put(&h, keys + i * 16, (void *)(intptr_t)-i);
	assert_int_equal(h.n, N);
	assert_int_equal((intptr_t)sct_hash_get(&h, "k700"), -700);
	assert_int_equal((intptr_t)sct_hash_get(&h, "k701"), 702);
	assert_null(sct_hash_get(&h, "k100000"));
	size_t table = (sizeof *h.tags + sizeof(sct_hash_entry)) * h.cap;
	assert_true(a.total < table + table / 4); /* abandoned tables would double it */
	sct_arena_release(&a);
	free(keys);
}

/* A tag is a byte of the key's hash: a table of 40 000 keys has many keys of one tag next to each other, told
 * apart by their texts; the tags take a byte a slot (the size that keeps a big table's tags in cache). */
static void hash_byte_tags_tell_keys_apart(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_hash h;
	sct_hash_init(&h, &a);
	enum { N = 40000 };
	for (intptr_t i = 0; i < N; i++)
		sct_hash_put(&h, sct_arena_printf(&a, "dbo.t%ld", (long)i), (void *)(i + 1));
	assert_int_equal(sizeof *h.tags, 1);
	assert_int_equal(h.n, N);
	size_t same_tag_neighbours = 0;
	for (size_t i = 0; i + 1 < h.cap; i++)
		same_tag_neighbours += h.tags[i] && h.tags[i] == h.tags[i + 1];
	assert_true(same_tag_neighbours > 0);
	for (intptr_t i = 0; i < N; i++) {
		char k[32];
		snprintf(k, sizeof k, "dbo.t%ld", (long)i);
		assert_int_equal((intptr_t)sct_hash_get(&h, k), i + 1);
		snprintf(k, sizeof k, "dbo.u%ld", (long)i);
		assert_null(sct_hash_get(&h, k));
	}
	sct_arena_release(&a);
}

/* A qualified name of 1 to 4 parts (and more: the rightmost 4) keeps each part in its place; only a name with a
 * catalog or server has the side part (sct_qname.more). */
static void qname_parts_round_trip(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_ident part[5];
	const char *text[5] = {"extra", "srv", "db", "sch", "obj"};
	for (int i = 0; i < 5; i++)
		part[i] = (sct_ident){.s = text[i], .loc = (sct_loc)(10 * i + 1), .quoted = (unsigned char)(i & 1)};
	for (int n = 1; n <= 5; n++) {
		const sct_ident *p = part + 5 - n; /* the rightmost n parts */
		sct_qname *q = sct_new_qname(&a, p, n, 7);
		assert_int_equal(q->loc, 7);
		assert_string_equal(q->name.s, "obj");
		assert_int_equal(q->name.loc, 41);
		assert_int_equal(q->name.quoted, 0);
		if (n >= 2) {
			assert_string_equal(q->schema.s, "sch");
			assert_int_equal(q->schema.loc, 31);
			assert_int_equal(q->schema.quoted, 1);
		} else {
			assert_null(q->schema.s);
		}
		if (n >= 3) {
			assert_string_equal(sct_qname_catalog(q)->s, "db");
			assert_int_equal(sct_qname_catalog(q)->loc, 21);
		} else {
			assert_null(sct_qname_catalog(q)->s);
		}
		if (n >= 4) {
			assert_string_equal(sct_qname_server(q)->s, "srv");
			assert_int_equal(sct_qname_server(q)->quoted, 1);
		} else {
			assert_null(sct_qname_server(q)->s);
		}
		if (n <= 2)
			assert_null(q->more);
		else
			assert_non_null(q->more);
	}
	sct_arena_release(&a);
}

static void linemap_handles_lf_crlf_cr(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	const char *src = "ab\ncd\r\nef\rgh";
	sct_linemap m;
	sct_linemap_build(&m, &a, src, strlen(src));
	int line, col;
	sct_linemap_find(&m, 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	sct_linemap_find(&m, 4, &line, &col); /* 'd' */
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	sct_linemap_find(&m, 7, &line, &col); /* 'e' */
	assert_int_equal(line, 3);
	assert_int_equal(col, 1);
	sct_linemap_find(&m, 11, &line, &col); /* 'h' after lone CR */
	assert_int_equal(line, 4);
	assert_int_equal(col, 2);
	sct_arena_release(&a);
}

static void input_utf8_bom_kept_as_spaces(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	const char in[] = "\xEF\xBB\xBFSELECT";
	size_t len;
	const char *enc;
	const char *out = sct_input_decode(&a, in, sizeof in - 1, &len, &enc);
	assert_string_equal(enc, "UTF-8");
	assert_int_equal(len, 9);
	assert_string_equal(out, "   SELECT");
	sct_arena_release(&a);
}

static void input_utf16_le_and_be(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	const char le[] = {(char)0xFF, (char)0xFE, 'G', 0, 'O', 0, (char)0xE9, 0, 0x3D, (char)0xD8, 0x00, (char)0xDE};
	size_t len;
	const char *enc;
	const char *out = sct_input_decode(&a, le, sizeof le, &len, &enc);
	assert_string_equal(enc, "UTF-16LE");
	assert_string_equal(out, "GO\xC3\xA9\xF0\x9F\x98\x80");
	const char be[] = {(char)0xFE, (char)0xFF, 0, 'G', 0, 'O'};
	out = sct_input_decode(&a, be, sizeof be, &len, &enc);
	assert_string_equal(enc, "UTF-16BE");
	assert_string_equal(out, "GO");
	assert_int_equal(len, 2);
	sct_arena_release(&a);
}

/* The LF-only fast path (memchr) and the general one give the same line table. */
static void linemap_lf_fast_path_matches(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	const char *lf = "a\n\nbc\nd", *cr = "a\n\nbc\nd\r"; /* the trailing CR forces the general path */
	sct_linemap m1, m2;
	sct_linemap_build(&m1, &a, lf, strlen(lf));
	sct_linemap_build(&m2, &a, cr, strlen(cr));
	assert_int_equal(m1.nlines, 4);
	assert_int_equal(m2.nlines, 5);
	for (uint32_t i = 0; i < m1.nlines; i++)
		assert_int_equal(m1.starts[i], m2.starts[i]);
	sct_linemap m3;
	sct_linemap_build(&m3, &a, "", 0);
	assert_int_equal(m3.nlines, 1);
	sct_arena_release(&a);
}

static void arena_join_and_extend(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	assert_string_equal(sct_arena_join(&a, "dbo", ".", "t"), "dbo.t");
	assert_string_equal(sct_arena_join(&a, "", ", ", ""), ", ");
	char *p = sct_arena_alloc(&a, 16);
	assert_int_equal(sct_arena_extend(&a, p, 16, 40), 1); /* the last allocation grows in place */
	for (int i = 16; i < 40; i++)
		assert_int_equal(p[i], 0);
	char *q = sct_arena_alloc(&a, 8);
	assert_ptr_equal(q, p + 40);
	assert_int_equal(sct_arena_extend(&a, p, 40, 80), 0); /* not the last one any more */
	sct_list l = {0};
	for (intptr_t i = 0; i < 100; i++)
		sct_list_push(&a, &l, (void *)(i + 1));
	for (intptr_t i = 0; i < 100; i++)
		assert_ptr_equal(l.items[i], (void *)(i + 1));
	sct_arena_release(&a);
}

/* Lists grow in the arena's array region: the list grown last grows in place although nodes were allocated in
 * between; a list that has to move leaves its old items where they were (a copy made earlier still reads them). */
static void arena_grow_array_in_place(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_list cols = {0};
	sct_list_push(&a, &cols, (void *)1);
	sct_list_push(&a, &cols, (void *)2); /* the first item comes with the nodes; from the second on: array region */
	void **first = cols.items;
	for (intptr_t i = 3; i <= 64; i++) {
		char *node = sct_arena_alloc(&a, 120); /* a column node between two pushes */
		assert_int_equal(node[0], 0);
		sct_list_push(&a, &cols, (void *)i);
	}
	assert_ptr_equal(cols.items, first); /* never moved */
	for (intptr_t i = 0; i < 64; i++)
		assert_ptr_equal(cols.items[i], (void *)(i + 1));
	sct_list copy = cols;             /* full: the next push moves cols */
	sct_list other = {0};
	sct_list_push(&a, &other, (void *)99);
	sct_list_push(&a, &other, (void *)98); /* another array grown after cols */
	sct_list_push(&a, &cols, (void *)65);
	assert_ptr_not_equal(cols.items, first);
	for (intptr_t i = 0; i < 64; i++) {
		assert_ptr_equal(copy.items[i], (void *)(i + 1));
		assert_ptr_equal(cols.items[i], (void *)(i + 1));
	}
	assert_ptr_equal(cols.items[64], (void *)65);
	for (int i = 65; i < cols.cap; i++)
		assert_null(cols.items[i]);  /* the new part is zero */
	assert_ptr_equal(other.items[0], (void *)99);
	char *big = sct_arena_grow_array(&a, NULL, 0, 100000); /* larger than a chunk of the array region */
	for (int i = 0; i < 100000; i++)
		assert_int_equal(big[i], 0);
	/* a big list (a file's statements) grows in its own block: in place while there is room, then it moves
	 * and leaves its old items where they were */
	sct_list stmts = {0};
	void **at = NULL;
	sct_list before = {0};
	for (intptr_t i = 0; i < 300000; i++) {
		if (stmts.cap == 8192 && stmts.n == 8192)
			at = stmts.items;
		if (stmts.cap == 65536 && stmts.n == 65536) {
			assert_ptr_equal(stmts.items, at); /* grew in place from 8192 to 65536 items */
			before = stmts;
		}
		sct_arena_alloc(&a, 40); /* the statement node */
		sct_list_push(&a, &stmts, (void *)(i + 1));
	}
	assert_int_equal(stmts.n, 300000);
	assert_int_equal(before.n, 65536);
	assert_ptr_not_equal(stmts.items, at);
	for (intptr_t i = 0; i < 300000; i++)
		assert_ptr_equal(stmts.items[i], (void *)(i + 1));
	for (intptr_t i = 0; i < 65536; i++)
		assert_ptr_equal(before.items[i], (void *)(i + 1));
	for (int i = 300000; i < stmts.cap; i++)
		assert_null(stmts.items[i]);
	sct_arena_release(&a);
}

/* Texts are packed without padding at the top of the block; nodes and arrays stay 8-byte aligned around them, and
 * sct_arena_printf never runs past the texts when the room left is not a multiple of 8. */
static void arena_texts_pack_unaligned(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	char *s1 = sct_arena_strndup(&a, "abcdef", 3);
	char *s2 = sct_arena_join(&a, "d", "", "e");
	assert_string_equal(s1, "abc");
	assert_string_equal(s2, "de");
	assert_ptr_equal(s2 + 3, s1); /* no padding between them */
	sct_list l = {0};
	for (intptr_t i = 1; i <= 3; i++)
		sct_list_push(&a, &l, (void *)i);
	assert_int_equal((uintptr_t)l.items % 8, 0);
	assert_int_equal((uintptr_t)sct_arena_alloc(&a, 5) % 8, 0);
	char *s3 = sct_arena_strdup(&a, "x"); /* below the array chunk: the free room ends unaligned again */
	size_t room = (size_t)(a.end - a.cur);
	assert_int_not_equal(room % 8, 0);
	(void)sct_arena_alloc(&a, (room & ~(size_t)7) - 8); /* leave 8 + (room % 8) bytes */
	char *t = sct_arena_printf(&a, "%s", "12345678"); /* fits with its NUL, but not rounded up to 16 */
	assert_string_equal(t, "12345678");
	assert_true(a.cur <= a.end);
	assert_string_equal(s1, "abc");
	assert_string_equal(s2, "de");
	assert_string_equal(s3, "x");
	sct_arena_release(&a);
}

/* A copy of a full big list (its own block) and the list itself both grow: the one grown second moves, as in the
 * array region; it must not grow in place over the items the first one appended. */
static void arena_big_list_copy_grows_apart(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_list l = {0};
	for (intptr_t i = 0; i < 8192; i++) /* 64 KB of pointers: a big array */
		sct_list_push(&a, &l, (void *)(i + 1));
	assert_int_equal(l.n, l.cap);
	sct_list copy = l;
	sct_list_push(&a, &l, (void *)-1);    /* grows in place in its block */
	sct_list_push(&a, &copy, (void *)-2); /* p is still the block's array, but it has grown since: copy moves */
	assert_ptr_not_equal(copy.items, l.items);
	assert_ptr_equal(l.items[8192], (void *)-1);
	assert_ptr_equal(copy.items[8192], (void *)-2);
	for (intptr_t i = 0; i < 8192; i++) {
		assert_ptr_equal(l.items[i], (void *)(i + 1));
		assert_ptr_equal(copy.items[i], (void *)(i + 1));
	}
	for (int i = 8193; i < copy.cap; i++)
		assert_null(copy.items[i]); /* the new part is zero */
	sct_arena_release(&a);
}

/* A buffer read from a file is used in place when it is UTF-8; UTF-16 is left to sct_input_decode. */
static void input_adopt_in_place(void **state)
{
	(void)state;
	char bom[] = "\xEF\xBB\xBFGO";
	size_t len;
	const char *enc;
	assert_ptr_equal(sct_input_adopt(bom, sizeof bom - 1, &len, &enc), bom);
	assert_string_equal(bom, "   GO");
	assert_int_equal(len, 5);
	char le[] = {(char)0xFF, (char)0xFE, 'G', 0, 0};
	assert_null(sct_input_adopt(le, 4, &len, &enc));
}

static void intern_shares_equal_texts(void **state)
{
	(void)state;
	sct_arena a;
	sct_arena_init(&a);
	sct_intern *t = sct_intern_new();
	const char *x = sct_intern_text(t, &a, "Col1xyz", 4), *y = sct_intern_text(t, &a, "Col1", 4);
	assert_ptr_equal(x, y);
	assert_string_equal(x, "Col1");
	assert_ptr_not_equal(x, sct_intern_text(t, &a, "col1", 4));
	assert_string_equal(sct_intern_text(t, &a, "", 0), "");
	char buf[16];
	int shared = 0;
	for (int i = 0; i < 3 * SCT_INTERN_SLOTS; i++) { /* slots taken over by other texts: still the right text */
		snprintf(buf, sizeof buf, "n%d", i);
		const char *p = sct_intern_text(t, &a, buf, strlen(buf));
		assert_string_equal(p, buf);
		shared += p == sct_intern_text(t, &a, buf, strlen(buf));
	}
	assert_int_equal(shared, 3 * SCT_INTERN_SLOTS);
	sct_intern_free(t);
	sct_arena_release(&a);
}

/* sct_hash_bytes reads only s[0..n) (each text in a malloc'd block of exactly n bytes: ASan sees any read past
 * it), depends on the bytes and not on where they are, and tells apart texts that differ in one byte. */
static void hash_bytes_reads_only_its_bytes(void **state)
{
	(void)state;
	const char *abc = "abcdefghijklmnopqrstuvwxyz";
	char moved[40];
	size_t prev = 0;
	for (size_t n = 0; n <= 24; n++) {
		char *p = malloc(n ? n : 1);
		assert_non_null(p);
		memcpy(p, abc, n);
		size_t h = sct_hash_bytes(p, n);
		for (size_t at = 1; at < 8; at++) {
			memcpy(moved + at, abc, n);
			assert_true(sct_hash_bytes(moved + at, n) == h);
		}
		if (n)
			assert_true(h != prev); /* the prefix one shorter */
		for (size_t i = 0; i < n; i++) {
			p[i] = 'A';
			assert_true(sct_hash_bytes(p, n) != h);
			p[i] = abc[i];
		}
		prev = h;
		free(p);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(arena_alloc_is_zeroed_and_aligned),
		cmocka_unit_test(list_grows),
		cmocka_unit_test(buf_appends),
		cmocka_unit_test(hash_puts_and_gets),
		cmocka_unit_test(hash_regrows_keep_keys_and_free_old_tables),
		cmocka_unit_test(hash_byte_tags_tell_keys_apart),
		cmocka_unit_test(qname_parts_round_trip),
		cmocka_unit_test(linemap_handles_lf_crlf_cr),
		cmocka_unit_test(input_utf8_bom_kept_as_spaces),
		cmocka_unit_test(input_utf16_le_and_be),
		cmocka_unit_test(linemap_lf_fast_path_matches),
		cmocka_unit_test(arena_join_and_extend),
		cmocka_unit_test(arena_grow_array_in_place),
		cmocka_unit_test(arena_texts_pack_unaligned),
		cmocka_unit_test(arena_big_list_copy_grows_apart),
		cmocka_unit_test(input_adopt_in_place),
		cmocka_unit_test(intern_shares_equal_texts),
		cmocka_unit_test(hash_bytes_reads_only_its_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
