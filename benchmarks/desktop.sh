#!/usr/bin/env bash
# The desktop application's figures on 1,000,000 tickets (demo --accounts 500
# --months 24), against the same application on a store with the same
# accounts and no ticket:
#   start to the first page of the ticket table painted   goal: +0.5 s at most
#   change of the sort column until painted                goal: 0.3 s
#   jump to the last row until painted                     goal: 0.1 s
#   peak resident memory with the store open               goal: 250 MB
#   the Today view: one refresh of its clock (the month's credit risk of
#   every account assessed again)                          goal: 100 ms
#   File > Import of the 1,000,000 tickets (exported as CSV) into the store
#   with no ticket: the longest the window's event loop stood still
#   meanwhile (it runs on its own thread)                   goal: 100 ms
# Each store is measured --runs times (default 5) by desktop_bench, a fresh
# process each time, offscreen (QT_QPA_PLATFORM=offscreen); the table shows
# medians. "Start" counts from the process's start time in /proc/self/stat,
# so loading the libraries is included (10 ms steps).
#
#   benchmarks/desktop.sh [--runs N] [--work DIR] [--reuse]
# --reuse keeps the 1,000,000-ticket store of an earlier run in DIR (default
# build-desktop-bench/work) instead of making it again.
# Environment: BUILD_DIR (default build-desktop-bench, configured Release).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=benchmarks/common.sh
source benchmarks/common.sh

runs=5
work=build-desktop-bench/work
reuse=0
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --reuse) reuse=1; shift ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) echo "desktop.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
build_dir=${BUILD_DIR:-build-desktop-bench}

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSUPPORTDESK_BUILD_UI=ON >/dev/null
cmake --build "$build_dir" --target desktop_bench supportdesk-cli -j "$(nproc)" >/dev/null
cli=$build_dir/app/supportdesk-cli
bench=$build_dir/benchmarks/desktop_bench

mkdir -p "$work"
full=$work/tickets-1m.sqlite
empty=$work/empty.sqlite
if [ "$reuse" = 1 ] && [ -s "$full" ]; then
    echo "Reusing $full"
else
    rm -f "$full" "$full"-*
    echo "Making $full (demo --accounts 500 --months 24 --tickets 1000000 --as-of 2026-10-31)…"
    "$cli" --db "$full" demo --accounts 500 --months 24 --tickets 1000000 --as-of 2026-10-31 >/dev/null
fi
rm -f "$empty" "$empty"-*
"$cli" --db "$empty" demo --accounts 500 --months 24 --tickets 0 --as-of 2026-10-31 >/dev/null

# Settings of this run only: the window opens at its default size and view.
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config LC_ALL=C.UTF-8
# The afternoon of the stores' last day, so the Today view has a month to weigh.
export BENCH_AS_OF=2026-10-30T20:00:00Z
rm -rf "$work/config"
: >"$work/full.txt"
: >"$work/empty.txt"
for ((run = 1; run <= runs; run++)); do
    "$bench" "$full" 2>/dev/null | tee -a "$work/full.txt"
    "$bench" "$empty" 2>/dev/null | tee -a "$work/empty.txt"
done
csv=$work/tickets-1m.csv
[ -s "$csv" ] || "$cli" --db "$full" tickets export --output "$csv"
: >"$work/import.txt"
for ((run = 1; run <= runs; run++)); do
    into=$work/import-into.sqlite
    rm -f "$into" "$into"-*
    cp "$empty" "$into"
    "$bench" --import "$csv" "$into" 2>/dev/null | tee -a "$work/import.txt"
done

verdict() { # VALUE GOAL: "yes" when VALUE <= GOAL
    awk -v v="$1" -v g="$2" 'BEGIN { print (v != "-" && v + 0 <= g + 0) ? "yes" : "no" }'
}

start_full=$(key_median start_ms "$work/full.txt")
start_empty=$(key_median start_ms "$work/empty.txt")
start_diff=$(awk -v a="$start_full" -v b="$start_empty" 'BEGIN { printf "%.0f", a - b }')
echo
echo "Desktop application, medians of $runs runs ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
echo
echo "| figure | empty store | 1,000,000 tickets | goal | met |"
echo "|---|---|---|---|---|"
echo "| start to first page painted (ms) | $start_empty | $start_full | | |"
echo "| start, 1M − empty (ms) | | $start_diff | ≤ 500 | $(verdict "$start_diff" 500) |"
for row in "sort_subject_ms|sort by subject, from creation (ms)|300" \
           "sort_response_ms|sort by response time, first derived sort (ms)|300" \
           "sort_due_ms|sort by due time, after response time (ms)|300" \
           "jump_last_ms|jump to the last row (ms)|100" \
           "jump_middle_ms|jump to the middle row, by subject (ms)|"; do
    IFS='|' read -r key label goal <<<"$row"
    value=$(key_median "$key" "$work/full.txt")
    if [ -n "$goal" ]; then
        echo "| $label | | $value | ≤ $goal | $(verdict "$value" "$goal") |"
    else
        echo "| $label | | $value | | |"
    fi
done
today_refresh=$(key_median today_refresh_max_ms "$work/full.txt")
echo "| Today view: reading the month's tickets, on its own thread (ms) | $(key_median today_read_ms "$work/empty.txt") | $(key_median today_read_ms "$work/full.txt") | | |"
echo "| Today view: one refresh of its clock, slowest of 5 (ms) | $(key_median today_refresh_max_ms "$work/empty.txt") | $today_refresh | ≤ 100 | $(verdict "$today_refresh" 100) |"
blocked=$(key_median import_max_blocked_ms "$work/import.txt")
echo "| import of 1,000,000 tickets, whole (ms) | | $(key_median import_ms "$work/import.txt") | | |"
echo "| import: longest stand-still of the window (ms) | | $blocked | ≤ 100 | $(verdict "$blocked" 100) |"
rss_full=$(key_median peak_rss_mb "$work/full.txt")
echo "| peak resident memory (MB) | $(key_median peak_rss_mb "$work/empty.txt") | $rss_full | ≤ 250 | $(verdict "$rss_full" 250) |"
