/* sink.c - output handed on as it becomes final (sink.h: the DDL and the report): the final text goes to the
 * caller's write function and leaves the output buffer, so the buffer stays small. */
#include "sink.h"
#include <string.h>

size_t sct_sink_pass(sct_sink *k, sct_buf *out, size_t final)
{
	if (!final)
		return 0;
	if (!k->failed) {
		int rc = k->write(k->payload, out->data, final);
		if (rc)
			k->failed = rc; /* no more writes; the conversion goes on for its report */
	}
	memmove(out->data, out->data + final, out->len - final + 1); /* the rest, and its NUL */
	out->len -= final;
	k->dropped += final;
	return final;
}
