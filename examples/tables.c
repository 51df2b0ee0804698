/*
 * tables.c - a read-only walk of the converted AST: for every table in the scripts, each column with its
 * source type and the target type it became (a column mapping sheet for a data-copy job).
 *
 *   tables [-t ENGINE[:VERSION]] FILE...
 *
 * Prints "table<TAB>column<TAB>source type<TAB>target type" lines; exit status 2 on failure.
 */
#include <stdio.h>
#include <string.h>
#include <sctconv.h>

static void print_qname(const sct_qname *q)
{
	if (q->schema.s)
		printf("%s.", q->schema.s);
	printf("%s", q->name.s);
}

int main(int argc, char **argv)
{
	sct_options opts = SCT_OPTIONS_INIT;
	opts.source_engine = SCT_ENGINE_MSSQL;   /* engines by number instead of by name */
	opts.target_engine = SCT_ENGINE_POSTGRES;
	int i = 1;
	if (argc > 2 && !strcmp(argv[1], "-t")) {
		opts.target = argv[2];                 /* a name wins over target_engine */
		i = 3;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: tables [-t ENGINE[:VERSION]] FILE...\n");
		return 2;
	}
	sct_session *session = NULL;
	sct_result *result = NULL;
	if (sct_session_new(&session, &opts) != SCT_OK ||
	    sct_convert_files(&result, session, (const char *const *)&argv[i], (size_t)(argc - i)) != SCT_OK) {
		fprintf(stderr, "tables: %s\n", sct_error_last());
		sct_session_free(session);
		return 2;
	}
	size_t n = sct_result_stmt_count(result);
	for (size_t k = 0; k < n; k++) {
		const sct_stmt *st = sct_result_stmt(result, k);
		if (st->kind != SCT_STMT_TABLE)
			continue;
		const sct_table *t = st->u.table;
		for (int c = 0; c < t->columns.n; c++) {
			const sct_column *col = t->columns.items[c];
			print_qname(t->name);
			printf("\t%s\t%s\t%s\n", col->name.s, col->type ? col->type->name : "(computed)",
			       col->type && col->type->out ? col->type->out : "-");
		}
	}
	sct_result_free(result);
	sct_session_free(session);
	return 0;
}
