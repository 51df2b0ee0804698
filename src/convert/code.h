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
	int failed;               /* the whole routine cannot be converted */
	const char *why;          /* ... because */
	sct_loc why_loc;
	int validated_ok;         /* emitter: passed the libpg_query check */
} sct_code;

#define SCT_CODE_MAX_DEPTH 200

/* code.c */
int sct_conv_routine(sct_conv *cv, sct_stmt *s);   /* 0 converted (with notes), -1 carried whole */
void sct_code_prepare(sct_conv *cv);                 /* signatures of every routine (before any body) */
sct_cvar *sct_code_var(sct_conv *cv, const char *src_name);
void sct_code_raw(sct_conv *cv, sct_pstmt *p, const char *why, sct_loc at);
int sct_code_stmts(sct_conv *cv, sct_list *l);
void sct_code_result_refcursor(sct_conv *cv, sct_code *c);
sct_object *sct_code_table_obj(sct_conv *cv, sct_qname *q, sct_table **def);
void sct_code_declare_temp(sct_conv *cv, const char *src_name, sct_table *t); /* #t or @t from here on */

/* code_dml.c: INSERT / UPDATE / DELETE / MERGE / SELECT statements; 0 ok, -1 made RAW */
int sct_code_dml(sct_conv *cv, sct_pstmt *p);
int sct_code_select(sct_conv *cv, sct_pstmt *p);

/* hooks called by exprs.c and query.c while a routine is converted (cv->code != NULL) */
sct_expr *sct_code_expr(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled);
sct_tclass sct_code_var_class(sct_conv *cv, const sct_expr *e);
sct_object *sct_code_from(sct_conv *cv, sct_from *f);
#endif
