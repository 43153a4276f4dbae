// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cliio.h"

#include "domain/referencedata.h"
#include "domain/user.h"
#include "protocol/errorcodes.h"
#include "replica/replica.h"
#include "sync/profile.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smec::cli {

Context::Context(const QString &profileDir)
    : m_dir(profileDir)
{}

Context::~Context() = default;

sync::Profile &Context::profile()
{
    if (!m_profile)
        m_profile = std::make_unique<sync::Profile>(m_dir);
    return *m_profile;
}

replica::Replica *Context::replica()
{
    if (m_replica)
        return m_replica.get();
    auto replica = std::make_unique<replica::Replica>();
    const domain::ReferenceData &reference = domain::ReferenceData::embedded();
    replica->setRegionResolver([&reference](const QString &c) { return reference.regionOf(c); });
    const QString path = profile().replicaPath();
    if (auto opened = replica->open(path, u"smec-cli"_s); !opened) {
        message(tr("Cannot open the local database %1: %2").arg(path, opened.error().message));
        return nullptr;
    }
    m_replica = std::move(replica);
    return m_replica.get();
}

bool Context::signedIn()
{
    return profile().hasServer();
}

domain::User Context::user()
{
    domain::User user = profile().domainUser();
    if (user.id.isEmpty() || !signedIn()) {
        // Never signed in: the offline author of local drafts, as in the desktop app.
        user.id = u"local"_s;
        user.role = domain::Role::Delegate;
    }
    return user;
}

void Context::message(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Context::out(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Context::printJson(const QJsonValue &document)
{
    QByteArray bytes;
    if (document.isArray())
        bytes = QJsonDocument(document.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(document.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool Context::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool Context::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

int exitCodeFor(const QString &code)
{
    static const QHash<QString, int> codes{
        {u"network"_s, ExitUnreachable},
        {u"timeout"_s, ExitUnreachable},
        {protocol::codes::unavailable, ExitUnreachable},
        {protocol::codes::internal, ExitUnreachable},
        {u"tls"_s, ExitUnreachable},
        {u"invalid_response"_s, ExitUnreachable},
        {protocol::codes::unauthenticated, ExitAuth},
        {u"not_signed_in"_s, ExitAuth},
        {protocol::codes::rateLimited, ExitAuth},
        {protocol::codes::forbidden, ExitAuth},
        {protocol::codes::notFound, ExitInvalid},
        {protocol::codes::invalidField, ExitInvalid},
        {u"invalid_input"_s, ExitInvalid},
        {protocol::codes::badRequest, ExitInvalid},
        {u"invalid_server_url"_s, ExitInvalid},
        {u"invalid_filter"_s, ExitInvalid},
        {u"ca_file"_s, ExitInvalid},
        {protocol::codes::resyncRequired, ExitUnreachable},
    };
    if (code.startsWith(u"keychain"_s))
        return ExitAuth;
    return codes.value(code, ExitFailure);
}

int fail(const QString &what, const Error &error)
{
    Context::message(what.isEmpty() ? error.message : u"%1: %2"_s.arg(what, error.message));
    return exitCodeFor(error.code);
}

QJsonValue parseLooseValue(const QString &text)
{
    // Wrapped in an array so that scalars (`2020`, `true`, `"x"`, `null`) parse too.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1 &&
        !text.trimmed().isEmpty())
        return doc.array().first();
    return text;
}

std::optional<QJsonObject> readFieldsFile(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path == u"-"_s)
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        Context::message(Context::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        Context::message(Context::tr("%1 is not valid JSON (at byte %2: %3).")
                             .arg(path)
                             .arg(error.offset)
                             .arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        Context::message(
            Context::tr("%1 must hold one JSON object of fields, like {\"title\": \"...\"}.")
                .arg(path));
        return std::nullopt;
    }
    return doc.object();
}

QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace smec::cli
