#!/usr/bin/env bash
# Checks a SupportDesk Debian package as a user's machine would take it:
# what it holds (and nothing else), its desktop entry, AppStream data and man
# page, that apt can satisfy what it depends on, and that its programs run
# from a root it is unpacked into: both say their version, and the command
# line tool makes a demo store and reports on it.
#   tools/check-deb.sh supportdesk_VERSION_amd64.deb
set -euo pipefail
deb=${1:?usage: tools/check-deb.sh supportdesk_VERSION_amd64.deb}
[ -f "$deb" ] || { echo "check-deb: no package $deb" >&2; exit 2; }
fail() { echo "check-deb: $deb: $*" >&2; exit 1; }

app_id=io.github.supportdesk.SupportDesk
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "check-deb: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, version $version"
echo "check-deb: Depends: $depends"

expected=(
    /usr/bin/supportdesk
    /usr/bin/supportdesk-cli
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/man/man1/supportdesk-cli.1.gz
    /usr/share/supportdesk/translations/supportdesk_fr.qm
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png")
done
files=$(dpkg-deb --contents "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort)
for file in "${expected[@]}"; do
    grep -qxF "$file" <<<"$files" || fail "does not hold $file"
done
unexpected=$(comm -23 <(echo "$files") <(printf '%s\n' "${expected[@]}" | sort))
[ -z "$unexpected" ] || fail "holds files it should not: $unexpected"

# The libraries from dpkg-shlibdeps, and the plugins it cannot see.
for package in libc6 libqt6core6 libqt6sql6 libqt6widgets6 libqt6charts6 libsqlite3-0 \
    libqt6sql6-sqlite libqt6sql6-psql libqt6gui6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "does not depend on $package"
done
# apt would install it here: every dependency exists in a version it accepts.
apt-get install --simulate --no-install-recommends "$(readlink -f "$deb")" >/dev/null ||
    fail "apt cannot satisfy its dependencies: $depends"

root=$(mktemp -d "${TMPDIR:-/tmp}/supportdesk-deb.XXXXXX")
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "its desktop entry is not valid"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "its AppStream data is not valid"
# Warnings but for lines groff cannot justify (a long option is one word).
man_warnings=$(zcat "$root/usr/share/man/man1/supportdesk-cli.1.gz" |
    LC_ALL=C.UTF-8 groff -k -man -Tutf8 -z -wall 2>&1 | grep -v 'cannot adjust line' || true)
[ -z "$man_warnings" ] || fail "its man page has errors: $man_warnings"
zcat "$root/usr/share/man/man1/supportdesk-cli.1.gz" | grep -q '^\.SH "TICKETS"' ||
    fail "its man page lacks the sections of docs/CLI.md"

cli=$root/usr/bin/supportdesk-cli
[ "$("$cli" --version | head -n 1)" = "supportdesk-cli $version" ] || fail "supportdesk-cli --version is not $version"
[ "$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/supportdesk" --version | head -n 1)" = "SupportDesk $version" ] ||
    fail "supportdesk --version is not $version"
store=$root/demo.sqlite
"$cli" --db "$store" demo --accounts 3 --tickets 600 --months 2 --as-of 2026-10-31 >/dev/null ||
    fail "supportdesk-cli demo failed"
report=$("$cli" --db "$store" report --month 2026-10 --as-of 2026-11-30T00:00:00Z --format csv) ||
    fail "supportdesk-cli report failed"
[ "$(head -n 1 <<<"$report")" = \
    "account,month,plan,segment_start,priority,clock,target_minutes,tickets,answered,average_minutes,within_target_percent,status,provisional" ] ||
    fail "the report has not the columns of docs/CLI.md"
[ "$(wc -l <<<"$report")" -gt 3 ] || fail "the report of 3 accounts has no rows"
echo "check-deb: the package holds what it should, validates, and its programs run unpacked"
