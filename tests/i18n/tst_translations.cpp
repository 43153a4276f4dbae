// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The translations are complete and current: every message of translations/*.ts is translated
// (no unfinished, obsolete or vanished entries, the right number of plural forms, the same
// %1..%9 arguments as the source), a fresh lupdate over app/ and lib/ finds nothing new, every
// reference country has a name in every language, and the compiled files are embedded.
#include "domain/localizednames.h"
#include "domain/referencedata.h"
#include "languages.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace smec;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation's type attribute: empty when finished
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return u"[%1] \"%2\""_s.arg(context, source.left(60)); }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile parse(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open "_s + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s) {
                ts.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name"_s) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            } else if (name == u"source"_s) {
                current.source = xml.readElementText();
            } else if (name == u"comment"_s) {
                current.comment = xml.readElementText();
            } else if (name == u"translation"_s) {
                current.type = xml.attributes().value(u"type"_s).toString();
                if (!current.numerus)
                    current.forms.append(xml.readElementText());
            } else if (name == u"numerusform"_s) {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            ts.messages.append(current);
        }
    }
    if (xml.hasError())
        ts.error = u"%1: %2"_s.arg(path, xml.errorString());
    return ts;
}

QSet<QString> arguments(const QString &text)
{
    static const QRegularExpression re(u"%L?([1-9])"_s);
    QSet<QString> result;
    for (auto it = re.globalMatch(text); it.hasNext();)
        result.insert(it.next().captured(1));
    return result;
}

int pluralForms(const QString &language)
{
    // What lrelease expects for each language (Qt's numerus rules).
    if (language.startsWith(u"ar"_s))
        return 6;
    if (language.startsWith(u"zh"_s))
        return 1; // Chinese does not inflect for number
    if (language.startsWith(u"ru"_s))
        return 3; // 1, 21 / 2-4, 22-24 / 5-20, 25...
    return 2;     // fr, es
}

QString sourceDir()
{
    return qEnvironmentVariable("SMEC_SOURCE_DIR", QStringLiteral(SMEC_SOURCE_DIR_DEFAULT));
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFile_isCompleteAndConsistent_data();
    void tsFile_isCompleteAndConsistent();
    void tsFiles_matchTheSources();
    void countryNames_coverEveryCountryInEveryLanguage();
    void compiledTranslations_areEmbedded();
};

void TestTranslations::tsFile_isCompleteAndConsistent_data()
{
    QTest::addColumn<QString>("language");
    // English: only the plural forms of the source text (lupdate -pluralonly).
    for (const desktop::Languages::Language &l : desktop::Languages::available())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

void TestTranslations::tsFile_isCompleteAndConsistent()
{
    QFETCH(QString, language);
    const TsFile ts = parse(sourceDir() + u"/translations/smecommunity_%1.ts"_s.arg(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY(ts.messages.size() > (language == u"en"_s ? 10 : 100));
    QStringList problems;
    QSet<QString> keys;
    for (const Message &m : ts.messages) {
        if (keys.contains(m.key()))
            problems.append(u"duplicate "_s + m.where());
        keys.insert(m.key());
        if (!m.type.isEmpty()) {
            problems.append(m.type + u' ' + m.where());
            continue;
        }
        const int expectedForms = m.numerus ? pluralForms(language) : 1;
        if (m.forms.size() != expectedForms) {
            problems.append(
                u"%1 plural forms instead of %2: "_s.arg(m.forms.size()).arg(expectedForms) +
                m.where());
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems.append(u"empty translation "_s + m.where());
                break;
            }
            if (arguments(form) != arguments(m.source)) {
                problems.append(u"arguments differ from the source: "_s + m.where() + u" -> \""_s +
                                form + u'"');
                break;
            }
        }
    }
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
}

void TestTranslations::tsFiles_matchTheSources()
{
    // scripts/update-translations.sh --output: lupdate into copies, exactly as a developer
    // refreshes the files. A string added to the code and not yet translated appears as
    // unfinished, one removed from the code disappears.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QStringList tsCopies;
    QHash<QString, QString> committed;
    for (const desktop::Languages::Language &l : desktop::Languages::available()) {
        const QString name = u"smecommunity_%1.ts"_s.arg(l.code);
        tsCopies.append(tmp.filePath(name));
        committed.insert(tmp.filePath(name), sourceDir() + u"/translations/"_s + name);
    }
    QProcess update;
    update.setWorkingDirectory(sourceDir());
    update.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LUPDATE"_s, QStringLiteral(SMEC_LUPDATE));
    update.setProcessEnvironment(env);
    update.start(u"/bin/sh"_s,
                 {sourceDir() + u"/scripts/update-translations.sh"_s, u"--output"_s, tmp.path()});
    QVERIFY2(update.waitForFinished(120000), "update-translations.sh did not finish");
    const QByteArray output = update.readAll();
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
             output.constData());

    QStringList problems;
    for (const QString &copy : std::as_const(tsCopies)) {
        const TsFile fresh = parse(copy);
        const TsFile saved = parse(committed.value(copy));
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QSet<QString> savedKeys;
        for (const Message &m : saved.messages)
            savedKeys.insert(m.key());
        for (const Message &m : fresh.messages) {
            if (!m.type.isEmpty() || !savedKeys.contains(m.key()))
                problems.append(QFileInfo(copy).fileName() + u": not translated: "_s + m.where());
            savedKeys.remove(m.key());
        }
        for (const QString &gone : std::as_const(savedKeys))
            problems.append(QFileInfo(copy).fileName() + u": no longer in the sources: "_s +
                            gone.section(u'\x1f', 1, 1).left(60));
    }
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(u"%1 messages differ from the sources (listed above): run "
                   u"scripts/update-translations.sh and translate them."_s.arg(problems.size())));
}

void TestTranslations::countryNames_coverEveryCountryInEveryLanguage()
{
    const auto &countries = domain::ReferenceData::embedded().countries();
    QCOMPARE(countries.size(), 195);
    QStringList missing;
    for (const domain::Country &c : countries) {
        for (const QString &language : domain::LocalizedNames::countryLanguages()) {
            if (!domain::LocalizedNames::hasCountry(c.alpha3, language))
                missing.append(c.alpha3 + u'/' + language);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    QCOMPARE(domain::LocalizedNames::country(u"DEU", u"Germany"_s, QLocale(QLocale::French)),
             u"Allemagne"_s);
    QCOMPARE(domain::LocalizedNames::country(u"DEU", u"Germany"_s, QLocale(QLocale::Spanish)),
             u"Alemania"_s);
    QCOMPARE(domain::LocalizedNames::country(u"DEU", u"Germany"_s, QLocale(QLocale::Arabic)),
             u"ألمانيا"_s);
    QCOMPARE(domain::LocalizedNames::country(u"DEU", u"Germany"_s, QLocale(QLocale::German)),
             u"Germany"_s);
    QCOMPARE(domain::LocalizedNames::country(u"XXX", u"XXX"_s, QLocale(QLocale::French)), u"XXX"_s);
}

void TestTranslations::compiledTranslations_areEmbedded()
{
    for (const desktop::Languages::Language &l : desktop::Languages::available()) {
        const QString qm = u":/i18n/smecommunity_%1.qm"_s.arg(l.code);
        QVERIFY2(QFile::exists(qm), qPrintable(qm));
        if (l.code != u"en"_s)
            QVERIFY(desktop::Languages::isTranslated(QLocale(l.code)));
    }
    // English and untranslated languages get the English plural forms, not "1 practice(s)".
    for (const QString &code : {u"en"_s, u"de"_s}) {
        desktop::Languages::install(code);
        QCOMPARE(QCoreApplication::translate("smec::desktop::RecordBrowserPage", "%Ln practice(s)",
                                             nullptr, 1),
                 QLocale().toString(1) + u" practice"_s);
        QCOMPARE(QCoreApplication::translate("smec::desktop::RecordBrowserPage", "%Ln practice(s)",
                                             nullptr, 2),
                 QLocale().toString(2) + u" practices"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }
    desktop::Languages::install(u"en"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
