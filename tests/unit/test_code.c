/* test_code.c - routine bodies: the T-SQL body parser (statement trees, optional semicolons, nesting, RAW
 * statements) and the conversion to PL/pgSQL through the public API (whole output checked with libpg_query,
 * including the PL/pgSQL parser). Running the routines in PostgreSQL is proven by testdata/mssql/proc_*.sql. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sctconv.h"
#include "parse/parse.h"
#include "util/arena.h"

/* ---------------- parser ---------------- */

static sct_arena A;
static sct_list L;

static sct_routine *parse_routine(const char *src)
{
	sct_arena_init(&A);
	memset(&L, 0, sizeof L);
	sct_parse_tsql(&A, src, strlen(src), 0, &L, NULL);
	assert_true(L.n >= 1);
	sct_stmt *s = L.items[0];
	assert_int_equal(s->kind, SCT_STMT_ROUTINE);
	return s->u.routine;
}

static sct_pstmt *nth(const sct_list *l, int i)
{
	assert_true(i < l->n);
	return l->items[i];
}

static void body_statements_without_semicolons(void **st)
{
	(void)st;
	sct_routine *r = parse_routine("CREATE PROCEDURE p @a int AS\n"
				       "DECLARE @x int = 1 SET @x = @x + @a SELECT @x AS v\n"
				       "IF @x > 1 SET @x = 0 ELSE IF @x < 0 BEGIN PRINT 'neg' RETURN END ELSE SET @x = 2\n"
				       "WHILE @x < 10 BEGIN SET @x += 1 IF @x = 5 BREAK END\n"
				       "RETURN @x");
	assert_non_null(r->code);
	const sct_list *b = &r->code->body;
	assert_int_equal(b->n, 6);
	assert_int_equal(nth(b, 0)->kind, SCT_PS_DECLARE);
	assert_int_equal(nth(b, 1)->kind, SCT_PS_SET);
	assert_int_equal(nth(b, 2)->kind, SCT_PS_SELECT);
	sct_pstmt *ifs = nth(b, 3);
	assert_int_equal(ifs->kind, SCT_PS_IF);
	assert_int_equal(ifs->body.n, 1);
	assert_int_equal(ifs->els.n, 1);
	sct_pstmt *elif = nth(&ifs->els, 0);
	assert_int_equal(elif->kind, SCT_PS_IF);
	assert_int_equal(nth(&elif->body, 0)->kind, SCT_PS_BLOCK);
	assert_int_equal(nth(&nth(&elif->body, 0)->body, 1)->kind, SCT_PS_RETURN);
	assert_int_equal(nth(&elif->els, 0)->kind, SCT_PS_SET);
	sct_pstmt *w = nth(b, 4);
	assert_int_equal(w->kind, SCT_PS_WHILE);
	assert_int_equal(nth(&nth(&w->body, 0)->body, 0)->op, SCT_OP_ADD); /* SET @x += 1 */
	assert_int_equal(nth(b, 5)->kind, SCT_PS_RETURN);
	assert_non_null(nth(b, 5)->expr);
	sct_arena_release(&A);
}

static void try_catch_cursor_and_dml(void **st)
{
	(void)st;
	sct_routine *r = parse_routine("CREATE PROC p AS BEGIN\n"
				       " BEGIN TRY BEGIN TRAN; DELETE d FROM dbo.t d JOIN dbo.u ON u.id = d.id; COMMIT END TRY\n"
				       " BEGIN CATCH IF @@TRANCOUNT > 0 ROLLBACK; THROW; END CATCH;\n"
				       " DECLARE c CURSOR LOCAL FOR SELECT a FROM dbo.t; OPEN c; FETCH NEXT FROM c INTO @a;\n"
				       " EXEC @rc = dbo.q @x = 1, @y = @z OUTPUT; EXEC (@sql);\n"
				       " MERGE dbo.t AS t USING dbo.u AS s ON t.id = s.id WHEN MATCHED THEN DELETE;\n"
				       "END");
	assert_non_null(r->code);
	const sct_list *b = &nth(&r->code->body, 0)->body;
	sct_pstmt *t = nth(b, 0);
	assert_int_equal(t->kind, SCT_PS_TRY);
	assert_int_equal(t->body.n, 3);
	assert_int_equal(nth(&t->body, 1)->kind, SCT_PS_DELETE);
	assert_int_equal(nth(&t->body, 1)->dml->from.n, 1);
	assert_int_equal(t->els.n, 2);
	assert_int_equal(nth(&t->els, 1)->kind, SCT_PS_THROW);
	assert_int_equal(nth(b, 1)->kind, SCT_PS_DECLARE);
	assert_non_null(((sct_pvar *)nth(b, 1)->args.items[0])->cursor);
	assert_int_equal(nth(b, 3)->kind, SCT_PS_CURSOR);
	assert_int_equal(nth(b, 3)->op, SCT_CUR_FETCH);
	sct_pstmt *ex = nth(b, 4);
	assert_int_equal(ex->kind, SCT_PS_EXEC);
	assert_string_equal(ex->name, "@rc");
	assert_int_equal(ex->args.n, 2);
	assert_int_equal(((sct_parg *)ex->args.items[1])->output, 1);
	assert_int_equal(nth(b, 5)->kind, SCT_PS_EXEC_SQL);
	assert_int_equal(nth(b, 6)->kind, SCT_PS_MERGE);
	sct_arena_release(&A);
}

static void unparsed_statement_is_raw_and_structure_errors_drop_the_body(void **st)
{
	(void)st;
	sct_routine *r = parse_routine("CREATE PROC p AS BEGIN SET @a = 1; CHECKPOINT 5; SET @a = 2; END");
	assert_non_null(r->code);
	const sct_list *b = &nth(&r->code->body, 0)->body;
	assert_int_equal(b->n, 3);
	assert_int_equal(nth(b, 1)->kind, SCT_PS_RAW);
	assert_non_null(nth(b, 1)->text);
	assert_int_equal(nth(b, 2)->kind, SCT_PS_SET);
	sct_arena_release(&A);
	r = parse_routine("CREATE PROC p AS BEGIN SET @a = 1; IF @a = 1 BEGIN SET @a = 2;");
	assert_null(r->code);
	assert_non_null(r->code_error);
	sct_arena_release(&A);
}

/* ---------------- conversion ---------------- */

static sct_session *S;
static sct_result *R;
static const char *DDL;

static void conv(const char *src)
{
	sct_result_free(R);
	sct_session_free(S);
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = "postgres";
	assert_int_equal(sct_session_new(&S, &o), SCT_OK);
	sct_input in = {"t.sql", src, strlen(src)};
	assert_int_equal(sct_convert(&R, S, &in, 1), SCT_OK);
	DDL = sct_result_ddl(R, NULL);
	PgQuerySplitResult pr = pg_query_split_with_parser(DDL);
	if (pr.error)
		fail_msg("output does not parse: %s\n%s", pr.error->message, DDL);
	pg_query_free_split_result(pr);
}

static void has(const char *needle)
{
	if (!strstr(DDL, needle))
		fail_msg("expected in output: %s\n--- output ---\n%s", needle, DDL);
}

static int count_items(const char *code)
{
	size_t n;
	int k = 0;
	const sct_item *it = sct_result_items(R, &n);
	for (size_t i = 0; i < n; i++)
		k += !strcmp(it[i].code, code);
	return k;
}

static int teardown(void **st)
{
	(void)st;
	sct_result_free(R);
	sct_session_free(S);
	R = NULL;
	S = NULL;
	return 0;
}

static void procedure_to_plpgsql(void **st)
{
	(void)st;
	conv("CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, name nvarchar(20), ok bit)\nGO\n"
	     "CREATE PROCEDURE dbo.p @id int, @name nvarchar(20) OUTPUT AS\n"
	     "SET NOCOUNT ON\n"
	     "SELECT @name = name FROM dbo.t WHERE id = @id\n"
	     "IF @name IS NULL RAISERROR('no row %d', 16, 1, @id)\n"
	     "UPDATE dbo.t SET ok = 1, name = name + '!' WHERE id = @id\n"
	     "SELECT id, name FROM dbo.t\n");
	has("CREATE OR REPLACE PROCEDURE dbo.p(p_id integer, INOUT p_name varchar(20) DEFAULT NULL, INOUT result refcursor DEFAULT NULL)");
	has("SELECT name FROM dbo.t WHERE id = p_id INTO p_name;");
	has("RAISE EXCEPTION USING MESSAGE = format('no row %s', p_id);");
	has("UPDATE dbo.t SET ok = true, name = name || '!' WHERE id = p_id;");
	has("OPEN result FOR SELECT id, name FROM dbo.t;");
	assert_int_equal(count_items("C001"), 0);
	assert_int_equal(count_items("C010"), 0);
	assert_true(count_items("C011") == 1); /* RAISERROR without RETURN after it */
	assert_true(count_items("C015") == 1);
	assert_true(count_items("C017") >= 1);
}

static void statement_left_for_a_person(void **st)
{
	(void)st;
	conv("CREATE FUNCTION dbo.f (@x int) RETURNS int AS BEGIN\n"
	     "  DECLARE @y int = @x;\n"
	     "  SET @y = dbo.nosuch(@y);\n"
	     "  RETURN @y;\n"
	     "END");
	has("CREATE OR REPLACE FUNCTION dbo.f(p_x integer) RETURNS integer");
	has("-- [sctconv] C010 not converted:");
	has("-- | SET @y = dbo.nosuch(@y)");
	has("RETURN v_y;");
	assert_int_equal(count_items("C010"), 1);
	assert_int_equal(count_items("C002"), 0);
}

static void trigger_with_transition_tables(void **st)
{
	(void)st;
	conv("CREATE TABLE dbo.t (id int NOT NULL, v int)\nGO\n"
	     "CREATE TRIGGER dbo.tr ON dbo.t AFTER INSERT, DELETE AS\n"
	     "IF @@ROWCOUNT = 0 RETURN;\n"
	     "UPDATE dbo.t SET v = 0 FROM deleted d WHERE d.id = t.id;");
	/* INSERT has no old rows: one function per event, deleted is an empty relation for INSERT */
	has("CREATE OR REPLACE FUNCTION dbo.tr_fn_insert() RETURNS trigger");
	has("CREATE OR REPLACE FUNCTION dbo.tr_fn_delete() RETURNS trigger");
	has("IF (SELECT count(*) FROM inserted) = 0 THEN");
	has("FROM (SELECT * FROM dbo.t WHERE false) AS d");
	has("CREATE TRIGGER tr_insert AFTER INSERT ON dbo.t REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT "
	    "EXECUTE FUNCTION dbo.tr_fn_insert()");
	has("REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION dbo.tr_fn_delete()");
	assert_int_equal(count_items("C003"), 0);
}

static void instead_of_as_row_trigger(void **st)
{
	(void)st;
	conv("CREATE TABLE dbo.t (id int NOT NULL, v int)\nGO\nCREATE TABLE dbo.log (id int)\nGO\n"
	     "CREATE TRIGGER dbo.tr ON dbo.t INSTEAD OF DELETE AS\n"
	     "INSERT INTO dbo.log SELECT id FROM deleted;");
	has("INSERT INTO dbo.log SELECT id FROM (SELECT OLD.*) AS deleted;");
	has("CREATE TRIGGER tr BEFORE DELETE ON dbo.t FOR EACH ROW EXECUTE FUNCTION dbo.tr_fn()");
	assert_int_equal(count_items("C003"), 0);
	assert_int_equal(count_items("C018"), 1);
}

static void carried_whole_when_not_convertible(void **st)
{
	(void)st;
	/* an INSTEAD OF trigger on a view inserting into the view would fire itself again in PostgreSQL */
	conv("CREATE TABLE dbo.t (id int)\nGO\nCREATE VIEW dbo.v AS SELECT id FROM dbo.t\nGO\n"
	     "CREATE TRIGGER dbo.tr ON dbo.v INSTEAD OF INSERT AS INSERT INTO v SELECT id FROM inserted\nGO\n"
	     "CREATE PROC dbo.p AS BEGIN IF 1 = 1 BEGIN SELECT 1");
	assert_int_equal(count_items("C003"), 1);
	assert_int_equal(count_items("C001"), 1);
	assert_int_equal(count_items("C021"), 2);
	has("-- | CREATE TRIGGER dbo.tr ON dbo.v INSTEAD OF INSERT AS INSERT INTO v SELECT id FROM inserted");
}

/* a table type with a computed column is carried (C007); so are the routines whose parameter or variable uses it */
static void table_type_not_convertible(void **st)
{
	(void)st;
	conv("CREATE TYPE dbo.Bad AS TABLE (A int NOT NULL, B AS (A * 2))\nGO\n"
	     "CREATE PROCEDURE dbo.UseBad @b dbo.Bad READONLY AS SELECT A FROM @b\nGO\n"
	     "CREATE PROCEDURE dbo.DeclBad AS BEGIN DECLARE @x dbo.Bad; SELECT 1 AS one; END");
	assert_int_equal(count_items("C007"), 1);
	assert_int_equal(count_items("C040"), 0);
	assert_int_equal(count_items("C001"), 1);
	assert_int_equal(count_items("C010"), 1);
	has("variable '@x' of a table type that is not converted");
	has("-- | CREATE PROCEDURE dbo.UseBad @b dbo.Bad READONLY");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(body_statements_without_semicolons),
		cmocka_unit_test(try_catch_cursor_and_dml),
		cmocka_unit_test(unparsed_statement_is_raw_and_structure_errors_drop_the_body),
		cmocka_unit_test_teardown(procedure_to_plpgsql, teardown),
		cmocka_unit_test_teardown(statement_left_for_a_person, teardown),
		cmocka_unit_test_teardown(trigger_with_transition_tables, teardown),
		cmocka_unit_test_teardown(instead_of_as_row_trigger, teardown),
		cmocka_unit_test_teardown(carried_whole_when_not_convertible, teardown),
		cmocka_unit_test_teardown(table_type_not_convertible, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
