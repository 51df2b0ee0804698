/* session.c - the public API: sessions (source, target, rules), conversions and their results. Drives the
 * stages: decode -> parse -> convert -> emit (+ validate) -> report. No global mutable state except the
 * thread-local last-error message. */
#include "sctconv.h"
#include "convert/convert.h"
#include "emit/emit.h"
#include "parse/input.h"
#include "parse/parse.h"
#include "report/report.h"
#include "rules/rules.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static _Thread_local char last_error[1024];

const char *sct_error_last(void)
{
	return last_error;
}

static int set_error(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int set_error(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(last_error, sizeof last_error, fmt, ap);
	va_end(ap);
	return code;
}

typedef struct engine_info {
	const char *name;
	const char *family;      /* engine name for the rules files */
	sct_family fam;
	int is_target;           /* an emitter exists */
	int is_source;           /* a parser exists */
	int vmin, vmax, vdef;    /* major versions (postgres) */
} engine_info;

static const engine_info engines[] = {
	{"mssql", "mssql", SCT_FAMILY_OTHER, 0, 1, 0, 0, 0},
	{"postgres", "postgres", SCT_FAMILY_POSTGRES, 1, 0, 10, 17, 15},
	{"aurora-postgres", "aurora-postgres", SCT_FAMILY_POSTGRES, 1, 0, 11, 16, 15},
};

static const engine_info *find_engine(const char *name, size_t n)
{
	if ((n == 9 && !strncasecmp(name, "sqlserver", 9)) || (n == 4 && !strncasecmp(name, "tsql", 4)))
		name = "mssql", n = 5;
	if ((n == 10 && !strncasecmp(name, "postgresql", 10)) || (n == 2 && !strncasecmp(name, "pg", 2)))
		name = "postgres", n = 8;
	for (size_t i = 0; i < sizeof engines / sizeof engines[0]; i++)
		if (strlen(engines[i].name) == n && !strncasecmp(engines[i].name, name, n))
			return &engines[i];
	return NULL;
}

struct sct_session {
	sct_arena arena;
	const engine_info *src, *tgt;
	long version;            /* encoded major*1000000 + minor*1000 + patch */
	char target_name[64];
	int keep_case, no_validate;
	const char *default_schema;
	sct_rules *rules;
};

static const char *known_list(int target)
{
	return target ? "postgres[:10..17], aurora-postgres[:11..16]" : "mssql";
}

int sct_session_new(sct_session **out, const sct_options *opts)
{
	*out = NULL;
	if (!opts || opts->version != SCT_OPTIONS_VERSION)
		return set_error(SCT_EUSAGE, "options: unsupported version");
	if (!opts->source || !opts->target)
		return set_error(SCT_EUSAGE, "both a source dialect and a target engine are needed");
	const engine_info *src = find_engine(opts->source, strlen(opts->source));
	const char *colon = strchr(opts->target, ':');
	size_t tn = colon ? (size_t)(colon - opts->target) : strlen(opts->target);
	const engine_info *tgt = find_engine(opts->target, tn);
	if (!src || !src->is_source) {
		if (src && tgt && src == tgt)
			goto same; /* e.g. postgres -> postgres */
		return set_error(SCT_EUSAGE, "unknown source dialect '%s' (known: %s)", opts->source, known_list(0));
	}
	if (!tgt)
		return set_error(SCT_EUSAGE, "unknown target engine '%.*s' (known: %s)", (int)tn, opts->target,
				 known_list(1));
same:;
	sct_session *s = calloc(1, sizeof *s);
	if (!s)
		return set_error(SCT_ERROR, "out of memory");
	sct_arena_init(&s->arena);
	s->src = src;
	s->tgt = tgt;
	s->keep_case = opts->keep_case;
	s->no_validate = opts->no_validate;
	s->default_schema = opts->default_schema ? sct_arena_strdup(&s->arena, opts->default_schema) : "dbo";
	if (src != tgt) {
		if (!tgt->is_target) {
			sct_session_free(s);
			return set_error(SCT_EUSAGE, "target engine '%.*s' is not supported yet (known: %s)", (int)tn,
					 opts->target, known_list(1));
		}
		int major = tgt->vdef;
		if (colon) {
			long v;
			if (sct_rules_parse_version(colon + 1, &v) < 0 || v / 1000000 < tgt->vmin || v / 1000000 > tgt->vmax) {
				sct_session_free(s);
				return set_error(SCT_EUSAGE, "unknown version '%s' of %s (known: %d..%d)", colon + 1, tgt->name,
						 tgt->vmin, tgt->vmax);
			}
			major = (int)(v / 1000000);
			s->version = v;
		} else {
			s->version = (long)major * 1000000;
		}
		snprintf(s->target_name, sizeof s->target_name, "%s:%d", tgt->name, major);
		s->rules = sct_rules_new(&s->arena, src->family, tgt->family, s->version);
		if (sct_rules_load_builtin(s->rules) < 0) {
			const char *e = sct_rules_last_error(s->rules);
			sct_session_free(s);
			return set_error(SCT_ERULES, "%s", e ? e : "built-in rules failed to load");
		}
	} else {
		snprintf(s->target_name, sizeof s->target_name, "%s", tgt->name);
	}
	*out = s;
	return SCT_OK;
}

void sct_session_free(sct_session *s)
{
	if (!s)
		return;
	sct_arena_release(&s->arena);
	free(s);
}

int sct_session_same_engine(const sct_session *s)
{
	return s->src == s->tgt;
}

int sct_session_add_rules_text(sct_session *s, const char *name, const char *text, size_t len)
{
	if (!s->rules)
		return SCT_OK;
	char *err = NULL;
	if (sct_rules_load_text(s->rules, name, text, len, &err) < 0)
		return set_error(SCT_ERULES, "%s", err ? err : "bad rules file");
	return SCT_OK;
}

static int read_file(const char *path, char **data, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return set_error(SCT_EIO, "%s: %s", path, strerror(errno));
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	if (!buf) {
		if (f != stdin)
			fclose(f);
		return set_error(SCT_ERROR, "out of memory");
	}
	for (;;) {
		if (n == cap) {
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				if (f != stdin)
					fclose(f);
				return set_error(SCT_ERROR, "out of memory");
			}
			buf = nb;
			cap *= 2;
		}
		size_t r = fread(buf + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	int err = ferror(f);
	if (f != stdin)
		fclose(f);
	if (err) {
		free(buf);
		return set_error(SCT_EIO, "%s: read error (is it a directory?)", path);
	}
	*data = buf;
	*len = n;
	return SCT_OK;
}

int sct_session_add_rules_file(sct_session *s, const char *path)
{
	char *data;
	size_t len;
	int rc = read_file(path, &data, &len);
	if (rc)
		return rc;
	rc = sct_session_add_rules_text(s, path, data, len);
	free(data);
	return rc;
}

struct sct_result {
	sct_arena arena;
	sct_report rep;
	sct_list stmts;
	char *ddl;
	size_t ddl_len;
	sct_item *items;
	size_t nitems;
	int status;
};

static int effort_of(void *ctx, const char *code, int *effort, int *learn)
{
	return sct_rules_code_effort(ctx, code, effort, learn);
}

static sct_objtype objtype_of(const sct_stmt *s)
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
	case SCT_STMT_ALTER_TABLE: return SCT_OBJ_CONSTRAINT;
	default: return SCT_OBJ_OTHER;
	}
}

static void count(sct_objcount *c, sct_status st, int n)
{
	c->count += n;
	if (st == SCT_STATUS_CONVERTED || st == SCT_STATUS_SKIPPED)
		c->automatic += n;
	else if (st == SCT_STATUS_NOTES)
		c->notes += n;
	else
		c->manual += n;
	if (st == SCT_STATUS_CONVERTED || st == SCT_STATUS_NOTES)
		c->in_target += n;
}

static void summarize(sct_result *r)
{
	sct_report *rep = &r->rep;
	rep->statements = r->stmts.n;
	for (int i = 0; i < r->stmts.n; i++) {
		const sct_stmt *s = r->stmts.items[i];
		count(&rep->summary[objtype_of(s)], s->status, 1);
		if (s->kind == SCT_STMT_TABLE) {
			const sct_table *t = s->u.table;
			int ncons = t->constraints.n, nidx = t->indexes.n;
			for (int j = 0; j < t->columns.n; j++)
				ncons += ((const sct_column *)t->columns.items[j])->constraints.n;
			count(&rep->summary[SCT_OBJ_COLUMN], s->status, t->columns.n);
			count(&rep->summary[SCT_OBJ_CONSTRAINT], s->status, ncons);
			count(&rep->summary[SCT_OBJ_INDEX], s->status, nidx);
		}
	}
	/* an ALTER TABLE is counted as the constraints it adds, not as one object */
	sct_objcount *k = &rep->summary[SCT_OBJ_CONSTRAINT];
	(void)k;
}

int sct_convert(sct_result **out, sct_session *s, const sct_input *inputs, size_t ninputs)
{
	*out = NULL;
	sct_result *r = calloc(1, sizeof *r);
	if (!r)
		return set_error(SCT_ERROR, "out of memory");
	sct_arena_init(&r->arena);
	sct_arena *a = &r->arena;
	r->rep.a = a;
	r->rep.source = s->src->name;
	r->rep.target = s->target_name;
	r->rep.nfiles = (int)ninputs;
	r->rep.files = sct_arena_alloc(a, sizeof(sct_report_file) * (ninputs ? ninputs : 1));
	if (s->rules) {
		r->rep.effort_of = effort_of;
		r->rep.effort_ctx = s->rules;
	}
	for (size_t i = 0; i < ninputs; i++) {
		sct_report_file *f = &r->rep.files[i];
		const char *enc;
		f->name = sct_arena_strdup(a, inputs[i].name ? inputs[i].name : "-");
		f->src = sct_input_decode(a, inputs[i].data, inputs[i].len, &f->len, &enc);
		sct_linemap_build(&f->lines, a, f->src, f->len);
		if (s->src == s->tgt)
			continue;
		sct_parse_tsql(a, f->src, f->len, (int)i, &r->stmts);
	}
	sct_buf ddl;
	sct_buf_init(&ddl);
	if (s->src == s->tgt) {
		sct_buf_printf(&ddl, "-- sctconv: source and target are both %s: no conversion is needed.\n", s->src->name);
		r->status = 0;
	} else {
		sct_conv cv;
		memset(&cv, 0, sizeof cv);
		cv.a = a;
		cv.rep = &r->rep;
		cv.rules = s->rules;
		cv.engine = s->tgt->name;
		cv.family = s->tgt->fam;
		cv.version = s->version;
		cv.keep_case = s->keep_case;
		cv.max_ident = 63;
		cv.default_schema = s->default_schema;
		cv.stmts = &r->stmts;
		sct_hash_init(&cv.objects, a);
		sct_hash_init(&cv.relnames, a);
		sct_hash_init(&cv.schema_seen, a);
		sct_convert_all(&cv);
		sct_emit_opts eo = {!s->no_validate};
		sct_emit_postgres(&cv, &eo, &ddl);
		summarize(r);
		r->status = 0;
		for (int i = 0; i < r->stmts.n; i++) {
			const sct_stmt *st = r->stmts.items[i];
			if (st->status == SCT_STATUS_MANUAL)
				r->status = 1;
		}
		for (int i = 0; i < r->rep.items.n; i++)
			if (((const sct_item *)r->rep.items.items[i])->severity >= SCT_SEV_WARNING)
				r->status = 1;
	}
	sct_report_sort(&r->rep);
	r->ddl = sct_buf_detach(&ddl, &r->ddl_len);
	r->nitems = (size_t)r->rep.items.n;
	r->items = sct_arena_alloc(a, sizeof(sct_item) * (r->nitems ? r->nitems : 1));
	for (size_t i = 0; i < r->nitems; i++)
		r->items[i] = *(const sct_item *)r->rep.items.items[i];
	*out = r;
	return SCT_OK;
}

int sct_convert_files(sct_result **out, sct_session *s, const char *const *paths, size_t npaths)
{
	*out = NULL;
	sct_input *in = calloc(npaths ? npaths : 1, sizeof *in);
	if (!in)
		return set_error(SCT_ERROR, "out of memory");
	int rc = SCT_OK;
	size_t n = 0;
	for (; n < npaths; n++) {
		char *data;
		size_t len;
		if ((rc = read_file(paths[n], &data, &len)) != SCT_OK)
			break;
		in[n].name = strcmp(paths[n], "-") == 0 ? "<stdin>" : paths[n];
		in[n].data = data;
		in[n].len = len;
	}
	if (rc == SCT_OK)
		rc = sct_convert(out, s, in, npaths);
	for (size_t i = 0; i < n; i++)
		free((char *)in[i].data);
	free(in);
	return rc;
}

void sct_result_free(sct_result *r)
{
	if (!r)
		return;
	free(r->ddl);
	sct_arena_release(&r->arena);
	free(r);
}

const char *sct_result_ddl(const sct_result *r, size_t *len)
{
	if (len)
		*len = r->ddl_len;
	return r->ddl;
}

const sct_item *sct_result_items(const sct_result *r, size_t *count_out)
{
	*count_out = r->nitems;
	return r->items;
}

int sct_result_status(const sct_result *r)
{
	return r->status;
}

int sct_result_report(char **out, size_t *len, const sct_result *r, sct_report_format format)
{
	sct_buf b;
	sct_buf_init(&b);
	switch (format) {
	case SCT_REPORT_JSON:
		sct_report_json(&r->rep, &b);
		break;
	default:
		sct_buf_free(&b);
		*out = NULL;
		return set_error(SCT_EUSAGE, "this report format is not available yet (json is)");
	}
	*out = sct_buf_detach(&b, len);
	return SCT_OK;
}

void sct_buffer_free(char *buf)
{
	free(buf);
}

size_t sct_result_stmt_count(const sct_result *r)
{
	return (size_t)r->stmts.n;
}

const sct_stmt *sct_result_stmt(const sct_result *r, size_t i)
{
	return i < (size_t)r->stmts.n ? r->stmts.items[i] : NULL;
}
