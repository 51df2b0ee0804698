# tests/engine/mariadb.sh - a throwaway MariaDB server for the tests (source it).
#
#   my_start            mariadb-install-db into a temp dir and start mariadbd there: unix socket
#                       only (--skip-networking), as the unprivileged user when root, fast unsafe
#                       settings, no option files read (--no-defaults). Exports SCT_MY_DIR and
#                       SCT_MY_SOCKET. Registers my_stop to run on EXIT/INT/TERM.
#   my_stop             stop it (SIGTERM, then SIGKILL) and remove the temp dir. Safe to call twice.
#   my_sql DB ARGS...   the mariadb client on DB as root over the socket: batch mode, no column
#                       names, tab-separated, stops on the first error. e.g. my_sql d -e 'select 1'
#                       (DB may be '' for none). Reads SQL from stdin without -e.
#   my_fresh_db NAME    drop NAME if it exists and create it empty (utf8mb4).
#   my_running          true if the server answers.
#
# Settings: MY_START_TIMEOUT seconds (default 60).

_sct_engine_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$_sct_engine_dir/common.sh"

_my_bin() {
	local n
	for n in "$@"; do
		command -v "$n" 2>/dev/null && return 0
		[ -x "/usr/sbin/$n" ] && { echo "/usr/sbin/$n"; return 0; }
	done
	return 1
}

my_running() {
	[ -n "${SCT_MY_SOCKET:-}" ] && [ -S "$SCT_MY_SOCKET" ] &&
		"$(_my_bin mariadb-admin mysqladmin)" --no-defaults -S "$SCT_MY_SOCKET" -u root --connect-timeout=2 ping >/dev/null 2>&1
}

# the options mariadb-install-db (bootstrap) and mariadbd share
_my_server_opts() {
	local dir=$1
	printf '%s\n' \
		--datadir="$dir/data" \
		--socket="$dir/sock/mysqld.sock" \
		--pid-file="$dir/mysqld.pid" \
		--tmpdir="$dir/tmp" \
		--skip-networking \
		--skip-name-resolve \
		--character-set-server=utf8mb4 \
		--collation-server=utf8mb4_general_ci \
		--innodb-buffer-pool-size=64M \
		--innodb-log-file-size=16M \
		--innodb-flush-log-at-trx-commit=0 \
		--innodb-doublewrite=0 \
		--sync-binlog=0 \
		--skip-log-bin \
		--performance-schema=OFF
}

my_start() {
	local dir t0 installdb mariadbd timeout=${MY_START_TIMEOUT:-60} opts=()
	installdb=$(_my_bin mariadb-install-db mysql_install_db) || { echo "my_start: mariadb-install-db not found" >&2; return 1; }
	mariadbd=$(_my_bin mariadbd mysqld) || { echo "my_start: mariadbd not found" >&2; return 1; }
	dir=$(sct_server_dir my) || return 1
	mkdir "$dir/data" "$dir/sock" "$dir/tmp"
	chown -R --reference="$dir" "$dir/data" "$dir/sock" "$dir/tmp" 2>/dev/null || true
	export SCT_MY_DIR=$dir
	sct_on_exit my_stop
	mapfile -t opts < <(_my_server_opts "$dir")
	t0=$(date +%s.%N)
	# root@localhost with an empty password ('normal'): our client connects as OS root or not.
	if ! (cd "$dir" && sct_as_server_user env HOME="$dir" LC_ALL=C \
		"$installdb" --no-defaults "${opts[@]}" --auth-root-authentication-method=normal \
		--skip-test-db --log-error="$dir/install.err" >"$dir/install.log" 2>&1); then
		echo "my_start: mariadb-install-db failed" >&2
		sct_tail_log "$dir/install.log"
		sct_tail_log "$dir/install.err"
		my_stop
		return 1
	fi
	sct_spawn_server "$dir/server.log" "$dir" "$mariadbd" --no-defaults "${opts[@]}" --log-error="$dir/server.err"
	export SCT_MY_PID=$SCT_SPAWNED_PID
	export SCT_MY_SOCKET="$dir/sock/mysqld.sock"
	local i ok= admin
	admin=$(_my_bin mariadb-admin mysqladmin)
	for (( i=0; i<timeout*20; i++ )); do
		kill -0 "$SCT_MY_PID" 2>/dev/null || break
		if [ -S "$SCT_MY_SOCKET" ] && "$admin" --no-defaults -S "$SCT_MY_SOCKET" -u root --connect-timeout=2 ping >/dev/null 2>&1; then
			ok=1; break
		fi
		sleep 0.05
	done
	if [ -z "$ok" ]; then
		if kill -0 "$SCT_MY_PID" 2>/dev/null; then
			echo "my_start: MariaDB did not become ready within ${timeout}s" >&2
		else
			echo "my_start: MariaDB exited during startup" >&2
		fi
		sct_tail_log "$dir/server.err"
		sct_tail_log "$dir/server.log" 10
		my_stop
		return 1
	fi
	SCT_MY_START_SECONDS=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
	export SCT_MY_START_SECONDS
	echo "my: MariaDB $(my_sql '' -e 'select version()') started in ${SCT_MY_START_SECONDS}s (socket $SCT_MY_SOCKET, user $(sct_as_server_user id -un))" >&2
}

my_stop() {
	local dir=${SCT_MY_DIR:-} pid
	[ -n "$dir" ] || return 0
	pid=${SCT_MY_PID:-}
	if [ -z "$pid" ] && [ -f "$dir/mysqld.pid" ]; then pid=$(cat "$dir/mysqld.pid" 2>/dev/null); fi
	# SIGTERM = normal shutdown; with innodb_fast_shutdown=1 (default) that is quick
	sct_stop_pid "$pid" TERM 30
	if [ -n "${SCT_KEEP_ENGINE_DIR:-}" ]; then
		echo "my: kept $dir" >&2
	else
		rm -rf "$dir"
	fi
	unset SCT_MY_DIR SCT_MY_PID SCT_MY_SOCKET
	return 0
}

my_sql() {
	local db=$1; shift
	local client
	client=$(_my_bin mariadb mysql) || return 1
	if [ -n "$db" ]; then
		"$client" --no-defaults -S "$SCT_MY_SOCKET" -u root --batch --skip-column-names --database="$db" "$@"
	else
		"$client" --no-defaults -S "$SCT_MY_SOCKET" -u root --batch --skip-column-names "$@"
	fi
}

my_fresh_db() {
	local name=$1
	my_sql '' -e "DROP DATABASE IF EXISTS \`$name\`; CREATE DATABASE \`$name\` CHARACTER SET utf8mb4"
}
