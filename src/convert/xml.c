/* xml.c - the string concatenation idiom (SELECT ',' + x FROM ... FOR XML PATH('')) as string_agg / GROUP_CONCAT. */
#include "convert.h"
#include <string.h>
#include <strings.h>

enum { XML_ESCAPE = 1, XML_DATA = 2 };

static const sct_expr *unparen(const sct_expr *e)
{
	while (e && e->kind == SCT_E_PAREN)
		e = e->a;
	return e;
}

/* s with blanks removed and in lower case: "forxmlpath('')" or "forxmlpath(''),type" */
static const char *squeeze(sct_conv *cv, const char *s)
{
	char *o = sct_arena_alloc(cv->a, strlen(s) + 1), *p = o;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n' && *s != ';')
			*p++ = (char)((*s >= 'A' && *s <= 'Z') ? *s - 'A' + 'a' : *s);
	*p = 0;
	return o;
}

static int is_str(sct_conv *cv, const sct_expr *e, const char *v)
{
	e = unparen(e);
	return e && e->kind == SCT_E_STR && e->text && !strcmp(squeeze(cv, e->text), v);
}

const char *sct_xml_mark(sct_conv *cv, sct_expr *e)
{
	if (!sct_expr_query(e) || !(sct_expr_query(e)->flags & SCT_QF_FOR_XML)) {
		if (e->text)
			return sct_arena_printf(cv->a, "method .%s() on a subquery has no automatic equivalent", e->text);
		return NULL;
	}
	sct_expr_query(e)->flags |= SCT_QF_XML_SCALAR;
	if (!e->text)
		return NULL;
	if (strcasecmp(e->text, "value") || e->args.n != 2 || !is_str(cv, e->args.items[0], ".") ||
	    (!is_str(cv, e->args.items[1], "nvarchar(max)") && !is_str(cv, e->args.items[1], "varchar(max)")))
		return "FOR XML ... .value() other than .value('.', 'nvarchar(max)') has no automatic equivalent";
	sct_expr_query(e)->flags |= SCT_QF_XML_VALUE;
	e->text = NULL;
	memset(&e->args, 0, sizeof e->args);
	return NULL;
}

int sct_xml_for_begin(sct_conv *cv, sct_scope *sc, sct_query *q, const char **why)
{
	const char *c = q->for_json ? squeeze(cv, q->for_json) : "";
	int type = !strcmp(c, "forxmlpath(''),type");
	*why = "FOR XML other than PATH('') over one unnamed column in a scalar subquery has no direct equivalent";
	if (!(q->flags & SCT_QF_XML_SCALAR) || (strcmp(c, "forxmlpath('')") && !type))
		return -1;
	if (type != !!(q->flags & SCT_QF_XML_VALUE)) {
		*why = type ? "FOR XML ..., TYPE used as xml (not through .value('.', 'nvarchar(max)')) has no direct equivalent"
			    : "FOR XML without TYPE has no .value() method";
		return -1;
	}
	if (q->kind != SCT_Q_SELECT || q->targets.n != 1 || q->group_by.n || q->having || q->top || q->offset ||
	    q->fetch || q->into || (q->flags & (SCT_QF_DISTINCT | SCT_QF_PIVOT_FILL | SCT_QF_UNPIVOT_FILL)))
		return -1;
	for (int i = 0; i < q->order_by.n; i++) { /* ORDER BY 1 would sort by a constant inside the aggregate */
		const sct_expr *o = unparen(((const sct_sort *)q->order_by.items[i])->expr);
		if (i >= 100 || !o || o->kind == SCT_E_NUM)
			return -1;
	}
	const sct_target *t = q->targets.items[0];
	const sct_expr *x = unparen(t->expr);
	int mode = type ? 0 : XML_ESCAPE;
	if (t->alias.s && !strcasecmp(t->alias.s, "data()"))
		mode |= XML_DATA;
	else if (t->alias.s && strcasecmp(t->alias.s, "text()"))
		return -1; /* a named column is an element */
	if (!x || x->kind == SCT_E_STAR || (!t->alias.s && x->kind == SCT_E_COL))
		return -1;
	if (sct_conv_expr_class(cv, sc, t->expr) != SCT_TC_STRING) {
		*why = "FOR XML PATH('') over a value that is not a string (its XML text form differs): cast it to nvarchar";
		return -1;
	}
	return mode;
}

/* PostgreSQL text of an escaped value: FOR XML writes & < > and CR as entities in text content */
static const char *escaped(const sct_conv *cv, int mode)
{
	if (!(mode & XML_ESCAPE))
		return "\1\1";
	if (cv->family == SCT_FAMILY_MYSQL)
		return "REPLACE(REPLACE(REPLACE(REPLACE(\1\1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), "
		       "CHAR(13 USING utf8mb4), '&#x0D;')";
	return "replace(replace(replace(replace(\1\1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), chr(13), '&#x0D;')";
}

void sct_xml_for_end(sct_conv *cv, sct_query *q, int mode)
{
	sct_target *t = q->targets.items[0];
	sct_expr *agg = sct_conv_new_expr(cv, SCT_E_TEMPLATE, q->loc);
	sct_buf b;
	sct_buf_init(&b);
	int my = cv->family == SCT_FAMILY_MYSQL;
	sct_buf_puts(&b, my ? "GROUP_CONCAT(" : "string_agg(");
	sct_buf_puts(&b, escaped(cv, mode));
	if (!my)
		sct_buf_puts(&b, (mode & XML_DATA) ? ", ' '" : ", ''");
	sct_list_push(cv->a, &agg->args, t->expr);
	for (int i = 0; i < q->order_by.n; i++) {
		sct_sort *s = q->order_by.items[i];
		sct_buf_puts(&b, i ? ", " : " ORDER BY ");
		sct_buf_putc(&b, '\1');
		sct_buf_putc(&b, (char)(agg->args.n + 1));
		if (s->desc)
			sct_buf_puts(&b, " DESC");
		sct_list_push(cv->a, &agg->args, s->expr);
	}
	if (my)
		sct_buf_puts(&b, (mode & XML_DATA) ? " SEPARATOR ' '" : " SEPARATOR ''");
	sct_buf_putc(&b, ')');
	agg->text = sct_arena_strndup(cv->a, b.data, b.len);
	sct_buf_free(&b);
	t->expr = agg;
	t->alias.s = NULL;
	t->out_type = "text";
	memset(&q->order_by, 0, sizeof q->order_by);
	q->flags &= ~(unsigned)(SCT_QF_FOR_XML | SCT_QF_XML_SCALAR | SCT_QF_XML_VALUE);
	q->for_json = NULL;
	sct_conv_item(cv, "F142", q->loc, NULL);
	if (my)
		sct_conv_item(cv, "F132", q->loc, NULL);
}
