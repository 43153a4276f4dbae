// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverurlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace smec::sync {

namespace {
Error invalid(const char *message)
{
    return Error{
        u"invalid_server_url"_s, QCoreApplication::translate("ServerUrlPolicy", message), {}};
}
} // namespace

bool ServerUrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> ServerUrlPolicy::normalise(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ServerUrlPolicy", "Enter the address of the server."));
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ServerUrlPolicy",
                                         "This is not a valid server address. Use the form "
                                         "https://community.example.org."));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return invalid(
            QT_TRANSLATE_NOOP("ServerUrlPolicy", "Only https:// server addresses are supported."));
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return invalid(QT_TRANSLATE_NOOP(
            "ServerUrlPolicy",
            "Unencrypted http:// is only allowed to this computer (localhost). Use https://."));
    if (!url.userInfo().isEmpty())
        return invalid(QT_TRANSLATE_NOOP(
            "ServerUrlPolicy", "Leave the user name and password out of the server address."));

    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace smec::sync
