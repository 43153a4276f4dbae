// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replica/replica.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::replica;

/// Kills a process saving drafts at random moments (SIGKILL), many times, then checks that the
/// file is intact and that every save the process reported is there with its content
/// (DESIGN.md section 5, invariant 1).
class TestReplicaDurability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkill_neverLosesReportedSaves();
};

void TestReplicaDurability::sigkill_neverLosesReportedSaves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"durable.sqlite"_s);
    const int kills = qEnvironmentVariableIntValue("SMEC_DURABILITY_KILLS") > 0
                          ? qEnvironmentVariableIntValue("SMEC_DURABILITY_KILLS")
                          : 200;
    QRandomGenerator random(20260428);
    QHash<QString, qint64> reported; // id -> last n reported saved
    int reportedSaves = 0;
    int killedMidRun = 0;
    for (int run = 0; run < kills; ++run) {
        QProcess writer;
        writer.setProgram(QStringLiteral(SMEC_DRAFTWRITER));
        writer.setArguments({path});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start();
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        // Once it is saving (first report), let it run 5 to 50 ms, then kill it wherever it is.
        writer.waitForReadyRead(5000);
        QThread::msleep(5 + random.bounded(46));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(5000));
        if (writer.exitStatus() == QProcess::CrashExit)
            ++killedMidRun;
        const QByteArray err = writer.readAllStandardError();
        QVERIFY2(!err.contains("failed"), err.constData());
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        // The last element is an unterminated (possibly torn) line or empty: skip it.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> parts = lines.at(i).split(' ');
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts.at(0), QByteArray("saved"));
            reported.insert(QString::fromLatin1(parts.at(1)), parts.at(2).toLongLong());
            ++reportedSaves;
        }
    }
    QVERIFY(killedMidRun > kills / 2);
    QVERIFY2(reportedSaves > 0, "the writer never got to save anything");

    Replica replica;
    QVERIFY(replica.open(path, u"durability-check"_s).ok());
    auto q = replica.database().run(u"PRAGMA integrity_check"_s);
    QVERIFY(q.ok());
    QVERIFY((*q)->next());
    QCOMPARE((*q)->value(0).toString(), u"ok"_s);
    (*q)->finish();
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        auto stored = replica.records().get(it.key());
        QVERIFY(stored.ok());
        QVERIFY2(stored->has_value(), qPrintable(u"lost record "_s + it.key()));
        const domain::Record &r = **stored;
        // Same content as reported, or a later save of the same record that committed before
        // the kill but was not reported yet.
        const qint64 n = qint64(r.fields.value(u"n"_s).toDouble());
        QVERIFY2(n >= it.value(),
                 qPrintable(u"%1: %2 < %3"_s.arg(it.key()).arg(n).arg(it.value())));
        QCOMPARE(r.fields.value(u"title"_s).toString(), u"draft %1"_s.arg(n));
        auto entries = replica.outbox().forRecord(it.key());
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().fields, r.fields);
    }
    qInfo("%d kills, %d saves reported, %lld records checked", kills, reportedSaves,
          static_cast<long long>(reported.size()));
}

QTEST_GUILESS_MAIN(TestReplicaDurability)
#include "tst_replica_durability.moc"
