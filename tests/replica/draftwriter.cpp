// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Saves drafts in a loop and prints "saved <id> <n>" after each commit returned, flushed, so a
// test that kills this process at any moment knows what must have survived.
//   smec_replica_draftwriter DB_PATH [MAX_SAVES]
#include "replica/replica.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace smec;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: smec_replica_draftwriter DB_PATH [MAX_SAVES]\n");
        return 2;
    }
    const qint64 maxSaves = args.size() > 2 ? args.at(2).toLongLong() : -1;
    replica::Replica replica;
    if (auto r = replica.open(args.at(1), u"draftwriter"_s); !r) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(r.error().message));
        return 1;
    }
    domain::Record record;
    record.kind = domain::Kind::Practice;
    for (qint64 n = 0; maxSaves < 0 || n < maxSaves; ++n) {
        if (n % 3 == 0) // a new draft every third save, otherwise edit the current one
            record.id.clear();
        record.fields = QJsonObject{{u"title"_s, u"draft %1"_s.arg(n)},
                                    {u"body"_s, u"body of save %1 "_s.arg(n).repeated(20)},
                                    {u"n"_s, double(n)}};
        auto saved = replica.records().saveDraft(record);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
            return 1;
        }
        record = *saved;
        std::printf("saved %s %lld\n", qPrintable(record.id), static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
