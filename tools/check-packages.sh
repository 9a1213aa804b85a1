#!/usr/bin/env bash
# Fails, naming the package, when a build used something that the given
# package lists do not install on a bare Debian machine.
#
#   tools/check-packages.sh [--uses FILE]... BUILD_DIR... --packages PACKAGE...
#
# What a build used: every package configuration CMake found (the *_DIR
# entries of CMakeCache.txt), every file the cache names that a build or
# test command uses (compilers, tools, libraries), and every shared library the built
# programs load (ldd). --uses adds files a run needs that no build records:
# the PostgreSQL server, the fuzzer runtime, the fonts, the Qt plugins.
# Each is mapped to the Debian package that holds it (dpkg -S) and must be
# one of the listed packages or of their hard dependencies (Depends and
# Pre-Depends: apt-get install --no-install-recommends takes nothing else).
# A file no Debian package holds fails too: it was installed by hand.
# Exit 0: all installed by the lists; 1: not; 2: the command line is wrong.
set -euo pipefail

usage() {
    echo "usage: tools/check-packages.sh [--uses FILE]... BUILD_DIR... --packages PACKAGE..." >&2
    exit 2
}

uses=() builds=() packages=()
while [ $# -gt 0 ]; do
    case "$1" in
    --uses) [ $# -ge 2 ] || usage; uses+=("$2"); shift 2 ;;
    --packages) shift; packages=("$@"); break ;;
    -*) usage ;;
    *) builds+=("$1"); shift ;;
    esac
done
[ ${#builds[@]} -gt 0 ] && [ ${#packages[@]} -gt 0 ] || usage

# What each file was needed for, to name it in the message.
declare -A reason=()
add() {
    local file=$1 why=$2
    [ -e "$file" ] || return 0
    file=$(readlink -f "$file")
    [ -n "${reason[$file]:-}" ] || reason[$file]=$why
}

for build in "${builds[@]}"; do
    cache=$build/CMakeCache.txt
    [ -f "$cache" ] || { echo "check-packages: no $cache" >&2; exit 2; }
    # Package configurations: the folder's first .cmake file stands for it.
    while IFS='=' read -r entry dir; do
        config=$(find "$dir" -maxdepth 1 -name '*.cmake' -print -quit 2>/dev/null || true)
        [ -n "$config" ] && add "$config" "${entry%%:*}"
    done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$cache" || true)
    # Compilers, tools and libraries found by path, when a build or test
    # command names them or the project looked for them itself (SUPPORTDESK_*):
    # a find module also records optional finds that nothing links
    # (FindOpenGL's GLU, say).
    commands=$(cat "$build/build.ninja" $(find "$build" -name CTestTestfile.cmake) 2>/dev/null || true)
    while IFS='=' read -r entry file; do
        if [[ $entry == SUPPORTDESK_* ]] || grep -qF "$file" <<<"$commands"; then
            add "$file" "${entry%%:*}"
        fi
    done < <(grep -E '^[A-Za-z0-9_]+:FILEPATH=/' "$cache" || true)
    # Every shared library the built programs and tests load: ldd resolves
    # them, once for each different set of libraries the programs name.
    declare -A needs_seen=()
    while IFS= read -r program; do
        needs=$(readelf -d "$program" 2>/dev/null | grep '(NEEDED)' | sort | tr -d ' \n') || continue
        [ -n "$needs" ] && [ -z "${needs_seen[$needs]:-}" ] || continue
        needs_seen[$needs]=1
        while IFS= read -r library; do
            add "$library" "$(basename "$program") loads it"
        done < <(ldd "$program" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}')
    done < <(find "$build" -type f -perm -u+x -not -name '*.so*' -not -path '*/CMakeFiles/*' -print)
done
for file in "${uses[@]}"; do
    [ -e "$file" ] || { echo "check-packages: $file does not exist (a run needs it)" >&2; exit 1; }
    add "$file" "the run uses it"
done

# The installable closure of the lists over hard dependencies; alternatives
# (a | b) are all followed, so this errs towards accepting.
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
              --no-replaces --no-enhances "${packages[@]}" 2>/dev/null |
              grep -v '^ ' | sed -e 's/:any$//' -e 's/:amd64$//' | sort -u)
[ -n "$closure" ] || { echo "check-packages: apt-cache knows none of the packages" >&2; exit 2; }

# dpkg records some files under /lib, others under /usr/lib (merged /usr):
# each file is looked up under both names, all in one call of dpkg -S.
other_name() {
    case "$1" in
    /usr/*) echo "${1#/usr}" ;;
    *) echo "/usr$1" ;;
    esac
}
declare -A owner=()
lookups=()
for file in "${!reason[@]}"; do lookups+=("$file" "$(other_name "$file")"); done
# "a:amd64, b: FILE" when packages share it (the first will do, without its
# architecture); "diversion by" lines name no owner.
while IFS= read -r line; do
    case "$line" in diversion*) continue ;; esac
    package=${line%%: *}
    package=${package%%,*}
    owner[${line#*: }]=${package%%:*}
done < <(dpkg -S "${lookups[@]}" 2>/dev/null || true)

missing=()
declare -A seen=()
for file in "${!reason[@]}"; do
    package=${owner[$file]:-${owner[$(other_name "$file")]:-}}
    if [ -z "$package" ]; then
        missing+=("$file (${reason[$file]}) belongs to no Debian package: installed by hand?")
        continue
    fi
    if ! grep -qxF "$package" <<<"$closure" && [ -z "${seen[$package]:-}" ]; then
        seen[$package]=1
        missing+=("$package: holds $file (${reason[$file]})")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-packages: used by the build but not installed by the package lists:"
    printf '  %s\n' "${missing[@]}" | sort
    exit 1
fi
echo "check-packages: the ${#reason[@]} files the build and run use all come from the package lists"
