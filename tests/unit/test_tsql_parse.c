/* test_tsql_parse.c - unit tests of the T-SQL front end: lexer, statement splitter, grammar, chatter. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "parse/parse.h"
#include "parse/tsql/tsql_int.h"
#include "tsql_parser.h"

static sct_arena A;
static sct_list L;
static const char *SRC;
static int HIER; /* sct_parse_tsql's hierarchyid flag of the last parse */

static int setup(void **state)
{
	(void)state;
	sct_arena_init(&A);
	memset(&L, 0, sizeof L);
	return 0;
}
static int teardown(void **state)
{
	(void)state;
	sct_arena_release(&A);
	return 0;
}

static sct_list *parse_n(const char *src, size_t len)
{
	SRC = src;
	memset(&L, 0, sizeof L);
	HIER = 0;
	sct_parse_tsql(&A, src, len, 0, &L, &HIER);
	return &L;
}
static sct_list *parse(const char *src)
{
	return parse_n(src, strlen(src));
}
static sct_stmt *S(int i)
{
	assert_true(i < L.n);
	return L.items[i];
}
/* The one statement of src, which must be of kind k. */
static sct_stmt *one(const char *src, sct_stmt_kind k)
{
	parse(src);
	if (L.n != 1 || S(0)->kind != k) {
		for (int i = 0; i < L.n; i++)
			fprintf(stderr, "stmt %d kind %d error %s at %u\n", i, S(i)->kind, S(i)->error ? S(i)->error : "-", S(i)->error_loc);
	}
	assert_int_equal(L.n, 1);
	assert_int_equal(S(0)->kind, k);
	return S(0);
}
static const char *span(sct_stmt *s)
{
	return sct_arena_strndup(&A, SRC + s->loc, s->end - s->loc);
}
static const char *verb(int i)
{
	assert_int_equal(S(i)->kind, SCT_STMT_OTHER);
	return S(i)->u.other->verb;
}
#define CON(l, i) SCT_LIST_AT(l, sct_constraint, i)
#define COL(l, i) SCT_LIST_AT(l, sct_column, i)
#define ICOL(l, i) SCT_LIST_AT(l, sct_index_col, i)
#define OPT(l, i) SCT_LIST_AT(l, sct_option, i)

/* ---------------- lexer ---------------- */

static void test_lex_kinds(void **st)
{
	(void)st;
	const char *s = "select [a]]b] \"q\"\"x\" 'it''s' N'n' 0x1F 1.5e3 .5 $12.50 @v @@rowcount #t ##g $(Db) <> != !< !> += :: <= >= Foo";
	int want[] = {TK_SELECT, TK_QIDENT, TK_QIDENT, TK_STRING, TK_NSTRING, TK_BINARY, TK_NUMBER, TK_NUMBER, TK_NUMBER,
		      TK_VAR, TK_GLOBALVAR, TK_IDENT, TK_IDENT, TK_IDENT, TK_NE, TK_NE, TK_NLT, TK_NGT, TK_ASSIGNOP,
		      TK_DCOLON, TK_LE, TK_GE, TK_IDENT};
	size_t n;
	sct_tsql_tok *t = sct_tsql_tokenize(s, strlen(s), &n);
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(t[i].kind, want[i]);
	assert_int_equal(t[1].len, 6); /* [a]]b] */
	/* the lexer says which quoted tokens hold an escaped quote (the parser unquotes only those) */
	assert_true(t[1].flags & SCT_TSQL_TOKF_ESCAPED);  /* [a]]b] */
	assert_true(t[2].flags & SCT_TSQL_TOKF_ESCAPED);  /* "q""x" */
	assert_true(t[3].flags & SCT_TSQL_TOKF_ESCAPED);  /* 'it''s' */
	assert_false(t[4].flags & SCT_TSQL_TOKF_ESCAPED); /* N'n' */
	free(t);
}

/* Lexing one GO batch at a time gives the tokens of lexing the whole text, each batch ending at its GO. */
static void test_lex_by_batch(void **st)
{
	(void)st;
	const char *s = "CREATE TABLE a (x int)\nGO\nSELECT 'GO\nGO'\n  go 2\nGO\n-- end\nPRINT 1";
	size_t n;
	sct_tsql_tok *all = sct_tsql_tokenize(s, strlen(s), &n);
	sct_tsql_batch_lexer lx = {.src = s, .len = strlen(s)};
	size_t k = 0, m, batches = 0;
	while ((m = sct_tsql_tokenize_batch(&lx)) > 0) {
		batches++;
		for (size_t i = 0; i < m; i++, k++) {
			assert_true(k < n);
			assert_int_equal(lx.v[i].kind, all[k].kind);
			assert_int_equal(lx.v[i].off, all[k].off);
			assert_int_equal(lx.v[i].len, all[k].len);
			assert_true(lx.v[i].kind != TK_GO || i == m - 1);
		}
	}
	assert_int_equal(k, n);
	assert_int_equal(batches, 4);
	free(lx.v);
	free(all);
}

/* SET QUOTED_IDENTIFIER OFF (also in a list of options, or SET ANSI_DEFAULTS OFF) makes "..." a string from the
 * SET on, across batches, until ON; SET IDENTITY_INSERT quoted_identifier ON names a table, not the option, and
 * ALTER DATABASE ... SET QUOTED_IDENTIFIER OFF sets the database's default, not the script's. */
static void test_lex_quoted_identifier_off(void **st)
{
	(void)st;
	const char *s = "\"a\" SET QUOTED_IDENTIFIER OFF \"b\"\"c\" [d]\nGO\n\"e\" SET IDENTITY_INSERT quoted_identifier ON "
			"\"f\" SET ANSI_NULLS, quoted_identifier ON \"g\" SET ANSI_DEFAULTS OFF \"h\" SET ANSI_DEFAULTS ON \"i\" "
			"ALTER DATABASE CURRENT SET QUOTED_IDENTIFIER OFF \"j\"";
	int want[] = {TK_QIDENT, TK_STRING, TK_QIDENT, TK_STRING, TK_STRING, TK_QIDENT, TK_STRING, TK_QIDENT, TK_QIDENT};
	const char *text[] = {"\"a\"", "\"b\"\"c\"", "[d]", "\"e\"", "\"f\"", "\"g\"", "\"h\"", "\"i\"", "\"j\""};
	sct_tsql_batch_lexer lx = {.src = s, .len = strlen(s)};
	size_t m, k = 0;
	while ((m = sct_tsql_tokenize_batch(&lx)) > 0)
		for (size_t i = 0; i < m; i++) {
			const sct_tsql_tok *t = &lx.v[i];
			if (t->kind != TK_QIDENT && t->kind != TK_STRING)
				continue;
			assert_true(k < sizeof want / sizeof want[0]);
			assert_int_equal(t->len, strlen(text[k]));
			assert_memory_equal(s + t->off, text[k], t->len);
			assert_int_equal(t->kind, want[k]);
			k++;
		}
	assert_int_equal(k, sizeof want / sizeof want[0]);
	free(lx.v);
	/* the value of "b""c" read as a string is b"c; in a DEFAULT it is a string constant, not a column */
	parse("SET QUOTED_IDENTIFIER OFF CREATE TABLE x (a varchar(9) DEFAULT \"it's \"\"q\"\"\")");
	assert_int_equal(L.n, 2);
	assert_int_equal(S(1)->kind, SCT_STMT_TABLE);
	sct_column *c = COL(S(1)->u.table->columns, 0);
	assert_int_equal(c->def->kind, SCT_E_STR);
	assert_string_equal(c->def->text, "it's \"q\"");
}

/* CREATE TABLE: one trailing comma is accepted; two in a row are a syntax error at the second comma. */
static void test_table_double_comma(void **st)
{
	(void)st;
	parse("CREATE TABLE a (x int,);\nCREATE TABLE b (x int,,);\nCREATE TABLE c (x int,, y int)");
	assert_int_equal(L.n, 3);
	assert_int_equal(S(0)->kind, SCT_STMT_TABLE);
	assert_int_equal(S(0)->u.table->columns.n, 1);
	assert_int_equal(S(1)->kind, SCT_STMT_UNPARSED);
	assert_int_equal(S(1)->error_loc, (uint32_t)(strstr(SRC, ",,);") - SRC + 1));
	assert_int_equal(S(2)->kind, SCT_STMT_UNPARSED);
	assert_int_equal(S(2)->error_loc, (uint32_t)(strstr(SRC, ",, y") - SRC + 1));
}

static void test_lex_keywords_case(void **st)
{
	(void)st;
	size_t n;
	const char *s = "CrEaTe TABLE table_x createx";
	sct_tsql_tok *t = sct_tsql_tokenize(s, strlen(s), &n);
	assert_int_equal(n, 4);
	assert_int_equal(t[0].kind, TK_CREATE);
	assert_int_equal(t[1].kind, TK_TABLE);
	assert_int_equal(t[2].kind, TK_IDENT);
	assert_int_equal(t[3].kind, TK_IDENT);
	free(t);
}

static void test_lex_identifiers_unquoted(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE TABLE [dbo].[My]]Table] (\"Col\"\"A\" int, [$(X)] int)", SCT_STMT_TABLE);
	sct_table *t = s->u.table;
	assert_string_equal(t->name->schema.s, "dbo");
	assert_string_equal(t->name->name.s, "My]Table");
	assert_int_equal(t->name->name.quoted, 1);
	assert_string_equal(COL(t->columns, 0)->name.s, "Col\"A");
	assert_string_equal(COL(t->columns, 1)->name.s, "$(X)");
}

static void test_go_batches(void **st)
{
	(void)st;
	parse("CREATE SCHEMA a\nGO\n  go 5 -- comment\nCREATE SCHEMA b\r\nGO\nCREATE SCHEMA go_on\nGO");
	assert_int_equal(L.n, 3);
	assert_int_equal(S(0)->batch, 0);
	assert_int_equal(S(1)->batch, 2);
	assert_int_equal(S(2)->batch, 3);
	assert_string_equal(S(2)->u.schema->name.s, "go_on");
	/* GO not alone on its line is an identifier */
	parse("SELECT go FROM t");
	assert_int_equal(L.n, 1);
	assert_int_equal(S(0)->kind, SCT_STMT_OTHER);
}

static void test_nested_comments(void **st)
{
	(void)st;
	const char *src = "/* a /* b */ CREATE SCHEMA no */ -- x\nCREATE SCHEMA yes /* tail */";
	sct_stmt *s = one(src, SCT_STMT_SCHEMA);
	assert_string_equal(s->u.schema->name.s, "yes");
	assert_int_equal(s->loc, strstr(src, "CREATE SCHEMA yes") - src);
	assert_string_equal(span(s), "CREATE SCHEMA yes");
}

static void test_unterminated_string(void **st)
{
	(void)st;
	const char *src = "CREATE SCHEMA a\nGO\nPRINT 'abc\nGO\nCREATE SCHEMA b";
	parse(src);
	assert_int_equal(L.n, 2);
	assert_int_equal(S(0)->kind, SCT_STMT_SCHEMA);
	assert_int_equal(S(1)->kind, SCT_STMT_UNPARSED);
	assert_non_null(strstr(S(1)->error, "unterminated string"));
	assert_int_equal(S(1)->error_loc, strchr(src, '\'') - src);
}

static void test_unterminated_comment_bracket(void **st)
{
	(void)st;
	const char *src = "CREATE TABLE [t (a int)";
	sct_stmt *s = one(src, SCT_STMT_UNPARSED);
	assert_non_null(strstr(s->error, "bracketed"));
	assert_int_equal(s->error_loc, 13);
	parse("CREATE SCHEMA a /* never closed");
	assert_int_equal(L.n, 1);
	assert_int_equal(S(0)->kind, SCT_STMT_UNPARSED);
	assert_non_null(strstr(S(0)->error, "comment"));
}

static void test_nul_byte(void **st)
{
	(void)st;
	const char src[] = "CREATE SCHEMA a\0 b\nGO\nCREATE SCHEMA c";
	parse_n(src, sizeof src - 1);
	assert_int_equal(L.n, 2);
	assert_int_equal(S(0)->kind, SCT_STMT_UNPARSED);
	assert_int_equal(S(0)->error_loc, 15);
	assert_non_null(strstr(S(0)->error, "NUL"));
	assert_int_equal(S(1)->kind, SCT_STMT_SCHEMA);
}

static void test_deep_nesting(void **st)
{
	(void)st;
	size_t depth = 200000;
	char *src = malloc(2 * depth + 64);
	strcpy(src, "CREATE VIEW v AS SELECT ");
	size_t n = strlen(src);
	memset(src + n, '(', depth);
	n += depth;
	src[n++] = '1';
	memset(src + n, ')', depth);
	n += depth;
	src[n] = 0;
	sct_stmt *s = one(src, SCT_STMT_UNPARSED);
	assert_non_null(strstr(s->error, "nesting too deep"));
	/* just under the limit still parses */
	n = strlen("CREATE VIEW v AS SELECT ");
	memset(src + n, '(', 900);
	src[n + 900] = '1';
	memset(src + n + 901, ')', 900);
	src[n + 1801] = 0;
	one(src, SCT_STMT_VIEW);
	free(src);
}

static void test_sqlcmd(void **st)
{
	(void)st;
	parse(":setvar DatabaseName \"X\"\n:on error exit\nUSE [$(DatabaseName)];\nSET NOCOUNT ON\nSET @x = 1");
	assert_int_equal(L.n, 5);
	assert_string_equal(verb(0), ":SETVAR");
	assert_int_equal(S(0)->u.other->kind, SCT_OTHER_SESSION);
	assert_string_equal(verb(1), ":ON ERROR");
	assert_string_equal(verb(2), "USE");
	assert_string_equal(verb(3), "SET NOCOUNT");
	assert_int_equal(S(4)->u.other->kind, SCT_OTHER_CONTROL);
}

/* ---------------- splitter ---------------- */

static void test_split_no_semicolons(void **st)
{
	(void)st;
	const char *src = "SET NOCOUNT ON\nINSERT INTO t (a) SELECT a FROM u UNION ALL SELECT 2\n"
			  "SELECT CASE WHEN a = 1 THEN 2 ELSE 3 END FROM t\nUPDATE t SET a = 1 WHERE b = 2\nDELETE FROM t;\n"
			  "INSERT t VALUES (1)\nDECLARE @x int\nEXEC dbo.p @a = 1\nPRINT 'x'";
	parse(src);
	assert_int_equal(L.n, 9);
	assert_string_equal(span(S(1)), "INSERT INTO t (a) SELECT a FROM u UNION ALL SELECT 2");
	assert_int_equal(S(1)->u.other->kind, SCT_OTHER_DATA);
	assert_string_equal(span(S(2)), "SELECT CASE WHEN a = 1 THEN 2 ELSE 3 END FROM t");
	assert_string_equal(span(S(3)), "UPDATE t SET a = 1 WHERE b = 2");
	assert_string_equal(span(S(4)), "DELETE FROM t;");
	assert_string_equal(verb(6), "DECLARE");
	assert_string_equal(verb(7), "EXEC");
	assert_int_equal(S(8)->u.other->kind, SCT_OTHER_PRINT);
	for (int i = 0; i + 1 < L.n; i++)
		assert_true(S(i)->end <= S(i + 1)->loc);
}

static void test_split_if_exists_guard(void **st)
{
	(void)st;
	const char *src = "IF NOT EXISTS (SELECT * FROM sys.tables WHERE name = 'x') CREATE TABLE x (a int)\n"
			  "IF OBJECT_ID(N'dbo.y') IS NOT NULL\nBEGIN\n  DROP TABLE dbo.y;\nEND\nELSE\n  PRINT 'none'";
	parse(src);
	assert_int_equal(L.n, 7);
	assert_string_equal(verb(0), "IF");
	assert_int_equal(S(0)->u.other->kind, SCT_OTHER_CONTROL);
	assert_string_equal(span(S(0)), "IF NOT EXISTS (SELECT * FROM sys.tables WHERE name = 'x')");
	assert_int_equal(S(1)->kind, SCT_STMT_TABLE);
	assert_string_equal(span(S(2)), "IF OBJECT_ID(N'dbo.y') IS NOT NULL\nBEGIN");
	assert_string_equal(verb(3), "DROP TABLE");
	assert_int_equal(S(3)->u.other->kind, SCT_OTHER_DROP);
	assert_string_equal(verb(4), "END");
	assert_string_equal(verb(5), "ELSE");
	assert_int_equal(S(6)->u.other->kind, SCT_OTHER_PRINT);
}

static void test_split_routine_takes_batch(void **st)
{
	(void)st;
	const char *src = "CREATE PROCEDURE dbo.p AS\nSELECT 1\nIF 1 = 1 SELECT 2\nCREATE TABLE #x (a int)\nGO\nSELECT 3";
	parse(src);
	assert_int_equal(L.n, 2);
	assert_int_equal(S(0)->kind, SCT_STMT_ROUTINE);
	assert_string_equal(span(S(0)), "CREATE PROCEDURE dbo.p AS\nSELECT 1\nIF 1 = 1 SELECT 2\nCREATE TABLE #x (a int)");
	sct_routine *r = S(0)->u.routine;
	assert_string_equal(sct_arena_strndup(&A, src + r->body_loc, r->body_end - r->body_loc),
			    "SELECT 1\nIF 1 = 1 SELECT 2\nCREATE TABLE #x (a int)");
	assert_int_equal(S(1)->batch, 1);
}

static void test_split_ddl_continuations(void **st)
{
	(void)st;
	parse("ALTER TABLE t DROP CONSTRAINT c\nALTER TABLE t ALTER COLUMN a int NOT NULL\n"
	      "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (a) ON DELETE CASCADE ON UPDATE SET NULL\n"
	      "GRANT SELECT, INSERT, UPDATE ON t TO r\nDROP TABLE IF EXISTS t\n"
	      "ALTER DATABASE d SET SINGLE_USER WITH ROLLBACK IMMEDIATE\nWITH c AS (SELECT 1 a) INSERT INTO t SELECT a FROM c");
	assert_int_equal(L.n, 7);
	assert_int_equal(S(0)->kind, SCT_STMT_ALTER_TABLE);
	assert_int_equal(S(1)->kind, SCT_STMT_ALTER_TABLE);
	assert_int_equal(S(2)->kind, SCT_STMT_ALTER_TABLE);
	assert_string_equal(verb(3), "GRANT");
	assert_string_equal(verb(4), "DROP TABLE");
	assert_string_equal(verb(5), "ALTER DATABASE");
	assert_int_equal(S(6)->u.other->kind, SCT_OTHER_DATA);
}

static void test_split_begin_try_tran(void **st)
{
	(void)st;
	parse("BEGIN TRANSACTION\nBEGIN TRY\n  SELECT 1\nEND TRY\nBEGIN CATCH\n  ROLLBACK\nEND CATCH;\nCOMMIT TRAN");
	assert_int_equal(L.n, 8);
	assert_string_equal(verb(0), "BEGIN TRANSACTION");
	assert_string_equal(verb(1), "BEGIN TRY");
	assert_string_equal(verb(3), "END TRY");
	assert_string_equal(span(S(6)), "END CATCH;");
	assert_string_equal(verb(7), "COMMIT TRAN");
}

/* ---------------- grammar: tables ---------------- */

static void test_create_table_columns(void **st)
{
	(void)st;
	sct_stmt *s = one(
		"CREATE TABLE [Sales].[Orders] (\n"
		" [ID] INT IDENTITY (1, 1) NOT FOR REPLICATION NOT NULL,\n"
		" [Name] NVARCHAR (50) COLLATE Latin1_General_CI_AS NULL,\n"
		" [Flag] BIT CONSTRAINT [DF_Flag] DEFAULT ((0)) NOT NULL,\n"
		" [Guid] UNIQUEIDENTIFIER ROWGUIDCOL DEFAULT (newid()),\n"
		" [Total] AS ([Qty]*[Price]) PERSISTED NOT NULL,\n"
		" [Doc] VARBINARY(MAX) FILESTREAM SPARSE,\n"
		" [Cust] INT CONSTRAINT FK_C FOREIGN KEY REFERENCES dbo.Customers (CustID) ON DELETE CASCADE,\n"
		" [Qty] dbo.Quantity CHECK (Qty > 0) PRIMARY KEY CLUSTERED,\n"
		" [Email] NVARCHAR(100) MASKED WITH (FUNCTION = 'email()') NULL,\n"
		" [From] DATETIME2 (7) GENERATED ALWAYS AS ROW START HIDDEN NOT NULL,\n"
		" [To] DATETIME2 (7) GENERATED ALWAYS AS ROW END NOT NULL,\n"
		" [Seq] INT DEFAULT (NEXT VALUE FOR [Sequences].[S]) NOT NULL,\n"
		" PERIOD FOR SYSTEM_TIME ([From], [To])\n"
		");",
		SCT_STMT_TABLE);
	sct_table *t = s->u.table;
	assert_string_equal(t->name->schema.s, "Sales");
	assert_string_equal(t->name->name.s, "Orders");
	assert_int_equal(t->columns.n, 12);
	sct_column *c = COL(t->columns, 0);
	assert_string_equal(c->type->name, "int");
	assert_non_null(sct_column_identity(c));
	assert_string_equal(sct_column_identity(c)->seed, "1");
	assert_string_equal(sct_column_identity(c)->increment, "1");
	assert_true(c->flags & SCT_COLF_NOT_FOR_REPLICATION);
	assert_int_equal(c->nullable, 0);
	c = COL(t->columns, 1);
	assert_string_equal(c->type->name, "nvarchar");
	assert_int_equal(c->type->nparams, 1);
	assert_int_equal(c->type->params[0], 50);
	assert_string_equal(sct_column_collation(c), "Latin1_General_CI_AS");
	assert_int_equal(c->nullable, 1);
	c = COL(t->columns, 2);
	assert_string_equal(sct_column_def_name(c), "DF_Flag");
	assert_int_equal(c->def->kind, SCT_E_PAREN);
	assert_int_equal(c->def->a->kind, SCT_E_PAREN);
	assert_int_equal(c->def->a->a->kind, SCT_E_NUM);
	assert_int_equal(c->nullable, 0);
	c = COL(t->columns, 3);
	assert_true(c->flags & SCT_COLF_ROWGUIDCOL);
	assert_int_equal(c->def->a->kind, SCT_E_FUNC);
	assert_string_equal(c->def->a->name->name.s, "newid");
	assert_int_equal(c->nullable, -1);
	/* a column without a default name, identity, computed expression, collation or options has no side part */
	assert_null(c->more);
	assert_null(sct_column_identity(c));
	assert_null(sct_column_def_name(c));
	assert_int_equal(sct_column_options(c)->n, 0);
	assert_non_null(COL(t->columns, 2)->more);
	assert_null(sct_column_identity(COL(t->columns, 2)));
	c = COL(t->columns, 4);
	assert_null(c->type);
	assert_int_equal(sct_column_computed(c)->kind, SCT_E_PAREN);
	assert_int_equal(sct_column_computed(c)->a->op, SCT_OP_MUL);
	assert_true(c->flags & SCT_COLF_PERSISTED);
	assert_int_equal(c->nullable, 0);
	c = COL(t->columns, 5);
	assert_int_equal(c->type->params[0], SCT_PARAM_MAX);
	assert_true(c->flags & SCT_COLF_FILESTREAM);
	assert_true(c->flags & SCT_COLF_SPARSE);
	c = COL(t->columns, 6);
	assert_int_equal(sct_column_constraints(c)->n, 1);
	assert_int_equal(CON(*sct_column_constraints(c), 0)->kind, SCT_CONS_FOREIGN);
	assert_string_equal(CON(*sct_column_constraints(c), 0)->name.s, "FK_C");
	assert_string_equal(sct_constraint_ref_table(CON(*sct_column_constraints(c), 0))->name.s, "Customers");
	assert_int_equal(CON(*sct_column_constraints(c), 0)->on_delete, SCT_FK_CASCADE);
	c = COL(t->columns, 7);
	assert_string_equal(c->type->name, "quantity");
	assert_string_equal(c->type->schema, "dbo");
	assert_true(c->type->flags & SCT_TF_USER);
	assert_int_equal(sct_column_constraints(c)->n, 2);
	assert_int_equal(CON(*sct_column_constraints(c), 0)->kind, SCT_CONS_CHECK);
	assert_int_equal(CON(*sct_column_constraints(c), 1)->kind, SCT_CONS_PRIMARY);
	assert_true(CON(*sct_column_constraints(c), 1)->flags & SCT_CF_CLUSTERED);
	c = COL(t->columns, 8);
	assert_true(c->flags & SCT_COLF_MASKED);
	assert_string_equal(OPT(*sct_column_options(c), 0)->name, "function");
	c = COL(t->columns, 9);
	assert_true(c->flags & SCT_COLF_PERIOD_START);
	assert_true(c->flags & SCT_COLF_HIDDEN);
	assert_true(COL(t->columns, 10)->flags & SCT_COLF_PERIOD_END);
	c = COL(t->columns, 11);
	assert_int_equal(c->def->a->kind, SCT_E_NEXTVAL);
	assert_string_equal(c->def->a->name->name.s, "S");
	assert_string_equal(t->period_start.s, "From");
	assert_string_equal(t->period_end.s, "To");
}

static void test_create_table_constraints_options(void **st)
{
	(void)st;
	sct_stmt *s = one(
		"CREATE TABLE dbo.T (\n"
		" a INT NOT NULL, b INT NOT NULL, c INT,\n"
		" CONSTRAINT [PK_T] PRIMARY KEY CLUSTERED ([a] ASC, [b] DESC) WITH (PAD_INDEX = OFF, FILLFACTOR = 90) ON [PRIMARY],\n"
		" CONSTRAINT UQ_T UNIQUE NONCLUSTERED (c),\n"
		" CONSTRAINT FK_T FOREIGN KEY (c) REFERENCES dbo.U (id) ON DELETE SET NULL ON UPDATE NO ACTION NOT FOR REPLICATION,\n"
		" CONSTRAINT CK_T CHECK NOT FOR REPLICATION ([a] >= 0 AND [b] <> 1),\n"
		" INDEX IX_T_c NONCLUSTERED (c),\n"
		" INDEX CCX CLUSTERED COLUMNSTORE\n"
		") ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]\n"
		"WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = [dbo].[T_Archive], DATA_CONSISTENCY_CHECK = ON), DATA_COMPRESSION = PAGE)",
		SCT_STMT_TABLE);
	sct_table *t = s->u.table;
	assert_int_equal(t->constraints.n, 4);
	sct_constraint *k = CON(t->constraints, 0);
	assert_int_equal(k->kind, SCT_CONS_PRIMARY);
	assert_string_equal(k->name.s, "PK_T");
	assert_true(k->flags & SCT_CF_CLUSTERED);
	assert_int_equal(k->columns.n, 2);
	assert_string_equal(ICOL(k->columns, 0)->name.s, "a");
	assert_int_equal(ICOL(k->columns, 1)->desc, 1);
	assert_int_equal(sct_constraint_options(k)->n, 3);
	assert_string_equal(OPT(*sct_constraint_options(k), 1)->name, "fillfactor");
	assert_string_equal(OPT(*sct_constraint_options(k), 1)->value, "90");
	assert_string_equal(OPT(*sct_constraint_options(k), 2)->name, "filegroup");
	assert_string_equal(OPT(*sct_constraint_options(k), 2)->value, "PRIMARY");
	assert_true(CON(t->constraints, 1)->flags & SCT_CF_NONCLUSTERED);
	k = CON(t->constraints, 2);
	assert_int_equal(k->kind, SCT_CONS_FOREIGN);
	assert_int_equal(k->on_delete, SCT_FK_SET_NULL);
	assert_int_equal(k->on_update, SCT_FK_NO_ACTION);
	assert_true(k->flags & SCT_CF_NOT_FOR_REPLICATION);
	assert_string_equal(SCT_LIST_AT(*sct_constraint_ref_columns(k), sct_ident, 0)->s, "id");
	k = CON(t->constraints, 3);
	assert_int_equal(k->kind, SCT_CONS_CHECK);
	assert_int_equal(k->expr->op, SCT_OP_AND);
	assert_true(k->flags & SCT_CF_NOT_FOR_REPLICATION);
	/* only keys with options and foreign keys have the side part (referenced table and columns, options) */
	assert_null(k->more);
	assert_null(sct_constraint_ref_table(k));
	assert_int_equal(sct_constraint_options(k)->n, 0);
	assert_null(CON(t->constraints, 1)->more); /* UNIQUE without WITH or ON */
	assert_non_null(CON(t->constraints, 0)->more);
	assert_int_equal(t->indexes.n, 2);
	assert_string_equal(SCT_LIST_AT(t->indexes, sct_index, 0)->name.s, "IX_T_c");
	assert_true(SCT_LIST_AT(t->indexes, sct_index, 1)->flags & SCT_IDXF_COLUMNSTORE);
	assert_true(t->flags & SCT_TABF_TEMPORAL);
	assert_non_null(t->history_table);
	assert_string_equal(t->history_table->name.s, "T_Archive");
	int found = 0;
	for (int i = 0; i < t->options.n; i++)
		if (!strcmp(OPT(t->options, i)->name, "data_compression"))
			found = !strcmp(OPT(t->options, i)->value, "PAGE");
	assert_true(found);
	assert_string_equal(OPT(t->options, 0)->name, "filegroup");
	assert_string_equal(OPT(t->options, 1)->name, "textimage_on");
}

static void test_create_table_temp_memopt(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE TABLE #tmp (a int)", SCT_STMT_TABLE);
	assert_true(s->u.table->flags & SCT_TABF_TEMPORARY);
	s = one("CREATE TABLE t (a INT NOT NULL PRIMARY KEY NONCLUSTERED HASH WITH (BUCKET_COUNT = 64)) "
		"WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY)",
		SCT_STMT_TABLE);
	assert_true(s->u.table->flags & SCT_TABF_MEMORY_OPTIMIZED);
}

static void test_create_table_syntax_error(void **st)
{
	(void)st;
	const char *src = "CREATE TABLE t (a int NOT NOT NULL)";
	sct_stmt *s = one(src, SCT_STMT_UNPARSED);
	assert_int_equal(s->error_loc, 26);
	assert_non_null(strstr(s->error, "syntax error at 'NOT'"));
	s = one("CREATE VIEW v AS SELECT FROM t", SCT_STMT_UNPARSED);
	assert_int_equal(s->error_loc, 24);
}

/* ---------------- ALTER TABLE ---------------- */

static void test_alter_table(void **st)
{
	(void)st;
	sct_stmt *s = one("ALTER TABLE [dbo].[T] WITH NOCHECK ADD CONSTRAINT [FK_x] FOREIGN KEY([a]) REFERENCES [dbo].[U] ([a]), CONSTRAINT CK CHECK (a > 0)",
			  SCT_STMT_ALTER_TABLE);
	sct_alter_table *at = s->u.alter;
	assert_string_equal(at->name->name.s, "T");
	assert_int_equal(at->actions.n, 2);
	sct_alter_action *x = at->actions.items[0];
	assert_int_equal(x->kind, SCT_ALTER_ADD_CONSTRAINT);
	assert_int_equal(x->constraint->kind, SCT_CONS_FOREIGN);
	assert_true(x->constraint->flags & SCT_CF_NOCHECK);

	s = one("ALTER TABLE t ADD CONSTRAINT DF_a DEFAULT (getdate()) FOR [a];", SCT_STMT_ALTER_TABLE);
	x = s->u.alter->actions.items[0];
	assert_int_equal(x->constraint->kind, SCT_CONS_DEFAULT);
	assert_string_equal(x->constraint->name.s, "DF_a");
	assert_string_equal(ICOL(x->constraint->columns, 0)->name.s, "a");
	assert_int_equal(x->constraint->expr->kind, SCT_E_PAREN);

	s = one("ALTER TABLE t WITH CHECK CHECK CONSTRAINT [FK_x]", SCT_STMT_ALTER_TABLE);
	x = s->u.alter->actions.items[0];
	assert_int_equal(x->kind, SCT_ALTER_ENABLE_CONSTRAINT);
	assert_string_equal(x->name.s, "FK_x");
	s = one("ALTER TABLE t NOCHECK CONSTRAINT ALL", SCT_STMT_ALTER_TABLE);
	x = s->u.alter->actions.items[0];
	assert_int_equal(x->kind, SCT_ALTER_DISABLE_CONSTRAINT);
	assert_string_equal(x->name.s, "all");

	s = one("ALTER TABLE t ADD c1 int NULL, c2 varchar(10) NOT NULL DEFAULT ''", SCT_STMT_ALTER_TABLE);
	assert_int_equal(s->u.alter->actions.n, 2);
	x = s->u.alter->actions.items[1];
	assert_int_equal(x->kind, SCT_ALTER_ADD_COLUMN);
	assert_string_equal(x->column->name.s, "c2");

	s = one("ALTER TABLE t ALTER COLUMN a nvarchar(20) NOT NULL", SCT_STMT_ALTER_TABLE);
	x = s->u.alter->actions.items[0];
	assert_int_equal(x->kind, SCT_ALTER_ALTER_COLUMN);
	assert_int_equal(x->column->nullable, 0);

	s = one("ALTER TABLE t DROP CONSTRAINT IF EXISTS c1, c2, COLUMN d", SCT_STMT_ALTER_TABLE);
	assert_int_equal(s->u.alter->actions.n, 3);
	assert_int_equal(((sct_alter_action *)s->u.alter->actions.items[1])->kind, SCT_ALTER_DROP_CONSTRAINT);
	assert_int_equal(((sct_alter_action *)s->u.alter->actions.items[2])->kind, SCT_ALTER_DROP_COLUMN);

	s = one("ALTER TABLE t SET (LOCK_ESCALATION = AUTO)", SCT_STMT_ALTER_TABLE);
	x = s->u.alter->actions.items[0];
	assert_int_equal(x->kind, SCT_ALTER_OTHER);
	assert_string_equal(x->text, "SET (LOCK_ESCALATION = AUTO)");
	s = one("ALTER TABLE t ENABLE TRIGGER ALL", SCT_STMT_ALTER_TABLE);
	assert_int_equal(((sct_alter_action *)s->u.alter->actions.items[0])->kind, SCT_ALTER_OTHER);
}

/* ---------------- indexes ---------------- */

static void test_create_index(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE UNIQUE NONCLUSTERED INDEX [IX] ON [dbo].[T]([a] ASC, [b] DESC) INCLUDE ([c], [d]) "
			  "WHERE ([a] IS NOT NULL) WITH (ONLINE = ON) ON [PRIMARY];",
			  SCT_STMT_INDEX);
	sct_index *x = s->u.index;
	assert_string_equal(x->name.s, "IX");
	assert_string_equal(x->table->name.s, "T");
	assert_int_equal(x->flags, SCT_IDXF_UNIQUE | SCT_IDXF_NONCLUSTERED);
	assert_int_equal(x->columns.n, 2);
	assert_int_equal(ICOL(x->columns, 1)->desc, 1);
	assert_int_equal(x->include.n, 2);
	assert_int_equal(x->where->kind, SCT_E_PAREN);
	assert_int_equal(x->where->a->kind, SCT_E_ISNULL);
	assert_int_equal(x->options.n, 2);

	s = one("CREATE CLUSTERED COLUMNSTORE INDEX cci ON t", SCT_STMT_INDEX);
	assert_int_equal(s->u.index->flags, SCT_IDXF_CLUSTERED | SCT_IDXF_COLUMNSTORE);
	s = one("CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON t (a, b)", SCT_STMT_INDEX);
	assert_int_equal(s->u.index->columns.n, 2);
	s = one("CREATE PRIMARY XML INDEX px ON t (x)", SCT_STMT_INDEX);
	assert_true(s->u.index->flags & SCT_IDXF_XML);
	s = one("CREATE XML INDEX sx ON t (x) USING XML INDEX px FOR PATH", SCT_STMT_INDEX);
	assert_true(s->u.index->flags & SCT_IDXF_XML);
	assert_string_equal(OPT(s->u.index->options, 1)->value, "path");
	s = one("CREATE SPATIAL INDEX si ON t (g) USING GEOGRAPHY_GRID WITH (GRIDS = (MEDIUM, LOW), CELLS_PER_OBJECT = 16)", SCT_STMT_INDEX);
	assert_true(s->u.index->flags & SCT_IDXF_SPATIAL);
	s = one("CREATE FULLTEXT INDEX ON [Production].[ProductReview]([Comments] LANGUAGE 1033, [Doc] TYPE COLUMN [Ext]) "
		"KEY INDEX [PK_ProductReview] ON ([Cat], FILEGROUP [PRIMARY]) WITH CHANGE_TRACKING AUTO",
		SCT_STMT_INDEX);
	assert_true(s->u.index->flags & SCT_IDXF_FULLTEXT);
	assert_int_equal(s->u.index->columns.n, 2);
	assert_string_equal(ICOL(s->u.index->columns, 1)->name.s, "Doc");
}

/* ---------------- sequence, synonym, type, schema ---------------- */

static void test_sequence(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE SEQUENCE [Sequences].[S] AS INT START WITH 1 INCREMENT BY -2 MINVALUE -100 NO MAXVALUE CYCLE CACHE 50",
			  SCT_STMT_SEQUENCE);
	sct_sequence *q = s->u.sequence;
	assert_string_equal(q->name->schema.s, "Sequences");
	assert_string_equal(q->type->name, "int");
	assert_string_equal(q->start, "1");
	assert_string_equal(q->increment, "-2");
	assert_string_equal(q->minvalue, "-100");
	assert_int_equal(q->no_maxvalue, 1);
	assert_int_equal(q->cycle, 1);
	assert_string_equal(q->cache, "50");
	s = one("CREATE SEQUENCE s NO CYCLE NO CACHE", SCT_STMT_SEQUENCE);
	assert_int_equal(s->u.sequence->cycle, 0);
	assert_int_equal(s->u.sequence->no_cache, 1);
}

static void test_synonym_schema(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE SYNONYM dbo.S FOR [srv].[db].[sch].[obj]", SCT_STMT_SYNONYM);
	assert_string_equal(sct_qname_server(s->u.synonym->target)->s, "srv");
	assert_string_equal(sct_qname_catalog(s->u.synonym->target)->s, "db");
	assert_string_equal(s->u.synonym->target->schema.s, "sch");
	assert_string_equal(s->u.synonym->target->name.s, "obj");
	s = one("CREATE SYNONYM S2 FOR db..obj", SCT_STMT_SYNONYM);
	assert_string_equal(sct_qname_catalog(s->u.synonym->target)->s, "db");
	assert_null(s->u.synonym->target->schema.s);
	s = one("CREATE SCHEMA [Sales] AUTHORIZATION [dbo]", SCT_STMT_SCHEMA);
	assert_string_equal(s->u.schema->name.s, "Sales");
	assert_string_equal(s->u.schema->authorization.s, "dbo");
}

static void test_create_type(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE TYPE [dbo].[Name] FROM [nvarchar](50) NULL", SCT_STMT_TYPE);
	assert_int_equal(s->u.type->kind, SCT_TYPEDEF_ALIAS);
	assert_string_equal(s->u.type->base->name, "nvarchar");
	assert_int_equal(s->u.type->base->params[0], 50);
	assert_int_equal(s->u.type->nullable, 1);
	s = one("CREATE TYPE Website.OrderList AS TABLE (OrderID int PRIMARY KEY, Qty int NOT NULL, INDEX ix (Qty)) WITH (MEMORY_OPTIMIZED = ON)",
		SCT_STMT_TYPE);
	assert_int_equal(s->u.type->kind, SCT_TYPEDEF_TABLE);
	assert_int_equal(s->u.type->columns.n, 2);
	assert_non_null(s->u.type->table);
	assert_int_equal(s->u.type->table->indexes.n, 1);
	s = one("EXEC sp_addtype N'Phone', N'nvarchar(25)', N'NOT NULL'", SCT_STMT_TYPE);
	assert_string_equal(s->u.type->name->name.s, "Phone");
	assert_string_equal(s->u.type->base->name, "nvarchar");
	assert_int_equal(s->u.type->base->params[0], 25);
	assert_int_equal(s->u.type->nullable, 0);
	s = one("EXEC sp_addtype @typename = empid, @phystype = 'numeric(9,2)'", SCT_STMT_TYPE);
	assert_string_equal(s->u.type->name->name.s, "empid");
	assert_int_equal(s->u.type->base->nparams, 2);
	assert_int_equal(s->u.type->nullable, -1);
}

static void test_extended_property(void **st)
{
	(void)st;
	sct_stmt *s = one("EXECUTE sp_addextendedproperty @name = N'MS_Description', @value = N'It''s a table', "
			  "@level0type = N'SCHEMA', @level0name = N'Sales', @level1type = N'TABLE', @level1name = N'Orders';",
			  SCT_STMT_COMMENT);
	sct_comment *c = s->u.comment;
	assert_int_equal(c->on, SCT_ON_TABLE);
	assert_string_equal(c->property, "MS_Description");
	assert_string_equal(c->text, "It's a table");
	assert_string_equal(c->object->schema.s, "Sales");
	assert_string_equal(c->object->name.s, "Orders");
	s = one("EXEC [sys].[sp_addextendedproperty] N'Description', 'col doc', N'SCHEMA', N'dbo', N'TABLE', N'T', N'COLUMN', N'c'",
		SCT_STMT_COMMENT);
	c = s->u.comment;
	assert_int_equal(c->on, SCT_ON_COLUMN);
	assert_string_equal(c->column.s, "c");
	assert_string_equal(c->text, "col doc");
	s = one("EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=CAST(N'cast doc' AS sql_variant), "
		"@level0type=N'SCHEMA', @level0name=N'dbo'",
		SCT_STMT_COMMENT);
	assert_int_equal(s->u.comment->on, SCT_ON_SCHEMA);
	assert_string_equal(s->u.comment->object->name.s, "dbo");
	assert_string_equal(s->u.comment->text, "cast doc");
	s = one("EXEC sp_addextendedproperty N'x', N'y', N'SCHEMA', N'dbo', N'PROCEDURE', N'p'", SCT_STMT_COMMENT);
	assert_int_equal(s->u.comment->on, SCT_ON_ROUTINE);
}

/* ---------------- views and queries ---------------- */

static void test_view_basic(void **st)
{
	(void)st;
	const char *src = "CREATE OR ALTER VIEW [dbo].[V] (x, y) WITH SCHEMABINDING AS\n"
			  "SELECT DISTINCT TOP (10) PERCENT t.a AS x, y = b + 1, 'z' = c, d e, t.*\n"
			  "FROM dbo.T AS t WITH (NOLOCK)\n"
			  "LEFT OUTER JOIN dbo.U u ON u.id = t.id\n"
			  "CROSS APPLY dbo.fn(t.id) AS f\n"
			  "WHERE t.a != 1 AND NOT t.b IN (1, 2) OR t.c BETWEEN 1 AND 3\n"
			  "GROUP BY t.a, b HAVING COUNT(*) > 1\n"
			  "ORDER BY x DESC\n"
			  "WITH CHECK OPTION;";
	sct_stmt *s = one(src, SCT_STMT_VIEW);
	sct_view *v = s->u.view;
	assert_string_equal(v->name->name.s, "V");
	assert_int_equal(v->columns.n, 2);
	assert_true(v->flags & SCT_VIEWF_SCHEMABINDING);
	assert_true(v->flags & SCT_VIEWF_OR_REPLACE);
	assert_true(v->flags & SCT_VIEWF_CHECK_OPTION);
	sct_query *q = v->query;
	assert_int_equal(q->kind, SCT_Q_SELECT);
	assert_true(q->flags & SCT_QF_DISTINCT);
	assert_true(q->flags & SCT_QF_TOP_PERCENT);
	assert_int_equal(q->top->kind, SCT_E_NUM);
	assert_int_equal(q->targets.n, 5);
	sct_target *tg = q->targets.items[1];
	assert_string_equal(tg->alias.s, "y");
	assert_int_equal(tg->expr->op, SCT_OP_ADD);
	tg = q->targets.items[2];
	assert_string_equal(tg->alias.s, "z");
	tg = q->targets.items[3];
	assert_string_equal(tg->alias.s, "e");
	tg = q->targets.items[4];
	assert_int_equal(tg->expr->kind, SCT_E_STAR);
	assert_string_equal(tg->expr->name->name.s, "t");
	assert_int_equal(q->from.n, 1);
	sct_from *f = q->from.items[0];
	assert_int_equal(f->kind, SCT_FROM_JOIN);
	assert_int_equal(f->join, SCT_JOIN_CROSS_APPLY);
	assert_int_equal(f->right->kind, SCT_FROM_FUNC);
	sct_from *j = f->left;
	assert_int_equal(j->join, SCT_JOIN_LEFT);
	assert_int_equal(j->left->kind, SCT_FROM_TABLE);
	assert_true(j->left->has_hints);
	assert_string_equal(j->left->alias.s, "t");
	assert_int_equal(q->where->op, SCT_OP_OR);
	assert_int_equal(q->where->a->op, SCT_OP_AND);
	assert_int_equal(q->where->a->a->op, SCT_OP_NE);
	assert_int_equal(q->where->a->b->op, SCT_OP_NOT);
	assert_int_equal(q->where->a->b->a->kind, SCT_E_IN);
	assert_int_equal(q->where->b->kind, SCT_E_BETWEEN);
	assert_int_equal(q->group_by.n, 2);
	assert_int_equal(q->having->a->flags & SCT_EF_STARARG, SCT_EF_STARARG);
	assert_int_equal(q->order_by.n, 1);
	assert_int_equal(SCT_LIST_AT(q->order_by, sct_sort, 0)->desc, 1);
	assert_string_equal(sct_arena_strndup(&A, src + v->query_loc, v->query_end - v->query_loc),
			    strstr(src, "SELECT DISTINCT") ? "SELECT DISTINCT TOP (10) PERCENT t.a AS x, y = b + 1, 'z' = c, d e, t.*\n"
							      "FROM dbo.T AS t WITH (NOLOCK)\n"
							      "LEFT OUTER JOIN dbo.U u ON u.id = t.id\n"
							      "CROSS APPLY dbo.fn(t.id) AS f\n"
							      "WHERE t.a != 1 AND NOT t.b IN (1, 2) OR t.c BETWEEN 1 AND 3\n"
							      "GROUP BY t.a, b HAVING COUNT(*) > 1\n"
							      "ORDER BY x DESC" : "");
}

static void test_view_cte_union_subquery(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE VIEW v AS WITH c (a, b) AS (SELECT 1, 2 UNION ALL SELECT a + 1, b FROM c WHERE a < 5)\n"
			  "SELECT a FROM c UNION SELECT x FROM (SELECT x FROM t) AS d (x) EXCEPT (SELECT 3) "
			  "INTERSECT SELECT y FROM u WHERE EXISTS (SELECT 1 FROM w) AND y > ALL (SELECT z FROM w)",
			  SCT_STMT_VIEW);
	sct_query *q = s->u.view->query;
	assert_int_equal(q->ctes.n, 1);
	sct_cte *c = q->ctes.items[0];
	assert_string_equal(c->name.s, "c");
	assert_int_equal(c->columns.n, 2);
	assert_int_equal(c->query->kind, SCT_Q_UNION_ALL);
	assert_int_equal(q->kind, SCT_Q_INTERSECT);
	assert_int_equal(q->left->kind, SCT_Q_EXCEPT);
	assert_true(q->left->right->flags & SCT_QF_PAREN);
	assert_int_equal(q->left->left->kind, SCT_Q_UNION);
	sct_query *r = q->left->left->right;
	sct_from *f = r->from.items[0];
	assert_int_equal(f->kind, SCT_FROM_SUBQUERY);
	assert_string_equal(f->alias.s, "d");
	assert_int_equal(f->col_aliases.n, 1);
	sct_expr *w = q->right->where;
	assert_int_equal(w->a->kind, SCT_E_EXISTS);
	assert_int_equal(w->b->op, SCT_OP_GT);
	assert_true(w->b->flags & SCT_EF_ALL);
	assert_int_equal(w->b->b->kind, SCT_E_SUBQUERY);
}

static void test_expressions(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE VIEW v AS SELECT CAST(a AS decimal(10, 2)) c1, CONVERT(varchar(10), b, 120) c2, "
			  "TRY_CONVERT(int, '1') c3, TRY_CAST(x AS int) c4, CASE a WHEN 1 THEN 'x' ELSE 'y' END c5, "
			  "CASE WHEN a IS NULL THEN 0 END c6, N'nat' c7, 0xFF c8, -a * (b % 2) c9, ~a & 3 | 4 ^ 5 c10, "
			  "name COLLATE Latin1_General_BIN c11, ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC) c12, "
			  "SUM(x) OVER (ORDER BY y ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) c13, "
			  "COUNT(DISTINCT a) c14, CURRENT_TIMESTAMP c15, @@SPID c16, NEXT VALUE FOR dbo.s c17, "
			  "LEFT(a, 2) c18, COALESCE(a, b) c19, (SELECT MAX(z) FROM w) c20, "
			  "ContactInfo.ref.value(N'x', 'int') c21, IIF(a > b, 1, 0) c22, USER c23 "
			  "FROM t WHERE a LIKE 'x%' ESCAPE '!' AND b NOT LIKE 'y' AND c NOT BETWEEN 1 AND 2 AND d !< 3 AND e !> 4",
			  SCT_STMT_VIEW);
	sct_query *q = s->u.view->query;
	assert_int_equal(q->targets.n, 23);
#define TE(i) (SCT_LIST_AT(q->targets, sct_target, i)->expr)
	assert_int_equal(TE(0)->kind, SCT_E_CAST);
	assert_int_equal(sct_expr_type(TE(0))->nparams, 2);
	assert_int_equal(TE(1)->kind, SCT_E_CAST);
	assert_true(TE(1)->flags & SCT_EF_CONVERT);
	assert_string_equal(TE(1)->b->text, "120");
	assert_true(TE(2)->flags & SCT_EF_TRY);
	assert_true(TE(3)->flags & SCT_EF_TRY);
	assert_int_equal(TE(4)->kind, SCT_E_CASE);
	assert_non_null(TE(4)->a);
	assert_non_null(TE(4)->b);
	assert_null(TE(5)->a);
	assert_int_equal(SCT_LIST_AT(TE(5)->args, sct_when, 0)->cond->kind, SCT_E_ISNULL);
	assert_true(TE(6)->flags & SCT_EF_NATIONAL);
	assert_string_equal(TE(6)->text, "nat");
	assert_int_equal(TE(7)->kind, SCT_E_BIN);
	assert_string_equal(TE(7)->text, "FF");
	assert_int_equal(TE(8)->op, SCT_OP_MUL);
	assert_int_equal(TE(8)->a->op, SCT_OP_NEG);
	assert_int_equal(TE(9)->op, SCT_OP_BITXOR);
	assert_int_equal(TE(10)->kind, SCT_E_COLLATE);
	assert_string_equal(TE(10)->text, "Latin1_General_BIN");
	assert_non_null(sct_expr_over(TE(11)));
	assert_int_equal(sct_expr_over(TE(11))->partition_by.n, 1);
	assert_int_equal(sct_expr_over(TE(11))->order_by.n, 1);
	assert_string_equal(sct_expr_over(TE(12))->frame, "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW");
	assert_true(TE(13)->flags & SCT_EF_DISTINCT);
	assert_int_equal(TE(14)->kind, SCT_E_KEYWORD);
	assert_int_equal(TE(15)->kind, SCT_E_GLOBAL);
	assert_string_equal(TE(15)->text, "spid");
	assert_int_equal(TE(16)->kind, SCT_E_NEXTVAL);
	assert_string_equal(TE(17)->name->name.s, "LEFT");
	assert_string_equal(TE(18)->name->name.s, "COALESCE");
	assert_int_equal(TE(19)->kind, SCT_E_SUBQUERY);
	assert_int_equal(TE(20)->kind, SCT_E_FUNC);
	assert_string_equal(TE(20)->name->name.s, "value");
	assert_string_equal(TE(20)->name->schema.s, "ref");
	assert_int_equal(SCT_LIST_AT(TE(21)->args, sct_expr, 0)->op, SCT_OP_GT);
	assert_string_equal(TE(22)->text, "USER");
	/* expression end offsets cover the text */
	assert_string_equal(sct_arena_strndup(&A, SRC + TE(0)->loc, TE(0)->end - TE(0)->loc), "CAST(a AS decimal(10, 2))");
	sct_expr *w = q->where;
	assert_int_equal(w->op, SCT_OP_AND);
	assert_int_equal(w->b->op, SCT_OP_NGT);
	assert_int_equal(w->a->b->op, SCT_OP_NLT);
	assert_true(w->a->a->b->flags & SCT_EF_NOT);
	assert_int_equal(w->a->a->b->kind, SCT_E_BETWEEN);
	assert_string_equal(sct_expr_c(w->a->a->b)->text, "2");
	/* the side part (third operand, CAST type, subquery, window) only where one is set */
	sct_expr *like = w->a->a->a->a, *unlike = w->a->a->a->b;
	assert_int_equal(like->kind, SCT_E_LIKE);
	assert_string_equal(sct_expr_c(like)->text, "!");
	assert_int_equal(unlike->kind, SCT_E_LIKE);
	assert_null(unlike->more); /* no ESCAPE */
	assert_null(sct_expr_c(unlike));
	assert_null(TE(13)->more); /* COUNT(DISTINCT a): no OVER */
	assert_null(sct_expr_over(TE(13)));
	assert_null(TE(17)->more);
	assert_null(TE(8)->more);
	assert_non_null(TE(0)->more);
}

static void test_view_for_xml_offset(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE VIEW v AS SELECT STUFF((SELECT ',' + n FROM t FOR XML PATH('')), 1, 1, '') AS l FROM u "
			  "ORDER BY l OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY OPTION (MAXRECURSION 0)",
			  SCT_STMT_VIEW);
	sct_query *q = s->u.view->query;
	assert_non_null(q->offset);
	assert_non_null(q->fetch);
	sct_expr *stuff = SCT_LIST_AT(q->targets, sct_target, 0)->expr;
	sct_expr *sub = SCT_LIST_AT(stuff->args, sct_expr, 0);
	assert_int_equal(sub->kind, SCT_E_SUBQUERY);
	assert_true(sct_expr_query(sub)->flags & SCT_QF_FOR_XML);
}

/* ---------------- routines ---------------- */

static void test_procedure_header(void **st)
{
	(void)st;
	const char *src = "CREATE PROCEDURE [dbo].[p] @a INT = 5, @b NVARCHAR(MAX) = NULL OUTPUT, @t dbo.TT READONLY, @c AS int = -1 OUT\n"
			  "WITH EXECUTE AS OWNER, RECOMPILE\nAS\nBEGIN\n  SET NOCOUNT ON;\nEND;";
	sct_stmt *s = one(src, SCT_STMT_ROUTINE);
	sct_routine *r = s->u.routine;
	assert_int_equal(r->kind, SCT_ROUTINE_PROCEDURE);
	assert_string_equal(r->name->name.s, "p");
	assert_int_equal(r->params.n, 4);
	sct_param *p = r->params.items[0];
	assert_string_equal(p->name.s, "a");
	assert_string_equal(p->type->name, "int");
	assert_string_equal(p->def->text, "5");
	p = r->params.items[1];
	assert_int_equal(p->mode, SCT_PARAM_OUT);
	assert_int_equal(p->def->kind, SCT_E_NULL);
	assert_int_equal(p->type->params[0], SCT_PARAM_MAX);
	p = r->params.items[2];
	assert_int_equal(p->readonly, 1);
	assert_int_equal(p->mode, SCT_PARAM_IN);
	p = r->params.items[3];
	assert_int_equal(p->mode, SCT_PARAM_OUT);
	assert_string_equal(sct_arena_strndup(&A, src + r->body_loc, r->body_end - r->body_loc), "BEGIN\n  SET NOCOUNT ON;\nEND;");
	s = one("CREATE OR ALTER PROC p (@x int) AS SELECT @x", SCT_STMT_ROUTINE);
	assert_int_equal(s->u.routine->or_replace, 1);
	assert_int_equal(s->u.routine->params.n, 1);
	s = one("ALTER PROCEDURE p AS RETURN 0", SCT_STMT_ROUTINE);
	assert_int_equal(s->u.routine->params.n, 0);
}

static void test_function_header(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE FUNCTION dbo.f (@a int, @b varchar(10) = 'x') RETURNS decimal(10,2) WITH SCHEMABINDING AS BEGIN RETURN 1 END",
			  SCT_STMT_ROUTINE);
	sct_routine *r = s->u.routine;
	assert_int_equal(r->kind, SCT_ROUTINE_FUNCTION);
	assert_int_equal(r->params.n, 2);
	assert_string_equal(r->returns->name, "decimal");
	assert_int_equal(r->returns_table, 0);
	s = one("CREATE FUNCTION f() RETURNS TABLE AS RETURN (SELECT 1 AS a)", SCT_STMT_ROUTINE);
	assert_int_equal(s->u.routine->returns_table, 1);
	s = one("CREATE FUNCTION f(@p int) RETURNS @r TABLE (id int PRIMARY KEY, n nvarchar(20)) AS BEGIN RETURN END", SCT_STMT_ROUTINE);
	assert_int_equal(s->u.routine->returns_table, 1);
	assert_int_equal(s->u.routine->returns_columns.n, 2);
}

static void test_trigger_header(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE TRIGGER [Sales].[tr] ON [Sales].[Orders] AFTER INSERT, UPDATE NOT FOR REPLICATION AS BEGIN SELECT 1 END",
			  SCT_STMT_ROUTINE);
	sct_routine *r = s->u.routine;
	assert_int_equal(r->kind, SCT_ROUTINE_TRIGGER);
	assert_string_equal(r->trigger_table->name.s, "Orders");
	assert_int_equal(r->trigger_events, SCT_TRIG_INSERT | SCT_TRIG_UPDATE);
	assert_int_equal(r->trigger_timing, SCT_TRIG_AFTER);
	s = one("CREATE TRIGGER t ON v INSTEAD OF DELETE AS SELECT 1", SCT_STMT_ROUTINE);
	assert_int_equal(s->u.routine->trigger_timing, SCT_TRIG_INSTEAD_OF);
	assert_int_equal(s->u.routine->trigger_events, SCT_TRIG_DELETE);
	s = one("CREATE TRIGGER [ddl] ON DATABASE FOR DDL_DATABASE_LEVEL_EVENTS AS BEGIN SET NOCOUNT ON; END;", SCT_STMT_ROUTINE);
	assert_null(s->u.routine->trigger_table);
	assert_true(s->u.routine->trigger_events & SCT_TRIG_DDL);
}

/* ---------------- chatter ---------------- */

static void test_chatter(void **st)
{
	(void)st;
	parse("GRANT EXECUTE ON SCHEMA::dbo TO r\nCREATE ROLE r AUTHORIZATION dbo\nEXEC sp_addrolemember N'r', N'u'\n"
	      "EXEC ('CREATE TABLE x (a int)')\nEXEC sp_executesql N'SELECT 1'\nCREATE DATABASE d\n"
	      "CREATE PARTITION FUNCTION pf (int) AS RANGE RIGHT FOR VALUES (1, 2)\nCREATE XML SCHEMA COLLECTION c AS N'<x/>'\n"
	      "SET IDENTITY_INSERT t ON\nTRUNCATE TABLE t\nMERGE t USING u ON t.a = u.a WHEN MATCHED THEN UPDATE SET b = 1 WHEN NOT MATCHED THEN INSERT (a) VALUES (1);\n"
	      "RAISERROR('x', 16, 1)\nCREATE FULLTEXT CATALOG ftc AS DEFAULT\nDBCC CHECKDB");
	assert_int_equal(L.n, 14);
	assert_int_equal(S(0)->u.other->kind, SCT_OTHER_SECURITY);
	assert_string_equal(verb(1), "CREATE ROLE");
	assert_int_equal(S(1)->u.other->kind, SCT_OTHER_SECURITY);
	assert_string_equal(verb(2), "EXEC SP_ADDROLEMEMBER");
	assert_int_equal(S(2)->u.other->kind, SCT_OTHER_SECURITY);
	assert_int_equal(S(3)->u.other->kind, SCT_OTHER_DYNAMIC);
	assert_int_equal(S(4)->u.other->kind, SCT_OTHER_DYNAMIC);
	assert_string_equal(verb(5), "CREATE DATABASE");
	assert_int_equal(S(5)->u.other->kind, SCT_OTHER_DATABASE);
	assert_string_equal(verb(6), "CREATE PARTITION FUNCTION");
	assert_string_equal(verb(7), "CREATE XML SCHEMA COLLECTION");
	assert_string_equal(verb(8), "SET IDENTITY_INSERT");
	assert_int_equal(S(9)->u.other->kind, SCT_OTHER_DATA);
	assert_string_equal(verb(10), "MERGE");
	assert_int_equal(S(11)->u.other->kind, SCT_OTHER_CONTROL);
	assert_string_equal(verb(12), "CREATE FULLTEXT CATALOG");
	assert_int_equal(S(13)->u.other->kind, SCT_OTHER_DATABASE);
}

static void test_spans_cover_tokens(void **st)
{
	(void)st;
	const char *src = "-- head\nCREATE TABLE a (x int) ; /* c */ CREATE TABLE b (y int)\nGO\nPRINT 'p';;\nSELECT 1";
	parse(src);
	assert_int_equal(L.n, 4);
	assert_string_equal(span(S(0)), "CREATE TABLE a (x int) ;");
	assert_string_equal(span(S(1)), "CREATE TABLE b (y int)");
	assert_string_equal(span(S(2)), "PRINT 'p';");
	assert_string_equal(span(S(3)), "SELECT 1");
	/* every token of the input lies in exactly one statement (GO and stray ';' excepted) */
	size_t n;
	sct_tsql_tok *t = sct_tsql_tokenize(src, strlen(src), &n);
	for (size_t i = 0; i < n; i++) {
		int in = 0;
		for (int k = 0; k < L.n; k++)
			if (t[i].off >= S(k)->loc && t[i].off + t[i].len <= S(k)->end)
				in++;
		assert_int_equal(in, (t[i].kind == TK_GO || (t[i].kind == ';' && i + 1 < n && t[i - 1].kind == ';')) ? 0 : 1);
	}
	free(t);
}

static void test_column_level_index(void **st)
{
	(void)st;
	sct_table *t = one("CREATE TABLE t (a int NOT NULL INDEX ix_a, b int INDEX ix_b CLUSTERED, c int)",
			   SCT_STMT_TABLE)->u.table;
	assert_int_equal(t->columns.n, 3);
	assert_int_equal(t->indexes.n, 2);
	sct_index *a = t->indexes.items[0], *b = t->indexes.items[1];
	assert_string_equal(a->name.s, "ix_a");
	assert_int_equal(a->columns.n, 1);
	assert_string_equal(((sct_index_col *)a->columns.items[0])->name.s, "a");
	assert_int_equal(a->flags & SCT_IDXF_UNIQUE, 0);
	assert_string_equal(b->name.s, "ix_b");
	assert_true(b->flags & SCT_IDXF_CLUSTERED);
	assert_int_equal(b->flags & SCT_IDXF_UNIQUE, 0);
	assert_int_equal(((sct_column *)t->columns.items[0])->nullable, 0);
}

static void test_multiword_types(void **st)
{
	(void)st;
	sct_table *t = one("CREATE TABLE t (a national character\n  varying(30), b DOUBLE PRECISION, c char varying(5), d character(2))",
			   SCT_STMT_TABLE)->u.table;
	assert_int_equal(t->columns.n, 4);
	sct_column *a = t->columns.items[0], *b = t->columns.items[1], *c = t->columns.items[2], *d = t->columns.items[3];
	assert_string_equal(a->type->name, "national character varying");
	assert_int_equal(a->type->nparams, 1);
	assert_int_equal(a->type->params[0], 30);
	assert_string_equal(b->type->name, "double precision");
	assert_string_equal(c->type->name, "char varying");
	assert_string_equal(d->type->name, "character");
	assert_string_equal(c->name.s, "c");
}

/* Old-style hints without WITH, string aliases, NEXT/CAST/WITHIN as column names. */
static void test_view_old_forms(void **st)
{
	(void)st;
	sct_query *q = one("CREATE VIEW v AS SELECT a 'x', N'y' = b, c AS 'z', next, cast, within, CAST(d AS int) e\n"
			   "FROM dbo.t AS p (NOLOCK, INDEX(ix)) JOIN u (READPAST) ON u.id = p.id",
			   SCT_STMT_VIEW)->u.view->query;
	assert_int_equal(q->targets.n, 7);
	const char *alias[] = {"x", "y", "z"};
	for (int i = 0; i < 3; i++)
		assert_string_equal(SCT_LIST_AT(q->targets, sct_target, i)->alias.s, alias[i]);
	const char *cols[] = {"next", "cast", "within"};
	for (int i = 0; i < 3; i++) {
		sct_expr *e = SCT_LIST_AT(q->targets, sct_target, 3 + i)->expr;
		assert_int_equal(e->kind, SCT_E_COL);
		assert_string_equal(e->name->name.s, cols[i]);
	}
	assert_int_equal(SCT_LIST_AT(q->targets, sct_target, 6)->expr->kind, SCT_E_CAST);
	sct_from *j = q->from.items[0];
	assert_int_equal(j->kind, SCT_FROM_JOIN);
	assert_string_equal(j->left->alias.s, "p");
	assert_true(j->left->has_hints);
	assert_true(j->right->has_hints);
	assert_null(j->right->alias.s);
	/* a function call whose argument is not a hint word stays a call; NEXT VALUE FOR stays a sequence */
	q = one("CREATE VIEW w AS SELECT NEXT VALUE FOR s AS n FROM f(x) AS r", SCT_STMT_VIEW)->u.view->query;
	assert_int_equal(SCT_LIST_AT(q->targets, sct_target, 0)->expr->kind, SCT_E_NEXTVAL);
	assert_int_equal(((sct_from *)q->from.items[0])->kind, SCT_FROM_FUNC);
}

/* PIVOT becomes a grouped derived table; UNPIVOT a filtered cross join; unknown source columns fail. */
static void test_view_pivot(void **st)
{
	(void)st;
	sct_query *q = one("CREATE VIEW v AS SELECT * FROM (SELECT r, y AS fy, amt FROM s) AS src\n"
			   "PIVOT (SUM(amt) FOR fy IN ([2021], [2022])) AS p", SCT_STMT_VIEW)->u.view->query;
	sct_from *f = q->from.items[0];
	assert_int_equal(f->kind, SCT_FROM_SUBQUERY);
	assert_string_equal(f->alias.s, "p");
	sct_query *g = f->query;
	assert_int_equal(g->targets.n, 3);
	assert_int_equal(g->group_by.n, 1);
	assert_string_equal(((sct_expr *)g->group_by.items[0])->name->name.s, "r");
	sct_target *t = g->targets.items[1];
	assert_string_equal(t->alias.s, "2021");
	assert_int_equal(t->expr->kind, SCT_E_FUNC);
	assert_int_equal(((sct_expr *)t->expr->args.items[0])->kind, SCT_E_CASE);
	assert_string_equal(((sct_from *)g->from.items[0])->alias.s, "src");

	q = one("CREATE VIEW u AS SELECT * FROM (SELECT k, a, b FROM s) AS src UNPIVOT (v FOR n IN (a, b)) AS x",
		SCT_STMT_VIEW)->u.view->query;
	f = q->from.items[0];
	assert_int_equal(f->kind, SCT_FROM_SUBQUERY);
	assert_string_equal(f->alias.s, "x");
	assert_int_equal(f->query->where->kind, SCT_E_ISNULL);
	sct_query *in = ((sct_from *)f->query->from.items[0])->query;
	assert_int_equal(in->targets.n, 3); /* k, n, v */
	assert_int_equal(((sct_from *)in->from.items[0])->join, SCT_JOIN_CROSS);

	/* over a table the converter adds the grouping columns from the catalog */
	q = one("CREATE VIEW p AS SELECT * FROM t PIVOT (SUM(a) FOR b IN ([1])) AS p", SCT_STMT_VIEW)->u.view->query;
	g = ((sct_from *)q->from.items[0])->query;
	assert_true(g->flags & SCT_QF_PIVOT_FILL);
	assert_int_equal(g->targets.n, 1);
	parse("CREATE VIEW p AS SELECT * FROM dbo.f(1) AS s PIVOT (SUM(a) FOR b IN ([1])) AS p");
	assert_int_equal(L.n, 1);
	assert_non_null(S(0)->error);
	assert_non_null(strstr(S(0)->error, "columns are not known"));
	parse("CREATE VIEW p AS SELECT * FROM (SELECT * FROM t) s UNPIVOT (v FOR n IN (a)) AS u");
	assert_non_null(S(0)->error);
}

/* The parser tells whether it saw a type named hierarchyid (any spelling or schema, an alias type's base):
 * without one the converter knows no column is of that type without reading every column (hierarchyid.c). */
static void test_hierarchyid_seen(void **state)
{
	(void)state;
	parse("CREATE TABLE t (a int, b nvarchar(10), c geography);\nGO\nCREATE TYPE dbo.h FROM int;");
	assert_int_equal(HIER, 0);
	parse("CREATE TABLE t (a int, n hierarchyid NULL);");
	assert_int_equal(HIER, 1);
	parse("CREATE TABLE t (a int, n [HierarchyId]);");
	assert_int_equal(HIER, 1);
	parse("CREATE TABLE t (a int, n sys.HIERARCHYID);");
	assert_int_equal(HIER, 1);
	parse("CREATE TYPE dbo.node FROM hierarchyid NOT NULL;\nGO\nCREATE TABLE t (n dbo.node);");
	assert_int_equal(HIER, 1);
	parse("EXEC sp_addtype 'node', 'hierarchyid';");
	assert_int_equal(HIER, 1);
	parse("CREATE TABLE hierarchyid (hierarchyid int);"); /* names, not types */
	assert_int_equal(HIER, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_column_level_index, setup, teardown),
		cmocka_unit_test_setup_teardown(test_multiword_types, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lex_kinds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lex_keywords_case, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lex_quoted_identifier_off, setup, teardown),
		cmocka_unit_test_setup_teardown(test_table_double_comma, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lex_by_batch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lex_identifiers_unquoted, setup, teardown),
		cmocka_unit_test_setup_teardown(test_go_batches, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nested_comments, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unterminated_string, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unterminated_comment_bracket, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nul_byte, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deep_nesting, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sqlcmd, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_no_semicolons, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_if_exists_guard, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_routine_takes_batch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_ddl_continuations, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_begin_try_tran, setup, teardown),
		cmocka_unit_test_setup_teardown(test_create_table_columns, setup, teardown),
		cmocka_unit_test_setup_teardown(test_create_table_constraints_options, setup, teardown),
		cmocka_unit_test_setup_teardown(test_create_table_temp_memopt, setup, teardown),
		cmocka_unit_test_setup_teardown(test_create_table_syntax_error, setup, teardown),
		cmocka_unit_test_setup_teardown(test_alter_table, setup, teardown),
		cmocka_unit_test_setup_teardown(test_create_index, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sequence, setup, teardown),
		cmocka_unit_test_setup_teardown(test_synonym_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_create_type, setup, teardown),
		cmocka_unit_test_setup_teardown(test_extended_property, setup, teardown),
		cmocka_unit_test_setup_teardown(test_view_basic, setup, teardown),
		cmocka_unit_test_setup_teardown(test_view_cte_union_subquery, setup, teardown),
		cmocka_unit_test_setup_teardown(test_view_old_forms, setup, teardown),
		cmocka_unit_test_setup_teardown(test_view_pivot, setup, teardown),
		cmocka_unit_test_setup_teardown(test_expressions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_view_for_xml_offset, setup, teardown),
		cmocka_unit_test_setup_teardown(test_procedure_header, setup, teardown),
		cmocka_unit_test_setup_teardown(test_function_header, setup, teardown),
		cmocka_unit_test_setup_teardown(test_trigger_header, setup, teardown),
		cmocka_unit_test_setup_teardown(test_chatter, setup, teardown),
		cmocka_unit_test_setup_teardown(test_spans_cover_tokens, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hierarchyid_seen, setup, teardown),
	};
	return cmocka_run_group_tests_name("tsql_parse", tests, NULL, NULL);
}
