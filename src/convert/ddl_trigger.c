/* ddl_trigger.c - T-SQL DDL triggers ON DATABASE as PostgreSQL event triggers: the FOR events and event groups
 * as command tags (the table below), EVENTDATA() as an xml document of the same shape built from what the event
 * trigger functions of PostgreSQL report, and the CREATE EVENT TRIGGER statements. ON ALL SERVER triggers and
 * targets without event triggers (MySQL, MariaDB) keep the trigger carried whole. */
#include "code.h"
#include "emit/emit.h"
#include <string.h>
#include <strings.h>

/* SQL Server's DDL events (sys.event_notification_event_types), the group each belongs to, and the PostgreSQL
 * command tags that fire for the same statements ('|' between several; NULL: no counterpart). */
static const struct {
	const char *event, *group, *tags;
} events[] = {
	{"CREATE_TABLE", "DDL_TABLE_EVENTS", "CREATE TABLE"},
	{"ALTER_TABLE", "DDL_TABLE_EVENTS", "ALTER TABLE"},
	{"DROP_TABLE", "DDL_TABLE_EVENTS", "DROP TABLE"},
	{"CREATE_VIEW", "DDL_VIEW_EVENTS", "CREATE VIEW"},
	{"ALTER_VIEW", "DDL_VIEW_EVENTS", "CREATE VIEW|ALTER VIEW"}, /* ALTER VIEW AS is CREATE OR REPLACE VIEW */
	{"DROP_VIEW", "DDL_VIEW_EVENTS", "DROP VIEW"},
	{"CREATE_INDEX", "DDL_INDEX_EVENTS", "CREATE INDEX"},
	{"ALTER_INDEX", "DDL_INDEX_EVENTS", "ALTER INDEX"},
	{"DROP_INDEX", "DDL_INDEX_EVENTS", "DROP INDEX"},
	{"CREATE_XML_INDEX", "DDL_INDEX_EVENTS", NULL},
	{"CREATE_SPATIAL_INDEX", "DDL_INDEX_EVENTS", NULL},
	{"CREATE_STATISTICS", "DDL_STATISTICS_EVENTS", "CREATE STATISTICS"},
	{"UPDATE_STATISTICS", "DDL_STATISTICS_EVENTS", NULL}, /* ANALYZE fires no event trigger */
	{"DROP_STATISTICS", "DDL_STATISTICS_EVENTS", "DROP STATISTICS"},
	{"CREATE_PROCEDURE", "DDL_PROCEDURE_EVENTS", "CREATE PROCEDURE"},
	{"ALTER_PROCEDURE", "DDL_PROCEDURE_EVENTS", "CREATE PROCEDURE|ALTER PROCEDURE"},
	{"DROP_PROCEDURE", "DDL_PROCEDURE_EVENTS", "DROP PROCEDURE"},
	{"CREATE_FUNCTION", "DDL_FUNCTION_EVENTS", "CREATE FUNCTION"},
	{"ALTER_FUNCTION", "DDL_FUNCTION_EVENTS", "CREATE FUNCTION|ALTER FUNCTION"},
	{"DROP_FUNCTION", "DDL_FUNCTION_EVENTS", "DROP FUNCTION"},
	{"CREATE_TRIGGER", "DDL_TRIGGER_EVENTS", "CREATE TRIGGER"},
	{"ALTER_TRIGGER", "DDL_TRIGGER_EVENTS", "CREATE TRIGGER|ALTER TRIGGER"},
	{"DROP_TRIGGER", "DDL_TRIGGER_EVENTS", "DROP TRIGGER"},
	{"CREATE_SEQUENCE", "DDL_SEQUENCE_EVENTS", "CREATE SEQUENCE"},
	{"ALTER_SEQUENCE", "DDL_SEQUENCE_EVENTS", "ALTER SEQUENCE"},
	{"DROP_SEQUENCE", "DDL_SEQUENCE_EVENTS", "DROP SEQUENCE"},
	{"CREATE_TYPE", "DDL_TYPE_EVENTS", "CREATE TYPE|CREATE DOMAIN"},
	{"DROP_TYPE", "DDL_TYPE_EVENTS", "DROP TYPE|DROP DOMAIN"},
	{"CREATE_SYNONYM", "DDL_SYNONYM_EVENTS", NULL},
	{"DROP_SYNONYM", "DDL_SYNONYM_EVENTS", NULL},
	{"CREATE_EXTENDED_PROPERTY", "DDL_EXTENDED_PROPERTY_EVENTS", "COMMENT"},
	{"ALTER_EXTENDED_PROPERTY", "DDL_EXTENDED_PROPERTY_EVENTS", "COMMENT"},
	{"DROP_EXTENDED_PROPERTY", "DDL_EXTENDED_PROPERTY_EVENTS", "COMMENT"},
	{"CREATE_SCHEMA", "DDL_SCHEMA_EVENTS", "CREATE SCHEMA"},
	{"ALTER_SCHEMA", "DDL_SCHEMA_EVENTS", "ALTER SCHEMA"},
	{"DROP_SCHEMA", "DDL_SCHEMA_EVENTS", "DROP SCHEMA"},
	{"GRANT_DATABASE", "DDL_GDR_DATABASE_EVENTS", "GRANT"},
	{"DENY_DATABASE", "DDL_GDR_DATABASE_EVENTS", NULL},
	{"REVOKE_DATABASE", "DDL_GDR_DATABASE_EVENTS", "REVOKE"},
	{"CREATE_USER", "DDL_USER_EVENTS", NULL}, /* roles are shared objects: no event trigger fires */
	{"ALTER_USER", "DDL_USER_EVENTS", NULL},
	{"DROP_USER", "DDL_USER_EVENTS", NULL},
	{"CREATE_ROLE", "DDL_ROLE_EVENTS", NULL},
	{"ALTER_ROLE", "DDL_ROLE_EVENTS", NULL},
	{"DROP_ROLE", "DDL_ROLE_EVENTS", NULL},
	{"RENAME", "DDL_DATABASE_LEVEL_EVENTS", NULL}, /* ALTER ... RENAME fires the ALTER tag of the object */
};

/* Event groups and the group each belongs to (DDL_DATABASE_LEVEL_EVENTS holds every event above). */
static const struct {
	const char *group, *parent;
} groups[] = {
	{"DDL_TABLE_EVENTS", "DDL_TABLE_VIEW_EVENTS"},
	{"DDL_VIEW_EVENTS", "DDL_TABLE_VIEW_EVENTS"},
	{"DDL_INDEX_EVENTS", "DDL_TABLE_VIEW_EVENTS"},
	{"DDL_STATISTICS_EVENTS", "DDL_TABLE_VIEW_EVENTS"},
	{"DDL_TABLE_VIEW_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
	{"DDL_PROCEDURE_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
	{"DDL_FUNCTION_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
	{"DDL_TRIGGER_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
	{"DDL_SEQUENCE_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
	{"DDL_TYPE_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
	{"DDL_SYNONYM_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
	{"DDL_EXTENDED_PROPERTY_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
	{"DDL_SCHEMA_EVENTS", "DDL_DATABASE_SECURITY_EVENTS"},
	{"DDL_GDR_DATABASE_EVENTS", "DDL_DATABASE_SECURITY_EVENTS"},
	{"DDL_USER_EVENTS", "DDL_DATABASE_SECURITY_EVENTS"},
	{"DDL_ROLE_EVENTS", "DDL_DATABASE_SECURITY_EVENTS"},
	{"DDL_DATABASE_SECURITY_EVENTS", "DDL_DATABASE_LEVEL_EVENTS"},
};

static const char *parent_of(const char *g)
{
	for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
		if (!strcasecmp(groups[i].group, g))
			return groups[i].parent;
	return NULL;
}

/* event k is name, or in group name (directly or through the groups above it) */
static int covers(const char *name, size_t k)
{
	if (!strcasecmp(events[k].event, name))
		return 1;
	for (const char *g = events[k].group; g; g = parent_of(g))
		if (!strcasecmp(g, name))
			return 1;
	return 0;
}

static int known_name(const char *name)
{
	if (!strcasecmp(name, "DDL_DATABASE_LEVEL_EVENTS") || parent_of(name))
		return 1;
	for (size_t k = 0; k < sizeof events / sizeof events[0]; k++)
		if (!strcasecmp(events[k].event, name))
			return 1;
	return 0;
}

static void add_tag(sct_conv *cv, sct_list *l, const char *tag)
{
	for (int i = 0; i < l->n; i++)
		if (!strcmp(l->items[i], tag))
			return;
	sct_list_push(cv->a, l, (void *)tag);
}

/* w as one of the comma-separated words of b (any letter case) */
static int has_word(const sct_buf *b, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = b->len ? b->data : ""; *p; p += strcspn(p, ",") + (p[strcspn(p, ",")] ? 2 : 0))
		if (!strncasecmp(p, w, n) && (p[n] == ',' || !p[n]))
			return 1;
	return 0;
}

static void add_word(sct_buf *b, const char *w)
{
	if (has_word(b, w))
		return;
	if (b->len)
		sct_buf_puts(b, ", ");
	sct_buf_puts(b, w);
}

int sct_code_ddl_trigger(sct_conv *cv, sct_code *c, const char **why)
{
	sct_routine *r = c->r;
	if (r->server_trigger) {
		*why = "a DDL trigger ON ALL SERVER (server-level events: logins, databases, endpoints...) has no PostgreSQL "
		       "equivalent: event triggers belong to one database and do not fire for roles, databases or tablespaces";
		return -1;
	}
	if (!r->ddl_events.n) {
		*why = "a DDL trigger whose events were not read (only T-SQL's FOR event list is converted)";
		return -1;
	}
	int old = cv->version && cv->version < 11000000; /* no procedures before PostgreSQL 11 */
	sct_buf none, unknown;
	sct_buf_init(&none);
	sct_buf_init(&unknown);
	for (int i = 0; i < r->ddl_events.n; i++) {
		const char *name = ((sct_ident *)r->ddl_events.items[i])->s;
		if (!known_name(name)) {
			add_word(&unknown, name);
			continue;
		}
		for (size_t k = 0; k < sizeof events / sizeof events[0]; k++) {
			if (!covers(name, k))
				continue;
			if (!events[k].tags || (old && strstr(events[k].tags, "PROCEDURE"))) {
				add_word(&none, events[k].event);
				continue;
			}
			for (const char *t = events[k].tags; *t;) {
				const char *e = strchr(t, '|');
				size_t n = e ? (size_t)(e - t) : strlen(t);
				const char *tag = sct_arena_strndup(cv->a, t, n);
				add_tag(cv, strncmp(tag, "DROP ", 5) ? &c->ddl_end_tags : &c->ddl_drop_tags, tag);
				t += n + (e != NULL);
			}
		}
	}
	int rc = 0;
	if (!c->ddl_end_tags.n && !c->ddl_drop_tags.n) {
		*why = sct_arena_printf(cv->a, "none of the DDL trigger's events (%s%s%s) has a PostgreSQL counterpart",
					none.data ? none.data : "", none.len && unknown.len ? ", " : "", unknown.data ? unknown.data : "");
		rc = -1;
	} else {
		c->ddl = 1;
		sct_conv_itemf(cv, "C042", c->stmt->loc, "DDL trigger %s became an event trigger (a function RETURNS event_trigger and "
			       "CREATE EVENT TRIGGER ON %s%s%s): creating it needs a superuser (on Amazon RDS and Aurora a member "
			       "of rds_superuser)", c->src_name, c->ddl_end_tags.n ? "ddl_command_end" : "",
			       c->ddl_end_tags.n && c->ddl_drop_tags.n ? " and ON " : "", c->ddl_drop_tags.n ? "sql_drop" : "");
		sct_conv_item(cv, "C043", c->stmt->loc, "an event trigger fires once per DDL statement, as SQL Server's DDL trigger "
			      "does, but not for DDL on shared objects (roles, databases, tablespaces) nor on event triggers, and "
			      "ALTER ... RENAME fires the ALTER event of the object (SQL Server: RENAME)");
		if (none.len)
			sct_conv_itemf(cv, "C043", c->stmt->loc, "events with no PostgreSQL counterpart never fire: %s", none.data);
		if (unknown.len)
			sct_conv_itemf(cv, "C043", c->stmt->loc, "events or event groups the converter does not map (no "
				       "PostgreSQL counterpart known), not kept: %s", unknown.data);
	}
	sct_buf_free(&none);
	sct_buf_free(&unknown);
	return rc;
}

/* The xml document EVENTDATA() returns, built at the start of the body: EVENT_INSTANCE with the elements SQL
 * Server writes for a database-level DDL event, an element left out when PostgreSQL has no value for it. */
static const char *doc_sql(sct_conv *cv, const char *schema, const char *name, const char *type)
{
	return sct_arena_printf(cv->a,
				"xmlelement(name \"EVENT_INSTANCE\", xmlforest(CASE TG_TAG WHEN 'CREATE DOMAIN' THEN 'CREATE_TYPE' "
				"WHEN 'DROP DOMAIN' THEN 'DROP_TYPE' WHEN 'GRANT' THEN 'GRANT_DATABASE' WHEN 'REVOKE' THEN "
				"'REVOKE_DATABASE' ELSE replace(TG_TAG, ' ', '_') END AS \"EventType\", "
				"localtimestamp(3) AS \"PostTime\", pg_backend_pid() AS \"SPID\", session_user AS \"LoginName\", "
				"current_user AS \"UserName\", current_database() AS \"DatabaseName\", %s AS \"SchemaName\", "
				"%s AS \"ObjectName\", upper(replace(%s, ' object', '')) AS \"ObjectType\"), xmlelement(name \"TSQLCommand\", "
				"xmlforest(current_query() AS \"CommandText\")))",
				schema, name, type);
}

static const char *fill_sql(sct_conv *cv, const sct_code *c)
{
	const char *drop = sct_arena_printf(cv->a,
					    "SELECT %s INTO sct_eventdata FROM (SELECT 1) AS sct_one LEFT JOIN LATERAL (SELECT "
					    "d.schema_name, d.object_name, d.object_type FROM pg_event_trigger_dropped_objects() "
					    "WITH ORDINALITY AS d WHERE d.original ORDER BY d.ordinality LIMIT 1) AS o ON true",
					    doc_sql(cv, "o.schema_name", "o.object_name", "o.object_type"));
	/* the object of the command itself first (CREATE TABLE also reports its sequences and indexes) */
	const char *end = sct_arena_printf(cv->a,
					   "SELECT %s INTO sct_eventdata FROM (SELECT 1) AS sct_one LEFT JOIN LATERAL (SELECT "
					   "d.schema_name, d.object_type, (pg_identify_object_as_address(d.classid, d.objid, "
					   "d.objsubid)).object_names AS names FROM pg_event_trigger_ddl_commands() WITH ORDINALITY "
					   "AS d ORDER BY d.command_tag = TG_TAG DESC, d.ordinality LIMIT 1) AS o ON true",
					   doc_sql(cv, "o.schema_name",
						   "CASE WHEN o.object_type IN ('type', 'domain') THEN regexp_replace("
						   "o.names[cardinality(o.names)], '^.*\\.', '') ELSE o.names[cardinality(o.names)] END",
						   "o.object_type"));
	if (!c->ddl_drop_tags.n)
		return end;
	if (!c->ddl_end_tags.n)
		return drop;
	return sct_arena_printf(cv->a, "IF TG_EVENT = 'sql_drop' THEN\n    %s;\nELSE\n    %s;\nEND IF", drop, end);
}

sct_expr *sct_code_eventdata(sct_conv *cv, sct_scope *sc, sct_expr *e)
{
	sct_code *c = cv->code;
	if (!c || !c->ddl) {
		if (sc && !sc->failed)
			sc->failed = "EVENTDATA()";
		sct_conv_item(cv, "E003", e->loc, "EVENTDATA() outside a DDL trigger has no PostgreSQL equivalent");
		return NULL;
	}
	if (!c->eventdata) {
		c->eventdata = fill_sql(cv, c);
		sct_cvar *v = SCT_NEW(cv->a, sct_cvar);
		v->src = "\001eventdata";
		v->out = "sct_eventdata";
		v->type = SCT_NEW(cv->a, sct_type);
		v->type->name = "xml";
		v->type->out = "xml";
		sct_list_push(cv->a, &c->decls, v);
		sct_conv_item(cv, "C043", e->loc, "EVENTDATA(): an xml document EVENT_INSTANCE built from TG_TAG (EventType: CREATE_TABLE ...; "
			      "COMMENT for the extended property events, CREATE_VIEW for ALTER VIEW as CREATE OR REPLACE), "
			      "the first object the command reports (SchemaName, ObjectName, ObjectType in PostgreSQL's words, "
			      "in upper case) and current_query() (TSQLCommand/CommandText: the whole text the client sent); "
			      "ServerName and SetOptions are not there");
	}
	sct_expr *x = sct_conv_new_expr(cv, SCT_E_VAR, e->loc);
	x->text = "sct_eventdata";
	x->end = e->end;
	return x;
}

static void event_trigger(sct_conv *cv, const sct_code *c, sct_buf *b, const char *name, const char *event, const sct_list *tags)
{
	sct_buf_puts(b, "CREATE EVENT TRIGGER ");
	sct_sql_ident(&sct_pg_sql, b, name);
	sct_buf_printf(b, " ON %s WHEN TAG IN (", event);
	for (int i = 0; i < tags->n; i++)
		sct_buf_printf(b, "%s'%s'", i ? ", " : "", (const char *)tags->items[i]);
	sct_buf_printf(b, ") EXECUTE %s ", cv->version && cv->version < 11000000 ? "PROCEDURE" : "FUNCTION");
	if (c->r->name->schema.s) {
		sct_sql_ident(&sct_pg_sql, b, c->r->name->schema.s);
		sct_buf_putc(b, '.');
	}
	sct_sql_ident(&sct_pg_sql, b, c->trig_fn);
	sct_buf_puts(b, "();\n");
}

/* n is the name of a converted DDL trigger (event trigger names are one namespace per database) */
static int ddl_name_used(const sct_conv *cv, const char *n)
{
	for (int i = 0; i < cv->routines.n; i++) {
		const sct_code *o = cv->routines.items[i];
		if (o->ddl && !strcasecmp(o->r->name->name.s, n))
			return 1;
	}
	return 0;
}

char *sct_code_event_triggers(sct_conv *cv, const sct_code *c)
{
	sct_buf b;
	sct_buf_init(&b);
	const char *name = c->r->name->name.s;
	if (c->ddl_end_tags.n)
		event_trigger(cv, c, &b, name, "ddl_command_end", &c->ddl_end_tags);
	if (c->ddl_drop_tags.n) { /* name_drop, name_drop2 ...: not the name of another DDL trigger */
		const char *dn = name;
		for (int k = 1; c->ddl_end_tags.n && (k == 1 || ddl_name_used(cv, dn)); k++)
			dn = k == 1 ? sct_arena_printf(cv->a, "%s_drop", name) : sct_arena_printf(cv->a, "%s_drop%d", name, k);
		event_trigger(cv, c, &b, dn, "sql_drop", &c->ddl_drop_tags);
	}
	char *r = sct_arena_strndup(cv->a, b.data ? b.data : "", b.len);
	sct_buf_free(&b);
	return r;
}

void sct_code_ddl_trigger_other(sct_conv *cv, sct_stmt *s)
{
	sct_routine *r = s->u.routine;
	if (r->kind != SCT_ROUTINE_TRIGGER || !(r->trigger_events & SCT_TRIG_DDL))
		return;
	sct_conv_itemf(cv, "C021", s->loc, "trigger %s not converted: %s", r->name->name.s,
		       r->server_trigger ? "a DDL trigger ON ALL SERVER has no equivalent in the target"
					 : "MySQL and MariaDB have no DDL (event) triggers");
}
