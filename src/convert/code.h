/* code.h - conversion of routine bodies (procedures, functions, triggers) to PL/pgSQL: what the converter
 * (code.c, code_dml.c) decides per routine and the PL/pgSQL printer (emit/plpgsql.c) reads. */
#ifndef SCT_CODE_H
#define SCT_CODE_H
#include "convert/convert.h"

/* A variable, parameter, cursor, table variable or temp table of the routine. */
typedef struct sct_cvar {
	const char *src;          /* folded source name: "@x", "#t", "c" */
	const char *out;          /* target name */
	sct_type *type;           /* scalar: converted type (type->out) */
	sct_tclass cls;
	int param;                /* a parameter (not declared in the body) */
	sct_query *cursor;        /* a cursor: its query (converted) */
	sct_object *obj;          /* table variable / temp table / transition table: catalog-like entry */
	int declared;             /* printed in the DECLARE section */
	sct_type_def *tvp;        /* a table-valued parameter: its table type (an array of the composite type) */
} sct_cvar;

typedef enum sct_code_style { SCT_CODE_PROCEDURE, SCT_CODE_FUNCTION, SCT_CODE_TABLE_FUNCTION, SCT_CODE_TRIGGER } sct_code_style;

/* One routine being / having been converted. */
typedef struct sct_code {
	sct_stmt *stmt;
	sct_routine *r;
	sct_code_style style;
	const char *src_name;     /* "schema.name" as written, for messages */
	sct_hash vars;            /* src name -> sct_cvar* */
	sct_list decls;           /* sct_cvar* for the DECLARE section, in order */
	sct_list params;          /* sct_cvar* of the parameters, in order (out name, type) */
	sct_list results;         /* const char*: refcursor parameters for result sets (procedures) */
	const char *ret_type;     /* scalar function: target type */
	sct_list ret_cols;        /* table function: sct_column* (converted) */
	const char *ret_table;    /* multi-statement table function: the temp table holding the rows */
	const char *trig_fn;      /* trigger: name of the trigger function (schema.name_fn) */
	int rowcount;             /* @@ROWCOUNT used: sct_rowcount maintained after each statement */
	int fetch_status;         /* @@FETCH_STATUS used */
	int retval;               /* RETURN n in a procedure: INOUT return_value parameter */
	int raws;                 /* statements left for a person */
	int results_used;         /* result sets given their refcursor so far */
	int proc_table;           /* a procedure made a FUNCTION ... RETURNS TABLE (--result-sets table); style
	                             SCT_CODE_TABLE_FUNCTION, its result set the RETURN QUERY result_stmt */
	sct_pstmt *result_stmt;
	int done;                 /* converted (or carried): its style is final */
	int in_catch, depth, after_dml;
	int concat_null;          /* SET CONCAT_NULL_YIELDS_NULL in the body so far: 0 not set, 1 ON, 2 OFF (implicit.c) */
	int branch;               /* inside IF / WHILE / TRY: statements there may not run */
	int datefirst;            /* SET DATEFIRST n (1-6) in straight-line code: weekdays after it; 0 = 7 */
	int rowlimit;             /* SET ROWCOUNT n in straight-line code: LIMIT n on the queries after it; 0 none */
	int row_trigger;          /* INSTEAD OF on a table: BEFORE ... FOR EACH ROW, inserted/deleted = NEW/OLD */
	const char *trig_key;     /* trigger: catalog key of its table (source name) */
	int read_transition;      /* the statement being converted read inserted/deleted */
	const char *notice;       /* trigger: the text of the last informational RAISERROR (severity <= 10) */
	const char *reentry;      /* row trigger changing its own table: custom setting that lets that change through */
	int in_try;               /* inside a TRY body */
	int try_rollback;         /* a trigger's ROLLBACK (an exception) inside the current TRY body */
	int labels;               /* labelled blocks named lbl_N so far (GOTO) */
	int failed;               /* the whole routine cannot be converted */
	const char *why;          /* ... because */
	sct_loc why_loc;
	int validated_ok;         /* emitter: passed the libpg_query check */
	sct_list calls;           /* sct_pstmt*: EXEC/CALL of another routine of the input ... */
	sct_list calls_to;        /* sct_code*: ... and its callee, same order (a report item if it is carried) */
	int converted;            /* converted to PL/pgSQL (not carried whole) */
	int insert_exec;          /* converting the EXEC of INSERT ... EXEC: its result set is consumed */
	int ddl;                  /* DDL trigger ON DATABASE: an event trigger function (ddl_trigger.c) */
	sct_list ddl_end_tags;    /* its command tags (const char*) fired at ddl_command_end ... */
	sct_list ddl_drop_tags;   /* ... and at sql_drop (DROP commands: the dropped objects are known there) */
	const char *eventdata;    /* EVENTDATA() used: the xml variable built at the start of the body */
} sct_code;

#define SCT_CODE_MAX_DEPTH 200

/* code.c */
int sct_conv_routine(sct_conv *cv, sct_stmt *s);   /* 0 converted (with notes), -1 carried whole */
void sct_code_prepare(sct_conv *cv);                 /* signatures of every routine (before any body) */
void sct_code_check_calls(sct_conv *cv);             /* after every routine: report calls of carried ones */
sct_cvar *sct_code_var(sct_conv *cv, const char *src_name);
void sct_code_raw(sct_conv *cv, sct_pstmt *p, const char *why, sct_loc at);
int sct_code_stmts(sct_conv *cv, sct_list *l);
void sct_code_result_refcursor(sct_conv *cv, sct_code *c);
sct_object *sct_code_table_obj(sct_conv *cv, sct_qname *q, sct_table **def);
void sct_code_declare_temp(sct_conv *cv, const char *src_name, sct_table *t); /* #t or @t from here on */

int sct_code_insert_exec(sct_conv *cv, sct_pstmt *p, sct_column **cols, int ncols); /* INSERT ... EXEC proc */

/* code_dml.c: INSERT / UPDATE / DELETE / MERGE / SELECT statements; 0 ok, -1 made RAW */
int sct_code_dml(sct_conv *cv, sct_pstmt *p);
int sct_code_output_result(const sct_pstmt *p); /* INSERT/UPDATE/DELETE/MERGE ... OUTPUT without INTO */
int sct_code_select(sct_conv *cv, sct_pstmt *p);

/* hooks called by exprs.c and query.c while a routine is converted (cv->code != NULL) */
sct_expr *sct_code_expr(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled);
sct_expr *sct_code_scalar_call(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled);
sct_tclass sct_code_var_class(sct_conv *cv, const sct_expr *e);
sct_object *sct_code_from(sct_conv *cv, sct_from *f);
sct_object *sct_code_table_object(sct_conv *cv, sct_table *t); /* a catalog object for a body's own table */

/* ddl_trigger.c: DDL triggers ON DATABASE as event triggers */
int sct_code_ddl_trigger(sct_conv *cv, sct_code *c, const char **why); /* 0 set up; -1 carried whole (*why) */
sct_expr *sct_code_eventdata(sct_conv *cv, sct_scope *sc, sct_expr *e); /* EVENTDATA() in the body */
char *sct_code_event_triggers(sct_conv *cv, const sct_code *c);        /* CREATE EVENT TRIGGER statements */
void sct_code_ddl_trigger_other(sct_conv *cv, sct_stmt *s);             /* a target without event triggers */

/* xml_method.c: @x.value(path, type) on an xml variable */
sct_expr *sct_code_var_method(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled);

/* tvp.c: table types and table-valued parameters (PostgreSQL) */
int sct_conv_table_type(sct_conv *cv, sct_stmt *s);  /* CREATE TYPE ... AS TABLE -> composite type; 0 or -1 */
int sct_code_tvp_param(sct_conv *cv, sct_param *prm, sct_cvar *v, const char **why); /* @p T READONLY -> p_p t[] */
sct_object *sct_code_tvp_from(sct_conv *cv, sct_from *f); /* FROM @p -> unnest(p_p) AS p; NULL: not a TVP */
sct_table *sct_code_tvp_table(sct_conv *cv, const sct_type *ty); /* DECLARE @t T: the columns of T, or NULL */
int sct_code_names_table_type(sct_conv *cv, const sct_type *ty);  /* ty is a table type (converted or not) */
const char *sct_code_tvp_type(sct_conv *cv, const sct_param *prm); /* "schema.t[]" of a TVP parameter */
sct_expr *sct_code_tvp_arg(sct_conv *cv, const sct_param *prm, sct_expr *value, const char **why); /* EXEC arg */

/* code_args.c: argument types of calls of converted routines */
const char *sct_code_param_type(sct_conv *cv, const sct_type *t);   /* target type text, or NULL */
const char *sct_code_expr_type(sct_conv *cv, sct_scope *sc, const sct_expr *e); /* exact target type, or NULL */
int sct_code_same_type(sct_conv *cv, const char *a, const char *b); /* same for call resolution */
sct_expr *sct_code_cast_to(sct_conv *cv, sct_expr *x, const char *ptype);
sct_expr *sct_code_arg_cast(sct_conv *cv, sct_scope *sc, const sct_expr *src, sct_expr *x, const char *ptype);
/* x (source src) assigned to v: cast to v's length / precision where PostgreSQL would not convert as SQL Server does */
sct_expr *sct_code_assign_cast(sct_conv *cv, sct_scope *sc, const sct_cvar *v, const sct_expr *src, sct_expr *x);
sct_expr *sct_code_cast_exact(sct_conv *cv, sct_expr *x, const char *t);
#endif
