/* input.c - input decoding: UTF-8 with or without BOM passes through; UTF-16 LE/BE with BOM (as SSMS writes
 * it) is converted to UTF-8. The result is NUL-terminated and lives in the arena. */
#include "input.h"
#include <string.h>

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

const char *sct_input_decode(sct_arena *a, const char *data, size_t len, size_t *out_len, const char **encoding)
{
	const unsigned char *u = (const unsigned char *)data;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		int le = u[0] == 0xFF;
		*encoding = le ? "UTF-16LE" : "UTF-16BE";
		size_t n = (len - 2) / 2;
		char *o = sct_arena_alloc(a, n * 3 + 4 + 1), *p = o;
		for (size_t i = 0; i < n; i++) {
			unsigned c = le ? (unsigned)(u[2 + 2 * i] | (u[3 + 2 * i] << 8)) : (unsigned)((u[2 + 2 * i] << 8) | u[3 + 2 * i]);
			if (c >= 0xD800 && c < 0xDC00 && i + 1 < n) {
				unsigned d = le ? (unsigned)(u[4 + 2 * i] | (u[5 + 2 * i] << 8)) : (unsigned)((u[4 + 2 * i] << 8) | u[5 + 2 * i]);
				if (d >= 0xDC00 && d < 0xE000) {
					c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
					i++;
				} else {
					c = 0xFFFD;
				}
			} else if (c >= 0xD800 && c < 0xE000) {
				c = 0xFFFD;
			}
			p += put_utf8(p, c);
		}
		if ((len - 2) % 2)
			p += put_utf8(p, 0xFFFD); /* a trailing odd byte is not dropped silently: the parser reports it */
		*p = 0;
		*out_len = (size_t)(p - o);
		return o;
	}
	size_t skip = 0;
	*encoding = "UTF-8";
	/* keep in step with sct_input_adopt */
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		skip = 3;
	/* copy (adds the NUL the lexer needs); a BOM is replaced by spaces so offsets keep their columns */
	char *o = sct_arena_alloc(a, len + 1);
	memcpy(o, data, len);
	for (size_t i = 0; i < skip; i++)
		o[i] = ' ';
	o[len] = 0;
	*out_len = len;
	return o;
}

char *sct_input_adopt(char *data, size_t len, size_t *out_len, const char **encoding)
{
	const unsigned char *u = (const unsigned char *)data;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return NULL; /* UTF-16: converted by sct_input_decode */
	*encoding = "UTF-8";
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		memset(data, ' ', 3); /* as sct_input_decode: offsets keep their columns */
	*out_len = len;
	return data;
}
