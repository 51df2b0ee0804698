/* helpers.h - helper functions the PostgreSQL output creates for converted code, in the schema sctconv_ext
 * (the tool's own "extension pack", as AWS SCT ships one): each is emitted only when some converted
 * expression calls it, once, with the helpers it calls, right after the schemas (before tables, views and
 * routines that may use it). An INFO item H001 names each helper at its first use. */
#ifndef SCT_HELPERS_H
#define SCT_HELPERS_H
#include "convert.h"

#define SCT_HELPER_SCHEMA "sctconv_ext"

/* The converted code calls sctconv_ext.<name>: record it (and what it needs) for the emitter; H001 at loc
 * the first time. Returns the qualified name to call ("sctconv_ext.name"), or NULL for an unknown helper. */
const char *sct_helper_use(sct_conv *cv, const char *name, sct_loc loc);
/* The statements to emit, in order (the CREATE SCHEMA first): their number, and the text of the i-th. */
int sct_helper_count(const sct_conv *cv);
const char *sct_helper_sql(const sct_conv *cv, int i);
#endif
