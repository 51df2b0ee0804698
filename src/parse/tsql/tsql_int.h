/* tsql_int.h - internals of the T-SQL front end: token array, lexer, parser context, AST builders. */
#ifndef SCT_TSQL_INT_H
#define SCT_TSQL_INT_H
#include <stddef.h>
#include <stdint.h>
#include "sctconv/ast.h"
#include "util/arena.h"
#include "util/list.h"

/* One token. kind is a bison token kind (TK_*), a character ('(' etc.) or 0 for none. */
typedef struct sct_tsql_tok {
	int kind;
	uint32_t off, len;
	uint32_t flags;   /* TK_ERROR: SCT_LEXERR_*; TK_GO: repeat count; quoted tokens: SCT_TSQL_TOKF_* */
} sct_tsql_tok;

/* TK_QIDENT, TK_STRING, TK_NSTRING: the text holds a doubled closing quote (an escaped one). A TK_STRING may be
 * "..." (read under SET QUOTED_IDENTIFIER OFF): its closing quote is its first character. */
#define SCT_TSQL_TOKF_ESCAPED 1u

enum {
	SCT_LEXERR_STRING = 1,   /* unterminated string literal */
	SCT_LEXERR_QIDENT,       /* unterminated "quoted identifier" */
	SCT_LEXERR_BRACKET,      /* unterminated [bracketed identifier] */
	SCT_LEXERR_COMMENT,      /* unterminated comment */
	SCT_LEXERR_CHAR,         /* invalid character */
	SCT_LEXERR_NUL,          /* NUL byte */
};

/* Lexes the whole buffer (src[len] must be 0). Returns a malloc'd array (caller frees), *n = count. */
sct_tsql_tok *sct_tsql_tokenize(const char *src, size_t len, size_t *n);
/* The same one GO batch at a time (memory: one batch of tokens, not the file's): each call lexes from pos
 * up to and including the next GO into v (malloc'd, grown and reused; the caller frees it) and returns the
 * count, 0 at the end. Offsets stay relative to src. */
typedef struct sct_tsql_batch_lexer {
	const char *src;
	size_t len, pos;
	sct_tsql_tok *v;
	size_t cap;
	int qi_off;       /* SCT_TSQL_QI_*: the QUOTED_IDENTIFIER setting "..." are read with at pos (kept from batch
	                   * to batch); start with SCT_TSQL_QI_UNSET to have dq_assumed filled */
	size_t dq_assumed; /* offset of the first "..." read as a name while the script had not set QUOTED_IDENTIFIER
	                    * (ON assumed); start with len: it stays len when there is none */
	int max_depth;    /* the last batch: deepest nesting of '(' (a ')' too many does not count below 0) */
	int errors;       /* the last batch has a TK_ERROR token */
	int has_nul;      /* src has a NUL byte before len (a quoted token holding one is then a TK_ERROR) */
} sct_tsql_batch_lexer;
/* sct_tsql_batch_lexer.qi_off: ON, OFF ("..." is a string literal), or not set by the script yet (read as ON) */
enum { SCT_TSQL_QI_ON, SCT_TSQL_QI_OFF, SCT_TSQL_QI_UNSET };
size_t sct_tsql_tokenize_batch(sct_tsql_batch_lexer *b);
const char *sct_tsql_lexerr_msg(uint32_t code);

/* Location: byte span [first, last). */
typedef struct sct_tsql_span {
	uint32_t first, last;
} sct_tsql_span;

/* What the parser is asked to parse. */
enum { SCT_TSQL_MODE_STMT, SCT_TSQL_MODE_TYPE, SCT_TSQL_MODE_EXPR, SCT_TSQL_MODE_PSTMT };

struct sct_intern;

/* Parser context: one statement at a time. */
typedef struct sct_tsql_pctx {
	sct_arena *a;
	struct sct_intern *names; /* identifier texts shared across the file's statements, or NULL: copy each */
	int *hierarchyid;         /* set to 1 when a type named hierarchyid is parsed (NULL: not asked) */
	const char *src;
	const sct_tsql_tok *toks;
	size_t pos, end;          /* token range being fed */
	size_t body_at;           /* routine: index of the body-starting AS (SIZE_MAX: none) */
	uint32_t body_first, body_last;
	int mode;
	int state;                /* feeder: 0 start, 1 tokens, 2 body sent, 3 eof */
	/* result */
	sct_stmt *stmt;           /* kind + union filled by the grammar */
	sct_type *type_result;    /* MODE_TYPE */
	sct_expr *expr_result;    /* MODE_EXPR */
	sct_pstmt *pstmt_result;  /* MODE_PSTMT (tsql_body.c) */
	const char *error;
	uint32_t error_loc;
	int view_check_option;    /* trailing WITH CHECK OPTION was cut off by the feeder */
	/* scratch used by grammar actions */
	sct_column *col;          /* column being defined */
	sct_qname *history;       /* HISTORY_TABLE = name seen in an option list */
	sct_expr *offset, *fetch; /* OFFSET/FETCH of the query being reduced */
	unsigned qflags;          /* FOR XML / FOR JSON of the query being reduced */
	const char *for_json;     /* its FOR JSON clause as written */
	sct_list tail, actions, icols, rows;
	sct_list colidx;
	size_t merged_until; /* feeder: tokens before this index were merged into a multi-word type name */ /* column-level INDEX clauses of the column being parsed */
	sct_index *index;
	sct_ident pstart, pend, cref, ftname;
	sct_option *fg;
	int nfr, nocheck, on_delete, on_update;
	sct_expr *pdef;
	int pout, pro;
	sct_qname *trig_table;
	unsigned trig_ddl;
	int trig_server;          /* ON ALL SERVER */
	sct_list trig_evs;        /* DDL events of the trigger being parsed (sct_ident*) */
	const char *exec_as;      /* WITH EXECUTE AS who of the routine being parsed, as written */
	/* names being collected (grammar symbol qn): a small pool of the parse, so that bison's value stack
	 * holds an index instead of the 72-byte struct (every shift and reduce copies a stack entry) */
	struct sct_tsql_qn *qns;
	int nqn, qcap;
} sct_tsql_pctx;

int sct_tsql_parse_tokens(sct_tsql_pctx *ctx); /* 0 ok; else ctx->error set */

/* ---- routine bodies (tsql_body.c) ---- */
/* Parses the body tokens [s, e) of a routine into r->code (a BLOCK), or sets r->code_error. */
void sct_tsql_parse_body(sct_arena *a, const char *src, sct_tsql_tok *toks, size_t s, size_t e, sct_routine *r);
/* End (exclusive) of the statement starting at token s, within [s, be): the script splitter's rule. */
size_t sct_tsql_stmt_end(const sct_tsql_tok *toks, const char *src, sct_arena *a, size_t s, size_t be);
sct_pstmt *sct_tsql_pstmt(sct_tsql_pctx *c, sct_pstmt_kind k, sct_tsql_span sp);
sct_op sct_tsql_assign_op(sct_tsql_pctx *c, int tok); /* += -= ... */

/* ---- AST builders used by grammar actions (tsql_build.c) ---- */
typedef struct sct_tsql_qn { /* up to 4 name parts being collected, rightmost last */
	sct_ident part[4];
	int n;
	sct_loc loc;
} sct_tsql_qn;

/* A new empty name in c->qns; returns its index. Names are used up in stack order (LIFO): the builders
 * that take a name's index (sct_tsql_qname, sct_tsql_type) release it and every name after it. */
int sct_tsql_qn_new(sct_tsql_pctx *c);
sct_ident sct_tsql_ident(sct_tsql_pctx *c, int tok);
const char *sct_tsql_text(sct_tsql_pctx *c, uint32_t first, uint32_t last);
const char *sct_tsql_tok_text(sct_tsql_pctx *c, int tok);
char *sct_tsql_string_value(sct_arena *a, const char *s, uint32_t len, int *national);
/* A string literal's value used as a name (procedure arguments): shared when c has a table; never write to it.
 * flags: the token's (SCT_TSQL_TOKF_ESCAPED). */
const char *sct_tsql_string_name(sct_tsql_pctx *c, const char *s, uint32_t len, uint32_t flags);
sct_qname *sct_tsql_qname(sct_tsql_pctx *c, int qn);
sct_type *sct_tsql_type(sct_tsql_pctx *c, int qn);
sct_expr *sct_tsql_expr(sct_tsql_pctx *c, sct_expr_kind k, sct_tsql_span sp);
sct_expr *sct_tsql_lit(sct_tsql_pctx *c, int tok);
sct_option *sct_tsql_option(sct_tsql_pctx *c, sct_loc loc, const char *name, const char *value);
sct_column *sct_tsql_column(sct_tsql_pctx *c, sct_ident name);
sct_constraint *sct_tsql_cons(sct_tsql_pctx *c, sct_cons_kind k, sct_loc loc);
/* A key's options: WITH (...) as given, then its HASH option and ON filegroup (ctx->fg, taken) when present. */
void sct_tsql_key_options(sct_tsql_pctx *c, sct_constraint *k, sct_list with, sct_option *hash);
void sct_tsql_table_options(sct_tsql_pctx *c, sct_table *t, sct_list *opts);
int sct_tsql_is_builtin_type(const char *lower);
/* strtol(s, NULL, 10) for the text of a NUMBER token (leading digits; LONG_MAX when they overflow), without
 * strtol's locale and sign handling: called for every type parameter. */
long sct_tsql_leading_int(const char *s);
char *sct_tsql_upper_words(sct_arena *a, const char *src, const sct_tsql_tok *t, size_t n);
/* PIVOT / UNPIVOT over src as a derived table (tsql_pivot.c); NULL with c->error set when the source's
 * columns are not known. */
sct_from *sct_tsql_pivot(sct_tsql_pctx *c, sct_from *src, sct_expr *agg, sct_ident forcol, sct_list *vals,
			 sct_ident alias, sct_loc loc);
sct_from *sct_tsql_unpivot(sct_tsql_pctx *c, sct_from *src, sct_ident value, sct_ident namecol, sct_list *ucols,
			   sct_ident alias, sct_loc loc);

#endif
