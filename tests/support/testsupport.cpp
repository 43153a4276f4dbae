// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace smec::test {

namespace {
QString fromEnv(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}
} // namespace

QString sourcePath(const QString &relative)
{
    return QDir(fromEnv("SMEC_SOURCE_DIR", QDir::currentPath())).absoluteFilePath(relative);
}

QString binaryPath(const QString &relative)
{
    return QDir(fromEnv("SMEC_BINARY_DIR", QDir::currentPath())).absoluteFilePath(relative);
}

void useBuildRootOfThisProgram()
{
    if (qEnvironmentVariableIsEmpty("SMEC_BINARY_DIR"))
        qputenv("SMEC_BINARY_DIR", QDir(QCoreApplication::applicationDirPath() + u"/../.."_s)
                                       .absolutePath()
                                       .toLocal8Bit());
}

QString postgresUrl()
{
    return qEnvironmentVariable("SMEC_TEST_PG_URL");
}

} // namespace smec::test
