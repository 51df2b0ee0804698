/* strbuf.c - growable byte buffer, always NUL-terminated after the first write. */
#include "strbuf.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sct_buf_init(sct_buf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
}

void sct_buf_free(sct_buf *b)
{
	free(b->data);
	sct_buf_init(b);
}

void sct_buf_grow(sct_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1)
		cap *= 2;
	char *d = realloc(b->data, cap);
	if (!d) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	b->data = d;
	b->cap = cap;
}

void sct_buf_int(sct_buf *b, int v)
{
	char t[12], *p = t + sizeof t;
	unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	sct_buf_put(b, p, (size_t)(t + sizeof t - p));
}

void sct_buf_printf(sct_buf *b, const char *fmt, ...)
{
	/* one pass: format into the free room; only when it does not fit, grow and format again */
	size_t room = b->cap > b->len ? b->cap - b->len : 0;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n <= 0) {
		if (room)
			b->data[b->len] = 0; /* vsnprintf wrote only the NUL, where it already was */
		return;
	}
	if ((size_t)n >= room) {
		sct_buf_reserve(b, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
}

char *sct_buf_detach(sct_buf *b, size_t *len)
{
	if (!b->data)
		sct_buf_put(b, "", 0);
	char *d = b->data;
	if (len)
		*len = b->len;
	sct_buf_init(b);
	return d;
}
