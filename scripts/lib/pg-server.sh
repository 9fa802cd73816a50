# A throw-away PostgreSQL server for scripts (source this file): `pg_start DIR` runs
# initdb into DIR/pg and starts the server on a free 127.0.0.1 port with trust
# authentication for the user `pantau` (as `nobody` when run as root: PostgreSQL refuses
# root), and sets PG_PORT and PG_BASE (postgresql://pantau@127.0.0.1:PORT); `pg_newdb NAME`
# creates a database and prints its address; `pg_stop` stops the server.
pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null && dirname "$(command -v initdb)"
}

pg_start() {
  PG_DIR="$1/pg"
  PG_BINDIR=$(pg_bin)
  [ -n "$PG_BINDIR" ] || { echo "pg-server: PostgreSQL missing (scripts/install-deps)" >&2; return 1; }
  mkdir -p "$PG_DIR"
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    chmod 755 "$1" "$PG_DIR"
    chown nobody:nogroup "$PG_DIR"
    PG_AS=(runuser -u nobody --)
  fi
  "${PG_AS[@]}" "$PG_BINDIR/initdb" -D "$PG_DIR/data" -U pantau --auth=trust -E UTF8 --locale=C >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  local try
  for try in 1 2 3 4 5; do
    PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if "${PG_AS[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
         -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 ${PG_OPTIONS:-}" start \
         </dev/null >/dev/null 2>&1; then
      PG_BASE="postgresql://pantau@127.0.0.1:$PG_PORT"
      return 0
    fi
  done
  echo "pg-server: the server did not start: $(tail -n 3 "$PG_DIR/server.log" 2>/dev/null)" >&2
  return 1
}

pg_newdb() {
  "$PG_BINDIR/createdb" -h 127.0.0.1 -p "$PG_PORT" -U pantau "$1" && echo "$PG_BASE/$1?sslmode=disable"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] && "${PG_AS[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}
