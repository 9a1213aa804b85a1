# shellcheck shell=bash
# Shell functions of the benchmark scripts (sourced): timing a command,
# medians and ratios. timed() writes its scratch file in $work.

# Runs a command, its stdout to $2; appends "seconds peak_kb cpu_seconds" to
# $1, the CPU time (user + system, all threads) being what a loaded machine
# inflates least. The wall time is bash's own clock to the millisecond
# (time's %e has hundredths: up to 2 % off a half-second run, and a ratio
# of two such runs twice that), its decimal mark a point whatever the
# locale.
# shellcheck disable=SC2154 # $work is the sourcing script's
timed() {
    local record=$1 out=$2 started ended
    shift 2
    started=${EPOCHREALTIME/[!0-9]/.}
    /usr/bin/time -f "%M %U %S" -o "$work/time.last" "$@" >"$out"
    ended=${EPOCHREALTIME/[!0-9]/.}
    awk -v s="$started" -v e="$ended" '{ printf "%.3f %s %.2f\n", e - s, $1, $2 + $3 }' \
        "$work/time.last" >"$work/time.cpu"
    mv "$work/time.cpu" "$work/time.last"
    cat "$work/time.last" >>"$record"
}

# Median of the first (or second) column of a file of "seconds kb" lines.
median() {
    local column=${2:-1}
    # Work a run left out (postgres.sh --reads-only: no import, no relay).
    [ -s "$1" ] || { echo -; return; }
    awk -v c="$column" '{print $c}' "$1" | sort -g | awk '{v[NR] = $1} END {
        if (NR == 0) { print "-"; exit }
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# key_median KEY FILE: the median of KEY=value over the lines of FILE.
key_median() {
    grep -o "\\b$1=[0-9.-]*" "$2" | cut -d= -f2 | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
