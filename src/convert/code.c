/* code.c - procedures, functions and triggers to PL/pgSQL: signatures, variables, control flow, errors,
 * transactions, cursors. Rewrites the parsed body (sct_pstmt tree) in place; a statement that cannot be
 * converted becomes RAW (a comment in the body, C010 at its line). DML and queries are in code_dml.c. */
#include "code.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static sct_code *CODE(sct_conv *cv)
{
	return cv->code;
}

static char *lower(sct_conv *cv, const char *s)
{
	return sct_arena_lower(cv->a, s ? s : "");
}

static sct_expr *mk(sct_conv *cv, sct_expr_kind k, sct_loc loc, const char *text)
{
	sct_expr *e = SCT_NEW(cv->a, sct_expr);
	e->kind = k;
	e->loc = loc;
	e->text = text;
	return e;
}

static sct_cvar *add_var(sct_conv *cv, const char *src, const char *prefix, const char *name)
{
	sct_code *c = CODE(cv);
	sct_cvar *v = SCT_NEW(cv->a, sct_cvar);
	v->src = lower(cv, src);
	while (*name == '@' || *name == '#')
		name++;
	v->out = sct_conv_name(cv, sct_arena_printf(cv->a, "%s%s", prefix, name), 0);
	sct_hash_put(&c->vars, v->src, v);
	return v;
}

sct_cvar *sct_code_var(sct_conv *cv, const char *src_name)
{
	return CODE(cv) && src_name ? sct_hash_get(&CODE(cv)->vars, lower(cv, src_name)) : NULL;
}

void sct_code_raw(sct_conv *cv, sct_pstmt *p, const char *why, sct_loc at)
{
	sct_code *c = CODE(cv);
	const char *src = cv->cur && cv->cur->file >= 0 && cv->cur->file < cv->rep->nfiles ? cv->rep->files[cv->cur->file].src : NULL;
	int lines = 1;
	for (sct_loc i = p->loc; src && i < p->end; i++)
		lines += src[i] == '\n';
	sct_item *it = sct_conv_itemf(cv, "C010", p->loc, "%s: %s", c ? c->src_name : "routine", why ? why : "not convertible");
	if (it)
		it->effort_minutes += lines > 1 ? lines : 0;
	(void)at;
	p->kind = SCT_PS_RAW;
	p->text = why;
	if (c)
		c->raws++;
}

/* ---------- tables visible to the body: temp tables, table variables, trigger transition tables ---------- */

static sct_object *table_object(sct_conv *cv, sct_table *t)
{
	sct_object *o = SCT_NEW(cv->a, sct_object);
	o->kind = SCT_K_TABLE;
	o->emitted = 1;
	sct_stmt *s = SCT_NEW(cv->a, sct_stmt);
	s->kind = SCT_STMT_TABLE;
	s->u.table = t;
	o->stmt = s;
	return o;
}

/* A table name of the body: its catalog-like object and definition (NULL when unknown), and q renamed to
 * its target name. Returns NULL when the name is not one of the routine's own tables. */
sct_object *sct_code_table_obj(sct_conv *cv, sct_qname *q, sct_table **def)
{
	sct_code *c = CODE(cv);
	if (def)
		*def = NULL;
	if (!c || !q || !q->name.s || q->schema.s || q->catalog.s)
		return NULL;
	const char *n = q->name.s;
	if (c->style == SCT_CODE_TRIGGER && (!strcasecmp(n, "inserted") || !strcasecmp(n, "deleted"))) {
		sct_cvar *v = sct_hash_get(&c->vars, lower(cv, n));
		if (!v)
			return NULL;
		q->name.s = v->out;
		if (def)
			*def = v->obj->stmt->u.table;
		return v->obj;
	}
	if (n[0] != '@' && n[0] != '#')
		return NULL;
	sct_cvar *v = sct_hash_get(&c->vars, lower(cv, n));
	if (!v || !v->obj)
		return NULL;
	q->name.s = v->out;
	if (def)
		*def = v->obj->stmt->u.table;
	return v->obj;
}

sct_object *sct_code_from(sct_conv *cv, sct_from *f)
{
	const char *alias = f->alias.s;
	const char *before = f->name ? f->name->name.s : NULL;
	sct_object *o = sct_code_table_obj(cv, f->name, NULL);
	if (o && !alias && before) {
		/* keep the source name as the alias: the body refers to inserted.col, @t.col is not valid T-SQL */
		f->alias.s = before[0] == '@' || before[0] == '#' ? NULL : before;
		f->alias.loc = f->loc;
	}
	return o;
}

/* A temp table (#t) or table variable (@t) declared in the body. */
static sct_cvar *declare_table(sct_conv *cv, const char *src, sct_table *t)
{
	int tv = src[0] == '@';
	sct_cvar *v = add_var(cv, src, tv ? "t_" : "", src);
	if (!t) {
		t = SCT_NEW(cv->a, sct_table);
	}
	t->name = SCT_NEW(cv->a, sct_qname);
	t->name->name.s = v->out;
	t->flags |= SCT_TABF_TEMPORARY;
	v->obj = table_object(cv, t);
	return v;
}

void sct_code_declare_temp(sct_conv *cv, const char *src_name, sct_table *t)
{
	declare_table(cv, src_name, t);
}

/* ---------- expressions inside the body (hooked into exprs.c) ---------- */

sct_tclass sct_code_var_class(sct_conv *cv, const sct_expr *e)
{
	sct_cvar *v = sct_code_var(cv, e->text);
	if (v && v->type)
		return v->cls;
	if (e->text && e->text[0] != '@') /* already converted */
		for (int i = 0; i < CODE(cv)->decls.n; i++) {
			sct_cvar *d = CODE(cv)->decls.items[i];
			if (d->out && !strcmp(d->out, e->text))
				return d->cls;
		}
	return SCT_TC_UNKNOWN;
}

static sct_expr *efail(sct_conv *cv, sct_scope *sc, const char *code, sct_loc loc, const char *msg)
{
	if (sc && !sc->failed)
		sc->failed = msg;
	sct_conv_item(cv, code, loc, msg);
	return NULL;
}

static const char *trigger_count_marker = "\001rowcount";

sct_expr *sct_code_expr(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled)
{
	sct_code *c = CODE(cv);
	*handled = 1;
	switch (e->kind) {
	case SCT_E_COL:
		/* schema.table.column (three parts, read as catalog.schema.name): the table name qualifies */
		if (e->name && e->name->catalog.s && !e->name->server.s)
			e->name->catalog.s = NULL;
		*handled = 0;
		return NULL;
	case SCT_E_VAR: {
		if (e->text && e->text[0] != '@')
			return e; /* converted already (shared node) */
		sct_cvar *v = sct_code_var(cv, e->text);
		if (!v || v->obj || v->cursor)
			return efail(cv, sc, "E002", e->loc,
				     sct_arena_printf(cv->a, "variable '%s' is not declared", e->text ? e->text : "?"));
		sct_expr *x = mk(cv, SCT_E_VAR, e->loc, v->out);
		x->end = e->end;
		return x;
	}
	case SCT_E_GLOBAL: {
		const char *g = e->text ? e->text : "";
		if (!strcmp(g, "rowcount")) {
			if (c->style == SCT_CODE_TRIGGER && !c->after_dml)
				return mk(cv, SCT_E_RAW, e->loc, trigger_count_marker);
			c->rowcount = 1;
			sct_conv_item(cv, "C022", e->loc, "@@ROWCOUNT: GET DIAGNOSTICS ROW_COUNT after each statement that changes or reads rows");
			return mk(cv, SCT_E_VAR, e->loc, "sct_rowcount");
		}
		if (!strcmp(g, "fetch_status")) {
			c->fetch_status = 1;
			return mk(cv, SCT_E_VAR, e->loc, "sct_fetch_status");
		}
		if (!strcmp(g, "trancount")) {
			sct_conv_item(cv, "C022", e->loc, "@@TRANCOUNT: a routine always runs inside a transaction in PostgreSQL (1)");
			return mk(cv, SCT_E_NUM, e->loc, "1");
		}
		if (!strcmp(g, "error")) {
			sct_conv_item(cv, "C022", e->loc, "@@ERROR: a failing statement raises an exception in PostgreSQL, so after a statement @@ERROR is 0");
			return mk(cv, SCT_E_NUM, e->loc, "0");
		}
		*handled = 0;
		return NULL;
	}
	case SCT_E_FUNC: {
		const char *n = e->name && e->name->name.s ? e->name->name.s : "";
		if (!e->name->schema.s && !strcasecmp(n, "UPDATE") && c->style == SCT_CODE_TRIGGER) {
			sct_conv_item(cv, "C018", e->loc, "UPDATE(column) is true for every UPDATE and INSERT in PostgreSQL: "
							  "the statement-level trigger cannot tell which columns were set");
			return mk(cv, SCT_E_RAW, e->loc, "(TG_OP <> 'DELETE')");
		}
		if (!e->name->schema.s && !strcasecmp(n, "xact_state") && !e->args.n) {
			sct_conv_item(cv, "C022", e->loc, "XACT_STATE(): the transaction is always active and committable here (1)");
			return mk(cv, SCT_E_NUM, e->loc, "1");
		}
		if (!e->name->schema.s && !strncasecmp(n, "error_", 6) && !e->args.n) {
			static const char *const f[][3] = {
				{"error_message", "SQLERRM", "NULL::text"}, {"error_number", "SQLSTATE", "NULL::text"},
				{"error_severity", "16", "NULL::integer"}, {"error_state", "1", "NULL::integer"},
				{"error_line", "NULL::integer", "NULL::integer"}, {"error_procedure", "NULL::text", "NULL::text"}};
			for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
				if (strcasecmp(n, f[i][0]))
					continue;
				if (!c->in_catch)
					sct_conv_itemf(cv, "C019", e->loc, "%s() outside a CATCH block is NULL in PostgreSQL", n);
				else if (i == 1)
					sct_conv_item(cv, "C022", e->loc, "ERROR_NUMBER() becomes SQLSTATE, a 5-character code");
				else if (i >= 2)
					sct_conv_itemf(cv, "C022", e->loc, "%s() has no PostgreSQL equivalent: %s used", n, f[i][1]);
				sct_expr *x = mk(cv, SCT_E_RAW, e->loc, c->in_catch ? f[i][1] : f[i][2]);
				x->flags |= (i == 0 || i == 1 || i == 5) ? SCT_EF_STRING : 0;
				return x;
			}
		}
		if (e->name->schema.s && !e->name->catalog.s) {
			sct_code *callee = sct_hash_get(&cv->code_index, sct_conv_key(cv, e->name));
			if (!callee) {
				*handled = 0; /* exprs.c reports it */
				return NULL;
			}
			if (callee->style != SCT_CODE_FUNCTION)
				return efail(cv, sc, "E003", e->loc, sct_arena_printf(cv->a, "'%s' is not a scalar function", callee->src_name));
			for (int i = 0; i < e->args.n; i++) {
				sct_expr *a = sct_conv_expr(cv, sc, e->args.items[i]);
				if (!a)
					return NULL;
				e->args.items[i] = a;
			}
			e->name = callee->r->name;
			e->flags |= SCT_EF_NOT_IMMUTABLE;
			return e;
		}
		*handled = 0;
		return NULL;
	}
	default:
		*handled = 0;
		return NULL;
	}
}

/* ---------- helpers for statements ---------- */

static int conv_e(sct_conv *cv, sct_expr **e)
{
	sct_scope sc = {0};
	sct_expr *x = sct_conv_expr(cv, &sc, *e);
	if (!x)
		return -1;
	*e = x;
	return 0;
}

static sct_pstmt *ps(sct_conv *cv, sct_pstmt_kind k, const sct_pstmt *at)
{
	sct_pstmt *p = SCT_NEW(cv->a, sct_pstmt);
	p->kind = k;
	p->loc = at->loc;
	p->end = at->end;
	return p;
}

/* SET @v = expr with the variable's type in mind (bit variables take TRUE/FALSE) */
static int assign(sct_conv *cv, sct_pstmt *p, const char *var, sct_op op, sct_expr *value)
{
	sct_cvar *v = sct_code_var(cv, var);
	if (!v || !v->type) {
		sct_code_raw(cv, p, sct_arena_printf(cv->a, "variable '%s' is not declared", var), p->loc);
		return -1;
	}
	if (op != SCT_OP_NONE) { /* @v += x  ->  @v = @v + x */
		sct_expr *b = mk(cv, SCT_E_BINARY, value->loc, NULL);
		b->op = op;
		b->a = mk(cv, SCT_E_VAR, value->loc, var);
		b->b = value;
		value = b;
	}
	if (v->cls == SCT_TC_BOOL)
		value = sct_conv_bool_literal(cv, value);
	sct_scope sc = {0};
	sct_expr *x = sct_conv_expr(cv, &sc, value);
	if (!x) {
		sct_code_raw(cv, p, sc.failed, p->loc);
		return -1;
	}
	p->kind = SCT_PS_SET;
	p->name = v->out;
	p->op = SCT_OP_NONE;
	p->expr = x;
	return 0;
}

static int is_int_text(const char *s)
{
	if (!s || !*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* RAISERROR message with printf placeholders -> a format() call; returns the message expression. */
static sct_expr *raise_message(sct_conv *cv, sct_pstmt *p, sct_list *args, int first_arg)
{
	sct_expr *msg = args->items[0];
	if (msg->kind == SCT_E_NUM)
		return NULL; /* a message number from sys.messages */
	int nfmt = args->n - first_arg;
	if (msg->kind == SCT_E_STR && nfmt > 0) {
		sct_buf b;
		sct_buf_init(&b);
		for (const char *s = msg->text; *s; s++) {
			if (*s != '%') {
				sct_buf_putc(&b, *s);
				continue;
			}
			if (s[1] == '%') {
				sct_buf_puts(&b, "%%");
				s++;
				continue;
			}
			const char *q = s + 1;
			while (*q && strchr("-+ #0123456789.*lhI", *q))
				q++;
			if (*q && strchr("dsiuxXo", *q)) {
				sct_buf_puts(&b, "%s");
				s = q;
			} else {
				sct_buf_puts(&b, "%%");
			}
		}
		sct_expr *f = mk(cv, SCT_E_TEMPLATE, msg->loc, "format(\1\1, \2\2)");
		sct_expr *fs = mk(cv, SCT_E_STR, msg->loc, sct_arena_strndup(cv->a, b.data ? b.data : "", b.len));
		sct_buf_free(&b);
		sct_list_push(cv->a, &f->args, fs);
		for (int i = first_arg; i < args->n; i++) {
			sct_expr *a = args->items[i];
			if (conv_e(cv, &a) < 0) /* a template's arguments are converted by its maker */
				return NULL;
			sct_list_push(cv->a, &f->args, a);
		}
		(void)p;
		return f;
	}
	if (conv_e(cv, &msg) < 0)
		return NULL;
	return msg;
}

static int stmt_one(sct_conv *cv, sct_pstmt *p, sct_list *list, int idx);

int sct_code_stmts(sct_conv *cv, sct_list *l)
{
	sct_code *c = CODE(cv);
	if (++c->depth > SCT_CODE_MAX_DEPTH) {
		c->failed = 1;
		c->why = "statements nested too deeply";
		c->depth--;
		return -1;
	}
	for (int i = 0; i < l->n; i++)
		stmt_one(cv, l->items[i], l, i);
	c->depth--;
	return 0;
}

/* Does the statement after idx in the list stop the routine (RETURN)? */
static int followed_by_return(sct_list *l, int idx)
{
	return idx + 1 < l->n && ((sct_pstmt *)l->items[idx + 1])->kind == SCT_PS_RETURN;
}

/* PL/pgSQL passes every INOUT argument of a CALL back into a variable: a scratch one when the caller has none */
static sct_expr *scratch(sct_conv *cv, sct_loc loc, sct_type *type, const char *out_type)
{
	sct_code *c = CODE(cv);
	sct_cvar *v = SCT_NEW(cv->a, sct_cvar);
	v->out = sct_arena_printf(cv->a, "sct_arg%d", c->decls.n + 1);
	v->src = v->out;
	if (!type) {
		type = SCT_NEW(cv->a, sct_type);
		type->name = out_type;
		type->out = out_type;
	}
	v->type = type;
	v->declared = 1;
	sct_list_push(cv->a, &c->decls, v);
	sct_expr *e = SCT_NEW(cv->a, sct_expr);
	e->kind = SCT_E_VAR;
	e->loc = loc;
	e->text = v->out;
	return e;
}

static int conv_exec(sct_conv *cv, sct_pstmt *p)
{
	sct_qname *q = p->target;
	const char *pn = q && q->name.s ? q->name.s : "";
	if (!strcasecmp(pn, "sp_executesql")) {
		if (!p->args.n) {
			sct_code_raw(cv, p, "sp_executesql without a statement", p->loc);
			return -1;
		}
		sct_parg *a0 = p->args.items[0];
		if (!a0->value || conv_e(cv, &a0->value) < 0) {
			sct_code_raw(cv, p, "the statement of sp_executesql could not be converted", p->loc);
			return -1;
		}
		sct_expr *x = a0->value;
		p->kind = SCT_PS_EXEC_SQL;
		p->expr = x;
		p->args.n = 0;
		sct_conv_item(cv, "C014", p->loc, "sp_executesql: EXECUTE of the same text; its parameters (@name) must become $1, $2 ...");
		return 0;
	}
	sct_code *callee = q && !q->catalog.s ? sct_hash_get(&cv->code_index, sct_conv_key(cv, q)) : NULL;
	if (callee && callee->proc_table && !callee->done)
		sct_code_result_refcursor(cv, callee); /* called before it is converted: it stays a procedure */
	int as_fn = callee && callee->proc_table;
	if (!callee || (callee->style != SCT_CODE_PROCEDURE && !as_fn)) {
		sct_code_raw(cv, p, sct_arena_printf(cv->a, "EXEC of '%s', which is %s", pn,
						     callee ? "not a procedure" : "not defined in the input"), p->loc);
		return -1;
	}
	sct_routine *r = callee->r;
	sct_list out = {0};
	for (int i = 0; i < p->args.n; i++) {
		sct_parg *a = p->args.items[i];
		sct_param *prm = NULL;
		int pi = -1;
		if (a->name) {
			for (int k = 0; k < r->params.n; k++) {
				sct_param *x = r->params.items[k];
				if (x->name.s && !strcasecmp(x->name.s, a->name + 1))
					prm = x, pi = k;
			}
		} else if (i < r->params.n) {
			prm = r->params.items[i];
			pi = i;
		}
		if (!prm) {
			sct_code_raw(cv, p, sct_arena_printf(cv->a, "EXEC %s: argument %d matches no parameter", pn, i + 1), p->loc);
			return -1;
		}
		if (!a->value) /* DEFAULT: leave it out (named notation for the rest) */
			continue;
		if (a->output && prm->mode == SCT_PARAM_IN) {
			sct_code_raw(cv, p, "OUTPUT argument for an input parameter", p->loc);
			return -1;
		}
		sct_expr *v = a->value;
		if (prm->type && sct_conv_tclass(cv, prm->type) == SCT_TC_BOOL)
			v = sct_conv_bool_literal(cv, v);
		if (conv_e(cv, &v) < 0) {
			sct_code_raw(cv, p, "an argument could not be converted", p->loc);
			return -1;
		}
		if (prm->mode != SCT_PARAM_IN && v->kind != SCT_E_VAR)
			v = scratch(cv, v->loc, prm->type, NULL); /* the value passed in is lost: T-SQL passes it too */
		sct_parg *o = SCT_NEW(cv->a, sct_parg);
		o->loc = a->loc;
		o->value = v;
		o->output = pi; /* parameter index */
		o->name = ((sct_cvar *)callee->params.items[pi])->out;
		sct_list_push(cv->a, &out, o);
	}
	/* INOUT parameters not passed: PL/pgSQL CALL needs them (NULL) */
	for (int k = 0; k < r->params.n; k++) {
		sct_param *x = r->params.items[k];
		int given = 0;
		for (int i = 0; i < out.n; i++)
			given |= ((sct_parg *)out.items[i])->output == k;
		if (!given && x->mode != SCT_PARAM_IN) {
			sct_parg *o = SCT_NEW(cv->a, sct_parg);
			o->value = scratch(cv, p->loc, x->type, NULL);
			o->output = k;
			o->name = ((sct_cvar *)callee->params.items[k])->out;
			sct_list_push(cv->a, &out, o);
		}
	}
	for (int k = 0; k < callee->results.n; k++) {
		sct_parg *o = SCT_NEW(cv->a, sct_parg);
		o->value = scratch(cv, p->loc, NULL, "refcursor");
		o->name = callee->results.items[k];
		o->output = -1;
		sct_list_push(cv->a, &out, o);
		sct_conv_itemf(cv, "C017", p->loc, "the result set of %s is not returned to this caller", callee->src_name);
	}
	if (as_fn)
		sct_conv_itemf(cv, "C017", p->loc, "the result set of %s is not returned to this caller (PERFORM)", callee->src_name);
	p->op = as_fn; /* the printer: PERFORM * FROM f(...) instead of CALL */
	if (p->name) { /* EXEC @rc = proc */
		sct_cvar *v = sct_code_var(cv, p->name);
		if (!v || !v->type) {
			sct_code_raw(cv, p, "return status variable not declared", p->loc);
			return -1;
		}
		sct_parg *o = SCT_NEW(cv->a, sct_parg);
		o->value = mk(cv, SCT_E_VAR, p->loc, v->out);
		o->name = "return_value";
		o->output = -1;
		if (!callee->retval)
			p->text = v->out; /* the callee returns no status: 0 */
		else
			sct_list_push(cv->a, &out, o);
	} else if (callee->retval) {
		sct_parg *o = SCT_NEW(cv->a, sct_parg);
		o->value = scratch(cv, p->loc, NULL, "integer");
		o->name = "return_value";
		o->output = -1;
		sct_list_push(cv->a, &out, o);
	}
	p->args = out;
	p->target = r->name;
	return 0;
}

static int conv_cursor(sct_conv *cv, sct_pstmt *p)
{
	sct_cvar *v = sct_code_var(cv, p->name);
	if (!v || !v->cursor) {
		sct_code_raw(cv, p, sct_arena_printf(cv->a, "cursor '%s' is not declared in the routine", p->name), p->loc);
		return -1;
	}
	p->name = v->out;
	if (p->op == SCT_CUR_FETCH) {
		if (p->text && strcasecmp(p->text, "next")) {
			sct_code_raw(cv, p, "FETCH other than NEXT needs a SCROLL cursor", p->loc);
			return -1;
		}
		for (int i = 0; i < p->args.n; i++)
			if (conv_e(cv, (sct_expr **)&p->args.items[i]) < 0) {
				sct_code_raw(cv, p, "FETCH INTO an undeclared variable", p->loc);
				return -1;
			}
		CODE(cv)->fetch_status = 1;
	}
	return 0;
}

static const char *tran_word(int op)
{
	return op == SCT_TRAN_BEGIN ? "BEGIN TRANSACTION" : op == SCT_TRAN_COMMIT ? "COMMIT" : op == SCT_TRAN_ROLLBACK ? "ROLLBACK" : "SAVE TRANSACTION";
}

static int conv_tran(sct_conv *cv, sct_pstmt *p)
{
	sct_code *c = CODE(cv);
	const char *w = tran_word(p->op);
	if (p->op == SCT_TRAN_SAVE || (p->op == SCT_TRAN_ROLLBACK && p->name)) {
		sct_code_raw(cv, p, "savepoints inside a routine: use a nested BEGIN ... EXCEPTION block", p->loc);
		return -1;
	}
	if (p->op == SCT_TRAN_ROLLBACK && !c->in_catch) {
		if (c->style != SCT_CODE_PROCEDURE) {
			/* a trigger rolling back aborts the statement that fired it */
			sct_conv_item(cv, "C018", p->loc, "ROLLBACK in a trigger: the statement that fired it fails with an error");
			p->kind = SCT_PS_RAISE;
			p->op = SCT_RAISE_EXCEPTION;
			p->args.n = 0;
			sct_list_push(cv->a, &p->args, mk(cv, SCT_E_STR, p->loc, "transaction rolled back by trigger"));
			return 0;
		}
		sct_conv_item(cv, "C013", p->loc, "ROLLBACK in a procedure works only when it is called outside a transaction block");
		p->kind = SCT_PS_SQL;
		p->text = "ROLLBACK";
		return 0;
	}
	sct_conv_itemf(cv, "C013", p->loc, "%s: %s", w,
		       p->op == SCT_TRAN_ROLLBACK ? "the EXCEPTION block has already undone the work" :
		       "the routine runs in the caller's transaction");
	p->kind = SCT_PS_COMMENT;
	p->text = sct_arena_printf(cv->a, "%s (not needed: see C013)", w);
	return 0;
}

static int conv_declare(sct_conv *cv, sct_pstmt *p)
{
	sct_code *c = CODE(cv);
	sct_list sets = {0};
	for (int i = 0; i < p->args.n; i++) {
		sct_pvar *pv = p->args.items[i];
		if (sct_code_var(cv, pv->name)) {
			sct_code_raw(cv, p, sct_arena_printf(cv->a, "variable '%s' declared twice", pv->name), p->loc);
			return -1;
		}
		if (pv->cursor) {
			sct_cvar *v = add_var(cv, pv->name, "cur_", pv->name);
			sct_scope sc = {0};
			if (sct_conv_query(cv, &sc, pv->cursor, NULL) < 0) {
				sct_code_raw(cv, p, sc.failed ? sc.failed : "cursor query not convertible", p->loc);
				return -1;
			}
			v->cursor = pv->cursor;
			sct_list_push(cv->a, &c->decls, v);
			continue;
		}
		if (pv->table) {
			/* table variable: a temporary table created here */
			sct_cvar *v = declare_table(cv, pv->name, pv->table);
			sct_pstmt *ct = ps(cv, SCT_PS_CREATE_TABLE, p);
			ct->table = v->obj->stmt->u.table;
			for (int k = 0; k < ct->table->columns.n; k++) {
				sct_column *col = ct->table->columns.items[k];
				if (col->type)
					sct_conv_type(cv, col->type, v->src);
				sct_conv_ident(cv, &col->name);
				if (col->def && conv_e(cv, &col->def) < 0)
					col->def = NULL;
			}
			sct_list_push(cv->a, &sets, ct);
			continue;
		}
		sct_cvar *v = add_var(cv, pv->name, "v_", pv->name);
		v->type = pv->type;
		v->cls = sct_conv_tclass(cv, pv->type);
		if (sct_conv_type(cv, pv->type, v->src) < 0 && !pv->type->out) {
			sct_code_raw(cv, p, "type of the variable has no mapping", p->loc);
			return -1;
		}
		v->declared = 1;
		sct_list_push(cv->a, &c->decls, v);
		if (pv->init) {
			sct_pstmt *s = ps(cv, SCT_PS_SET, p);
			if (assign(cv, s, pv->name, SCT_OP_NONE, pv->init) < 0) {
				p->kind = SCT_PS_RAW;
				p->text = s->text;
				return -1;
			}
			sct_list_push(cv->a, &sets, s);
		}
	}
	/* the declarations go to the DECLARE section; initial values stay here, in order */
	p->kind = SCT_PS_BLOCK;
	p->op = 1; /* an inline group: printed without BEGIN/END */
	p->body = sets;
	p->args.n = 0;
	return 0;
}

static int conv_setopt(sct_conv *cv, sct_pstmt *p)
{
	static const char *const none[] = {"nocount", "xact_abort", "ansi_nulls", "quoted_identifier", "arithabort",
					   "ansi_warnings", "ansi_padding", "concat_null_yields_null", "numeric_roundabort",
					   "deadlock_priority", "lock_timeout", "implicit_transactions", "identity_insert",
					   "statistics", "showplan_xml", "fmtonly", "noexec", NULL};
	for (int i = 0; none[i]; i++)
		if (!strcmp(p->name, none[i])) {
			sct_conv_itemf(cv, "C020", p->loc, "SET %s", p->name);
			p->kind = SCT_PS_COMMENT;
			return 0;
		}
	sct_code_raw(cv, p, sct_arena_printf(cv->a, "SET %s has no PostgreSQL equivalent inside a routine", p->name), p->loc);
	return -1;
}

/* The definition of an INSERT's target table (before conversion renames it), or NULL */
static sct_table *insert_target(sct_conv *cv, sct_pstmt *p)
{
	if (!p->dml || !p->dml->table)
		return NULL;
	sct_qname probe = *p->dml->table;
	sct_table *def = NULL;
	if (sct_code_table_obj(cv, &probe, &def))
		return def;
	sct_object *o = sct_hash_get(&cv->objects, sct_conv_key(cv, &probe));
	return o && o->kind == SCT_K_TABLE && o->emitted ? o->stmt->u.table : NULL;
}

/* SCOPE_IDENTITY() / @@IDENTITY (the expression), as written */
static int is_identity_call(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	if (!e)
		return 0;
	if (e->kind == SCT_E_GLOBAL && e->text && !strcasecmp(e->text, "identity"))
		return 1;
	return e->kind == SCT_E_FUNC && !e->args.n && e->name && !e->name->schema.s && e->name->name.s &&
	       !strcasecmp(e->name->name.s, "scope_identity");
}

/* INSERT of one row into a table with an identity column, followed by SET @v = SCOPE_IDENTITY() (or
 * SELECT @v = ..., or @@IDENTITY): INSERT ... RETURNING col INTO v_v; the assignment is dropped. The
 * INSERT statement keeps the identity column's target name in text and the variable in name. */
static void identity_returning(sct_conv *cv, sct_pstmt *p, sct_table *def, sct_list *list, int idx)
{
	sct_dml *d = p->dml;
	if (!list || idx + 1 >= list->n || !d || d->output.n || d->query || (d->values.n != 1 && !d->default_values))
		return;
	sct_pstmt *nx = list->items[idx + 1];
	const char *var = NULL;
	if (nx->kind == SCT_PS_SET && nx->op == SCT_OP_NONE && is_identity_call(nx->expr))
		var = nx->name;
	else if (nx->kind == SCT_PS_SELECT && nx->query && nx->query->kind == SCT_Q_SELECT && !nx->query->from.n &&
		 !nx->query->where && !nx->query->into && nx->query->targets.n == 1) {
		sct_target *t = nx->query->targets.items[0];
		if (t->assign && t->assign_op == SCT_OP_NONE && is_identity_call(t->expr))
			var = t->assign;
	}
	if (!var)
		return;
	sct_cvar *v = sct_code_var(cv, var);
	if (!v || !v->type || v->cursor || v->obj)
		return;
	const sct_column *idcol = NULL;
	for (int i = 0; def && i < def->columns.n; i++) {
		const sct_column *col = def->columns.items[i];
		if (col->identity && !idcol)
			idcol = col;
	}
	if (!idcol || !idcol->name.s)
		return;
	p->text = idcol->name.s; /* converted (folded) with the table */
	p->name = v->out;
	for (int i = idx + 1; i + 1 < list->n; i++)
		list->items[i] = list->items[i + 1];
	list->n--;
	sct_conv_itemf(cv, "C022", nx->loc, "SCOPE_IDENTITY() after a one-row INSERT: INSERT ... RETURNING %s INTO %s",
		       idcol->name.s, v->out);
}

static int stmt_one(sct_conv *cv, sct_pstmt *p, sct_list *list, int idx)
{
	sct_code *c = CODE(cv);
	if (c->failed)
		return -1;
	switch (p->kind) {
	case SCT_PS_BLOCK:
		return sct_code_stmts(cv, &p->body);
	case SCT_PS_DECLARE:
		return conv_declare(cv, p);
	case SCT_PS_SET:
		return assign(cv, p, p->name, (sct_op)p->op, p->expr);
	case SCT_PS_SETOPT:
		return conv_setopt(cv, p);
	case SCT_PS_IF:
	case SCT_PS_WHILE:
		if (!p->expr) {
			sct_code_raw(cv, p, sct_arena_printf(cv->a, "condition: %s", p->text ? p->text : "syntax error"), p->loc);
			return -1;
		}
		if (conv_e(cv, &p->expr) < 0) {
			sct_code_raw(cv, p, "the condition could not be converted", p->loc);
			return -1;
		}
		sct_code_stmts(cv, &p->body);
		sct_code_stmts(cv, &p->els);
		return 0;
	case SCT_PS_BREAK:
	case SCT_PS_CONTINUE:
	case SCT_PS_LABEL:
		if (p->kind == SCT_PS_LABEL) {
			sct_code_raw(cv, p, "labels and GOTO have no PL/pgSQL equivalent", p->loc);
			return -1;
		}
		return 0;
	case SCT_PS_GOTO:
		sct_code_raw(cv, p, "GOTO has no PL/pgSQL equivalent: restructure with IF or loops", p->loc);
		return -1;
	case SCT_PS_RETURN:
		if (c->style == SCT_CODE_TABLE_FUNCTION) {
			if (!p->query && p->expr && p->expr->kind == SCT_E_SUBQUERY)
				p->query = p->expr->query;
			if (p->query) {
				p->expr = NULL;
				return sct_code_select(cv, p);
			}
			if (p->expr) {
				sct_code_raw(cv, p, "RETURN of a value in a table function", p->loc);
				return -1;
			}
			return 0;
		}
		if (!p->expr)
			return 0;
		if (c->style == SCT_CODE_PROCEDURE) {
			if (conv_e(cv, &p->expr) < 0) {
				sct_code_raw(cv, p, "return status could not be converted", p->loc);
				return -1;
			}
			return 0;
		}
		if (c->style != SCT_CODE_FUNCTION) {
			sct_code_raw(cv, p, "RETURN of a value in a trigger", p->loc);
			return -1;
		}
		if (c->r->returns && sct_conv_tclass(cv, c->r->returns) == SCT_TC_BOOL)
			p->expr = sct_conv_bool_literal(cv, p->expr);
		if (conv_e(cv, &p->expr) < 0) {
			sct_code_raw(cv, p, "the returned expression could not be converted", p->loc);
			return -1;
		}
		return 0;
	case SCT_PS_TRY: {
		sct_conv_item(cv, "C012", p->loc, NULL);
		sct_code_stmts(cv, &p->body);
		int saved = c->in_catch;
		c->in_catch = 1;
		sct_code_stmts(cv, &p->els);
		c->in_catch = saved;
		return 0;
	}
	case SCT_PS_RAISERROR: {
		if (p->args.n < 3) {
			sct_code_raw(cv, p, "RAISERROR needs a message, a severity and a state", p->loc);
			return -1;
		}
		sct_expr *sev = p->args.items[1];
		int level = 16;
		if (sev->kind == SCT_E_NUM && is_int_text(sev->text))
			level = atoi(sev->text);
		sct_expr *m = raise_message(cv, p, &p->args, 3);
		if (!m) {
			sct_code_raw(cv, p, "RAISERROR with a message number or an unconvertible message", p->loc);
			return -1;
		}
		p->kind = SCT_PS_RAISE;
		p->op = level > 10 ? SCT_RAISE_EXCEPTION : SCT_RAISE_NOTICE;
		p->args.n = 0;
		sct_list_push(cv->a, &p->args, m);
		if (level > 10 && !c->in_catch && !followed_by_return(list, idx) && c->depth > 0)
			sct_conv_item(cv, "C011", p->loc, "RAISERROR: SQL Server would go on with the next statement");
		return 0;
	}
	case SCT_PS_THROW: {
		if (!p->args.n) {
			if (!c->in_catch) {
				sct_code_raw(cv, p, "THROW without arguments outside a CATCH block", p->loc);
				return -1;
			}
			p->kind = SCT_PS_RAISE;
			p->op = SCT_RAISE_RERAISE;
			return 0;
		}
		sct_expr *m = p->args.items[1];
		if (conv_e(cv, &m) < 0) {
			sct_code_raw(cv, p, "THROW message could not be converted", p->loc);
			return -1;
		}
		sct_expr *num = p->args.items[0];
		p->kind = SCT_PS_RAISE;
		p->op = SCT_RAISE_EXCEPTION;
		p->text = num->kind == SCT_E_NUM ? sct_arena_printf(cv->a, "error %s", num->text) : NULL;
		p->args.n = 0;
		sct_list_push(cv->a, &p->args, m);
		return 0;
	}
	case SCT_PS_PRINT:
		if (conv_e(cv, &p->expr) < 0) {
			sct_code_raw(cv, p, "PRINT expression could not be converted", p->loc);
			return -1;
		}
		p->kind = SCT_PS_RAISE;
		p->op = SCT_RAISE_NOTICE;
		sct_list_push(cv->a, &p->args, p->expr);
		return 0;
	case SCT_PS_SELECT:
		return sct_code_select(cv, p);
	case SCT_PS_INSERT:
	{
		sct_table *def = insert_target(cv, p);
		if (sct_code_dml(cv, p) < 0)
			return -1;
		identity_returning(cv, p, def, list, idx);
		return 0;
	}
	case SCT_PS_UPDATE:
	case SCT_PS_DELETE:
	case SCT_PS_MERGE:
	case SCT_PS_TRUNCATE:
		return sct_code_dml(cv, p);
	case SCT_PS_EXEC:
		return conv_exec(cv, p);
	case SCT_PS_EXEC_SQL:
		if (conv_e(cv, &p->expr) < 0) {
			sct_code_raw(cv, p, "the dynamic statement could not be converted", p->loc);
			return -1;
		}
		sct_conv_item(cv, "C014", p->loc, "EXEC (string): EXECUTE of the same text");
		return 0;
	case SCT_PS_TRAN:
		return conv_tran(cv, p);
	case SCT_PS_CURSOR:
		if (p->op == SCT_CUR_DEALLOCATE) {
			sct_cvar *v = sct_code_var(cv, p->name);
			p->kind = SCT_PS_COMMENT;
			p->text = sct_arena_printf(cv->a, "DEALLOCATE %s (not needed)", v ? v->out : p->name);
			return 0;
		}
		return conv_cursor(cv, p);
	case SCT_PS_CREATE_TABLE: {
		sct_table *t = p->table;
		if (p->op == 1)
			return 0;
		const char *n = t->name && t->name->name.s ? t->name->name.s : "";
		if (n[0] != '#' || t->name->schema.s) {
			sct_code_raw(cv, p, "CREATE TABLE of a permanent table inside a routine", p->loc);
			return -1;
		}
		if (sct_code_var(cv, n)) {
			sct_code_raw(cv, p, "temporary table created twice", p->loc);
			return -1;
		}
		for (int k = 0; k < t->columns.n; k++) {
			sct_column *col = t->columns.items[k];
			if (col->type)
				sct_conv_type(cv, col->type, n);
			if (col->computed) {
				sct_code_raw(cv, p, "computed column in a temporary table", p->loc);
				return -1;
			}
			if (col->def && conv_e(cv, &col->def) < 0)
				col->def = NULL;
			sct_conv_ident(cv, &col->name);
		}
		for (int k = 0; k < t->constraints.n; k++) {
			sct_constraint *k2 = t->constraints.items[k];
			if (k2->kind != SCT_CONS_PRIMARY && k2->kind != SCT_CONS_UNIQUE)
				k2->skip = 1;
			for (int j = 0; j < k2->columns.n; j++)
				sct_conv_ident(cv, &((sct_index_col *)k2->columns.items[j])->name);
			k2->name.s = NULL;
		}
		declare_table(cv, n, t);
		return 0;
	}
	case SCT_PS_DROP_TABLE: {
		sct_object *o = sct_code_table_obj(cv, p->target, NULL);
		if (!o) {
			sct_code_raw(cv, p, "DROP TABLE of a permanent table inside a routine", p->loc);
			return -1;
		}
		return 0;
	}
	case SCT_PS_RAW:
		sct_code_raw(cv, p, sct_arena_printf(cv->a, "not parsed: %s", p->text ? p->text : "syntax error"), p->loc);
		return -1;
	default:
		return 0;
	}
}

/* ---------- signatures: before any body is converted, so calls know their callee ---------- */

static int has_result_sets(sct_pstmt *p, int depth, int *retval)
{
	if (!p || depth > SCT_CODE_MAX_DEPTH)
		return 0;
	int n = 0;
	if (p->kind == SCT_PS_SELECT && p->query && !p->query->into) {
		int assign = 0;
		sct_query *q = p->query;
		while (q && q->kind != SCT_Q_SELECT)
			q = q->left;
		for (int i = 0; q && i < q->targets.n; i++)
			assign |= ((sct_target *)q->targets.items[i])->assign != NULL;
		if (!assign)
			n++;
	}
	if (p->kind == SCT_PS_RETURN && p->expr)
		*retval = 1;
	for (int i = 0; i < p->body.n; i++)
		n += has_result_sets(p->body.items[i], depth + 1, retval);
	for (int i = 0; i < p->els.n; i++)
		n += has_result_sets(p->els.items[i], depth + 1, retval);
	return n;
}

/* Does the body hold a statement of this kind (transaction control, ...)? */
static int has_kind(const sct_pstmt *p, sct_pstmt_kind k, int depth)
{
	if (!p || depth > SCT_CODE_MAX_DEPTH)
		return 0;
	if (p->kind == k)
		return 1;
	for (int i = 0; i < p->body.n; i++)
		if (has_kind(p->body.items[i], k, depth + 1))
			return 1;
	for (int i = 0; i < p->els.n; i++)
		if (has_kind(p->els.items[i], k, depth + 1))
			return 1;
	return 0;
}

/* --result-sets table fell through for this procedure (unknown column types, or a caller converted first):
 * back to the refcursor style */
void sct_code_result_refcursor(sct_conv *cv, sct_code *c)
{
	if (!c->proc_table)
		return;
	c->proc_table = 0;
	c->style = SCT_CODE_PROCEDURE;
	sct_list_push(cv->a, &c->results, (void *)"result");
}

static void param_vars(sct_conv *cv, sct_code *c)
{
	sct_routine *r = c->r;
	for (int i = 0; i < r->params.n; i++) {
		sct_param *prm = r->params.items[i];
		sct_cvar *v = add_var(cv, sct_arena_printf(cv->a, "@%s", prm->name.s), "p_", prm->name.s);
		v->param = 1;
		v->type = prm->type;
		sct_list_push(cv->a, &c->params, v);
	}
}

void sct_code_prepare(sct_conv *cv)
{
	if (!cv->code_index.a)
		sct_hash_init(&cv->code_index, cv->a);
	for (int i = 0; i < cv->stmts->n; i++) {
		sct_stmt *s = cv->stmts->items[i];
		if (s->kind != SCT_STMT_ROUTINE || !s->u.routine->code)
			continue;
		sct_routine *r = s->u.routine;
		if (r->kind != SCT_ROUTINE_PROCEDURE && r->kind != SCT_ROUTINE_FUNCTION && r->kind != SCT_ROUTINE_TRIGGER)
			continue;
		sct_code *c = SCT_NEW(cv->a, sct_code);
		c->stmt = s;
		c->r = r;
		sct_hash_init(&c->vars, cv->a);
		c->src_name = r->name->schema.s ? sct_arena_printf(cv->a, "%s.%s", r->name->schema.s, r->name->name.s) : r->name->name.s;
		c->style = r->kind == SCT_ROUTINE_TRIGGER ? SCT_CODE_TRIGGER : r->kind == SCT_ROUTINE_PROCEDURE ? SCT_CODE_PROCEDURE
			   : r->returns_table ? SCT_CODE_TABLE_FUNCTION : SCT_CODE_FUNCTION;
		int retval = 0;
		int nres = has_result_sets(r->code, 0, &retval);
		int outs = 0;
		for (int k = 0; k < r->params.n; k++)
			outs |= ((sct_param *)r->params.items[k])->mode != SCT_PARAM_IN;
		if (c->style == SCT_CODE_PROCEDURE && cv->result_sets == SCT_RESULT_SETS_TABLE && nres == 1 && !retval &&
		    !outs && !has_kind(r->code, SCT_PS_TRAN, 0)) {
			c->style = SCT_CODE_TABLE_FUNCTION; /* its only output is one result set */
			c->proc_table = 1;
		} else if (c->style == SCT_CODE_PROCEDURE) {
			for (int k = 0; k < nres; k++)
				sct_list_push(cv->a, &c->results, (void *)(nres == 1 ? "result" : sct_arena_printf(cv->a, "result%d", k + 1)));
			c->retval = retval;
		}
		const char *key = sct_conv_key(cv, r->name);
		if (!sct_hash_get(&cv->code_index, key))
			sct_hash_put(&cv->code_index, key, c);
		sct_hash_put(&cv->code_index, sct_arena_printf(cv->a, "%p", (void *)s), c);
		/* parameters' target names are needed by callers (named notation) */
		sct_code *saved = cv->code;
		cv->code = c;
		param_vars(cv, c);
		cv->code = saved;
	}
}

/* ---------- one routine ---------- */

static int fail_whole(sct_conv *cv, sct_code *c, const char *why, sct_loc loc)
{
	sct_conv_itemf(cv, "C021", loc, "%s not converted to PL/pgSQL: %s", c ? c->src_name : "routine", why);
	return -1;
}

static int trigger_setup(sct_conv *cv, sct_code *c)
{
	sct_routine *r = c->r;
	if (r->trigger_events & SCT_TRIG_DDL || !r->trigger_table)
		return fail_whole(cv, c, "DDL triggers (ON DATABASE / ALL SERVER) have no PostgreSQL equivalent; use event triggers", c->stmt->loc);
	sct_object *o = sct_hash_get(&cv->objects, sct_conv_key(cv, r->trigger_table));
	if (!o || o->kind != SCT_K_TABLE || !o->emitted)
		return fail_whole(cv, c, "the trigger's table is not converted or not in the input", c->stmt->loc);
	if (r->trigger_timing == SCT_TRIG_INSTEAD_OF)
		return fail_whole(cv, c, "INSTEAD OF triggers on tables have no PostgreSQL equivalent (BEFORE ... FOR EACH ROW comes closest)", c->stmt->loc);
	sct_table *t = o->stmt->u.table;
	r->trigger_table = t->name;
	const char *names[2] = {"inserted", "deleted"};
	for (int i = 0; i < 2; i++) {
		sct_cvar *v = SCT_NEW(cv->a, sct_cvar);
		v->src = names[i];
		v->out = sct_arena_printf(cv->a, "\001%s", names[i]); /* the printer picks the table per event */
		v->obj = table_object(cv, t);
		sct_hash_put(&c->vars, v->src, v);
	}
	return 0;
}

int sct_conv_routine(sct_conv *cv, sct_stmt *s)
{
	sct_routine *r = s->u.routine;
	static const char *const kinds[] = {"procedure", "function", "trigger", "package", "package body", "type body"};
	cv->cur = s;
	cv->cur_object = r->name->schema.s ? sct_arena_printf(cv->a, "%s.%s", r->name->schema.s, r->name->name.s) : r->name->name.s;
	cv->cur_objtype = kinds[r->kind];
	if (!r->code) {
		sct_code tmp = {0};
		tmp.src_name = cv->cur_object;
		return fail_whole(cv, &tmp, r->code_error ? sct_arena_printf(cv->a, "body not parsed: %s", r->code_error) : "body not parsed",
				  r->code_error ? r->code_error_loc : s->loc);
	}
	sct_code *c = sct_hash_get(&cv->code_index, sct_arena_printf(cv->a, "%p", (void *)s));
	sct_code *first = sct_hash_get(&cv->code_index, sct_conv_key(cv, r->name));
	if (!c || first != c) {
		sct_code tmp = {0};
		tmp.src_name = cv->cur_object;
		return fail_whole(cv, &tmp, "a second definition of the same routine", s->loc);
	}
	cv->code = c;
	int rc = 0;
	/* parameters */
	for (int i = 0; i < r->params.n && rc == 0; i++) {
		sct_param *prm = r->params.items[i];
		sct_cvar *v = c->params.items[i];
		if (prm->readonly || !prm->type) {
			rc = fail_whole(cv, c, "table-valued parameter (READONLY): use an array of a composite type or a temporary table", prm->loc);
			break;
		}
		v->cls = sct_conv_tclass(cv, prm->type);
		sct_conv_type(cv, prm->type, cv->cur_object);
		if (prm->def && !(prm->def = sct_conv_expr(cv, NULL, v->cls == SCT_TC_BOOL ? sct_conv_bool_literal(cv, prm->def) : prm->def)))
			rc = fail_whole(cv, c, "a parameter default could not be converted", prm->loc);
		if (prm->mode == SCT_PARAM_OUT)
			prm->mode = SCT_PARAM_INOUT; /* T-SQL OUTPUT parameters are read too */
	}
	if (rc == 0 && c->style == SCT_CODE_FUNCTION && r->returns) {
		if (sct_conv_type(cv, r->returns, cv->cur_object) < 0 && !r->returns->out)
			rc = fail_whole(cv, c, "return type has no mapping", s->loc);
		c->ret_type = r->returns->out;
	}
	if (rc == 0 && c->style == SCT_CODE_TABLE_FUNCTION && !c->proc_table) {
		if (!r->returns_columns.n) {
			/* inline: RETURNS TABLE AS RETURN (query): the columns come from the query */
			sct_pstmt *ret = r->code->body.n == 1 ? r->code->body.items[0] : NULL;
			if (!ret || ret->kind != SCT_PS_RETURN)
				rc = fail_whole(cv, c, "inline table function body is not a single RETURN", s->loc);
		} else {
			/* multi-statement: RETURNS @t TABLE (...) is a temporary table filled by the body */
			sct_table *t = SCT_NEW(cv->a, sct_table);
			for (int i = 0; i < r->returns_columns.n; i++) {
				sct_column *col = r->returns_columns.items[i];
				if (col->type)
					sct_conv_type(cv, col->type, cv->cur_object);
				sct_conv_ident(cv, &col->name);
				sct_list_push(cv->a, &c->ret_cols, col);
				sct_list_push(cv->a, &t->columns, col);
			}
			sct_cvar *v = declare_table(cv, r->returns_var ? r->returns_var : "@result", t);
			c->ret_table = v->out;
			sct_pstmt *ct = SCT_NEW(cv->a, sct_pstmt);
			ct->kind = SCT_PS_CREATE_TABLE;
			ct->op = 1; /* made by the converter: nothing to convert */
			ct->loc = ct->end = r->code->loc;
			ct->table = t;
			sct_list body = {0};
			sct_list_push(cv->a, &body, ct);
			for (int i = 0; i < r->code->body.n; i++)
				sct_list_push(cv->a, &body, r->code->body.items[i]);
			r->code->body = body;
		}
	}
	if (rc == 0 && c->style == SCT_CODE_TRIGGER)
		rc = trigger_setup(cv, c);
	if (rc == 0) {
		if (c->results.n)
			sct_conv_itemf(cv, "C017", s->loc, "%s returns %d result set(s) through refcursor parameter(s)", c->src_name, c->results.n);
		if (c->retval)
			sct_conv_item(cv, "C016", s->loc, NULL);
		sct_code_stmts(cv, &r->code->body);
		if (c->failed)
			rc = fail_whole(cv, c, c->why ? c->why : "not convertible", c->why_loc ? c->why_loc : s->loc);
		if (rc == 0 && c->proc_table && !c->result_stmt) /* its result set was left for a person */
			sct_code_result_refcursor(cv, c);
		if (rc == 0 && c->proc_table)
			sct_conv_itemf(cv, "C017", s->loc, "%s returns its result set as a FUNCTION ... RETURNS TABLE (--result-sets "
				       "table): call it with SELECT * FROM", c->src_name);
	}
	c->done = 1;
	if (rc == 0 && c->style == SCT_CODE_TABLE_FUNCTION && !r->returns_columns.n) {
		sct_pstmt *ret = c->proc_table ? c->result_stmt : r->code->body.items[0];
		if (ret->kind != SCT_PS_RETURN_QUERY || !ret->query)
			rc = fail_whole(cv, c, "the query of the inline table function could not be converted", s->loc);
		else {
			sct_query *q = ret->query;
			while (q->kind != SCT_Q_SELECT)
				q = q->left;
			for (int i = 0; i < q->targets.n && rc == 0; i++) {
				sct_target *t = q->targets.items[i];
				const char *nm = t->alias.s ? t->alias.s : t->expr->kind == SCT_E_COL ? t->expr->name->name.s : NULL;
				if (!nm || !t->out_type) {
					rc = fail_whole(cv, c, sct_arena_printf(cv->a, "the type of result column %d is not known", i + 1), t->loc);
					break;
				}
				sct_column *col = SCT_NEW(cv->a, sct_column);
				col->name.s = nm;
				col->type = SCT_NEW(cv->a, sct_type);
				col->type->out = t->out_type;
				sct_list_push(cv->a, &c->ret_cols, col);
			}
		}
	}
	cv->code = NULL;
	if (rc < 0)
		return -1;
	sct_conv_qname(cv, r->name);
	sct_conv_use_schema(cv, r->name->schema.s);
	if (c->style == SCT_CODE_TRIGGER)
		c->trig_fn = sct_conv_name(cv, sct_arena_printf(cv->a, "%s_fn", r->name->name.s), s->loc);
	sct_list_push(cv->a, &cv->routines, c);
	return 0;
}
