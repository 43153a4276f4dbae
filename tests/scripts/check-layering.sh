#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks the layering of docs/architecture.md on every #include of the source tree:
#   domain <- protocol <- replica <- sync, models <- export <- cli, desktop
#   server beside the client: domain, protocol (and datagen, for its demo data)
#   datagen (synthetic data) uses domain; only the server, the desktop and tests may use it
# A file may include its own folder's headers by name, another layer's only as "layer/file.h"
# and only when its layer may use that one; a header found by name only in another folder
# (reached through someone else's include directory) is a violation too. tests/ may use all.
# Prints each violation as FILE:LINE: message and fails if there is any.
#   check-layering.sh SOURCE_DIR
set -euo pipefail
src=$(cd "${1:?usage: check-layering.sh SOURCE_DIR}" && pwd)
cd "$src"

declare -A folder_layer=(
    [lib/domain]=domain [lib/protocol]=protocol [lib/replica]=replica [lib/sync]=sync
    [lib/models]=models [lib/export]=export [lib/datagen]=datagen
    [app/cli]=cli [app/desktop]=desktop [server]=server
)
declare -A may_use=(
    [domain]=""
    [protocol]="domain"
    [replica]="domain protocol"
    [sync]="domain protocol replica"
    [models]="domain protocol replica"
    [export]="domain protocol replica sync models"
    [datagen]="domain"
    [cli]="domain protocol replica sync models export"
    [desktop]="domain protocol replica sync models export datagen"
    [server]="domain protocol datagen server"
)
# The folder each "prefix/" of an include names.
declare -A prefix_layer=(
    [domain]=domain [protocol]=protocol [replica]=replica [sync]=sync [models]=models
    [export]=export [datagen]=datagen [server]=server
)

layer_of() { # the layer of a source file, empty outside the layered folders
    local f=$1 folder
    for folder in "${!folder_layer[@]}"; do
        if [[ $f == "$folder"/* ]]; then
            echo "${folder_layer[$folder]}"
            return
        fi
    done
}

# Every header of the layered folders by file name, to find where an unprefixed include lands.
declare -A header_folders=()
while IFS= read -r -d '' h; do
    name=${h##*/}
    header_folders[$name]+="${h%/*} "
done < <(find lib app server -name '*.h' -print0)

violations=0
report() {
    echo "$*"
    violations=$((violations + 1))
}

checked=0
while IFS= read -r -d '' file; do
    layer=$(layer_of "$file")
    [ -n "$layer" ] || continue
    checked=$((checked + 1))
    dir=${file%/*}
    while IFS=: read -r line header; do
        if [[ $header == */* ]]; then
            prefix=${header%%/*}
            target=${prefix_layer[$prefix]:-}
            if [ -z "$target" ]; then
                [ -f "$dir/$header" ] && continue # a subfolder of its own
                report "$file:$line: \"$header\" is not in a layer's folder"
                continue
            fi
            [ "$target" = "$layer" ] && continue
            if [[ " ${may_use[$layer]} " != *" $target "* ]]; then
                report "$file:$line: $layer may not include $target (\"$header\")"
            fi
        else
            [ -f "$dir/$header" ] && continue
            folders=${header_folders[$header]:-}
            [ -n "$folders" ] || continue # generated (ui_*.h, *.moc) or from a package
            report "$file:$line: \"$header\" is in ${folders% } and reached through another" \
                "target's include directory; include it as \"layer/$header\" from a layer $layer may use"
        fi
    done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" |
             sed -E 's/^([0-9]+):[^"]*"([^"]+)".*/\1:\2/')
done < <(find lib app server \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)

echo "check-layering: $checked files, $violations violations"
[ "$violations" -eq 0 ]
