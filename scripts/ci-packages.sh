#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs the built .deb packages into a clean Debian 13 tree with apt (so a missing dependency
# fails), then uses them as an administrator would: versions, the installed server on loopback,
# and a sign-in with the installed CLI.
#   scripts/ci-packages.sh DEB_DIR        (as root)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ "${1:-}" = --inside ]; then
    # ---- runs inside the clean tree ------------------------------------------------------
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends /debs/smecommunity_*.deb \
        /debs/smecommunity-server_*.deb
    echo "installed: $(dpkg-query -W -f='${Package} ${Version}, ' smecommunity smecommunity-server)"
    QT_QPA_PLATFORM=offscreen smecommunity --version
    smecommunity-cli --version
    smecommunity-server --version
    test -f /usr/share/applications/org.smecommunity.SMECommunity.desktop
    test -f /usr/share/metainfo/org.smecommunity.SMECommunity.metainfo.xml
    test -f /lib/systemd/system/smecommunity-server.service
    test -f /etc/smecommunity/server.conf
    # Both packages say their licence in the machine-readable (DEP-5) copyright file.
    for pkg in smecommunity smecommunity-server; do
        grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
            "/usr/share/doc/$pkg/copyright"
        grep -q '^License: GPL-3.0-or-later' "/usr/share/doc/$pkg/copyright"
    done
    smecommunity-cli --version | grep -q 'GPL-3.0-or-later'
    smecommunity-server --version | grep -q 'GPL-3.0-or-later'
    grep -q '<project_license>GPL-3.0-or-later</project_license>' \
        /usr/share/metainfo/org.smecommunity.SMECommunity.metainfo.xml

    db=sqlite:/tmp/smec-pkg/server.sqlite
    mkdir -p /tmp/smec-pkg
    printf 'package-check-pw' | smecommunity-server user add --database "$db" --username admin \
        --role admin --display-name "Package check" --password-stdin
    port=18471
    smecommunity-server serve --database "$db" --listen "127.0.0.1:$port" --insecure-http \
        >/tmp/smec-pkg/server.log 2>&1 &
    server=$!
    trap 'kill "$server" 2>/dev/null || true' EXIT
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        sleep 0.1
    done
    printf 'package-check-pw' | smecommunity-cli --profile /tmp/smec-pkg/profile login \
        --server "http://127.0.0.1:$port" --username admin --password-stdin --token-file
    smecommunity-cli --profile /tmp/smec-pkg/profile sync
    smecommunity-cli --profile /tmp/smec-pkg/profile status --json
    kill -TERM "$server"
    wait "$server"
    echo "packages: installed with apt, server started, CLI signed in"
    exit 0
fi

debdir=$(cd "${1:?usage: ci-packages.sh DEB_DIR}" && pwd)
ls "$debdir"/smecommunity_*.deb "$debdir"/smecommunity-server_*.deb >/dev/null
clean=$(bash "$here/debian13-tree.sh" "$here/debian13-clean-packages.txt")
work=$(mktemp -d /var/tmp/smec-pkgcheck.XXXXXX)
mounts=()
cleanup() {
    for m in "${mounts[@]}"; do umount -l "$m" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
cp -a "$clean/." "$work/"
cp /etc/resolv.conf "$work/etc/resolv.conf"
mkdir -p "$work/debs" "$work/check"
cp "$debdir"/smecommunity_*.deb "$debdir"/smecommunity-server_*.deb "$work/debs/"
cp "$here/ci-packages.sh" "$work/check/"
mount -t proc proc "$work/proc"; mounts=("$work/proc" "${mounts[@]}")
mount --bind /dev "$work/dev"; mounts=("$work/dev" "${mounts[@]}")
mount -t tmpfs -o mode=1777 tmpfs "$work/dev/shm"; mounts=("$work/dev/shm" "${mounts[@]}")
chroot "$work" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    bash /check/ci-packages.sh --inside
