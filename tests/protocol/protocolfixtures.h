// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "protocol/messages.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

// Realistic sample messages shared by the protocol tests.
namespace smec::test {

inline QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QChar(u'0'));
}

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

inline domain::Record samplePractice()
{
    domain::Record record;
    record.id = QStringLiteral("3f2b8c1e-5d4a-4e6f-9a1b-2c3d4e5f6a7b");
    record.kind = domain::Kind::Practice;
    record.rev = 42;
    record.createdBy = uuid(1);
    record.updatedBy = uuid(2);
    record.createdAt = utc(2026, 3, 1, 9, 30, 0, 125);
    record.updatedAt = utc(2026, 4, 2, 17, 5, 59, 999);
    const QByteArray fields = R"({
        "title": "Kenya SME credit guarantee scheme \u2014 phase II",
        "summary": "Partial guarantees for first-time borrowers",
        "body": "## Programme\n\n* 60 % guarantee\n* 3 banks\n\n\"Quoted\" \\ back\tslash",
        "country": "KEN",
        "pillars": ["finance", "digital"],
        "instrument": "guarantee",
        "start_year": 2021,
        "budget_usd": 12500000.5,
        "beneficiaries": 18000,
        "sources": [{"title": "Annual report", "url": "https://example.org/r.pdf"}],
        "tags": [],
        "review_note": null,
        "language": "fr",
        "lessons": "Caf\u00e9 \u00e9t\u00e9 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \ud83d\ude00",
        "x_future_field": {"nested": [1, 2.25, true, null, {"deep": "kept"}]}
    })";
    record.fields = QJsonDocument::fromJson(fields).object();
    return record;
}

inline domain::Record sampleTombstone()
{
    domain::Record record;
    record.id = uuid(77);
    record.kind = domain::Kind::Post;
    record.rev = 43;
    record.deleted = true;
    return record;
}

inline domain::Record sampleLocalDraft()
{
    domain::Record record;
    record.id = uuid(78);
    record.kind = domain::Kind::Thread;
    record.rev = 0;
    record.fields = QJsonObject{{QStringLiteral("title"), QStringLiteral("Draft")}};
    return record;
}

inline protocol::Mutation sampleUpsert()
{
    protocol::Mutation mutation;
    mutation.mutationId = uuid(500);
    mutation.op = protocol::MutationOp::Upsert;
    mutation.id = samplePractice().id;
    mutation.kind = domain::Kind::Practice;
    mutation.baseRev = 41;
    mutation.fields = samplePractice().fields;
    return mutation;
}

inline protocol::Mutation sampleDelete()
{
    protocol::Mutation mutation;
    mutation.mutationId = uuid(501);
    mutation.op = protocol::MutationOp::Delete;
    mutation.id = uuid(77);
    mutation.kind = domain::Kind::Post;
    mutation.baseRev = 3;
    return mutation;
}

inline protocol::ChangePage samplePage()
{
    protocol::ChangePage page;
    page.serverId = uuid(9);
    page.changes = {samplePractice(), sampleTombstone()};
    page.cursor = QStringLiteral("eyJyZXYiOjQzfQ==");
    page.more = true;
    return page;
}

// Three revisions of one practice, newest first: a delete, an edit in Arabic, the creation.
inline protocol::RevisionPage sampleRevisionPage()
{
    protocol::RevisionPage page;
    page.id = uuid(1);
    page.kind = domain::Kind::Practice;
    protocol::Revision gone;
    gone.rev = 44;
    gone.updatedBy = uuid(3);
    gone.updatedAt = utc(2026, 3, 2, 10, 0, 0, 5);
    gone.deleted = true;
    protocol::Revision edited;
    edited.rev = 43;
    edited.updatedBy = uuid(2);
    edited.updatedAt = utc(2026, 3, 1, 9, 30, 0, 0);
    edited.fields = QJsonObject{
        {QStringLiteral("title"), QStringLiteral("\u0636\u0645\u0627\u0646\u0627\u062a")},
        {QStringLiteral("status"), QStringLiteral("draft")}};
    protocol::Revision created = edited;
    created.rev = 7;
    created.fields.insert(QStringLiteral("title"), QStringLiteral("Guarantees"));
    page.revisions = {gone, edited, created};
    page.more = true;
    return page;
}

inline protocol::MutationResults sampleResults()
{
    protocol::MutationResult applied;
    applied.mutationId = uuid(500);
    applied.status = protocol::MutationStatus::Applied;
    applied.record = samplePractice();
    protocol::MutationResult conflict;
    conflict.mutationId = uuid(501);
    conflict.status = protocol::MutationStatus::Conflict;
    conflict.record = sampleTombstone();
    protocol::MutationResult rejected;
    rejected.mutationId = uuid(502);
    rejected.status = protocol::MutationStatus::Rejected;
    rejected.error = {QStringLiteral("invalid_field"), QStringLiteral("The title is required."),
                      QStringLiteral("fields.title")};
    protocol::MutationResult forbidden;
    forbidden.mutationId = uuid(503);
    forbidden.status = protocol::MutationStatus::Rejected;
    forbidden.error = {QStringLiteral("forbidden"),
                       QStringLiteral("Delegates cannot publish practices."), QString()};
    return {{applied, conflict, rejected, forbidden}};
}

inline protocol::SessionResponse sampleSession()
{
    protocol::SessionResponse response;
    response.token = QStringLiteral("q3Vd0-_x.Zr~9+/A==");
    response.expiresAt = utc(2026, 12, 1, 0, 0, 0, 0);
    response.user = {uuid(1), QStringLiteral("amina.k"), QStringLiteral("Amina Kamau"),
                     QStringLiteral("KEN"), QStringLiteral("delegate")};
    return response;
}

inline protocol::Reference sampleReference()
{
    protocol::Reference reference;
    reference.countries = QJsonDocument::fromJson(
                              R"([{"alpha3":"KEN","alpha2":"KE","name":"Kenya","region":"Africa",
                                   "sub_region":"Eastern Africa","m49":404}])")
                              .array();
    reference.pillars = QJsonDocument::fromJson(
                            R"([{"id":"digital","name":"Digital transformation"},
                                {"id":"finance","name":"Access to finance"},
                                {"id":"green","name":"Green transition"}])")
                            .array();
    reference.users = {{uuid(1), QString(), QStringLiteral("Amina Kamau"), QStringLiteral("KEN"),
                        QStringLiteral("delegate")},
                       {uuid(2), QStringLiteral("sec.lead"), QStringLiteral("Secretariat Lead"),
                        QString(), QStringLiteral("secretariat")}};
    return reference;
}

} // namespace smec::test
