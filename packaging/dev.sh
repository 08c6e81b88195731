#!/usr/bin/env bash
# Sets up everything System Design Study needs, then builds, tests or runs it.
#
#   packaging/dev.sh app [ARGS...]   set up, build and start the app (ARGS go to sdstudy)
#   packaging/dev.sh test            set up, build and run every test, then package_test
#   packaging/dev.sh bench [ARGS...] set up, build (release) and run sdstudy-bench
#   packaging/dev.sh fuzz TARGET [S] run one fuzz target for S seconds (default 600)
#   packaging/dev.sh lint            the layout (.clang-format), then clang-tidy (.clang-tidy)
#   packaging/dev.sh screenshot      build, then make the README's screenshots (docs/)
#   packaging/dev.sh package         build the .deb and install it into a clean root
#   packaging/dev.sh shell [CMD...]  a shell (or CMD) in the build environment
#
# Where the host has Qt >= 6.5 and KF6 SyntaxHighlighting (Debian 13 and newer),
# the packages in packaging/debian-packages.txt are installed natively. Elsewhere
# (Debian 12 has no KF6) a Debian 13 build root is made with mmdebstrap, cached
# outside the repository keyed by the package list, and everything runs inside it
# with the repository, /tmp and $HOME bound at their own paths, so paths and the
# user's data are the same inside and out.
set -euo pipefail
shopt -s inherit_errexit # a failure inside $(...) stops the script too

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
package_list="$repo/packaging/debian-packages.txt"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/sdstudy"

say() { printf 'dev.sh: %s\n' "$*" >&2; }

packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$package_list"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=
apt_update_once() {
    [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
}

# Native only where the distribution itself offers what the app needs.
host_can_build_natively() {
    command -v apt-cache >/dev/null || return 1
    apt_update_once
    local kf6 qt
    kf6=$(apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    qt=$(apt-cache policy qt6-base-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -n "$kf6" ] && [ "$kf6" != "(none)" ] || return 1
    [ -n "$qt" ] && [ "$qt" != "(none)" ] || return 1
    dpkg --compare-versions "$qt" ge 6.5
}

native_ready() {
    local missing
    missing=$(packages | while read -r p; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done)
    [ -z "$missing" ]
}

setup_native() {
    native_ready && return 0
    say "installing the packages of $package_list"
    apt_update_once
    # shellcheck disable=SC2046
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(packages)
}

# The host's own Debian mirror: never a host name written into the repository.
host_mirror() {
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '/^deb / && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
    fi
    [ -n "$uri" ] || { say "cannot find a Debian mirror in the host's apt configuration"; exit 1; }
    echo "$uri"
}

root_dir() {
    local key
    key=$(packages | sort | sha256sum | cut -c1-12)
    echo "$cache_dir/debian13-$key"
}

# Removes a root made by mmdebstrap. One that was interrupted (a killed run) can
# still have /proc, /dev and /sys mounted inside: unmount those first, deepest first.
remove_root() {
    local dir=$1 target
    [ -e "$dir" ] || return 0
    awk -v under="$dir/" 'index($2, under) == 1 {print $2}' /proc/self/mounts | sort -r |
        while read -r target; do as_root umount -l "$target"; done
    as_root rm -rf --one-file-system "$dir"
}

need_mmdebstrap() {
    command -v mmdebstrap >/dev/null && return 0
    say "installing mmdebstrap to make Debian 13 roots"
    apt_update_once
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap
}

setup_root() {
    local root
    root=$(root_dir)
    [ -f "$root/.complete" ] && return 0
    # One maker at a time: a second dev.sh waits here, then finds the root made.
    mkdir -p "$cache_dir"
    exec 9>"$cache_dir/.lock"
    flock 9
    [ -f "$root/.complete" ] && return 0
    need_mmdebstrap
    say "making a Debian 13 build root in $root (once, two to three minutes)"
    mkdir -p "$cache_dir"
    # Remove roots made from older package lists: they are never used again.
    find "$cache_dir" -maxdepth 1 -name 'debian13-*' ! -name "$(basename "$root")" -exec rm -rf --one-file-system {} +
    local partial="$root.partial"
    remove_root "$partial"
    # Unsafe I/O: dpkg skips its syncs (a tenth of the time here); a root cut short
    # by a crash stays .partial and is made again.
    as_root mmdebstrap --quiet --mode=root --variant=apt --dpkgopt=force-unsafe-io \
        --include="$(packages | paste -sd, -)" trixie "$partial" "$(host_mirror)"
    touch "$partial/.complete"
    mv "$partial" "$root"
}

# Runs "$@" inside the build root, in a private mount namespace.
in_root() {
    local root
    root=$(root_dir)
    local binds=("$repo" /tmp "$HOME")
    [ -d "$repo/../shared" ] && binds+=("$(cd "$repo/../shared" && pwd)")
    # Only what the build, the tests and a window need crosses into the root.
    local environment=(PATH=/usr/local/bin:/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 TERM="${TERM:-dumb}"
                       XDG_RUNTIME_DIR="/tmp/sdstudy-runtime-$(id -u)")
    local name
    for name in CI DISPLAY XAUTHORITY WAYLAND_DISPLAY QT_QPA_PLATFORM QT_SCALE_FACTOR QT_STYLE_OVERRIDE; do
        [ -n "${!name:-}" ] && environment+=("$name=${!name}")
    done
    local script='set -e; r=$1; shift; n=$1; shift
        for i in $(seq 1 "$n"); do d=$1; shift; mkdir -p "$r$d"; mount --bind "$d" "$r$d"; done
        mount -t proc proc "$r/proc"; mount --rbind /dev "$r/dev"; mount --rbind /sys "$r/sys"
        cd_to=$1; shift
        exec chroot "$r" /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$cd_to" "$@"'
    as_root unshare -m --propagation private sh -c "$script" sh "$root" "${#binds[@]}" "${binds[@]}" "$PWD" \
        env -i "${environment[@]}" "$@"
}

mode=
setup() {
    # Cheapest answers first, so a warm machine needs no package lists or network.
    if native_ready; then
        mode=native
    elif [ -f "$(root_dir)/.complete" ]; then
        mode=root
    elif host_can_build_natively; then
        mode=native
        setup_native
    else
        mode=root
        setup_root
    fi
}

run() {
    if [ "$mode" = native ]; then "$@"; else in_root "$@"; fi
}

# Every build uses clang: it compiles this project about three times faster than
# GCC does (a widgets file with the shared header: 4 s against 12 s on a 2-core
# machine), its sanitizers and libFuzzer serve `test` and `fuzz`, and so what CI
# compiles is what `app` compiles.
# configure DIR [CMAKE OPTIONS...]: a folder last configured for another compiler
# starts afresh, as CMake cannot switch a configured folder's compiler.
configure() {
    local dir=$1
    shift
    if [ -f "$dir/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++' "$dir/CMakeCache.txt"; then
        run rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles" # made in the build root, so its owner's to remove
    fi
    # A failed build stops here: never test, run or measure what an older build left.
    run cmake -S "$repo" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ "$@" >/dev/null || exit 1
}

# build TYPE [TARGET...]: everything, or only the targets named (and what they need).
build() {
    local type=$1 dir="$repo/build/$mode-$1"
    shift
    configure "$dir" -DCMAKE_BUILD_TYPE="$type"
    if [ $# -gt 0 ]; then set -- --target "$@"; fi
    run cmake --build "$dir" "$@" >&2 || exit 1
    echo "$dir"
}

# AddressSanitizer, UBSan and the fuzz targets (see CMakeLists.txt): the tests' build.
build_sanitized() {
    local dir="$repo/build/$mode-sanitize"
    configure "$dir" -DCMAKE_BUILD_TYPE=Debug -DSDSTUDY_SANITIZE=ON
    run cmake --build "$dir" >&2 || exit 1
    echo "$dir"
}

# The same with libFuzzer's coverage on the project's code: the fuzz targets' build.
build_fuzzing() {
    local dir="$repo/build/$mode-fuzz"
    configure "$dir" -DCMAKE_BUILD_TYPE=Debug -DSDSTUDY_SANITIZE=ON -DSDSTUDY_FUZZ_COVERAGE=ON
    run cmake --build "$dir" --target "$1" >&2 || exit 1
    echo "$dir"
}

# package_test DIR: the Debian package of the build in DIR, installed by apt into a
# clean Debian 13 root made for the purpose (so its Depends must be right), where
# it must start: `sdstudy --version`, a question shown and a diagram drawn
# (Graphviz's plugins found) without a display. /proc is there for the sanitized
# build that `test` packages; its leak check is the suite's job, with the
# suppressions the suite keeps.
package_test() {
    local dir=$1 deb clean
    run sh -c "cd '$dir' && cpack -G DEB >/dev/null" || exit 1
    deb="$dir/sdstudy_$(sed -n 's/^    VERSION \([0-9.]*\)$/\1/p' "$repo/CMakeLists.txt")_amd64.deb"
    clean="$cache_dir/package-test"
    need_mmdebstrap
    remove_root "$clean"
    say "installing $(basename "$deb") into a clean Debian 13 root"
    # Hooks, not --include: mmdebstrap 1.3 cannot --include a .deb from outside the root.
    as_root mmdebstrap --quiet --mode=root --variant=apt --dpkgopt=force-unsafe-io \
        --customize-hook="copy-in '$deb' /tmp" \
        --customize-hook="chroot \"\$1\" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends '/tmp/$(basename "$deb")' >/dev/null" \
        trixie "$clean" "$(host_mirror)"
    local in_clean=(as_root unshare -m --propagation private sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"'
                    "$clean" env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 ASAN_OPTIONS=detect_leaks=0)
    "${in_clean[@]}" sdstudy --version
    "${in_clean[@]}" sdstudy --db /tmp/p.sqlite show 21 | grep -q 'URL shortener'
    "${in_clean[@]}" LANGUAGE=de sdstudy --help | grep -q "^Aufruf: sdstudy"
    "${in_clean[@]}" sdstudy diagram chat-system --png /tmp/chat.png
    "${in_clean[@]}" test -s /tmp/chat.png
    "${in_clean[@]}" test -f /usr/share/applications/io.github.sdstudy.SystemDesignStudy.desktop
    # Loaded when a note or code is first coloured, from Qt's plugin folder.
    "${in_clean[@]}" sh -c 'test -f /usr/lib/*/qt6/plugins/systemdesignstudy/syntaxhighlighting.so'
    remove_root "$clean"
    say "the package installs from apt and runs"
}

# Every source file laid out as .clang-format says (`clang-format -i FILE` fixes one).
check_layout() {
    mkdir -p "$repo/build"
    git -C "$repo" ls-files '*.cpp' '*.h' | sed "s|^|$repo/|" >"$repo/build/layout-files.txt"
    run sh -c "xargs clang-format --dry-run --Werror <'$repo/build/layout-files.txt'" || {
        say "the layout differs from .clang-format: run clang-format -i on the files named above"; exit 1; }
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    app)
        setup
        dir=$(build RelWithDebInfo sdstudy) # the app alone: a first start does not wait for the tests
        if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            say "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are empty);"
            say "commands work without one: $dir/app/sdstudy --help"
            exit 1
        fi
        run "$dir/app/sdstudy" "$@"
        ;;
    test)
        setup
        check_layout
        # One build: every test runs under AddressSanitizer and UBSan, every fuzz
        # target replays its corpus, and the package is made of that build too (a
        # second build of the app to package cost a third of the 15 minutes a run
        # may take on a fresh machine).
        dir=$(build_sanitized)
        run ctest --test-dir "$dir" --output-on-failure --timeout 600 -j "$(nproc)"
        package_test "$dir"
        ;;
    fuzz)
        # packaging/dev.sh fuzz TARGET [SECONDS]: explore from the seed corpus; what
        # it finds new is kept in build/fuzz-corpus/TARGET, crashes in build/fuzz-findings.
        [ $# -ge 1 ] || { say "usage: packaging/dev.sh fuzz fuzz_bankimport|fuzz_ankipackage|fuzz_searchquery|fuzz_ankiimport|fuzz_progressimport|fuzz_diagramfile [SECONDS]"; exit 2; }
        setup
        dir=$(build_fuzzing "$1")
        target=$1 seconds=${2:-600}
        corpus="$repo/build/fuzz-corpus/$target" findings="$repo/build/fuzz-findings/$target"
        mkdir -p "$corpus" "$findings"
        run env ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen \
            "$dir/tests/fuzz/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
            -artifact_prefix="$findings/" "$corpus" "$repo/tests/fuzz/corpus/$target"
        ;;
    bench)
        setup
        dir=$(build Release sdstudy-bench) # with the app and the floor it starts, not the tests
        run "$dir/tests/bench/sdstudy-bench" "$@"
        ;;
    package)
        setup
        dir=$(build RelWithDebInfo sdstudy) # an assignment, so a failed build stops here
        package_test "$dir"
        ;;
    lint)
        # The layout first, then clang-tidy with .clang-tidy's checks; any finding
        # fails (WarningsAsErrors).
        setup
        check_layout
        # Its own build without unity batches: clang-tidy reads each file as compiled.
        dir="$repo/build/$mode-lint"
        configure "$dir" -DCMAKE_BUILD_TYPE=Debug -DSDSTUDY_UNITY=OFF
        run cmake --build "$dir" >&2 || exit 1
        run run-clang-tidy -quiet -p "$dir" -j "$(nproc)" "$repo/(app|tests)/.*\.cpp$"
        ;;
    screenshot)
        setup
        dir=$(build RelWithDebInfo sdstudy)
        run env SDSTUDY_APP="$dir/app/sdstudy" "$repo/packaging/screenshot.sh"
        ;;
    shell)
        setup
        if [ $# -eq 0 ]; then run bash; else run "$@"; fi
        ;;
    *)
        sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
        exit 2
        ;;
esac
