#!/usr/bin/env bash
# make test-matrix: the whole `make test` (unit, qgis, PostGIS, qgis_process and
# desktop tests) on other Debian releases, and so on other QGIS versions, each in
# a debootstrap chroot:
#
#     trixie  Debian 13  QGIS 3.40
#     sid     unstable   QGIS 3.44
#
# usage: scripts/test_matrix.sh [--ci] [--rebuild] [SUITE...]     (as root; default: trixie sid)
#
# A chroot is built once and cached under $MATRIX_CACHE/<suite>
# (default /var/cache/sozialplanung-matrix): debootstrap, apt configured for the
# chroot, then the repository's own `make deps` installs the Debian packages, so
# that scripts/deb_packages.sh is the one list. The file `complete` marks a
# finished build; a chroot without it (an interrupted build) is built anew, and
# --rebuild (or MATRIX_REBUILD=1) forces that. Each run copies the tracked files
# of the working tree (`git ls-files`; --with-untracked adds untracked files
# that are not ignored) to /work/main in the chroot, ../shared to /work/shared
# if present, and runs `make deps` and `make test` there as root, with /proc,
# /dev, /dev/pts, /dev/shm and /sys mounted; they are unmounted, and processes
# left in the chroot ended, whenever the script ends (also on failure, Ctrl-C
# or SIGTERM).
#
# Prints one summary line per QGIS version. Exit status: 0 if every suite ran
# and passed; 1 if a test failed (or a chroot could not be built for another
# reason than a failed download); 2 if a chroot could not be built because a
# download failed. With --ci a failed download is a warning only: the suite is
# left out and does not change the exit status.
#
# Environment: MATRIX_CACHE, MATRIX_MIRROR (default http://deb.debian.org/debian),
# MATRIX_SECURITY_MIRROR (default http://deb.debian.org/debian-security),
# MATRIX_TIMEOUT (per suite for `make test`, default 45m).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${MATRIX_CACHE:-/var/cache/sozialplanung-matrix}
MIRROR=${MATRIX_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${MATRIX_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
TEST_TIMEOUT=${MATRIX_TIMEOUT:-45m}
CI_MODE=false
REBUILD=${MATRIX_REBUILD:-}
WITH_UNTRACKED=false
SUITES=()

for arg in "$@"; do
    case "$arg" in
        --ci) CI_MODE=true ;;
        --rebuild) REBUILD=1 ;;
        --with-untracked) WITH_UNTRACKED=true ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "test_matrix.sh: unknown option $arg" >&2; exit 64 ;;
        *) SUITES+=("$arg") ;;
    esac
done
[ ${#SUITES[@]} -gt 0 ] || SUITES=(trixie sid)

if [ "$(id -u)" != 0 ]; then
    echo "test_matrix.sh: must run as root (debootstrap, chroot, mount): try sudo" >&2
    exit 64
fi

say() { printf '\n== %s\n' "$*"; }
warn() { printf '\n!! WARNING: %s\n' "$*" >&2; }
minutes() { awk -v s="$1" 'BEGIN { printf "%.1f", s / 60 }'; }

# ------------------------------------------------------------------ clean-up
ACTIVE_ROOT=""      # the chroot whose mounts and processes the clean-up handles

# processes whose root directory is the chroot (started by this script inside it)
chroot_pids() {
    local root=$1 p link
    for p in /proc/[0-9]*; do
        link=$(readlink "$p/root" 2>/dev/null) || continue
        if [ "$link" = "$root" ]; then echo "${p#/proc/}"; fi
    done
}

end_chroot_processes() {
    local root=$1 pids sig
    for sig in TERM KILL; do
        pids=$(chroot_pids "$root")
        [ -n "$pids" ] || return 0
        # shellcheck disable=SC2086
        kill -s "$sig" $pids 2>/dev/null || true
        sleep 2
    done
}

# mount points at or below $1, the last mounted first
mounts_under() {
    awk -v r="$1" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | tac
}

unmount_all() {
    local root=$1 m
    for m in $(mounts_under "$root"); do
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done
    if [ -n "$(mounts_under "$root")" ]; then
        echo "test_matrix.sh: could not unmount: $(mounts_under "$root" | tr '\n' ' ')" >&2
        return 1
    fi
}

# shellcheck disable=SC2317  # (called by the trap)
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [ -n "$ACTIVE_ROOT" ]; then
        end_chroot_processes "$ACTIVE_ROOT"
        unmount_all "$ACTIVE_ROOT" || status=1
        ACTIVE_ROOT=""
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'echo "test_matrix.sh: interrupted" >&2; exit 130' INT
trap 'echo "test_matrix.sh: terminated" >&2; exit 143' TERM

# runs "$@" in the background and waits, so that INT/TERM reach the traps at once
run_waiting() {
    "$@" &
    local pid=$!
    wait "$pid"
}

mount_chroot() {
    local root=$1
    ACTIVE_ROOT=$root
    unmount_all "$root"
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    mkdir -p "$root/dev/shm"
    if mountpoint -q /dev/shm; then mount --bind /dev/shm "$root/dev/shm"; fi
    mount --bind /sys "$root/sys"
}

release_chroot() {
    local root=$1
    end_chroot_processes "$root"
    unmount_all "$root"
    ACTIVE_ROOT=""
}

# ------------------------------------------------------------------ the chroot
# A download failure, told apart from other failures by what apt, debootstrap and pip print.
DOWNLOAD_ERRORS='Failed to fetch|Unable to fetch|Could not resolve|Temporary failure resolving|Could not connect|Connection refused|Connection timed out|Network is unreachable|Failed getting release file|Couldn.t download|Hash Sum mismatch|NewConnectionError|ConnectTimeoutError|ReadTimeoutError|Max retries exceeded|Could not fetch URL|Connection reset by peer'

is_download_failure() { grep -Eq "$DOWNLOAD_ERRORS" "$1"; }

apt_sources() {
    local suite=$1
    case "$suite" in
        sid|unstable|experimental)
            echo "deb $MIRROR $suite main" ;;
        *)
            echo "deb $MIRROR $suite main"
            echo "deb $MIRROR $suite-updates main"
            echo "deb $SECURITY_MIRROR $suite-security main" ;;
    esac
}

# configuration that the host provides and that may change between runs: written on every run
host_config() {
    local root=$1
    rm -f "$root/etc/resolv.conf"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    [ -s "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
    # pip and the tests' downloads trust what the host trusts (its CA bundle may hold local CAs).
    # A copy outside /etc/ssl/certs, which ca-certificates regenerates, plus one in the usual place.
    if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
        cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/host-ca-bundle.crt"
        mkdir -p "$root/etc/ssl/certs"
        cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
    fi
    # The host's pip settings (index, certificate). /etc/xdg/pip/pip.conf is left out on purpose: it only
    # caps torch/torchvision at releases on the host's disk, which neither the tests nor the chroot use.
    if [ -f /etc/pip.conf ]; then cp /etc/pip.conf "$root/etc/pip.conf"; fi
}

# the command line that runs a bash command in the chroot, as root, with a clean environment
chroot_command() {
    local root=$1
    CHROOT_CMD=(chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}"
                PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1)
    if [ -f "$root/etc/ssl/host-ca-bundle.crt" ]; then
        CHROOT_CMD+=(PIP_CERT=/etc/ssl/host-ca-bundle.crt REQUESTS_CA_BUNDLE=/etc/ssl/host-ca-bundle.crt
                     SSL_CERT_FILE=/etc/ssl/host-ca-bundle.crt)
    fi
    CHROOT_CMD+=(/bin/bash -c)
}

in_chroot() {
    local root=$1; shift
    chroot_command "$root"
    "${CHROOT_CMD[@]}" "$*"
}

# the tracked files of the working tree (deleted ones left out), optionally the untracked ones too
repo_files() {
    local listing=(git -C "$REPO" ls-files -z --cached)
    if $WITH_UNTRACKED; then listing+=(--others --exclude-standard); fi
    "${listing[@]}" | while IFS= read -r -d '' f; do
        if [ -e "$REPO/$f" ] || [ -L "$REPO/$f" ]; then printf '%s\0' "$f"; fi
    done | sort -zu
}

copy_tree() {
    local root=$1 dest=$1/work/main
    mkdir -p "$dest"
    # everything from the last run goes, but the virtualenv (rebuilt by make deps when its inputs change)
    find "$dest" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf --one-file-system {} +
    repo_files | tar -C "$REPO" --null -T - -cf - | tar -C "$dest" -xpf -
    rm -rf --one-file-system "$root/work/shared"
    if [ -d "$REPO/../shared" ]; then cp -a "$REPO/../shared" "$root/work/shared"; fi
}

# builds the chroot unless a complete one is cached; returns 0, 10 (download failed) or 11 (other failure)
build_chroot() {
    local suite=$1 dir=$CACHE/$1 root=$CACHE/$1/root log=$CACHE/$1/build.log
    if [ -f "$dir/complete" ] && [ -z "$REBUILD" ]; then
        echo "chroot for $suite: cached in $root (built $(cat "$dir/complete"))"
        return 0
    fi
    say "building the $suite chroot in $root (log: $log)"
    mkdir -p "$dir"
    rm -f "$dir/complete"
    ACTIVE_ROOT=$root
    unmount_all "$root"
    if [ -n "$(mounts_under "$root")" ]; then
        echo "test_matrix.sh: $root still has mounts, not removing it" >&2
        return 11
    fi
    rm -rf --one-file-system "$root"
    : >"$log"
    echo "debootstrap $suite ..."
    # debootstrap does not look at Valid-Until, so sid's stale Release file (as this clock sees it) passes
    if ! run_waiting debootstrap --variant=minbase --include=make,ca-certificates \
            "$suite" "$root" "$MIRROR" >>"$log" 2>&1; then
        tail -n 20 "$log" >&2
        if is_download_failure "$log" || is_download_failure "$root/debootstrap/debootstrap.log" 2>/dev/null; then
            return 10
        fi
        return 11
    fi
    apt_sources "$suite" >"$root/etc/apt/sources.list"
    cat >"$root/etc/apt/apt.conf.d/90sozialplanung-matrix" <<'EOF'
// sid's Release file is older than its Valid-Until as this machine's clock sees it
Acquire::Check-Valid-Until "false";
Acquire::Retries "3";
APT::Install-Recommends "false";
EOF
    # no documentation: a smaller, faster chroot
    cat >"$root/etc/dpkg/dpkg.cfg.d/90sozialplanung-matrix" <<'EOF'
path-exclude=/usr/share/doc/*
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
EOF
    # no service may start inside the chroot during installs
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    [ -s "$root/etc/machine-id" ] || od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$root/etc/machine-id"
    host_config "$root"
    mount_chroot "$root"
    copy_tree "$root"
    echo "make deps in the $suite chroot ..."
    if ! run_waiting in_chroot "$root" "cd /work/main && make deps" >>"$log" 2>&1; then
        tail -n 30 "$log" >&2
        release_chroot "$root"
        if is_download_failure "$log"; then return 10; fi
        return 11
    fi
    in_chroot "$root" "apt-get clean" >>"$log" 2>&1     # the downloaded .debs: 0.5-0.6 GB
    release_chroot "$root"
    date -u '+%Y-%m-%d %H:%M UTC' >"$dir/complete"
    return 0
}

# ------------------------------------------------------------------ the runs
# "N <word>" from pytest's closing line, e.g. count passed "== 3 failed, 460 passed in 9.1s =="
count() { sed -n "s/.*[^0-9]\([0-9][0-9]*\) $1.*/\1/p" <<<"$2" | head -n 1; }

declare -A RESULT=()
status=0
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
if ! flock -n 9; then
    echo "test_matrix.sh: another test-matrix run holds $CACHE/.lock" >&2
    exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    echo "installing debootstrap ..."
    if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null 2>&1 ||
           { apt-get update -q >/dev/null 2>&1 &&
             DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null; }; }; then
        warn "debootstrap could not be installed (download failed?): no chroot can be built"
        for suite in "${SUITES[@]}"; do RESULT[$suite]="NOT TESTED: debootstrap could not be installed"; done
        $CI_MODE || status=2
    fi
fi

for suite in "${SUITES[@]}"; do
    [ -z "${RESULT[$suite]:-}" ] || continue
    root=$CACHE/$suite/root
    start=$SECONDS
    build_status=0
    build_chroot "$suite" || build_status=$?
    build_s=$((SECONDS - start))
    if [ "$build_status" = 10 ]; then
        warn "the $suite chroot could not be built: a download failed (log: $CACHE/$suite/build.log)." \
             "QGIS on $suite is NOT tested in this run."
        RESULT[$suite]="NOT TESTED: chroot not built, a download failed"
        $CI_MODE || status=2
        continue
    elif [ "$build_status" != 0 ]; then
        echo "!! the $suite chroot could not be built (log: $CACHE/$suite/build.log)" >&2
        RESULT[$suite]="FAILED: chroot not built (see $CACHE/$suite/build.log)"
        status=1
        continue
    fi
    built="chroot cached"
    [ "$build_s" -lt 5 ] || built="chroot built in $(minutes "$build_s") min"

    # refresh: host settings, the working tree, and whatever `make deps` now wants (maybe downloads);
    # /tmp starts empty, as after a boot (the last run's pytest folders and profiles)
    find "$root/tmp" -xdev -mindepth 1 -delete
    host_config "$root"
    mount_chroot "$root"
    copy_tree "$root"
    deps_log=$CACHE/$suite/deps.log
    start=$SECONDS
    if ! run_waiting in_chroot "$root" "cd /work/main && make deps" >"$deps_log" 2>&1; then
        tail -n 30 "$deps_log" >&2
        release_chroot "$root"
        if is_download_failure "$deps_log"; then
            warn "make deps failed in the $suite chroot: a download failed (log: $deps_log)." \
                 "QGIS on $suite is NOT tested in this run."
            RESULT[$suite]="NOT TESTED: make deps could not download"
            $CI_MODE || status=2
        else
            RESULT[$suite]="FAILED: make deps failed (see $deps_log)"
            status=1
        fi
        continue
    fi
    qgis_version=$(in_chroot "$root" "dpkg-query -W -f='\${Version}' qgis" | sed 's/[+~-].*//')
    say "QGIS $qgis_version (Debian $suite): make test"
    test_log=$CACHE/$suite/test.log
    test_status=0
    chroot_command "$root"
    # shellcheck disable=SC2016
    run_waiting bash -c 'set -o pipefail; "${@:2}" 2>&1 | tee "$1"' tee_to "$test_log" \
        timeout -k 60 "$TEST_TIMEOUT" "${CHROOT_CMD[@]}" "cd /work/main && make test" || test_status=$?
    test_s=$((SECONDS - start))
    release_chroot "$root"
    summary=$(grep -E '^=+ .*(passed|failed|error|no tests ran).* in [0-9.]+s' "$test_log" | tail -n 1 || true)
    passed=$(count passed "$summary"); failed=$(count failed "$summary")
    errors=$(count error "$summary"); skipped=$(count skipped "$summary")
    line="${passed:-0} passed, ${failed:-0} failed, ${errors:-0} errors, ${skipped:-0} skipped"
    line="$line; $(minutes "$test_s") min for make deps + make test ($built)"
    if [ "$test_status" = 124 ] || [ "$test_status" = 137 ]; then
        RESULT[$suite]="QGIS $qgis_version: FAILED, make test timed out after $TEST_TIMEOUT ($line)"
        status=1
    elif [ "$test_status" != 0 ] || [ -z "$summary" ]; then
        RESULT[$suite]="QGIS $qgis_version: FAILED (make test exit $test_status): $line"
        status=1
    else
        RESULT[$suite]="QGIS $qgis_version: $line"
    fi
done

say "test matrix"
for suite in "${SUITES[@]}"; do
    printf '%-8s %s\n' "$suite" "${RESULT[$suite]}"
done
exit "$status"
