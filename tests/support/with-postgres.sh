#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs a command with a throwaway PostgreSQL cluster in a temporary folder, listening only on a
# Unix socket and a free loopback port; exports SMEC_TEST_PG_URL. PostgreSQL refuses to run as
# root, so as root the cluster runs as the unprivileged user `nobody`.
set -euo pipefail

if [ -n "${SMEC_TEST_PG_URL:-}" ]; then
    exec "$@" # a cluster is already provided (for example by the scale-out harness)
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    echo "with-postgres: PostgreSQL server binaries not found (install the postgresql package)" >&2
    exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/smec-pg.XXXXXX")
chmod 755 "$dir"
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown nobody "$dir"
    as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi

port=$(python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])
PY
)

cleanup() {
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

cd "$dir"
"${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U smec --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
"${as_owner[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U smec smec_test

export SMEC_TEST_PG_URL="postgresql://smec@127.0.0.1:$port/smec_test"
export SMEC_TEST_PG_BIN="$pgbin" SMEC_TEST_PG_DATA="$dir/data"
"$@"
