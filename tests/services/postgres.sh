# Sourced by test.sh: a throwaway PostgreSQL 15 on 127.0.0.1 with a temporary data directory, for the bot's cluster
# test. Exports CST_TEST_POSTGRES and registers its own shutdown. PostgreSQL refuses to run as root, so as root the
# server runs as the 'postgres' system user that Debian's package creates.
cst_pg_start() {
  local bin=/usr/lib/postgresql/15/bin
  if [ ! -x "$bin/pg_ctl" ]; then
    echo "[postgres] $bin/pg_ctl not found: apt-get install -y postgresql (the cluster test will say so)" >&2
    return 0
  fi
  CST_PG_DIR="$(mktemp -d /tmp/cst-pg.XXXXXX)"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$CST_PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$CST_PG_DIR/data" -A trust -U postgres >"$CST_PG_DIR/initdb.log" 2>&1
  "${as[@]}" "$bin/pg_ctl" -D "$CST_PG_DIR/data" -l "$CST_PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $CST_PG_DIR" start >/dev/null
  export CST_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "[postgres] started on 127.0.0.1:$port (data in $CST_PG_DIR)" >&2
  cleanup_hooks+=("cst_pg_stop")
}

cst_pg_stop() {
  local bin=/usr/lib/postgresql/15/bin
  [ -n "${CST_PG_DIR:-}" ] || return 0
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$CST_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  else
    "$bin/pg_ctl" -D "$CST_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$CST_PG_DIR"
}

cst_pg_start
