/* tsql_parse.c - T-SQL front end driver: lex the script, split it into batches and statements, parse the
 * DDL statements with the bison grammar and classify everything else (script chatter) without it.
 * No recursion on user input anywhere: splitting is a flat scan with counters. */
#include "parse/nodes.h"
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include "parse/parse.h"
#include "parse/tsql/tsql_int.h"
#include "tsql_parser.h"
#include "util/intern.h"
#include "util/utf8.h"

typedef struct splitter {
	const sct_tsql_tok *t;
	size_t n;
	const char *src;
	sct_arena *a;
	sct_list *out;
	int file, batch;
	size_t batch_start;
	int clean;                /* the batch has no TK_ERROR token and no '(' nesting deeper than SCT_MAX_DEPTH */
	sct_intern *names;        /* identifier texts of the file (NULL: not shared) */
	int *hierarchyid;         /* sct_parse_tsql's */
} splitter;

/* ---------- token helpers ---------- */

static int K(const splitter *S, size_t i, size_t end)
{
	return i < end ? S->t[i].kind : 0;
}

/* IDENT (or unreserved keyword) text equals word (case-insensitive). */
static int word_is(const splitter *S, size_t i, size_t end, const char *w)
{
	if (i >= end)
		return 0;
	const sct_tsql_tok *t = &S->t[i];
	size_t n = strlen(w);
	if (t->kind == TK_QIDENT) /* [name] / "name" */
		return t->len == n + 2 && strncasecmp(S->src + t->off + 1, w, n) == 0;
	return t->len == n && strncasecmp(S->src + t->off, w, n) == 0;
}

static int is_word_tok(int k)
{
	return k == TK_IDENT || k >= TK_ADD;
}

static int is_routine_kw(int k)
{
	return k == TK_PROC || k == TK_PROCEDURE || k == TK_FUNCTION || k == TK_TRIGGER || k == TK_VIEW;
}

/* CREATE [OR ALTER] PROC|FUNCTION|TRIGGER|VIEW or ALTER PROC|FUNCTION|TRIGGER|VIEW at i. */
static int is_routine_start(const splitter *S, size_t i, size_t end)
{
	int k0 = K(S, i, end), k1 = K(S, i + 1, end);
	if (k0 == TK_CREATE && k1 == TK_OR && K(S, i + 2, end) == TK_ALTER)
		return is_routine_kw(K(S, i + 3, end));
	if (k0 == TK_CREATE || k0 == TK_ALTER)
		return is_routine_kw(k1);
	return 0;
}

static int is_object_kw(const splitter *S, size_t i, size_t end)
{
	switch (K(S, i, end)) {
	case TK_TABLE: case TK_VIEW: case TK_PROC: case TK_PROCEDURE: case TK_FUNCTION: case TK_TRIGGER:
	case TK_SCHEMA: case TK_TYPE: case TK_SYNONYM: case TK_SEQUENCE: case TK_USER: case TK_DATABASE:
	case TK_INDEX: case TK_DEFAULT: case TK_FULLTEXT: case TK_XML:
		return 1;
	}
	static const char *const w[] = {"role", "login", "assembly", "partition", "statistics", "rule", "certificate",
					"queue", "service", "contract", "route", "message", "security", "master",
					"symmetric", "asymmetric", "application", "event", "endpoint", "credential", NULL};
	for (int k = 0; w[k]; k++)
		if (word_is(S, i, end, w[k]))
			return 1;
	return 0;
}

/* ---------- statement splitting ---------- */

typedef struct scan_state {
	int k0, k1;
	int body_seen;   /* INSERT: its SELECT/VALUES/EXEC seen; WITH: the DML after the CTEs seen */
	int set_seen;    /* UPDATE: its SET seen */
	int to_seen;     /* GRANT/DENY/REVOKE: TO/FROM seen */
	int case_depth;
} scan_state;

/* Does token j (at paren depth 0, not the first of the statement) start a new statement? */
static int starts_stmt(const splitter *S, scan_state *st, size_t j, size_t end)
{
	int k = S->t[j].kind, prev = S->t[j - 1].kind, next = K(S, j + 1, end);
	int k0 = st->k0;
	int grant = k0 == TK_GRANT || k0 == TK_DENY || k0 == TK_REVOKE;

	if (k == TK_CASE) {
		st->case_depth++;
		return 0;
	}
	if (k == TK_END && st->case_depth > 0) {
		st->case_depth--;
		return 0;
	}
	if (st->case_depth > 0 && k == TK_ELSE)
		return 0;
	if (grant) {
		if (k == TK_TO || (k == TK_FROM && k0 == TK_REVOKE))
			st->to_seen = 1;
		if (!st->to_seen)
			return 0;
	}
	if (prev == TK_WITH && k != TK_SELECT)
		return 0; /* WITH ROLLBACK IMMEDIATE, WITH GRANT OPTION, WITH EXECUTE AS */
	switch (k) {
	case TK_SELECT:
		if (prev == TK_UNION || prev == TK_ALL || prev == TK_EXCEPT || prev == TK_INTERSECT || prev == TK_FOR ||
		    prev == TK_AS || prev == ')')
			if (prev != ')' || K(S, j - 1, end) == ')') {
				/* ')' SELECT: only a continuation after a parenthesised set operand, e.g. (SELECT ..) UNION */
				if (prev != ')')
					return 0;
			}
		if ((k0 == TK_INSERT || k0 == TK_WITH) && !st->body_seen) {
			st->body_seen = 1;
			return 0;
		}
		return 1;
	case TK_INSERT:
	case TK_UPDATE:
	case TK_DELETE:
	case TK_MERGE:
		if (k == TK_UPDATE && next == '(')
			return 0; /* IF UPDATE(column) in a trigger */
		/* ON DELETE / ON UPDATE (foreign keys), FOR|AFTER|INSTEAD OF INSERT, WHEN MATCHED THEN UPDATE, BULK INSERT */
		if ((prev == TK_ON && (k0 == TK_ALTER || k0 == TK_CREATE)) || prev == TK_FOR || prev == TK_AFTER || prev == ',' ||
		    prev == TK_OF || prev == TK_THEN || prev == TK_BULK || prev == TK_NOT)
			return 0;
		if (k0 == TK_WITH && !st->body_seen) {
			st->k0 = k; /* WITH cte AS (...) INSERT|UPDATE|DELETE|MERGE: the rest scans as that statement */
			st->k1 = next;
			return 0;
		}
		if (k0 == TK_MERGE)
			return 0;
		return 1;
	case TK_SET:
		if (k0 == TK_ALTER || k0 == TK_MERGE || prev == TK_UPDATE || prev == TK_DELETE || next == '(')
			return 0;
		if ((k0 == TK_UPDATE || k0 == TK_WITH) && !st->set_seen) {
			st->set_seen = 1;
			return 0;
		}
		return 1;
	case TK_VALUES:
	case TK_DEFAULT:
		if (k0 == TK_INSERT && !st->body_seen)
			st->body_seen = 1;
		return 0;
	case TK_EXEC:
	case TK_EXECUTE:
		if (prev == ',' || prev == '(')
			return 0;
		if (k0 == TK_INSERT && !st->body_seen) {
			st->body_seen = 1;
			return 0;
		}
		return 1;
	case TK_ALTER:
		if (k0 == TK_ALTER && next == TK_COLUMN)
			return 0;
		return 1;
	case TK_DROP:
		if (k0 == TK_ALTER && !is_object_kw(S, j + 1, end))
			return 0;
		return 1;
	case TK_CREATE:
		return 1;
	case TK_IF:
		if (next == TK_EXISTS && (k0 == TK_DROP || k0 == TK_ALTER))
			return 0;
		return 1;
	case TK_FETCH:
		return prev != TK_ROW && prev != TK_ROWS;
	case TK_ENABLE:
	case TK_DISABLE:
		return next == TK_TRIGGER && k0 != TK_ALTER;
	case TK_THROW:
		return next == 0 || next == ';' || next == TK_NUMBER || next == TK_VAR;
	case TK_COMMIT: case TK_ROLLBACK: case TK_SAVE:
		return k0 != TK_ALTER;
	case TK_ELSE: case TK_WHILE: case TK_BEGIN: case TK_END: case TK_DECLARE: case TK_PRINT: case TK_USE:
	case TK_RETURN: case TK_RAISERROR: case TK_TRUNCATE: case TK_GOTO: case TK_BREAK: case TK_CONTINUE:
	case TK_WAITFOR: case TK_CHECKPOINT: case TK_DBCC: case TK_BACKUP: case TK_RESTORE: case TK_DEALLOCATE:
	case TK_BULK: case TK_GRANT: case TK_DENY: case TK_REVOKE: case TK_OPEN: case TK_CLOSE: case TK_SQLCMD:
		return 1;
	case TK_WITH:
		return 0;
	}
	return 0;
}

/* General scan: from s to the first ';' or statement start at depth 0. Returns the end (exclusive). */
static size_t scan_stmt(const splitter *S, size_t s, size_t be, scan_state *st)
{
	int depth = 0;
	for (size_t j = s + 1; j < be; j++) {
		int k = S->t[j].kind;
		if (k == '(') {
			depth++;
			continue;
		}
		if (k == ')') {
			if (depth > 0)
				depth--;
			continue;
		}
		if (depth > 0)
			continue;
		if (k == ';')
			return j + 1;
		if (k < TK_ADD && k != TK_SQLCMD)
			continue; /* names, literals, operators: only keywords (and sqlcmd lines) start or steer statements */
		if (starts_stmt(S, st, j, be))
			return j;
	}
	return be;
}

size_t sct_tsql_stmt_end(const sct_tsql_tok *toks, const char *src, sct_arena *a, size_t s, size_t be)
{
	splitter S = {.t = toks, .n = be, .src = src, .a = a};
	scan_state st = {0};
	st.k0 = toks[s].kind;
	st.k1 = K(&S, s + 1, be);
	return scan_stmt(&S, s, be, &st);
}

static int plain_begin(const splitter *S, size_t i, size_t be)
{
	int k = K(S, i + 1, be);
	return K(S, i, be) == TK_BEGIN && k != TK_TRAN && k != TK_TRANSACTION && k != TK_TRY && k != TK_CATCH &&
	       !word_is(S, i + 1, be, "distributed") && !word_is(S, i + 1, be, "dialog") &&
	       !word_is(S, i + 1, be, "conversation");
}

static size_t with_semi(const splitter *S, size_t e, size_t be)
{
	return K(S, e, be) == ';' ? e + 1 : e;
}

static size_t find_end(const splitter *S, size_t s, size_t be)
{
	int k0 = S->t[s].kind;
	scan_state st = {0};
	st.k0 = k0;
	st.k1 = K(S, s + 1, be);
	if (k0 == TK_SQLCMD)
		return s + 1;
	if (is_routine_start(S, s, be))
		return be;
	if (k0 == TK_IF || k0 == TK_WHILE) {
		size_t e = scan_stmt(S, s, be, &st);
		if (e < be && plain_begin(S, e, be))
			e++;
		return e;
	}
	if (k0 == TK_ELSE)
		return plain_begin(S, s + 1, be) ? s + 2 : s + 1;
	if (k0 == TK_BEGIN) {
		if (plain_begin(S, s, be))
			return with_semi(S, s + 1, be);
		int k1 = K(S, s + 1, be);
		if (k1 == TK_TRY || k1 == TK_CATCH)
			return with_semi(S, s + 2, be);
	}
	if (k0 == TK_END) {
		int k1 = K(S, s + 1, be);
		if (k1 == TK_TRY || k1 == TK_CATCH)
			return with_semi(S, s + 2, be);
		return with_semi(S, s + 1, be);
	}
	return scan_stmt(S, s, be, &st);
}

/* ---------- statement construction ---------- */

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

static char *words(splitter *S, size_t s, size_t n, size_t e)
{
	size_t k = 0;
	while (k < n && s + k < e && is_word_tok(S->t[s + k].kind))
		k++;
	return sct_tsql_upper_words(S->a, S->src, S->t + s, k);
}

/* ---------- EXEC sp_addextendedproperty / sp_addtype ---------- */

typedef struct proc_args {
	const char *val[8];   /* values by position (named args mapped to their positions) */
	size_t tok[8];        /* token index of the value */
	int has[8];
} proc_args;

/* Value of one argument: the first string literal (also inside CAST/CONVERT), NULL, or a bare word. c: a
 * parser context with the arena, the name table, the text and the tokens (made once per statement). */
static void arg_value(splitter *S, sct_tsql_pctx *c, size_t s, size_t e, const char **val, size_t *tok)
{
	*val = NULL;
	*tok = s;
	for (size_t i = s; i < e; i++) {
		int k = S->t[i].kind;
		if (k == TK_STRING || k == TK_NSTRING) {
			*val = sct_tsql_string_name(c, S->src + S->t[i].off, S->t[i].len, S->t[i].flags);
			*tok = i;
			return;
		}
	}
	if (s < e && S->t[s].kind != TK_NULL && (S->t[s].kind == TK_IDENT || S->t[s].kind == TK_QIDENT || is_word_tok(S->t[s].kind)))
		*val = sct_tsql_ident(c, (int)s).s;
}

/* @name (token t, without its '@') is names[n]: n's length first, a case-insensitive compare only then. */
static int arg_named(const splitter *S, const sct_tsql_tok *t, const char *name, size_t len)
{
	return t->len - 1 == len && !strncasecmp(S->src + t->off + 1, name, len);
}

static void collect_args(splitter *S, size_t s, size_t e, const char *const *names, proc_args *pa)
{
	memset(pa, 0, sizeof *pa);
	sct_tsql_pctx c = {.a = S->a, .names = S->names, .hierarchyid = S->hierarchyid, .src = S->src, .toks = S->t};
	size_t nlen[8]; /* lengths of the names, once per statement rather than once per argument and name */
	int nn = 0;
	while (nn < 8 && names[nn]) {
		nlen[nn] = strlen(names[nn]);
		nn++;
	}
	int pos = 0, depth = 0;
	size_t a0 = s;
	for (size_t i = s; i <= e; i++) {
		int k = i < e ? S->t[i].kind : ',';
		if (k == '(')
			depth++;
		else if (k == ')' && depth > 0)
			depth--;
		if (!(k == ',' && depth == 0) && !(i == e))
			continue;
		if (a0 < i) {
			int slot = pos;
			size_t v0 = a0;
			if (S->t[a0].kind == TK_VAR && a0 + 1 < i && S->t[a0 + 1].kind == '=') {
				/* names differ: the one at this position (the usual order) is tried first */
				if (pos >= nn || !arg_named(S, &S->t[a0], names[pos], nlen[pos])) {
					slot = -1;
					for (int n = 0; n < nn; n++)
						if (arg_named(S, &S->t[a0], names[n], nlen[n]))
							slot = n;
				}
				v0 = a0 + 2;
			}
			if (slot >= 0 && slot < 8) {
				arg_value(S, &c, v0, i, &pa->val[slot], &pa->tok[slot]);
				pa->has[slot] = 1;
			}
		}
		pos++;
		a0 = i + 1;
	}
}

static sct_ident mkid(const char *s, uint32_t loc)
{
	sct_ident id = {0};
	id.s = s;
	id.loc = loc;
	return id;
}

static void do_extprop(splitter *S, sct_stmt *st, size_t s, size_t e)
{
	static const char *const names[] = {"name", "value", "level0type", "level0name", "level1type", "level1name",
					     "level2type", "level2name", NULL};
	proc_args pa;
	collect_args(S, s, e, names, &pa);
	sct_comment *c = SCT_NEW(S->a, sct_comment);
	c->property = pa.val[0];
	c->text = pa.val[1] ? pa.val[1] : "";
	const char *t0 = pa.val[2], *t1 = pa.val[4], *t2 = pa.val[6];
	if (t2) {
		if (!strcasecmp(t2, "COLUMN"))
			c->on = SCT_ON_COLUMN;
		else if (!strcasecmp(t2, "INDEX"))
			c->on = SCT_ON_INDEX;
		else if (!strcasecmp(t2, "CONSTRAINT"))
			c->on = SCT_ON_CONSTRAINT;
		else
			c->on = SCT_ON_OTHER;
	} else if (t1) {
		if (!strcasecmp(t1, "TABLE"))
			c->on = SCT_ON_TABLE;
		else if (!strcasecmp(t1, "VIEW"))
			c->on = SCT_ON_VIEW;
		else if (!strcasecmp(t1, "PROCEDURE") || !strcasecmp(t1, "FUNCTION"))
			c->on = SCT_ON_ROUTINE;
		else
			c->on = SCT_ON_OTHER;
	} else if (t0 && !strcasecmp(t0, "SCHEMA"))
		c->on = SCT_ON_SCHEMA;
	else
		c->on = SCT_ON_OTHER;
	sct_qname *q = SCT_NEW(S->a, sct_qname);
	q->loc = st->loc;
	if (pa.val[5]) {
		q->name = mkid(pa.val[5], S->t[pa.tok[5]].off);
		if (pa.val[3])
			q->schema = mkid(pa.val[3], S->t[pa.tok[3]].off);
	} else if (pa.val[3])
		q->name = mkid(pa.val[3], S->t[pa.tok[3]].off);
	c->object = q;
	if (pa.val[7])
		c->column = mkid(pa.val[7], S->t[pa.tok[7]].off);
	st->kind = SCT_STMT_COMMENT;
	st->u.comment = c;
}

static sct_type *parse_type_text(splitter *S, const char *text, uint32_t loc, const char **err)
{
	size_t len = strlen(text), n;
	char *copy = sct_arena_strndup(S->a, text, len);
	sct_tsql_tok *toks = sct_tsql_tokenize(copy, len, &n);
	sct_tsql_pctx c = {0};
	c.a = S->a;
	c.hierarchyid = S->hierarchyid;
	c.src = copy;
	c.toks = toks;
	c.end = n;
	c.body_at = SIZE_MAX;
	c.mode = SCT_TSQL_MODE_TYPE;
	sct_stmt dummy = {0};
	c.stmt = &dummy;
	sct_type *t = NULL;
	if (sct_tsql_parse_tokens(&c) == 0 && c.type_result) {
		t = c.type_result;
		t->loc = loc;
	} else
		*err = sct_arena_printf(S->a, "cannot parse type '%s'", text);
	free(toks);
	return t;
}

static void do_addtype(splitter *S, sct_stmt *st, size_t s, size_t e)
{
	static const char *const names[] = {"typename", "phystype", "nulltype", "owner", NULL};
	proc_args pa;
	collect_args(S, s, e, names, &pa);
	if (!pa.val[0] || !pa.val[1]) {
		unparsed(st, "sp_addtype needs a type name and a base type", st->loc);
		return;
	}
	const char *err = NULL;
	sct_type *base = parse_type_text(S, pa.val[1], S->t[pa.tok[1]].off, &err);
	if (!base) {
		unparsed(st, err, S->t[pa.tok[1]].off);
		return;
	}
	sct_type_def *td = SCT_NEW(S->a, sct_type_def);
	td->kind = SCT_TYPEDEF_ALIAS;
	td->name = SCT_NEW(S->a, sct_qname);
	td->name->loc = S->t[pa.tok[0]].off;
	td->name->name = mkid(pa.val[0], S->t[pa.tok[0]].off);
	if (pa.val[3])
		td->name->schema = mkid(pa.val[3], S->t[pa.tok[3]].off);
	td->base = base;
	td->nullable = -1;
	if (pa.val[2]) {
		const char *v = pa.val[2];
		while (*v == ' ')
			v++;
		if (!strncasecmp(v, "NOT", 3))
			td->nullable = 0;
		else if (!strncasecmp(v, "NULL", 4))
			td->nullable = 1;
	}
	st->kind = SCT_STMT_TYPE;
	st->u.type = td;
}

/* ---------- chatter classification ---------- */

static const char *const sec_words[] = {"user", "role", "login", "application", "server", "security", "authorization", NULL};
static const char *const db_words[] = {"database", "partition", "fulltext", "xml", "assembly", "message", "contract",
				       "queue", "service", "route", "certificate", "master", "symmetric", "asymmetric",
				       "endpoint", "event", "statistics", "default", "rule", "index", "schema", "credential",
				       "remote", "broker", "resource", "workload", "search", "external", "column",
				       "sequence", "availability", "columnstore", NULL};
static const char *const two_word[] = {"partition", "fulltext", "xml", "message", "master", "symmetric", "asymmetric",
				       "application", "server", "security", "column", "external", "event", "remote",
				       "search", "workload", "resource", "broker", "availability", NULL};

static int in_words(const splitter *S, size_t i, size_t e, const char *const *w)
{
	for (int k = 0; w[k]; k++)
		if (word_is(S, i, e, w[k]))
			return 1;
	return 0;
}

static void classify(splitter *S, sct_stmt *st, size_t s, size_t e, int first_in_batch)
{
	int k0 = S->t[s].kind, k1 = K(S, s + 1, e);
	switch (k0) {
	case TK_SQLCMD: {
		const sct_tsql_tok *t = &S->t[s];
		uint32_t n = 1;
		while (n < t->len && isalpha((unsigned char)S->src[t->off + n]))
			n++;
		char *v = sct_arena_strndup(S->a, S->src + t->off, n);
		for (char *p = v; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		if (!strcmp(v, ":ON") && t->len > 3)
			v = ":ON ERROR";
		other(S, st, SCT_OTHER_SESSION, v);
		return;
	}
	case TK_USE:
		other(S, st, SCT_OTHER_SESSION, "USE");
		return;
	case TK_SET:
		if (k1 == TK_VAR)
			other(S, st, SCT_OTHER_CONTROL, "SET");
		else
			other(S, st, SCT_OTHER_SESSION, words(S, s, 2, e));
		return;
	case TK_PRINT:
		other(S, st, SCT_OTHER_PRINT, "PRINT");
		return;
	case TK_DROP:
		other(S, st, SCT_OTHER_DROP, in_words(S, s + 1, e, two_word) ? words(S, s, 3, e) : words(S, s, 2, e));
		return;
	case TK_GRANT: case TK_DENY: case TK_REVOKE:
		other(S, st, SCT_OTHER_SECURITY, words(S, s, 1, e));
		return;
	case TK_INSERT: case TK_DELETE: case TK_MERGE:
		other(S, st, SCT_OTHER_DATA, words(S, s, 1, e));
		return;
	case TK_UPDATE:
		if (word_is(S, s + 1, e, "statistics"))
			other(S, st, SCT_OTHER_DATABASE, "UPDATE STATISTICS");
		else
			other(S, st, SCT_OTHER_DATA, "UPDATE");
		return;
	case TK_TRUNCATE: case TK_BULK:
		other(S, st, SCT_OTHER_DATA, words(S, s, 2, e));
		return;
	case TK_WITH: {
		int depth = 0;
		for (size_t i = s + 1; i < e; i++) {
			int k = S->t[i].kind;
			if (k == '(')
				depth++;
			else if (k == ')')
				depth--;
			else if (depth == 0 && (k == TK_INSERT || k == TK_UPDATE || k == TK_DELETE || k == TK_MERGE)) {
				other(S, st, SCT_OTHER_DATA, words(S, i, 1, e));
				return;
			}
		}
		other(S, st, SCT_OTHER_CONTROL, "SELECT");
		return;
	}
	case TK_EXEC: case TK_EXECUTE: {
		size_t i = s + 1;
		if (k1 == '(') {
			other(S, st, SCT_OTHER_DYNAMIC, "EXEC");
			return;
		}
		if (k1 == TK_AS) {
			other(S, st, SCT_OTHER_SECURITY, "EXECUTE AS");
			return;
		}
		if (k1 == TK_VAR && K(S, s + 2, e) == '=')
			i = s + 3;
		/* last part of the procedure name */
		size_t p = i;
		while (p + 2 < e && S->t[p + 1].kind == '.')
			p += 2;
		if (word_is(S, p, e, "sp_executesql")) {
			other(S, st, SCT_OTHER_DYNAMIC, "EXEC SP_EXECUTESQL");
			return;
		}
		static const char *const sec[] = {"sp_addrolemember", "sp_droprolemember", "sp_addsrvrolemember", "sp_addlogin",
						  "sp_adduser", "sp_grantdbaccess", "sp_addrole", "sp_changedbowner",
						  "sp_grantlogin", "sp_droplogin", "sp_dropuser", "sp_revokedbaccess",
						  "sp_change_users_login", "sp_addapprole", NULL};
		static const char *const db[] = {"sp_fulltext_database", "sp_fulltext_catalog", "sp_fulltext_table",
						 "sp_fulltext_column", "sp_dboption", "sp_configure", "sp_db_vardecimal_storage_format",
						 "sp_addumpdevice", "sp_tableoption", "sp_addmessage", NULL};
		if (in_words(S, p, e, sec) || in_words(S, p, e, db)) {
			char *v = sct_arena_printf(S->a, "EXEC %s", words(S, p, 1, e));
			other(S, st, in_words(S, p, e, sec) ? SCT_OTHER_SECURITY : SCT_OTHER_DATABASE, v);
			return;
		}
		other(S, st, SCT_OTHER_CONTROL, "EXEC");
		return;
	}
	case TK_CREATE: case TK_ALTER: {
		size_t i = s + 1;
		if (k0 == TK_CREATE && k1 == TK_OR && K(S, s + 2, e) == TK_ALTER)
			i = s + 3;
		const char *verb0 = k0 == TK_CREATE ? "CREATE" : "ALTER";
		size_t nw = in_words(S, i, e, two_word) ? 2 : 1;
		if (word_is(S, i, e, "xml") && word_is(S, i + 1, e, "schema"))
			nw = 3;
		char *v = sct_arena_printf(S->a, "%s %s", verb0, words(S, i, nw, e));
		if (in_words(S, i, e, sec_words))
			other(S, st, SCT_OTHER_SECURITY, v);
		else if (in_words(S, i, e, db_words))
			other(S, st, SCT_OTHER_DATABASE, v);
		else
			other(S, st, SCT_OTHER_UNKNOWN, v);
		return;
	}
	case TK_CHECKPOINT: case TK_DBCC: case TK_BACKUP: case TK_RESTORE:
		other(S, st, SCT_OTHER_DATABASE, words(S, s, 1, e));
		return;
	case TK_BEGIN: case TK_END: case TK_COMMIT: case TK_ROLLBACK: case TK_SAVE:
		if (k1 == TK_TRAN || k1 == TK_TRANSACTION || k1 == TK_TRY || k1 == TK_CATCH || word_is(S, s + 1, e, "distributed"))
			other(S, st, SCT_OTHER_CONTROL, words(S, s, 2, e));
		else
			other(S, st, SCT_OTHER_CONTROL, words(S, s, 1, e));
		return;
	case TK_ENABLE: case TK_DISABLE:
		other(S, st, SCT_OTHER_CONTROL, words(S, s, 2, e));
		return;
	case TK_IF: case TK_ELSE: case TK_WHILE: case TK_DECLARE: case TK_RAISERROR: case TK_THROW: case TK_RETURN:
	case TK_GOTO: case TK_BREAK: case TK_CONTINUE: case TK_WAITFOR: case TK_SELECT: case TK_OPEN: case TK_FETCH:
	case TK_CLOSE: case TK_DEALLOCATE:
		other(S, st, SCT_OTHER_CONTROL, words(S, s, 1, e));
		return;
	case TK_IDENT: case TK_QIDENT:
		if (k1 == ':') {
			other(S, st, SCT_OTHER_CONTROL, "LABEL");
			return;
		}
		if (first_in_batch) { /* a procedure call without EXEC as the first statement of a batch */
			other(S, st, SCT_OTHER_CONTROL, "EXEC");
			return;
		}
		break;
	}
	const sct_tsql_tok *t = &S->t[s];
	uint32_t n = t->len > 40 ? 40 : t->len;
	unparsed(st, sct_arena_printf(S->a, "unexpected '%.*s' at the start of a statement", (int)n, S->src + t->off), t->off);
}

/* ---------- parsing one statement ---------- */

static int grammar_stmt(const splitter *S, size_t s, size_t e)
{
	int k0 = S->t[s].kind;
	size_t i = s + 1;
	if (k0 == TK_CREATE && K(S, i, e) == TK_OR && K(S, i + 1, e) == TK_ALTER)
		i += 2;
	int k = K(S, i, e);
	if (k0 == TK_ALTER)
		return k == TK_TABLE || is_routine_kw(k);
	if (k0 != TK_CREATE)
		return 0;
	switch (k) {
	case TK_TABLE: case TK_INDEX: case TK_UNIQUE: case TK_CLUSTERED: case TK_NONCLUSTERED: case TK_COLUMNSTORE:
	case TK_SPATIAL: case TK_SEQUENCE: case TK_SYNONYM: case TK_TYPE: case TK_SCHEMA:
	case TK_VIEW: case TK_PROC: case TK_PROCEDURE: case TK_FUNCTION: case TK_TRIGGER:
		return 1;
	case TK_PRIMARY:
		return K(S, i + 1, e) == TK_XML;
	case TK_XML:
	case TK_FULLTEXT:
		return K(S, i + 1, e) == TK_INDEX;
	}
	return 0;
}

static void parse_stmt(splitter *S, sct_stmt *st, size_t s, size_t e)
{
	sct_tsql_pctx c = {0};
	c.a = S->a;
	c.names = S->names;
	c.hierarchyid = S->hierarchyid;
	c.src = S->src;
	c.toks = S->t;
	c.pos = s;
	c.end = e;
	c.body_at = SIZE_MAX;
	c.stmt = st;
	if (is_routine_start(S, s, e)) {
		int k = K(S, s + 1, e) == TK_OR ? K(S, s + 3, e) : K(S, s + 1, e);
		if (k == TK_VIEW) {
			size_t f = e;
			if (S->t[f - 1].kind == ';')
				f--;
			if (f >= s + 3 && S->t[f - 3].kind == TK_WITH && S->t[f - 2].kind == TK_CHECK && S->t[f - 1].kind == TK_OPTION) {
				c.view_check_option = 1;
				f -= 3;
			}
			c.end = f;
		} else {
			int depth = 0;
			for (size_t j = s; j < e; j++) {
				int kk = S->t[j].kind;
				if (kk == '(')
					depth++;
				else if (kk == ')')
					depth--;
				else if (kk == TK_AS && depth == 0 && j > s) {
					int p = S->t[j - 1].kind;
					if (p == TK_VAR || p == TK_EXEC || p == TK_EXECUTE)
						continue;
					c.body_at = j;
					c.body_first = j + 1 < e ? S->t[j + 1].off : S->t[j].off + S->t[j].len;
					c.body_last = S->t[e - 1].off + S->t[e - 1].len;
					break;
				}
			}
		}
	} else if (S->t[e - 1].kind == ';')
		c.end = e - 1;
	if (sct_tsql_parse_tokens(&c) != 0) {
		unparsed(st, c.error, c.error_loc);
		return;
	}
	if (st->kind != SCT_STMT_ROUTINE)
		return;
	if (c.body_at != SIZE_MAX)
		sct_tsql_parse_body(S->a, S->src, (sct_tsql_tok *)S->t, c.body_at + 1, e, st->u.routine);
	/* a routine carried as written is read by a person: say that its "..." are strings */
	for (size_t j = s; j < e; j++)
		if (S->t[j].kind == TK_STRING && S->src[S->t[j].off] == '"') {
			st->u.routine->dq_strings = 1;
			break;
		}
}

static void do_stmt(splitter *S, size_t s, size_t e)
{
	sct_stmt *st = new_stmt(S, s, e);
	int depth = 0;
	/* a clean batch needs no walk: a statement is nested no deeper than its batch (its depth, counted from its
	 * first token, is never more than the batch's, counted from the batch's first) */
	for (size_t i = S->clean ? e : s; i < e; i++) {
		int k = S->t[i].kind;
		if (k == TK_ERROR) {
			unparsed(st, sct_tsql_lexerr_msg(S->t[i].flags), S->t[i].off);
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
	/* bytes that are not UTF-8 would reach the output (and PostgreSQL rejects them): not converted */
	size_t bad = sct_utf8_check(S->src + st->loc, st->end - st->loc);
	if (bad < st->end - st->loc) {
		unparsed(st, "invalid UTF-8 byte sequence (input must be UTF-8, or UTF-16 with a byte order mark)",
			 st->loc + (uint32_t)bad);
		return;
	}
	if (grammar_stmt(S, s, e)) {
		parse_stmt(S, st, s, e);
		return;
	}
	int k0 = S->t[s].kind;
	if (k0 == TK_EXEC || k0 == TK_EXECUTE) {
		size_t p = s + 1;
		while (p + 2 < e && S->t[p + 1].kind == '.')
			p += 2;
		if (word_is(S, p, e, "sp_addextendedproperty")) {
			do_extprop(S, st, p + 1, S->t[e - 1].kind == ';' ? e - 1 : e);
			return;
		}
		if (word_is(S, p, e, "sp_addtype")) {
			do_addtype(S, st, p + 1, S->t[e - 1].kind == ';' ? e - 1 : e);
			return;
		}
	}
	classify(S, st, s, e, s == S->batch_start);
}

size_t sct_parse_tsql(sct_arena *a, const char *src, size_t len, int file_index, sct_list *out, int *hierarchyid)
{
	/* one GO batch at a time into one reused token buffer: statements never span a GO */
	sct_tsql_batch_lexer lx = {.src = src, .len = len, .qi_off = SCT_TSQL_QI_UNSET, .dq_assumed = len,
				   .has_nul = memchr(src, 0, len) != NULL};
	sct_intern *names = sct_intern_new();
	splitter S = {.src = src, .a = a, .out = out, .file = file_index, .names = names, .hierarchyid = hierarchyid};
	size_t n;
	while ((n = sct_tsql_tokenize_batch(&lx)) > 0) {
		const sct_tsql_tok *t = lx.v;
		size_t i = 0, be = t[n - 1].kind == TK_GO ? n - 1 : n;
		S.t = t;
		S.n = n;
		S.batch_start = i;
		S.clean = !lx.errors && lx.max_depth <= SCT_MAX_DEPTH;
		while (i < be) {
			if (t[i].kind == ';') { /* empty statement */
				i++;
				S.batch_start = i;
				continue;
			}
			size_t e = find_end(&S, i, be);
			if (e <= i)
				e = i + 1;
			do_stmt(&S, i, e);
			i = e;
		}
		if (be < n)
			S.batch++;
	}
	free(lx.v);
	sct_intern_free(names);
	return lx.dq_assumed;
}
