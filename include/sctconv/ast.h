/*
 * sctconv/ast.h - the one schema AST that every source parser builds and every target emitter reads.
 *
 * No source dialect appears here: a T-SQL IDENTITY(1,1) and an Oracle GENERATED AS IDENTITY are both an
 * sct_identity; a feature only one dialect has is a generic node with a flag, not a dialect struct.
 * Every node records where it came from as a byte offset (`loc`) into the source buffer; line and column are
 * computed only when something is reported. All nodes live in the arena of the conversion that made them.
 * Pipelines may walk this tree read-only through the public API.
 */
#ifndef SCTCONV_AST_H
#define SCTCONV_AST_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t sct_loc; /* byte offset into the source buffer */

/* A growable array of node pointers (arena-backed). */
typedef struct sct_list {
	void **items;
	int n;
	int cap;
} sct_list;

/* One identifier as written: text without quotes/brackets, and whether it was quoted. */
typedef struct sct_ident {
	const char *s;
	sct_loc loc;
	unsigned char quoted;
} sct_ident;

/* The database and server parts of a name, which few names have: sct_qname.more, NULL when both are absent. */
typedef struct sct_qname_more {
	sct_ident server;
	sct_ident catalog;
} sct_qname_more;

/* A possibly qualified name: [server.][catalog.][schema.]name. Absent parts have s == NULL; read the catalog and
 * server with sct_qname_catalog() and sct_qname_server() (48 bytes: a name of one or two parts has no more). */
typedef struct sct_qname {
	sct_ident schema;
	sct_ident name;
	sct_loc loc;
	sct_qname_more *more;     /* catalog and server, or NULL when both are absent */
} sct_qname;

static inline const sct_ident *sct_qname_catalog(const sct_qname *q)
{
	static const sct_ident none = {NULL, 0, 0};
	return q->more ? &q->more->catalog : &none;
}
static inline const sct_ident *sct_qname_server(const sct_qname *q)
{
	static const sct_ident none = {NULL, 0, 0};
	return q->more ? &q->more->server : &none;
}

/* ---------- types ---------- */

#define SCT_PARAM_MAX  (-1) /* (max) */
#define SCT_PARAM_STAR (-2) /* (*) as in Oracle NUMBER(*,0) */

enum {
	SCT_TF_BYTE = 1u << 0,      /* VARCHAR2(n BYTE) */
	SCT_TF_CHAR = 1u << 1,      /* VARCHAR2(n CHAR) */
	SCT_TF_TZ = 1u << 2,        /* WITH TIME ZONE */
	SCT_TF_LOCAL_TZ = 1u << 3,  /* WITH LOCAL TIME ZONE */
	SCT_TF_UNSIGNED = 1u << 4,
	SCT_TF_VARYING = 1u << 5,   /* CHARACTER VARYING, etc. folded into name by the parser */
	SCT_TF_USER = 1u << 6,      /* a user-defined (alias/object) type, schema may be set */
};

typedef struct sct_type {
	sct_loc loc;
	signed int nparams : 8;     /* 0..3 (bit-fields: nparams and flags share 4 bytes; a type is 56 bytes) */
	unsigned flags : 24; /* SCT_TF_* */
	const char *name;    /* lower case, as written: "nvarchar", "datetime2", "double precision" */
	const char *schema;  /* for user-defined types, else NULL */
	int64_t params[3];   /* SCT_PARAM_MAX / SCT_PARAM_STAR for (max) / (*) */
	/* Filled by the converter: the target type text, or NULL if it could not be mapped. */
	const char *out;
} sct_type;

/* ---------- expressions ---------- */

typedef enum sct_expr_kind {
	SCT_E_NULL,      /* NULL */
	SCT_E_NUM,       /* text: numeric literal as written */
	SCT_E_STR,       /* text: string value (unescaped); flags SCT_EF_NATIONAL for N'..' */
	SCT_E_BIN,       /* text: hex digits of 0x... literal (without 0x) */
	SCT_E_BOOL,      /* TRUE/FALSE (target-side only) */
	SCT_E_COL,       /* name: column reference, possibly qualified (table.col, schema.table.col) */
	SCT_E_STAR,      /* name: t.* (name.name == NULL for bare *) */
	SCT_E_VAR,       /* text: @variable / bind variable */
	SCT_E_GLOBAL,    /* text: @@ROWCOUNT etc. (lower case, without @@) */
	SCT_E_KEYWORD,   /* text: a niladic keyword used as a value: CURRENT_TIMESTAMP, CURRENT_USER, SYSDATE... */
	SCT_E_FUNC,      /* name, args, flags (DISTINCT, star arg), over */
	SCT_E_UNARY,     /* op, a */
	SCT_E_BINARY,    /* op, a, b */
	SCT_E_CASE,      /* a: operand or NULL; args: list of sct_when; b: ELSE or NULL */
	SCT_E_CAST,      /* a: value; type; b: style (CONVERT) or NULL; flags SCT_EF_TRY, SCT_EF_CONVERT */
	SCT_E_SUBQUERY,  /* query; text, args: a method called on it, (SELECT ... FOR XML ...).value(args) */
	SCT_E_EXISTS,    /* query */
	SCT_E_IN,        /* a IN (args) or a IN (query); flags SCT_EF_NOT */
	SCT_E_BETWEEN,   /* a BETWEEN b AND c; flags SCT_EF_NOT */
	SCT_E_LIKE,      /* a LIKE b [ESCAPE c]; flags SCT_EF_NOT */
	SCT_E_ISNULL,    /* a IS [NOT] NULL; flags SCT_EF_NOT */
	SCT_E_NEXTVAL,   /* NEXT VALUE FOR name / seq.NEXTVAL */
	SCT_E_PAREN,     /* ( a ) kept for faithful output */
	SCT_E_LIST,      /* args: (a, b, ...) row constructor / VALUES row */
	SCT_E_COLLATE,   /* a COLLATE text */
	SCT_E_TEMPLATE,  /* converter output: text is a template with {0},{1}.. referring to args */
	SCT_E_RAW        /* text: source text kept verbatim (last resort; the converter reports it) */
} sct_expr_kind;

typedef enum sct_op {
	SCT_OP_NONE,
	/* unary */
	SCT_OP_NEG, SCT_OP_POS, SCT_OP_NOT, SCT_OP_BITNOT,
	/* binary */
	SCT_OP_ADD, SCT_OP_SUB, SCT_OP_MUL, SCT_OP_DIV, SCT_OP_MOD,
	SCT_OP_CONCAT,                 /* || (Oracle, and T-SQL string + after conversion) */
	SCT_OP_BITAND, SCT_OP_BITOR, SCT_OP_BITXOR,
	SCT_OP_EQ, SCT_OP_NE, SCT_OP_LT, SCT_OP_GT, SCT_OP_LE, SCT_OP_GE,
	SCT_OP_NLT, SCT_OP_NGT,        /* !< !> */
	SCT_OP_AND, SCT_OP_OR
} sct_op;

enum {
	SCT_EF_NATIONAL = 1u << 0,  /* N'...' */
	SCT_EF_DISTINCT = 1u << 1,  /* COUNT(DISTINCT x) */
	SCT_EF_STARARG = 1u << 2,   /* COUNT(*) */
	SCT_EF_NOT = 1u << 3,
	SCT_EF_TRY = 1u << 4,       /* TRY_CAST / TRY_CONVERT */
	SCT_EF_CONVERT = 1u << 5,   /* written as CONVERT(type, value [, style]) */
	SCT_EF_ALL = 1u << 6,       /* op ALL (subquery) */
	SCT_EF_ANY = 1u << 7,       /* op ANY/SOME (subquery) */
	SCT_EF_STRING = 1u << 8,    /* converter: expression is known to be a string */
	SCT_EF_NOT_IMMUTABLE = 1u << 9, /* converter: result depends on session settings (e.g. date to text) */
	SCT_EF_STATIC = 1u << 10,   /* type::Method(...) (hierarchyid::GetRoot()): name.schema is the type */
	SCT_EF_HIERARCHYID = 1u << 11, /* converter: a hierarchyid value, kept as its ToString() text (hierarchyid.c) */
};

struct sct_query;
struct sct_over;

/* What few expressions have (a third operand, a CAST type, a subquery, a window): sct_expr.more, NULL when none
 * of it is set. Read it with sct_expr_c(), sct_expr_type(), sct_expr_query() and sct_expr_over() below, which
 * answer NULL then. */
typedef struct sct_expr_more {
	struct sct_expr *c;       /* BETWEEN upper bound, LIKE ESCAPE */
	sct_type *type;           /* CAST target */
	struct sct_query *query;  /* subquery / EXISTS / IN (subquery) */
	struct sct_over *over;    /* window: f(...) OVER (...) */
} sct_expr_more;

typedef struct sct_expr {
	sct_expr_kind kind : 16;  /* bit-fields: kind and op share 4 bytes (an expression node is 72 bytes) */
	sct_op op : 16;
	sct_loc loc;
	unsigned flags;           /* SCT_EF_* */
	sct_loc end;              /* byte offset just past the expression (for RAW / snippets) */
	const char *text;         /* literal text, variable name, keyword, template */
	sct_qname *name;          /* column, function, sequence name */
	struct sct_expr *a, *b;
	sct_list args;            /* of sct_expr* (or sct_when* for CASE) */
	sct_expr_more *more;      /* the rarely set parts, or NULL */
} sct_expr;

static inline struct sct_expr *sct_expr_c(const sct_expr *e) { return e->more ? e->more->c : NULL; }
static inline sct_type *sct_expr_type(const sct_expr *e) { return e->more ? e->more->type : NULL; }
static inline struct sct_query *sct_expr_query(const sct_expr *e) { return e->more ? e->more->query : NULL; }
static inline struct sct_over *sct_expr_over(const sct_expr *e) { return e->more ? e->more->over : NULL; }

typedef struct sct_when {
	sct_loc loc;
	sct_expr *cond;
	sct_expr *result;
} sct_when;

typedef struct sct_sort {
	sct_loc loc;
	sct_expr *expr;
	int desc;                 /* 1 DESC, 0 ASC/unspecified */
	int nulls;                /* 0 unspecified, 1 NULLS FIRST, 2 NULLS LAST */
} sct_sort;

typedef struct sct_over {
	sct_loc loc;
	sct_list partition_by;    /* sct_expr* */
	sct_list order_by;        /* sct_sort* */
	const char *frame;        /* ROWS/RANGE frame as target-neutral text, or NULL */
	sct_list within;          /* sct_sort*: WITHIN GROUP (ORDER BY ...) of an ordered aggregate (T-SQL) */
	int no_over;              /* 1: only WITHIN GROUP was written, no OVER (...) */
} sct_over;

/* ---------- queries ---------- */

typedef enum sct_from_kind {
	SCT_FROM_TABLE,    /* name [AS alias] [WITH (hints)] */
	SCT_FROM_SUBQUERY, /* (query) AS alias [(cols)] */
	SCT_FROM_FUNC,     /* table-valued function call: expr (SCT_E_FUNC) AS alias */
	SCT_FROM_JOIN,     /* left join_type right ON cond */
	SCT_FROM_VALUES    /* (VALUES (...), (...)) AS alias(cols) */
} sct_from_kind;

typedef enum sct_join_kind {
	SCT_JOIN_INNER, SCT_JOIN_LEFT, SCT_JOIN_RIGHT, SCT_JOIN_FULL, SCT_JOIN_CROSS,
	SCT_JOIN_CROSS_APPLY, SCT_JOIN_OUTER_APPLY
} sct_join_kind;

/* A column of OPENJSON(...) WITH (name type ['path'] [AS JSON], ...). */
typedef struct sct_json_col {
	sct_loc loc;
	sct_ident name;
	struct sct_type *type;
	const char *path;         /* JSON path as written, NULL = '$.name' */
	int as_json;              /* AS JSON: the object or array text */
} sct_json_col;

typedef struct sct_from {
	sct_from_kind kind;
	sct_loc loc;
	sct_qname *name;          /* TABLE */
	sct_ident alias;          /* alias.s == NULL when none */
	sct_list col_aliases;     /* sct_ident* */
	struct sct_query *query;  /* SUBQUERY */
	sct_expr *func;           /* FUNC */
	sct_list values;          /* VALUES: rows, each an SCT_E_LIST */
	sct_join_kind join;       /* JOIN */
	struct sct_from *left, *right;
	sct_expr *on;
	int has_hints;            /* WITH (NOLOCK) etc. were present (dropped, reported) */
	sct_list using_cols;      /* JOIN: USING (cols), sct_ident*; empty when ON or none */
	int natural;              /* JOIN: NATURAL join (no ON / USING) */
	sct_list json_cols;       /* FUNC: OPENJSON(...) WITH (...) columns, sct_json_col* */
} sct_from;

typedef struct sct_target {
	sct_loc loc;
	sct_op assign_op;         /* SELECT @v += expr: the compound operator, else SCT_OP_NONE */
	sct_expr *expr;
	sct_ident alias;          /* alias.s == NULL when none */
	const char *out_type;     /* converter: target type of the column when known, else NULL */
	const char *assign;       /* SELECT @v = expr (procedural code): the variable, else NULL */
} sct_target;

typedef struct sct_cte {
	sct_loc loc;
	sct_ident name;
	sct_list columns;         /* sct_ident* */
	struct sct_query *query;
} sct_cte;

typedef enum sct_query_kind { SCT_Q_SELECT, SCT_Q_UNION, SCT_Q_UNION_ALL, SCT_Q_EXCEPT, SCT_Q_INTERSECT } sct_query_kind;

enum {
	SCT_QF_DISTINCT = 1u << 0,
	SCT_QF_TOP_PERCENT = 1u << 1,
	SCT_QF_TOP_TIES = 1u << 2,
	SCT_QF_FOR_XML = 1u << 3,   /* FOR XML ... (not convertible as is) */
	SCT_QF_FOR_JSON = 1u << 4,  /* FOR JSON ... */
	SCT_QF_RECURSIVE = 1u << 5, /* a CTE refers to itself (set by the converter) */
	SCT_QF_PAREN = 1u << 6,     /* the query was written in parentheses */
	SCT_QF_PIVOT_FILL = 1u << 7,   /* PIVOT over a table: the converter adds its other columns (targets, GROUP BY) */
	SCT_QF_UNPIVOT_FILL = 1u << 8, /* UNPIVOT over a table: the converter adds its other columns (targets) */
	SCT_QF_XML_VALUE = 1u << 9,    /* (query FOR XML ..., TYPE).value('.', 'nvarchar(max)'): set by the converter */
	SCT_QF_XML_SCALAR = 1u << 10,  /* a FOR XML query used as a scalar subquery: set by the converter */
};

typedef struct sct_query {
	sct_query_kind kind;
	sct_loc loc;
	unsigned flags;           /* SCT_QF_* */
	sct_list ctes;            /* sct_cte*, on the outermost query only */
	/* SELECT */
	sct_expr *top;            /* TOP n / FETCH FIRST n / ROWNUM limit */
	sct_list targets;         /* sct_target* */
	sct_qname *into;          /* SELECT ... INTO name */
	sct_list from;            /* sct_from* (comma-separated items) */
	sct_expr *where;
	sct_list group_by;        /* sct_expr* */
	sct_expr *having;
	/* set operations */
	struct sct_query *left, *right;
	/* both */
	sct_list order_by;        /* sct_sort* */
	sct_expr *offset;         /* OFFSET n ROWS */
	sct_expr *fetch;          /* FETCH NEXT n ROWS ONLY */
	const char *for_json;     /* FOR JSON / FOR XML clause as written (SCT_QF_FOR_JSON/_XML), else NULL */
} sct_query;

/* ---------- schema objects ---------- */

typedef enum sct_fk_action {
	SCT_FK_UNSPEC, SCT_FK_NO_ACTION, SCT_FK_CASCADE, SCT_FK_SET_NULL, SCT_FK_SET_DEFAULT, SCT_FK_RESTRICT
} sct_fk_action;

typedef enum sct_cons_kind {
	SCT_CONS_PRIMARY, SCT_CONS_UNIQUE, SCT_CONS_FOREIGN, SCT_CONS_CHECK,
	SCT_CONS_DEFAULT  /* ALTER TABLE ADD [CONSTRAINT n] DEFAULT expr FOR col */
} sct_cons_kind;

/* A physical or engine option that the target has no use for: kept for the report. */
typedef struct sct_option {
	sct_loc loc;
	const char *name;         /* lower case: "fillfactor", "filegroup", "data_compression", ... */
	const char *value;        /* as written, or NULL */
} sct_option;

typedef struct sct_index_col {
	sct_loc loc;
	signed int desc : 8;             /* 1 DESC (bit-fields: desc and prefix share 4 bytes) */
	signed int prefix : 24;          /* converter: key prefix length in characters (MySQL), 0 = whole column */
	sct_ident name;           /* column name, or s == NULL when expr is set */
	sct_expr *expr;           /* function-based index element */
} sct_index_col;

enum {
	SCT_CF_CLUSTERED = 1u << 0,
	SCT_CF_NONCLUSTERED = 1u << 1,
	SCT_CF_NOCHECK = 1u << 2,          /* created WITH NOCHECK / NOVALIDATE: existing rows not checked */
	SCT_CF_DISABLED = 1u << 3,         /* NOCHECK CONSTRAINT / DISABLE */
	SCT_CF_NOT_FOR_REPLICATION = 1u << 4,
	SCT_CF_DEFERRABLE = 1u << 5,
	SCT_CF_INITIALLY_DEFERRED = 1u << 6,
};

/* What only keys and foreign keys have (the referenced table and columns, index options): sct_constraint.more,
 * NULL when none of it is set. Read it with sct_constraint_ref_table(), sct_constraint_ref_columns() and
 * sct_constraint_options() below, which answer NULL or an empty list then. */
typedef struct sct_constraint_more {
	sct_qname *ref_table;     /* FK */
	sct_list ref_columns;     /* sct_ident* */
	sct_list options;         /* sct_option*: WITH (...), ON filegroup, USING INDEX ... */
} sct_constraint_more;

typedef struct sct_constraint {
	sct_cons_kind kind : 4;   /* bit-fields: kind, actions, flags and skip share 4 bytes */
	sct_fk_action on_delete : 4, on_update : 4;
	unsigned flags : 12;      /* SCT_CF_* */
	unsigned char skip;       /* converter: not emitted (reported) */
	sct_loc loc;
	sct_ident name;           /* s == NULL when unnamed */
	sct_list columns;         /* sct_index_col* (PK, UNIQUE, FK; DEFAULT: the FOR column) */
	sct_expr *expr;           /* CHECK condition, DEFAULT value */
	sct_constraint_more *more; /* the referenced table and columns and the options, or NULL (56 bytes) */
} sct_constraint;

static inline sct_qname *sct_constraint_ref_table(const sct_constraint *k) { return k->more ? k->more->ref_table : NULL; }
static inline const sct_list *sct_constraint_ref_columns(const sct_constraint *k)
{
	static const sct_list none = {NULL, 0, 0};
	return k->more ? &k->more->ref_columns : &none;
}
static inline const sct_list *sct_constraint_options(const sct_constraint *k)
{
	static const sct_list none = {NULL, 0, 0};
	return k->more ? &k->more->options : &none;
}

typedef struct sct_identity {
	sct_loc loc;
	int always;               /* GENERATED ALWAYS (1) vs BY DEFAULT / T-SQL IDENTITY (0) */
	const char *seed;         /* as written, NULL = default */
	const char *increment;
	sct_list options;         /* further sequence options (sct_option*) */
} sct_identity;

enum {
	SCT_COLF_ROWGUIDCOL = 1u << 0,
	SCT_COLF_SPARSE = 1u << 1,
	SCT_COLF_FILESTREAM = 1u << 2,
	SCT_COLF_PERIOD_START = 1u << 3,   /* GENERATED ALWAYS AS ROW START */
	SCT_COLF_PERIOD_END = 1u << 4,     /* GENERATED ALWAYS AS ROW END */
	SCT_COLF_HIDDEN = 1u << 5,
	SCT_COLF_PERSISTED = 1u << 6,      /* computed column stored */
	SCT_COLF_NOT_FOR_REPLICATION = 1u << 7,
	SCT_COLF_MASKED = 1u << 8,
	SCT_COLF_ENCRYPTED = 1u << 9,
	SCT_COLF_DEFAULT_ON_NULL = 1u << 10,
};

/* What few columns have (a default's constraint name, identity, computed expression, collation, comment, options,
 * inline constraints):
 * sct_column.more, NULL when none of it is set. Read it with sct_column_identity() and the others below, which
 * answer NULL (or an empty name or list) then. */
typedef struct sct_column_more {
	sct_ident def_name;       /* CONSTRAINT name of the default (T-SQL) */
	sct_identity *identity;
	sct_expr *computed;       /* AS (expr) */
	const char *collation;
	const char *comment;      /* set by the resolver from comment statements */
	sct_list options;         /* sct_option* kept for the report */
	sct_list constraints;     /* inline sct_constraint* (columns empty: this column) */
} sct_column_more;

typedef struct sct_column {
	sct_loc loc;
	signed int nullable : 8;         /* -1 unspecified, 0 NOT NULL, 1 NULL (bit-fields: nullable and flags share 4 bytes) */
	unsigned flags : 24;      /* SCT_COLF_* */
	sct_ident name;
	sct_type *type;           /* NULL for a T-SQL computed column without a type */
	sct_expr *def;            /* DEFAULT */
	sct_column_more *more;    /* the rarely set parts, or NULL (a column is 48 bytes) */
} sct_column;

static inline sct_identity *sct_column_identity(const sct_column *c) { return c->more ? c->more->identity : NULL; }
static inline sct_expr *sct_column_computed(const sct_column *c) { return c->more ? c->more->computed : NULL; }
static inline const char *sct_column_collation(const sct_column *c) { return c->more ? c->more->collation : NULL; }
static inline const char *sct_column_comment(const sct_column *c) { return c->more ? c->more->comment : NULL; }
static inline const char *sct_column_def_name(const sct_column *c) { return c->more ? c->more->def_name.s : NULL; }
static inline const sct_list *sct_column_options(const sct_column *c)
{
	static const sct_list none = {NULL, 0, 0};
	return c->more ? &c->more->options : &none;
}
static inline const sct_list *sct_column_constraints(const sct_column *c)
{
	static const sct_list none = {NULL, 0, 0};
	return c->more ? &c->more->constraints : &none;
}

enum {
	SCT_TABF_TEMPORAL = 1u << 0,        /* SYSTEM_VERSIONING = ON */
	SCT_TABF_MEMORY_OPTIMIZED = 1u << 1,
	SCT_TABF_TEMPORARY = 1u << 2,       /* #temp / GLOBAL TEMPORARY */
	SCT_TABF_FILETABLE = 1u << 3,
	SCT_TABF_EXTERNAL = 1u << 4,
	SCT_TABF_PARTITIONED = 1u << 5,
	SCT_TABF_IF_NOT_EXISTS = 1u << 6,
};

/* Declarative partitioning of a table (Oracle PARTITION BY ...), as the source defines it. */
typedef enum sct_part_kind { SCT_PART_RANGE, SCT_PART_LIST, SCT_PART_HASH } sct_part_kind;

typedef struct sct_partition {
	sct_loc loc;
	sct_ident name;           /* s == NULL for the unnamed partitions of HASH ... PARTITIONS n */
	sct_list values;          /* sct_expr*: RANGE upper bounds (LESS THAN; MAXVALUE is a KEYWORD), LIST values */
	int is_default;           /* LIST: VALUES (DEFAULT) */
	sct_list options;         /* sct_option*: storage clauses of the partition, for the report */
} sct_partition;

typedef struct sct_partitioning {
	sct_loc loc;
	sct_part_kind kind;
	sct_list columns;         /* sct_ident*: partition key */
	sct_list parts;           /* sct_partition* */
	int hash_count;           /* HASH ... PARTITIONS n (parts then empty) */
	const char *interval;     /* INTERVAL (expr) as written (automatic range partitions), or NULL */
	const char *subpartition; /* SUBPARTITION BY ... as written, or NULL */
} sct_partitioning;

typedef struct sct_table {
	sct_qname *name;
	sct_list columns;         /* sct_column* */
	sct_list constraints;     /* sct_constraint* (table-level) */
	sct_list indexes;         /* sct_index* declared inline (INDEX name (cols) inside CREATE TABLE) */
	unsigned flags;           /* SCT_TABF_* */
	sct_ident period_start, period_end; /* PERIOD FOR SYSTEM_TIME (a, b) */
	sct_qname *history_table; /* SYSTEM_VERSIONING HISTORY_TABLE */
	sct_list options;         /* sct_option*: ON filegroup, TEXTIMAGE_ON, WITH (...), ... */
	const char *comment;
	sct_partitioning *partitioning; /* PARTITION BY ..., or NULL */
} sct_table;

typedef enum sct_alter_kind {
	SCT_ALTER_ADD_COLUMN,      /* column */
	SCT_ALTER_ADD_CONSTRAINT,  /* constraint (incl. DEFAULT ... FOR col) */
	SCT_ALTER_ENABLE_CONSTRAINT,  /* CHECK CONSTRAINT name|ALL: name in constraint->name */
	SCT_ALTER_DISABLE_CONSTRAINT, /* NOCHECK CONSTRAINT name|ALL */
	SCT_ALTER_DROP_CONSTRAINT,
	SCT_ALTER_DROP_COLUMN,
	SCT_ALTER_ALTER_COLUMN,    /* column: new definition */
	SCT_ALTER_OTHER            /* anything else: text keeps a short description */
} sct_alter_kind;

typedef struct sct_alter_action {
	sct_alter_kind kind : 8;   /* bit-field: kind and skip share 4 bytes */
	unsigned char skip;        /* converter: not emitted (reported) */
	sct_loc loc;
	sct_column *column;
	sct_constraint *constraint;
	sct_ident name;            /* constraint/column name for ENABLE/DISABLE/DROP ("all" for ALL) */
	const char *text;          /* OTHER */
} sct_alter_action;

typedef struct sct_alter_table {
	sct_qname *name;
	sct_list actions;          /* sct_alter_action* */
} sct_alter_table;

enum {
	SCT_IDXF_UNIQUE = 1u << 0,
	SCT_IDXF_CLUSTERED = 1u << 1,
	SCT_IDXF_NONCLUSTERED = 1u << 2,
	SCT_IDXF_COLUMNSTORE = 1u << 3,
	SCT_IDXF_XML = 1u << 4,
	SCT_IDXF_SPATIAL = 1u << 5,
	SCT_IDXF_FULLTEXT = 1u << 6,
	SCT_IDXF_BITMAP = 1u << 7,
	SCT_IDXF_REVERSE = 1u << 8,
};

typedef struct sct_index {
	sct_ident name;
	sct_qname *table;
	unsigned flags;            /* SCT_IDXF_* */
	unsigned char skip;        /* converter: not emitted (reported) */
	sct_list columns;          /* sct_index_col* */
	sct_list include;          /* sct_ident* */
	sct_expr *where;           /* filtered index */
	sct_list options;          /* sct_option* */
} sct_index;

enum {
	SCT_VIEWF_SCHEMABINDING = 1u << 0,
	SCT_VIEWF_CHECK_OPTION = 1u << 1,
	SCT_VIEWF_ENCRYPTION = 1u << 2,
	SCT_VIEWF_VIEW_METADATA = 1u << 3,
	SCT_VIEWF_OR_REPLACE = 1u << 4,   /* CREATE OR ALTER / OR REPLACE */
	SCT_VIEWF_FORCE = 1u << 5,
	SCT_VIEWF_MATERIALIZED = 1u << 6,
	SCT_VIEWF_READ_ONLY = 1u << 7,    /* WITH READ ONLY */
};

typedef struct sct_view {
	sct_qname *name;
	sct_list columns;          /* sct_ident* */
	sct_query *query;
	unsigned flags;            /* SCT_VIEWF_* */
	sct_loc query_loc, query_end; /* span of the query text */
	const char *comment;
} sct_view;

typedef struct sct_sequence {
	sct_qname *name;
	sct_type *type;            /* AS type, or NULL */
	const char *start, *increment, *minvalue, *maxvalue, *cache; /* as written; NULL = not given */
	int no_minvalue, no_maxvalue, no_cache;
	int cycle;                 /* -1 unspecified, 0 NO CYCLE, 1 CYCLE */
	int order;                 /* Oracle ORDER (-1 unspecified) */
	sct_list options;
} sct_sequence;

typedef struct sct_synonym {
	sct_qname *name;
	sct_qname *target;
	int is_public;
} sct_synonym;

typedef enum sct_comment_on {
	SCT_ON_SCHEMA, SCT_ON_TABLE, SCT_ON_COLUMN, SCT_ON_VIEW, SCT_ON_INDEX, SCT_ON_CONSTRAINT,
	SCT_ON_ROUTINE, SCT_ON_OTHER
} sct_comment_on;

typedef struct sct_comment {
	sct_comment_on on;
	sct_qname *object;         /* schema: object->name; table/view: schema.name */
	sct_ident column;          /* SCT_ON_COLUMN */
	const char *text;          /* the comment, unescaped */
	const char *property;      /* T-SQL extended property name ("MS_Description"), or NULL */
} sct_comment;

typedef enum sct_type_def_kind { SCT_TYPEDEF_ALIAS, SCT_TYPEDEF_TABLE, SCT_TYPEDEF_OBJECT, SCT_TYPEDEF_COLLECTION, SCT_TYPEDEF_OTHER } sct_type_def_kind;

typedef struct sct_type_def {
	sct_type_def_kind kind;
	sct_qname *name;
	sct_type *base;            /* ALIAS: base type; COLLECTION: element type */
	int nullable;              /* ALIAS: -1 / 0 / 1 */
	sct_list columns;          /* TABLE / OBJECT: sct_column* */
	struct sct_table *table;   /* TABLE: the full definition (columns, constraints, indexes, options), or NULL */
	int64_t max_elements;      /* COLLECTION: VARRAY(n) bound, 0 when unbounded */
} sct_type_def;

typedef enum sct_routine_kind {
	SCT_ROUTINE_PROCEDURE, SCT_ROUTINE_FUNCTION, SCT_ROUTINE_TRIGGER, SCT_ROUTINE_PACKAGE,
	SCT_ROUTINE_PACKAGE_BODY, SCT_ROUTINE_TYPE_BODY
} sct_routine_kind;

typedef enum sct_param_mode { SCT_PARAM_IN, SCT_PARAM_OUT, SCT_PARAM_INOUT } sct_param_mode;

typedef struct sct_param {
	sct_loc loc;
	sct_ident name;            /* without @ */
	sct_type *type;
	sct_expr *def;
	sct_param_mode mode;
	int readonly;
} sct_param;

enum {
	SCT_TRIG_INSERT = 1u << 0, SCT_TRIG_UPDATE = 1u << 1, SCT_TRIG_DELETE = 1u << 2,
	SCT_TRIG_DDL = 1u << 3,    /* ON DATABASE / ALL SERVER */
};
typedef enum sct_trigger_timing { SCT_TRIG_AFTER, SCT_TRIG_BEFORE, SCT_TRIG_INSTEAD_OF } sct_trigger_timing;

/* ---------- procedural code (routine bodies) ---------- */

/* One statement of a routine body. Source statements are parsed into these; the converter rewrites them
 * in place (target-side kinds are marked). */
typedef enum sct_pstmt_kind {
	SCT_PS_BLOCK,        /* BEGIN ... END: body */
	SCT_PS_DECLARE,      /* args: sct_pvar* */
	SCT_PS_SET,          /* name = expr; op: SCT_OP_NONE or the compound operator (+=) */
	SCT_PS_SETOPT,       /* SET NOCOUNT ON etc.: text = option words, name = option */
	SCT_PS_IF,           /* expr: condition; body: then (one statement); els: else (0 or 1 statement) */
	SCT_PS_WHILE,        /* expr; body */
	SCT_PS_BREAK, SCT_PS_CONTINUE,
	SCT_PS_RETURN,       /* expr or NULL; query for RETURN (SELECT ...) of an inline table function */
	SCT_PS_TRY,          /* body: TRY block; els: CATCH block */
	SCT_PS_RAISERROR,    /* args: message, severity, state, arguments...; text: WITH options */
	SCT_PS_THROW,        /* args: number, message, state, or none (rethrow) */
	SCT_PS_PRINT,        /* expr */
	SCT_PS_WAITFOR, /* name: DELAY or TIME as written; expr: the time */
	SCT_PS_GOTO,         /* name */
	SCT_PS_LABEL,        /* name */
	SCT_PS_SELECT,       /* query: result set, assignment (targets with var) or SELECT ... INTO */
	SCT_PS_INSERT,       /* dml */
	SCT_PS_UPDATE,       /* dml */
	SCT_PS_DELETE,       /* dml */
	SCT_PS_MERGE,        /* dml */
	SCT_PS_EXEC,         /* target: procedure; args: sct_parg*; name: return-code variable or NULL */
	SCT_PS_EXEC_SQL,     /* dynamic SQL: expr = EXEC (expr); sp_executesql: target + args */
	SCT_PS_TRAN,         /* op: SCT_TRAN_*; name: transaction/savepoint name or NULL */
	SCT_PS_CURSOR,       /* op: SCT_CUR_*; name: cursor; args: FETCH ... INTO variables (sct_expr*) */
	SCT_PS_CREATE_TABLE, /* table (#temp table) */
	SCT_PS_DROP_TABLE,   /* target */
	SCT_PS_TRUNCATE,     /* target */
	SCT_PS_ALTER_TABLE,  /* alter: ALTER TABLE inside a body */
	SCT_PS_DROP_TRIGGER, /* target; op: IF EXISTS */
	SCT_PS_RAW,          /* not parsed or not convertible: [loc, end) of the source; text: why; op: where (loc) */
	/* target side (set by the converter) */
	SCT_PS_GET_DIAG,     /* name = ROW_COUNT */
	SCT_PS_RAISE,        /* op: SCT_RAISE_*; args[0]: message expression; text: SQLSTATE or NULL */
	SCT_PS_PERFORM,      /* expr or query evaluated for side effects */
	SCT_PS_RETURN_QUERY, /* query */
	SCT_PS_OPEN_FOR,     /* name: refcursor; query */
	SCT_PS_COMMENT,      /* text: a note written as a comment in the body (statement with no target meaning) */
	SCT_PS_SQL           /* text: target statement text produced by the converter */
} sct_pstmt_kind;

enum { SCT_TRAN_BEGIN, SCT_TRAN_COMMIT, SCT_TRAN_ROLLBACK, SCT_TRAN_SAVE };
enum { SCT_CUR_OPEN, SCT_CUR_FETCH, SCT_CUR_CLOSE, SCT_CUR_DEALLOCATE };
enum { SCT_RAISE_EXCEPTION, SCT_RAISE_NOTICE, SCT_RAISE_RERAISE };

/* A DECLAREd variable, table variable or cursor. */
typedef struct sct_pvar {
	sct_loc loc;
	const char *name;          /* with @ for variables; cursor name as written */
	sct_type *type;            /* scalar */
	sct_expr *init;            /* DECLARE @x int = expr */
	struct sct_table *table;   /* DECLARE @t TABLE (...) */
	struct sct_query *cursor;  /* DECLARE c CURSOR FOR query */
	const char *out;           /* converter: target name */
} sct_pvar;

/* One argument of EXEC proc ...: [@name =] value [OUTPUT] | DEFAULT. */
typedef struct sct_parg {
	sct_loc loc;
	const char *name;          /* parameter name with @, or NULL (positional) */
	sct_expr *value;           /* NULL for DEFAULT */
	int output;
} sct_parg;

/* UPDATE ... SET item: column (or variable) = value. */
typedef struct sct_setitem {
	sct_loc loc;
	sct_qname *col;            /* column, or NULL */
	const char *var;           /* @variable (SET @v = col = expr or SET @v = expr), or NULL */
	sct_op op;                 /* SCT_OP_NONE for =, else the compound operator */
	sct_expr *value;
} sct_setitem;

/* MERGE ... WHEN [NOT] MATCHED [BY SOURCE|TARGET] [AND cond] THEN action */
typedef struct sct_merge_when {
	sct_loc loc;
	int matched;               /* 1 MATCHED, 0 NOT MATCHED [BY TARGET], 2 NOT MATCHED BY SOURCE */
	sct_expr *cond;
	int action;                /* 0 UPDATE, 1 DELETE, 2 INSERT */
	sct_list sets;             /* UPDATE: sct_setitem* */
	sct_list columns;          /* INSERT: sct_ident* */
	sct_list values;           /* INSERT: sct_expr* */
} sct_merge_when;

/* INSERT / UPDATE / DELETE / MERGE. */
typedef struct sct_dml {
	sct_qname *table;          /* target table (or alias named in FROM, for UPDATE a SET ... FROM t a) */
	sct_ident alias;           /* MERGE target alias */
	sct_expr *top;
	sct_list columns;          /* INSERT column list: sct_ident* */
	sct_list values;           /* INSERT VALUES rows: SCT_E_LIST */
	struct sct_query *query;   /* INSERT ... SELECT */
	struct sct_pstmt *exec;    /* INSERT ... EXEC */
	int default_values;
	sct_list sets;             /* UPDATE: sct_setitem* */
	sct_list from;             /* UPDATE/DELETE ... FROM; MERGE USING (one item): sct_from* */
	sct_expr *where;           /* WHERE; MERGE ON */
	sct_list output;           /* OUTPUT targets: sct_target* */
	sct_qname *output_into;    /* OUTPUT ... INTO name */
	sct_list output_cols;      /* OUTPUT ... INTO name (columns): sct_ident* */
	const char *output_cursor; /* OUTPUT without INTO in a procedure: the refcursor of its result set */
	sct_list whens;            /* MERGE: sct_merge_when* */
	struct sct_query *with;    /* leading WITH: ctes only (ctes list of this query) */
} sct_dml;

typedef struct sct_pstmt {
	sct_pstmt_kind kind;
	sct_loc loc, end;          /* source span */
	int op;
	const char *name;
	const char *text;
	sct_expr *expr;
	sct_list args;
	sct_list body;             /* sct_pstmt* */
	sct_list els;              /* sct_pstmt* */
	struct sct_query *query;
	sct_qname *target;
	sct_dml *dml;
	struct sct_table *table;
	struct sct_alter_table *alter; /* ALTER_TABLE */
	int effort;                /* converter: minutes for a person (RAW) */
} sct_pstmt;

typedef struct sct_routine {
	sct_routine_kind kind;
	sct_qname *name;
	int or_replace;            /* CREATE OR ALTER / OR REPLACE */
	sct_list params;           /* sct_param* */
	sct_type *returns;         /* scalar function */
	int returns_table;         /* RETURNS TABLE (inline) or RETURNS @t TABLE (...) */
	sct_list returns_columns;  /* sct_column* for RETURNS @t TABLE (...) */
	sct_qname *trigger_table;  /* TRIGGER ... ON table */
	unsigned trigger_events;   /* SCT_TRIG_* */
	sct_trigger_timing trigger_timing;
	sct_loc body_loc, body_end; /* span of the body text */
	void *body;                /* parsed body (statement tree), when the parser builds one; else NULL */
	sct_pstmt *code;           /* parsed body: a BLOCK of statements, or NULL when the body was not parsed */
	const char *returns_var;   /* RETURNS @t TABLE (...): the variable, with @ */
	const char *code_error;    /* why the body was not parsed (code == NULL) */
	sct_loc code_error_loc;
	int atomic;                /* BEGIN ATOMIC WITH (...) body of a natively compiled module */
	sct_loc atomic_loc;
	const char *atomic_opts;   /* the text of its WITH (...) options */
	sct_list ddl_events;       /* DDL trigger: FOR events and event groups as written (sct_ident*) */
	int server_trigger;        /* DDL trigger ON ALL SERVER (not ON DATABASE) */
	const char *execute_as;    /* WITH EXECUTE AS who (CALLER, OWNER, SELF, 'user') as written, or NULL */
	int dq_strings;            /* its text has "..." string literals (created under SET QUOTED_IDENTIFIER OFF) */
} sct_routine;

typedef enum sct_other_kind {
	SCT_OTHER_SESSION,   /* USE, SET, sqlcmd :setvar/:on error, SQL*Plus SET/PROMPT...: no meaning in the target DDL */
	SCT_OTHER_PRINT,     /* PRINT / PROMPT */
	SCT_OTHER_DROP,      /* DROP ... (script cleanup) */
	SCT_OTHER_SECURITY,  /* GRANT / DENY / REVOKE / CREATE USER / ROLE / LOGIN */
	SCT_OTHER_DATA,      /* INSERT / UPDATE / DELETE / MERGE / BULK INSERT / TRUNCATE */
	SCT_OTHER_CONTROL,   /* IF / BEGIN / DECLARE / EXEC of something else at script level */
	SCT_OTHER_DYNAMIC,   /* EXEC('...') of DDL */
	SCT_OTHER_DATABASE,  /* CREATE/ALTER DATABASE, filegroups, partition functions/schemes, ... */
	SCT_OTHER_UNKNOWN    /* recognised as a statement but not classified */
} sct_other_kind;

typedef struct sct_other {
	sct_other_kind kind;
	const char *verb;          /* e.g. "USE", "SET NOCOUNT", "DROP TABLE", "GRANT", "INSERT" */
} sct_other;

typedef enum sct_stmt_kind {
	SCT_STMT_SCHEMA, SCT_STMT_TABLE, SCT_STMT_ALTER_TABLE, SCT_STMT_INDEX, SCT_STMT_VIEW,
	SCT_STMT_SEQUENCE, SCT_STMT_SYNONYM, SCT_STMT_COMMENT, SCT_STMT_TYPE, SCT_STMT_ROUTINE,
	SCT_STMT_OTHER, SCT_STMT_UNPARSED
} sct_stmt_kind;

typedef struct sct_schema_def {
	sct_ident name;
	sct_ident authorization;   /* s == NULL when absent */
} sct_schema_def;

/* Conversion outcome of a statement, set by the converter. */
typedef enum sct_status {
	SCT_STATUS_PENDING,        /* not converted yet */
	SCT_STATUS_CONVERTED,      /* converted automatically */
	SCT_STATUS_NOTES,          /* converted, with report items a person should read */
	SCT_STATUS_MANUAL,         /* carried as a comment: needs a person */
	SCT_STATUS_SKIPPED         /* no meaning in the target (session chatter): carried as a comment */
} sct_status;

typedef struct sct_stmt {
	sct_stmt_kind kind : 8;    /* bit-fields: kind and status share 4 bytes (a statement is 40 bytes) */
	sct_status status : 8;     /* conversion outcome, filled by the converter */
	sct_loc loc;               /* start of the statement's source text */
	sct_loc end;               /* one past its last byte */
	int file;                  /* index of the input file in the conversion */
	int batch;                 /* batch number (GO / '/'), 0-based */
	sct_loc error_loc;         /* UNPARSED: where the parser stopped (error below) */
	union {
		sct_schema_def *schema;
		sct_table *table;
		sct_alter_table *alter;
		sct_index *index;
		sct_view *view;
		sct_sequence *sequence;
		sct_synonym *synonym;
		sct_comment *comment;
		sct_type_def *type;
		sct_routine *routine;
		sct_other *other;
		void *any;
	} u;
	/* UNPARSED: what the parser said (error_loc above: where). */
	const char *error;
} sct_stmt;

#ifdef __cplusplus
}
#endif
#endif
