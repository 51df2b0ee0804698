/* builtin.h - the shipped rules files, compiled into the library by tools/embed.c. */
#ifndef SCT_RULES_BUILTIN_H
#define SCT_RULES_BUILTIN_H
#include <stddef.h>

typedef struct sct_builtin_rules {
	const char *name;   /* file name, e.g. "mssql-postgres.rules" */
	const char *text;
	size_t len;
} sct_builtin_rules;

extern const sct_builtin_rules sct_builtin_rules_table[]; /* ends with a {0} entry */
#endif
