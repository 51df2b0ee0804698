/* helpers.c - the helper functions of schema sctconv_ext (helpers.h): their SQL, what each needs, and the
 * record of which ones the converted code uses. Plain PostgreSQL (no extension), LANGUAGE sql, IMMUTABLE
 * STRICT PARALLEL SAFE; CREATE OR REPLACE so that several outputs can be loaded into one database. */
#include "helpers.h"
#include "util/list.h"
#include "util/strbuf.h"
#include <string.h>

typedef struct sct_helper {
	const char *name;
	const char *needs[3];   /* helpers it calls, emitted before it */
	const char *what;       /* for the H001 item */
	const char *sql;
} sct_helper;

#define FN "CREATE OR REPLACE FUNCTION " SCT_HELPER_SCHEMA "."
#define PURE " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$\n"

static const sct_helper helpers[] = {
	{SCT_HELPER_SCHEMA, {NULL}, NULL, "CREATE SCHEMA IF NOT EXISTS " SCT_HELPER_SCHEMA},
	/* OGC Well-Known Binary (what SQL Server's STAsBinary() gives, stored in a bytea column): byte 0 is the
	 * byte order (1 little endian, 0 big endian), then a 4-byte geometry type, then 8-byte IEEE 754 doubles. */
	{"wkb_uint", {SCT_HELPER_SCHEMA}, "the n-byte unsigned integer at byte pos of a WKB value, in its byte order",
	 FN "wkb_uint(w bytea, pos integer, n integer) RETURNS bigint" PURE
	 "SELECT bit_or(get_byte(w, pos + i)::bigint << (8 * CASE WHEN get_byte(w, 0) = 1 THEN i ELSE n - 1 - i END))\n"
	 "FROM generate_series(0, n - 1) AS i\n$$"},
	/* sign * 1.mantissa * 2^(exponent - 1023), subnormals 0.mantissa * 2^-1022: exact in float8 (every step
	 * is a power of two or a value below 2^53); infinities and NaN as such */
	{"wkb_float8", {"wkb_uint"}, "the IEEE 754 double at byte pos of a WKB value, in its byte order",
	 FN "wkb_float8(w bytea, pos integer) RETURNS double precision" PURE
	 "SELECT CASE WHEN e = 2047 THEN CASE WHEN m = 0 THEN s * 'Infinity'::float8 ELSE 'NaN'::float8 END\n"
	 "            WHEN e = 0 THEN s * (m::float8 / 4503599627370496::float8 * 2::float8 ^ -1022)\n"
	 "            ELSE s * ((m + 4503599627370496)::float8 / 4503599627370496::float8 * 2::float8 ^ (e - 1023)) END\n"
	 "FROM (SELECT CASE WHEN b < 0 THEN -1::float8 ELSE 1::float8 END AS s, (b >> 52) & 2047 AS e,\n"
	 "             b & 4503599627370495 AS m\n"
	 "      FROM (SELECT " SCT_HELPER_SCHEMA ".wkb_uint(w, pos, 8) AS b) AS r) AS f\n$$"},
	/* coordinate k (0 X, 1 Y) of a WKB point: OGC type 1, ISO 1001/2001/3001 (Z, M, ZM: X and Y come first),
	 * PostGIS EWKB flags (Z 0x80000000, M 0x40000000, SRID 0x20000000: 4 bytes of SRID before X); NULL for
	 * another type, an empty point (NaN coordinates), a bad byte order or a value too short for X and Y */
	{"wkb_point_coord", {"wkb_float8"}, "coordinate k (0 X, 1 Y) of a WKB point, NULL when not a point",
	 FN "wkb_point_coord(w bytea, k integer) RETURNS double precision" PURE
	 "SELECT CASE WHEN v = 'NaN'::float8 THEN NULL ELSE v END\n"
	 "FROM (SELECT CASE WHEN length(w) >= o + 16 THEN " SCT_HELPER_SCHEMA ".wkb_float8(w, o + 8 * k) END AS v\n"
	 "      FROM (SELECT CASE WHEN t IS NULL OR (t & 268435455) % 1000 <> 1 THEN NULL\n"
	 "                        WHEN t & 536870912 <> 0 THEN 9 ELSE 5 END AS o\n"
	 "            FROM (SELECT CASE WHEN length(w) < 21 OR k NOT IN (0, 1) THEN NULL\n"
	 "                              WHEN get_byte(w, 0) NOT IN (0, 1) THEN NULL\n"
	 "                              ELSE " SCT_HELPER_SCHEMA ".wkb_uint(w, 1, 4) END AS t) AS h) AS p) AS c\n$$"},
	{"wkb_point_x", {"wkb_point_coord"}, "X (longitude for geography) of a WKB point, NULL when not a point",
	 FN "wkb_point_x(w bytea) RETURNS double precision" PURE
	 "SELECT " SCT_HELPER_SCHEMA ".wkb_point_coord(w, 0)\n$$"},
	{"wkb_point_y", {"wkb_point_coord"}, "Y (latitude for geography) of a WKB point, NULL when not a point",
	 FN "wkb_point_y(w bytea) RETURNS double precision" PURE
	 "SELECT " SCT_HELPER_SCHEMA ".wkb_point_coord(w, 1)\n$$"},
};
#define NHELPERS ((int)(sizeof helpers / sizeof helpers[0]))

static const sct_helper *find(const char *name)
{
	for (int i = 0; i < NHELPERS; i++)
		if (!strcmp(helpers[i].name, name))
			return &helpers[i];
	return NULL;
}

static int used(const sct_conv *cv, const sct_helper *h)
{
	for (int i = 0; i < cv->helpers.n; i++)
		if (cv->helpers.items[i] == h)
			return 1;
	return 0;
}

/* h after everything it needs (depth bounded by the table: no cycles in it) */
static void add(sct_conv *cv, const sct_helper *h)
{
	if (!h || used(cv, h))
		return;
	for (int i = 0; i < 3 && h->needs[i]; i++)
		add(cv, find(h->needs[i]));
	sct_list_push(cv->a, &cv->helpers, (void *)h);
}

const char *sct_helper_use(sct_conv *cv, const char *name, sct_loc loc)
{
	const sct_helper *h = find(name);
	if (!h || !h->what)
		return NULL;
	if (!used(cv, h)) {
		int before = cv->helpers.n;
		add(cv, h);
		sct_buf names;
		sct_buf_init(&names);
		for (int i = before; i < cv->helpers.n - 1; i++) {
			const sct_helper *d = cv->helpers.items[i];
			if (d->what)
				sct_buf_printf(&names, "%s%s.%s", names.len ? ", " : "", SCT_HELPER_SCHEMA, d->name);
		}
		sct_conv_itemf(cv, "H001", loc, "helper function %s.%s created in the output: %s%s%s%s", SCT_HELPER_SCHEMA,
			       h->name, h->what, names.len ? " (with " : "", names.len ? names.data : "", names.len ? ")" : "");
		sct_buf_free(&names);
	}
	return sct_arena_printf(cv->a, "%s.%s", SCT_HELPER_SCHEMA, h->name);
}

int sct_helper_count(const sct_conv *cv)
{
	return cv->helpers.n;
}

const char *sct_helper_sql(const sct_conv *cv, int i)
{
	return i >= 0 && i < cv->helpers.n ? ((const sct_helper *)cv->helpers.items[i])->sql : NULL;
}
