// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "errorcodes.h"

namespace smec::protocol::codes {

int httpStatus(QStringView code)
{
    struct Entry
    {
        QLatin1StringView code;
        int status;
    };
    static constexpr Entry table[] = {
        {badRequest, 400},      {invalidJson, 400}, {invalidField, 400}, {unauthenticated, 401},
        {forbidden, 403},       {notFound, 404},    {conflict, 409},     {resyncRequired, 410},
        {payloadTooLarge, 413}, {rateLimited, 429}, {internal, 500},     {unavailable, 503},
    };
    for (const Entry &entry : table) {
        if (code == entry.code)
            return entry.status;
    }
    return 400;
}

} // namespace smec::protocol::codes
