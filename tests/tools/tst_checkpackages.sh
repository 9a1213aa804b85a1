#!/usr/bin/env bash
# tools/check-packages.sh on this build: the list ./dev.sh start installs
# passes, and the same list without libqt6opengl6-dev (which qt6-charts-dev
# only recommends, and Qt Charts needs) fails, naming that package.
#   tst_checkpackages.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
root=$1 build=$2
# Not a Debian machine: nothing to check (CTest's skip code).
command -v apt-cache >/dev/null && command -v dpkg >/dev/null || exit 77
fail() { echo "FAIL: $*"; exit 1; }

mapfile -t packages < <("$root/dev.sh" packages)
"$root/tools/check-packages.sh" "$build" --packages "${packages[@]}" || fail "the lists of dev.sh do not pass"

without=()
for package in "${packages[@]}"; do
    [ "$package" = libqt6opengl6-dev ] || without+=("$package")
done
[ ${#without[@]} -lt ${#packages[@]} ] || fail "dev.sh does not list libqt6opengl6-dev"
if output=$("$root/tools/check-packages.sh" "$build" --packages "${without[@]}"); then
    fail "passed without libqt6opengl6-dev: $output"
fi
echo "$output"
grep -q '^  libqt6opengl6-dev: holds .*(Qt6OpenGL_DIR)' <<<"$output" || fail "libqt6opengl6-dev is not named"

# A file of no Debian package (installed by hand) fails too; an empty build
# folder spares reading this build again.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
stray=$scratch/stray
touch "$stray" "$scratch/CMakeCache.txt"
if output=$("$root/tools/check-packages.sh" --uses "$stray" "$scratch" --packages "${packages[@]}"); then
    fail "a file of no package passed"
fi
grep -q "$stray .*belongs to no Debian package" <<<"$output" || fail "the stray file is not named: $output"
echo "PASS"
