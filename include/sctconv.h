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

/* Return codes */
enum {
	SCT_OK = 0,
	SCT_ERROR = -1,        /* generic failure, see sct_error_last() */
	SCT_EUSAGE = -2,       /* bad argument: unknown dialect, engine or version, bad option */
	SCT_ERULES = -3,       /* a rules file has a bad line */
	SCT_EIO = -4           /* a file could not be read or written */
};

/* Readable message of the last error on this thread ("" when none). */
const char *sct_error_last(void);

typedef struct sct_session sct_session;  /* source, target, rules: reusable for many conversions */
typedef struct sct_result sct_result;    /* the outcome of one conversion */

#define SCT_OPTIONS_VERSION 1
typedef struct sct_options {
	unsigned int version;       /* SCT_OPTIONS_VERSION */
	const char *source;         /* "mssql", ... */
	const char *target;         /* "postgres", "postgres:12", "aurora-postgres:15", ... */
	int keep_case;              /* keep identifier case (quoted) instead of folding to lower case */
	int no_validate;            /* skip the libpg_query check of emitted PostgreSQL */
	const char *default_schema; /* schema for unqualified names; NULL: the source's default (dbo for mssql) */
} sct_options;
#define SCT_OPTIONS_INIT { SCT_OPTIONS_VERSION, NULL, NULL, 0, 0, NULL }

int sct_session_new(sct_session **out, const sct_options *opts);
void sct_session_free(sct_session *s);
/* Add a user's rules file (or text); its rules win over the built-in ones. SCT_ERULES on a bad line. */
int sct_session_add_rules_file(sct_session *s, const char *path);
int sct_session_add_rules_text(sct_session *s, const char *name, const char *text, size_t len);
/* 1 when source and target are the same engine (nothing to convert), else 0. */
int sct_session_same_engine(const sct_session *s);

/* One input script. `data` need not be NUL-terminated; UTF-8 (with or without BOM) or UTF-16 with BOM. */
typedef struct sct_input {
	const char *name;           /* file name used in messages and the report */
	const char *data;
	size_t len;
} sct_input;

/* Convert one or more scripts together (one migration: names resolve across them). */
int sct_convert(sct_result **out, sct_session *s, const sct_input *inputs, size_t ninputs);
/* Read the files and convert them together. SCT_EIO when a file cannot be read. */
int sct_convert_files(sct_result **out, sct_session *s, const char *const *paths, size_t npaths);
void sct_result_free(sct_result *r);

/* The converted DDL (NUL-terminated, owned by the result). */
const char *sct_result_ddl(const sct_result *r, size_t *len);

typedef enum sct_severity { SCT_SEV_INFO = 1, SCT_SEV_WARNING = 2, SCT_SEV_ERROR = 3 } sct_severity;

/* One assessment item: something a person should know or do. */
typedef struct sct_item {
	const char *code;           /* stable code, e.g. "T101" */
	sct_severity severity;
	const char *category;       /* "type", "function", "syntax", "code", ... */
	const char *object;         /* "schema.table.column", routine name, or "" */
	const char *object_type;    /* "table", "view", "procedure", ... */
	const char *file;
	int line, col;              /* 1-based position in file */
	const char *message;
	const char *action;         /* what a person should do */
	int effort_minutes;
	const char *snippet;        /* the source line(s) */
} sct_item;

/* The items, in source order. The array is owned by the result. */
const sct_item *sct_result_items(const sct_result *r, size_t *count);
/* 0: everything converted; 1: some input was not converted or needs a person. */
int sct_result_status(const sct_result *r);

typedef enum sct_report_format { SCT_REPORT_JSON, SCT_REPORT_TEXT, SCT_REPORT_HTML, SCT_REPORT_CSV } sct_report_format;
/* Render the report into a new buffer; free it with sct_buffer_free. */
int sct_result_report(char **out, size_t *len, const sct_result *r, sct_report_format format);
void sct_buffer_free(char *buf);

/* Read-only walk of the parsed (and converted) statements. */
size_t sct_result_stmt_count(const sct_result *r);
const sct_stmt *sct_result_stmt(const sct_result *r, size_t i);

#ifdef __cplusplus
}
#endif
#endif
