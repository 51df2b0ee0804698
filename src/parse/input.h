/* input.h - turn the bytes of an input file into the NUL-terminated UTF-8 buffer the parsers read. */
#ifndef SCT_INPUT_H
#define SCT_INPUT_H
#include <stddef.h>
#include "util/arena.h"

const char *sct_input_decode(sct_arena *a, const char *data, size_t len, size_t *out_len, const char **encoding);
/* The same without a copy: data (with data[len] == 0, writable) is used in place when it is UTF-8 (a BOM
 * becomes spaces); NULL when it must be converted (UTF-16): then use sct_input_decode. */
char *sct_input_adopt(char *data, size_t len, size_t *out_len, const char **encoding);
#endif
