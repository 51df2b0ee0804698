/* names.c - target identifiers: case folding, shortening to the target's limit, collisions, schemas. */
#include "convert.h"
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static unsigned hash32(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* s folded (not seen at this address lately): one copy per name seen lately, by hash of the folded text; a name
 * longer than the limit shortened */
static __attribute__((noinline)) const char *fold_name(sct_conv *cv, const char *s, sct_loc loc, size_t at)
{
	/* the folded text in buf while it fits */
	char buf[128 + 8];
	size_t n = 0;
	if (cv->keep_case)
		for (; s[n] && n < 128; n++)
			buf[n] = s[n];
	else
		for (; s[n] && n < 128; n++)
			buf[n] = sct_conv_lower(s[n]);
	if (!s[n] && (int)n <= cv->max_ident) { /* a name repeats (every reference): one copy per name seen lately */
		memset(buf + n, 0, 8); /* its slot: a hash of the folded text, 8 bytes a step */
		uint64_t h = 0;
		for (size_t i = 0; i <= n; i += 8) {
			uint64_t w;
			memcpy(&w, buf + i, 8);
			h = (h ^ w) * 0x9E3779B97F4A7C15ull;
		}
		const char **slot = &cv->names[(h >> 40) % (sizeof cv->names / sizeof cv->names[0])];
		if (*slot && (*slot)[0] == buf[0] && strcmp(*slot, buf) == 0) {
			cv->name_src[at] = s;
			return cv->name_out[at] = *slot;
		}
		char *out = sct_arena_strndup(cv->a, buf, n);
		*slot = out;
		cv->name_src[at] = s;
		cv->name_out[at] = out;
		return out;
	}
	n += strlen(s + n);
	char *out = sct_arena_strndup(cv->a, s, n);
	if (!cv->keep_case)
		for (size_t i = 0; i < n; i++)
			out[i] = sct_conv_lower(out[i]);
	if ((int)n > cv->max_ident) {
		/* keep a readable prefix, end with a hash of the full name: deterministic and unique */
		int keep = cv->max_ident - 9;
		while (keep > 0 && ((unsigned char)out[keep] & 0xC0) == 0x80)
			keep--; /* do not cut a UTF-8 sequence */
		char *sh = sct_arena_alloc(cv->a, (size_t)cv->max_ident + 1);
		memcpy(sh, out, (size_t)keep);
		snprintf(sh + keep, (size_t)cv->max_ident + 1 - (size_t)keep, "_%08x", hash32(out));
		if (!cv->quiet)
			sct_conv_itemf(cv, "N001", loc, "identifier '%s' is longer than %d bytes: shortened to '%s'", s,
				       cv->max_ident, sh);
		return sh;
	}
	return out;
}

const char *sct_conv_name(sct_conv *cv, const char *s, sct_loc loc)
{
	if (!s)
		return NULL;
	/* the parser shares one copy of a repeated identifier: the same text again, by its address */
	size_t at = (size_t)(((uintptr_t)s >> 3) * 0x9E3779B97F4A7C15ull >> 40) % (sizeof cv->name_src / sizeof cv->name_src[0]);
	if (cv->name_src[at] == s)
		return cv->name_out[at];
	return fold_name(cv, s, loc, at);
}

/* What an identifier's folding tells: an Oracle "MixedCase" name (N004, per statement), a sqlcmd $(name) (N005).
 * Out of line: few identifiers get here, and sct_conv_ident is called for every name. */
static __attribute__((noinline)) void ident_notes(sct_conv *cv, const sct_ident *id)
{
	if (id->quoted && !cv->keep_case && !cv->quiet && sct_conv_oracle(cv)) {
		/* Oracle keeps the case of "MixedCase" names; folding changes how applications must quote them */
		int up = 0, low = 0;
		for (const char *p = id->s; *p; p++) {
			up |= isupper((unsigned char)*p) != 0;
			low |= islower((unsigned char)*p) != 0;
		}
		int seen = 0;
		for (int i = 0; i < cv->folded.n && !seen; i++)
			seen = !strcmp(cv->folded.items[i], id->s);
		if (up && low && !seen)
			sct_list_push(cv->a, &cv->folded, (void *)id->s);
	}
	if (!id->quoted && id->s[0] == '$' && id->s[1] == '(' && cv->schema_seen.a) { /* sqlcmd's $(name) */
		const char *k = sct_arena_printf(cv->a, "\001sqlcmd %s", id->s);
		if (!sct_hash_get(&cv->schema_seen, k)) { /* once per variable */
			sct_hash_put(&cv->schema_seen, k, (void *)1);
			sct_conv_itemf(cv, "N005", id->loc, "sqlcmd variable %s kept as the name \"%s\": it is not substituted", id->s, id->s);
		}
	}
}

void sct_conv_ident(sct_conv *cv, sct_ident *id)
{
	if (!id->s)
		return;
	if (id->quoted ? !cv->keep_case && !cv->quiet && sct_conv_oracle(cv) : id->s[0] == '$')
		ident_notes(cv, id);
	id->s = sct_conv_name(cv, id->s, id->loc);
}

const char *sct_conv_key(sct_conv *cv, const sct_qname *q)
{
	return sct_conv_key_in(cv, q, NULL, 0);
}

const char *sct_conv_key_in(sct_conv *cv, const sct_qname *q, char *buf, size_t cap)
{
	const char *schema = q->schema.s ? q->schema.s : cv->default_schema, *name = q->name.s;
	size_t ns = schema ? strlen(schema) : 0, nn = name ? strlen(name) : 0;
	char *k = ns + nn + 2 <= cap ? buf : sct_arena_alloc(cv->a, ns + nn + 2), *p = k; /* "schema.name", lower case */
	for (size_t i = 0; i < ns; i++)
		*p++ = sct_conv_lower(schema[i]);
	*p++ = '.';
	for (size_t i = 0; i < nn; i++)
		*p++ = sct_conv_lower(name[i]);
	*p = 0;
	return k;
}

/* --schema-map from=to,...: the target schema of a converted source schema name (case-insensitive). */
const char *sct_conv_map_schema(sct_conv *cv, const char *schema)
{
	if (!cv->schema_map || !schema)
		return schema;
	size_t n = strlen(schema);
	for (const char *p = cv->schema_map; *p;) {
		const char *eq = strchr(p, '='), *end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		if (eq && eq < end && (size_t)(eq - p) == n && !strncasecmp(p, schema, n))
			return sct_conv_name(cv, sct_arena_strndup(cv->a, eq + 1, (size_t)(end - eq - 1)), 0);
		p = *end ? end + 1 : end;
	}
	return schema;
}

void sct_conv_use_schema(sct_conv *cv, const char *schema)
{
	if (!schema) /* unqualified names (no default schema): the target's search_path decides */
		return;
	if (!sct_hash_get(&cv->schema_seen, schema)) {
		sct_hash_put(&cv->schema_seen, schema, (void *)1);
		sct_list_push(cv->a, &cv->schemas, (void *)schema);
	}
}

void sct_conv_qname(sct_conv *cv, sct_qname *q)
{
	if (sct_qname_server(q)->s || sct_qname_catalog(q)->s) {
		const char *cat = sct_qname_catalog(q)->s;
		sct_conv_itemf(cv, "N003", q->loc, "reference to '%s%s%s' loses its database/server part",
			       cat ? cat : "", cat ? "." : "", q->name.s ? q->name.s : "");
		q->more = NULL;
	}
	if (!q->schema.s) {
		q->schema.s = cv->default_schema;
		q->schema.loc = q->loc;
	}
	sct_conv_ident(cv, &q->schema);
	q->schema.s = sct_conv_map_schema(cv, q->schema.s);
	sct_conv_ident(cv, &q->name);
}

/* Relation names (tables, views, sequences, indexes, key constraints) share one namespace per schema in
 * PostgreSQL; SQL Server scopes index names per table. Tables, views and sequences reserve their names
 * first (sct_conv_reserve_rel), so an index never takes a table's name; later claims are renamed,
 * deterministically. `owner` identifies who may use a reserved name. */
void sct_conv_reserve_rel(sct_conv *cv, const char *schema, const char *name, const void *owner)
{
	const char *key = sct_arena_join(cv->a, schema ? schema : "", ".", name ? name : "(null)");
	if (!sct_hash_get(&cv->relnames, key))
		sct_hash_put(&cv->relnames, key, (void *)owner);
}

/* name made unique among the keys "schema.name" of h (lower-cased when fold: MySQL compares constraint names
 * without case); a taken name gets _1, _2 ... within the identifier limit, reported as N002. */
static const char *unique_in(sct_conv *cv, sct_hash *h, const char *schema, const char *name, sct_loc loc,
			     const void *owner, int fold)
{
	char *key = sct_arena_join(cv->a, schema ? schema : "", ".", name ? name : "(null)"); /* no printf: every key */
	for (char *p = key; fold && *p; p++) /* in place: the copy is ours */
		*p = sct_conv_lower(*p);
	void *cur = sct_hash_get(h, key);
	if (!cur || cur == owner) {
		sct_hash_put(h, key, (void *)owner);
		return name;
	}
	for (int i = 1;; i++) {
		char suffix[16];
		snprintf(suffix, sizeof suffix, "_%d", i);
		size_t n = strlen(name), sl = strlen(suffix);
		if (n + sl > (size_t)cv->max_ident)
			n = (size_t)cv->max_ident - sl;
		char *cand = sct_arena_printf(cv->a, "%.*s%s", (int)n, name, suffix);
		key = sct_arena_join(cv->a, schema ? schema : "", ".", cand);
		for (char *p = key; fold && *p; p++)
			*p = sct_conv_lower(*p);
		if (!sct_hash_get(h, key)) {
			sct_hash_put(h, key, (void *)owner);
			sct_conv_itemf(cv, "N002", loc, "name '%s' is already used in schema '%s': renamed to '%s'", name,
				       schema ? schema : "(default)", cand);
			return cand;
		}
	}
}

const char *sct_conv_unique_rel(sct_conv *cv, const char *schema, const char *name, sct_loc loc, const void *owner)
{
	return unique_in(cv, &cv->relnames, schema, name, loc, owner, 0);
}

const char *sct_conv_unique_constraint(sct_conv *cv, sct_hash *names, const char *schema, const char *name, sct_loc loc,
				       const void *owner)
{
	return unique_in(cv, names, schema, name, loc, owner, 1);
}
