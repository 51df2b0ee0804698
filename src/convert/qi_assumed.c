/* qi_assumed.c - the report item (N006) for a T-SQL script whose first "..." comes before any SET
 * QUOTED_IDENTIFIER of its own: the parser read it as a quoted name (ON, as SSMS and the ODBC and OLE DB drivers
 * connect), but sqlcmd without -I connects with QUOTED_IDENTIFIER OFF and reads it as a string literal. */
#include "convert.h"
#include "util/utf8.h"
#include <string.h>

/* The "..." token at src[at] as written, for a message: up to its closing quote ("" inside is an escaped one),
 * cut with "..." at a line end, at a byte that is not UTF-8 or after about 60 bytes. */
static size_t quoted_text(const char *src, size_t len, size_t at, char *buf, size_t cap)
{
	size_t i = at + 1, n = 0;
	buf[n++] = '"';
	while (i < len && n + 8 < cap) {
		const unsigned char *p = (const unsigned char *)src + i;
		if (*p == '"') {
			if (i + 1 < len && p[1] == '"') {
				buf[n++] = '"';
				buf[n++] = '"';
				i += 2;
				continue;
			}
			buf[n++] = '"';
			buf[n] = 0;
			return n;
		}
		size_t k = sct_utf8_seq(p, len - i);
		if (!k || *p == '\n' || *p == '\r' || n + k + 8 >= cap)
			break;
		memcpy(buf + n, p, k);
		n += k;
		i += k;
	}
	memcpy(buf + n, "...", 4);
	return n + 3;
}

void sct_conv_qi_assumed(sct_report *rep, int file, size_t at)
{
	if (file < 0 || file >= rep->nfiles || at >= rep->files[file].len)
		return;
	const sct_report_file *f = &rep->files[file];
	char name[72];
	quoted_text(f->src, f->len, at, name, sizeof name);
	sct_report_addf(rep, "N006", file, (sct_loc)at, "", "script",
			"%s read as a quoted name, as are the script's later \"...\" up to a SET QUOTED_IDENTIFIER: the "
			"script does not set it before, so ON is assumed (SSMS and the ODBC and OLE DB drivers connect with "
			"ON); run by sqlcmd without -I (OFF) they would be string literals", name);
}
