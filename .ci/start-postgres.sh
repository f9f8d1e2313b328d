#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 (Debian's `postgresql` package, run as the postgres
# user in a temporary directory) and prints shell assignments on stdout:
#   eval "$(.ci/start-postgres.sh)"   → exports DATABASE_URL and MUSUBI_PG_DIR
#   .ci/stop-postgres.sh "$MUSUBI_PG_DIR"   stops it and deletes its directory
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$BIN/initdb" ] || { echo "PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install -y postgresql)" >&2; exit 1; }
DIR=$(mktemp -d /tmp/musubi-pg.XXXXXX)
PORT=${PGPORT_CI:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
RUN_AS=()
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; RUN_AS=(runuser -u postgres --); fi
"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U musubi --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 1; }
"${RUN_AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U musubi musubi_test
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PORT (data in $DIR)" >&2
echo "export DATABASE_URL=postgres://musubi@127.0.0.1:$PORT/musubi_test"
echo "export MUSUBI_PG_DIR=$DIR"
