// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace smec::test {

/// Absolute path of a file in the source tree (`tests/data/...`), from SMEC_SOURCE_DIR.
QString sourcePath(const QString &relative);
/// Absolute path of a file in the build tree (executables), from SMEC_BINARY_DIR.
QString binaryPath(const QString &relative);
/// For programs in BUILD/tests/DIR/ run by hand (benchmarks): unless SMEC_BINARY_DIR is set,
/// points binaryPath() at BUILD, found from the running program's folder.
void useBuildRootOfThisProgram();
/// The throwaway PostgreSQL URL exported by with-postgres.sh, or empty when there is none.
QString postgresUrl();

} // namespace smec::test
