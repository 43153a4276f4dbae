#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs every Debian/Ubuntu package SME Community needs to build, run and test.
# Supports Debian 12 (Qt 6.4), Debian 13 (Qt 6.8 + KF6) and Ubuntu 24.04. Uses sudo when not root.
# Installs only what is missing, so a second run is quick.
set -euo pipefail

if [ ! -r /etc/os-release ]; then
    echo "install-deps: cannot tell which system this is (no /etc/os-release)." >&2
    exit 1
fi
. /etc/os-release
case "${ID}:${VERSION_ID:-}" in
    debian:12|debian:13|ubuntu:24.04) ;;
    debian:*) echo "install-deps: Debian ${VERSION_ID:-testing} is untested; trying anyway." >&2 ;;
    *) echo "install-deps: ${PRETTY_NAME:-this system} is not supported by this script;" \
            "install Qt >= 6.4, QtKeychain, libsodium and PostgreSQL yourself (see README)." >&2
       exit 1 ;;
esac

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git ca-certificates file
    # Qt 6 and libraries
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql
    libsqlite3-dev
    qtkeychain-qt6-dev libsodium-dev zlib1g-dev libzstd-dev libgl-dev
    # header-only line diff (dtl) for the three-way text merge
    libdtl-dev
    # running and testing: PostgreSQL, a display, a keyring, certificates; fonts-noto-cjk draws
    # Chinese in the window and embeds it in PDF exports
    postgresql xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools procps util-linux
    python3 openssl curl imagemagick fonts-dejavu-core fonts-noto-cjk nginx
    # packaging checks
    dpkg-dev appstream desktop-file-utils
    # licence check (REUSE): tests/scripts/check-licences.sh
    reuse
    # format check: scripts/check-format.sh (run by .ci/run in lane A)
    clang-format
)
# Qt Charts' CMake package needs Qt6OpenGL's: a package of its own in Debian 12 and Ubuntu
# 24.04, part of qt6-base-dev from Debian 13 on.
case "${ID}:${VERSION_ID:-}" in
    debian:12|ubuntu:24.04) packages+=(libqt6opengl6-dev) ;;
esac
optional=(libkf6syntaxhighlighting-dev clang libclang-rt-dev libclang-rt-14-dev)

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo." >&2; exit 1; }
    sudo=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done

updated=0
apt_update() {
    if [ "$updated" -eq 0 ]; then
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        updated=1
    fi
}

if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}" >&2
    apt_update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >&2
fi

for p in "${optional[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" && continue
    apt_update
    if apt-cache show "$p" >/dev/null 2>&1; then
        echo "install-deps: installing optional $p" >&2
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends "$p" >&2 || echo "install-deps: optional $p failed" >&2
    else
        echo "install-deps: optional $p is not available on ${PRETTY_NAME}" >&2
    fi
done
echo "install-deps: all packages present on ${PRETTY_NAME}" >&2
