# tests/engine/pg.sh - a throwaway PostgreSQL server for the tests (source it).
#
#   pg_start            initdb into a temp dir and start postgres there: unix socket only
#                       (listen_addresses=''), as the unprivileged user when root, fast unsafe
#                       settings. Exports PGHOST (the socket dir), PGPORT, PGUSER, PGDATABASE and
#                       SCT_PG_DIR. Registers pg_stop to run on EXIT/INT/TERM.
#   pg_stop             stop it (fast, then kill) and remove the temp dir. Safe to call twice.
#   pg_psql DB ARGS...  psql on DB: -X -q, ON_ERROR_STOP=1, unaligned tuples-only (-At),
#                       fields separated by '|'. e.g.  pg_psql mydb -c 'select 1'
#   pg_fresh_db NAME    drop NAME if it exists and create it empty (UTF8).
#   pg_running          true if the server started by pg_start (or inherited from a parent
#                       script through SCT_PG_DIR / PGHOST) answers.
#
# Settings: PG_BINDIR (default: /usr/lib/postgresql/15/bin or pg_config --bindir),
#           PG_START_TIMEOUT seconds (default 60).

_sct_engine_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$_sct_engine_dir/common.sh"

_pg_bindir() {
	if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
	local d
	for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
		[ -x "$d/initdb" ] && { echo "$d"; return; }
	done
	if command -v pg_config >/dev/null 2>&1; then pg_config --bindir; return; fi
	dirname "$(command -v initdb)"
}

pg_running() {
	[ -n "${PGHOST:-}" ] && [ -S "$PGHOST/.s.PGSQL.${PGPORT:-5432}" ] &&
		"$(_pg_bindir)/pg_isready" -q -h "$PGHOST" -p "${PGPORT:-5432}" >/dev/null 2>&1
}

pg_start() {
	local bindir dir t0 timeout=${PG_START_TIMEOUT:-60}
	bindir=$(_pg_bindir)
	if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
		echo "pg_start: no PostgreSQL server binaries in '$bindir' (set PG_BINDIR)" >&2
		return 1
	fi
	dir=$(sct_server_dir pg) || return 1
	mkdir "$dir/data" "$dir/sock"
	chown -R --reference="$dir" "$dir/data" "$dir/sock" 2>/dev/null || true
	export SCT_PG_DIR=$dir
	sct_on_exit pg_stop
	t0=$(date +%s.%N)

	if ! (cd "$dir" && sct_as_server_user env HOME="$dir" LC_ALL=C \
		"$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync \
		>"$dir/initdb.log" 2>&1); then
		echo "pg_start: initdb failed" >&2
		sct_tail_log "$dir/initdb.log"
		pg_stop
		return 1
	fi
	cat >>"$dir/data/postgresql.conf" <<-EOF
		listen_addresses = ''
		unix_socket_directories = '$dir/sock'
		port = 5432
		fsync = off
		synchronous_commit = off
		full_page_writes = off
		wal_level = minimal
		max_wal_senders = 0
		checkpoint_timeout = 30min
		max_wal_size = 1GB
		shared_buffers = 128MB
		max_connections = 40
		autovacuum = off
		log_min_messages = warning
		logging_collector = off
	EOF
	sct_spawn_server "$dir/server.log" "$dir" "$bindir/postgres" -D "$dir/data"
	export SCT_PG_PID=$SCT_SPAWNED_PID
	export PGHOST="$dir/sock" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
	unset PGPASSWORD PGSERVICE PGSSLMODE PGHOSTADDR
	# ready means it answers a query, not only that the socket exists
	local i ok=
	for (( i=0; i<timeout*20; i++ )); do
		if ! kill -0 "$SCT_PG_PID" 2>/dev/null; then break; fi
		if "$bindir/psql" -X -q -At -c 'select 1' >/dev/null 2>&1; then ok=1; break; fi
		sleep 0.05
	done
	if [ -z "$ok" ]; then
		if kill -0 "$SCT_PG_PID" 2>/dev/null; then
			echo "pg_start: PostgreSQL did not become ready within ${timeout}s" >&2
		else
			echo "pg_start: PostgreSQL exited during startup" >&2
		fi
		sct_tail_log "$dir/server.log"
		pg_stop
		return 1
	fi
	SCT_PG_START_SECONDS=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
	export SCT_PG_START_SECONDS
	echo "pg: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') started in ${SCT_PG_START_SECONDS}s (socket $PGHOST, user $(sct_as_server_user id -un))" >&2
}

pg_stop() {
	local dir=${SCT_PG_DIR:-} pid
	[ -n "$dir" ] || return 0
	pid=${SCT_PG_PID:-}
	if [ -z "$pid" ] && [ -f "$dir/data/postmaster.pid" ]; then
		pid=$(head -n1 "$dir/data/postmaster.pid" 2>/dev/null)
	fi
	# SIGQUIT = immediate shutdown: no checkpoint, the data is thrown away anyway
	sct_stop_pid "$pid" QUIT 20
	if [ -n "${SCT_KEEP_ENGINE_DIR:-}" ]; then
		echo "pg: kept $dir" >&2
	else
		rm -rf "$dir"
	fi
	unset SCT_PG_DIR SCT_PG_PID
	[ "${PGHOST:-}" = "$dir/sock" ] && unset PGHOST
	return 0
}

pg_psql() {
	local db=$1; shift
	"$(_pg_bindir)/psql" -X -q -At -F '|' -v ON_ERROR_STOP=1 -d "$db" "$@"
}

pg_fresh_db() {
	local name=$1
	pg_psql postgres -c 'SET client_min_messages = warning' -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\" TEMPLATE template0 ENCODING 'UTF8' STRATEGY file_copy" >/dev/null
}

# plpgsql_check (the postgresql-15-plpgsql-check package) on every PL/pgSQL function of database $1: errors only,
# as "function<TAB>message" lines. PostgreSQL checks a body only when it runs; this finds unknown columns,
# functions and type mismatches now. Temporary tables do not exist at check time: "relation X does not exist"
# is ignored when some function of the database creates a temporary table X, and so is "query does not return
# data" (a query over such a table) in a function that creates a temporary table.
# Returns 3 (printing nothing) when the extension is not installed.
pg_plcheck() {
	pg_psql "$1" -c "CREATE EXTENSION IF NOT EXISTS plpgsql_check" >/dev/null 2>&1 || return 3
	pg_psql "$1" -F $'\t' -c "
		WITH fn AS (SELECT p.oid, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
		            WHERE p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql')
		              AND n.nspname NOT IN ('pg_catalog', 'information_schema')),
		     temps AS (SELECT lower(m[1]) AS name FROM fn,
		               regexp_matches(fn.prosrc, 'create\s+temp(?:orary)?\s+table\s+(?:if\s+not\s+exists\s+)?\"?(\w+)', 'gi') AS m)
		SELECT fn.oid::regprocedure, c.message
		FROM fn LEFT JOIN LATERAL (SELECT t.tgrelid, t.tgoldtable, t.tgnewtable FROM pg_trigger t WHERE t.tgfoid = fn.oid LIMIT 1) t ON true
		CROSS JOIN LATERAL plpgsql_check_function_tb(fn.oid, coalesce(t.tgrelid, 0), fatal_errors => false,
		                                             oldtable => t.tgoldtable, newtable => t.tgnewtable) c
		WHERE c.level = 'error'
		  AND NOT (c.message ~ '^relation \"\w+\" does not exist$'
		           AND lower(substring(c.message from '^relation \"(\w+)\"')) IN (SELECT name FROM temps))
		  AND NOT (c.message = 'query does not return data' AND fn.prosrc ~* 'create\s+temp')" 2>&1
}
