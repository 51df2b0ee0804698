/* unit_support.h - scaffolding several unit tests share: a whole file read into memory, and a bare conversion
 * context (arena, report, sct_conv) for driving one stage alone (pgcheck.c, the emitters' sink). Include it after
 * cmocka.h. */
#ifndef SCT_UNIT_SUPPORT_H
#define SCT_UNIT_SUPPORT_H
#include <stdio.h>
#include <string.h>
#include "convert/convert.h"
#include "util/strbuf.h"

/* The file's bytes, NUL-terminated, malloc'd (free it); *len without the NUL. Fails the test when unreadable. */
static inline char *unit_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	sct_buf b;
	sct_buf_init(&b);
	char tmp[4096];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		sct_buf_put(&b, tmp, n);
	fclose(f);
	if (!b.data)
		sct_buf_put(&b, "", 0);
	return sct_buf_detach(&b, len);
}

/* A conversion context with nothing converted: items go to rep, memory to a (both made here; give them back
 * with sct_report_release and sct_arena_release). */
static inline void unit_conv_init(sct_conv *cv, sct_report *rep, sct_arena *a)
{
	sct_arena_init(a);
	memset(rep, 0, sizeof *rep);
	rep->a = a;
	memset(cv, 0, sizeof *cv);
	cv->a = a;
	cv->rep = rep;
	cv->cur_object = "obj";
}
#endif
