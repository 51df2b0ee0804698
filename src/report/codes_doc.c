/* codes_doc.c - the code table for people: docs/report-codes.md (generated, never edited by hand) and
 * `sctconv --explain CODE`. Both read the one table in codes.def. */
#include "report.h"
#include <string.h>

static const char *const groups[][2] = {
	{"P", "Parsing and script-level statements"},
	{"N", "Names"},
	{"T0", "Types"},
	{"K", "Keys, constraints, indexes, tables"},
	{"E", "Expressions and queries"},
	{"C", "Code objects"},
	{"X", "Failures of sctconv itself"},
	{"T1", "Type mappings (used by rules files)"},
	{"F", "Function mappings (used by rules files)"},
};

/* The group of a code: the first whose prefix it has; past the end for none (listed under "Other"). */
static size_t group_of(const char *code)
{
	size_t g = 0;
	for (; g < sizeof groups / sizeof groups[0]; g++)
		if (!strncmp(code, groups[g][0], strlen(groups[g][0])))
			break;
	return g;
}

/* Markdown table cells: no line breaks, | escaped. */
static void cell(sct_buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			sct_buf_puts(b, "\\|");
		else if (*s == '\n' || *s == '\r')
			sct_buf_putc(b, ' ');
		else
			sct_buf_putc(b, *s);
	}
}

void sct_codes_markdown_write(sct_buf *b)
{
	size_t n;
	const sct_code_info *t = sct_code_table(&n);
	sct_buf_puts(b, "# Report codes\n\n"
			"<!-- Generated from src/report/codes.def by `make docs` (sctconv --list-codes). Do not edit. -->\n\n"
			"Every item of the assessment report has one of these codes. The code is stable: scripts may\n"
			"rely on it. `sctconv --explain CODE` prints one entry.\n\n"
			"- **severity**: `info` nothing to do unless it matters to you; `warning` a person should check\n"
			"  the converted object; `error` the object was not converted, or converted with a change a person\n"
			"  must resolve. Warnings and errors make sctconv exit with status 1. A rule may raise its own\n"
			"  severity for an item (`sev:` in a rules file).\n"
			"- **effort**: minutes of work per occurrence; **learning**: one-off minutes the first time a team\n"
			"  meets the code (counted once per migration). A rules file may tune both with a line\n"
			"  `code XNNN effort:N learn:N` (docs/rules.md); the report shows the tuned values.\n"
			"- An object's complexity follows from the effort of its items: simple < 2 h, medium 2-6 h,\n"
			"  significant > 6 h.\n");
	const size_t ngroups = sizeof groups / sizeof groups[0];
	for (size_t g = 0; g <= ngroups; g++) {
		int any = 0;
		for (size_t i = 0; i < n; i++) {
			size_t in = group_of(t[i].code);
			if (in != g)
				continue;
			if (!any++) {
				sct_buf_printf(b, "\n## %s\n\n", g < ngroups ? groups[g][1] : "Other codes");
				sct_buf_puts(b, "| code | severity | category | effort | learning | meaning | recommended action |\n"
						"|---|---|---|---:|---:|---|---|\n");
			}
			sct_buf_printf(b, "| %s | %s | %s | %d | %d | ", t[i].code, sct_severity_name(t[i].severity),
				       t[i].category, t[i].effort, t[i].learning);
			cell(b, t[i].title);
			sct_buf_puts(b, " | ");
			cell(b, t[i].action);
			sct_buf_puts(b, " |\n");
		}
	}
}

int sct_code_explain_write(const char *code, sct_buf *b)
{
	char up[16];
	size_t i = 0;
	for (; code[i] && i < sizeof up - 1; i++)
		up[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 32 : code[i]);
	up[i] = 0;
	const sct_code_info *c = code[i] ? NULL : sct_code_find(up);
	if (!c)
		return -1;
	sct_buf_printf(b, "%s  %s\n\n", c->code, c->title);
	sct_buf_printf(b, "  severity:  %s\n", sct_severity_name(c->severity));
	sct_buf_printf(b, "  category:  %s\n", c->category);
	sct_buf_printf(b, "  effort:    %d min per occurrence (default; a rules file may tune it)\n", c->effort);
	sct_buf_printf(b, "  learning:  %d min once per migration\n", c->learning);
	sct_buf_printf(b, "  action:    %s\n", c->action);
	return 0;
}
