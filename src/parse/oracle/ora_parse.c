/* ora_parse.c - Oracle front end driver: lex the SQL*Plus script, cut it into statements (the lexer marks
 * the ends: ';' of SQL, '/' of PL/SQL units, SQL*Plus command lines), parse the DDL with the bison grammar,
 * read PL/SQL unit headers (kind, name, trigger table) by hand, and classify everything else. */
#include "parse/nodes.h"
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "parse/parse.h"
#include "parse/oracle/ora_int.h"
#include "oracle_parser.h"

typedef struct splitter {
	sct_ora_tok *t;
	size_t n;
	const char *src;
	sct_arena *a;
	sct_list *out;
	int file, batch;
} splitter;

static int K(const splitter *S, size_t i, size_t end)
{
	return i < end ? S->t[i].kind : 0;
}

static int is_word_tok(int k)
{
	return k == TK_IDENT || k == TK_QIDENT || (k >= TK_ADD && k <= TK_LAST);
}

static int word_is(const splitter *S, size_t i, size_t end, const char *w)
{
	if (i >= end || !is_word_tok(S->t[i].kind) || S->t[i].kind == TK_QIDENT)
		return 0;
	size_t n = strlen(w);
	return S->t[i].len == n && strncasecmp(S->src + S->t[i].off, w, n) == 0;
}

static int in_words(const splitter *S, size_t i, size_t e, const char *const *w)
{
	for (int k = 0; w[k]; k++)
		if (word_is(S, i, e, w[k]))
			return 1;
	return 0;
}

static char *words(splitter *S, size_t s, size_t n, size_t e)
{
	size_t k = 0;
	while (k < n && s + k < e && is_word_tok(S->t[s + k].kind))
		k++;
	return sct_ora_upper_words(S->a, S->src, S->t + s, k);
}

static sct_stmt *new_stmt(splitter *S, size_t s, size_t e)
{
	return sct_new_stmt(S->a, S->out, S->t[s].off, S->t[e - 1].off + S->t[e - 1].len, S->file, S->batch);
}

static void unparsed(sct_stmt *st, const char *msg, uint32_t loc)
{
	sct_stmt_unparsed(st, msg, loc);
}

static void other(splitter *S, sct_stmt *st, sct_other_kind k, const char *verb)
{
	sct_stmt_other(S->a, st, k, verb);
}

/* ---------- SQL*Plus commands ---------- */

static void sqlplus(splitter *S, sct_stmt *st, size_t i)
{
	const sct_ora_tok *t = &S->t[i];
	const char *p = S->src + t->off;
	if (p[0] == '@') {
		size_t n = 0;
		while (n < t->len && p[n] != '\n' && p[n] != '\r')
			n++;
		other(S, st, SCT_OTHER_CONTROL,
		      sct_arena_printf(S->a, "%.*s (a script run by SQL*Plus: not followed; convert it separately)", (int)n, p));
		return;
	}
	uint32_t n = 0;
	while (n < t->len && (isalpha((unsigned char)p[n]) || p[n] == '_'))
		n++;
	char *w = sct_arena_strndup(S->a, p, n);
	for (char *q = w; *q; q++)
		*q = (char)toupper((unsigned char)*q);
	if (!strcmp(w, "PROMPT") || !strcmp(w, "PRO")) {
		other(S, st, SCT_OTHER_PRINT, "PROMPT");
	} else if (!strcmp(w, "SET") || !strcmp(w, "SHOW") || !strcmp(w, "SHO")) {
		/* SET and its option word */
		uint32_t k = n;
		while (k < t->len && (p[k] == ' ' || p[k] == '\t'))
			k++;
		uint32_t e = k;
		while (e < t->len && (isalnum((unsigned char)p[e]) || p[e] == '_'))
			e++;
		char *v = sct_arena_printf(S->a, "%s %.*s", w, (int)(e - k), p + k);
		for (char *q = v; *q; q++)
			*q = (char)toupper((unsigned char)*q);
		other(S, st, SCT_OTHER_SESSION, v);
	} else if (!strcmp(w, "EXEC") || !strcmp(w, "EXECUTE")) {
		other(S, st, SCT_OTHER_CONTROL, "EXEC (SQL*Plus call of PL/SQL)");
	} else if (!strcmp(w, "HOST")) {
		other(S, st, SCT_OTHER_CONTROL, "HOST (operating system command)");
	} else if (!strcmp(w, "START") || !strcmp(w, "STA")) {
		other(S, st, SCT_OTHER_CONTROL, "START (a script run by SQL*Plus: not followed; convert it separately)");
	} else if (!strcmp(w, "DEF") || !strcmp(w, "DEFINE")) {
		other(S, st, SCT_OTHER_SESSION, "DEFINE (SQL*Plus substitution variable)");
	} else {
		if (!strcmp(w, "REMARK"))
			w = "REM";
		other(S, st, SCT_OTHER_SESSION, w);
	}
}

/* ---------- PL/SQL units ---------- */

/* [schema.]name at i; returns the index after it (or i when there is no name). */
static size_t read_qname(splitter *S, size_t i, size_t e, sct_qname **out)
{
	sct_ora_pctx c = {.a = S->a, .src = S->src, .toks = S->t};
	if (i >= e || !is_word_tok(S->t[i].kind)) {
		*out = NULL;
		return i;
	}
	sct_qname *q = SCT_NEW(S->a, sct_qname);
	q->loc = S->t[i].off;
	q->name = sct_ora_ident(&c, (int)i);
	i++;
	if (K(S, i, e) == '.' && i + 1 < e && is_word_tok(S->t[i + 1].kind)) {
		q->schema = q->name;
		q->name = sct_ora_ident(&c, (int)(i + 1));
		i += 2;
	}
	*out = q;
	return i;
}

/* CREATE [OR REPLACE] [EDITIONABLE|NONEDITIONABLE] at s: index of the unit keyword, *orr set. */
static size_t unit_kw(splitter *S, size_t s, size_t e, int *orr)
{
	size_t i = s + 1;
	*orr = 0;
	if (K(S, i, e) == TK_OR && K(S, i + 1, e) == TK_REPLACE) {
		*orr = 1;
		i += 2;
	}
	if (K(S, i, e) == TK_EDITIONABLE || K(S, i, e) == TK_NONEDITIONABLE)
		i++;
	if (word_is(S, i, e, "and") && (word_is(S, i + 1, e, "compile") || word_is(S, i + 1, e, "resolve")))
		i += 2;
	if (K(S, i, e) == TK_NOFORCE)
		i++;
	return i;
}

static int is_plsql_unit(splitter *S, size_t s, size_t e)
{
	if (word_is(S, s, e, "declare") || word_is(S, s, e, "begin"))
		return 1;
	if (K(S, s, e) != TK_CREATE)
		return 0;
	int orr;
	size_t i = unit_kw(S, s, e, &orr);
	static const char *const units[] = {"procedure", "function", "package", "trigger", "type", "library", "java", NULL};
	return in_words(S, i, e, units);
}

static void trigger_header(splitter *S, sct_routine *r, size_t i, size_t e)
{
	r->trigger_timing = SCT_TRIG_AFTER;
	for (; i < e; i++) {
		if (word_is(S, i, e, "before"))
			r->trigger_timing = SCT_TRIG_BEFORE;
		else if (word_is(S, i, e, "instead"))
			r->trigger_timing = SCT_TRIG_INSTEAD_OF;
		else if (word_is(S, i, e, "insert"))
			r->trigger_events |= SCT_TRIG_INSERT;
		else if (K(S, i, e) == TK_DELETE)
			r->trigger_events |= SCT_TRIG_DELETE;
		else if (word_is(S, i, e, "update"))
			r->trigger_events |= SCT_TRIG_UPDATE;
		else if (K(S, i, e) == TK_ON) {
			if (word_is(S, i + 1, e, "database") || word_is(S, i + 1, e, "schema")) {
				r->trigger_events |= SCT_TRIG_DDL;
				return;
			}
			read_qname(S, i + 1, e, &r->trigger_table);
			return;
		} else if (word_is(S, i, e, "begin") || word_is(S, i, e, "declare"))
			return;
	}
}

static sct_type *parse_type_tokens(splitter *S, size_t b, size_t e)
{
	if (e <= b)
		return NULL;
	sct_ora_pctx c = {0};
	c.a = S->a;
	c.src = S->src;
	c.toks = S->t;
	c.pos = b;
	c.end = e;
	c.type_mode = 1;
	sct_stmt dummy = {0};
	c.stmt = &dummy;
	if (sct_ora_parse_tokens(&c) != 0)
		return NULL;
	return c.type_result;
}

/* CREATE TYPE name [FORCE] [AUTHID ...] AS|IS OBJECT (...) | TABLE OF t | VARRAY(n) OF t | VARYING ARRAY(n) OF t */
static void type_spec_unit(splitter *S, sct_stmt *st, sct_qname *name, size_t i, size_t e)
{
	sct_type_def *td = SCT_NEW(S->a, sct_type_def);
	td->kind = SCT_TYPEDEF_OTHER;
	td->name = name;
	td->nullable = -1;
	st->kind = SCT_STMT_TYPE;
	st->u.type = td;
	while (i < e && K(S, i, e) != TK_AS && K(S, i, e) != TK_IS)
		i++;
	i++;
	if (word_is(S, i, e, "object") && K(S, i + 1, e) == '(') {
		td->kind = SCT_TYPEDEF_OBJECT;
		size_t s = i + 2;
		int depth = 0;
		for (size_t j = i + 2; j < e; j++) {
			int k = S->t[j].kind;
			if (k == '(')
				depth++;
			else if (k == ')' && depth > 0)
				depth--;
			else if ((k == ',' && depth == 0) || (k == ')' && depth == 0)) {
				static const char *const methods[] = {"member", "static", "map", "order", "constructor", "final",
					"not", "overriding", "instantiable", "pragma", NULL};
				if (s < j && !in_words(S, s, j, methods) && K(S, s, j) != TK_ORDER) {
					sct_ora_pctx c = {.a = S->a, .src = S->src, .toks = S->t};
					sct_column *col = sct_ora_column(&c, sct_ora_ident(&c, (int)s));
					col->type = parse_type_tokens(S, s + 1, j);
					if (!col->type) {
						td->kind = SCT_TYPEDEF_OTHER; /* an attribute we cannot read: reported as a whole */
						return;
					}
					sct_list_push(S->a, &td->columns, col);
				} else if (s < j) {
					td->kind = SCT_TYPEDEF_OTHER; /* methods need a TYPE BODY: not a plain composite type */
				}
				s = j + 1;
				if (k == ')')
					break;
			}
		}
		return;
	}
	size_t of = i;
	if (K(S, i, e) == TK_TABLE && K(S, i + 1, e) == TK_OF)
		of = i + 2;
	else if ((word_is(S, i, e, "varray") || word_is(S, i, e, "varying")) ) {
		while (of < e && K(S, of, e) != TK_OF) {
			if (K(S, of, e) == TK_NUMBER && !td->max_elements) /* VARRAY(n): the bound */
				td->max_elements = strtoll(S->src + S->t[of].off, NULL, 10);
			of++;
		}
		of++;
	} else
		return;
	size_t end = e;
	while (end > of && (S->t[end - 1].kind == ';'))
		end--;
	if (end >= of + 2 && S->t[end - 2].kind == TK_NOT && S->t[end - 1].kind == TK_NULL) {
		end -= 2;
		td->nullable = 0;
	}
	td->base = parse_type_tokens(S, of, end);
	if (td->base)
		td->kind = SCT_TYPEDEF_COLLECTION;
}

static void plsql_unit(splitter *S, sct_stmt *st, size_t s, size_t e)
{
	if (K(S, s, e) != TK_CREATE) {
		other(S, st, SCT_OTHER_CONTROL, "anonymous PL/SQL block");
		return;
	}
	int orr;
	size_t i = unit_kw(S, s, e, &orr);
	sct_routine_kind kind;
	size_t nm = i + 1;
	if (word_is(S, i, e, "procedure"))
		kind = SCT_ROUTINE_PROCEDURE;
	else if (word_is(S, i, e, "function"))
		kind = SCT_ROUTINE_FUNCTION;
	else if (word_is(S, i, e, "trigger"))
		kind = SCT_ROUTINE_TRIGGER;
	else if (word_is(S, i, e, "package")) {
		kind = SCT_ROUTINE_PACKAGE;
		if (word_is(S, i + 1, e, "body")) {
			kind = SCT_ROUTINE_PACKAGE_BODY;
			nm++;
		}
	} else if (K(S, i, e) == TK_TYPE) {
		if (word_is(S, i + 1, e, "body")) {
			kind = SCT_ROUTINE_TYPE_BODY;
			nm++;
		} else {
			sct_qname *name;
			size_t after = read_qname(S, nm, e, &name);
			if (!name) {
				unparsed(st, "CREATE TYPE without a name", S->t[s].off);
				return;
			}
			type_spec_unit(S, st, name, after, e);
			return;
		}
	} else {
		other(S, st, SCT_OTHER_UNKNOWN, sct_arena_printf(S->a, "CREATE %s", words(S, i, 2, e)));
		return;
	}
	sct_routine *r = SCT_NEW(S->a, sct_routine);
	r->kind = kind;
	r->or_replace = orr;
	size_t after = read_qname(S, nm, e, &r->name);
	if (!r->name) {
		unparsed(st, "PL/SQL unit without a name", S->t[nm < e ? nm : s].off);
		return;
	}
	if (kind == SCT_ROUTINE_TRIGGER)
		trigger_header(S, r, after, e);
	r->body_loc = S->t[s].off;
	r->body_end = S->t[e - 1].off + S->t[e - 1].len;
	st->kind = SCT_STMT_ROUTINE;
	st->u.routine = r;
}

/* ---------- chatter ---------- */

static void classify(splitter *S, sct_stmt *st, size_t s, size_t e)
{
	int k0 = S->t[s].kind;
	static const char *const sec[] = {"user", "role", "profile", NULL};
	static const char *const db[] = {"tablespace", "directory", "database", "context", "cluster", "dimension",
		"rollback", "outline", "pluggable", "diskgroup", "restore", "audit", "flashback", "spfile", "pfile",
		"controlfile", "lockdown", "edition", "schema", NULL};
	switch (k0) {
	case TK_DROP:
		other(S, st, SCT_OTHER_DROP, in_words(S, s + 1, e, (const char *const[]){"public", "materialized", "package", "type", "database", NULL})
						  ? words(S, s, 3, e) : words(S, s, 2, e));
		return;
	case TK_DELETE:
		other(S, st, SCT_OTHER_DATA, "DELETE");
		return;
	case TK_SELECT:
	case TK_WITH:
		other(S, st, SCT_OTHER_CONTROL, "SELECT");
		return;
	case TK_SET:
		other(S, st, SCT_OTHER_SESSION, words(S, s, 2, e));
		return;
	case TK_COMMENT:
		other(S, st, SCT_OTHER_UNKNOWN, words(S, s, 4, e));
		return;
	case TK_ALTER:
		if (word_is(S, s + 1, e, "session")) {
			other(S, st, SCT_OTHER_SESSION, "ALTER SESSION");
			return;
		}
		if (word_is(S, s + 1, e, "system") || in_words(S, s + 1, e, db)) {
			other(S, st, SCT_OTHER_DATABASE, words(S, s, 2, e));
			return;
		}
		if (in_words(S, s + 1, e, sec)) {
			other(S, st, SCT_OTHER_SECURITY, words(S, s, 2, e));
			return;
		}
		if (word_is(S, S->t[e - 1].kind == ';' ? e - 2 : e - 1, e, "compile") ||
		    (S->t[e - 1].kind == ';' && word_is(S, e - 3, e, "compile"))) {
			other(S, st, SCT_OTHER_SESSION, sct_arena_printf(S->a, "%s ... COMPILE", words(S, s, 2, e)));
			return;
		}
		other(S, st, SCT_OTHER_UNKNOWN, words(S, s, 2, e));
		return;
	case TK_CREATE: {
		int orr;
		size_t i = unit_kw(S, s, e, &orr);
		if (K(S, i, e) == TK_PUBLIC)
			i++;
		if (in_words(S, i, e, sec))
			other(S, st, SCT_OTHER_SECURITY, sct_arena_printf(S->a, "CREATE %s", words(S, i, 1, e)));
		else if (in_words(S, i, e, db) || (word_is(S, i, e, "database") && word_is(S, i + 1, e, "link")))
			other(S, st, SCT_OTHER_DATABASE, sct_arena_printf(S->a, "CREATE %s", words(S, i, 2, e)));
		else
			other(S, st, SCT_OTHER_UNKNOWN, sct_arena_printf(S->a, "CREATE %s", words(S, i, 2, e)));
		return;
	}
	}
	static const char *const data[] = {"insert", "update", "merge", "truncate", NULL};
	static const char *const sess[] = {"commit", "rollback", "savepoint", "analyze", "purge", "lock", NULL};
	static const char *const secw[] = {"grant", "revoke", "audit", "noaudit", NULL};
	static const char *const ctrl[] = {"call", "exec", "execute", "explain", NULL};
	if (in_words(S, s, e, data))
		other(S, st, SCT_OTHER_DATA, words(S, s, 1, e));
	else if (in_words(S, s, e, sess))
		other(S, st, SCT_OTHER_SESSION, words(S, s, 1, e));
	else if (in_words(S, s, e, secw))
		other(S, st, SCT_OTHER_SECURITY, words(S, s, 1, e));
	else if (in_words(S, s, e, ctrl))
		other(S, st, SCT_OTHER_CONTROL, words(S, s, 1, e));
	else if (word_is(S, s, e, "rename") || word_is(S, s, e, "flashback") || word_is(S, s, e, "associate") ||
		 word_is(S, s, e, "disassociate"))
		other(S, st, SCT_OTHER_UNKNOWN, words(S, s, 1, e));
	else {
		const sct_ora_tok *t = &S->t[s];
		uint32_t n = t->len > 40 ? 40 : t->len;
		unparsed(st, sct_arena_printf(S->a, "unexpected '%.*s' at the start of a statement", (int)n, S->src + t->off),
			 t->off);
	}
}

/* ---------- grammar statements ---------- */

static int grammar_stmt(splitter *S, size_t s, size_t e)
{
	int k0 = S->t[s].kind;
	if (k0 == TK_ALTER)
		return K(S, s + 1, e) == TK_TABLE;
	if (k0 == TK_COMMENT)
		return K(S, s + 1, e) == TK_ON && (K(S, s + 2, e) == TK_TABLE || K(S, s + 2, e) == TK_COLUMN);
	if (k0 != TK_CREATE)
		return 0;
	int orr;
	size_t i = unit_kw(S, s, e, &orr);
	int k = K(S, i, e);
	if (k == TK_FORCE || k == TK_NOFORCE)
		k = K(S, ++i, e);
	if (k == TK_EDITIONABLE || k == TK_EDITIONING || k == TK_NONEDITIONABLE)
		k = K(S, ++i, e);
	if (k == TK_PUBLIC)
		k = K(S, ++i, e);
	if (word_is(S, i, e, "global") || word_is(S, i, e, "private"))
		k = K(S, i + 2, e);
	switch (k) {
	case TK_TABLE: case TK_INDEX: case TK_UNIQUE: case TK_BITMAP: case TK_SEQUENCE: case TK_SYNONYM: case TK_VIEW:
		return 1;
	}
	return 0;
}

/* CREATE TABLE name [(cols)] [props] AS [(]SELECT|WITH: an AS at depth 0 that a query follows. */
static int is_ctas(splitter *S, size_t s, size_t e)
{
	int depth = 0, table = 0;
	for (size_t i = s; i < e; i++) {
		int k = S->t[i].kind;
		if (k == TK_TABLE)
			table = 1;
		if (k == '(')
			depth++;
		else if (k == ')')
			depth--;
		else if (table && depth == 0 && k == TK_AS) {
			size_t j = i + 1;
			while (K(S, j, e) == '(')
				j++;
			if (K(S, j, e) == TK_SELECT || K(S, j, e) == TK_WITH)
				return 1;
		}
	}
	return 0;
}

static void parse_stmt(splitter *S, sct_stmt *st, size_t s, size_t e)
{
	sct_ora_pctx c = {0};
	c.a = S->a;
	c.src = S->src;
	c.toks = S->t;
	c.pos = s;
	c.end = e;
	c.stmt = st;
	if (sct_ora_parse_tokens(&c) != 0 || sct_ora_check_expr(&c, NULL) != 0)
		unparsed(st, c.error ? c.error : "syntax error", c.error_loc);
}

static void do_stmt(splitter *S, size_t s, size_t e, size_t eincl)
{
	sct_stmt *st = new_stmt(S, s, eincl);
	int plsql = is_plsql_unit(S, s, e);
	int depth = 0;
	for (size_t i = s; i < e; i++) {
		int k = S->t[i].kind;
		if (plsql && i > s + 8)
			break; /* the body of a unit is carried as text: only its header must lex */
		if (k == TK_ERROR) {
			unparsed(st, sct_ora_lexerr_msg(S->t[i].flags), S->t[i].off);
			return;
		}
		if (k == '(' && ++depth > SCT_MAX_DEPTH) {
			unparsed(st, sct_arena_printf(S->a, "nesting too deep (more than %d levels of parentheses)", SCT_MAX_DEPTH),
				 S->t[i].off);
			return;
		}
		if (k == ')' && depth > 0)
			depth--;
	}
	if (plsql) {
		plsql_unit(S, st, s, e);
		return;
	}
	if (grammar_stmt(S, s, e)) {
		if (is_ctas(S, s, e))
			other(S, st, SCT_OTHER_DATA, "CREATE TABLE AS SELECT");
		else
			parse_stmt(S, st, s, e);
		return;
	}
	classify(S, st, s, e);
}

void sct_parse_oracle(sct_arena *a, const char *src, size_t len, int file_index, sct_list *out)
{
	size_t n;
	sct_ora_tok *t = sct_ora_tokenize(src, len, &n);
	splitter S = {.t = t, .n = n, .src = src, .a = a, .out = out, .file = file_index};
	size_t i = 0;
	while (i < n) {
		int k = t[i].kind;
		if (k == TK_SLASH) {
			S.batch++;
			i++;
			continue;
		}
		if (k == ';' && (t[i].flags & SCT_ORA_TF_END)) {
			i++;
			continue;
		}
		if (k == TK_SQLPLUS) {
			sct_stmt *st = new_stmt(&S, i, i + 1);
			sqlplus(&S, st, i);
			i++;
			continue;
		}
		size_t j = i;
		while (j < n && !(t[j].kind == ';' && (t[j].flags & SCT_ORA_TF_END)) && t[j].kind != TK_SLASH &&
		       t[j].kind != TK_SQLPLUS)
			j++;
		size_t eincl = j < n && t[j].kind == ';' ? j + 1 : j;
		do_stmt(&S, i, j, eincl);
		i = eincl;
	}
	free(t);
}
