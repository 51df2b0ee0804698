/* rules.h - data-driven conversion rules: source types/functions/keywords -> target text.
 *
 * Rule tables are text (the files rules/NAME.rules, compiled into the library, plus user files loaded at run time);
 * the format is documented in docs/rules.md. All memory comes from the session arena given to
 * sct_rules_new(); rules and everything they point to live as long as that arena.
 *
 * Lookup order: rules loaded later win over rules loaded earlier (user files over the built-in ones);
 * within one file the first rule (in file order) whose pattern and guard match wins.
 */
#ifndef SCT_RULES_H
#define SCT_RULES_H
#include <stddef.h>
#include <stdint.h>
#include "util/arena.h"

typedef struct sct_rules sct_rules; /* all rules of a session, in an arena */

/* rule kinds */
enum {
	SCT_RULE_TYPE = 1,  /* type  name(params) -> target type text        */
	SCT_RULE_FUNC,      /* func  name(args)   -> target expression template */
	SCT_RULE_KEYWORD,   /* keyword name       -> target text (niladic keywords, @@globals) */
	SCT_RULE_CODE,      /* code  XNNN effort:N learn:N (effort tuning only; never returned by a match) */
};

/* rule actions */
enum {
	SCT_RULE_MAP = 0,   /* replace by the template */
	SCT_RULE_MANUAL,    /* !manual: cannot convert; keep the source as a comment and report */
	SCT_RULE_DROP,      /* !drop: omit and report */
};

/* severities: the public sct_severity values (SCT_SEV_INFO/WARNING/ERROR), plus none */
#include "sctconv.h"
#define SCT_SEV_NONE 0
#define SCT_SEV_WARN SCT_SEV_WARNING

/*
 * One segment of a compiled template (func and keyword rules). Emit the segments in order:
 *   arg >= 0            the converted argument number `arg` (0-based) of the call;
 *   arg == SCT_TSEG_TEXT  literal text: `text`, `len` bytes (not NUL-terminated in general);
 *   arg == SCT_TSEG_ALL   the arguments from index `len` to the last one, joined by ", " (nothing
 *                         when there are none); `text` is NULL. Produced by `{...}`.
 *   arg == SCT_TSEG_ORDER " ORDER BY ..." of the call's WITHIN GROUP (nothing without one). `{order}`.
 * The converter inserts each argument's text as is: templates carry their own parentheses.
 */
#define SCT_TSEG_TEXT (-1)
#define SCT_TSEG_ALL  (-2)
#define SCT_TSEG_ORDER (-3)
typedef struct sct_tseg {
	int arg;
	const char *text;
	size_t len;
} sct_tseg;

typedef struct sct_rule {
	int kind;                   /* SCT_RULE_TYPE, SCT_RULE_FUNC, SCT_RULE_KEYWORD */
	int action;                 /* SCT_RULE_MAP, SCT_RULE_MANUAL, SCT_RULE_DROP */
	const char *name;           /* source name, lower case ("nvarchar", "dateadd", "@@spid") */
	const char *text;           /* the target template as written (NULL for !manual / !drop) */
	const sct_tseg *segs;       /* compiled template of func and keyword rules; NULL for type rules */
	int nsegs;                  /*   (type rules: use sct_rules_expand_type) */
	int nparams;                /* number of parameters/arguments in the pattern (without `...`) */
	int variadic;               /* 1 if the pattern ends with `...` */
	int severity;               /* SCT_SEV_*: 0 none, 1 info, 2 warn, 3 error */
	const char *code, *note;    /* report code ("T101") and note; NULL when absent */
	int effort;                 /* minutes per occurrence, -1 when absent */
	const char *file;           /* file the rule came from ("mssql-postgres.rules") */
	int line;                   /* 1-based line in that file */
	const struct sct_rule_impl *impl; /* private: pattern, guard, type template */
} sct_rule;

/*
 * A session's rule set. `source` is the source dialect ("mssql"), `target_engine` the target engine
 * ("postgres", "aurora-postgres", "mysql", "mariadb", "aurora-mysql"), `target_version` the target
 * version encoded major*1000000 + minor*1000 + patch (postgres 15 = 15000000, mysql 8.0.16 = 8000016);
 * 0 means "not specified": version guards then behave as for the newest version.
 */
sct_rules *sct_rules_new(sct_arena *a, const char *source, const char *target_engine, long target_version);

/* Load every shipped rules file (sct_builtin_rules_table); only blocks whose @source/@target match the
 * session contribute rules. Returns the number of rules added, or -1 if a shipped file has an error
 * (then sct_rules_last_error() says which; this is a bug caught by the unit tests). */
int sct_rules_load_builtin(sct_rules *r);

/* Load one rules file (user rules). Its rules win over every rule loaded before. Returns the number of
 * rules added (>= 0). On a bad line returns -1, adds nothing, and sets *err (if err is not NULL) to
 * "file:line: error: message" allocated in the session arena. `text` need not be NUL-terminated. */
int sct_rules_load_text(sct_rules *r, const char *filename, const char *text, size_t len, char **err);

/* The message of the last failed load, or NULL. */
const char *sct_rules_last_error(const sct_rules *r);

/* Find the type rule for `name` (case-insensitive) with the given parameters (SCT_PARAM_MAX for max).
 * NULL if none matches: the caller keeps the type as written or reports it unknown. */
const sct_rule *sct_rules_match_type(const sct_rules *r, const char *name, int nparams, const int64_t *params);
/* The same for the type of a column named `column` (NULL: not a column): rules guarded by
 * `column ~ "regex"` match only here. */
const sct_rule *sct_rules_match_type_col(const sct_rules *r, const char *name, int nparams, const int64_t *params,
					 const char *column);

/* Whether some type rule for `name` has a column guard: its match depends on the column, not only the type. */
int sct_rules_type_by_column(const sct_rules *r, const char *name);

/* Expand the target type text of a matched type rule, binding the same parameters that were matched
 * (defaults fill in missing ones). snprintf-like: writes at most cap bytes including the NUL and returns
 * the length of the full text; -1 if the rule is not a MAP type rule or the template cannot be
 * evaluated (e.g. arithmetic on max). */
int sct_rules_expand_type(const sct_rules *r, const sct_rule *rule, int nparams, const int64_t *params,
                          char *out, size_t cap);

/* Find the func rule for a call of `name` (case-insensitive) with `nargs` arguments. arg_words[i] is
 * the bare word of argument i (an unquoted identifier, number or keyword as written, e.g. "day", "112",
 * "varchar", or a string literal that is such a word: 'SHA2_256'), lower case, or NULL if the argument is
 * anything else. arg_words may be NULL when nargs
 * is 0 or no argument is a bare word. */
const sct_rule *sct_rules_match_func(const sct_rules *r, const char *name, int nargs,
                                     const char *const *arg_words);

/* Find the keyword rule for a niladic keyword or global ("current_timestamp", "user", "@@spid"). */
const sct_rule *sct_rules_match_keyword(const sct_rules *r, const char *name);

/* Effort tuning of a report code from `code` lines (the latest loaded wins). Returns 0 if found, -1 if
 * not; *effort / *learn (either may be NULL) get minutes per occurrence / one-off learning, -1 when the
 * line did not give that value. */
int sct_rules_code_effort(const sct_rules *r, const char *code, int *effort, int *learn);

/* Number of rules of a kind (SCT_RULE_*) in the session; 0 for all kinds. */
int sct_rules_count(const sct_rules *r, int kind);

/* Parse a version "15", "8.0", "8.0.16" into the encoding above. Returns 0 on success, -1 if malformed. */
int sct_rules_parse_version(const char *s, long *out);

#endif
