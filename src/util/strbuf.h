/* strbuf.h - growable byte buffer (malloc-backed) for output text. */
#ifndef SCT_STRBUF_H
#define SCT_STRBUF_H
#include <stddef.h>
#include <string.h>

typedef struct sct_buf {
	char *data;
	size_t len, cap;
} sct_buf;

void sct_buf_init(sct_buf *b);
void sct_buf_free(sct_buf *b);
void sct_buf_grow(sct_buf *b, size_t extra); /* makes room for extra bytes and the NUL */
void sct_buf_int(sct_buf *b, int v); /* decimal, without printf (report writers put a million of them) */
#define SCT_BUF_LIT(b, s) sct_buf_put((b), (s), sizeof(s) - 1) /* a string literal, its length known */

/* Inline: called for every byte and word of the output; only growing goes out of line. */
static inline void sct_buf_reserve(sct_buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
		sct_buf_grow(b, extra);
}

static inline void sct_buf_putc(sct_buf *b, char c)
{
	sct_buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = 0;
}

/* Inline too: most calls put a string literal, whose length and copy the compiler then works out. */
static inline void sct_buf_put(sct_buf *b, const char *s, size_t n)
{
	sct_buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = 0;
}

static inline void sct_buf_puts(sct_buf *b, const char *s)
{
	sct_buf_put(b, s, strlen(s));
}
void sct_buf_printf(sct_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sct_buf_detach(sct_buf *b, size_t *len); /* NUL-terminated; caller frees */
#endif
