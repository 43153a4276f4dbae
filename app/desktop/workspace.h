// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/referencedata.h"
#include "domain/user.h"
#include "models/backgroundreader.h"

#include <QString>

#include <memory>

namespace smec::replica {
class Replica;
}

namespace smec::desktop {

/// What every page and dialog works on: the open replica (GUI thread connection), the reader
/// that runs counts on a second connection off the GUI thread, the reference data and the
/// signed-in (or offline) user. Owned by the application object and handed to views by
/// reference, never a global; it outlives every view that uses it.
class Workspace final
{
public:
    Workspace(replica::Replica &replica, domain::ReferenceData reference, domain::User user)
        : m_replica(replica)
        , m_reader(std::make_unique<models::BackgroundReader>(&replica))
        , m_reference(std::move(reference))
        , m_user(std::move(user))
    {}
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    replica::Replica &replica() const { return m_replica; }
    models::BackgroundReader &reader() const { return *m_reader; }
    const domain::ReferenceData &reference() const { return m_reference; }
    const domain::User &user() const { return m_user; }
    void setUser(const domain::User &user) { m_user = user; }
    /// The signed-in profile whose server record history is fetched from; empty when working
    /// offline (history then comes from what the replica kept).
    QString profileDir() const { return m_profileDir; }
    void setProfileDir(const QString &dir) { m_profileDir = dir; }

private:
    replica::Replica &m_replica;
    std::unique_ptr<models::BackgroundReader> m_reader;
    domain::ReferenceData m_reference;
    domain::User m_user;
    QString m_profileDir;
};

} // namespace smec::desktop
