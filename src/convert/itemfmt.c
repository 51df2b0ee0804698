/* itemfmt.c - report item messages formatted without printf when their format has only %s, %d and %%: every
 * item of a conversion is formatted (tens of thousands on a large schema), and vsnprintf costs about a
 * thousand instructions each. The text is what vsnprintf writes, cut the same way. */
#include "convert.h"
#include <stdarg.h>
#include <string.h>

static size_t put(char *buf, size_t cap, size_t n, const char *s, size_t len)
{
	if (n + 1 < cap)
		memcpy(buf + n, s, len < cap - 1 - n ? len : cap - 1 - n);
	return n + len;
}

int sct_conv_vformat(char *buf, size_t cap, const char *fmt, va_list ap)
{
	size_t n = 0;
	for (const char *p = fmt;;) {
		const char *q = p;
		while (*q && *q != '%') /* the pieces between conversions are short: no call */
			q++;
		if (q > p)
			n = put(buf, cap, n, p, (size_t)(q - p));
		if (!*q)
			break;
		if (q[1] == 's') {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)"; /* as glibc prints it */
			n = put(buf, cap, n, s, strlen(s));
		} else if (q[1] == 'd') {
			int v = va_arg(ap, int);
			unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
			char num[16], *d = num + sizeof num;
			do
				*--d = (char)('0' + u % 10);
			while (u /= 10);
			if (v < 0)
				*--d = '-';
			n = put(buf, cap, n, d, (size_t)(num + sizeof num - d));
		} else if (q[1] == '%') {
			n = put(buf, cap, n, "%", 1);
		} else {
			return -2; /* not ours: vsnprintf */
		}
		p = q + 2;
	}
	if (cap)
		buf[n < cap - 1 ? n : cap - 1] = 0;
	return n > 0x7fffffff ? -1 : (int)n;
}
