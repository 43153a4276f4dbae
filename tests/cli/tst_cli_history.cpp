// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// history, diff and restore (issue 19) as scripts use them: the real smecommunity-cli against a
// real smecommunity-server. Restoring is an ordinary edit that two profiles converge on (or
// conflict over); offline, history and diff answer from what the profile kept, and a history
// never fetched is exit 4.
#include "clirunner.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::test::CliResult;
using smec::test::runCli;
using smec::test::ServerProcess;

namespace {

enum Exit { Ok = 0, Usage = 2, Invalid = 3, Unreachable = 4, Unresolved = 6 };

QByteArray describe(const CliResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

#define CLI_EXPECT(result, code) QVERIFY2((result).exitCode == (code), describe(result).constData())

const QString summaryBefore = u"Des prêts pour les petites entreprises."_s;
const QString summaryAfter = u"Des prêts garantis pour les petites entreprises rurales."_s;
const QString titleAr = u"قروض مضمونة للشركات الصغيرة"_s;

} // namespace

class TestCliHistory final : public QObject
{
    Q_OBJECT

private:
    QString profile(const QString &name) const { return m_dir.filePath(name); }
    CliResult cli(const QString &name, const QStringList &args)
    {
        return runCli(profile(name), args);
    }
    bool login(const QString &name, const QString &user, const QString &password);
    QJsonObject fieldsOf(const QString &name, const QString &id);
    QList<qint64> revs(const QJsonObject &history);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_id;
    QList<qint64> m_revs; ///< oldest first: created, summary edited, title in Arabic

private Q_SLOTS:
    void initTestCase();
    void history_listsRevisionsNewestFirstWithChangedFields();
    void diff_wordByWordPerField_englishFrenchArabic();
    void usageAndUnknownRevisions_areClearErrors();
    void otherCountry_draftHistory_exits3();
    void restore_isAnOrdinaryEdit_twoProfilesConverge();
    void restore_againstAConcurrentEdit_isAConflict();
    void offline_answersFromCache_uncachedExits4();
};

bool TestCliHistory::login(const QString &name, const QString &user, const QString &password)
{
    const CliResult r =
        runCli(profile(name),
               {u"login"_s, u"--server"_s, u"http://127.0.0.1:%1"_s.arg(m_server.port()),
                u"--username"_s, user, u"--password-stdin"_s, u"--token-file"_s},
               password.toUtf8() + '\n');
    if (r.exitCode != 0)
        qWarning("%s", describe(r).constData());
    return r.exitCode == 0;
}

QJsonObject TestCliHistory::fieldsOf(const QString &name, const QString &id)
{
    const CliResult r = cli(name, {u"show"_s, id, u"--json"_s});
    return r.json().object().value("fields"_L1).toObject();
}

QList<qint64> TestCliHistory::revs(const QJsonObject &history)
{
    QList<qint64> list;
    for (const QJsonValue &v : history.value("revisions"_L1).toArray())
        list << v.toObject().value("rev"_L1).toInteger();
    return list;
}

void TestCliHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QVERIFY(ServerProcess::addUser(db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"kenb"_s, u"delegate"_s, u"KEN"_s, u"kenb-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"fra"_s, u"delegate"_s, u"FRA"_s, u"fra-password"_s));
    QVERIFY2(m_server.start(db), m_server.standardError().constData());
    QVERIFY(login(u"a"_s, u"ken"_s, u"ken-password"_s));
    QVERIFY(login(u"b"_s, u"kenb"_s, u"kenb-password"_s));
    QVERIFY(login(u"f"_s, u"fra"_s, u"fra-password"_s));

    // Three synced revisions: created with an English title and a French summary, the summary
    // edited, the title rewritten in Arabic.
    QFile file(m_dir.filePath(u"new.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"title"_s, u"Credit guarantees"_s},
                                         {u"country"_s, u"KEN"_s},
                                         {u"summary"_s, summaryBefore}})
                   .toJson());
    file.close();
    CliResult r = cli(u"a"_s, {u"create"_s, u"practice"_s, u"--file"_s, file.fileName()});
    CLI_EXPECT(r, Ok);
    m_id = QString::fromUtf8(r.out.trimmed());
    CLI_EXPECT(cli(u"a"_s, {u"sync"_s}), Ok);
    CLI_EXPECT(cli(u"a"_s, {u"edit"_s, m_id, u"--set"_s, u"summary="_s + summaryAfter}), Ok);
    CLI_EXPECT(cli(u"a"_s, {u"sync"_s}), Ok);
    CLI_EXPECT(cli(u"a"_s, {u"edit"_s, m_id, u"--set"_s, u"title="_s + titleAr}), Ok);
    CLI_EXPECT(cli(u"a"_s, {u"sync"_s}), Ok);
}

void TestCliHistory::history_listsRevisionsNewestFirstWithChangedFields()
{
    const CliResult r = cli(u"a"_s, {u"history"_s, m_id, u"--json"_s});
    CLI_EXPECT(r, Ok);
    const QJsonObject history = r.json().object();
    QCOMPARE(history.value("id"_L1).toString(), m_id);
    QCOMPARE(history.value("from_cache"_L1).toBool(true), false);
    const QJsonArray list = history.value("revisions"_L1).toArray();
    QCOMPARE(list.size(), 3);
    m_revs = revs(history);
    QVERIFY(m_revs.at(0) > m_revs.at(1) && m_revs.at(1) > m_revs.at(2));
    std::reverse(m_revs.begin(), m_revs.end());
    QCOMPARE(list.at(0).toObject().value("changed"_L1).toArray(), QJsonArray{u"title"_s});
    QCOMPARE(list.at(1).toObject().value("changed"_L1).toArray(), QJsonArray{u"summary"_s});
    // The first revision lists every field it set.
    const QJsonArray first = list.at(2).toObject().value("changed"_L1).toArray();
    QVERIFY(first.contains(u"title"_s) && first.contains(u"summary"_s) &&
            first.contains(u"country"_s));
    for (const QJsonValue &v : list) {
        QVERIFY(!v.toObject().value("updated_by"_L1).toString().isEmpty());
        QVERIFY(v.toObject().value("updated_at"_L1).toString().endsWith(u'Z'));
    }

    const CliResult text = cli(u"a"_s, {u"history"_s, m_id});
    CLI_EXPECT(text, Ok);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"rev %1 "_s.arg(m_revs.at(2))) &&
                 lines.at(0).contains(u"you"_s) && lines.at(0).contains(u"changed: title"_s),
             qPrintable(lines.at(0)));
}

void TestCliHistory::diff_wordByWordPerField_englishFrenchArabic()
{
    QVERIFY(m_revs.size() == 3);
    CliResult r = cli(u"a"_s, {u"diff"_s, m_id, u"--from"_s, QString::number(m_revs.at(0)),
                               u"--to"_s, QString::number(m_revs.at(2)), u"--json"_s});
    CLI_EXPECT(r, Ok);
    const QJsonArray fields = r.json().object().value("fields"_L1).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).toObject().value("field"_L1).toString(), u"title"_s);
    QCOMPARE(fields.at(1).toObject().value("field"_L1).toString(), u"summary"_s);
    // Each side of the diff reads back as that revision's text.
    auto sides = [](const QJsonObject &field) {
        QString before, after;
        for (const QJsonValue &v : field.value("segments"_L1).toArray()) {
            const QString type = v.toObject().value("type"_L1).toString();
            const QString text = v.toObject().value("text"_L1).toString();
            if (type != "inserted"_L1)
                before += text;
            if (type != "deleted"_L1)
                after += text;
        }
        return std::pair{before, after};
    };
    QCOMPARE(sides(fields.at(0).toObject()), (std::pair{u"Credit guarantees"_s, titleAr}));
    QCOMPARE(sides(fields.at(1).toObject()), (std::pair{summaryBefore, summaryAfter}));

    // French: the unchanged words are common, whole words inserted.
    r = cli(u"a"_s, {u"diff"_s, m_id, u"--from"_s, QString::number(m_revs.at(0)), u"--to"_s,
                     QString::number(m_revs.at(1))});
    CLI_EXPECT(r, Ok);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(u"summary:\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"prêts {+garantis +}pour les petites entreprises{+ rurales+}."_s),
             qPrintable(text));

    // Arabic, the other way round: from the Arabic title back to the English one.
    r = cli(u"a"_s, {u"diff"_s, m_id, u"--from"_s, QString::number(m_revs.at(2)), u"--to"_s,
                     QString::number(m_revs.at(1))});
    CLI_EXPECT(r, Ok);
    QVERIFY2(QString::fromUtf8(r.out).contains(u"[-"_s + titleAr + u"-]"_s), r.out.constData());

    r = cli(u"a"_s, {u"diff"_s, m_id, u"--from"_s, QString::number(m_revs.at(1)), u"--to"_s,
                     QString::number(m_revs.at(1))});
    CLI_EXPECT(r, Ok);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("No field differs"));
}

void TestCliHistory::usageAndUnknownRevisions_areClearErrors()
{
    CLI_EXPECT(cli(u"a"_s, {u"diff"_s, m_id, u"--from"_s, u"1"_s}), Usage);
    CLI_EXPECT(cli(u"a"_s, {u"diff"_s, m_id, u"--from"_s, u"x"_s, u"--to"_s, u"2"_s}), Usage);
    CLI_EXPECT(cli(u"a"_s, {u"restore"_s, m_id}), Usage);
    CLI_EXPECT(cli(u"a"_s, {u"restore"_s, m_id, u"--rev"_s, u"-4"_s}), Usage);
    CliResult r = cli(u"a"_s, {u"diff"_s, m_id, u"--from"_s, u"999999"_s, u"--to"_s,
                               QString::number(m_revs.value(0, 1))});
    CLI_EXPECT(r, Invalid);
    QVERIFY(r.err.contains("999999"));
    CLI_EXPECT(cli(u"a"_s, {u"restore"_s, m_id, u"--rev"_s, u"999999"_s}), Invalid);
    CLI_EXPECT(cli(u"a"_s, {u"history"_s, u"not-an-id"_s}), Invalid);
    QVERIFY(runCli({}, {u"help"_s, u"diff"_s}).out.contains("--from"));
}

void TestCliHistory::otherCountry_draftHistory_exits3()
{
    const CliResult r = cli(u"f"_s, {u"history"_s, m_id});
    CLI_EXPECT(r, Invalid);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains("Credit"));
}

void TestCliHistory::restore_isAnOrdinaryEdit_twoProfilesConverge()
{
    CLI_EXPECT(cli(u"b"_s, {u"sync"_s}), Ok);
    CliResult r = cli(u"b"_s, {u"restore"_s, m_id, u"--rev"_s, QString::number(m_revs.at(0))});
    CLI_EXPECT(r, Ok);
    QVERIFY(r.err.contains("next sync"));
    // A pending local edit, like any other.
    QCOMPARE(
        cli(u"b"_s, {u"show"_s, m_id, u"--json"_s}).json().object().value("state"_L1).toString(),
        u"pending"_s);
    CLI_EXPECT(cli(u"b"_s, {u"sync"_s}), Ok);
    CLI_EXPECT(cli(u"a"_s, {u"sync"_s}), Ok);
    const QJsonObject a = fieldsOf(u"a"_s, m_id);
    QCOMPARE(a, fieldsOf(u"b"_s, m_id));
    QCOMPARE(a.value("title"_L1).toString(), u"Credit guarantees"_s);
    QCOMPARE(a.value("summary"_L1).toString(), summaryBefore);
    QCOMPARE(a.value("status"_L1).toString(u"draft"_s), u"draft"_s);

    // The restore is a new revision on top, by the other delegate; nothing is rewritten.
    const CliResult h = cli(u"a"_s, {u"history"_s, m_id, u"--json"_s});
    CLI_EXPECT(h, Ok);
    const QJsonArray list = h.json().object().value("revisions"_L1).toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(revs(h.json().object()).mid(1),
             (QList<qint64>{m_revs.at(2), m_revs.at(1), m_revs.at(0)}));
    QCOMPARE(list.at(0).toObject().value("changed"_L1).toArray(),
             (QJsonArray{u"title"_s, u"summary"_s}));
    // Restoring what the record already holds changes nothing.
    r = cli(u"a"_s, {u"restore"_s, m_id, u"--rev"_s, QString::number(m_revs.at(0))});
    CLI_EXPECT(r, Ok);
    QVERIFY(r.err.contains("nothing to restore"));
}

void TestCliHistory::restore_againstAConcurrentEdit_isAConflict()
{
    CLI_EXPECT(cli(u"a"_s, {u"sync"_s}), Ok);
    CLI_EXPECT(cli(u"b"_s, {u"sync"_s}), Ok);
    // a renames the practice offline; b restores the Arabic title and syncs first.
    CLI_EXPECT(cli(u"a"_s, {u"edit"_s, m_id, u"--set"_s, u"title=Guarantee fund"_s}), Ok);
    CLI_EXPECT(cli(u"b"_s, {u"restore"_s, m_id, u"--rev"_s, QString::number(m_revs.at(2))}), Ok);
    CLI_EXPECT(cli(u"b"_s, {u"sync"_s}), Ok);
    CliResult r = cli(u"a"_s, {u"sync"_s});
    CLI_EXPECT(r, Unresolved);
    r = cli(u"a"_s, {u"conflicts"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QVERIFY2(r.out.contains(m_id.toUtf8()) && r.out.contains("title"), r.out.constData());
    CLI_EXPECT(cli(u"a"_s, {u"resolve"_s, m_id, u"--take"_s, u"theirs"_s}), Ok);
    CLI_EXPECT(cli(u"a"_s, {u"sync"_s}), Ok);
    QCOMPARE(fieldsOf(u"a"_s, m_id).value("title"_L1).toString(), titleAr);
}

void TestCliHistory::offline_answersFromCache_uncachedExits4()
{
    // A record whose history this profile never asked for.
    QFile file(m_dir.filePath(u"thread.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"title":"Never looked at"})");
    file.close();
    CliResult r = cli(u"a"_s, {u"create"_s, u"thread"_s, u"--file"_s, file.fileName()});
    CLI_EXPECT(r, Ok);
    const QString unseen = QString::fromUtf8(r.out.trimmed());
    CLI_EXPECT(cli(u"a"_s, {u"sync"_s}), Ok);
    CLI_EXPECT(cli(u"a"_s, {u"history"_s, m_id}), Ok); // fetched and kept, with the newest

    QCOMPARE(m_server.terminate(), 0);
    r = cli(u"a"_s, {u"history"_s, m_id, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QCOMPARE(r.json().object().value("from_cache"_L1).toBool(), true);
    QCOMPARE(r.json().object().value("revisions"_L1).toArray().size(), 5);
    QVERIFY2(r.err.contains("Offline"), r.err.constData());
    r = cli(u"a"_s, {u"diff"_s, m_id, u"--from"_s, QString::number(m_revs.at(0)), u"--to"_s,
                     QString::number(m_revs.at(1))});
    CLI_EXPECT(r, Ok);
    QVERIFY(r.out.contains("{+ rurales+}"));
    QVERIFY(r.err.contains("Offline"));

    r = cli(u"a"_s, {u"history"_s, unseen});
    CLI_EXPECT(r, Unreachable);
    QVERIFY2(r.err.contains("no history of this record"), r.err.constData());
    // Never signed in, nothing kept: the same.
    r = runCli(profile(u"fresh"_s), {u"history"_s, m_id});
    CLI_EXPECT(r, Unreachable);
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
