# shellcheck shell=bash
# The help desk import of benchmarks/run.sh (sourced): the demo's tickets
# written as a Zendesk report would have them, then imported against the
# native import of the same tickets, and its dry run against reading the
# same file as the dry run reads it without a store (export_read), and
# against sqlite3 reading it into a plain table. Uses run.sh's $cli,
# $build_dir, $work and fail().

# Zendesk's report of the store's tickets: its column names, its priority
# and channel words, times in the zone's wall clock without an offset (here
# UTC), the first reply as whole minutes after creation (Zendesk has no
# first-reply time of day), the product as a custom field.
# shellcheck disable=SC2154 # $work and $cli are run.sh's
zendesk_csv() {
    local store=$1 out=$2
    sqlite3 -csv -header "$store" "
        SELECT t.ticket_id AS \"Id\", a.name AS \"Organization\", t.subject AS \"Subject\",
               CASE t.priority WHEN 0 THEN 'Urgent' WHEN 1 THEN 'High' ELSE 'Normal' END AS \"Priority\",
               CASE t.channel WHEN 0 THEN 'Email' WHEN 1 THEN 'Chat' WHEN 2 THEN 'Phone call (incoming)'
                              ELSE 'Web form' END AS \"Via\",
               p.name AS \"Product\",
               strftime('%Y-%m-%d %H:%M:%S', t.created_at, 'unixepoch') AS \"Created at\",
               coalesce(strftime('%Y-%m-%d %H:%M:%S', t.resolved_at, 'unixepoch'), '') AS \"Solved at\",
               coalesce((t.first_response_at - t.created_at) / 60, '') AS \"First reply time in minutes\",
               '' AS \"First reply time in minutes within business hours\"
        FROM tickets t JOIN accounts a ON a.id = t.account_id JOIN products p ON p.id = t.product_id
        ORDER BY t.id" >"$out"
}

# What both imports must have stored alike: every field, the first reply
# to the minute after creation as Zendesk has it.
zendesk_digest() {
    sqlite3 "$1" "SELECT a.name, t.ticket_id, t.subject, t.priority, t.product_id, t.channel, t.created_at,
                         t.created_at + (t.first_response_at - t.created_at) / 60 * 60, t.resolved_at
                  FROM tickets t JOIN accounts a ON a.id = t.account_id ORDER BY a.name, t.ticket_id" |
        sha256sum | cut -d' ' -f1
}

# One run's help desk side: the import into a copy of the empty store, and
# the dry run against the full one.
helpdesk_run() {
    rm -f "$work/zendesk.sqlite"*
    cp "$work/empty.sqlite" "$work/zendesk.sqlite"
    timed "$work/zendesk-import.times" /dev/null \
        "$cli" --db "$work/zendesk.sqlite" tickets import "$work/zendesk.csv" --zone UTC
    timed "$work/zendesk-dryrun.times" "$work/zendesk-dryrun.txt" \
        "$cli" --db "$work/full.sqlite" tickets import "$work/zendesk.csv" --zone UTC --dry-run
}

# Reading the same file, the dry run's baselines.
helpdesk_baseline_run() {
    timed "$work/zendesk-read.times" "$work/zendesk-read.txt" \
        "$build_dir/benchmarks/export_read" "$work/zendesk.csv" --zone UTC
    rm -f "$work/plain-zendesk.db"
    timed "$work/sqlite-zendesk.times" /dev/null sqlite3 "$work/plain-zendesk.db" \
        ".import --csv $work/zendesk.csv tickets"
}

# After the runs: the import stored what the native one did, and the dry
# run counted every ticket.
helpdesk_check() {
    local size=$1
    [ "$(zendesk_digest "$work/zendesk.sqlite")" = "$(zendesk_digest "$work/full.sqlite")" ] ||
        fail "the Zendesk import did not store the same tickets as the native one at $size tickets"
    grep -qx "tickets $size" "$work/zendesk-dryrun.txt" ||
        fail "the dry run did not count $size tickets: $(head -c 300 "$work/zendesk-dryrun.txt")"
    grep -qx "refused 0" "$work/zendesk-dryrun.txt" || fail "the dry run refused tickets at $size tickets"
    # Every ticket of the report is in the full store: none is new.
    grep -qx "new 0" "$work/zendesk-dryrun.txt" || fail "the dry run found new tickets at $size tickets"
    grep -qx "tickets $size refused 0" "$work/zendesk-read.txt" ||
        fail "export_read did not read $size tickets: $(cat "$work/zendesk-read.txt")"
}
