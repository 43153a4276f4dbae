#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs what is missing, builds, and runs the whole test suite.
#   scripts/run-tests.sh [--preset dev|release|ci-asan|ci-release] [--no-install] [-- ctest args]
# Tests start what they need themselves: a throwaway PostgreSQL cluster, a private D-Bus session
# with an unlocked gnome-keyring, and the offscreen Qt platform for GUI tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset=dev
install=1
while [ $# -gt 0 ]; do
    case "$1" in
        --preset) preset=$2; shift 2 ;;
        --no-install) install=0; shift ;;
        --) shift; break ;;
        *) echo "run-tests: unknown option $1" >&2; exit 2 ;;
    esac
done

[ "$install" -eq 1 ] && bash scripts/install-deps.sh
jobs=$(nproc)
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs" --timeout 900 "$@"
