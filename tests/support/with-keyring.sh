#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# so QtKeychain tests use a real keychain without touching the user's own.
set -euo pipefail

if [ -z "${SMEC_IN_KEYRING_SESSION:-}" ]; then
    export SMEC_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/smec-keyring.XXXXXX")
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the login keyring password from stdin and creates the keyring unlocked.
eval "$(printf 'smec-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
"$@"
