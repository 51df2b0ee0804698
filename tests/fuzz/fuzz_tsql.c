/* fuzz_tsql.c - libFuzzer target: the T-SQL front end (lexer, splitter, bison grammar) on arbitrary bytes.
 * Also checks the parser's promises: statements in source order, spans inside the buffer. */
#include "parse/parse.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sct_arena a;
	sct_arena_init(&a);
	char *src = sct_arena_alloc(&a, size + 1); /* the parser wants src[len] == 0 */
	if (size)
		memcpy(src, data, size);
	sct_list out = {0};
	sct_parse_tsql(&a, src, size, 0, &out, NULL);
	uint32_t prev_end = 0;
	for (int i = 0; i < out.n; i++) {
		const sct_stmt *s = out.items[i];
		if (s->loc > s->end || s->end > size || s->loc < prev_end)
			abort(); /* a span outside the input or out of order: input lost or counted twice */
		if (s->kind == SCT_STMT_UNPARSED && (!s->error || s->error_loc > size))
			abort();
		prev_end = s->end;
	}
	sct_arena_release(&a);
	return 0;
}
