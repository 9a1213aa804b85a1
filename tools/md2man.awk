# The man page of supportdesk-cli from docs/CLI.md, so that both say the
# same: the Markdown's first paragraph becomes DESCRIPTION, each "## " heading
# a section, each table row a tagged paragraph (the command in bold), each
# "- " item an indented paragraph; `code` becomes bold, links their text.
#   awk -v version=0.1.0 -v date=2026-11-30 -f tools/md2man.awk docs/CLI.md
# Only the Markdown that docs/CLI.md uses is known; anything else is text.

# roff would take a line starting with . or ' as a request, and \ as an escape.
function escape(text) {
    gsub(/\\/, "\\e", text)
    gsub(/-/, "\\-", text)
    return text
}

function inline(text,    out, start, code) {
    # [text](link) keeps its text.
    while (match(text, /\[[^]]*\]\([^)]*\)/)) {
        code = substr(text, RSTART + 1, RLENGTH - 2)
        sub(/\]\(.*/, "", code)
        text = substr(text, 1, RSTART - 1) code substr(text, RSTART + RLENGTH)
    }
    out = ""
    while (match(text, /`[^`]*`/)) {
        out = out escape(substr(text, 1, RSTART - 1)) "\\fB" escape(substr(text, RSTART + 1, RLENGTH - 2)) "\\fR"
        text = substr(text, RSTART + RLENGTH)
    }
    out = out escape(text)
    sub(/^[.']/, "\\\\\\&&", out)
    return out
}

function cell(row, n,    parts) {
    split(row, parts, /[ \t]*\|[ \t]*/)
    return parts[n + 1]
}

BEGIN {
    print ".TH SUPPORTDESK\\-CLI 1 \"" date "\" \"SupportDesk " version "\" \"User Commands\""
    print ".SH NAME"
    print "supportdesk\\-cli \\- support plans, response guarantees and credits from the command line"
    print ".SH SYNOPSIS"
    print ".B supportdesk\\-cli"
    print "[\\fB\\-\\-db\\fR \\fIPATH\\fR|\\fBpostgresql://\\fIUSER\\fB@\\fIHOST\\fB:\\fIPORT\\fB/\\fIDBNAME\\fR]"
    print "\\fICOMMAND\\fR ..."
    print ".br"
    print ".B supportdesk\\-cli"
    print "\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR"
    print ".SH DESCRIPTION"
    paragraph = 0
}

# The page's title: the NAME above says it.
/^# / { next }

/^## / {
    heading = toupper(substr($0, 4))
    print ".SH \"" escape(heading) "\""
    paragraph = 0
    next
}

# A table: its header and rule are left out, each row a tagged paragraph.
/^\|/ {
    if ($0 ~ /^\|[- |]*$/ || cell($0, 1) == "command") next
    print ".TP"
    print inline(cell($0, 1))
    print inline(cell($0, 2))
    paragraph = 0
    next
}

/^- / {
    print ".IP \\(bu 2"
    print inline(substr($0, 3))
    paragraph = 1
    next
}

/^[ \t]*$/ { paragraph = 0; next }

{
    if (!paragraph) print ".PP"
    paragraph = 1
    print inline($0)
}
