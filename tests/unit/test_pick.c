/* test_pick.c - the statements a pass picks (src/convert/pick.c) and the hints it gives for those ahead
 * (convert.h: sct_prefetch_picked): only the values asked for are picked, in order; the hints follow a table's
 * columns, an ALTER TABLE's actions and an index's columns only for statements of those kinds, so a statement
 * of another kind (whose node is no table) or one marked "not printed" is never read as one, and empty lists,
 * missing names, types and defaults and tables wider than SCT_PREFETCH_COLUMNS are fine. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "convert/convert.h"

static void pick_takes_the_values_asked_for_in_order(void **state)
{
	(void)state;
	const unsigned char sel[] = {SCT_STMT_TABLE, SCT_STMT_ALTER_TABLE, 0xff, SCT_STMT_INDEX, SCT_STMT_TABLE, 1, 31, 32,
				     200};
	int n = (int)sizeof sel, *idx = sct_pick_array(n);
	assert_int_equal(sct_pick(sel, n, 1u << SCT_STMT_TABLE, idx), 3); /* a mark 1 is SCT_STMT_TABLE's value */
	assert_int_equal(idx[0], 0);
	assert_int_equal(idx[1], 4);
	assert_int_equal(idx[2], 5);
	assert_int_equal(sct_pick(sel, n, 1u << SCT_STMT_ALTER_TABLE | 1u << SCT_STMT_INDEX, idx), 2);
	assert_int_equal(idx[0], 1);
	assert_int_equal(idx[1], 3);
	assert_int_equal(sct_pick(sel, n, 1u << 31, idx), 1);
	assert_int_equal(idx[0], 6);
	assert_int_equal(sct_pick(sel, n, 0xffffffffu, idx), 6); /* 0xff, 32 and 200: never */
	assert_int_equal(sct_pick(sel, 0, 0xffffffffu, idx), 0);
	free(idx);
}

enum { NSTMT = 40 };

/* Statements of every shape the hints follow, and nodes of other kinds whose bytes, read as a table, an ALTER
 * TABLE or an index, would be wild pointers. */
static void hints_read_only_what_the_kinds_say(void **state)
{
	(void)state;
	static sct_stmt stmts[NSTMT];
	static void *items[NSTMT];
	static unsigned char kinds[NSTMT];
	static sct_column cols[40];
	static void *colp[40];
	static sct_type ty;
	static sct_expr def;
	static sct_table wide, empty;
	static sct_constraint k;
	static sct_constraint_more kmore;
	static sct_index_col ic;
	static void *icp[1];
	static sct_alter_action act0, act1;
	static void *acts[2];
	static sct_alter_table alter, alter_empty;
	static sct_index index, index_empty;
	static sct_qname tname = {.schema = {"dbo", 0, 0}, .name = {"t", 0, 0}};
	static sct_ident refcol = {"id", 0, 0};
	static void *refcols[1];
	static unsigned char garbage[256];
	memset(garbage, 0x7f, sizeof garbage); /* as a list: items at a wild address, n > 0 */
	for (int i = 0; i < 40; i++) {
		cols[i].name.s = "c";
		cols[i].type = i % 3 ? &ty : NULL;
		cols[i].def = i % 2 ? &def : NULL;
		colp[i] = &cols[i];
	}
	wide.columns.items = colp;
	wide.columns.n = 40; /* more than SCT_PREFETCH_COLUMNS */
	icp[0] = &ic;
	k.columns.items = icp;
	k.columns.n = 1;
	k.kind = SCT_CONS_FOREIGN;
	k.more = &kmore;
	kmore.ref_table = &tname;
	refcols[0] = &refcol;
	kmore.ref_columns.items = refcols;
	kmore.ref_columns.n = 1;
	wide.name = &tname; /* empty has none */
	alter.name = &tname;
	index.table = &tname;
	act0.constraint = &k;
	act1.column = &cols[0];
	acts[0] = &act0;
	acts[1] = &act1;
	alter.actions.items = acts;
	alter.actions.n = 2;
	index.columns.items = icp;
	index.columns.n = 1;
	for (int i = 0; i < NSTMT; i++) {
		sct_stmt *s = &stmts[i];
		items[i] = s;
		switch (i % 8) {
		case 0: s->kind = SCT_STMT_TABLE; s->u.table = i % 16 ? &wide : &empty; break;
		case 1: s->kind = SCT_STMT_ALTER_TABLE; s->u.alter = i % 16 == 1 ? &alter : &alter_empty; break;
		case 2: s->kind = SCT_STMT_INDEX; s->u.index = i % 16 == 2 ? &index : &index_empty; break;
		case 3: s->kind = SCT_STMT_VIEW; s->u.any = garbage; break;
		case 4: s->kind = SCT_STMT_SEQUENCE; s->u.any = garbage; break;
		case 5: s->kind = SCT_STMT_TABLE; s->u.any = garbage; break; /* marked "not printed" below */
		case 6: s->kind = SCT_STMT_COMMENT; s->u.any = garbage; break;
		default: s->kind = SCT_STMT_OTHER; s->u.any = garbage; break;
		}
		kinds[i] = i % 8 == 5 ? 0xff : (unsigned char)s->kind;
	}
	sct_list st = {items, NSTMT, NSTMT};
	int *idx = sct_pick_array(NSTMT);
	int n = sct_pick(kinds, NSTMT, 0xffffffffu, idx);
	assert_int_equal(n, NSTMT - NSTMT / 8);
	for (int p = 0; p < n; p++) {
		sct_prefetch_picked(&st, kinds, idx, n, p, 0);
		sct_prefetch_picked(&st, kinds, idx, n, p, 1);
	}
	for (int i = 0; i < NSTMT; i++) /* every statement, also the one marked "not printed" */
		idx[i] = i;
	for (int p = 0; p < NSTMT; p++)
		sct_prefetch_picked(&st, kinds, idx, NSTMT, p, 0);
	free(idx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pick_takes_the_values_asked_for_in_order),
		cmocka_unit_test(hints_read_only_what_the_kinds_say),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
