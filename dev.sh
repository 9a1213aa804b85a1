#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   ./dev.sh start [APP ARGS...]  install what is missing, build, start SupportDesk
#   ./dev.sh test                 install what is missing, then: the style check,
#                                 the suite under AddressSanitizer +
#                                 UndefinedBehaviorSanitizer, the fuzz targets for
#                                 a bounded time, the Debian package built and
#                                 checked, and last the whole suite built with
#                                 warnings as errors, its store tests on SQLite
#                                 and again on a throw-away local PostgreSQL server
#   ./dev.sh package              install what is missing, build a Release and
#                                 the Debian package supportdesk_VERSION_amd64.deb
#   ./dev.sh packages [--all]     print what start installs (--all: and test, package)
# Every build is checked against the package lists (tools/check-packages.sh):
# what CMake found and the programs load must come from them, so that what
# works here works on a bare machine.
# BUILD_DIR, BUILD_TYPE and CMAKE_ARGS may be set to vary the build.
# FUZZ_SECONDS (default 60) is how long each fuzz target runs;
# SKIP_SANITIZERS=1, SKIP_FUZZ=1 or SKIP_PACKAGE=1 leave those jobs out of a
# local run; SANITIZE_UI=0 leaves the desktop tests out of the sanitizer run;
# SKIP_POSTGRES=1 runs the main suite on SQLite only.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Installed with --no-install-recommends: a package that another one only
# recommends (libqt6opengl6-dev for qt6-charts-dev) must be listed here.
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev sqlite3 libsqlite3-dev libpq-dev tzdata fonts-dejavu-core
    libquazip1-qt6-dev
)
# Only for ./dev.sh test: clang and its libFuzzer runtime for the fuzz targets
# (libclang-rt-14-dev holds libclang_rt.fuzzer-x86_64.a), llvm-14 for
# llvm-symbolizer in their reports, clang-format-14 for the style check;
# postgresql for the server the store tests run on a second time; time for the
# benchmark's smoke run; poppler-utils (pdftotext, pdffonts, pdfinfo) to read
# the statements' PDFs back.
test_packages=(clang-14 libclang-rt-14-dev llvm-14 clang-format-14 postgresql time poppler-utils)
# For ./dev.sh package and ./dev.sh test: file (CPack's search for programs to
# give dpkg-shlibdeps), desktop-file-utils, appstream and groff-base to check
# the package.
package_tools=(file desktop-file-utils appstream groff-base)

install_missing() {
    local missing=() package
    for package in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "dev.sh: installing packages needs root or sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local build_dir=$1; shift
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@" ${CMAKE_ARGS:-}
    cmake --build "$build_dir" -j "$(nproc)"
}

# What the programs load at run time that no build records: the platform
# plugins (xcb for a desktop, offscreen for the tests), the SQL drivers and
# the font fontconfig gives Qt.
app_runtime() {
    local font qt_plugins
    qt_plugins=$(/usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_PLUGINS)
    font=$(fc-match -f '%{file}' sans-serif 2>/dev/null || true)
    [ -n "$font" ] || { echo "dev.sh: fontconfig finds no font" >&2; exit 1; }
    echo "$qt_plugins/platforms/libqxcb.so" "$qt_plugins/platforms/libqoffscreen.so" \
        "$qt_plugins/sqldrivers/libqsqlite.so" "$qt_plugins/sqldrivers/libqsqlpsql.so" "$font"
}

# Fails, naming the package, when the build in $1 used a file that the lists
# do not install on a bare machine (tools/check-packages.sh). A build of the
# application must need `packages` alone, as ./dev.sh start installs no more;
# then the build and the files given after it ($2...: what the run uses) are
# checked against both lists.
check_packages() {
    local build_dir=$1 uses=() file; shift
    if [ "$build_dir" != build-fuzz ]; then
        for file in $(app_runtime); do uses+=(--uses "$file"); done
        tools/check-packages.sh "${uses[@]}" "$build_dir" --packages "${packages[@]}"
    fi
    for file in "$@"; do uses+=(--uses "$file"); done
    tools/check-packages.sh "${uses[@]}" "$build_dir" \
        --packages "${packages[@]}" "${test_packages[@]}" "${package_tools[@]}"
}

# Every C++ file as .clang-format has it; the first thing checked, in seconds.
style_check() {
    echo "== Style (clang-format-14 --dry-run --Werror)"
    git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format-14 --dry-run --Werror
}

# The whole suite, desktop application included (offscreen), under
# AddressSanitizer and UndefinedBehaviorSanitizer; SANITIZE_UI=0 leaves the
# desktop part out for a quicker local run. The benchmark is left out: its
# timings mean nothing there. Qt itself is not instrumented.
sanitizer_suite() {
    local build_dir=build-asan ui=OFF
    [ "${SANITIZE_UI:-1}" = 1 ] && ui=ON
    echo "== Test suite under AddressSanitizer + UndefinedBehaviorSanitizer ($build_dir)"
    build "$build_dir" -DSUPPORTDESK_SANITIZE=ON -DSUPPORTDESK_BUILD_UI=$ui
    check_packages "$build_dir"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" -LE benchmark
}

# libFuzzer targets of the CSV reader, the timestamp parser, the hours
# parser, the help desks' CSV dialects and spreadsheets, built with clang in
# their own folder and run for a bounded time.
fuzz_targets() {
    local build_dir=build-fuzz
    echo "== Fuzz targets, ${FUZZ_SECONDS:-60} s each ($build_dir)"
    CC=clang-14 CXX=clang++-14 cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSUPPORTDESK_BUILD_UI=OFF -DSUPPORTDESK_FUZZ=ON -DSUPPORTDESK_FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
    local targets=(fuzz_csvreader fuzz_timestamp fuzz_hoursspec fuzz_xlsxreader fuzz_csvdialect)
    cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]}"
    check_packages "$build_dir" "$(clang-14 --print-runtime-dir)/libclang_rt.fuzzer-x86_64.a" \
        /usr/lib/llvm-14/bin/llvm-symbolizer
    ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer \
        ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" -L fuzz
}

# The Debian package of the build in $1, checked (tools/check-deb.sh): its
# contents, its desktop entry, its AppStream data and its man page, and its
# programs run from a root it was unpacked into.
debian_package() {
    local build_dir=$1
    echo "== Debian package ($build_dir)"
    (cd "$build_dir" && cpack -G DEB)
    tools/check-deb.sh "$build_dir"/supportdesk_*_amd64.deb
}

# A PostgreSQL cluster of its own for the test run: a temporary data folder,
# listening on 127.0.0.1 only (a free port) with its socket in that folder,
# trusted connections, no fsync (nothing in it outlives the run). Stopped and
# removed on exit, whatever happens. Sets postgres_url to its admin address.
postgres_dir=
stop_test_postgres() {
    [ -n "$postgres_dir" ] || return 0
    "${postgres_run[@]}" "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$postgres_dir"
    postgres_dir=
}
start_test_postgres() {
    postgres_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$postgres_bin/initdb" ] || { echo "dev.sh: PostgreSQL server not found under /usr/lib/postgresql" >&2; exit 1; }
    postgres_dir=$(mktemp -d /tmp/supportdesk-postgres.XXXXXX)
    trap stop_test_postgres EXIT
    # initdb refuses to run as root: the server then runs as user postgres.
    postgres_run=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$postgres_dir"
        postgres_run=(runuser -u postgres --)
    fi
    local port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    "${postgres_run[@]}" "$postgres_bin/initdb" -D "$postgres_dir/data" -U supportdesk_admin -A trust -E UTF8 \
        --locale=C.UTF-8 >"$postgres_dir/initdb.log" 2>&1 || { cat "$postgres_dir/initdb.log" >&2; exit 1; }
    "${postgres_run[@]}" "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $postgres_dir -c fsync=off -c max_connections=100 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=20000" start >/dev/null ||
        { cat "$postgres_dir/server.log" >&2; exit 1; }
    postgres_url="postgresql://supportdesk_admin@127.0.0.1:$port/postgres"
    echo "PostgreSQL for the tests at $postgres_url"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
start)
    install_missing
    # The application alone: the tests are ./dev.sh test's.
    build "${BUILD_DIR:-build}" -DSUPPORTDESK_BUILD_TESTS=OFF
    if [ -x "${BUILD_DIR:-build}/app/desktop/supportdesk" ]; then
        exec "${BUILD_DIR:-build}/app/desktop/supportdesk" "$@"
    fi
    exec "${BUILD_DIR:-build}/app/supportdesk-cli" plans "$@"
    ;;
test)
    install_missing "${test_packages[@]}" "${package_tools[@]}"
    # Only CTest's <name>_postgresql tests are given a server.
    unset SUPPORTDESK_TEST_POSTGRES
    style_check
    # Each job stops the script when it fails; the main suite comes last so
    # that its summary closes the output.
    if [ "${SKIP_SANITIZERS:-0}" != 1 ]; then sanitizer_suite; fi
    if [ "${SKIP_FUZZ:-0}" != 1 ]; then fuzz_targets; fi
    echo "== Test suite, warnings as errors (${BUILD_DIR:-build-test})"
    build_dir=${BUILD_DIR:-build-test}
    # The store tests are also registered as <name>_postgresql when given a
    # server; the sanitizer run above stays on SQLite.
    postgres_args=(-DSUPPORTDESK_TEST_POSTGRES=) postgres_uses=()
    if [ "${SKIP_POSTGRES:-0}" != 1 ]; then
        start_test_postgres
        postgres_args=(-DSUPPORTDESK_TEST_POSTGRES="$postgres_url")
        postgres_uses=("$postgres_bin/initdb" "$postgres_bin/pg_ctl" "$postgres_bin/postgres")
    fi
    # Warnings are errors here: what CI accepts stays clean.
    build "$build_dir" -DSUPPORTDESK_WERROR=ON "${postgres_args[@]}"
    check_packages "$build_dir" "${postgres_uses[@]}" /usr/bin/time "$(command -v clang-format-14)" \
        "$(command -v pdftotext)" "$(command -v pdffonts)" "$(command -v pdfinfo)" \
        "$(command -v cpack)" "$(command -v dpkg-shlibdeps)" "$(command -v file)" \
        "$(command -v desktop-file-validate)" "$(command -v appstreamcli)" "$(command -v groff)"
    if [ "${SKIP_PACKAGE:-0}" != 1 ]; then debian_package "$build_dir"; fi
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
    ;;
package)
    install_missing "${package_tools[@]}"
    build_dir=${BUILD_DIR:-build-package}
    BUILD_TYPE=${BUILD_TYPE:-Release} build "$build_dir" -DSUPPORTDESK_BUILD_TESTS=OFF
    check_packages "$build_dir" "$(command -v cpack)" "$(command -v dpkg-shlibdeps)" "$(command -v file)"
    debian_package "$build_dir"
    ;;
packages)
    # What ./dev.sh start installs; with --all, also what test and package do.
    if [ "${1:-}" = --all ]; then
        printf '%s\n' "${packages[@]}" "${test_packages[@]}" "${package_tools[@]}"
    else
        printf '%s\n' "${packages[@]}"
    fi
    ;;
*)
    echo "usage: ./dev.sh start [--db PATH] [--language en|fr] | ./dev.sh test | ./dev.sh package | ./dev.sh packages" >&2
    exit 2
    ;;
esac
