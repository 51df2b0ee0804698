/* report.h - the assessment model: items with stable codes, positions and effort; the summary per object type. */
#ifndef SCT_REPORT_H
#define SCT_REPORT_H
#include "sctconv.h"
#include "util/arena.h"
#include "util/linemap.h"
#include "util/strbuf.h"
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
	SCT_OBJ_SCHEMA, SCT_OBJ_TABLE, SCT_OBJ_COLUMN, SCT_OBJ_CONSTRAINT, SCT_OBJ_INDEX, SCT_OBJ_VIEW,
	SCT_OBJ_SEQUENCE, SCT_OBJ_SYNONYM, SCT_OBJ_TYPE, SCT_OBJ_PROCEDURE, SCT_OBJ_FUNCTION, SCT_OBJ_TRIGGER,
	SCT_OBJ_PACKAGE, SCT_OBJ_COMMENT, SCT_OBJ_OTHER, SCT_OBJ__COUNT
} sct_objtype;
extern const char *const sct_objtype_names[SCT_OBJ__COUNT]; /* "schemas", "tables", ... */

typedef struct sct_objcount {
	int count;      /* objects of this type in the source */
	int automatic;  /* converted with no item above info */
	int notes;      /* converted, with warnings a person should read */
	int manual;     /* not converted: carried as a comment */
	int in_target;  /* emitted into the target DDL */
} sct_objcount;

typedef struct sct_report {
	sct_arena *a;
	const char *source, *target;
	sct_report_file *files;
	int nfiles;
	sct_list items;                    /* sct_item* */
	sct_objcount summary[SCT_OBJ__COUNT];
	int statements;
	/* effort overrides from rules: looked up through this callback when set */
	int (*effort_of)(void *ctx, const char *code, int *effort, int *learn);
	void *effort_ctx;
} sct_report;

/* Add an item. `msg` may be NULL to use the code's title. Returns the item (arena-owned). */
sct_item *sct_report_add(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
			 const char *object_type, const char *msg);
sct_item *sct_report_addf(sct_report *r, const char *code, int file, sct_loc loc, const char *object,
			  const char *object_type, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* Highest severity of the items added since mark (index into items). */
int sct_report_max_severity(const sct_report *r, int mark);
void sct_report_sort(sct_report *r);
void sct_report_json(const sct_report *r, sct_buf *out);
#endif
