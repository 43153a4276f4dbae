#!/bin/sh
# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the protocol fuzzer with clang (libFuzzer + ASan + UBSan) in its own build directory and
# runs it for a bounded time. Exits non-zero if the build fails or the fuzzer finds anything
# (crash, sanitizer report, contract violation, timeout, out-of-memory); the reproducer is then
# in $BUILD_DIR/fuzz-artifacts/.
#
#   tests/protocol/run-fuzz.sh [SECONDS]        default 60
#
# Environment: SMEC_FUZZ_BUILD_DIR (default build/fuzz under the source tree), SMEC_FUZZ_JOBS
# (parallel compile jobs, default 2), CC/CXX (default clang/clang++).
set -eu

seconds=${1:-60}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${SMEC_FUZZ_BUILD_DIR:-$source_dir/build/fuzz}
jobs=${SMEC_FUZZ_JOBS:-2}

CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_C_COMPILER="${CC:-clang}" -DCMAKE_CXX_COMPILER="${CXX:-clang++}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMEC_FUZZ=ON -DSMEC_WERROR=OFF \
    -DSMEC_BUILD_TESTS=ON -DSMEC_BUILD_BENCHMARKS=OFF
cmake --build "$build_dir" --target fuzz_protocol -j "$jobs"

fuzzer=$(find "$build_dir" -type f -name fuzz_protocol -perm -u+x | head -n 1)
if [ -z "$fuzzer" ]; then
    echo "run-fuzz.sh: fuzz_protocol was not built" >&2
    exit 1
fi

# New inputs go to a scratch corpus; the seed corpus in the source tree stays as committed.
work_corpus=$build_dir/fuzz-corpus
artifacts=$build_dir/fuzz-artifacts
mkdir -p "$work_corpus" "$artifacts"

echo "run-fuzz.sh: fuzzing for ${seconds}s with $fuzzer"
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
"$fuzzer" \
    -max_total_time="$seconds" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -max_len=65536 \
    -print_final_stats=1 \
    -dict="$source_dir/tests/protocol/fuzz_protocol.dict" \
    -artifact_prefix="$artifacts/" \
    "$work_corpus" "$source_dir/tests/protocol/corpus"
echo "run-fuzz.sh: no findings"
