#!/usr/bin/env bash
# SupportDesk on PostgreSQL against psql on the same server and the same
# data, on the loopback and again through a relay that adds a network's
# latency (benchmarks/latency_proxy, DELAY ms each way).
#
#   benchmarks/postgres.sh [--sizes N,N,...] [--runs N] [--accounts N] [--months N]
#                          [--seed N] [--day YYYY-MM-DD] [--work DIR]
#                          [--server URL] [--latency MS] [--desktop] [--reads-only]
#
# For each size the demo store is made on SQLite (the same data as
# benchmarks/run.sh), exported, and loaded into PostgreSQL by the CLI's own
# import. Then, RUNS times, alternating which side goes first:
#   tickets import of the export into a store without tickets
#                                      vs  psql \copy into a plain table
#   tickets export of every ticket     vs  psql \copy (the same rows, same text)
#   credits over every month (csv)     vs  psql: a scan of the columns the report reads
#   report of the last month, all accounts; report of one account, every month
# and the CLI's rows once more through the relay. --reads-only leaves out
# the import runs and the relay (for sizes where one load is long enough). With --desktop (a build
# with the UI) the desktop figures of benchmarks/desktop.sh on the store with
# tickets and the one without, on the loopback and through the relay.
# Outputs are checked: the imported store exports the source file byte for
# byte, and the report and credits CSV on PostgreSQL equal those the same
# build computes on the SQLite store. A failed check exits 1; times never do.
#
# --server is the address of a PostgreSQL role that may create databases
# (they are named sdbench_<pid>_* and dropped at the end); without it a
# server of the run's own is made in WORK (initdb; shared_buffers=256MB).
# Environment: BUILD_DIR (default build-bench, configured Release here when
# it has no supportdesk-cli yet).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
# shellcheck source=benchmarks/common.sh
source "$here/common.sh"

sizes=1000000
runs=5
accounts=500
months=24
seed=1
day=2026-10-31
work=
server=
latency=2
desktop=0
reads_only=0

usage() {
    sed -n '2,29p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "${1:-2}"
}

while [ $# -gt 0 ]; do
    case "$1" in
    --tickets | --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --accounts) accounts=$2; shift 2 ;;
    --months) months=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --day) day=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --server) server=$2; shift 2 ;;
    --latency) latency=$2; shift 2 ;;
    --desktop) desktop=1; shift ;;
    --reads-only) reads_only=1; shift ;;
    -h | --help) usage 0 ;;
    *) echo "postgres.sh: unknown option $1" >&2; usage ;;
    esac
done
case "$runs" in '' | *[!0-9]* | 0) echo "postgres.sh: --runs must be a whole number from 1" >&2; exit 2 ;; esac

build_dir=${BUILD_DIR:-build-bench}
case "$build_dir" in /*) ;; *) build_dir=$root/$build_dir ;; esac
targets=(supportdesk-cli latency_proxy)
[ "$desktop" -eq 1 ] && targets+=(desktop_bench)
if [ ! -x "$build_dir/app/supportdesk-cli" ] || [ ! -x "$build_dir/benchmarks/latency_proxy" ] ||
    { [ "$desktop" -eq 1 ] && [ ! -x "$build_dir/benchmarks/desktop_bench" ]; }; then
    echo "== building $build_dir (Release)" >&2
    ui=OFF
    [ "$desktop" -eq 1 ] && ui=ON
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSUPPORTDESK_BUILD_UI=$ui -DSUPPORTDESK_BUILD_TESTS=OFF >&2
    cmake --build "$build_dir" --target "${targets[@]}" -j "$(nproc)" >&2
fi
cli=$build_dir/app/supportdesk-cli
proxy_program=$build_dir/benchmarks/latency_proxy
for tool in psql sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "postgres.sh: $tool is needed" >&2; exit 2; }
done

work=${work:-$(mktemp -d "${TMPDIR:-/tmp}/supportdesk-pgbench.XXXXXX")}
mkdir -p "$work"
work=$(cd "$work" && pwd)
failures=0
fail() {
    echo "CHECK FAILED: $*" >&2
    failures=$((failures + 1))
}

# A port nobody listens on, for the server of the run and the relay.
free_port() {
    local port
    for port in $(seq "$1" $(($1 + 200))); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    echo "postgres.sh: no free port from $1" >&2
    exit 2
}

own_server=
proxy_pid=
prefix=sdbench_$$
cleanup() {
    [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null
    if [ -n "$own_server" ]; then
        "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$own_server" -m immediate -w stop >/dev/null 2>&1 || true
    elif [ -n "$server" ]; then
        local database
        for database in $(psql -X -At "$server" -c "SELECT datname FROM pg_database WHERE datname LIKE '${prefix}_%'" 2>/dev/null); do
            psql -X -q "$server" -c "DROP DATABASE IF EXISTS $database" >/dev/null 2>&1 || true
        done
    fi
}
trap cleanup EXIT

if [ -z "$server" ]; then
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$pg_bin/initdb" ] || { echo "postgres.sh: no PostgreSQL server under /usr/lib/postgresql" >&2; exit 2; }
    # initdb refuses to run as root: the server then runs as user postgres.
    as_postgres=()
    [ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)
    rm -rf "$work/pg"
    mkdir -p "$work/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
    "${as_postgres[@]}" "$pg_bin/initdb" -D "$work/pg/data" -U sdbench -A trust -E UTF8 --locale=C.UTF-8 \
        >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
    port=$(free_port 61000)
    own_server=$work/pg/data
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$own_server" -l "$work/pg/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pg -c shared_buffers=256MB -c fsync=off" \
        start >/dev/null || { cat "$work/pg/server.log" >&2; exit 1; }
    server="postgresql://sdbench@127.0.0.1:$port/postgres"
fi
server_port=$(sed -E 's#^postgresql://[^@/]*@?[^:/]*:([0-9]+)/.*#\1#' <<<"$server")
case "$server_port" in '' | *[!0-9]*) echo "postgres.sh: --server needs an explicit port" >&2; exit 2 ;; esac
# The address of database $1 on the loopback ($2 = proxy: through the relay).
url_of() {
    local port=$server_port
    [ "${2:-}" = proxy ] && port=$proxy_port
    sed -E "s#:[0-9]+/[^/?]*#:$port/$1#" <<<"$server"
}
admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$server" "$@" >/dev/null; }

# Starts the relay on a free port, above the range the system gives
# connections their own ends from (32768-60999 by default). A port nothing
# listens on may still be such an end where the range differs, and the
# relay then cannot listen there: it ends, and the next free port is tried.
start_relay() {
    local from=61300 attempt
    for attempt in $(seq 20); do
        proxy_port=$(free_port "$from")
        "$proxy_program" "$proxy_port" "$server_port" "$latency" >"$work/proxy.out" 2>"$work/proxy.err" &
        proxy_pid=$!
        for _ in $(seq 50); do
            grep -q ready "$work/proxy.out" 2>/dev/null && return 0
            kill -0 "$proxy_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill "$proxy_pid" 2>/dev/null || true
        wait "$proxy_pid" 2>/dev/null || true
        proxy_pid=
        from=$((proxy_port + 1))
    done
    cat "$work/proxy.err" >&2
    echo "postgres.sh: the relay did not start (tried $attempt ports)" >&2
    exit 1
}
start_relay

last_month=${day:0:7}
first_month=$(date -u -d "${last_month}-01 -$((months - 1)) months" +%Y-%m)
as_of="${day}T00:00:00Z"

# What psql does in place of the CLI: the same rows and the same text.
export_sql="SELECT t.ticket_id, a.name, t.subject, 'P' || (t.priority + 1), p.name,
  CASE t.channel WHEN 0 THEN 'email' WHEN 1 THEN 'chat' WHEN 2 THEN 'phone' ELSE 'web' END,
  to_char(to_timestamp(t.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
  to_char(to_timestamp(t.first_response_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
  to_char(to_timestamp(t.resolved_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
FROM tickets t JOIN accounts a ON a.id = t.account_id JOIN products p ON p.id = t.product_id
ORDER BY a.name, t.created_at, t.ticket_id, t.id"
# Every value of every column the report reads, and nothing written out.
scan_sql="SELECT sum((t.account_id IS NOT NULL)::int + (t.created_at IS NOT NULL)::int
  + (t.first_response_at IS NOT NULL)::int + (t.priority IS NOT NULL)::int + (t.product_id IS NOT NULL)::int)
FROM tickets t"
# The CSV's text as the ticket table's values, as the CLI's import stores them.
table_sql="INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, created_at,
  first_response_at, resolved_at)
SELECT a.id, s.ticket_id, s.subject, substr(s.priority, 2)::int - 1, p.id,
  CASE s.channel WHEN 'email' THEN 0 WHEN 'chat' THEN 1 WHEN 'phone' THEN 2 ELSE 3 END,
  extract(epoch FROM s.created_at::timestamptz)::bigint, extract(epoch FROM s.first_response_at::timestamptz)::bigint,
  extract(epoch FROM s.resolved_at::timestamptz)::bigint
FROM plain s JOIN accounts a ON a.name = s.account JOIN products p ON p.name = s.product"
plain_table="CREATE TABLE plain (ticket_id text, account text, subject text, priority text, product text,
  channel text, created_at text, first_response_at text, resolved_at text)"

results=$work/postgres-results.md
: >"$results"
table_row() { echo "$*" | tee -a "$results"; }


# The CLI's work on the store with tickets (and the import into the one
# without), timed into files named ROUTE-WORK.times.
cli_side() {
    local route=$1 source=$2 into=$3 full=$4 one_account=$5
    [ "$reads_only" -eq 1 ] ||
        timed "$work/$route-import.times" /dev/null "$cli" --db "$(url_of "$into" "$route")" tickets import "$source"
    timed "$work/$route-export.times" /dev/null "$cli" --db "$(url_of "$full" "$route")" tickets export \
        --output "$work/$route-export.csv"
    timed "$work/$route-credits.times" "$work/$route-credits.csv" "$cli" --db "$(url_of "$full" "$route")" \
        credits --month "$first_month..$last_month" --as-of "$as_of" --format csv
    timed "$work/$route-month.times" "$work/$route-month.csv" "$cli" --db "$(url_of "$full" "$route")" \
        report --month "$last_month" --as-of "$as_of" --format csv
    timed "$work/$route-account.times" "$work/$route-account.csv" "$cli" --db "$(url_of "$full" "$route")" \
        report --account "$one_account" --month "$first_month..$last_month" --as-of "$as_of" --format csv
}

psql_side() {
    local source=$1 plain=$2 full=$3 into=$4
    if [ "$reads_only" -eq 0 ]; then
        timed "$work/psql-import.times" /dev/null psql -X -q -v ON_ERROR_STOP=1 "$(url_of "$plain")" \
            -c "\\copy plain FROM '$source' WITH (FORMAT csv, HEADER true)"
        # The server's share of the import: the same rows into the store's
        # own ticket table, its keys, checks and indexes, in one transaction.
        timed "$work/psql-table.times" /dev/null psql -X -q -v ON_ERROR_STOP=1 "$(url_of "$into")" \
            -f - <<EOF_SQL
BEGIN;
CREATE TEMPORARY TABLE plain (ticket_id text, account text, subject text, priority text, product text,
  channel text, created_at text, first_response_at text, resolved_at text) ON COMMIT DROP;
\\copy plain FROM '$source' WITH (FORMAT csv, HEADER true)
$table_sql;
COMMIT;
EOF_SQL
    fi
    timed "$work/psql-export.times" /dev/null psql -X -q -v ON_ERROR_STOP=1 "$(url_of "$full")" \
        -c "\\copy ($(tr '\n' ' ' <<<"$export_sql")) TO '$work/psql-export.csv' WITH (FORMAT csv)"
    timed "$work/psql-scan.times" /dev/null psql -X -q -At -v ON_ERROR_STOP=1 "$(url_of "$full")" -c "$scan_sql"
}

# One row of a size's table: LABEL WORK PSQL_WORK GOAL RELAY_GOAL.
row() {
    local value base=- proxied
    value=$(median "$work/loopback-$2.times")
    [ -n "$3" ] && base=$(median "$work/psql-$3.times")
    proxied=$(median "$work/proxy-$2.times")
    table_row "| $1 | $value | $base | $(ratio "$value" "$base") | $4 | $(mb "$(median "$work/loopback-$2.times" 2)") \
| $proxied | $(ratio "$proxied" "$value") | $5 |"
}

run_size() {
    local size=$1
    local sqlite=$work/full-$size.sqlite source=$work/source-$size.csv
    echo "== PostgreSQL, $size tickets, $accounts accounts, $months months, seed $seed" >&2
    rm -f "$work"/*.times
    if [ ! -s "$source" ]; then
        rm -f "$sqlite" "$sqlite"-*
        "$cli" --db "$sqlite" demo --accounts "$accounts" --months "$months" --tickets "$size" \
            --seed "$seed" --as-of "$day" >&2
        "$cli" --db "$sqlite" tickets export --output "$source.part"
        mv "$source.part" "$source"
    fi
    local empty=${prefix}_empty full=${prefix}_full into=${prefix}_into plain=${prefix}_plain
    admin -c "DROP DATABASE IF EXISTS $full" -c "DROP DATABASE IF EXISTS $empty"
    admin -c "CREATE DATABASE $empty"
    "$cli" --db "$(url_of "$empty")" demo --accounts "$accounts" --months "$months" --tickets 0 \
        --seed "$seed" --as-of "$day" >&2
    admin -c "CREATE DATABASE $full TEMPLATE $empty"
    echo "-- loading $size tickets into PostgreSQL with the CLI" >&2
    timed "$work/load.times" /dev/null "$cli" --db "$(url_of "$full")" tickets import "$source"
    # Fresh statistics, as autovacuum would give them a little later.
    psql -X -q "$(url_of "$full")" -c "VACUUM ANALYZE" >/dev/null
    admin -c "DROP DATABASE IF EXISTS $plain" -c "CREATE DATABASE $plain"
    local one_account
    one_account=$(psql -X -At "$(url_of "$full")" -c "SELECT name FROM accounts ORDER BY name LIMIT 1")

    local run side
    for run in $(seq 1 "$runs"); do
        echo "-- run $run of $runs" >&2
        local pair="cli psql"
        [ $((run % 2)) -eq 0 ] && pair="psql cli"
        local sides="$pair proxy"
        [ "$reads_only" -eq 1 ] && sides=$pair
        for side in $sides; do
            admin -c "DROP DATABASE IF EXISTS $into" -c "CREATE DATABASE $into TEMPLATE $empty"
            case $side in
            cli) cli_side loopback "$source" "$into" "$full" "$one_account" ;;
            proxy) cli_side proxy "$source" "$into" "$full" "$one_account" ;;
            psql)
                PGOPTIONS="-c client_min_messages=warning" psql -X -q "$(url_of "$plain")" \
                    -c "DROP TABLE IF EXISTS plain" -c "$plain_table" >/dev/null
                psql_side "$source" "$plain" "$full" "$into"
                ;;
            esac
        done
        if [ "$run" -eq 1 ] && [ "$reads_only" -eq 0 ]; then
            "$cli" --db "$(url_of "$into")" tickets export --output "$work/reexport.csv"
            cmp -s "$work/reexport.csv" "$source" ||
                fail "$size tickets: the store imported on PostgreSQL does not export the source file byte for byte"
        fi
        cmp -s "$work/loopback-export.csv" "$source" || fail "run $run: the PostgreSQL export differs from the source"
        # The baseline must have done the same work: every row, the same text.
        cmp -s <(tail -n +2 "$source") "$work/psql-export.csv" ||
            echo "note: psql's export differs from the CLI's at $size tickets (another collation?)" >&2
        [ "$reads_only" -eq 1 ] && continue
        [ "$(psql -X -At "$(url_of "$plain")" -c 'SELECT count(*) FROM plain')" -eq "$size" ] ||
            fail "run $run: psql \\copy did not read $size rows"
        local output
        for output in credits month account; do
            cmp -s "$work/loopback-$output.csv" "$work/proxy-$output.csv" ||
                fail "run $run: $output differs through the relay"
        done
    done
    # The same build on the SQLite store with the same data: equal outputs.
    "$cli" --db "$sqlite" credits --month "$first_month..$last_month" --as-of "$as_of" --format csv \
        >"$work/sqlite-credits.csv"
    "$cli" --db "$sqlite" report --month "$last_month" --as-of "$as_of" --format csv >"$work/sqlite-month.csv"
    cmp -s "$work/loopback-credits.csv" "$work/sqlite-credits.csv" ||
        fail "$size tickets: credits on PostgreSQL differ from credits on SQLite"
    cmp -s "$work/loopback-month.csv" "$work/sqlite-month.csv" ||
        fail "$size tickets: the month's report on PostgreSQL differs from SQLite's"

    table_row ""
    table_row "### $size tickets (medians of $runs runs, seconds; relay: ${latency} ms each way)"
    table_row ""
    table_row "| work | supportdesk-cli | psql | ratio | goal | CLI peak RSS MB | through the relay | relay / loopback | goal |"
    table_row "|---|---|---|---|---|---|---|---|---|"
    [ "$reads_only" -eq 1 ] || row "tickets import" import import "≤ 3" "≤ 1.2"
    [ "$reads_only" -eq 1 ] ||
        table_row "| tickets import (psql: the same rows into the store's ticket table) \
| $(median "$work/loopback-import.times") | $(median "$work/psql-table.times") \
| $(ratio "$(median "$work/loopback-import.times")" "$(median "$work/psql-table.times")") | | | | | |"
    row "tickets export" export export "≤ 1.5" ""
    row "credits, $months months (psql: a scan of the columns read)" credits scan "≤ 3" ""
    row "report, $last_month, every account" month "" "" ""
    row "report, one account, $months months" account "" "" ""
    table_row ""
    table_row "The store's first load by the CLI's import, once: $(median "$work/load.times") s."
}

# The desktop window on the last size's stores (see benchmarks/desktop.sh for
# what each figure is), on the loopback and through the relay.
desktop_rows() {
    local bench=$build_dir/benchmarks/desktop_bench store route run
    echo "== desktop on PostgreSQL" >&2
    export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config LC_ALL=C.UTF-8
    export BENCH_AS_OF=2026-10-30T20:00:00Z
    rm -rf "$work/config"
    for store in full empty; do
        for route in loopback proxy; do
            : >"$work/desktop-$store-$route.txt"
        done
    done
    for run in $(seq 1 "$runs"); do
        for store in full empty; do
            for route in loopback proxy; do
                "$bench" "$(url_of "${prefix}_$store" "$route")" 2>/dev/null >>"$work/desktop-$store-$route.txt"
                echo >>"$work/desktop-$store-$route.txt"
            done
        done
    done
    figure() { key_median "$1" "$work/desktop-$2-$3.txt"; }
    local start_near start_far
    start_near=$(awk -v a="$(figure start_ms full loopback)" -v b="$(figure start_ms empty loopback)" \
        'BEGIN { printf "%.0f", a - b }')
    start_far=$(awk -v a="$(figure start_ms full proxy)" -v b="$(figure start_ms empty proxy)" \
        'BEGIN { printf "%.0f", a - b }')
    table_row ""
    table_row "### Desktop on PostgreSQL, ${size_list[-1]} tickets (medians of $runs runs, ms; relay: ${latency} ms each way)"
    table_row ""
    table_row "| figure | loopback | goal | through the relay | relay / loopback | goal |"
    table_row "|---|---|---|---|---|---|"
    table_row "| start to first page, empty store | $(figure start_ms empty loopback) | | $(figure start_ms empty proxy) | | |"
    table_row "| start to first page, tickets − empty | $start_near | ≤ 500 | $start_far | $(ratio "$start_far" "$start_near") | ≤ 2 |"
    local entry key label goal
    for entry in "sort_subject_ms|sort by subject|300" "sort_response_ms|sort by response time|300" \
        "sort_due_ms|sort by due time|300" "jump_last_ms|jump to the last row|100" \
        "today_read_ms|Today view: the month's read|" "peak_rss_mb|peak resident memory (MB)|250"; do
        IFS='|' read -r key label goal <<<"$entry"
        local near far
        near=$(figure "$key" full loopback)
        far=$(figure "$key" full proxy)
        table_row "| $label | $near | ${goal:+≤ $goal} | $far | $(ratio "$far" "$near") | ≤ 2 |"
    done
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
IFS=, read -r -a size_list <<<"$sizes"
table_row "## SupportDesk on PostgreSQL vs psql ($(date -u +%Y-%m-%d), $(nproc) cores, \
$(psql -X -At "$server" -c 'SHOW server_version'), shared_buffers $(psql -X -At "$server" -c 'SHOW shared_buffers'), \
build $(basename "$build_dir"))"
for size in "${size_list[@]}"; do
    run_size "$size"
done
[ "$desktop" -eq 1 ] && desktop_rows
table_row ""
table_row "Load average $load_before before, $(cut -d' ' -f1 /proc/loadavg) after."

echo "results: $results; data: $work" >&2
if [ "$failures" -gt 0 ]; then
    echo "postgres.sh: $failures output check(s) failed" >&2
    exit 1
fi
