/* internal.h - private structures shared by the rules loader (read.c) and matcher (match.c). */
#ifndef SCT_RULES_INTERNAL_H
#define SCT_RULES_INTERNAL_H
#include <stdint.h>
#include "rules/rules.h"

#define RULES_INF INT64_MAX /* `max` (and an unspecified target version) in comparisons */

enum { P_BIND, P_LIT, P_VARIADIC };
typedef struct rparam {
	int kind;
	const char *name;       /* P_BIND: binder name, lower case */
	int allow_max;          /* P_BIND: `n|max` */
	int has_def;            /* P_BIND: `p=7` */
	int64_t def;            /* default value (SCT_PARAM_MAX for `=max`) */
	const char **words;     /* P_LIT: alternatives, lower case */
	int nwords;
} rparam;

enum { G_PARAM, G_TARGET, G_ENGINE, G_COLUMN };
enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };
typedef struct gcmp {
	int left;               /* G_* */
	int param;              /* G_PARAM: index of the binder */
	int op;                 /* OP_* */
	int64_t value;          /* G_PARAM / G_TARGET: RULES_INF for max */
	const char *word;       /* G_ENGINE: engine name; G_COLUMN: extended regular expression (OP_EQ ~, OP_NE !~) */
} gcmp;

/* type template expressions */
enum { X_NUM, X_PARAM, X_MIN, X_MAX, X_ADD, X_SUB, X_MUL, X_DIV };
typedef struct texpr {
	int op;
	int64_t num;            /* X_NUM */
	int param;              /* X_PARAM */
	const struct texpr *l, *r;
} texpr;

typedef struct ttseg {
	const char *text;       /* literal text when e == NULL */
	size_t len;
	const texpr *e;
} ttseg;

struct sct_rule_impl {
	const rparam *params;   /* pattern, `...` included as the last one */
	int nparams;
	const gcmp *guard;      /* conjunction */
	int nguard;
	const ttseg *tsegs;     /* type template */
	int ntsegs;
	int learn;              /* code lines: learning minutes or -1 */
};

typedef struct rnode {
	sct_rule rule;
	struct rnode *next;
} rnode;

typedef struct rgroup {
	struct rgroup *next;    /* hash chain */
	int kind;
	const char *name;       /* lower case */
	rnode *head;            /* match order */
	rnode *last_of_load;    /* last node inserted by load `load_id` */
	int load_id;
} rgroup;

#define RULES_NBUCKETS 512

struct sct_rules {
	sct_arena *a;
	const char *source;     /* lower case */
	const char *engine;     /* lower case */
	int64_t version;        /* RULES_INF when unspecified */
	rgroup *buckets[RULES_NBUCKETS];
	int load_seq;
	int counts[SCT_RULE_CODE + 1];
	const char *last_error;
};

unsigned sct_rules__hash(int kind, const char *lname);
rgroup *sct_rules__group(const sct_rules *r, int kind, const char *name); /* case-insensitive; NULL if none */
#endif
