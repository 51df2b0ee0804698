/* convert.h - the conversion stage: rewrites the source AST in place into target form, recording report
 * items. It meets source and target only through the AST and the rules tables. */
#ifndef SCT_CONVERT_H
#define SCT_CONVERT_H
#include "sctconv/ast.h"
#include "parse/nodes.h"
#include "report/report.h"
#include "rules/rules.h"
#include "util/arena.h"
#include "util/hash.h"
#include "util/list.h"
#include <stdarg.h>
#include <string.h>

typedef enum sct_family { SCT_FAMILY_POSTGRES, SCT_FAMILY_MYSQL, SCT_FAMILY_OTHER } sct_family;

/* A catalog entry: one named object of the input, keyed by its folded source name "schema.name". */
typedef enum sct_objkind { SCT_K_TABLE, SCT_K_VIEW, SCT_K_SEQUENCE, SCT_K_TYPE, SCT_K_SYNONYM, SCT_K_ROUTINE } sct_objkind;
typedef struct sct_object {
	sct_objkind kind;
	const char *key;          /* "schema.name" folded source name */
	sct_stmt *stmt;
	sct_qname *name;          /* the name node of stmt's object (catalog objects: set by reg() in convert.c), so a
	                           * reference need not read stmt and its node (two cache misses in a big arena) */
	int emitted;              /* will exist in the target */
	sct_list deps;            /* views: sct_object* they refer to */
	int visit;                /* ordering */
} sct_object;

typedef struct sct_conv {
	sct_arena *a;
	sct_report *rep;
	const sct_rules *rules;
	const char *engine;       /* "postgres", "aurora-postgres", ... */
	const char *source;       /* source dialect: "mssql", "oracle" */
	const char *cur_column;   /* source name of the column whose type is being converted (rules' column guards) */
	sct_family family;
	long version;             /* major*1000000 + minor*1000 + patch */
	int keep_case;
	int quiet;                /* no items (used while reserving names) */
	int max_ident;            /* 63 for PostgreSQL */
	const char *default_schema;
	const char *schema_map;   /* "from=to,..." (--schema-map): source schemas merged into target ones, or NULL */
	int result_sets;          /* SCT_RESULT_SETS_* (--result-sets) */
	sct_list *stmts;          /* sct_stmt* of every input, in order */
	sct_hash objects;         /* key -> sct_object* */
	int ntypes;               /* SCT_K_TYPE objects in it, counted by reg() in convert.c (0: types.c skips the
	                           * alias/object type lookups; add type objects only through reg()) */
	sct_hash relnames;        /* target "schema.relname" -> (void*)1: tables, views, indexes, sequences */
	sct_hash connames;        /* "schema.table.constraint" (target table, constraint name as in the source) ->
	                           * sct_constraint* (its name may have been changed on a collision) */
	int drops_constraints;    /* some ALTER TABLE of the input drops a constraint: connames is filled */
	sct_list schemas;         /* target schema names (const char*) to create, in order of first use */
	sct_hash schema_seen;
	sct_list view_order;      /* sct_stmt* of views in dependency order */
	sct_list key_indexes;     /* Oracle: pairs sct_index*, sct_constraint*: a unique index folded into the key
	                           * constraint added after it (convert.c) */
	struct sct_code *code;    /* routine body being converted (code.c), else NULL */
	struct sct_implicit *implicit; /* implicit.c: script settings read once, E005 once per object */
	sct_list routines;        /* struct sct_code* of routines converted to PL/pgSQL, in source order */
	sct_hash code_index;      /* catalog key of a routine -> struct sct_code* (code.c) */
	/* current statement context for items */
	sct_stmt *cur;
	const char *cur_object;
	const char *cur_objtype;
	sct_list folded;          /* Oracle source: quoted mixed-case names folded in the current statement (N004) */
	sct_list helpers;         /* helpers.c: helper functions of schema sctconv_ext the output creates, in order */
	int hierarchyid;          /* hierarchyid.c: 0 not looked yet, 1 no hierarchyid column in the input, 2 some
	                           * (1 from the start when the T-SQL parser saw no type of that name) */
	const char *type_texts[64]; /* types.c: target type texts made so far (by hash), shared by the columns */
	struct sct_type_memo {    /* types.c: the rule and target text of a source type seen lately (by hash) */
		const char *name;     /* its own copy of the source type name; NULL: empty */
		const char *src;      /* the last source text found equal to name (compared by address first) */
		int nparams;
		int64_t params[3];
		const sct_rule *rule; /* NULL: no rule */
		const char *out;      /* the rule's expansion, or NULL */
	} type_memo[128];
	struct { const char *text, *src; int cls; } tclass_memo[128]; /* types.c: the class of a type name (by hash;
	                           * src: the last source text found equal to text) */
	struct { const char *text; unsigned h; } type_hash[64]; /* types.c: the hash of a type name, by its address
	                           * (the parser shares one copy of a type name) */
	const char *names[1024];  /* names.c: folded names made so far (by hash of the folded text), shared */
	const char *name_src[512], *name_out[512]; /* names.c: the same by the source text's address (no hashing) */
	/* convert.c: recent catalog lookups (by a hash of the name's address) and the last "schema.name" text, by
	 * the addresses of the source texts (the parser shares one copy of a repeated identifier: consecutive
	 * statements on one table, and the table a foreign key refers to, hit) */
	struct { int valid; const char *schema, *name; sct_object *obj; } look[16];
	char obj_buf[128];        /* convert.c: "table.column" of the column being converted; sct_conv_item copies it
	                           * to the arena when an item names it (most columns have none) */
	const char *obj_table;    /* convert.c: the table text of obj_buf's column, its length, and whether obj_buf */
	size_t obj_ntable;        /* starts with it and '.' */
	int obj_prefix;
	unsigned char *kinds;     /* convert.c: the kind of statement i, in a row: a pass looking for one kind of
	                           * statement reads these instead of every statement (memory-bound) */
	unsigned char *fk_marks;  /* fktypes.c, set while statement i is converted (its nodes still in cache): what
	                           * sct_conv_align_fk_types must look at, whether skipped or not (NULL: every one) */
	const char *qstr_schema, *qstr_name, *qstr_text;
} sct_conv;

void sct_convert_all(sct_conv *cv);
/* Oracle (keyindex.c): an index created before ALTER TABLE ... ADD PRIMARY KEY / UNIQUE that Oracle uses for the
 * key (USING INDEX name, or the same columns) is folded into it: marked skip and recorded in key_indexes. */
void sct_conv_fold_key_indexes(sct_conv *cv);
const sct_constraint *sct_conv_key_of_index(const sct_conv *cv, const sct_index *x); /* the key it serves, or NULL */
const char *sct_conv_using_index(const sct_constraint *k); /* USING INDEX name, "(CREATE INDEX ...)" or NULL */
/* c in lower case: tolower's answer in the C locale (the program never sets another), without a call per byte */
static inline char sct_conv_lower(char c)
{
	return (char)((unsigned)(unsigned char)c - 'A' < 26u ? c + 32 : c);
}

/* Names equal but for ASCII case: strcasecmp's answer in the C locale (the program never sets another), without
 * a call; column lookups compare a name with every column of a table. */
static inline int sct_conv_same_name(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned x = (unsigned char)*a, y = (unsigned char)*b;
		if (x != y) {
			x += x - 'A' < 26u ? 32 : 0;
			y += y - 'A' < 26u ? 32 : 0;
			if (x != y)
				return 0;
		}
		if (!x)
			return 1;
	}
}

/* The same for a b of length nb (a column lookup measures its name once): names of one table often share a long
 * prefix (col12_1, col12_17), so the lengths first, then the bytes from the end. */
static inline int sct_conv_same_name_n(const char *a, const char *b, size_t nb)
{
	if (strlen(a) != nb)
		return 0;
	for (size_t i = nb; i-- > 0;)
		if (sct_conv_lower(a[i]) != sct_conv_lower(b[i]))
			return 0;
	return 1;
}

/* Oracle source: where Oracle's semantics differ from T-SQL's in the shared conversion steps (asked for every
 * column and name: the first byte decides for the other sources). */
static inline int sct_conv_oracle(const sct_conv *cv)
{
	return cv->source && cv->source[0] == 'o' && strcmp(cv->source, "oracle") == 0;
}
/* itemfmt.c: vsnprintf's text for a format whose only conversions are %s, %d and %%; -2 (ap partly read) for a
 * format with another conversion: the caller formats it with vsnprintf from a copy of ap */
int sct_conv_vformat(char *buf, size_t cap, const char *fmt, va_list ap);

/* ptrmap.c: node address -> node, for at most n keys (a NULL key is never stored) */
typedef struct sct_ptrmap {
	const void **keys;
	void **values;
	size_t mask;
} sct_ptrmap;
void sct_ptrmap_init(sct_arena *a, sct_ptrmap *m, int n);
void sct_ptrmap_put(sct_ptrmap *m, const void *k, void *v);
void *sct_ptrmap_get(const sct_ptrmap *m, const void *k);

/* pick.c: passes over the statements of a few kinds among many (the tables, the ALTER TABLEs, the indexes).
 * Their nodes are cache misses in a big arena (about 7 bytes of nodes per byte of input): a pass asks for the
 * nodes of the statements it will read some places ahead (sct_prefetch_picked), so that their loads overlap
 * with the work on the statements before them. The places are counted among the statements the pass reads,
 * listed by sct_pick: counted among all statements, the hints of a pass that reads one statement in ten came
 * only just before it read them. */
/* The indexes i of the statements whose sel[i] is one of the values in mask (bit v for value v; values from
 * 32 on are never picked), in order, into idx (room for n); returns how many. */
int sct_pick(const unsigned char *sel, int n, unsigned mask, int *idx);
/* An array for sct_pick of n indexes: malloc'd (free it), or the program ends (out of memory). */
int *sct_pick_array(int n);

/* Hints for the pass at the p-th of the m statements picked into idx (call it before reading that one): the
 * statements D places ahead and more, a level of the chain each D places later than the one it is reached
 * through: the statement, its node; the list of a table's columns, of an index's columns or of an ALTER
 * TABLE's actions, and the name of its table; then a table's columns (the first SCT_PREFETCH_COLUMNS) and their
 * names, types and defaults, an index's first column and its name, an ALTER TABLE's first action, its
 * constraint, the constraint's name and columns and the first one's name, and for a foreign key the referenced
 * table's name and the first referenced column's name: what the passes over tables, indexes and table changes
 * read, each a cache miss in a big arena. kinds: the kind of each statement (any other byte, e.g. one for "not
 * printed", is not followed). nodes_only: the statements and their nodes only (a pass that reads no more).
 * Hints only; what it reads to find the addresses are nodes these statements lead to, asked for a level before.
 * Always inlined: GCC drops the call of a function that only prefetches. */
enum { SCT_PREFETCH_COLUMNS = 32 };
static inline __attribute__((always_inline)) void sct_prefetch_qname(const sct_qname *q) /* schema, name: 72 bytes */
{
	if (q) {
		__builtin_prefetch(&q->schema);
		__builtin_prefetch(&q->name);
	}
}
static inline __attribute__((always_inline)) void sct_prefetch_picked(const sct_list *st, const unsigned char *kinds,
								     const int *idx, int m, int p, int nodes_only)
{
	enum { D = 2 };
	int q, k;
	const sct_stmt *s;
	if ((q = p + 8 * D) < m)
		__builtin_prefetch(st->items[idx[q]]);
	if ((q = p + 7 * D) < m)
		__builtin_prefetch(((const sct_stmt *)st->items[idx[q]])->u.any);
	if (nodes_only)
		return;
	if ((q = p + 6 * D) < m) {
		s = st->items[idx[q]];
		k = kinds[idx[q]];
		if (k == SCT_STMT_TABLE) {
			__builtin_prefetch(s->u.table->columns.items);
			sct_prefetch_qname(s->u.table->name);
		} else if (k == SCT_STMT_INDEX) {
			__builtin_prefetch(s->u.index->columns.items);
			__builtin_prefetch(s->u.index->name.s);
			if (s->u.index->table)
				sct_prefetch_qname(s->u.index->table);
		} else if (k == SCT_STMT_ALTER_TABLE) {
			__builtin_prefetch(s->u.alter->actions.items);
			sct_prefetch_qname(s->u.alter->name);
		}
	}
	if ((q = p + 5 * D) < m) {
		s = st->items[idx[q]];
		k = kinds[idx[q]];
		const sct_qname *name = k == SCT_STMT_TABLE ? s->u.table->name : k == SCT_STMT_INDEX ? s->u.index->table
				      : k == SCT_STMT_ALTER_TABLE ? s->u.alter->name : NULL;
		if (name)
			__builtin_prefetch(name->name.s);
		const sct_list *l = k == SCT_STMT_TABLE ? &s->u.table->columns : k == SCT_STMT_INDEX ? &s->u.index->columns
				  : k == SCT_STMT_ALTER_TABLE ? &s->u.alter->actions : NULL;
		for (int i = 0; l && i < l->n && i < (k == SCT_STMT_TABLE ? SCT_PREFETCH_COLUMNS : 1); i++) {
			__builtin_prefetch(l->items[i]);
			if (k == SCT_STMT_TABLE) /* a column takes two cache lines: its constraints are on the second */
				__builtin_prefetch((const char *)l->items[i] + 64);
		}
	}
	if ((q = p + 4 * D) < m) {
		s = st->items[idx[q]];
		k = kinds[idx[q]];
		if (k == SCT_STMT_TABLE) {
			const sct_list *l = &s->u.table->columns;
			for (int i = 0; i < l->n && i < SCT_PREFETCH_COLUMNS; i++) {
				const sct_column *c = l->items[i];
				__builtin_prefetch(c->name.s);
				__builtin_prefetch(c->type);
				if (c->def)
					__builtin_prefetch(c->def);
			}
		} else if (k == SCT_STMT_INDEX && s->u.index->columns.n) {
			__builtin_prefetch(((const sct_index_col *)s->u.index->columns.items[0])->name.s);
		} else if (k == SCT_STMT_ALTER_TABLE && s->u.alter->actions.n) {
			const sct_alter_action *a = s->u.alter->actions.items[0];
			__builtin_prefetch(a->constraint ? (const void *)a->constraint : (const void *)a->column);
		}
	}
	/* an ALTER TABLE's first action's constraint: its name and columns, the table and columns it references */
	const sct_constraint *c;
	for (int level = 3; level >= 1; level--) {
		if ((q = p + level * D) >= m || kinds[idx[q]] != SCT_STMT_ALTER_TABLE)
			continue;
		s = st->items[idx[q]];
		if (!s->u.alter->actions.n || !(c = ((const sct_alter_action *)s->u.alter->actions.items[0])->constraint))
			continue;
		const sct_list *rc = sct_constraint_ref_columns(c); /* in the side struct (c->more): one level later */
		const sct_qname *rt = sct_constraint_ref_table(c);
		if (level == 3) {
			__builtin_prefetch(c->name.s);
			__builtin_prefetch(c->columns.items);
			if (c->more)
				__builtin_prefetch(c->more);
		} else if (level == 2) {
			if (c->columns.n)
				__builtin_prefetch(c->columns.items[0]);
			__builtin_prefetch(rc->items);
			if (rt)
				sct_prefetch_qname(rt);
		} else {
			if (c->columns.n)
				__builtin_prefetch(((const sct_index_col *)c->columns.items[0])->name.s);
			if (rc->n)
				__builtin_prefetch(rc->items[0]);
			if (rt)
				__builtin_prefetch(rt->name.s);
		}
	}
}

/* fktypes.c: foreign key columns take the referenced column's type where the target cannot compare them */
void sct_conv_align_fk_types(sct_conv *cv);
void sct_conv_fk_mark(sct_conv *cv, int i, const sct_stmt *s);
/* partition.c: a table's partitioning to the target's, or dropped (reported); after its columns are converted */
void sct_conv_partitioning(sct_conv *cv, sct_stmt *s, sct_table *t);
/* mysql_target.c: version-dependent decisions of the MySQL family, run by sct_convert_all */
void sct_conv_mysql(sct_conv *cv);

/* names.c */
/* Fold + shorten one identifier. s must not change while the conversion runs (an arena text, as every name of
 * the AST is): the answer is remembered by s's address. */
const char *sct_conv_name(sct_conv *cv, const char *s, sct_loc loc);
void sct_conv_ident(sct_conv *cv, sct_ident *id);
void sct_conv_qname(sct_conv *cv, sct_qname *q);                       /* object name: fills schema */
const char *sct_conv_key(sct_conv *cv, const sct_qname *q);             /* catalog key of a source name */
/* The same for a lookup: written to buf (cap bytes) when it fits, else to the arena (no garbage per lookup). */
const char *sct_conv_key_in(sct_conv *cv, const sct_qname *q, char *buf, size_t cap);
void sct_conv_use_schema(sct_conv *cv, const char *schema);
const char *sct_conv_map_schema(sct_conv *cv, const char *schema);      /* a converted schema name after --schema-map */
const char *sct_conv_unique_rel(sct_conv *cv, const char *schema, const char *name, sct_loc loc, const void *owner);
void sct_conv_reserve_rel(sct_conv *cv, const char *schema, const char *name, const void *owner);
/* A constraint name unique per schema among the names in `names` (MySQL: foreign key names, and check names
 * from 8.0.16, are unique per database); renamed with a suffix and N002 when taken. */
const char *sct_conv_unique_constraint(sct_conv *cv, sct_hash *names, const char *schema, const char *name, sct_loc loc,
				       const void *owner);

/* exprs.c: a new expression node of kind k at loc (the rest zeroed) */
sct_expr *sct_conv_new_expr(sct_conv *cv, sct_expr_kind k, sct_loc loc);

/* types.c */
int sct_conv_type(sct_conv *cv, sct_type *t, const char *object);      /* 0 ok, -1 unmapped (t->out = "text") */
const sct_type *sct_conv_alias_base(sct_conv *cv, const sct_type *t, int *nullable);
/* Alias types (CREATE TYPE x FROM base) resolved to their base type; inline: asked for every column, and most
 * inputs define no type */
static inline const sct_type *sct_conv_resolve_alias(sct_conv *cv, const sct_type *t, int *nullable)
{
	return cv->ntypes ? sct_conv_alias_base(cv, t, nullable) : t;
}
sct_object *sct_conv_type_object(sct_conv *cv, const sct_type *t); /* the CREATE TYPE t names, or NULL */
int sct_conv_is_int_type(const char *out);                          /* a target integer type text */

/* exprs.c: type classes used to choose operators */
typedef enum sct_tclass { SCT_TC_UNKNOWN, SCT_TC_STRING, SCT_TC_NUMBER, SCT_TC_BOOL, SCT_TC_DATE, SCT_TC_BINARY } sct_tclass;
sct_tclass sct_conv_tclass(sct_conv *cv, const sct_type *t);

/* Name scope for column references: the table being defined, or the FROM items of a query. */
typedef struct sct_scope {
	struct sct_scope *up;
	sct_table *table;         /* DDL context */
	sct_list items;           /* query context: sct_from* of kind TABLE/SUBQUERY */
	sct_list objs;            /* parallel: sct_object* (or NULL) for each item */
	sct_list *deps;           /* where to record referenced objects */
	const char *failed;       /* first reason the expression could not be converted */
	const void *ctes;         /* query.c: the CTE names visible in this query (for subqueries in expressions) */
	int outer;                /* an outer join or OUTER APPLY in this query's FROM: its columns may be NULL */
} sct_scope;

/* Returns the converted expression (may be a new node), or NULL if it cannot be converted (scope->failed
 * says why; an item was added). */
sct_expr *sct_conv_expr(sct_conv *cv, sct_scope *sc, sct_expr *e);
/* json.c: T-SQL JSON functions converted by hand (PostgreSQL); *handled = 0 leaves e to the rules */
sct_expr *sct_conv_json_func(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled);
/* json.c: FOR JSON PATH/AUTO (PostgreSQL). begin checks the clause and copies the query without it (NULL and
 * *why when it cannot be converted); the caller converts sct_json_for_inner; end rewrites the query as
 * SELECT <json text> FROM (<inner>) AS sct_fj (-1 and *why when it cannot). */
typedef struct sct_json_for sct_json_for;
sct_json_for *sct_json_for_begin(sct_conv *cv, sct_query *q, const char **why);
sct_query *sct_json_for_inner(sct_json_for *jf);
int sct_json_for_end(sct_conv *cv, sct_scope *sc, sct_json_for *jf, const char **why);
/* xml.c: FOR XML PATH('') string concatenation. mark: a scalar subquery (and its .value('.', 'nvarchar(max)'))
 * flags its FOR XML query (a message when the method is not convertible); begin, after the FROM items are
 * converted: the mode, or -1 and *why; end, after the rest: the query becomes SELECT string_agg(...) */
const char *sct_xml_mark(sct_conv *cv, sct_expr *e);
int sct_xml_for_begin(sct_conv *cv, sct_scope *sc, sct_query *q, const char **why);
void sct_xml_for_end(sct_conv *cv, sct_query *q, int mode);
/* json.c: OPENJSON(...) [WITH (...)] in FROM rewritten for PostgreSQL: 1 done, 0 not OPENJSON, -1 not convertible (*why) */
int sct_conv_openjson(sct_conv *cv, sct_scope *sc, sct_from *f, const char **why);
/* builtins.c: STRING_SPLIT, PATINDEX, OBJECT_ID(...) IS NULL, FORMAT for PostgreSQL */
int sct_conv_string_split(sct_conv *cv, sct_scope *sc, sct_from *f, const char **why); /* 1 done, 0 not it, -1 no */
void sct_conv_string_split_in(sct_conv *cv, sct_scope *sc, const sct_expr *left, sct_expr *in);
sct_expr *sct_conv_builtin(sct_conv *cv, sct_scope *sc, sct_expr *e, int *done);
sct_expr *sct_conv_object_id_test(sct_conv *cv, sct_scope *sc, sct_expr *e, int *done);
int sct_code_drop_temp_idiom(sct_conv *cv, struct sct_pstmt *p); /* 1: p became DROP TABLE IF EXISTS */
const char *sct_conv_like_regex(sct_conv *cv, const char *pat); /* exprs.c: LIKE pattern as "^regex$" */
sct_expr *sct_conv_bool_literal(sct_conv *cv, sct_expr *e); /* 0/1 literal -> FALSE/TRUE */
sct_column *sct_conv_scope_column(sct_scope *sc, const sct_qname *q);
/* query.c: o (a table, view or function) is read by the view being converted */
void sct_conv_add_dep(sct_conv *cv, sct_scope *sc, sct_object *o);
/* query.c: an ORDER BY key of T-SQL going to PostgreSQL gets NULLS FIRST (ascending) or NULLS LAST
 * (descending), where SQL Server sorts NULLs, unless it cannot be NULL; q: the query whose ORDER BY it is (its
 * select-list aliases), or NULL for OVER / WITHIN GROUP. Call before converting s->expr. */
void sct_conv_sort_nulls(sct_conv *cv, sct_scope *sc, const sct_query *q, sct_sort *s);
int sct_conv_is_property(sct_scope *sc, const sct_qname *q); /* alias.column.property, column.property */
sct_tclass sct_conv_expr_class(sct_conv *cv, sct_scope *sc, const sct_expr *e);
int sct_conv_query(sct_conv *cv, sct_scope *up, sct_query *q, sct_list *deps); /* 0 ok, -1 failed */
const sct_cte *sct_conv_scope_cte(const sct_scope *sc, const char *name); /* query.c: the CTE visible as name */
/* hierarchyid.c: hierarchyid kept as its ToString() text; methods on it rewritten (*handled = 0: not one) */
sct_expr *sct_conv_hierarchyid(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled);
int sct_hier_column(sct_conv *cv, sct_scope *sc, const sct_expr *e);  /* a column (or variable) of type hierarchyid */
sct_tclass sct_hier_class(sct_conv *cv, sct_scope *sc, const sct_expr *e); /* class of a hierarchyid method's result */
int sct_hier_order(sct_conv *cv, const sct_expr *e, sct_loc loc);      /* F151 when e is a hierarchyid value (1) */
void sct_hier_sort(sct_conv *cv, const sct_query *q, const sct_expr *e); /* F151 for an ORDER BY item (alias, ordinal) */
void sct_hier_compare(sct_conv *cv, const sct_expr *a, const sct_expr *b, int order, sct_loc loc); /* a op b: F151, F150 */
int sct_hier_type(sct_conv *cv, const sct_type *t);                    /* t is hierarchyid (or an alias of it) */
int sct_hier_cast(sct_conv *cv, sct_expr *e, sct_tclass from);        /* CAST(s AS hierarchyid): s, F150; -1 binary */
/* spatial.c: .Lat/.Long/.STX/.STY/.STAsBinary() of a geography/geometry column kept as WKB bytea (*handled = 0: not one) */
sct_expr *sct_conv_spatial(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled);
sct_tclass sct_conv_spatial_class(sct_conv *cv, sct_scope *sc, const sct_expr *e); /* number for .Lat ..., else unknown */
int sct_conv_immutable(const sct_expr *e);
/* implicit.c: T-SQL implicit conversions made explicit (*ta, *tb: target type the converted operand is cast to, or
 * NULL), + of strings made || (reported where an operand's type is unknown or CONCAT_NULL_YIELDS_NULL is OFF),
 * case-insensitive string comparisons reported (E005, once per view or routine) */
typedef struct sct_implicit sct_implicit;
void sct_conv_implicit_binary(sct_conv *cv, sct_scope *sc, sct_expr *e, sct_tclass ca, sct_tclass cb,
			      const char **ta, const char **tb);
void sct_conv_implicit_list(sct_conv *cv, sct_scope *sc, sct_expr *e, sct_expr *const *items, int n,
			    const char **ta, const char **ti);
void sct_conv_implicit_like(sct_conv *cv, sct_scope *sc, const sct_expr *e);
sct_expr *sct_conv_implicit_cast(sct_conv *cv, sct_expr *x, const char *type); /* CAST(x AS type); x if type NULL */
const sct_type *sct_conv_decl_type(sct_conv *cv, sct_scope *sc, const sct_expr *e); /* a variable's, column's, CAST's */
/* strings and numbers passed as dates to DATEADD, DATEDIFF, DATEPART, YEAR ... converted as T-SQL does */
void sct_conv_date_args(sct_conv *cv, sct_scope *sc, const char *fn, sct_expr *const *src, sct_expr **args, int nargs);
int sct_conv_concat_null_setting(const char *p, const char *end); /* in SET text: 1 OFF, 0 ON, -1 not set */
sct_tclass sct_conv_routine_class(sct_conv *cv, const sct_qname *fn); /* a user function's return type class */
sct_tclass sct_conv_global_class(const sct_expr *e);                  /* @@ROWCOUNT: number, @@SERVERNAME: string */

/* Report items of the statement being converted (cv->cur, cv->cur_object, cv->cur_objtype). The item returned
 * is valid until the next one is added. */
sct_report_item *sct_conv_item(sct_conv *cv, const char *code, sct_loc loc, const char *msg);
sct_report_item *sct_conv_itemf(sct_conv *cv, const char *code, sct_loc loc, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* The same with the message made when the report is read (sct_report_add_later): fmt has only %s and %%, and
 * args must not change as long as the report (cv->obj_buf, the column being converted, may be one: the item's
 * copy of it is kept instead; the item's object is passed as sct_later_object, so that the columns of one
 * type share a record). For the items raised per column, whose texts were most of the report's memory. */
sct_report_item *sct_conv_item_later(sct_conv *cv, const char *code, sct_loc loc, const char *fmt, int nargs,
				     const char **args);
/* An item raised by a rule: the rule's own severity (sev:) wins over the code's default. */
void sct_conv_rule_item(sct_conv *cv, const sct_rule *r, sct_report_item *it);
/* N006 for T-SQL input file `file`: its "..." at `at` read with QUOTED_IDENTIFIER not set (sct_parse_tsql's
 * return value, when below the file's length) */
void sct_conv_qi_assumed(sct_report *rep, int file, size_t at);
#endif
