/* tsql.y - bison grammar for the T-SQL DDL statements sctconv converts.
 * Run once per statement over that statement's tokens (see tsql_parse.c). Actions only build AST nodes.
 * Routine bodies arrive as one BODY token; a view's trailing WITH CHECK OPTION and every statement's trailing
 * ';' are removed by the feeder. No conflicts (%expect 0). */
%define api.pure full
%define api.prefix {sct_tsql_}
%define api.token.prefix {TK_}
%define api.location.type {sct_tsql_span}
%define parse.error custom
%locations
%expect 0
%param {sct_tsql_pctx *ctx}

%code requires {
#include "parse/tsql/tsql_int.h"
}

%code {
#include "parse/nodes.h"
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>
/* static: the feeder is inlined into yyparse, its only caller (one call per token) */
static int sct_tsql_lex(SCT_TSQL_STYPE *lval, sct_tsql_span *lloc, sct_tsql_pctx *ctx);
static void sct_tsql_error(const sct_tsql_span *loc, sct_tsql_pctx *ctx, const char *msg)
{
	if (!ctx->error) {
		if (!strcmp(msg, "memory exhausted"))
			msg = "statement too deeply nested (parser stack exhausted)";
		ctx->error = sct_arena_strdup(ctx->a, msg);
		ctx->error_loc = loc->first;
	}
}
#define YYMAXDEPTH 100000
/* A span starts at its first non-empty child (empty rules have first == last). */
#define YYLLOC_DEFAULT(Cur, Rhs, N) do { \
	if ((N) == 1) (Cur) = YYRHSLOC(Rhs, 1); /* the most common case, one copy */ \
	else if (N) { int k_ = 1; \
		while (k_ < (N) && YYRHSLOC(Rhs, k_).first == YYRHSLOC(Rhs, k_).last) k_++; \
		(Cur).first = YYRHSLOC(Rhs, k_).first; (Cur).last = YYRHSLOC(Rhs, N).last; } \
	else { (Cur).first = (Cur).last = YYRHSLOC(Rhs, 0).last; } } while (0)
#define A (ctx->a)
#define NEW(T) SCT_NEW(ctx->a, T)
#define PUSH(l, x) sct_list_push(ctx->a, &(l), (x))
#define SETSTMT(K, F, V) do { ctx->stmt->kind = (K); ctx->stmt->u.F = (V); } while (0)
#define EXPR(K, sp) sct_tsql_expr(ctx, (K), (sp))
#define TEXT(sp) sct_tsql_text(ctx, (sp).first, (sp).last)
#define PS(K, sp) sct_tsql_pstmt(ctx, (K), (sp))
static sct_expr *binop(sct_tsql_pctx *ctx, sct_op op, sct_expr *a, sct_expr *b, sct_tsql_span sp)
{
	sct_expr *e = sct_tsql_expr(ctx, SCT_E_BINARY, sp);
	e->op = op; e->a = a; e->b = b;
	return e;
}
static sct_expr *unop(sct_tsql_pctx *ctx, sct_op op, sct_expr *a, sct_tsql_span sp)
{
	sct_expr *e = sct_tsql_expr(ctx, SCT_E_UNARY, sp);
	e->op = op; e->a = a;
	return e;
}
static sct_ident *idp(sct_tsql_pctx *ctx, sct_ident id)
{
	sct_ident *p = SCT_NEW(ctx->a, sct_ident);
	*p = id;
	return p;
}
static sct_index_col *icol(sct_tsql_pctx *ctx, sct_ident id, int desc, sct_loc loc)
{
	sct_index_col *c = SCT_NEW(ctx->a, sct_index_col);
	c->name = id; c->desc = desc; c->loc = loc;
	return c;
}
static sct_query *setop(sct_tsql_pctx *ctx, int kind, sct_query *l, sct_query *r, sct_tsql_span sp)
{
	sct_query *q = SCT_NEW(ctx->a, sct_query);
	q->kind = (sct_query_kind)kind; q->left = l; q->right = r; q->loc = sp.first;
	return q;
}
static void take_colidx(sct_tsql_pctx *ctx, sct_table *t)
{
	for (int i = 0; i < ctx->colidx.n; i++)
		sct_list_push(ctx->a, &t->indexes, ctx->colidx.items[i]);
	memset(&ctx->colidx, 0, sizeof ctx->colidx);
}

static sct_constraint *last_cons(sct_column *c)
{
	const sct_list *ks = sct_column_constraints(c);
	return ks->n ? (sct_constraint *)ks->items[ks->n - 1] : NULL;
}
/* WITHIN GROUP (ORDER BY ...) goes with the OVER clause (an sct_over that says there was none: no_over) */
static sct_over *within(sct_tsql_pctx *ctx, sct_over *over, sct_list order, sct_loc loc)
{
	if (!order.n)
		return over;
	if (!over) {
		over = NEW(sct_over);
		over->loc = loc;
		over->no_over = 1;
	}
	over->within = order;
	return over;
}

/* qn . part: the rightmost 4 parts are kept */
static int qn_add(sct_tsql_pctx *ctx, int qn, sct_ident part)
{
	sct_tsql_qn *q = &ctx->qns[qn];
	if (q->n == 4) { memmove(&q->part[0], &q->part[1], 3 * sizeof(sct_ident)); q->n = 3; }
	q->part[q->n++] = part;
	return qn;
}

static sct_routine *routine(sct_tsql_pctx *ctx, sct_routine_kind k, int orr, sct_qname *name)
{
	sct_routine *r = SCT_NEW(ctx->a, sct_routine);
	r->kind = k; r->or_replace = orr; r->name = name; r->execute_as = ctx->exec_as;
	return r;
}
}

%union {
	int tok;
	int i;
	unsigned u;
	const char *s;
	int qn;              /* index of a name being collected in ctx->qns (sct_tsql_qn_new) */
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
	sct_option *opt;
	sct_table *table;
	sct_index *index;
	sct_sort *sort;
	sct_over *over;
	sct_cte *cte;
	sct_when *when;
	sct_param *param;
	sct_routine *routine;
	sct_sequence *seq;
	sct_alter_action *act;
	struct { sct_expr *e; unsigned f; } top;
	sct_pstmt *ps;
	sct_pvar *pvar;
	sct_parg *parg;
	sct_setitem *seti;
	sct_dml *dml;
	sct_merge_when *mwhen;
	sct_json_col *jcol;
}

%token <tok> IDENT "identifier" QIDENT "quoted identifier" STRING "string" NSTRING "N-string" NUMBER "number"
%token <tok> BINARY "binary literal" VAR "variable" GLOBALVAR "@@variable"
%token <tok> NE "<>" LE "<=" GE ">=" NLT "!<" NGT "!>" ASSIGNOP "assignment operator" DCOLON "::"
%token <tok> GO "GO" SQLCMD "sqlcmd command" ERROR "invalid token" BODY "routine body" START_TYPE "type"
%token <tok> START_EXPR "expression start" START_PSTMT "procedural statement start"
%token <tok> ADD ALL ALTER AND ANY AS ASC AUTHORIZATION BETWEEN BY
%token <tok> CASCADE CASE CHECK CLUSTERED COALESCE COLLATE COLUMN CONSTRAINT CONVERT CREATE
%token <tok> CROSS CURRENT CURRENT_TIMESTAMP CURRENT_USER DATABASE DEFAULT DELETE DESC DISTINCT DROP
%token <tok> ELSE END ESCAPE EXCEPT EXEC EXECUTE EXISTS FOR FOREIGN FROM
%token <tok> FULL FUNCTION GROUP HAVING IDENTITY IN INDEX INNER INSERT INTERSECT
%token <tok> INTO IS JOIN KEY LEFT LIKE NOCHECK NONCLUSTERED NOT NULL
%token <tok> NULLIF OF OFF ON OPTION OR ORDER OUTER OVER PERCENT
%token <tok> PRIMARY PROC PROCEDURE REFERENCES REPLICATION RIGHT ROWGUIDCOL SCHEMA SELECT SESSION_USER
%token <tok> SET SOME SYSTEM_USER TABLE THEN TO TOP TRIGGER TRY_CONVERT UNION
%token <tok> UNIQUE UPDATE USER VALUES VARYING VIEW WHEN WHERE WITH BACKUP
%token <tok> BEGIN BREAK BULK CHECKPOINT CLOSE COMMIT CONTINUE DBCC DEALLOCATE DECLARE
%token <tok> DENY FETCH GOTO GRANT IF MERGE OPEN PRINT RAISERROR RESTORE
%token <tok> RETURN REVOKE ROLLBACK SAVE TRAN TRANSACTION TRUNCATE USE WAITFOR WHILE
%token <tok> CAST TRY_CAST NEXT WITHIN ACTION AFTER ALWAYS APPLY CACHE CYCLE
%token <tok> DISABLE ENABLE ENCRYPTED FILESTREAM FILESTREAM_ON FIRST GENERATED HIDDEN INCLUDE INCREMENT
%token <tok> INSTEAD JSON MASKED MAX MAXVALUE MINVALUE NO OFFSET ONLY OUT
%token <tok> OUTPUT PARTITION PERIOD PERSISTED RANGE READONLY RETURNS ROW ROWS SCHEMABINDING
%token <tok> SEQUENCE SPARSE START SYNONYM SYSTEM_TIME TEXTIMAGE_ON THROW TIES TYPE VIEW_METADATA
%token <tok> XML COLUMNSTORE SPATIAL FULLTEXT USING ENCRYPTION TRY CATCH PIVOT UNPIVOT
%token <tok> HINT_OPEN "( of a table hint"

%precedence LOWER
%left OR
%left AND
%precedence NOT
%left '+' '-' '&' '|' '^'
%left '*' '/' '%'
%precedence UMINUS '~'
%precedence COLLATE

%type <id> ident opt_auth cons_name
%type <tok> unreserved_kw any_kw
%type <qn> qn
%type <qname> qname
%type <type> type_spec
%type <i> tparam opt_dir clust opt_clust fk_act setop opt_distinct join_kind routine_head opt_null trig_timing trig_event
%type <i> drop_kind cmp_op quant
%type <qname> func_name
%type <u> idx_kind opt_view_with view_attrs view_attr trig_events
%type <opt> opt_hash
%type <s> snum fg_name fg_spec opt_val opt_name
%type <expr> expr aexpr func_call opt_escape opt_else case_expr
%type <list> opt_within expr_list aexpr_list when_list ident_list opt_col_list index_cols opt_list opt_item sort_list opt_order_by
%type <list> target_list from_list opt_from opt_group_by cte_list opt_with idx_with opt_ref_cols param_list proc_params
%type <list> opt_order_offset opt_partition add_list drop_list ft_cols values_rows
%type <top> opt_top
%type <u> top_flags
%type <i> opt_hints
%type <id> opt_alias
%type <qname> opt_into
%type <expr> opt_where opt_having
%type <when> when
%type <over> opt_over over_spec
%type <s> opt_frame frame frame_bound
%type <query> query query_body query_term simple_select subquery subq_body
%type <from> table_ref table_primary
%type <jcol> oj_col
%type <list> oj_cols
%type <s> oj_path
%type <i> oj_as_json
%type <target> target
%type <cte> cte
%type <sort> sort_item
%type <col> col_def col_start
%type <cons> table_cons
%type <table> table_elems table_elem_list
%type <index> idx_tail
%type <param> param
%type <seq> seq_opts
%type <act> add_item drop_item
%type <routine> ret_clause
%type <ps> pstmt exec_stmt dml_stmt insert_stmt update_stmt delete_stmt merge_stmt tran_stmt
%type <list> decl_list exec_args exec_arg_list set_list var_list merge_whens
%type <pvar> decl
%type <parg> exec_arg
%type <seti> set_item
%type <dml> opt_output ins_src ins_tail
%type <mwhen> merge_when merge_action
%type <query> iquery iquery_body
%type <expr> opt_dml_top opt_merge_and
%type <i> opt_outflag
%type <s> opt_tname
%type <qname> dml_target

%start start

%%

start:
	  create_schema | create_table | alter_table | create_index | create_sequence | create_synonym
	| create_type | create_view | create_proc | create_function | create_trigger
	| START_TYPE type_spec { ctx->type_result = $2; }
	| START_EXPR expr { ctx->expr_result = $2; }
	| START_PSTMT pstmt { ctx->pstmt_result = $2; }
	;

/* ---------- procedural statements: one statement of a routine body at a time (tsql_body.c cuts the body,
 * builds IF/WHILE/BEGIN/TRY nesting and parses conditions with START_EXPR) ---------- */

pstmt:
	  DECLARE decl_list { $$ = PS(SCT_PS_DECLARE, @$); $$->args = $2; }
	| DECLARE ident cursor_opts FOR query {
		sct_pvar *v = NEW(sct_pvar); v->loc = @2.first; v->name = $2.s; v->cursor = $5;
		$$ = PS(SCT_PS_DECLARE, @$); PUSH($$->args, v); }
	| SET VAR '=' expr { $$ = PS(SCT_PS_SET, @$); $$->name = TEXT(@2); $$->expr = $4; }
	| SET VAR ASSIGNOP expr { $$ = PS(SCT_PS_SET, @$); $$->name = TEXT(@2); $$->op = sct_tsql_assign_op(ctx, $3); $$->expr = $4; }
	| SET ident junk { $$ = PS(SCT_PS_SETOPT, @$); $$->name = sct_arena_lower(A, $2.s); $$->text = TEXT(@$); }
	| SET TRANSACTION junk { $$ = PS(SCT_PS_SETOPT, @$); $$->name = "transaction"; $$->text = TEXT(@$); }
	| query { $$ = PS(SCT_PS_SELECT, @$); $$->query = $1; }
	| RETURN { $$ = PS(SCT_PS_RETURN, @$); }
	| RETURN expr { $$ = PS(SCT_PS_RETURN, @$); $$->expr = $2; }
	| RETURN iquery { $$ = PS(SCT_PS_RETURN, @$); $$->query = $2; }
	| PRINT expr { $$ = PS(SCT_PS_PRINT, @$); $$->expr = $2; }
	| WAITFOR ident aexpr { $$ = PS(SCT_PS_WAITFOR, @$); $$->name = $2.s; $$->expr = $3; }
	| RAISERROR '(' expr_list ')' opt_raise_with { $$ = PS(SCT_PS_RAISERROR, @$); $$->args = $3; }
	| THROW { $$ = PS(SCT_PS_THROW, @$); }
	| THROW aexpr ',' aexpr ',' aexpr { $$ = PS(SCT_PS_THROW, @$); PUSH($$->args, $2); PUSH($$->args, $4); PUSH($$->args, $6); }
	| GOTO ident { $$ = PS(SCT_PS_GOTO, @$); $$->name = $2.s; }
	| BREAK { $$ = PS(SCT_PS_BREAK, @$); }
	| CONTINUE { $$ = PS(SCT_PS_CONTINUE, @$); }
	| exec_stmt
	| dml_stmt
	| WITH cte_list dml_stmt { $$ = $3; $$->loc = @$.first; $$->dml->with = NEW(sct_query); $$->dml->with->ctes = $2; }
	| tran_stmt
	| OPEN ident { $$ = PS(SCT_PS_CURSOR, @$); $$->op = SCT_CUR_OPEN; $$->name = $2.s; }
	| CLOSE ident { $$ = PS(SCT_PS_CURSOR, @$); $$->op = SCT_CUR_CLOSE; $$->name = $2.s; }
	| DEALLOCATE ident { $$ = PS(SCT_PS_CURSOR, @$); $$->op = SCT_CUR_DEALLOCATE; $$->name = $2.s; }
	| FETCH ident INTO var_list { $$ = PS(SCT_PS_CURSOR, @$); $$->op = SCT_CUR_FETCH; $$->name = $2.s; $$->args = $4; }
	| FETCH FROM ident INTO var_list { $$ = PS(SCT_PS_CURSOR, @$); $$->op = SCT_CUR_FETCH; $$->name = $3.s; $$->args = $5; }
	| FETCH NEXT FROM ident INTO var_list { $$ = PS(SCT_PS_CURSOR, @$); $$->op = SCT_CUR_FETCH; $$->name = $4.s; $$->args = $6; }
	| FETCH ident FROM ident INTO var_list {
		$$ = PS(SCT_PS_CURSOR, @$); $$->op = SCT_CUR_FETCH; $$->name = $4.s; $$->args = $6; $$->text = $2.s; }
	| TRUNCATE TABLE qname { $$ = PS(SCT_PS_TRUNCATE, @$); $$->target = $3; }
	| DROP TABLE opt_if_exists qname { $$ = PS(SCT_PS_DROP_TABLE, @$); $$->target = $4; }
	| DROP TRIGGER qname { $$ = PS(SCT_PS_DROP_TRIGGER, @$); $$->target = $3; }
	| DROP TRIGGER IF EXISTS qname { $$ = PS(SCT_PS_DROP_TRIGGER, @$); $$->target = $5; $$->op = 1; }
	;
decl_list:
	  decl { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| decl_list ',' decl { $$ = $1; PUSH($$, $3); }
	;
decl:
	  VAR opt_as type_spec { $$ = NEW(sct_pvar); $$->loc = @$.first; $$->name = TEXT(@1); $$->type = $3; }
	| VAR opt_as type_spec '=' expr { $$ = NEW(sct_pvar); $$->loc = @$.first; $$->name = TEXT(@1); $$->type = $3; $$->init = $5; }
	| VAR opt_as TABLE '(' table_elems ')' { $$ = NEW(sct_pvar); $$->loc = @$.first; $$->name = TEXT(@1); $$->table = $5; }
	;
cursor_opts:
	  ident
	| cursor_opts ident
	;
var_list:
	  VAR { memset(&$$, 0, sizeof $$); sct_expr *v = EXPR(SCT_E_VAR, @1); v->text = TEXT(@1); PUSH($$, v); }
	| var_list ',' VAR { $$ = $1; sct_expr *v = EXPR(SCT_E_VAR, @3); v->text = TEXT(@3); PUSH($$, v); }
	;
opt_raise_with:
	  %empty
	| WITH ident_list
	;
exec_kw: EXEC | EXECUTE ;
exec_stmt:
	  exec_kw qname exec_args { $$ = PS(SCT_PS_EXEC, @$); $$->target = $2; $$->args = $3; }
	| exec_kw VAR '=' qname exec_args { $$ = PS(SCT_PS_EXEC, @$); $$->name = TEXT(@2); $$->target = $4; $$->args = $5; }
	| exec_kw '(' expr ')' { $$ = PS(SCT_PS_EXEC_SQL, @$); $$->expr = $3; }
	;
exec_args:
	  %empty { memset(&$$, 0, sizeof $$); }
	| exec_arg_list
	;
exec_arg_list:
	  exec_arg { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| exec_arg_list ',' exec_arg { $$ = $1; PUSH($$, $3); }
	;
exec_arg:
	  aexpr opt_outflag { $$ = NEW(sct_parg); $$->loc = @$.first; $$->value = $1; $$->output = $2; }
	| VAR '=' aexpr opt_outflag { $$ = NEW(sct_parg); $$->loc = @$.first; $$->name = TEXT(@1); $$->value = $3; $$->output = $4; }
	| DEFAULT { $$ = NEW(sct_parg); $$->loc = @$.first; }
	| VAR '=' DEFAULT { $$ = NEW(sct_parg); $$->loc = @$.first; $$->name = TEXT(@1); }
	;
opt_outflag:
	  %empty { $$ = 0; }
	| OUTPUT { $$ = 1; }
	| OUT { $$ = 1; }
	;
dml_stmt: insert_stmt | update_stmt | delete_stmt | merge_stmt ;
dml_target:
	  qname
	| VAR { $$ = NEW(sct_qname); $$->loc = $$->name.loc = @1.first; $$->name.s = TEXT(@1); }
	;
insert_stmt:
	INSERT opt_into_kw dml_target ins_tail { $$ = PS(SCT_PS_INSERT, @$); $$->dml = $4; $4->table = $3; }
	;
opt_into_kw: %empty | INTO ;
ins_tail:
	  '(' ident_list ')' opt_output ins_src {
		$$ = $5; $$->columns = $2; if ($4) { $$->output = $4->output; $$->output_into = $4->output_into; $$->output_cols = $4->output_cols; } }
	| opt_output ins_src { $$ = $2; if ($1) { $$->output = $1->output; $$->output_into = $1->output_into; $$->output_cols = $1->output_cols; } }
	;
ins_src:
	  VALUES values_rows { $$ = NEW(sct_dml); $$->values = $2; }
	| iquery { $$ = NEW(sct_dml); $$->query = $1; }
	| exec_stmt { $$ = NEW(sct_dml); $$->exec = $1; }
	| DEFAULT VALUES { $$ = NEW(sct_dml); $$->default_values = 1; }
	;
opt_output:
	  %empty { $$ = NULL; }
	| OUTPUT target_list { $$ = NEW(sct_dml); $$->output = $2; }
	| OUTPUT target_list INTO dml_target opt_col_list { $$ = NEW(sct_dml); $$->output = $2; $$->output_into = $4; $$->output_cols = $5; }
	;
update_stmt:
	UPDATE opt_dml_top dml_target opt_hints SET set_list opt_output opt_from opt_where {
		$$ = PS(SCT_PS_UPDATE, @$); sct_dml *d = $7 ? $7 : NEW(sct_dml); d->columns.n = 0;
		d->table = $3; d->top = $2; d->sets = $6; d->from = $8; d->where = $9; $$->dml = d; }
	;
delete_stmt:
	DELETE opt_dml_top opt_from_kw dml_target opt_hints opt_output opt_from opt_where {
		$$ = PS(SCT_PS_DELETE, @$); sct_dml *d = $6 ? $6 : NEW(sct_dml); d->columns.n = 0;
		d->table = $4; d->top = $2; d->from = $7; d->where = $8; $$->dml = d; }
	;
opt_from_kw: %empty | FROM ;
opt_dml_top:
	  %empty { $$ = NULL; }
	| TOP '(' expr ')' { $$ = $3; }
	;
set_list:
	  set_item { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| set_list ',' set_item { $$ = $1; PUSH($$, $3); }
	;
set_item:
	  qname '=' aexpr { $$ = NEW(sct_setitem); $$->loc = @$.first; $$->col = $1; $$->value = $3; }
	| qname ASSIGNOP aexpr { $$ = NEW(sct_setitem); $$->loc = @$.first; $$->col = $1; $$->op = sct_tsql_assign_op(ctx, $2); $$->value = $3; }
	| qname '=' DEFAULT { $$ = NEW(sct_setitem); $$->loc = @$.first; $$->col = $1; }
	| qname '(' expr_list ')' { /* col.modify(...) / col.WRITE(...): a method that changes the column */
		if (!$1->schema.s) YYERROR;
		$$ = NEW(sct_setitem); $$->loc = @$.first; $$->col = NEW(sct_qname); *$$->col = *$1;
		$$->col->more = NULL; /* col.modify(...): the method is the name, the column the part before it */
		if (sct_qname_server($1)->s) sct_qname_more_of(A, $$->col)->catalog = *sct_qname_server($1);
		$$->col->schema = *sct_qname_catalog($1); $$->col->name = $1->schema;
		$$->value = EXPR(SCT_E_FUNC, @$); $$->value->name = $1; $$->value->args = $3; }
	| VAR '=' aexpr { $$ = NEW(sct_setitem); $$->loc = @$.first; $$->var = TEXT(@1); $$->value = $3; }
	| VAR ASSIGNOP aexpr { $$ = NEW(sct_setitem); $$->loc = @$.first; $$->var = TEXT(@1); $$->op = sct_tsql_assign_op(ctx, $2); $$->value = $3; }
	| VAR '=' qname '=' aexpr { $$ = NEW(sct_setitem); $$->loc = @$.first; $$->var = TEXT(@1); $$->col = $3; $$->value = $5; }
	;
merge_stmt:
	MERGE opt_dml_top opt_into_kw dml_target opt_hints merge_alias USING table_primary ON expr merge_whens opt_output {
		$$ = PS(SCT_PS_MERGE, @$); sct_dml *d = $12 ? $12 : NEW(sct_dml); d->columns.n = 0;
		d->table = $4; d->top = $2; d->alias = ctx->cref; PUSH(d->from, $8); d->where = $10; d->whens = $11; $$->dml = d; }
	;
merge_alias:
	  %empty { memset(&ctx->cref, 0, sizeof ctx->cref); }
	| AS ident { ctx->cref = $2; }
	| IDENT { ctx->cref = sct_tsql_ident(ctx, $1); }
	| QIDENT { ctx->cref = sct_tsql_ident(ctx, $1); }
	;
merge_whens:
	  merge_when { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| merge_whens merge_when { $$ = $1; PUSH($$, $2); }
	;
merge_when:
	  WHEN ident opt_merge_and THEN merge_action { $$ = $5; $$->loc = @$.first; $$->matched = 1; $$->cond = $3; }
	| WHEN NOT ident opt_merge_and THEN merge_action { $$ = $6; $$->loc = @$.first; $$->matched = 0; $$->cond = $4; }
	| WHEN NOT ident BY ident opt_merge_and THEN merge_action {
		$$ = $8; $$->loc = @$.first; $$->matched = strcasecmp($5.s, "source") == 0 ? 2 : 0; $$->cond = $6; }
	;
opt_merge_and:
	  %empty { $$ = NULL; }
	| AND expr { $$ = $2; }
	;
merge_action:
	  UPDATE SET set_list { $$ = NEW(sct_merge_when); $$->action = 0; $$->sets = $3; }
	| DELETE { $$ = NEW(sct_merge_when); $$->action = 1; }
	| INSERT '(' ident_list ')' VALUES '(' expr_list ')' { $$ = NEW(sct_merge_when); $$->action = 2; $$->columns = $3; $$->values = $7; }
	| INSERT VALUES '(' expr_list ')' { $$ = NEW(sct_merge_when); $$->action = 2; $$->values = $4; }
	;
tran_stmt:
	  BEGIN tran_kw opt_tname { $$ = PS(SCT_PS_TRAN, @$); $$->op = SCT_TRAN_BEGIN; $$->name = $3; }
	| COMMIT opt_tran_kw opt_tname { $$ = PS(SCT_PS_TRAN, @$); $$->op = SCT_TRAN_COMMIT; $$->name = $3; }
	| ROLLBACK opt_tran_kw opt_tname { $$ = PS(SCT_PS_TRAN, @$); $$->op = SCT_TRAN_ROLLBACK; $$->name = $3; }
	| SAVE tran_kw opt_tname { $$ = PS(SCT_PS_TRAN, @$); $$->op = SCT_TRAN_SAVE; $$->name = $3; }
	;
tran_kw: TRAN | TRANSACTION ;
opt_tran_kw: %empty | TRAN | TRANSACTION ;
opt_tname:
	  %empty { $$ = NULL; }
	| ident { $$ = $1.s; }
	| VAR { $$ = TEXT(@1); }
	;
/* a query that does not start with '(' (after INSERT and RETURN, where '(' means something else) */
iquery:
	opt_with iquery_body opt_order_offset opt_for opt_option {
		$$ = $2; $$->ctes = $1; $$->order_by = $3; $$->offset = ctx->offset; $$->fetch = ctx->fetch;
		$$->flags |= ctx->qflags; if (ctx->for_json) $$->for_json = ctx->for_json;
		ctx->for_json = NULL;
		ctx->offset = ctx->fetch = NULL; ctx->qflags = 0; }
	;
iquery_body:
	  simple_select
	| iquery_body setop query_term { $$ = setop(ctx, $2, $1, $3, @$); }
	;

/* ---------- names ---------- */

ident:
	  IDENT { $$ = sct_tsql_ident(ctx, $1); }
	| QIDENT { $$ = sct_tsql_ident(ctx, $1); }
	| unreserved_kw { $$ = sct_tsql_ident(ctx, $1); }
	;

unreserved_kw:
	  ACTION
	| AFTER
	| ALWAYS
	| APPLY
	| CACHE
	| CYCLE
	| DISABLE
	| ENABLE
	| ENCRYPTED
	| FILESTREAM
	| FILESTREAM_ON
	| FIRST
	| GENERATED
	| HIDDEN
	| INCLUDE
	| INCREMENT
	| INSTEAD
	| JSON
	| MASKED
	| MAX
	| MAXVALUE
	| MINVALUE
	| NO
	| OFFSET
	| ONLY
	| OUT
	| OUTPUT
	| PARTITION
	| PERIOD
	| PERSISTED
	| RANGE
	| READONLY
	| RETURNS
	| ROW
	| ROWS
	| SCHEMABINDING
	| SEQUENCE
	| SPARSE
	| START
	| SYNONYM
	| SYSTEM_TIME
	| TEXTIMAGE_ON
	| THROW
	| TIES
	| TYPE
	| VIEW_METADATA
	| XML
	| COLUMNSTORE
	| SPATIAL
	| FULLTEXT
	| USING
	| ENCRYPTION
	| TRY
	| CATCH
	;

qn:
	  ident { $$ = sct_tsql_qn_new(ctx); sct_tsql_qn *q = &ctx->qns[$$]; q->part[0] = $1; q->n = 1; q->loc = @1.first; }
	/* a part after a '.' straight from its token (no ident reduction: one fewer per qualified name) */
	| qn '.' IDENT { $$ = qn_add(ctx, $1, sct_tsql_ident(ctx, $3)); }
	| qn '.' QIDENT { $$ = qn_add(ctx, $1, sct_tsql_ident(ctx, $3)); }
	| qn '.' unreserved_kw { $$ = qn_add(ctx, $1, sct_tsql_ident(ctx, $3)); }
	| qn '.' '.' ident {
		$$ = $1; sct_tsql_qn *q = &ctx->qns[$$];
		if (q->n >= 3) { memmove(&q->part[0], &q->part[q->n - 2], 2 * sizeof(sct_ident)); q->n = 2; }
		memset(&q->part[q->n++], 0, sizeof(sct_ident)); q->part[q->n++] = $4; }
	;

qname: qn { $$ = sct_tsql_qname(ctx, $1); } ;

ident_list:
	  ident { memset(&$$, 0, sizeof $$); PUSH($$, idp(ctx, $1)); }
	| ident_list ',' ident { $$ = $1; PUSH($$, idp(ctx, $3)); }
	;

opt_col_list:
	  %empty { memset(&$$, 0, sizeof $$); }
	| '(' ident_list ')' { $$ = $2; }
	;

/* ---------- types ---------- */

type_spec:
	  qn { $$ = sct_tsql_type(ctx, $1); }
	| qn '(' tparam ')' { $$ = sct_tsql_type(ctx, $1); $$->nparams = 1; $$->params[0] = $3; }
	| qn '(' tparam ',' tparam ')' { $$ = sct_tsql_type(ctx, $1); $$->nparams = 2; $$->params[0] = $3; $$->params[1] = $5; }
	| qn '(' tparam ',' tparam ',' tparam ')' {
		$$ = sct_tsql_type(ctx, $1); $$->nparams = 3; $$->params[0] = $3; $$->params[1] = $5; $$->params[2] = $7; }
	| qn '(' ident qn ')' { $$ = sct_tsql_type(ctx, $1); } /* xml(CONTENT schema.collection) */
	/* xml(schema.collection); its last part as qn takes it (IDENT, QIDENT, unreserved_kw): with ident here, a
	 * syntax error after decimal(x.y named ')' as expected instead of '.' (test_type_param_errors.c) */
	| qn '(' qn '.' IDENT ')' { $$ = sct_tsql_type(ctx, $1); }
	| qn '(' qn '.' QIDENT ')' { $$ = sct_tsql_type(ctx, $1); }
	| qn '(' qn '.' unreserved_kw ')' { $$ = sct_tsql_type(ctx, $1); }
	;

tparam:
	  NUMBER { $$ = (int)sct_tsql_leading_int(ctx->src + @1.first); }
	| '-' NUMBER { $$ = -(int)sct_tsql_leading_int(ctx->src + @2.first); }
	| MAX { $$ = SCT_PARAM_MAX; }
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
	| aexpr
	| aexpr '=' aexpr { $$ = binop(ctx, SCT_OP_EQ, $1, $3, @$); }
	| aexpr NE aexpr { $$ = binop(ctx, SCT_OP_NE, $1, $3, @$); }
	| aexpr '<' aexpr { $$ = binop(ctx, SCT_OP_LT, $1, $3, @$); }
	| aexpr '>' aexpr { $$ = binop(ctx, SCT_OP_GT, $1, $3, @$); }
	| aexpr LE aexpr { $$ = binop(ctx, SCT_OP_LE, $1, $3, @$); }
	| aexpr GE aexpr { $$ = binop(ctx, SCT_OP_GE, $1, $3, @$); }
	| aexpr NLT aexpr { $$ = binop(ctx, SCT_OP_NLT, $1, $3, @$); }
	| aexpr NGT aexpr { $$ = binop(ctx, SCT_OP_NGT, $1, $3, @$); }
	| aexpr cmp_op quant '(' subquery ')' {
		sct_expr *q = EXPR(SCT_E_SUBQUERY, @$); sct_expr_set_query(A, q, $5); q->loc = @4.first;
		$$ = binop(ctx, (sct_op)$2, $1, q, @$); $$->flags |= (unsigned)$3; }
	| aexpr IN '(' aexpr_list ')' { $$ = EXPR(SCT_E_IN, @$); $$->a = $1; $$->args = $4; }
	| aexpr NOT IN '(' aexpr_list ')' { $$ = EXPR(SCT_E_IN, @$); $$->a = $1; $$->args = $5; $$->flags |= SCT_EF_NOT; }
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
	| LE { $$ = SCT_OP_LE; } | GE { $$ = SCT_OP_GE; } | NLT { $$ = SCT_OP_NLT; } | NGT { $$ = SCT_OP_NGT; }
	;
quant: ALL { $$ = SCT_EF_ALL; } | ANY { $$ = SCT_EF_ANY; } | SOME { $$ = SCT_EF_ANY; } ;

opt_escape:
	  %empty { $$ = NULL; }
	| ESCAPE aexpr { $$ = $2; }
	;

aexpr:
	  aexpr '+' aexpr { $$ = binop(ctx, SCT_OP_ADD, $1, $3, @$); }
	| aexpr '-' aexpr { $$ = binop(ctx, SCT_OP_SUB, $1, $3, @$); }
	| aexpr '*' aexpr { $$ = binop(ctx, SCT_OP_MUL, $1, $3, @$); }
	| aexpr '/' aexpr { $$ = binop(ctx, SCT_OP_DIV, $1, $3, @$); }
	| aexpr '%' aexpr { $$ = binop(ctx, SCT_OP_MOD, $1, $3, @$); }
	| aexpr '&' aexpr { $$ = binop(ctx, SCT_OP_BITAND, $1, $3, @$); }
	| aexpr '|' aexpr { $$ = binop(ctx, SCT_OP_BITOR, $1, $3, @$); }
	| aexpr '^' aexpr { $$ = binop(ctx, SCT_OP_BITXOR, $1, $3, @$); }
	| '-' aexpr %prec UMINUS { $$ = unop(ctx, SCT_OP_NEG, $2, @$); }
	| '+' aexpr %prec UMINUS { $$ = unop(ctx, SCT_OP_POS, $2, @$); }
	| '~' aexpr { $$ = unop(ctx, SCT_OP_BITNOT, $2, @$); }
	| aexpr COLLATE ident { $$ = EXPR(SCT_E_COLLATE, @$); $$->a = $1; $$->text = $3.s; }
	;

aexpr: /* primaries, without a unit rule of their own (one reduction fewer per operand) */
	  NULL { $$ = EXPR(SCT_E_NULL, @$); }
	| NUMBER { $$ = sct_tsql_lit(ctx, $1); }
	| STRING { $$ = sct_tsql_lit(ctx, $1); }
	| NSTRING { $$ = sct_tsql_lit(ctx, $1); }
	| BINARY { $$ = sct_tsql_lit(ctx, $1); }
	| VAR { $$ = EXPR(SCT_E_VAR, @$); $$->text = TEXT(@1); }
	| GLOBALVAR { $$ = EXPR(SCT_E_GLOBAL, @$); $$->text = sct_arena_lower(A, sct_tsql_text(ctx, @1.first + 2, @1.last)); }
	| qname { $$ = EXPR(SCT_E_COL, @$); $$->name = $1; }
	| func_call
	| CAST '(' expr AS type_spec ')' { $$ = EXPR(SCT_E_CAST, @$); $$->a = $3; sct_expr_set_type(A, $$, $5); }
	| TRY_CAST '(' expr AS type_spec ')' { $$ = EXPR(SCT_E_CAST, @$); $$->a = $3; sct_expr_set_type(A, $$, $5); $$->flags = SCT_EF_TRY; }
	| CONVERT '(' type_spec ',' expr ')' { $$ = EXPR(SCT_E_CAST, @$); $$->a = $5; sct_expr_set_type(A, $$, $3); $$->flags = SCT_EF_CONVERT; }
	| CONVERT '(' type_spec ',' expr ',' expr ')' {
		$$ = EXPR(SCT_E_CAST, @$); $$->a = $5; sct_expr_set_type(A, $$, $3); $$->b = $7; $$->flags = SCT_EF_CONVERT; }
	| TRY_CONVERT '(' type_spec ',' expr ')' {
		$$ = EXPR(SCT_E_CAST, @$); $$->a = $5; sct_expr_set_type(A, $$, $3); $$->flags = SCT_EF_CONVERT | SCT_EF_TRY; }
	| TRY_CONVERT '(' type_spec ',' expr ',' expr ')' {
		$$ = EXPR(SCT_E_CAST, @$); $$->a = $5; sct_expr_set_type(A, $$, $3); $$->b = $7; $$->flags = SCT_EF_CONVERT | SCT_EF_TRY; }
	| NEXT ident FOR qname { $$ = EXPR(SCT_E_NEXTVAL, @$); $$->name = $4; }
	| case_expr
	| '(' expr ')' { $$ = EXPR(SCT_E_PAREN, @$); $$->a = $2; }
	| '(' subquery ')' { $$ = EXPR(SCT_E_SUBQUERY, @$); sct_expr_set_query(A, $$, $2); }
	| '(' subquery ')' '.' ident '(' expr_list ')' { /* (SELECT ... FOR XML ..., TYPE).value(...) */
		$$ = EXPR(SCT_E_SUBQUERY, @$); sct_expr_set_query(A, $$, $2); $$->text = $5.s; $$->args = $7; }
	| VAR '.' ident '(' expr_list ')' { /* @x.value(...): a method of the variable's type, as col.method(...) */
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = NEW(sct_qname); $$->name->loc = @1.first;
		$$->name->schema.s = TEXT(@1); $$->name->schema.loc = @1.first; $$->name->name = $3; $$->args = $5; }
	| VAR '.' ident '(' ')' { /* @x.ToString(): the same without arguments */
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = NEW(sct_qname); $$->name->loc = @1.first;
		$$->name->schema.s = TEXT(@1); $$->name->schema.loc = @1.first; $$->name->name = $3; }
	| ident DCOLON ident '(' ')' { /* type::Method(...): hierarchyid::GetRoot(), a static method */
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = NEW(sct_qname); $$->name->loc = @1.first;
		$$->name->schema = $1; $$->name->name = $3; $$->flags = SCT_EF_STATIC; }
	| ident DCOLON ident '(' expr_list ')' {
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = NEW(sct_qname); $$->name->loc = @1.first;
		$$->name->schema = $1; $$->name->name = $3; $$->args = $5; $$->flags = SCT_EF_STATIC; }
	| CURRENT_TIMESTAMP { $$ = EXPR(SCT_E_KEYWORD, @$); $$->text = "CURRENT_TIMESTAMP"; }
	| CURRENT_USER { $$ = EXPR(SCT_E_KEYWORD, @$); $$->text = "CURRENT_USER"; }
	| SESSION_USER { $$ = EXPR(SCT_E_KEYWORD, @$); $$->text = "SESSION_USER"; }
	| SYSTEM_USER { $$ = EXPR(SCT_E_KEYWORD, @$); $$->text = "SYSTEM_USER"; }
	| USER { $$ = EXPR(SCT_E_KEYWORD, @$); $$->text = "USER"; }
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
	  func_name '(' ')' opt_within opt_over { $$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; sct_expr_set_over(A, $$, within(ctx, $5, $4, @4.first)); }
	| func_name '(' '*' ')' opt_within opt_over {
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; $$->flags = SCT_EF_STARARG; sct_expr_set_over(A, $$, within(ctx, $6, $5, @5.first)); }
	| func_name '(' expr_list ')' opt_within opt_over {
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; $$->args = $3; sct_expr_set_over(A, $$, within(ctx, $6, $5, @5.first)); }
	| func_name '(' DISTINCT expr_list ')' opt_within opt_over {
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; $$->args = $4; $$->flags = SCT_EF_DISTINCT; sct_expr_set_over(A, $$, within(ctx, $7, $6, @6.first)); }
	| func_name '(' ALL expr_list ')' opt_within opt_over {
		$$ = EXPR(SCT_E_FUNC, @$); $$->name = $1; $$->args = $4; sct_expr_set_over(A, $$, within(ctx, $7, $6, @6.first)); }
	;

func_name:
	  qname
	| LEFT { $$ = NEW(sct_qname); $$->name.s = "LEFT"; $$->name.loc = $$->loc = @1.first; }
	| RIGHT { $$ = NEW(sct_qname); $$->name.s = "RIGHT"; $$->name.loc = $$->loc = @1.first; }
	| COALESCE { $$ = NEW(sct_qname); $$->name.s = "COALESCE"; $$->name.loc = $$->loc = @1.first; }
	| NULLIF { $$ = NEW(sct_qname); $$->name.s = "NULLIF"; $$->name.loc = $$->loc = @1.first; }
	| UPDATE { $$ = NEW(sct_qname); $$->name.s = "UPDATE"; $$->name.loc = $$->loc = @1.first; } /* trigger: UPDATE(col) */
	;

/* WITHIN GROUP (ORDER BY ...) is consumed (no AST field; rare in DDL scripts) */
opt_within:
	  %empty { memset(&$$, 0, sizeof $$); }
	| WITHIN GROUP '(' ORDER BY sort_list ')' { $$ = $6; }
	;

opt_over:
	  %empty { $$ = NULL; }
	| OVER '(' over_spec ')' { $$ = $3; $$->loc = @1.first; }
	;
over_spec:
	opt_partition opt_order_by opt_frame { $$ = NEW(sct_over); $$->partition_by = $1; $$->order_by = $2; $$->frame = $3; }
	;
opt_partition:
	  %empty { memset(&$$, 0, sizeof $$); }
	| PARTITION BY expr_list { $$ = $3; }
	;
opt_frame:
	  %empty { $$ = NULL; }
	| ROWS frame { $$ = TEXT(@$); }
	| RANGE frame { $$ = TEXT(@$); }
	;
frame:
	  frame_bound { $$ = NULL; }
	| BETWEEN frame_bound AND frame_bound { $$ = NULL; }
	;
frame_bound:
	  ident ident { $$ = NULL; }
	| NUMBER ident { $$ = NULL; }
	| CURRENT ROW { $$ = NULL; }
	;

expr_list:
	  expr { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| expr_list ',' expr { $$ = $1; PUSH($$, $3); }
	;
aexpr_list:
	  aexpr { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| aexpr_list ',' aexpr { $$ = $1; PUSH($$, $3); }
	;

/* ---------- queries ---------- */

query:
	opt_with query_body opt_order_offset opt_for opt_option {
		$$ = $2; $$->ctes = $1; $$->order_by = $3; $$->offset = ctx->offset; $$->fetch = ctx->fetch;
		$$->flags |= ctx->qflags; if (ctx->for_json) $$->for_json = ctx->for_json;
		ctx->for_json = NULL;
		ctx->offset = ctx->fetch = NULL; ctx->qflags = 0; }
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
/* A query in parentheses: starts with SELECT (so '((SELECT ...))' is a parenthesised scalar subquery). */
subquery:
	subq_body opt_order_offset opt_for {
		$$ = $1; $$->order_by = $2; $$->offset = ctx->offset; $$->fetch = ctx->fetch;
		$$->flags |= ctx->qflags; if (ctx->for_json) $$->for_json = ctx->for_json;
		ctx->for_json = NULL;
		ctx->offset = ctx->fetch = NULL; ctx->qflags = 0; }
	;
setop:
	  UNION { $$ = SCT_Q_UNION; }
	| UNION ALL { $$ = SCT_Q_UNION_ALL; }
	| EXCEPT { $$ = SCT_Q_EXCEPT; }
	| INTERSECT { $$ = SCT_Q_INTERSECT; }
	;

simple_select:
	SELECT opt_distinct opt_top target_list opt_into opt_from opt_where opt_group_by opt_having {
		$$ = NEW(sct_query); $$->kind = SCT_Q_SELECT; $$->loc = @$.first;
		if ($2) $$->flags |= SCT_QF_DISTINCT;
		$$->top = $3.e; $$->flags |= $3.f;
		$$->targets = $4; $$->into = $5; $$->from = $6;
		$$->where = $7; $$->group_by = $8; $$->having = $9; }
	;
opt_distinct:
	  %empty { $$ = 0; }
	| DISTINCT { $$ = 1; }
	| ALL { $$ = 0; }
	;
opt_top:
	  %empty { $$.e = NULL; $$.f = 0; }
	| TOP NUMBER top_flags { $$.e = sct_tsql_lit(ctx, $2); $$.f = $3; }
	| TOP '(' expr ')' top_flags { $$.e = $3; $$.f = $5; }
	;
top_flags:
	  %empty { $$ = 0; }
	| top_flags PERCENT { $$ = $1 | SCT_QF_TOP_PERCENT; }
	| top_flags WITH TIES { $$ = $1 | SCT_QF_TOP_TIES; }
	;
target_list:
	  target { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| target_list ',' target { $$ = $1; PUSH($$, $3); }
	;
target:
	  aexpr { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; }
	| aexpr ident { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; $$->alias = $2; }
	| aexpr AS ident { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; $$->alias = $3; }
	| aexpr AS STRING { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; $$->alias = sct_tsql_ident(ctx, $3); }
	| aexpr AS NSTRING { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; $$->alias = sct_tsql_ident(ctx, $3); }
	| aexpr STRING { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; $$->alias = sct_tsql_ident(ctx, $2); }
	| aexpr NSTRING { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $1; $$->alias = sct_tsql_ident(ctx, $2); }
	| NSTRING '=' aexpr { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $3; $$->alias = sct_tsql_ident(ctx, $1); }
	| ident '=' aexpr { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $3; $$->alias = $1; }
	| STRING '=' aexpr { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $3; $$->alias = sct_tsql_ident(ctx, $1); }
	| VAR '=' aexpr { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $3; $$->assign = TEXT(@1); }
	| VAR ASSIGNOP aexpr {
		$$ = NEW(sct_target); $$->loc = @$.first; $$->expr = $3; $$->assign = TEXT(@1); $$->assign_op = sct_tsql_assign_op(ctx, $2); }
	| '*' { $$ = NEW(sct_target); $$->loc = @$.first; $$->expr = EXPR(SCT_E_STAR, @$); }
	| qn '.' '*' {
		$$ = NEW(sct_target); $$->loc = @$.first; $$->expr = EXPR(SCT_E_STAR, @$);
		$$->expr->name = sct_tsql_qname(ctx, $1); }
	;
opt_into:
	  %empty { $$ = NULL; }
	| INTO qname { $$ = $2; }
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
	| table_ref CROSS JOIN table_primary {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_JOIN; $$->loc = @$.first; $$->join = SCT_JOIN_CROSS; $$->left = $1; $$->right = $4; }
	| table_ref CROSS APPLY table_primary {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_JOIN; $$->loc = @$.first; $$->join = SCT_JOIN_CROSS_APPLY; $$->left = $1; $$->right = $4; }
	| table_ref OUTER APPLY table_primary {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_JOIN; $$->loc = @$.first; $$->join = SCT_JOIN_OUTER_APPLY; $$->left = $1; $$->right = $4; }
	| table_ref PIVOT '(' func_call FOR ident IN '(' ident_list ')' ')' opt_alias {
		if (!($$ = sct_tsql_pivot(ctx, $1, $4, $6, &$9, $12, @2.first))) YYABORT; }
	| table_ref UNPIVOT '(' ident FOR ident IN '(' ident_list ')' ')' opt_alias {
		if (!($$ = sct_tsql_unpivot(ctx, $1, $4, $6, &$9, $12, @2.first))) YYABORT; }
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
	  qname opt_alias opt_hints {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_TABLE; $$->loc = @$.first; $$->name = $1;
		$$->alias = $2; $$->has_hints = $3; }
	| func_call opt_alias opt_col_list {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_FUNC; $$->loc = @$.first; $$->func = $1;
		$$->alias = $2; $$->col_aliases = $3; }
	| func_call WITH '(' oj_cols ')' opt_alias {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_FUNC; $$->loc = @$.first; $$->func = $1;
		$$->json_cols = $4; $$->alias = $6; }
	| '(' subquery ')' opt_alias opt_col_list {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_SUBQUERY; $$->loc = @$.first; $$->query = $2;
		$$->alias = $4; $$->col_aliases = $5; }
	| '(' VALUES values_rows ')' opt_alias opt_col_list {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_VALUES; $$->loc = @$.first; $$->values = $3;
		$$->alias = $5; $$->col_aliases = $6; }
	| '(' table_ref ')' { $$ = $2; }
	| VAR opt_alias {
		$$ = NEW(sct_from); $$->kind = SCT_FROM_TABLE; $$->loc = @$.first; $$->name = NEW(sct_qname);
		$$->name->loc = $$->name->name.loc = @1.first; $$->name->name.s = TEXT(@1); $$->alias = $2; }
	;
values_rows:
	  '(' expr_list ')' { sct_expr *e = EXPR(SCT_E_LIST, @$); e->args = $2; memset(&$$, 0, sizeof $$); PUSH($$, e); }
	| values_rows ',' '(' expr_list ')' { sct_expr *e = EXPR(SCT_E_LIST, @3); e->args = $4; e->end = @5.last; $$ = $1; PUSH($$, e); }
	;
/* OPENJSON(...) WITH (name type ['path'] [AS JSON], ...) */
oj_cols:
	  oj_col { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| oj_cols ',' oj_col { $$ = $1; PUSH($$, $3); }
	;
oj_col: ident type_spec oj_path oj_as_json {
		$$ = NEW(sct_json_col); $$->loc = @$.first; $$->name = $1; $$->type = $2; $$->path = $3; $$->as_json = $4; }
	;
oj_path:
	  %empty { $$ = NULL; }
	| STRING { $$ = sct_tsql_lit(ctx, $1)->text; }
	| NSTRING { $$ = sct_tsql_lit(ctx, $1)->text; }
	;
oj_as_json:
	  %empty { $$ = 0; }
	| AS JSON { $$ = 1; }
	;
opt_alias:
	  %empty { memset(&$$, 0, sizeof $$); }
	| ident
	| AS ident { $$ = $2; }
	;
opt_hints:
	  %empty { $$ = 0; }
	| WITH '(' junk ')' { $$ = 1; }
	| HINT_OPEN junk ')' { $$ = 1; }
	;
opt_where:
	  %empty { $$ = NULL; }
	| WHERE expr { $$ = $2; }
	;
opt_group_by:
	  %empty { memset(&$$, 0, sizeof $$); }
	| GROUP BY aexpr_list { $$ = $3; }
	;
opt_having:
	  %empty { $$ = NULL; }
	| HAVING expr { $$ = $2; }
	;
opt_order_by:
	  %empty { memset(&$$, 0, sizeof $$); }
	| ORDER BY sort_list { $$ = $3; }
	;
sort_list:
	  sort_item { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| sort_list ',' sort_item { $$ = $1; PUSH($$, $3); }
	;
sort_item: aexpr opt_dir { $$ = NEW(sct_sort); $$->loc = @$.first; $$->expr = $1; $$->desc = $2; } ;
opt_dir:
	  %empty { $$ = 0; }
	| ASC { $$ = 0; }
	| DESC { $$ = 1; }
	;
opt_order_offset:
	  %empty { memset(&$$, 0, sizeof $$); }
	| ORDER BY sort_list { $$ = $3; }
	| ORDER BY sort_list OFFSET aexpr row_rows { $$ = $3; ctx->offset = $5; }
	| ORDER BY sort_list OFFSET aexpr row_rows FETCH first_next aexpr row_rows ONLY { $$ = $3; ctx->offset = $5; ctx->fetch = $9; }
	;
row_rows: ROW | ROWS ;
first_next: FIRST | NEXT ;
opt_for:
	  %empty
	| FOR XML junk { ctx->qflags |= SCT_QF_FOR_XML; ctx->for_json = TEXT(@$); }
	| FOR JSON junk { ctx->qflags |= SCT_QF_FOR_JSON; ctx->for_json = TEXT(@$); }
	;
opt_option:
	  %empty
	| OPTION '(' junk ')'
	;

/* Balanced token soup for clauses that are consumed, not modelled. */
junk:
	  %empty
	| junk junk_item
	;
junk_item:
	  ident | NUMBER | STRING | NSTRING | VAR | ',' | '=' | '.' | '-' | '+' | ON | OFF | NULL | DEFAULT | FOR | KEY
	| INDEX | PRIMARY | TO | ALL | WITH | AS | NOT | TRIGGER | COLUMN | CONSTRAINT | TABLE | CHECK | NOCHECK | ADD
	| DROP | ALTER | SET | SCHEMA | '(' junk ')'
	;

/* ---------- CREATE SCHEMA ---------- */

create_schema:
	CREATE SCHEMA ident opt_auth {
		sct_schema_def *d = NEW(sct_schema_def); d->name = $3; d->authorization = $4;
		SETSTMT(SCT_STMT_SCHEMA, schema, d); }
	;
opt_auth:
	  %empty { memset(&$$, 0, sizeof $$); }
	| AUTHORIZATION ident { $$ = $2; }
	;

/* ---------- CREATE TABLE ---------- */

create_table:
	CREATE TABLE qname '(' table_elems ')' table_tail {
		$5->name = $3;
		if ($3->name.s && $3->name.s[0] == '#') $5->flags |= SCT_TABF_TEMPORARY;
		sct_tsql_table_options(ctx, $5, &ctx->tail);
		SETSTMT(SCT_STMT_TABLE, table, $5); }
	;

/* one trailing comma is accepted, as SQL Server does; two commas in a row are a syntax error */
table_elems:
	  table_elem_list
	| table_elem_list ','
	;
table_elem_list:
	  col_def { $$ = NEW(sct_table); PUSH($$->columns, $1); take_colidx(ctx, $$); }
	| table_cons { $$ = NEW(sct_table); PUSH($$->constraints, $1); }
	| inline_index { $$ = NEW(sct_table); PUSH($$->indexes, ctx->index); }
	| period { $$ = NEW(sct_table); $$->period_start = ctx->pstart; $$->period_end = ctx->pend; }
	| table_elem_list ',' col_def { $$ = $1; PUSH($$->columns, $3); take_colidx(ctx, $$); }
	| table_elem_list ',' table_cons { $$ = $1; PUSH($$->constraints, $3); }
	| table_elem_list ',' inline_index { $$ = $1; PUSH($$->indexes, ctx->index); }
	| table_elem_list ',' period { $$ = $1; $$->period_start = ctx->pstart; $$->period_end = ctx->pend; }
	;

period: PERIOD FOR SYSTEM_TIME '(' ident ',' ident ')' { ctx->pstart = $5; ctx->pend = $7; } ;

inline_index:
	  INDEX ident idx_kind opt_idx_cols idx_tail {
		ctx->index = $5; $5->name = $2; $5->flags |= $3; $5->columns = ctx->icols; }
	| INDEX ident idx_kind IDENT '(' index_cols ')' idx_tail {
		ctx->index = $8; $8->name = $2; $8->flags |= $3; $8->columns = $6;
		PUSH($8->options, sct_tsql_option(ctx, @4.first, sct_arena_lower(A, TEXT(@4)), NULL)); }
	;

table_tail:
	  %empty { memset(&ctx->tail, 0, sizeof ctx->tail); }
	| table_tail ON fg_spec { PUSH(ctx->tail, sct_tsql_option(ctx, @3.first, "filegroup", $3)); }
	| table_tail TEXTIMAGE_ON fg_name { PUSH(ctx->tail, sct_tsql_option(ctx, @3.first, "textimage_on", $3)); }
	| table_tail FILESTREAM_ON fg_name { PUSH(ctx->tail, sct_tsql_option(ctx, @3.first, "filestream_on", $3)); }
	| table_tail WITH '(' opt_list ')' { for (int i = 0; i < $4.n; i++) PUSH(ctx->tail, $4.items[i]); }
	;

fg_name:
	  ident { $$ = $1.s; }
	| PRIMARY { $$ = "PRIMARY"; }
	| DEFAULT { $$ = "DEFAULT"; }
	| STRING { $$ = TEXT(@1); }
	;
fg_spec:
	  fg_name
	| ident '(' ident ')' { $$ = TEXT(@$); }
	;

col_def: /* no empty option list: one reduction fewer per column */
	  col_start
	| col_start col_opts
	;

col_start:
	  ident type_spec { ctx->col = $$ = sct_tsql_column(ctx, $1); $$->type = $2; }
	| ident AS aexpr %prec LOWER { ctx->col = $$ = sct_tsql_column(ctx, $1); sct_column_more_of(A, $$)->computed = $3; }
	;

col_opts:
	  col_opt
	| col_opts col_opt
	;

col_opt:
	  IDENTITY { sct_identity *id = sct_column_more_of(A, ctx->col)->identity = NEW(sct_identity); id->loc = @1.first; }
	| IDENTITY '(' snum ',' snum ')' {
		sct_identity *id = sct_column_more_of(A, ctx->col)->identity = NEW(sct_identity); id->loc = @1.first; id->seed = $3; id->increment = $5; }
	| NOT FOR REPLICATION {
		sct_constraint *k = last_cons(ctx->col);
		if (k && (k->kind == SCT_CONS_FOREIGN || k->kind == SCT_CONS_CHECK)) k->flags |= SCT_CF_NOT_FOR_REPLICATION;
		else ctx->col->flags |= SCT_COLF_NOT_FOR_REPLICATION; }
	| NULL { ctx->col->nullable = 1; }
	| NOT NULL { ctx->col->nullable = 0; }
	| cons_name DEFAULT aexpr %prec LOWER { ctx->col->def = $3; if ($1.s) sct_column_more_of(A, ctx->col)->def_name = $1; }
	| cons_name DEFAULT aexpr WITH VALUES { ctx->col->def = $3; if ($1.s) sct_column_more_of(A, ctx->col)->def_name = $1; }
	| COLLATE ident { sct_column_more_of(A, ctx->col)->collation = $2.s; }
	| ROWGUIDCOL { ctx->col->flags |= SCT_COLF_ROWGUIDCOL; }
	| SPARSE { ctx->col->flags |= SCT_COLF_SPARSE; }
	| FILESTREAM { ctx->col->flags |= SCT_COLF_FILESTREAM; }
	| PERSISTED { ctx->col->flags |= SCT_COLF_PERSISTED; }
	| HIDDEN { ctx->col->flags |= SCT_COLF_HIDDEN; }
	| MASKED WITH '(' opt_list ')' {
		ctx->col->flags |= SCT_COLF_MASKED; for (int i = 0; i < $4.n; i++) PUSH(sct_column_more_of(A, ctx->col)->options, $4.items[i]); }
	| ENCRYPTED WITH '(' opt_list ')' {
		ctx->col->flags |= SCT_COLF_ENCRYPTED; for (int i = 0; i < $4.n; i++) PUSH(sct_column_more_of(A, ctx->col)->options, $4.items[i]); }
	| INDEX ident opt_clust {
		/* column-level index (T-SQL allows only [NON]CLUSTERED here): moved to the table by table_elems */
		sct_index *x = NEW(sct_index); x->name = $2;
		x->flags |= ($3 & SCT_CF_CLUSTERED) ? SCT_IDXF_CLUSTERED : ($3 & SCT_CF_NONCLUSTERED) ? SCT_IDXF_NONCLUSTERED : 0u;
		sct_index_col *ic = NEW(sct_index_col); ic->loc = @2.first; ic->name = ctx->col->name;
		PUSH(x->columns, ic); PUSH(ctx->colidx, x); }
	| GENERATED ALWAYS AS ROW START { ctx->col->flags |= SCT_COLF_PERIOD_START; }
	| GENERATED ALWAYS AS ROW END { ctx->col->flags |= SCT_COLF_PERIOD_END; }
	| cons_name PRIMARY KEY opt_clust opt_hash idx_with on_fg {
		sct_constraint *k = sct_tsql_cons(ctx, SCT_CONS_PRIMARY, @$.first); k->name = $1; k->flags |= (unsigned)$4;
		sct_tsql_key_options(ctx, k, $6, $5); PUSH(sct_column_more_of(A, ctx->col)->constraints, k); }
	| cons_name UNIQUE opt_clust opt_hash idx_with on_fg {
		sct_constraint *k = sct_tsql_cons(ctx, SCT_CONS_UNIQUE, @$.first); k->name = $1; k->flags |= (unsigned)$3;
		sct_tsql_key_options(ctx, k, $5, $4); PUSH(sct_column_more_of(A, ctx->col)->constraints, k); }
	| cons_name opt_fk REFERENCES qname opt_ref_cols fk_actions {
		sct_constraint *k = sct_tsql_cons(ctx, SCT_CONS_FOREIGN, @$.first); k->name = $1; sct_constraint_more_of(A, k)->ref_table = $4;
		k->more->ref_columns = $5; k->on_delete = ctx->on_delete; k->on_update = ctx->on_update; PUSH(sct_column_more_of(A, ctx->col)->constraints, k); }
	| cons_name CHECK opt_nfr '(' expr ')' {
		sct_constraint *k = sct_tsql_cons(ctx, SCT_CONS_CHECK, @$.first); k->name = $1; k->expr = $5;
		if (ctx->nfr) k->flags |= SCT_CF_NOT_FOR_REPLICATION; PUSH(sct_column_more_of(A, ctx->col)->constraints, k); }
	;

cons_name:
	  %empty { memset(&$$, 0, sizeof $$); }
	| CONSTRAINT ident { $$ = $2; }
	;
opt_fk:
	  %empty
	| FOREIGN KEY
	;
opt_nfr:
	  %empty { ctx->nfr = 0; }
	| NOT FOR REPLICATION { ctx->nfr = 1; }
	;
/* NONCLUSTERED HASH (memory-optimized tables): kept as option "hash" */
opt_hash:
	  %empty { $$ = NULL; }
	| IDENT { $$ = sct_tsql_option(ctx, @1.first, sct_arena_lower(A, TEXT(@1)), NULL); }
	;
opt_clust:
	  %empty { $$ = 0; }
	| clust
	;
clust:
	  CLUSTERED { $$ = SCT_CF_CLUSTERED; }
	| NONCLUSTERED { $$ = SCT_CF_NONCLUSTERED; }
	;
idx_with:
	  %empty { memset(&$$, 0, sizeof $$); }
	| WITH '(' opt_list ')' { $$ = $3; }
	| WITH ident '=' NUMBER { memset(&$$, 0, sizeof $$); PUSH($$, sct_tsql_option(ctx, @2.first, sct_arena_lower(A, $2.s), TEXT(@4))); }
	;
on_fg:
	  %empty { ctx->fg = NULL; }
	| ON fg_spec { ctx->fg = sct_tsql_option(ctx, @2.first, "filegroup", $2); }
	;
opt_ref_cols:
	  %empty { memset(&$$, 0, sizeof $$); }
	| '(' ident_list ')' { $$ = $2; }
	;
fk_actions:
	  %empty { ctx->on_delete = ctx->on_update = SCT_FK_UNSPEC; }
	| fk_actions ON DELETE fk_act { ctx->on_delete = (sct_fk_action)$4; }
	| fk_actions ON UPDATE fk_act { ctx->on_update = (sct_fk_action)$4; }
	;
fk_act:
	  CASCADE { $$ = SCT_FK_CASCADE; }
	| NO ACTION { $$ = SCT_FK_NO_ACTION; }
	| SET NULL { $$ = SCT_FK_SET_NULL; }
	| SET DEFAULT { $$ = SCT_FK_SET_DEFAULT; }
	;

index_cols:
	  ident opt_dir { memset(&$$, 0, sizeof $$); PUSH($$, icol(ctx, $1, $2, @$.first)); }
	| index_cols ',' ident opt_dir { $$ = $1; PUSH($$, icol(ctx, $3, $4, @3.first)); }
	;

table_cons:
	  cons_name PRIMARY KEY opt_clust opt_hash '(' index_cols ')' idx_with on_fg {
		$$ = sct_tsql_cons(ctx, SCT_CONS_PRIMARY, @$.first); $$->name = $1; $$->flags |= (unsigned)$4; $$->columns = $7;
		sct_tsql_key_options(ctx, $$, $9, $5); }
	| cons_name UNIQUE opt_clust opt_hash '(' index_cols ')' idx_with on_fg {
		$$ = sct_tsql_cons(ctx, SCT_CONS_UNIQUE, @$.first); $$->name = $1; $$->flags |= (unsigned)$3; $$->columns = $6;
		sct_tsql_key_options(ctx, $$, $8, $4); }
	| cons_name FOREIGN KEY '(' index_cols ')' REFERENCES qname opt_ref_cols fk_actions opt_nfr {
		$$ = sct_tsql_cons(ctx, SCT_CONS_FOREIGN, @$.first); $$->name = $1; $$->columns = $5; sct_constraint_more_of(A, $$)->ref_table = $8;
		$$->more->ref_columns = $9; $$->on_delete = ctx->on_delete; $$->on_update = ctx->on_update;
		if (ctx->nfr) $$->flags |= SCT_CF_NOT_FOR_REPLICATION; }
	| cons_name CHECK opt_nfr '(' expr ')' {
		$$ = sct_tsql_cons(ctx, SCT_CONS_CHECK, @$.first); $$->name = $1; $$->expr = $5;
		if (ctx->nfr) $$->flags |= SCT_CF_NOT_FOR_REPLICATION; }
	| cons_name DEFAULT aexpr FOR ident opt_with_values {
		$$ = sct_tsql_cons(ctx, SCT_CONS_DEFAULT, @$.first); $$->name = $1; $$->expr = $3;
		PUSH($$->columns, icol(ctx, $5, 0, @5.first)); }
	;
opt_with_values:
	  %empty
	| WITH VALUES
	;

/* WITH (name = value, name = ON (nested = ...), name) */
opt_list:
	  opt_item
	| opt_list ',' opt_item { $$ = $1; for (int i = 0; i < $3.n; i++) PUSH($$, $3.items[i]); }
	;
opt_item:
	  opt_name { memset(&$$, 0, sizeof $$); PUSH($$, sct_tsql_option(ctx, @1.first, $1, NULL)); }
	| opt_name '=' opt_val { memset(&$$, 0, sizeof $$); PUSH($$, sct_tsql_option(ctx, @1.first, $1, $3)); }
	| opt_name '=' qname {
		memset(&$$, 0, sizeof $$); PUSH($$, sct_tsql_option(ctx, @1.first, $1, TEXT(@3)));
		if (!strcmp($1, "history_table")) ctx->history = $3; }
	| opt_name '=' opt_val '(' opt_list ')' {
		memset(&$$, 0, sizeof $$); PUSH($$, sct_tsql_option(ctx, @1.first, $1, $3));
		for (int i = 0; i < $5.n; i++) PUSH($$, $5.items[i]); }
	| opt_name '=' qname '(' opt_list ')' {
		memset(&$$, 0, sizeof $$); PUSH($$, sct_tsql_option(ctx, @1.first, $1, TEXT(@3)));
		for (int i = 0; i < $5.n; i++) PUSH($$, $5.items[i]); }
	| opt_name '=' '(' junk ')' { memset(&$$, 0, sizeof $$); PUSH($$, sct_tsql_option(ctx, @1.first, $1, TEXT(@4))); }
	| opt_name '(' opt_list ')' {
		memset(&$$, 0, sizeof $$); PUSH($$, sct_tsql_option(ctx, @1.first, $1, NULL));
		for (int i = 0; i < $3.n; i++) PUSH($$, $3.items[i]); }
	;
opt_name:
	  ident { $$ = sct_arena_lower(A, $1.s); }
	| any_kw { $$ = sct_arena_lower(A, TEXT(@1)); }
	;
any_kw: FUNCTION | DEFAULT | KEY | INDEX | PRIMARY | TABLE | SCHEMA | DATABASE ;
opt_val:
	  ON { $$ = "ON"; }
	| OFF { $$ = "OFF"; }
	| NUMBER { $$ = TEXT(@$); }
	| '-' NUMBER { $$ = TEXT(@$); }
	| NUMBER ident { $$ = TEXT(@$); }
	| STRING { $$ = TEXT(@$); }
	| NSTRING { $$ = TEXT(@$); }
	| NULL { $$ = "NULL"; }
	| PRIMARY { $$ = "PRIMARY"; }
	;

/* ---------- ALTER TABLE ---------- */

alter_table:
	ALTER TABLE qname alter_body {
		sct_alter_table *t = NEW(sct_alter_table); t->name = $3; t->actions = ctx->actions;
		memset(&ctx->actions, 0, sizeof ctx->actions); SETSTMT(SCT_STMT_ALTER_TABLE, alter, t); }
	;
alter_body:
	  opt_check ADD add_list {
		for (int i = 0; i < $3.n; i++) {
			sct_alter_action *x = $3.items[i];
			if (x->constraint && ctx->nocheck) x->constraint->flags |= SCT_CF_NOCHECK;
			PUSH(ctx->actions, x);
		} }
	| opt_check CHECK CONSTRAINT cons_ref {
		sct_alter_action *x = NEW(sct_alter_action); x->kind = SCT_ALTER_ENABLE_CONSTRAINT; x->loc = @2.first;
		x->constraint = sct_tsql_cons(ctx, SCT_CONS_CHECK, @4.first); x->constraint->name = ctx->cref; x->name = ctx->cref;
		PUSH(ctx->actions, x); }
	| opt_check NOCHECK CONSTRAINT cons_ref {
		sct_alter_action *x = NEW(sct_alter_action); x->kind = SCT_ALTER_DISABLE_CONSTRAINT; x->loc = @2.first;
		x->constraint = sct_tsql_cons(ctx, SCT_CONS_CHECK, @4.first); x->constraint->name = ctx->cref; x->name = ctx->cref;
		PUSH(ctx->actions, x); }
	| ALTER COLUMN col_def {
		sct_alter_action *x = NEW(sct_alter_action); x->kind = SCT_ALTER_ALTER_COLUMN; x->loc = @1.first;
		x->column = $3; x->name = $3->name; PUSH(ctx->actions, x); }
	| DROP drop_list { ctx->actions = $2; }
	| SET '(' junk ')' {
		sct_alter_action *x = NEW(sct_alter_action); x->kind = SCT_ALTER_OTHER; x->loc = @1.first;
		x->text = TEXT(@$); PUSH(ctx->actions, x); }
	| DROP PERIOD FOR ident {
		sct_alter_action *x = NEW(sct_alter_action); x->kind = SCT_ALTER_OTHER; x->loc = @1.first;
		x->text = TEXT(@$); PUSH(ctx->actions, x); }
	| opt_check ADD PERIOD FOR ident '(' ident ',' ident ')' {
		sct_alter_action *x = NEW(sct_alter_action); x->kind = SCT_ALTER_OTHER; x->loc = @2.first;
		x->text = TEXT(@$); PUSH(ctx->actions, x); }
	| ident junk {
		sct_alter_action *x = NEW(sct_alter_action); x->kind = SCT_ALTER_OTHER; x->loc = @1.first;
		x->text = TEXT(@$); PUSH(ctx->actions, x); }
	;
opt_check:
	  %empty { ctx->nocheck = 0; }
	| WITH CHECK { ctx->nocheck = 0; }
	| WITH NOCHECK { ctx->nocheck = 1; }
	;
cons_ref:
	  ident { ctx->cref = $1; }
	| ALL { memset(&ctx->cref, 0, sizeof ctx->cref); ctx->cref.s = "all"; ctx->cref.loc = @1.first; }
	;
add_list:
	  add_item { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| add_list ',' add_item { $$ = $1; PUSH($$, $3); }
	;
add_item:
	  col_def { $$ = NEW(sct_alter_action); $$->kind = SCT_ALTER_ADD_COLUMN; $$->loc = @$.first; $$->column = $1; $$->name = $1->name; }
	| table_cons { $$ = NEW(sct_alter_action); $$->kind = SCT_ALTER_ADD_CONSTRAINT; $$->loc = @$.first; $$->constraint = $1; $$->name = $1->name; }
	;
drop_list:
	  drop_item { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| ident {
		sct_alter_action *x = NEW(sct_alter_action); x->kind = SCT_ALTER_DROP_CONSTRAINT; x->loc = @$.first; x->name = $1;
		memset(&$$, 0, sizeof $$); PUSH($$, x); }
	| drop_list ',' drop_item { $$ = $1; PUSH($$, $3); }
	| drop_list ',' ident {
		$$ = $1; sct_alter_action *p = $1.items[$1.n - 1];
		sct_alter_action *x = NEW(sct_alter_action); x->kind = p->kind; x->loc = @3.first; x->name = $3; PUSH($$, x); }
	;
drop_item:
	  drop_kind opt_if_exists ident { $$ = NEW(sct_alter_action); $$->kind = (sct_alter_kind)$1; $$->loc = @$.first; $$->name = $3; }
	;
drop_kind:
	  CONSTRAINT { $$ = SCT_ALTER_DROP_CONSTRAINT; }
	| COLUMN { $$ = SCT_ALTER_DROP_COLUMN; }
	;
opt_if_exists:
	  %empty
	| IF EXISTS
	;

/* ---------- CREATE INDEX ---------- */

create_index:
	  CREATE idx_kind INDEX ident ON qname opt_idx_cols idx_tail {
		$8->name = $4; $8->table = $6; $8->flags |= $2; $8->columns = ctx->icols;
		SETSTMT(SCT_STMT_INDEX, index, $8); }
	| CREATE FULLTEXT INDEX ON qname '(' ft_cols ')' KEY INDEX ident junk {
		sct_index *x = NEW(sct_index); x->table = $5; x->flags = SCT_IDXF_FULLTEXT; x->columns = $7;
		PUSH(x->options, sct_tsql_option(ctx, @11.first, "key_index", $11.s));
		if (@12.last > @12.first) PUSH(x->options, sct_tsql_option(ctx, @12.first, "fulltext", TEXT(@12)));
		SETSTMT(SCT_STMT_INDEX, index, x); }
	;
idx_kind:
	  %empty { $$ = 0; }
	| UNIQUE { $$ = SCT_IDXF_UNIQUE; }
	| CLUSTERED { $$ = SCT_IDXF_CLUSTERED; }
	| NONCLUSTERED { $$ = SCT_IDXF_NONCLUSTERED; }
	| UNIQUE CLUSTERED { $$ = SCT_IDXF_UNIQUE | SCT_IDXF_CLUSTERED; }
	| UNIQUE NONCLUSTERED { $$ = SCT_IDXF_UNIQUE | SCT_IDXF_NONCLUSTERED; }
	| COLUMNSTORE { $$ = SCT_IDXF_COLUMNSTORE; }
	| CLUSTERED COLUMNSTORE { $$ = SCT_IDXF_CLUSTERED | SCT_IDXF_COLUMNSTORE; }
	| NONCLUSTERED COLUMNSTORE { $$ = SCT_IDXF_NONCLUSTERED | SCT_IDXF_COLUMNSTORE; }
	| PRIMARY XML { $$ = SCT_IDXF_XML | SCT_IDXF_CLUSTERED; }
	| XML { $$ = SCT_IDXF_XML; }
	| SPATIAL { $$ = SCT_IDXF_SPATIAL; }
	;
opt_idx_cols:
	  %empty { memset(&ctx->icols, 0, sizeof ctx->icols); }
	| '(' index_cols ')' { ctx->icols = $2; }
	;
idx_tail:
	  %empty { $$ = NEW(sct_index); }
	| idx_tail INCLUDE '(' ident_list ')' { $$ = $1; $$->include = $4; }
	| idx_tail WHERE expr { $$ = $1; $$->where = $3; }
	| idx_tail WITH '(' opt_list ')' {
		$$ = $1; if (!$$->options.n) $$->options = $4; /* the list itself: no copy */
		else for (int i = 0; i < $4.n; i++) PUSH($$->options, $4.items[i]); }
	| idx_tail ON fg_spec { $$ = $1; PUSH($$->options, sct_tsql_option(ctx, @3.first, "filegroup", $3)); }
	| idx_tail FILESTREAM_ON fg_name { $$ = $1; PUSH($$->options, sct_tsql_option(ctx, @3.first, "filestream_on", $3)); }
	| idx_tail USING XML INDEX ident FOR ident {
		$$ = $1; PUSH($$->options, sct_tsql_option(ctx, @5.first, "using_xml_index", $5.s));
		PUSH($$->options, sct_tsql_option(ctx, @7.first, "for", sct_arena_lower(A, $7.s))); }
	| idx_tail USING ident { $$ = $1; PUSH($$->options, sct_tsql_option(ctx, @3.first, "using", $3.s)); }
	;
ft_cols:
	  ft_col { memset(&$$, 0, sizeof $$); PUSH($$, icol(ctx, ctx->ftname, 0, ctx->ftname.loc)); }
	| ft_cols ',' ft_col { $$ = $1; PUSH($$, icol(ctx, ctx->ftname, 0, ctx->ftname.loc)); }
	;
ft_col:
	  ident { ctx->ftname = $1; }
	| ft_col ident
	| ft_col NUMBER
	| ft_col STRING
	| ft_col NSTRING
	| ft_col COLUMN
	;

/* ---------- CREATE SEQUENCE / SYNONYM / TYPE ---------- */

create_sequence:
	CREATE SEQUENCE qname seq_opts { $4->name = $3; SETSTMT(SCT_STMT_SEQUENCE, sequence, $4); }
	;
seq_opts:
	  %empty { $$ = NEW(sct_sequence); $$->cycle = -1; $$->order = -1; }
	| seq_opts AS type_spec { $$ = $1; $$->type = $3; }
	| seq_opts START WITH snum { $$ = $1; $$->start = $4; }
	| seq_opts INCREMENT BY snum { $$ = $1; $$->increment = $4; }
	| seq_opts MINVALUE snum { $$ = $1; $$->minvalue = $3; }
	| seq_opts NO MINVALUE { $$ = $1; $$->no_minvalue = 1; }
	| seq_opts MAXVALUE snum { $$ = $1; $$->maxvalue = $3; }
	| seq_opts NO MAXVALUE { $$ = $1; $$->no_maxvalue = 1; }
	| seq_opts CYCLE { $$ = $1; $$->cycle = 1; }
	| seq_opts NO CYCLE { $$ = $1; $$->cycle = 0; }
	| seq_opts CACHE { $$ = $1; }
	| seq_opts CACHE NUMBER { $$ = $1; $$->cache = TEXT(@3); }
	| seq_opts NO CACHE { $$ = $1; $$->no_cache = 1; }
	;

create_synonym:
	CREATE SYNONYM qname FOR qname {
		sct_synonym *s = NEW(sct_synonym); s->name = $3; s->target = $5; SETSTMT(SCT_STMT_SYNONYM, synonym, s); }
	;

create_type:
	  CREATE TYPE qname FROM type_spec opt_null {
		sct_type_def *t = NEW(sct_type_def); t->kind = SCT_TYPEDEF_ALIAS; t->name = $3; t->base = $5; t->nullable = $6;
		SETSTMT(SCT_STMT_TYPE, type, t); }
	| CREATE TYPE qname AS TABLE '(' table_elems ')' table_tail {
		sct_type_def *t = NEW(sct_type_def); t->kind = SCT_TYPEDEF_TABLE; t->name = $3; t->nullable = -1;
		$7->name = $3; sct_tsql_table_options(ctx, $7, &ctx->tail);
		t->columns = $7->columns; t->table = $7; SETSTMT(SCT_STMT_TYPE, type, t); }
	;
opt_null:
	  %empty { $$ = -1; }
	| NULL { $$ = 1; }
	| NOT NULL { $$ = 0; }
	;

/* ---------- views ---------- */

create_view:
	routine_head VIEW qname opt_col_list opt_view_with AS query {
		sct_view *v = NEW(sct_view); v->name = $3; v->columns = $4; v->query = $7;
		v->flags = $5 | ($1 ? SCT_VIEWF_OR_REPLACE : 0) | (ctx->view_check_option ? SCT_VIEWF_CHECK_OPTION : 0);
		v->query_loc = @7.first; v->query_end = @7.last; SETSTMT(SCT_STMT_VIEW, view, v); }
	;
opt_view_with:
	  %empty { $$ = 0; }
	| WITH view_attrs { $$ = $2; }
	;
view_attrs:
	  view_attr
	| view_attrs ',' view_attr { $$ = $1 | $3; }
	;
view_attr:
	  SCHEMABINDING { $$ = SCT_VIEWF_SCHEMABINDING; }
	| ENCRYPTION { $$ = SCT_VIEWF_ENCRYPTION; }
	| VIEW_METADATA { $$ = SCT_VIEWF_VIEW_METADATA; }
	;

/* ---------- procedures, functions, triggers: header only, body is one BODY token ---------- */

routine_head:
	  CREATE { $$ = 0; }
	| CREATE OR ALTER { $$ = 1; }
	| ALTER { $$ = 1; }
	;

create_proc:
	routine_head proc_kw qname opt_proc_num proc_params opt_rt_with opt_for_repl AS BODY {
		sct_routine *r = routine(ctx, SCT_ROUTINE_PROCEDURE, $1, $3); r->params = $5;
		r->body_loc = @9.first; r->body_end = @9.last; SETSTMT(SCT_STMT_ROUTINE, routine, r); }
	;
proc_kw: PROC | PROCEDURE ;
opt_proc_num:
	  %empty
	| ';' NUMBER
	;
proc_params:
	  %empty { memset(&$$, 0, sizeof $$); }
	| param_list
	| '(' ')' { memset(&$$, 0, sizeof $$); }
	| '(' param_list ')' { $$ = $2; }
	;
param_list:
	  param { memset(&$$, 0, sizeof $$); PUSH($$, $1); }
	| param_list ',' param { $$ = $1; PUSH($$, $3); }
	;
param:
	VAR opt_as type_spec opt_varying opt_default param_flags {
		$$ = NEW(sct_param); $$->loc = @$.first; $$->name = sct_tsql_ident(ctx, $1); $$->type = $3;
		$$->def = ctx->pdef; $$->mode = ctx->pout ? SCT_PARAM_OUT : SCT_PARAM_IN; $$->readonly = ctx->pro; }
	;
opt_as:
	  %empty
	| AS
	;
opt_varying:
	  %empty
	| VARYING
	;
opt_default:
	  %empty { ctx->pdef = NULL; ctx->pout = ctx->pro = 0; }
	| '=' aexpr { ctx->pdef = $2; ctx->pout = ctx->pro = 0; }
	;
param_flags:
	  %empty
	| param_flags OUT { ctx->pout = 1; }
	| param_flags OUTPUT { ctx->pout = 1; }
	| param_flags READONLY { ctx->pro = 1; }
	;
opt_rt_with:
	  %empty
	| WITH rt_opts
	;
rt_opts:
	  rt_opt
	| rt_opts ',' rt_opt
	;
rt_opt:
	  ident
	| ident '=' ON
	| ident '=' OFF
	| ident NULL ON NULL ident
	| ident ON NULL ident
	| EXECUTE AS exec_who { ctx->exec_as = TEXT(@3); }
	| EXEC AS exec_who { ctx->exec_as = TEXT(@3); }
	;
exec_who: ident | STRING | NSTRING ;
opt_for_repl:
	  %empty
	| FOR REPLICATION
	;

create_function:
	routine_head FUNCTION qname '(' ')' RETURNS ret_clause opt_rt_with AS BODY {
		sct_routine *r = $7; r->kind = SCT_ROUTINE_FUNCTION; r->or_replace = $1; r->name = $3;
		r->body_loc = @10.first; r->body_end = @10.last; SETSTMT(SCT_STMT_ROUTINE, routine, r); }
	| routine_head FUNCTION qname '(' param_list ')' RETURNS ret_clause opt_rt_with AS BODY {
		sct_routine *r = $8; r->kind = SCT_ROUTINE_FUNCTION; r->or_replace = $1; r->name = $3; r->params = $5;
		r->body_loc = @11.first; r->body_end = @11.last; SETSTMT(SCT_STMT_ROUTINE, routine, r); }
	;
ret_clause:
	  type_spec { $$ = NEW(sct_routine); $$->returns = $1; }
	| TABLE { $$ = NEW(sct_routine); $$->returns_table = 1; }
	| VAR opt_as TABLE '(' table_elems ')' {
		$$ = NEW(sct_routine); $$->returns_table = 1; $$->returns_columns = $5->columns; $$->returns_var = TEXT(@1); }
	;

create_trigger:
	routine_head TRIGGER qname ON trig_target opt_rt_with trig_timing trig_events opt_trig_tail AS BODY {
		sct_routine *r = routine(ctx, SCT_ROUTINE_TRIGGER, $1, $3); r->trigger_table = ctx->trig_table;
		r->trigger_events = $8 | ctx->trig_ddl; r->trigger_timing = (sct_trigger_timing)$7;
		r->ddl_events = ctx->trig_evs; r->server_trigger = ctx->trig_server;
		r->body_loc = @11.first; r->body_end = @11.last; SETSTMT(SCT_STMT_ROUTINE, routine, r); }
	;
trig_target:
	  qname { ctx->trig_table = $1; ctx->trig_ddl = 0; ctx->trig_server = 0; memset(&ctx->trig_evs, 0, sizeof ctx->trig_evs); }
	| DATABASE { ctx->trig_table = NULL; ctx->trig_ddl = SCT_TRIG_DDL; ctx->trig_server = 0; memset(&ctx->trig_evs, 0, sizeof ctx->trig_evs); }
	| ALL ident { ctx->trig_table = NULL; ctx->trig_ddl = SCT_TRIG_DDL; ctx->trig_server = 1; memset(&ctx->trig_evs, 0, sizeof ctx->trig_evs); }
	;
trig_timing:
	  FOR { $$ = SCT_TRIG_AFTER; }
	| AFTER { $$ = SCT_TRIG_AFTER; }
	| INSTEAD OF { $$ = SCT_TRIG_INSTEAD_OF; }
	;
trig_events:
	  trig_event { $$ = (unsigned)$1; }
	| trig_events ',' trig_event { $$ = $1 | (unsigned)$3; }
	;
trig_event:
	  INSERT { $$ = SCT_TRIG_INSERT; }
	| UPDATE { $$ = SCT_TRIG_UPDATE; }
	| DELETE { $$ = SCT_TRIG_DELETE; }
	| ident { $$ = SCT_TRIG_DDL; sct_ident *ev = NEW(sct_ident); *ev = $1; PUSH(ctx->trig_evs, ev); }
	;
opt_trig_tail:
	  %empty
	| opt_trig_tail NOT FOR REPLICATION
	| opt_trig_tail WITH ident
	;

%%

/* ANSI multi-word type names (DOUBLE PRECISION, NATIONAL CHARACTER VARYING, ...) become one identifier
 * token spanning the words, so the grammar sees a type name like any other. */
static int word_is(const sct_tsql_pctx *ctx, size_t i, const char *w)
{
	if (i >= ctx->end || i == ctx->body_at)
		return 0;
	const sct_tsql_tok *t = &ctx->toks[i];
	size_t n = strlen(w);
	return t->len == n && strncasecmp(ctx->src + t->off, w, n) == 0;
}

/* out of line, as context_kind: the feeder below stays small enough to be inlined into yyparse */
static __attribute__((noinline)) void merge_type_words(sct_tsql_pctx *ctx, size_t i)
{
	static const char *const seqs[][4] = {
		{"national", "character", "varying", NULL}, {"national", "char", "varying", NULL},
		{"national", "character", NULL, NULL}, {"national", "char", NULL, NULL},
		{"character", "varying", NULL, NULL}, {"char", "varying", NULL, NULL},
		{"binary", "varying", NULL, NULL}, {"double", "precision", NULL, NULL},
	};
	if (ctx->toks[i].kind != TK_IDENT || i == ctx->body_at)
		return;
	/* every identifier comes here: only a first word of seqs (4, 6, 8 or 9 letters) needs the loop */
	uint32_t len = ctx->toks[i].len;
	if (len != 4 && len != 6 && len != 8 && len != 9)
		return;
	int c0 = ctx->src[ctx->toks[i].off] | 0x20; /* ASCII lower case */
	if (c0 != 'n' && c0 != 'c' && c0 != 'b' && c0 != 'd')
		return;
	for (size_t k = 0; k < sizeof seqs / sizeof seqs[0]; k++) {
		size_t n = 0;
		while (n < 4 && seqs[k][n] && word_is(ctx, i + n, seqs[k][n]))
			n++;
		if (n < 2 || (n < 4 && seqs[k][n]))
			continue;
		/* the token array belongs to this parse (arena): widen the first token over the words */
		sct_tsql_tok *toks = (sct_tsql_tok *)ctx->toks;
		toks[i].len = toks[i + n - 1].off + toks[i + n - 1].len - toks[i].off;
		ctx->merged_until = i + n;
		return;
	}
}

/* Kind of token i in its context: CAST, NEXT and WITHIN are keywords only where they start their construct
 * (CAST '(', FETCH NEXT / NEXT VALUE FOR, WITHIN GROUP), else column names; the '(' of an old-style table
 * hint without WITH (t (NOLOCK), t AS x (NOLOCK, INDEX(ix))) is HINT_OPEN. */
static __attribute__((noinline)) int context_kind(const sct_tsql_pctx *ctx, size_t i)
{
	static const char *const hints[] = {
		"nolock", "readuncommitted", "readcommitted", "readcommittedlock", "repeatableread", "serializable",
		"updlock", "holdlock", "rowlock", "paglock", "tablock", "tablockx", "xlock", "readpast", "nowait",
		"noexpand", "forceseek", "forcescan", NULL, /* not SNAPSHOT: a plausible column name */
	};
	int k = ctx->toks[i].kind;
	int next = i + 1 < ctx->end && i + 1 != ctx->body_at ? ctx->toks[i + 1].kind : 0;
	int prev = i > 0 ? ctx->toks[i - 1].kind : 0;
	switch (k) {
	case TK_CAST:
		return next == '(' ? k : TK_IDENT;
	case TK_NEXT:
		return prev == TK_FETCH || word_is(ctx, i + 1, "value") ? k : TK_IDENT;
	case TK_WITHIN:
		return next == TK_GROUP ? k : TK_IDENT;
	case '(':
		if (prev != TK_IDENT && prev != TK_QIDENT)
			return k;
		if (next == TK_INDEX)
			return i + 2 < ctx->end && (ctx->toks[i + 2].kind == '(' || ctx->toks[i + 2].kind == '=') ? TK_HINT_OPEN : k;
		if (next != TK_IDENT || i + 2 >= ctx->end || (ctx->toks[i + 2].kind != ',' && ctx->toks[i + 2].kind != ')'))
			return k;
		for (int h = 0; hints[h]; h++)
			if (word_is(ctx, i + 1, hints[h]))
				return TK_HINT_OPEN;
		return k;
	default:
		return k;
	}
}

static int sct_tsql_lex(SCT_TSQL_STYPE *lval, sct_tsql_span *lloc, sct_tsql_pctx *ctx)
{
	if (ctx->state == 0) {
		ctx->state = 1;
		if (ctx->mode != SCT_TSQL_MODE_STMT) {
			lloc->first = lloc->last = ctx->pos < ctx->end ? ctx->toks[ctx->pos].off : 0;
			return ctx->mode == SCT_TSQL_MODE_TYPE ? TK_START_TYPE : ctx->mode == SCT_TSQL_MODE_EXPR ? TK_START_EXPR : TK_START_PSTMT;
		}
	}
	if (ctx->pos < ctx->end) {
		size_t i = ctx->pos;
		const sct_tsql_tok *t = &ctx->toks[i];
		int k = t->kind;
		ctx->pos = i + 1;
		if (k == TK_IDENT) {
			merge_type_words(ctx, i);
			if (ctx->merged_until > i)
				ctx->pos = ctx->merged_until;
		} else if (k == TK_AS && i == ctx->body_at) {
			ctx->pos = ctx->end; /* the AS, then the body */
			ctx->state = 2;
		}
		lval->tok = (int)i;
		lloc->first = t->off;
		lloc->last = t->off + t->len;
		switch (k) {
		case TK_CAST: case TK_NEXT: case TK_WITHIN: case '(':
			return context_kind(ctx, i);
		default: /* the rest need no look around */
			return k;
		}
	}
	if (ctx->state == 2) {
		ctx->state = 3;
		lval->tok = -1;
		lloc->first = ctx->body_first;
		lloc->last = ctx->body_last;
		return TK_BODY;
	}
	lloc->first = lloc->last = ctx->end ? ctx->toks[ctx->end - 1].off + ctx->toks[ctx->end - 1].len : 0;
	return TK_YYEOF;
}

static int yyreport_syntax_error(const yypcontext_t *yyctx, sct_tsql_pctx *ctx)
{
	char buf[512];
	size_t n = 0;
	const sct_tsql_span *loc = yypcontext_location(yyctx);
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

int sct_tsql_parse_tokens(sct_tsql_pctx *ctx)
{
	sct_tsql_qn names[4]; /* the names being collected (sct_tsql_qn_new grows past these into the arena) */
	ctx->qns = names;
	ctx->qcap = 4;
	ctx->nqn = 0;
	int r = yyparse(ctx);
	ctx->qns = NULL;
	ctx->qcap = ctx->nqn = 0;
	if (r != 0 && !ctx->error) {
		ctx->error = r == 2 ? "statement too complex (parser stack exhausted)" : "syntax error";
		ctx->error_loc = ctx->pos < ctx->end ? ctx->toks[ctx->pos].off : 0;
	}
	return r;
}
