// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "servercommandline.h"

#include "authservice.h"
#include "databaseurl.h"
#include "serverlog.h"
#include "signalwatcher.h"
#include "storage.h"
#include "syncserver.h"

#include "datagen/demodata.h"
#include "datagen/syntheticgenerator.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>

#include <map>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

// A tiny option parser: `--name value` pairs and `--flag` switches, nothing positional.
struct Options
{
    std::map<QString, QString> values;
    QStringList flags;
    QString error;

    bool has(const QString &name) const { return values.count(name) || flags.contains(name); }
    QString value(const QString &name) const
    {
        const auto it = values.find(name);
        return it == values.end() ? QString() : it->second;
    }
};

Options parseOptions(const QStringList &args, const QStringList &valued,
                     const QStringList &switches)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = arg.indexOf(u'='); arg.startsWith("--"_L1) && eq > 0) {
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        if (valued.contains(arg)) {
            if (!hasInline && i + 1 >= args.size()) {
                o.error = u"option %1 needs a value"_s.arg(arg);
                return o;
            }
            o.values[arg] = hasInline ? inlineValue : args.at(++i);
        } else if (switches.contains(arg) && !hasInline) {
            o.flags << arg;
        } else {
            o.error = u"unknown argument: %1"_s.arg(args.at(i));
            return o;
        }
    }
    return o;
}

// Author of seeded content: no account signs in with it.
const QString systemUserId = u"00000000-0000-4000-8000-000000000000"_s;

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == "localhost"_L1)
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

int positiveInt(const Options &o, const QString &name, int fallback, bool *ok)
{
    if (!o.has(name))
        return fallback;
    const int value = o.value(name).toInt(ok);
    if (*ok && value <= 0)
        *ok = false;
    return value;
}

} // namespace

ServerCommandLine::ServerCommandLine(FILE *out, FILE *err)
    : m_out(out)
    , m_err(err)
{}

QString ServerCommandLine::usage()
{
    return uR"(Usage:
  smecommunity-server serve --database URL --listen HOST:PORT
                            (--tls-cert FILE --tls-key FILE | --insecure-http)
                            [--idle-timeout SECONDS] [--request-timeout SECONDS]
                            [--token-days N] [--tombstone-days N]
  smecommunity-server user add --database URL --username U --role ROLE [--country ISO3]
                            [--display-name NAME] --password-stdin
  smecommunity-server seed --database URL (--demo | --synthetic N)
  smecommunity-server --help | --version

URL is sqlite:PATH or postgresql://user:password@host:port/dbname.
ROLE is analyst, delegate, secretariat or admin; delegates need --country.
Plain HTTP (--insecure-http) is only served on a loopback address.
Exit codes: 0 ok, 1 failure, 2 usage, 3 database error, 4 cannot serve.
)"_s;
}

void ServerCommandLine::print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

int ServerCommandLine::fail(int code, const QString &message)
{
    print(m_err, u"smecommunity-server: %1\n"_s.arg(message));
    if (code == Usage)
        print(m_err, u"Run smecommunity-server --help for usage.\n"_s);
    return code;
}

int ServerCommandLine::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return fail(Usage, u"no command given"_s);
    const QString command = args.constFirst();
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        print(m_out, usage());
        return Ok;
    }
    if (command == "--version"_L1) {
        // The first line is the version alone, as before; the licence follows it.
        print(m_out, u"smecommunity-server %1\n"
                     "Licence: GPL-3.0-or-later <https://www.gnu.org/licenses/gpl-3.0.html>\n"
                     "This is free software: you are free to change and redistribute it. There "
                     "is NO WARRANTY, to the extent permitted by law.\n"_s.arg(
                         QStringLiteral(SMEC_VERSION)));
        return Ok;
    }
    if (command == "serve"_L1)
        return serve(args.mid(1));
    if (command == "user"_L1) {
        if (args.size() < 2 || args.at(1) != "add"_L1)
            return fail(Usage, u"unknown user command (only \"user add\" exists)"_s);
        return userAdd(args.mid(2));
    }
    if (command == "seed"_L1)
        return seed(args.mid(1));
    return fail(Usage, u"unknown command: %1"_s.arg(command));
}

int ServerCommandLine::serve(const QStringList &args)
{
    const Options o = parseOptions(args,
                                   {u"--database"_s, u"--listen"_s, u"--tls-cert"_s, u"--tls-key"_s,
                                    u"--idle-timeout"_s, u"--request-timeout"_s, u"--token-days"_s,
                                    u"--tombstone-days"_s},
                                   {u"--insecure-http"_s});
    if (!o.error.isEmpty())
        return fail(Usage, o.error);
    if (!o.has(u"--database"_s) || !o.has(u"--listen"_s))
        return fail(Usage, u"serve needs --database and --listen"_s);
    ServeOptions options;
    auto url = DatabaseUrl::parse(o.value(u"--database"_s));
    if (!url)
        return fail(Usage, url.error().message);
    options.database = url.value();
    if (!parseListen(o.value(u"--listen"_s), &options.address, &options.port))
        return fail(Usage, u"--listen needs HOST:PORT, e.g. 127.0.0.1:8443 or [::1]:8443"_s);
    options.insecureHttp = o.has(u"--insecure-http"_s);
    options.tlsCert = o.value(u"--tls-cert"_s);
    options.tlsKey = o.value(u"--tls-key"_s);
    if (options.insecureHttp && (o.has(u"--tls-cert"_s) || o.has(u"--tls-key"_s)))
        return fail(Usage, u"--insecure-http cannot be combined with --tls-cert/--tls-key"_s);
    if (!options.insecureHttp && (options.tlsCert.isEmpty() || options.tlsKey.isEmpty()))
        return fail(Usage, u"serve needs --tls-cert and --tls-key (or --insecure-http on a "
                           "loopback address)"_s);
    if (options.insecureHttp && !options.address.isLoopback())
        return fail(ServeError,
                    u"refusing plain HTTP on %1: --insecure-http is only allowed on a loopback "
                    "address; use --tls-cert/--tls-key, or put a TLS proxy in front and listen "
                    "on 127.0.0.1"_s.arg(options.address.toString()));
    bool ok = true;
    options.limits.idleTimeoutMs = positiveInt(o, u"--idle-timeout"_s, 30, &ok) * 1000;
    options.limits.requestTimeoutMs = positiveInt(o, u"--request-timeout"_s, 60, &ok) * 1000;
    options.auth.tokenDays = positiveInt(o, u"--token-days"_s, 30, &ok);
    options.tombstoneDays = positiveInt(o, u"--tombstone-days"_s, 365, &ok);
    if (!ok)
        return fail(Usage, u"timeouts and day counts must be positive integers"_s);

    SyncServer server(options);
    if (auto r = server.start(); !r) {
        const int code = r.error().code == "unavailable"_L1 ? DatabaseError : ServeError;
        return fail(code, r.error().message);
    }
    print(m_out, u"smecommunity-server listening on %1:%2\n"_s.arg(options.address.toString())
                     .arg(server.port()));
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server, [&server](int n) {
        qCInfo(lcServer, "signal %d received", n);
        server.stop();
    });
    QObject::connect(
        &server, &SyncServer::stopped, qApp, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    const int rc = QCoreApplication::exec();
    qCInfo(lcServer, "stopped");
    return rc;
}

int ServerCommandLine::userAdd(const QStringList &args)
{
    const Options o = parseOptions(
        args, {u"--database"_s, u"--username"_s, u"--role"_s, u"--country"_s, u"--display-name"_s},
        {u"--password-stdin"_s});
    if (!o.error.isEmpty())
        return fail(Usage, o.error);
    if (!o.has(u"--database"_s) || !o.has(u"--username"_s) || !o.has(u"--role"_s))
        return fail(Usage, u"user add needs --database, --username and --role"_s);
    if (!o.has(u"--password-stdin"_s))
        return fail(Usage, u"user add needs --password-stdin (passwords never go on the command "
                           "line)"_s);
    auto url = DatabaseUrl::parse(o.value(u"--database"_s));
    if (!url)
        return fail(Usage, url.error().message);
    const auto role = domain::roleFromName(o.value(u"--role"_s));
    if (!role)
        return fail(Usage, u"unknown role %1 (analyst, delegate, secretariat, admin)"_s.arg(
                               o.value(u"--role"_s)));
    domain::User user;
    user.username = o.value(u"--username"_s).trimmed();
    user.role = *role;
    user.country = o.value(u"--country"_s).trimmed().toUpper();
    user.displayName = o.has(u"--display-name"_s) ? o.value(u"--display-name"_s) : user.username;
    if (user.username.isEmpty() || user.username.size() > 128)
        return fail(Usage, u"--username must be 1 to 128 characters"_s);
    if (!user.country.isEmpty() && !domain::ReferenceData::embedded().isCountry(user.country))
        return fail(Usage, u"unknown country code %1 (use ISO 3166-1 alpha-3, e.g. KEN)"_s.arg(
                               user.country));
    if (user.role == domain::Role::Delegate && user.country.isEmpty())
        return fail(Usage, u"a delegate needs --country"_s);

    QTextStream in(stdin);
    QString password = in.readLine();
    if (password.isEmpty())
        return fail(Usage, u"no password on standard input"_s);
    if (password.toUtf8().size() > 1024)
        return fail(Usage, u"the password is longer than 1024 bytes"_s);
    auto hash = AuthService::hashPassword(password);
    password.fill(u'\0');
    if (!hash)
        return fail(Failure, hash.error().message);

    auto storage = Storage::create(url.value(), u"smec-cli"_s);
    if (auto r = storage->open(); !r)
        return fail(DatabaseError, r.error().message);
    auto stored = storage->addUser(user, hash.value());
    if (!stored)
        return fail(Failure, stored.error().message);
    print(m_out, u"user %1 (%2) saved with id %3\n"_s.arg(
                     stored->username, domain::roleName(stored->role), stored->id));
    return Ok;
}

int ServerCommandLine::seedDemo(Storage &storage)
{
    auto demo = datagen::DemoData::load();
    if (!demo)
        return fail(Failure, u"cannot load the demo data: %1"_s.arg(demo.error().message));
    const QList<datagen::DemoUser> users = datagen::DemoData::users();
    for (const datagen::DemoUser &u : users) {
        auto hash = AuthService::hashPassword(u.password);
        if (!hash)
            return fail(Failure, hash.error().message);
        if (auto r = storage.addUser(u.user, hash.value()); !r)
            return fail(Failure, r.error().message);
    }
    // Seeding twice must not duplicate: records already stored are left alone.
    QList<domain::Record> fresh;
    const QList<domain::Record> records = demo->records();
    for (const domain::Record &record : records) {
        auto existing = storage.record(record.id);
        if (!existing)
            return fail(Failure, existing.error().message);
        if (!existing->has_value())
            fresh << record;
    }
    if (auto r = storage.importRecords(fresh, datagen::DemoData::userId(u"admin")); !r)
        return fail(Failure, r.error().message);
    print(m_out, u"seeded the demo data: %1 users, %2 new records (demo passwords: see "
                 "docs/operations.md; never use them in production)\n"_s.arg(users.size())
                     .arg(fresh.size()));
    return Ok;
}

int ServerCommandLine::seed(const QStringList &args)
{
    const Options o = parseOptions(args, {u"--database"_s, u"--synthetic"_s}, {u"--demo"_s});
    if (!o.error.isEmpty())
        return fail(Usage, o.error);
    if (!o.has(u"--database"_s) || (o.has(u"--demo"_s) == o.has(u"--synthetic"_s)))
        return fail(Usage, u"seed needs --database and one of --demo or --synthetic N"_s);
    auto url = DatabaseUrl::parse(o.value(u"--database"_s));
    if (!url)
        return fail(Usage, url.error().message);
    bool ok = true;
    const int count = positiveInt(o, u"--synthetic"_s, 0, &ok);
    if (!ok)
        return fail(Usage, u"--synthetic needs a positive number of practices"_s);
    auto storage = Storage::create(url.value(), u"smec-cli"_s);
    if (auto r = storage->open(); !r)
        return fail(DatabaseError, r.error().message);
    if (o.has(u"--demo"_s))
        return seedDemo(*storage);

    datagen::SyntheticGenerator generator(1);
    generator.setReferenceCounts(count, qMax(1, count / 100));
    const int threads = qMax(1, count / 10);
    const int posts = count * 2;
    const int meetings = qMax(1, count / 100);
    QList<domain::Record> batch;
    qint64 total = 0;
    auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        auto r = storage->importRecords(batch, systemUserId);
        total += batch.size();
        batch.clear();
        if (!r)
            fail(Failure, r.error().message);
        return r.ok();
    };
    for (int i = 0; i < count; ++i) {
        batch << generator.practice(i);
        if (batch.size() >= 2000 && !flush())
            return Failure;
    }
    for (int i = 0; i < meetings; ++i)
        batch << generator.meeting(i);
    for (int i = 0; i < threads; ++i) {
        batch << generator.thread(i);
        if (batch.size() >= 2000 && !flush())
            return Failure;
    }
    for (int i = 0; i < posts; ++i) {
        batch << generator.post(i, generator.recordId(domain::Kind::Thread, i % threads));
        if (batch.size() >= 2000 && !flush())
            return Failure;
    }
    if (!flush())
        return Failure;
    print(m_out,
          u"seeded %1 records (%2 practices, %3 meetings, %4 threads, %5 posts)\n"_s.arg(total)
              .arg(count)
              .arg(meetings)
              .arg(threads)
              .arg(posts));
    return Ok;
}

} // namespace smec::server
