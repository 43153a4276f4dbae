// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// smecommunity-cli as scripts use it: the real executable against a real smecommunity-server
// (plain HTTP on loopback), checking the contract of DESIGN.md section 6: commands, --json
// shapes and exit codes.
#include "clirunner.h"
#include "faultproxy.h"
#include "serverprocess.h"

#include "domain/practicestatus.h"
#include "domain/record.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using smec::test::CliResult;
using smec::test::FaultProxy;
using smec::test::runCli;
using smec::test::ServerProcess;

namespace {

enum Exit { Ok = 0, Usage = 2, Invalid = 3, Unreachable = 4, Auth = 5, Unresolved = 6 };

QByteArray describe(const CliResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

#define CLI_EXPECT(result, code) QVERIFY2((result).exitCode == (code), describe(result).constData())

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QString profile(const QString &name) const { return m_dir.filePath(name); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.port()); }
    CliResult login(const QString &profileName, const QString &user, const QString &password,
                    const QStringList &extra = {u"--token-file"_s});
    QString writeFile(const QString &name, const QByteArray &content);
    QJsonObject show(const QString &profileName, const QString &id);
    QString createPractice(const QString &profileName, const QString &title);
    /// `create KIND --file` with `fields`; the printed id, or empty after a failure.
    QString create(const QString &profileName, const QString &kind, const QJsonObject &fields);
    /// The ids `list KIND --json` prints with `extra` arguments, sorted.
    QStringList listIds(const QString &profileName, const QString &kind,
                        const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase();

    void help_listsEveryCommand();
    void version_printsVersionThenLicence();
    void usageErrors_exit2_data();
    void usageErrors_exit2();
    void login_tokenFile_isPrivate();
    void login_wrongPassword_exits5();
    void login_unreachableServer_exits4();
    void login_withoutKeychain_saysSoAndSuggestsTokenFile();
    void sync_notSignedIn_exits5();
    void sync_json_shape();
    void demoSignIn_asRunDemoDoes();
    void list_search_show_json_shapes();
    void list_status_filtersExactly_data();
    void list_status_filtersExactly();
    void list_unknownStatus_exits3_namesTheStatuses();
    void stats_countsWhatListReturns();
    void show_unknownId_exits3();
    void kindCommands_unknownIdOrWrongKind_exit3_changeNothing();
    void create_edit_submit_reachesServer_withdraw();
    void create_threadPostMeetingCommitment_reachOtherProfile();
    void initiative_rwandaJoinsOfflineAndTicks_bothProfilesConverge();
    void initiative_searchAndExport_withPartnersAndMilestones();
    void sync_serverRejection_exits6_andSaysWhy();
    void sync_serverUnavailableOrDown_exits4_keepsEdits();
    void submit_incomplete_listsEveryMissingField();
    void import_dryRun_reportsRowAndField_writesNothing();
    void import_savesValidRowsAsDrafts();
    void export_csv_md_pdf();
    void conflicts_resolveTakeMine_converges();
    void conflicts_resolveWithEditedValue();
    void conflicts_resolveTakeTheirs_dropsMine();
    void textMerge_differentParagraphs_convergeSilently();
    void textMerge_overlappingEdits_resolvePerHunk_converge();
    void resolve_unknownId_exits3();
    void revokedToken_exits5();
    void logout_revokesAndForgets();
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(smec::test::binaryPath(u"app/cli/smecommunity-cli"_s)));
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QByteArray err;
    QCOMPARE(ServerProcess::runCommand({u"seed"_s, u"--database"_s, m_db, u"--demo"_s}, {}, nullptr,
                                       &err),
             0);
    QVERIFY(ServerProcess::addUser(m_db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    QVERIFY(ServerProcess::addUser(m_db, u"kenb"_s, u"delegate"_s, u"KEN"_s, u"kenb-password"_s));
    QVERIFY(ServerProcess::addUser(m_db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
    QVERIFY(ServerProcess::addUser(m_db, u"rwa"_s, u"delegate"_s, u"RWA"_s, u"rwa-password"_s));
    QVERIFY(ServerProcess::addUser(m_db, u"fra"_s, u"delegate"_s, u"FRA"_s, u"fra-password"_s));
    QVERIFY2(m_server.start(m_db), m_server.standardError().constData());
}

CliResult TestCli::login(const QString &profileName, const QString &user, const QString &password,
                         const QStringList &extra)
{
    return runCli(profile(profileName),
                  QStringList{u"login"_s, u"--server"_s, url(), u"--username"_s, user,
                              u"--password-stdin"_s} +
                      extra,
                  password.toUtf8() + '\n');
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

QJsonObject TestCli::show(const QString &profileName, const QString &id)
{
    const CliResult r = runCli(profile(profileName), {u"show"_s, id, u"--json"_s});
    return r.exitCode == 0 ? r.json().object() : QJsonObject{};
}

QString TestCli::createPractice(const QString &profileName, const QString &title)
{
    const QString file = writeFile(
        u"new-%1.json"_s.arg(profileName),
        QJsonDocument(QJsonObject{{u"title"_s, title}, {u"country"_s, u"KEN"_s}}).toJson());
    const CliResult r =
        runCli(profile(profileName), {u"create"_s, u"practice"_s, u"--file"_s, file});
    if (r.exitCode != 0)
        return {};
    return QString::fromUtf8(r.out.trimmed());
}

QString TestCli::create(const QString &profileName, const QString &kind, const QJsonObject &fields)
{
    const QString file =
        writeFile(u"create-%1-%2.json"_s.arg(profileName, kind), QJsonDocument(fields).toJson());
    const CliResult r = runCli(profile(profileName), {u"create"_s, kind, u"--file"_s, file});
    if (r.exitCode != 0) {
        qWarning("create %s: %s", qPrintable(kind), describe(r).constData());
        return {};
    }
    return QString::fromUtf8(r.out.trimmed());
}

QStringList TestCli::listIds(const QString &profileName, const QString &kind,
                             const QStringList &extra)
{
    const CliResult r =
        runCli(profile(profileName), QStringList{u"list"_s, kind, u"--json"_s} + extra);
    QStringList ids;
    if (r.exitCode != 0)
        return ids;
    for (const QJsonValue &v : r.json().array())
        ids.append(v.toObject().value(u"id"_s).toString());
    ids.sort();
    return ids;
}

void TestCli::help_listsEveryCommand()
{
    const CliResult general = runCli({}, {u"--help"_s});
    CLI_EXPECT(general, Ok);
    for (const char *command : {"login", "logout", "sync", "status", "list", "search", "show",
                                "create", "edit", "submit", "withdraw", "join", "decline", "leave",
                                "export", "import", "conflicts", "resolve", "stats"})
        QVERIFY2(general.out.contains(QByteArray("\n  ").append(command)), command);
    const CliResult helpSync = runCli({}, {u"help"_s, u"sync"_s});
    CLI_EXPECT(helpSync, Ok);
    QVERIFY(helpSync.out.contains("--json"));
    const CliResult syncHelp = runCli({}, {u"sync"_s, u"--help"_s});
    CLI_EXPECT(syncHelp, Ok);
    QCOMPARE(syncHelp.out, helpSync.out);
    QVERIFY(runCli({}, {u"help"_s, u"resolve"_s}).out.contains("--take"));
}

void TestCli::version_printsVersionThenLicence()
{
    const CliResult result = runCli({}, {u"--version"_s});
    CLI_EXPECT(result, Ok);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.value(0), QByteArray("smecommunity-cli " SMEC_VERSION));
    QCOMPARE(lines.value(1),
             QByteArray("Licence: GPL-3.0-or-later <https://www.gnu.org/licenses/gpl-3.0.html>"));
    QVERIFY(lines.value(2).contains("NO WARRANTY"));
    QCOMPARE(runCli({}, {u"-v"_s}).out, result.out);
}

void TestCli::usageErrors_exit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"status"_s, u"--frob"_s};
    QTest::newRow("list without kind") << QStringList{u"list"_s};
    QTest::newRow("list unknown kind") << QStringList{u"list"_s, u"widgets"_s};
    QTest::newRow("show extra argument") << QStringList{u"show"_s, u"a"_s, u"b"_s};
    QTest::newRow("edit without changes") << QStringList{u"edit"_s, u"x"_s};
    QTest::newRow("login without password-stdin") << QStringList{
        u"login"_s, u"--server"_s, u"https://example.org"_s, u"--username"_s, u"u"_s};
    QTest::newRow("export without out") << QStringList{u"export"_s, u"--format"_s, u"csv"_s};
    QTest::newRow("export unknown format")
        << QStringList{u"export"_s, u"--format"_s, u"docx"_s, u"--out"_s, u"x"_s};
    QTest::newRow("resolve without choice") << QStringList{u"resolve"_s, u"x"_s};
    QTest::newRow("resolve take what") << QStringList{u"resolve"_s, u"x"_s, u"--take"_s, u"both"_s};
}

void TestCli::usageErrors_exit2()
{
    QFETCH(QStringList, args);
    const CliResult r = runCli(profile(u"usage"_s), args);
    CLI_EXPECT(r, Usage);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCli::login_tokenFile_isPrivate()
{
    const CliResult r = login(u"a"_s, u"ken"_s, u"ken-password"_s);
    CLI_EXPECT(r, Ok);
    QVERIFY2(r.err.contains("ken"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    const QString tokenPath = QDir(profile(u"a"_s)).filePath(u"token"_s);
    QVERIFY(QFile::exists(tokenPath));
    const QFile::Permissions mode =
        QFile::permissions(tokenPath) & ~(QFile::ReadUser | QFile::WriteUser);
    QVERIFY(mode == (QFile::ReadOwner | QFile::WriteOwner));
    QFile token(tokenPath);
    QVERIFY(token.open(QIODevice::ReadOnly));
    const QByteArray secret = token.readAll().trimmed();
    QVERIFY(secret.size() >= 32);
    QFile settings(QDir(profile(u"a"_s)).filePath(u"settings.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(secret));

    const CliResult status = runCli(profile(u"a"_s), {u"status"_s, u"--json"_s});
    CLI_EXPECT(status, Ok);
    QCOMPARE(status.json().object().value(u"server"_s).toString(), url());
}

void TestCli::login_wrongPassword_exits5()
{
    const CliResult r = login(u"wrong"_s, u"ken"_s, u"not-the-password"_s);
    CLI_EXPECT(r, Auth);
    QVERIFY2(r.err.contains("refused"), r.err.constData());
    QVERIFY(!QFile::exists(QDir(profile(u"wrong"_s)).filePath(u"token"_s)));
    const CliResult status = runCli(profile(u"wrong"_s), {u"status"_s, u"--json"_s});
    QVERIFY(status.json().object().value(u"server"_s).isNull());
}

void TestCli::login_unreachableServer_exits4()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const CliResult r =
        runCli(profile(u"unreachable"_s),
               {u"login"_s, u"--server"_s, u"http://127.0.0.1:%1"_s.arg(port), u"--username"_s,
                u"ken"_s, u"--password-stdin"_s, u"--token-file"_s},
               "ken-password\n");
    CLI_EXPECT(r, Unreachable);
    QVERIFY2(r.err.contains("Cannot sign in"), r.err.constData());
}

void TestCli::login_withoutKeychain_saysSoAndSuggestsTokenFile()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/smec-no-bus"_s);
    const CliResult r =
        runCli(profile(u"nokeychain"_s),
               {u"login"_s, u"--server"_s, url(), u"--username"_s, u"ken"_s, u"--password-stdin"_s},
               "ken-password\n", env);
    CLI_EXPECT(r, Auth);
    QVERIFY2(r.err.contains("keychain") && r.err.contains("--token-file"), r.err.constData());
    QVERIFY(!QFile::exists(QDir(profile(u"nokeychain"_s)).filePath(u"token"_s)));
    const CliResult status = runCli(profile(u"nokeychain"_s), {u"status"_s, u"--json"_s});
    QVERIFY(status.json().object().value(u"server"_s).isNull());
}

void TestCli::sync_notSignedIn_exits5()
{
    const CliResult r = runCli(profile(u"never"_s), {u"sync"_s});
    CLI_EXPECT(r, Auth);
    QVERIFY2(r.err.contains("login"), r.err.constData());
}

void TestCli::sync_json_shape()
{
    const CliResult r = runCli(profile(u"a"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    const QJsonObject report = r.json().object();
    QCOMPARE(report.keys(), (QStringList{u"conflicts"_s, u"pulled"_s, u"pushed"_s, u"rejected"_s}));
    for (const QString &key : report.keys())
        QVERIFY(report.value(key).isDouble());
    QVERIFY(report.value(u"pulled"_s).toInt() > 0); // the demo content
    QCOMPARE(report.value(u"conflicts"_s).toInt(), 0);

    const CliResult status = runCli(profile(u"a"_s), {u"status"_s, u"--json"_s});
    CLI_EXPECT(status, Ok);
    const QJsonObject s = status.json().object();
    QCOMPARE(s.keys(), (QStringList{u"conflicts"_s, u"last_sync"_s, u"pending"_s, u"rejected"_s,
                                    u"server"_s}));
    QVERIFY(!s.value(u"last_sync"_s).toString().isEmpty());
    QCOMPARE(s.value(u"pending"_s).toInt(), 0);
}

void TestCli::demoSignIn_asRunDemoDoes()
{
    // scripts/run-demo.sh: the demo user signs in with a token file and syncs.
    const CliResult r = login(u"demo"_s, u"amani"_s, u"amani-demo-2026"_s);
    CLI_EXPECT(r, Ok);
    QVERIFY2(r.err.contains("Amani Wanjiru"), r.err.constData());
    CLI_EXPECT(runCli(profile(u"demo"_s), {u"sync"_s}), Ok);
}

void TestCli::list_search_show_json_shapes()
{
    const CliResult list = runCli(profile(u"a"_s), {u"list"_s, u"practice"_s, u"--json"_s});
    CLI_EXPECT(list, Ok);
    const QJsonArray rows = list.json().array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.keys(), (QStringList{u"fields"_s, u"id"_s, u"kind"_s, u"rev"_s, u"state"_s}));
        QCOMPARE(row.value(u"kind"_s).toString(), u"practice"_s);
        QVERIFY(row.value(u"fields"_s).isObject());
        QVERIFY(QStringList({u"synced"_s, u"pending"_s, u"conflict"_s, u"rejected"_s})
                    .contains(row.value(u"state"_s).toString()));
    }

    const CliResult kenya =
        runCli(profile(u"a"_s), {u"list"_s, u"practice"_s, u"--country"_s, u"KEN"_s, u"--pillar"_s,
                                 u"digital"_s, u"--json"_s});
    CLI_EXPECT(kenya, Ok);
    for (const QJsonValue &v : kenya.json().array()) {
        const QJsonObject fields = v.toObject().value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"country"_s).toString(), u"KEN"_s);
        QVERIFY(fields.value(u"pillars"_s).toArray().contains(u"digital"_s));
    }
    QVERIFY(kenya.json().array().size() < rows.size());
    CLI_EXPECT(runCli(profile(u"a"_s), {u"list"_s, u"practice"_s, u"--country"_s, u"XXX"_s}),
               Invalid);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"list"_s, u"meeting"_s, u"--status"_s, u"open"_s}),
               Invalid); // meetings have no status

    const QJsonObject first = rows.first().toObject();
    const QString id = first.value(u"id"_s).toString();
    const QString title = first.value(u"fields"_s).toObject().value(u"title"_s).toString();
    const QJsonObject shown = show(u"a"_s, id);
    QCOMPARE(shown, first);

    // The title finds the practice.
    const CliResult search = runCli(profile(u"a"_s), {u"search"_s, title, u"--json"_s});
    CLI_EXPECT(search, Ok);
    const QJsonArray hits = search.json().array();
    QVERIFY2(!hits.isEmpty(), qPrintable(title));
    bool found = false;
    for (const QJsonValue &v : hits) {
        const QJsonObject hit = v.toObject();
        QCOMPARE(hit.keys(), (QStringList{u"id"_s, u"kind"_s, u"snippet"_s, u"title"_s}));
        QVERIFY(!hit.value(u"snippet"_s).toString().contains(QChar(0x0002)));
        found = found || hit.value(u"id"_s).toString() == id;
    }
    QVERIFY(found);
    // Text that would be FTS syntax is just text.
    CLI_EXPECT(runCli(profile(u"a"_s), {u"search"_s, u"\"AND (NEAR*"_s, u"--json"_s}), Ok);
}

void TestCli::list_status_filtersExactly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    // Demo content seen by a delegate of Kenya.
    QTest::newRow("published practices") << u"practice"_s << u"published"_s;
    QTest::newRow("practice in review") << u"practice"_s << u"in_review"_s;
    QTest::newRow("closed threads") << u"thread"_s << u"closed"_s;
    QTest::newRow("commitments in progress") << u"commitment"_s << u"in_progress"_s;
}

void TestCli::list_status_filtersExactly()
{
    QFETCH(QString, kind);
    QFETCH(QString, status);
    const CliResult all = runCli(profile(u"a"_s), {u"list"_s, kind, u"--json"_s});
    CLI_EXPECT(all, Ok);
    QStringList expected;
    for (const QJsonValue &v : all.json().array()) {
        const QJsonObject row = v.toObject();
        if (row.value(u"fields"_s).toObject().value(u"status"_s).toString() == status)
            expected.append(row.value(u"id"_s).toString());
    }
    expected.sort();
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < all.json().array().size());
    // Every record in that status, and nothing else.
    QCOMPARE(listIds(u"a"_s, kind, {u"--status"_s, status}), expected);
}

void TestCli::list_unknownStatus_exits3_namesTheStatuses()
{
    // A typo used to list nothing with exit 0, which a script reads as "none in that status".
    CliResult r = runCli(profile(u"a"_s), {u"list"_s, u"practice"_s, u"--status"_s, u"publised"_s});
    CLI_EXPECT(r, Invalid);
    QVERIFY2(r.err.contains("publised") && r.err.contains("published"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    r = runCli(profile(u"a"_s), {u"list"_s, u"post"_s, u"--status"_s, u"open"_s});
    CLI_EXPECT(r, Invalid);
    // Any case of a real status is that status.
    CLI_EXPECT(runCli(profile(u"a"_s), {u"list"_s, u"practice"_s, u"--status"_s, u"Published"_s}),
               Ok);
}

void TestCli::stats_countsWhatListReturns()
{
    // Each count is the number of records `list` gives with the same filters plus that value.
    struct Case
    {
        QString kind;     // as `stats` takes it
        QString listKind; // as `list` takes it
        QString by;
        QString listOption; // the list filter for one value of `by`
        QStringList filters;
    };
    const Case cases[] = {
        {u"practices"_s, u"practice"_s, u"pillar"_s, u"--pillar"_s, {}},
        {u"practices"_s, u"practice"_s, u"status"_s, u"--status"_s, {u"--pillar"_s, u"green"_s}},
        {u"practices"_s, u"practice"_s, u"country"_s, u"--country"_s, {}},
        {u"commitments"_s, u"commitment"_s, u"status"_s, u"--status"_s, {}},
        {u"commitment"_s, u"commitment"_s, u"country"_s, u"--country"_s, {}},
    };
    for (const Case &c : cases) {
        const CliResult r =
            runCli(profile(u"a"_s),
                   QStringList{u"stats"_s, c.kind, u"--by"_s, c.by, u"--json"_s} + c.filters);
        CLI_EXPECT(r, Ok);
        const QJsonObject stats = r.json().object();
        QCOMPARE(stats.value(u"by"_s).toString(), c.by);
        const QJsonArray counts = stats.value(u"counts"_s).toArray();
        QVERIFY2(!counts.isEmpty(), qPrintable(c.kind + u' ' + c.by));
        QCOMPARE(stats.value(u"total"_s).toInt(), listIds(u"a"_s, c.listKind, c.filters).size());
        int previous = INT_MAX;
        for (const QJsonValue &v : counts) {
            const QJsonObject entry = v.toObject();
            const int count = entry.value(u"count"_s).toInt();
            QVERIFY(count <= previous); // largest first
            previous = count;
            if (entry.value(u"value"_s).isNull())
                continue; // records without a value: no list filter selects them
            const QString value = entry.value(u"value"_s).toString();
            QCOMPARE(
                listIds(u"a"_s, c.listKind, c.filters + QStringList{c.listOption, value}).size(),
                count);
        }
    }
    // Years come oldest first; every start year counted once.
    const CliResult years =
        runCli(profile(u"a"_s), {u"stats"_s, u"practices"_s, u"--by"_s, u"start_year"_s});
    CLI_EXPECT(years, Ok);
    QVERIFY(years.out.contains("record(s) in all"));

    CliResult bad = runCli(profile(u"a"_s), {u"stats"_s, u"practices"_s, u"--by"_s, u"colour"_s});
    CLI_EXPECT(bad, Invalid);
    QVERIFY2(bad.err.contains("colour"), bad.err.constData());
    CLI_EXPECT(runCli(profile(u"a"_s), {u"stats"_s, u"practices"_s}), Usage);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"stats"_s, u"colours"_s, u"--by"_s, u"pillar"_s}), Usage);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"stats"_s, u"practices"_s, u"--by"_s, u"pillar"_s,
                                        u"--pillar"_s, u"blue"_s}),
               Invalid);
}

void TestCli::show_unknownId_exits3()
{
    const CliResult r =
        runCli(profile(u"a"_s), {u"show"_s, u"00000000-0000-4000-8000-000000000000"_s});
    CLI_EXPECT(r, Invalid);
    QVERIFY(r.err.contains("No record"));
    CLI_EXPECT(runCli(profile(u"a"_s), {u"edit"_s, u"nope"_s, u"--set"_s, u"title=x"_s}), Invalid);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"submit"_s, u"nope"_s}), Invalid);
}

void TestCli::kindCommands_unknownIdOrWrongKind_exit3_changeNothing()
{
    // submit/withdraw are for practices, join/decline/leave for initiatives: one prologue
    // finds the record and checks its kind, with the same messages and exit codes for all.
    const QString practice = createPractice(u"a"_s, u"Kind check practice"_s);
    const QString initiative =
        create(u"a"_s, u"initiative"_s,
               {{u"title"_s, u"Kind check initiative"_s}, {u"lead_country"_s, u"KEN"_s}});
    QVERIFY(smec::domain::isCanonicalId(practice));
    QVERIFY(smec::domain::isCanonicalId(initiative));
    const QJsonObject practiceBefore = show(u"a"_s, practice);
    const QJsonObject initiativeBefore = show(u"a"_s, initiative);
    const QString unknown = u"00000000-0000-4000-8000-0000000000aa"_s;
    for (const QString &command :
         {u"submit"_s, u"withdraw"_s, u"join"_s, u"decline"_s, u"leave"_s}) {
        const CliResult r = runCli(profile(u"a"_s), {command, unknown});
        CLI_EXPECT(r, Invalid);
        QVERIFY2(r.err.contains(QByteArray("No record with id " + unknown.toUtf8())),
                 r.err.constData());
    }
    for (const QString &command : {u"submit"_s, u"withdraw"_s}) {
        const CliResult r = runCli(profile(u"a"_s), {command, initiative});
        CLI_EXPECT(r, Invalid);
        QVERIFY2(r.err.contains(
                     QByteArray(initiative.toUtf8() +
                                " is a initiative; only practices are submitted and withdrawn.")),
                 r.err.constData());
    }
    for (const QString &command : {u"join"_s, u"decline"_s, u"leave"_s}) {
        const CliResult r = runCli(profile(u"a"_s), {command, practice});
        CLI_EXPECT(r, Invalid);
        QVERIFY2(r.err.contains(
                     QByteArray(practice.toUtf8() +
                                " is a practice; countries join, decline and leave initiatives.")),
                 r.err.constData());
    }
    QCOMPARE(show(u"a"_s, practice), practiceBefore);
    QCOMPARE(show(u"a"_s, initiative), initiativeBefore);
    // Signed out, join says to sign in (exit 5) before it looks for the record.
    const CliResult signedOut = runCli(profile(u"signed-out"_s), {u"join"_s, unknown});
    CLI_EXPECT(signedOut, Auth);
    QVERIFY2(signedOut.err.contains("Sign in first"), signedOut.err.constData());
    // Malformed input is just an id that is not there.
    CLI_EXPECT(runCli(profile(u"a"_s), {u"leave"_s, u"not-an-id"_s}), Invalid);
}

void TestCli::create_edit_submit_reachesServer_withdraw()
{
    const QString id = createPractice(u"a"_s, u"Mobile money for market traders"_s);
    QVERIFY(smec::domain::isCanonicalId(id));
    QCOMPARE(show(u"a"_s, id).value(u"state"_s).toString(), u"pending"_s);

    // --set values are JSON when they parse, strings otherwise.
    CliResult r =
        runCli(profile(u"a"_s), {u"edit"_s, id, u"--set"_s, u"start_year=2020"_s, u"--set"_s,
                                 u"pillars=[\"digital\",\"finance\"]"_s, u"--set"_s,
                                 u"summary=Traders pay and get paid by phone"_s, u"--set"_s,
                                 u"implementing_org=Ministry of Trade"_s});
    CLI_EXPECT(r, Ok);
    QJsonObject fields = show(u"a"_s, id).value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"start_year"_s), QJsonValue(2020));
    QCOMPARE(fields.value(u"pillars"_s).toArray(), (QJsonArray{u"digital"_s, u"finance"_s}));
    QCOMPARE(fields.value(u"summary"_s).toString(), u"Traders pay and get paid by phone"_s);

    // An unknown field name is a typo, not a new field; an invalid value is refused.
    CLI_EXPECT(runCli(profile(u"a"_s), {u"edit"_s, id, u"--set"_s, u"titel=x"_s}), Invalid);
    r = runCli(profile(u"a"_s), {u"edit"_s, id, u"--set"_s, u"instrument=magic"_s});
    CLI_EXPECT(r, Invalid);
    QVERIFY2(r.err.contains("instrument"), r.err.constData());

    const QString more = writeFile(
        u"more.json"_s, QJsonDocument(QJsonObject{{u"body"_s, u"Traders register once."_s},
                                                  {u"results"_s, u"Sales grew."_s},
                                                  {u"instrument"_s, u"digital_service"_s}})
                            .toJson());
    CLI_EXPECT(runCli(profile(u"a"_s), {u"edit"_s, id, u"--file"_s, more}), Ok);
    r = runCli(profile(u"a"_s), {u"submit"_s, id});
    CLI_EXPECT(r, Ok);
    QCOMPARE(show(u"a"_s, id).value(u"fields"_s).toObject().value(u"status"_s).toString(),
             u"submitted"_s);

    r = runCli(profile(u"a"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QVERIFY(r.json().object().value(u"pushed"_s).toInt() >= 1);
    QCOMPARE(show(u"a"_s, id).value(u"state"_s).toString(), u"synced"_s);

    // A second profile of the same country sees it on the server.
    CLI_EXPECT(login(u"b"_s, u"kenb"_s, u"kenb-password"_s), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    QJsonObject seen = show(u"b"_s, id);
    QCOMPARE(seen.value(u"fields"_s).toObject().value(u"status"_s).toString(), u"submitted"_s);
    QVERIFY(seen.value(u"rev"_s).toInt() > 0);
    QVERIFY(smec::domain::isPracticeRefCode(
        seen.value(u"fields"_s).toObject().value(u"ref_code"_s).toString()));

    // Withdraw: back to draft, on the server too.
    CLI_EXPECT(runCli(profile(u"a"_s), {u"withdraw"_s, id}), Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    QCOMPARE(show(u"b"_s, id).value(u"fields"_s).toObject().value(u"status"_s).toString(),
             u"draft"_s);
    // Already a draft: nothing to do.
    CLI_EXPECT(runCli(profile(u"a"_s), {u"withdraw"_s, id}), Ok);
}

void TestCli::initiative_rwandaJoinsOfflineAndTicks_bothProfilesConverge()
{
    CLI_EXPECT(login(u"kenya"_s, u"ken"_s, u"ken-password"_s), Ok);
    CLI_EXPECT(login(u"rwanda"_s, u"rwa"_s, u"rwa-password"_s), Ok);
    CLI_EXPECT(login(u"france"_s, u"fra"_s, u"fra-password"_s), Ok);

    // A Kenyan delegate proposes, inviting Rwanda; milestones typed without ids get them.
    const QString id = create(
        u"kenya"_s, u"initiative"_s,
        {{u"title"_s, u"Lake Victoria e-invoicing pilot"_s},
         {u"lead_country"_s, u"KEN"_s},
         {u"kind"_s, u"joint_programme"_s},
         {u"partners"_s,
          QJsonArray{QJsonObject{{u"country"_s, u"RWA"_s}, {u"state"_s, u"invited"_s}}}},
         {u"milestones"_s, QJsonArray{QJsonObject{{u"title"_s, u"Pilot"_s}, {u"done"_s, false}},
                                      QJsonObject{{u"title"_s, u"Scale"_s}, {u"done"_s, false}}}}});
    QVERIFY(smec::domain::isCanonicalId(id));
    const QJsonArray typed =
        show(u"kenya"_s, id).value(u"fields"_s).toObject().value(u"milestones"_s).toArray();
    QCOMPARE(typed.size(), 2);
    for (const QJsonValue &m : typed)
        QVERIFY(smec::domain::isCanonicalId(m.toObject().value(u"id"_s).toString()));
    // Marking Rwanda joined for it is refused locally: consent is Rwanda's.
    CliResult r =
        runCli(profile(u"kenya"_s), {u"edit"_s, id, u"--set"_s,
                                     u"partners=[{\"country\":\"RWA\",\"state\":\"joined\"}]"_s});
    CLI_EXPECT(r, Invalid);
    QVERIFY2(r.err.contains("Rwanda"), r.err.constData());
    CLI_EXPECT(runCli(profile(u"kenya"_s), {u"sync"_s}), Ok);

    // Rwanda sees the invitation; France does not see the proposal at all.
    CLI_EXPECT(runCli(profile(u"rwanda"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"france"_s), {u"sync"_s}), Ok);
    QVERIFY(listIds(u"rwanda"_s, u"initiative"_s, {u"--country"_s, u"RWA"_s}).contains(id));
    QVERIFY(!listIds(u"rwanda"_s, u"initiative"_s, {u"--country"_s, u"UGA"_s}).contains(id));
    QVERIFY(!listIds(u"france"_s, u"initiative"_s).contains(id));
    CLI_EXPECT(runCli(profile(u"france"_s), {u"show"_s, id}), Invalid);
    r = runCli(profile(u"france"_s), {u"join"_s, id});
    CLI_EXPECT(r, Invalid);

    // Offline, Rwanda joins and ticks the first milestone; meanwhile Kenya ticks the second.
    r = runCli(profile(u"rwanda"_s), {u"leave"_s, id});
    CLI_EXPECT(r, Invalid); // not joined yet: it says to decline instead
    QVERIFY2(r.err.contains("decline"), r.err.constData());
    CLI_EXPECT(runCli(profile(u"rwanda"_s), {u"join"_s, id}), Ok);
    CLI_EXPECT(runCli(profile(u"rwanda"_s), {u"join"_s, id}), Ok); // already joined: nothing to do
    auto tick = [&](const QString &name, int index) {
        QJsonArray milestones =
            show(name, id).value(u"fields"_s).toObject().value(u"milestones"_s).toArray();
        QJsonObject m = milestones.at(index).toObject();
        m.insert(u"done"_s, true);
        milestones.replace(index, m);
        return runCli(
            profile(name),
            {u"edit"_s, id, u"--set"_s,
             u"milestones="_s +
                 QString::fromUtf8(QJsonDocument(milestones).toJson(QJsonDocument::Compact))});
    };
    CLI_EXPECT(tick(u"rwanda"_s, 0), Ok);
    CLI_EXPECT(tick(u"kenya"_s, 1), Ok);
    CLI_EXPECT(runCli(profile(u"kenya"_s), {u"sync"_s}), Ok);

    // Rwanda comes back online: its write meets Kenya's, merges by milestone and partner, and
    // goes through; neither tick is lost and no conflict is left.
    r = runCli(profile(u"rwanda"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QCOMPARE(r.json().object().value(u"conflicts"_s).toInt(), 0);
    CLI_EXPECT(runCli(profile(u"kenya"_s), {u"sync"_s}), Ok);
    const QJsonObject kenya = show(u"kenya"_s, id);
    const QJsonObject rwanda = show(u"rwanda"_s, id);
    QCOMPARE(kenya.value(u"state"_s).toString(), u"synced"_s);
    QCOMPARE(rwanda.value(u"state"_s).toString(), u"synced"_s);
    QCOMPARE(kenya.value(u"rev"_s), rwanda.value(u"rev"_s));
    QCOMPARE(kenya.value(u"fields"_s), rwanda.value(u"fields"_s));
    const QJsonObject fields = kenya.value(u"fields"_s).toObject();
    const QJsonArray joinedRwanda{QJsonObject{{u"country"_s, u"RWA"_s}, {u"state"_s, u"joined"_s}}};
    QCOMPARE(fields.value(u"partners"_s).toArray(), joinedRwanda);
    for (const QJsonValue &m : fields.value(u"milestones"_s).toArray())
        QVERIFY(m.toObject().value(u"done"_s).toBool());

    // Active: France now sees it; Rwanda, a joined partner, may leave it.
    CLI_EXPECT(runCli(profile(u"kenya"_s), {u"edit"_s, id, u"--set"_s, u"status=active"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"kenya"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"france"_s), {u"sync"_s}), Ok);
    QVERIFY(listIds(u"france"_s, u"initiative"_s, {u"--status"_s, u"active"_s}).contains(id));
    CLI_EXPECT(runCli(profile(u"rwanda"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"rwanda"_s), {u"leave"_s, id}), Ok);
    CLI_EXPECT(runCli(profile(u"rwanda"_s), {u"sync"_s}), Ok);
    QVERIFY(!listIds(u"rwanda"_s, u"initiative"_s, {u"--country"_s, u"RWA"_s}).contains(id));
}

void TestCli::initiative_searchAndExport_withPartnersAndMilestones()
{
    // The Kenyan profile of the test above; written locally, read back without a sync.
    const QString id =
        create(u"kenya"_s, u"initiative"_s,
               {{u"title"_s, u"Geothermal skills exchange"_s},
                {u"lead_country"_s, u"KEN"_s},
                {u"summary"_s, u"Apprentices trained across the Rift"_s},
                {u"description"_s, u"Technicians rotate between plants"_s},
                {u"outcomes"_s, u"Forty certified technicians"_s},
                {u"partners"_s,
                 QJsonArray{QJsonObject{{u"country"_s, u"ETH"_s}, {u"state"_s, u"invited"_s}},
                            QJsonObject{{u"country"_s, u"RWA"_s}, {u"state"_s, u"invited"_s}}}},
                {u"milestones"_s, QJsonArray{QJsonObject{{u"title"_s, u"Curriculum agreed"_s},
                                                         {u"due"_s, u"2026-09-30"_s},
                                                         {u"done"_s, true}},
                                             QJsonObject{{u"title"_s, u"First cohort"_s}}}}});
    QVERIFY(smec::domain::isCanonicalId(id));

    // search: any of its texts finds it, a milestone title too, with its kind.
    for (const QString &words :
         {u"geothermal"_s, u"apprentices"_s, u"rotate"_s, u"certified"_s, u"curriculum"_s}) {
        const CliResult r = runCli(profile(u"kenya"_s), {u"search"_s, words, u"--json"_s});
        CLI_EXPECT(r, Ok);
        const QJsonArray hits = r.json().array();
        QJsonObject hit;
        for (const QJsonValue &v : hits) // the demo content may match the word too
            if (v.toObject().value(u"id"_s).toString() == id)
                hit = v.toObject();
        QVERIFY2(!hit.isEmpty(), r.out.constData());
        QCOMPARE(hit.keys(), (QStringList{u"id"_s, u"kind"_s, u"snippet"_s, u"title"_s}));
        QCOMPARE(hit.value(u"kind"_s).toString(), u"initiative"_s);
        QCOMPARE(hit.value(u"title"_s).toString(), u"Geothermal skills exchange"_s);
    }
    // The plain output keeps its shape: id, kind, title, then the snippet indented.
    CliResult r = runCli(profile(u"kenya"_s), {u"search"_s, u"technicians"_s});
    CLI_EXPECT(r, Ok);
    const QList<QByteArray> lines = r.out.split('\n');
    const qsizetype line =
        lines.indexOf(QByteArray(id.toUtf8() + "  initiative  Geothermal skills exchange"));
    QVERIFY2(line >= 0 && line + 1 < lines.size(), r.out.constData());
    QVERIFY2(lines.at(line + 1).startsWith("    ") &&
                 lines.at(line + 1).toLower().contains("technicians"),
             r.out.constData());

    // export --kind initiative: CSV with partners and milestones readable in a cell.
    const QString csv = m_dir.filePath(u"initiatives.csv"_s);
    r = runCli(profile(u"kenya"_s), {u"export"_s, u"--kind"_s, u"initiative"_s, u"--format"_s,
                                     u"csv"_s, u"--out"_s, csv, u"--country"_s, u"ETH"_s});
    CLI_EXPECT(r, Ok);
    QVERIFY2(r.err.contains("record(s) of kind initiative to"), r.err.constData());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvText = csvFile.readAll();
    QVERIFY2(csvText.startsWith("\xEF\xBB\xBFid,title,summary,description,lead_country,partners,"),
             csvText.constData());
    QVERIFY2(csvText.contains("ETH:invited; RWA:invited"), csvText.constData());
    QVERIFY2(csvText.contains("[x] Curriculum agreed (2026-09-30); [ ] First cohort"),
             csvText.constData());
    // The header, then what "list" gives for the same options, one row each.
    const QStringList involvingEthiopia =
        listIds(u"kenya"_s, u"initiative"_s, {u"--country"_s, u"ETH"_s});
    QVERIFY(involvingEthiopia.contains(id));
    QCOMPARE(csvText.count('\n'), involvingEthiopia.size() + 1);

    // Markdown: partners with their state, milestones with progress.
    const QString md = m_dir.filePath(u"initiatives.md"_s);
    r = runCli(profile(u"kenya"_s), {u"export"_s, u"--kind"_s, u"initiative"_s, u"--format"_s,
                                     u"md"_s, u"--out"_s, md, u"--country"_s, u"ETH"_s});
    CLI_EXPECT(r, Ok);
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString mdText = QString::fromUtf8(mdFile.readAll());
    QVERIFY2(mdText.contains(u"# Geothermal skills exchange"_s), qPrintable(mdText));
    QVERIFY2(mdText.contains(u"## Partners"_s), qPrintable(mdText));
    QVERIFY2(mdText.contains(u"- Ethiopia \\(Invited\\)"_s), qPrintable(mdText));
    QVERIFY2(mdText.contains(u"Milestones \\(1 of 2 done\\)"_s), qPrintable(mdText));
    QVERIFY2(mdText.contains(u"- [x] Curriculum agreed (due 2026\\-09\\-30)"_s),
             qPrintable(mdText));
    QVERIFY2(mdText.contains(u"- [ ] First cohort"_s), qPrintable(mdText));

    // PDF, titled for initiatives.
    const QString pdf = m_dir.filePath(u"initiatives.pdf"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    r = runCli(profile(u"kenya"_s),
               {u"export"_s, u"--kind"_s, u"initiative"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf,
                u"--country"_s, u"ETH"_s},
               {}, env);
    CLI_EXPECT(r, Ok);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    // A kind that does not exist is a usage error, and nothing is written.
    const QString none = m_dir.filePath(u"none.csv"_s);
    r = runCli(profile(u"kenya"_s), {u"export"_s, u"--kind"_s, u"initiatives"_s, u"--format"_s,
                                     u"csv"_s, u"--out"_s, none});
    CLI_EXPECT(r, Usage);
    QVERIFY2(r.err.contains("Unknown kind \"initiatives\""), r.err.constData());
    QVERIFY(!QFile::exists(none));
}

void TestCli::create_threadPostMeetingCommitment_reachOtherProfile()
{
    const QString thread = create(u"a"_s, u"thread"_s,
                                  {{u"title"_s, u"Who guarantees loans to first exporters?"_s},
                                   {u"kind"_s, u"question"_s},
                                   {u"pillars"_s, QJsonArray{u"finance"_s}},
                                   {u"status"_s, u"open"_s}});
    QVERIFY(smec::domain::isCanonicalId(thread));
    const QString post = create(u"a"_s, u"post"_s,
                                {{u"thread_id"_s, thread}, {u"body"_s, u"Kenya's export bank."_s}});
    QVERIFY(smec::domain::isCanonicalId(post));
    const QString commitment = create(u"a"_s, u"commitment"_s,
                                      {{u"country"_s, u"KEN"_s},
                                       {u"pillar"_s, u"finance"_s},
                                       {u"title"_s, u"Guarantee fund for first exporters"_s},
                                       {u"status"_s, u"announced"_s}});
    QVERIFY(smec::domain::isCanonicalId(commitment));

    // Only the secretariat adds meetings: a delegate is told so and nothing is saved.
    const QString meetingFile =
        writeFile(u"meeting.json"_s, QJsonDocument(QJsonObject{{u"title"_s, u"Export finance"_s},
                                                               {u"kind"_s, u"thematic"_s},
                                                               {u"starts_on"_s, u"2026-06-02"_s}})
                                         .toJson());
    const auto meetingCount = [this] {
        return listIds(u"a"_s, u"meeting"_s).size();
    };
    const qsizetype meetingsBefore = meetingCount();
    CliResult r = runCli(profile(u"a"_s), {u"create"_s, u"meeting"_s, u"--file"_s, meetingFile});
    CLI_EXPECT(r, Invalid);
    QVERIFY2(r.err.contains("Only the secretariat can add meetings"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(meetingCount(), meetingsBefore);
    CLI_EXPECT(login(u"sec"_s, u"sec"_s, u"sec-password"_s), Ok);
    r = runCli(profile(u"sec"_s), {u"create"_s, u"meeting"_s, u"--file"_s, meetingFile});
    CLI_EXPECT(r, Ok);
    const QString meeting = QString::fromUtf8(r.out.trimmed());
    QVERIFY(smec::domain::isCanonicalId(meeting));

    // Listed and shown locally, pending, before any sync.
    QVERIFY(listIds(u"a"_s, u"thread"_s).contains(thread));
    QVERIFY(listIds(u"a"_s, u"post"_s).contains(post));
    QVERIFY(listIds(u"a"_s, u"commitment"_s).contains(commitment));
    const QJsonObject shownPost = show(u"a"_s, post);
    QCOMPARE(shownPost.value(u"kind"_s).toString(), u"post"_s);
    QCOMPARE(shownPost.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(shownPost.value(u"fields"_s).toObject().value(u"thread_id"_s).toString(), thread);

    r = runCli(profile(u"a"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QCOMPARE(r.json().object().value(u"pushed"_s).toInt(), 3);
    r = runCli(profile(u"sec"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QCOMPARE(r.json().object().value(u"pushed"_s).toInt(), 1);

    // Another profile gets each from the server, as written.
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    const QList<QPair<QString, QString>> expected{{thread, u"thread"_s},
                                                  {post, u"post"_s},
                                                  {commitment, u"commitment"_s},
                                                  {meeting, u"meeting"_s}};
    for (const auto &[id, kind] : expected) {
        const QJsonObject seen = show(u"b"_s, id);
        QVERIFY2(!seen.isEmpty(), qPrintable(kind));
        QCOMPARE(seen.value(u"kind"_s).toString(), kind);
        QCOMPARE(seen.value(u"state"_s).toString(), u"synced"_s);
        QVERIFY(seen.value(u"rev"_s).toInt() > 0);
        QCOMPARE(seen.value(u"fields"_s),
                 show(kind == u"meeting"_s ? u"sec"_s : u"a"_s, id).value(u"fields"_s));
    }
    QCOMPARE(show(u"b"_s, post).value(u"fields"_s).toObject().value(u"body"_s).toString(),
             u"Kenya's export bank."_s);
    QCOMPARE(show(u"b"_s, meeting).value(u"fields"_s).toObject().value(u"starts_on"_s).toString(),
             u"2026-06-02"_s);
}

void TestCli::sync_serverRejection_exits6_andSaysWhy()
{
    // Written before ever signing in, so no local permission check: the server has the last
    // word, and a delegate may not add meetings.
    const QString meeting = create(u"offline"_s, u"meeting"_s,
                                   {{u"title"_s, u"Drafted on the plane"_s},
                                    {u"kind"_s, u"regional"_s},
                                    {u"starts_on"_s, u"2026-09-15"_s}});
    QVERIFY(smec::domain::isCanonicalId(meeting));
    CLI_EXPECT(login(u"offline"_s, u"ken"_s, u"ken-password"_s), Ok);
    CliResult r = runCli(profile(u"offline"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Unresolved);
    const QJsonObject report = r.json().object();
    QCOMPARE(report.value(u"rejected"_s).toInt(), 1);
    QCOMPARE(report.value(u"conflicts"_s).toInt(), 0);
    QCOMPARE(report.value(u"pushed"_s).toInt(), 0);
    QVERIFY2(r.err.contains("The server rejected 1 edit(s)"), r.err.constData());

    r = runCli(profile(u"offline"_s), {u"status"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QCOMPARE(r.json().object().value(u"rejected"_s).toInt(), 1);
    QCOMPARE(show(u"offline"_s, meeting).value(u"state"_s).toString(), u"rejected"_s);
    // The server's reason is shown where the message says to look.
    r = runCli(profile(u"offline"_s), {u"show"_s, meeting});
    CLI_EXPECT(r, Ok);
    QVERIFY2(r.out.contains("rejected: Only the secretariat can add meetings. (forbidden)"),
             r.out.constData());
    // It stays unresolved: the next sync says so again.
    CLI_EXPECT(runCli(profile(u"offline"_s), {u"sync"_s}), Unresolved);
    // It never reached the server: another profile does not get it.
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    QVERIFY(!listIds(u"b"_s, u"meeting"_s).contains(meeting));
}

void TestCli::sync_serverUnavailableOrDown_exits4_keepsEdits()
{
    // The real server behind a proxy that can answer 503 itself, as a load balancer does when
    // the server is overloaded or in maintenance (Retry-After: 1, so the retries stay short).
    QThread thread;
    auto *proxy = new FaultProxy;
    const auto stop = qScopeGuard([&] {
        QMetaObject::invokeMethod(proxy, "deleteLater");
        thread.quit();
        thread.wait();
    });
    proxy->setUpstream(u"127.0.0.1"_s, m_server.port());
    QVERIFY(proxy->startInThread(thread));
    const QString proxied = u"http://127.0.0.1:%1"_s.arg(proxy->port());
    CLI_EXPECT(runCli(profile(u"proxied"_s),
                      {u"login"_s, u"--server"_s, proxied, u"--username"_s, u"kenb"_s,
                       u"--password-stdin"_s, u"--token-file"_s},
                      "kenb-password\n"),
               Ok);
    const QString id = create(u"proxied"_s, u"thread"_s, {{u"title"_s, u"Waiting to be sent"_s}});
    QVERIFY(!id.isEmpty());
    const auto pending = [this] {
        return runCli(profile(u"proxied"_s), {u"status"_s, u"--json"_s})
            .json()
            .object()
            .value(u"pending"_s)
            .toInt(-1);
    };

    proxy->setFaultKinds({FaultProxy::Fault::Status503});
    proxy->setFaultRate(1.0);
    CliResult r = runCli(profile(u"proxied"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Unreachable);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("service unavailable") && r.err.contains(proxied.toUtf8()) &&
                 r.err.contains("Your local edits are kept; run sync again later."),
             r.err.constData());
    QCOMPARE(pending(), 1);
    QCOMPARE(show(u"proxied"_s, id).value(u"state"_s).toString(), u"pending"_s);

    // Nothing listening on the port any more.
    QVERIFY(QMetaObject::invokeMethod(proxy, "close", Qt::BlockingQueuedConnection));
    r = runCli(profile(u"proxied"_s), {u"sync"_s});
    CLI_EXPECT(r, Unreachable);
    QVERIFY2(r.err.contains("Cannot reach the server") && r.err.contains(proxied.toUtf8()) &&
                 r.err.contains("Your local edits are kept; run sync again later."),
             r.err.constData());
    QCOMPARE(pending(), 1);
}

void TestCli::submit_incomplete_listsEveryMissingField()
{
    const QString id = createPractice(u"a"_s, u"Half-written idea"_s);
    QVERIFY(!id.isEmpty());
    const CliResult r = runCli(profile(u"a"_s), {u"submit"_s, id});
    CLI_EXPECT(r, Invalid);
    for (const char *field : {"summary:", "body:", "results:", "pillars:", "instrument:",
                              "implementing_org:", "start_year:"})
        QVERIFY2(r.err.contains(field), field);
    QCOMPARE(show(u"a"_s, id).value(u"fields"_s).toObject().value(u"status"_s).toString(),
             QString());
}

void TestCli::import_dryRun_reportsRowAndField_writesNothing()
{
    const QString csv = writeFile(
        u"bad.csv"_s,
        "\xEF\xBB\xBFtitle,country,pillars,start_year,summary\r\n"
        "Export credit guarantees,KEN,finance; green,2019,\"Guarantees, for \"\"first\"\" "
        "exporters\"\r\n"
        "Broken row,KEN,digital,not-a-year,x\r\n"
        "Solar kiosks,KEN,green,2021,\r\n");
    const auto count = [this] {
        return runCli(profile(u"a"_s), {u"list"_s, u"practice"_s, u"--json"_s})
            .json()
            .array()
            .size();
    };
    const qsizetype before = count();
    const CliResult r = runCli(profile(u"a"_s), {u"import"_s, u"--file"_s, csv, u"--dry-run"_s});
    CLI_EXPECT(r, Invalid);
    QVERIFY2(r.err.contains("row 2 (line 3), field start_year"), r.err.constData());
    QVERIFY2(r.err.contains("nothing was written"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(count(), before);

    // An unknown column is refused before any row.
    const QString unknown = writeFile(u"unknown.csv"_s, "title,colour\nA,red\n");
    const CliResult u = runCli(profile(u"a"_s), {u"import"_s, u"--file"_s, unknown});
    CLI_EXPECT(u, Invalid);
    QVERIFY2(u.err.contains("colour"), u.err.constData());
    QCOMPARE(count(), before);
}

void TestCli::import_savesValidRowsAsDrafts()
{
    const QString csv =
        writeFile(u"good.csv"_s, "title,country,pillars,start_year,body\n"
                                 "Women-led cooperatives fund,KEN,finance,2018,\n"
                                 "Only a title,,,,\n"
                                 "\"Quoted, title\",KEN,digital;green,2022,\"Line one\n"
                                 "line \"\"two\"\"\"\n");
    const QString bad = writeFile(u"good2.csv"_s, "title,country\nValid one,KEN\n,KEN\n");
    CliResult r = runCli(profile(u"a"_s), {u"import"_s, u"--file"_s, csv});
    CLI_EXPECT(r, Ok);
    const QStringList ids = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(ids.size(), 3);
    const QJsonObject third = show(u"a"_s, ids.at(2));
    QCOMPARE(third.value(u"fields"_s).toObject().value(u"title"_s).toString(), u"Quoted, title"_s);
    QCOMPARE(third.value(u"fields"_s).toObject().value(u"body"_s).toString(),
             u"Line one\nline \"two\""_s);
    QCOMPARE(third.value(u"fields"_s).toObject().value(u"pillars"_s).toArray(),
             (QJsonArray{u"digital"_s, u"green"_s}));
    QCOMPARE(third.value(u"fields"_s).toObject().value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(third.value(u"state"_s).toString(), u"pending"_s);

    r = runCli(profile(u"a"_s), {u"import"_s, u"--file"_s, bad});
    CLI_EXPECT(r, Invalid);
    QVERIFY2(r.err.contains("row 2 (line 3), field title"), r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts).size(), 1);
    QVERIFY2(r.err.contains("Imported 1 of 2"), r.err.constData());
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
}

void TestCli::export_csv_md_pdf()
{
    const QString csv = m_dir.filePath(u"out.csv"_s);
    CliResult r = runCli(profile(u"a"_s), {u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv,
                                           u"--country"_s, u"KEN"_s});
    CLI_EXPECT(r, Ok);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvText = csvFile.readAll();
    QVERIFY(csvText.startsWith("\xEF\xBB\xBFid,title,"));
    QVERIFY(csvText.contains("Mobile money for market traders"));

    const QString md = m_dir.filePath(u"out.md"_s);
    r = runCli(profile(u"a"_s),
               {u"export"_s, u"--format"_s, u"md"_s, u"--out"_s, md, u"--pillar"_s, u"finance"_s});
    CLI_EXPECT(r, Ok);
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QByteArray mdText = mdFile.readAll();
    QVERIFY(mdText.contains("# Mobile money for market traders"));
    QVERIFY(!mdText.contains("Quoted")); // digital and green only

    const QString pdf = m_dir.filePath(u"out.pdf"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    r = runCli(profile(u"a"_s),
               {u"export"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf, u"--country"_s, u"KEN"_s},
               {}, env);
    CLI_EXPECT(r, Ok);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
}

void TestCli::conflicts_resolveTakeMine_converges()
{
    const QString id = createPractice(u"a"_s, u"Shared draft"_s);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    // Both edit the same field offline; a changes another field too.
    CLI_EXPECT(runCli(profile(u"a"_s), {u"edit"_s, id, u"--set"_s, u"title=Title from A"_s,
                                        u"--set"_s, u"start_year=2015"_s}),
               Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"edit"_s, id, u"--set"_s, u"title=Title from B"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CliResult r = runCli(profile(u"b"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Unresolved);
    QCOMPARE(r.json().object().value(u"conflicts"_s).toInt(), 1);
    QVERIFY2(r.err.contains("resolve"), r.err.constData());

    r = runCli(profile(u"b"_s), {u"conflicts"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    const QJsonArray conflicts = r.json().array();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.first().toObject();
    QCOMPARE(c.value(u"id"_s).toString(), id);
    QCOMPARE(c.value(u"kind"_s).toString(), u"practice"_s);
    const QJsonArray fields = c.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 1); // start_year merged cleanly
    QCOMPARE(fields.first().toObject(), (QJsonObject{{u"name"_s, u"title"_s},
                                                     {u"base"_s, u"Shared draft"_s},
                                                     {u"mine"_s, u"Title from B"_s},
                                                     {u"theirs"_s, u"Title from A"_s}}));
    QCOMPARE(show(u"b"_s, id).value(u"state"_s).toString(), u"conflict"_s);
    r = runCli(profile(u"b"_s), {u"status"_s, u"--json"_s});
    QCOMPARE(r.json().object().value(u"conflicts"_s).toInt(), 1);

    CLI_EXPECT(runCli(profile(u"b"_s), {u"resolve"_s, id, u"--take"_s, u"mine"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    const QJsonObject a = show(u"a"_s, id);
    const QJsonObject b = show(u"b"_s, id);
    QCOMPARE(a.value(u"fields"_s).toObject().value(u"title"_s).toString(), u"Title from B"_s);
    QCOMPARE(a.value(u"fields"_s).toObject().value(u"start_year"_s), QJsonValue(2015));
    QCOMPARE(a, b);
    QCOMPARE(runCli(profile(u"b"_s), {u"conflicts"_s, u"--json"_s}).json().array().size(), 0);
}

void TestCli::conflicts_resolveWithEditedValue()
{
    const QString id = createPractice(u"a"_s, u"Another shared draft"_s);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"edit"_s, id, u"--set"_s, u"summary=A's summary"_s,
                                        u"--set"_s, u"start_year=2001"_s}),
               Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"edit"_s, id, u"--set"_s, u"summary=B's summary"_s,
                                        u"--set"_s, u"start_year=2002"_s}),
               Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Unresolved);
    // An invalid edited value leaves the conflict in place.
    CLI_EXPECT(runCli(profile(u"b"_s),
                      {u"resolve"_s, id, u"--field"_s, u"start_year"_s, u"--value"_s, u"1066"_s}),
               Invalid);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"resolve"_s, id, u"--field"_s, u"summary"_s, u"--value"_s,
                                        u"Both summaries"_s}),
               Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    const QJsonObject fields = show(u"a"_s, id).value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"summary"_s).toString(), u"Both summaries"_s);
    QCOMPARE(fields.value(u"start_year"_s), QJsonValue(2002)); // the rest from mine
    QCOMPARE(show(u"b"_s, id), show(u"a"_s, id));
}

void TestCli::conflicts_resolveTakeTheirs_dropsMine()
{
    const QString id = createPractice(u"a"_s, u"Third shared draft"_s);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"edit"_s, id, u"--set"_s, u"title=Title from A"_s}), Ok);
    // b also changes a field a left alone: "theirs" drops that too.
    CLI_EXPECT(runCli(profile(u"b"_s), {u"edit"_s, id, u"--set"_s, u"title=Title from B"_s,
                                        u"--set"_s, u"start_year=2011"_s}),
               Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Unresolved);

    const CliResult r = runCli(profile(u"b"_s), {u"resolve"_s, id, u"--take"_s, u"theirs"_s});
    CLI_EXPECT(r, Ok);
    QVERIFY2(r.err.contains("Took the server's version"), r.err.constData());
    QCOMPARE(runCli(profile(u"b"_s), {u"conflicts"_s, u"--json"_s}).json().array().size(), 0);
    const QJsonObject b = show(u"b"_s, id);
    QCOMPARE(b.value(u"state"_s).toString(), u"synced"_s);
    QCOMPARE(b.value(u"fields"_s).toObject().value(u"title"_s).toString(), u"Title from A"_s);
    QVERIFY(!b.value(u"fields"_s).toObject().contains(u"start_year"_s));

    // Nothing of b's edit is left to send, and both profiles hold the server's version.
    const CliResult sync = runCli(profile(u"b"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(sync, Ok);
    QCOMPARE(sync.json().object().value(u"pushed"_s).toInt(), 0);
    QCOMPARE(show(u"b"_s, id), show(u"a"_s, id));
}

void TestCli::textMerge_differentParagraphs_convergeSilently()
{
    const QString base = u"Vouchers for micro firms.\n\nLa mesure a été élargie.\n\n"
                         "البرنامج الرقمي للشركات الصغيرة.\n"_s;
    const QString id =
        create(u"a"_s, u"practice"_s,
               {{u"title"_s, u"Merged body"_s}, {u"country"_s, u"KEN"_s}, {u"body"_s, base}});
    QVERIFY(!id.isEmpty());
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"a"_s),
                      {u"edit"_s, id, u"--set"_s,
                       u"body=Vouchers for micro and small firms.\n\nLa mesure a été élargie.\n\n"
                       "البرنامج الرقمي للشركات الصغيرة.\n"_s}),
               Ok);
    CLI_EXPECT(
        runCli(profile(u"b"_s), {u"edit"_s, id, u"--set"_s,
                                 u"body=Vouchers for micro firms.\n\nLa mesure a été élargie.\n\n"
                                 "البرنامج الرقمي للشركات الصغيرة والمتوسطة.\n"_s}),
        Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    const CliResult r = runCli(profile(u"b"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QCOMPARE(r.json().object().value(u"conflicts"_s).toInt(), 0);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    const QString merged = u"Vouchers for micro and small firms.\n\nLa mesure a été élargie.\n\n"
                           "البرنامج الرقمي للشركات الصغيرة والمتوسطة.\n"_s;
    QCOMPARE(show(u"a"_s, id).value(u"fields"_s).toObject().value(u"body"_s).toString(), merged);
    QCOMPARE(show(u"a"_s, id), show(u"b"_s, id));
    QCOMPARE(show(u"b"_s, id).value(u"state"_s).toString(), u"synced"_s);
}

void TestCli::textMerge_overlappingEdits_resolvePerHunk_converge()
{
    const QString base = u"# Plan\n\nStep one.\n\nStep two.\n\nStep three.\n"_s;
    const QString id = create(u"a"_s, u"practice"_s,
                              {{u"title"_s, u"Hunks"_s},
                               {u"country"_s, u"KEN"_s},
                               {u"body"_s, base},
                               {u"lessons"_s, u"Keep it short.\n"_s}});
    QVERIFY(!id.isEmpty());
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    // Two overlapping places and one line only a changed.
    CLI_EXPECT(runCli(profile(u"a"_s),
                      {u"edit"_s, id, u"--set"_s,
                       u"body=# Plan A\n\nStep one by A.\n\nStep two.\n\nStep three by A.\n"_s}),
               Ok);
    CLI_EXPECT(runCli(profile(u"b"_s),
                      {u"edit"_s, id, u"--set"_s,
                       u"body=# Plan\n\nStep one by B.\n\nStep two.\n\nStep three by B.\n"_s,
                       u"--set"_s, u"lessons=Keep it short and clear.\n"_s}),
               Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Unresolved);

    CliResult r = runCli(profile(u"b"_s), {u"conflicts"_s, u"--json"_s});
    CLI_EXPECT(r, Ok);
    QJsonArray fields = r.json().array().first().toObject().value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 1); // lessons changed on one side only
    QJsonObject body = fields.first().toObject();
    QCOMPARE(body.value(u"name"_s).toString(), u"body"_s);
    QCOMPARE(body.value(u"mine"_s).toString(),
             u"# Plan\n\nStep one by B.\n\nStep two.\n\nStep three by B.\n"_s);
    QCOMPARE(body.value(u"hunks"_s).toArray(),
             (QJsonArray{QJsonObject{{u"index"_s, 0},
                                     {u"base"_s, u"Step one.\n"_s},
                                     {u"mine"_s, u"Step one by B.\n"_s},
                                     {u"theirs"_s, u"Step one by A.\n"_s}},
                         QJsonObject{{u"index"_s, 1},
                                     {u"base"_s, u"Step three.\n"_s},
                                     {u"mine"_s, u"Step three by B.\n"_s},
                                     {u"theirs"_s, u"Step three by A.\n"_s}}}));
    QCOMPARE(body.value(u"merged"_s).toString(),
             u"# Plan A\n\nStep one by B.\n\nStep two.\n\nStep three by B.\n"_s);

    // Bad hunk requests change nothing.
    CLI_EXPECT(runCli(profile(u"b"_s), {u"resolve"_s, id, u"--field"_s, u"body"_s, u"--hunk"_s,
                                        u"2"_s, u"--take"_s, u"mine"_s}),
               Invalid);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"resolve"_s, id, u"--field"_s, u"title"_s, u"--hunk"_s,
                                        u"0"_s, u"--take"_s, u"mine"_s}),
               Invalid);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"resolve"_s, id, u"--field"_s, u"body"_s, u"--hunk"_s,
                                        u"0"_s, u"--take"_s, u"neither"_s}),
               Usage);
    CLI_EXPECT(
        runCli(profile(u"b"_s), {u"resolve"_s, id, u"--hunk"_s, u"0"_s, u"--take"_s, u"mine"_s}),
        Usage);

    r = runCli(profile(u"b"_s), {u"resolve"_s, id, u"--field"_s, u"body"_s, u"--hunk"_s, u"1"_s,
                                 u"--take"_s, u"both"_s});
    CLI_EXPECT(r, Ok);
    QCOMPARE(show(u"b"_s, id).value(u"state"_s).toString(), u"conflict"_s);
    r = runCli(profile(u"b"_s), {u"conflicts"_s, u"--json"_s});
    body = r.json().array().first().toObject().value(u"fields"_s).toArray().first().toObject();
    QCOMPARE(body.value(u"hunks"_s).toArray().size(), 1); // hunk 1 is settled
    QCOMPARE(body.value(u"hunks"_s).toArray().first().toObject().value(u"index"_s).toInt(), 0);
    QCOMPARE(body.value(u"merged"_s).toString(),
             u"# Plan A\n\nStep one by B.\n\nStep two.\n\nStep three by B.\nStep three by A.\n"_s);

    r = runCli(profile(u"b"_s), {u"resolve"_s, id, u"--field"_s, u"body"_s, u"--hunk"_s, u"0"_s,
                                 u"--take"_s, u"theirs"_s});
    CLI_EXPECT(r, Ok);
    QVERIFY2(r.err.contains("last hunk"), r.err.constData());
    QCOMPARE(runCli(profile(u"b"_s), {u"conflicts"_s, u"--json"_s}).json().array().size(), 0);

    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"a"_s), {u"sync"_s}), Ok);
    const QJsonObject fieldsA = show(u"a"_s, id).value(u"fields"_s).toObject();
    QCOMPARE(fieldsA.value(u"body"_s).toString(),
             u"# Plan A\n\nStep one by A.\n\nStep two.\n\nStep three by B.\nStep three by A.\n"_s);
    QCOMPARE(fieldsA.value(u"lessons"_s).toString(), u"Keep it short and clear.\n"_s);
    QCOMPARE(show(u"a"_s, id), show(u"b"_s, id));
    QCOMPARE(show(u"a"_s, id).value(u"state"_s).toString(), u"synced"_s);
}

void TestCli::resolve_unknownId_exits3()
{
    const CliResult r =
        runCli(profile(u"a"_s), {u"resolve"_s, u"nope"_s, u"--take"_s, u"theirs"_s});
    CLI_EXPECT(r, Invalid);
    QVERIFY(r.err.contains("No conflict"));
}

void TestCli::revokedToken_exits5()
{
    CLI_EXPECT(login(u"revoked"_s, u"kenb"_s, u"kenb-password"_s), Ok);
    QFile token(QDir(profile(u"revoked"_s)).filePath(u"token"_s));
    QVERIFY(token.open(QIODevice::WriteOnly | QIODevice::Truncate));
    token.write("not-a-valid-token-anymore");
    token.close();
    const CliResult r = runCli(profile(u"revoked"_s), {u"sync"_s});
    CLI_EXPECT(r, Auth);
    QVERIFY2(r.err.contains("Sign in again"), r.err.constData());
}

void TestCli::logout_revokesAndForgets()
{
    QFile tokenFile(QDir(profile(u"b"_s)).filePath(u"token"_s));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    const QByteArray token = tokenFile.readAll().trimmed();
    tokenFile.close();
    const CliResult r = runCli(profile(u"b"_s), {u"logout"_s});
    CLI_EXPECT(r, Ok);
    QVERIFY(!tokenFile.exists());
    // The server no longer accepts the token.
    const auto response = smec::test::rawRequest(
        m_server.port(), smec::test::request("GET", "/api/v1/reference", token));
    QCOMPARE(response.status, 401);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"sync"_s}), Auth);
    // Local records stay and work offline.
    CLI_EXPECT(runCli(profile(u"b"_s), {u"list"_s, u"practice"_s}), Ok);
    CLI_EXPECT(runCli(profile(u"b"_s), {u"logout"_s}), Ok);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
