#!/usr/bin/env bash
# Stops the throwaway PostgreSQL started by .ci/start-postgres.sh and deletes its directory.
set -uo pipefail
DIR=${1:?usage: stop-postgres.sh DIR}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
RUN_AS=()
[ "$(id -u)" = 0 ] && RUN_AS=(runuser -u postgres --)
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1
rm -rf "$DIR"
