/* test_spatial.c - .Lat/.Long/.STX/.STY/.STAsBinary() of geography/geometry columns kept as WKB bytea
 * (src/convert/spatial.c) and the helper functions of schema sctconv_ext (src/convert/helpers.c): emitted
 * only when used, once, after the schemas and before tables and views; refused where the column is not WKB
 * bytea (a PostGIS type from a user rules file, MySQL/MariaDB). The values are checked in PostgreSQL by
 * testdata/mssql/proc_geography.sql. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <pg_query.h>
#include <stdio.h>
#include <string.h>
#include "sctconv.h"

static const char src[] =
	"CREATE TABLE dbo.Town (TownID int PRIMARY KEY, Spot geography NULL, Layout geometry NULL);\nGO\n"
	"CREATE VIEW dbo.TownLat AS SELECT t.TownID, t.Spot.Lat AS Lat, t.Spot.Long AS Lng FROM dbo.Town AS t;\nGO\n"
	"CREATE VIEW dbo.TownXY AS SELECT t.Layout.STX AS X, t.Layout.STY AS Y, t.Spot.STAsBinary() AS W,\n"
	"  t.Spot.Lat AS Lat2 FROM dbo.Town AS t;\nGO\n";

static sct_session *S; /* the result of convert() lives as long as its session: freed by done() */

static sct_result *convert(const char *target, const char *rules, const char *text)
{
	sct_session *s;
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = target;
	assert_int_equal(sct_session_new(&s, &o), SCT_OK);
	if (rules)
		assert_int_equal(sct_session_add_rules_text(s, "mine.rules", rules, strlen(rules)), SCT_OK);
	sct_input in = {"t.sql", text, strlen(text)};
	sct_result *r;
	assert_int_equal(sct_convert(&r, s, &in, 1), SCT_OK);
	S = s;
	return r;
}

static void done(sct_result *r)
{
	sct_result_free(r);
	sct_session_free(S);
	S = NULL;
}

static int count(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static int items(const sct_result *r, const char *code)
{
	size_t n;
	const sct_item *it = sct_result_items(r, &n);
	int k = 0;
	for (size_t i = 0; i < n; i++)
		k += !strcmp(it[i].code, code);
	return k;
}

static void wkb_columns_read_with_helpers_emitted_once_first(void **state)
{
	(void)state;
	sct_result *r = convert("postgres", NULL, src);
	const char *ddl = sct_result_ddl(r, NULL);
	PgQuerySplitResult pr = pg_query_split_with_parser(ddl);
	assert_null(pr.error);
	pg_query_free_split_result(pr);
	assert_non_null(strstr(ddl, "sctconv_ext.wkb_point_y(t.spot) AS lat"));
	assert_non_null(strstr(ddl, "sctconv_ext.wkb_point_x(t.spot) AS lng"));
	assert_non_null(strstr(ddl, "sctconv_ext.wkb_point_x(t.layout) AS x"));
	assert_non_null(strstr(ddl, "sctconv_ext.wkb_point_y(t.layout) AS y"));
	assert_non_null(strstr(ddl, "t.spot AS w"));
	assert_int_equal(count(ddl, "CREATE SCHEMA IF NOT EXISTS sctconv_ext"), 1);
	const char *fns[] = {"wkb_uint(", "wkb_float8(", "wkb_point_coord(", "wkb_point_x(", "wkb_point_y("};
	const char *prev = strstr(ddl, "CREATE SCHEMA IF NOT EXISTS sctconv_ext");
	for (int i = 0; i < 5; i++) {
		char head[80];
		snprintf(head, sizeof head, "CREATE OR REPLACE FUNCTION sctconv_ext.%s", fns[i]);
		assert_int_equal(count(ddl, head), 1);
		assert_true(strstr(ddl, head) > prev); /* after the schema and after what it calls */
	}
	const char *table = strstr(ddl, "CREATE TABLE dbo.town");
	assert_non_null(table);
	assert_true(strstr(ddl, "CREATE OR REPLACE FUNCTION sctconv_ext.wkb_point_y(") < table);
	assert_true(strstr(ddl, "CREATE OR REPLACE FUNCTION sctconv_ext.wkb_point_x(") < table);
	assert_int_equal(items(r, "H001"), 2); /* the two helpers called; their own helpers named in the message */
	assert_int_equal(items(r, "E004"), 0);
	done(r);
}

static void no_helper_without_a_use(void **state)
{
	(void)state;
	sct_result *r = convert("postgres", NULL,
				"CREATE TABLE dbo.Town (TownID int PRIMARY KEY, Spot geography NULL);\nGO\n"
				"CREATE VIEW dbo.V AS SELECT t.TownID, t.Spot FROM dbo.Town AS t;\nGO\n");
	assert_null(strstr(sct_result_ddl(r, NULL), "sctconv_ext"));
	assert_int_equal(items(r, "H001"), 0);
	done(r);
}

static void postgis_column_or_mysql_stays_refused(void **state)
{
	(void)state;
	static const char postgis[] = "@source mssql\n@target postgres\ntype geography -> geography(Geography,4326)\n"
				      "type geometry -> geometry\n";
	sct_result *r = convert("postgres", postgis, src);
	assert_null(strstr(sct_result_ddl(r, NULL), "sctconv_ext"));
	assert_int_equal(items(r, "E004"), 2);
	assert_int_equal(items(r, "H001"), 0);
	done(r);
	r = convert("mariadb", NULL, src);
	assert_null(strstr(sct_result_ddl(r, NULL), "sctconv_ext"));
	assert_int_equal(items(r, "E004"), 2);
	assert_int_equal(items(r, "H001"), 0);
	done(r);
}

static void srid_and_other_members_stay_refused(void **state)
{
	(void)state;
	sct_result *r = convert("postgres", NULL,
				"CREATE TABLE dbo.Town (TownID int PRIMARY KEY, Spot geography NULL, Layout geometry NULL);\nGO\n"
				"CREATE VIEW dbo.A AS SELECT t.Spot.STSrid AS S FROM dbo.Town AS t;\nGO\n"
				"CREATE VIEW dbo.B AS SELECT t.Layout.Lat AS L FROM dbo.Town AS t;\nGO\n"
				"CREATE VIEW dbo.C AS SELECT t.Spot.STX AS X FROM dbo.Town AS t;\nGO\n"
				"CREATE VIEW dbo.D AS SELECT t.Spot.STAsText() AS T FROM dbo.Town AS t;\nGO\n");
	assert_null(strstr(sct_result_ddl(r, NULL), "sctconv_ext"));
	assert_int_equal(items(r, "E004"), 4);
	done(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wkb_columns_read_with_helpers_emitted_once_first),
		cmocka_unit_test(no_helper_without_a_use),
		cmocka_unit_test(postgis_column_or_mysql_stays_refused),
		cmocka_unit_test(srid_and_other_members_stay_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
