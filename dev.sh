#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   ./dev.sh start [APP ARGS...]  install what is missing, build, start SupportDesk
#   ./dev.sh test                 install what is missing, build, run the whole suite
# BUILD_DIR, BUILD_TYPE and CMAKE_ARGS may be set to vary the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev sqlite3 tzdata fonts-dejavu-core
)

install_missing() {
    local missing=() package
    for package in "${packages[@]}"; do
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

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
start)
    install_missing
    build "${BUILD_DIR:-build}"
    if [ -x "${BUILD_DIR:-build}/app/desktop/supportdesk" ]; then
        exec "${BUILD_DIR:-build}/app/desktop/supportdesk" "$@"
    fi
    exec "${BUILD_DIR:-build}/app/supportdesk-cli" plans "$@"
    ;;
test)
    install_missing
    build_dir=${BUILD_DIR:-build-test}
    # Warnings are errors here: what CI accepts stays clean.
    build "$build_dir" -DSUPPORTDESK_WERROR=ON
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
    ;;
*)
    echo "usage: ./dev.sh start [--db PATH] [--language en|fr] | ./dev.sh test" >&2
    exit 2
    ;;
esac
