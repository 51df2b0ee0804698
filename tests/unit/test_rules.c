/* test_rules.c - rules loader, matcher, template expansion and the shipped mssql-postgres rules. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "rules/rules.h"
#include "sctconv/ast.h"

#define MAX SCT_PARAM_MAX

typedef struct fx {
	sct_arena a;
	sct_rules *r;
} fx;

static int setup_pg15(void **state)
{
	fx *f = test_malloc(sizeof *f);
	sct_arena_init(&f->a);
	f->r = sct_rules_new(&f->a, "mssql", "postgres", 15000000);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	sct_arena_release(&f->a);
	test_free(f);
	return 0;
}

static int load(fx *f, const char *text, char **err)
{
	return sct_rules_load_text(f->r, "t.rules", text, strlen(text), err);
}

/* expand a type to a static buffer ("" when no rule, "!manual"/"!drop" for actions) */
static const char *ty(sct_rules *r, const char *name, int n, ...)
{
	static char buf[256];
	int64_t p[3] = {0};
	va_list ap;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		p[i] = va_arg(ap, int);
	va_end(ap);
	const sct_rule *ru = sct_rules_match_type(r, name, n, p);
	if (!ru)
		return "";
	if (ru->action == SCT_RULE_MANUAL)
		return "!manual";
	if (ru->action == SCT_RULE_DROP)
		return "!drop";
	if (sct_rules_expand_type(r, ru, n, p, buf, sizeof buf) < 0)
		return "<expand error>";
	return buf;
}

/* render a func rule's segments with argument texts */
static const char *render(const sct_rule *ru, int nargs, const char *const *args)
{
	static char buf[1024];
	size_t l = 0;
	buf[0] = 0;
	if (!ru)
		return "<no rule>";
	if (ru->action != SCT_RULE_MAP)
		return ru->action == SCT_RULE_MANUAL ? "!manual" : "!drop";
	for (int i = 0; i < ru->nsegs; i++) {
		const sct_tseg *s = &ru->segs[i];
		if (s->arg == SCT_TSEG_TEXT)
			l += (size_t)snprintf(buf + l, sizeof buf - l, "%.*s", (int)s->len, s->text);
		else if (s->arg == SCT_TSEG_ALL)
			for (int j = (int)s->len; j < nargs; j++)
				l += (size_t)snprintf(buf + l, sizeof buf - l, "%s%s", j > (int)s->len ? ", " : "", args[j]);
		else if (s->arg == SCT_TSEG_ORDER)
			l += (size_t)snprintf(buf + l, sizeof buf - l, "<order>");
		else
			l += (size_t)snprintf(buf + l, sizeof buf - l, "%s", args[s->arg]);
	}
	return buf;
}

/* match a call whose argument texts double as their bare words (lower case, or NULL for text starting with ') */
static const char *call(sct_rules *r, const char *name, int nargs, ...)
{
	const char *args[16], *words[16];
	va_list ap;
	va_start(ap, nargs);
	for (int i = 0; i < nargs; i++) {
		args[i] = va_arg(ap, const char *);
		words[i] = args[i][0] == '\'' || strchr(args[i], '(') ? NULL : args[i];
	}
	va_end(ap);
	return render(sct_rules_match_func(r, name, nargs, words), nargs, args);
}

/* ---------------------------------------------------------------- loader */

static void test_load_good(void **state)
{
	fx *f = *state;
	char *err = (char *)"unchanged";
	const char *text = "# header comment\n"
	                   "\n"
	                   "@source mssql\n"
	                   "@target postgres aurora-postgres   # trailing comment\n"
	                   "type  bigint -> bigint\n"
	                   "TYPE  Int    -> integer\n"
	                   "func  isnull(a,b) -> coalesce({a},{b})\n"
	                   "keyword @@spid -> pg_backend_pid()\n"
	                   "code  T101 effort:5 learn:30\n";
	assert_int_equal(load(f, text, &err), 5);
	assert_null(err);
	assert_int_equal(sct_rules_count(f->r, SCT_RULE_TYPE), 2);
	assert_int_equal(sct_rules_count(f->r, SCT_RULE_FUNC), 1);
	assert_int_equal(sct_rules_count(f->r, SCT_RULE_KEYWORD), 1);
	assert_int_equal(sct_rules_count(f->r, SCT_RULE_CODE), 1);
	assert_int_equal(sct_rules_count(f->r, 0), 5);
	const sct_rule *ru = sct_rules_match_type(f->r, "INT", 0, NULL);
	assert_non_null(ru);
	assert_string_equal(ru->name, "int");
	assert_string_equal(ru->text, "integer");
	assert_string_equal(ru->file, "t.rules");
	assert_int_equal(ru->line, 6);
	assert_int_equal(ru->severity, SCT_SEV_NONE);
	assert_null(ru->code);
	assert_null(ru->note);
	assert_int_equal(ru->effort, -1);
}

static void test_load_crlf_bom_no_final_newline(void **state)
{
	fx *f = *state;
	char *err = NULL;
	assert_int_equal(load(f, "\xEF\xBB\xBF@source mssql\r\n@target postgres\r\ntype int -> integer\r\ntype bit -> boolean", &err), 2);
	assert_string_equal(ty(f->r, "bit", 0), "boolean");
	assert_string_equal(ty(f->r, "int", 0), "integer");
}

static void test_annotations(void **state)
{
	fx *f = *state;
	char *err = NULL;
	assert_int_equal(load(f, "type datetime2(p=7) -> timestamp({min(p,6)})   sev:info code:t101 effort:3 "
	                         "note:\"capped at 6 \\\"digits\\\" # not a comment\"\n",
	                      &err), 1);
	const sct_rule *ru = sct_rules_match_type(f->r, "datetime2", 0, NULL);
	assert_non_null(ru);
	assert_int_equal(ru->severity, SCT_SEV_INFO);
	assert_string_equal(ru->code, "T101");
	assert_int_equal(ru->effort, 3);
	assert_string_equal(ru->note, "capped at 6 \"digits\" # not a comment");
	assert_string_equal(ru->text, "timestamp({min(p,6)})");
}

static void test_template_quotes_and_hash(void **state)
{
	fx *f = *state;
	char *err = NULL;
	/* '#' inside quotes and not after a space is not a comment; 'note:' inside quotes is not an annotation */
	assert_int_equal(load(f, "func f(x) -> to_char({x}, '# note: \"T\"') || a#b  # comment\n"
	                         "func g(x) -> h({{{x}}})\n"
	                         "func j(x) -> ({x} #>> '{{}}') # json\n"
	                         "   # indented comment\n"
	                         "func k(x, sep) -> string_agg({x}, {sep}{order})\n"
	                         "func m(order) -> n({order})\n", /* an argument named order is the argument */
	                      &err), 5);
	const char *a[] = {"X"};
	assert_string_equal(render(sct_rules_match_func(f->r, "f", 1, NULL), 1, a), "to_char(X, '# note: \"T\"') || a#b");
	assert_string_equal(render(sct_rules_match_func(f->r, "g", 1, NULL), 1, a), "h({X})");
	assert_string_equal(render(sct_rules_match_func(f->r, "j", 1, NULL), 1, a), "(X #>> '{}')");
	const char *b[] = {"X", "','"};
	assert_string_equal(render(sct_rules_match_func(f->r, "k", 2, NULL), 2, b), "string_agg(X, ','<order>)");
	assert_string_equal(render(sct_rules_match_func(f->r, "m", 1, NULL), 1, a), "n(X)");
}

static void test_manual_drop_defaults(void **state)
{
	fx *f = *state;
	char *err = NULL;
	assert_int_equal(load(f, "type sql_variant -> !manual code:T190 effort:60 note:\"no equivalent\"\n"
	                         "func f() -> !drop note:\"gone\"\n",
	                      &err), 2);
	const sct_rule *ru = sct_rules_match_type(f->r, "sql_variant", 0, NULL);
	assert_int_equal(ru->action, SCT_RULE_MANUAL);
	assert_int_equal(ru->severity, SCT_SEV_ERROR); /* default for !manual */
	assert_null(ru->text);
	assert_int_equal(ru->effort, 60);
	char buf[16];
	assert_int_equal(sct_rules_expand_type(f->r, ru, 0, NULL, buf, sizeof buf), -1);
	ru = sct_rules_match_func(f->r, "F", 0, NULL);
	assert_int_equal(ru->action, SCT_RULE_DROP);
	assert_int_equal(ru->severity, SCT_SEV_WARN);
	assert_int_equal(ru->nsegs, 0);
}

/* each bad line: exact message location, nothing added, last_error set */
static void check_bad(const char *text, const char *expect_prefix, const char *expect_part)
{
	sct_arena a;
	sct_arena_init(&a);
	sct_rules *r = sct_rules_new(&a, "mssql", "postgres", 15000000);
	char *err = NULL;
	int n = sct_rules_load_text(r, "user.rules", text, strlen(text), &err);
	if (n != -1 || !err || strncmp(err, expect_prefix, strlen(expect_prefix)) != 0 || !strstr(err, expect_part))
		fail_msg("text:\n%s\nwant %s...%s, got %d: %s", text, expect_prefix, expect_part, n, err ? err : "(null)");
	assert_string_equal(sct_rules_last_error(r), err);
	assert_int_equal(sct_rules_count(r, 0), 0); /* atomic: the good lines before were not added */
	sct_arena_release(&a);
}

static void test_bad_lines(void **state)
{
	(void)state;
	const char *ok = "type int -> integer\n"; /* line 1 */
#define BAD(line2, msg) do { char t[512]; snprintf(t, sizeof t, "%s%s\n", ok, line2); check_bad(t, "user.rules:2: error: ", msg); } while (0)
	BAD("typ int -> integer", "unknown rule kind 'typ'");
	BAD("type int integer", "missing '->'");
	BAD("type int(n) integer", "expected '->' before 'integer'");
	BAD("type int ->", "empty template");
	BAD("type int", "missing '->'");
	BAD("type varchar(n|mux) -> x", "expected 'max'");
	BAD("type varchar(n, n) -> x", "duplicate parameter 'n'");
	BAD("type varchar(n=abc) -> x", "bad default");
	BAD("type decimal(p=18, s) -> x", "without a default");
	BAD("type varchar(n) -> varchar({m})", "unknown parameter 'm'");
	BAD("type varchar(n) -> varchar({n", "unterminated '{'");
	BAD("type varchar(n) -> varchar({n +})", "unexpected end");
	BAD("type varchar(n) -> varchar({min(n)})", "min() takes two arguments");
	BAD("type varchar(...) -> text", "only allowed in func");
	BAD("type varchar(%max) -> text", "only allowed in func");
	BAD("func f(..., a) -> g({a})", "must be the last");
	BAD("func f(a=1) -> g({a})", "defaults are only allowed for type");
	BAD("func f(a) -> g({b})", "unknown argument 'b'");
	BAD("func f(a) -> g({...})", "no '...'");
	BAD("func f(a) -> g({a*2})", "bad substitution");
	BAD("func f(a) -> g({a}{orderby})", "unknown argument 'orderby'");
	BAD("func f -> g()", "needs a parameter list");
	BAD("func f(a b) -> g()", "expected ',' or ')'");
	BAD("keyword k(a) -> g()", "no parameter list");
	BAD("keyword k -> g({x})", "no '{...}'");
	BAD("keyword k if n > 1 -> g()", "keyword guards");
	BAD("type int -> integer sev:fatal", "bad severity 'fatal'");
	BAD("type int -> integer code:101", "bad code '101'");
	BAD("type int -> integer effort:lots", "bad effort 'lots'");
	BAD("type int -> integer learn:5", "'learn:' is not allowed");
	BAD("type int -> integer note:\"open", "unterminated string");
	BAD("type int -> 'open", "unterminated '-quoted");
	BAD("type int -> integer note:", "missing value");
	BAD("type int -> !convert note:\"x\"", "unknown action '!convert'");
	BAD("type int -> !manual", "need a note");
	BAD("type varchar(n) if m > 1 -> x", "unknown name 'm' in guard");
	BAD("type varchar(n) if n >> 1 -> x", "expected a value after the comparison");
	BAD("type varchar(n) if n ~ 1 -> x", "expected a comparison");
	BAD("type varchar(n) if n > lots -> x", "bad value 'lots'");
	BAD("type int if target > 8.x -> x", "bad version");
	BAD("type int if engine > mysql -> x", "only be compared with == or !=");
	BAD("type int if engine == oracle -> x", "unknown engine 'oracle'");
	BAD("@target postgress", "unknown target engine 'postgress'");
	BAD("@target", "needs one or more engine names");
	BAD("@source", "needs a dialect name");
	BAD("@sauce mssql", "unknown directive '@sauce'");
	BAD("code 101 effort:5", "needs a report code");
	BAD("code T101", "needs effort:N");
	BAD("code T101 sev:warn", "not allowed here");
#undef BAD
	/* an error on line 1, and the NULL err pointer is allowed */
	check_bad("func f(a) -> g({a})\n\n\nfunc (a) -> x\n", "user.rules:4: error: ", "missing name");
	sct_arena a;
	sct_arena_init(&a);
	sct_rules *r = sct_rules_new(&a, "mssql", "postgres", 0);
	assert_int_equal(sct_rules_load_text(r, "x.rules", "bogus\n", 6, NULL), -1);
	assert_string_equal(sct_rules_last_error(r), "x.rules:1: error: unknown rule kind 'bogus' (expected type, func, keyword, code or @source/@target)");
	sct_arena_release(&a);
}

/* ---------------------------------------------------------------- type matching */

static void test_type_defaults_max_guards(void **state)
{
	fx *f = *state;
	assert_true(load(f, "type nvarchar(n|max=1) if n == max -> text\n"
	                    "type nvarchar(n|max=1) if n > 10485760 -> text sev:warn\n"
	                    "type nvarchar(n|max=1) -> varchar({n})\n"
	                    "type decimal(p=18,s=0) -> numeric({p},{s})\n"
	                    "type float(n=53) if n <= 24 -> real\n"
	                    "type float(n=53) -> double precision\n"
	                    "type char(n) -> char({n})\n"
	                    "type int -> integer\n"
	                    "type double  precision -> float8\n",
	                 NULL) > 0);
	assert_string_equal(ty(f->r, "nvarchar", 1, MAX), "text");
	assert_string_equal(ty(f->r, "NVarChar", 1, 50), "varchar(50)");
	assert_string_equal(ty(f->r, "nvarchar", 0), "varchar(1)");
	assert_string_equal(ty(f->r, "decimal", 0), "numeric(18,0)");
	assert_string_equal(ty(f->r, "decimal", 1, 10), "numeric(10,0)");
	assert_string_equal(ty(f->r, "decimal", 2, 10, 2), "numeric(10,2)");
	assert_string_equal(ty(f->r, "decimal", 3, 10, 2, 1), "");  /* too many params */
	assert_string_equal(ty(f->r, "decimal", 1, MAX), "");       /* max not allowed */
	assert_string_equal(ty(f->r, "float", 0), "double precision");
	assert_string_equal(ty(f->r, "float", 1, 24), "real");
	assert_string_equal(ty(f->r, "float", 1, 25), "double precision");
	assert_string_equal(ty(f->r, "char", 0), "");                 /* no default */
	assert_string_equal(ty(f->r, "int", 1, 4), "");
	assert_string_equal(ty(f->r, "double precision", 0), "float8");
	assert_string_equal(ty(f->r, "unknown", 0), "");
	const int64_t star[1] = {SCT_PARAM_STAR};
	assert_null(sct_rules_match_type(f->r, "char", 1, star));
	int64_t big[1] = {20000000};
	const sct_rule *ru = sct_rules_match_type(f->r, "nvarchar", 1, big);
	assert_int_equal(ru->line, 2); /* max compares greater than any number, but only == max matches line 1 */
}

static void test_type_expand_exprs(void **state)
{
	fx *f = *state;
	assert_true(load(f, "type t1(p=7) -> timestamp({min(p,6)})\n"
	                    "type t2(n|max) -> x({max(n, 10)})\n"
	                    "type t3(n|max) -> varchar({n*2 + 1}) /* {(n+1)/2} {n - 3} */\n"
	                    "type t4(n|max) -> varbinary({n})\n"
	                    "type t5(n) -> x({n / 0})\n",
	                 NULL) > 0);
	assert_string_equal(ty(f->r, "t1", 0), "timestamp(6)");
	assert_string_equal(ty(f->r, "t1", 1, 3), "timestamp(3)");
	assert_string_equal(ty(f->r, "t2", 1, 3), "x(10)");
	assert_string_equal(ty(f->r, "t2", 1, MAX), "x(max)");
	assert_string_equal(ty(f->r, "t3", 1, 10), "varchar(21) /* 5 7 */");
	assert_string_equal(ty(f->r, "t3", 1, MAX), "<expand error>"); /* arithmetic on max */
	assert_string_equal(ty(f->r, "t4", 1, MAX), "varbinary(max)");
	assert_string_equal(ty(f->r, "t5", 1, 3), "<expand error>");
	/* snprintf semantics */
	const int64_t p[1] = {3};
	const sct_rule *ru = sct_rules_match_type(f->r, "t1", 1, p);
	char small[6];
	assert_int_equal(sct_rules_expand_type(f->r, ru, 1, p, small, sizeof small), 12);
	assert_string_equal(small, "times");
	assert_int_equal(sct_rules_expand_type(f->r, ru, 1, p, NULL, 0), 12);
}

static void test_version_guards(void **state)
{
	(void)state;
	const char *text = "@source mssql\n@target postgres mysql\n"
	                   "func newid() if target < 13 -> uuid_generate_v4()\n"
	                   "func newid() -> gen_random_uuid()\n"
	                   "type json if target >= 8.0.16 and target != 9 -> json\n"
	                   "type json -> longtext\n";
	struct { long v; const char *fn, *json; } cases[] = {
		{12000000, "uuid_generate_v4()", "json"},
		{13000000, "gen_random_uuid()", "json"},
		{8000015, "uuid_generate_v4()", "longtext"},
		{8000016, "uuid_generate_v4()", "json"},
		{9000000, "uuid_generate_v4()", "longtext"},
		{0, "gen_random_uuid()", "json"}, /* unspecified = newest */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		sct_arena a;
		sct_arena_init(&a);
		sct_rules *r = sct_rules_new(&a, "mssql", "postgres", cases[i].v);
		assert_int_equal(sct_rules_load_text(r, "v.rules", text, strlen(text), NULL), 4);
		assert_string_equal(render(sct_rules_match_func(r, "newid", 0, NULL), 0, NULL), cases[i].fn);
		assert_string_equal(ty(r, "json", 0), cases[i].json);
		sct_arena_release(&a);
	}
}

static void test_blocks_and_engine_guards(void **state)
{
	(void)state;
	const char *text = "type shared -> any\n" /* before any header: applies */
	                   "@source mssql\n@target mysql mariadb aurora-mysql\n"
	                   "type bit if engine == mariadb -> bool\n"
	                   "type bit if engine != mariadb -> tinyint(1)\n"
	                   "@target postgres aurora-postgres\n"
	                   "type bit -> boolean\n"
	                   "@source oracle\n"
	                   "type bit -> number(1)\n";
	const char *eng[] = {"mysql", "mariadb", "aurora-mysql", "postgres", "aurora-postgres"};
	const char *want[] = {"tinyint(1)", "bool", "tinyint(1)", "boolean", "boolean"};
	for (int i = 0; i < 5; i++) {
		sct_arena a;
		sct_arena_init(&a);
		sct_rules *r = sct_rules_new(&a, "MSSQL", eng[i], 0);
		int n = sct_rules_load_text(r, "b.rules", text, strlen(text), NULL);
		assert_int_equal(n, i < 3 ? 3 : 2);
		assert_string_equal(ty(r, "bit", 0), want[i]);
		assert_string_equal(ty(r, "shared", 0), "any");
		sct_arena_release(&a);
	}
	/* oracle source sees only its block */
	sct_arena a;
	sct_arena_init(&a);
	sct_rules *r = sct_rules_new(&a, "oracle", "postgres", 0);
	assert_int_equal(sct_rules_load_text(r, "b.rules", text, strlen(text), NULL), 2);
	assert_string_equal(ty(r, "bit", 0), "number(1)");
	sct_arena_release(&a);
}

static void test_order_user_rules_win(void **state)
{
	fx *f = *state;
	assert_true(sct_rules_load_builtin(f->r) > 100);
	assert_string_equal(ty(f->r, "tinyint", 0), "smallint");
	assert_string_equal(ty(f->r, "nvarchar", 1, 20), "varchar(20)");
	const char *user = "@source mssql\n@target postgres\n"
	                   "type tinyint -> int2 code:U1\n"
	                   "type tinyint -> never\n"              /* first in the same file wins */
	                   "type nvarchar(n|max) if n < 10 -> char({n})\n"; /* falls through to builtin otherwise */
	char *err = NULL;
	assert_int_equal(sct_rules_load_text(f->r, "user.rules", user, strlen(user), &err), 3);
	assert_string_equal(ty(f->r, "tinyint", 0), "int2");
	assert_string_equal(sct_rules_match_type(f->r, "tinyint", 0, NULL)->code, "U1");
	assert_string_equal(ty(f->r, "nvarchar", 1, 5), "char(5)");
	assert_string_equal(ty(f->r, "nvarchar", 1, 20), "varchar(20)");
	assert_string_equal(ty(f->r, "nvarchar", 1, MAX), "text");
	/* a later file wins again; a failed load changes nothing */
	assert_int_equal(load(f, "type tinyint -> int4\n", NULL), 1);
	assert_int_equal(load(f, "type tinyint -> int8\ntype broken(\n", &err), -1);
	assert_string_equal(err, "t.rules:2: error: expected a parameter name, '%word' or '...'");
	assert_string_equal(ty(f->r, "tinyint", 0), "int4");
}

/* ---------------------------------------------------------------- function matching */

static void test_func_arity_words_variadic(void **state)
{
	fx *f = *state;
	assert_true(load(f, "func dateadd(%day|dd|d, n, x) -> ({x} + ({n}) * interval '1 day')\n"
	                    "func dateadd(%month|mm|m, n, x) -> ({x} + ({n}) * interval '1 month')\n"
	                    "func dateadd(part, n, x) -> !manual note:\"part\"\n"
	                    "func concat(...) -> concat({...})\n"
	                    "func choose(i, ...) -> (ARRAY[{...}])[{i}]\n"
	                    "func charindex(s, x) -> strpos({x}, {s})\n"
	                    "func charindex(s, x, start) -> pos3({x}, {s}, {start})\n"
	                    "func round(x, n, f) if f == 0 -> round({x}, {n})\n"
	                    "func round(x, n, f) if f != 0 -> trunc({x}, {n})\n"
	                    "func round(x, n, f) -> roundf({x}, {n}, {f})\n"
	                    "func getdate() -> now()\n",
	                 NULL) > 0);
	assert_string_equal(call(f->r, "DATEADD", 3, "dd", "5", "col"), "(col + (5) * interval '1 day')");
	assert_string_equal(call(f->r, "dateadd", 3, "DAY", "5", "col"), "(col + (5) * interval '1 day')");
	assert_string_equal(call(f->r, "dateadd", 3, "m", "-1", "col"), "(col + (-1) * interval '1 month')");
	assert_string_equal(call(f->r, "dateadd", 3, "ns", "1", "col"), "!manual");
	assert_string_equal(call(f->r, "dateadd", 3, "'day'", "1", "col"), "!manual"); /* not a bare word */
	assert_string_equal(call(f->r, "dateadd", 2, "day", "1"), "<no rule>");
	assert_string_equal(call(f->r, "concat", 0), "concat()");
	assert_string_equal(call(f->r, "concat", 3, "a", "'b'", "c"), "concat(a, 'b', c)");
	assert_string_equal(call(f->r, "choose", 3, "2", "x", "y"), "(ARRAY[x, y])[2]");
	assert_string_equal(call(f->r, "choose", 0), "<no rule>");
	assert_string_equal(call(f->r, "charindex", 2, "'a'", "s"), "strpos(s, 'a')");
	assert_string_equal(call(f->r, "charindex", 3, "'a'", "s", "4"), "pos3(s, 'a', 4)");
	assert_string_equal(call(f->r, "charindex", 4, "'a'", "s", "4", "5"), "<no rule>");
	assert_string_equal(call(f->r, "round", 3, "x", "2", "0"), "round(x, 2)");
	assert_string_equal(call(f->r, "round", 3, "x", "2", "1"), "trunc(x, 2)");
	assert_string_equal(call(f->r, "round", 3, "x", "2", "f(y)"), "roundf(x, 2, f(y))"); /* not a number */
	assert_string_equal(call(f->r, "getdate", 0), "now()");
	assert_string_equal(call(f->r, "getdate", 1, "x"), "<no rule>");
	assert_null(sct_rules_match_func(f->r, "nosuch", 0, NULL));
	/* segment shapes as documented */
	const sct_rule *ru = sct_rules_match_func(f->r, "choose", 2, NULL);
	assert_int_equal(ru->nparams, 1);
	assert_int_equal(ru->variadic, 1);
	assert_int_equal(ru->nsegs, 5);
	assert_int_equal(ru->segs[0].arg, SCT_TSEG_TEXT);
	assert_int_equal(ru->segs[1].arg, SCT_TSEG_ALL);
	assert_int_equal((int)ru->segs[1].len, 1);
	assert_int_equal(ru->segs[3].arg, 0);
}

static void test_keywords_and_codes(void **state)
{
	fx *f = *state;
	assert_true(load(f, "keyword @@SPID -> pg_backend_pid()\n"
	                    "keyword user -> current_user\n"
	                    "keyword @@rowcount -> !manual note:\"GET DIAGNOSTICS\"\n"
	                    "keyword k if target < 10 -> old\n"
	                    "keyword k -> new\n"
	                    "code T101 effort:5 learn:30\n"
	                    "code F200 learn:7\n",
	                 NULL) > 0);
	assert_string_equal(render(sct_rules_match_keyword(f->r, "@@spid"), 0, NULL), "pg_backend_pid()");
	assert_string_equal(render(sct_rules_match_keyword(f->r, "USER"), 0, NULL), "current_user");
	assert_string_equal(render(sct_rules_match_keyword(f->r, "@@rowcount"), 0, NULL), "!manual");
	assert_string_equal(render(sct_rules_match_keyword(f->r, "k"), 0, NULL), "new");
	assert_null(sct_rules_match_keyword(f->r, "@@nosuch"));
	assert_null(sct_rules_match_func(f->r, "user", 0, NULL)); /* kinds are separate */
	int e = 0, l = 0;
	assert_int_equal(sct_rules_code_effort(f->r, "T101", &e, &l), 0);
	assert_int_equal(e, 5);
	assert_int_equal(l, 30);
	assert_int_equal(sct_rules_code_effort(f->r, "f200", &e, &l), 0);
	assert_int_equal(e, -1);
	assert_int_equal(l, 7);
	assert_int_equal(sct_rules_code_effort(f->r, "T999", &e, &l), -1);
	assert_int_equal(load(f, "code T101 effort:9\n", NULL), 1);
	assert_int_equal(sct_rules_code_effort(f->r, "T101", &e, NULL), 0);
	assert_int_equal(e, 9);
}

static void test_parse_version(void **state)
{
	(void)state;
	long v;
	assert_int_equal(sct_rules_parse_version("15", &v), 0);
	assert_int_equal(v, 15000000);
	assert_int_equal(sct_rules_parse_version("8.0.16", &v), 0);
	assert_int_equal(v, 8000016);
	assert_int_equal(sct_rules_parse_version("10.11", &v), 0);
	assert_int_equal(v, 10011000);
	assert_int_equal(sct_rules_parse_version("", &v), -1);
	assert_int_equal(sct_rules_parse_version("8.", &v), -1);
	assert_int_equal(sct_rules_parse_version("8.0.16.1", &v), -1);
	assert_int_equal(sct_rules_parse_version("8.1000", &v), -1);
	assert_int_equal(sct_rules_parse_version("v8", &v), -1);
}

/* ---------------------------------------------------------------- the shipped mssql-postgres rules */

static void test_builtin_loads(void **state)
{
	fx *f = *state;
	int n = sct_rules_load_builtin(f->r);
	if (n < 0)
		fail_msg("%s", sct_rules_last_error(f->r));
	assert_true(sct_rules_count(f->r, SCT_RULE_TYPE) >= 40);
	assert_true(sct_rules_count(f->r, SCT_RULE_FUNC) >= 150);
	/* other targets/sources get nothing from this file */
	sct_arena a;
	sct_arena_init(&a);
	sct_rules *my = sct_rules_new(&a, "mssql", "mysql", 8000000); /* mssql-mysql.rules, not mssql-postgres */
	assert_true(sct_rules_load_builtin(my) > 0);
	assert_string_equal(ty(my, "bit", 0), "tinyint(1)");
	sct_rules *ora = sct_rules_new(&a, "oracle", "postgres", 15000000);
	assert_true(sct_rules_load_builtin(ora) >= 0);
	assert_null(sct_rules_match_type(ora, "bit", 0, NULL));
	sct_rules *aur = sct_rules_new(&a, "mssql", "aurora-postgres", 0);
	assert_true(sct_rules_load_builtin(aur) > 0);
	assert_string_equal(ty(aur, "bit", 0), "boolean");
	sct_arena_release(&a);
}

static void test_builtin_types(void **state)
{
	fx *f = *state;
	sct_rules *r = f->r;
	assert_true(sct_rules_load_builtin(r) > 0);
	struct { const char *name; int n; int64_t p0, p1; const char *want; const char *code; } c[] = {
		{"bigint", 0, 0, 0, "bigint", NULL},
		{"int", 0, 0, 0, "integer", NULL},
		{"smallint", 0, 0, 0, "smallint", NULL},
		{"tinyint", 0, 0, 0, "smallint", "T101"},
		{"bit", 0, 0, 0, "boolean", "T102"},
		{"decimal", 0, 0, 0, "numeric(18,0)", NULL},
		{"decimal", 2, 10, 2, "numeric(10,2)", NULL},
		{"numeric", 1, 12, 0, "numeric(12,0)", NULL},
		{"money", 0, 0, 0, "numeric(19,4)", "T103"},
		{"smallmoney", 0, 0, 0, "numeric(10,4)", "T103"},
		{"float", 0, 0, 0, "double precision", NULL},
		{"float", 1, 24, 0, "real", NULL},
		{"float", 1, 53, 0, "double precision", NULL},
		{"real", 0, 0, 0, "real", NULL},
		{"date", 0, 0, 0, "date", NULL},
		{"time", 0, 0, 0, "time(6)", "T105"},
		{"time", 1, 3, 0, "time(3)", NULL},
		{"datetime", 0, 0, 0, "timestamp(3)", NULL},
		{"datetime2", 0, 0, 0, "timestamp(6)", "T106"},
		{"datetime2", 1, 7, 0, "timestamp(6)", "T106"},
		{"datetime2", 1, 0, 0, "timestamp(0)", NULL},
		{"datetime2", 1, 6, 0, "timestamp(6)", NULL},
		{"smalldatetime", 0, 0, 0, "timestamp(0)", NULL},
		{"datetimeoffset", 0, 0, 0, "timestamptz(6)", "T107"},
		{"datetimeoffset", 1, 3, 0, "timestamptz(3)", "T107"},
		{"char", 1, 10, 0, "char(10)", NULL},
		{"char", 0, 0, 0, "char(1)", NULL},
		{"varchar", 1, 50, 0, "varchar(50)", NULL},
		{"varchar", 1, MAX, 0, "text", NULL},
		{"nchar", 1, 5, 0, "char(5)", NULL},
		{"nvarchar", 1, 4000, 0, "varchar(4000)", NULL},
		{"nvarchar", 1, MAX, 0, "text", NULL},
		{"text", 0, 0, 0, "text", "T110"},
		{"ntext", 0, 0, 0, "text", "T110"},
		{"binary", 1, 16, 0, "bytea", "T112"},
		{"varbinary", 1, 100, 0, "bytea", NULL},
		{"varbinary", 1, MAX, 0, "bytea", NULL},
		{"image", 0, 0, 0, "bytea", "T111"},
		{"uniqueidentifier", 0, 0, 0, "uuid", NULL},
		{"rowversion", 0, 0, 0, "bytea", "T120"},
		{"timestamp", 0, 0, 0, "bytea", "T120"},
		{"sql_variant", 0, 0, 0, "!manual", "T190"},
		{"hierarchyid", 0, 0, 0, "text", "T191"},
		{"geography", 0, 0, 0, "bytea", "T130"},
		{"geometry", 0, 0, 0, "bytea", "T130"},
		{"xml", 0, 0, 0, "xml", NULL},
		{"sysname", 0, 0, 0, "varchar(128)", "T113"},
		{"cursor", 0, 0, 0, "!manual", "T192"},
		{"table", 0, 0, 0, "!manual", "T193"},
		{"double precision", 0, 0, 0, "double precision", NULL},
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		const char *got = c[i].n == 0 ? ty(r, c[i].name, 0) : c[i].n == 1 ? ty(r, c[i].name, 1, (int)c[i].p0)
		                                                                   : ty(r, c[i].name, 2, (int)c[i].p0, (int)c[i].p1);
		if (strcmp(got, c[i].want) != 0)
			fail_msg("%s/%d: got '%s', want '%s'", c[i].name, c[i].n, got, c[i].want);
		int64_t p[2] = {c[i].p0, c[i].p1};
		const sct_rule *ru = sct_rules_match_type(r, c[i].name, c[i].n, p);
		if (c[i].code) {
			assert_non_null(ru->code);
			assert_string_equal(ru->code, c[i].code);
			assert_true(ru->severity > 0);
			assert_non_null(ru->note);
		} else if (ru->code) {
			fail_msg("%s: unexpected code %s", c[i].name, ru->code);
		}
	}
	assert_int_equal(sct_rules_match_type(r, "rowversion", 0, NULL)->severity, SCT_SEV_WARN);
	assert_int_equal(sct_rules_match_type(r, "datetimeoffset", 0, NULL)->severity, SCT_SEV_WARN);
}

static void test_builtin_funcs(void **state)
{
	fx *f = *state;
	sct_rules *r = f->r;
	assert_true(sct_rules_load_builtin(r) > 0);
	assert_string_equal(call(r, "isnull", 2, "a", "0"), "coalesce(a, 0)");
	assert_string_equal(call(r, "getdate", 0), "statement_timestamp()::timestamp");
	assert_string_equal(call(r, "newid", 0), "gen_random_uuid()");
	assert_null(sct_rules_match_func(r, "newid", 0, NULL)->code);
	assert_string_equal(call(r, "len", 1, "s"), "length(rtrim(s))");
	assert_string_equal(call(r, "datalength", 1, "s"), "octet_length(s)");
	assert_string_equal(call(r, "charindex", 2, "'x'", "s"), "strpos(s, 'x')");
	assert_string_equal(call(r, "replicate", 2, "'ab'", "3"), "repeat('ab', 3)");
	assert_string_equal(call(r, "ceiling", 1, "v"), "ceil(v)");
	assert_string_equal(call(r, "log", 1, "v"), "ln(v)");
	assert_string_equal(call(r, "log", 2, "v", "2"), "log(2, v)");
	assert_string_equal(call(r, "count_big", 1, "*"), "count(*)");
	assert_string_equal(call(r, "count", 1, "*"), "count(*)");
	assert_string_equal(call(r, "stdev", 1, "v"), "stddev_samp(v)");
	assert_string_equal(call(r, "lag", 3, "v", "1", "0"), "lag(v, 1, 0)");
	assert_string_equal(call(r, "json_value", 2, "j", "'$.a'"), "(jsonb_path_query_first((j)::jsonb, ('$.a')::jsonpath) #>> '{}')");
	assert_string_equal(call(r, "concat", 3, "a", "b", "c"), "concat(a, b, c)");
	assert_string_equal(call(r, "iif", 3, "a > 1", "'y'", "'n'"), "CASE WHEN a > 1 THEN 'y' ELSE 'n' END");
	assert_string_equal(call(r, "dateadd", 3, "dd", "1", "d"), "(d + (1) * interval '1 day')");
	assert_string_equal(call(r, "dateadd", 3, "yyyy", "1", "d"), "(d + (1) * interval '1 year')");
	assert_string_equal(call(r, "dateadd", 3, "mi", "1", "d"), "(d + (1) * interval '1 minute')");
	assert_string_equal(call(r, "dateadd", 3, "ns", "1", "d"), "!manual");
	assert_string_equal(call(r, "datediff", 3, "day", "a", "b"), "((b)::date - (a)::date)");
	assert_string_equal(call(r, "datediff", 3, "yy", "a", "b"), "(date_part('year', b) - date_part('year', a))::int");
	assert_string_equal(call(r, "datepart", 2, "year", "d"), "date_part('year', d)::int");
	assert_string_equal(call(r, "year", 1, "d"), "date_part('year', d)::int");
	assert_string_equal(call(r, "datename", 2, "month", "d"), "to_char(d, 'FMMonth')");
	assert_string_equal(call(r, "round", 3, "v", "2", "1"), "trunc((v)::numeric, 2)");
	assert_string_equal(call(r, "convert", 3, "varchar", "d", "112"), "to_char(d, 'YYYYMMDD')");
	assert_string_equal(call(r, "convert", 3, "nvarchar", "d", "120"), "to_char(d, 'YYYY-MM-DD HH24:MI:SS')");
	assert_string_equal(call(r, "convert", 3, "date", "s", "103"), "to_date(s, 'DD/MM/YYYY')");
	assert_string_equal(call(r, "convert", 3, "varchar", "d", "999"), "!manual");
	assert_string_equal(call(r, "object_id", 1, "'dbo.t'"), "!manual");
	assert_string_equal(call(r, "db_name", 0), "current_database()");
	assert_string_equal(call(r, "suser_sname", 0), "session_user");
	const sct_rule *ru = sct_rules_match_func(r, "scope_identity", 0, NULL);
	assert_string_equal(render(ru, 0, NULL), "lastval()");
	assert_int_equal(ru->severity, SCT_SEV_WARN);
	assert_string_equal(ru->code, "F114");
	assert_string_equal(render(sct_rules_match_keyword(r, "@@SPID"), 0, NULL), "pg_backend_pid()");
	assert_string_equal(render(sct_rules_match_keyword(r, "current_timestamp"), 0, NULL),
	                    "statement_timestamp()::timestamp");
	assert_string_equal(render(sct_rules_match_keyword(r, "system_user"), 0, NULL), "session_user");
	int e, l;
	assert_int_equal(sct_rules_code_effort(r, "T102", &e, &l), 0);
	assert_int_equal(l, 10);
	/* version-dependent rules */
	sct_arena a;
	sct_arena_init(&a);
	sct_rules *pg12 = sct_rules_new(&a, "mssql", "postgres", 12000000);
	assert_true(sct_rules_load_builtin(pg12) > 0);
	ru = sct_rules_match_func(pg12, "newid", 0, NULL);
	assert_string_equal(render(ru, 0, NULL), "gen_random_uuid()");
	assert_string_equal(ru->code, "F101");
	assert_string_equal(call(pg12, "isdate", 1, "s"), "!manual");
	assert_string_equal(call(r, "isdate", 1, "s"), "!manual");
	sct_rules *pg16 = sct_rules_new(&a, "mssql", "postgres", 16000000);
	assert_true(sct_rules_load_builtin(pg16) > 0);
	assert_string_equal(call(pg16, "isdate", 1, "s"), "CASE WHEN pg_input_is_valid(s, 'timestamp') THEN 1 ELSE 0 END");
	sct_arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_load_good, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_load_crlf_bom_no_final_newline, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_annotations, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_template_quotes_and_hash, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_manual_drop_defaults, setup_pg15, teardown),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test_setup_teardown(test_type_defaults_max_guards, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_type_expand_exprs, setup_pg15, teardown),
		cmocka_unit_test(test_version_guards),
		cmocka_unit_test(test_blocks_and_engine_guards),
		cmocka_unit_test_setup_teardown(test_order_user_rules_win, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_func_arity_words_variadic, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_keywords_and_codes, setup_pg15, teardown),
		cmocka_unit_test(test_parse_version),
		cmocka_unit_test_setup_teardown(test_builtin_loads, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_builtin_types, setup_pg15, teardown),
		cmocka_unit_test_setup_teardown(test_builtin_funcs, setup_pg15, teardown),
	};
	return cmocka_run_group_tests_name("rules", tests, NULL, NULL);
}
