/* report.h - the assessment model: items with stable codes, positions and effort; the summary per object type. */
#ifndef SCT_REPORT_H
#define SCT_REPORT_H
#include "sctconv.h"
#include "util/arena.h"
#include "util/linemap.h"
#include "util/strbuf.h"
#include "util/sink.h"
#include "util/list.h"

typedef struct sct_code_info {
	const char *code;
	sct_severity severity;
	const char *category;
	int effort, learning;
	const char *title;
	const char *action;
} sct_code_info;

const sct_code_info *sct_code_find(const char *code);
const sct_code_info *sct_code_table(size_t *n);

/* One source file of the conversion, as the report sees it. */
typedef struct sct_report_file {
	const char *name;
	const char *src;
	size_t len;
	sct_linemap lines;
} sct_report_file;

/* Object types counted in the summary. */
typedef enum sct_objtype {
	SCT_OBJ_SCHEMA, SCT_OBJ_TABLE, SCT_OBJ_COLUMN, SCT_OBJ_CONSTRAINT, SCT_OBJ_FOREIGN_KEY, SCT_OBJ_INDEX, SCT_OBJ_VIEW,
	SCT_OBJ_SEQUENCE, SCT_OBJ_SYNONYM, SCT_OBJ_TYPE, SCT_OBJ_PROCEDURE, SCT_OBJ_FUNCTION, SCT_OBJ_TRIGGER,
	SCT_OBJ_PACKAGE, SCT_OBJ_COMMENT, SCT_OBJ_OTHER, SCT_OBJ__COUNT
} sct_objtype;
extern const char *const sct_objtype_names[SCT_OBJ__COUNT]; /* "schemas", "tables", ... */
extern const char *const sct_objtype_keys[SCT_OBJ__COUNT];  /* JSON keys: "schemas", "foreign_keys", ... */
/* Storage objects (schemas, tables, columns, keys, indexes, sequences, types) vs code objects (views,
 * synonyms, routines); comments and other statements are neither. */
int sct_objtype_is_storage(sct_objtype t);
int sct_objtype_is_code(sct_objtype t);

typedef struct sct_objcount {
	int count;      /* objects of this type in the source */
	int automatic;  /* converted with no item above info */
	int notes;      /* converted, with warnings a person should read */
	int manual;     /* not converted: carried as a comment */
	int in_target;  /* emitted into the target DDL */
	int items;      /* report items attributed to objects of this type */
	int effort;     /* their per-occurrence effort in minutes */
	int lines;      /* source lines of the statements that define objects of this type */
} sct_objcount;

/* Complexity of an object by its per-occurrence effort: simple < 2 h, medium 2-6 h, significant > 6 h. */
typedef enum sct_complexity { SCT_CPLX_SIMPLE, SCT_CPLX_MEDIUM, SCT_CPLX_SIGNIFICANT } sct_complexity;
#define SCT_CPLX_MEDIUM_MINUTES 120
#define SCT_CPLX_SIGNIFICANT_MINUTES 360
extern const char *const sct_complexity_names[3]; /* "simple", "medium", "significant" */

/* One assessed object: a source statement with everything it defines (a table with its columns). Kept
 * narrow (12 bytes, one per statement): objects[i] is of statement i (sct_report_object_stmt), and its file,
 * first line and number of lines come from the statement when a writer asks (sct_report_object_lines). */
typedef struct sct_report_object {
	int items, effort;         /* items located in the statement, their per-occurrence effort */
	unsigned char type;        /* sct_objtype */
	unsigned char max_severity; /* 0 when no items */
	unsigned char complexity;  /* sct_complexity */
} sct_report_object;

/* Items of one code: the action list (AWS SCT's "action items"). */
typedef struct sct_code_total {
	const char *code;
	const sct_code_info *info; /* NULL for a code the table does not define */
	sct_severity severity;     /* the highest severity among its items */
	const char *category;
	int count, effort, learning; /* minutes: effort summed over items; learning once */
} sct_code_total;

typedef struct sct_category_total {
	const char *category;
	int count, effort, learning;
} sct_category_total;

typedef struct sct_rate {
	int count, automatic, converted; /* converted = automatic + with notes */
} sct_rate;

/* The assessment derived from the items and statements (sct_report_summarize). */
typedef struct sct_summary {
	int sev[4];                /* items by severity (index 1..3) */
	int effort, learning;      /* minutes: per occurrence, and learning once per distinct code */
	int lines;                 /* source lines of all input files */
	sct_rate storage, code;
	sct_report_object *objects;
	int nobjects;
	const sct_list *stmts;     /* the statements summarized: objects[i] is of stmts->items[i] */
	int unowned;               /* items outside every statement (counted under other statements) */
	int manual_statements;     /* statements not converted (status manual) */
	int by_complexity[3];      /* objects per complexity */
	sct_complexity complexity; /* of the migration as a whole */
	const char *explanation;   /* why, in one or two sentences */
	sct_code_total *codes;     /* by total effort (effort + learning), then count, descending */
	int ncodes;
	sct_category_total *cats;  /* by total effort, descending */
	int ncats;
} sct_summary;

/* A code's entry in the report's code list, remembered by the code string's address: items use a few codes,
 * mostly string literals, and a code string lives as long as the items that point to it. */
typedef struct sct_code_memo {
	const char *code;
	int at;                       /* in sct_report.codes */
} sct_code_memo;
#define SCT_CODE_MEMO_SIZE 64

/* An item as the report keeps it (32 bytes): the public sct_item's other fields are made from these when
 * the item is read (sct_report_item_view): code, category and action from the report's code list; file
 * name, line, column and snippet from the file and the position; a message given as a format
 * (sct_report_add_later) is formatted then. */
typedef struct sct_report_item {
	const char *msg;           /* the message, or (later set) its sct_report_later record */
	const char *object;        /* "" when none */
	sct_loc loc;               /* byte offset in the file */
	int file;                  /* input file index, -1 for none */
	int effort;                /* minutes per occurrence */
	unsigned code : 20;        /* in r->codes */
	unsigned objtype : 8;      /* in r->objtypes */
	unsigned severity : 2;     /* sct_severity */
	unsigned later : 1;        /* msg is a sct_report_later record */
} sct_report_item;

/* A message made when it is read: fmt with each %s replaced by the next of args (only %s and %%). */
typedef struct sct_report_later {
	const char *fmt;
	const char *args[];
} sct_report_later;

/* A code of the report's items, with what the code table and the rules say of it. */
typedef struct sct_report_code {
	const char *code;
	const sct_code_info *info; /* NULL for a code the table does not define */
	int effort, learn;         /* the rules' overrides, -1 for none */
} sct_report_code;

/* The items, in one array (in source order once sct_report_sort has run), malloc'd: sct_report_release gives
 * it back. n is a mark: converters note it and may cut the items back to it. */
typedef struct sct_report_items {
	sct_report_item *at;
	int n, cap;
} sct_report_items;

/* Items by position, to find the items of a statement: built once, O(log n) per lookup; malloc'd (16 bytes
 * an item), given back with sct_item_index_free. */
typedef struct sct_item_ref {
	int file;
	sct_loc loc;
	int seq;                   /* the item's number in r->items when built */
	int owner;                 /* free for the user (statement number + 1, "shown" flag, ...) */
} sct_item_ref;
typedef struct sct_item_index {
	sct_item_ref *refs;        /* by file, loc, seq */
	int n;
	int hint;                  /* the last lookup's answer: where the next one starts */
} sct_item_index;
#define SCT_REPORT_OBJTYPES 256
#define SCT_REPORT_CODES (1 << 20)
typedef struct sct_report {
	sct_arena *a;
	const char *source, *target;
	sct_report_file *files;
	int nfiles;
	sct_report_items items;
	sct_objcount summary[SCT_OBJ__COUNT];
	int statements;
	sct_summary sum;                   /* filled by sct_report_summarize */
	/* the item numbers by file and position, as sct_report_summarize found them (nby_pos of them): the
	 * order sct_report_sort puts the items in (malloc'd, given back by it) */
	int *by_pos;
	int nby_pos;
	/* effort overrides from rules: looked up through this callback when set */
	int (*effort_of)(void *ctx, const char *code, int *effort, int *learn);
	void *effort_ctx;
	sct_report_code *codes;            /* the items' codes, one entry per distinct text */
	int ncodes, codes_cap;
	const char *objtypes[SCT_REPORT_OBJTYPES]; /* the items' object types, one entry per distinct text */
	int nobjtypes;
	const char *recent[64];            /* message texts made lately: an equal one shares the copy */
	struct sct_report_later *recent_later[64]; /* later messages made lately: one of the same strings is shared */
	sct_code_memo memo[SCT_CODE_MEMO_SIZE]; /* of the codes of the items added */
} sct_report;

/* Add an item. `msg` may be NULL to use the code's title. Returns the item, valid until the next item is
 * added (the array grows). */
sct_report_item *sct_report_add(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
				const char *object_type, const char *msg);
sct_report_item *sct_report_addf(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
				 const char *object_type, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* The same with the message fmt (only %s and %%) over nargs strings, formatted when the item is read (as
 * printf would into 1024 bytes): every string must stay unchanged as long as the report. An argument
 * sct_later_object stands for the item's object: items that differ only in it share their message's record. */
extern const char sct_later_object[];
sct_report_item *sct_report_add_later(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
				      const char *object_type, const char *fmt, int nargs, const char *const *args);
/* Give back what the report holds outside its arena (the items, the positions summarized). */
void sct_report_release(sct_report *r);
/* Add a copy of x (an item taken out with the items cut back to a mark). */
sct_report_item *sct_report_add_copy(sct_report *r, const sct_report_item *x);
/* A message text to keep: s (n bytes), copied, or the copy of an equal text made lately. */
const char *sct_report_message_text(sct_report *r, const char *s, size_t n);
/* Highest severity of the items added since mark (index into items). */
int sct_report_max_severity(const sct_report *r, int mark);
void sct_report_sort(sct_report *r);
/* Learning minutes of a code: the table's, or a rules file's `code ... learn:N`. */
int sct_report_learning(const sct_report *r, const char *code);
static inline const char *sct_report_item_code(const sct_report *r, const sct_report_item *x)
{
	return r->codes[x->code].code;
}

/* An item's public form, made when it is read: the texts made for it (a later message, the snippet) are in
 * the scratch, valid until its next use. Line lookups start from the last one (items in source order). */
typedef struct sct_item_scratch {
	char msg[1024];
	char snip[256];            /* a snippet has at most 200 bytes */
	uint32_t hint;             /* line of the last item viewed in file hint_file */
	int hint_file;
	const char *kept;          /* the last snippet sct_report_item_keep copied */
} sct_item_scratch;
void sct_item_scratch_init(sct_item_scratch *s);
void sct_report_item_view(const sct_report *r, const sct_report_item *x, sct_item_scratch *s, sct_item *out);
/* The same for the API, to keep: the texts made for it copied to the arena (a snippet equal to the last one
 * kept with s is shared). */
void sct_report_item_keep(sct_report *r, const sct_report_item *x, sct_item_scratch *s, sct_item *out);
/* The message alone (in s->msg when it is made). */
const char *sct_report_item_message(const sct_report *r, const sct_report_item *x, sct_item_scratch *s);
/* The item's line and column (0 and 0 without a file). */
void sct_report_item_line(const sct_report *r, const sct_report_item *x, sct_item_scratch *s, int *line, int *col);

void sct_item_index_build(sct_item_index *x, const sct_report *r);
void sct_item_index_free(sct_item_index *x);
/* The refs of items in [loc, end) of file: returns the count, *first the index of the first. */
int sct_item_index_range(sct_item_index *x, int file, sct_loc loc, sct_loc end, int *first);

/* summary.c: fill r->summary, r->statements and r->sum from the converted statements and the items. */
void sct_report_summarize(sct_report *r, const sct_list *stmts);
/* An object's name ("schema.name", the routine, the verb of another statement), made when a writer asks
 * (not kept per object: most conversions write no report that lists them). */
const char *sct_report_object_name(const sct_report *r, const sct_report_object *o);
/* The same in two parts, nothing allocated: the name, and in *schema its schema (NULL when none). */
const char *sct_report_object_name_parts(const sct_report *r, const sct_report_object *o, const char **schema);
static inline const sct_stmt *sct_report_object_stmt(const sct_report *r, const sct_report_object *o)
{
	return r->sum.stmts->items[o - r->sum.objects];
}
/* An object's file index (-1 none), first line (0 without a file) and number of lines (1 without text).
 * *hint: the line of the last answer (start with 0; objects are read in source order). */
void sct_report_object_lines(const sct_report *r, const sct_report_object *o, uint32_t *hint, int *file,
			     int *line, int *lines);

/* For a writer's pass over the objects: asks for the statement and its object some objects ahead of i, as
 * their names are read through them (each a cache miss in a big arena). Hints only. Inline: GCC drops the
 * call of a function that only prefetches. */
static inline __attribute__((always_inline)) void sct_report_object_prefetch(const sct_summary *m, int i)
{
	if (i + 16 < m->nobjects)
		__builtin_prefetch(m->stmts->items[i + 16]);
	if (i + 8 < m->nobjects)
		__builtin_prefetch(((const sct_stmt *)m->stmts->items[i + 8])->u.any);
}

/* Writers (json.c, text.c, html.c, csv.c). Each needs sct_report_summarize first: everything a writer puts
 * before the objects and items (counts, summaries, the code list) is known then, so every byte is final when
 * written. With k NULL the whole report is left in out; with k set, what out holds goes to k as it grows
 * (util/sink.h: each row of the lists is followed by sct_sink_flush) and the writer stops when k's write
 * fails; the caller passes the rest (sct_sink_pass). */
void sct_report_json(const sct_report *r, sct_buf *out, sct_sink *k);
void sct_report_text(const sct_report *r, sct_buf *out, sct_sink *k);
void sct_report_html(const sct_report *r, sct_buf *out, sct_sink *k);
void sct_report_csv(const sct_report *r, sct_buf *out, sct_sink *k);
/* codes_doc.c: the code table as Markdown (docs/report-codes.md) and one code explained as text. */
void sct_codes_markdown_write(sct_buf *out);
int sct_code_explain_write(const char *code, sct_buf *out); /* -1 unknown code */
/* Shared by the writers */
const char *sct_severity_name(sct_severity s);               /* "info", "warning", "error" */
/* The lines around line of file (before and after it), without the last line end. */
void sct_report_source_lines(const sct_report *r, int file, int line, int before, int after, int *first_line,
			     const char **text, size_t *len);
#endif
