// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "domain/user.h"
#include "protocol/messages.h"

#include <QByteArray>

namespace smec::server {

class Storage;
struct MutationRequest;

/// `POST /api/v1/mutations`: checks each mutation of a batch independently against the domain
/// rules (smec::domain::Validator and AccessPolicy, the same code the client uses), and writes
/// it with compare-and-set on `base_rev`, all of a batch through Storage::applyMutations (one
/// transaction, a savepoint per mutation, so each still succeeds or fails on its own).
class MutationService final
{
public:
    explicit MutationService(Storage &storage);

    /// The `{"results":[...]}` answer for the request body `body`
    /// (protocol::encodeMutationResults), or an error for the whole request from the shared strict
    /// decoder, protocol::decodeMutationBatch: `invalid_json`, `bad_request` or `invalid_field`
    /// (with the path of the offending value, e.g. `mutations[3].base_rev`), or `payload_too_large`
    /// (over 4 MiB or more than 100 mutations).
    Result<QByteArray> apply(const domain::User &user, const QByteArray &body);

private:
    /// The storage request for one decoded mutation: the checks (kind, compare-and-set on
    /// `base_rev`, AccessPolicy::canWrite, Validator) run in its plan, under the write lock.
    static MutationRequest request(const domain::User &user, const protocol::Mutation &mutation);

    Storage &m_storage;
};

} // namespace smec::server
