#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QJsonObject>

namespace smec::server {

class Storage;

/// `POST /api/v1/mutations`: checks each mutation of a batch independently against the domain
/// rules (smec::domain::Validator and AccessPolicy, the same code the client uses), then writes
/// it through Storage::applyMutation with compare-and-set on `base_rev`.
class MutationService final
{
public:
    explicit MutationService(Storage &storage);

    /// The `{"results":[...]}` answer for `body`, or an error for the whole request:
    /// `bad_request` (malformed batch, missing or repeated mutation ids) or `payload_too_large`
    /// (more than 100 mutations).
    Result<QJsonObject> apply(const domain::User &user, const QJsonObject &body);

private:
    QJsonObject applyOne(const domain::User &user, const QJsonObject &mutation);

    Storage &m_storage;
};

} // namespace smec::server
