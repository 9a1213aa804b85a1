#!/usr/bin/env bash
# The customer's documents at scale: statement --all and review --all against
# credits for the same months, on one demo store.
#
#   benchmarks/documents.sh [--tickets N] [--accounts N] [--months N] [--runs N]
#                           [--seed N] [--day YYYY-MM-DD] [--work DIR]
#
# The demo store is made as on --day (default 2026-10-31): the last whole
# month before it is the statements' month, the last whole quarter the
# reviews' (each review reads its quarter and the one before). Each pair runs
# RUNS times, alternating which side goes first:
#   statement --all of the month (PDF)    vs  credits --month of that month
#   review --all of the quarter (PDF)     vs  credits of the six months it reads
# Medians of the elapsed and CPU time, the ratio and the peak RSS are printed
# as markdown. Checked (a failure exits 1, times never do): one statement per
# account, one review per account whose plan includes it, every statement
# naming its attached ticket list.
#
# Environment: BUILD_DIR (default build-bench, configured Release here when
# it has no supportdesk-cli yet).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=benchmarks/common.sh
source "$here/common.sh"
root=$(dirname "$here")

tickets=1000000
accounts=500
months=24
runs=3
seed=1
day=2026-10-31
work=

usage() {
    sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "${1:-2}"
}

while [ $# -gt 0 ]; do
    case "$1" in
    --tickets) tickets=$2; shift 2 ;;
    --accounts) accounts=$2; shift 2 ;;
    --months) months=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --day) day=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h | --help) usage 0 ;;
    *) echo "documents.sh: unknown option $1" >&2; usage ;;
    esac
done
case "$runs" in '' | *[!0-9]* | 0) echo "documents.sh: --runs must be a whole number from 1" >&2; exit 2 ;; esac

build_dir=${BUILD_DIR:-build-bench}
case "$build_dir" in /*) ;; *) build_dir=$root/$build_dir ;; esac
cli=$build_dir/app/supportdesk-cli
if [ ! -x "$cli" ]; then
    echo "== building $build_dir (Release)" >&2
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSUPPORTDESK_BUILD_UI=OFF -DSUPPORTDESK_BUILD_TESTS=OFF >&2
    cmake --build "$build_dir" --target supportdesk-cli -j "$(nproc)" >&2
fi
for tool in pdfdetach pdfinfo; do
    command -v "$tool" >/dev/null || { echo "documents.sh: $tool is needed (apt-get install poppler-utils)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "documents.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

work=${work:-$(mktemp -d "${TMPDIR:-/tmp}/supportdesk-documents.XXXXXX")}
mkdir -p "$work"
failures=0
fail() {
    echo "CHECK FAILED: $*" >&2
    failures=$((failures + 1))
}

# The month before the day's month, the quarter before the day's quarter.
month=$(date -u -d "${day:0:7}-01 -1 month" +%Y-%m)
day_quarter=$(((10#${day:5:2} - 1) / 3))
quarter_year=${day:0:4}
quarter=$day_quarter
if [ "$quarter" -eq 0 ]; then quarter=4; quarter_year=$((quarter_year - 1)); fi
first_quarter_month=$(printf '%s-%02d' "$quarter_year" $(((quarter - 1) * 3 + 1)))
review_from=$(date -u -d "$first_quarter_month-01 -3 months" +%Y-%m)
review_to=$(date -u -d "$first_quarter_month-01 +2 months" +%Y-%m)
as_of="${day}T00:00:00Z"

store=$work/store.sqlite
rm -f "$store"*
echo "== demo: $tickets tickets, $accounts accounts, $months months, seed $seed" >&2
"$cli" --db "$store" demo --accounts "$accounts" --months "$months" --tickets "$tickets" --seed "$seed" \
    --as-of "$day" >&2
rm -f "$work"/*.times

for run in $(seq 1 "$runs"); do
    echo "-- run $run of $runs" >&2
    if [ $((run % 2)) -eq 1 ]; then order="documents credits"; else order="credits documents"; fi
    for side in $order; do
        if [ "$side" = documents ]; then
            rm -rf "$work/statements" "$work/reviews"
            timed "$work/statement.times" "$work/statement.out" "$cli" --db "$store" statement --all \
                --month "$month" --as-of "$as_of" --output "$work/statements"
            timed "$work/review.times" "$work/review.out" "$cli" --db "$store" review --all \
                --quarter "$quarter_year-Q$quarter" --as-of "$as_of" --output "$work/reviews"
        else
            timed "$work/credits-month.times" "$work/credits-month.csv" "$cli" --db "$store" credits \
                --month "$month" --as-of "$as_of" --format csv
            timed "$work/credits-six.times" /dev/null "$cli" --db "$store" credits \
                --month "$review_from..$review_to" --as-of "$as_of" --format csv
        fi
    done
done

# One statement per account; one review per account whose plan includes it.
statements=$(find "$work/statements" -name '*.pdf' | wc -l)
[ "$statements" -eq "$accounts" ] || fail "$statements statements for $accounts accounts"
reviews=$(find "$work/reviews" -name '*.pdf' | wc -l)
grep -q "^wrote $reviews reviews" "$work/review.out" || fail "review --all says otherwise than its $reviews files"
# Every PDF names its ticket list; the lists add up to the month's tickets.
attached=0
while IFS= read -r -d '' pdf; do
    pdfdetach -list "$pdf" | grep -q "tickets $month.csv" || fail "$pdf has no ticket list"
    pdfdetach -save 1 -o "$work/attached.csv" "$pdf"
    # The demo's ticket ids start each record (its subjects hold no line break).
    attached=$((attached + $(grep -c '^SD-' "$work/attached.csv" || true)))
done < <(find "$work/statements" -name '*.pdf' -print0)
[ "$attached" -gt 0 ] || fail "no ticket attached to any statement"
echo "attached tickets: $attached" >&2

s=$(median "$work/statement.times"); cm=$(median "$work/credits-month.times")
r=$(median "$work/review.times"); c6=$(median "$work/credits-six.times")
{
    echo "## Customer's documents ($(date -u +%Y-%m-%d), $(nproc) cores, build $(basename "$build_dir"), load average $(cut -d' ' -f1 /proc/loadavg))"
    echo
    echo "$tickets tickets, $accounts accounts; medians of $runs runs, seconds; $statements statements of $month, $reviews reviews of $quarter_year-Q$quarter ($attached tickets attached to the statements)."
    echo
    echo "| work | documents | credits | ratio | CPU: documents | CPU: credits | ratio | goal | peak RSS MB |"
    echo "|---|---|---|---|---|---|---|---|---|"
    echo "| statement --all $month vs credits --month $month | $s | $cm | $(ratio "$s" "$cm") | $(median "$work/statement.times" 3) | $(median "$work/credits-month.times" 3) | $(ratio "$(median "$work/statement.times" 3)" "$(median "$work/credits-month.times" 3)") | <= 3.0 | $(mb "$(median "$work/statement.times" 2)") (goal <= 150) |"
    echo "| review --all $quarter_year-Q$quarter vs credits $review_from..$review_to | $r | $c6 | $(ratio "$r" "$c6") | $(median "$work/review.times" 3) | $(median "$work/credits-six.times" 3) | $(ratio "$(median "$work/review.times" 3)" "$(median "$work/credits-six.times" 3)") | <= 3.0 | $(mb "$(median "$work/review.times" 2)") (goal <= 150) |"
} | tee "$work/documents-results.md"

echo "results: $work/documents-results.md" >&2
if [ "$failures" -gt 0 ]; then
    echo "documents.sh: $failures output check(s) failed" >&2
    exit 1
fi
