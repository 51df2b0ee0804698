/* parse.h - entry points of the source parsers: bytes of one script in, a list of sct_stmt out. */
#ifndef SCT_PARSE_H
#define SCT_PARSE_H
#include <stddef.h>
#include "sctconv/ast.h"
#include "util/arena.h"

/*
 * Parse one T-SQL script. `src` is UTF-8 (already decoded by the caller; BOM removed), `len` bytes long,
 * with src[len] == '\0' (NUL bytes may also occur inside). Every statement found is appended to `out`
 * as an sct_stmt* in source order, with file = file_index. Never fails and never stops early: a statement
 * that does not parse becomes SCT_STMT_UNPARSED with `error` (a message, no position) and `error_loc`
 * (byte offset of the offending token), and parsing goes on with the next statement.
 * Returns the offset of the script's first "..." when it comes before any SET QUOTED_IDENTIFIER (or
 * ANSI_DEFAULTS) of the script: it is read as a quoted name (ON, as SSMS and the drivers connect), though
 * sqlcmd without -I would read it as a string literal. Returns len when there is none.
 * *hierarchyid (unless NULL) is set to 1 when a type named hierarchyid is parsed (a column's, an alias type's
 * base, a CAST's ...), else left alone: without one, no column of the script is of that type (hierarchyid.c).
 */
size_t sct_parse_tsql(sct_arena *a, const char *src, size_t len, int file_index, sct_list *out, int *hierarchyid);

/* Parse one Oracle script (SQL*Plus conventions: ';' ends SQL, '/' alone on a line ends PL/SQL units; SQL*Plus
 * commands become SCT_STMT_OTHER). Same contract as sct_parse_tsql (no return value: "..." is always a name);
 * batch counts '/' lines. */
void sct_parse_oracle(sct_arena *a, const char *src, size_t len, int file_index, sct_list *out);

/* Maximum nesting of parentheses/expressions before a statement is rejected with a clear error. */
#define SCT_MAX_DEPTH 1000
#endif
