/* oracle.y - bison grammar for the Oracle DDL statements sctconv converts: CREATE TABLE / INDEX / SEQUENCE /
 * VIEW / SYNONYM, ALTER TABLE, COMMENT ON, and type specs (for object attributes). Run once per statement over
 * that statement's tokens (see ora_parse.c); the terminating ';' or '/' is not fed. Actions only build AST
 * nodes; physical clauses after a column list are consumed as balanced token soup and read by
 * sct_ora_table_props. No conflicts (%expect 0). */
%define api.pure full
%define api.prefix {sct_ora_}
%define api.token.prefix {TK_}
%define api.location.type {sct_ora_span}
%define parse.error custom
%locations
%expect 0
%param {sct_ora_pctx *ctx}

%code requires {
#include "parse/oracle/ora_int.h"
}

%code provides {
int sct_ora_lex(SCT_ORA_STYPE *lval, sct_ora_span *lloc, sct_ora_pctx *ctx);
}

%code {
#include "parse/nodes.h"
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>
static void sct_ora_error(const sct_ora_span *loc, sct_ora_pctx *ctx, const char *msg)
{
	if (!ctx->error) {
		if (!strcmp(msg, "memory exhausted"))
			msg = "statement too deeply nested (parser stack exhausted)";
		ctx->error = sct_arena_strdup(ctx->a, msg);
		ctx->error_loc = loc->first;
	}
}
#define YYMAXDEPTH 100000
#define YYLLOC_DEFAULT(Cur, Rhs, N) do { \
	if (N) { int k_ = 1; \
		while (k_ < (N) && YYRHSLOC(Rhs, k_).first == YYRHSLOC(Rhs, k_).last) k_++; \
		(Cur).first = YYRHSLOC(Rhs, k_).first; (Cur).last = YYRHSLOC(Rhs, N).last; } \
	else { (Cur).first = (Cur).last = YYRHSLOC(Rhs, 0).last; } } while (0)
#define A (ctx->a)
#define NEW(T) SCT_NEW(ctx->a, T)
#define PUSH(l, x) sct_list_push(ctx->a, &(l), (x))
#define SETSTMT(K, F, V) do { ctx->stmt->kind = (K); ctx->stmt->u.F = (V); } while (0)
#define EXPR(K, sp) sct_ora_expr(ctx, (K), (sp))
#define TEXT(sp) sct_ora_text(ctx, (sp).first, (sp).last)
#define FAIL(loc, msg) do { if (!ctx->error) { ctx->error = (msg); ctx->error_loc = (loc); } YYERROR; } while (0)
static sct_expr *binop(sct_ora_pctx *ctx, sct_op op, sct_expr *a, sct_expr *b, sct_ora_span sp)
{
	sct_expr *e = sct_ora_expr(ctx, SCT_E_BINARY, sp);
	e->op = op; e->a = a; e->b = b;
	return e;
}
static sct_expr *unop(sct_ora_pctx *ctx, sct_op op, sct_expr *a, sct_ora_span sp)
{
	sct_expr *e = sct_ora_expr(ctx, SCT_E_UNARY, sp);
	e->op = op; e->a = a;
	return e;
}
static sct_ident *idp(sct_ora_pctx *ctx, sct_ident id)
{
	sct_ident *p = SCT_NEW(ctx->a, sct_ident);
	*p = id;
	return p;
}
static sct_index_col *icol(sct_ora_pctx *ctx, sct_ident id, int desc, sct_loc loc)
{
	sct_index_col *c = SCT_NEW(ctx->a, sct_index_col);
	c->name = id; c->desc = desc; c->loc = loc;
	return c;
}
static sct_query *setop(sct_ora_pctx *ctx, int kind, sct_query *l, sct_query *r, sct_ora_span sp)
{
	sct_query *q = SCT_NEW(ctx->a, sct_query);
	q->kind = (sct_query_kind)kind; q->left = l; q->right = r; q->loc = sp.first;
	return q;
}
static sct_constraint *last_cons(sct_column *c)
{
	const sct_list *ks = c ? sct_column_constraints(c) : NULL;
	return ks && ks->n ? (sct_constraint *)ks->items[ks->n - 1] : NULL;
}
/* Constraint state words (ENABLE, NOVALIDATE, DEFERRABLE, ...) apply to the constraint before them. */
static void cons_state(sct_ora_pctx *ctx, sct_constraint *k, unsigned set)
{
	if (!k)
		return;
	if (set & SCT_CF_NOCHECK) k->flags |= SCT_CF_NOCHECK;
	if (set & SCT_CF_DISABLED) k->flags |= SCT_CF_DISABLED;
	if (set & SCT_CF_DEFERRABLE) k->flags |= SCT_CF_DEFERRABLE;
	if (set & SCT_CF_INITIALLY_DEFERRED) k->flags |= SCT_CF_INITIALLY_DEFERRED | SCT_CF_DEFERRABLE;
	/* USING INDEX name: kept as an option, as written ("x" quoted), for the converter to find that index */
	if (ctx->using_ix.s && (k->kind == SCT_CONS_PRIMARY || k->kind == SCT_CONS_UNIQUE)) {
		const char *v = ctx->using_ix.quoted ? sct_arena_join(ctx->a, "\"", ctx->using_ix.s, "\"") : ctx->using_ix.s;
		PUSH(sct_constraint_more_of(A, k)->options, sct_ora_option(ctx, ctx->using_ix.loc, "using index", v));
	}
	memset(&ctx->using_ix, 0, sizeof ctx->using_ix);
}
static sct_constraint *col_cons(sct_ora_pctx *ctx, sct_cons_kind k, sct_ora_span sp)
{
	sct_constraint *x = sct_ora_cons(ctx, k, sp.first);
	PUSH(sct_column_more_of(A, ctx->col)->constraints, x);
	return x;
}
static sct_alter_action *action(sct_ora_pctx *ctx, sct_alter_kind k, sct_loc loc)
{
	sct_alter_action *x = SCT_NEW(ctx->a, sct_alter_action);
	x->kind = k; x->loc = loc;
	return x;
}
}

%union {
	int tok;
	int i;
	unsigned u;
	const char *s;
	sct_ora_qn qn;
	sct_ident id;
	sct_qname *qname;
	sct_type *type;
	sct_expr *expr;
	sct_list list;
	sct_query *query;
	sct_from *from;
	sct_target *target;
	sct_column *col;
	sct_constraint *cons;
	sct_table *table;
	sct_index *index;
	sct_sort *sort;
	sct_over *over;
	sct_cte *cte;
	sct_when *when;
	sct_sequence *seq;
	sct_alter_action *act;
	sct_ora_hier *hier;
	int64_t num;
}

%token <tok> IDENT "identifier" QIDENT "quoted identifier" STRING "string" NSTRING "N-string" NUMBER "number"
%token <tok> BIND "bind variable" SUBST "substitution variable" CONCAT "||" NE "<>" LE "<=" GE ">=" OJ "(+)"
%token <tok> ASSIGN ":=" ARROW "=>" DOTDOT ".." POWER "**" SLASH "/ line" SQLPLUS "SQL*Plus command"
%token <tok> ERROR "invalid token" START_TYPE "type" START_EXPR "expression"
%token <tok> ADD ALL ALTER AND ANY AS ASC BETWEEN BY CASE CAST CHECK COLUMN COMMENT CONNECT CONSTRAINT CREATE
%token <tok> CROSS DATE DEFAULT DELETE DESC DISTINCT DROP ELSE END EXCEPT EXISTS FOR FOREIGN FROM FULL GROUP HAVING
%token <tok> IN INDEX INNER INTERSECT INTO IS JOIN LEFT LIKE MINUS MODIFY NATURAL NOT NULL OF ON OR ORDER OUTER
%token <tok> PRIMARY PRIOR REFERENCES RIGHT SELECT SET SOME START TABLE THEN TO UNION UNIQUE USING VIEW WHEN WHERE
%token <tok> WITH
%token <tok> ALWAYS BITMAP CACHE CASCADE CYCLE DEFERRABLE DEFERRED DISABLE ENABLE ESCAPE FETCH FIRST FORCE GENERATED
%token <tok> IDENTITY IMMEDIATE INCREMENT INITIALLY KEY MAXVALUE MINVALUE NEXT NOCACHE NOCYCLE NOFORCE NOMAXVALUE
%token <tok> NOMINVALUE NOORDER NORELY NOVALIDATE NULLS OFFSET ONLY OPTION OVER PARTITION PUBLIC READ RELY REPLACE
%token <tok> ROW ROWS SEQUENCE SYNONYM TIMESTAMP TYPE VALIDATE VIRTUAL EDITIONABLE EDITIONING NONEDITIONABLE
%token <tok> SIBLINGS LAST

%left OR
%left AND
%precedence NOT
%left '+' '-' CONCAT
%left '*' '/'
%left POWER
%precedence UMINUS PRIOR

%type <id> ident type_word using_tail using_words using_word
%type <tok> unreserved_kw
%type <qn> qn type_qn
%type <qname> qname
%type <type> type_spec
%type <num> tparam
%type <i> opt_dir opt_nulls setop opt_distinct join_kind opt_or_replace opt_temp idx_kind gen_kind opt_virtual
%type <i> opt_on_delete opt_public cmp_op quant
%type <u> cstate opt_view_tail
%type <s> snum
%type <expr> expr pred aexpr primary func_call opt_escape opt_else case_expr opt_where opt_having opt_start
%type <list> expr_list when_list ident_list opt_col_list icol_list target_list from_list opt_from opt_group_by
%type <list> sort_list opt_order_by cte_list opt_with opt_ref_cols idx_elems add_list opt_partition
%type <when> when
%type <over> opt_over
%type <hier> opt_hier
%type <i> opt_nocycle
%type <s> opt_frame
%type <query> query query_body query_term simple_select subquery subq_body
%type <from> table_ref table_primary
%type <target> target
%type <cte> cte
%type <sort> sort_item
%type <col> col_def col_start
%type <cons> table_cons tcons_body
%type <table> table_elems
%type <seq> seq_opts
%type <act> add_item
%type <id> opt_alias alias

%start start

%%

start:
	  stmt
	| START_TYPE type_spec { ctx->type_result = $2; }
	| START_EXPR expr { ctx->expr_result = $2; }
	;

stmt:
	  create_table | alter_table | create_index | create_sequence | create_synonym | create_view | comment_on
	;

/* ---------- names ---------- */

ident:
	  IDENT { $$ = sct_ora_ident(ctx, $1); }
	| QIDENT { $$ = sct_ora_ident(ctx, $1); }
	| unreserved_kw { $$ = sct_ora_ident(ctx, $1); }
	;

unreserved_kw:
	  ALWAYS | BITMAP | CACHE | CASCADE | CYCLE | DEFERRABLE | DEFERRED | DISABLE | ENABLE | ESCAPE | FETCH | FIRST
	| FORCE | GENERATED | IDENTITY | IMMEDIATE | INCREMENT | INITIALLY | KEY | MAXVALUE | MINVALUE | NEXT | NOCACHE
	| NOFORCE | NOMAXVALUE | NOMINVALUE | NOORDER | NORELY | NOVALIDATE | NULLS | OFFSET | ONLY | OPTION
	| OVER | PARTITION | PUBLIC | READ | RELY | REPLACE | ROW | ROWS | SEQUENCE | SYNONYM | TIMESTAMP | TYPE
	| VALIDATE | VIRTUAL | EDITIONABLE | EDITIONING | NONEDITIONABLE | SIBLINGS | LAST
	;

qn:
	  ident { memset(&$$, 0, sizeof $$); $$.part[0] = $1; $$.n = 1; $$.loc = @1.first; }
	| qn '.' ident { $$ = $1; if ($$.n == 4) { memmove(&$$.part[0], &$$.part[1], 3 * sizeof(sct_ident)); $$.n = 3; } $$.part[$$.n++] = $3; }
	;

qname: qn { $$ = sct_ora_qname(ctx, &$1); } ;

ident_list:
	  ident { memset(&$$, 0, sizeof $$); PUSH($$, idp(ctx, $1)); }
	| ident_list ',' ident { $$ = $1; PUSH($$, idp(ctx, $3)); }
	;

opt_col_list:
	  %empty { memset(&$$, 0, sizeof $$); }
	| '(' ident_list ')' { $$ = $2; }
	;

/* ---------- types ---------- */

/* Type names are plain identifiers (NUMBER, VARCHAR2 ...), DATE and TIMESTAMP; multi-word names (LONG RAW,
 * INTERVAL DAY, DOUBLE PRECISION) arrive merged into one identifier token (see the feeder). */
type_word:
	  IDENT { $$ = sct_ora_ident(ctx, $1); }
	| QIDENT { $$ = sct_ora_ident(ctx, $1); }
	| DATE { $$ = sct_ora_ident(ctx, $1); }
	| TIMESTAMP { $$ = sct_ora_ident(ctx, $1); }
	;
type_qn:
	  type_word { memset(&$$, 0, sizeof $$); $$.part[0] = $1; $$.n = 1; $$.loc = @1.first; }
	| type_qn '.' ident { $$ = $1; if ($$.n < 4) $$.part[$$.n++] = $3; }
	;

type_spec:
	  type_qn { $$ = sct_ora_type(ctx, &$1); }
	| type_qn '(' tparam ')' {
		$$ = sct_ora_type(ctx, &$1); $$->nparams = 1; $$->params[0] = $3;
		if ($3 == SCT_PARAM_STAR) $$->nparams = 0; /* NUMBER(*) is NUMBER */ }
	| type_qn '(' tparam IDENT ')' {
		$$ = sct_ora_type(ctx, &$1); $$->nparams = 1; $$->params[0] = $3;
		const char *u = TEXT(@4);
		if (!strcasecmp(u, "char")) $$->flags |= SCT_TF_CHAR;
		else if (!strcasecmp(u, "byte")) $$->flags |= SCT_TF_BYTE;
		else FAIL(@4.first, "expected BYTE or CHAR after the length"); }
	| type_qn '(' tparam ',' tparam ')' {
		$$ = sct_ora_type(ctx, &$1); $$->nparams = 2; $$->params[0] = $3 == SCT_PARAM_STAR ? 38 : $3; $$->params[1] = $5;
		if ($5 == SCT_PARAM_STAR) FAIL(@5.first, "a scale cannot be *"); /* NUMBER(*,s) is NUMBER(38,s) */ }
	| type_spec WITH IDENT IDENT {
		$$ = $1;
		if (strcasecmp(TEXT(@3), "time") || strcasecmp(TEXT(@4), "zone")) FAIL(@3.first, "expected WITH TIME ZONE");
		$$->name = sct_arena_printf(A, "%s with time zone", $$->name); $$->flags |= SCT_TF_TZ; }
	| type_spec WITH IDENT IDENT IDENT {
		$$ = $1;
		if (strcasecmp(TEXT(@3), "local") || strcasecmp(TEXT(@4), "time") || strcasecmp(TEXT(@5), "zone"))
			FAIL(@3.first, "expected WITH LOCAL TIME ZONE");
		$$->name = sct_arena_printf(A, "%s with local time zone", $$->name); $$->flags |= SCT_TF_LOCAL_TZ; }
	| type_spec TO IDENT {
		$$ = $1; $$->name = sct_arena_printf(A, "%s to %s", $$->name, sct_arena_lower(A, TEXT(@3))); }
	| type_spec TO IDENT '(' tparam ')' {
		$$ = $1; $$->name = sct_arena_printf(A, "%s to %s", $$->name, sct_arena_lower(A, TEXT(@3)));
		if ($$->nparams == 0) { $$->nparams = 1; $$->params[0] = 2; }
		$$->params[$$->nparams++] = $5; }
	;

tparam:
	  NUMBER { $$ = strtoll(ctx->src + @1.first, NULL, 10); }
	| '-' NUMBER { $$ = -strtoll(ctx->src + @2.first, NULL, 10); }
	| '*' { $$ = SCT_PARAM_STAR; }
	;

snum:
	  NUMBER { $$ = TEXT(@$); }
	| '-' NUMBER { $$ = TEXT(@$); }
	| '+' NUMBER { $$ = TEXT(@2); }
	;

/* ---------- expressions ---------- */

expr:
	  expr OR expr { $$ = binop(ctx, SCT_OP_OR, $1, $3, @$); }
	| expr AND expr { $$ = binop(ctx, SCT_OP_AND, $1, $3, @$); }
	| NOT expr { $$ = unop(ctx, SCT_OP_NOT, $2, @$); }
	| pred
	;

pred:
	  aexpr
	| aexpr cmp_op aexpr { $$ = binop(ctx, (sct_op)$2, $1, $3, @$); }
	| aexpr cmp_op quant '(' subquery ')' {
		sct_expr *q = EXPR(SCT_E_SUBQUERY, @$); sct_expr_set_query(A, q, $5); q->loc = @4.first;
		$$ = binop(ctx, (sct_op)$2, $1, q, @$); $$->flags |= (unsigned)$3; }
	| aexpr IN '(' expr_list ')' { $$ = EXPR(SCT_E_IN, @$); $$->a = $1; $$->args = $4; }
	| aexpr NOT IN '(' expr_list ')' { $$ = EXPR(SCT_E_IN, @$); $$->a = $1; $$->args = $5; $$->flags |= SCT_EF_NOT; }
	| aexpr IN '(' subquery ')' { $$ = EXPR(SCT_E_IN, @$); $$->a = $1; sct_expr_set_query(A, $$, $4); }
	| aexpr NOT IN '(' subquery ')' { $$ = EXPR(SCT_E_IN, @$); $$->a = $1; sct_expr_set_query(A, $$, $5); $$->flags |= SCT_EF_NOT; }
	| aexpr BETWEEN aexpr AND aexpr { $$ = EXPR(SCT_E_BETWEEN, @$); $$->a = $1; $$->b = $3; sct_expr_set_c(A, $$, $5); }
	| aexpr NOT BETWEEN aexpr AND aexpr { $$ = EXPR(SCT_E_BETWEEN, @$); $$->a = $1; $$->b = $4; sct_expr_set_c(A, $$, $6); $$->flags |= SCT_EF_NOT; }
	| aexpr LIKE aexpr opt_escape { $$ = EXPR(SCT_E_LIKE, @$); $$->a = $1; $$->b = $3; sct_expr_set_c(A, $$, $4); }
	| aexpr NOT LIKE aexpr opt_escape { $$ = EXPR(SCT_E_LIKE, @$); $$->a = $1; $$->b = $4; sct_expr_set_c(A, $$, $5); $$->flags |= SCT_EF_NOT; }
	| aexpr IS NULL { $$ = EXPR(SCT_E_ISNULL, @$); $$->a = $1; }
	| aexpr IS NOT NULL { $$ = EXPR(SCT_E_ISNULL, @$); $$->a = $1; $$->flags |= SCT_EF_NOT; }
	| EXISTS '(' subquery ')' { $$ = EXPR(SCT_E_EXISTS, @$); sct_expr_set_query(A, $$, $3); }
	;

cmp_op:
	  '=' { $$ = SCT_OP_EQ; } | NE { $$ = SCT_OP_NE; } | '<' { $$ = SCT_OP_LT; } | '>' { $$ = SCT_OP_GT; }
	| LE { $$ = SCT_OP_LE; } | GE { $$ = SCT_OP_GE; }
	;
quant: ALL { $$ = SCT_EF_ALL; } | ANY { $$ = SCT_EF_ANY; } | SOME { $$ = SCT_EF_ANY; } ;

opt_escape:
	  %empty { $$ = NULL; }
	| ESCAPE aexpr { $$ = $2; }
	;

aexpr:
	  primary
	| aexpr '+' aexpr { $$ = binop(ctx, SCT_OP_ADD, $1, $3, @$); }
	| aexpr '-' aexpr { $$ = binop(ctx, SCT_OP_SUB, $1, $3, @$); }
	| aexpr CONCAT aexpr { $$ = sct_ora_concat(ctx, $1, $3, @$); }
	| aexpr '*' aexpr { $$ = binop(ctx, SCT_OP_MUL, $1, $3, @$); }
	| aexpr '/' aexpr { $$ = binop(ctx, SCT_OP_DIV, $1, $3, @$); }
	| aexpr POWER aexpr { FAIL(@2.first, "the ** operator is PL/SQL only"); }
	| '-' aexpr %prec UMINUS { $$ = unop(ctx, SCT_OP_NEG, $2, @$); }
	| '+' aexpr %prec UMINUS { $$ = unop(ctx, SCT_OP_POS, $2, @$); }
	| PRIOR aexpr {
		/* a marker the hierarchical-query rewrite replaces (ora_rewrite.c) */
		$$ = EXPR(SCT_E_FUNC, @$); $$->text = "PRIOR"; PUSH($$->args, $2);
		$$->name = NEW(sct_qname); $$->name->name.s = "prior"; $$->name->loc = @1.first;
		ctx->nprior++; if (!ctx->hier_loc) ctx->hier_loc = @1.first; }
	;

primary:
	  NULL { $$ = EXPR(SCT_E_NULL, @$); }
	| NUMBER { $$ = sct_ora_lit(ctx, $1); }
	| STRING { $$ = sct_ora_lit(ctx, $1); }
	| NSTRING { $$ = sct_ora_lit(ctx, $1); }
	| BIND { $$ = EXPR(SCT_E_VAR, @$); $$->text = TEXT(@1); }
	| SUBST { FAIL(@1.first, "SQL*Plus substitution variable: define its value and convert the expanded script"); }
	| qname { $$ = sct_ora_column_ref(ctx, $1, @$); }
	| qname OJ { $$ = EXPR(SCT_E_COL, @1); $$->name = $1; PUSH(ctx->ojcols, $$); }
	| DATE STRING {
		$$ = EXPR(SCT_E_CAST, @$); $$->a = sct_ora_lit(ctx, $2);
		sct_type *ty = NEW(sct_type); ty->loc = @1.first; ty->name = "date"; sct_expr_set_type(A, $$, ty); }
	| TIMESTAMP STRING {
		$$ = EXPR(SCT_E_CAST, @$); $$->a = sct_ora_lit(ctx, $2);
		sct_type *ty = NEW(sct_type); ty->loc = @1.first; ty->name = "timestamp"; sct_expr_set_type(A, $$, ty); }
	| func_call
	| CAST '(' expr AS type_spec ')' { $$ = EXPR(SCT_E_CAST, @$); $$->a = $3; sct_expr_set_type(A, $$, $5); }
	| case_expr
	| '(' expr ')' { $$ = EXPR(SCT_E_PAREN, @$); $$->a = $2; }
	| '(' subquery ')' { $$ = EXPR(SCT_E_SUBQUERY, @$); sct_expr_set_query(A, $$, $2); }
	;

case_expr:
	  CASE aexpr when_list opt_else END { $$ = EXPR(SCT_E_CASE, @$); $$->a = $2; $$->args = $3; $$->b = $4; }
	| CASE when_list opt_else END { $$ = EXPR(SCT_E_CASE, @$); $$->args = $2; $$->b = $3; }
	;
when_list:
	  when { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| when_list when { $$ = $1; PUSH($$, $2); }
	;
when: WHEN expr THEN expr { $$ = NEW(sct_when); $$->loc = @$.first; $$->cond = $2; $$->result = $4; } ;
opt_else:
	  %empty { $$ = NULL; }
	| ELSE expr { $$ = $2; }
	;

func_call:
	  qname '(' ')' opt_over { $$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; sct_expr_set_over(A, $$, $4); }
	| qname '(' '*' ')' opt_over { $$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; $$->flags = SCT_EF_STARARG; sct_expr_set_over(A, $$, $5); }
	| qname '(' expr_list ')' opt_over {
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; $$->args = $3; sct_expr_set_over(A, $$, $5);
		if (!$1->schema.s && $1->name.s && !$1->name.quoted && !strcasecmp($1->name.s, "decode")) {
			if ($5) FAIL(@5.first, "DECODE cannot be an analytic function");
			$$ = sct_ora_decode(ctx, $$);
			if (!$$) YYERROR;
		} else
			sct_ora_func_words(ctx, $$); }
	| qname '(' DISTINCT expr_list ')' opt_over {
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; $$->args = $4; $$->flags = SCT_EF_DISTINCT; sct_expr_set_over(A, $$, $6); }
	| qname '(' ALL expr_list ')' opt_over { $$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; $$->args = $4; sct_expr_set_over(A, $$, $6); }
	| qname '(' ident FROM expr ')' {
		/* EXTRACT(part FROM x) */
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = $1;
		sct_expr *p = EXPR(SCT_E_COL, @3); p->name = NEW(sct_qname); p->name->name = $3; p->name->loc = @3.first;
		PUSH($$->args, p); PUSH($$->args, $5); }
	;

opt_over:
	  %empty { $$ = NULL; }
	| OVER '(' opt_partition opt_order_by opt_frame ')' {
		$$ = NEW(sct_over); $$->loc = @1.first; $$->partition_by = $3; $$->order_by = $4; $$->frame = $5; }
	;
opt_partition:
	  %empty { memset(&$$, 0, sizeof $$); }
	| PARTITION BY expr_list { $$ = $3; }
	;
opt_frame:
	  %empty { $$ = NULL; }
	| ROWS frame { $$ = TEXT(@$); }
	| IDENT frame { if (strcasecmp(TEXT(@1), "range")) FAIL(@1.first, "expected ROWS or RANGE"); $$ = TEXT(@$); }
	;
frame:
	  frame_bound
	| BETWEEN frame_bound AND frame_bound
	;
frame_bound:
	  IDENT IDENT
	| NUMBER IDENT
	| IDENT ROW
	;

expr_list:
	  expr { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| expr_list ',' expr { $$ = $1; PUSH($$, $3); }
	;

/* ---------- queries ---------- */

query:
	opt_with query_body opt_order_by opt_offset_fetch {
		$$ = $2; $$->ctes = $1; $$->order_by = $3; $$->offset = ctx->offset; $$->fetch = ctx->fetch;
		ctx->offset = ctx->fetch = NULL; }
	;
opt_with:
	  %empty { memset(&$$, 0, sizeof $$); }
	| WITH cte_list { $$ = $2; }
	;
cte_list:
	  cte { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| cte_list ',' cte { $$ = $1; PUSH($$, $3); }
	;
cte: ident opt_col_list AS '(' subquery ')' { $$ = NEW(sct_cte); $$->loc = @$.first; $$->name = $1; $$->columns = $2; $$->query = $5; } ;

query_body:
	  query_term
	| query_body setop query_term { $$ = setop(ctx, $2, $1, $3, @$); }
	;
query_term:
	  simple_select
	| '(' subquery ')' { $$ = $2; $$->flags |= SCT_QF_PAREN; }
	;
subq_body:
	  simple_select
	| subq_body setop query_term { $$ = setop(ctx, $2, $1, $3, @$); }
	;
subquery:
	subq_body opt_order_by opt_offset_fetch {
		$$ = $1; $$->order_by = $2; $$->offset = ctx->offset; $$->fetch = ctx->fetch; ctx->offset = ctx->fetch = NULL; }
	;
setop:
	  UNION { $$ = SCT_Q_UNION; }
	| UNION ALL { $$ = SCT_Q_UNION_ALL; }
	| MINUS { $$ = SCT_Q_EXCEPT; }
	| EXCEPT { $$ = SCT_Q_EXCEPT; }
	| INTERSECT { $$ = SCT_Q_INTERSECT; }
	;

simple_select:
	SELECT opt_distinct target_list opt_from opt_where opt_hier opt_group_by opt_having {
		$$ = NEW(sct_query); $$->kind = SCT_Q_SELECT; $$->loc = @$.first;
		if ($6) { $6->q = $$; PUSH(ctx->hiers, $6); }
		if ($2) $$->flags |= SCT_QF_DISTINCT;
		$$->targets = $3; $$->from = $4; $$->where = $5; $$->group_by = $7; $$->having = $8; }
	;
opt_distinct:
	  %empty { $$ = 0; }
	| DISTINCT { $$ = 1; }
	| UNIQUE { $$ = 1; }
	| ALL { $$ = 0; }
	;
target_list:
	  target { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| target_list ',' target { $$ = $1; PUSH($$, $3); }
	;
target:
	  aexpr { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; }
	| aexpr alias { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; $$->alias = $2; }
	| aexpr AS ident { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; $$->alias = $3; }
	| '*' { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = EXPR(SCT_E_STAR, @$); }
	| qn '.' '*' {
		$$ = NEW(sct_target); $$->loc = @$.first; $$->expr = EXPR(SCT_E_STAR, @$);
		$$->expr->name = sct_ora_qname(ctx, &$1); }
	;
opt_from:
	  %empty { memset(&$$, 0, sizeof $$); }
	| FROM from_list { $$ = $2; }
	;
from_list:
	  table_ref { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| from_list ',' table_ref { $$ = $1; PUSH($$, $3); }
	;
table_ref:
	  table_primary
	| table_ref join_kind JOIN table_primary ON expr {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_JOIN; $$->loc = @$.first; $$->join = (sct_join_kind)$2;
		$$->left = $1; $$->right = $4; $$->on = $6; }
	| table_ref join_kind JOIN table_primary USING '(' ident_list ')' {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_JOIN; $$->loc = @$.first; $$->join = (sct_join_kind)$2;
		$$->left = $1; $$->right = $4; $$->using_cols = $7; }
	| table_ref CROSS JOIN table_primary {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_JOIN; $$->loc = @$.first; $$->join = SCT_JOIN_CROSS; $$->left = $1; $$->right = $4; }
	| table_ref NATURAL join_kind JOIN table_primary {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_JOIN; $$->loc = @$.first; $$->join = (sct_join_kind)$3;
		$$->left = $1; $$->right = $5; $$->natural = 1; }
	;
join_kind:
	  %empty { $$ = SCT_JOIN_INNER; }
	| INNER { $$ = SCT_JOIN_INNER; }
	| LEFT { $$ = SCT_JOIN_LEFT; }
	| LEFT OUTER { $$ = SCT_JOIN_LEFT; }
	| RIGHT { $$ = SCT_JOIN_RIGHT; }
	| RIGHT OUTER { $$ = SCT_JOIN_RIGHT; }
	| FULL { $$ = SCT_JOIN_FULL; }
	| FULL OUTER { $$ = SCT_JOIN_FULL; }
	;
table_primary:
	  qname opt_alias {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_TABLE; $$->loc = @$.first; $$->name = $1; $$->alias = $2; }
	| qname '@' ident opt_alias { FAIL(@2.first, "database link in FROM: the remote table is not in the input"); }
	| '(' subquery ')' opt_alias {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_SUBQUERY; $$->loc = @$.first; $$->query = $2; $$->alias = $4; }
	| '(' table_ref ')' { $$ = $2; }
	| TABLE '(' expr ')' opt_alias {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_FUNC; $$->loc = @$.first; $$->func = $3; $$->alias = $5; }
	;
opt_alias:
	  %empty { memset(&$$, 0, sizeof $$); }
	| alias
	;
alias:
	  IDENT { $$ = sct_ora_ident(ctx, $1); }
	| QIDENT { $$ = sct_ora_ident(ctx, $1); }
	;
opt_where:
	  %empty { $$ = NULL; }
	| WHERE expr { $$ = $2; }
	;
opt_hier:
	  %empty { $$ = NULL; }
	| CONNECT BY opt_nocycle expr opt_start {
		$$ = NEW(sct_ora_hier); $$->loc = @1.first; $$->nocycle = $3; $$->connect = $4; $$->start = $5; }
	| START WITH expr CONNECT BY opt_nocycle expr {
		$$ = NEW(sct_ora_hier); $$->loc = @4.first; $$->nocycle = $6; $$->connect = $7; $$->start = $3; }
	;
opt_start:
	  %empty { $$ = NULL; }
	| START WITH expr { $$ = $3; }
	;
opt_nocycle:
	  %empty { $$ = 0; }
	| NOCYCLE { $$ = 1; }
	;
opt_group_by:
	  %empty { memset(&$$, 0, sizeof $$); }
	| GROUP BY expr_list { $$ = $3; }
	;
opt_having:
	  %empty { $$ = NULL; }
	| HAVING expr { $$ = $2; }
	;
opt_order_by:
	  %empty { memset(&$$, 0, sizeof $$); }
	| ORDER BY sort_list { $$ = $3; }
	| ORDER SIBLINGS BY sort_list { $$ = $4; ctx->hier = 1; ctx->siblings_loc = @1.first; }
	;
sort_list:
	  sort_item { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| sort_list ',' sort_item { $$ = $1; PUSH($$, $3); }
	;
sort_item: expr opt_dir opt_nulls { $$ = NEW(sct_sort); $$->loc = @$.first; $$->expr = $1; $$->desc = $2; $$->nulls = $3; } ;
opt_dir:
	  %empty { $$ = 0; }
	| ASC { $$ = 0; }
	| DESC { $$ = 1; }
	;
opt_nulls:
	  %empty { $$ = 0; }
	| NULLS FIRST { $$ = 1; }
	| NULLS LAST { $$ = 2; }
	;
opt_offset_fetch:
	  %empty
	| OFFSET aexpr row_rows { ctx->offset = $2; }
	| FETCH first_next aexpr row_rows ONLY { ctx->fetch = $3; }
	| OFFSET aexpr row_rows FETCH first_next aexpr row_rows ONLY { ctx->offset = $2; ctx->fetch = $6; }
	;
row_rows: ROW | ROWS ;
first_next: FIRST | NEXT ;

/* Balanced token soup: physical clauses, read afterwards by C code from the token span. */
junk:
	  %empty
	| junk junk_item
	;
junk_item:
	  ident | NUMBER | STRING | NSTRING | ',' | '=' | '.' | '-' | '+' | '*' | '<' | '>' | NE | LE | GE | CONCAT
	| ADD | ALL | ALTER | AND | ANY | AS | ASC | BETWEEN | BY | CASE | CAST | CHECK | COLUMN | COMMENT | CONNECT
	| CONSTRAINT | CREATE | CROSS | DATE | DEFAULT | DELETE | DESC | DISTINCT | DROP | ELSE | END | EXCEPT | EXISTS
	| FOR | FOREIGN | FROM | FULL | GROUP | HAVING | IN | INDEX | INNER | INTERSECT | INTO | IS | JOIN | LEFT | LIKE
	| MINUS | MODIFY | NATURAL | NOT | NULL | OF | ON | OR | ORDER | OUTER | PRIMARY | PRIOR | REFERENCES | RIGHT
	| SELECT | SET | SOME | START | TABLE | THEN | TO | UNION | UNIQUE | USING | VIEW | WHEN | WHERE | WITH
	| '(' junk ')'
	;

/* ---------- CREATE TABLE ---------- */

create_table:
	CREATE opt_temp TABLE qname '(' table_elems ')' junk {
		$6->name = $4;
		if ($2) $6->flags |= SCT_TABF_TEMPORARY;
		if (@8.last > @8.first && sct_ora_table_props(ctx, $6, @8.first, @8.last) < 0) YYERROR;
		SETSTMT(SCT_STMT_TABLE, table, $6); }
	;
opt_temp:
	  %empty { $$ = 0; }
	| IDENT IDENT {
		if (strcasecmp(TEXT(@2), "temporary") || (strcasecmp(TEXT(@1), "global") && strcasecmp(TEXT(@1), "private")))
			FAIL(@1.first, "expected GLOBAL TEMPORARY");
		if (!strcasecmp(TEXT(@1), "private")) FAIL(@1.first, "private temporary tables exist only in a session");
		$$ = 1; }
	;

table_elems:
	  col_def { $$ = NEW(sct_table); PUSH($$->columns, $1); }
	| table_cons { $$ = NEW(sct_table); PUSH($$->constraints, $1); }
	| table_elems ',' col_def { $$ = $1; PUSH($$->columns, $3); }
	| table_elems ',' table_cons { $$ = $1; PUSH($$->constraints, $3); }
	;

col_def: col_start col_opts { $$ = $1; } ;

col_start:
	  ident type_spec { ctx->col = $$ = sct_ora_column(ctx, $1); $$->type = $2; }
	| ident { ctx->col = $$ = sct_ora_column(ctx, $1); }
	;

col_opts:
	  %empty
	| col_opts col_opt
	;

col_opt:
	  DEFAULT aexpr { ctx->col->def = $2; }
	| DEFAULT ON NULL aexpr { ctx->col->def = $4; ctx->col->flags |= SCT_COLF_DEFAULT_ON_NULL; }
	| cons_body
	| CONSTRAINT ident cons_body { if (ctx->lastk) { ctx->lastk->name = $2; ctx->lastk->loc = @1.first; } }
	| cstate { cons_state(ctx, last_cons(ctx->col), $1); }
	| GENERATED gen_kind AS IDENTITY opt_id_opts {
		sct_identity *id = sct_column_identity(ctx->col); if (!id) id = sct_column_more_of(A, ctx->col)->identity = NEW(sct_identity);
		id->loc = @1.first; id->always = $2 == 1; if ($2 == 3) ctx->col->flags |= SCT_COLF_DEFAULT_ON_NULL; }
	| GENERATED gen_kind AS '(' expr ')' opt_virtual {
		if ($2 > 1) FAIL(@2.first, "a virtual column is GENERATED ALWAYS");
		sct_column_more_of(A, ctx->col)->computed = $5; if ($7) ctx->col->flags |= SCT_COLF_PERSISTED; }
	| AS '(' expr ')' opt_virtual { sct_column_more_of(A, ctx->col)->computed = $3; }
	;
gen_kind:
	  %empty { $$ = 0; }
	| ALWAYS { $$ = 1; }
	| BY DEFAULT { $$ = 2; }
	| BY DEFAULT ON NULL { $$ = 3; }
	;
opt_virtual:
	  %empty { $$ = 0; }
	| VIRTUAL { $$ = 0; }
	;
opt_id_opts:
	  %empty
	| '(' seq_opts ')' {
		sct_identity *id = sct_column_more_of(A, ctx->col)->identity = NEW(sct_identity);
		id->seed = $2->start; id->increment = $2->increment;
		for (int i = 0; i < $2->options.n; i++) PUSH(id->options, $2->options.items[i]);
		if ($2->minvalue) PUSH(id->options, sct_ora_option(ctx, @2.first, "minvalue", $2->minvalue));
		if ($2->maxvalue) PUSH(id->options, sct_ora_option(ctx, @2.first, "maxvalue", $2->maxvalue));
		if ($2->cache) PUSH(id->options, sct_ora_option(ctx, @2.first, "cache", $2->cache));
		if ($2->cycle == 1) PUSH(id->options, sct_ora_option(ctx, @2.first, "cycle", NULL)); }
	;

/* an inline constraint: NOT NULL / NULL keep no constraint node (only a named NOT NULL is remembered) */
cons_body:
	  NOT NULL { ctx->col->nullable = 0; ctx->lastk = NULL; }
	| NULL { ctx->col->nullable = 1; ctx->lastk = NULL; }
	| PRIMARY KEY { ctx->lastk = col_cons(ctx, SCT_CONS_PRIMARY, @$); }
	| UNIQUE { ctx->lastk = col_cons(ctx, SCT_CONS_UNIQUE, @$); }
	| CHECK '(' expr ')' { sct_constraint *k = ctx->lastk = col_cons(ctx, SCT_CONS_CHECK, @$); k->expr = $3; }
	| REFERENCES qname opt_ref_cols opt_on_delete {
		sct_constraint *k = ctx->lastk = col_cons(ctx, SCT_CONS_FOREIGN, @$); sct_constraint_more_of(A, k)->ref_table = $2; k->more->ref_columns = $3;
		k->on_delete = (sct_fk_action)$4; }
	;

cstate:
	  ENABLE { $$ = 0; }
	| DISABLE { $$ = SCT_CF_DISABLED; }
	| VALIDATE { $$ = 0; }
	| NOVALIDATE { $$ = SCT_CF_NOCHECK; }
	| RELY { $$ = 0; }
	| NORELY { $$ = 0; }
	| DEFERRABLE { $$ = SCT_CF_DEFERRABLE; }
	| NOT DEFERRABLE { $$ = 0; }
	| INITIALLY DEFERRED { $$ = SCT_CF_INITIALLY_DEFERRED; }
	| INITIALLY IMMEDIATE { $$ = 0; }
	| USING INDEX using_tail { $$ = 0; ctx->using_ix = $3; }
	;
/* USING INDEX [schema.]index | (CREATE INDEX ...) | index properties: the name (one word), or the text of the
 * parenthesized CREATE INDEX, or nothing */
using_tail:
	  %empty { memset(&$$, 0, sizeof $$); }
	| '(' junk ')' { memset(&$$, 0, sizeof $$); $$.s = TEXT(@$); $$.loc = @1.first; }
	| using_words { $$ = $1; }
	;
using_words:
	  using_word { $$ = $1; }
	| using_words using_word { memset(&$$, 0, sizeof $$); }
	;
using_word:
	  IDENT { $$ = sct_ora_ident(ctx, $1); }
	| QIDENT { $$ = sct_ora_ident(ctx, $1); }
	| IDENT '.' IDENT { $$ = sct_ora_ident(ctx, $3); }
	| IDENT '.' QIDENT { $$ = sct_ora_ident(ctx, $3); }
	| NUMBER { memset(&$$, 0, sizeof $$); }
	| IDENT '(' junk ')' { memset(&$$, 0, sizeof $$); }
	;

opt_ref_cols:
	  %empty { memset(&$$, 0, sizeof $$); }
	| '(' ident_list ')' { $$ = $2; }
	;
opt_on_delete:
	  %empty { $$ = SCT_FK_UNSPEC; }
	| ON DELETE CASCADE { $$ = SCT_FK_CASCADE; }
	| ON DELETE SET NULL { $$ = SCT_FK_SET_NULL; }
	;

icol_list:
	  ident { memset(&$$, 0, sizeof $$); PUSH($$, icol(ctx, $1, 0, @1.first)); }
	| icol_list ',' ident { $$ = $1; PUSH($$, icol(ctx, $3, 0, @3.first)); }
	;

table_cons:
	  tcons_body tstates { $$ = $1; cons_state(ctx, $$, ctx->cflags); ctx->cflags = 0; }
	| CONSTRAINT ident tcons_body tstates {
		$$ = $3; $$->name = $2; $$->loc = @1.first; cons_state(ctx, $$, ctx->cflags); ctx->cflags = 0; }
	;
tcons_body:
	  PRIMARY KEY '(' icol_list ')' { $$ = sct_ora_cons(ctx, SCT_CONS_PRIMARY, @$.first); $$->columns = $4; ctx->cflags = 0; }
	| UNIQUE '(' icol_list ')' { $$ = sct_ora_cons(ctx, SCT_CONS_UNIQUE, @$.first); $$->columns = $3; ctx->cflags = 0; }
	| FOREIGN KEY '(' icol_list ')' REFERENCES qname opt_ref_cols opt_on_delete {
		$$ = sct_ora_cons(ctx, SCT_CONS_FOREIGN, @$.first); $$->columns = $4; sct_constraint_more_of(A, $$)->ref_table = $7; $$->more->ref_columns = $8;
		$$->on_delete = (sct_fk_action)$9; ctx->cflags = 0; }
	| CHECK '(' expr ')' { $$ = sct_ora_cons(ctx, SCT_CONS_CHECK, @$.first); $$->expr = $3; ctx->cflags = 0; }
	;
tstates:
	  %empty
	| tstates cstate { ctx->cflags |= $2; }
	;

/* ---------- ALTER TABLE ---------- */

alter_table:
	ALTER TABLE qname alter_action {
		sct_alter_table *t = NEW(sct_alter_table); t->name = $3; t->actions = ctx->actions;
		memset(&ctx->actions, 0, sizeof ctx->actions); SETSTMT(SCT_STMT_ALTER_TABLE, alter, t); }
	;
alter_action:
	  ADD '(' add_list ')' tstates {
		ctx->actions = $3;
		for (int i = 0; i < $3.n; i++) {
			sct_alter_action *x = $3.items[i];
			if (x->constraint) cons_state(ctx, x->constraint, ctx->cflags);
		}
		ctx->cflags = 0; }
	| ADD add_item { memset(&ctx->actions, 0, sizeof ctx->actions); PUSH(ctx->actions, $2); }
	| MODIFY '(' mod_list ')'
	| MODIFY col_def {
		sct_alter_action *x = action(ctx, SCT_ALTER_ALTER_COLUMN, @1.first); x->column = $2; x->name = $2->name;
		PUSH(ctx->actions, x); }
	| MODIFY CONSTRAINT ident junk {
		sct_alter_action *x = action(ctx, SCT_ALTER_OTHER, @1.first); x->text = TEXT(@$); PUSH(ctx->actions, x); }
	| DROP CONSTRAINT ident junk {
		sct_alter_action *x = action(ctx, SCT_ALTER_DROP_CONSTRAINT, @1.first); x->name = $3; PUSH(ctx->actions, x); }
	| DROP COLUMN ident junk {
		sct_alter_action *x = action(ctx, SCT_ALTER_DROP_COLUMN, @1.first); x->name = $3; PUSH(ctx->actions, x); }
	| DROP '(' ident_list ')' junk {
		for (int i = 0; i < $3.n; i++) {
			sct_alter_action *x = action(ctx, SCT_ALTER_DROP_COLUMN, @1.first); x->name = *(sct_ident *)$3.items[i];
			PUSH(ctx->actions, x); } }
	| DROP PRIMARY KEY junk {
		sct_alter_action *x = action(ctx, SCT_ALTER_OTHER, @1.first); x->text = TEXT(@$); PUSH(ctx->actions, x); }
	| ENABLE junk {
		sct_alter_action *x = action(ctx, SCT_ALTER_OTHER, @1.first); x->text = TEXT(@$); PUSH(ctx->actions, x); }
	| DISABLE junk {
		sct_alter_action *x = action(ctx, SCT_ALTER_OTHER, @1.first); x->text = TEXT(@$); PUSH(ctx->actions, x); }
	| IDENT junk {
		sct_alter_action *x = action(ctx, SCT_ALTER_OTHER, @1.first); x->text = TEXT(@$); PUSH(ctx->actions, x); }
	| SET junk {
		sct_alter_action *x = action(ctx, SCT_ALTER_OTHER, @1.first); x->text = TEXT(@$); PUSH(ctx->actions, x); }
	;
add_list:
	  add_item { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| add_list ',' add_item { $$ = $1; PUSH($$, $3); }
	;
add_item:
	  col_def { $$ = action(ctx, SCT_ALTER_ADD_COLUMN, @$.first); $$->column = $1; $$->name = $1->name; }
	| table_cons { $$ = action(ctx, SCT_ALTER_ADD_CONSTRAINT, @$.first); $$->constraint = $1; $$->name = $1->name; }
	;
mod_list:
	  mod_item
	| mod_list ',' mod_item
	;
mod_item:
	col_def {
		sct_alter_action *x = action(ctx, SCT_ALTER_ALTER_COLUMN, @1.first); x->column = $1; x->name = $1->name;
		PUSH(ctx->actions, x); }
	;

/* ---------- CREATE INDEX ---------- */

create_index:
	CREATE idx_kind INDEX qname ON qname '(' idx_elems ')' junk {
		sct_index *x = NEW(sct_index); x->name = $4->name; x->table = $6; x->flags = (unsigned)$2; x->columns = $8;
		if ($4->schema.s && !$6->schema.s) $6->schema = $4->schema;
		if (@10.last > @10.first) sct_ora_index_props(ctx, x, @10.first, @10.last);
		SETSTMT(SCT_STMT_INDEX, index, x); }
	;
idx_kind:
	  %empty { $$ = 0; }
	| UNIQUE { $$ = SCT_IDXF_UNIQUE; }
	| BITMAP { $$ = SCT_IDXF_BITMAP; }
	;
idx_elems:
	  expr opt_dir {
		memset(&$$, 0, sizeof $$); sct_index_col *c = icol(ctx, (sct_ident){0}, $2, @1.first);
		if ($1->kind == SCT_E_COL && !$1->name->schema.s) c->name = $1->name->name; else c->expr = $1;
		PUSH($$, c); }
	| idx_elems ',' expr opt_dir {
		$$ = $1; sct_index_col *c = icol(ctx, (sct_ident){0}, $4, @3.first);
		if ($3->kind == SCT_E_COL && !$3->name->schema.s) c->name = $3->name->name; else c->expr = $3;
		PUSH($$, c); }
	;

/* ---------- CREATE SEQUENCE / SYNONYM ---------- */

create_sequence:
	CREATE SEQUENCE qname seq_opts { $4->name = $3; SETSTMT(SCT_STMT_SEQUENCE, sequence, $4); }
	;
seq_opts:
	  %empty { $$ = NEW(sct_sequence); $$->cycle = -1; $$->order = -1; }
	| seq_opts START WITH snum { $$ = $1; $$->start = $4; }
	| seq_opts INCREMENT BY snum { $$ = $1; $$->increment = $4; }
	| seq_opts MINVALUE snum { $$ = $1; $$->minvalue = $3; }
	| seq_opts NOMINVALUE { $$ = $1; $$->no_minvalue = 1; }
	| seq_opts MAXVALUE snum { $$ = $1; $$->maxvalue = $3; }
	| seq_opts NOMAXVALUE { $$ = $1; $$->no_maxvalue = 1; }
	| seq_opts CYCLE { $$ = $1; $$->cycle = 1; }
	| seq_opts NOCYCLE { $$ = $1; $$->cycle = 0; }
	| seq_opts CACHE NUMBER { $$ = $1; $$->cache = TEXT(@3); }
	| seq_opts NOCACHE { $$ = $1; $$->no_cache = 1; }
	| seq_opts ORDER { $$ = $1; $$->order = 1; }
	| seq_opts NOORDER { $$ = $1; $$->order = 0; }
	| seq_opts IDENT { $$ = $1; PUSH($$->options, sct_ora_option(ctx, @2.first, sct_arena_lower(A, TEXT(@2)), NULL)); }
	| seq_opts ',' { $$ = $1; }
	;

create_synonym:
	CREATE opt_or_replace opt_public SYNONYM qname FOR qname opt_dblink {
		sct_synonym *s = NEW(sct_synonym); s->name = $5; s->target = $7; s->is_public = $3;
		SETSTMT(SCT_STMT_SYNONYM, synonym, s); }
	;
opt_dblink:
	  %empty
	| '@' ident { sct_qname_more_of(A, $<qname>0)->server = $2; }
	;
opt_or_replace:
	  %empty { $$ = 0; }
	| OR REPLACE { $$ = 1; }
	;
opt_public:
	  %empty { $$ = 0; }
	| PUBLIC { $$ = 1; }
	;

/* ---------- views ---------- */

create_view:
	CREATE opt_or_replace opt_force opt_edition VIEW qname opt_col_list AS query opt_view_tail {
		sct_view *v = NEW(sct_view); v->name = $6; v->columns = $7; v->query = $9;
		v->flags = $10 | ($2 ? SCT_VIEWF_OR_REPLACE : 0);
		v->query_loc = @9.first; v->query_end = @9.last;
		if (sct_ora_rewrite_query(ctx, $9) < 0) YYERROR;
		if ($10 & SCT_VIEWF_READ_ONLY) v->flags |= SCT_VIEWF_READ_ONLY;
		SETSTMT(SCT_STMT_VIEW, view, v); }
	;
opt_force:
	  %empty
	| FORCE
	| NOFORCE
	;
opt_edition:
	  %empty
	| EDITIONABLE
	| EDITIONING
	| NONEDITIONABLE
	;
opt_view_tail:
	  %empty { $$ = 0; }
	| WITH READ ONLY opt_cons_name { $$ = SCT_VIEWF_READ_ONLY; }
	| WITH CHECK OPTION opt_cons_name { $$ = SCT_VIEWF_CHECK_OPTION; }
	;
opt_cons_name:
	  %empty
	| CONSTRAINT ident
	;

/* ---------- COMMENT ON ---------- */

comment_on:
	  COMMENT ON TABLE qname IS STRING {
		sct_comment *c = NEW(sct_comment); c->on = SCT_ON_TABLE; c->object = $4;
		c->text = sct_ora_string_value(A, ctx->src + @6.first, @6.last - @6.first, NULL);
		SETSTMT(SCT_STMT_COMMENT, comment, c); }
	| COMMENT ON COLUMN qname IS STRING {
		if (!$4->schema.s) FAIL(@4.first, "COMMENT ON COLUMN needs table.column");
		sct_comment *c = NEW(sct_comment); c->on = SCT_ON_COLUMN;
		sct_qname *t = NEW(sct_qname); t->loc = $4->loc; t->name = $4->schema; t->schema = *sct_qname_catalog($4);
		c->object = t; c->column = $4->name;
		c->text = sct_ora_string_value(A, ctx->src + @6.first, @6.last - @6.first, NULL);
		SETSTMT(SCT_STMT_COMMENT, comment, c); }
	;

%%

static int word_is(const sct_ora_pctx *ctx, size_t i, const char *w)
{
	if (i >= ctx->end)
		return 0;
	const sct_ora_tok *t = &ctx->toks[i];
	size_t n = strlen(w);
	return (t->kind == TK_IDENT || t->kind == TK_TIMESTAMP) && t->len == n && strncasecmp(ctx->src + t->off, w, n) == 0;
}

/* Multi-word type names (LONG RAW, INTERVAL DAY, DOUBLE PRECISION, NATIONAL CHARACTER VARYING, ...) become
 * one identifier token spanning the words. */
static void merge_type_words(sct_ora_pctx *ctx, size_t i)
{
	static const char *const seqs[][4] = {
		{"national", "character", "varying", NULL}, {"national", "char", "varying", NULL},
		{"national", "character", NULL, NULL}, {"national", "char", NULL, NULL},
		{"character", "varying", NULL, NULL}, {"char", "varying", NULL, NULL}, {"nchar", "varying", NULL, NULL},
		{"double", "precision", NULL, NULL}, {"long", "raw", NULL, NULL}, {"long", "varchar", NULL, NULL},
		{"interval", "year", NULL, NULL}, {"interval", "day", NULL, NULL},
	};
	if (ctx->toks[i].kind != TK_IDENT)
		return;
	for (size_t k = 0; k < sizeof seqs / sizeof seqs[0]; k++) {
		size_t n = 0;
		while (n < 4 && seqs[k][n] && word_is(ctx, i + n, seqs[k][n]))
			n++;
		if (n < 2 || (n < 4 && seqs[k][n]))
			continue;
		ctx->toks[i].len = ctx->toks[i + n - 1].off + ctx->toks[i + n - 1].len - ctx->toks[i].off;
		ctx->merged_until = i + n;
		return;
	}
}

int sct_ora_lex(SCT_ORA_STYPE *lval, sct_ora_span *lloc, sct_ora_pctx *ctx)
{
	if (ctx->type_mode == 1 || ctx->type_mode == 3) {
		int k = ctx->type_mode == 1 ? TK_START_TYPE : TK_START_EXPR;
		ctx->type_mode = 2;
		lloc->first = lloc->last = ctx->pos < ctx->end ? ctx->toks[ctx->pos].off : 0;
		return k;
	}
	if (ctx->pos < ctx->end) {
		size_t i = ctx->pos;
		merge_type_words(ctx, i);
		const sct_ora_tok *t = &ctx->toks[i];
		lval->tok = (int)i;
		lloc->first = t->off;
		lloc->last = t->off + t->len;
		ctx->pos = ctx->merged_until > i ? ctx->merged_until : i + 1;
		return t->kind;
	}
	lloc->first = lloc->last = ctx->end ? ctx->toks[ctx->end - 1].off + ctx->toks[ctx->end - 1].len : 0;
	return TK_YYEOF;
}

static int yyreport_syntax_error(const yypcontext_t *yyctx, sct_ora_pctx *ctx)
{
	if (ctx->error)
		return 0;
	char buf[512];
	size_t n = 0;
	const sct_ora_span *loc = yypcontext_location(yyctx);
	yysymbol_kind_t la = yypcontext_token(yyctx);
	if (la == YYSYMBOL_YYEOF)
		n += (size_t)snprintf(buf, sizeof buf, "syntax error at end of statement");
	else {
		uint32_t len = loc->last - loc->first;
		if (len > 40)
			len = 40;
		char tok[48];
		size_t k = 0;
		for (uint32_t i = 0; i < len; i++) {
			char c = ctx->src[loc->first + i];
			tok[k++] = (c == '\n' || c == '\r' || c == '\t' || c == 0) ? ' ' : c;
		}
		tok[k] = 0;
		n += (size_t)snprintf(buf, sizeof buf, "syntax error at '%s'%s", tok, loc->last - loc->first > 40 ? "..." : "");
	}
	yysymbol_kind_t exp[6];
	int ne = yypcontext_expected_tokens(yyctx, exp, 6);
	if (ne > 0 && ne < 6) {
		for (int i = 0; i < ne && n < sizeof buf - 64; i++)
			n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i == 0 ? ", expected " : i == ne - 1 ? " or " : ", ",
					      yysymbol_name(exp[i]));
	}
	ctx->error = sct_arena_strdup(ctx->a, buf);
	ctx->error_loc = loc->first;
	return 0;
}

int sct_ora_parse_tokens(sct_ora_pctx *ctx)
{
	int r = yyparse(ctx);
	if (r != 0 && !ctx->error) {
		ctx->error = r == 2 ? "statement too complex (parser stack exhausted)" : "syntax error";
		ctx->error_loc = ctx->pos < ctx->end ? ctx->toks[ctx->pos].off : 0;
	}
	return r;
}
