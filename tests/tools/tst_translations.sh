#!/usr/bin/env bash
# Every text the programs show in French is translated: lupdate, run over the
# sources into a copy of the catalogue, finds no text that the catalogue
# lacks and leaves none unfinished. (The command line stays in English: its
# words are not marked for translation.)
#   tst_translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
root=$1 lupdate=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$root/translations/supportdesk_fr.ts" "$scratch/fr.ts"
cd "$root"
report=$("$lupdate" -locations none -no-obsolete core ui app -ts "$scratch/fr.ts" 2>&1)
echo "$report"
grep -q "Found [0-9]* source text(s) (0 new" <<<"$report" || {
    echo "FAIL: texts of the sources are missing from translations/supportdesk_fr.ts (run lupdate, then translate):"
    diff <(grep -o '<source>.*</source>' "$root/translations/supportdesk_fr.ts" | sort) \
         <(grep -o '<source>.*</source>' "$scratch/fr.ts" | sort) | grep '^>' | head -40
    exit 1
}
unfinished=$(grep -c 'type="unfinished"' "$scratch/fr.ts" || true)
[ "$unfinished" = 0 ] || {
    echo "FAIL: $unfinished texts are not translated:"
    grep -B2 'type="unfinished"' "$scratch/fr.ts" | grep '<source>' | head -40
    exit 1
}
echo "PASS"
