/* oracle.re - re2c lexer for Oracle SQL*Plus scripts: the whole buffer into an array of tokens (see
 * src/parse/oracle/ora_int.h). It also follows SQL*Plus's statement rules, which are lexical: a SQL statement
 * ends at ';', a PL/SQL unit (CREATE PROCEDURE/FUNCTION/PACKAGE/TRIGGER/TYPE, DECLARE/BEGIN blocks) only at
 * '/' alone on a line, and a SQL*Plus command (SET, PROMPT, REM, @file, ...) at the start of a statement is
 * one line (with '-' continuations) that becomes one TK_SQLPLUS token. Reentrant; never reads past src+len
 * (re2c:eof sentinel mode; hand-written sub-scanners stop at the limit). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include "parse/oracle/ora_int.h"
#include "oracle_parser.h"

typedef struct lexer {
	const unsigned char *base, *cur, *lim, *tok, *mar;
	sct_ora_tok *v;
	size_t n, cap;
	size_t stmt_first;   /* index of the first token of the current statement */
	int plsql;           /* inside a PL/SQL unit: only '/' alone on a line ends it */
} lexer;

static void emit(lexer *L, int kind, const unsigned char *s, const unsigned char *e, uint32_t flags)
{
	if (L->n == L->cap) {
		L->cap = L->cap * 2 + 64;
		sct_ora_tok *nv = realloc(L->v, L->cap * sizeof *nv);
		if (!nv) {
			fputs("sctconv: out of memory\n", stderr);
			abort();
		}
		L->v = nv;
	}
	sct_ora_tok *t = &L->v[L->n++];
	t->kind = kind;
	t->off = (uint32_t)(s - L->base);
	t->len = (uint32_t)(e - s);
	t->flags = flags;
}

static int at_line_start(const unsigned char *base, const unsigned char *p)
{
	while (p > base && (p[-1] == ' ' || p[-1] == '\t'))
		p--;
	return p == base || p[-1] == '\n' || p[-1] == '\r';
}

/* Only blanks up to the end of the line after p? */
static int rest_blank(const lexer *L, const unsigned char *p)
{
	while (p < L->lim && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	return p == L->lim || *p == '\n';
}

/* 'text' with '' as an escaped quote. Returns 1 if terminated (cur after the quote). */
static int scan_quoted(lexer *L, unsigned char q)
{
	const unsigned char *p = L->cur;
	for (;;) {
		const unsigned char *e = memchr(p, q, (size_t)(L->lim - p));
		if (!e) {
			L->cur = L->lim;
			return 0;
		}
		if (e + 1 < L->lim && e[1] == q) {
			p = e + 2;
			continue;
		}
		L->cur = e + 1;
		return 1;
	}
}

/* A quoted token just scanned (ok: terminated): kind, else TK_ERROR with lexerr; TK_ERROR at a NUL byte inside
 * it, whose text would end there (a name or string cut short). */
static void emit_quoted(lexer *L, int ok, int kind, uint32_t lexerr)
{
	const unsigned char *nul = ok ? memchr(L->tok, 0, (size_t)(L->cur - L->tok)) : NULL;
	if (nul)
		emit(L, TK_ERROR, nul, L->cur, SCT_ORA_LEXERR_NUL);
	else
		emit(L, ok ? kind : TK_ERROR, L->tok, L->cur, lexerr);
}

/* q'Xtext X' alternative quoting: L->cur is after q' ; the delimiter follows. */
static int scan_qquote(lexer *L)
{
	if (L->cur >= L->lim)
		return 0;
	unsigned char open = *L->cur, close = open;
	if (open == '[') close = ']';
	else if (open == '{') close = '}';
	else if (open == '(') close = ')';
	else if (open == '<') close = '>';
	const unsigned char *p = L->cur + 1;
	while (p + 1 < L->lim) {
		if (p[0] == close && p[1] == '\'') {
			L->cur = p + 2;
			return 1;
		}
		p++;
	}
	L->cur = L->lim;
	return 0;
}

static int scan_block_comment(lexer *L) /* L->cur after the opening slash-star; Oracle comments do not nest */
{
	const unsigned char *p = L->cur;
	while (p + 1 < L->lim) {
		if (p[0] == '*' && p[1] == '/') {
			L->cur = p + 2;
			return 1;
		}
		p++;
	}
	L->cur = L->lim;
	return 0;
}

static void to_eol(lexer *L)
{
	const unsigned char *e = memchr(L->cur, '\n', (size_t)(L->lim - L->cur));
	L->cur = e ? e : L->lim;
	if (L->cur > L->tok && L->cur[-1] == '\r' && e)
		L->cur--;
}

/* A SQL*Plus command line: to the end of the line, continued while a line ends in '-'. */
static void to_eol_cont(lexer *L)
{
	for (;;) {
		to_eol(L);
		const unsigned char *e = L->cur;
		while (e > L->tok && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (e > L->tok && e[-1] == '-' && L->cur < L->lim) {
			while (L->cur < L->lim && *L->cur != '\n')
				L->cur++;
			if (L->cur < L->lim)
				L->cur++;
			continue;
		}
		return;
	}
}

static int word_eq(const unsigned char *s, size_t n, const char *w)
{
	return strlen(w) == n && strncasecmp((const char *)s, w, n) == 0;
}

/* The word after p (skipping blanks), as s/n. */
static void next_word(const lexer *L, const unsigned char *p, const unsigned char **s, size_t *n)
{
	while (p < L->lim && (*p == ' ' || *p == '\t'))
		p++;
	const unsigned char *q = p;
	while (q < L->lim && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '_'))
		q++;
	*s = p;
	*n = (size_t)(q - p);
}

static int is_sqlplus_word(const lexer *L, const unsigned char *s, size_t n)
{
	static const char *const w[] = {"prompt", "pro", "rem", "remark", "spool", "spo", "define", "def", "undefine",
		"undef", "whenever", "exit", "quit", "connect", "conn", "show", "sho", "column", "col", "ttitle", "btitle",
		"pause", "accept", "acc", "variable", "var", "print", "clear", "break", "compute", "host", "exec", "execute",
		"desc", "describe", "start", "sta", "timing", "store", "repheader", "repfooter", "disconnect", "disc",
		"password", "get", "save", "edit", "input", "list", "append", "change", "run", "recover", "startup",
		"shutdown", "archive", "attribute", "copy", "spool", NULL};
	if (word_eq(s, n, "set")) {
		const unsigned char *ns;
		size_t nn;
		next_word(L, s + n, &ns, &nn);
		return !(word_eq(ns, nn, "role") || word_eq(ns, nn, "transaction") || word_eq(ns, nn, "constraint") ||
			 word_eq(ns, nn, "constraints"));
	}
	for (int i = 0; w[i]; i++)
		if (word_eq(s, n, w[i]))
			return 1;
	return 0;
}

/* Is token i of the statement a word equal to w? */
static int tok_is(const lexer *L, size_t i, const char *w)
{
	if (i >= L->n)
		return 0;
	const sct_ora_tok *t = &L->v[i];
	return word_eq(L->base + t->off, t->len, w);
}

/* Does the statement so far open a PL/SQL unit (which only '/' ends)? */
static int opens_plsql(const lexer *L)
{
	size_t i = L->stmt_first;
	if (tok_is(L, i, "declare") || tok_is(L, i, "begin"))
		return 1;
	if (!tok_is(L, i, "create"))
		return 0;
	i++;
	if (tok_is(L, i, "or") && tok_is(L, i + 1, "replace"))
		i += 2;
	if (tok_is(L, i, "editionable") || tok_is(L, i, "noneditionable"))
		i++;
	if (tok_is(L, i, "and") && (tok_is(L, i + 1, "compile") || tok_is(L, i + 1, "resolve")))
		i += 2;
	if (tok_is(L, i, "noforce"))
		i++;
	static const char *const units[] = {"procedure", "function", "package", "trigger", "type", "library", "java", NULL};
	for (int k = 0; units[k]; k++)
		if (tok_is(L, i, units[k]))
			return 1;
	return 0;
}

/* Bookkeeping after a token was emitted. */
static void after_token(lexer *L)
{
	size_t ntok = L->n - L->stmt_first;
	if (!L->plsql && ntok <= 6 && opens_plsql(L))
		L->plsql = 1;
}

const char *sct_ora_lexerr_msg(uint32_t code)
{
	switch (code) {
	case SCT_ORA_LEXERR_STRING: return "unterminated string literal";
	case SCT_ORA_LEXERR_QIDENT: return "unterminated quoted identifier";
	case SCT_ORA_LEXERR_COMMENT: return "unterminated comment";
	case SCT_ORA_LEXERR_NUL: return "invalid NUL byte";
	default: return "invalid character";
	}
}

/* A word: a SQL*Plus command when it starts a statement outside PL/SQL, else the token kind k. */
static void word(lexer *L, int k)
{
	if (!L->plsql && L->n == L->stmt_first && is_sqlplus_word(L, L->tok, (size_t)(L->cur - L->tok))) {
		to_eol_cont(L);
		emit(L, TK_SQLPLUS, L->tok, L->cur, 0);
		L->stmt_first = L->n;
		return;
	}
	emit(L, k, L->tok, L->cur, 0);
	after_token(L);
}

#define KW(k) do { word(L, (k)); goto next; } while (0)
#define OP(k) do { emit(L, (k), L->tok, L->cur, 0); after_token(L); goto next; } while (0)

sct_ora_tok *sct_ora_tokenize(const char *src, size_t len, size_t *n)
{
	lexer Lx = {0};
	lexer *L = &Lx;
	L->base = L->cur = (const unsigned char *)src;
	L->lim = L->base + len;
	L->cap = len / 5 + 64;
	L->v = malloc(L->cap * sizeof *L->v);
	if (!L->v) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	for (;;) {
	next:
		L->tok = L->cur;
		/*!re2c
		re2c:yyfill:enable = 0;
		re2c:eof = 0;
		re2c:define:YYCTYPE = "unsigned char";
		re2c:define:YYCURSOR = "L->cur";
		re2c:define:YYMARKER = "L->mar";
		re2c:define:YYLIMIT = "L->lim";

		dig = [0-9];
		exp = [eE] [+-]? dig+;
		ids = [a-zA-Z\x80-\xff];
		idc = [a-zA-Z0-9_$#\x80-\xff];

		$ { break; }
		[ \t\r\n\v\f]+ { goto next; }
		"--" { to_eol(L); goto next; }
		"/*" { if (!scan_block_comment(L)) emit(L, TK_ERROR, L->tok, L->lim, SCT_ORA_LEXERR_COMMENT); goto next; }
		"/" {
			if (at_line_start(L->base, L->tok) && rest_blank(L, L->cur)) {
				emit(L, TK_SLASH, L->tok, L->cur, 0);
				L->stmt_first = L->n;
				L->plsql = 0;
				goto next;
			}
			OP('/');
		}
		";" {
			emit(L, ';', L->tok, L->cur, L->plsql ? 0 : SCT_ORA_TF_END);
			if (!L->plsql)
				L->stmt_first = L->n;
			goto next;
		}
		"'" { emit_quoted(L, scan_quoted(L, '\''), TK_STRING, SCT_ORA_LEXERR_STRING); after_token(L); goto next; }
		[nN] "'" { emit_quoted(L, scan_quoted(L, '\''), TK_NSTRING, SCT_ORA_LEXERR_STRING); after_token(L); goto next; }
		[nN]? [qQ] "'" { emit_quoted(L, scan_qquote(L), TK_STRING, SCT_ORA_LEXERR_STRING); after_token(L); goto next; }
		["] { emit_quoted(L, scan_quoted(L, '"'), TK_QIDENT, SCT_ORA_LEXERR_QIDENT); after_token(L); goto next; }
		dig+ ("." dig*)? exp? [fFdD]? | "." dig+ exp? [fFdD]? { OP(TK_NUMBER); }
		dig+ / ".." { OP(TK_NUMBER); }
		"@" "@"? {
			if (!L->plsql && L->n == L->stmt_first) {
				to_eol(L);
				emit(L, TK_SQLPLUS, L->tok, L->cur, 0);
				L->stmt_first = L->n;
				goto next;
			}
			OP('@');
		}
		"&" "&"? [a-zA-Z_] [a-zA-Z0-9_$#]* "."? { OP(TK_SUBST); }
		":" [a-zA-Z_] idc* { OP(TK_BIND); }
		":" dig+ { OP(TK_BIND); }
		"(" [ \t\r\n]* "+" [ \t\r\n]* ")" { OP(TK_OJ); }
		"||" { OP(TK_CONCAT); }
		"<>" | "!=" | "^=" | "~=" { OP(TK_NE); }
		"<=" { OP(TK_LE); }
		">=" { OP(TK_GE); }
		":=" { OP(TK_ASSIGN); }
		"=>" { OP(TK_ARROW); }
		".." { OP(TK_DOTDOT); }
		"**" { OP(TK_POWER); }
		[-+*%(),.=<>:|!^~&?{}[\]] { OP(L->tok[0]); }
		'add' { KW(TK_ADD); }
		'all' { KW(TK_ALL); }
		'alter' { KW(TK_ALTER); }
		'and' { KW(TK_AND); }
		'any' { KW(TK_ANY); }
		'as' { KW(TK_AS); }
		'asc' { KW(TK_ASC); }
		'between' { KW(TK_BETWEEN); }
		'by' { KW(TK_BY); }
		'case' { KW(TK_CASE); }
		'cast' { KW(TK_CAST); }
		'check' { KW(TK_CHECK); }
		'column' { KW(TK_COLUMN); }
		'comment' { KW(TK_COMMENT); }
		'connect' { KW(TK_CONNECT); }
		'constraint' { KW(TK_CONSTRAINT); }
		'create' { KW(TK_CREATE); }
		'cross' { KW(TK_CROSS); }
		'date' { KW(TK_DATE); }
		'default' { KW(TK_DEFAULT); }
		'delete' { KW(TK_DELETE); }
		'desc' { KW(TK_DESC); }
		'distinct' { KW(TK_DISTINCT); }
		'drop' { KW(TK_DROP); }
		'else' { KW(TK_ELSE); }
		'end' { KW(TK_END); }
		'except' { KW(TK_EXCEPT); }
		'exists' { KW(TK_EXISTS); }
		'for' { KW(TK_FOR); }
		'foreign' { KW(TK_FOREIGN); }
		'from' { KW(TK_FROM); }
		'full' { KW(TK_FULL); }
		'group' { KW(TK_GROUP); }
		'having' { KW(TK_HAVING); }
		'in' { KW(TK_IN); }
		'index' { KW(TK_INDEX); }
		'inner' { KW(TK_INNER); }
		'intersect' { KW(TK_INTERSECT); }
		'into' { KW(TK_INTO); }
		'is' { KW(TK_IS); }
		'join' { KW(TK_JOIN); }
		'left' { KW(TK_LEFT); }
		'like' { KW(TK_LIKE); }
		'minus' { KW(TK_MINUS); }
		'modify' { KW(TK_MODIFY); }
		'natural' { KW(TK_NATURAL); }
		'not' { KW(TK_NOT); }
		'null' { KW(TK_NULL); }
		'of' { KW(TK_OF); }
		'on' { KW(TK_ON); }
		'or' { KW(TK_OR); }
		'order' { KW(TK_ORDER); }
		'outer' { KW(TK_OUTER); }
		'primary' { KW(TK_PRIMARY); }
		'prior' { KW(TK_PRIOR); }
		'references' { KW(TK_REFERENCES); }
		'right' { KW(TK_RIGHT); }
		'select' { KW(TK_SELECT); }
		'set' { KW(TK_SET); }
		'some' { KW(TK_SOME); }
		'start' { KW(TK_START); }
		'table' { KW(TK_TABLE); }
		'then' { KW(TK_THEN); }
		'to' { KW(TK_TO); }
		'union' { KW(TK_UNION); }
		'unique' { KW(TK_UNIQUE); }
		'using' { KW(TK_USING); }
		'view' { KW(TK_VIEW); }
		'when' { KW(TK_WHEN); }
		'where' { KW(TK_WHERE); }
		'with' { KW(TK_WITH); }
		'always' { KW(TK_ALWAYS); }
		'bitmap' { KW(TK_BITMAP); }
		'cache' { KW(TK_CACHE); }
		'cascade' { KW(TK_CASCADE); }
		'cycle' { KW(TK_CYCLE); }
		'deferrable' { KW(TK_DEFERRABLE); }
		'deferred' { KW(TK_DEFERRED); }
		'disable' { KW(TK_DISABLE); }
		'enable' { KW(TK_ENABLE); }
		'escape' { KW(TK_ESCAPE); }
		'fetch' { KW(TK_FETCH); }
		'first' { KW(TK_FIRST); }
		'force' { KW(TK_FORCE); }
		'generated' { KW(TK_GENERATED); }
		'identity' { KW(TK_IDENTITY); }
		'immediate' { KW(TK_IMMEDIATE); }
		'increment' { KW(TK_INCREMENT); }
		'initially' { KW(TK_INITIALLY); }
		'key' { KW(TK_KEY); }
		'maxvalue' { KW(TK_MAXVALUE); }
		'minvalue' { KW(TK_MINVALUE); }
		'next' { KW(TK_NEXT); }
		'nocache' { KW(TK_NOCACHE); }
		'nocycle' { KW(TK_NOCYCLE); }
		'noforce' { KW(TK_NOFORCE); }
		'nomaxvalue' { KW(TK_NOMAXVALUE); }
		'nominvalue' { KW(TK_NOMINVALUE); }
		'noorder' { KW(TK_NOORDER); }
		'norely' { KW(TK_NORELY); }
		'novalidate' { KW(TK_NOVALIDATE); }
		'nulls' { KW(TK_NULLS); }
		'offset' { KW(TK_OFFSET); }
		'only' { KW(TK_ONLY); }
		'option' { KW(TK_OPTION); }
		'over' { KW(TK_OVER); }
		'partition' { KW(TK_PARTITION); }
		'public' { KW(TK_PUBLIC); }
		'read' { KW(TK_READ); }
		'rely' { KW(TK_RELY); }
		'replace' { KW(TK_REPLACE); }
		'row' { KW(TK_ROW); }
		'rows' { KW(TK_ROWS); }
		'sequence' { KW(TK_SEQUENCE); }
		'synonym' { KW(TK_SYNONYM); }
		'timestamp' { KW(TK_TIMESTAMP); }
		'type' { KW(TK_TYPE); }
		'validate' { KW(TK_VALIDATE); }
		'virtual' { KW(TK_VIRTUAL); }
		'editionable' { KW(TK_EDITIONABLE); }
		'editioning' { KW(TK_EDITIONING); }
		'noneditionable' { KW(TK_NONEDITIONABLE); }
		'siblings' { KW(TK_SIBLINGS); }
		'last' { KW(TK_LAST); }
		'nocopy' { KW(TK_IDENT); }
		ids idc* | "$" "$"? [a-zA-Z_] idc* { KW(TK_IDENT); }
		"\x00" { emit(L, TK_ERROR, L->tok, L->cur, SCT_ORA_LEXERR_NUL); goto next; }
		* { emit(L, TK_ERROR, L->tok, L->cur, SCT_ORA_LEXERR_CHAR); after_token(L); goto next; }
		*/
	}
	*n = L->n;
	return L->v;
}
