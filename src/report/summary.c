/* summary.c - the assessment derived from the converted statements and the items: objects per type with
 * their outcome, items and effort rolled up to them, conversion rates, complexity and the action list.
 * Every item is attributed to exactly one row (the object it lies in), so the rows add up to the totals. */
#include "report.h"
#include "util/hash.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A part of a statement counted as an object of its own: a column, a constraint, an inline index. */
typedef struct part {
	sct_loc loc;
	sct_objtype type;
	int skip;               /* dropped by the converter: needs a person */
	int worst;              /* highest severity of its items */
} part;

typedef struct parts {
	part *p;
	int n, cap;
} parts;

static void add_part(sct_arena *a, parts *ps, sct_loc loc, sct_objtype t, int skip)
{
	if (ps->n == ps->cap) {
		int cap = ps->cap ? ps->cap * 2 : 16;
		part *np = sct_arena_alloc(a, sizeof(part) * (size_t)cap);
		if (ps->n)
			memcpy(np, ps->p, sizeof(part) * (size_t)ps->n);
		ps->p = np, ps->cap = cap;
	}
	ps->p[ps->n++] = (part){loc, t, skip, 0};
}

static sct_objtype cons_type(const sct_constraint *k)
{
	return k->kind == SCT_CONS_FOREIGN ? SCT_OBJ_FOREIGN_KEY : SCT_OBJ_CONSTRAINT;
}

static void column_parts(sct_arena *a, parts *ps, const sct_column *c)
{
	add_part(a, ps, c->loc, SCT_OBJ_COLUMN, 0);
	for (int j = 0; j < sct_column_constraints(c)->n; j++) {
		const sct_constraint *k = sct_column_constraints(c)->items[j];
		add_part(a, ps, k->loc, cons_type(k), k->skip);
	}
}

static int cmp_part(const void *pa, const void *pb)
{
	const part *a = pa, *b = pb;
	return (a->loc > b->loc) - (a->loc < b->loc);
}

/* The parts of a table or ALTER TABLE statement, by position. */
static void parts_of(sct_arena *a, const sct_stmt *s, parts *ps)
{
	ps->n = 0;
	if (s->kind == SCT_STMT_TABLE) {
		const sct_table *t = s->u.table;
		for (int i = 0; i < t->columns.n; i++)
			column_parts(a, ps, t->columns.items[i]);
		for (int i = 0; i < t->constraints.n; i++) {
			const sct_constraint *k = t->constraints.items[i];
			add_part(a, ps, k->loc, cons_type(k), k->skip);
		}
		for (int i = 0; i < t->indexes.n; i++) {
			const sct_index *x = t->indexes.items[i];
			add_part(a, ps, x->name.loc, SCT_OBJ_INDEX, x->skip);
		}
	} else if (s->kind == SCT_STMT_ALTER_TABLE) {
		const sct_alter_table *at = s->u.alter;
		for (int i = 0; i < at->actions.n; i++) {
			const sct_alter_action *x = at->actions.items[i];
			if (x->kind == SCT_ALTER_ADD_COLUMN && x->column)
				column_parts(a, ps, x->column);
			else if (x->kind == SCT_ALTER_ADD_CONSTRAINT && x->constraint)
				add_part(a, ps, x->loc, cons_type(x->constraint), x->skip || x->constraint->skip);
			else
				add_part(a, ps, x->loc, SCT_OBJ_OTHER, x->skip);
		}
	}
	int sorted = 1; /* mostly they come in source order already */
	for (int i = 1; i < ps->n && sorted; i++)
		sorted = ps->p[i - 1].loc < ps->p[i].loc;
	if (!sorted)
		qsort(ps->p, (size_t)ps->n, sizeof(part), cmp_part);
}

static sct_objtype stmt_type(const sct_stmt *s)
{
	switch (s->kind) {
	case SCT_STMT_SCHEMA: return SCT_OBJ_SCHEMA;
	case SCT_STMT_TABLE: return SCT_OBJ_TABLE;
	case SCT_STMT_INDEX: return SCT_OBJ_INDEX;
	case SCT_STMT_VIEW: return SCT_OBJ_VIEW;
	case SCT_STMT_SEQUENCE: return SCT_OBJ_SEQUENCE;
	case SCT_STMT_SYNONYM: return SCT_OBJ_SYNONYM;
	case SCT_STMT_TYPE: return SCT_OBJ_TYPE;
	case SCT_STMT_COMMENT: return SCT_OBJ_COMMENT;
	case SCT_STMT_ROUTINE:
		switch (s->u.routine->kind) {
		case SCT_ROUTINE_PROCEDURE: return SCT_OBJ_PROCEDURE;
		case SCT_ROUTINE_FUNCTION: return SCT_OBJ_FUNCTION;
		case SCT_ROUTINE_TRIGGER: return SCT_OBJ_TRIGGER;
		default: return SCT_OBJ_PACKAGE;
		}
	default: return SCT_OBJ_OTHER;
	}
}

static const char *qname_text(const sct_qname *q, const char **schema)
{
	if (!q || !q->name.s)
		return "";
	*schema = q->schema.s;
	return q->name.s;
}

const char *sct_report_object_name_parts(const sct_report *r, const sct_report_object *o, const char **schema)
{
	const sct_stmt *s = sct_report_object_stmt(r, o);
	*schema = NULL;
	switch (s->kind) {
	case SCT_STMT_SCHEMA: return s->u.schema->name.s ? s->u.schema->name.s : "";
	case SCT_STMT_TABLE: return qname_text(s->u.table->name, schema);
	case SCT_STMT_ALTER_TABLE: return qname_text(s->u.alter->name, schema);
	case SCT_STMT_INDEX: return s->u.index->name.s ? s->u.index->name.s : "";
	case SCT_STMT_VIEW: return qname_text(s->u.view->name, schema);
	case SCT_STMT_SEQUENCE: return qname_text(s->u.sequence->name, schema);
	case SCT_STMT_SYNONYM: return qname_text(s->u.synonym->name, schema);
	case SCT_STMT_COMMENT: return qname_text(s->u.comment->object, schema);
	case SCT_STMT_TYPE: return qname_text(s->u.type->name, schema);
	case SCT_STMT_ROUTINE: return qname_text(s->u.routine->name, schema);
	case SCT_STMT_OTHER: return s->u.other->verb ? s->u.other->verb : "statement";
	default: return "(statement that does not parse)";
	}
}

const char *sct_report_object_name(const sct_report *r, const sct_report_object *o)
{
	const char *schema, *name = sct_report_object_name_parts(r, o, &schema);
	return schema ? sct_arena_join(r->a, schema, ".", name) : name;
}

/* Count one object of row c with outcome st; worst: highest severity of its own items. */
static void count(sct_objcount *c, sct_status st, int skip, int worst)
{
	c->count++;
	if (skip || st == SCT_STATUS_MANUAL || st == SCT_STATUS_PENDING)
		c->manual++;
	else if (st == SCT_STATUS_SKIPPED)
		c->automatic++;
	else if (worst >= SCT_SEV_WARNING || (st == SCT_STATUS_NOTES && worst < 0))
		c->notes++;
	else
		c->automatic++;
	if (!skip && (st == SCT_STATUS_CONVERTED || st == SCT_STATUS_NOTES))
		c->in_target++;
}

/* The statement's first line (0 without a file) and its number of lines (1 without text). */
static void lines_of(const sct_report *r, const sct_stmt *s, uint32_t *hint, int *line, int *lines)
{
	*line = 0, *lines = 1;
	if (s->file < 0 || s->file >= r->nfiles)
		return;
	const sct_linemap *m = &r->files[s->file].lines;
	int col, last;
	sct_linemap_find_near(m, s->loc, hint, line, &col);
	if (s->end <= s->loc)
		return;
	uint32_t h = *hint;
	sct_linemap_find_near(m, s->end - 1, &h, &last, &col);
	*lines = last - *line + 1;
}

void sct_report_object_lines(const sct_report *r, const sct_report_object *o, uint32_t *hint, int *file, int *line,
			     int *lines)
{
	const sct_stmt *s = sct_report_object_stmt(r, o);
	*file = s->file;
	lines_of(r, s, hint, line, lines);
}

/* The statements' nodes are reached one through the other (the statement, its table or ALTER, the list,
 * its first element, that one's constraint or column), each a cache miss in a big arena: ask for them some
 * statements ahead, each level D statements after the one it reads, so that the loads overlap instead of
 * waiting one after the other (the loop took 15 ms on 58k statements, 6 ms with these). Hints only: they
 * read nothing that the loop does not read.
 * Always inlined: GCC 12 drops the call of a function that only prefetches (it sees no effect). */
static inline __attribute__((always_inline)) void prefetch_ahead(const sct_list *stmts, int i)
{
	enum { D = 3 }; /* statements between one level of the chain and the next (measured: 2..4 do as well) */
	int n = stmts->n;
	if (i + 5 * D < n)
		__builtin_prefetch(stmts->items[i + 5 * D]);
	if (i + 4 * D < n)
		__builtin_prefetch(((const sct_stmt *)stmts->items[i + 4 * D])->u.any);
	if (i + 3 * D < n) {
		const sct_stmt *s = stmts->items[i + 3 * D];
		if (s->kind == SCT_STMT_ALTER_TABLE)
			__builtin_prefetch(s->u.alter->actions.items);
		else if (s->kind == SCT_STMT_TABLE)
			__builtin_prefetch(s->u.table->columns.items);
	}
	if (i + 2 * D < n) {
		const sct_stmt *s = stmts->items[i + 2 * D];
		if (s->kind == SCT_STMT_ALTER_TABLE && s->u.alter->actions.n)
			__builtin_prefetch(s->u.alter->actions.items[0]);
	}
	if (i + D < n) {
		const sct_stmt *s = stmts->items[i + D];
		if (s->kind == SCT_STMT_ALTER_TABLE && s->u.alter->actions.n) {
			const sct_alter_action *x = s->u.alter->actions.items[0];
			__builtin_prefetch(x->constraint ? (const void *)x->constraint : (const void *)x->column);
		}
	}
}

static int cmp_code(const void *pa, const void *pb)
{
	const sct_code_total *a = pa, *b = pb;
	int ta = a->effort + a->learning, tb = b->effort + b->learning;
	if (ta != tb)
		return ta > tb ? -1 : 1;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return strcmp(a->code, b->code);
}

static int cmp_cat(const void *pa, const void *pb)
{
	const sct_category_total *a = pa, *b = pb;
	int ta = a->effort + a->learning, tb = b->effort + b->learning;
	if (ta != tb)
		return ta > tb ? -1 : 1;
	return strcmp(a->category, b->category);
}

/* The action list by code and the effort by category, in one pass over the items, counted by their entry in
 * the report's code list. The order of the arrays before sorting does not matter: their comparisons are
 * total. */
static void totals(sct_report *r)
{
	sct_summary *m = &r->sum;
	sct_code_total *by = calloc((size_t)(r->ncodes ? r->ncodes : 1), sizeof *by); /* a few dozen */
	if (!by) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	for (int j = 0; j < r->items.n; j++) {
		const sct_report_item *it = &r->items.at[j];
		m->sev[it->severity & 3]++;
		m->effort += it->effort;
		sct_code_total *c = &by[it->code];
		c->count++;
		c->effort += it->effort;
		if ((sct_severity)it->severity > c->severity)
			c->severity = (sct_severity)it->severity;
	}
	m->codes = sct_arena_alloc(r->a, sizeof(sct_code_total) * (size_t)(r->ncodes ? r->ncodes : 1));
	for (int k = 0; k < r->ncodes; k++) {
		if (!by[k].count) /* its items were taken back */
			continue;
		sct_code_total *c = &m->codes[m->ncodes++];
		*c = by[k];
		c->code = r->codes[k].code;
		c->info = r->codes[k].info;
		c->category = c->info ? c->info->category : "rule";
		c->learning = sct_report_learning(r, c->code);
		m->learning += c->learning;
	}
	free(by);
	sct_hash cats;
	sct_hash_init(&cats, r->a);
	m->cats = sct_arena_alloc(r->a, sizeof(sct_category_total) * (size_t)(m->ncodes ? m->ncodes : 1));
	for (int i = 0; i < m->ncodes; i++) {
		const sct_code_total *c = &m->codes[i];
		sct_category_total *k = sct_hash_get(&cats, c->category);
		if (!k) {
			k = &m->cats[m->ncats++];
			k->category = c->category;
			sct_hash_put(&cats, c->category, k);
		}
		k->count += c->count;
		k->effort += c->effort;
		k->learning += c->learning;
	}
	if (m->ncodes > 1)
		qsort(m->codes, (size_t)m->ncodes, sizeof(sct_code_total), cmp_code);
	if (m->ncats > 1)
		qsort(m->cats, (size_t)m->ncats, sizeof(sct_category_total), cmp_cat);
}

static sct_complexity level_of(int minutes)
{
	return minutes > SCT_CPLX_SIGNIFICANT_MINUTES ? SCT_CPLX_SIGNIFICANT
	       : minutes >= SCT_CPLX_MEDIUM_MINUTES   ? SCT_CPLX_MEDIUM
						      : SCT_CPLX_SIMPLE;
}

/* The migration as a whole: simple under 2 person-days with no significant object, significant over
 * 10 person-days, medium otherwise. */
static void overall(sct_report *r)
{
	sct_summary *m = &r->sum;
	int total = m->effort + m->learning, manual = 0;
	for (int t = 0; t < SCT_OBJ__COUNT; t++)
		manual += r->summary[t].manual;
	if (total > 10 * 8 * 60)
		m->complexity = SCT_CPLX_SIGNIFICANT;
	else if (total < 2 * 8 * 60 && m->by_complexity[SCT_CPLX_SIGNIFICANT] == 0)
		m->complexity = SCT_CPLX_SIMPLE;
	else
		m->complexity = SCT_CPLX_MEDIUM;
	static const char *const rule[] = {
		"under 2 person-days in total and no object over 6 h",
		"between 2 and 10 person-days in total, or an object over 6 h",
		"over 10 person-days in total",
	};
	m->explanation = sct_arena_printf(
		r->a,
		"%s: %.1f h estimated (%.1f h per occurrence + %.1f h learning for %d distinct code%s), %s. "
		"%d object%s manual work; %d object%s medium (2-6 h) and %d significant (> 6 h).",
		sct_complexity_names[m->complexity], total / 60.0, m->effort / 60.0, m->learning / 60.0, m->ncodes,
		m->ncodes == 1 ? "" : "s", rule[m->complexity], manual, manual == 1 ? " needs" : "s need",
		m->by_complexity[SCT_CPLX_MEDIUM], m->by_complexity[SCT_CPLX_MEDIUM] == 1 ? " is" : "s are",
		m->by_complexity[SCT_CPLX_SIGNIFICANT]);
}

void sct_report_summarize(sct_report *r, const sct_list *stmts)
{
	sct_summary *m = &r->sum;
	memset(m, 0, sizeof *m);
	memset(r->summary, 0, sizeof r->summary);
	r->statements = stmts->n;
	sct_item_index index, *x = &index;
	sct_item_index_build(x, r);
	m->objects = sct_arena_alloc(r->a, sizeof(sct_report_object) * (size_t)(stmts->n ? stmts->n : 1));
	m->stmts = stmts;
	parts ps = {0};
	uint32_t hint = 0; /* statements are in source order: line lookups start at the last one */
	for (int i = 0; i < stmts->n; i++) {
		const sct_stmt *s = stmts->items[i];
		prefetch_ahead(stmts, i);
		sct_report_object *o = &m->objects[m->nobjects++];
		int line, lines;
		lines_of(r, s, &hint, &line, &lines);
		if (s->status == SCT_STATUS_MANUAL)
			m->manual_statements++;
		parts_of(r->a, s, &ps);
		sct_objtype type = stmt_type(s);
		if (s->kind == SCT_STMT_ALTER_TABLE)
			type = ps.n ? ps.p[0].type : SCT_OBJ_OTHER;
		o->type = (unsigned char)type;
		/* the items in the statement (a P001 may point just past its last token) */
		sct_loc end = s->end;
		if (s->kind == SCT_STMT_UNPARSED && s->error_loc >= end)
			end = s->error_loc + 1;
		int first, k = sct_item_index_range(x, s->file, s->loc, end, &first);
		for (int j = first; j < first + k; j++) {
			sct_item_ref *f = &x->refs[j];
			if (f->owner)
				continue; /* already counted with an enclosing statement */
			f->owner = i + 1;
			const sct_report_item *it = &r->items.at[f->seq];
			o->items++;
			o->effort += it->effort;
			if (it->severity > o->max_severity)
				o->max_severity = (unsigned char)it->severity;
			/* the part it lies in: the last one starting at or before it; else the statement itself */
			int lo = 0, hi = ps.n;
			while (lo < hi) {
				int mid = (lo + hi) / 2;
				if (ps.p[mid].loc <= f->loc)
					lo = mid + 1;
				else
					hi = mid;
			}
			sct_objtype row = type;
			if (lo > 0) {
				part *p = &ps.p[lo - 1];
				row = p->type;
				if ((int)it->severity > p->worst)
					p->worst = (int)it->severity;
			}
			r->summary[row].items++;
			r->summary[row].effort += it->effort;
		}
		sct_complexity cx = level_of(o->effort);
		o->complexity = (unsigned char)cx;
		m->by_complexity[cx]++;
		/* the statement's own object (an ALTER TABLE is only its parts); then its parts */
		sct_objcount *row = &r->summary[type];
		row->lines += lines;
		if (s->kind != SCT_STMT_ALTER_TABLE)
			count(row, s->status, 0, -1);
		for (int j = 0; j < ps.n; j++)
			count(&r->summary[ps.p[j].type], s->status, ps.p[j].skip, ps.p[j].worst);
	}
	/* the items by position, for sct_report_sort: the index itself is given back */
	free(r->by_pos);
	r->by_pos = malloc(sizeof(int) * (size_t)(x->n ? x->n : 1));
	if (!r->by_pos) {
		fputs("sctconv: out of memory\n", stderr);
		abort();
	}
	r->nby_pos = x->n;
	for (int j = 0; j < x->n; j++) {
		r->by_pos[j] = x->refs[j].seq;
		if (!x->refs[j].owner) {
			m->unowned++;
			r->summary[SCT_OBJ_OTHER].items++;
			r->summary[SCT_OBJ_OTHER].effort += r->items.at[x->refs[j].seq].effort;
		}
	}
	sct_item_index_free(x);
	for (int i = 0; i < r->nfiles; i++)
		m->lines += r->files[i].len ? (int)r->files[i].lines.nlines : 0;
	for (int t = 0; t < SCT_OBJ__COUNT; t++) {
		const sct_objcount *c = &r->summary[t];
		sct_rate *rt = sct_objtype_is_storage(t) ? &m->storage : sct_objtype_is_code(t) ? &m->code : NULL;
		if (!rt)
			continue;
		rt->count += c->count;
		rt->automatic += c->automatic;
		rt->converted += c->automatic + c->notes;
	}
	totals(r);
	overall(r);
}
