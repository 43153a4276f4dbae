#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks that every C++ file git knows is formatted as the root .clang-format says, and lists
# the files that are not, with the command that fixes them. Run by .ci/run in lane A.
# The reference is Debian 12's clang-format 14: other major versions break some lines
# differently, so with another one the differences may be the version's, not the code's.
#   scripts/check-format.sh [CLANG_FORMAT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

clang_format=${1:-${CLANG_FORMAT:-clang-format}}
if ! command -v "$clang_format" >/dev/null; then
    echo "check-format: $clang_format is not installed (scripts/install-deps.sh installs it)." >&2
    exit 1
fi
version=$("$clang_format" --version)
echo "check-format: $version"
case "$version" in
    *"version 14."*) ;;
    *) echo "check-format: the reference is clang-format 14 (Debian 12);" \
            "differences may come from this version." >&2 ;;
esac

files=()
while IFS= read -r -d '' f; do
    [ -f "$f" ] && files+=("$f")
done < <(git -c safe.directory='*' ls-files -z --cached --others --exclude-standard \
             -- '*.cpp' '*.h')
if [ "${#files[@]}" -eq 0 ]; then
    echo "check-format: git lists no C++ files here; run it from a clone." >&2
    exit 1
fi

unformatted=()
for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run -Werror --style=file "$f" >/dev/null 2>&1; then
        unformatted+=("$f")
    fi
done

if [ "${#unformatted[@]}" -gt 0 ]; then
    echo "check-format: ${#unformatted[@]} of ${#files[@]} files are not formatted:"
    printf '  %s\n' "${unformatted[@]}"
    echo "check-format: fix them with: clang-format -i ${unformatted[*]}"
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
