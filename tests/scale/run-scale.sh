#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Scale-out harness (issue 9): a throwaway PostgreSQL cluster, several smecommunity-server
# processes on it, nginx in front terminating TLS with a throwaway test CA and balancing over
# them, and smec-scale (the load generator: many client profiles on the real sync engine). Runs
# each scenario under load and checks that nothing acknowledged was lost or duplicated and that
# every client converged (see main.cpp). Prints the figures as JSON lines on stdout.
#
#   tests/scale/run-scale.sh [--build-dir DIR] [--clients N] [--threads N] [--seconds S]
#                            [--servers N] [--users N] [--scenarios LIST] [--figures FILE]
#                            [--keep] [--no-fault]
#   scenarios: steady, kill-server, pg-restart, pg-crash, nginx-reload, faults (default: all, in
#              that order) and the checks' own tests, which pass only if the checks catch a fault
#              made on purpose in the database and report nothing else: sabotage (an acknowledged
#              write lost), sabotage-duplicate (a mutation applied twice), sabotage-skip (a write
#              the change feed never delivers), sabotage-masking (sabotage plus a failure it
#              does not account for, a mutation audited twice: passes only if that is reported)
#
# A fault scenario passes only if its fault demonstrably hit live traffic ("fault did not land"
# otherwise): kill-server, a killed server had a request in flight (nginx logged it) or clients
# retried; pg-restart and pg-crash, the servers reconnected and clients retried; nginx-reload,
# new workers took over; faults, the proxy injected every fault kind and clients retried.
# --no-fault is that check's own test: kill-server, pg-restart, pg-crash and faults run without
# their fault (no action, a proxy that injects nothing) and pass only if each then fails as
# "fault did not land".
#
# Everything listens on loopback, on free ports; everything it starts is stopped by PID on exit.
# As root, PostgreSQL and the nginx workers run as `nobody`.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

die() { echo "run-scale: $*" >&2; exit 1; }

# Bounded wait: wait_for SECONDS DESCRIPTION COMMAND...
wait_for() {
    local seconds=$1 what=$2
    shift 2
    local i
    for ((i = 0; i < seconds * 10; i++)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.1
    done
    echo "run-scale: timed out after ${seconds}s waiting for $what" >&2
    return 1
}

gone() { ! kill -0 "$1" 2>/dev/null || [ "$(ps -o stat= -p "$1" | cut -c1)" = Z ]; }
# CPU seconds (user + system) a process has used so far; 0 when it is gone.
cpu_of() {
    awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / tck }' \
        "/proc/$1/stat" 2>/dev/null || echo 0
}
healthy() { curl -fsS --max-time 2 "http://127.0.0.1:$1/api/v1/health"; }
busy() { [ "$(awk '{ sub(/^.*\) /, ""); print $1 }' "/proc/$1/stat" 2>/dev/null)" = R ]; }
# Lines of FILE from byte OFFSET on (what a scenario added to a log).
since() { tail -c +"$(($2 + 1))" "$1" 2>/dev/null || true; }
reconnects() { grep -c "reconnected to the database" "$1" 2>/dev/null || true; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi

# ---- actions run mid-load by smec-scale: run-scale.sh __action NAME WORKDIR ------------------
# They read the state the harness wrote to WORKDIR/state and record new PIDs in WORKDIR/pids.
start_server() { # start_server N: server N on its fixed port; records its PID
    local n=$1 port_var="server_port_$1"
    "$server" serve --database "$SMEC_TEST_PG_URL" --listen "127.0.0.1:${!port_var}" \
        --insecure-http >>"$work/server$n.log" 2>&1 &
    local pid=$!
    echo "$pid" >>"$work/pids"
    echo "$pid" >"$work/server$n.pid"
    wait_for 60 "server $n on port ${!port_var}" healthy "${!port_var}" \
        || { tail -n 20 "$work/server$n.log" >&2; return 1; }
}

if [ "${1:-}" = "__action" ]; then
    action=$2 work=$3
    # shellcheck source=/dev/null
    . "$work/state"
    case "$action" in
        kill-server)
            # Server 1, then (once it is back) server 2: two chances to catch requests in flight.
            for n in 1 2; do
                pid=$(cat "$work/server$n.pid")
                # Killed while running (not idle in its event loop), it has a request in hand.
                wait_for 5 "server $n to be busy" busy "$pid" || true
                kill -KILL "$pid"
                wait_for 10 "server $n (PID $pid) to die" gone "$pid"
                sed -i "/^$pid\$/d" "$work/pids" # never signal that PID again
                echo "run-scale: killed server $n (PID $pid) with SIGKILL" >&2
                sleep 2
                start_server "$n"
                echo "run-scale: server $n restarted (PID $(cat "$work/server$n.pid"))" >&2
            done
            ;;
        pg-restart)
            "${as_owner[@]}" "$SMEC_TEST_PG_BIN/pg_ctl" -D "$SMEC_TEST_PG_DATA" -m fast -w -t 60 \
                -l "$(dirname "$SMEC_TEST_PG_DATA")/server.log" restart >/dev/null
            echo "run-scale: PostgreSQL restarted (pg_ctl restart -m fast)" >&2
            ;;
        pg-crash)
            # Two crashes: every process stopped at once, then the postmaster SIGKILLed (by its
            # PID). Each time PostgreSQL starts again (crash recovery) and every server must
            # reconnect by itself under the load before the next.
            data=$SMEC_TEST_PG_DATA
            for crash in immediate kill; do
                declare -A before=()
                for ((n = 1; n <= servers; n++)); do before[$n]=$(reconnects "$work/server$n.log"); done
                if [ "$crash" = immediate ]; then
                    "${as_owner[@]}" "$SMEC_TEST_PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 60 \
                        stop >/dev/null
                else
                    pm=$(head -n 1 "$data/postmaster.pid")
                    [[ $pm =~ ^[0-9]+$ ]] || die "no postmaster PID in $data/postmaster.pid"
                    children=$(ps --ppid "$pm" -o pid= | tr -s ' \n' ' ')
                    kill -KILL "$pm"
                    # The backends exit when they notice; a new postmaster refuses to start while
                    # they hold the shared memory, or over lock files naming the dead postmaster
                    # (a zombie until reaped, which kill -0 still finds): remove those.
                    wait_for 30 "postmaster $pm to die" gone "$pm"
                    for c in $children; do wait_for 30 "backend $c to exit" gone "$c"; done
                    for lock in "$data/postmaster.pid" "$(dirname "$data")"/.s.PGSQL.*.lock; do
                        [ "$(head -n 1 "$lock" 2>/dev/null)" = "$pm" ] && rm -f "$lock"
                    done
                fi
                "${as_owner[@]}" "$SMEC_TEST_PG_BIN/pg_ctl" -D "$data" -w -t 60 \
                    -l "$(dirname "$data")/server.log" restart >/dev/null 2>&1 \
                    || die "PostgreSQL did not start again after the crash ($crash)"
                all_reconnected() {
                    local n
                    for ((n = 1; n <= servers; n++)); do
                        [ "$(reconnects "$work/server$n.log")" -gt "${before[$n]}" ] || return 1
                    done
                }
                wait_for 60 "every server to reconnect after the crash ($crash)" all_reconnected \
                    || die "a server did not reconnect by itself after the crash ($crash)"
                if [ "$crash" = immediate ]; then
                    echo "run-scale: PostgreSQL crashed (pg_ctl stop -m immediate) and restarted; every server reconnected" >&2
                else
                    echo "run-scale: postmaster (PID $pm) SIGKILLed, PostgreSQL restarted; every server reconnected" >&2
                fi
            done
            ;;
        nginx-reload)
            master=$(cat "$ngx/nginx.pid")
            workers() { ps --ppid "$master" -o pid= | tr -s ' \n' ' '; }
            for reload in 1 2; do
                old=$(workers)
                "$nginx" -p "$ngx" -e "$ngx/logs/error.log" -c "$ngx/nginx.conf" -s reload
                replaced() { local w; for w in $(workers); do [[ " $old " == *" $w "* ]] || return 0; done; return 1; }
                wait_for 20 "a new nginx worker (reload $reload)" replaced \
                    || die "nginx did not start new workers on reload $reload"
            done
            echo "run-scale: nginx reloaded twice, new workers each time" >&2
            ;;
        *) die "unknown action $action" ;;
    esac
    exit 0
fi

# ---- options ---------------------------------------------------------------------------------
build="$repo/build/scale"
clients=300
threads=8
seconds=60
servers=2
users=4
scenarios="steady,kill-server,pg-restart,pg-crash,nginx-reload,faults"
figures=""
keep=0
nofault=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build=$2; shift 2 ;;
        --clients) clients=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --servers) servers=$2; shift 2 ;;
        --users) users=$2; shift 2 ;;
        --scenarios) scenarios=$2; shift 2 ;;
        --figures) figures=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --no-fault) nofault=1; shift ;;
        -h|--help) sed -n '2,30p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[[ $clients =~ ^[0-9]+$ && $clients -ge 1 && $clients -le 2000 ]] || die "--clients: 1..2000"
[[ $seconds =~ ^[0-9]+$ && $seconds -ge 3 && $seconds -le 3600 ]] || die "--seconds: 3..3600"
[[ $servers =~ ^[0-9]+$ && $servers -ge 2 && $servers -le 16 ]] || die "--servers: 2..16"

nginx=${SMEC_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)} # SMEC_NGINX: another build
[ -x "$nginx" ] || die "nginx not found: install Debian's nginx package (scripts/install-deps.sh)"
command -v openssl >/dev/null || die "openssl not found (scripts/install-deps.sh)"
command -v psql >/dev/null || die "psql not found: install postgresql-client"
command -v curl >/dev/null || die "curl not found (scripts/install-deps.sh)"
server="$build/server/smecommunity-server"
scale="$build/tests/scale/smec-scale"
faultproxy="$build/tests/support/faultproxy/smec-faultproxy"
for f in "$server" "$scale" "$faultproxy"; do
    [ -x "$f" ] || die "$f is not built (ninja -C $build smec-scale)"
done

# A PostgreSQL cluster of our own unless one is given; with-postgres.sh passes through then.
if [ -z "${SMEC_TEST_PG_URL:-}" ]; then
    exec "$repo/tests/support/with-postgres.sh" "$here/run-scale.sh" --build-dir "$build" \
        --clients "$clients" --threads "$threads" --seconds "$seconds" --servers "$servers" \
        --users "$users" --scenarios "$scenarios" ${figures:+--figures "$figures"} \
        $([ "$keep" = 1 ] && echo --keep) $([ "$nofault" = 1 ] && echo --no-fault)
fi
[ -n "${SMEC_TEST_PG_BIN:-}" ] && [ -n "${SMEC_TEST_PG_DATA:-}" ] \
    || die "SMEC_TEST_PG_BIN and SMEC_TEST_PG_DATA are needed to restart PostgreSQL"

work=$(mktemp -d "${TMPDIR:-/tmp}/smec-scale.XXXXXX")
chmod 755 "$work"
: >"$work/pids"
cleanup() {
    local status=$? pid
    # Stop by PID only, newest first: the proxy, nginx, the servers.
    if [ -s "$work/pids" ]; then
        for pid in $(tac "$work/pids"); do kill -TERM "$pid" 2>/dev/null || true; done
        for pid in $(tac "$work/pids"); do
            for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL "$pid" 2>/dev/null || true
        done
    fi
    if [ "$keep" = 1 ] || [ "$status" -ne 0 ]; then
        echo "run-scale: logs kept in $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_ports() { # free_ports N: N distinct free loopback ports
    python3 - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
}
read -r -a ports <<<"$(free_ports $((servers + 3)))"
https_port=${ports[0]} http_port=${ports[1]} proxy_port=${ports[2]}

# ---- test CA and the certificate nginx presents ------------------------------------------------
pki="$work/pki"
mkdir -p "$pki"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=SME Community scale test CA" -keyout "$pki/ca.key" -out "$pki/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$pki/server.key" -out "$pki/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
    >"$pki/ext.cnf"
openssl x509 -req -in "$pki/server.csr" -CA "$pki/ca.pem" -CAkey "$pki/ca.key" \
    -CAcreateserial -days 2 -extfile "$pki/ext.cnf" -out "$pki/server.pem" 2>/dev/null

# ---- server processes --------------------------------------------------------------------------
{
    echo "server=$(printf %q "$server")"
    echo "servers=$servers"
    echo "nginx=$(printf %q "$nginx")"
    echo "ngx=$(printf %q "$work/nginx")"
    for ((n = 1; n <= servers; n++)); do echo "server_port_$n=${ports[$((n + 2))]}"; done
} >"$work/state"
# shellcheck source=/dev/null
. "$work/state"
upstreams=""
# The first one migrates the schema; the others then start together.
for ((n = 1; n <= servers; n++)); do
    start_server "$n" || die "server $n did not start"
    port_var="server_port_$n"
    upstreams+="        server 127.0.0.1:${!port_var} max_fails=1 fail_timeout=2s;"$'\n'
done

# ---- nginx with its own prefix, config, pid and temp folders -----------------------------------
ngx="$work/nginx"
mkdir -p "$ngx/logs" "$ngx/tmp/body" "$ngx/tmp/proxy" "$ngx/tmp/fastcgi" "$ngx/tmp/uwsgi" \
    "$ngx/tmp/scgi"
user_line=""
if [ "$(id -u)" -eq 0 ]; then
    chown -R nobody:nogroup "$ngx/tmp"
    user_line="user nobody nogroup;"
fi
cat >"$ngx/nginx.conf" <<EOF
# Generated by tests/scale/run-scale.sh; follows docs/operations.md, on loopback.
$user_line
worker_processes 1;
pid $ngx/nginx.pid;
error_log $ngx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $ngx/tmp/body;
    proxy_temp_path $ngx/tmp/proxy;
    fastcgi_temp_path $ngx/tmp/fastcgi;
    uwsgi_temp_path $ngx/tmp/uwsgi;
    scgi_temp_path $ngx/tmp/scgi;

    upstream smecommunity {
$upstreams        keepalive 32;
        keepalive_timeout 20s;
    }

    server {
        listen 127.0.0.1:$https_port ssl;
        listen 127.0.0.1:$http_port;   # plain HTTP on loopback, behind the fault proxy only
        server_name localhost;
        ssl_certificate     $pki/server.pem;
        ssl_certificate_key $pki/server.key;
        ssl_protocols       TLSv1.2 TLSv1.3;
        ssl_session_cache   shared:smec:10m;

        client_max_body_size        4m;
        client_header_timeout       15s;
        client_body_timeout         30s;
        send_timeout                60s;
        keepalive_timeout           30s;
        keepalive_requests          10000;
        gzip off;

        error_page 413 = @too_large;
        error_page 502 503 504 = @unavailable;
        location @too_large {
            default_type application/json;
            return 413 '{"error":{"code":"payload_too_large","message":"the request body is larger than 4 MiB"}}';
        }
        location @unavailable {
            default_type application/json;
            add_header Retry-After 1 always;
            return 503 '{"error":{"code":"unavailable","message":"the sync server is not reachable; try again later"}}';
        }
        location /api/ {
            proxy_pass http://smecommunity;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 5s;
            proxy_send_timeout    60s;
            proxy_read_timeout    60s;
            proxy_request_buffering on;
        }
        location / {
            default_type application/json;
            return 404 '{"error":{"code":"not_found","message":"no such endpoint"}}';
        }
    }
}
EOF
"$nginx" -p "$ngx" -e "$ngx/logs/error.log" -c "$ngx/nginx.conf" -t -q 2>"$ngx/logs/test.log" \
    || { cat "$ngx/logs/test.log" >&2; die "nginx refused the generated configuration"; }
"$nginx" -p "$ngx" -e "$ngx/logs/error.log" -c "$ngx/nginx.conf" -g 'daemon off;' 2>>"$ngx/logs/error.log" &
echo $! >>"$work/pids"
url="https://127.0.0.1:$https_port"
wait_for 30 "nginx on $https_port" curl -fsS --max-time 2 --cacert "$pki/ca.pem" \
    "$url/api/v1/health" || { cat "$ngx/logs/error.log" >&2; die "nginx did not start"; }
echo "run-scale: PostgreSQL ${SMEC_TEST_PG_URL%%/smec_test}, $servers servers, nginx on $url" >&2

# ---- did the fault land? -----------------------------------------------------------------------
# fault_landed SCENARIO: prints the evidence as a JSON line; fails when the scenario's fault did
# not demonstrably hit live traffic (a scenario that only seemed to pass).
fault_landed() {
    local scenario=$1 n retries inflight=0 reconnected=0 counters=""
    retries=$(python3 -c 'import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    if "figures" in o: print(o["figures"].get("retries", 0)); break
else: print(0)' "$work/$scenario.jsonl")
    inflight=$(since "$ngx/logs/error.log" "$nginx_log_at" | grep -cE \
        "(prematurely closed connection|reset by peer\)) while (reading response header from|sending request to) upstream" || true)
    for ((n = 1; n <= servers; n++)); do
        reconnected=$((reconnected + $(since "$work/server$n.log" "${server_log_at[$n]}" \
            | grep -c "reconnected to the database" || true)))
    done
    [ -s "$work/faultproxy.out" ] && counters=$(grep '^{' "$work/faultproxy.out" | tail -n 1)
    python3 - "$scenario" "$retries" "$inflight" "$reconnected" "$counters" <<'PY'
import json, sys
scenario, retries, inflight, reconnected, counters = sys.argv[1], *map(int, sys.argv[2:5]), sys.argv[5]
kinds = ["drop-request", "drop-response", "truncate", "delay", "500", "503", "429"]
faults = json.loads(counters).get("faults", {}) if counters else {}
evidence = {"retries": retries, "nginx_upstream_cut_off": inflight,
            "server_reconnects": reconnected}
if scenario == "kill-server":
    landed = inflight > 0 or retries > 0
elif scenario in ("pg-restart", "pg-crash"):
    landed = reconnected > 0 and retries > 0
elif scenario == "faults":
    missing = [k for k in kinds if faults.get(k, 0) < 1]
    evidence["fault_kinds_missing"] = missing
    evidence["proxy_faults"] = faults
    landed = not missing and retries > 0
else:  # steady, sabotage*: no fault on the traffic; nginx-reload: the action checks its workers
    landed = True
print(json.dumps({"scenario": scenario, "fault_landed": landed, "evidence": evidence},
                 separators=(",", ":")))
if not landed:
    print(f"run-scale: {scenario}: the fault did not land on live traffic: {evidence}",
          file=sys.stderr)
sys.exit(0 if landed else 1)
PY
}

# ---- scenarios ---------------------------------------------------------------------------------
countries=(KEN GHA SEN RWA NGA TZA UGA ETH)
failed=()
index=0
IFS=',' read -r -a scenario_list <<<"$scenarios"
for scenario in "${scenario_list[@]}"; do
    country=${countries[$((index % ${#countries[@]}))]}
    index=$((index + 1))
    prefix="scale-$scenario-"
    password="scale-password-$RANDOM$RANDOM"
    for ((u = 0; u < users; u++)); do
        printf '%s\n' "$password" | "$server" user add --database "$SMEC_TEST_PG_URL" \
            --username "$prefix$u" --role delegate --country "$country" --password-stdin >/dev/null \
            || die "user add failed"
    done
    args=(--scenario "$scenario" --url "$url" --ca-file "$pki/ca.pem" --clients "$clients"
          --threads "$threads" --seconds "$seconds" --user-prefix "$prefix" --users "$users"
          --password "$password" --country "$country" --dir "$work/clients-$scenario"
          --database "$SMEC_TEST_PG_URL" --seed "$index")
    # Each sign-in costs an Argon2id check (~50 ms of CPU, 64 MiB): beyond 50 profiles, those of
    # one user in one thread share a session, or the sign-in storm outlasts the scenario.
    [ "$clients" -gt 50 ] && args+=(--share-sessions)
    at=$((seconds / 3))
    if [ "$nofault" = 1 ]; then
        case "$scenario" in
            kill-server|pg-restart|pg-crash|faults) ;;
            *) die "--no-fault: $scenario has no fault that could fail to land" ;;
        esac
    fi
    proxy_pid=""
    case "$scenario" in
        steady) ;;
        # Steady load, then the database spoilt on purpose: the checks must catch it.
        sabotage) args+=(--sabotage lose) ;;
        sabotage-duplicate) args+=(--sabotage duplicate) ;;
        sabotage-skip) args+=(--sabotage skip) ;;
        sabotage-masking) args+=(--sabotage lose --unrelated-failure) ;;
        kill-server|pg-restart|pg-crash|nginx-reload)
            action="$(printf %q "$here/run-scale.sh") __action $scenario $(printf %q "$work")"
            [ "$nofault" = 1 ] && action=true
            args+=(--action "$action"
                   --action-at "$at") ;;
        faults)
            "$faultproxy" --upstream "127.0.0.1:$http_port" --port "$proxy_port" --seed "$index" \
                --fault-rate "$([ "$nofault" = 1 ] && echo 0 || echo 0.15)" --max-delay-ms 300 >"$work/faultproxy.out" 2>&1 &
            proxy_pid=$!
            echo "$proxy_pid" >>"$work/pids"
            wait_for 20 "the fault proxy" grep -q "listening on" "$work/faultproxy.out" \
                || die "the fault proxy did not start"
            args+=(--load-url "http://127.0.0.1:$proxy_port") ;;
        *) die "unknown scenario $scenario" ;;
    esac
    echo "run-scale: scenario $scenario: $clients clients, $threads threads, ${seconds}s, country $country" >&2
    # CPU of the server processes during the scenario (a killed process's share is lost).
    declare -A cpu_before=()
    for ((n = 1; n <= servers; n++)); do
        pid=$(cat "$work/server$n.pid")
        cpu_before[$pid]=$(cpu_of "$pid")
    done
    # Where the logs stand, to tell what this scenario added.
    nginx_log_at=$(stat -c %s "$ngx/logs/error.log")
    declare -A server_log_at=()
    for ((n = 1; n <= servers; n++)); do server_log_at[$n]=$(stat -c %s "$work/server$n.log"); done
    started=$(date +%s.%N)
    status=0
    "$scale" "${args[@]}" >"$work/$scenario.jsonl" || status=$?
    server_cpu=0
    for ((n = 1; n <= servers; n++)); do
        pid=$(cat "$work/server$n.pid")
        server_cpu=$(awk -v a="$server_cpu" -v b="$(cpu_of "$pid")" -v c="${cpu_before[$pid]:-0}" \
            'BEGIN { printf "%.2f", a + b - c }')
    done
    awk -v s="$scenario" -v c="$server_cpu" -v t0="$started" -v t1="$(date +%s.%N)" -v n="$servers" \
        'BEGIN { printf "{\"scenario\":\"%s\",\"servers\":%d,\"server_cpu_s\":%s,\"scenario_wall_s\":%.1f}\n", s, n, c, t1 - t0 }' \
        >>"$work/$scenario.jsonl"
    if [ -n "$proxy_pid" ]; then
        kill -TERM "$proxy_pid" 2>/dev/null || true
        wait "$proxy_pid" 2>/dev/null || true
        counters=$(grep '^{' "$work/faultproxy.out" | tail -n 1)
        [ -n "$counters" ] && echo "{\"scenario\":\"$scenario\",\"faultproxy\":$counters}" \
            >>"$work/$scenario.jsonl"
    fi
    if [ "$status" -eq 0 ]; then
        fault_landed "$scenario" >>"$work/$scenario.jsonl" || status=3
    fi
    cat "$work/$scenario.jsonl"
    [ -n "$figures" ] && cat "$work/$scenario.jsonl" >>"$figures"
    for ((n = 1; n <= servers; n++)); do
        pid=$(cat "$work/server$n.pid")
        kill -0 "$pid" 2>/dev/null || { echo "run-scale: server $n (PID $pid) died" >&2; status=1; }
    done
    if [ "$nofault" = 1 ]; then
        if [ "$status" -eq 3 ]; then
            echo "run-scale: scenario $scenario without its fault failed as 'fault did not land', as it must" >&2
        else
            echo "run-scale: scenario $scenario without its fault FAILED: exit $status, not 'fault did not land'" >&2
            failed+=("$scenario")
        fi
    elif [ "$scenario" = sabotage-masking ]; then
        if [ "$status" -eq 4 ]; then
            echo "run-scale: scenario $scenario: the other failure was reported beside the sabotage, as it must" >&2
        else
            echo "run-scale: scenario $scenario FAILED: exit $status, not 4 (sabotage caught, other failure reported)" >&2
            failed+=("$scenario")
        fi
    elif [ "$status" -eq 3 ]; then
        echo "run-scale: scenario $scenario FAILED: the fault did not land" >&2
        failed+=("$scenario")
    elif [ "$status" -ne 0 ]; then
        echo "run-scale: scenario $scenario FAILED (exit $status)" >&2
        failed+=("$scenario")
    else
        echo "run-scale: scenario $scenario passed" >&2
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "run-scale: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "run-scale: all scenarios passed" >&2
