# tests/engine/common.sh - shared helpers for the throwaway database servers (source it).
#
#  sct_as_server_user CMD...   run CMD as the unprivileged server user (nobody) when we are root,
#                              as ourselves otherwise. setpriv execs in place (no extra process).
#  sct_own_dir DIR             give DIR to the server user (chown when root).
#  sct_on_exit CMD             register a cleanup command; all of them run (last first) on EXIT,
#                              INT and TERM. Installing the traps is done once, here; a script that
#                              sources this file must use sct_on_exit instead of its own `trap`.
#  sct_tail_log FILE           print the last lines of a server log to stderr.

if [ -n "${_SCT_COMMON_SOURCED:-}" ]; then return 0; fi
_SCT_COMMON_SOURCED=1

SCT_SERVER_USER=${SCT_SERVER_USER:-nobody}

sct_as_server_user() {
	if [ "$(id -u)" -eq 0 ]; then
		local uid gid
		uid=$(id -u "$SCT_SERVER_USER") || return 1
		gid=$(id -g "$SCT_SERVER_USER") || return 1
		setpriv --reuid="$uid" --regid="$gid" --clear-groups -- "$@"
	else
		"$@"
	fi
}

# sct_spawn_server LOG DIR CMD...: start a long-running server as the server user, in its own
# session (a ^C on the terminal does not reach it; our INT trap stops it), as a child of this
# shell so that `wait` reaps it. Sets SCT_SPAWNED_PID.
sct_spawn_server() {
	local log=$1 dir=$2; shift 2
	local prefix=()
	if [ "$(id -u)" -eq 0 ]; then
		prefix=(setpriv --reuid="$(id -u "$SCT_SERVER_USER")" --regid="$(id -g "$SCT_SERVER_USER")" --clear-groups --)
	fi
	# A background job of a non-interactive shell is no process group leader, so setsid execs
	# in place and $! is the server itself.
	( cd "$dir" && exec setsid "${prefix[@]}" env HOME="$dir" LC_ALL=C "$@" ) </dev/null >>"$log" 2>&1 &
	SCT_SPAWNED_PID=$!
}

# sct_stop_pid PID SIG SECONDS: send SIG, wait up to SECONDS for PID to go, then SIGKILL it.
sct_stop_pid() {
	local pid=$1 sig=$2 secs=$3 i
	[ -n "$pid" ] || return 0
	kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
	kill "-$sig" "$pid" 2>/dev/null || true
	for (( i=0; i<secs*20; i++ )); do
		kill -0 "$pid" 2>/dev/null || break
		# a zombie child of ours counts as gone
		[ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = Z ] && break
		sleep 0.05
	done
	if kill -0 "$pid" 2>/dev/null && [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" != Z ]; then
		echo "stopping pid $pid: still there after ${secs}s, SIGKILL" >&2
		kill -KILL "$pid" 2>/dev/null || true
		sleep 0.2
	fi
	wait "$pid" 2>/dev/null || true
}

sct_own_dir() {
	if [ "$(id -u)" -eq 0 ]; then
		chown -R "$SCT_SERVER_USER:$(id -gn "$SCT_SERVER_USER")" "$1"
	fi
	chmod 700 "$1"
}

# sct_server_dir NAME: a fresh private temp dir owned by the server user, in the first of $TMPDIR,
# /tmp, /var/tmp, /dev/shm where that user can really reach it (a TMPDIR under /root cannot be
# traversed by nobody). Unix socket paths are limited to 107 bytes: the name is kept short.
sct_server_dir() {
	local base dir
	for base in ${TMPDIR:-} /tmp /var/tmp /dev/shm; do
		[ -d "$base" ] && [ -w "$base" ] || continue
		dir=$(mktemp -d "$base/sct-$1.XXXXXX" 2>/dev/null) || continue
		if [ ${#dir} -gt 60 ]; then rm -rf "$dir"; continue; fi
		sct_own_dir "$dir"
		if sct_as_server_user test -w "$dir" -a -x "$dir" 2>/dev/null; then
			echo "$dir"; return 0
		fi
		rm -rf "$dir"
	done
	echo "no temp dir that user $(sct_as_server_user id -un 2>/dev/null) can write (tried ${TMPDIR:-} /tmp /var/tmp /dev/shm)" >&2
	return 1
}

sct_tail_log() {
	local f=$1 n=${2:-30}
	if [ -f "$f" ]; then
		echo "----- last $n lines of $f -----" >&2
		tail -n "$n" "$f" >&2
		echo "-----" >&2
	else
		echo "(no log file $f)" >&2
	fi
}

_SCT_CLEANUP=()
_sct_cleanup_running=
_sct_run_cleanup() {
	[ -n "$_sct_cleanup_running" ] && return 0
	_sct_cleanup_running=1
	local i
	for (( i=${#_SCT_CLEANUP[@]}-1; i>=0; i-- )); do
		eval "${_SCT_CLEANUP[$i]}" || true
	done
	_SCT_CLEANUP=()
	_sct_cleanup_running=
}
sct_on_exit() {
	_SCT_CLEANUP+=("$1")
}
trap '_sct_run_cleanup' EXIT
trap '_sct_run_cleanup; trap - INT; kill -INT $$' INT
trap '_sct_run_cleanup; exit 143' TERM
trap '_sct_run_cleanup; exit 129' HUP
