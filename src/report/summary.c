/* summary.c - the assessment derived from the converted statements and the items: objects per type with
 * their outcome, items and effort rolled up to them, conversion rates, complexity and the action list.
 * Every item is attributed to exactly one row (the object it lies in), so the rows add up to the totals. */
#include "report.h"
#include "util/hash.h"
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
	for (int j = 0; j < c->constraints.n; j++) {
		const sct_constraint *k = c->constraints.items[j];
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
	if (ps->n > 1)
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

static const char *qname_text(sct_arena *a, const sct_qname *q)
{
	if (!q || !q->name.s)
		return "";
	return q->schema.s ? sct_arena_join(a, q->schema.s, ".", q->name.s) : q->name.s;
}

static const char *stmt_name(sct_arena *a, const sct_stmt *s)
{
	switch (s->kind) {
	case SCT_STMT_SCHEMA: return s->u.schema->name.s ? s->u.schema->name.s : "";
	case SCT_STMT_TABLE: return qname_text(a, s->u.table->name);
	case SCT_STMT_ALTER_TABLE: return qname_text(a, s->u.alter->name);
	case SCT_STMT_INDEX: return s->u.index->name.s ? s->u.index->name.s : "";
	case SCT_STMT_VIEW: return qname_text(a, s->u.view->name);
	case SCT_STMT_SEQUENCE: return qname_text(a, s->u.sequence->name);
	case SCT_STMT_SYNONYM: return qname_text(a, s->u.synonym->name);
	case SCT_STMT_COMMENT: return qname_text(a, s->u.comment->object);
	case SCT_STMT_TYPE: return qname_text(a, s->u.type->name);
	case SCT_STMT_ROUTINE: return qname_text(a, s->u.routine->name);
	case SCT_STMT_OTHER: return s->u.other->verb ? s->u.other->verb : "statement";
	default: return "(statement that does not parse)";
	}
}

const char *sct_report_object_name(const sct_report *r, const sct_report_object *o)
{
	return stmt_name(r->a, o->stmt);
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

static int lines_of(const sct_report *r, const sct_stmt *s, uint32_t *hint)
{
	if (s->file < 0 || s->file >= r->nfiles || s->end <= s->loc)
		return 1;
	const sct_report_file *f = &r->files[s->file];
	int l0, c0, l1, c1;
	uint32_t h0 = *hint;
	sct_linemap_find_near(&f->lines, s->loc, &h0, &l0, &c0);
	sct_linemap_find_near(&f->lines, s->end - 1, hint, &l1, &c1);
	return l1 - l0 + 1;
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

/* The action list by code and the effort by category. */
static void totals(sct_report *r)
{
	sct_summary *m = &r->sum;
	int n = r->items.n, distinct = 0;
	sct_hash codes, cats, seen;
	sct_hash_init(&codes, r->a);
	sct_hash_init(&cats, r->a);
	sct_hash_init(&seen, r->a);
	for (int i = 0; i < n; i++) { /* the arrays hold one entry per distinct code, not per item */
		const sct_item *it = r->items.items[i];
		if (!sct_hash_get(&seen, it->code)) {
			sct_hash_put(&seen, it->code, (void *)it);
			distinct++;
		}
	}
	m->codes = sct_arena_alloc(r->a, sizeof(sct_code_total) * (size_t)(distinct ? distinct : 1));
	m->cats = sct_arena_alloc(r->a, sizeof(sct_category_total) * (size_t)(distinct ? distinct : 1));
	for (int i = 0; i < n; i++) {
		const sct_item *it = r->items.items[i];
		m->sev[it->severity & 3]++;
		m->effort += it->effort_minutes;
		sct_code_total *c = sct_hash_get(&codes, it->code);
		if (!c) {
			c = &m->codes[m->ncodes++];
			c->code = it->code;
			c->info = sct_code_find(it->code);
			c->category = c->info ? c->info->category : it->category;
			c->learning = sct_report_learning(r, it->code);
			m->learning += c->learning;
			sct_hash_put(&codes, it->code, c);
		}
		c->count++;
		c->effort += it->effort_minutes;
		if (it->severity > c->severity)
			c->severity = it->severity;
	}
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
	sct_item_index x;
	sct_item_index_build(&x, r->a, r);
	m->objects = sct_arena_alloc(r->a, sizeof(sct_report_object) * (size_t)(stmts->n ? stmts->n : 1));
	parts ps = {0};
	uint32_t hint = 0; /* statements are in source order: line lookups start at the last one */
	for (int i = 0; i < stmts->n; i++) {
		const sct_stmt *s = stmts->items[i];
		sct_report_object *o = &m->objects[m->nobjects++];
		o->stmt = s;
		o->file = s->file;
		uint32_t h0 = hint;
		o->lines = lines_of(r, s, &hint);
		if (s->file >= 0 && s->file < r->nfiles) {
			int col;
			sct_linemap_find_near(&r->files[s->file].lines, s->loc, &h0, &o->line, &col);
		}
		parts_of(r->a, s, &ps);
		o->type = stmt_type(s);
		if (s->kind == SCT_STMT_ALTER_TABLE)
			o->type = ps.n ? ps.p[0].type : SCT_OBJ_OTHER;
		/* the items in the statement (a P001 may point just past its last token) */
		sct_loc end = s->end;
		if (s->kind == SCT_STMT_UNPARSED && s->error_loc >= end)
			end = s->error_loc + 1;
		int first, k = sct_item_index_range(&x, s->file, s->loc, end, &first);
		for (int j = first; j < first + k; j++) {
			sct_item_ref *f = &x.refs[j];
			if (f->owner)
				continue; /* already counted with an enclosing statement */
			f->owner = i + 1;
			const sct_item *it = f->item;
			o->items++;
			o->effort += it->effort_minutes;
			if ((int)it->severity > o->max_severity)
				o->max_severity = (int)it->severity;
			/* the part it lies in: the last one starting at or before it; else the statement itself */
			int lo = 0, hi = ps.n;
			while (lo < hi) {
				int mid = (lo + hi) / 2;
				if (ps.p[mid].loc <= f->loc)
					lo = mid + 1;
				else
					hi = mid;
			}
			sct_objtype row = o->type;
			if (lo > 0) {
				part *p = &ps.p[lo - 1];
				row = p->type;
				if ((int)it->severity > p->worst)
					p->worst = (int)it->severity;
			}
			r->summary[row].items++;
			r->summary[row].effort += it->effort_minutes;
		}
		o->complexity = level_of(o->effort);
		m->by_complexity[o->complexity]++;
		/* the statement's own object (an ALTER TABLE is only its parts); then its parts */
		sct_objcount *row = &r->summary[o->type];
		row->lines += o->lines;
		if (s->kind != SCT_STMT_ALTER_TABLE)
			count(row, s->status, 0, -1);
		for (int j = 0; j < ps.n; j++)
			count(&r->summary[ps.p[j].type], s->status, ps.p[j].skip, ps.p[j].worst);
	}
	for (int j = 0; j < x.n; j++)
		if (!x.refs[j].owner) {
			m->unowned++;
			r->summary[SCT_OBJ_OTHER].items++;
			r->summary[SCT_OBJ_OTHER].effort += x.refs[j].item->effort_minutes;
		}
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
