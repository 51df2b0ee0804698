/* code.c - procedures, functions and triggers to PL/pgSQL: signatures, variables, control flow, errors,
 * transactions, cursors. Rewrites the parsed body (sct_pstmt tree) in place; a statement that cannot be
 * converted becomes RAW (a comment in the body, C010 at its line). DML and queries are in code_dml.c. */
#include "code.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

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
	sct_report_item *it = sct_conv_itemf(cv, "C010", p->loc, "%s: %s", c ? c->src_name : "routine", why ? why : "not convertible");
	if (it)
		it->effort += lines > 1 ? lines : 0;
	(void)at;
	p->kind = SCT_PS_RAW;
	p->text = why;
	if (c)
		c->raws++;
}

/* ---------- tables visible to the body: temp tables, table variables, trigger transition tables ---------- */

sct_object *sct_code_table_object(sct_conv *cv, sct_table *t)
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
	if (!c || !q || !q->name.s || q->schema.s || sct_qname_catalog(q)->s)
		return NULL;
	const char *n = q->name.s;
	if (c->style == SCT_CODE_TRIGGER && (!strcasecmp(n, "inserted") || !strcasecmp(n, "deleted"))) {
		sct_cvar *v = sct_hash_get(&c->vars, lower(cv, n));
		if (!v)
			return NULL;
		c->read_transition = 1;
		q->name.s = v->out;
		if (def)
			*def = v->obj->kind == SCT_K_TABLE ? v->obj->stmt->u.table : NULL;
		return v->obj;
	}
	if (n[0] != '@' && n[0] != '#')
		return NULL;
	sct_cvar *v = sct_hash_get(&c->vars, lower(cv, n));
	if (!v || !v->obj || v->tvp) /* a table-valued parameter is read with unnest() only (sct_code_tvp_from) */
		return NULL;
	q->name.s = v->out;
	if (def)
		*def = v->obj->stmt->u.table;
	return v->obj;
}

sct_object *sct_code_from(sct_conv *cv, sct_from *f)
{
	sct_object *o = sct_code_tvp_from(cv, f);
	if (o)
		return o;
	const char *alias = f->alias.s;
	const char *before = f->name ? f->name->name.s : NULL;
	o = sct_code_table_obj(cv, f->name, NULL);
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
	v->obj = sct_code_table_object(cv, t);
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

static int is_word(const sct_expr *e, const char *const *words)
{
	if (!e || e->kind != SCT_E_COL || !e->name || e->name->schema.s || !e->name->name.s || e->name->name.quoted)
		return 0;
	for (int i = 0; words[i]; i++)
		if (!strcasecmp(e->name->name.s, words[i]))
			return 1;
	return 0;
}

/* After SET DATEFIRST n (not 7): DATEPART(weekday, x) counts from day n (1 = Monday); DATEPART(week) and
 * DATETRUNC(week) depend on it too and are left for a person; the rest is converted as usual. */
static sct_expr *datefirst_func(sct_conv *cv, sct_scope *sc, sct_expr *e, const char *n, int *handled)
{
	static const char *const weekday[] = {"weekday", "dw", "w", NULL};
	static const char *const week[] = {"week", "wk", "ww", NULL};
	sct_code *c = CODE(cv);
	*handled = 0;
	if (strcasecmp(n, "datepart") && strcasecmp(n, "datetrunc"))
		return NULL;
	if (!strcasecmp(n, "datepart") && e->args.n == 2 && is_word(e->args.items[0], weekday)) {
		*handled = 1;
		sct_expr *x = sct_conv_expr(cv, sc, e->args.items[1]);
		if (!x)
			return NULL;
		if (x->kind == SCT_E_STR) /* date_part(text, unknown) is ambiguous */
			x = sct_code_cast_to(cv, x, "timestamp");
		/* isodow: Monday 1 .. Sunday 7; with DATEFIRST n day n is 1 */
		sct_expr *t = mk(cv, SCT_E_TEMPLATE, e->loc, sct_arena_printf(cv->a, "((date_part('isodow', \001\001)::int + %d) %% 7 + 1)",
									    7 - c->datefirst));
		t->end = e->end;
		t->name = e->name;
		sct_list_push(cv->a, &t->args, x);
		return t;
	}
	if (is_word(e->args.items[0], week)) {
		*handled = 1;
		return efail(cv, sc, "E001", e->loc, sct_arena_printf(cv->a, "%s(week, ...) after SET DATEFIRST %d: weeks starting on "
								     "that day have no automatic conversion", n, c->datefirst));
	}
	return NULL;
}

/* schema.fn(args): a call of a scalar function of the input, in a routine body or a view (once
 * sct_code_prepare has listed the routines); *handled = 0 when fn is not a routine of the input */
sct_expr *sct_code_scalar_call(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled)
{
	sct_code *callee = cv->code_index.a ? sct_hash_get(&cv->code_index, sct_conv_key(cv, e->name)) : NULL;
	*handled = callee != NULL;
	if (!callee)
		return NULL; /* exprs.c reports it */
	if (callee->style != SCT_CODE_FUNCTION)
		return efail(cv, sc, "E003", e->loc, sct_arena_printf(cv->a, "'%s' is not a scalar function", callee->src_name));
	for (int i = 0; i < e->args.n; i++) {
		sct_expr *src = e->args.items[i], *a = sct_conv_expr(cv, sc, src);
		if (!a)
			return NULL;
		sct_param *prm = i < callee->r->params.n ? callee->r->params.items[i] : NULL;
		if (prm && !prm->readonly) /* no implicit int -> varchar, timestamp -> date in call resolution */
			a = sct_code_arg_cast(cv, sc, src, a, sct_code_param_type(cv, prm->type));
		e->args.items[i] = a;
	}
	sct_object *o = sct_hash_get(&cv->objects, sct_conv_key(cv, e->name));
	if (o)
		sct_conv_add_dep(cv, sc, o); /* a view calling it is dropped if the function is not converted */
	e->name = callee->r->name;
	e->flags |= SCT_EF_NOT_IMMUTABLE;
	return e;
}

sct_expr *sct_code_expr(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled)
{
	sct_code *c = CODE(cv);
	*handled = 1;
	switch (e->kind) {
	case SCT_E_COL:
		/* schema.table.column (three parts, read as catalog.schema.name): the table name qualifies */
		if (e->name && sct_qname_catalog(e->name)->s && !sct_qname_server(e->name)->s && !sct_conv_is_property(sc, e->name))
			e->name->more = NULL; /* no catalog (and no server) */
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
		if (sct_hier_type(cv, v->type)) /* compared or sorted: F151 (hierarchyid.c) */
			x->flags |= SCT_EF_HIERARCHYID;
		return x;
	}
	case SCT_E_GLOBAL: {
		const char *g = e->text ? e->text : "";
		if (!strcmp(g, "rowcount")) {
			if (c->style == SCT_CODE_TRIGGER && !c->after_dml && !c->ddl) /* a DDL trigger counts as a routine */
				return mk(cv, SCT_E_RAW, e->loc, trigger_count_marker);
			c->rowcount = 1;
			sct_conv_item(cv, "C022", e->loc, "@@ROWCOUNT: GET DIAGNOSTICS ROW_COUNT after each statement that changes or reads rows");
			return mk(cv, SCT_E_VAR, e->loc, "sct_rowcount");
		}
		if (!strcmp(g, "fetch_status")) {
			c->fetch_status = 1;
			return mk(cv, SCT_E_VAR, e->loc, "sct_fetch_status");
		}
		if (!strcmp(g, "datefirst") && c->datefirst)
			return mk(cv, SCT_E_NUM, e->loc, sct_arena_printf(cv->a, "%d", c->datefirst));
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
		if (e->name->schema.s && e->name->schema.s[0] == '@') { /* @x.value(...), @h.GetLevel() (hierarchyid.c) */
			sct_expr *h = sct_conv_hierarchyid(cv, sc, e, handled);
			return *handled ? h : sct_code_var_method(cv, sc, e, handled);
		}
		if (!e->name->schema.s && !strcasecmp(n, "eventdata") && !e->args.n)
			return sct_code_eventdata(cv, sc, e);
		if (!e->name->schema.s && !strcasecmp(n, "UPDATE") && c->style == SCT_CODE_TRIGGER) {
			sct_conv_item(cv, "C018", e->loc, "UPDATE(column) is true for every UPDATE and INSERT in PostgreSQL: "
							  "the statement-level trigger cannot tell which columns were set");
			return mk(cv, SCT_E_RAW, e->loc, "(TG_OP <> 'DELETE')");
		}
		if (!e->name->schema.s && c->datefirst && e->args.n >= 1)
			return datefirst_func(cv, sc, e, n, handled);
		if (!e->name->schema.s && !strcasecmp(n, "xact_state") && !e->args.n) {
			sct_conv_item(cv, "C022", e->loc, "XACT_STATE(): the transaction is always active and committable here (1)");
			return mk(cv, SCT_E_NUM, e->loc, "1");
		}
		if (!e->name->schema.s && !strncasecmp(n, "error_", 6) && !e->args.n) {
			/* ERROR_NUMBER(): SQL Server's numbers for the SQLSTATEs that have one, 50000 (a user error) else */
			static const char *const f[][3] = {
				{"error_message", "SQLERRM", "NULL::text"},
				{"error_number", "(CASE SQLSTATE WHEN '23505' THEN 2627 WHEN '23503' THEN 547 WHEN '23514' THEN 547 "
				 "WHEN '23502' THEN 515 WHEN '22012' THEN 8134 WHEN '40P01' THEN 1205 WHEN '22001' THEN 8152 "
				 "WHEN '22003' THEN 8115 ELSE 50000 END)", "NULL::integer"},
				{"error_severity", "16", "NULL::integer"}, {"error_state", "1", "NULL::integer"},
				{"error_line", "NULL::integer", "NULL::integer"}, {"error_procedure", "NULL::text", "NULL::text"}};
			for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
				if (strcasecmp(n, f[i][0]))
					continue;
				if (!c->in_catch)
					sct_conv_itemf(cv, "C019", e->loc, "%s() outside a CATCH block is NULL in PostgreSQL", n);
				else if (i == 1)
					sct_conv_item(cv, "C022", e->loc, "ERROR_NUMBER() is derived from SQLSTATE: unique violation 2627 "
						      "(never 2601), foreign key or check 547, not null 515, division by zero 8134, "
						      "deadlock 1205, string truncation 8152, numeric overflow 8115; every other "
						      "error (RAISE, THROW and the rest) 50000");
				else if (i >= 2)
					sct_conv_itemf(cv, "C022", e->loc, "%s() has no PostgreSQL equivalent: %s used", n, f[i][1]);
				sct_expr *x = mk(cv, SCT_E_RAW, e->loc, c->in_catch ? f[i][1] : f[i][2]);
				x->flags |= (i == 0 || i == 5) ? SCT_EF_STRING : 0;
				return x;
			}
		}
		if (e->name->schema.s && !sct_qname_catalog(e->name)->s)
			return sct_code_scalar_call(cv, sc, e, handled);
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
	x = sct_code_assign_cast(cv, &sc, v, value, x); /* SET @v5 = 'longer' cuts it (code_args.c) */
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

/* GOTO statements to label name inside p (and the lists below it). */
static int count_gotos(const sct_pstmt *p, const char *name, int depth)
{
	if (!p || depth > SCT_CODE_MAX_DEPTH)
		return 0;
	int n = p->kind == SCT_PS_GOTO && p->name && !strcasecmp(p->name, name);
	for (int i = 0; i < p->body.n; i++)
		n += count_gotos(p->body.items[i], name, depth + 1);
	for (int i = 0; i < p->els.n; i++)
		n += count_gotos(p->els.items[i], name, depth + 1);
	return n;
}

static void gotos_to_exit(sct_pstmt *p, const char *name, const char *out, int depth)
{
	if (!p || depth > SCT_CODE_MAX_DEPTH)
		return;
	if (p->kind == SCT_PS_GOTO && p->name && !strcasecmp(p->name, name)) {
		p->kind = SCT_PS_BREAK;
		p->op = 2; /* EXIT out */
		p->name = out;
	}
	for (int i = 0; i < p->body.n; i++)
		gotos_to_exit(p->body.items[i], name, out, depth + 1);
	for (int i = 0; i < p->els.n; i++)
		gotos_to_exit(p->els.items[i], name, out, depth + 1);
}

/* The PL/pgSQL name of a T-SQL label: lower case when it is a plain word, else lbl_N (N counts them in the
 * routine: nested blocks must not share a name, EXIT would leave the inner one). */
static const char *label_name(sct_conv *cv, const char *name)
{
	static const char *const kw[] = {"begin", "end", "exit", "loop", "declare", "if", "else", "elsif", "return",
					 "continue", "while", "for", "case", "when", "then", "exception", "raise", "null",
					 "and", "or", "not", "in", "is", "from", "into", "using", "all", "by", "to", "execute",
					 "foreach", "strict", NULL};
	char *o = lower(cv, name);
	int plain = o[0] && !(o[0] >= '0' && o[0] <= '9') && strlen(o) < 60;
	for (const char *q = o; *q && plain; q++)
		plain = (*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '_';
	for (int i = 0; kw[i] && plain; i++)
		plain = strcmp(o, kw[i]) != 0;
	return plain ? o : sct_arena_printf(cv->a, "lbl_%d", ++CODE(cv)->labels);
}

/* label: in a list that every GOTO to it reaches from the statements before it (forward jumps): those
 * statements become a labelled block <<label>> BEGIN ... END and each GOTO an EXIT label. Other labels stay. */
static void goto_blocks(sct_conv *cv, sct_list *l)
{
	sct_code *c = CODE(cv);
	for (int j = 0; j < l->n; j++) {
		sct_pstmt *lb = l->items[j];
		if (lb->kind != SCT_PS_LABEL || !lb->name)
			continue;
		int all = count_gotos(c->r->code, lb->name, 0), before = 0;
		for (int i = 0; i < j; i++)
			before += count_gotos(l->items[i], lb->name, 0);
		if (all == 0 || before != all)
			continue;
		sct_pstmt *b = ps(cv, SCT_PS_BLOCK, lb);
		b->loc = j ? ((sct_pstmt *)l->items[0])->loc : lb->loc;
		b->op = 2; /* a labelled block */
		b->name = label_name(cv, lb->name);
		for (int i = 0; i < j; i++) {
			gotos_to_exit(l->items[i], lb->name, b->name, 0);
			sct_list_push(cv->a, &b->body, l->items[i]);
		}
		l->items[0] = b;
		for (int i = j + 1; i < l->n; i++) /* the label itself goes */
			l->items[i - j] = l->items[i];
		l->n -= j;
		j = 0;
	}
}

int sct_code_stmts(sct_conv *cv, sct_list *l)
{
	sct_code *c = CODE(cv);
	goto_blocks(cv, l);
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

/* An OUTPUT argument whose variable's type differs from the parameter's: PL/pgSQL writes INOUT values back
 * only into a variable of the parameter's type, so the value goes through one (cast in before, back after). */
static sct_expr *inout_arg(sct_conv *cv, sct_pstmt *p, const sct_expr *src, sct_expr *v, const sct_param *prm,
			   sct_list *pre, sct_list *post)
{
	const char *atype = sct_code_expr_type(cv, NULL, src);
	const char *ptype = sct_code_param_type(cv, prm->type);
	if (!atype || !ptype || sct_code_same_type(cv, atype, ptype))
		return v;
	sct_expr *tmp = scratch(cv, v->loc, prm->type, NULL);
	sct_pstmt *in = ps(cv, SCT_PS_SET, p);
	in->name = tmp->text;
	in->expr = sct_code_cast_to(cv, v, ptype);
	sct_list_push(cv->a, pre, in);
	sct_pstmt *back = ps(cv, SCT_PS_SET, p);
	back->name = v->text;
	back->expr = sct_code_cast_to(cv, mk(cv, SCT_E_VAR, v->loc, tmp->text), atype);
	sct_list_push(cv->a, post, back);
	return tmp;
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
	sct_code *callee = q && !sct_qname_catalog(q)->s ? sct_hash_get(&cv->code_index, sct_conv_key(cv, q)) : NULL;
	if (callee && callee->proc_table && !callee->done)
		sct_code_result_refcursor(cv, callee); /* called before it is converted: it stays a procedure */
	int as_fn = callee && callee->proc_table;
	if (!callee || (callee->style != SCT_CODE_PROCEDURE && !as_fn)) {
		sct_code_raw(cv, p, sct_arena_printf(cv->a, "EXEC of '%s', which is %s", pn,
						     callee ? "not a procedure" : "not defined in the input"), p->loc);
		return -1;
	}
	sct_routine *r = callee->r;
	sct_list out = {0}, pre = {0}, post = {0};
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
		const char *why = NULL;
		if (prm->readonly) { /* a table-valued parameter: an array of the composite type (tvp.c) */
			if (!(v = sct_code_tvp_arg(cv, prm, v, &why))) {
				sct_code_raw(cv, p, sct_arena_printf(cv->a, "EXEC %s: %s", pn, why), p->loc);
				return -1;
			}
			if (v->kind != SCT_E_VAR) { /* CALL takes no subquery: the array goes through a variable */
				sct_pstmt *set = ps(cv, SCT_PS_SET, p);
				set->expr = v;
				v = scratch(cv, v->loc, NULL, sct_code_tvp_type(cv, prm));
				set->name = v->text;
				sct_list_push(cv->a, &pre, set);
			}
		} else if (prm->type && sct_conv_tclass(cv, prm->type) == SCT_TC_BOOL)
			v = sct_conv_bool_literal(cv, v);
		if (!prm->readonly && conv_e(cv, &v) < 0) {
			sct_code_raw(cv, p, "an argument could not be converted", p->loc);
			return -1;
		}
		if (prm->mode != SCT_PARAM_IN && v->kind != SCT_E_VAR)
			v = scratch(cv, v->loc, prm->type, NULL); /* the value passed in is lost: T-SQL passes it too */
		else if (prm->mode != SCT_PARAM_IN)
			v = inout_arg(cv, p, a->value, v, prm, &pre, &post);
		else if (!prm->readonly)
			v = sct_code_arg_cast(cv, NULL, a->value, v, sct_code_param_type(cv, prm->type));
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
		if (!given && x->readonly) { /* a table-valued parameter left out is an empty table */
			sct_parg *o = SCT_NEW(cv->a, sct_parg);
			o->value = mk(cv, SCT_E_RAW, p->loc, "'{}'");
			o->output = k;
			o->name = ((sct_cvar *)callee->params.items[k])->out;
			sct_list_push(cv->a, &out, o);
		} else if (!given && x->mode != SCT_PARAM_IN) {
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
		if (!CODE(cv)->insert_exec)
			sct_conv_itemf(cv, "C017", p->loc, "the result set of %s is not returned to this caller", callee->src_name);
	}
	if (as_fn && !CODE(cv)->insert_exec)
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
	sct_list_push(cv->a, &CODE(cv)->calls, p);
	sct_list_push(cv->a, &CODE(cv)->calls_to, callee);
	if (pre.n) { /* sct_argN := ARRAY(...); CALL ...; v_x := sct_argN: an inline group */
		sct_pstmt *call = ps(cv, SCT_PS_EXEC, p);
		*call = *p;
		sct_list_push(cv->a, &pre, call);
		for (int i = 0; i < post.n; i++)
			sct_list_push(cv->a, &pre, post.items[i]);
		p->kind = SCT_PS_BLOCK;
		p->op = 1;
		p->body = pre;
		p->args.n = 0;
		p->text = NULL;
	}
	return 0;
}

/* The first SELECT of a query when it assigns no variable (it is a result set), else NULL */
static sct_query *unassigned_select(sct_query *q)
{
	while (q && q->kind != SCT_Q_SELECT)
		q = q->left;
	for (int i = 0; q && i < q->targets.n; i++)
		if (((sct_target *)q->targets.items[i])->assign)
			return NULL;
	return q;
}

/* The query of the first result set in a routine body (a SELECT that assigns nothing), or NULL. */
static sct_query *result_query(sct_pstmt *p, int depth)
{
	if (!p || depth > SCT_CODE_MAX_DEPTH)
		return NULL;
	if ((p->kind == SCT_PS_SELECT || p->kind == SCT_PS_OPEN_FOR || p->kind == SCT_PS_RETURN_QUERY) && p->query) {
		sct_query *s = unassigned_select(p->query);
		if (s && !s->into)
			return s;
	}
	for (int i = 0; i < p->body.n; i++) {
		sct_query *q = result_query(p->body.items[i], depth + 1);
		if (q)
			return q;
	}
	for (int i = 0; i < p->els.n; i++) {
		sct_query *q = result_query(p->els.items[i], depth + 1);
		if (q)
			return q;
	}
	return NULL;
}

/* INSERT INTO t [(cols)] EXEC proc ...: the rows of the callee's one result set. A procedure: CALL it, then
 * FETCH its refcursor into variables typed like the target columns and insert each row (the printer); a
 * procedure made a function (--result-sets table): INSERT ... SELECT * FROM f(...). */
int sct_code_insert_exec(sct_conv *cv, sct_pstmt *p, sct_column **cols, int ncols)
{
	sct_code *c = CODE(cv);
	sct_pstmt *x = p->dml->exec;
	sct_qname *q = x->kind == SCT_PS_EXEC ? x->target : NULL;
	const char *pn = q && q->name.s ? q->name.s : "";
	sct_code *callee = q && !sct_qname_catalog(q)->s ? sct_hash_get(&cv->code_index, sct_conv_key(cv, q)) : NULL;
	const char *why = NULL;
	sct_query *rq = callee ? result_query(callee->r->code, 0) : NULL;
	int rcols = rq ? rq->targets.n : 0;
	for (int i = 0; rq && i < rq->targets.n; i++)
		if (((sct_target *)rq->targets.items[i])->expr && ((sct_target *)rq->targets.items[i])->expr->kind == SCT_E_STAR)
			rcols = -1;
	if (!q || x->name)
		why = "INSERT ... EXEC of dynamic SQL or with a return status: the columns of its result set are not known";
	else if (!callee)
		why = sct_arena_printf(cv->a, "INSERT ... EXEC of '%s', which is not defined in the input: its result set is not known", pn);
	else if (!callee->proc_table && callee->results.n != 1)
		why = sct_arena_printf(cv->a, "INSERT ... EXEC of '%s', which returns %d result sets (one is converted)", pn,
				       callee->results.n);
	else if (!rq || rcols < 0)
		why = sct_arena_printf(cv->a, "INSERT ... EXEC of '%s': the columns of its result set are not known (SELECT *)", pn);
	else if (rcols != ncols)
		why = sct_arena_printf(cv->a, "INSERT ... EXEC of '%s': its result set has %d columns, the INSERT %d", pn, rcols, ncols);
	for (int i = 0; !why && i < ncols; i++)
		if (!cols[i] || !cols[i]->type || !cols[i]->type->out)
			why = sct_arena_printf(cv->a, "INSERT ... EXEC: the type of target column %d is not known", i + 1);
	if (why) {
		sct_code_raw(cv, p, why, p->loc);
		return -1;
	}
	c->insert_exec = 1;
	int rc = conv_exec(cv, x);
	c->insert_exec = 0;
	if (rc < 0) { /* reported at the EXEC: the whole INSERT stays as a comment */
		p->kind = SCT_PS_RAW;
		p->text = x->text;
		return -1;
	}
	sct_pstmt *call = x; /* the CALL itself, also inside the group of conv_exec (before it: arguments; after: OUTPUT values) */
	for (int i = 0; x->kind == SCT_PS_BLOCK && i < x->body.n; i++)
		if (((sct_pstmt *)x->body.items[i])->kind == SCT_PS_EXEC)
			call = x->body.items[i];
	if (call->op == 1) /* a function */
		return 0;
	for (int i = 0; i < call->args.n && !p->name; i++) {
		sct_parg *a = call->args.items[i];
		if (a->output == -1 && a->name && callee->results.n && !strcmp(a->name, callee->results.items[0]))
			p->name = a->value->text;
	}
	for (int i = 0; i < ncols; i++)
		sct_list_push(cv->a, &p->args, scratch(cv, p->loc, cols[i]->type, NULL));
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

static const char *const rollback_text = "transaction rolled back by trigger";

/* A trigger's ROLLBACK inside TRY is an exception in PostgreSQL: SQL Server runs no CATCH for it and fails the
 * statement, so the EXCEPTION handler hands it on first: IF SQLERRM LIKE '%...%' THEN RAISE; END IF. */
static void reraise_rollback(sct_conv *cv, sct_pstmt *p)
{
	sct_pstmt *r = ps(cv, SCT_PS_RAISE, p);
	r->op = SCT_RAISE_RERAISE;
	sct_pstmt *chk = ps(cv, SCT_PS_IF, p);
	chk->expr = mk(cv, SCT_E_RAW, p->loc, sct_arena_printf(cv->a, "SQLERRM LIKE '%%%s%%'", rollback_text));
	sct_list_push(cv->a, &chk->body, r);
	sct_list l = {0};
	sct_list_push(cv->a, &l, chk);
	for (int i = 0; i < p->els.n; i++)
		sct_list_push(cv->a, &l, p->els.items[i]);
	p->els = l;
}

static int conv_tran(sct_conv *cv, sct_pstmt *p)
{
	sct_code *c = CODE(cv);
	const char *w = tran_word(p->op);
	if (p->op == SCT_TRAN_SAVE || (p->op == SCT_TRAN_ROLLBACK && p->name)) {
		sct_code_raw(cv, p, "savepoints inside a routine: use a nested BEGIN ... EXCEPTION block", p->loc);
		return -1;
	}
	if (p->op == SCT_TRAN_ROLLBACK && (!c->in_catch || c->style == SCT_CODE_TRIGGER)) {
		if (c->style != SCT_CODE_PROCEDURE) {
			/* a trigger rolling back aborts the statement that fired it (in a CATCH block too: SQL Server
			 * ends the batch after the trigger; PostgreSQL fails the statement here) */
			sct_conv_item(cv, "C018", p->loc, "ROLLBACK in a trigger: the statement that fired it fails with an error");
			p->kind = SCT_PS_RAISE;
			p->op = SCT_RAISE_EXCEPTION;
			p->args.n = 0;
			sct_expr *m = c->in_catch ? mk(cv, SCT_E_RAW, p->loc, sct_arena_printf(cv->a, "SQLERRM || ' (%s)'", rollback_text))
				      : mk(cv, SCT_E_STR, p->loc, c->notice ? sct_arena_printf(cv->a, "%s (%s)", c->notice, rollback_text) : rollback_text);
			m->flags |= SCT_EF_STRING;
			sct_list_push(cv->a, &p->args, m);
			c->try_rollback |= c->in_try > 0;
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
		sct_table *typed = pv->table ? NULL : sct_code_tvp_table(cv, pv->type); /* DECLARE @t schema.tabletype */
		if (!pv->table && !typed && sct_code_names_table_type(cv, pv->type)) {
			sct_code_raw(cv, p, sct_arena_printf(cv->a, "variable '%s' of a table type that is not converted", pv->name), p->loc);
			return -1;
		}
		if (pv->table || typed) {
			/* table variable: a temporary table created here */
			sct_cvar *v = declare_table(cv, pv->name, typed ? typed : pv->table);
			sct_pstmt *ct = ps(cv, SCT_PS_CREATE_TABLE, p);
			ct->table = v->obj->stmt->u.table;
			for (int k = 0; !typed && k < ct->table->columns.n; k++) { /* the type's columns are converted */
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

/* The number of SET OPTION n (a whole number literal and nothing else), or -1 */
static int setopt_number(const char *text)
{
	const char *s = text ? text : "";
	while (*s && !isspace((unsigned char)*s))
		s++; /* SET */
	while (isspace((unsigned char)*s))
		s++;
	while (*s && !isspace((unsigned char)*s))
		s++; /* the option */
	while (isspace((unsigned char)*s))
		s++;
	if (!isdigit((unsigned char)*s))
		return -1;
	long v = 0;
	while (isdigit((unsigned char)*s) && v < 1000000000L)
		v = v * 10 + (*s++ - '0');
	while (isspace((unsigned char)*s) || *s == ';')
		s++;
	return *s || v > 1000000000L ? -1 : (int)v;
}

/* SET DATEFIRST n: the rules assume 7 (Sunday first). 7 is a no-op; another value in straight-line code
 * makes the weekday expressions after it follow n (sct_code_expr); anything else is left for a person. */
static int conv_datefirst(sct_conv *cv, sct_pstmt *p)
{
	sct_code *c = CODE(cv);
	int n = setopt_number(p->text);
	if (n < 1 || n > 7) {
		sct_code_raw(cv, p, "SET DATEFIRST with a value that is not a constant 1-7", p->loc);
		return -1;
	}
	if (c->branch && (n != 7 || c->datefirst)) {
		sct_code_raw(cv, p, "SET DATEFIRST inside IF, WHILE or TRY: the weekday expressions after it cannot be adapted", p->loc);
		return -1;
	}
	c->datefirst = n == 7 ? 0 : n;
	if (n == 7)
		sct_conv_item(cv, "C020", p->loc, "SET DATEFIRST 7: the converted weekday expressions assume Sunday as the first day");
	else
		sct_conv_itemf(cv, "C020", p->loc, "SET DATEFIRST %d: DATEPART(weekday) and @@DATEFIRST after it in this routine are "
			       "converted for weeks starting on day %d (routines it calls assume 7)", n, n);
	p->kind = SCT_PS_COMMENT;
	return 0;
}

/* SET ROWCOUNT n: in straight-line code the queries after it get LIMIT n (rowcount_limit) up to SET ROWCOUNT 0 */
static int conv_rowcount(sct_conv *cv, sct_pstmt *p)
{
	sct_code *c = CODE(cv);
	int n = setopt_number(p->text);
	if (n < 0) {
		sct_code_raw(cv, p, "SET ROWCOUNT with a value that is not a constant: add LIMIT to the queries by hand", p->loc);
		return -1;
	}
	if (c->branch) {
		sct_code_raw(cv, p, "SET ROWCOUNT inside IF, WHILE or TRY: add LIMIT to the queries it limits by hand", p->loc);
		return -1;
	}
	c->rowlimit = n;
	if (n)
		sct_conv_itemf(cv, "C020", p->loc, "SET ROWCOUNT %d: the queries after it in this routine get LIMIT %d", n, n);
	else
		sct_conv_item(cv, "C020", p->loc, "SET ROWCOUNT 0: no limit from here on");
	p->kind = SCT_PS_COMMENT;
	return 0;
}

/* A statement after SET ROWCOUNT n: a simple SELECT gets LIMIT n (the smaller of TOP and n); a statement
 * whose changed rows or callee it would limit is left for a person. 0 go on, -1 made RAW. */
static int rowcount_limit(sct_conv *cv, sct_pstmt *p)
{
	sct_code *c = CODE(cv);
	const char *what = NULL;
	switch (p->kind) {
	case SCT_PS_SELECT: {
		sct_query *q = p->query;
		if (!q || q->kind != SCT_Q_SELECT) {
			what = "a UNION, INTERSECT or EXCEPT query";
			break;
		}
		if (q->top && (q->top->kind != SCT_E_NUM || !is_int_text(q->top->text) || (q->flags & (SCT_QF_TOP_PERCENT | SCT_QF_TOP_TIES)))) {
			what = "a query with TOP PERCENT, WITH TIES or a computed TOP";
			break;
		}
		if (!q->top || atoi(q->top->text) > c->rowlimit)
			q->top = mk(cv, SCT_E_NUM, p->loc, sct_arena_printf(cv->a, "%d", c->rowlimit));
		return 0;
	}
	case SCT_PS_INSERT:
	case SCT_PS_UPDATE:
	case SCT_PS_DELETE:
	case SCT_PS_MERGE:
		what = "the rows this statement changes";
		break;
	case SCT_PS_EXEC:
	case SCT_PS_EXEC_SQL:
		what = "the statements of the called code";
		break;
	case SCT_PS_CURSOR:
		if (p->op == SCT_CUR_OPEN)
			what = "the rows of the cursor";
		break;
	default:
		break;
	}
	if (!what)
		return 0;
	sct_code_raw(cv, p, sct_arena_printf(cv->a, "SET ROWCOUNT %d limits %s: no PostgreSQL equivalent, limit it by hand",
					     c->rowlimit, what), p->loc);
	return -1;
}

static int conv_setopt(sct_conv *cv, sct_pstmt *p)
{
	static const char *const none[] = {"nocount", "xact_abort", "ansi_nulls", "quoted_identifier", "arithabort",
					   "ansi_warnings", "ansi_padding", "concat_null_yields_null", "numeric_roundabort",
					   "deadlock_priority", "lock_timeout", "implicit_transactions", "identity_insert",
					   "statistics", "showplan_xml", "fmtonly", "noexec", NULL};
	int concat_null = p->text ? sct_conv_concat_null_setting(p->text, p->text + strlen(p->text)) : -1;
	if (concat_null >= 0) /* string + after it (implicit.c) */
		CODE(cv)->concat_null = concat_null ? 2 : 1;
	for (int i = 0; none[i]; i++)
		if (!strcmp(p->name, none[i])) {
			if (concat_null == 1)
				sct_conv_itemf(cv, "E013", p->loc, "SET CONCAT_NULL_YIELDS_NULL OFF: string + after it is "
					       "reported where it concatenates");
			else
				sct_conv_itemf(cv, "C020", p->loc, "SET %s", p->name);
			p->kind = SCT_PS_COMMENT;
			return 0;
		}
	if (!strcmp(p->name, "datefirst"))
		return conv_datefirst(cv, p);
	if (!strcmp(p->name, "rowcount"))
		return conv_rowcount(cv, p);
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
		if (sct_column_identity(col) && !idcol)
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

/* ---------- INSTEAD OF on a table as a row-level trigger ---------- */

/* Is `alias` in the FROM tree an alias of the table with catalog key `key`? */
static int aliased_table(sct_conv *cv, const sct_from *f, const char *alias, const char *key, int depth)
{
	if (!f || depth > SCT_CODE_MAX_DEPTH)
		return 0;
	if (f->kind == SCT_FROM_JOIN)
		return aliased_table(cv, f->left, alias, key, depth + 1) || aliased_table(cv, f->right, alias, key, depth + 1);
	return f->kind == SCT_FROM_TABLE && f->name && f->alias.s && !strcasecmp(f->alias.s, alias) && !strcmp(sct_conv_key(cv, f->name), key);
}

/* Does the statement change the trigger's own table with one of the trigger's events? SQL Server does not
 * fire an INSTEAD OF trigger again for that; PostgreSQL would, once per row, without end. */
static int changes_own_table(sct_conv *cv, const sct_pstmt *p)
{
	sct_code *c = CODE(cv);
	unsigned ev = p->kind == SCT_PS_INSERT ? SCT_TRIG_INSERT : p->kind == SCT_PS_UPDATE ? SCT_TRIG_UPDATE
		      : p->kind == SCT_PS_DELETE ? SCT_TRIG_DELETE : p->kind == SCT_PS_MERGE ? ~0u : 0;
	if (!(ev & c->r->trigger_events) || !p->dml || !p->dml->table || !c->trig_key)
		return 0;
	const sct_qname *q = p->dml->table;
	if (!strcmp(sct_conv_key(cv, q), c->trig_key))
		return 1;
	for (int i = 0; !q->schema.s && q->name.s && i < p->dml->from.n; i++) /* UPDATE a ... FROM t a */
		if (aliased_table(cv, p->dml->from.items[i], q->name.s, c->trig_key, 0))
			return 1;
	return 0;
}

/* Does the source text hold an aggregate call (COUNT(, SUM(...)? Word-wise, outside quotes is close enough. */
static int has_aggregate_text(const char *s, sct_loc from, sct_loc to)
{
	static const char *const agg[] = {"count", "count_big", "sum", "min", "max", "avg", "string_agg", NULL};
	for (sct_loc i = from; s && i < to; i++) {
		if (i > from && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_' || s[i - 1] == '@'))
			continue;
		for (int k = 0; agg[k]; k++) {
			size_t n = strlen(agg[k]);
			sct_loc j = i + (sct_loc)n;
			if (j > to || strncasecmp(s + i, agg[k], n))
				continue;
			while (j < to && isspace((unsigned char)s[j]))
				j++;
			if (j < to && s[j] == '(')
				return 1;
		}
	}
	return 0;
}

/* After a statement of a row-level trigger that read inserted/deleted: an aggregate over them sees one row */
static void row_set_logic(sct_conv *cv, sct_loc from, sct_loc to)
{
	sct_code *c = CODE(cv);
	const char *src = cv->cur && cv->cur->file >= 0 && cv->cur->file < cv->rep->nfiles ? cv->rep->files[cv->cur->file].src : NULL;
	if (c->read_transition && has_aggregate_text(src, from, to))
		sct_conv_item(cv, "C018", from, "an aggregate over inserted/deleted in the row-level trigger sees one row at a "
				  "time (the same only for tests such as COUNT(*) > 0)");
	c->read_transition = 0;
}

static int stmt_kind(sct_conv *cv, sct_pstmt *p, sct_list *list, int idx);

/* ALTER TABLE inside a body: dropping and adding CHECK, PRIMARY KEY and UNIQUE constraints is static DDL in
 * PL/pgSQL; temporal-table and column changes stay for a person. */
static const char *alter_action_why(sct_conv *cv, sct_table *t, sct_alter_action *a)
{
	switch (a->kind) {
	case SCT_ALTER_DROP_CONSTRAINT:
		if (!a->name.s || !strcasecmp(a->name.s, "all"))
			return "DROP CONSTRAINT without a name";
		sct_conv_ident(cv, &a->name);
		return NULL;
	case SCT_ALTER_ADD_CONSTRAINT: {
		sct_constraint *k = a->constraint;
		if (k->kind != SCT_CONS_CHECK && k->kind != SCT_CONS_PRIMARY && k->kind != SCT_CONS_UNIQUE)
			return "ADD CONSTRAINT of this kind (foreign key, default) inside a routine";
		if (!k->name.s)
			return "ADD CONSTRAINT without a name";
		if (k->kind == SCT_CONS_CHECK) {
			sct_scope sc = {0};
			sc.table = t; /* the columns' types: bit = 1 becomes a boolean test */
			sct_expr *x = sct_conv_expr(cv, &sc, k->expr);
			if (!x)
				return sc.failed ? sc.failed : "the CHECK condition could not be converted";
			k->expr = x;
		}
		for (int j = 0; j < k->columns.n; j++)
			sct_conv_ident(cv, &((sct_index_col *)k->columns.items[j])->name);
		sct_conv_ident(cv, &k->name);
		return NULL;
	}
	case SCT_ALTER_ENABLE_CONSTRAINT:
	case SCT_ALTER_DISABLE_CONSTRAINT:
		return "CHECK/NOCHECK CONSTRAINT: PostgreSQL cannot disable a constraint (drop and add it again)";
	case SCT_ALTER_OTHER: {
		const char *t = a->text ? a->text : "";
		const char *lt = lower(cv, t);
		if (strstr(lt, "system_versioning") || strstr(lt, "period"))
			return sct_arena_printf(cv->a, "%s: temporal tables (SYSTEM_VERSIONING, PERIOD FOR SYSTEM_TIME) have no "
						"PostgreSQL equivalent: the table is an ordinary table (K009); if triggers fill its "
						"history table, disable or enable them here instead (ALTER TABLE ... DISABLE/ENABLE "
						"TRIGGER)", t);
		return sct_arena_printf(cv->a, "ALTER TABLE ... %s inside a routine", t);
	}
	default:
		return "ALTER TABLE changing the columns of a table inside a routine (the routine's statements are "
		       "converted against the columns of the input)";
	}
}

static int conv_alter_table(sct_conv *cv, sct_pstmt *p)
{
	sct_alter_table *at = p->alter;
	sct_object *o = at ? sct_hash_get(&cv->objects, sct_conv_key(cv, at->name)) : NULL;
	sct_table *t = o && o->kind == SCT_K_TABLE ? o->stmt->u.table : NULL;
	for (int i = 0; at && i < at->actions.n; i++) {
		const char *why = alter_action_why(cv, t, at->actions.items[i]);
		if (why) {
			sct_code_raw(cv, p, why, p->loc);
			return -1;
		}
	}
	if (!o || o->kind != SCT_K_TABLE || !o->emitted) {
		sct_code_raw(cv, p, "ALTER TABLE of a table that is not converted or not defined in the input", p->loc);
		return -1;
	}
	at->name = o->stmt->u.table->name;
	return 0;
}

static int stmt_one(sct_conv *cv, sct_pstmt *p, sct_list *list, int idx)
{
	sct_code *c = CODE(cv);
	if (c->failed)
		return -1;
	if (c->rowlimit && rowcount_limit(cv, p) < 0)
		return -1;
	if (!c->row_trigger)
		return stmt_kind(cv, p, list, idx);
	int own = changes_own_table(cv, p);
	if (own && c->row_trigger == 1) {
		if (!c->reentry) {
			char *g = sct_arena_printf(cv->a, "sct.%s", lower(cv, c->src_name));
			for (char *q = g + 4; *q; q++)
				*q = isalnum((unsigned char)*q) ? *q : '_';
			c->reentry = g;
		}
		sct_conv_item(cv, "C018", p->loc, "the INSTEAD OF trigger changes its own table: while its body runs, the row-level "
				  "trigger lets that change through (SQL Server does not fire it again either)");
	} else if (own) {
		c->failed = 1;
		c->why = "the INSTEAD OF trigger on a view changes the view with its own event: PostgreSQL would fire the "
			 "trigger again for those rows (SQL Server applies the change to the base tables)";
		c->why_loc = p->loc;
		return -1;
	}
	int compound = p->kind == SCT_PS_BLOCK || p->kind == SCT_PS_IF || p->kind == SCT_PS_WHILE || p->kind == SCT_PS_TRY;
	sct_loc from = p->loc, to = p->end;
	if ((p->kind == SCT_PS_IF || p->kind == SCT_PS_WHILE) && p->expr) {
		from = p->expr->loc;
		to = p->expr->end;
	}
	c->read_transition = 0;
	int rc = stmt_kind(cv, p, list, idx);
	if (!compound || p->kind == SCT_PS_IF || p->kind == SCT_PS_WHILE)
		row_set_logic(cv, from, to);
	return rc;
}

static int stmt_kind(sct_conv *cv, sct_pstmt *p, sct_list *list, int idx)
{
	sct_code *c = CODE(cv);
	switch (p->kind) {
	case SCT_PS_BLOCK: {
		int labelled = p->op == 2; /* a GOTO may skip the rest of it */
		c->branch += labelled;
		int rc = sct_code_stmts(cv, &p->body);
		c->branch -= labelled;
		return rc;
	}
	case SCT_PS_DECLARE:
		return conv_declare(cv, p);
	case SCT_PS_SET:
		return assign(cv, p, p->name, (sct_op)p->op, p->expr);
	case SCT_PS_SETOPT:
		return conv_setopt(cv, p);
	case SCT_PS_IF:
	case SCT_PS_WHILE:
		if (sct_code_drop_temp_idiom(cv, p)) /* IF OBJECT_ID('tempdb..#t') IS NOT NULL DROP TABLE #t (builtins.c) */
			return 0;
		if (!p->expr) {
			sct_code_raw(cv, p, sct_arena_printf(cv->a, "condition: %s", p->text ? p->text : "syntax error"), p->loc);
			return -1;
		}
		if (conv_e(cv, &p->expr) < 0) {
			sct_code_raw(cv, p, "the condition could not be converted", p->loc);
			return -1;
		}
		c->branch++;
		sct_code_stmts(cv, &p->body);
		sct_code_stmts(cv, &p->els);
		c->branch--;
		return 0;
	case SCT_PS_BREAK:
	case SCT_PS_CONTINUE:
	case SCT_PS_LABEL:
		if (p->kind == SCT_PS_LABEL) {
			sct_code_raw(cv, p, sct_arena_printf(cv->a, "label %s: only a label that every GOTO reaches forward from "
							     "earlier statements of the same block is converted (labelled block and EXIT)",
							     p->name ? p->name : "?"), p->loc);
			return -1;
		}
		return 0;
	case SCT_PS_GOTO:
		sct_code_raw(cv, p, sct_arena_printf(cv->a, "GOTO %s: a backward jump, or a jump into a block or to a missing "
						     "label, has no PL/pgSQL equivalent: restructure with IF or loops",
						     p->name ? p->name : "?"), p->loc);
		return -1;
	case SCT_PS_RETURN:
		if (c->style == SCT_CODE_TABLE_FUNCTION) {
			if (!p->query && p->expr && p->expr->kind == SCT_E_SUBQUERY)
				p->query = sct_expr_query(p->expr);
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
		c->branch++;
		int saved_rb = c->try_rollback;
		c->try_rollback = 0;
		c->notice = NULL;
		c->in_try++;
		sct_code_stmts(cv, &p->body);
		c->in_try--;
		int saved = c->in_catch;
		c->in_catch = 1;
		sct_code_stmts(cv, &p->els);
		c->in_catch = saved;
		c->branch--;
		if (c->try_rollback)
			reraise_rollback(cv, p);
		c->try_rollback = saved_rb || c->try_rollback;
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
		if (c->style == SCT_CODE_TRIGGER)
			c->notice = level <= 10 && m->kind == SCT_E_STR ? m->text : NULL; /* a ROLLBACK after it fails with it */
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
	case SCT_PS_WAITFOR: /* WAITFOR DELAY 'hh:mm:ss[.mmm]' (a time of day as a duration): pg_sleep */
		if (strcasecmp(p->name, "delay")) {
			sct_code_raw(cv, p, "WAITFOR TIME: wait until a time of day (pg_sleep_until) by hand", p->loc);
			return -1;
		}
		if (conv_e(cv, &p->expr) < 0) {
			sct_code_raw(cv, p, "WAITFOR DELAY expression could not be converted", p->loc);
			return -1;
		} else {
			sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, p->loc);
			t->text = "pg_sleep(extract(epoch FROM CAST(CAST(\1\1 AS time) AS interval)))";
			sct_list_push(cv->a, &t->args, p->expr);
			p->kind = SCT_PS_PERFORM;
			p->expr = t;
		}
		return 0;
	case SCT_PS_SELECT:
		return sct_code_select(cv, p);
	case SCT_PS_INSERT:
	{
		sct_table *def = insert_target(cv, p);
		if (sct_code_dml(cv, p) < 0)
			return -1;
		if (!p->dml->exec)
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
			if (sct_column_computed(col)) {
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
	case SCT_PS_ALTER_TABLE:
		return conv_alter_table(cv, p);
	case SCT_PS_DROP_TRIGGER:
		sct_code_raw(cv, p, sct_arena_printf(cv->a, "DROP TRIGGER %s: a PostgreSQL trigger is dropped with its table "
						     "(DROP TRIGGER name ON table) and its trigger function; %s",
						     p->target && p->target->name.s ? p->target->name.s : "?",
						     p->target && sct_hash_get(&cv->code_index, sct_conv_key(cv, p->target))
							     ? "drop those of the converted trigger"
							     : "the trigger is not defined in the input"), p->loc);
		return -1;
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
	if (p->kind == SCT_PS_SELECT && p->query && !p->query->into && unassigned_select(p->query))
		n++;
	if (sct_code_output_result(p)) /* OUTPUT without INTO: a result set too */
		n++;
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

/* the name of a routine in code_index; DDL triggers' names are apart (they name no object of a schema) */
static const char *ddl_key(sct_conv *cv, const sct_routine *r)
{
	const char *key = sct_conv_key(cv, r->name);
	return r->kind == SCT_ROUTINE_TRIGGER && (r->trigger_events & SCT_TRIG_DDL) ? sct_arena_printf(cv->a, "\001ddl %s", key) : key;
}

void sct_code_prepare(sct_conv *cv)
{
	if (!cv->code_index.a)
		sct_hash_init(&cv->code_index, cv->a);
	for (int i = 0; i < cv->stmts->n; i++) {
		if (cv->kinds && cv->kinds[i] != SCT_STMT_ROUTINE) /* convert.c: without reading every statement */
			continue;
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
		const char *key = ddl_key(cv, r);
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

/* The transition tables inserted/deleted of a trigger on obj: the printer picks NEW/OLD or a table per event */
static void transition_vars(sct_conv *cv, sct_code *c, sct_table *t, sct_object *obj)
{
	const char *names[2] = {"inserted", "deleted"};
	for (int i = 0; i < 2; i++) {
		sct_cvar *v = SCT_NEW(cv->a, sct_cvar);
		v->src = names[i];
		v->out = sct_arena_printf(cv->a, "\001%s", names[i]);
		v->obj = t ? sct_code_table_object(cv, t) : obj;
		sct_hash_put(&c->vars, v->src, v);
	}
}

/* INSTEAD OF on a view: PostgreSQL's INSTEAD OF ... FOR EACH ROW, the body once per row, returning the row */
static int view_trigger_setup(sct_conv *cv, sct_code *c, sct_object *o)
{
	c->row_trigger = 2;
	c->r->trigger_table = o->stmt->u.view->name;
	sct_conv_item(cv, "C018", c->stmt->loc, "INSTEAD OF trigger on a view: INSTEAD OF ... FOR EACH ROW, the body runs once "
			  "per row (inserted/deleted hold that row)");
	transition_vars(cv, c, NULL, o);
	return 0;
}

static int trigger_setup(sct_conv *cv, sct_code *c)
{
	sct_routine *r = c->r;
	if (r->trigger_events & SCT_TRIG_DDL || !r->trigger_table) {
		const char *why = NULL;
		return sct_code_ddl_trigger(cv, c, &why) < 0 ? fail_whole(cv, c, why, c->stmt->loc) : 0;
	}
	sct_object *o = sct_hash_get(&cv->objects, sct_conv_key(cv, r->trigger_table));
	c->trig_key = sct_conv_key(cv, r->trigger_table);
	if (o && o->kind == SCT_K_VIEW && o->emitted && r->trigger_timing == SCT_TRIG_INSTEAD_OF)
		return view_trigger_setup(cv, c, o);
	if (!o || o->kind != SCT_K_TABLE || !o->emitted)
		return fail_whole(cv, c, "the trigger's table is not converted or not in the input", c->stmt->loc);
	if (r->trigger_timing == SCT_TRIG_INSTEAD_OF) {
		c->row_trigger = 1;
		sct_conv_item(cv, "C018", c->stmt->loc, "INSTEAD OF trigger on a table: a BEFORE ... FOR EACH ROW trigger that runs the "
				  "body once per row (inserted/deleted hold that row) and returns NULL, so the row itself is not "
				  "changed and the statement reports 0 rows");
	}
	sct_table *t = o->stmt->u.table;
	r->trigger_table = t->name;
	transition_vars(cv, c, t, NULL);
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
	sct_code *first = sct_hash_get(&cv->code_index, ddl_key(cv, r));
	if (!c || first != c) {
		sct_code tmp = {0};
		tmp.src_name = cv->cur_object;
		return fail_whole(cv, &tmp, "a second definition of the same routine", s->loc);
	}
	cv->code = c;
	int rc = 0;
	if (r->execute_as && strcasecmp(r->execute_as, "CALLER"))
		sct_conv_itemf(cv, "C044", s->loc, "WITH EXECUTE AS %s not kept: the %s runs with the rights of the user who "
			       "calls it (SECURITY INVOKER), not as %s", r->execute_as, kinds[r->kind], r->execute_as);
	/* parameters */
	for (int i = 0; i < r->params.n && rc == 0; i++) {
		sct_param *prm = r->params.items[i];
		sct_cvar *v = c->params.items[i];
		if (prm->readonly || !prm->type) {
			const char *why = "a parameter without a type";
			if (!prm->type || sct_code_tvp_param(cv, prm, v, &why) < 0)
				rc = fail_whole(cv, c, why, prm->loc);
			continue; /* an array of the table type's composite type (tvp.c) */
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
		if (r->atomic)
			sct_conv_itemf(cv, "C030", r->atomic_loc, "%s: BEGIN ATOMIC%s%s became an ordinary body", c->src_name,
				       r->atomic_opts ? " " : "", r->atomic_opts ? r->atomic_opts : "");
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
		c->trig_fn = sct_conv_name(cv, sct_arena_printf(cv->a, c->ddl ? "%s_ddl_fn" : "%s_fn", r->name->name.s), s->loc);
	sct_list_push(cv->a, &cv->routines, c);
	c->converted = 1;
	return 0;
}

/* A converted routine that calls a routine carried whole: C031 at the call (the CALL fails at run time). */
void sct_code_check_calls(sct_conv *cv)
{
	for (int i = 0; i < cv->routines.n; i++) {
		sct_code *c = cv->routines.items[i];
		for (int k = 0; k < c->calls.n; k++) {
			sct_code *callee = c->calls_to.items[k];
			if (callee->converted)
				continue;
			sct_pstmt *p = c->calls.items[k];
			cv->cur = c->stmt;
			cv->cur_object = c->src_name;
			cv->cur_objtype = c->style == SCT_CODE_TRIGGER ? "trigger" : c->r->kind == SCT_ROUTINE_PROCEDURE ? "procedure" : "function";
			sct_conv_itemf(cv, "C031", p->loc, "%s calls %s, which is not converted (carried as a comment)", c->src_name,
				       callee->src_name);
			if (c->stmt->status == SCT_STATUS_CONVERTED)
				c->stmt->status = SCT_STATUS_NOTES;
		}
	}
}
