/* sqlprint.h - the expression and query printer shared by the emitters (sqlprint.c): one printer, with a
 * small table of what differs between target dialects (postgres.c, mysql.c; plpgsql.c through postgres.c's). */
#ifndef SCT_SQLPRINT_H
#define SCT_SQLPRINT_H
#include "convert/convert.h"
#include "util/strbuf.h"

typedef struct sct_sqlp sct_sqlp;

/* Constructs a dialect may not take, passed to its check hook at the point they are printed. */
typedef enum {
	SCT_SQLP_OVER,     /* node: sct_over (a window) */
	SCT_SQLP_ALIASES,  /* node: sct_from with column aliases */
	SCT_SQLP_FROM,     /* node: sct_from (a join: after its left side) */
	SCT_SQLP_WITH,     /* node: sct_query with CTEs */
	SCT_SQLP_SETOP,    /* node: sct_query UNION/EXCEPT/INTERSECT */
	SCT_SQLP_NULLS,    /* node: sct_sort with NULLS FIRST/LAST, when nulls_order is 0 */
	SCT_SQLP_TIES      /* node: sct_query with TOP ... WITH TIES, when limit_only is set */
} sct_sqlp_what;

typedef struct sct_sqlp_dialect {
	void (*ident)(sct_buf *b, const char *s);  /* an identifier, quoted where needed */
	void (*str)(sct_buf *b, const char *s);    /* a string literal */
	void (*cast_type)(sct_sqlp *p, sct_buf *b, const char *type); /* type name after CAST(x AS; NULL: text */
	/* expressions only this dialect prints its own way (sequences, CONCAT...): 1 when printed */
	int (*expr)(sct_sqlp *p, sct_buf *b, const sct_expr *e);
	void (*check)(sct_sqlp *p, sct_sqlp_what what, const void *node); /* or NULL */
	const char *bitxor;       /* operator text of ^ */
	const char *bin_open, *bin_close; /* around the hex digits of a binary literal */
	const char *true_kw;      /* ON true of OUTER APPLY */
	int concat_func;          /* a || b is printed by the expr hook as a function (precedence of a call) */
	int upper_bools;          /* booleans as TRUE/FALSE rather than their text */
	int unary_prec;           /* minimum precedence of the operand of unary -, + and ~ */
	int inner_on;             /* an inner join without a condition gets ON true */
	int nulls_order;          /* ORDER BY ... NULLS FIRST/LAST is printed */
	int limit_only;           /* LIMIT n OFFSET m (no FETCH, no WITH TIES) */
} sct_sqlp_dialect;

struct sct_sqlp {
	const sct_sqlp_dialect *d;
	const char *current;      /* schema left unqualified in names (the current database), or NULL */
};

void sct_sql_expr(sct_sqlp *p, sct_buf *b, const sct_expr *e);
void sct_sql_expr_list(sct_sqlp *p, sct_buf *b, const sct_list *l);
void sct_sql_query(sct_sqlp *p, sct_buf *b, const sct_query *q);
void sct_sql_from(sct_sqlp *p, sct_buf *b, const sct_from *f);
void sct_sql_ident(const sct_sqlp *p, sct_buf *b, const char *s);
void sct_sql_str(const sct_sqlp *p, sct_buf *b, const char *s);
void sct_sql_qname(const sct_sqlp *p, sct_buf *b, const sct_qname *q);
void sct_sql_idents(const sct_sqlp *p, sct_buf *b, const sct_list *l); /* (a, b, ...) of sct_ident */
const char *sct_sql_fk_action(sct_fk_action a);                      /* NULL: no action */
void sct_sql_fk_actions(sct_buf *b, const sct_constraint *k);        /* " ON DELETE x ON UPDATE y", as given */
#endif
