/* plpgsql.c - the PL/pgSQL printer: procedures, functions and triggers converted by code.c, printed with
 * the shared expression and query printer (sqlprint.c) in postgres.c's dialect (sct_pg_sql). Every routine
 * is checked with libpg_query (the whole CREATE statement, and the body with the PL/pgSQL parser) before it
 * is written; a failure is our bug (X001) and the routine is carried as a comment. Statements left for a
 * person are comments inside the body. */
#include "emit.h"
#include "convert/code.h"
#include <pg_query.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct pp {
	sct_conv *cv;
	sct_code *c;
	sct_buf *b;
	const char *src;      /* source text of the routine's file */
	size_t src_len;
	int ind;
	int check;            /* printing for libpg_query, which does not know parameter types (refcursor) */
} pp;

static void nl(pp *p)
{
	sct_buf_putc(p->b, '\n');
	for (int i = 0; i < p->ind; i++)
		sct_buf_puts(p->b, "    ");
}

static void E(pp *p, const sct_expr *e)
{
	sct_sql_expr(&sct_pg_sql, p->b, e);
}

static void Q(pp *p, const sct_query *q)
{
	sct_sql_query(&sct_pg_sql, p->b, q);
}

static void stmts(pp *p, const sct_list *l);

/* statements of a nested list, one level deeper */
static void nested(pp *p, const sct_list *l)
{
	p->ind++;
	stmts(p, l);
	p->ind--;
}

/* a line (BEGIN, ELSE, ...) and the statements it opens */
static void block(pp *p, const char *head, const sct_list *l)
{
	nl(p);
	sct_buf_puts(p->b, head);
	nested(p, l);
}

static void comment_src(pp *p, sct_loc a, sct_loc z)
{
	if (!p->src || z <= a || z > p->src_len)
		return;
	nl(p);
	sct_buf_puts(p->b, "-- | ");
	for (const char *s = p->src + a, *e = p->src + z; s < e; s++) {
		if (*s == '\r')
			continue;
		if (*s == '\n') {
			nl(p);
			sct_buf_puts(p->b, "-- | ");
		} else
			sct_buf_putc(p->b, *s ? *s : ' ');
	}
}

static void rowcount(pp *p)
{
	if (p->c->rowcount) {
		nl(p);
		sct_buf_puts(p->b, "GET DIAGNOSTICS sct_rowcount = ROW_COUNT;");
	}
}

/* PRIMARY KEY (cols) / UNIQUE (cols) of a table-level key */
static void key_clause(pp *p, const sct_constraint *k)
{
	sct_buf_puts(p->b, k->kind == SCT_CONS_PRIMARY ? "PRIMARY KEY (" : "UNIQUE (");
	for (int j = 0; j < k->columns.n; j++) {
		if (j)
			sct_buf_puts(p->b, ", ");
		sct_sql_ident(&sct_pg_sql, p->b, ((sct_index_col *)k->columns.items[j])->name.s);
	}
	sct_buf_putc(p->b, ')');
}

static void table_cols(pp *p, const sct_table *t)
{
	sct_buf_puts(p->b, " (");
	int n = 0;
	for (int i = 0; i < t->columns.n; i++) {
		sct_buf_puts(p->b, n++ ? ", " : "");
		sct_pg_column(p->b, t->columns.items[i]);
	}
	for (int i = 0; i < t->constraints.n; i++) {
		const sct_constraint *k = t->constraints.items[i];
		if (k->skip || (k->kind != SCT_CONS_PRIMARY && k->kind != SCT_CONS_UNIQUE))
			continue;
		sct_buf_puts(p->b, ", ");
		key_clause(p, k);
	}
	for (int i = 0; i < t->columns.n; i++) { /* inline PRIMARY KEY / UNIQUE of a column */
		const sct_column *col = t->columns.items[i];
		for (int j = 0; j < sct_column_constraints(col)->n; j++) {
			const sct_constraint *k = sct_column_constraints(col)->items[j];
			if (k->kind != SCT_CONS_PRIMARY && k->kind != SCT_CONS_UNIQUE)
				continue;
			sct_buf_puts(p->b, k->kind == SCT_CONS_PRIMARY ? ", PRIMARY KEY (" : ", UNIQUE (");
			sct_sql_ident(&sct_pg_sql, p->b, col->name.s);
			sct_buf_putc(p->b, ')');
		}
	}
	sct_buf_putc(p->b, ')');
}

static void set_items(pp *p, const sct_list *sets)
{
	for (int i = 0; i < sets->n; i++) {
		const sct_setitem *s = sets->items[i];
		sct_buf_puts(p->b, i ? ", " : " SET ");
		sct_sql_ident(&sct_pg_sql, p->b, s->col->name.s);
		sct_buf_puts(p->b, " = ");
		if (s->value)
			E(p, s->value);
		else
			sct_buf_puts(p->b, "DEFAULT");
	}
}

static void from_list(pp *p, const sct_list *from, const char *kw)
{
	for (int i = 0; i < from->n; i++) {
		sct_buf_puts(p->b, i ? ", " : kw);
		sct_sql_from(&sct_pg_sql, p->b, from->items[i]);
	}
}

static void ctes(pp *p, const sct_dml *d)
{
	if (d->with && d->with->ctes.n) {
		/* print the CTEs through the query printer: WITH ... SELECT 1, cut before SELECT */
		sct_buf tmp;
		sct_buf_init(&tmp);
		sct_query q = *d->with;
		q.kind = SCT_Q_SELECT;
		sct_sql_query(&sct_pg_sql, &tmp, &q);
		const char *sel = strstr(tmp.data, ") SELECT ");
		if (sel)
			sct_buf_put(p->b, tmp.data, (size_t)(sel - tmp.data) + 2);
		sct_buf_free(&tmp);
	}
}

/* INSERT INTO t [(cols)] */
static void insert_into(pp *p, const sct_qname *t, const sct_list *cols)
{
	sct_buf_puts(p->b, "INSERT INTO ");
	sct_sql_qname(&sct_pg_sql, p->b, t);
	for (int i = 0; i < cols->n; i++) {
		sct_buf_puts(p->b, i ? ", " : " (");
		sct_sql_ident(&sct_pg_sql, p->b, ((sct_ident *)cols->items[i])->s);
	}
	if (cols->n)
		sct_buf_putc(p->b, ')');
}

/* The RETURNING list of OUTPUT; for a result set each column named sct_cN in the temporary table */
static void output_returning(pp *p, const sct_dml *d)
{
	sct_buf_puts(p->b, " RETURNING ");
	for (int i = 0; i < d->output.n; i++) {
		if (i)
			sct_buf_puts(p->b, ", ");
		E(p, ((sct_target *)d->output.items[i])->expr);
		if (d->output_cursor)
			sct_buf_printf(p->b, " AS sct_c%d", i + 1);
	}
	sct_buf_putc(p->b, ')');
}

/* The temporary table of an OUTPUT result set: sct_<routine>_<cursor>, so a procedure that calls another
 * does not drop the table under its own open cursor */
static const char *output_table(pp *p, const sct_dml *d)
{
	const sct_qname *n = p->c->r->name;
	return sct_arena_printf(p->cv->a, "sct_%s_%s", n && n->name.s ? n->name.s : "out", d->output_cursor);
}

/* OUTPUT without INTO: the rows go into a temporary table in the order returned */
static void output_table_head(pp *p, const sct_dml *d)
{
	const char *t = output_table(p, d);
	sct_buf_puts(p->b, "DROP TABLE IF EXISTS ");
	sct_sql_ident(&sct_pg_sql, p->b, t);
	sct_buf_putc(p->b, ';');
	nl(p);
	sct_buf_puts(p->b, "CREATE TEMPORARY TABLE ");
	sct_sql_ident(&sct_pg_sql, p->b, t);
	sct_buf_puts(p->b, " AS ");
}

/* ... then the refcursor opened over it, columns named as the OUTPUT list names them */
static void output_open(pp *p, const sct_dml *d)
{
	nl(p);
	int ret = p->c->proc_table; /* --result-sets table: the function's rows */
	sct_buf_puts(p->b, ret ? "RETURN QUERY SELECT " : p->check ? "PERFORM 1 FROM (SELECT " : "OPEN ");
	if (!p->check && !ret) {
		sct_sql_ident(&sct_pg_sql, p->b, d->output_cursor);
		sct_buf_puts(p->b, " FOR SELECT ");
	}
	for (int i = 0; i < d->output.n; i++) {
		const sct_target *t = d->output.items[i];
		sct_buf_printf(p->b, "%ssct_c%d", i ? ", " : "", i + 1);
		if (t->alias.s) {
			sct_buf_puts(p->b, " AS ");
			sct_sql_ident(&sct_pg_sql, p->b, t->alias.s);
		}
	}
	sct_buf_puts(p->b, " FROM ");
	sct_sql_ident(&sct_pg_sql, p->b, output_table(p, d));
	sct_buf_puts(p->b, p->check && !ret ? " ORDER BY sct_n) AS sct_check;" : " ORDER BY sct_n;");
}

/* OUTPUT ... INTO t (cols) after the CTE sct_out that holds the RETURNING rows */
static void output_insert(pp *p, const sct_dml *d)
{
	if (d->output_cursor) {
		sct_buf_puts(p->b, " SELECT row_number() OVER () AS sct_n, * FROM sct_out");
		return;
	}
	sct_buf_putc(p->b, ' ');
	insert_into(p, d->output_into, &d->output_cols);
	sct_buf_puts(p->b, " SELECT * FROM sct_out");
}

/* UPDATE/DELETE ... OUTPUT ... INTO: WITH [ctes,] [sct_old AS (the old rows, locked),] sct_out AS ( */
static void output_head(pp *p, const sct_pstmt *s)
{
	const sct_dml *d = s->dml;
	if (d->with && d->with->ctes.n) {
		ctes(p, d);
		while (p->b->len && p->b->data[p->b->len - 1] == ' ')
			p->b->len--;
		sct_buf_puts(p->b, ", ");
	} else
		sct_buf_puts(p->b, "WITH ");
	if (s->op == 2) {
		sct_buf_puts(p->b, "sct_old AS (SELECT ctid AS sct_ctid, ROW(");
		sct_sql_ident(&sct_pg_sql, p->b, d->table->name.s);
		sct_buf_puts(p->b, ".*)::");
		sct_sql_qname(&sct_pg_sql, p->b, d->table);
		sct_buf_puts(p->b, " AS sct_row FROM ");
		sct_sql_qname(&sct_pg_sql, p->b, d->table);
		if (d->where) {
			sct_buf_puts(p->b, " WHERE ");
			E(p, d->where);
		}
		sct_buf_puts(p->b, " FOR UPDATE), ");
	}
	sct_buf_puts(p->b, "sct_out AS (");
}

static void output_tail(pp *p, const sct_dml *d)
{
	output_returning(p, d);
	output_insert(p, d);
}

static void insert_exec(pp *p, const sct_pstmt *s);

static void dml(pp *p, const sct_pstmt *s)
{
	const sct_dml *d = s->dml;
	if (s->kind == SCT_PS_INSERT && d->exec) {
		insert_exec(p, s);
		return;
	}
	nl(p);
	if (d->output_cursor)
		output_table_head(p, d);
	if (s->kind == SCT_PS_INSERT && d->output.n) {
		sct_buf_puts(p->b, "WITH sct_out AS (");
	} else if (d->output.n) {
		output_head(p, s);
	} else
		ctes(p, d);
	switch (s->kind) {
	case SCT_PS_INSERT:
		insert_into(p, d->table, &d->columns);
		if (d->default_values)
			sct_buf_puts(p->b, " DEFAULT VALUES");
		else if (d->query) {
			sct_buf_putc(p->b, ' ');
			Q(p, d->query);
		} else {
			sct_buf_puts(p->b, " VALUES ");
			for (int i = 0; i < d->values.n; i++) {
				if (i)
					sct_buf_puts(p->b, ", ");
				E(p, d->values.items[i]);
			}
		}
		if (d->output.n)
			output_tail(p, d);
		else if (s->name && s->text) { /* SCOPE_IDENTITY() after the INSERT (code.c) */
			sct_buf_puts(p->b, " RETURNING ");
			sct_sql_ident(&sct_pg_sql, p->b, s->text);
			sct_buf_puts(p->b, " INTO ");
			sct_sql_ident(&sct_pg_sql, p->b, s->name);
		}
		break;
	case SCT_PS_UPDATE:
		sct_buf_puts(p->b, "UPDATE ");
		sct_sql_qname(&sct_pg_sql, p->b, d->table);
		if (s->op == 1)
			sct_buf_puts(p->b, " AS sct_t");
		set_items(p, &d->sets);
		if (s->op == 2) { /* the rows the CTE sct_old locked, by row identity */
			sct_buf_puts(p->b, " FROM sct_old WHERE ");
			sct_sql_ident(&sct_pg_sql, p->b, d->table->name.s);
			sct_buf_puts(p->b, ".ctid = sct_old.sct_ctid");
			break;
		}
		from_list(p, &d->from, " FROM ");
		goto where;
	case SCT_PS_DELETE:
		sct_buf_puts(p->b, "DELETE FROM ");
		sct_sql_qname(&sct_pg_sql, p->b, d->table);
		if (s->op == 1)
			sct_buf_puts(p->b, " AS sct_t");
		from_list(p, &d->from, " USING ");
	where:
		if (s->op == 1) {
			sct_buf_puts(p->b, " WHERE sct_t.ctid = ");
			sct_sql_ident(&sct_pg_sql, p->b, d->alias.s);
			sct_buf_puts(p->b, ".ctid");
			if (d->where) {
				sct_buf_puts(p->b, " AND (");
				E(p, d->where);
				sct_buf_putc(p->b, ')');
			}
		} else if (d->where) {
			sct_buf_puts(p->b, " WHERE ");
			E(p, d->where);
		}
		break;
	case SCT_PS_MERGE:
		sct_buf_puts(p->b, "MERGE INTO ");
		sct_sql_qname(&sct_pg_sql, p->b, d->table);
		if (d->alias.s) {
			sct_buf_puts(p->b, " AS ");
			sct_sql_ident(&sct_pg_sql, p->b, d->alias.s);
		}
		from_list(p, &d->from, " USING ");
		sct_buf_puts(p->b, " ON ");
		E(p, d->where);
		for (int w = 0; w < d->whens.n; w++) {
			const sct_merge_when *m = d->whens.items[w];
			sct_buf_puts(p->b, m->matched ? " WHEN MATCHED" : " WHEN NOT MATCHED");
			if (m->cond) {
				sct_buf_puts(p->b, " AND ");
				E(p, m->cond);
			}
			sct_buf_puts(p->b, " THEN ");
			if (m->action == 0) {
				sct_buf_puts(p->b, "UPDATE");
				set_items(p, &m->sets);
			} else if (m->action == 1) {
				sct_buf_puts(p->b, "DELETE");
			} else {
				sct_buf_puts(p->b, "INSERT");
				if (m->columns.n) {
					sct_buf_puts(p->b, " (");
					for (int i = 0; i < m->columns.n; i++) {
						if (i)
							sct_buf_puts(p->b, ", ");
						sct_sql_ident(&sct_pg_sql, p->b, ((sct_ident *)m->columns.items[i])->s);
					}
					sct_buf_putc(p->b, ')');
				}
				sct_buf_puts(p->b, " VALUES (");
				for (int i = 0; i < m->values.n; i++) {
					if (i)
						sct_buf_puts(p->b, ", ");
					E(p, m->values.items[i]);
				}
				sct_buf_putc(p->b, ')');
			}
		}
		break;
	default:
		break;
	}
	if (s->kind != SCT_PS_INSERT && d->output.n)
		output_tail(p, d);
	sct_buf_putc(p->b, ';');
	rowcount(p);
	if (d->output_cursor)
		output_open(p, d);
}

static void raise(pp *p, const sct_pstmt *s)
{
	nl(p);
	if (s->op == SCT_RAISE_RERAISE) {
		sct_buf_puts(p->b, "RAISE;");
		return;
	}
	if (s->op == SCT_RAISE_NOTICE) {
		sct_buf_puts(p->b, "RAISE NOTICE '%', ");
		E(p, s->args.items[0]);
		sct_buf_putc(p->b, ';');
		return;
	}
	sct_buf_puts(p->b, "RAISE EXCEPTION USING MESSAGE = ");
	E(p, s->args.items[0]);
	if (s->text) {
		sct_buf_puts(p->b, ", DETAIL = ");
		sct_sql_str(&sct_pg_sql, p->b, s->text);
	}
	sct_buf_putc(p->b, ';');
}

static void call_args(pp *p, const sct_pstmt *s)
{
	sct_sql_qname(&sct_pg_sql, p->b, s->target);
	sct_buf_putc(p->b, '(');
	for (int i = 0; i < s->args.n; i++) {
		const sct_parg *a = s->args.items[i];
		if (i)
			sct_buf_puts(p->b, ", ");
		sct_sql_ident(&sct_pg_sql, p->b, a->name);
		sct_buf_puts(p->b, " => ");
		E(p, a->value);
	}
	sct_buf_putc(p->b, ')');
}

static void call(pp *p, const sct_pstmt *s)
{
	nl(p);
	sct_buf_puts(p->b, s->op == 1 ? "PERFORM * FROM " : "CALL ");
	call_args(p, s);
	sct_buf_putc(p->b, ';');
	if (s->text) { /* EXEC @rc = proc of a procedure that returns no status: 0 */
		nl(p);
		sct_sql_ident(&sct_pg_sql, p->b, s->text);
		sct_buf_puts(p->b, " := 0;");
	}
}

static void stmt(pp *p, const sct_pstmt *s);

static void var_list(pp *p, const sct_list *l)
{
	for (int i = 0; i < l->n; i++) {
		if (i)
			sct_buf_puts(p->b, ", ");
		E(p, l->items[i]);
	}
}

/* INSERT ... EXEC (code.c): INSERT ... SELECT * FROM f(...) for a function; for a procedure, CALL it and
 * insert each row of its refcursor (s->name), fetched into variables typed like the columns (s->args) */
static void insert_exec(pp *p, const sct_pstmt *s)
{
	const sct_dml *d = s->dml;
	const sct_pstmt *x = d->exec;
	if (x->kind == SCT_PS_EXEC && x->op == 1) {
		nl(p);
		insert_into(p, d->table, &d->columns);
		sct_buf_puts(p->b, " SELECT * FROM ");
		call_args(p, x);
		sct_buf_putc(p->b, ';');
		rowcount(p);
		return;
	}
	stmt(p, x);
	if (p->c->rowcount) {
		nl(p);
		sct_buf_puts(p->b, "sct_rowcount := 0;");
	}
	if (!p->check) { /* a callee that opens no cursor (its SELECT not run): no rows */
		nl(p);
		sct_buf_puts(p->b, "IF ");
		sct_sql_ident(&sct_pg_sql, p->b, s->name);
		sct_buf_puts(p->b, " IS NOT NULL THEN");
		p->ind++;
	}
	nl(p);
	sct_buf_puts(p->b, "LOOP");
	p->ind++;
	nl(p);
	if (p->check) { /* libpg_query types no variable: FETCH of a refcursor parameter does not check */
		sct_buf_puts(p->b, "SELECT NULL INTO ");
	} else {
		sct_buf_puts(p->b, "FETCH ");
		sct_sql_ident(&sct_pg_sql, p->b, s->name);
		sct_buf_puts(p->b, " INTO ");
	}
	var_list(p, &s->args);
	sct_buf_putc(p->b, ';');
	nl(p);
	sct_buf_puts(p->b, "EXIT WHEN NOT FOUND;");
	nl(p);
	insert_into(p, d->table, &d->columns);
	sct_buf_puts(p->b, " VALUES (");
	var_list(p, &s->args);
	sct_buf_puts(p->b, ");");
	if (p->c->rowcount) {
		nl(p);
		sct_buf_puts(p->b, "sct_rowcount := sct_rowcount + 1;");
	}
	p->ind--;
	nl(p);
	sct_buf_puts(p->b, "END LOOP;");
	if (!p->check) {
		nl(p);
		sct_buf_puts(p->b, "CLOSE ");
		sct_sql_ident(&sct_pg_sql, p->b, s->name);
		sct_buf_putc(p->b, ';');
		p->ind--;
		nl(p);
		sct_buf_puts(p->b, "END IF;");
	}
}

static void trigger_return(pp *p);

static int only_if(const sct_list *l)
{
	return l->n == 1 && ((sct_pstmt *)l->items[0])->kind == SCT_PS_IF;
}

/* ALTER TABLE inside a body: DROP CONSTRAINT, ADD CONSTRAINT CHECK / PRIMARY KEY / UNIQUE (code.c) */
static void alter_table(pp *p, const sct_alter_table *at)
{
	nl(p);
	sct_buf_puts(p->b, "ALTER TABLE ");
	sct_sql_qname(&sct_pg_sql, p->b, at->name);
	for (int i = 0; i < at->actions.n; i++) {
		const sct_alter_action *a = at->actions.items[i];
		sct_buf_puts(p->b, i ? ", " : " ");
		if (a->kind == SCT_ALTER_DROP_CONSTRAINT) { /* IF EXISTS as in postgres.c (the AST does not tell) */
			sct_buf_puts(p->b, "DROP CONSTRAINT IF EXISTS ");
			sct_sql_ident(&sct_pg_sql, p->b, a->name.s);
			continue;
		}
		const sct_constraint *k = a->constraint;
		sct_buf_puts(p->b, "ADD CONSTRAINT ");
		sct_sql_ident(&sct_pg_sql, p->b, k->name.s);
		if (k->kind == SCT_CONS_CHECK) {
			sct_buf_puts(p->b, " CHECK (");
			E(p, k->expr);
			sct_buf_puts(p->b, k->flags & SCT_CF_NOCHECK ? ") NOT VALID" : ")");
			continue;
		}
		sct_buf_putc(p->b, ' ');
		key_clause(p, k);
	}
	sct_buf_putc(p->b, ';');
}

static void stmt(pp *p, const sct_pstmt *s)
{
	sct_code *c = p->c;
	switch (s->kind) {
	case SCT_PS_BLOCK:
		if (s->op == 2 && s->name) { /* <<label>> BEGIN ... END label: the target of GOTO label (EXIT label) */
			nl(p);
			sct_buf_printf(p->b, "<<%s>>", s->name);
			block(p, "BEGIN", &s->body);
			nl(p);
			sct_buf_printf(p->b, "END %s;", s->name);
			break;
		}
		stmts(p, &s->body);
		break;
	case SCT_PS_SET:
		nl(p);
		sct_sql_ident(&sct_pg_sql, p->b, s->name);
		sct_buf_puts(p->b, " := ");
		E(p, s->expr);
		sct_buf_putc(p->b, ';');
		break;
	case SCT_PS_IF: {
		nl(p);
		sct_buf_puts(p->b, "IF ");
		E(p, s->expr);
		sct_buf_puts(p->b, " THEN");
		nested(p, &s->body);
		const sct_pstmt *x = s;
		while (only_if(&x->els)) { /* ELSE IF -> ELSIF */
			x = x->els.items[0];
			nl(p);
			sct_buf_puts(p->b, "ELSIF ");
			E(p, x->expr);
			sct_buf_puts(p->b, " THEN");
			nested(p, &x->body);
		}
		if (x->els.n) {
			block(p, "ELSE", &x->els);
		}
		nl(p);
		sct_buf_puts(p->b, "END IF;");
		break;
	}
	case SCT_PS_WHILE:
		nl(p);
		sct_buf_puts(p->b, "WHILE ");
		E(p, s->expr);
		sct_buf_puts(p->b, " LOOP");
		nested(p, &s->body);
		nl(p);
		sct_buf_puts(p->b, "END LOOP;");
		break;
	case SCT_PS_BREAK:
		nl(p);
		if (s->op == 2 && s->name) /* GOTO label */
			sct_buf_printf(p->b, "EXIT %s;", s->name);
		else
			sct_buf_puts(p->b, "EXIT;");
		break;
	case SCT_PS_CONTINUE:
		nl(p);
		sct_buf_puts(p->b, "CONTINUE;");
		break;
	case SCT_PS_RETURN:
		nl(p);
		if (c->style == SCT_CODE_FUNCTION && s->expr) {
			sct_buf_puts(p->b, "RETURN ");
			E(p, s->expr);
			sct_buf_putc(p->b, ';');
		} else if (c->style == SCT_CODE_TRIGGER) {
			trigger_return(p);
		} else if (c->style == SCT_CODE_TABLE_FUNCTION && c->ret_table) {
			sct_buf_puts(p->b, "RETURN QUERY SELECT * FROM ");
			sct_sql_ident(&sct_pg_sql, p->b, c->ret_table);
			sct_buf_puts(p->b, ";");
			nl(p);
			sct_buf_puts(p->b, "RETURN;");
		} else if (c->style == SCT_CODE_PROCEDURE && s->expr && c->retval) {
			sct_buf_puts(p->b, "return_value := ");
			E(p, s->expr);
			sct_buf_putc(p->b, ';');
			nl(p);
			sct_buf_puts(p->b, "RETURN;");
		} else {
			sct_buf_puts(p->b, "RETURN;");
		}
		break;
	case SCT_PS_RETURN_QUERY:
		nl(p);
		sct_buf_puts(p->b, "RETURN QUERY ");
		Q(p, s->query);
		sct_buf_putc(p->b, ';');
		break;
	case SCT_PS_TRY:
		block(p, "BEGIN", &s->body);
		block(p, "EXCEPTION WHEN OTHERS THEN", &s->els);
		nl(p);
		sct_buf_puts(p->b, "END;");
		break;
	case SCT_PS_RAISE:
		raise(p, s);
		break;
	case SCT_PS_SELECT:
		nl(p);
		Q(p, s->query);
		if (s->args.n) {
			sct_buf_puts(p->b, " INTO ");
			for (int i = 0; i < s->args.n; i++) {
				if (i)
					sct_buf_puts(p->b, ", ");
				E(p, s->args.items[i]);
			}
		}
		sct_buf_putc(p->b, ';');
		rowcount(p);
		break;
	case SCT_PS_OPEN_FOR:
		nl(p);
		if (p->check) { /* the same query, in a statement the checker accepts without a refcursor type */
			sct_buf_puts(p->b, "PERFORM 1 FROM (");
			Q(p, s->query);
			sct_buf_puts(p->b, ") AS sct_check;");
			break;
		}
		sct_buf_puts(p->b, "OPEN ");
		sct_sql_ident(&sct_pg_sql, p->b, s->name);
		sct_buf_puts(p->b, " FOR ");
		Q(p, s->query);
		sct_buf_putc(p->b, ';');
		break;
	case SCT_PS_INSERT:
	case SCT_PS_UPDATE:
	case SCT_PS_DELETE:
	case SCT_PS_MERGE:
		dml(p, s);
		break;
	case SCT_PS_TRUNCATE:
		nl(p);
		sct_buf_puts(p->b, "TRUNCATE TABLE ");
		sct_sql_qname(&sct_pg_sql, p->b, s->target);
		sct_buf_putc(p->b, ';');
		break;
	case SCT_PS_EXEC:
		call(p, s);
		break;
	case SCT_PS_EXEC_SQL:
		nl(p);
		sct_buf_puts(p->b, "EXECUTE ");
		E(p, s->expr);
		sct_buf_putc(p->b, ';');
		rowcount(p);
		break;
	case SCT_PS_CURSOR:
		nl(p);
		if (p->check) { /* libpg_query types no variable: check the cursor's query and the FETCH targets */
			const sct_cvar *v = NULL;
			for (int i = 0; i < c->decls.n; i++)
				if (((sct_cvar *)c->decls.items[i])->cursor && !strcmp(((sct_cvar *)c->decls.items[i])->out, s->name))
					v = c->decls.items[i];
			if (s->op == SCT_CUR_OPEN && v) {
				sct_buf_puts(p->b, "PERFORM 1 FROM (");
				Q(p, v->cursor);
				sct_buf_puts(p->b, ") AS sct_check;");
			} else if (s->op == SCT_CUR_FETCH) {
				sct_buf_puts(p->b, "SELECT NULL INTO ");
				for (int i = 0; i < s->args.n; i++) {
					if (i)
						sct_buf_puts(p->b, ", ");
					E(p, s->args.items[i]);
				}
				sct_buf_putc(p->b, ';');
			} else
				sct_buf_puts(p->b, "NULL;");
			break;
		}
		sct_buf_puts(p->b, s->op == SCT_CUR_OPEN ? "OPEN " : s->op == SCT_CUR_CLOSE ? "CLOSE " : "FETCH ");
		sct_sql_ident(&sct_pg_sql, p->b, s->name);
		if (s->op == SCT_CUR_FETCH) {
			sct_buf_puts(p->b, " INTO ");
			for (int i = 0; i < s->args.n; i++) {
				if (i)
					sct_buf_puts(p->b, ", ");
				E(p, s->args.items[i]);
			}
		}
		sct_buf_putc(p->b, ';');
		if (s->op == SCT_CUR_FETCH) {
			nl(p);
			sct_buf_puts(p->b, "sct_fetch_status := CASE WHEN FOUND THEN 0 ELSE -1 END;");
			rowcount(p);
		}
		break;
	case SCT_PS_CREATE_TABLE:
		nl(p);
		sct_buf_puts(p->b, "DROP TABLE IF EXISTS ");
		sct_sql_ident(&sct_pg_sql, p->b, s->table->name->name.s);
		sct_buf_putc(p->b, ';');
		nl(p);
		sct_buf_puts(p->b, "CREATE TEMPORARY TABLE ");
		sct_sql_ident(&sct_pg_sql, p->b, s->table->name->name.s);
		if (s->query) {
			sct_buf_puts(p->b, " AS ");
			Q(p, s->query);
		} else
			table_cols(p, s->table);
		sct_buf_putc(p->b, ';');
		if (s->query)
			rowcount(p);
		break;
	case SCT_PS_DROP_TABLE:
		nl(p);
		sct_buf_puts(p->b, "DROP TABLE IF EXISTS ");
		sct_sql_qname(&sct_pg_sql, p->b, s->target);
		sct_buf_putc(p->b, ';');
		break;
	case SCT_PS_ALTER_TABLE:
		alter_table(p, s->alter);
		break;
	case SCT_PS_SQL:
		nl(p);
		sct_buf_puts(p->b, s->text);
		sct_buf_putc(p->b, ';');
		break;
	case SCT_PS_COMMENT:
		if (s->text) {
			nl(p);
			sct_buf_printf(p->b, "-- %s", s->text);
		} else {
			nl(p);
			sct_buf_puts(p->b, "-- ");
			if (p->src && s->end > s->loc && s->end <= p->src_len) {
				for (const char *x = p->src + s->loc; x < p->src + s->end; x++)
					sct_buf_putc(p->b, (*x == '\n' || *x == '\r' || !*x) ? ' ' : *x);
			}
			sct_buf_puts(p->b, " (not needed in PostgreSQL)");
		}
		break;
	case SCT_PS_RAW:
		nl(p);
		sct_buf_printf(p->b, "-- [sctconv] C010 not converted: ");
		for (const char *x = s->text ? s->text : "needs a person"; *x; x++)
			sct_buf_putc(p->b, (*x == '\n' || *x == '\r') ? ' ' : *x);
		comment_src(p, s->loc, s->end);
		break;
	case SCT_PS_PERFORM:
		nl(p);
		sct_buf_puts(p->b, "PERFORM ");
		E(p, s->expr);
		sct_buf_putc(p->b, ';');
		break;
	case SCT_PS_DECLARE: /* the declarations are printed in the DECLARE section */
		break;
	default: /* a statement kind the converter left unconverted: never dropped silently (X001) */
		sct_buf_putc(p->b, '\001');
		break;
	}
}

static void stmts(pp *p, const sct_list *l)
{
	for (int i = 0; i < l->n; i++)
		stmt(p, l->items[i]);
}

/* ---------- routine headers ---------- */

static const char *type_out(const sct_type *t)
{
	return t && t->out ? t->out : "text";
}

static void params(pp *p)
{
	sct_code *c = p->c;
	sct_routine *r = c->r;
	int n = 0, defaults = 0;
	sct_buf_putc(p->b, '(');
	for (int i = 0; i < r->params.n; i++) {
		const sct_param *prm = r->params.items[i];
		const sct_cvar *v = c->params.items[i];
		sct_buf_puts(p->b, n++ ? ", " : "");
		if (prm->mode != SCT_PARAM_IN)
			sct_buf_puts(p->b, "INOUT ");
		sct_sql_ident(&sct_pg_sql, p->b, v->out);
		sct_buf_printf(p->b, " %s", type_out(prm->type));
		if (prm->def) {
			sct_buf_puts(p->b, " DEFAULT ");
			E(p, prm->def);
			defaults = 1;
		} else if (defaults || prm->mode != SCT_PARAM_IN) {
			/* PostgreSQL wants defaults on every parameter after the first one with a default */
			sct_buf_puts(p->b, " DEFAULT NULL");
			defaults = 1;
		}
	}
	if (c->style == SCT_CODE_PROCEDURE) {
		for (int i = 0; i < c->results.n; i++) {
			sct_buf_puts(p->b, n++ ? ", " : "");
			sct_buf_puts(p->b, "INOUT ");
			sct_sql_ident(&sct_pg_sql, p->b, c->results.items[i]);
			sct_buf_puts(p->b, " refcursor DEFAULT NULL");
		}
		if (c->retval) {
			sct_buf_puts(p->b, n++ ? ", " : "");
			sct_buf_puts(p->b, "INOUT return_value integer DEFAULT NULL");
		}
	}
	sct_buf_putc(p->b, ')');
}

static void declare_section(pp *p)
{
	sct_code *c = p->c;
	int any = c->rowcount || c->fetch_status;
	for (int i = 0; i < c->decls.n && !any; i++)
		any = 1;
	if (!any)
		return;
	nl(p);
	sct_buf_puts(p->b, "DECLARE");
	p->ind++;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < c->decls.n; i++) {
			const sct_cvar *v = c->decls.items[i];
			if ((pass == 0) != (v->cursor == NULL))
				continue;
			nl(p);
			sct_sql_ident(&sct_pg_sql, p->b, v->out);
			if (v->cursor && p->check) {
				sct_buf_puts(p->b, " integer");
			} else if (v->cursor) {
				sct_buf_puts(p->b, " CURSOR FOR ");
				Q(p, v->cursor);
			} else
				sct_buf_printf(p->b, " %s", type_out(v->type));
			sct_buf_putc(p->b, ';');
		}
	if (c->rowcount) {
		nl(p);
		sct_buf_puts(p->b, "sct_rowcount bigint := 0;");
	}
	if (c->fetch_status) {
		nl(p);
		sct_buf_puts(p->b, "sct_fetch_status integer := -1;");
	}
	p->ind--;
}

/* RETURN of a trigger function: NULL (statement level, or the row skipped by an INSTEAD OF on a table),
 * NEW/OLD per event for INSTEAD OF on a view; the re-entry flag is cleared first. */
static void trigger_return(pp *p)
{
	if (p->c->reentry) {
		sct_buf_printf(p->b, "PERFORM set_config('%s', '', true);", p->c->reentry);
		nl(p);
	}
	sct_buf_puts(p->b, p->c->ddl ? "RETURN;" : p->c->row_trigger == 2 ? "RETURN \001rowret;" : "RETURN NULL;");
}

/* An INSTEAD OF trigger (row level here) that changes its own table: SQL Server does not fire it again for
 * that change, so while the body runs a transaction-local setting lets the nested row through. */
static void reentry_guard(pp *p)
{
	const char *g = p->c->reentry;
	if (!g)
		return;
	nl(p);
	sct_buf_printf(p->b, "IF current_setting('%s', true) = 'on' THEN", g);
	p->ind++;
	nl(p);
	sct_buf_puts(p->b, "IF TG_OP = 'DELETE' THEN");
	p->ind++;
	nl(p);
	sct_buf_puts(p->b, "RETURN OLD;");
	p->ind--;
	nl(p);
	sct_buf_puts(p->b, "END IF;");
	nl(p);
	sct_buf_puts(p->b, "RETURN NEW;");
	p->ind--;
	nl(p);
	sct_buf_puts(p->b, "END IF;");
	nl(p);
	sct_buf_printf(p->b, "PERFORM set_config('%s', 'on', true);", g);
}

/* PostgreSQL ignores a parameter's length or precision (varchar(5), numeric(10,2)); SQL Server converts the
 * argument to it (a longer string is cut, 1.5 is 1.50): the body starts with that conversion. */
static void param_typmods(pp *p)
{
	sct_code *c = p->c;
	for (int i = 0; i < c->r->params.n; i++) {
		const sct_param *prm = c->r->params.items[i];
		const sct_cvar *v = c->params.items[i];
		const char *t = prm->type ? prm->type->out : NULL;
		if (!t || !strchr(t, '(') || prm->readonly || !v || !v->out)
			continue;
		nl(p);
		sct_sql_ident(&sct_pg_sql, p->b, v->out);
		sct_buf_puts(p->b, " := CAST(");
		sct_sql_ident(&sct_pg_sql, p->b, v->out);
		sct_buf_printf(p->b, " AS %s);", t);
	}
}

/* The body: [DECLARE ...] BEGIN ... END */
static void body(pp *p)
{
	sct_code *c = p->c;
	if (c->style == SCT_CODE_TABLE_FUNCTION) /* the result columns are variables too */
		sct_buf_puts(p->b, "\n#variable_conflict use_column");
	declare_section(p);
	nl(p);
	sct_buf_puts(p->b, "BEGIN");
	p->ind++;
	reentry_guard(p);
	param_typmods(p);
	if (c->eventdata) { /* EVENTDATA() of a DDL trigger (ddl_trigger.c) */
		nl(p);
		for (const char *s = c->eventdata; *s; s++) {
			sct_buf_putc(p->b, *s);
			if (*s == '\n')
				for (int i = 0; i < p->ind; i++)
					sct_buf_puts(p->b, "    ");
		}
		sct_buf_putc(p->b, ';');
	}
	stmts(p, &c->r->code->body);
	if (c->style == SCT_CODE_TRIGGER) {
		nl(p);
		trigger_return(p);
	} else if (c->style == SCT_CODE_TABLE_FUNCTION && c->ret_table) {
		const sct_list *l = &c->r->code->body;
		if (!l->n || ((sct_pstmt *)l->items[l->n - 1])->kind != SCT_PS_RETURN) {
			nl(p);
			sct_buf_puts(p->b, "RETURN QUERY SELECT * FROM ");
			sct_sql_ident(&sct_pg_sql, p->b, c->ret_table);
			sct_buf_putc(p->b, ';');
		}
	}
	p->ind--;
	nl(p);
	sct_buf_puts(p->b, "END;\n");
}

static const char *dollar_tag(const char *text)
{
	static const char *const tags[] = {"$sct$", "$sct_body$", "$sct_code_1$", "$sct_code_2$", NULL};
	for (int i = 0; tags[i]; i++)
		if (!strstr(text, tags[i]))
			return tags[i];
	return NULL;
}

/* Replace every occurrence of `from` (quoted by the identifier printer when it holds \001) by `to`. */
static char *subst(sct_conv *cv, const char *text, const char *from, const char *to)
{
	sct_buf b;
	sct_buf_init(&b);
	size_t n = strlen(from);
	for (const char *s = text; *s;) {
		const char *h = strstr(s, from);
		if (!h) {
			sct_buf_puts(&b, s);
			break;
		}
		sct_buf_put(&b, s, (size_t)(h - s));
		sct_buf_puts(&b, to);
		s = h + n;
	}
	char *r = sct_arena_strndup(cv->a, b.data ? b.data : "", b.len);
	sct_buf_free(&b);
	return r;
}

static int check(sct_conv *cv, sct_code *c, const char *sql, char **err)
{
	PgQuerySplitResult r = pg_query_split_with_parser(sql);
	if (r.error) {
		*err = sct_arena_printf(cv->a, "%s", r.error->message);
		pg_query_free_split_result(r);
		return -1;
	}
	pg_query_free_split_result(r);
	PgQueryPlpgsqlParseResult pr = pg_query_parse_plpgsql(sql);
	if (pr.error) {
		*err = sct_arena_printf(cv->a, "PL/pgSQL: %s", pr.error->message);
		pg_query_free_plpgsql_parse_result(pr);
		return -1;
	}
	pg_query_free_plpgsql_parse_result(pr);
	(void)c;
	return 0;
}

static void x001(sct_conv *cv, sct_code *c, const char *sql, const char *err, sct_buf *out)
{
	sct_report_addf(cv->rep, "X001", c->stmt->file, c->stmt->loc, c->src_name, "routine",
			"generated routine does not parse: %s", err);
	sct_buf_printf(out, "-- [sctconv] X001: generated routine failed the PostgreSQL parser check (%s):\n-- ", err);
	for (const char *s = sql; *s; s++) {
		sct_buf_putc(out, *s == '\001' ? '?' : *s);
		if (*s == '\n')
			sct_buf_puts(out, "-- ");
	}
	sct_buf_puts(out, "\n");
	sct_emit_carried(cv, c->stmt, "routine not converted (X001)", out);
}

static const char *const ev_name[3] = {"INSERT", "UPDATE", "DELETE"};

/* evtrig: where CREATE EVENT TRIGGER of a DDL trigger goes (after all DDL trigger functions, so that one event
 * trigger does not fire on the creation of the next one's function) */
static void emit_routine(sct_conv *cv, sct_code *c, const sct_emit_opts *o, sct_buf *out, sct_buf *evtrig)
{
	sct_buf b;
	sct_buf_init(&b);
	const sct_report_file *f = c->stmt->file >= 0 && c->stmt->file < cv->rep->nfiles ? &cv->rep->files[c->stmt->file] : NULL;
	pp p = {cv, c, &b, f ? f->src : NULL, f ? f->len : 0, 0, 0};
	body(&p);
	char *text = sct_arena_strndup(cv->a, b.data, b.len);
	b.len = 0;
	p.check = 1;
	body(&p);
	char *check_text = sct_arena_strndup(cv->a, b.data, b.len);
	sct_buf_free(&b);
	sct_routine *r = c->r;
	/* trigger: one function per event when the body differs by event (transition tables, row counts) */
	int events[3], nev = 0;
	for (int e = 0; e < 3; e++)
		if (c->style == SCT_CODE_TRIGGER && !c->ddl && (r->trigger_events & (1u << e)))
			events[nev++] = e;
	int per_event = 0;
	char *variant[3] = {text, text, text};
	if (c->style == SCT_CODE_TRIGGER && !c->ddl) {
		sct_buf q;
		sct_buf_init(&q);
		sct_sql_qname(&sct_pg_sql, &q, r->trigger_table);
		char *empty = sct_arena_printf(cv->a, "(SELECT * FROM %s WHERE false)", q.data);
		sct_buf_free(&q);
		for (int k = 0; k < nev; k++) {
			int e = events[k];
			/* INSTEAD OF on a table (row-level): inserted/deleted are the row NEW/OLD, one row a time */
			const char *ins = c->row_trigger ? "(SELECT NEW.*)" : "inserted";
			const char *del = c->row_trigger ? "(SELECT OLD.*)" : "deleted";
			char *t = subst(cv, text, "\"\001inserted\"", e == 2 ? empty : ins);
			t = subst(cv, t, "\"\001deleted\"", e == 0 ? empty : del);
			t = subst(cv, t, "\001rowcount", c->row_trigger ? "1" : e == 2 ? "(SELECT count(*) FROM deleted)" : "(SELECT count(*) FROM inserted)");
			t = subst(cv, t, "\001rowret", e == 2 ? "OLD" : "NEW"); /* INSTEAD OF on a view: the row counts as done */
			variant[e] = t;
			if (k && strcmp(t, variant[events[0]]))
				per_event = 1;
		}
	}
	int nfn = c->style == SCT_CODE_TRIGGER ? (per_event ? nev : 1) : 1;
	sct_buf sql;
	sct_buf_init(&sql);
	for (int k = 0; k < nfn; k++) {
		const char *code = c->style == SCT_CODE_TRIGGER && nev ? variant[events[k]] : text;
		const char *tag = dollar_tag(code);
		sql.len = 0;
		if (sql.data)
			sql.data[0] = 0;
		if (!tag) {
			x001(cv, c, "", "no free dollar-quote tag", out);
			break;
		}
		sct_buf_puts(&sql, c->style == SCT_CODE_PROCEDURE ? "CREATE OR REPLACE PROCEDURE " : "CREATE OR REPLACE FUNCTION ");
		pp h = {cv, c, &sql, NULL, 0, 0, 0};
		if (c->style == SCT_CODE_TRIGGER) {
			if (r->name->schema.s) {
				sct_sql_ident(&sct_pg_sql, &sql, r->name->schema.s);
				sct_buf_putc(&sql, '.');
			}
			sct_sql_ident(&sct_pg_sql, &sql, per_event ? sct_arena_printf(cv->a, "%s_%s", c->trig_fn, sct_arena_lower(cv->a, ev_name[events[k]])) : c->trig_fn);
			sct_buf_puts(&sql, c->ddl ? "() RETURNS event_trigger" : "() RETURNS trigger");
		} else {
			sct_sql_qname(&sct_pg_sql, &sql, r->name);
			params(&h);
			if (c->style == SCT_CODE_FUNCTION)
				sct_buf_printf(&sql, " RETURNS %s", c->ret_type ? c->ret_type : "text");
			else if (c->style == SCT_CODE_TABLE_FUNCTION) {
				sct_buf_puts(&sql, " RETURNS TABLE (");
				for (int i = 0; i < c->ret_cols.n; i++) {
					const sct_column *col = c->ret_cols.items[i];
					if (i)
						sct_buf_puts(&sql, ", ");
					sct_sql_ident(&sct_pg_sql, &sql, col->name.s);
					sct_buf_printf(&sql, " %s", type_out(col->type));
				}
				sct_buf_putc(&sql, ')');
			}
		}
		sct_buf_printf(&sql, "\nLANGUAGE plpgsql\nAS %s", tag);
		size_t head = sql.len;
		char *err = NULL;
		if (o->validate) { /* the check variant of the body: same statements, no refcursor */
			sct_buf_puts(&sql, c->style == SCT_CODE_TRIGGER ? code : check_text);
			sct_buf_puts(&sql, tag);
			if (check(cv, c, sql.data, &err) < 0)
				err = err ? err : "does not parse";
			sql.len = head;
			sql.data[head] = 0;
		}
		sct_buf_puts(&sql, code);
		sct_buf_puts(&sql, tag);
		if (err || strchr(sql.data, '\001')) {
			x001(cv, c, sql.data, err ? err : "internal marker left in the output", out);
			sct_buf_free(&sql);
			return;
		}
		sct_buf_put(out, sql.data, sql.len);
		sct_buf_puts(out, ";\n");
	}
	if (c->ddl) { /* DDL trigger: CREATE EVENT TRIGGER (ddl_trigger.c) */
		char *et = sct_code_event_triggers(cv, c), *err = NULL;
		if (o->validate) {
			PgQuerySplitResult sr = pg_query_split_with_parser(et);
			if (sr.error)
				err = sct_arena_strdup(cv->a, sr.error->message);
			pg_query_free_split_result(sr);
		}
		if (err) {
			x001(cv, c, et, err, out);
			sct_buf_free(&sql);
			return;
		}
		sct_buf_puts(evtrig, et);
	}
	/* triggers: CREATE TRIGGER per event (transition tables allow one event per trigger) */
	for (int k = 0; c->style == SCT_CODE_TRIGGER && k < nev; k++) {
		int e = events[k];
		sql.len = 0;
		if (sql.data)
			sql.data[0] = 0;
		sct_buf_puts(&sql, "CREATE TRIGGER ");
		sct_sql_ident(&sct_pg_sql, &sql, nev > 1 ? sct_arena_printf(cv->a, "%s_%s", r->name->name.s, sct_arena_lower(cv->a, ev_name[e])) : r->name->name.s);
		sct_buf_printf(&sql, " %s %s ON ", c->row_trigger == 2 ? "INSTEAD OF" : c->row_trigger ? "BEFORE" : "AFTER", ev_name[e]);
		sct_sql_qname(&sct_pg_sql, &sql, r->trigger_table);
		if (c->row_trigger)
			sct_buf_puts(&sql, " FOR EACH ROW EXECUTE FUNCTION ");
		else {
			sct_buf_puts(&sql, e == 0 ? " REFERENCING NEW TABLE AS inserted" : e == 1 ? " REFERENCING NEW TABLE AS inserted OLD TABLE AS deleted"
				     : " REFERENCING OLD TABLE AS deleted");
			sct_buf_puts(&sql, " FOR EACH STATEMENT EXECUTE FUNCTION ");
		}
		if (r->name->schema.s) {
			sct_sql_ident(&sct_pg_sql, &sql, r->name->schema.s);
			sct_buf_putc(&sql, '.');
		}
		sct_sql_ident(&sct_pg_sql, &sql, per_event ? sct_arena_printf(cv->a, "%s_%s", c->trig_fn, sct_arena_lower(cv->a, ev_name[e])) : c->trig_fn);
		sct_buf_puts(&sql, "()");
		char *err = NULL;
		if (o->validate) {
			PgQuerySplitResult sr = pg_query_split_with_parser(sql.data);
			if (sr.error)
				err = sct_arena_strdup(cv->a, sr.error->message);
			pg_query_free_split_result(sr);
		}
		if (err) {
			x001(cv, c, sql.data, err, out);
			break;
		}
		sct_buf_put(out, sql.data, sql.len);
		sct_buf_puts(out, ";\n");
	}
	sct_buf_free(&sql);
	c->validated_ok = 1;
}

void sct_emit_plpgsql(sct_conv *cv, const sct_emit_opts *o, sct_annotator *an, sct_buf *out, int which)
{
	sct_buf events;
	sct_buf_init(&events);
	for (int i = 0; i < cv->routines.n; i++) {
		sct_code *c = cv->routines.items[i];
		if (c->stmt->status != SCT_STATUS_CONVERTED && c->stmt->status != SCT_STATUS_NOTES)
			continue;
		int kind = c->ddl ? SCT_EMIT_EVENT_TRIGGERS : c->style == SCT_CODE_TRIGGER ? SCT_EMIT_TRIGGERS : SCT_EMIT_ROUTINES;
		if (kind != which)
			continue;
		cv->cur_object = c->src_name;
		sct_buf_putc(out, '\n');
		sct_emit_annotate(an, c->stmt, out);
		emit_routine(cv, c, o, out, &events);
		sct_sink_drain(o->sink, out, out->len); /* after a flush (postgres.c): all of it is final */
	}
	if (events.len) {
		sct_buf_putc(out, '\n');
		sct_buf_put(out, events.data, events.len);
	}
	sct_buf_free(&events);
}
