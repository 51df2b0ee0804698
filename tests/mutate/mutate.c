/* mutate.c - mutation test of the promises: never crash or hang, exit 0 or 1, every error line on stderr is
 * file:line:col: error: message with a position inside the file, and every source statement accounted for.
 *
 *   mutate CLI DIR_OR_FILE...     (SCT_MUTATE_SEED, SCT_MUTATE_COUNT override the seed and the number of mutants)
 *
 * Mutants of every .sql file found: tokens or bytes deleted, inserted, duplicated, the text truncated (a fixed
 * seed: the same mutants on every run). Each is converted in process through the API (statement spans, their
 * status, the carried comments in the output, item positions) and by the CLI (exit status, stderr format).
 * Last line: mutate: N passed, N failed. */
#include "sctconv.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static uint64_t rng = 0x5EED5EED12345678ULL;
static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return n ? (unsigned)(rng % n) : 0;
}

typedef struct buf {
	char *d;
	size_t n, cap;
} buf;

static void put(buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->d = realloc(b->d, b->cap);
		if (!b->d)
			abort();
	}
	memcpy(b->d + b->n, s, n);
	b->n += n;
	b->d[b->n] = 0;
}

/* ---------- inputs ---------- */

static char **files;
static size_t nfiles, capfiles;

static void add_path(const char *p)
{
	struct stat st;
	if (stat(p, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(p);
		if (!d)
			return;
		struct dirent *e;
		char **names = NULL;
		size_t n = 0;
		while ((e = readdir(d))) {
			if (e->d_name[0] == '.')
				continue;
			names = realloc(names, (n + 1) * sizeof *names);
			names[n] = malloc(strlen(p) + strlen(e->d_name) + 2);
			sprintf(names[n++], "%s/%s", p, e->d_name);
		}
		closedir(d);
		for (size_t i = 0; i + 1 < n; i++) /* sorted: the same order on every machine */
			for (size_t j = i + 1; j < n; j++)
				if (strcmp(names[i], names[j]) > 0) {
					char *t = names[i];
					names[i] = names[j];
					names[j] = t;
				}
		for (size_t i = 0; i < n; i++) {
			add_path(names[i]);
			free(names[i]);
		}
		free(names);
		return;
	}
	size_t l = strlen(p);
	if (l < 4 || strcasecmp(p + l - 4, ".sql") != 0)
		return;
	if (nfiles == capfiles) {
		capfiles = capfiles ? capfiles * 2 : 64;
		files = realloc(files, capfiles * sizeof *files);
	}
	files[nfiles++] = strdup(p);
}

static int slurp(const char *path, buf *b)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	char tmp[65536];
	size_t r;
	b->n = 0;
	while ((r = fread(tmp, 1, sizeof tmp, f)) > 0)
		put(b, tmp, r);
	put(b, "", 0);
	fclose(f);
	return 0;
}

/* ---------- mutations ---------- */

static const char *const vocab[] = {
	"(", ")", "'", "N'", "[", "]", "\"", "/*", "*/", "--", "\nGO\n", "GO", ";", ",", ".", "CREATE", "TABLE",
	"VIEW", "PROCEDURE", "AS", "BEGIN", "END", "CASE", "WHEN", "SELECT", "FROM", "WITH", "CONSTRAINT",
	"PRIMARY KEY", "DEFAULT", "IDENTITY(1,1)", "int", "nvarchar(max)", "0x", "@x", "@@", "$", "#t", "\r",
	"\r\n", "\xff", "\xc3", "\xe2\x82\xac", "\t", "EXEC", "sp_addextendedproperty", "ALTER", "ADD",
	"REFERENCES", "ON", "INDEX", "1e308", "99999999999999999999", "-", "*", "=", "<>", "!", "{", "}",
};
#define NVOCAB (sizeof vocab / sizeof vocab[0])

static int is_word(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@' ||
	       c == '#' || (unsigned char)c >= 0x80;
}

/* [s, e) of a rough token around a random position */
static void pick_token(const buf *b, size_t *s, size_t *e)
{
	size_t p = rnd((unsigned)b->n);
	*s = *e = p;
	if (is_word(b->d[p])) {
		while (*s > 0 && is_word(b->d[*s - 1]))
			(*s)--;
		while (*e < b->n && is_word(b->d[*e]))
			(*e)++;
	} else {
		(*e)++;
	}
}

static void mutate(const buf *in, buf *out)
{
	buf cur = {0}, nxt = {0};
	put(&cur, in->d, in->n);
	int rounds = 1 + (int)rnd(3);
	for (int r = 0; r < rounds && cur.n > 0; r++) {
		size_t s, e;
		nxt.n = 0;
		switch (rnd(7)) {
		case 0: /* delete a token */
			pick_token(&cur, &s, &e);
			put(&nxt, cur.d, s);
			put(&nxt, cur.d + e, cur.n - e);
			break;
		case 1: { /* insert a token */
			const char *t = vocab[rnd(NVOCAB)];
			s = rnd((unsigned)cur.n + 1);
			put(&nxt, cur.d, s);
			put(&nxt, " ", rnd(2));
			put(&nxt, t, strlen(t));
			put(&nxt, cur.d + s, cur.n - s);
			break;
		}
		case 2: /* duplicate a run of tokens */
			pick_token(&cur, &s, &e);
			e += rnd(200);
			if (e > cur.n)
				e = cur.n;
			put(&nxt, cur.d, e);
			put(&nxt, cur.d + s, e - s);
			put(&nxt, cur.d + e, cur.n - e);
			break;
		case 3: /* delete bytes */
			s = rnd((unsigned)cur.n);
			e = s + 1 + rnd(8);
			if (e > cur.n)
				e = cur.n;
			put(&nxt, cur.d, s);
			put(&nxt, cur.d + e, cur.n - e);
			break;
		case 4: { /* insert a random byte (NUL included) */
			char c = (char)rnd(256);
			s = rnd((unsigned)cur.n + 1);
			put(&nxt, cur.d, s);
			put(&nxt, &c, 1);
			put(&nxt, cur.d + s, cur.n - s);
			break;
		}
		case 5: /* duplicate bytes */
			s = rnd((unsigned)cur.n);
			e = s + 1 + rnd(64);
			if (e > cur.n)
				e = cur.n;
			put(&nxt, cur.d, e);
			put(&nxt, cur.d + s, e - s);
			put(&nxt, cur.d + e, cur.n - e);
			break;
		default: /* truncate */
			put(&nxt, cur.d, rnd((unsigned)cur.n + 1));
			break;
		}
		buf t = cur;
		cur = nxt;
		nxt = t;
	}
	out->n = 0;
	put(out, cur.d ? cur.d : "", cur.n);
	free(cur.d);
	free(nxt.d);
}

/* ---------- checks ---------- */

static int failures;
static const char *cur_origin;
static unsigned cur_mutant;
static const char *save_dir;
static const buf *cur_input;

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void fail(const char *fmt, ...)
{
	va_list ap;
	if (failures < 20) {
		fprintf(stdout, "FAIL %s mutant %u: ", cur_origin, cur_mutant);
		va_start(ap, fmt);
		vfprintf(stdout, fmt, ap);
		va_end(ap);
		fputc('\n', stdout);
		if (save_dir) { /* keep the input for a regression case */
			char path[4096];
			snprintf(path, sizeof path, "%s/mutant-%d.sql", save_dir, failures);
			FILE *f = fopen(path, "wb");
			if (f) {
				fwrite(cur_input->d, 1, cur_input->n, f);
				fclose(f);
				fprintf(stdout, "     input saved as %s\n", path);
			}
		}
	}
	failures++;
}

/* line starts as the library counts them: \n, \r\n and a lone \r end a line */
static size_t *line_starts(const char *s, size_t n, size_t *nl)
{
	size_t cap = 64, k = 0;
	size_t *st = malloc(cap * sizeof *st);
	st[k++] = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'))) {
			if (k == cap)
				st = realloc(st, (cap *= 2) * sizeof *st);
			st[k++] = i + 1;
		}
	*nl = k;
	return st;
}

/* 1 if line:col is a position inside the text (col may be one past the last character of the line) */
static int pos_ok(const size_t *ls, size_t nl, size_t len, long line, long col)
{
	if (line < 1 || (size_t)line > nl || col < 1)
		return 0;
	size_t start = ls[line - 1], end = (size_t)line < nl ? ls[line] : len;
	return (size_t)col <= end - start + 1;
}

/* Gaps between statements may hold only blanks, comments, ';' and GO lines. */
static size_t gap_at; /* where gap_content found something else */
static const char *gap_content(const char *s, size_t a, size_t b)
{
	size_t i = a;
	while (i < b) {
		char c = s[i];
		if (i == 0 && b >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
			i = 3; /* byte order mark */
		} else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';') {
			i++;
		} else if (c == '-' && i + 1 < b && s[i + 1] == '-') {
			while (i < b && s[i] != '\n' && s[i] != '\r')
				i++;
		} else if (c == '/' && i + 1 < b && s[i + 1] == '*') {
			int depth = 0;
			do {
				if (i + 1 < b && s[i] == '/' && s[i + 1] == '*')
					depth++, i += 2;
				else if (i + 1 < b && s[i] == '*' && s[i + 1] == '/')
					depth--, i += 2;
				else
					i++;
			} while (depth > 0 && i < b);
			if (depth > 0)
				return "an unterminated comment";
		} else if ((c == 'g' || c == 'G') && i + 1 < b && (s[i + 1] == 'o' || s[i + 1] == 'O') &&
			   (i + 2 >= b || !is_word(s[i + 2]))) {
			i += 2;
			while (i < b && (s[i] == ' ' || s[i] == '\t'))
				i++;
			while (i < b && s[i] >= '0' && s[i] <= '9')
				i++;
		} else if ((c == ':' && i + 1 < b) || c == '!') {
			/* sqlcmd directives (:setvar, :r, !!) on their own line */
			while (i < b && s[i] != '\n' && s[i] != '\r')
				i++;
		} else {
			gap_at = i;
			return "source text";
		}
	}
	return NULL;
}

static void check_api(sct_session *ss, const buf *m, const char *name)
{
	sct_input in = {name, m->d, m->n};
	sct_result *r;
	if (sct_convert(&r, ss, &in, 1) != SCT_OK) {
		fail("sct_convert failed: %s", sct_error_last());
		return;
	}
	int utf16 = m->n >= 2 && (((unsigned char)m->d[0] == 0xFF && (unsigned char)m->d[1] == 0xFE) ||
				  ((unsigned char)m->d[0] == 0xFE && (unsigned char)m->d[1] == 0xFF));
	size_t nl, nitems, ddl_len;
	size_t *ls = line_starts(m->d, m->n, &nl);
	const char *ddl = sct_result_ddl(r, &ddl_len);
	int st = sct_result_status(r);
	if (st != 0 && st != 1)
		fail("status %d", st);
	const sct_item *items = sct_result_items(r, &nitems);
	for (size_t i = 0; i < nitems && !utf16; i++)
		if (items[i].file && items[i].file[0] && !pos_ok(ls, nl, m->n, items[i].line, items[i].col))
			fail("item %s at %d:%d is outside the file (%zu lines)", items[i].code, items[i].line, items[i].col, nl);
	size_t n = sct_result_stmt_count(r), prev_end = 0;
	const char *search = ddl;
	for (size_t i = 0; i < n; i++) {
		const sct_stmt *s = sct_result_stmt(r, i);
		if (utf16)
			break;
		if (s->loc < prev_end || s->end < s->loc || s->end > m->n) {
			fail("statement %zu span [%u,%u) overlaps or leaves the file", i, s->loc, s->end);
			break;
		}
		const char *g = gap_content(m->d, prev_end, s->loc);
		if (g)
			fail("%s between bytes %zu and %u (at %zu: '%.40s') belongs to no statement (lost input)", g, prev_end,
			     s->loc, gap_at, m->d + gap_at);
		prev_end = s->end;
		if (s->status == SCT_STATUS_MANUAL || s->status == SCT_STATUS_SKIPPED) {
			/* carried: "-- [sctconv] NAME:LINE: why", in source order */
			long line = 0;
			for (size_t lo = 0, hi = nl; hi - lo > 1 || (line = (long)lo + 1, 0);) {
				size_t mid = (lo + hi) / 2;
				if (ls[mid] <= s->loc)
					lo = mid;
				else
					hi = mid;
			}
			char head[512];
			snprintf(head, sizeof head, "-- [sctconv] %s:%ld: ", name, line);
			const char *at = strstr(search, head);
			if (!at)
				fail("statement %zu (line %ld, status %d) is not carried in the output", i, line, (int)s->status);
			else
				search = at + 1;
		} else if (s->status != SCT_STATUS_CONVERTED && s->status != SCT_STATUS_NOTES) {
			fail("statement %zu has status %d after conversion", i, (int)s->status);
		}
		if (s->kind == SCT_STMT_UNPARSED && s->status != SCT_STATUS_MANUAL)
			fail("unparsed statement %zu is not carried as needing a person", i);
	}
	if (!utf16 && n && gap_content(m->d, prev_end, m->n))
		fail("%s after the last statement (at byte %zu: '%.40s') belongs to no statement (lost input)",
		     gap_content(m->d, prev_end, m->n), gap_at, m->d + gap_at);
	if (!utf16 && !n && gap_content(m->d, 0, m->n))
		fail("no statement, but the file holds %s", gap_content(m->d, 0, m->n));
	free(ls);
	sct_result_free(r);
}

static void on_alarm(int sig)
{
	(void)sig;
}

static void check_cli(const char *cli, const buf *m, const char *path, const char *errpath)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(m->d, 1, m->n, f) != m->n || fclose(f) != 0) {
		fail("cannot write %s", path);
		return;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	char *argv[] = {(char *)cli, "-q", "--from", "mssql", "--to", "postgres", "-o", "/dev/null", (char *)path, NULL};
	pid_t pid;
	if (posix_spawn(&pid, cli, &fa, NULL, argv, environ) != 0) {
		posix_spawn_file_actions_destroy(&fa);
		fail("cannot run %s: %s", cli, strerror(errno));
		return;
	}
	posix_spawn_file_actions_destroy(&fa);
	int status = 0;
	alarm(60); /* a hang is a failure, not a stuck test: SIGALRM interrupts waitpid */
	pid_t w = waitpid(pid, &status, 0);
	alarm(0);
	if (w != pid) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		fail("CLI hung (killed after 60 s)");
		return;
	}
	if (WIFSIGNALED(status)) {
		fail("CLI killed by signal %d", WTERMSIG(status));
		return;
	}
	if (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 1)
		fail("CLI exit %d", WEXITSTATUS(status));
	int utf16 = m->n >= 2 && (((unsigned char)m->d[0] == 0xFF && (unsigned char)m->d[1] == 0xFE) ||
				  ((unsigned char)m->d[0] == 0xFE && (unsigned char)m->d[1] == 0xFF));
	size_t nl;
	size_t *ls = line_starts(m->d, m->n, &nl);
	FILE *e = fopen(errpath, "rb");
	char line[8192];
	size_t plen = strlen(path);
	while (e && fgets(line, sizeof line, e)) {
		long ln, col;
		int off = 0;
		if (strncmp(line, path, plen) != 0 || sscanf(line + plen, ":%ld:%ld: error: %n", &ln, &col, &off) != 2 ||
		    off == 0 || line[plen + (size_t)off] == '\n' || line[plen + (size_t)off] == 0) {
			line[strcspn(line, "\n")] = 0;
			fail("stderr line is not file:line:col: error: message: '%.200s'", line);
			break;
		}
		if (!utf16 && !pos_ok(ls, nl, m->n, ln, col)) {
			fail("stderr position %ld:%ld is outside the file (%zu lines)", ln, col, nl);
			break;
		}
	}
	if (e)
		fclose(e);
	free(ls);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: mutate CLI DIR_OR_FILE...\n");
		return 2;
	}
	const char *cli = argv[1];
	for (int i = 2; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0)
			printf("mutate: %s not found, skipped\n", argv[i]);
		add_path(argv[i]);
	}
	if (getenv("SCT_MUTATE_SEED"))
		rng = strtoull(getenv("SCT_MUTATE_SEED"), NULL, 10) | 1;
	unsigned total = getenv("SCT_MUTATE_COUNT") ? (unsigned)atoi(getenv("SCT_MUTATE_COUNT")) : 1500;
	save_dir = getenv("SCT_MUTATE_SAVE");
	if (!nfiles) {
		printf("mutate: no .sql files\nmutate: 0 passed, 1 failed\n");
		return 1;
	}
	char dir[] = "/tmp/sct-mutate.XXXXXX";
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 2;
	}
	char path[64], errpath[64];
	snprintf(path, sizeof path, "%s/m.sql", dir);
	snprintf(errpath, sizeof errpath, "%s/m.err", dir);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm; /* no SA_RESTART */
	sigaction(SIGALRM, &sa, NULL);
	sct_options o = SCT_OPTIONS_INIT;
	o.source = "mssql";
	o.target = "postgres";
	sct_session *ss;
	if (sct_session_new(&ss, &o) != SCT_OK) {
		fprintf(stderr, "mutate: %s\n", sct_error_last());
		return 2;
	}
	unsigned per = total / (unsigned)nfiles + 1, done = 0, bad = 0;
	buf orig = {0}, m = {0};
	for (size_t f = 0; f < nfiles && done < total; f++) {
		if (slurp(files[f], &orig) != 0)
			continue;
		cur_origin = files[f];
		cur_input = &m;
		for (unsigned k = 0; k < per && done < total; k++, done++) {
			cur_mutant = k;
			mutate(&orig, &m);
			int before = failures;
			check_api(ss, &m, path);
			check_cli(cli, &m, path, errpath);
			bad += failures > before;
		}
	}
	sct_session_free(ss);
	unlink(path);
	unlink(errpath);
	rmdir(dir);
	free(orig.d);
	free(m.d);
	printf("mutate: %u mutants of %zu files: %u passed, %u failed\n", done, nfiles, done - bad, bad);
	return failures ? 1 : 0;
}
