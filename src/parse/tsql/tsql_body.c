/* tsql_body.c - routine bodies: cuts the body of a procedure, function or trigger into statements (T-SQL's
 * semicolons are optional: the script splitter's statement-start rule decides), builds the nesting of
 * BEGIN/END, IF/ELSE, WHILE and TRY/CATCH with an explicit stack (no recursion on user input), and parses
 * each simple statement with the bison grammar (START_PSTMT) and each condition with START_EXPR.
 * A statement that does not parse becomes a RAW node with its span and the parser's message. */
#include <string.h>
#include <strings.h>
#include "parse/tsql/tsql_int.h"
#include "tsql_parser.h"

typedef enum { F_BLOCK, F_TRY, F_CATCH, F_IF_THEN, F_IF_ELSE, F_WHILE } fkind;

typedef struct frame {
	fkind k;
	sct_pstmt *node;
} frame;

typedef struct body {
	sct_arena *a;
	const char *src;
	sct_tsql_tok *t;
	size_t e;            /* end of the body (exclusive) */
	sct_list stack;      /* frame* */
	sct_routine *r;
	const char *error;   /* structural error: the body is not used */
	sct_loc error_loc;
} body;

sct_pstmt *sct_tsql_pstmt(sct_tsql_pctx *c, sct_pstmt_kind k, sct_tsql_span sp)
{
	sct_pstmt *p = SCT_NEW(c->a, sct_pstmt);
	p->kind = k;
	p->loc = sp.first;
	p->end = sp.last;
	return p;
}

sct_op sct_tsql_assign_op(sct_tsql_pctx *c, int tok)
{
	switch (c->src[c->toks[tok].off]) {
	case '+': return SCT_OP_ADD;
	case '-': return SCT_OP_SUB;
	case '*': return SCT_OP_MUL;
	case '/': return SCT_OP_DIV;
	case '%': return SCT_OP_MOD;
	case '&': return SCT_OP_BITAND;
	case '|': return SCT_OP_BITOR;
	default: return SCT_OP_BITXOR;
	}
}

static int K(const body *B, size_t i)
{
	return i < B->e ? B->t[i].kind : 0;
}

static int word_is(const body *B, size_t i, const char *w)
{
	size_t n = strlen(w);
	return i < B->e && B->t[i].len == n && strncasecmp(B->src + B->t[i].off, w, n) == 0;
}

static int plain_begin(const body *B, size_t i)
{
	int k = K(B, i + 1);
	return K(B, i) == TK_BEGIN && k != TK_TRAN && k != TK_TRANSACTION && k != TK_TRY && k != TK_CATCH &&
	       !word_is(B, i + 1, "distributed") && !word_is(B, i + 1, "dialog") && !word_is(B, i + 1, "conversation");
}

static sct_loc tok_end(const body *B, size_t i)
{
	return B->t[i].off + B->t[i].len;
}

static size_t skip_semis(const body *B, size_t i)
{
	while (i < B->e && B->t[i].kind == ';')
		i++;
	return i;
}

static sct_pstmt *node(body *B, sct_pstmt_kind k, size_t s, size_t e)
{
	sct_pstmt *p = SCT_NEW(B->a, sct_pstmt);
	p->kind = k;
	p->loc = B->t[s].off;
	p->end = tok_end(B, e - 1);
	return p;
}

static void setup(body *B, sct_tsql_pctx *c, size_t s, size_t e, int mode, sct_stmt *dummy)
{
	memset(c, 0, sizeof *c);
	c->a = B->a;
	c->src = B->src;
	c->toks = B->t;
	c->pos = s;
	c->end = e;
	c->body_at = SIZE_MAX;
	c->mode = mode;
	memset(dummy, 0, sizeof *dummy);
	c->stmt = dummy;
}

static sct_pstmt *raw(body *B, size_t s, size_t e, const char *why, sct_loc at)
{
	sct_pstmt *p = node(B, SCT_PS_RAW, s, e);
	p->text = why;
	p->op = (int)at;
	return p;
}

/* One simple statement, tokens [s, e) (a trailing ';' included or not). */
static sct_pstmt *simple(body *B, size_t s, size_t e)
{
	size_t f = e;
	while (f > s + 1 && B->t[f - 1].kind == ';')
		f--;
	sct_tsql_pctx c;
	sct_stmt dummy;
	if (B->t[s].kind == TK_CREATE && K(B, s + 1) == TK_TABLE) {
		setup(B, &c, s, f, SCT_TSQL_MODE_STMT, &dummy);
		if (sct_tsql_parse_tokens(&c) == 0 && dummy.kind == SCT_STMT_TABLE) {
			sct_pstmt *p = node(B, SCT_PS_CREATE_TABLE, s, f);
			p->table = dummy.u.table;
			return p;
		}
		return raw(B, s, f, c.error ? c.error : "syntax error", c.error ? c.error_loc : B->t[s].off);
	}
	if (B->t[s].kind == TK_ALTER && K(B, s + 1) == TK_TABLE) {
		setup(B, &c, s, f, SCT_TSQL_MODE_STMT, &dummy);
		if (sct_tsql_parse_tokens(&c) == 0 && dummy.kind == SCT_STMT_ALTER_TABLE) {
			sct_pstmt *p = node(B, SCT_PS_ALTER_TABLE, s, f);
			p->alter = dummy.u.alter;
			return p;
		}
		return raw(B, s, f, c.error ? c.error : "syntax error", c.error ? c.error_loc : B->t[s].off);
	}
	setup(B, &c, s, f, SCT_TSQL_MODE_PSTMT, &dummy);
	if (sct_tsql_parse_tokens(&c) == 0 && c.pstmt_result) {
		sct_pstmt *p = c.pstmt_result;
		p->loc = B->t[s].off;
		p->end = tok_end(B, f - 1);
		return p;
	}
	return raw(B, s, f, c.error ? c.error : "syntax error", c.error ? c.error_loc : B->t[s].off);
}

static sct_expr *condition(body *B, size_t s, size_t e, const char **err, sct_loc *err_loc)
{
	if (s >= e) {
		*err = "condition missing";
		*err_loc = B->t[s - 1].off;
		return NULL;
	}
	sct_tsql_pctx c;
	sct_stmt dummy;
	setup(B, &c, s, e, SCT_TSQL_MODE_EXPR, &dummy);
	if (sct_tsql_parse_tokens(&c) == 0 && c.expr_result)
		return c.expr_result;
	*err = c.error ? c.error : "syntax error in condition";
	*err_loc = c.error ? c.error_loc : B->t[s].off;
	return NULL;
}

static void push(body *B, fkind k, sct_pstmt *n)
{
	frame *f = SCT_NEW(B->a, frame);
	f->k = k;
	f->node = n;
	sct_list_push(B->a, &B->stack, f);
}

static frame *top(body *B)
{
	return B->stack.n ? B->stack.items[B->stack.n - 1] : NULL;
}

static void fail(body *B, const char *msg, sct_loc at)
{
	if (!B->error) {
		B->error = msg;
		B->error_loc = at;
	}
}

/* A statement is complete: attach it to the innermost open construct; IF/WHILE that become complete in
 * turn are attached further out. Returns the position to continue at (after an ELSE it consumed). */
static size_t complete(body *B, sct_pstmt *n, size_t next)
{
	for (;;) {
		frame *f = top(B);
		if (!f) {
			fail(B, "statement outside the body", n->loc);
			return next;
		}
		switch (f->k) {
		case F_BLOCK:
		case F_TRY:
			sct_list_push(B->a, &f->node->body, n);
			return next;
		case F_CATCH:
			sct_list_push(B->a, &f->node->els, n);
			return next;
		case F_IF_THEN: {
			sct_list_push(B->a, &f->node->body, n);
			f->node->end = n->end;
			size_t j = skip_semis(B, next);
			if (K(B, j) == TK_ELSE) {
				f->k = F_IF_ELSE;
				return j + 1;
			}
			B->stack.n--;
			n = f->node;
			continue;
		}
		case F_IF_ELSE:
		case F_WHILE:
			sct_list_push(B->a, f->k == F_WHILE ? &f->node->body : &f->node->els, n);
			f->node->end = n->end;
			B->stack.n--;
			n = f->node;
			continue;
		}
	}
}

/* Source text [s, e) with each run of white space made one blank, for a report message. */
static const char *one_line(body *B, sct_loc s, sct_loc e)
{
	char *out = sct_arena_alloc(B->a, e - s + 1);
	size_t n = 0;
	for (sct_loc i = s; i < e; i++) {
		char ch = B->src[i];
		int sp = ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
		if (sp && (n == 0 || out[n - 1] == ' ' || out[n - 1] == '('))
			continue;
		if (ch == ')' && n > 0 && out[n - 1] == ' ')
			n--;
		out[n++] = sp ? ' ' : ch;
	}
	out[n] = 0;
	return out;
}

/* BEGIN ATOMIC [WITH (options)] of a natively compiled module: an ordinary block; the routine records the
 * options (the converter reports what is not kept). Returns the position after the options. */
static size_t atomic_begin(body *B, size_t i)
{
	size_t j = i + 2, os = 0, oe = 0;
	if (K(B, j) == TK_WITH && K(B, j + 1) == '(') {
		int depth = 0;
		os = j;
		for (j = j + 1; j < B->e; j++) {
			if (B->t[j].kind == '(')
				depth++;
			else if (B->t[j].kind == ')' && --depth == 0)
				break;
		}
		if (j >= B->e) {
			fail(B, "BEGIN ATOMIC WITH ( without )", B->t[i].off);
			return B->e;
		}
		oe = ++j;
	}
	push(B, F_BLOCK, node(B, SCT_PS_BLOCK, i, j));
	if (B->r && !B->r->atomic) {
		B->r->atomic = 1;
		B->r->atomic_loc = B->t[i].off;
		if (oe)
			B->r->atomic_opts = one_line(B, B->t[os].off, tok_end(B, oe - 1));
	}
	return j;
}

/* Expecting a statement (IF/ELSE/WHILE branch) and none can come: a structural error. */
static int needs_stmt(body *B)
{
	frame *f = top(B);
	return f && (f->k == F_IF_THEN || f->k == F_IF_ELSE || f->k == F_WHILE);
}

void sct_tsql_parse_body(sct_arena *a, const char *src, sct_tsql_tok *toks, size_t s, size_t e, sct_routine *r)
{
	body B = {0};
	B.a = a;
	B.src = src;
	B.t = toks;
	B.e = e;
	B.r = r;
	sct_pstmt *root = SCT_NEW(a, sct_pstmt);
	root->kind = SCT_PS_BLOCK;
	root->loc = s < e ? toks[s].off : 0;
	root->end = s < e ? tok_end(&B, e - 1) : root->loc;
	push(&B, F_BLOCK, root);
	size_t i = s;
	while (i < e && !B.error) {
		int k = toks[i].kind, k1 = K(&B, i + 1);
		if (k == ';') {
			i++;
			continue;
		}
		if (k == TK_BEGIN && word_is(&B, i + 1, "atomic")) {
			i = atomic_begin(&B, i);
			continue;
		}
		if (k == TK_BEGIN && plain_begin(&B, i)) {
			push(&B, F_BLOCK, node(&B, SCT_PS_BLOCK, i, i + 1));
			i++;
			continue;
		}
		if (k == TK_BEGIN && k1 == TK_TRY) {
			push(&B, F_TRY, node(&B, SCT_PS_TRY, i, i + 2));
			i += 2;
			continue;
		}
		if (k == TK_END && (k1 == TK_TRY || k1 == TK_CATCH)) {
			frame *f = top(&B);
			if (!f || f->k != (k1 == TK_TRY ? F_TRY : F_CATCH)) {
				fail(&B, k1 == TK_TRY ? "END TRY without BEGIN TRY" : "END CATCH without BEGIN CATCH", toks[i].off);
				break;
			}
			f->node->end = tok_end(&B, i + 1);
			if (k1 == TK_TRY) {
				size_t j = skip_semis(&B, i + 2);
				if (K(&B, j) != TK_BEGIN || K(&B, j + 1) != TK_CATCH) {
					fail(&B, "END TRY not followed by BEGIN CATCH", toks[i].off);
					break;
				}
				f->k = F_CATCH;
				i = j + 2;
				continue;
			}
			B.stack.n--;
			i = complete(&B, f->node, i + 2);
			continue;
		}
		if (k == TK_END) {
			frame *f = top(&B);
			if (!f || f->k != F_BLOCK || B.stack.n < 2) {
				fail(&B, "END without BEGIN", toks[i].off);
				break;
			}
			f->node->end = tok_end(&B, i);
			B.stack.n--;
			i = complete(&B, f->node, i + 1);
			continue;
		}
		if (k == TK_ELSE) {
			fail(&B, "ELSE without IF", toks[i].off);
			break;
		}
		if (k == TK_IF || k == TK_WHILE) {
			size_t ce = sct_tsql_stmt_end(toks, src, a, i, e);
			sct_pstmt *n = node(&B, k == TK_IF ? SCT_PS_IF : SCT_PS_WHILE, i, ce);
			const char *err = NULL;
			sct_loc at = 0;
			n->expr = condition(&B, i + 1, ce, &err, &at);
			if (!n->expr) {
				n->text = err;
				n->op = (int)at;
			}
			if (ce >= e) {
				fail(&B, k == TK_IF ? "IF without a statement" : "WHILE without a statement", toks[i].off);
				break;
			}
			push(&B, k == TK_IF ? F_IF_THEN : F_WHILE, n);
			i = ce;
			continue;
		}
		if ((k == TK_IDENT || k == TK_QIDENT) && k1 == ':') {
			sct_pstmt *n = node(&B, SCT_PS_LABEL, i, i + 2);
			sct_tsql_pctx c = {0};
			c.a = a;
			c.src = src;
			c.toks = toks;
			n->name = sct_tsql_ident(&c, (int)i).s;
			i = complete(&B, n, i + 2);
			continue;
		}
		size_t se = sct_tsql_stmt_end(toks, src, a, i, e);
		i = complete(&B, simple(&B, i, se), se);
	}
	if (!B.error && needs_stmt(&B))
		fail(&B, "IF, ELSE or WHILE without a statement at the end of the body", root->end);
	if (!B.error && B.stack.n > 1)
		fail(&B, top(&B)->k == F_BLOCK ? "BEGIN without END" : "BEGIN TRY/CATCH without END", top(&B)->node->loc);
	if (B.error) {
		r->code = NULL;
		r->code_error = B.error;
		r->code_error_loc = B.error_loc;
		return;
	}
	r->code = root;
}
