// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demodata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace smec::datagen {

namespace {

struct Section
{
    QString name;
    domain::Kind kind;
    QList<domain::Record> DemoData::*list;
};

Error invalid(const QString &path, const QString &message)
{
    return Error{u"invalid_field"_s, message, path};
}

} // namespace

QString DemoData::resourcePath()
{
    return u":/demo/demo.json"_s;
}

Result<DemoData> DemoData::load()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{u"not_found"_s,
                     tr("The demo data set is missing from this build (%1).").arg(resourcePath()),
                     {}};
    }
    return fromJson(file.readAll());
}

Result<DemoData> DemoData::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{u"invalid_json"_s,
                     tr("The demo data is not a JSON object: %1.").arg(parseError.errorString()),
                     {}};
    }
    const QJsonObject root = document.object();

    const std::array<Section, 6> sections{{
        {u"meetings"_s, domain::Kind::Meeting, &DemoData::m_meetings},
        {u"practices"_s, domain::Kind::Practice, &DemoData::m_practices},
        {u"threads"_s, domain::Kind::Thread, &DemoData::m_threads},
        {u"posts"_s, domain::Kind::Post, &DemoData::m_posts},
        {u"commitments"_s, domain::Kind::Commitment, &DemoData::m_commitments},
        {u"initiatives"_s, domain::Kind::Initiative, &DemoData::m_initiatives},
    }};

    DemoData data;
    QSet<QString> ids;
    for (const Section &section : sections) {
        const QJsonValue listValue = root.value(section.name);
        // Initiatives came later (issue 25): a data set written before them has none.
        if (section.kind == domain::Kind::Initiative && listValue.isUndefined())
            continue;
        if (!listValue.isArray())
            return invalid(section.name, tr("Expected a list of %1.").arg(section.name));
        const QJsonArray list = listValue.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"%1[%2]"_s.arg(section.name).arg(i);
            const QJsonObject element = list.at(i).toObject();
            const QString id = element.value(u"id"_s).toString();
            if (!domain::isCanonicalId(id))
                return invalid(path + u".id"_s, tr("Not a canonical record id: \"%1\".").arg(id));
            if (ids.contains(id))
                return invalid(path + u".id"_s, tr("Duplicate record id %1.").arg(id));
            if (domain::kindFromName(element.value(u"kind"_s).toString()) != section.kind) {
                return invalid(path + u".kind"_s,
                               tr("Expected kind \"%1\" in the list %2.")
                                   .arg(domain::kindName(section.kind), section.name));
            }
            if (!element.value(u"fields"_s).isObject())
                return invalid(path + u".fields"_s, tr("Expected an object of fields."));
            domain::Record record;
            record.id = id;
            record.kind = section.kind;
            record.fields = element.value(u"fields"_s).toObject();
            if (element.contains(u"author"_s)) {
                const QString author = userId(element.value(u"author"_s).toString());
                if (author.isEmpty())
                    return invalid(path + u".author"_s, tr("Not a demo user."));
                record.createdBy = author;
                record.updatedBy = author;
            }
            ids.insert(id);
            (data.*section.list).append(record);
        }
    }

    // Posts must point into the set so that a seeded server shows whole conversations.
    QSet<QString> threadIds;
    for (const domain::Record &thread : std::as_const(data.m_threads))
        threadIds.insert(thread.id);
    QSet<QString> earlierPosts;
    for (qsizetype i = 0; i < data.m_posts.size(); ++i) {
        const domain::Record &post = data.m_posts.at(i);
        const QString path = u"posts[%1].fields"_s.arg(i);
        if (!threadIds.contains(post.fields.value(u"thread_id"_s).toString()))
            return invalid(path + u".thread_id"_s, tr("The thread is not in the demo data."));
        const QJsonValue replyTo = post.fields.value(u"reply_to"_s);
        if (!replyTo.isNull() && !replyTo.isUndefined() &&
            !earlierPosts.contains(replyTo.toString())) {
            return invalid(path + u".reply_to"_s,
                           tr("A reply must follow the post it answers in the demo data."));
        }
        earlierPosts.insert(post.id);
    }
    return data;
}

QList<domain::Record> DemoData::records() const
{
    QList<domain::Record> all;
    all.reserve(m_meetings.size() + m_practices.size() + m_threads.size() + m_posts.size() +
                m_commitments.size() + m_initiatives.size());
    all << m_meetings << m_practices << m_threads << m_posts << m_commitments << m_initiatives;
    return all;
}

QList<DemoUser> DemoData::users()
{
    using domain::Role;
    struct Entry
    {
        QString username;
        QString displayName;
        QString country;
        Role role;
    };
    // Fictional people; the password of each is "<username>-demo-2026" (demo only).
    const std::array<Entry, 6> entries{{
        {u"admin"_s, u"Platform Administrator"_s, {}, Role::Admin},
        {u"sofia"_s, u"Sofia Marchetti"_s, {}, Role::Secretariat},
        {u"amani"_s, u"Amani Wanjiru"_s, u"KEN"_s, Role::Delegate},
        {u"lucia"_s, u"Lucía Hernández"_s, u"MEX"_s, Role::Delegate},
        {u"claire"_s, u"Claire Ndiaye"_s, u"SEN"_s, Role::Delegate},
        {u"omar"_s, u"Omar Haddad"_s, u"JOR"_s, Role::Analyst},
    }};
    QList<DemoUser> users;
    users.reserve(qsizetype(entries.size()));
    for (const Entry &entry : entries) {
        DemoUser demo;
        demo.user.id = userId(entry.username);
        demo.user.username = entry.username;
        demo.user.displayName = entry.displayName;
        demo.user.country = entry.country;
        demo.user.role = entry.role;
        demo.password = entry.username + u"-demo-2026"_s;
        users.append(demo);
    }
    return users;
}

QString DemoData::userId(QStringView username)
{
    static const QSet<QString> known{u"admin"_s, u"sofia"_s,  u"amani"_s,
                                     u"lucia"_s, u"claire"_s, u"omar"_s};
    if (!known.contains(username.toString()))
        return {};
    static const QUuid ns(0x2b7e1516, 0x28ae, 0x5d2a, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf,
                          0x4f);
    return QUuid::createUuidV5(ns, u"demo-user:"_s + username.toString())
        .toString(QUuid::WithoutBraces);
}

} // namespace smec::datagen
