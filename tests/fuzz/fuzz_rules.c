/* fuzz_rules.c - libFuzzer target: the rules-file reader on arbitrary text, then the matchers and the
 * type-template expansion over whatever rules it accepted. */
#include "rules/rules.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sct_arena a;
	sct_arena_init(&a);
	sct_rules *r = sct_rules_new(&a, "mssql", "postgres", 15000000L);
	char *err = NULL;
	int n = sct_rules_load_text(r, "fuzz.rules", (const char *)data, size, &err);
	if (n < 0 && !err)
		abort(); /* a refused file must say why */
	static const char *const types[] = {"varchar", "nvarchar", "datetime2", "decimal", "int", "money", "x", ""};
	static const int64_t params[][3] = {{0, 0, 0}, {10, 2, 0}, {SCT_PARAM_MAX, 0, 0}, {-5, 99999999999LL, 3}};
	char buf[64];
	for (size_t t = 0; t < sizeof types / sizeof types[0]; t++)
		for (int np = 0; np <= 3; np++)
			for (size_t p = 0; p < sizeof params / sizeof params[0]; p++) {
				const sct_rule *rule = sct_rules_match_type(r, types[t], np, params[p]);
				if (rule) {
					int len = sct_rules_expand_type(r, rule, np, params[p], buf, sizeof buf);
					if (len >= 0 && (size_t)len < sizeof buf && strlen(buf) != (size_t)len)
						abort();
				}
			}
	const char *words[] = {"day", "112", NULL};
	sct_rules_match_func(r, "dateadd", 3, words);
	sct_rules_match_func(r, "getdate", 0, NULL);
	sct_rules_match_keyword(r, "current_timestamp");
	sct_rules_match_keyword(r, "@@spid");
	sct_rules_code_effort(r, "T101", NULL, NULL);
	sct_arena_release(&a);
	return 0;
}
