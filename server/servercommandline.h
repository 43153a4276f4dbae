// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <cstdio>

namespace smec::server {

class Storage;

/// The `smecommunity-server` command line of DESIGN.md section 4: `serve`, `user add`, `seed`,
/// `--help`, `--version`.
///
/// Exit codes: 0 success; 1 runtime failure; 2 usage error; 3 database unreachable or unusable;
/// 4 cannot serve (TLS material unreadable, address in use, plain HTTP refused).
class ServerCommandLine final
{
public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2, DatabaseError = 3, ServeError = 4 };

    ServerCommandLine(FILE *out = stdout, FILE *err = stderr);

    /// Runs the command in `arguments` (argv, program name first). `serve` runs the event loop
    /// of the existing QCoreApplication until SIGTERM or SIGINT.
    int run(const QStringList &arguments);

    static QString usage();

private:
    int serve(const QStringList &args);
    int userAdd(const QStringList &args);
    int seed(const QStringList &args);
    int seedDemo(Storage &storage);
    int fail(int code, const QString &message);
    void print(FILE *stream, const QString &text);

    FILE *m_out;
    FILE *m_err;
};

} // namespace smec::server
