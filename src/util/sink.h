/* sink.h - output handed on as it becomes final, so that the whole of it is never held: the DDL
 * (sct_options.ddl_write; emit.h says when its text is final) and the report (sct_result_report_write). A
 * writer writes into one buffer and, where the text before some offset `final` can no longer change, calls
 * sct_sink_drain: once that text is SCT_SINK_CHUNK bytes or more it goes to write and leaves the buffer,
 * whose rest moves to the front (the buffer stays about a chunk long and is reused). Offsets into the buffer
 * kept by a writer must then be lowered by the bytes dropped. */
#ifndef SCT_SINK_H
#define SCT_SINK_H
#include "strbuf.h"

typedef struct sct_sink {
	int (*write)(void *payload, const char *data, size_t len); /* nonzero: failed */
	void *payload;
	size_t dropped;        /* bytes of output that left the buffer */
	int failed;            /* write failed (its return value): what follows is dropped unwritten */
} sct_sink;
enum { SCT_SINK_CHUNK = 128 * 1024 };
/* Hand out->data[0..final) on and drop it from out, whatever its length (nothing when final is 0); returns final. */
size_t sct_sink_pass(sct_sink *k, sct_buf *out, size_t final);
/* The same when k is set and final is at least a chunk; returns the bytes dropped (0: none). */
static inline size_t sct_sink_drain(sct_sink *k, sct_buf *out, size_t final)
{
	return k && final >= SCT_SINK_CHUNK ? sct_sink_pass(k, out, final) : 0;
}
/* For a writer whose text is final as soon as it is written: drain all of out; 1 when the write failed, so
 * that the writer can stop (nothing more would be written). */
static inline int sct_sink_flush(sct_sink *k, sct_buf *out)
{
	return sct_sink_drain(k, out, out->len) && k->failed;
}
#endif
