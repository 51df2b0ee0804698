/* test_oracle_parse.c - unit tests of the Oracle front end: SQL*Plus splitting, lexer, grammar, PL/SQL unit
 * boundaries, and the rewrites of Oracle query forms ((+) joins, ROWNUM, DECODE, DUAL, ||). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "parse/parse.h"
#include "parse/oracle/ora_int.h"
#include "oracle_parser.h"

static sct_arena A;
static sct_list L;
static const char *SRC;

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

static sct_list *parse(const char *src)
{
	SRC = src;
	memset(&L, 0, sizeof L);
	sct_parse_oracle(&A, src, strlen(src), 0, &L);
	return &L;
}
static sct_stmt *S(int i)
{
	assert_true(i < L.n);
	return L.items[i];
}
static sct_stmt *one(const char *src, sct_stmt_kind k)
{
	parse(src);
	if (L.n != 1 || S(0)->kind != k)
		for (int i = 0; i < L.n; i++)
			fprintf(stderr, "stmt %d kind %d error %s at %u\n", i, S(i)->kind, S(i)->error ? S(i)->error : "-",
				S(i)->error_loc);
	assert_int_equal(L.n, 1);
	assert_int_equal(S(0)->kind, k);
	return S(0);
}
static const char *span(const sct_stmt *s)
{
	return sct_arena_strndup(&A, SRC + s->loc, s->end - s->loc);
}
static const char *verb(int i)
{
	assert_int_equal(S(i)->kind, SCT_STMT_OTHER);
	return S(i)->u.other->verb;
}
#define COL(l, i) SCT_LIST_AT(l, sct_column, i)
#define CON(l, i) SCT_LIST_AT(l, sct_constraint, i)

/* ---------------- lexer ---------------- */

static void test_lex_kinds(void **st)
{
	(void)st;
	const char *s = "select \"Q\"\"x\" 'it''s' N'n' q'[a'b]' 1.5e3 .5 2f :new.x &&v || <> != ^= (+) := => .. 1..5";
	int want[] = {TK_SELECT, TK_QIDENT, TK_STRING, TK_NSTRING, TK_STRING, TK_NUMBER, TK_NUMBER, TK_NUMBER, TK_BIND,
		      '.', TK_IDENT, TK_SUBST, TK_CONCAT, TK_NE, TK_NE, TK_NE, TK_OJ, TK_ASSIGN, TK_ARROW, TK_DOTDOT,
		      TK_NUMBER, TK_DOTDOT, TK_NUMBER};
	size_t n;
	sct_ora_tok *t = sct_ora_tokenize(s, strlen(s), &n);
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(t[i].kind, want[i]);
	free(t);
}

static void test_string_values(void **st)
{
	(void)st;
	assert_string_equal(sct_ora_string_value(&A, "'it''s'", 7, NULL), "it's");
	assert_string_equal(sct_ora_string_value(&A, "q'[a'b]'", 8, NULL), "a'b");
	assert_string_equal(sct_ora_string_value(&A, "nq'{x}'", 7, NULL), "x");
	int nat = 0;
	assert_string_equal(sct_ora_string_value(&A, "N'n'", 4, &nat), "n");
	assert_int_equal(nat, 1);
}

/* ---------------- SQL*Plus statement boundaries ---------------- */

static void test_sqlplus_commands(void **st)
{
	(void)st;
	parse("SET ECHO OFF\nPROMPT it's a prompt; not SQL\nREM remark\n@@child.sql\nSPOOL x.log\n"
	      "CREATE TABLE t (a NUMBER)\n/\nDEFINE x = 1\nWHENEVER SQLERROR EXIT 1\nSET TRANSACTION READ ONLY;\nEXIT\n");
	assert_int_equal(L.n, 10);
	assert_string_equal(verb(0), "SET ECHO");
	assert_int_equal(S(1)->u.other->kind, SCT_OTHER_PRINT);
	assert_string_equal(verb(2), "REM");
	assert_int_equal(S(3)->u.other->kind, SCT_OTHER_CONTROL);
	assert_non_null(strstr(verb(3), "@@child.sql"));
	assert_string_equal(verb(4), "SPOOL");
	assert_int_equal(S(5)->kind, SCT_STMT_TABLE);
	assert_string_equal(span(S(5)), "CREATE TABLE t (a NUMBER)");
	assert_int_equal(S(5)->batch, 0);
	assert_int_equal(S(6)->batch, 1);
	assert_int_equal(S(6)->u.other->kind, SCT_OTHER_SESSION);
	assert_string_equal(verb(7), "WHENEVER");
	/* SET TRANSACTION is SQL, not a SQL*Plus SET */
	assert_string_equal(verb(8), "SET TRANSACTION");
	assert_string_equal(verb(9), "EXIT");
}

static void test_slash_is_division_inside_a_line(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE VIEW v AS SELECT a\n/ 2 AS h FROM t;", SCT_STMT_VIEW);
	assert_int_equal(s->u.view->query->targets.n, 1);
}

static void test_plsql_unit_boundaries(void **st)
{
	(void)st;
	parse("CREATE OR REPLACE PROCEDURE hr.p (x NUMBER) IS\nBEGIN\n  UPDATE t SET a = 1;\n  EXIT;\nEND;\n/\n"
	      "CREATE OR REPLACE EDITIONABLE TRIGGER trg BEFORE INSERT OR UPDATE ON hr.emp FOR EACH ROW\n"
	      "BEGIN :new.a := 1; END;\n/\nCREATE PACKAGE BODY pk AS END;\n/\nCREATE TABLE after_it (a NUMBER);");
	assert_int_equal(L.n, 4);
	sct_routine *r = S(0)->u.routine;
	assert_int_equal(S(0)->kind, SCT_STMT_ROUTINE);
	assert_int_equal(r->kind, SCT_ROUTINE_PROCEDURE);
	assert_string_equal(r->name->schema.s, "hr");
	assert_string_equal(r->name->name.s, "p");
	assert_int_equal(r->or_replace, 1);
	assert_non_null(strstr(span(S(0)), "END;"));
	assert_null(strstr(span(S(0)), "/"));
	r = S(1)->u.routine;
	assert_int_equal(r->kind, SCT_ROUTINE_TRIGGER);
	assert_int_equal(r->trigger_timing, SCT_TRIG_BEFORE);
	assert_int_equal(r->trigger_events, SCT_TRIG_INSERT | SCT_TRIG_UPDATE);
	assert_string_equal(r->trigger_table->name.s, "emp");
	assert_int_equal(S(2)->u.routine->kind, SCT_ROUTINE_PACKAGE_BODY);
	assert_int_equal(S(3)->kind, SCT_STMT_TABLE);
	/* an anonymous block is one statement up to the slash */
	parse("DECLARE n NUMBER;\nBEGIN\n  SELECT 1 INTO n FROM dual;\nEND;\n/\nCOMMIT;");
	assert_int_equal(L.n, 2);
	assert_int_equal(S(0)->u.other->kind, SCT_OTHER_CONTROL);
	assert_string_equal(verb(1), "COMMIT");
}

static void test_object_types(void **st)
{
	(void)st;
	parse("CREATE TYPE addr AS OBJECT (street VARCHAR2(40), zip NUMBER(5));\n/\n"
	      "CREATE OR REPLACE TYPE tab_t AS TABLE OF VARCHAR2(30) NOT NULL;\n/\n"
	      "CREATE TYPE obj_m AS OBJECT (a NUMBER, MEMBER FUNCTION f RETURN NUMBER);\n/\n");
	assert_int_equal(L.n, 3);
	sct_type_def *t = S(0)->u.type;
	assert_int_equal(t->kind, SCT_TYPEDEF_OBJECT);
	assert_int_equal(t->columns.n, 2);
	assert_string_equal(COL(t->columns, 1)->type->name, "number");
	assert_int_equal(COL(t->columns, 1)->type->params[0], 5);
	t = S(1)->u.type;
	assert_int_equal(t->kind, SCT_TYPEDEF_COLLECTION);
	assert_string_equal(t->base->name, "varchar2");
	assert_int_equal(t->nullable, 0);
	assert_int_equal(S(2)->u.type->kind, SCT_TYPEDEF_OTHER); /* methods: needs a body */
}

/* ---------------- CREATE TABLE ---------------- */

static void test_types(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE TABLE t (a NUMBER(*,0), b NUMBER(*), c VARCHAR2(10 CHAR), d TIMESTAMP(3) WITH LOCAL TIME ZONE,"
			  " e INTERVAL DAY(3) TO SECOND(2), f LONG RAW, g SYS.XMLTYPE, h addr_t, i DOUBLE PRECISION)", SCT_STMT_TABLE);
	sct_list *c = &s->u.table->columns;
	assert_string_equal(COL(*c, 0)->type->name, "number");
	assert_int_equal(COL(*c, 0)->type->nparams, 2);
	assert_int_equal(COL(*c, 0)->type->params[0], 38);
	assert_int_equal(COL(*c, 1)->type->nparams, 0);
	assert_int_equal(COL(*c, 2)->type->flags & SCT_TF_CHAR, SCT_TF_CHAR);
	assert_string_equal(COL(*c, 3)->type->name, "timestamp with local time zone");
	assert_int_equal(COL(*c, 3)->type->params[0], 3);
	assert_string_equal(COL(*c, 4)->type->name, "interval day to second");
	assert_int_equal(COL(*c, 4)->type->params[1], 2);
	assert_string_equal(COL(*c, 5)->type->name, "long raw");
	assert_string_equal(COL(*c, 6)->type->name, "xmltype");
	assert_int_equal(COL(*c, 6)->type->flags & SCT_TF_USER, 0);
	assert_int_equal(COL(*c, 7)->type->flags & SCT_TF_USER, SCT_TF_USER);
	assert_string_equal(COL(*c, 8)->type->name, "double precision");
}

static void test_columns_and_constraints(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE TABLE emp (id NUMBER GENERATED BY DEFAULT ON NULL AS IDENTITY (START WITH 5 INCREMENT BY 2),"
			  " name VARCHAR2(20) CONSTRAINT nn_name NOT NULL ENABLE, d DATE DEFAULT SYSDATE,"
			  " mgr NUMBER CONSTRAINT fk_mgr REFERENCES emp (id) ON DELETE SET NULL,"
			  " total NUMBER GENERATED ALWAYS AS (id * 2) VIRTUAL,"
			  " CONSTRAINT pk PRIMARY KEY (id) USING INDEX TABLESPACE x DEFERRABLE INITIALLY DEFERRED,"
			  " CONSTRAINT ck CHECK (name <> 'x') DISABLE NOVALIDATE)"
			  " TABLESPACE users PCTFREE 10 STORAGE (INITIAL 1M) NOLOGGING", SCT_STMT_TABLE);
	sct_table *t = s->u.table;
	sct_column *id = COL(t->columns, 0);
	assert_non_null(sct_column_identity(id));
	assert_int_equal(sct_column_identity(id)->always, 0);
	assert_string_equal(sct_column_identity(id)->seed, "5");
	assert_string_equal(sct_column_identity(id)->increment, "2");
	assert_int_equal(id->flags & SCT_COLF_DEFAULT_ON_NULL, SCT_COLF_DEFAULT_ON_NULL);
	assert_int_equal(COL(t->columns, 1)->nullable, 0);
	assert_int_equal(sct_column_constraints(COL(t->columns, 1))->n, 0);
	assert_int_equal(COL(t->columns, 2)->def->kind, SCT_E_KEYWORD);
	assert_string_equal(COL(t->columns, 2)->def->text, "SYSDATE");
	sct_constraint *fk = CON(*sct_column_constraints(COL(t->columns, 3)), 0);
	assert_string_equal(fk->name.s, "fk_mgr");
	assert_int_equal(fk->on_delete, SCT_FK_SET_NULL);
	assert_non_null(sct_column_computed(COL(t->columns, 4)));
	assert_int_equal(CON(t->constraints, 0)->flags & (SCT_CF_DEFERRABLE | SCT_CF_INITIALLY_DEFERRED),
			 SCT_CF_DEFERRABLE | SCT_CF_INITIALLY_DEFERRED);
	assert_int_equal(CON(t->constraints, 1)->flags & (SCT_CF_DISABLED | SCT_CF_NOCHECK), SCT_CF_DISABLED | SCT_CF_NOCHECK);
	const char *names[] = {"tablespace", "pctfree", "storage", "nologging"};
	assert_int_equal(t->options.n, 4);
	for (int i = 0; i < 4; i++)
		assert_string_equal(SCT_LIST_AT(t->options, sct_option, i)->name, names[i]);
}

static void test_temporary_and_partitions(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE GLOBAL TEMPORARY TABLE g (a NUMBER) ON COMMIT DELETE ROWS", SCT_STMT_TABLE);
	assert_int_equal(s->u.table->flags & SCT_TABF_TEMPORARY, SCT_TABF_TEMPORARY);
	s = one("CREATE TABLE p (a NUMBER, d DATE) PARTITION BY RANGE (d) INTERVAL (NUMTOYMINTERVAL(1,'MONTH'))"
		" (PARTITION p1 VALUES LESS THAN (DATE '2020-01-01') TABLESPACE t1, PARTITION p2 VALUES LESS THAN (MAXVALUE))",
		SCT_STMT_TABLE);
	sct_partitioning *p = s->u.table->partitioning;
	assert_non_null(p);
	assert_int_equal(p->kind, SCT_PART_RANGE);
	assert_int_equal(p->columns.n, 1);
	assert_int_equal(p->parts.n, 2);
	assert_non_null(p->interval);
	sct_partition *p2 = p->parts.items[1];
	assert_string_equal(p2->name.s, "p2");
	assert_int_equal(((sct_expr *)p2->values.items[0])->kind, SCT_E_KEYWORD);
	s = one("CREATE TABLE h (a NUMBER) PARTITION BY HASH (a) PARTITIONS 8", SCT_STMT_TABLE);
	assert_int_equal(s->u.table->partitioning->hash_count, 8);
	s = one("CREATE TABLE l (a VARCHAR2(2)) PARTITION BY LIST (a) (PARTITION x VALUES ('A', 'B'), PARTITION o VALUES (DEFAULT))",
		SCT_STMT_TABLE);
	assert_int_equal(((sct_partition *)s->u.table->partitioning->parts.items[1])->is_default, 1);
	/* CREATE TABLE ... AS SELECT is recognised, not parsed as a definition */
	parse("CREATE TABLE c TABLESPACE x AS SELECT * FROM t;");
	assert_string_equal(verb(0), "CREATE TABLE AS SELECT");
	/* NESTED TABLE ... STORE AS is not a CTAS */
	one("CREATE TABLE n (a NUMBER, b tab_t) NESTED TABLE b STORE AS b_store", SCT_STMT_TABLE);
}

static void test_alter_table(void **st)
{
	(void)st;
	sct_stmt *s = one("ALTER TABLE t ADD (CONSTRAINT pk PRIMARY KEY (a), CONSTRAINT fk FOREIGN KEY (b) REFERENCES u)",
			  SCT_STMT_ALTER_TABLE);
	assert_int_equal(s->u.alter->actions.n, 2);
	sct_alter_action *a = s->u.alter->actions.items[1];
	assert_int_equal(a->kind, SCT_ALTER_ADD_CONSTRAINT);
	assert_int_equal(sct_constraint_ref_columns(a->constraint)->n, 0);
	s = one("ALTER TABLE t MODIFY (a NOT NULL, b VARCHAR2(5))", SCT_STMT_ALTER_TABLE);
	assert_int_equal(s->u.alter->actions.n, 2);
	a = s->u.alter->actions.items[0];
	assert_int_equal(a->kind, SCT_ALTER_ALTER_COLUMN);
	assert_null(a->column->type);
	assert_int_equal(a->column->nullable, 0);
	s = one("ALTER TABLE t ENABLE ROW MOVEMENT", SCT_STMT_ALTER_TABLE);
	assert_int_equal(((sct_alter_action *)s->u.alter->actions.items[0])->kind, SCT_ALTER_OTHER);
}

static void test_index_sequence_synonym_comment(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE BITMAP INDEX hr.ix ON emp (UPPER(name), id DESC) REVERSE TABLESPACE x", SCT_STMT_INDEX);
	sct_index *x = s->u.index;
	assert_int_equal(x->flags & (SCT_IDXF_BITMAP | SCT_IDXF_REVERSE), SCT_IDXF_BITMAP | SCT_IDXF_REVERSE);
	assert_non_null(SCT_LIST_AT(x->columns, sct_index_col, 0)->expr);
	assert_int_equal(SCT_LIST_AT(x->columns, sct_index_col, 1)->desc, 1);
	assert_string_equal(x->table->schema.s, "hr");
	s = one("CREATE SEQUENCE s START WITH 5 INCREMENT BY -1 MAXVALUE 10 NOMINVALUE NOCACHE CYCLE ORDER KEEP", SCT_STMT_SEQUENCE);
	assert_string_equal(s->u.sequence->start, "5");
	assert_string_equal(s->u.sequence->increment, "-1");
	assert_int_equal(s->u.sequence->no_cache, 1);
	assert_int_equal(s->u.sequence->cycle, 1);
	assert_int_equal(s->u.sequence->order, 1);
	s = one("CREATE OR REPLACE PUBLIC SYNONYM emp FOR hr.emp@link", SCT_STMT_SYNONYM);
	assert_int_equal(s->u.synonym->is_public, 1);
	assert_string_equal(sct_qname_server(s->u.synonym->target)->s, "link");
	s = one("COMMENT ON COLUMN hr.emp.name IS 'it''s'", SCT_STMT_COMMENT);
	assert_int_equal(s->u.comment->on, SCT_ON_COLUMN);
	assert_string_equal(s->u.comment->object->schema.s, "hr");
	assert_string_equal(s->u.comment->object->name.s, "emp");
	assert_string_equal(s->u.comment->column.s, "name");
	assert_string_equal(s->u.comment->text, "it's");
}

/* ---------------- views and the query rewrites ---------------- */

static void test_outer_join_rewrite(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE OR REPLACE FORCE VIEW v AS SELECT a.x, b.y, c.z FROM a, b, c"
			  " WHERE a.id = b.id(+) AND b.k = c.k (+) AND c.f(+) = 1 AND a.q > 0 WITH READ ONLY", SCT_STMT_VIEW);
	sct_query *q = s->u.view->query;
	assert_int_equal(q->from.n, 1);
	sct_from *j = q->from.items[0];
	assert_int_equal(j->kind, SCT_FROM_JOIN);
	assert_int_equal(j->join, SCT_JOIN_LEFT);
	assert_string_equal(j->right->name->name.s, "c");
	assert_int_equal(j->on->op, SCT_OP_AND); /* b.k = c.k AND c.f = 1 */
	assert_int_equal(j->left->kind, SCT_FROM_JOIN);
	assert_string_equal(j->left->right->name->name.s, "b");
	assert_non_null(q->where); /* a.q > 0 stays */
	assert_int_equal(q->where->op, SCT_OP_GT);
}

static void test_connect_by_using_read_only(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE VIEW t AS SELECT e.id, LEVEL AS lvl FROM emp e WHERE LEVEL < 3"
			  " START WITH e.mgr IS NULL CONNECT BY PRIOR e.id = mgr WITH READ ONLY", SCT_STMT_VIEW);
	assert_true(s->u.view->flags & SCT_VIEWF_READ_ONLY);
	sct_query *q = s->u.view->query;
	assert_int_equal(q->ctes.n, 1);
	sct_cte *c = q->ctes.items[0];
	assert_string_equal(c->name.s, "hierarchy");
	assert_int_equal(c->query->kind, SCT_Q_UNION_ALL);
	assert_non_null(c->query->left->where); /* START WITH */
	sct_from *j = c->query->right->from.items[0];
	assert_int_equal(j->kind, SCT_FROM_JOIN);
	assert_string_equal(j->right->name->name.s, "hierarchy");
	/* PRIOR e.id -> hierarchy.id, mgr -> e.mgr */
	assert_string_equal(j->on->a->name->schema.s, "hierarchy");
	assert_string_equal(j->on->b->name->schema.s, "e");
	sct_from *f = q->from.items[0];
	assert_string_equal(f->name->name.s, "hierarchy");
	assert_string_equal(f->alias.s, "e");
	assert_int_equal(q->where->a->kind, SCT_E_COL); /* LEVEL -> the counter column */
	/* what does not map is reported */
	parse("CREATE VIEW a AS SELECT id FROM emp CONNECT BY NOCYCLE PRIOR id = mgr;\n"
	      "CREATE VIEW b AS SELECT id FROM emp CONNECT BY PRIOR id = mgr ORDER SIBLINGS BY id;\n"
	      "CREATE VIEW c AS SELECT id, CONNECT_BY_ISLEAF FROM emp CONNECT BY PRIOR id = mgr;\n"
	      "CREATE VIEW d AS SELECT x FROM (SELECT id x FROM emp CONNECT BY PRIOR id = mgr);\n");
	assert_int_equal(L.n, 4);
	for (int i = 0; i < 4; i++)
		assert_int_equal(S(i)->kind, SCT_STMT_UNPARSED);
	s = one("CREATE VIEW u AS SELECT id FROM a JOIN b USING (id, k) NATURAL LEFT JOIN c", SCT_STMT_VIEW);
	j = s->u.view->query->from.items[0];
	assert_true(j->natural);
	assert_int_equal(j->join, SCT_JOIN_LEFT);
	assert_int_equal(j->left->using_cols.n, 2);
}

static void test_rownum_decode_dual(void **st)
{
	(void)st;
	sct_stmt *s = one("CREATE VIEW v AS SELECT * FROM (SELECT a FROM t ORDER BY a) WHERE ROWNUM < 11 AND a > 0", SCT_STMT_VIEW);
	sct_query *q = s->u.view->query;
	assert_non_null(q->top);
	assert_string_equal(q->top->text, "10");
	assert_int_equal(q->where->op, SCT_OP_GT);
	assert_non_null(((sct_from *)q->from.items[0])->alias.s); /* unnamed derived table gets a name */
	s = one("CREATE VIEW w AS SELECT DECODE(a, 1, 'one', NULL, 'none', b, 'b', 'other') d, x || y || z c FROM dual", SCT_STMT_VIEW);
	q = s->u.view->query;
	assert_int_equal(q->from.n, 0);
	sct_expr *d = ((sct_target *)q->targets.items[0])->expr;
	assert_int_equal(d->kind, SCT_E_CASE);
	assert_int_equal(d->args.n, 3);
	assert_int_equal(((sct_when *)d->args.items[1])->cond->kind, SCT_E_ISNULL);
	assert_int_equal(((sct_when *)d->args.items[2])->cond->kind, SCT_E_PAREN); /* b may be NULL */
	assert_non_null(d->b);
	sct_expr *c = ((sct_target *)q->targets.items[1])->expr;
	assert_int_equal(c->kind, SCT_E_FUNC);
	assert_string_equal(c->name->name.s, "concat");
	assert_int_equal(c->args.n, 3);
	s = one("CREATE VIEW n AS SELECT s.NEXTVAL AS n, TRUNC(d, 'MM') m FROM t", SCT_STMT_VIEW);
	q = s->u.view->query;
	assert_int_equal(((sct_target *)q->targets.items[0])->expr->kind, SCT_E_NEXTVAL);
	sct_expr *tr = ((sct_target *)q->targets.items[1])->expr;
	assert_int_equal(((sct_expr *)tr->args.items[1])->kind, SCT_E_COL); /* 'MM' as a bare word */
}

static void test_errors_are_reported_and_parsing_goes_on(void **st)
{
	(void)st;
	const char *src = "CREATE TABLE a (x NUMBER,);\nCREATE VIEW b AS SELECT x FROM a, c WHERE x = c.y(+);\n"
			  "CREATE VIEW h AS SELECT 1 FROM dual CONNECT BY LEVEL < 3;\nCREATE TABLE ok (y NUMBER);\n"
			  "CREATE TABLE s (z VARCHAR2(5) DEFAULT '&x');\nCREATE TABLE u (z VARCHAR2(5) DEFAULT &x);\n"
			  "CREATE TABLE q (z VARCHAR2(5) DEFAULT 'unterminated);\n";
	parse(src);
	assert_int_equal(L.n, 7);
	assert_int_equal(S(0)->kind, SCT_STMT_UNPARSED);
	assert_int_equal(S(0)->error_loc, strchr(src, ')') - src);
	assert_int_equal(S(1)->kind, SCT_STMT_UNPARSED);
	assert_non_null(strstr(S(1)->error, "qualify"));
	assert_int_equal(S(2)->kind, SCT_STMT_UNPARSED);
	assert_non_null(strstr(S(2)->error, "WITH RECURSIVE"));
	assert_int_equal(S(3)->kind, SCT_STMT_TABLE);
	assert_int_equal(S(4)->kind, SCT_STMT_TABLE); /* '&x' in a string is text */
	assert_int_equal(S(5)->kind, SCT_STMT_UNPARSED);
	assert_non_null(strstr(S(5)->error, "substitution"));
	assert_int_equal(S(6)->kind, SCT_STMT_UNPARSED);
	assert_string_equal(S(6)->error, "unterminated string literal");
}

static void test_empty_and_deep_input(void **st)
{
	(void)st;
	parse("");
	assert_int_equal(L.n, 0);
	parse("-- only a comment\n/* and a block */\n/\n;\n");
	assert_int_equal(L.n, 0);
	size_t n = 3000;
	char *deep = malloc(n * 2 + 64);
	assert_non_null(deep);
	strcpy(deep, "CREATE VIEW v AS SELECT ");
	size_t k = strlen(deep);
	for (size_t i = 0; i < n; i++)
		deep[k++] = '(';
	deep[k++] = '1';
	for (size_t i = 0; i < n; i++)
		deep[k++] = ')';
	strcpy(deep + k, " x FROM dual;");
	parse(deep);
	assert_int_equal(L.n, 1);
	assert_int_equal(S(0)->kind, SCT_STMT_UNPARSED);
	assert_non_null(strstr(S(0)->error, "nesting too deep"));
	free(deep);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_lex_kinds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_string_values, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sqlplus_commands, setup, teardown),
		cmocka_unit_test_setup_teardown(test_slash_is_division_inside_a_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_plsql_unit_boundaries, setup, teardown),
		cmocka_unit_test_setup_teardown(test_object_types, setup, teardown),
		cmocka_unit_test_setup_teardown(test_types, setup, teardown),
		cmocka_unit_test_setup_teardown(test_columns_and_constraints, setup, teardown),
		cmocka_unit_test_setup_teardown(test_temporary_and_partitions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_alter_table, setup, teardown),
		cmocka_unit_test_setup_teardown(test_index_sequence_synonym_comment, setup, teardown),
		cmocka_unit_test_setup_teardown(test_outer_join_rewrite, setup, teardown),
		cmocka_unit_test_setup_teardown(test_connect_by_using_read_only, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rownum_decode_dual, setup, teardown),
		cmocka_unit_test_setup_teardown(test_errors_are_reported_and_parsing_goes_on, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_and_deep_input, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
