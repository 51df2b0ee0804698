/* session.c - the public API: sessions (source, target, rules), conversions and their results. Drives the
 * stages: decode -> parse -> convert -> emit (+ validate) -> report. No global mutable state except the
 * thread-local last-error message. */
#include "sctconv.h"
#include "api/clocale.h"
#include "api/stats.h"
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

int sct_libversion(int *major, int *minor, int *patch)
{
	if (major)
		*major = SCT_VERSION_MAJOR;
	if (minor)
		*minor = SCT_VERSION_MINOR;
	if (patch)
		*patch = SCT_VERSION_PATCH;
	return SCT_OK;
}

const char *sct_engine_name(sct_engine e)
{
	static const char *const names[] = {NULL, "mssql", "postgres", "aurora-postgres", "mysql", "mariadb",
					      "aurora-mysql"};
	return (unsigned)e < sizeof names / sizeof names[0] ? names[e] : NULL;
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
	{"oracle", "oracle", SCT_FAMILY_OTHER, 0, 1, 0, 0, 0},
	{"postgres", "postgres", SCT_FAMILY_POSTGRES, 1, 0, 10, 17, 15},
	{"aurora-postgres", "aurora-postgres", SCT_FAMILY_POSTGRES, 1, 0, 11, 16, 15},
	/* MySQL family: versions are checked by mysql_version() below */
	{"mysql", "mysql", SCT_FAMILY_MYSQL, 1, 0, 5, 8, 8},
	{"aurora-mysql", "aurora-mysql", SCT_FAMILY_MYSQL, 1, 0, 2, 3, 3},
	{"mariadb", "mariadb", SCT_FAMILY_MYSQL, 1, 0, 10, 11, 10},
};

/* MySQL-family version text -> the MySQL/MariaDB version it means, and the name for the report.
 * mysql 5.7[.x] and 8.0[.x] (no patch: the newest of the series); aurora-mysql 2 (= MySQL 5.7) and
 * 3 (= MySQL 8.0.23); mariadb 10.2 .. 11.8 (default 10.11). Returns -1 for an unknown version. */
static int mysql_version(const engine_info *e, const char *text, long *v, char *name, size_t cap)
{
	long x = 0;
	if (text && sct_rules_parse_version(text, &x) < 0)
		return -1;
	long major = x / 1000000, minor = x / 1000 % 1000;
	int has_patch = text && strchr(text, '.') && strchr(strchr(text, '.') + 1, '.');
	if (!strcmp(e->name, "aurora-mysql")) {
		if (!text)
			major = 3;
		if ((major != 2 && major != 3) || x % 1000000)
			return -1;
		*v = major == 2 ? 5007044 : 8000023;
		snprintf(name, cap, "%s:%ld", e->name, major);
		return 0;
	}
	if (!strcmp(e->name, "mysql")) {
		if (!text)
			major = 8, minor = 0;
		if (!((major == 5 && minor == 7) || (major == 8 && minor == 0)) || (text && !strchr(text, '.') && major != 8))
			return -1;
		*v = has_patch ? x : major * 1000000 + minor * 1000 + (major == 5 ? 44 : 40);
		snprintf(name, cap, "%s:%ld.%ld", e->name, major, minor);
		return 0;
	}
	if (!text)
		major = 10, minor = 11;
	if (!((major == 10 && minor >= 2 && minor <= 11) || (major == 11 && minor <= 8)) || (text && !strchr(text, '.')))
		return -1;
	*v = has_patch ? x : major * 1000000 + minor * 1000;
	snprintf(name, cap, "%s:%ld.%ld", e->name, major, minor);
	return 0;
}

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
	int threads;             /* sct_options.threads */
	int (*ddl_write)(void *payload, const char *data, size_t len); /* sct_options.ddl_write, or NULL */
	void *ddl_payload;
	int annotate;            /* SCT_ANNOTATE_* */
	int result_sets;         /* SCT_RESULT_SETS_* */
	const char *default_schema;
	const char *schema_map;
	sct_rules *rules;
};

static const char *known_list(int target)
{
	return target ? "postgres[:10..17], aurora-postgres[:11..16], mysql[:5.7|8.0], aurora-mysql[:2|3], "
			"mariadb[:10.2..11.8]" : "mssql, oracle";
}

/* sct_options with source/target filled from source_engine/target_engine/target_version where unset. */
static int resolve_engines(sct_options *o, char *tbuf, size_t tsize)
{
	if (!o->source && o->source_engine && !(o->source = sct_engine_name(o->source_engine)))
		return set_error(SCT_EUSAGE, "unknown source engine number %d", (int)o->source_engine);
	if (!o->target && o->target_engine) {
		const char *t = sct_engine_name(o->target_engine);
		if (!t)
			return set_error(SCT_EUSAGE, "unknown target engine number %d", (int)o->target_engine);
		if (o->target_version > 0)
			snprintf(tbuf, tsize, "%s:%d", t, o->target_version);
		else
			snprintf(tbuf, tsize, "%s", t);
		o->target = tbuf;
	}
	return SCT_OK;
}

static int session_new(sct_session **out, const sct_options *given)
{
	if (!out)
		return set_error(SCT_EUSAGE, "sct_session_new: out is NULL");
	*out = NULL;
	if (!given || given->version < 1 || given->version > SCT_OPTIONS_VERSION)
		return set_error(SCT_EUSAGE, "options: unsupported version");
	/* an older struct ends before the fields added since: read to its end, the rest from SCT_OPTIONS_INIT */
	sct_options resolved = SCT_OPTIONS_INIT, *opts = &resolved;
	memcpy(&resolved, given, given->version == 1 ? offsetof(sct_options, threads)
			       : given->version == 2 ? offsetof(sct_options, ddl_write) : sizeof resolved);
	if (opts->threads < 0)
		return set_error(SCT_EUSAGE, "options: threads must be 0 (automatic) or more, not %d", opts->threads);
	char tbuf[64];
	if (resolve_engines(opts, tbuf, sizeof tbuf) != SCT_OK)
		return SCT_EUSAGE;
	if (!opts->source || !opts->target)
		return set_error(SCT_EUSAGE, "both a source dialect and a target engine are needed");
	if (opts->annotate < SCT_ANNOTATE_ERRORS || opts->annotate > SCT_ANNOTATE_ALL)
		return set_error(SCT_EUSAGE, "options: unknown annotate value %d", opts->annotate);
	if (opts->result_sets < SCT_RESULT_SETS_REFCURSOR || opts->result_sets > SCT_RESULT_SETS_TABLE)
		return set_error(SCT_EUSAGE, "options: unknown result_sets value %d", opts->result_sets);
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
	s->threads = opts->threads;
	s->ddl_write = opts->ddl_write;
	s->ddl_payload = opts->ddl_payload;
	s->annotate = opts->annotate;
	s->result_sets = opts->result_sets;
	/* unqualified names: T-SQL's default schema is dbo; Oracle's is the connected user's, which a script does
	 * not name: they stay unqualified (NULL) unless --default-schema says where they go */
	s->default_schema = opts->default_schema ? sct_arena_strdup(&s->arena, opts->default_schema)
			    : strcmp(src->name, "oracle") ? "dbo" : NULL;
	s->schema_map = opts->schema_map ? sct_arena_strdup(&s->arena, opts->schema_map) : NULL;
	if (src != tgt) {
		if (!tgt->is_target) {
			sct_session_free(s);
			return set_error(SCT_EUSAGE, "target engine '%.*s' is not supported yet (known: %s)", (int)tn,
					 opts->target, known_list(1));
		}
		int major = tgt->vdef;
		if (tgt->fam == SCT_FAMILY_MYSQL) {
			if (mysql_version(tgt, colon ? colon + 1 : NULL, &s->version, s->target_name, sizeof s->target_name) < 0) {
				sct_session_free(s);
				return set_error(SCT_EUSAGE, "unknown version '%s' of %s (known: %s)", colon + 1, tgt->name,
						 !strcmp(tgt->name, "mysql") ? "5.7, 8.0, 8.0.N" :
						 !strcmp(tgt->name, "mariadb") ? "10.2 .. 10.11, 11.0 .. 11.8" : "2 (MySQL 5.7), 3 (MySQL 8.0)");
			}
		} else if (colon) {
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
		if (tgt->fam != SCT_FAMILY_MYSQL)
			snprintf(s->target_name, sizeof s->target_name, "%s:%d", tgt->name, major);
		s->rules = sct_rules_new(&s->arena, src->family, tgt->family, s->version);
		if (sct_rules_load_builtin(s->rules) < 0) {
			const char *e = sct_rules_last_error(s->rules);
			int rc = set_error(SCT_ERULES, "%s", e ? e : "built-in rules failed to load"); /* e is in s's arena */
			sct_session_free(s);
			return rc;
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

static int add_rules_text(sct_session *s, const char *name, const char *text, size_t len)
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
	buf[n] = 0; /* n < cap here (the last fread returned 0): NUL-terminated, as sct_input_adopt needs */
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
	sct_item *items;   /* sct_result_items' array, made on its first call */
	sct_item **chunks; /* sct_result_item's items, ITEM_CHUNK at a time, made when first asked for */
	size_t nitems;
	int status;
	sct_stats *stats;  /* stage timing (api/stats.h), printed by sct_result_free when SCT_STATS=1 */
	char **owned;      /* input buffers used in place (sct_convert_files), freed with the result */
	size_t nowned;
};

static int effort_of(void *ctx, const char *code, int *effort, int *learn)
{
	return sct_rules_code_effort(ctx, code, effort, learn);
}

/* The input's text, NUL-terminated UTF-8: the caller's buffer itself when it may be adopted (owned[i] set, a
 * malloc'd buffer with a NUL after it that the result then frees), else a copy in the arena. */
static const char *input_text(sct_result *r, const sct_input *in, char **owned, size_t i, size_t *len, const char **enc)
{
	if (owned && owned[i]) {
		const char *t = sct_input_adopt(owned[i], in->len, len, enc);
		if (t) {
			r->owned[r->nowned++] = owned[i];
			owned[i] = NULL;
			return t;
		}
	}
	return sct_input_decode(&r->arena, in->data, in->len, len, enc);
}

static int convert(sct_result **out, const sct_session *s, const sct_input *inputs, size_t ninputs, char **owned);

int sct_convert(sct_result **out, const sct_session *s, const sct_input *inputs, size_t ninputs)
{
	return convert(out, s, inputs, ninputs, NULL);
}

static int convert_stages(sct_result **out, const sct_session *s, const sct_input *inputs, size_t ninputs, char **owned)
{
	if (!out)
		return set_error(SCT_EUSAGE, "sct_convert: out is NULL");
	*out = NULL;
	if (!s || (ninputs && !inputs))
		return set_error(SCT_EUSAGE, "sct_convert: no session or no inputs");
	sct_result *r = calloc(1, sizeof *r);
	if (!r || (owned && !(r->owned = calloc(ninputs ? ninputs : 1, sizeof *r->owned)))) {
		free(r);
		return set_error(SCT_ERROR, "out of memory");
	}
	sct_arena_init(&r->arena);
	sct_arena *a = &r->arena;
	r->stats = sct_arena_alloc(a, sizeof *r->stats);
	double t0 = sct_stats_now(), t1;
	r->rep.a = a;
	r->rep.source = s->src->name;
	r->rep.target = s->target_name;
	r->rep.nfiles = (int)ninputs;
	r->rep.files = sct_arena_alloc(a, sizeof(sct_report_file) * (ninputs ? ninputs : 1));
	if (s->rules) {
		r->rep.effort_of = effort_of;
		r->rep.effort_ctx = s->rules;
	}
	int hierarchyid = 0, hierarchyid_known = 1; /* a type named hierarchyid parsed; whether the parsers tell */
	for (size_t i = 0; i < ninputs; i++) {
		sct_report_file *f = &r->rep.files[i];
		const char *enc;
		f->name = sct_arena_strdup(a, inputs[i].name ? inputs[i].name : "-");
		f->src = input_text(r, &inputs[i], owned, i, &f->len, &enc);
		sct_linemap_build(&f->lines, a, f->src, f->len);
		r->stats->bytes += inputs[i].len;
		t1 = sct_stats_now(), r->stats->decode += t1 - t0, t0 = t1;
		if (s->src == s->tgt)
			continue;
		if (!strcmp(s->src->name, "oracle")) {
			sct_parse_oracle(a, f->src, f->len, (int)i, &r->stmts);
			hierarchyid_known = 0;
		} else {
			size_t dq = sct_parse_tsql(a, f->src, f->len, (int)i, &r->stmts, &hierarchyid);
			if (dq < f->len)
				sct_conv_qi_assumed(&r->rep, (int)i, dq);
		}
		t1 = sct_stats_now(), r->stats->parse += t1 - t0, t0 = t1;
		r->stats->arena_parse = a->total - (size_t)(a->end - a->cur);
	}
	sct_buf ddl;
	sct_buf_init(&ddl);
	/* with ddl_write, the DDL goes there as it becomes final (emit.h) and the result keeps none of it */
	sct_sink sink = {s->ddl_write, s->ddl_payload, 0, 0};
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
		cv.source = s->src->name;
		cv.family = s->tgt->fam;
		cv.version = s->version;
		cv.keep_case = s->keep_case;
		cv.max_ident = cv.family == SCT_FAMILY_MYSQL ? 64 : 63;
		cv.default_schema = s->default_schema;
		cv.schema_map = s->schema_map;
		cv.result_sets = s->result_sets;
		cv.stmts = &r->stmts;
		cv.hierarchyid = hierarchyid_known && !hierarchyid; /* 1: no column of that type, without looking */
		sct_hash_init(&cv.objects, a);
		sct_hash_init(&cv.relnames, a);
		sct_hash_init(&cv.connames, a);
		sct_hash_init(&cv.schema_seen, a);
		sct_convert_all(&cv);
		t1 = sct_stats_now(), r->stats->convert += t1 - t0, t0 = t1;
		r->stats->arena_convert = a->total - (size_t)(a->end - a->cur);
		sct_emit_opts eo = {!s->no_validate, &r->stats->validate, s->annotate, s->threads, &r->stats->worker,
				    sink.write ? &sink : NULL};
		if (cv.family == SCT_FAMILY_MYSQL)
			sct_emit_mysql(&cv, &eo, &ddl);
		else
			sct_emit_postgres(&cv, &eo, &ddl);
	}
	if (sink.write) {
		sct_sink_pass(&sink, &ddl, ddl.len); /* the rest */
		sct_buf_free(&ddl);
	}
	if (s->src != s->tgt)
		t1 = sct_stats_now(), r->stats->emit += t1 - t0 - r->stats->validate, t0 = t1;
	sct_report_summarize(&r->rep, &r->stmts); /* summary per object type, rates, effort */
	/* 1 when a statement was not converted or an item is above info (counted by the summary) */
	const sct_summary *sum = &r->rep.sum;
	r->status = sum->manual_statements || sum->sev[SCT_SEV_WARNING] || sum->sev[SCT_SEV_ERROR];
	sct_report_sort(&r->rep);
	r->ddl = sct_buf_detach(&ddl, &r->ddl_len);
	r->nitems = (size_t)r->rep.items.n; /* the array of copies: on the first sct_result_items call */
	r->stats->report += sct_stats_now() - t0;
	r->stats->statements = (size_t)r->stmts.n;
	*out = r;
	if (sink.failed) /* the result is complete but for the DDL: the caller frees it (sctconv.h) */
		return set_error(SCT_EIO, "writing the DDL failed: ddl_write returned %d; what it was given is "
				 "incomplete", sink.failed);
	return SCT_OK;
}

int sct_convert_files(sct_result **out, const sct_session *s, const char *const *paths, size_t npaths)
{
	if (!out)
		return set_error(SCT_EUSAGE, "sct_convert_files: out is NULL");
	*out = NULL;
	if (!s || (npaths && !paths))
		return set_error(SCT_EUSAGE, "sct_convert_files: no session or no paths");
	sct_input *in = calloc(npaths ? npaths : 1, sizeof *in);
	if (!in)
		return set_error(SCT_ERROR, "out of memory");
	int rc = SCT_OK;
	size_t n = 0;
	double t0 = sct_stats_now();
	for (; n < npaths; n++) {
		char *data;
		size_t len;
		if ((rc = read_file(paths[n], &data, &len)) != SCT_OK)
			break;
		in[n].name = strcmp(paths[n], "-") == 0 ? "<stdin>" : paths[n];
		in[n].data = data;
		in[n].len = len;
	}
	double tread = sct_stats_now() - t0;
	/* the buffers read are handed over: a UTF-8 one becomes the result's source text without a copy */
	char **owned = calloc(npaths ? npaths : 1, sizeof *owned);
	for (size_t i = 0; owned && i < n; i++)
		owned[i] = (char *)in[i].data;
	if (rc == SCT_OK)
		rc = convert(out, s, in, npaths, owned);
	if (rc == SCT_OK && *out)
		(*out)->stats->read = tread;
	for (size_t i = 0; i < n; i++)
		if (!owned || owned[i])
			free((char *)in[i].data);
	free(owned);
	free(in);
	return rc;
}

void sct_result_free(sct_result *r)
{
	if (!r)
		return;
	if (r->stats && sct_stats_wanted()) {
		r->stats->arena_bytes = r->arena.total;
		r->stats->arena_end = r->arena.total - (size_t)(r->arena.end - r->arena.cur);
		sct_stats_print(r->stats);
	}
	free(r->ddl);
	sct_report_release(&r->rep);
	for (size_t i = 0; i < r->nowned; i++)
		free(r->owned[i]);
	free(r->owned);
	sct_arena_release(&r->arena);
	free(r);
}

const char *sct_result_ddl(const sct_result *r, size_t *len)
{
	if (len)
		*len = r->ddl_len;
	return r->ddl;
}

/* The report keeps its items narrow (report.h); their public form is made when the API asks for it, in the
 * result's arena so that it lives as long as the result: for sct_result_item, ITEM_CHUNK items around the one
 * asked for; for sct_result_items, the whole array, whose chunks sct_result_item then answers from (its
 * pointers are the array's entries). A result belongs to one thread at a time (sctconv.h), so making them here
 * needs no lock. */
#define ITEM_CHUNK 1024

static void make_items(sct_result *r, sct_item *to, size_t from, size_t n)
{
	sct_item_scratch s;
	sct_item_scratch_init(&s);
	for (size_t i = 0; i < n; i++)
		sct_report_item_keep(&r->rep, &r->rep.items.at[from + i], &s, &to[i]);
}

static void need_chunks(sct_result *r)
{
	if (!r->chunks)
		r->chunks = sct_arena_alloc(&r->arena, sizeof(sct_item *) * (r->nitems / ITEM_CHUNK + 1));
}

const sct_item *sct_result_items(const sct_result *r, size_t *count_out)
{
	*count_out = r->nitems;
	if (!r->items) {
		sct_result *w = (sct_result *)r; /* allocated writable by convert(): only the cache changes */
		need_chunks(w);
		w->items = sct_arena_alloc(&w->arena, sizeof(sct_item) * (r->nitems ? r->nitems : 1));
		for (size_t k = 0; k * ITEM_CHUNK < r->nitems; k++) {
			size_t from = k * ITEM_CHUNK, n = r->nitems - from < ITEM_CHUNK ? r->nitems - from : ITEM_CHUNK;
			if (w->chunks[k]) /* made already: the same texts */
				memcpy(w->items + from, w->chunks[k], sizeof(sct_item) * n);
			else
				make_items(w, w->chunks[k] = w->items + from, from, n);
		}
	}
	return r->items;
}

size_t sct_result_item_count(const sct_result *r)
{
	return r ? r->nitems : 0;
}

const sct_item *sct_result_item(const sct_result *r, size_t i)
{
	if (!r || i >= r->nitems)
		return NULL;
	sct_result *w = (sct_result *)r; /* as in sct_result_items */
	need_chunks(w);
	size_t k = i / ITEM_CHUNK;
	if (!w->chunks[k]) {
		size_t from = k * ITEM_CHUNK, n = r->nitems - from < ITEM_CHUNK ? r->nitems - from : ITEM_CHUNK;
		make_items(w, w->chunks[k] = sct_arena_alloc(&w->arena, sizeof(sct_item) * n), from, n);
	}
	return &w->chunks[k][i % ITEM_CHUNK];
}

const char *sct_result_item_code(const sct_result *r, size_t i)
{
	return r && i < r->nitems ? sct_report_item_code(&r->rep, &r->rep.items.at[i]) : NULL;
}

int sct_result_status(const sct_result *r)
{
	return r->status;
}

/* The report into b, or through k as it is written (k NULL: all of it stays in b; report.h). Nothing is written
 * for an unknown format. */
static int render_report(const sct_result *r, sct_report_format format, sct_buf *b, sct_sink *k)
{
	double t0 = sct_stats_now();
	switch (format) {
	case SCT_REPORT_JSON: sct_report_json(&r->rep, b, k); break;
	case SCT_REPORT_TEXT: sct_report_text(&r->rep, b, k); break;
	case SCT_REPORT_HTML: sct_report_html(&r->rep, b, k); break;
	case SCT_REPORT_CSV: sct_report_csv(&r->rep, b, k); break;
	default: return set_error(SCT_EUSAGE, "unknown report format %d (json, text, html, csv)", (int)format);
	}
	r->stats->report += sct_stats_now() - t0;
	return SCT_OK;
}

static int result_report(char **out, size_t *len, const sct_result *r, sct_report_format format)
{
	sct_buf b;
	sct_buf_init(&b);
	int rc = render_report(r, format, &b, NULL);
	if (rc != SCT_OK) {
		sct_buf_free(&b);
		*out = NULL;
		return rc;
	}
	*out = sct_buf_detach(&b, len);
	return SCT_OK;
}

/* The report handed on in chunks as it is rendered: the buffer holds about one chunk (util/sink.h). */
static int result_report_write(const sct_result *r, sct_report_format format,
			       int (*write)(void *payload, const char *data, size_t len), void *payload)
{
	if (!r || !write)
		return set_error(SCT_EUSAGE, "sct_result_report_write: no result or no write function");
	sct_buf b;
	sct_buf_init(&b);
	sct_sink k = {write, payload, 0, 0};
	int rc = render_report(r, format, &b, &k);
	if (rc == SCT_OK)
		sct_sink_pass(&k, &b, b.len); /* the rest (nothing when the writing failed) */
	sct_buf_free(&b);
	if (rc == SCT_OK && k.failed)
		return set_error(SCT_EIO, "writing the report failed: write returned %d; what it was given is "
				 "incomplete", k.failed);
	return rc;
}

void sct_buffer_free(char *buf)
{
	free(buf);
}

static int code_explain(char **out, size_t *len, const char *code)
{
	sct_buf b;
	sct_buf_init(&b);
	*out = NULL;
	if (!code || sct_code_explain_write(code, &b) < 0) {
		sct_buf_free(&b);
		return set_error(SCT_EUSAGE, "unknown report code '%s' (the codes: docs/report-codes.md)", code ? code : "");
	}
	*out = sct_buf_detach(&b, len);
	return SCT_OK;
}

static int codes_markdown(char **out, size_t *len)
{
	sct_buf b;
	sct_buf_init(&b);
	sct_codes_markdown_write(&b);
	*out = sct_buf_detach(&b, len);
	return SCT_OK;
}

size_t sct_result_stmt_count(const sct_result *r)
{
	return (size_t)r->stmts.n;
}

const sct_stmt *sct_result_stmt(const sct_result *r, size_t i)
{
	return i < (size_t)r->stmts.n ? r->stmts.items[i] : NULL;
}

/* The calls that read or write text, in the "C" locale whatever the program set (clocale.c). */
int sct_session_new(sct_session **out, const sct_options *given)
{
	sct_clocale l;
	sct_clocale_enter(&l);
	int rc = session_new(out, given);
	sct_clocale_leave(&l);
	return rc;
}

int sct_session_add_rules_text(sct_session *s, const char *name, const char *text, size_t len)
{
	sct_clocale l;
	sct_clocale_enter(&l);
	int rc = add_rules_text(s, name, text, len);
	sct_clocale_leave(&l);
	return rc;
}

static int convert(sct_result **out, const sct_session *s, const sct_input *inputs, size_t ninputs, char **owned)
{
	sct_clocale l;
	sct_clocale_enter(&l);
	int rc = convert_stages(out, s, inputs, ninputs, owned);
	sct_clocale_leave(&l);
	return rc;
}

int sct_result_report(char **out, size_t *len, const sct_result *r, sct_report_format format)
{
	sct_clocale l;
	sct_clocale_enter(&l);
	int rc = result_report(out, len, r, format);
	sct_clocale_leave(&l);
	return rc;
}

int sct_result_report_write(const sct_result *r, sct_report_format format,
			    int (*write)(void *payload, const char *data, size_t len), void *payload)
{
	sct_clocale l;
	sct_clocale_enter(&l);
	int rc = result_report_write(r, format, write, payload);
	sct_clocale_leave(&l);
	return rc;
}

int sct_code_explain(char **out, size_t *len, const char *code)
{
	sct_clocale l;
	sct_clocale_enter(&l);
	int rc = code_explain(out, len, code);
	sct_clocale_leave(&l);
	return rc;
}

int sct_codes_markdown(char **out, size_t *len)
{
	sct_clocale l;
	sct_clocale_enter(&l);
	int rc = codes_markdown(out, len);
	sct_clocale_leave(&l);
	return rc;
}
