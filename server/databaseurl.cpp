// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databaseurl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace smec::server {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    if (text.startsWith("sqlite:"_L1)) {
        url.backend = Backend::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith("//"_L1)) // sqlite:///abs/path
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return Error{u"bad_request"_s, u"sqlite: URL without a file path"_s, {}};
        return url;
    }
    if (text.startsWith("postgresql://"_L1) || text.startsWith("postgres://"_L1)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return Error{u"bad_request"_s, u"malformed PostgreSQL URL"_s, {}};
        url.backend = Backend::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.database = parsed.path().mid(1);
        if (url.database.isEmpty())
            return Error{u"bad_request"_s, u"PostgreSQL URL without a database name"_s, {}};
        QStringList options;
        const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            options << key + u'=' + value;
        url.options = options.join(u';');
        return url;
    }
    return Error{
        u"bad_request"_s,
        u"unsupported database URL (use sqlite:PATH or postgresql://user:password@host:port/db)"_s,
        {}};
}

QString DatabaseUrl::redacted() const
{
    if (backend == Backend::Sqlite)
        return u"sqlite:"_s + path;
    return u"postgresql://%1%2@%3:%4/%5"_s
        .arg(user, password.isEmpty() ? QString() : u":***"_s, host)
        .arg(port)
        .arg(database);
}

} // namespace smec::server
