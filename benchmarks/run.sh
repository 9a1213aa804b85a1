#!/usr/bin/env bash
# SupportDesk against SQLite's own tools, side by side on the same data.
#
#   benchmarks/run.sh [--tickets N | --sizes N,N,...] [--runs N] [--accounts N]
#                     [--months N] [--seed N] [--day YYYY-MM-DD] [--work DIR] [--desktop]
#                     [--postgres [--server URL]]
#
# For each size the CLI makes a demo store (and one with the same accounts
# and no tickets), exports it, then runs each pair RUNS times, alternating
# which side goes first:
#   tickets import of the export       vs  sqlite3 .import --csv into a plain table
#   tickets export of every ticket     vs  sqlite3 -csv of the same rows, same order
#   tickets import of a Zendesk report vs  tickets import of the export (the
#     of the same tickets                  same tickets; benchmarks/helpdesk.sh)
#   its --dry-run against the store    vs  reading it as the dry run does
#                                          with no store (export_read), and
#                                          vs sqlite3 .import of that report
#   credits over every month (csv)     vs  one sqlite3 query reading every column
#                                          of every ticket row the report needs,
#                                          and vs sqlite3 scanning those columns
#                                          with nothing written out
# and prints medians, ratios and peak RSS as markdown. Outputs are checked:
# the imported store exports the source file byte for byte, and the report
# and credits CSV equal those of the reference build (REFERENCE_BUILD_DIR, a
# build of the code before any optimisation) or, without one, the digests in
# benchmarks/reference-digests.txt recorded with it. A failed check exits 1;
# times never fail. --postgres then runs benchmarks/postgres.sh with the
# same sizes and runs (on --server, or a server of its own) and adds its tables.
#
# Environment: BUILD_DIR (default build-bench, configured Release here when
# it has no supportdesk-cli yet), REFERENCE_BUILD_DIR (optional).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=benchmarks/common.sh
source "$here/common.sh"
# shellcheck source=benchmarks/helpdesk.sh
source "$here/helpdesk.sh"
root=$(dirname "$here")

sizes=1000000
runs=5
accounts=500
months=24
seed=1
# The demo is made as on this day, so the data and its outputs are the same
# on any day and can be compared with the recorded digests.
day=2026-10-31
work=
desktop=0
postgres=0
server=

usage() {
    sed -n '2,31p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "${1:-2}"
}

while [ $# -gt 0 ]; do
    case "$1" in
    --tickets) sizes=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --accounts) accounts=$2; shift 2 ;;
    --months) months=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --day) day=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --desktop) desktop=1; shift ;;
    --postgres) postgres=1; shift ;;
    --server) server=$2; shift 2 ;;
    -h | --help) usage 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage ;;
    esac
done
case "$runs" in '' | *[!0-9]* | 0) echo "run.sh: --runs must be a whole number from 1" >&2; exit 2 ;; esac

build_dir=${BUILD_DIR:-build-bench}
case "$build_dir" in /*) ;; *) build_dir=$root/$build_dir ;; esac
cli=$build_dir/app/supportdesk-cli
if [ ! -x "$cli" ] || [ ! -x "$build_dir/benchmarks/export_read" ]; then
    echo "== building $build_dir (Release)" >&2
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSUPPORTDESK_BUILD_UI=OFF -DSUPPORTDESK_BUILD_TESTS=OFF >&2
    cmake --build "$build_dir" --target supportdesk-cli export_read -j "$(nproc)" >&2
fi
reference_cli=
if [ -n "${REFERENCE_BUILD_DIR:-}" ]; then
    reference_cli=$REFERENCE_BUILD_DIR/app/supportdesk-cli
    [ -x "$reference_cli" ] || { echo "run.sh: no $reference_cli" >&2; exit 2; }
fi
command -v sqlite3 >/dev/null || { echo "run.sh: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

work=${work:-$(mktemp -d "${TMPDIR:-/tmp}/supportdesk-bench.XXXXXX")}
mkdir -p "$work"
failures=0
fail() {
    echo "CHECK FAILED: $*" >&2
    failures=$((failures + 1))
}

# The demo's months end with the month of $day.
last_month=${day:0:7}
first_month=$(date -u -d "${last_month}-01 -$((months - 1)) months" +%Y-%m)
as_of="${day}T00:00:00Z"


# What sqlite3 does in place of the CLI: the same rows and the same text.
export_sql="SELECT t.ticket_id, a.name, t.subject, 'P' || (t.priority + 1), p.name,
  CASE t.channel WHEN 0 THEN 'email' WHEN 1 THEN 'chat' WHEN 2 THEN 'phone' ELSE 'web' END,
  strftime('%Y-%m-%dT%H:%M:%SZ', t.created_at, 'unixepoch'),
  strftime('%Y-%m-%dT%H:%M:%SZ', t.first_response_at, 'unixepoch'),
  strftime('%Y-%m-%dT%H:%M:%SZ', t.resolved_at, 'unixepoch')
FROM tickets t JOIN accounts a ON a.id = t.account_id JOIN products p ON p.id = t.product_id
ORDER BY a.name, t.created_at, t.ticket_id, t.id;"
report_sql="SELECT t.account_id, t.created_at, t.first_response_at, t.priority, p.category
FROM tickets t JOIN products p ON p.id = t.product_id
ORDER BY t.account_id, t.created_at, t.id;"
# SQLite's own scan of the same columns: every value read, nothing written out.
scan_sql="SELECT sum(account_id IS NOT NULL) + sum(created_at IS NOT NULL) + sum(first_response_at IS NOT NULL)
  + sum(priority IS NOT NULL) + sum(product_id IS NOT NULL) FROM tickets;"

results=$work/results.md
: >"$results"
table_row() { echo "$*" | tee -a "$results"; }

check_reference() {
    local size=$1 kind=$2 file=$3
    if [ -n "$reference_cli" ]; then
        "$reference_cli" --db "$work/full.sqlite" "$kind" --month "$first_month..$last_month" \
            --as-of "$as_of" --format csv >"$work/reference-$kind.csv"
        cmp -s "$file" "$work/reference-$kind.csv" ||
            fail "$kind CSV differs from the reference build's at $size tickets"
        echo "$kind at $size tickets: same as the reference build" >&2
        # The line to record in benchmarks/reference-digests.txt.
        echo "$size $accounts $months $seed $day $kind $(sha256sum <"$work/reference-$kind.csv" | cut -d' ' -f1)" \
            >>"$work/reference-digests.txt"
        return
    fi
    local key="$size $accounts $months $seed $day $kind"
    local expected
    expected=$(awk -v k="$key" '$1 " " $2 " " $3 " " $4 " " $5 " " $6 == k {print $7}' "$here/reference-digests.txt")
    if [ -z "$expected" ]; then
        echo "$kind at $size tickets: NOT CHECKED (no digest recorded; set REFERENCE_BUILD_DIR)" >&2
        return
    fi
    [ "$(sha256sum <"$file" | cut -d' ' -f1)" = "$expected" ] ||
        fail "$kind CSV differs from the recorded reference digest at $size tickets"
    echo "$kind at $size tickets: same as the recorded reference" >&2
}

run_size() {
    local size=$1
    echo "== $size tickets, $accounts accounts, $months months ($first_month..$last_month), seed $seed" >&2
    rm -f "$work"/*.sqlite* "$work"/*.db "$work"/*.csv "$work"/*.times
    "$cli" --db "$work/full.sqlite" demo --accounts "$accounts" --months "$months" --tickets "$size" \
        --seed "$seed" --as-of "$day" >&2
    "$cli" --db "$work/empty.sqlite" demo --accounts "$accounts" --months "$months" --tickets 0 \
        --seed "$seed" --as-of "$day" >&2
    "$cli" --db "$work/full.sqlite" tickets export --output "$work/source.csv"
    local rows
    rows=$(($(wc -l <"$work/source.csv") - 1))
    [ "$rows" -eq "$size" ] || fail "the export has $rows tickets, not $size"
    zendesk_csv "$work/full.sqlite" "$work/zendesk.csv"

    local run
    for run in $(seq 1 "$runs"); do
        echo "-- run $run of $runs" >&2
        rm -f "$work/imported.sqlite"* "$work/plain.db"
        cp "$work/empty.sqlite" "$work/imported.sqlite"
        local pair
        # Alternate which side goes first, so neither always finds warm caches.
        if [ $((run % 2)) -eq 1 ]; then pair="a b"; else pair="b a"; fi
        for side in $pair; do
            if [ "$side" = a ]; then
                timed "$work/import.times" /dev/null "$cli" --db "$work/imported.sqlite" tickets import "$work/source.csv"
                timed "$work/export.times" /dev/null "$cli" --db "$work/full.sqlite" tickets export --output "$work/export.csv"
                timed "$work/credits.times" "$work/credits.csv" "$cli" --db "$work/full.sqlite" credits \
                    --month "$first_month..$last_month" --as-of "$as_of" --format csv
                helpdesk_run
            else
                timed "$work/sqlite-import.times" /dev/null sqlite3 "$work/plain.db" ".import --csv $work/source.csv tickets"
                timed "$work/sqlite-export.times" "$work/sqlite-export.csv" sqlite3 -csv "$work/full.sqlite" "$export_sql"
                timed "$work/sqlite-report.times" /dev/null sqlite3 -csv "$work/full.sqlite" "$report_sql"
                timed "$work/sqlite-scan.times" /dev/null sqlite3 "$work/full.sqlite" "$scan_sql"
                helpdesk_baseline_run
            fi
        done
        cmp -s "$work/export.csv" "$work/source.csv" || fail "run $run: the export changed between two runs"
        "$cli" --db "$work/imported.sqlite" tickets export --output "$work/reexport.csv"
        cmp -s "$work/reexport.csv" "$work/source.csv" ||
            fail "run $run: the imported store does not export the source file byte for byte"
        [ "$(sqlite3 "$work/plain.db" 'SELECT count(*) FROM tickets')" -eq "$size" ] ||
            fail "run $run: sqlite3 .import did not read $size rows"
    done
    # The baseline must have done the same work: every row, the same text.
    if ! cmp -s <(tail -n +2 "$work/source.csv") "$work/sqlite-export.csv"; then
        echo "note: sqlite3 -csv quotes differently from the export at $size tickets (informative only)" >&2
    fi
    "$cli" --db "$work/full.sqlite" report --month "$first_month..$last_month" --as-of "$as_of" \
        --format csv >"$work/report.csv"
    helpdesk_check "$size"
    check_reference "$size" credits "$work/credits.csv"
    check_reference "$size" report "$work/report.csv"

    local i si e se c sc
    i=$(median "$work/import.times"); si=$(median "$work/sqlite-import.times")
    e=$(median "$work/export.times"); se=$(median "$work/sqlite-export.times")
    c=$(median "$work/credits.times"); sc=$(median "$work/sqlite-report.times")
    summary+=("| $size | $i | $si | $(ratio "$i" "$si") | $(mb "$(median "$work/import.times" 2)") \
| $e | $se | $(ratio "$e" "$se") | $c | $sc | $(ratio "$c" "$sc") | $(mb "$(median "$work/credits.times" 2)") |")
    if [ "$size" = "${sizes%%,*}" ] || [ "$size" = 1000000 ]; then
        detail+=("" "### $size tickets (medians of $runs runs, seconds)" ""
            "| work | supportdesk-cli | sqlite3 | ratio | goal | CLI peak RSS MB |"
            "|---|---|---|---|---|---|"
            "| tickets import | $i | $si | $(ratio "$i" "$si") | <= 2.0 | $(mb "$(median "$work/import.times" 2)") |"
            "| tickets import, CPU time (user + system) | $(median "$work/import.times" 3) \
| $(median "$work/sqlite-import.times" 3) | $(ratio "$(median "$work/import.times" 3)" \
"$(median "$work/sqlite-import.times" 3)") | | |"
            "| tickets export | $e | $se | $(ratio "$e" "$se") | <= 1.5 | $(mb "$(median "$work/export.times" 2)") |"
            "| tickets import of a Zendesk report vs of the export | $(median "$work/zendesk-import.times") | $i \
| $(ratio "$(median "$work/zendesk-import.times")" "$i") | <= 1.5 | $(mb "$(median "$work/zendesk-import.times" 2)") |"
            "| its --dry-run vs reading the report as it does, no store (export_read) \
| $(median "$work/zendesk-dryrun.times") | $(median "$work/zendesk-read.times") \
| $(ratio "$(median "$work/zendesk-dryrun.times")" "$(median "$work/zendesk-read.times")") | <= 1.2 \
| $(mb "$(median "$work/zendesk-dryrun.times" 2)") |"
            "| its --dry-run vs sqlite3 .import of the report | $(median "$work/zendesk-dryrun.times") \
| $(median "$work/sqlite-zendesk.times") | $(ratio "$(median "$work/zendesk-dryrun.times")" \
"$(median "$work/sqlite-zendesk.times")") | | |"
            "| credits, $months months | $c | $sc | $(ratio "$c" "$sc") | <= 2.0 | $(mb "$(median "$work/credits.times" 2)") (goal <= 150) |"
            "| credits, $months months, vs sqlite3 scanning the same columns | $c | $(median "$work/sqlite-scan.times") \
| $(ratio "$c" "$(median "$work/sqlite-scan.times")") | <= 3.0 | |")
    fi
}

desktop_rows() {
    # The desktop application's goals have their own script: it measures the
    # real main window on a million-ticket store against one without tickets.
    echo "== desktop: benchmarks/desktop.sh" >&2
    local output
    output=$(benchmarks/desktop.sh --runs "$runs" --work "$work/desktop" | sed -n '/^Desktop application/,$p')
    table_row ""
    table_row "### ${output%%$'\n'*}"
    table_row "${output#*$'\n'}"
}

# The machine may be shared: its load over the last minute, before and after,
# says how far the absolute times are inflated (the ratios much less).
load_average() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }

summary=()
detail=()
load_before=$(load_average)
IFS=, read -r -a size_list <<<"$sizes"
for size in "${size_list[@]}"; do
    run_size "$size"
done

table_row "## SupportDesk vs sqlite3 ($(date -u +%Y-%m-%d), $(nproc) cores, build $(basename "$build_dir"), \
load average $load_before before, $(load_average) after)"
for line in "${detail[@]}"; do table_row "$line"; done
table_row ""
table_row "### Growth with the number of tickets (medians of $runs runs, seconds; RSS in MB)"
table_row ""
table_row "| tickets | import | sqlite3 .import | ratio | import RSS | export | sqlite3 -csv | ratio | credits | sqlite3 query | ratio | credits RSS |"
table_row "|---|---|---|---|---|---|---|---|---|---|---|---|"
for line in "${summary[@]}"; do table_row "$line"; done
[ "$desktop" -eq 1 ] && desktop_rows
if [ "$postgres" -eq 1 ]; then
    postgres_args=(--sizes "$sizes" --runs "$runs" --accounts "$accounts" --months "$months" --seed "$seed"
        --day "$day" --work "$work/postgres")
    [ -n "$server" ] && postgres_args+=(--server "$server")
    [ "$desktop" -eq 1 ] && postgres_args+=(--desktop)
    "$here/postgres.sh" "${postgres_args[@]}" >/dev/null || failures=$((failures + 1))
    table_row ""
    tee -a "$results" <"$work/postgres/postgres-results.md"
fi

echo "results: $results; data: $work" >&2
if [ "$failures" -gt 0 ]; then
    echo "run.sh: $failures output check(s) failed" >&2
    exit 1
fi
