/* tsql.re - re2c lexer for T-SQL: the whole buffer into an array of tokens (see src/parse/tsql/tsql_int.h).
 * Reentrant (all state in struct lexer). Never reads past src+len: re2c runs in sentinel+bounds mode
 * (re2c:eof), hand-written sub-scanners (strings, comments, brackets) stop at the limit. An embedded NUL is an
 * invalid character; an unterminated construct runs to the end of input and yields an error token. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include "parse/tsql/tsql_int.h"
#include "tsql_parser.h"

typedef struct lexer {
	const unsigned char *base, *cur, *lim, *tok, *mar;
	sct_tsql_tok *v;
	size_t n, cap;
	int stop_at_go;        /* sct_tsql_tokenize_batch: return after a GO */
	int qi_off;            /* SCT_TSQL_QI_*: OFF: "..." is a string literal; UNSET: not set by the script yet */
	size_t dq_assumed;     /* see sct_tsql_batch_lexer */
	size_t batch;          /* index of the first token of the current batch (after the last GO) */
	int depth, max_depth;  /* nesting of '(' (never below 0) and its deepest level */
	int errors;            /* a TK_ERROR token was emitted */
	int has_nul;           /* the input has a NUL byte somewhere (quoted tokens are then checked for one) */
} lexer;

static void grow(lexer *L)
{
	L->cap = L->cap * 2 + 64;
	sct_tsql_tok *nv = realloc(L->v, L->cap * sizeof *nv);
	if (!nv) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	L->v = nv;
}

static inline void emit(lexer *L, int kind, const unsigned char *s, const unsigned char *e, uint32_t flags)
{
	if (L->n == L->cap)
		grow(L);
	sct_tsql_tok *t = &L->v[L->n++];
	t->kind = kind;
	t->off = (uint32_t)(s - L->base);
	t->len = (uint32_t)(e - s);
	t->flags = flags;
}

static void emit_error(lexer *L, const unsigned char *s, const unsigned char *e, uint32_t lexerr)
{
	L->errors = 1;
	emit(L, TK_ERROR, s, e, lexerr);
}

static int at_line_start(const unsigned char *base, const unsigned char *p)
{
	while (p > base && (p[-1] == ' ' || p[-1] == '\t'))
		p--;
	return p == base || p[-1] == '\n' || p[-1] == '\r';
}

/* A quoted thing ending in q, where qq is an escaped q. Returns 0 if unterminated, else 1 (cur after the quote),
 * 2 when it holds an escaped q (SCT_TSQL_TOKF_ESCAPED: the parser then need not look for one). */
static inline int scan_quoted(lexer *L, unsigned char q)
{
	const unsigned char *p = L->cur;
	int escaped = 0;
	for (;;) {
		const unsigned char *e = memchr(p, q, (size_t)(L->lim - p));
		if (!e) {
			L->cur = L->lim;
			return 0;
		}
		if (e + 1 < L->lim && e[1] == q) {
			p = e + 2;
			escaped = 1;
			continue;
		}
		L->cur = e + 1;
		return 1 + escaped;
	}
}

/* Emits a quoted token: kind when terminated (flags: escaped or not), else TK_ERROR with lexerr. */
static inline void emit_quoted(lexer *L, int kind, unsigned char q, uint32_t lexerr)
{
	int r = scan_quoted(L, q);
	const unsigned char *nul;
	if (r && L->has_nul && (nul = memchr(L->tok, 0, (size_t)(L->cur - L->tok))))
		emit_error(L, nul, L->cur, SCT_LEXERR_NUL); /* its text would end there: a name or string cut short */
	else if (r)
		emit(L, kind, L->tok, L->cur, r == 2 ? SCT_TSQL_TOKF_ESCAPED : 0);
	else
		emit_error(L, L->tok, L->cur, lexerr);
}

static int scan_block_comment(lexer *L) /* L->cur is after the opening slash-star */
{
	const unsigned char *p = L->cur, *lim = L->lim;
	int depth = 1;
	while (p < lim) {
		unsigned char c = *p;
		if (c == '*' && p + 1 < lim && p[1] == '/') {
			p += 2;
			if (--depth == 0) {
				L->cur = p;
				return 1;
			}
		} else if (c == '/' && p + 1 < lim && p[1] == '*') {
			p += 2;
			depth++;
		} else
			p++;
	}
	L->cur = lim;
	return 0;
}

static void to_eol(lexer *L)
{
	/* a line ends at \n, \r\n or a lone \r (as the line map counts them): a file with CR line ends must not
	 * become one long comment */
	const unsigned char *p = L->cur;
	while (p < L->lim && *p != '\n' && *p != '\r')
		p++;
	L->cur = p;
}

/* GO on a line of its own: [ws] GO [ws] [count] [ws] [-- comment]. */
static int try_go(lexer *L)
{
	if (!at_line_start(L->base, L->tok))
		return 0;
	const unsigned char *p = L->cur, *lim = L->lim;
	uint32_t count = 0;
	while (p < lim && (*p == ' ' || *p == '\t'))
		p++;
	while (p < lim && *p >= '0' && *p <= '9') {
		if (count < 1000000)
			count = count * 10 + (uint32_t)(*p - '0');
		p++;
	}
	while (p < lim && (*p == ' ' || *p == '\t'))
		p++;
	if (p + 1 < lim && p[0] == '-' && p[1] == '-') {
		const unsigned char *e = memchr(p, '\n', (size_t)(lim - p));
		p = e ? e : lim;
	}
	if (p < lim && *p != '\n' && *p != '\r')
		return 0;
	while (p > L->cur && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\r'))
		p--;
	L->cur = p;
	emit(L, TK_GO, L->tok, p, count);
	L->batch = L->n;
	return 1;
}

/* Does the current batch create or alter a procedure, trigger or function? Its body runs to the end of the
 * batch; a SET QUOTED_IDENTIFIER in it changes nothing: the body is parsed with the setting of the batch that
 * creates it, and the session's setting is not changed. */
static int routine_batch(const lexer *L)
{
	size_t i = L->batch;
	while (i < L->n && (L->v[i].kind == TK_SQLCMD || L->v[i].kind == ';'))
		i++;
	if (i < L->n && L->v[i].kind == TK_CREATE) {
		i++;
		if (i + 1 < L->n && L->v[i].kind == TK_OR && L->v[i + 1].kind == TK_ALTER)
			i += 2;
	} else if (i < L->n && L->v[i].kind == TK_ALTER)
		i++;
	else
		return 0;
	int k = i < L->n ? L->v[i].kind : 0;
	return k == TK_PROC || k == TK_PROCEDURE || k == TK_TRIGGER || k == TK_FUNCTION;
}

/* At ON or OFF: does SET QUOTED_IDENTIFIER (or ANSI_DEFAULTS, which sets it too, at parse time as well; or a
 * list of options naming either) come before it? SQL Server applies the setting while it parses, from this point of the script on
 * (whether or not the SET runs), to later batches too, until another SET changes it; with it OFF "..." is a
 * string literal like '...' ([...] is not affected). The tokens before it are a list (ident ',')* ident after
 * SET: the walk back stops at the first other token, so each token is looked at by one walk at most. */
static void quoted_identifier_option(lexer *L, int off)
{
	size_t i = L->n;
	int named = 0;
	while (i > 0 && L->v[i - 1].kind == TK_IDENT) {
		const sct_tsql_tok *t = &L->v[i - 1];
		const char *s = (const char *)L->base + t->off;
		if ((t->len == 17 && !strncasecmp(s, "quoted_identifier", 17)) ||
		    (t->len == 13 && !strncasecmp(s, "ansi_defaults", 13)))
			named = 1;
		if (i >= 2 && L->v[i - 2].kind == TK_SET) {
			/* not ALTER DATABASE db SET QUOTED_IDENTIFIER OFF: the database's default, which the
			 * connection's own setting (ON from SSMS and the drivers, OFF from sqlcmd without -I) overrides */
			int db = i >= 5 && L->v[i - 4].kind == TK_DATABASE && L->v[i - 5].kind == TK_ALTER;
			if (named && !db && !routine_batch(L))
				L->qi_off = off ? SCT_TSQL_QI_OFF : SCT_TSQL_QI_ON;
			return;
		}
		if (i < 3 || L->v[i - 2].kind != ',')
			return;
		i -= 2;
	}
}

/* The first "..." of a script that has not set QUOTED_IDENTIFIER: read as a name (ON, as SSMS and the ODBC and
 * OLE DB drivers connect), its place kept for the report (sqlcmd without -I connects with OFF: a string
 * literal); the ones after it are read the same way without a note. Out of line: once per script at most. */
static __attribute__((noinline)) void qi_assumed(lexer *L)
{
	L->dq_assumed = (size_t)(L->tok - L->base);
	L->qi_off = SCT_TSQL_QI_ON;
}

const char *sct_tsql_lexerr_msg(uint32_t code)
{
	switch (code) {
	case SCT_LEXERR_STRING: return "unterminated string literal";
	case SCT_LEXERR_QIDENT: return "unterminated quoted identifier";
	case SCT_LEXERR_BRACKET: return "unterminated bracketed identifier";
	case SCT_LEXERR_COMMENT: return "unterminated comment";
	case SCT_LEXERR_NUL: return "invalid NUL byte";
	default: return "invalid character";
	}
}

/* Most rules end here: one place that stores the token (kind) instead of a call in each of them. */
#define KW(k) do { kind = (k); goto token; } while (0)

static void *xmalloc(size_t n)
{
	void *p = malloc(n);
	if (!p) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	return p;
}

/* The white space the DFA's first rule skips: [ \t\r\n\v\f] */
static const unsigned char white[256] = {[' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1};

static void lex(lexer *L)
{
	int kind;
	const unsigned char *p;
	for (;;) {
	next:
		/* white space before the DFA: half the rule matches were white space, each a mispredicted dispatch.
		 * No bound check: src[len] is 0 (the sentinel re2c reads too), which ends the loop. */
		p = L->cur;
		while (white[*p])
			p++;
		L->tok = L->cur = p;
		/*!re2c
		re2c:yyfill:enable = 0;
		re2c:eof = 0;
		re2c:define:YYCTYPE = "unsigned char";
		re2c:define:YYCURSOR = "L->cur";
		re2c:define:YYMARKER = "L->mar";
		re2c:define:YYLIMIT = "L->lim";

		dig = [0-9];
		exp = [eE] [+-]? dig+;
		ids = [a-zA-Z_\x80-\xff];
		idc = [a-zA-Z0-9_@#$\x80-\xff];

		$ { return; }
		[ \t\r\n\v\f]+ { goto next; }
		"--" { to_eol(L); goto next; }
		"/*" { if (!scan_block_comment(L)) emit_error(L, L->tok, L->lim, SCT_LEXERR_COMMENT); goto next; }
		"'" { emit_quoted(L, TK_STRING, '\'', SCT_LEXERR_STRING); goto next; }
		[nN] "'" { emit_quoted(L, TK_NSTRING, '\'', SCT_LEXERR_STRING); goto next; }
		"[" { emit_quoted(L, TK_QIDENT, ']', SCT_LEXERR_BRACKET); goto next; }
		["] {
			if (L->qi_off) {
				if (L->qi_off == SCT_TSQL_QI_OFF) {
					emit_quoted(L, TK_STRING, '"', SCT_LEXERR_STRING);
					goto next;
				}
				qi_assumed(L);
			}
			emit_quoted(L, TK_QIDENT, '"', SCT_LEXERR_QIDENT);
			goto next;
		}
		"0" [xX] [0-9a-fA-F]* { KW(TK_BINARY); }
		dig+ ("." dig*)? exp? | "." dig+ exp? { KW(TK_NUMBER); }
		"$" [+-]? (dig+ ("." dig*)? | "." dig+) { KW(TK_NUMBER); }
		"$(" [a-zA-Z0-9_]+ ")" idc* { KW(TK_IDENT); }
		"$" [a-zA-Z_] idc* { KW(TK_IDENT); } /* $action (MERGE OUTPUT), $IDENTITY, $ROWGUID, $PARTITION */
		"@@" idc+ { KW(TK_GLOBALVAR); }
		"@" idc+ { KW(TK_VAR); }
		"#" idc+ { KW(TK_IDENT); }
		":" [a-zA-Z]+ {
			if (at_line_start(L->base, L->tok)) {
				to_eol(L);
				KW(TK_SQLCMD);
			}
			L->cur = L->tok + 1;
			KW(':');
		}
		"::" { KW(TK_DCOLON); }
		"<>" | "!=" { KW(TK_NE); }
		"<=" { KW(TK_LE); }
		">=" { KW(TK_GE); }
		"!<" { KW(TK_NLT); }
		"!>" { KW(TK_NGT); }
		[-+*/%&|^] "=" { KW(TK_ASSIGNOP); }
		"(" { if (++L->depth > L->max_depth) L->max_depth = L->depth; KW('('); }
		")" { if (L->depth > 0) L->depth--; KW(')'); }
		[-+*/%&|^~,.;=<>:{}] { KW(L->tok[0]); }
		'go' { if (try_go(L)) { if (L->stop_at_go) return; goto next; } KW(TK_IDENT); }
		'add' { KW(TK_ADD); }
		'all' { KW(TK_ALL); }
		'alter' { KW(TK_ALTER); }
		'and' { KW(TK_AND); }
		'any' { KW(TK_ANY); }
		'as' { KW(TK_AS); }
		'asc' { KW(TK_ASC); }
		'authorization' { KW(TK_AUTHORIZATION); }
		'between' { KW(TK_BETWEEN); }
		'by' { KW(TK_BY); }
		'cascade' { KW(TK_CASCADE); }
		'case' { KW(TK_CASE); }
		'check' { KW(TK_CHECK); }
		'clustered' { KW(TK_CLUSTERED); }
		'coalesce' { KW(TK_COALESCE); }
		'collate' { KW(TK_COLLATE); }
		'column' { KW(TK_COLUMN); }
		'constraint' { KW(TK_CONSTRAINT); }
		'convert' { KW(TK_CONVERT); }
		'create' { KW(TK_CREATE); }
		'cross' { KW(TK_CROSS); }
		'current' { KW(TK_CURRENT); }
		'current_timestamp' { KW(TK_CURRENT_TIMESTAMP); }
		'current_user' { KW(TK_CURRENT_USER); }
		'database' { KW(TK_DATABASE); }
		'default' { KW(TK_DEFAULT); }
		'delete' { KW(TK_DELETE); }
		'desc' { KW(TK_DESC); }
		'distinct' { KW(TK_DISTINCT); }
		'drop' { KW(TK_DROP); }
		'else' { KW(TK_ELSE); }
		'end' { KW(TK_END); }
		'escape' { KW(TK_ESCAPE); }
		'except' { KW(TK_EXCEPT); }
		'exec' { KW(TK_EXEC); }
		'execute' { KW(TK_EXECUTE); }
		'exists' { KW(TK_EXISTS); }
		'for' { KW(TK_FOR); }
		'foreign' { KW(TK_FOREIGN); }
		'from' { KW(TK_FROM); }
		'full' { KW(TK_FULL); }
		'function' { KW(TK_FUNCTION); }
		'group' { KW(TK_GROUP); }
		'having' { KW(TK_HAVING); }
		'identity' { KW(TK_IDENTITY); }
		'in' { KW(TK_IN); }
		'index' { KW(TK_INDEX); }
		'inner' { KW(TK_INNER); }
		'insert' { KW(TK_INSERT); }
		'intersect' { KW(TK_INTERSECT); }
		'into' { KW(TK_INTO); }
		'is' { KW(TK_IS); }
		'join' { KW(TK_JOIN); }
		'key' { KW(TK_KEY); }
		'left' { KW(TK_LEFT); }
		'like' { KW(TK_LIKE); }
		'nocheck' { KW(TK_NOCHECK); }
		'nonclustered' { KW(TK_NONCLUSTERED); }
		'not' { KW(TK_NOT); }
		'null' { KW(TK_NULL); }
		'nullif' { KW(TK_NULLIF); }
		'of' { KW(TK_OF); }
		'off' { quoted_identifier_option(L, 1); KW(TK_OFF); }
		'on' { quoted_identifier_option(L, 0); KW(TK_ON); }
		'option' { KW(TK_OPTION); }
		'or' { KW(TK_OR); }
		'order' { KW(TK_ORDER); }
		'outer' { KW(TK_OUTER); }
		'over' { KW(TK_OVER); }
		'percent' { KW(TK_PERCENT); }
		'primary' { KW(TK_PRIMARY); }
		'proc' { KW(TK_PROC); }
		'procedure' { KW(TK_PROCEDURE); }
		'references' { KW(TK_REFERENCES); }
		'replication' { KW(TK_REPLICATION); }
		'right' { KW(TK_RIGHT); }
		'rowguidcol' { KW(TK_ROWGUIDCOL); }
		'schema' { KW(TK_SCHEMA); }
		'select' { KW(TK_SELECT); }
		'session_user' { KW(TK_SESSION_USER); }
		'set' { KW(TK_SET); }
		'some' { KW(TK_SOME); }
		'system_user' { KW(TK_SYSTEM_USER); }
		'table' { KW(TK_TABLE); }
		'then' { KW(TK_THEN); }
		'to' { KW(TK_TO); }
		'top' { KW(TK_TOP); }
		'trigger' { KW(TK_TRIGGER); }
		'try_convert' { KW(TK_TRY_CONVERT); }
		'union' { KW(TK_UNION); }
		'unique' { KW(TK_UNIQUE); }
		'update' { KW(TK_UPDATE); }
		'user' { KW(TK_USER); }
		'values' { KW(TK_VALUES); }
		'varying' { KW(TK_VARYING); }
		'view' { KW(TK_VIEW); }
		'when' { KW(TK_WHEN); }
		'where' { KW(TK_WHERE); }
		'with' { KW(TK_WITH); }
		'backup' { KW(TK_BACKUP); }
		'begin' { KW(TK_BEGIN); }
		'break' { KW(TK_BREAK); }
		'bulk' { KW(TK_BULK); }
		'checkpoint' { KW(TK_CHECKPOINT); }
		'close' { KW(TK_CLOSE); }
		'commit' { KW(TK_COMMIT); }
		'continue' { KW(TK_CONTINUE); }
		'dbcc' { KW(TK_DBCC); }
		'deallocate' { KW(TK_DEALLOCATE); }
		'declare' { KW(TK_DECLARE); }
		'deny' { KW(TK_DENY); }
		'fetch' { KW(TK_FETCH); }
		'goto' { KW(TK_GOTO); }
		'grant' { KW(TK_GRANT); }
		'if' { KW(TK_IF); }
		'merge' { KW(TK_MERGE); }
		'open' { KW(TK_OPEN); }
		'print' { KW(TK_PRINT); }
		'raiserror' { KW(TK_RAISERROR); }
		'restore' { KW(TK_RESTORE); }
		'return' { KW(TK_RETURN); }
		'revoke' { KW(TK_REVOKE); }
		'rollback' { KW(TK_ROLLBACK); }
		'save' { KW(TK_SAVE); }
		'tran' { KW(TK_TRAN); }
		'transaction' { KW(TK_TRANSACTION); }
		'truncate' { KW(TK_TRUNCATE); }
		'use' { KW(TK_USE); }
		'waitfor' { KW(TK_WAITFOR); }
		'while' { KW(TK_WHILE); }
		'cast' { KW(TK_CAST); }
		'try_cast' { KW(TK_TRY_CAST); }
		'next' { KW(TK_NEXT); }
		'within' { KW(TK_WITHIN); }
		'pivot' { KW(TK_PIVOT); }
		'unpivot' { KW(TK_UNPIVOT); }
		'action' { KW(TK_ACTION); }
		'after' { KW(TK_AFTER); }
		'always' { KW(TK_ALWAYS); }
		'apply' { KW(TK_APPLY); }
		'cache' { KW(TK_CACHE); }
		'cycle' { KW(TK_CYCLE); }
		'disable' { KW(TK_DISABLE); }
		'enable' { KW(TK_ENABLE); }
		'encrypted' { KW(TK_ENCRYPTED); }
		'filestream' { KW(TK_FILESTREAM); }
		'filestream_on' { KW(TK_FILESTREAM_ON); }
		'first' { KW(TK_FIRST); }
		'generated' { KW(TK_GENERATED); }
		'hidden' { KW(TK_HIDDEN); }
		'include' { KW(TK_INCLUDE); }
		'increment' { KW(TK_INCREMENT); }
		'instead' { KW(TK_INSTEAD); }
		'json' { KW(TK_JSON); }
		'masked' { KW(TK_MASKED); }
		'max' { KW(TK_MAX); }
		'maxvalue' { KW(TK_MAXVALUE); }
		'minvalue' { KW(TK_MINVALUE); }
		'no' { KW(TK_NO); }
		'offset' { KW(TK_OFFSET); }
		'only' { KW(TK_ONLY); }
		'out' { KW(TK_OUT); }
		'output' { KW(TK_OUTPUT); }
		'partition' { KW(TK_PARTITION); }
		'period' { KW(TK_PERIOD); }
		'persisted' { KW(TK_PERSISTED); }
		'range' { KW(TK_RANGE); }
		'readonly' { KW(TK_READONLY); }
		'returns' { KW(TK_RETURNS); }
		'row' { KW(TK_ROW); }
		'rows' { KW(TK_ROWS); }
		'schemabinding' { KW(TK_SCHEMABINDING); }
		'sequence' { KW(TK_SEQUENCE); }
		'sparse' { KW(TK_SPARSE); }
		'start' { KW(TK_START); }
		'synonym' { KW(TK_SYNONYM); }
		'system_time' { KW(TK_SYSTEM_TIME); }
		'textimage_on' { KW(TK_TEXTIMAGE_ON); }
		'throw' { KW(TK_THROW); }
		'ties' { KW(TK_TIES); }
		'type' { KW(TK_TYPE); }
		'view_metadata' { KW(TK_VIEW_METADATA); }
		'xml' { KW(TK_XML); }
		'columnstore' { KW(TK_COLUMNSTORE); }
		'spatial' { KW(TK_SPATIAL); }
		'fulltext' { KW(TK_FULLTEXT); }
		'using' { KW(TK_USING); }
		'encryption' { KW(TK_ENCRYPTION); }
		'try' { KW(TK_TRY); }
		'catch' { KW(TK_CATCH); }
		ids idc* { KW(TK_IDENT); }
		"\x00" { emit_error(L, L->tok, L->cur, SCT_LEXERR_NUL); goto next; }
		* { emit_error(L, L->tok, L->cur, SCT_LEXERR_CHAR); goto next; }
		*/
	token:
		emit(L, kind, L->tok, L->cur, 0);
	}
}

sct_tsql_tok *sct_tsql_tokenize(const char *src, size_t len, size_t *n)
{
	lexer Lx = {0};
	lexer *L = &Lx;
	L->base = L->cur = (const unsigned char *)src;
	L->lim = L->base + len;
	L->cap = len / 5 + 64;
	L->v = xmalloc(L->cap * sizeof *L->v);
	L->has_nul = memchr(src, 0, len) != NULL;
	lex(L);
	*n = L->n;
	return L->v;
}

size_t sct_tsql_tokenize_batch(sct_tsql_batch_lexer *b)
{
	lexer Lx = {0};
	lexer *L = &Lx;
	L->base = (const unsigned char *)b->src;
	L->cur = L->base + b->pos;
	L->lim = L->base + b->len;
	if (!b->v) {
		b->cap = 4096;
		b->v = xmalloc(b->cap * sizeof *b->v);
	}
	L->v = b->v;
	L->cap = b->cap;
	L->stop_at_go = 1;
	L->qi_off = b->qi_off;
	L->dq_assumed = b->dq_assumed;
	L->has_nul = b->has_nul;
	lex(L);
	b->v = L->v;
	b->cap = L->cap;
	b->qi_off = L->qi_off;
	b->dq_assumed = L->dq_assumed;
	b->max_depth = L->max_depth;
	b->errors = L->errors;
	b->pos = (size_t)(L->cur - L->base);
	return L->n;
}
