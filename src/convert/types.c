/* types.c - where a source type becomes a target type: alias types resolved, then the rules tables. */
#include "convert.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The arena copy of a target type text: one per distinct text seen lately (most columns repeat a few types). */
static const char *type_text(sct_conv *cv, const char *s)
{
	unsigned h = 2166136261u;
	for (const char *p = s; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	const char **slot = &cv->type_texts[h % (sizeof cv->type_texts / sizeof cv->type_texts[0])];
	if (!*slot || strcmp(*slot, s) != 0)
		*slot = sct_arena_strdup(cv->a, s);
	return *slot;
}

/* FNV-1a of a type name, remembered by the text's address: every column asks, and the parser shares one copy of
 * a type name (other texts are hashed each time). */
static unsigned name_hash(sct_conv *cv, const char *name)
{
	size_t at = (size_t)((uintptr_t)name * 0x9E3779B97F4A7C15ull >> 40) % (sizeof cv->type_hash / sizeof cv->type_hash[0]);
	if (cv->type_hash[at].text == name)
		return cv->type_hash[at].h;
	unsigned h = 2166136261u;
	for (const char *p = name; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	cv->type_hash[at].text = name;
	cv->type_hash[at].h = h;
	return h;
}

/* The memo slot of a source type (name and parameters): most columns repeat a few types, and the rules match a
 * type the same way for every column unless one of its rules has a column guard (never memoized). */
static struct sct_type_memo *memo_slot(sct_conv *cv, const sct_type *t)
{
	unsigned h = (name_hash(cv, t->name) ^ (unsigned)t->nparams) * 16777619u;
	for (int i = 0; i < t->nparams && i < 3; i++)
		h = (h ^ (unsigned)t->params[i]) * 16777619u;
	return &cv->type_memo[h % (sizeof cv->type_memo / sizeof cv->type_memo[0])];
}

static int memo_hit(struct sct_type_memo *m, const sct_type *t)
{
	if (!m->name || m->nparams != t->nparams)
		return 0;
	for (int i = 0; i < t->nparams && i < 3; i++)
		if (m->params[i] != t->params[i])
			return 0;
	if (m->src != t->name && strcmp(m->name, t->name) != 0)
		return 0;
	m->src = t->name;
	return 1;
}

int sct_conv_is_int_type(const char *out)
{
	return out && (!strcmp(out, "smallint") || !strcmp(out, "integer") || !strcmp(out, "bigint") ||
		       !strcmp(out, "int") || !strcmp(out, "tinyint unsigned")); /* the last two: MySQL */
}

/* The user-defined type (CREATE TYPE) a type reference names, or NULL; no lookup when the input defines none. */
sct_object *sct_conv_type_object(sct_conv *cv, const sct_type *t)
{
	if (!cv->ntypes || !t || !t->name)
		return NULL;
	sct_qname q;
	memset(&q, 0, sizeof q);
	q.schema.s = t->schema;
	q.name.s = t->name;
	char buf[256];
	sct_object *o = sct_hash_get(&cv->objects, sct_conv_key_in(cv, &q, buf, sizeof buf));
	return o && o->kind == SCT_K_TYPE ? o : NULL;
}

/* Alias types (CREATE TYPE x FROM base / sp_addtype) resolve to their base type, recursively. */
const sct_type *sct_conv_alias_base(sct_conv *cv, const sct_type *t, int *nullable)
{
	for (int depth = 0; cv->ntypes && depth < 16; depth++) {
		sct_object *o = sct_conv_type_object(cv, t);
		if (!o || o->stmt->u.type->kind != SCT_TYPEDEF_ALIAS || !o->stmt->u.type->base)
			return t;
		if (nullable && *nullable < 0)
			*nullable = o->stmt->u.type->nullable;
		t = o->stmt->u.type->base;
	}
	return t;
}

/* A column of an Oracle object or collection type: the composite type / array domain made from the CREATE TYPE
 * (PostgreSQL), or JSON (MySQL). Returns 1 when t is such a type, else 0. */
static int object_type(sct_conv *cv, sct_type *t, const char *object)
{
	sct_object *o = sct_conv_type_object(cv, t);
	if (!o)
		return 0;
	const sct_type_def *td = o->stmt->u.type;
	if (td->kind != SCT_TYPEDEF_OBJECT && td->kind != SCT_TYPEDEF_COLLECTION)
		return 0;
	if (cv->family == SCT_FAMILY_MYSQL) {
		t->out = "json";
		sct_conv_itemf(cv, "T003", t->loc, "%s of type %s: stored as JSON", object ? object : "column", t->name);
		return 1;
	}
	if (o->stmt->status != SCT_STATUS_CONVERTED && o->stmt->status != SCT_STATUS_NOTES)
		return 0; /* not created: the rules decide (text, reported) */
	const sct_qname *n = td->name;
	t->out = n->schema.s ? sct_arena_printf(cv->a, "%s.%s", n->schema.s, n->name.s) : n->name.s;
	return 1;
}

int sct_conv_type(sct_conv *cv, sct_type *t, const char *object)
{
	if (sct_conv_oracle(cv) && (t->flags & SCT_TF_USER) && object_type(cv, t, object))
		return 0;
	const sct_type *base = sct_conv_resolve_alias(cv, t, NULL);
	if (base != t) {
		sct_conv_itemf(cv, "C008", t->loc, "alias type '%s' resolved to '%s'", t->name, base->name);
		sct_type *copy = sct_arena_alloc(cv->a, sizeof *copy);
		*copy = *base;
		copy->loc = t->loc;
		*t = *copy;
	}
	struct sct_type_memo *m = t->nparams <= 3 ? memo_slot(cv, t) : NULL;
	int hit = m && memo_hit(m, t);
	const sct_rule *r = hit ? m->rule : sct_rules_match_type_col(cv->rules, t->name, t->nparams, t->params, cv->cur_column);
	if (m && !hit) {
		m->name = NULL;
		if (!sct_rules_type_by_column(cv->rules, t->name)) {
			m->name = sct_arena_strdup(cv->a, t->name);
			m->src = t->name;
			m->nparams = t->nparams;
			memcpy(m->params, t->params, sizeof m->params);
			m->rule = r;
			m->out = NULL;
		}
	}
	if (!r) {
		t->out = "text";
		sct_conv_itemf(cv, "T001", t->loc, "type '%s' of %s has no mapping: created as text", t->name,
			       object ? object : "?");
		return -1;
	}
	if (r->action != SCT_RULE_MAP) {
		t->out = "text";
		sct_conv_rule_item(cv, r, sct_conv_itemf(cv, r->code ? r->code : "T001", t->loc,
			       "type '%s' of %s: %s; created as text", t->name, object ? object : "?",
			       r->note ? r->note : "no equivalent"));
		return -1;
	}
	if (hit && m->out) {
		t->out = m->out;
	} else {
		char buf[256];
		int n = sct_rules_expand_type(cv->rules, r, t->nparams, t->params, buf, sizeof buf);
		if (n < 0 || n >= (int)sizeof buf) {
			t->out = "text";
			sct_conv_itemf(cv, "T001", t->loc, "type '%s' of %s could not be expanded by rule %s:%d", t->name,
				       object ? object : "?", r->file, r->line);
			return -1;
		}
		t->out = type_text(cv, buf);
		if (m && m->name)
			m->out = t->out;
	}
	if (r->code) { /* one per column of such a type: the message is made when read */
		const char *args[] = {object ? object : "type", t->name, t->out, r->note};
		sct_conv_rule_item(cv, r, sct_conv_item_later(cv, r->code, t->loc, r->note ? "%s: %s -> %s: %s" : "%s: %s -> %s",
							      r->note ? 4 : 3, args));
	}
	return 0;
}

static sct_tclass class_of(sct_conv *cv, const sct_type *t);

/* Type class of a source type, for choosing operators (string + is concatenation). Asked for every column and
 * default: remembered by type name (a few names repeat). */
sct_tclass sct_conv_tclass(sct_conv *cv, const sct_type *t)
{
	if (!t || !t->name)
		return SCT_TC_UNKNOWN;
	t = sct_conv_resolve_alias(cv, t, NULL);
	size_t at = name_hash(cv, t->name) % (sizeof cv->tclass_memo / sizeof cv->tclass_memo[0]);
	if (cv->tclass_memo[at].text &&
	    (cv->tclass_memo[at].src == t->name || strcmp(cv->tclass_memo[at].text, t->name) == 0)) {
		cv->tclass_memo[at].src = t->name;
		return (sct_tclass)cv->tclass_memo[at].cls;
	}
	sct_tclass c = class_of(cv, t);
	cv->tclass_memo[at].text = sct_arena_strdup(cv->a, t->name);
	cv->tclass_memo[at].src = t->name;
	cv->tclass_memo[at].cls = (int)c;
	return c;
}

static sct_tclass class_of(sct_conv *cv, const sct_type *t)
{
	if (sct_conv_oracle(cv)) {
		/* Oracle's TIMESTAMP is a date-time (T-SQL's is rowversion); its own types */
		static const struct { const char *name; sct_tclass c; } ora[] = {
			{"timestamp", SCT_TC_DATE}, {"timestamp with time zone", SCT_TC_DATE},
			{"timestamp with local time zone", SCT_TC_DATE}, {"date", SCT_TC_DATE},
			{"binary_float", SCT_TC_NUMBER}, {"binary_double", SCT_TC_NUMBER}, {"double precision", SCT_TC_NUMBER},
			{"raw", SCT_TC_BINARY}, {"long raw", SCT_TC_BINARY}, {"blob", SCT_TC_BINARY},
			{"long", SCT_TC_STRING}, {"char varying", SCT_TC_STRING}, {"nchar varying", SCT_TC_STRING},
		};
		for (size_t i = 0; i < sizeof ora / sizeof ora[0]; i++)
			if (ora[i].name[0] == t->name[0] && strcmp(ora[i].name, t->name) == 0)
				return ora[i].c;
	}
	static const struct { const char *name; sct_tclass c; } tab[] = {
		{"char", SCT_TC_STRING}, {"varchar", SCT_TC_STRING}, {"nchar", SCT_TC_STRING},
		{"nvarchar", SCT_TC_STRING}, {"text", SCT_TC_STRING}, {"ntext", SCT_TC_STRING},
		{"sysname", SCT_TC_STRING}, {"xml", SCT_TC_STRING}, {"varchar2", SCT_TC_STRING},
		{"nvarchar2", SCT_TC_STRING}, {"clob", SCT_TC_STRING}, {"nclob", SCT_TC_STRING},
		{"character", SCT_TC_STRING}, {"character varying", SCT_TC_STRING},
		{"int", SCT_TC_NUMBER}, {"integer", SCT_TC_NUMBER}, {"bigint", SCT_TC_NUMBER},
		{"smallint", SCT_TC_NUMBER}, {"tinyint", SCT_TC_NUMBER}, {"decimal", SCT_TC_NUMBER},
		{"numeric", SCT_TC_NUMBER}, {"money", SCT_TC_NUMBER}, {"smallmoney", SCT_TC_NUMBER},
		{"float", SCT_TC_NUMBER}, {"real", SCT_TC_NUMBER}, {"number", SCT_TC_NUMBER},
		{"bit", SCT_TC_BOOL},
		{"date", SCT_TC_DATE}, {"datetime", SCT_TC_DATE}, {"datetime2", SCT_TC_DATE},
		{"smalldatetime", SCT_TC_DATE}, {"datetimeoffset", SCT_TC_DATE}, {"time", SCT_TC_DATE},
		{"timestamp", SCT_TC_BINARY}, {"rowversion", SCT_TC_BINARY},
		{"binary", SCT_TC_BINARY}, {"varbinary", SCT_TC_BINARY}, {"image", SCT_TC_BINARY},
	};
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		if (tab[i].name[0] == t->name[0] && strcmp(tab[i].name, t->name) == 0) /* first byte first: every column */
			return tab[i].c;
	return SCT_TC_UNKNOWN;
}
