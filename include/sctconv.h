/*
 * sctconv.h - public C API of libsctconv: convert database schema scripts between SQL dialects and get
 * the assessment report as data.
 *
 * Conventions (libgit2's): opaque handles, int return codes (0 ok, negative error), out-parameters first,
 * sct_error_last() for a readable message of the last error on this thread, a sct_*_free for everything
 * the library allocates, versioned option structs initialised with an _INIT macro.
 */
#ifndef SCTCONV_H
#define SCTCONV_H

#include <stddef.h>
#include "sctconv/ast.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SCT_VERSION_STRING "0.1.0"
#define SCT_VERSION_MAJOR 0
#define SCT_VERSION_MINOR 1
#define SCT_VERSION_PATCH 0

/* Marks the public API: the shared library is built with -fvisibility=hidden and exports only these. */
#if defined(_WIN32)
#define SCT_EXTERN(type) extern type
#elif defined(__GNUC__)
#define SCT_EXTERN(type) extern __attribute__((visibility("default"))) type
#else
#define SCT_EXTERN(type) extern type
#endif

/* Return codes */
enum {
	SCT_OK = 0,
	SCT_ERROR = -1,        /* generic failure, see sct_error_last() */
	SCT_EUSAGE = -2,       /* bad argument: unknown dialect, engine or version, bad option */
	SCT_ERULES = -3,       /* a rules file has a bad line */
	SCT_EIO = -4           /* a file could not be read or written */
};

/* Readable message of the last error on this thread ("" when none). */
SCT_EXTERN(const char *) sct_error_last(void);

/* The library's version (may differ from SCT_VERSION_* the program was compiled with). Always SCT_OK. */
SCT_EXTERN(int) sct_libversion(int *major, int *minor, int *patch);

/* source, target, rules: reusable for many conversions. Once its rules are added, one session may be
 * used by several threads at once; every other object belongs to one thread at a time. */
typedef struct sct_session sct_session;
typedef struct sct_result sct_result;    /* the outcome of one conversion */

/* Engines by number: the alternative to naming them in sct_options.source/target. */
typedef enum sct_engine {
	SCT_ENGINE_NONE = 0,        /* not set: use the name */
	SCT_ENGINE_MSSQL,
	SCT_ENGINE_POSTGRES,
	SCT_ENGINE_AURORA_POSTGRES,
	SCT_ENGINE_MYSQL,
	SCT_ENGINE_MARIADB,
	SCT_ENGINE_AURORA_MYSQL
} sct_engine;
/* The name sct_options.source/target take for an engine ("postgres"), or NULL for an unknown value. */
SCT_EXTERN(const char *) sct_engine_name(sct_engine e);

/* 2 added threads, 3 ddl_write and ddl_payload; version-1 and version-2 structs (without them) are still accepted */
#define SCT_OPTIONS_VERSION 3
typedef struct sct_options {
	unsigned int version;       /* SCT_OPTIONS_VERSION */
	const char *source;         /* "mssql", ... */
	const char *target;         /* "postgres", "postgres:12", "aurora-postgres:15", ... */
	int keep_case;              /* keep identifier case (quoted) instead of folding to lower case */
	int no_validate;            /* skip the libpg_query check of emitted PostgreSQL */
	const char *default_schema; /* schema for unqualified names; NULL: the source's default (dbo for mssql) */
	sct_engine source_engine;   /* used when source is NULL */
	sct_engine target_engine;   /* used when target is NULL */
	int target_version;         /* major version for target_engine; 0: the engine's default */
	int annotate;               /* comments above converted DDL naming its report items: SCT_ANNOTATE_* */
	const char *schema_map;     /* "from=to[,from=to...]": source schemas merged into target schemas (MySQL:
	                               databases); NULL: none */
	int result_sets;            /* procedures returning result sets (PostgreSQL): SCT_RESULT_SETS_* */
	int threads;                /* 0: automatic (the libpg_query check on a second thread when the process may
	                               use 2 CPUs), 1: one thread, 2 or more: a second thread even on one CPU */
	/* NULL: the result holds the whole DDL (sct_result_ddl). Set: the DDL is passed to ddl_write instead, in
	 * order, in chunks of any size (never empty), each final (none is taken back or changed), while sct_convert
	 * runs, on the thread that called it, with ddl_payload as payload; the result then holds no DDL
	 * (sct_result_ddl gives "" and length 0), so the whole DDL is never in memory. ddl_write returns 0 when
	 * the chunk was written; anything else stops the writing: it is not called again, the conversion still
	 * finishes (report, items, statements), and sct_convert returns SCT_EIO with *out set to that result
	 * (free it) and sct_error_last() saying so. */
	int (*ddl_write)(void *payload, const char *data, size_t len);
	void *ddl_payload;
} sct_options;
#define SCT_OPTIONS_INIT { SCT_OPTIONS_VERSION, NULL, NULL, 0, 0, NULL, SCT_ENGINE_NONE, SCT_ENGINE_NONE, 0, \
			  SCT_ANNOTATE_ERRORS, NULL, SCT_RESULT_SETS_REFCURSOR, 0, NULL, NULL }
/* sct_options.annotate: which items are named in a comment above the statement they concern */
enum { SCT_ANNOTATE_ERRORS = 0 /* warnings and errors */, SCT_ANNOTATE_NONE = 1, SCT_ANNOTATE_ALL = 2 };
/* sct_options.result_sets: a procedure's result sets through INOUT refcursor parameters (default), or, when
 * its only output is one result set, a FUNCTION ... RETURNS TABLE (others keep the refcursor style) */
enum { SCT_RESULT_SETS_REFCURSOR = 0, SCT_RESULT_SETS_TABLE = 1 };

SCT_EXTERN(int) sct_session_new(sct_session **out, const sct_options *opts);
SCT_EXTERN(void) sct_session_free(sct_session *s);
/* Add a user's rules file (or text); its rules win over the built-in ones. SCT_ERULES on a bad line. */
SCT_EXTERN(int) sct_session_add_rules_file(sct_session *s, const char *path);
SCT_EXTERN(int) sct_session_add_rules_text(sct_session *s, const char *name, const char *text, size_t len);
/* 1 when source and target are the same engine (nothing to convert), else 0. */
SCT_EXTERN(int) sct_session_same_engine(const sct_session *s);

/* One input script. `data` need not be NUL-terminated; UTF-8 (with or without BOM) or UTF-16 with BOM. */
typedef struct sct_input {
	const char *name;           /* file name used in messages and the report */
	const char *data;
	size_t len;
} sct_input;

/* Convert one or more scripts together (one migration: names resolve across them). The result refers to the
 * session's rules: free the result before the session (sct_result_free, then sct_session_free). On an error
 * *out is NULL, except for SCT_EIO from sct_options.ddl_write: then *out is the finished result, to free. */
SCT_EXTERN(int) sct_convert(sct_result **out, const sct_session *s, const sct_input *inputs, size_t ninputs);
/* Read the files and convert them together. SCT_EIO when a file cannot be read (*out NULL), or as above. */
SCT_EXTERN(int) sct_convert_files(sct_result **out, const sct_session *s, const char *const *paths, size_t npaths);
SCT_EXTERN(void) sct_result_free(sct_result *r);

/* The converted DDL (NUL-terminated, owned by the result); "" (length 0) when it went to sct_options.ddl_write. */
SCT_EXTERN(const char *) sct_result_ddl(const sct_result *r, size_t *len);

typedef enum sct_severity { SCT_SEV_INFO = 1, SCT_SEV_WARNING = 2, SCT_SEV_ERROR = 3 } sct_severity;

/* One assessment item: something a person should know or do. */
typedef struct sct_item {
	const char *code;           /* stable code, e.g. "T101" */
	sct_severity severity;
	int effort_minutes;
	const char *category;       /* "type", "function", "syntax", "code", ... */
	const char *object;         /* "schema.table.column", routine name, or "" */
	const char *object_type;    /* "table", "view", "procedure", ... */
	const char *file;
	int line, col;              /* 1-based position in file */
	const char *message;
	const char *action;         /* what a person should do */
	const char *snippet;        /* the source line(s) */
} sct_item;

/* The items, in source order. The array is owned by the result; it is made on the first call (the result keeps
 * its items in a narrower form: this makes every item's sct_item with its message and snippet texts, ~170 bytes
 * an item, ~60 MB at 100 MB of input): a caller that only walks the items can use the three below instead. */
SCT_EXTERN(const sct_item *) sct_result_items(const sct_result *r, size_t *count);
/* The number of items, and item i (0-based, source order; NULL when i is out of range), owned by the result:
 * the pointer stays valid, and the same for the same i, until sct_result_free. Items are made when first asked
 * for, 1024 at a time (when sct_result_items was called first, sct_result_item(r, i) is its array's entry i).
 * Reading items changes the result: like every call on a result, these need it to be used by one thread at a
 * time (two threads reading items of one result at once must hold a lock of their own). */
SCT_EXTERN(size_t) sct_result_item_count(const sct_result *r);
SCT_EXTERN(const sct_item *) sct_result_item(const sct_result *r, size_t i);
/* The code of item i without making the item (NULL when i is out of range); the string lives as long as the
 * result. For a caller that looks for some codes among many items. */
SCT_EXTERN(const char *) sct_result_item_code(const sct_result *r, size_t i);
/* 0: everything converted; 1: some input was not converted or needs a person. */
SCT_EXTERN(int) sct_result_status(const sct_result *r);

typedef enum sct_report_format { SCT_REPORT_JSON, SCT_REPORT_TEXT, SCT_REPORT_HTML, SCT_REPORT_CSV } sct_report_format;
/* Render the report into a new buffer; free it with sct_buffer_free. */
SCT_EXTERN(int) sct_result_report(char **out, size_t *len, const sct_result *r, sct_report_format format);
/* Render the report and hand it to write as it is rendered, so that the whole report is never in memory (it is
 * ~3x the input as JSON or HTML): in order, in chunks of any size (about 128 KB; never empty), on the calling
 * thread, with payload. Their concatenation is byte for byte what sct_result_report gives. write returns 0 when
 * the chunk was written; anything else stops the rendering: write is not called again and this returns SCT_EIO
 * with sct_error_last() saying so. SCT_EUSAGE (nothing written) for an unknown format or a NULL r or write. */
SCT_EXTERN(int) sct_result_report_write(const sct_result *r, sct_report_format format,
					int (*write)(void *payload, const char *data, size_t len), void *payload);
SCT_EXTERN(void) sct_buffer_free(char *buf);
/* What a report code means (severity, category, effort, title, recommended action) as text in a new
 * buffer; SCT_EUSAGE for an unknown code. */
SCT_EXTERN(int) sct_code_explain(char **out, size_t *len, const char *code);
/* Every report code as a Markdown document (docs/report-codes.md is this, generated). */
SCT_EXTERN(int) sct_codes_markdown(char **out, size_t *len);

/* Read-only walk of the parsed (and converted) statements. */
SCT_EXTERN(size_t) sct_result_stmt_count(const sct_result *r);
SCT_EXTERN(const sct_stmt *) sct_result_stmt(const sct_result *r, size_t i);

#ifdef __cplusplus
}
#endif
#endif
