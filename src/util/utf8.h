/* utf8.h - UTF-8 validation for input checks and for escaping bytes that are not UTF-8 on output. */
#ifndef SCT_UTF8_H
#define SCT_UTF8_H
#include <stddef.h>

/* Length of the valid UTF-8 sequence at s[0..n) (1..4), or 0 when s[0] does not start one. */
size_t sct_utf8_seq(const unsigned char *s, size_t n);
/* Offset of the first byte that is not part of valid UTF-8 (n when all of s[0..n) is valid). */
size_t sct_utf8_check(const char *s, size_t n);
#endif
