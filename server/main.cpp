// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// smecommunity-server: the sync server of the Global SME Ministerial Community Platform.
#include "server/servercommandline.h"
#include "server/serverlog.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smecommunity-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMEC_VERSION));
    smec::server::installServerMessagePattern();
    smec::server::ServerCommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
