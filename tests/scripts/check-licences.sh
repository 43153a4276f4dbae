#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks that every file of the source tree says its copyright and licence (REUSE):
#  1. every C++, CMake and shell file carries both SPDX header lines near its top, so that a
#     broad .reuse/dep5 pattern cannot stand in for a missing header (needs nothing installed);
#  2. `reuse lint` passes over the files git knows (tracked, plus new files not ignored), copied
#     to a temporary folder so that build trees and a VCS reuse cannot read do not matter.
# Fails, never skips, when reuse is missing: scripts/install-deps.sh installs it.
#   check-licences.sh SOURCE_DIR
set -euo pipefail
src=$(cd "${1:?usage: check-licences.sh SOURCE_DIR}" && pwd)
cd "$src"

# The tags are spelt in two halves so that reuse does not read this script's own patterns.
copyright_tag="SPDX-FileCopyright""Text:"
licence_tag="SPDX-License-""Identifier:"

files=()
if list=$(git -c safe.directory='*' ls-files -z --cached --others --exclude-standard 2>/dev/null |
          tr '\0' '\n'); then
    while IFS= read -r f; do
        [ -f "$f" ] && files+=("$f")
    done <<<"$list"
fi
if [ "${#files[@]}" -eq 0 ]; then
    # Not a git checkout (or git cannot read it here): every file outside build trees.
    echo "check-licences: no git file list; checking every file outside build trees" >&2
    while IFS= read -r -d '' f; do
        files+=("${f#./}")
    done < <(find . \( -name .git -o -name 'build' -o -name 'build-*' -o -name .cache \) -prune \
                  -o -type f -print0)
fi
echo "check-licences: ${#files[@]} files"

status=0
missing=0
for f in "${files[@]}"; do
    case "$f" in
        *.cpp | *.h | *.sh | *.cmake | *.py | */CMakeLists.txt | CMakeLists.txt | .ci/run) ;;
        *) continue ;;
    esac
    top=$(head -n 6 -- "$f")
    if [[ $top != *"$copyright_tag"* || $top != *"$licence_tag"* ]]; then
        echo "check-licences: $f has no SPDX copyright and licence header in its first lines" >&2
        missing=$((missing + 1))
    fi
done
if [ "$missing" -gt 0 ]; then
    echo "check-licences: $missing source files without a licence header; start each with" >&2
    echo "    // $copyright_tag 2026 SME Community contributors" >&2
    echo "    // $licence_tag GPL-3.0-or-later" >&2
    echo "(# instead of // in shell and CMake files, after the #! line)" >&2
    status=1
else
    echo "check-licences: every source, script and CMake file has a licence header"
fi

if ! command -v reuse >/dev/null; then
    echo "check-licences: FAIL: reuse is not installed (Debian package reuse;" \
         "scripts/install-deps.sh installs it), so REUSE compliance was not checked" >&2
    exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/smec-licences.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
printf '%s\0' "${files[@]}" | tar --null -T - -cf - | tar -xf - -C "$tmp"
if reuse --root "$tmp" lint >"$tmp.log" 2>&1; then
    tail -n 3 "$tmp.log"
else
    sed "s|$tmp/||g" "$tmp.log" >&2
    echo "check-licences: reuse lint failed: give the files above an SPDX header, or list" \
         "those that cannot carry one in .reuse/dep5" >&2
    status=1
fi
rm -f "$tmp.log"
exit "$status"
