#!/usr/bin/env bash
# The two servers of `make serve`, kept up together:
#
#   bash scripts/dev-servers.sh <www-port> <trunk-port>
#
# - the static server for www/ (scripts/serve.mjs), which serves the
#   news-site pages from the build `make www` made;
# - `trunk serve`, the development server that rebuilds the default article
#   on every change.
#
# trunk can die on its own (trunk 0.21.14's file watcher once panicked during
# the first build of a fresh clone, exit status 134). When it does, this
# script says so and starts it again, up to TRUNK_TRIES times in all (default
# 5; a run that lasted TRUNK_STABLE_SECONDS, default 60, starts the count
# afresh), waiting TRUNK_RETRY_DELAY seconds (default 2) in between. The www
# server keeps serving throughout, and after the last try too, until Ctrl-C.
# If the www server stops, everything stops. TRUNK (default `trunk`) names
# the command, so the tests can stand in a fake one.
set -uo pipefail

[ "$#" -eq 2 ] || {
    echo "usage: bash scripts/dev-servers.sh <www-port> <trunk-port>" >&2
    exit 2
}
www_port="$1"
trunk_port="$2"
tries="${TRUNK_TRIES:-5}"
stable_seconds="${TRUNK_STABLE_SECONDS:-60}"
retry_delay="${TRUNK_RETRY_DELAY:-2}"
trunk="${TRUNK:-trunk}"

say() {
    echo "make serve: $*" >&2
}

pids=()
stop_all() {
    [ "${#pids[@]}" -eq 0 ] || kill "${pids[@]}" 2>/dev/null
    wait 2>/dev/null
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

node scripts/serve.mjs --root www --port "$www_port" &
www_pid=$!
pids+=("$www_pid")

# Waits until trunk ($1) or the www server stops. Returns trunk's status, or
# exits if it was the www server.
wait_for_trunk() {
    local trunk_pid="$1" status
    wait -n "$www_pid" "$trunk_pid"
    status=$?
    if ! kill -0 "$www_pid" 2>/dev/null; then
        say "the www server stopped (status $status); stopping trunk too."
        exit 1
    fi
    wait "$trunk_pid"
}

attempt=1
while :; do
    started=$SECONDS
    "$trunk" serve --port "$trunk_port" &
    trunk_pid=$!
    pids=("$www_pid" "$trunk_pid")
    wait_for_trunk "$trunk_pid"
    status=$?
    pids=("$www_pid")
    if [ $((SECONDS - started)) -ge "$stable_seconds" ]; then
        attempt=1
    fi
    if [ "$attempt" -ge "$tries" ]; then
        say "trunk (the dev server on :$trunk_port) stopped with status $status, $tries times in a row; not restarting it."
        say "The news-site pages are still served at http://127.0.0.1:$www_port/ (Ctrl-C to stop). Run make serve again to retry trunk."
        wait "$www_pid"
        exit 1
    fi
    attempt=$((attempt + 1))
    say "trunk (the dev server on :$trunk_port) stopped with status $status; restarting it in ${retry_delay} s (try $attempt of $tries)."
    say "The news-site pages are still served at http://127.0.0.1:$www_port/."
    # In the background, so Ctrl-C or TERM need not wait for it.
    sleep "$retry_delay" &
    wait $!
done
