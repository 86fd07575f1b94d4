#!/usr/bin/env bash
# PostgreSQL helpers shared by ops/test.sh and ops/bench: install from Debian packages when absent,
# run a private throwaway cluster on a free loopback port under a temporary directory.

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

pg_install_if_absent() {
  if pg_bindir >/dev/null; then return 0; fi
  echo "postgres.sh: installing PostgreSQL from Debian packages" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends postgresql >/dev/null
  pg_bindir >/dev/null || { echo "postgres.sh: PostgreSQL did not install" >&2; return 1; }
}

pg_version() { "$(pg_bindir)/postgres" --version | awk '{print $3}'; }

pg_free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

# Runs a command as the cluster owner: the postgres user when we are root, else ourselves.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

pg_start_private_cluster() {
  local bin
  bin=$(pg_bindir)
  PG_WORKDIR=$(mktemp -d /tmp/meddevice-pg.XXXXXX)
  chmod 755 "$PG_WORKDIR"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$PG_WORKDIR" --shell /bin/bash postgres
    chown postgres "$PG_WORKDIR"
  fi
  PG_PORT=$(pg_free_port)
  pg_as_owner "'$bin/initdb' -D '$PG_WORKDIR/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$PG_WORKDIR/initdb.log' 2>&1"
  # Tests favour speed over durability: the cluster is thrown away at the end.
  pg_as_owner "'$bin/pg_ctl' -D '$PG_WORKDIR/data' -l '$PG_WORKDIR/server.log' -w -t 60 \
    -o \"-p $PG_PORT -k '$PG_WORKDIR' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=${PG_FSYNC:-off} -c synchronous_commit=${PG_SYNC_COMMIT:-off} -c full_page_writes=off -c shared_buffers=256MB\" start >/dev/null"
  PG_CONNECTION_STRING="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"
  export PG_WORKDIR PG_PORT PG_CONNECTION_STRING
}

pg_stop_private_cluster() {
  local bin
  bin=$(pg_bindir) || return 0
  if [ -n "${PG_WORKDIR:-}" ] && [ -d "$PG_WORKDIR/data" ]; then
    pg_as_owner "'$bin/pg_ctl' -D '$PG_WORKDIR/data' -m immediate -w stop >/dev/null 2>&1" || true
    rm -rf "$PG_WORKDIR"
  fi
}
