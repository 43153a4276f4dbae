// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverlog.h"

namespace smec::server {

Q_LOGGING_CATEGORY(lcServer, "smec.server", QtInfoMsg)

void installServerMessagePattern()
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz}Z %{if-debug}debug%{endif}"
                                      "%{if-info}info%{endif}%{if-warning}warning%{endif}"
                                      "%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
                                      "%{message}"));
}

} // namespace smec::server
