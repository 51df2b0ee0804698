/* main.c - the sctconv command: a thin client of libsctconv (argument parsing, files, exit status). */
#include "sctconv.h"
#include "report_opts.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: sctconv --from DIALECT --to ENGINE[:VERSION] [options] FILE... | -\n"
	"\n"
	"Converts database schema scripts and reports what needs a person.\n"
	"\n"
	"  --from DIALECT       source dialect: mssql, oracle\n"
	"  --to ENGINE[:VER]    target engine: postgres[:10..17] (default 15), aurora-postgres[:11..16],\n"
	"                       mysql[:5.7|8.0] (default 8.0), aurora-mysql[:2|3], mariadb[:10.2..11.8] (10.11)\n"
	"  -o, --output FILE    write the DDL to FILE (default: standard output)\n"
	"  --report FILE        write the assessment report to FILE ('-' for standard output); the format\n"
	"                       follows the extension: .json (default), .txt, .html, .csv\n"
	"  --report-format F    json, text, html or csv, whatever the extension\n"
	"  --assess             report only: no DDL is written (text report on standard output without --report)\n"
	"  --annotate WHICH     comments above the DDL naming its report items: none, errors (warnings and\n"
	"                       errors, the default) or all\n"
	"  --explain CODE       what a report code means, and what to do (docs/report-codes.md lists them all)\n"
	"  --list-codes         print every report code as Markdown\n"
	"  --rules FILE         add a rules file; its rules win over the built-in ones (repeatable)\n"
	"  --keep-case          keep identifier case (quoted) instead of folding to lower case\n"
	"  --default-schema S   schema for unqualified names (default: dbo)\n"
	"  --schema-map FROM=TO put source schema FROM into target schema TO (MySQL: a database); repeatable\n"
	"  --result-sets STYLE  procedures' result sets: refcursor (INOUT refcursor parameters, the default)\n"
	"                       or table (FUNCTION ... RETURNS TABLE when the only output is one result set)\n"
	"  --no-validate        do not check emitted PostgreSQL with libpg_query\n"
	"  --threads N          1: one thread; 2: the libpg_query check on a second thread; auto (or 0, the\n"
	"                       default): a second thread when the process may use two CPUs\n"
	"  -q, --quiet          no summary line on standard error\n"
	"  -h, --help           this text;  --version  the version\n"
	"\n"
	"Exit status: 0 everything converted, 1 some input not converted or needs a person, 2 usage error.\n";

/* The DDL file and the report file (or standard output), written as the library hands the text on
 * (sct_options.ddl_write, sct_result_report_write), so the command never holds all of it. The file is opened at
 * the first chunk, or at the end when there was none, so that a conversion that fails (an input that cannot be
 * read) leaves it as it was; a failure is reported at the end (out_finish), where writing the whole text at
 * once reported it. */
typedef struct out_file {
	const char *path;   /* "-": standard output */
	FILE *f;
	int err;            /* errno of the first failure, or -1 (unknown); 0: none */
} out_file;

static int out_open(out_file *d)
{
	if (!d->f && !(d->f = strcmp(d->path, "-") == 0 ? stdout : fopen(d->path, "wb")))
		d->err = errno ? errno : -1;
	return d->f ? 0 : -1;
}

static int out_write(void *payload, const char *data, size_t len)
{
	out_file *d = payload;
	if (out_open(d))
		return -1;
	if (fwrite(data, 1, len, d->f) != len) {
		d->err = errno ? errno : -1;
		return -1;
	}
	return 0;
}

/* The end of the text: open (when no chunk came), close or flush, and say what failed; 0 or -1. */
static int out_finish(out_file *d)
{
	if (!d->err && !out_open(d)) {
		errno = 0;
		int bad = ferror(d->f);
		if (d->f != stdout ? fclose(d->f) != 0 : fflush(d->f) != 0)
			bad = 1;
		if (bad)
			d->err = errno ? errno : -1;
		d->f = NULL;
	}
	if (d->f && d->f != stdout)
		fclose(d->f);
	if (!d->err)
		return 0;
	fprintf(stderr, "sctconv: cannot write %s: %s\n", d->path, d->err > 0 ? strerror(d->err) : "write error");
	return -1;
}

/* Can we create/replace this output file? Checked before converting so a bad path is a usage error. */
static int check_writable(const char *path)
{
	if (strcmp(path, "-") == 0)
		return 0;
	FILE *f = fopen(path, "ab");
	if (!f) {
		fprintf(stderr, "sctconv: cannot write %s: %s\n", path, strerror(errno));
		return -1;
	}
	fclose(f);
	return 0;
}

static int run(int argc, char **argv, const char **rules, const char **files);

/* file:line:col: error: message on one line: line breaks and other control characters in the message (it may
 * quote source text) become spaces. Made in a buffer and written at once: standard error is unbuffered, and a
 * character at a time was a system call each (20k errors: 420k calls). */
static void print_error(const sct_item *it)
{
	char line[1024];
	int n = snprintf(line, sizeof line, "%s:%d:%d: error: ", it->file, it->line, it->col);
	size_t k = n > 0 && (size_t)n < sizeof line ? (size_t)n : 0;
	if (n > 0 && !k) /* a very long file name */
		fprintf(stderr, "%s:%d:%d: error: ", it->file, it->line, it->col);
	for (const char *p = it->message;; p++) {
		if (k == sizeof line) {
			fwrite(line, 1, k, stderr);
			k = 0;
		}
		if (!*p) {
			line[k++] = '\n';
			break;
		}
		line[k++] = (unsigned char)*p < 0x20 || *p == 0x7f ? ' ' : *p;
	}
	fwrite(line, 1, k, stderr);
}

int main(int argc, char **argv)
{
	const char **rules = calloc((size_t)argc, sizeof(char *));
	const char **files = calloc((size_t)argc, sizeof(char *));
	int rc = rules && files ? run(argc, argv, rules, files) : 2;
	free(rules);
	free(files);
	return rc;
}

static int run(int argc, char **argv, const char **rules, const char **files)
{
	sct_options opts = SCT_OPTIONS_INIT;
	const char *output = NULL, *report = NULL, *report_format = NULL;
	int nrules = 0, nfiles = 0, quiet = 0, assess = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;
#define TAKE(name)                                                                       \
	(strcmp(a, name) == 0 ? (i + 1 < argc ? (val = argv[++i], 1) : -1)                   \
			      : (strncmp(a, name "=", sizeof(name)) == 0 ? (val = a + sizeof(name), 1) : 0))
		int t;
		if ((t = TAKE("--report-format")) || (t = TAKE("--annotate")) || (t = TAKE("--explain"))) {
			if (t < 0) {
				fprintf(stderr, "sctconv: %s needs a value\n%s", a, usage);
				return 2;
			}
			if (!strncmp(a, "--explain", 9))
				return sct_cli_explain(val);
			sct_report_format f;
			if (!strncmp(a, "--annotate", 10) && (opts.annotate = sct_cli_annotate(val)) < 0) {
				fprintf(stderr, "sctconv: --annotate takes none, errors or all, not '%s'\n", val);
				return 2;
			}
			if (!strncmp(a, "--report-format", 15) && sct_cli_report_format(NULL, report_format = val, &f) < 0) {
				fprintf(stderr, "sctconv: --report-format takes json, text, html or csv, not '%s'\n", val);
				return 2;
			}
		} else if ((t = TAKE("--result-sets"))) {
			if (t < 0 || (strcmp(val, "refcursor") && strcmp(val, "table"))) {
				fprintf(stderr, "sctconv: --result-sets takes refcursor or table\n%s", usage);
				return 2;
			}
			opts.result_sets = strcmp(val, "table") ? SCT_RESULT_SETS_REFCURSOR : SCT_RESULT_SETS_TABLE;
		} else if ((t = TAKE("--threads"))) {
			char *end = NULL;
			long n = t < 0 ? -1 : !strcmp(val, "auto") ? 0 : strtol(val, &end, 10);
			if (n < 0 || n > 2 || (end && (end == val || *end))) {
				fprintf(stderr, "sctconv: --threads takes auto, 0, 1 or 2\n%s", usage);
				return 2;
			}
			opts.threads = (int)n;
		} else if ((t = TAKE("--schema-map"))) {
			/* FROM=TO, repeatable: joined with ',' for sct_options.schema_map */
			static char map[4096];
			size_t used = strlen(map);
			if (t < 0 || !strchr(val, '=') || strchr(val, ',') || used + strlen(val) + 2 > sizeof map) {
				fprintf(stderr, "sctconv: --schema-map takes FROM=TO\n%s", usage);
				return 2;
			}
			snprintf(map + used, sizeof map - used, "%s%s", used ? "," : "", val);
			opts.schema_map = map;
		} else if (!strcmp(a, "--assess")) {
			assess = 1;
		} else if (!strcmp(a, "--list-codes")) {
			return sct_cli_list_codes();
		} else if ((t = TAKE("--from")) || (t = TAKE("--to")) || (t = TAKE("--output")) || (t = TAKE("-o")) ||
		    (t = TAKE("--report")) || (t = TAKE("--rules")) || (t = TAKE("--default-schema"))) {
			if (t < 0) {
				fprintf(stderr, "sctconv: %s needs a value\n%s", a, usage);
				return 2;
			}
			if (!strncmp(a, "--from", 6))
				opts.source = val;
			else if (!strncmp(a, "--to", 4))
				opts.target = val;
			else if (!strncmp(a, "--output", 8) || !strcmp(a, "-o"))
				output = val;
			else if (!strncmp(a, "--report", 8))
				report = val;
			else if (!strncmp(a, "--rules", 7))
				rules[nrules++] = val;
			else
				opts.default_schema = val;
		} else if (!strcmp(a, "--keep-case")) {
			opts.keep_case = 1;
		} else if (!strcmp(a, "--no-validate")) {
			opts.no_validate = 1;
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			quiet = 1;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(a, "--version")) {
			printf("sctconv %s\n", SCT_VERSION_STRING);
			return 0;
		} else if (a[0] == '-' && a[1] != 0) {
			fprintf(stderr, "sctconv: unknown option '%s'\n%s", a, usage);
			return 2;
		} else {
			files[nfiles++] = a;
		}
	}
	if (!opts.source || !opts.target) {
		fprintf(stderr, "sctconv: --from and --to are required\n%s", usage);
		return 2;
	}
	if (nfiles == 0) {
		fprintf(stderr, "sctconv: no input files (use - for standard input)\n");
		return 2;
	}
	out_file ddl = {output ? output : "-", NULL, 0};
	if (!assess || output) { /* the DDL goes to a file or standard output as it is made */
		opts.ddl_write = out_write;
		opts.ddl_payload = &ddl;
	}
	sct_session *s;
	if (sct_session_new(&s, &opts) != SCT_OK) {
		fprintf(stderr, "sctconv: %s\n", sct_error_last());
		return 2;
	}
	for (int i = 0; i < nrules; i++)
		if (sct_session_add_rules_file(s, rules[i]) != SCT_OK) {
			fprintf(stderr, "%s\n", sct_error_last());
			sct_session_free(s);
			return 2;
		}
	if (sct_session_same_engine(s)) {
		fprintf(stderr, "sctconv: source and target are both %s: no conversion is needed\n", opts.source);
		sct_session_free(s);
		return 0;
	}
	if ((output && check_writable(output)) || (report && check_writable(report))) {
		sct_session_free(s);
		return 2;
	}
	sct_result *r = NULL;
	if (sct_convert_files(&r, s, files, (size_t)nfiles) != SCT_OK && !r) { /* r set: the DDL write failed */
		fprintf(stderr, "sctconv: %s\n", sct_error_last());
		if (ddl.f && ddl.f != stdout)
			fclose(ddl.f);
		sct_session_free(s);
		return 2;
	}
	size_t nitems = sct_result_item_count(r);
	for (size_t i = 0; i < nitems; i++) { /* the items themselves are made only for these */
		const char *code = sct_result_item_code(r, i);
		if (!strcmp(code, "P001") || !strcmp(code, "X001"))
			print_error(sct_result_item(r, i));
	}
	int rc = sct_result_status(r);
	if (opts.ddl_write && out_finish(&ddl))
		rc = 2;
	if (assess && !report)
		report = "-", report_format = report_format ? report_format : "text";
	if (report) { /* written as it is rendered: the command never holds the whole report */
		sct_report_format fmt;
		sct_cli_report_format(report, report_format, &fmt);
		out_file rf = {report, NULL, 0};
		if (sct_result_report_write(r, fmt, out_write, &rf) != SCT_OK && !rf.err) { /* nothing written */
			fprintf(stderr, "sctconv: %s\n", sct_error_last());
			rc = 2;
		} else if (out_finish(&rf)) { /* says what failed */
			rc = 2;
		}
	}
	if (!quiet) {
		size_t n = sct_result_stmt_count(r), conv = 0, manual = 0;
		for (size_t i = 0; i < n; i++) {
			const sct_stmt *st = sct_result_stmt(r, i);
			if (st->status == SCT_STATUS_CONVERTED || st->status == SCT_STATUS_NOTES)
				conv++;
			else if (st->status == SCT_STATUS_MANUAL)
				manual++;
		}
		fprintf(stderr, "sctconv: %zu statements: %zu converted, %zu need a person, %zu not needed; %zu report items\n",
			n, conv, manual, n - conv - manual, nitems);
	}
	sct_result_free(r);
	sct_session_free(s);
	return rc;
}
