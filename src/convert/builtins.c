/* builtins.c - T-SQL built-ins that a rules template cannot express, converted for PostgreSQL where the result
 * is the same: STRING_SPLIT in FROM, PATINDEX with a constant pattern, OBJECT_ID('name'[, 'U'|'V']) IS [NOT]
 * NULL, FORMAT with a constant .NET format. Anything else falls through to the rules (F107, F113, F116: the
 * statement is left for a person). */
#include "convert.h"
#include "code.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static sct_expr *unparen(sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e;
}

static int is_pg(const sct_conv *cv)
{
	return cv->family == SCT_FAMILY_POSTGRES && !sct_conv_oracle(cv);
}

static sct_expr *str_expr(sct_conv *cv, sct_loc loc, const char *text)
{
	sct_expr *s = sct_conv_new_expr(cv, SCT_E_STR, loc);
	s->text = text;
	s->flags |= SCT_EF_STRING;
	return s;
}

/* The string argument src of STRING_SPLIT or PATINDEX: SQL Server converts a number to text, PostgreSQL's regexp
 * functions take text only (regexp_instr(integer, ...) does not exist). Integers and decimals print alike in both
 * (*cast set); dates, float, money, bit print otherwise: -1. */
static int text_arg(sct_conv *cv, sct_scope *sc, const sct_expr *src, int *cast)
{
	*cast = 0;
	sct_tclass k = src ? sct_conv_expr_class(cv, sc, src) : SCT_TC_UNKNOWN;
	if (k == SCT_TC_STRING || k == SCT_TC_UNKNOWN)
		return 0;
	if (k != SCT_TC_NUMBER)
		return -1;
	const sct_type *t = sct_conv_decl_type(cv, sc, src);
	static const char *const exact[] = {"int", "integer", "bigint", "smallint", "tinyint", "decimal", "numeric", NULL};
	if (t && t->name) {
		for (int i = 0; exact[i]; i++)
			if (!strcmp(t->name, exact[i]))
				return *cast = 1, 0;
		return -1;
	}
	if (src->kind == SCT_E_NUM && src->text && !strpbrk(src->text, "eE$"))
		return *cast = 1, 0;
	return -1;
}

/* ---------- STRING_SPLIT(string, separator [, enable_ordinal]) in FROM ---------- */

/* regexp_split_to_table keeps the empty string as one row ('' -> one row '', as SQL Server) and gives no rows for
 * NULL; string_to_table and string_to_array give none for ''. The separator becomes a one-character regex. */
int sct_conv_string_split(sct_conv *cv, sct_scope *sc, sct_from *f, const char **why)
{
	sct_expr *fn = f->func;
	if (!is_pg(cv) || !fn || fn->kind != SCT_E_FUNC || !fn->name || fn->name->schema.s || !fn->name->name.s ||
	    strcasecmp(fn->name->name.s, "string_split") || fn->args.n < 2 || fn->args.n > 3)
		return 0;
	sct_expr *sep = unparen(fn->args.items[1]);
	if (!sep || sep->kind != SCT_E_STR || !sep->text || strlen(sep->text) != 1) {
		*why = "STRING_SPLIT with a separator that is not one constant character";
		return -1;
	}
	unsigned char c = (unsigned char)sep->text[0];
	if (isalpha(c) || c >= 0x80) {
		*why = "STRING_SPLIT with a letter or non-ASCII separator (compared under the collation)";
		return -1;
	}
	int ordinal = 0;
	if (fn->args.n == 3) {
		sct_expr *o = unparen(fn->args.items[2]);
		if (!o || o->kind != SCT_E_NUM || !o->text || (strcmp(o->text, "0") && strcmp(o->text, "1"))) {
			*why = "STRING_SPLIT with an enable_ordinal that is not the constant 0 or 1";
			return -1;
		}
		ordinal = o->text[0] == '1';
	}
	if (f->col_aliases.n) {
		*why = "STRING_SPLIT with a column alias list";
		return -1;
	}
	sct_expr *src = unparen(fn->args.items[0]);
	const sct_type *t = src ? sct_conv_decl_type(cv, sc, src) : NULL;
	if (t && t->name && (!strcmp(t->name, "char") || !strcmp(t->name, "nchar"))) {
		*why = "STRING_SPLIT of a char(n) value (its trailing blanks are not kept by PostgreSQL's char to text)";
		return -1;
	}
	int cast = 0;
	if (text_arg(cv, sc, src, &cast) < 0) {
		*why = "STRING_SPLIT of a value that is not a string or an exact number (SQL Server's text of it differs)";
		return -1;
	}
	sct_expr *x = sct_conv_expr(cv, sc, fn->args.items[0]);
	if (!x)
		return -1;
	if (cast)
		x = sct_conv_implicit_cast(cv, x, "text");
	char re[3] = {0};
	if (strchr(".^$*+?()[]{}|\\", (int)c)) {
		re[0] = '\\';
		re[1] = (char)c;
	} else {
		re[0] = (char)c;
	}
	sct_expr *tpl = sct_conv_new_expr(cv, SCT_E_TEMPLATE, fn->loc);
	tpl->text = ordinal ? "regexp_split_to_table(\1\1, \1\2) WITH ORDINALITY" : "regexp_split_to_table(\1\1, \1\2)";
	sct_list_push(cv->a, &tpl->args, x);
	sct_list_push(cv->a, &tpl->args, str_expr(cv, sep->loc, sct_arena_strdup(cv->a, re)));
	f->func = tpl;
	if (!f->alias.s)
		f->alias.s = "string_split";
	/* the columns, for the type classes of the expressions that read them (value beside a number is converted) */
	sct_table *tab = SCT_NEW(cv->a, sct_table);
	for (int i = 0; i <= ordinal; i++) {
		sct_ident *id = SCT_NEW(cv->a, sct_ident);
		id->s = i ? "ordinal" : "value";
		sct_list_push(cv->a, &f->col_aliases, id);
		sct_column *col = SCT_NEW(cv->a, sct_column);
		col->name.s = id->s;
		col->nullable = -1;
		col->type = SCT_NEW(cv->a, sct_type);
		col->type->name = i ? "bigint" : "nvarchar";
		if (!i) {
			col->type->nparams = 1;
			col->type->params[0] = SCT_PARAM_MAX;
		}
		sct_list_push(cv->a, &tab->columns, col);
	}
	sct_list_push(cv->a, &sc->items, f);
	sct_list_push(cv->a, &sc->objs, sct_code_table_object(cv, tab));
	return 1;
}

/* x [NOT] IN (SELECT value FROM STRING_SPLIT(...)) beside a number: SQL Server converts value to the number's
 * type; PostgreSQL has no text = integer. left is the source expression of x (before conversion). */
void sct_conv_string_split_in(sct_conv *cv, sct_scope *sc, const sct_expr *left, sct_expr *in)
{
	sct_query *q = sct_expr_query(in);
	if (!is_pg(cv) || !q || q->kind != SCT_Q_SELECT || q->targets.n != 1 || q->from.n != 1)
		return;
	sct_from *f = q->from.items[0];
	sct_target *tg = q->targets.items[0];
	if (f->kind != SCT_FROM_FUNC || !f->func || f->func->kind != SCT_E_TEMPLATE ||
	    strncmp(f->func->text, "regexp_split_to_table(", 22) || !tg->expr || tg->expr->kind != SCT_E_COL ||
	    !tg->expr->name || !tg->expr->name->name.s || strcmp(tg->expr->name->name.s, "value"))
		return;
	if (sct_conv_expr_class(cv, sc, left) != SCT_TC_NUMBER)
		return;
	const sct_type *t = sct_conv_decl_type(cv, sc, unparen((sct_expr *)left));
	const char *n = t && t->name ? t->name : "";
	const char *cast = !strcmp(n, "int") || !strcmp(n, "integer") ? "integer" : !strcmp(n, "bigint") ? "bigint"
			   : !strcmp(n, "smallint") || !strcmp(n, "tinyint") ? "smallint" : "numeric";
	tg->expr = sct_conv_implicit_cast(cv, tg->expr, cast);
}

/* ---------- PATINDEX('pattern', expr) ---------- */

/* The position of the first match of a LIKE pattern: a leading % searches anywhere, else the match must start at
 * 1; without a trailing % it must end at the end (PATINDEX('a%', 'abc') = 1, PATINDEX('%a', 'cba') = 3). */
static sct_expr *patindex(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	if (cv->version && cv->version < 15000000) /* regexp_instr is new in 15 */
		return NULL;
	sct_expr *p = unparen(e->args.items[0]);
	if (!p || p->kind != SCT_E_STR || !p->text)
		return NULL;
	const char *s = p->text;
	size_t n = strlen(s);
	int lead = 0, trail = 0;
	while (s[lead] == '%')
		lead++;
	while (n > (size_t)lead && s[n - 1] == '%')
		n--, trail = 1;
	if (n <= (size_t)lead)
		return NULL; /* '%' alone */
	for (const char *q = strchr(s, '['); q; q = strchr(q + 1, '['))
		if (!strchr(q, ']'))
			return NULL; /* an unclosed [ */
	const sct_type *xt = sct_conv_decl_type(cv, sc, unparen(e->args.items[1]));
	if (xt && xt->name && (!strcmp(xt->name, "char") || !strcmp(xt->name, "nchar")))
		return NULL; /* char(n) keeps its trailing blanks in SQL Server, not in a PostgreSQL text */
	int cast = 0;
	if (text_arg(cv, sc, unparen(e->args.items[1]), &cast) < 0)
		return NULL;
	const char *re = sct_conv_like_regex(cv, sct_arena_strndup(cv->a, s + lead, n - (size_t)lead));
	size_t rn = strlen(re); /* "^...$" */
	if (lead)
		re++, rn--;
	if (trail)
		rn--;
	sct_expr like = {0};
	like.kind = SCT_E_LIKE;
	like.loc = e->loc;
	like.a = e->args.items[1];
	like.b = e->args.items[0];
	sct_conv_implicit_like(cv, sc, &like); /* E005: the match follows letter case */
	sct_expr *x = sct_conv_expr(cv, sc, e->args.items[1]);
	if (!x)
		return NULL;
	if (cast)
		x = sct_conv_implicit_cast(cv, x, "text");
	sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
	t->text = "regexp_instr(\1\1, \1\2)";
	sct_list_push(cv->a, &t->args, x);
	sct_list_push(cv->a, &t->args, str_expr(cv, p->loc, sct_arena_strndup(cv->a, re, rn)));
	return t;
}

/* ---------- OBJECT_ID('name'[, 'type']) IS [NOT] NULL ---------- */

/* Split 'a.b.c' into at most 4 parts; [x] and "x" quote a part. Returns the number of parts, -1 if malformed. */
static int split_name(sct_conv *cv, const char *s, const char **parts)
{
	int n = 0;
	for (;;) {
		if (n == 4)
			return -1;
		sct_buf b;
		sct_buf_init(&b);
		if (*s == '[' || *s == '"') {
			char close = *s == '[' ? ']' : '"';
			for (s++;; s++) {
				if (!*s) {
					sct_buf_free(&b);
					return -1;
				}
				if (*s == close) {
					if (s[1] != close)
						break;
					s++;
				}
				sct_buf_putc(&b, *s);
			}
			s++;
		} else {
			for (; *s && *s != '.'; s++) {
				if (*s == '[' || *s == ']' || *s == '"' || *s == ' ')
					return sct_buf_free(&b), -1;
				sct_buf_putc(&b, *s);
			}
		}
		parts[n++] = sct_arena_strndup(cv->a, b.data ? b.data : "", b.len);
		sct_buf_free(&b);
		if (!*s)
			return n;
		if (*s != '.')
			return -1;
		s++;
	}
}

static void put_ident(sct_buf *b, const char *s)
{
	int plain = *s && !isdigit((unsigned char)*s);
	for (const char *p = s; *p; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_'))
			plain = 0;
	if (plain) {
		sct_buf_puts(b, s);
		return;
	}
	sct_buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			sct_buf_putc(b, '"');
		sct_buf_putc(b, *s);
	}
	sct_buf_putc(b, '"');
}

/* The converted name of the table or view that OBJECT_ID names, as text for to_regclass; *kinds gets the pg_class
 * relkinds it may have. NULL when it cannot be said exactly. */
static const char *object_id_name(sct_conv *cv, sct_expr *e, const char **kinds)
{
	sct_expr *a = unparen(e->args.items[0]);
	if (!a || a->kind != SCT_E_STR || !a->text || !a->text[0])
		return NULL;
	char type = 0; /* 'U' table, 'V' view, 0 any */
	if (e->args.n == 2) {
		sct_expr *t = unparen(e->args.items[1]);
		if (!t || t->kind != SCT_E_STR || !t->text)
			return NULL;
		char w[4] = {0};
		for (int i = 0; t->text[i] && i < 3; i++)
			w[i] = (char)toupper((unsigned char)t->text[i]);
		size_t len = strlen(w);
		while (len && w[len - 1] == ' ')
			w[--len] = 0; /* the type is char(2): 'U ' */
		if (strcmp(w, "U") && strcmp(w, "V"))
			return NULL; /* procedures, functions, constraints ...: not relations */
		type = w[0];
	}
	const char *parts[4];
	int n = split_name(cv, a->text, parts);
	if (n < 1)
		return NULL;
	const char *name = parts[n - 1], *schema = n >= 2 ? parts[n - 2] : NULL, *db = n >= 3 ? parts[n - 3] : NULL;
	if (n == 4 || !name[0])
		return NULL;
	sct_buf b;
	sct_buf_init(&b);
	if (name[0] == '#') {
		/* tempdb..#t: the routine's temporary table; '#t' without tempdb is looked up in the current database */
		if (!db || strcasecmp(db, "tempdb") || (schema[0] && strcasecmp(schema, "dbo")) || type == 'V' ||
		    name[1] == '#' || !cv->code)
			return sct_buf_free(&b), NULL;
		sct_qname q = {0};
		q.name.s = name;
		if (!sct_code_table_obj(cv, &q, NULL))
			return sct_buf_free(&b), NULL;
		sct_buf_puts(&b, "pg_temp.");
		put_ident(&b, q.name.s);
		*kinds = "'r'";
	} else {
		if (db || (schema && !schema[0]))
			return sct_buf_free(&b), NULL; /* another database, or db..name */
		sct_qname *q = SCT_NEW(cv->a, sct_qname);
		q->name.s = name;
		q->schema.s = schema;
		sct_object *o = sct_hash_get(&cv->objects, sct_conv_key(cv, q));
		if (o && o->kind == SCT_K_TABLE)
			q = o->stmt->u.table->name;
		else if (o && o->kind == SCT_K_VIEW)
			q = o->stmt->u.view->name;
		else if (!type)
			return sct_buf_free(&b), NULL; /* a routine, sequence ... or not in the input, of any type */
		sct_conv_qname(cv, q);
		if (!q->name.s)
			return sct_buf_free(&b), NULL;
		if (q->schema.s) {
			put_ident(&b, q->schema.s);
			sct_buf_putc(&b, '.');
		}
		put_ident(&b, q->name.s);
		int view = type == 'V' || (!type && o->kind == SCT_K_VIEW);
		*kinds = view ? "'v', 'm'" : "'r', 'p'";
	}
	const char *r = sct_arena_strndup(cv->a, b.data, b.len);
	sct_buf_free(&b);
	return r;
}

/* e is x IS [NOT] NULL: *done when x is OBJECT_ID(...) converted */
sct_expr *sct_conv_object_id_test(sct_conv *cv, sct_scope *sc, sct_expr *e, int *done)
{
	(void)sc;
	*done = 0;
	sct_expr *f = unparen(e->a);
	if (!is_pg(cv) || !f || f->kind != SCT_E_FUNC || !f->name || f->name->schema.s || !f->name->name.s ||
	    strcasecmp(f->name->name.s, "object_id") || f->args.n < 1 || f->args.n > 2)
		return NULL;
	const char *kinds = NULL;
	const char *name = object_id_name(cv, f, &kinds);
	if (!name)
		return NULL;
	sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, f->loc);
	t->text = sct_arena_printf(cv->a, "(SELECT c.oid FROM pg_catalog.pg_class c WHERE c.oid = to_regclass(\1\1) "
				   "AND c.relkind IN (%s))", kinds);
	sct_list_push(cv->a, &t->args, str_expr(cv, f->loc, name));
	t->flags |= SCT_EF_NOT_IMMUTABLE;
	e->a = t;
	*done = 1;
	return e;
}

/* IF OBJECT_ID('tempdb..#t'[, 'U']) IS NOT NULL DROP TABLE #t, before or after CREATE TABLE #t: DROP TABLE IF
 * EXISTS pg_temp.t (pg_temp: never a permanent table of the search path). 1 when p was replaced. */
int sct_code_drop_temp_idiom(sct_conv *cv, sct_pstmt *p)
{
	if (!is_pg(cv) || !cv->code || p->kind != SCT_PS_IF || !p->expr || p->els.n || p->body.n != 1)
		return 0;
	sct_expr *e = unparen(p->expr);
	sct_pstmt *d = p->body.items[0];
	if (!e || e->kind != SCT_E_ISNULL || !(e->flags & SCT_EF_NOT) || d->kind != SCT_PS_DROP_TABLE || !d->target ||
	    !d->target->name.s || d->target->schema.s || sct_qname_catalog(d->target)->s || d->target->name.s[0] != '#' ||
	    d->target->name.s[1] == '#')
		return 0;
	sct_expr *f = unparen(e->a);
	if (!f || f->kind != SCT_E_FUNC || !f->name || f->name->schema.s || !f->name->name.s ||
	    strcasecmp(f->name->name.s, "object_id") || f->args.n < 1 || f->args.n > 2)
		return 0;
	sct_expr *a = unparen(f->args.items[0]);
	if (!a || a->kind != SCT_E_STR || !a->text)
		return 0;
	if (f->args.n == 2) {
		sct_expr *t = unparen(f->args.items[1]);
		if (!t || t->kind != SCT_E_STR || !t->text || (strcasecmp(t->text, "U") && strcasecmp(t->text, "U ")))
			return 0;
	}
	const char *parts[4];
	int n = split_name(cv, a->text, parts);
	if (n != 3 || strcasecmp(parts[0], "tempdb") || (parts[1][0] && strcasecmp(parts[1], "dbo")) ||
	    strcasecmp(parts[2], d->target->name.s))
		return 0;
	sct_qname q = {0};
	q.name.s = d->target->name.s;
	const char *out = sct_code_table_obj(cv, &q, NULL) ? q.name.s : sct_conv_name(cv, d->target->name.s + 1, p->loc);
	sct_buf b;
	sct_buf_init(&b);
	sct_buf_puts(&b, "DROP TABLE IF EXISTS pg_temp.");
	put_ident(&b, out);
	p->kind = SCT_PS_SQL;
	p->text = sct_arena_strndup(cv->a, b.data, b.len);
	p->expr = NULL;
	p->body.n = 0;
	sct_buf_free(&b);
	return 1;
}

/* ---------- FORMAT(value, 'format' [, 'en-US']) ---------- */

/* A .NET custom date and time format made of the common specifiers, as a to_char template; NULL otherwise.
 * FM suppresses the padding of the one field after it (M, d, H, h, m, s: no leading zero). */
static const char *date_format(sct_conv *cv, const char *f)
{
	if (strlen(f) < 2) /* one character is a standard format ('d' short date ...) */
		return NULL;
	sct_buf b;
	sct_buf_init(&b);
	for (const char *p = f; *p;) {
		size_t run = 1;
		while (p[run] == p[0])
			run++;
		const char *out = NULL;
		switch (*p) {
		case 'y': out = run == 4 ? "YYYY" : run == 2 ? "YY" : NULL; break;
		case 'M': out = run == 2 ? "MM" : run == 1 ? "FMMM" : NULL; break;
		case 'd': out = run == 2 ? "DD" : run == 1 ? "FMDD" : NULL; break;
		case 'H': out = run == 2 ? "HH24" : run == 1 ? "FMHH24" : NULL; break;
		case 'h': out = run == 2 ? "HH12" : run == 1 ? "FMHH12" : NULL; break;
		case 'm': out = run == 2 ? "MI" : run == 1 ? "FMMI" : NULL; break;
		case 's': out = run == 2 ? "SS" : run == 1 ? "FMSS" : NULL; break;
		case 'f': out = run == 3 ? "MS" : NULL; break;
		case 't': out = run == 2 ? "AM" : NULL; break;
		case '-': case '/': case ':': case ' ': case '.': case ',':
			/* en-US: '/' is the date separator, ':' the time separator; the others are copied */
			sct_buf_putc(&b, *p);
			p++;
			continue;
		default: break;
		}
		if (!out) {
			sct_buf_free(&b);
			return NULL;
		}
		sct_buf_puts(&b, out);
		p += run;
	}
	const char *r = sct_arena_strndup(cv->a, b.data, b.len);
	sct_buf_free(&b);
	return r;
}

/* N, F, D with an optional precision 0..99 as a to_char template (en-US: ',' groups of 3, '.' decimal point,
 * '-' before negatives; N and F default to 2 decimals); NULL for other formats. *int_only: D (integers only). */
static const char *number_format(sct_conv *cv, const char *f, int *int_only)
{
	char k = (char)toupper((unsigned char)f[0]);
	if (k != 'N' && k != 'F' && k != 'D')
		return NULL;
	size_t len = strlen(f);
	if (len > 3 || strspn(f + 1, "0123456789") != len - 1)
		return NULL;
	int prec = len > 1 ? atoi(f + 1) : k == 'D' ? 0 : 2;
	*int_only = k == 'D';
	sct_buf b;
	sct_buf_init(&b);
	sct_buf_puts(&b, "FM");
	const int digits = 40; /* integer digits: more than numeric(38) and bigint have */
	int zeros = k == 'D' ? (prec > 0 ? prec : 1) : 1; /* D5: at least 5 digits */
	if (zeros > digits)
		return sct_buf_free(&b), NULL;
	for (int i = digits; i >= 1; i--) {
		sct_buf_putc(&b, i <= zeros ? '0' : '9');
		if (k == 'N' && i > 1 && (i - 1) % 3 == 0)
			sct_buf_putc(&b, ',');
	}
	if (k != 'D' && prec > 0) {
		sct_buf_putc(&b, '.');
		for (int i = 0; i < prec; i++)
			sct_buf_putc(&b, '0');
	}
	const char *r = sct_arena_strndup(cv->a, b.data, b.len);
	sct_buf_free(&b);
	return r;
}

static int type_is(const char *n, const char *const *names)
{
	for (int i = 0; names[i]; i++)
		if (!strcmp(n, names[i]))
			return 1;
	return 0;
}

static sct_expr *format(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	if (e->args.n < 2 || e->args.n > 3)
		return NULL;
	sct_expr *fm = unparen(e->args.items[1]);
	if (!fm || fm->kind != SCT_E_STR || !fm->text || !fm->text[0])
		return NULL;
	if (e->args.n == 3) {
		sct_expr *cu = unparen(e->args.items[2]);
		if (!cu || cu->kind != SCT_E_STR || !cu->text || strcasecmp(cu->text, "en-US"))
			return NULL;
	}
	sct_expr *v = unparen(e->args.items[0]);
	const sct_type *t = v ? sct_conv_decl_type(cv, sc, v) : NULL;
	const char *tn = t && t->name ? t->name : "";
	static const char *const dates[] = {"datetime", "datetime2", "smalldatetime", "date", NULL};
	static const char *const ints[] = {"int", "integer", "bigint", "smallint", "tinyint", NULL};
	static const char *const exact[] = {"decimal", "numeric", "money", "smallmoney", NULL};
	int is_date = type_is(tn, dates), is_int = type_is(tn, ints), is_exact = type_is(tn, exact);
	if (!t && v && v->kind == SCT_E_FUNC && v->name && !v->name->schema.s && v->name->name.s && !v->args.n) {
		static const char *const now[] = {"getdate", "sysdatetime", "getutcdate", "sysutcdatetime", NULL};
		char *ln = sct_arena_lower(cv->a, v->name->name.s);
		is_date = type_is(ln, now);
	} else if (!t && v && v->kind == SCT_E_KEYWORD && v->text && !strcasecmp(v->text, "current_timestamp")) {
		is_date = 1;
	} else if (!t && v && v->kind == SCT_E_NUM && v->text && !strpbrk(v->text, "eE")) {
		is_exact = 1; /* a decimal literal is numeric (or int) */
	}
	const char *tpl = NULL;
	int numeric_value = 0;
	if (is_date) {
		tpl = date_format(cv, fm->text);
	} else if (is_int || is_exact) {
		int int_only = 0;
		tpl = number_format(cv, fm->text, &int_only);
		if (int_only && !is_int)
			return NULL; /* D of a decimal is a FormatException: FORMAT returns NULL */
		numeric_value = is_exact;
	}
	if (!tpl)
		return NULL; /* float (binary rounding), time (TimeSpan formats), datetimeoffset, custom numbers ... */
	sct_expr *x = sct_conv_expr(cv, sc, e->args.items[0]);
	if (!x)
		return NULL;
	sct_expr *r = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
	r->text = numeric_value ? "to_char((\1\1)::numeric, \1\2)" : "to_char(\1\1, \1\2)";
	sct_list_push(cv->a, &r->args, x);
	sct_list_push(cv->a, &r->args, str_expr(cv, fm->loc, tpl));
	return r;
}

/* PATINDEX and FORMAT calls: *done when converted (else the rules report them) */
sct_expr *sct_conv_builtin(sct_conv *cv, sct_scope *sc, sct_expr *e, int *done)
{
	*done = 0;
	if (!is_pg(cv) || !e->name || e->name->schema.s || !e->name->name.s || sct_expr_over(e))
		return NULL;
	sct_expr *r = NULL;
	if (!strcasecmp(e->name->name.s, "patindex") && e->args.n == 2)
		r = patindex(cv, sc, e);
	else if (!strcasecmp(e->name->name.s, "format"))
		r = format(cv, sc, e);
	if (r)
		*done = 1;
	return r;
}
