/* json.c - T-SQL JSON to PostgreSQL: JSON_MODIFY, ISJSON, STRING_ESCAPE, FOR JSON and OPENJSON. */
#include "convert.h"
#include "code.h"
#include <string.h>
#include <strings.h>

typedef struct json_path {
	int append;               /* 'append' prefix */
	const char *array;        /* PostgreSQL text[] literal of the keys: {"a","0"} */
	int keys;                 /* how many ('$' alone: 0) */
} json_path;

static sct_expr *unparen(sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e;
}

static int is_ident_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
	       (unsigned char)c >= 0x80;
}

static const char *skip_word(const char *p, const char *w)
{
	size_t n = strlen(w);
	if (strncasecmp(p, w, n) == 0 && p[n] == ' ') {
		p += n;
		while (*p == ' ')
			p++;
		return p;
	}
	return NULL;
}

/* Parse "[append] [lax] $.a.b[0]" into a text[] literal; 0 when the path is strict, empty or unusual. */
static int parse_path(sct_conv *cv, const char *s, json_path *jp)
{
	const char *p = s, *q;
	memset(jp, 0, sizeof *jp);
	while (*p == ' ')
		p++;
	if ((q = skip_word(p, "append")) != NULL) {
		jp->append = 1;
		p = q;
	}
	if ((q = skip_word(p, "lax")) != NULL)
		p = q;
	if (*p++ != '$')
		return 0;
	sct_buf b;
	sct_buf_init(&b);
	sct_buf_putc(&b, '{');
	int keys = 0;
	while (*p) {
		const char *start;
		if (*p == '.') {
			start = ++p;
			while (is_ident_char(*p))
				p++;
		} else if (*p == '[') {
			start = ++p;
			while (*p >= '0' && *p <= '9')
				p++;
			if (*p != ']' || p == start) {
				sct_buf_free(&b);
				return 0;
			}
		} else {
			sct_buf_free(&b);
			return 0;
		}
		if (p == start) {
			sct_buf_free(&b);
			return 0;
		}
		sct_buf_printf(&b, "%s\"%.*s\"", keys ? "," : "", (int)(p - start), start);
		keys++;
		if (*p == ']')
			p++;
	}
	sct_buf_putc(&b, '}');
	jp->keys = keys;
	jp->array = sct_arena_strndup(cv->a, b.data, b.len);
	sct_buf_free(&b);
	return 1;
}

static int is_func(const sct_expr *e, const char *name)
{
	return e && e->kind == SCT_E_FUNC && e->name && !e->name->schema.s && e->name->name.s &&
	       !strcasecmp(e->name->name.s, name);
}

/* A value that SQL Server inserts as JSON, not as a string: JSON_QUERY(...) or JSON_MODIFY(...). */
static int json_valued(const sct_expr *v)
{
	return is_func(v, "json_query") || is_func(v, "json_modify");
}

/* An expression cheap and side-effect free enough to write twice. */
static int simple(const sct_expr *e)
{
	e = unparen((sct_expr *)e);
	return e && (e->kind == SCT_E_VAR || e->kind == SCT_E_COL || e->kind == SCT_E_STR || e->kind == SCT_E_NUM);
}

/* The template of the new value as jsonb (argument 3). */
static const char *value_jsonb(sct_conv *cv, sct_scope *sc, const sct_expr *v)
{
	if (json_valued(v))
		return "(\1\3)::jsonb";
	if (sct_conv_expr_class(cv, sc, v) == SCT_TC_STRING)
		return "to_jsonb((\1\3)::text)";
	return "to_jsonb(\1\3)";
}

/* The call e replaced by template text over one converted argument x (\1\1); not immutable (the
 * templates use subqueries or regexp functions, which CHECK constraints and computed columns refuse). */
static sct_expr *template1(sct_conv *cv, const sct_expr *e, const char *text, sct_expr *x)
{
	sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, e->loc);
	t->name = e->name;
	t->end = e->end;
	t->flags |= SCT_EF_NOT_IMMUTABLE;
	t->text = text;
	sct_list_push(cv->a, &t->args, x);
	return t;
}

/* JSON_MODIFY(x, path, value): 1 converted (*out set), 0 not handled here (the rules decide). */
static int json_modify(sct_conv *cv, sct_scope *sc, sct_expr *e, sct_expr **out)
{
	sct_expr *path = unparen(e->args.items[1]), *v = unparen(e->args.items[2]);
	json_path jp;
	if (!path || path->kind != SCT_E_STR || !parse_path(cv, path->text, &jp) || !jp.keys)
		return 0;
	if (v && v->kind == SCT_E_NULL && jp.append)
		return 0;
	const char *jv = value_jsonb(cv, sc, v);
	sct_expr *x = sct_conv_expr(cv, sc, e->args.items[0]);
	if (!x)
		return -1;
	sct_expr *cx = v && v->kind != SCT_E_NULL ? sct_conv_expr(cv, sc, e->args.items[2]) : v;
	if (!cx)
		return -1;
	sct_expr *pa = sct_conv_new_expr(cv, SCT_E_STR, path->loc);
	pa->text = jp.array;
	sct_expr *t = template1(cv, e, NULL, x);
	sct_list_push(cv->a, &t->args, pa);
	sct_list_push(cv->a, &t->args, cx);
	if (jp.append) {
		t->text = sct_arena_printf(cv->a,
			"(SELECT CASE WHEN jsonb_typeof(sct_j.x #> (\1\2)::text[]) = 'array' "
			"THEN jsonb_insert(sct_j.x, (\1\2)::text[] || '{-1}'::text[], COALESCE(%s, 'null'::jsonb), true) "
			"ELSE jsonb_set(sct_j.x, (\1\2)::text[], jsonb_build_array(COALESCE(%s, 'null'::jsonb))) END "
			"FROM (SELECT (\1\1)::jsonb AS x) AS sct_j)::text", jv, jv);
	} else if (v->kind == SCT_E_NULL) {
		t->text = "((\1\1)::jsonb #- (\1\2)::text[])::text";
	} else if (v->kind == SCT_E_STR || v->kind == SCT_E_NUM) {
		t->text = sct_arena_printf(cv->a, "jsonb_set((\1\1)::jsonb, (\1\2)::text[], %s)::text", jv);
	} else if (simple(x)) {
		t->text = sct_arena_printf(cv->a, "COALESCE(jsonb_set((\1\1)::jsonb, (\1\2)::text[], %s), "
						  "(\1\1)::jsonb #- (\1\2)::text[])::text", jv);
	} else {
		t->text = sct_arena_printf(cv->a, "(SELECT COALESCE(jsonb_set(sct_j.x, (\1\2)::text[], %s), "
						  "sct_j.x #- (\1\2)::text[]) FROM (SELECT (\1\1)::jsonb AS x) AS sct_j)::text", jv);
	}
	sct_conv_item(cv, "F140", e->loc, NULL);
	*out = t;
	return 1;
}

/* STRING_ESCAPE(x, 'json'): to_json escapes as FOR JSON does except '/'; the quotes around it removed. */
static int string_escape(sct_conv *cv, sct_scope *sc, sct_expr *e, sct_expr **out)
{
	sct_expr *type = unparen(e->args.items[1]);
	if (!type || type->kind != SCT_E_STR || strcasecmp(type->text, "json"))
		return 0;
	sct_expr *x = sct_conv_expr(cv, sc, e->args.items[0]);
	if (!x)
		return -1;
	*out = template1(cv, e, "replace(regexp_replace(to_json((\1\1)::text)::text, '^\"|\"$', '', 'g'), '/', '\\/')", x);
	return 1;
}

/* ISJSON(x): 1 when x is a JSON object or array, 0 when not, NULL for NULL. PostgreSQL 15 has no IS JSON
 * and no error-free parse, so the text is checked by reduction: strings become \x01, numbers and literals
 * \x02 (whitespace dropped), then innermost arrays and objects \x03 until nothing changes; valid when one
 * \x03 is left. Input holding bytes 1-3 (never valid JSON) is rejected first. */
static const char isjson_sql[] =
	"(WITH RECURSIVE sct_r(t) AS (SELECT CASE WHEN sct_in.s ~ '[\\x01-\\x03]' THEN '\"' ELSE "
	"regexp_replace(regexp_replace(regexp_replace(regexp_replace(sct_in.s, "
	"'\"(?:[^\"\\\\\\x01-\\x1f]|\\\\[\"\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*\"', E'\\x01', 'g'), "
	"'true|false|null', E'\\x02', 'g'), "
	"'-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?', E'\\x02', 'g'), "
	"'[ \\t\\n\\r]+', '', 'g') END FROM (SELECT (\1\1)::text AS s) AS sct_in "
	"UNION ALL SELECT sct_n.n FROM sct_r CROSS JOIN LATERAL (SELECT regexp_replace(regexp_replace(sct_r.t, "
	"'\\[(?:[\\x01-\\x03](?:,[\\x01-\\x03])*)?\\]', E'\\x03', 'g'), "
	"'\\{(?:\\x01:[\\x01-\\x03](?:,\\x01:[\\x01-\\x03])*)?\\}', E'\\x03', 'g') AS n) AS sct_n "
	"WHERE sct_n.n <> sct_r.t) "
	"SELECT CASE WHEN bool_or(sct_r.t IS NULL) THEN NULL WHEN bool_or(sct_r.t = E'\\x03') THEN 1 ELSE 0 END "
	"FROM sct_r)";

static int isjson(sct_conv *cv, sct_scope *sc, sct_expr *e, sct_expr **out)
{
	sct_expr *x = sct_conv_expr(cv, sc, e->args.items[0]);
	if (!x)
		return -1;
	*out = template1(cv, e, isjson_sql, x);
	return 1;
}

sct_expr *sct_conv_json_func(sct_conv *cv, sct_scope *sc, sct_expr *e, int *handled)
{
	*handled = 0;
	if (cv->family != SCT_FAMILY_POSTGRES || !e->name || !e->name->name.s)
		return NULL;
	sct_expr *out = NULL;
	int r = 0;
	/* the forms with subqueries only in routine bodies (not in CHECK, DEFAULT or computed columns) */
	if (cv->code && !strcasecmp(e->name->name.s, "json_modify") && e->args.n == 3)
		r = json_modify(cv, sc, e, &out);
	else if (cv->code && !strcasecmp(e->name->name.s, "isjson") && e->args.n == 1)
		r = isjson(cv, sc, e, &out);
	else if (!strcasecmp(e->name->name.s, "string_escape") && e->args.n == 2)
		r = string_escape(cv, sc, e, &out);
	if (r == 0)
		return NULL;
	*handled = 1;
	return r < 0 ? NULL : out;
}

/* ---------- FOR JSON PATH / AUTO ---------- */

typedef struct json_col {
	const char *key;          /* JSON key as written (PATH: may hold dots) */
	const char *fmt;          /* printf format of the value's JSON text from the column reference */
} json_col;

struct sct_json_for {
	sct_query *q;             /* the query, rewritten in place by sct_json_for_end */
	sct_query *inner;         /* its copy without FOR JSON: the derived table */
	int path, include_nulls, no_wrapper;
	const char *root;         /* ROOT('x') name, else NULL */
	sct_list srcs;            /* sct_expr*: the source expression of each column (before conversion) */
	sct_list keys;            /* const char*: its JSON key */
};

static int opt_word(const char **p, const char *w)
{
	size_t n = strlen(w);
	while (**p == ' ' || **p == '\t' || **p == '\r' || **p == '\n' || **p == ',')
		(*p)++;
	if (strncasecmp(*p, w, n) == 0 && !is_ident_char((*p)[n])) {
		*p += n;
		return 1;
	}
	return 0;
}

static void skip_space(const char **p)
{
	while (**p == ' ' || **p == '\t' || **p == '\r' || **p == '\n')
		(*p)++;
}

/* ROOT [ ( N'name' ) ]: the name, or "root" */
static const char *root_name(sct_conv *cv, const char **p)
{
	skip_space(p);
	if (**p != '(')
		return "root";
	(*p)++;
	skip_space(p);
	if (**p == 'N' || **p == 'n')
		(*p)++;
	if (**p != '\'')
		return NULL;
	const char *s = ++*p;
	while (**p && **p != '\'')
		(*p)++;
	if (**p != '\'' || (*p)[1] == '\'')
		return NULL;
	const char *name = sct_arena_strndup(cv->a, s, (size_t)(*p - s));
	(*p)++;
	skip_space(p);
	if (**p != ')')
		return NULL;
	(*p)++;
	return name;
}

static const char *parse_for(sct_conv *cv, sct_json_for *jf, const char *text)
{
	const char *p = text;
	if (!text || !opt_word(&p, "for") || !opt_word(&p, "json"))
		return "FOR JSON clause not understood";
	if (opt_word(&p, "path"))
		jf->path = 1;
	else if (!opt_word(&p, "auto"))
		return "FOR JSON needs PATH or AUTO";
	for (;;) {
		skip_space(&p);
		if (*p == ',')
			p++;
		skip_space(&p);
		if (!*p || *p == ';')
			break;
		if (opt_word(&p, "include_null_values"))
			jf->include_nulls = 1;
		else if (opt_word(&p, "without_array_wrapper"))
			jf->no_wrapper = 1;
		else if (opt_word(&p, "root")) {
			if (!(jf->root = root_name(cv, &p)))
				return "FOR JSON ROOT name not understood";
		} else
			return "FOR JSON option not understood";
	}
	return NULL;
}

/* A JSON key or root name usable in the generated SQL text (no control bytes). */
static int plain_key(const char *k)
{
	for (; *k; k++)
		if ((unsigned char)*k < 0x20)
			return 0;
	return 1;
}

static const sct_query *first_select(const sct_query *q)
{
	while (q && q->kind != SCT_Q_SELECT)
		q = q->left;
	return q;
}

/* FOR JSON AUTO over a join still gives flat objects when the columns listed all come from one table:
 * only tables with a column in the SELECT list become levels, and a computed column joins the deepest
 * level at its place (the AUTO rules of FOR XML, which FOR JSON AUTO shares). Qualified columns only. */
static int auto_one_level(const sct_query *s)
{
	const char *qual = NULL;
	for (int i = 0; i < s->targets.n; i++) {
		const sct_target *t = s->targets.items[i];
		const sct_expr *x = unparen(t->expr);
		if (!x || x->kind == SCT_E_STAR)
			return 0;
		if (x->kind != SCT_E_COL)
			continue;
		if (!x->name->schema.s || sct_qname_catalog(x->name)->s || sct_qname_server(x->name)->s)
			return 0;
		if (qual && strcasecmp(qual, x->name->schema.s))
			return 0;
		qual = x->name->schema.s;
	}
	return 1;
}

sct_json_for *sct_json_for_begin(sct_conv *cv, sct_query *q, const char **why)
{
	sct_json_for *jf = SCT_NEW(cv->a, sct_json_for);
	*why = parse_for(cv, jf, q->for_json);
	if (*why)
		return NULL;
	if (jf->root && (!plain_key(jf->root) || jf->no_wrapper)) {
		*why = "FOR JSON ROOT name not supported";
		return NULL;
	}
	const sct_query *s = first_select(q);
	if (!s || !s->targets.n || (q->kind == SCT_Q_SELECT && !q->from.n)) {
		*why = "FOR JSON without a FROM clause";
		return NULL;
	}
	if (!jf->path && (s->from.n != 1 || ((const sct_from *)s->from.items[0])->kind == SCT_FROM_JOIN) &&
	    !auto_one_level(s)) {
		*why = "FOR JSON AUTO over a join nests the joined tables' columns as arrays: rewrite it as FOR JSON PATH";
		return NULL;
	}
	for (int i = 0; i < s->targets.n; i++) {
		const sct_target *t = s->targets.items[i];
		const sct_expr *x = unparen(t->expr);
		const char *key = t->alias.s;
		if (!key && x && x->kind == SCT_E_COL && x->name && x->name->name.s)
			key = x->name->name.s;
		if (!key || !x || x->kind == SCT_E_STAR || !plain_key(key)) {
			*why = "FOR JSON column without a name";
			return NULL;
		}
		if (json_valued(x) || x->kind == SCT_E_SUBQUERY) {
			*why = "FOR JSON with a column that holds JSON (JSON_QUERY or a nested FOR JSON)";
			return NULL;
		}
		if (jf->path && (key[0] == '.' || key[strlen(key) - 1] == '.' || strstr(key, ".."))) {
			*why = "FOR JSON PATH column alias is not a valid path";
			return NULL;
		}
		sct_list_push(cv->a, &jf->srcs, t->expr);
		sct_list_push(cv->a, &jf->keys, (void *)key);
	}
	/* the query itself becomes a derived table: its ORDER BY and TOP stay with it */
	jf->q = q;
	jf->inner = SCT_NEW(cv->a, sct_query);
	*jf->inner = *q;
	jf->inner->flags &= ~(unsigned)(SCT_QF_FOR_JSON | SCT_QF_PAREN);
	jf->inner->for_json = NULL;
	return jf;
}

sct_query *sct_json_for_inner(sct_json_for *jf)
{
	return jf->inner;
}

/* JSON text of a string: quotes doubled for an SQL literal, and JSON escapes as FOR JSON writes them. */
static void put_key(sct_buf *b, const char *k)
{
	sct_buf_puts(b, "'\"");
	for (; *k; k++) {
		if (*k == '\'')
			sct_buf_puts(b, "''");
		else if (*k == '"' || *k == '\\' || *k == '/') {
			sct_buf_putc(b, '\\');
			sct_buf_putc(b, *k);
		} else
			sct_buf_putc(b, *k);
	}
	sct_buf_puts(b, "\":'");
}

/* The JSON text of column n (1-based) of the derived table: FOR JSON escapes '/', writes GUIDs in upper
 * case and binary as base64. */
static void put_value(sct_conv *cv, sct_scope *sc, sct_buf *b, const sct_expr *src, int n)
{
	const sct_expr *x = unparen((sct_expr *)src);
	const char *out = NULL;
	if (x && x->kind == SCT_E_COL) {
		sct_column *c = sct_conv_scope_column(sc, x->name);
		out = c && c->type ? c->type->out : NULL;
	}
	if (out && !strcmp(out, "uuid"))
		sct_buf_printf(b, "('\"' || upper((sct_fj.c%d)::text) || '\"')", n);
	else if ((out && !strcmp(out, "bytea")) || sct_conv_expr_class(cv, sc, src) == SCT_TC_BINARY)
		sct_buf_printf(b, "('\"' || translate(encode(sct_fj.c%d, 'base64'), E'\\n', '') || '\"')", n);
	else
		sct_buf_printf(b, "replace(to_json(sct_fj.c%d)::text, '/', '\\/')", n);
}

static int key_parts(const char *k, int path)
{
	int n = 1;
	if (path)
		for (; *k; k++)
			n += *k == '.';
	return n;
}

/* component d (0-based) of a dotted key, as a new string */
static const char *key_part(sct_conv *cv, const char *k, int d)
{
	for (; d > 0; d--)
		k = strchr(k, '.') + 1;
	const char *e = strchr(k, '.');
	return e ? sct_arena_strndup(cv->a, k, (size_t)(e - k)) : k;
}

/* Members of the object at depth d for columns [from, to): a comma-separated list for concat_ws; a member
 * is NULL (left out) when its value is NULL, unless INCLUDE_NULL_VALUES. Consecutive columns that share
 * the component at depth d under PATH form a nested object. */
static void put_members(sct_conv *cv, sct_scope *sc, sct_json_for *jf, sct_buf *b, int from, int to, int d)
{
	int first = 1;
	for (int i = from; i < to;) {
		const char *k = jf->keys.items[i];
		const char *part = jf->path ? key_part(cv, k, d) : k; /* AUTO: a dot is part of the key */
		if (!first)
			sct_buf_puts(b, ", ");
		first = 0;
		if (key_parts(k, jf->path) == d + 1) {
			put_key(b, part);
			sct_buf_puts(b, " || ");
			if (jf->include_nulls)
				sct_buf_puts(b, "COALESCE(");
			put_value(cv, sc, b, jf->srcs.items[i], i + 1);
			if (jf->include_nulls)
				sct_buf_puts(b, ", 'null')");
			i++;
			continue;
		}
		int j = i + 1;
		while (j < to && key_parts(jf->keys.items[j], jf->path) > d + 1 &&
		       !strcmp(key_part(cv, jf->keys.items[j], d), part))
			j++;
		put_key(b, part);
		sct_buf_puts(b, " || '{' || NULLIF(concat_ws(',', ");
		put_members(cv, sc, jf, b, i, j, d + 1);
		sct_buf_puts(b, "), '') || '}'");
		i = j;
	}
}

/* Two columns with the same key, or a key that is also the prefix of a nested object: SQL Server refuses
 * the query; so do we. */
static int keys_conflict(sct_json_for *jf)
{
	for (int i = 0; i < jf->keys.n; i++)
		for (int j = i + 1; j < jf->keys.n; j++) {
			const char *a = jf->keys.items[i], *b = jf->keys.items[j];
			size_t la = strlen(a), lb = strlen(b);
			if (!strcmp(a, b))
				return 1;
			if (jf->path && ((la < lb && !strncmp(a, b, la) && b[la] == '.') ||
					 (lb < la && !strncmp(a, b, lb) && a[lb] == '.')))
				return 1;
		}
	return 0;
}

/* Rewrite the query as SELECT <json text> FROM (<query>) AS sct_fj; the inner query is converted. */
int sct_json_for_end(sct_conv *cv, sct_scope *sc, sct_json_for *jf, const char **why)
{
	if (keys_conflict(jf)) {
		*why = "FOR JSON with two columns of the same name";
		return -1;
	}
	sct_query *in = jf->inner, *q = jf->q;
	sct_query *s = (sct_query *)first_select(in);
	/* positional names c1..cn; ORDER BY an alias follows the rename (the first target of that alias) */
	for (int k = 0; in->kind == SCT_Q_SELECT && k < in->order_by.n; k++) {
		sct_expr *x = unparen(((sct_sort *)in->order_by.items[k])->expr);
		if (!x || x->kind != SCT_E_COL || !x->name || x->name->schema.s || !x->name->name.s)
			continue;
		for (int i = 0; i < s->targets.n; i++) {
			const char *old = ((sct_target *)s->targets.items[i])->alias.s;
			if (old && !strcasecmp(x->name->name.s, old)) {
				x->name->name.s = sct_arena_printf(cv->a, "c%d", i + 1);
				x->name->name.quoted = 0;
				break;
			}
		}
	}
	for (int i = 0; i < s->targets.n; i++) {
		sct_target *t = s->targets.items[i];
		t->alias.s = sct_arena_printf(cv->a, "c%d", i + 1);
		t->alias.quoted = 0;
	}
	sct_buf b;
	sct_buf_init(&b);
	if (jf->root) {
		sct_buf_puts(&b, "('{' || ");
		put_key(&b, jf->root);
		sct_buf_puts(&b, " || ");
	}
	sct_buf_puts(&b, jf->no_wrapper ? "string_agg('{' || concat_ws(',', " : "'[' || string_agg('{' || concat_ws(',', ");
	put_members(cv, sc, jf, &b, 0, jf->keys.n, 0);
	sct_buf_puts(&b, jf->no_wrapper ? ") || '}', ',')" : ") || '}', ',') || ']'");
	if (jf->root)
		sct_buf_puts(&b, " || '}')");
	sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, q->loc);
	t->text = sct_arena_strndup(cv->a, b.data, b.len);
	t->flags |= SCT_EF_NOT_IMMUTABLE;
	sct_buf_free(&b);
	sct_target *tg = SCT_NEW(cv->a, sct_target);
	tg->loc = q->loc;
	tg->expr = t;
	tg->out_type = "text";
	tg->alias.s = "JSON_F52E2B61-18A1-11d1-B105-00805F49916B"; /* SQL Server's name of the FOR JSON column */
	sct_from *f = SCT_NEW(cv->a, sct_from);
	f->kind = SCT_FROM_SUBQUERY;
	f->loc = q->loc;
	f->query = in;
	f->alias.s = "sct_fj";
	sct_query *w = SCT_NEW(cv->a, sct_query);
	w->kind = SCT_Q_SELECT;
	w->loc = q->loc;
	w->flags = q->flags & SCT_QF_PAREN;
	sct_list_push(cv->a, &w->targets, tg);
	sct_list_push(cv->a, &w->from, f);
	*q = *w;
	sct_conv_item(cv, "F141", q->loc, NULL);
	return 0;
}

/* ---------- OPENJSON ---------- */

/* The SQL text of a path as a text[] literal, or NULL when it is not a plain lax path. */
static const char *lax_path(sct_conv *cv, const char *text)
{
	json_path jp;
	if (!text || !parse_path(cv, text, &jp) || jp.append)
		return NULL;
	return sct_arena_printf(cv->a, "'%s'::text[]", jp.array); /* keys of identifier characters: no quote */
}

/* The value of one WITH column from the element sct_oj.value: a scalar cast to the column's type (NULL
 * for an object or array, as in lax mode), or with AS JSON the object or array text. */
static sct_expr *openjson_col(sct_conv *cv, const sct_json_col *c, const char *path)
{
	sct_expr *x = sct_conv_new_expr(cv, SCT_E_TEMPLATE, c->loc);
	if (c->as_json) {
		x->text = sct_arena_printf(cv->a, "CASE WHEN json_typeof(sct_oj.value #> %s) IN ('object', 'array') "
						  "THEN (sct_oj.value #> %s)::text END", path, path);
		return x;
	}
	x->text = sct_arena_printf(cv->a, "CASE WHEN json_typeof(sct_oj.value #> %s) IN ('object', 'array') "
					  "THEN NULL ELSE sct_oj.value #>> %s END", path, path);
	sct_expr *cast = sct_conv_new_expr(cv, SCT_E_CAST, c->loc);
	cast->a = x;
	sct_expr_set_type(cv->a, cast, c->type);
	return cast;
}

/* OPENJSON(x [, 'path']) [WITH (...)] as a derived table over json_array_elements / json_each (json keeps
 * the text of nested values as written). 1 rewritten, 0 not OPENJSON, -1 not convertible (*why). */
int sct_conv_openjson(sct_conv *cv, sct_scope *sc, sct_from *f, const char **why)
{
	sct_expr *fn = f->func;
	if (cv->family != SCT_FAMILY_POSTGRES || !fn || fn->kind != SCT_E_FUNC || !fn->name || fn->name->schema.s ||
	    !fn->name->name.s || strcasecmp(fn->name->name.s, "openjson"))
		return 0;
	*why = "OPENJSON with a path that is not a literal lax path";
	if (fn->args.n < 1 || fn->args.n > 2)
		return -1;
	if (f->json_cols.n > 200) { /* each column is a one-byte argument marker of the template */
		*why = "OPENJSON with more than 200 columns";
		return -1;
	}
	const char *root = "'{}'::text[]";
	if (fn->args.n == 2) {
		sct_expr *p = unparen(fn->args.items[1]);
		if (!p || p->kind != SCT_E_STR || !(root = lax_path(cv, p->text)))
			return -1;
	}
	sct_expr *x = sct_conv_expr(cv, sc, fn->args.items[0]);
	if (!x)
		return -1;
	sct_expr *t = sct_conv_new_expr(cv, SCT_E_TEMPLATE, fn->loc);
	sct_list_push(cv->a, &t->args, x);
	sct_buf b;
	sct_buf_init(&b);
	sct_buf_puts(&b, "(SELECT ");
	if (!f->json_cols.n) {
		sct_buf_puts(&b, "e.key, CASE json_typeof(e.value) WHEN 'null' THEN NULL WHEN 'string' THEN e.value #>> '{}' "
				 "ELSE e.value::text END AS value, CASE json_typeof(e.value) WHEN 'null' THEN 0 WHEN 'string' "
				 "THEN 1 WHEN 'number' THEN 2 WHEN 'boolean' THEN 3 WHEN 'array' THEN 4 ELSE 5 END AS type ");
		sct_buf_printf(&b, "FROM (SELECT (\1\1)::json #> %s AS d) AS sct_od CROSS JOIN LATERAL "
				   "(SELECT (a.o - 1)::text, a.v FROM json_array_elements(CASE WHEN json_typeof(sct_od.d) = "
				   "'array' THEN sct_od.d END) WITH ORDINALITY AS a(v, o) UNION ALL SELECT j.k, j.v FROM "
				   "json_each(CASE WHEN json_typeof(sct_od.d) = 'object' THEN sct_od.d END) AS j(k, v)) "
				   "AS e(key, value))", root);
	} else {
		for (int i = 0; i < f->json_cols.n; i++) {
			sct_json_col *c = f->json_cols.items[i];
			const char *path = c->path ? lax_path(cv, c->path)
						   : lax_path(cv, sct_arena_printf(cv->a, "$.%s", c->name.s));
			if (!path || (c->as_json && (!c->type || c->type->nparams != 1 ||
						      c->type->params[0] != SCT_PARAM_MAX))) {
				sct_buf_free(&b);
				*why = c->as_json ? "OPENJSON column AS JSON that is not nvarchar(max)"
						  : "OPENJSON column with a path that is not a literal lax path";
				return -1;
			}
			if (!c->as_json && sct_conv_type(cv, c->type, c->name.s) < 0) {
				sct_buf_free(&b);
				*why = "OPENJSON column of a type with no mapping";
				return -1;
			}
			sct_list_push(cv->a, &t->args, openjson_col(cv, c, path));
			sct_ident id = c->name;
			sct_conv_ident(cv, &id);
			sct_buf_printf(&b, "%s\1%c AS \"", i ? ", " : "", (char)(i + 2));
			for (const char *n = id.s; *n; n++)
				sct_buf_puts(&b, *n == '"' ? "\"\"" : (char[2]){*n, 0});
			sct_buf_putc(&b, '"');
		}
		sct_buf_printf(&b, " FROM (SELECT (\1\1)::json #> %s AS d) AS sct_od CROSS JOIN LATERAL "
				   "json_array_elements(CASE json_typeof(sct_od.d) WHEN 'array' THEN sct_od.d "
				   "WHEN 'object' THEN json_build_array(sct_od.d) END) AS sct_oj(value))", root);
	}
	t->text = sct_arena_strndup(cv->a, b.data, b.len);
	sct_buf_free(&b);
	f->func = t;
	f->json_cols.n = 0;
	if (!f->alias.s)
		f->alias.s = "openjson";
	return 1;
}
