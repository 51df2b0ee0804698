/* convert.c - the conversion driver: builds the catalog of the input, converts each statement in place,
 * decides what is emitted and what is carried for a person, and orders views by dependency. */
#include "convert.h"
#include "code.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *qstr(sct_conv *cv, const sct_qname *q)
{
	if (!q)
		return "";
	if (q->schema.s && (q->schema.s != cv->qstr_schema || q->name.s != cv->qstr_name)) {
		cv->qstr_schema = q->schema.s;
		cv->qstr_name = q->name.s;
		cv->qstr_text = sct_arena_join(cv->a, q->schema.s, ".", q->name.s ? q->name.s : "");
	}
	if (q->schema.s)
		return cv->qstr_text;
	return q->name.s ? q->name.s : "";
}

static void set_ctx(sct_conv *cv, sct_stmt *s, const char *object, const char *objtype)
{
	cv->cur = s;
	cv->cur_object = object;
	cv->cur_objtype = objtype;
}

/* ---------- pass 1: the catalog ---------- */

static void reg(sct_conv *cv, sct_objkind k, sct_qname *q, sct_stmt *s, int emitted)
{
	if (!q || !q->name.s)
		return;
	if (k == SCT_K_TABLE || k == SCT_K_VIEW || k == SCT_K_SEQUENCE || k == SCT_K_SYNONYM) {
		cv->quiet = 1;
		const char *schema = sct_conv_map_schema(cv, sct_conv_name(cv, q->schema.s ? q->schema.s : cv->default_schema, q->loc));
		sct_conv_reserve_rel(cv, schema, sct_conv_name(cv, q->name.s, q->loc), s);
		cv->quiet = 0;
	}
	sct_object *o = SCT_NEW(cv->a, sct_object);
	o->kind = k;
	o->key = sct_conv_key(cv, q);
	o->stmt = s;
	o->name = q;
	o->emitted = emitted;
	if (k == SCT_K_TYPE)
		cv->ntypes++;
	sct_hash_put(&cv->objects, o->key, o);
}

/* A statement, its node, and for a table or ALTER TABLE the first of its columns or actions, asked for ahead of
 * the pass that reads them (each a cache miss in a big arena, 100 MB input: the loads overlap instead of waiting
 * one after the other; as emit/postgres.c and report/summary.c do). kinds: NULL when not yet known. Hints only.
 * Always inlined: GCC drops the call of a function that only prefetches. */
static inline __attribute__((always_inline)) void prefetch_ahead(const sct_list *st, const unsigned char *kinds, int i)
{
	enum { D = 3 };
	int n = st->n;
	if (i + 4 * D < n)
		__builtin_prefetch(st->items[i + 4 * D]);
	if (i + 3 * D < n)
		__builtin_prefetch(((const sct_stmt *)st->items[i + 3 * D])->u.any);
	if (!kinds)
		return;
	if (i + 2 * D < n && (kinds[i + 2 * D] == SCT_STMT_TABLE || kinds[i + 2 * D] == SCT_STMT_ALTER_TABLE)) {
		const sct_stmt *s = st->items[i + 2 * D];
		__builtin_prefetch(kinds[i + 2 * D] == SCT_STMT_ALTER_TABLE ? s->u.alter->actions.items : s->u.table->columns.items);
	}
	if (i + D < n && (kinds[i + D] == SCT_STMT_TABLE || kinds[i + D] == SCT_STMT_ALTER_TABLE)) {
		const sct_stmt *s = st->items[i + D];
		const sct_list *l = kinds[i + D] == SCT_STMT_ALTER_TABLE ? &s->u.alter->actions : &s->u.table->columns;
		if (l->n)
			__builtin_prefetch(l->items[0]);
	}
}

static void register_objects(sct_conv *cv)
{
	cv->kinds = sct_arena_alloc(cv->a, (size_t)cv->stmts->n + 1);
	cv->fk_marks = sct_arena_alloc(cv->a, (size_t)cv->stmts->n + 1); /* zeroed: set as statements are converted */
	for (int i = 0; i < cv->stmts->n; i++) {
		prefetch_ahead(cv->stmts, NULL, i);
		sct_stmt *s = cv->stmts->items[i];
		cv->kinds[i] = (unsigned char)s->kind; /* kinds do not change */
		switch (s->kind) {
		case SCT_STMT_TABLE: reg(cv, SCT_K_TABLE, s->u.table->name, s, 1); break;
		case SCT_STMT_VIEW: reg(cv, SCT_K_VIEW, s->u.view->name, s, 1); break;
		case SCT_STMT_SEQUENCE: reg(cv, SCT_K_SEQUENCE, s->u.sequence->name, s, 1); break;
		case SCT_STMT_TYPE: reg(cv, SCT_K_TYPE, s->u.type->name, s, 0); break;
		case SCT_STMT_SYNONYM: reg(cv, SCT_K_SYNONYM, s->u.synonym->name, s, 1); break;
		case SCT_STMT_ROUTINE: /* a DDL trigger's name is not in a schema: it names no object */
			if (!(s->u.routine->trigger_events & SCT_TRIG_DDL))
				reg(cv, SCT_K_ROUTINE, s->u.routine->name, s, 0);
			break;
		case SCT_STMT_ALTER_TABLE:
			for (int j = 0; j < s->u.alter->actions.n; j++)
				if (((sct_alter_action *)s->u.alter->actions.items[j])->kind == SCT_ALTER_DROP_CONSTRAINT)
					cv->drops_constraints = 1;
			break;
		default: break;
		}
	}
}

static sct_object *lookup(sct_conv *cv, const sct_qname *q)
{
	if (!q)
		return NULL;
	/* the catalog is complete before the first lookup (register_objects): a recent answer stays right */
	size_t at = ((uintptr_t)q->name.s >> 3) % (sizeof cv->look / sizeof cv->look[0]);
	if (!cv->look[at].valid || q->schema.s != cv->look[at].schema || q->name.s != cv->look[at].name) {
		char buf[256];
		cv->look[at].valid = 1;
		cv->look[at].schema = q->schema.s;
		cv->look[at].name = q->name.s;
		cv->look[at].obj = sct_hash_get(&cv->objects, sct_conv_key_in(cv, q, buf, sizeof buf));
	}
	return cv->look[at].obj;
}

/* ---------- columns and constraints ---------- */

typedef struct table_notes {
	int collations, attributes, options;
	const char *option_names;
	size_t names_len;         /* strlen(option_names) */
	char names_buf[256];      /* option_names grows here while it fits: no arena copy per name */
} table_notes;

/* Empty notes; names_buf is written before it is read (not zeroed: one per table and ALTER TABLE). */
static void notes_start(table_notes *tn)
{
	tn->collations = tn->attributes = tn->options = 0;
	tn->option_names = NULL;
	tn->names_len = 0;
}

/* option_names ", " name: in names_buf when it fits, else a new arena string. */
static void append_option_name(sct_conv *cv, table_notes *tn, const char *name)
{
	size_t n = tn->names_len, m = strlen(name);
	tn->names_len = n + 2 + m;
	if (n + 2 + m >= sizeof tn->names_buf) {
		tn->option_names = sct_arena_join(cv->a, tn->option_names, ", ", name);
		return;
	}
	if (tn->option_names != tn->names_buf)
		memcpy(tn->names_buf, tn->option_names, n);
	memcpy(tn->names_buf + n, ", ", 2);
	memcpy(tn->names_buf + n + 2, name, m + 1);
	tn->option_names = tn->names_buf;
}

static __attribute__((noinline)) void note_option_list(sct_conv *cv, table_notes *tn, const sct_list *opts)
{
	for (int i = 0; i < opts->n; i++) {
		const sct_option *o = opts->items[i];
		if (!o->name || (o->name[0] == 'u' && !strcmp(o->name, "using index"))) /* Oracle USING INDEX: keyindex.c */
			continue;
		/* the default filegroup is no information (first bytes first: every option of every index) */
		int c0 = o->name[0] | 0x20;
		if ((c0 == 'f' || c0 == 'o') && o->value && ((o->value[0] | 0x20) == 'p' || o->value[0] == '[') &&
		    (!strcasecmp(o->name, "filegroup") || !strcasecmp(o->name, "on")) &&
		    (!strcasecmp(o->value, "primary") || !strcasecmp(o->value, "[primary]")))
			continue;
		tn->options++;
		if (!tn->option_names) {
			tn->option_names = o->name;
			tn->names_len = strlen(o->name);
		} else if (tn->names_len < 200 && !strstr(tn->option_names, o->name))
			append_option_name(cv, tn, o->name);
	}
}

/* Inline: most columns and constraints have no options. */
static inline void note_options(sct_conv *cv, table_notes *tn, const sct_list *opts)
{
	if (opts->n)
		note_option_list(cv, tn, opts);
}

static const char *class_type(sct_tclass c)
{
	switch (c) {
	case SCT_TC_NUMBER: return "numeric";
	case SCT_TC_BOOL: return "boolean";
	case SCT_TC_DATE: return "timestamp";
	case SCT_TC_BINARY: return "bytea";
	default: return "text";
	}
}

static int refers_computed(const sct_expr *e, const sct_table *t)
{
	if (!e)
		return 0;
	if (e->kind == SCT_E_COL && e->name && e->name->name.s)
		for (int i = 0; i < t->columns.n; i++) {
			const sct_column *c = t->columns.items[i];
			if (sct_column_computed(c) && c->name.s && sct_conv_same_name(c->name.s, e->name->name.s))
				return 1;
		}
	if (refers_computed(e->a, t) || refers_computed(e->b, t) || refers_computed(sct_expr_c(e), t))
		return 1;
	for (int i = 0; i < e->args.n; i++) {
		if (e->kind == SCT_E_CASE) {
			const sct_when *w = e->args.items[i];
			if (refers_computed(w->cond, t) || refers_computed(w->result, t))
				return 1;
		} else if (refers_computed(e->args.items[i], t)) {
			return 1;
		}
	}
	return 0;
}

static void conv_constraint(sct_conv *cv, sct_table *t, sct_constraint *k, sct_column *col, const char *schema,
			    table_notes *tn);
static int beyond_bigint(const char *v);

static void conv_column(sct_conv *cv, sct_table *t, sct_column *c, const char *tname, table_notes *tn,
			const char *schema)
{
	const char *tx = tname ? tname : "(null)", *cx = c->name.s ? c->name.s : "?";
	if (tx != cv->obj_table || tx == cv->obj_buf) { /* a table's texts do not change: its next column reuses these */
		cv->obj_table = tx;
		cv->obj_ntable = strlen(tx);
		cv->obj_prefix = 0;
	}
	size_t ntx = cv->obj_ntable, ncx = strlen(cx);
	const char *obj;
	if (cv->cur_object != cv->obj_buf && ntx + ncx + 2 <= sizeof cv->obj_buf) { /* no arena copy per column */
		if (!cv->obj_prefix) {
			memcpy(cv->obj_buf, tx, ntx);
			cv->obj_buf[ntx] = '.';
			cv->obj_prefix = 1;
		}
		memcpy(cv->obj_buf + ntx + 1, cx, ncx + 1);
		obj = cv->obj_buf;
	} else {
		obj = sct_arena_join(cv->a, tx, ".", cx);
	}
	const char *saved = cv->cur_object;
	cv->cur_object = obj;
	sct_scope sc = {0};
	sc.table = t;
	sct_tclass cls = SCT_TC_UNKNOWN;
	if (c->type) {
		int nullable = c->nullable; /* a bit-field (ast.h): no address */
		const sct_type *base = sct_conv_resolve_alias(cv, c->type, &nullable);
		c->nullable = nullable;
		(void)base;
		cls = sct_conv_tclass(cv, c->type);
		cv->cur_column = c->name.s;
		sct_conv_type(cv, c->type, obj);
		cv->cur_column = NULL;
	}
	sct_identity *id = sct_column_identity(c);
	if (id) {
		const char *huge = id->seed && beyond_bigint(id->seed) ? id->seed
				   : id->increment && beyond_bigint(id->increment) ? id->increment
				   : NULL;
		if (!c->type) {
			c->more->identity = NULL;
		} else if (huge) { /* decimal(38,0) IDENTITY(99999999999999999999999999999, 1): no clamping */
			sct_conv_itemf(cv, "T004", id->loc, "IDENTITY of %s: %s %s is beyond bigint: column "
				       "created without identity, as %s", obj, huge == id->seed ? "seed" : "increment",
				       huge, c->type->out ? c->type->out : c->type->name);
			c->more->identity = NULL;
			if (c->nullable < 0)
				c->nullable = 0; /* an identity column is NOT NULL */
		} else if (!sct_conv_is_int_type(c->type->out)) {
			sct_conv_itemf(cv, "T002", c->loc, "identity column %s of type %s made bigint", obj,
				       c->type->name);
			c->type->out = "bigint";
		}
		if (c->flags & SCT_COLF_NOT_FOR_REPLICATION)
			sct_conv_item(cv, "K004", c->loc, NULL);
	}
	if (c->flags & SCT_COLF_DEFAULT_ON_NULL) {
		sct_conv_itemf(cv, "K045", c->loc, "DEFAULT ON NULL of %s: an explicit NULL is not replaced by the default", obj);
		if (c->nullable < 0)
			c->nullable = 0; /* Oracle makes such a column NOT NULL */
	}
	if (c->def) {
		sct_expr *d = c->def;
		if (cls == SCT_TC_BOOL)
			d = sct_conv_bool_literal(cv, d);
		sc.failed = NULL;
		sct_expr *x = sct_conv_expr(cv, &sc, d);
		if (!x)
			sct_conv_itemf(cv, "K006", c->def->loc, "default of %s dropped: %s", obj, sc.failed ? sc.failed : "");
		c->def = x;
	}
	sct_expr *comp = sct_column_computed(c);
	if (comp) {
		sc.failed = NULL;
		sct_tclass ccls = sct_conv_expr_class(cv, &sc, comp);
		int refc = refers_computed(comp, t);
		sct_expr *x = sct_conv_expr(cv, &sc, comp);
		const char *why = NULL;
		if (!x)
			why = sc.failed ? sc.failed : "expression not convertible";
		else if (refc)
			why = "it refers to another computed column";
		else if (!sct_conv_immutable(x))
			why = "its expression is not immutable in the target";
		else if (cv->family == SCT_FAMILY_POSTGRES && cv->version && cv->version < 12000000)
			why = "generated columns need PostgreSQL 12";
		if (why) {
			sct_conv_itemf(cv, "K007", c->loc, "computed column %s created as a plain %s column: %s", obj,
				       class_type(ccls), why);
			c->more->computed = NULL;
			if (!c->type) {
				sct_type *ty = SCT_NEW(cv->a, sct_type);
				ty->loc = c->loc;
				ty->name = class_type(ccls);
				ty->out = class_type(ccls);
				c->type = ty;
			}
		} else {
			c->more->computed = x;
			if (!(c->flags & SCT_COLF_PERSISTED) && cv->family != SCT_FAMILY_MYSQL) { /* MySQL: VIRTUAL */
				const char *args[] = {obj}; /* one per computed column: the message is made when read */
				sct_conv_item_later(cv, "K008", c->loc, "computed column %s is stored", 1, args);
			}
			if (!c->type) {
				sct_type *ty = SCT_NEW(cv->a, sct_type);
				ty->loc = c->loc;
				ty->name = class_type(ccls);
				/* a CAST (GetLevel() of hierarchyid.c: smallint) or a typed template (spatial.c) gives its type */
				ty->out = (x->kind == SCT_E_CAST || x->kind == SCT_E_TEMPLATE) && sct_expr_type(x) && sct_expr_type(x)->out
					? sct_expr_type(x)->out : ccls == SCT_TC_NUMBER ? "numeric" : class_type(ccls);
				c->type = ty;
			}
		}
	}
	if (sct_column_collation(c))
		tn->collations++;
	if (c->flags & (SCT_COLF_ROWGUIDCOL | SCT_COLF_SPARSE | SCT_COLF_FILESTREAM | SCT_COLF_HIDDEN))
		tn->attributes++;
	if (c->flags & (SCT_COLF_MASKED | SCT_COLF_ENCRYPTED))
		sct_conv_itemf(cv, "K017", c->loc, "column %s", obj);
	note_options(cv, tn, sct_column_options(c));
	for (int i = 0; i < sct_column_constraints(c)->n; i++)
		conv_constraint(cv, t, sct_column_constraints(c)->items[i], c, schema, tn);
	sct_conv_ident(cv, &c->name);
	cv->cur_object = saved;
}

static void conv_constraint(sct_conv *cv, sct_table *t, sct_constraint *k, sct_column *col, const char *schema,
			    table_notes *tn)
{
	sct_scope sc = {0};
	sc.table = t;
	note_options(cv, tn, sct_constraint_options(k));
	if (k->flags & SCT_CF_NOT_FOR_REPLICATION)
		sct_conv_item(cv, "K004", k->loc, NULL);
	if (k->flags & SCT_CF_DISABLED)
		sct_conv_itemf(cv, "K003", k->loc, "constraint %s is DISABLE in the source", k->name.s ? k->name.s : "");
	if (k->kind == SCT_CONS_CHECK && (k->flags & SCT_CF_DEFERRABLE)) {
		sct_conv_itemf(cv, "K003", k->loc, "check constraint %s: PostgreSQL checks are never deferrable: checked at once",
			       k->name.s ? k->name.s : "");
		k->flags &= ~(unsigned)(SCT_CF_DEFERRABLE | SCT_CF_INITIALLY_DEFERRED);
	}
	switch (k->kind) {
	case SCT_CONS_PRIMARY:
	case SCT_CONS_UNIQUE: {
		const char *using = sct_conv_using_index(k);
		if (using && using[0] == '(')
			sct_conv_itemf(cv, "K047", k->loc, "USING INDEX (CREATE INDEX ...) of %s: the key's own index is created, "
				       "named %s", k->name.s ? k->name.s : "the key",
				       cv->family == SCT_FAMILY_MYSQL && k->kind == SCT_CONS_PRIMARY ? "PRIMARY"
				       : k->name.s ? "like the constraint" : "by the target");
		break;
	}
	case SCT_CONS_FOREIGN: {
		sct_object *o = lookup(cv, sct_constraint_ref_table(k));
		if (!o || o->kind != SCT_K_TABLE || !o->emitted) {
			sct_conv_itemf(cv, "K014", k->loc, "foreign key %s refers to '%s', which is %s", k->name.s ? k->name.s : "",
				       qstr(cv, sct_constraint_ref_table(k)), o ? "not converted" : "not defined in the input");
			k->skip = 1;
			return;
		}
		sct_constraint_more *ref = sct_constraint_more_of(cv->a, k);
		/* the table's own name node, o->stmt->u.table->name: follows a rename of the table, and is converted with
		 * its table, once (converted here again, a --schema-map chain a=b, b=c put the table in c) */
		ref->ref_table = o->name;
		for (int i = 0; i < ref->ref_columns.n; i++)
			sct_conv_ident(cv, ref->ref_columns.items[i]);
		if (k->flags & SCT_CF_NOCHECK)
			sct_conv_item(cv, "K002", k->loc, NULL);
		break;
	}
	case SCT_CONS_CHECK: {
		sct_expr *x = sct_conv_expr(cv, &sc, k->expr);
		if (!x) {
			sct_conv_itemf(cv, "K005", k->loc, "check constraint %s dropped: %s", k->name.s ? k->name.s : "",
				       sc.failed ? sc.failed : "");
			k->skip = 1;
			return;
		}
		k->expr = x;
		if (k->flags & SCT_CF_NOCHECK)
			sct_conv_item(cv, "K002", k->loc, NULL);
		break;
	}
	case SCT_CONS_DEFAULT: {
		sct_column *target = NULL;
		const char *cname = k->columns.n ? ((sct_index_col *)k->columns.items[0])->name.s : NULL;
		size_t ncname = cname ? strlen(cname) : 0;
		for (int i = t->columns.n - 1; cname && i >= 0 && !target; i--) { /* the last of that name */
			sct_column *c = t->columns.items[i];
			if (c->name.s && sct_conv_same_name_n(c->name.s, cname, ncname))
				target = c;
		}
		sct_expr *d = k->expr;
		if (target && target->type && sct_conv_tclass(cv, target->type) == SCT_TC_BOOL)
			d = sct_conv_bool_literal(cv, d);
		sct_expr *x = sct_conv_expr(cv, &sc, d);
		if (!x) {
			sct_conv_itemf(cv, "K006", k->loc, "default for %s dropped: %s", cname ? cname : "?",
				       sc.failed ? sc.failed : "");
			k->skip = 1;
			return;
		}
		k->expr = x;
		break;
	}
	}
	(void)col;
	for (int i = 0; i < k->columns.n; i++) {
		sct_index_col *ic = k->columns.items[i];
		sct_conv_ident(cv, &ic->name);
	}
	if (k->name.s) {
		sct_conv_ident(cv, &k->name);
		/* for a later DROP CONSTRAINT, which names it as the source does */
		if (cv->drops_constraints)
			sct_hash_put(&cv->connames, sct_arena_printf(cv->a, "%s.%s.%s", schema ? schema : "", t->name->name.s, k->name.s), k);
		if (k->kind == SCT_CONS_PRIMARY || k->kind == SCT_CONS_UNIQUE)
			k->name.s = sct_conv_unique_rel(cv, schema, k->name.s, k->loc, k);
	}
}

static void conv_index_body(sct_conv *cv, sct_index *x, sct_table *t, const char *schema, table_notes *tn,
			    int *manual)
{
	sct_scope sc = {0};
	sc.table = t;
	if (x->flags & (SCT_IDXF_COLUMNSTORE | SCT_IDXF_XML | SCT_IDXF_SPATIAL | SCT_IDXF_FULLTEXT)) {
		const char *what = (x->flags & SCT_IDXF_COLUMNSTORE) ? "columnstore" : (x->flags & SCT_IDXF_XML) ? "XML"
				   : (x->flags & SCT_IDXF_SPATIAL) ? "spatial" : "full-text";
		sct_conv_itemf(cv, "K011", x->name.loc, "%s index %s not created", what, x->name.s ? x->name.s : "");
		x->skip = 1;
		*manual = 1;
		return;
	}
	if (x->flags & SCT_IDXF_CLUSTERED)
		sct_conv_itemf(cv, "K012", x->name.loc, "clustered index %s", x->name.s ? x->name.s : "");
	for (int i = 0; i < x->columns.n; i++) {
		sct_index_col *ic = x->columns.items[i];
		if (ic->expr) {
			sct_expr *e = sct_conv_expr(cv, &sc, ic->expr);
			if (!e || !sct_conv_immutable(e)) {
				sct_conv_itemf(cv, "K011", ic->loc, "index expression of %s not convertible",
					       x->name.s ? x->name.s : "");
				x->skip = 1;
				*manual = 1;
				return;
			}
			ic->expr = e;
		}
		sct_conv_ident(cv, &ic->name);
	}
	if (x->include.n && cv->family == SCT_FAMILY_POSTGRES && cv->version && cv->version < 11000000) {
		sct_conv_itemf(cv, "K001", x->name.loc, "INCLUDE columns of %s dropped: they need PostgreSQL 11",
			       x->name.s ? x->name.s : "");
		x->include.n = 0;
	}
	for (int i = 0; i < x->include.n; i++)
		sct_conv_ident(cv, x->include.items[i]);
	if (x->where) {
		sct_expr *e = sct_conv_expr(cv, &sc, x->where);
		if (!e) {
			sct_conv_itemf(cv, "K011", x->where->loc, "filter of index %s not convertible",
				       x->name.s ? x->name.s : "");
			x->skip = 1;
			*manual = 1;
			return;
		}
		x->where = e;
	}
	note_options(cv, tn, &x->options);
	sct_conv_ident(cv, &x->name);
	if (!x->name.s)
		x->name.s = sct_arena_printf(cv->a, "%s_idx", t && t->name ? t->name->name.s : "ix");
	x->name.s = sct_conv_unique_rel(cv, schema, x->name.s, x->name.loc, x);
}

static void flush_notes(sct_conv *cv, const table_notes *tn, sct_loc loc)
{
	if (tn->collations)
		sct_conv_itemf(cv, "K015", loc, "COLLATE dropped on %d column(s)", tn->collations);
	if (tn->attributes)
		sct_conv_itemf(cv, "K013", loc, "ROWGUIDCOL/SPARSE/FILESTREAM/HIDDEN dropped on %d column(s)",
			       tn->attributes);
	if (tn->options)
		sct_conv_itemf(cv, "K001", loc, "dropped: %s", tn->option_names);
}

/* ---------- statements ---------- */

static int conv_table(sct_conv *cv, sct_stmt *s)
{
	sct_table *t = s->u.table;
	const char *src = qstr(cv, t->name);
	set_ctx(cv, s, src, "table");
	sct_conv_qname(cv, t->name);
	sct_conv_use_schema(cv, t->name->schema.s);
	t->name->name.s = sct_conv_unique_rel(cv, t->name->schema.s, t->name->name.s, t->name->loc, s);
	cv->cur_object = qstr(cv, t->name);
	if ((t->flags & SCT_TABF_TEMPORARY) && sct_conv_oracle(cv)) {
		/* an Oracle global temporary table is a permanent definition with session-private rows */
		sct_conv_itemf(cv, "K040", s->loc, "global temporary table %s created as a regular table", cv->cur_object);
		t->flags &= ~(unsigned)SCT_TABF_TEMPORARY;
	}
	table_notes tn;
	notes_start(&tn);
	note_options(cv, &tn, &t->options);
	for (int i = 0; i < t->columns.n; i++) {
		if (i + 2 < t->columns.n) /* the column after next, and the next one's name and type: hints */
			__builtin_prefetch(t->columns.items[i + 2]);
		if (i + 1 < t->columns.n) {
			const sct_column *next = t->columns.items[i + 1];
			__builtin_prefetch(next->name.s);
			__builtin_prefetch(next->type);
		}
		conv_column(cv, t, t->columns.items[i], cv->cur_object, &tn, t->name->schema.s);
	}
	for (int i = 0; i < t->constraints.n; i++)
		conv_constraint(cv, t, t->constraints.items[i], NULL, t->name->schema.s, &tn);
	int manual = 0;
	for (int i = 0; i < t->indexes.n; i++)
		conv_index_body(cv, t->indexes.items[i], t, t->name->schema.s, &tn, &manual);
	if (t->flags & SCT_TABF_TEMPORAL)
		sct_conv_itemf(cv, "K009", s->loc, "table %s is system-versioned%s%s", cv->cur_object,
			       t->history_table ? "; history table " : "", t->history_table ? qstr(cv, t->history_table) : "");
	if (t->flags & SCT_TABF_MEMORY_OPTIMIZED)
		sct_conv_item(cv, "K010", s->loc, NULL);
	if (t->period_start.s)
		sct_conv_ident(cv, &t->period_start);
	if (t->period_end.s)
		sct_conv_ident(cv, &t->period_end);
	sct_conv_partitioning(cv, s, t);
	flush_notes(cv, &tn, s->loc);
	return 0;
}

static sct_table *emitted_table(sct_conv *cv, sct_qname *q)
{
	sct_object *o = lookup(cv, q);
	return o && o->kind == SCT_K_TABLE && o->emitted ? o->stmt->u.table : NULL;
}

/* ALTER TABLE ... DROP CONSTRAINT of foreign key k, defined earlier in the input. The emitters add foreign keys
 * at the end of the output, after this DROP: the key is not created at all, and the DROP is left out. */
static void drop_foreign_key(sct_conv *cv, sct_constraint *k, sct_alter_action *drop)
{
	k->skip = 1;
	drop->skip = 1;
	for (int i = 0; i < cv->stmts->n; i++) { /* added by ALTER TABLE: the action is emitted unless it is skipped */
		const sct_stmt *s = cv->stmts->items[i];
		for (int j = 0; s->kind == SCT_STMT_ALTER_TABLE && j < s->u.alter->actions.n; j++) {
			sct_alter_action *a = s->u.alter->actions.items[j];
			if (a->kind == SCT_ALTER_ADD_CONSTRAINT && a->constraint == k)
				a->skip = 1;
		}
	}
}

static int conv_alter(sct_conv *cv, sct_stmt *s)
{
	sct_alter_table *at = s->u.alter;
	set_ctx(cv, s, qstr(cv, at->name), "table");
	sct_table *t = emitted_table(cv, at->name);
	if (!t) {
		sct_conv_itemf(cv, "K014", s->loc, "ALTER TABLE of '%s', which is not defined in the input or not converted",
			       qstr(cv, at->name));
		return -1;
	}
	sct_conv_qname(cv, at->name);
	/* the table may have been renamed on collision: use its target name */
	at->name = t->name;
	table_notes tn;
	notes_start(&tn);
	for (int i = 0; i < at->actions.n; i++) {
		sct_alter_action *a = at->actions.items[i];
		switch (a->kind) {
		case SCT_ALTER_ADD_COLUMN:
			conv_column(cv, t, a->column, qstr(cv, t->name), &tn, t->name->schema.s);
			break;
		case SCT_ALTER_ADD_CONSTRAINT:
			conv_constraint(cv, t, a->constraint, NULL, t->name->schema.s, &tn);
			a->skip = a->constraint->skip;
			break;
		case SCT_ALTER_ENABLE_CONSTRAINT:
			a->skip = 1; /* constraints are always enabled in PostgreSQL */
			break;
		case SCT_ALTER_DISABLE_CONSTRAINT:
			sct_conv_itemf(cv, "K003", a->loc, "NOCHECK CONSTRAINT %s", a->name.s ? a->name.s : "");
			a->skip = 1;
			break;
		case SCT_ALTER_DROP_CONSTRAINT: {
			sct_conv_ident(cv, &a->name);
			sct_constraint *k = a->name.s ? sct_hash_get(&cv->connames,
				sct_arena_printf(cv->a, "%s.%s.%s", t->name->schema.s ? t->name->schema.s : "",
						 t->name->name.s, a->name.s)) : NULL;
			if (k) { /* its target name (renamed on a collision), and its kind for MySQL */
				a->name.s = k->name.s;
				a->constraint = k;
			}
			if (k && k->kind == SCT_CONS_FOREIGN)
				drop_foreign_key(cv, k, a); /* the targets add foreign keys last: it is not created */
			break;
		}
		case SCT_ALTER_DROP_COLUMN:
			sct_conv_ident(cv, &a->name);
			break;
		case SCT_ALTER_ALTER_COLUMN:
			if (a->column) {
				conv_column(cv, t, a->column, qstr(cv, t->name), &tn, t->name->schema.s);
			} else {
				a->skip = 1;
			}
			break;
		case SCT_ALTER_OTHER:
		default:
			sct_conv_itemf(cv, "K016", a->loc, "ALTER TABLE %s: %s", qstr(cv, t->name), a->text ? a->text : "");
			a->skip = 1;
			break;
		}
	}
	flush_notes(cv, &tn, s->loc);
	return 0;
}

static int conv_index(sct_conv *cv, sct_stmt *s)
{
	sct_index *x = s->u.index;
	set_ctx(cv, s, x->name.s, "index");
	sct_table *t = emitted_table(cv, x->table);
	if (!t) {
		sct_conv_itemf(cv, "K014", s->loc, "index %s on '%s', which is not defined in the input or not converted",
			       x->name.s ? x->name.s : "", qstr(cv, x->table));
		return -1;
	}
	sct_conv_qname(cv, x->table);
	x->table = t->name;
	table_notes tn;
	notes_start(&tn);
	int manual = 0;
	const sct_constraint *key = sct_conv_key_of_index(cv, x);
	if (key) { /* Oracle: the key added after it uses this index; the key's own index replaces it (keyindex.c) */
		const char *what = key->kind == SCT_CONS_PRIMARY ? "primary key" : "unique constraint";
		sct_conv_itemf(cv, "K047", x->name.loc, "%sindex %s folded into %s%s%s: not created, the key's own index "
			       "(named %s) replaces it", (x->flags & SCT_IDXF_UNIQUE) ? "unique " : "", x->name.s ? x->name.s : "",
			       key->name.s ? what : "the ", key->name.s ? " " : what,
			       key->name.s ? key->name.s : sct_arena_join(cv->a, " of ", qstr(cv, t->name), ""),
			       cv->family == SCT_FAMILY_MYSQL && key->kind == SCT_CONS_PRIMARY ? "PRIMARY"
			       : key->name.s ? key->name.s : "by the target");
		note_options(cv, &tn, &x->options);
		flush_notes(cv, &tn, s->loc);
		return 0;
	}
	conv_index_body(cv, x, t, t->name->schema.s, &tn, &manual);
	flush_notes(cv, &tn, s->loc);
	return manual ? -1 : 0;
}

static int conv_view(sct_conv *cv, sct_stmt *s, sct_object *o)
{
	sct_view *v = s->u.view;
	set_ctx(cv, s, qstr(cv, v->name), "view");
	sct_scope sc = {0};
	if (sct_conv_query(cv, &sc, v->query, &o->deps) < 0)
		return -1;
	sct_conv_qname(cv, v->name);
	sct_conv_use_schema(cv, v->name->schema.s);
	v->name->name.s = sct_conv_unique_rel(cv, v->name->schema.s, v->name->name.s, v->name->loc, s);
	for (int i = 0; i < v->columns.n; i++)
		sct_conv_ident(cv, v->columns.items[i]);
	if (v->flags & SCT_VIEWF_READ_ONLY)
		sct_conv_itemf(cv, "E041", s->loc, "view %s was WITH READ ONLY: the target view may accept changes",
			       cv->cur_object);
	return 0;
}

static const char *type_min(const char *out)
{
	if (out && !strcmp(out, "smallint"))
		return "-32768";
	if (out && (!strcmp(out, "integer") || !strcmp(out, "int")))
		return "-2147483648";
	if (out && !strcmp(out, "tinyint unsigned"))
		return "0";
	return "-9223372036854775808";
}

static const char *type_max(const char *out)
{
	if (out && !strcmp(out, "smallint"))
		return "32767";
	if (out && (!strcmp(out, "integer") || !strcmp(out, "int")))
		return "2147483647";
	if (out && !strcmp(out, "tinyint unsigned"))
		return "255";
	return "9223372036854775807";
}

/* A whole number written beyond the range of bigint? */
static int beyond_bigint(const char *v)
{
	int neg = *v == '-';
	if (*v == '-' || *v == '+')
		v++;
	while (*v == '0' && v[1])
		v++;
	size_t n = strspn(v, "0123456789");
	if (n != strlen(v))
		return 0;
	const char *lim = neg ? "9223372036854775808" : "9223372036854775807";
	return n > 19 || (n == 19 && strcmp(v, lim) > 0);
}

/* Oracle CREATE TYPE ... AS OBJECT (attributes) -> a composite type; TABLE OF / VARRAY OF t -> a domain over
 * t[] (PostgreSQL). Every attribute type must map, else the type is carried and reported (C007). */
static int conv_object_type(sct_conv *cv, sct_stmt *s)
{
	sct_type_def *td = s->u.type;
	int bad = 0;
	if (td->kind == SCT_TYPEDEF_OBJECT) {
		if (!td->columns.n)
			bad = 1;
		for (int i = 0; i < td->columns.n; i++) {
			sct_column *c = td->columns.items[i];
			cv->cur_column = c->name.s;
			if (!c->type || sct_conv_type(cv, c->type, sct_arena_printf(cv->a, "attribute %s", c->name.s)) < 0)
				bad = 1;
			sct_conv_ident(cv, &c->name);
		}
		cv->cur_column = NULL;
	} else if (!td->base || sct_conv_type(cv, td->base, "the collection element") < 0) {
		bad = 1;
	}
	if (bad) {
		sct_conv_itemf(cv, "C007", s->loc, "type %s: an attribute or element type has no mapping: not converted",
			       cv->cur_object);
		return -1;
	}
	if (td->kind == SCT_TYPEDEF_COLLECTION && td->max_elements > 0)
		sct_conv_itemf(cv, "K046", s->loc, "VARRAY(%lld) of %s: the array has no size limit in the target",
			       (long long)td->max_elements, cv->cur_object);
	sct_conv_qname(cv, td->name);
	sct_conv_use_schema(cv, td->name->schema.s);
	td->name->name.s = sct_conv_unique_rel(cv, td->name->schema.s, td->name->name.s, td->name->loc, s);
	return 0;
}

/* The range of a T-SQL sequence type as written (tinyint 0..255, decimal(p,0) -(10^p-1)..10^p-1 with p 18 when
 * not given; no type: bigint); for other types (an alias type) the range of the target type out. */
static void source_range(sct_conv *cv, const sct_type *t, const char *out, const char **min, const char **max)
{
	const char *n = t && t->name ? t->name : "bigint";
	*min = type_min(out);
	*max = type_max(out);
	if (!strcmp(n, "tinyint")) {
		*min = "0";
		*max = "255";
	} else if (!strcmp(n, "smallint")) {
		*min = type_min("smallint");
		*max = type_max("smallint");
	} else if (!strcmp(n, "int")) {
		*min = type_min("int");
		*max = type_max("int");
	} else if (!strcmp(n, "bigint")) {
		*min = type_min("bigint");
		*max = type_max("bigint");
	} else if (!strcmp(n, "decimal") || !strcmp(n, "numeric")) {
		int p = t->nparams > 0 && t->params[0] >= 1 && t->params[0] <= 38 ? (int)t->params[0] : 18;
		char *v = sct_arena_alloc(cv->a, (size_t)p + 2); /* zeroed: "-" and p nines */
		v[0] = '-';
		memset(v + 1, '9', (size_t)p);
		*min = v;
		*max = v + 1;
	}
}

static int conv_sequence(sct_conv *cv, sct_stmt *s)
{
	sct_sequence *q = s->u.sequence;
	set_ctx(cv, s, qstr(cv, q->name), "sequence");
	sct_object *self = lookup(cv, q->name);
	sct_conv_qname(cv, q->name);
	sct_conv_use_schema(cv, q->name->schema.s);
	q->name->name.s = sct_conv_unique_rel(cv, q->name->schema.s, q->name->name.s, q->name->loc, s);
	if (q->type) {
		sct_conv_type(cv, q->type, cv->cur_object);
		if (!sct_conv_is_int_type(q->type->out)) {
			sct_conv_itemf(cv, "K018", q->type->loc, "sequence type %s replaced by bigint", q->type->name);
			q->type->out = "bigint";
		}
	}
	int descending = q->increment && q->increment[0] == '-';
	if (sct_conv_oracle(cv)) {
		/* Oracle allows 28 digits (MAXVALUE 999...9 is common): a bound beyond bigint cannot be reached */
		if (q->maxvalue && beyond_bigint(q->maxvalue)) {
			sct_conv_itemf(cv, "K043", s->loc, "MAXVALUE %s dropped: beyond bigint", q->maxvalue);
			q->maxvalue = NULL;
		}
		if (q->minvalue && beyond_bigint(q->minvalue)) {
			sct_conv_itemf(cv, "K043", s->loc, "MINVALUE %s dropped: beyond bigint", q->minvalue);
			q->minvalue = NULL;
		}
	} else {
		/* SQL Server: the bounds default to the range of the sequence's type, the start to the lowest value
		 * (ascending) or the highest (descending). PostgreSQL's defaults are 1 .. type max ascending, type
		 * min .. -1 descending: a bound is made explicit where they differ for this sequence */
		/* MySQL family: the sequence is written without its type (MariaDB's are bigint) */
		const char *out = q->type && cv->family != SCT_FAMILY_MYSQL ? q->type->out : "bigint", *smin, *smax;
		source_range(cv, q->type, out, &smin, &smax);
		int narrow = strcmp(smin, type_min(out)) || strcmp(smax, type_max(out));
		int low_start = !q->start || q->start[0] == '-' || !q->start[strspn(q->start, "+0")]; /* 0, 00, +0 */
		int high_start = !q->start || q->start[0] != '-' || !q->start[strspn(q->start, "-0")]; /* or -0 */
		if (q->minvalue && beyond_bigint(q->minvalue)) {
			sct_conv_itemf(cv, "K043", s->loc, "MINVALUE %s beyond bigint: %s used", q->minvalue, type_min("bigint"));
			q->minvalue = type_min("bigint");
		}
		if (q->maxvalue && beyond_bigint(q->maxvalue)) {
			sct_conv_itemf(cv, "K043", s->loc, "MAXVALUE %s beyond bigint: %s used", q->maxvalue, type_max("bigint"));
			q->maxvalue = type_max("bigint");
		}
		if (!q->minvalue && !beyond_bigint(smin) && (narrow || (!descending && (q->cycle == 1 || low_start)))) {
			q->minvalue = smin;
			q->no_minvalue = 0;
			sct_conv_itemf(cv, "K018", s->loc, "MINVALUE %s made explicit (the source's default)", smin);
		}
		if (!q->maxvalue && !beyond_bigint(smax) && (narrow || (descending && (q->cycle == 1 || high_start)))) {
			q->maxvalue = smax;
			q->no_maxvalue = 0;
			sct_conv_itemf(cv, "K018", s->loc, "MAXVALUE %s made explicit (the source's default)", smax);
		}
		if (!q->start) {
			q->start = descending ? (q->maxvalue ? q->maxvalue : smax) : (q->minvalue ? q->minvalue : smin);
			sct_conv_itemf(cv, "K018", s->loc, "START WITH %s made explicit (the source's default)", q->start);
		}
	}
	/* a start or step beyond bigint cannot be represented: not clamped, the sequence is not created */
	const char *huge = q->start && beyond_bigint(q->start) ? q->start
			   : q->increment && beyond_bigint(q->increment) ? q->increment : NULL;
	if (huge) {
		sct_conv_itemf(cv, "T004", s->loc, "sequence %s: %s %s is beyond bigint: not created", cv->cur_object,
			       huge == q->start ? "START WITH" : "INCREMENT BY", huge);
		if (self && self->stmt == s)
			self->emitted = 0; /* NEXT VALUE FOR it is not converted (E003) */
		return -1;
	}
	return 0;
}

static int conv_synonym(sct_conv *cv, sct_stmt *s, sct_object *self)
{
	sct_synonym *y = s->u.synonym;
	set_ctx(cv, s, qstr(cv, y->name), "synonym");
	sct_object *o = lookup(cv, y->target);
	if (!y->target || sct_qname_server(y->target)->s || sct_qname_catalog(y->target)->s || !o || o == self ||
	    (o->kind != SCT_K_TABLE && o->kind != SCT_K_VIEW) || !o->emitted) {
		sct_conv_itemf(cv, "C006", s->loc, "synonym %s for '%s'", cv->cur_object, qstr(cv, y->target));
		self->emitted = 0;
		return -1;
	}
	sct_list_push(cv->a, &self->deps, o);
	sct_conv_qname(cv, y->target);
	y->target = o->kind == SCT_K_TABLE ? o->stmt->u.table->name : y->target;
	sct_conv_qname(cv, y->name);
	sct_conv_use_schema(cv, y->name->schema.s);
	y->name->name.s = sct_conv_unique_rel(cv, y->name->schema.s, y->name->name.s, y->name->loc, s);
	sct_conv_item(cv, "C005", s->loc, NULL);
	return 0;
}

static int is_description(const char *p)
{
	return !p || !strcasecmp(p, "MS_Description") || !strcasecmp(p, "Description");
}

static int conv_comment(sct_conv *cv, sct_stmt *s)
{
	sct_comment *c = s->u.comment;
	set_ctx(cv, s, qstr(cv, c->object), "comment");
	if (!is_description(c->property)) {
		sct_conv_itemf(cv, "C009", s->loc, "extended property '%s'", c->property);
		return 1;
	}
	switch (c->on) {
	case SCT_ON_SCHEMA:
		if (!c->object || !c->object->name.s)
			return 1;
		sct_conv_ident(cv, &c->object->name);
		c->object->name.s = sct_conv_map_schema(cv, c->object->name.s);
		sct_conv_use_schema(cv, c->object->name.s);
		return 0;
	case SCT_ON_TABLE:
	case SCT_ON_VIEW:
	case SCT_ON_COLUMN: {
		sct_object *o = lookup(cv, c->object);
		if (!o || !o->emitted || (o->kind != SCT_K_TABLE && o->kind != SCT_K_VIEW))
			return 1; /* the object is reported on its own */
		if (c->on == SCT_ON_COLUMN && o->kind == SCT_K_TABLE) {
			sct_table *t = o->stmt->u.table;
			int found = 0;
			/* the columns carry their target names: a name longer than the target allows was shortened */
			const char *want = c->column.s;
			if (want && (int)strlen(want) > cv->max_ident) {
				int quiet = cv->quiet; /* its N001 comes with the column itself */
				cv->quiet = 1;
				want = c->column.s = sct_conv_name(cv, want, c->column.loc);
				cv->quiet = quiet;
			}
			for (int i = 0; i < t->columns.n; i++) {
				sct_column *col = t->columns.items[i];
				if (col->name.s && want && sct_conv_same_name(col->name.s, want)) {
					found = 1;
					break;
				}
			}
			if (!found)
				return 1;
		}
		c->on = c->on == SCT_ON_COLUMN ? SCT_ON_COLUMN : (o->kind == SCT_K_VIEW ? SCT_ON_VIEW : SCT_ON_TABLE);
		c->object = o->kind == SCT_K_TABLE ? o->stmt->u.table->name : o->stmt->u.view->name;
		sct_conv_ident(cv, &c->column);
		s->u.comment->object = c->object;
		/* the target object's name is converted when its own statement is; ordering guarantees that the
		 * emitter prints comments last */
		return 0;
	}
	default:
		sct_conv_itemf(cv, "C009", s->loc, "description of an index, constraint or routine not converted");
		return 1;
	}
}

static int routine_lines(const sct_stmt *s, const char *src)
{
	int n = 1;
	for (sct_loc i = s->loc; src && i < s->end; i++)
		if (src[i] == '\n')
			n++;
	return n;
}

static void conv_routine(sct_conv *cv, sct_stmt *s, const char *src)
{
	sct_routine *r = s->u.routine;
	static const char *const codes[] = {"C001", "C002", "C003", "C004", "C004", "C004"};
	static const char *const kinds[] = {"procedure", "function", "trigger", "package", "package body", "type body"};
	set_ctx(cv, s, qstr(cv, r->name), kinds[r->kind]);
	int lines = routine_lines(s, src);
	sct_report_item *it = sct_report_addf(cv->rep, codes[r->kind], s->file, s->loc, cv->cur_object, kinds[r->kind],
				       "%s %s (%d lines) not converted: carried as a comment%s", kinds[r->kind],
				       cv->cur_object, lines, r->dq_strings ? " (created under SET QUOTED_IDENTIFIER "
				       "OFF: its \"...\" are string literals, as '...')" : "");
	/* effort model: the code's base effort plus one minute per line of source */
	it->effort += lines;
}

static int conv_other(sct_conv *cv, sct_stmt *s)
{
	const sct_other *o = s->u.other;
	set_ctx(cv, s, "", "statement");
	const char *verb = o->verb ? o->verb : "statement";
	switch (o->kind) {
	case SCT_OTHER_SESSION:
	case SCT_OTHER_PRINT:
		sct_conv_itemf(cv, "P002", s->loc, "%s carried as a comment", verb);
		return 1;
	case SCT_OTHER_DROP:
		sct_conv_itemf(cv, "P003", s->loc, "%s not carried over", verb);
		return 1;
	case SCT_OTHER_SECURITY:
		sct_conv_itemf(cv, "P004", s->loc, "%s not converted", verb);
		return -1;
	case SCT_OTHER_DATA:
		sct_conv_itemf(cv, "P005", s->loc, "%s not converted", verb);
		return -1;
	case SCT_OTHER_DYNAMIC:
		sct_conv_itemf(cv, "P006", s->loc, "%s not converted", verb);
		return -1;
	case SCT_OTHER_DATABASE:
		sct_conv_itemf(cv, "P008", s->loc, "%s not converted", verb);
		return 1;
	case SCT_OTHER_CONTROL:
		if (!strcasecmp(verb, "IF") || !strcasecmp(verb, "ELSE") || !strcasecmp(verb, "END") ||
		    !strcasecmp(verb, "BEGIN")) {
			sct_conv_itemf(cv, "P009", s->loc, "%s guard dropped", verb);
			return 1;
		}
		/* fall through */
	default:
		sct_conv_itemf(cv, "P007", s->loc, "%s not converted", verb);
		return -1;
	}
}

/* ---------- views: dependency closure and order ---------- */

/* A view reading a table or view that is not emitted is not emitted either, nor (routines: once the routines
 * are converted) one calling a function that is carried; repeat to a fixed point. */
static void drop_views_reading(sct_conv *cv, sct_list *views, int routines)
{
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 0; i < views->n; i++) {
			sct_object *o = views->items[i];
			if (!o->emitted)
				continue;
			for (int j = 0; j < o->deps.n; j++) {
				sct_object *d = o->deps.items[j];
				int gone = d->kind == SCT_K_ROUTINE ? routines && d->stmt->status == SCT_STATUS_MANUAL : !d->emitted;
				if (!gone)
					continue;
				set_ctx(cv, o->stmt, qstr(cv, o->stmt->u.view->name), "view");
				sct_conv_itemf(cv, "E003", o->stmt->loc, "%s '%s', which is not converted",
					       d->kind == SCT_K_ROUTINE ? "calls" : "reads", d->key);
				o->emitted = 0;
				o->stmt->status = SCT_STATUS_MANUAL;
				changed = 1;
				break;
			}
		}
	}
}

static void order_views(sct_conv *cv, sct_list *views)
{
	drop_views_reading(cv, views, 0);
	/* Depth-first order with an explicit stack; a cycle leaves the view out (reported). */
	for (int i = 0; i < views->n; i++)
		((sct_object *)views->items[i])->visit = 0;
	sct_list stack = {0};
	for (int i = 0; i < views->n; i++) {
		sct_object *root = views->items[i];
		if (!root->emitted || root->visit)
			continue;
		sct_list_push(cv->a, &stack, root);
		while (stack.n) {
			sct_object *o = stack.items[stack.n - 1];
			if (o->visit == 0) {
				o->visit = 1; /* on stack */
				for (int j = 0; j < o->deps.n; j++) {
					sct_object *d = o->deps.items[j];
					if (d->kind != SCT_K_VIEW || !d->emitted)
						continue;
					if (d->visit == 0)
						sct_list_push(cv->a, &stack, d);
				}
			} else {
				stack.n--;
				if (o->visit == 1) {
					o->visit = 2;
					sct_list_push(cv->a, &cv->view_order, o->stmt);
				}
			}
		}
	}
}

static int is_out(const sct_stmt *s)
{
	return s->status == SCT_STATUS_CONVERTED || s->status == SCT_STATUS_NOTES;
}

/* What hangs on a view dropped by drop_views_of_carried (after the synonyms, comments and triggers were
 * converted): a synonym of it (a view too), an INSTEAD OF trigger on it, a comment on it. */
static void drop_dependents(sct_conv *cv, sct_list *views, sct_list *syns)
{
	for (int i = 0; i < syns->n; i++) {
		sct_object *y = syns->items[i];
		sct_object *d = y->deps.n ? y->deps.items[0] : NULL;
		if (!is_out(y->stmt) || !d || d->kind != SCT_K_VIEW || d->emitted)
			continue;
		set_ctx(cv, y->stmt, qstr(cv, y->stmt->u.synonym->name), "synonym");
		sct_conv_itemf(cv, "E003", y->stmt->loc, "synonym of '%s', which is not converted", d->key);
		y->emitted = 0;
		y->stmt->status = SCT_STATUS_MANUAL;
	}
	/* the views not emitted, by their name node (which triggers and comments share): one pass over each list */
	sct_hash gone;
	sct_hash_init(&gone, cv->a);
	for (int i = 0; i < views->n; i++) {
		sct_object *o = views->items[i];
		if (!o->emitted && o->stmt->kind == SCT_STMT_VIEW)
			sct_hash_put(&gone, sct_arena_printf(cv->a, "%p", (void *)o->stmt->u.view->name), o);
	}
	if (!gone.n)
		return;
	for (int k = 0; k < cv->routines.n; k++) {
		sct_code *c = cv->routines.items[k];
		const sct_object *o = c->style == SCT_CODE_TRIGGER && c->row_trigger == 2 && is_out(c->stmt)
			? sct_hash_get(&gone, sct_arena_printf(cv->a, "%p", (void *)c->r->trigger_table)) : NULL;
		if (!o)
			continue;
		set_ctx(cv, c->stmt, c->src_name, "trigger");
		sct_conv_itemf(cv, "E003", c->stmt->loc, "trigger on view '%s', which is not converted", o->key);
		c->stmt->status = SCT_STATUS_MANUAL;
	}
	for (int k = 0; k < cv->stmts->n; k++) {
		if (cv->kinds[k] != SCT_STMT_COMMENT)
			continue;
		sct_stmt *s = cv->stmts->items[k];
		if (is_out(s) &&
		    sct_hash_get(&gone, sct_arena_printf(cv->a, "%p", (void *)s->u.comment->object)))
			s->status = SCT_STATUS_SKIPPED; /* the view is reported on its own */
	}
}

/* After the routines: views calling a carried function (and what depends on them) are not emitted either. */
static void drop_views_of_carried(sct_conv *cv, sct_list *views, sct_list *syns)
{
	drop_views_reading(cv, views, 1);
	drop_dependents(cv, views, syns);
}

/* ---------- driver ---------- */

static void finish(sct_conv *cv, sct_stmt *s, int mark, int rc)
{
	if (cv->folded.n && rc == 0 && s->status != SCT_STATUS_MANUAL) { /* once per statement (names.c) */
		const char *names = "";
		for (int i = 0; i < cv->folded.n; i++)
			names = sct_arena_printf(cv->a, "%s%s\"%s\"", names, i ? ", " : "", (const char *)cv->folded.items[i]);
		sct_conv_itemf(cv, "N004", s->loc, "quoted identifier%s %s folded to lower case", cv->folded.n > 1 ? "s" : "",
			       names);
	}
	cv->folded.n = 0;
	if (s->status == SCT_STATUS_MANUAL)
		return;
	if (rc < 0)
		s->status = SCT_STATUS_MANUAL;
	else if (rc > 0)
		s->status = SCT_STATUS_SKIPPED;
	else
		s->status = sct_report_max_severity(cv->rep, mark) >= SCT_SEV_WARNING ? SCT_STATUS_NOTES
											: SCT_STATUS_CONVERTED;
}

void sct_convert_all(sct_conv *cv)
{
	register_objects(cv);
	sct_conv_fold_key_indexes(cv);
	sct_list views = {0}, syns = {0};
	for (int pass = 0; pass < 2; pass++) /* pass 0: Oracle types, which columns of every table may use */
	for (int i = 0; i < cv->stmts->n; i++) {
		if ((cv->kinds[i] == SCT_STMT_TYPE && sct_conv_oracle(cv)) != (pass == 0))
			continue;
		if (pass == 1)
			prefetch_ahead(cv->stmts, cv->kinds, i);
		sct_stmt *s = cv->stmts->items[i];
		int mark = cv->rep->items.n, rc = 0;
		const char *src = s->file >= 0 && s->file < cv->rep->nfiles ? cv->rep->files[s->file].src : NULL;
		switch (s->kind) {
		case SCT_STMT_SCHEMA:
			set_ctx(cv, s, s->u.schema->name.s, "schema");
			sct_conv_ident(cv, &s->u.schema->name);
			s->u.schema->name.s = sct_conv_map_schema(cv, s->u.schema->name.s);
			sct_conv_ident(cv, &s->u.schema->authorization);
			sct_conv_use_schema(cv, s->u.schema->name.s);
			break;
		case SCT_STMT_TABLE:
			rc = conv_table(cv, s);
			sct_conv_fk_mark(cv, i, s);
			break;
		case SCT_STMT_ALTER_TABLE:
			rc = conv_alter(cv, s);
			sct_conv_fk_mark(cv, i, s);
			break;
		case SCT_STMT_INDEX: rc = conv_index(cv, s); break;
		case SCT_STMT_VIEW: continue; /* after everything else */
		case SCT_STMT_SEQUENCE: rc = conv_sequence(cv, s); break;
		case SCT_STMT_SYNONYM: continue; /* after views exist */
		case SCT_STMT_COMMENT: continue; /* after names are final */
		case SCT_STMT_TYPE:
			set_ctx(cv, s, qstr(cv, s->u.type->name), "type");
			if (s->u.type->kind == SCT_TYPEDEF_ALIAS) {
				rc = 1; /* resolved at every use */
			} else if (cv->family == SCT_FAMILY_POSTGRES && sct_conv_oracle(cv) &&
				   (s->u.type->kind == SCT_TYPEDEF_OBJECT || s->u.type->kind == SCT_TYPEDEF_COLLECTION)) {
				rc = conv_object_type(cv, s);
			} else if (cv->family == SCT_FAMILY_POSTGRES && s->u.type->kind == SCT_TYPEDEF_TABLE) {
				rc = sct_conv_table_type(cv, s); /* a composite type (tvp.c) */
			} else {
				sct_conv_itemf(cv, "C007", s->loc, "type %s%s", cv->cur_object,
					       cv->family == SCT_FAMILY_MYSQL && sct_conv_oracle(cv) &&
							       (s->u.type->kind == SCT_TYPEDEF_OBJECT ||
								s->u.type->kind == SCT_TYPEDEF_COLLECTION)
						       ? ": the target has no composite or array types; columns of this type are JSON"
						       : s->u.type->kind == SCT_TYPEDEF_TABLE
						       ? ": a table type; the target has no composite or array types: pass the rows "
							 "through a temporary table"
						       : "");
				rc = -1;
			}
			break;
		case SCT_STMT_ROUTINE:
			if (cv->family == SCT_FAMILY_POSTGRES)
				continue; /* to PL/pgSQL after views, when every name is final (code.c) */
			conv_routine(cv, s, src);
			sct_code_ddl_trigger_other(cv, s); /* no event triggers in the target */
			rc = -1;
			break;
		case SCT_STMT_OTHER: rc = conv_other(cv, s); break;
		case SCT_STMT_UNPARSED:
			set_ctx(cv, s, "", "statement");
			sct_report_add(cv->rep, "P001", s->file, s->error_loc, "", "statement",
				       s->error ? s->error : "syntax error");
			rc = -1;
			break;
		}
		finish(cv, s, mark, rc);
	}
	if (cv->family == SCT_FAMILY_POSTGRES) /* every routine's signature, for views calling functions (code.c) */
		sct_code_prepare(cv);
	/* views (and synonyms, which become views) once every table is known */
	for (int i = 0; i < cv->stmts->n; i++) {
		if (cv->kinds[i] != SCT_STMT_VIEW)
			continue;
		sct_stmt *s = cv->stmts->items[i];
		sct_object *o = lookup(cv, s->u.view->name);
		if (!o || o->stmt != s) { /* a second definition of the same name */
			o = SCT_NEW(cv->a, sct_object);
			o->kind = SCT_K_VIEW;
			o->stmt = s;
			o->emitted = 1;
			o->key = "";
		}
		int mark = cv->rep->items.n;
		int rc = conv_view(cv, s, o);
		if (rc < 0)
			o->emitted = 0;
		sct_list_push(cv->a, &views, o);
		finish(cv, s, mark, rc);
	}
	sct_conv_align_fk_types(cv);
	order_views(cv, &views);
	for (int i = 0; i < cv->stmts->n; i++) {
		if (cv->kinds[i] != SCT_STMT_SYNONYM && cv->kinds[i] != SCT_STMT_COMMENT)
			continue;
		sct_stmt *s = cv->stmts->items[i];
		int mark = cv->rep->items.n, rc;
		if (s->kind == SCT_STMT_SYNONYM) {
			sct_object *o = lookup(cv, s->u.synonym->name);
			if (!o || o->stmt != s) {
				o = SCT_NEW(cv->a, sct_object);
				o->stmt = s;
				o->kind = SCT_K_SYNONYM;
			}
			rc = conv_synonym(cv, s, o);
			if (rc == 0)
				sct_list_push(cv->a, &syns, o);
		} else if (s->kind == SCT_STMT_COMMENT) {
			rc = conv_comment(cv, s);
		} else {
			continue;
		}
		finish(cv, s, mark, rc);
	}
	if (cv->family == SCT_FAMILY_POSTGRES) { /* procedures, functions, triggers to PL/pgSQL (code.c) */
		for (int i = 0; i < cv->stmts->n; i++) {
			if (cv->kinds[i] != SCT_STMT_ROUTINE)
				continue;
			sct_stmt *s = cv->stmts->items[i];
			int mark = cv->rep->items.n, rc = sct_conv_routine(cv, s);
			if (rc < 0) { /* carried whole, as before: only the reason stays in the report */
				int why = cv->rep->items.n > mark; /* the last item: copied, as the next one takes its place */
				sct_report_item reason = why ? cv->rep->items.at[cv->rep->items.n - 1] : (sct_report_item){0};
				cv->rep->items.n = mark;
				conv_routine(cv, s, s->file >= 0 && s->file < cv->rep->nfiles ? cv->rep->files[s->file].src : NULL);
				if (why)
					sct_report_add_copy(cv->rep, &reason);
			}
			finish(cv, s, mark, rc);
		}
		sct_code_check_calls(cv);
		drop_views_of_carried(cv, &views, &syns);
	}
	if (cv->family == SCT_FAMILY_MYSQL)
		sct_conv_mysql(cv);
}
