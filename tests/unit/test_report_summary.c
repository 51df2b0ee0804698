/* test_report_summary.c - the assessment numbers add up: items roll up to the object they lie in and to
 * its type, every item is counted once, rates follow from the counts, effort splits into per-occurrence
 * and learning (once per code, tunable through the effort_of callback), complexity follows the effort. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/report.h"

static const char SRC[] =
	"CREATE TABLE dbo.t (\n"
	"  a int NOT NULL,\n"
	"  b sql_variant,\n"
	"  CONSTRAINT pk PRIMARY KEY (a),\n"
	"  CONSTRAINT fk FOREIGN KEY (a) REFERENCES dbo.u (x)\n"
	");\n"
	"ALTER TABLE dbo.t ADD CONSTRAINT fk2 FOREIGN KEY (a) REFERENCES dbo.v (x);\n"
	"CREATE PROCEDURE dbo.p AS\n"
	"  SELECT 1;\n"
	"USE x;\n";

static sct_loc at(const char *what)
{
	const char *p = strstr(SRC, what);
	assert_non_null(p);
	return (sct_loc)(p - SRC);
}

static sct_stmt *stmt(sct_arena *a, sct_stmt_kind k, const char *from, const char *to, sct_status st)
{
	sct_stmt *s = SCT_NEW(a, sct_stmt);
	s->kind = k;
	s->loc = at(from);
	s->end = at(to) + (sct_loc)strlen(to);
	s->status = st;
	return s;
}

static sct_qname *qn(sct_arena *a, const char *schema, const char *name)
{
	sct_qname *q = SCT_NEW(a, sct_qname);
	q->schema.s = schema;
	q->name.s = name;
	return q;
}

/* rules-file tuning: C001 learning 7 minutes */
static int effort_of(void *ctx, const char *code, int *effort, int *learn)
{
	(void)ctx;
	if (strcmp(code, "C001") != 0)
		return -1;
	*effort = -1;
	*learn = 7;
	return 0;
}

typedef struct fixture {
	sct_arena a;
	sct_report r;
	sct_report_file f;
	sct_list stmts;
} fixture;

static int setup(void **state)
{
	fixture *x = calloc(1, sizeof *x);
	sct_arena_init(&x->a);
	sct_arena *a = &x->a;
	x->f.name = "in.sql";
	x->f.src = SRC;
	x->f.len = strlen(SRC);
	sct_linemap_build(&x->f.lines, a, SRC, x->f.len);
	sct_report *r = &x->r;
	r->a = a;
	r->source = "mssql";
	r->target = "postgres:15";
	r->files = &x->f;
	r->nfiles = 1;
	r->effort_of = effort_of;

	/* CREATE TABLE: columns a, b; pk; fk (dropped by the converter) */
	sct_stmt *t = stmt(a, SCT_STMT_TABLE, "CREATE TABLE", ");", SCT_STATUS_NOTES);
	sct_table *tb = SCT_NEW(a, sct_table);
	t->u.table = tb;
	tb->name = qn(a, "dbo", "t");
	sct_column *ca = SCT_NEW(a, sct_column), *cb = SCT_NEW(a, sct_column);
	ca->loc = at("a int"), cb->loc = at("b sql_variant");
	sct_list_push(a, &tb->columns, ca);
	sct_list_push(a, &tb->columns, cb);
	sct_constraint *pk = SCT_NEW(a, sct_constraint), *fk = SCT_NEW(a, sct_constraint);
	pk->kind = SCT_CONS_PRIMARY, pk->loc = at("CONSTRAINT pk");
	fk->kind = SCT_CONS_FOREIGN, fk->loc = at("CONSTRAINT fk "), fk->skip = 1;
	sct_list_push(a, &tb->constraints, pk);
	sct_list_push(a, &tb->constraints, fk);
	sct_list_push(a, &x->stmts, t);
	/* ALTER TABLE ... ADD CONSTRAINT fk2 FOREIGN KEY */
	sct_stmt *al = stmt(a, SCT_STMT_ALTER_TABLE, "ALTER TABLE", "(x);\nCREATE", SCT_STATUS_CONVERTED);
	al->end = at("(x);\nCREATE") + 3;
	sct_alter_table *at1 = SCT_NEW(a, sct_alter_table);
	al->u.alter = at1;
	at1->name = qn(a, "dbo", "t");
	sct_alter_action *act = SCT_NEW(a, sct_alter_action);
	act->kind = SCT_ALTER_ADD_CONSTRAINT, act->loc = at("ADD CONSTRAINT fk2");
	act->constraint = SCT_NEW(a, sct_constraint);
	act->constraint->kind = SCT_CONS_FOREIGN;
	sct_list_push(a, &at1->actions, act);
	sct_list_push(a, &x->stmts, al);
	/* a procedure carried as a comment (2 lines) */
	sct_stmt *p = stmt(a, SCT_STMT_ROUTINE, "CREATE PROCEDURE", "SELECT 1;", SCT_STATUS_MANUAL);
	p->u.routine = SCT_NEW(a, sct_routine);
	p->u.routine->kind = SCT_ROUTINE_PROCEDURE;
	p->u.routine->name = qn(a, "dbo", "p");
	sct_list_push(a, &x->stmts, p);
	/* USE: not needed in the target */
	sct_stmt *u = stmt(a, SCT_STMT_OTHER, "USE x", "USE x;", SCT_STATUS_SKIPPED);
	u->u.other = SCT_NEW(a, sct_other);
	u->u.other->verb = "USE";
	sct_list_push(a, &x->stmts, u);

	/* items: in column b, in fk, one at the table's start, in the procedure, in USE, and one nowhere */
	sct_report_add(r, "T190", 0, at("sql_variant"), "dbo.t.b", "table", NULL)->effort = 50;
	sct_report_add(r, "K014", 0, at("FOREIGN KEY (a) REFERENCES dbo.u"), "dbo.t", "table", NULL)->effort = 15;
	sct_report_add(r, "K009", 0, at("CREATE TABLE"), "dbo.t", "table", NULL)->effort = 60;
	sct_report_add(r, "C001", 0, at("CREATE PROCEDURE"), "dbo.p", "procedure", NULL)->effort = 400;
	sct_report_add(r, "P002", 0, at("USE x"), "", "statement", NULL)->effort = 0;
	sct_report_add(r, "X001", -1, 0, "", "statement", NULL)->effort = 30;
	sct_report_sort(r);
	sct_report_summarize(r, &x->stmts);
	*state = x;
	return 0;
}

static int teardown(void **state)
{
	fixture *x = *state;
	sct_report_release(&x->r);
	sct_arena_release(&x->a);
	free(x);
	return 0;
}

static void objects_roll_up_by_type(void **state)
{
	const sct_report *r = &((fixture *)*state)->r;
	const sct_objcount *s = r->summary;
	assert_int_equal(r->statements, 4);
	/* the table: converted with notes; its K009 lies before its first column */
	assert_int_equal(s[SCT_OBJ_TABLE].count, 1);
	assert_int_equal(s[SCT_OBJ_TABLE].notes, 1);
	assert_int_equal(s[SCT_OBJ_TABLE].items, 1);
	assert_int_equal(s[SCT_OBJ_TABLE].effort, 60);
	/* columns: b has an error item, a has none */
	assert_int_equal(s[SCT_OBJ_COLUMN].count, 2);
	assert_int_equal(s[SCT_OBJ_COLUMN].automatic, 1);
	assert_int_equal(s[SCT_OBJ_COLUMN].notes, 1);
	assert_int_equal(s[SCT_OBJ_COLUMN].items, 1);
	assert_int_equal(s[SCT_OBJ_COLUMN].effort, 50);
	assert_int_equal(s[SCT_OBJ_CONSTRAINT].count, 1);
	assert_int_equal(s[SCT_OBJ_CONSTRAINT].automatic, 1);
	/* foreign keys: the inline one was dropped (manual), the ALTER TABLE one converted */
	assert_int_equal(s[SCT_OBJ_FOREIGN_KEY].count, 2);
	assert_int_equal(s[SCT_OBJ_FOREIGN_KEY].manual, 1);
	assert_int_equal(s[SCT_OBJ_FOREIGN_KEY].automatic, 1);
	assert_int_equal(s[SCT_OBJ_FOREIGN_KEY].in_target, 1);
	assert_int_equal(s[SCT_OBJ_FOREIGN_KEY].items, 1);
	/* an ALTER TABLE is its actions, not an object of its own */
	assert_int_equal(s[SCT_OBJ_OTHER].count, 1); /* USE */
	assert_int_equal(s[SCT_OBJ_OTHER].automatic, 1);
	assert_int_equal(s[SCT_OBJ_OTHER].in_target, 0);
	assert_int_equal(s[SCT_OBJ_OTHER].items, 2); /* P002 and the item outside every statement */
	assert_int_equal(r->sum.unowned, 1);
	assert_int_equal(s[SCT_OBJ_PROCEDURE].count, 1);
	assert_int_equal(s[SCT_OBJ_PROCEDURE].manual, 1);
	assert_int_equal(s[SCT_OBJ_PROCEDURE].lines, 2);
	/* every row: automatic + notes + manual = count; rows sum to the item totals */
	int items = 0, effort = 0;
	for (int t = 0; t < SCT_OBJ__COUNT; t++) {
		assert_int_equal(s[t].automatic + s[t].notes + s[t].manual, s[t].count);
		items += s[t].items;
		effort += s[t].effort;
	}
	assert_int_equal(items, r->items.n);
	assert_int_equal(effort, r->sum.effort);
	assert_int_equal(r->sum.effort, 50 + 15 + 60 + 400 + 0 + 30);
}

static void objects_and_complexity(void **state)
{
	const sct_report *r = &((fixture *)*state)->r;
	const sct_summary *m = &r->sum;
	assert_int_equal(m->nobjects, 4);
	assert_int_equal(m->objects[0].type, SCT_OBJ_TABLE);
	assert_string_equal(sct_report_object_name(r, &m->objects[0]), "dbo.t");
	assert_int_equal(m->objects[0].items, 3);
	assert_int_equal(m->objects[0].effort, 125);
	assert_int_equal(m->objects[0].complexity, SCT_CPLX_MEDIUM); /* 2 h 05 */
	uint32_t hint = 0;
	int file, line, lines;
	sct_report_object_lines(r, &m->objects[0], &hint, &file, &line, &lines);
	assert_int_equal(file, 0);
	assert_int_equal(line, 1);
	assert_int_equal(m->objects[1].type, SCT_OBJ_FOREIGN_KEY);  /* the ALTER TABLE: its first action */
	assert_int_equal(m->objects[1].complexity, SCT_CPLX_SIMPLE);
	assert_int_equal(m->objects[2].complexity, SCT_CPLX_SIGNIFICANT); /* 400 min */
	assert_int_equal(m->objects[2].max_severity, SCT_SEV_ERROR);
	const sct_stmt *p = sct_report_object_stmt(r, &m->objects[2]); /* objects[i]: of statement i */
	assert_ptr_equal(p, m->stmts->items[2]);
	assert_int_equal(p->kind, SCT_STMT_ROUTINE);
	assert_int_equal(m->by_complexity[SCT_CPLX_SIMPLE], 2);
	assert_int_equal(m->by_complexity[SCT_CPLX_MEDIUM], 1);
	assert_int_equal(m->by_complexity[SCT_CPLX_SIGNIFICANT], 1);
	/* 555 + learning min: between 2 and 10 days, with a significant object: medium */
	assert_int_equal(m->complexity, SCT_CPLX_MEDIUM);
	assert_non_null(strstr(m->explanation, "1 significant"));
}

static void rates_follow_from_counts(void **state)
{
	const sct_summary *m = &((fixture *)*state)->r.sum;
	/* storage: 1 table + 2 columns + 1 constraint + 2 foreign keys */
	assert_int_equal(m->storage.count, 6);
	assert_int_equal(m->storage.converted, 5);
	assert_int_equal(m->storage.automatic, 3);
	assert_int_equal(m->code.count, 1);
	assert_int_equal(m->code.converted, 0);
}

static void effort_splits_occurrence_and_learning(void **state)
{
	const sct_report *r = &((fixture *)*state)->r;
	const sct_summary *m = &r->sum;
	/* learning: once per distinct code; C001's is tuned to 7 through effort_of */
	int want = 7;
	const char *others[] = {"T190", "K014", "K009", "P002", "X001"};
	for (size_t i = 0; i < 5; i++)
		want += sct_code_find(others[i])->learning;
	assert_int_equal(m->learning, want);
	assert_int_equal(sct_report_learning(r, "C001"), 7);
	assert_int_equal(sct_report_learning(r, "K009"), sct_code_find("K009")->learning);
	/* the action list: one entry per code, by effort + learning, counts sum to the items */
	assert_int_equal(m->ncodes, 6);
	assert_string_equal(m->codes[0].code, "C001");
	int n = 0, e = 0, l = 0;
	for (int i = 0; i < m->ncodes; i++) {
		n += m->codes[i].count, e += m->codes[i].effort, l += m->codes[i].learning;
		if (i)
			assert_true(m->codes[i - 1].effort + m->codes[i - 1].learning >= m->codes[i].effort + m->codes[i].learning);
	}
	assert_int_equal(n, r->items.n);
	assert_int_equal(e, m->effort);
	assert_int_equal(l, m->learning);
	int ce = 0, cn = 0;
	for (int i = 0; i < m->ncats; i++)
		ce += m->cats[i].effort, cn += m->cats[i].count;
	assert_int_equal(ce, m->effort);
	assert_int_equal(cn, r->items.n);
	assert_int_equal(m->sev[SCT_SEV_ERROR] + m->sev[SCT_SEV_WARNING] + m->sev[SCT_SEV_INFO], r->items.n);
}

/* The text and JSON writers show the same totals the summary holds. */
static void writers_show_the_totals(void **state)
{
	const sct_report *r = &((fixture *)*state)->r;
	sct_buf b;
	sct_buf_init(&b);
	sct_report_json(r, &b, NULL);
	char want[128];
	snprintf(want, sizeof want, "\"occurrence_minutes\": %d, \"learning_minutes\": %d, \"total_minutes\": %d",
		 r->sum.effort, r->sum.learning, r->sum.effort + r->sum.learning);
	assert_non_null(strstr(b.data, want));
	assert_non_null(strstr(b.data, "\"foreign_keys\": {\"count\": 2, \"automatic\": 1, \"with_notes\": 0, \"manual\": 1,"));
	sct_buf_free(&b);
	sct_buf_init(&b);
	sct_report_text(r, &b, NULL);
	snprintf(want, sizeof want, "  total          %8.1f h", (r->sum.effort + r->sum.learning) / 60.0);
	assert_non_null(strstr(b.data, want));
	for (const char *p = b.data; *p;) {
		const char *e = strchr(p, '\n');
		assert_non_null(e);
		assert_true(e - p <= 100);
		p = e + 1;
	}
	sct_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(objects_roll_up_by_type, setup, teardown),
		cmocka_unit_test_setup_teardown(objects_and_complexity, setup, teardown),
		cmocka_unit_test_setup_teardown(rates_follow_from_counts, setup, teardown),
		cmocka_unit_test_setup_teardown(effort_splits_occurrence_and_learning, setup, teardown),
		cmocka_unit_test_setup_teardown(writers_show_the_totals, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
