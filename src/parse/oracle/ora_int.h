/* ora_int.h - internals of the Oracle front end: token array, lexer, parser context, AST builders and the
 * Oracle-to-standard query rewrites ((+) joins, ROWNUM, DECODE, DUAL) done before the converter sees a tree. */
#ifndef SCT_ORA_INT_H
#define SCT_ORA_INT_H
#include <stddef.h>
#include <stdint.h>
#include "sctconv/ast.h"
#include "util/arena.h"
#include "util/list.h"

/* One token. kind is a bison token kind (TK_*), a character ('(' etc.) or 0 for none. */
typedef struct sct_ora_tok {
	int kind;
	uint32_t off, len;
	uint32_t flags;   /* TK_ERROR: SCT_ORA_LEXERR_*; ';': SCT_ORA_TF_END when it ends a statement */
} sct_ora_tok;

enum { SCT_ORA_TF_END = 1 };

/* Deepest expression or query tree the rewrites walk (deeper trees are rejected, not walked). */
#define SCT_ORA_MAX_WALK 10000

enum {
	SCT_ORA_LEXERR_STRING = 1, /* unterminated string literal */
	SCT_ORA_LEXERR_QIDENT,     /* unterminated "quoted identifier" */
	SCT_ORA_LEXERR_COMMENT,    /* unterminated comment */
	SCT_ORA_LEXERR_CHAR,       /* invalid character */
	SCT_ORA_LEXERR_NUL,        /* NUL byte */
};

/* Lexes the whole buffer (src[len] must be 0) in SQL*Plus fashion: statements end at ';' (SQL) or at '/'
 * alone on a line (PL/SQL units, and SQL too); SQL*Plus commands at the start of a statement become one
 * TK_SQLPLUS token each. Returns a malloc'd array (caller frees), *n = count. */
sct_ora_tok *sct_ora_tokenize(const char *src, size_t len, size_t *n);
const char *sct_ora_lexerr_msg(uint32_t code);

typedef struct sct_ora_span {
	uint32_t first, last;
} sct_ora_span;

/* Parser context: one statement at a time. */
typedef struct sct_ora_pctx {
	sct_arena *a;
	const char *src;
	sct_ora_tok *toks;
	size_t pos, end;
	size_t merged_until;
	/* result */
	sct_stmt *stmt;
	const char *error;
	uint32_t error_loc;
	/* scratch used by grammar actions */
	int type_mode;            /* 1: parse one type spec, 3: one expression (feeder sends START_TYPE/START_EXPR) */
	sct_type *type_result;
	sct_expr *expr_result;
	sct_column *col;
	sct_constraint *lastk;    /* inline constraint just parsed (NULL for NOT NULL / NULL) */
	sct_list actions, icols, ojcols;
	sct_list tail;            /* sct_option* of the statement's physical clauses */
	int on_delete;
	unsigned cflags;          /* constraint state of the constraint being parsed */
	sct_ident using_ix;       /* USING INDEX name of the constraint being parsed (s == NULL: none) */
	int temporary;
	sct_expr *offset, *fetch;
	int hier;                 /* ORDER SIBLINGS BY seen (not convertible) */
	int nprior, nlevel;       /* PRIOR markers / LEVEL references not yet rewritten */
	uint32_t siblings_loc;
	sct_list hiers;           /* sct_ora_hier*: the hierarchical SELECTs of the statement */
	int nalias;               /* names given to unnamed derived tables */
	uint32_t hier_loc;
	uint32_t tail_first, tail_last; /* span of the table's properties (after the column list) */
} sct_ora_pctx;

/* One SELECT ... [START WITH s] CONNECT BY [NOCYCLE] c, rewritten to WITH RECURSIVE by ora_rewrite.c. */
typedef struct sct_ora_hier {
	sct_query *q;
	sct_expr *start, *connect;
	int nocycle;
	uint32_t loc;
} sct_ora_hier;

int sct_ora_parse_tokens(sct_ora_pctx *ctx); /* 0 ok; else ctx->error set */

/* ---- AST builders used by grammar actions (ora_build.c) ---- */
typedef struct sct_ora_qn { /* up to 4 name parts, rightmost last */
	sct_ident part[4];
	int n;
	sct_loc loc;
} sct_ora_qn;

sct_ident sct_ora_ident(sct_ora_pctx *c, int tok);
const char *sct_ora_text(sct_ora_pctx *c, uint32_t first, uint32_t last);
char *sct_ora_string_value(sct_arena *a, const char *s, uint32_t len, int *national);
sct_qname *sct_ora_qname(sct_ora_pctx *c, const sct_ora_qn *q);
sct_type *sct_ora_type(sct_ora_pctx *c, const sct_ora_qn *q);
sct_expr *sct_ora_expr(sct_ora_pctx *c, sct_expr_kind k, sct_ora_span sp);
sct_expr *sct_ora_lit(sct_ora_pctx *c, int tok);
sct_option *sct_ora_option(sct_ora_pctx *c, sct_loc loc, const char *name, const char *value);
sct_column *sct_ora_column(sct_ora_pctx *c, sct_ident name);
sct_constraint *sct_ora_cons(sct_ora_pctx *c, sct_cons_kind k, sct_loc loc);
sct_expr *sct_ora_decode(sct_ora_pctx *c, sct_expr *call);   /* DECODE(...) as a CASE */
/* Format and unit arguments written as strings (TRUNC(d, 'MM'), NUMTODSINTERVAL(n, 'DAY')) become bare words,
 * which is how rules match such arguments. */
void sct_ora_func_words(sct_ora_pctx *c, sct_expr *call);
/* a || b: Oracle's concatenation skips NULLs (it is CONCAT); chains become one CONCAT(a, b, ...) call */
sct_expr *sct_ora_concat(sct_ora_pctx *c, sct_expr *a, sct_expr *b, sct_ora_span sp);
sct_expr *sct_ora_column_ref(sct_ora_pctx *c, sct_qname *q, sct_ora_span sp); /* col, seq.NEXTVAL, ROWNUM */
/* Physical clauses after a table's column list (or an index's), as options; partitioning recognised.
 * Returns 0, or -1 with ctx->error set. */
int sct_ora_table_props(sct_ora_pctx *c, sct_table *t, uint32_t first, uint32_t last);
void sct_ora_index_props(sct_ora_pctx *c, sct_index *x, uint32_t first, uint32_t last);
/* Rewrites of one parsed query (recursively): (+) joins to ANSI joins, ROWNUM limits, FROM DUAL.
 * Returns 0, or -1 with ctx->error / error_loc set (the statement is then reported, never dropped). */
int sct_ora_rewrite_query(sct_ora_pctx *c, sct_query *q);
/* Same for expressions outside queries (defaults, checks): (+) is an error there. */
int sct_ora_check_expr(sct_ora_pctx *c, sct_expr *e);
char *sct_ora_upper_words(sct_arena *a, const char *src, const sct_ora_tok *t, size_t n);
#endif
