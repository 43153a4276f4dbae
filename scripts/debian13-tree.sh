#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds (or reuses) a Debian 13 root tree for CI lane B and prints its path on stdout.
#   debian13-tree.sh [PACKAGE_LIST]
# The default list (debian13-packages.txt) gives Qt 6.8 with KF6 SyntaxHighlighting for building
# and testing; debian13-clean-packages.txt gives a bare system to install our .debs into.
# Trees are cached outside the clone, keyed by the package list, so a second run reuses them.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
packages_file=${1:-$here/debian13-packages.txt}
name=$(basename "$packages_file" .txt)
cache_root=${SMEC_TREE_CACHE:-/var/cache/smecommunity-ci}
mirror=${SMEC_DEBIAN_MIRROR:-http://deb.debian.org/debian}

key=$( (cat "$packages_file"; echo "$mirror") | sha256sum | cut -c1-16)
tree="$cache_root/$name-$key"

if [ -f "$tree/.complete" ]; then
    echo "Reusing Debian 13 tree $tree" >&2
    echo "$tree"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "Building the Debian 13 tree needs root (debootstrap, chroot)." >&2
    exit 1
fi

command -v debootstrap >/dev/null || {
    echo "Installing debootstrap" >&2
    apt-get install -y -qq debootstrap >&2
}

rm -rf "$tree.partial"
mkdir -p "$cache_root"
echo "Building Debian 13 tree in $tree (a few minutes)" >&2
debootstrap --variant=minbase trixie "$tree.partial" "$mirror" >&2

mapfile -t pkgs < <(grep -v '^\s*#' "$packages_file" | grep -v '^\s*$' || true)
if [ "${#pkgs[@]}" -gt 0 ]; then
    chroot "$tree.partial" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    chroot "$tree.partial" /usr/bin/env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >&2
fi
chroot "$tree.partial" apt-get clean >&2
touch "$tree.partial/.complete"
# Trees for older package lists are never used again.
find "$cache_root" -maxdepth 1 -name "$name-*" ! -name "$name-$key*" -exec rm -rf {} + 2>/dev/null || true
rm -rf "$tree"
mv "$tree.partial" "$tree"
echo "$tree"
