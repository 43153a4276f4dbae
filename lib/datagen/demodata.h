// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace smec::datagen {

/// A user of the demo deployment with the password it signs in with.
///
/// The passwords are public (they are in this source code and in docs) and exist only so that a
/// demo or a test server can be tried out; a production server must never be seeded with them.
struct DemoUser
{
    domain::User user;
    QString password;
};

/// The curated demo data set: illustrative practices from about twenty countries across the three
/// pillars (a few in French, Spanish and Arabic), dialogue threads with replies, meetings and
/// commitments, initiatives, plus the demo users. Loaded from `resources/demo/demo.json`, embedded
/// in the library as `:/demo/demo.json`; `smecommunity-server seed --demo` stores it.
///
/// Ids are fixed in the file, so seeding twice gives the same records. Records come with rev 0;
/// `created_by`/`updated_by` carry the demo user named by the element's optional `author`.
/// Every practice is clearly marked as an illustrative example: none describes a real programme.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(smec::datagen::DemoData)

public:
    /// Path of the embedded data set.
    static QString resourcePath();

    /// Loads the embedded data set.
    static Result<DemoData> load();
    /// Parses `{"practices":[...],"threads":[...],"posts":[...],"meetings":[...],
    /// "commitments":[...],"initiatives":[...]}` (initiatives may be absent), each element
    /// `{"id","kind","fields"[,"author"]}`. Strict: a bad id, a kind that does not match its list,
    /// a duplicate id or a post whose thread or `reply_to` is not in the set is an error naming its
    /// path.
    static Result<DemoData> fromJson(const QByteArray &json);

    const QList<domain::Record> &practices() const { return m_practices; }
    const QList<domain::Record> &threads() const { return m_threads; }
    const QList<domain::Record> &posts() const { return m_posts; }
    const QList<domain::Record> &meetings() const { return m_meetings; }
    const QList<domain::Record> &commitments() const { return m_commitments; }
    /// Joint initiatives, stored as they stand after their partners joined (seeding imports
    /// records directly; the consent rule applies to writes through the API).
    const QList<domain::Record> &initiatives() const { return m_initiatives; }
    /// Every record, in an order that stores referenced records first: meetings, practices,
    /// threads, posts (parents before replies), commitments, initiatives.
    QList<domain::Record> records() const;

    /// The demo users: `admin` (admin), `sofia` (secretariat), `amani` (delegate, KEN), `lucia`
    /// (delegate, MEX), `claire` (delegate, SEN), `omar` (analyst). Demo passwords only.
    static QList<DemoUser> users();
    /// The stable id of a demo user (`created_by` of the records it wrote), empty if unknown.
    static QString userId(QStringView username);

private:
    QList<domain::Record> m_practices;
    QList<domain::Record> m_threads;
    QList<domain::Record> m_posts;
    QList<domain::Record> m_meetings;
    QList<domain::Record> m_commitments;
    QList<domain::Record> m_initiatives;
};

} // namespace smec::datagen
