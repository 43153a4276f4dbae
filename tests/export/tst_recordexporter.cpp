// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/referencedata.h"
#include "export/pdfexporter.h"
#include "export/recordexporter.h"
#include "replica/replica.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace smec;
using exporting::RecordExporter;

class TestExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csv_hasHeaderAndOneRowPerPractice();
    void markdown_hasEachPractice();
    void pdf_hasCoverContentsAndSections();
    void pdf_embedsTheGlyphsOfChineseAndRussianText();
    void golden_csvMarkdownAndPdfHtml_data();
    void golden_csvMarkdownAndPdfHtml();
    void initiatives_csvMarkdownPdf_withPartnersAndMilestones();

private:
    QTemporaryDir m_dir;
    replica::Replica m_replica;
};

void TestExport::initTestCase()
{
    QVERIFY(m_replica.open(m_dir.filePath(u"r.sqlite"_s), u"tst_export"_s).ok());
    const QStringList titles{u"Green guarantees"_s, u"=cmd|' /C calc'!A0"_s, u"Digital vouchers"_s};
    for (int i = 0; i < titles.size(); ++i) {
        domain::Record r;
        r.id = domain::newRecordId();
        r.kind = domain::Kind::Practice;
        r.rev = i + 1;
        r.fields = QJsonObject{{u"title"_s, titles.at(i)},
                               {u"country"_s, u"KEN"_s},
                               {u"pillars"_s, QJsonArray{u"green"_s}},
                               {u"body"_s, u"Body <script>x</script> ![i](file:///etc/passwd)"_s},
                               {u"status"_s, u"published"_s}};
        QVERIFY(m_replica.records().writeServerRecord(r).ok());
    }
}

void TestExport::csv_hasHeaderAndOneRowPerPractice()
{
    RecordExporter exporter(m_replica, domain::ReferenceData::embedded());
    const QString path = m_dir.filePath(u"out.csv"_s);
    auto n = exporter.exportTo(RecordExporter::Format::Csv, path, {});
    QVERIFY(n.ok());
    QCOMPARE(*n, 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"id,title,summary"_s));
    QCOMPARE(text.count(u"\r\n"_s), 4);
    QVERIFY(text.contains(u"'=cmd"_s)); // formula neutralised
}

void TestExport::markdown_hasEachPractice()
{
    RecordExporter exporter(m_replica, domain::ReferenceData::embedded());
    const QString path = m_dir.filePath(u"out.md"_s);
    replica::ListFilter filter;
    filter.sortColumn = u"title"_s;
    QVERIFY(exporter.exportTo(RecordExporter::Format::Markdown, path, filter).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"# Digital vouchers"_s));
    QVERIFY(text.indexOf(u"# Digital vouchers"_s) < text.indexOf(u"# Green guarantees"_s));
    QVERIFY(text.contains(u"Kenya"_s));
}

void TestExport::pdf_hasCoverContentsAndSections()
{
    exporting::PdfExporter pdf;
    pdf.setTitle(u"Report"_s);
    pdf.addSection({u"First <practice>"_s, u"Some *text* <img src=x>"_s});
    pdf.addSection({u"Second"_s, u"More"_s});
    const QString html = pdf.html();
    QVERIFY(html.contains(u"Contents"_s));
    QVERIFY(html.contains(u"First &lt;practice&gt;"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(html.contains(u"href='#section-1'"_s));

    RecordExporter exporter(m_replica, domain::ReferenceData::embedded());
    const QString path = m_dir.filePath(u"out.pdf"_s);
    auto n = exporter.exportTo(RecordExporter::Format::Pdf, path, {});
    QVERIFY2(n.ok(), qPrintable(n ? QString() : n.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 2000);
}

namespace {

// The content of every stream of a PDF, FlateDecode streams decompressed.
QList<QByteArray> pdfStreams(const QByteArray &pdf)
{
    QList<QByteArray> streams;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = pdf.indexOf("stream", from);
        if (at < 0)
            break;
        qsizetype begin = at + 6;
        if (begin < pdf.size() && pdf.at(begin) == '\r')
            ++begin;
        if (begin >= pdf.size() || pdf.at(begin) != '\n') {
            from = at + 6; // "endstream", or the word in text
            continue;
        }
        ++begin;
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0)
            break;
        const qsizetype dict = pdf.lastIndexOf("obj", at);
        if (!pdf.mid(dict, at - dict).contains("/FlateDecode")) {
            streams.append(pdf.mid(begin, end - begin));
            from = end + 9;
            continue;
        }
        // qUncompress wants the expected size first (big-endian); a generous guess does.
        QByteArray zlib(4, '\0');
        const quint32 guess = quint32(std::min<qsizetype>((end - begin) * 50 + 1024, 64 << 20));
        zlib[0] = char(guess >> 24);
        zlib[1] = char(guess >> 16);
        zlib[2] = char(guess >> 8);
        zlib[3] = char(guess);
        zlib += pdf.mid(begin, end - begin);
        streams.append(qUncompress(zlib));
        from = end + 9;
    }
    return streams;
}

} // namespace

void TestExport::pdf_embedsTheGlyphsOfChineseAndRussianText()
{
    // The PDF embeds a subset of each font it uses, with a ToUnicode map from the glyphs it
    // drew to the characters. Each character of the text below must be there: a font without
    // them (no CJK font installed: scripts/install-deps.sh installs fonts-noto-cjk) draws
    // empty boxes that map to nothing.
    exporting::PdfExporter pdf;
    pdf.setTitle(u"中小企业数字化转型补贴"_s);
    pdf.addSection({u"绿色金融"_s, u"为中小企业提供**贷款**。"_s});
    pdf.addSection({u"Зелёное финансирование"_s, u"Поддержка МСП"_s});
    const QString path = m_dir.filePath(u"zh.pdf"_s);
    auto written = pdf.write(path);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("/FontFile2") || bytes.contains("/FontFile3"));
    // The characters the ToUnicode maps give glyphs for: "<glyph> <char>" lines of bfchar
    // sections, "<first> <last> <char>" and "<first> <last> [<char> ...]" lines of bfrange.
    QSet<uint> mapped;
    static const QRegularExpression hex(u"<([0-9A-Fa-f]+)>"_s);
    for (const QByteArray &stream : pdfStreams(bytes)) {
        bool chars = false;
        bool ranges = false;
        for (const QByteArray &raw : stream.split('\n')) {
            const QString line = QString::fromLatin1(raw).trimmed();
            if (line.endsWith(u"beginbfchar"_s) || line.endsWith(u"beginbfrange"_s)) {
                chars = line.endsWith(u"beginbfchar"_s);
                ranges = !chars;
                continue;
            }
            if (line == u"endbfchar"_s || line == u"endbfrange"_s) {
                chars = ranges = false;
                continue;
            }
            QList<uint> values;
            for (auto it = hex.globalMatch(line); it.hasNext();)
                values.append(it.next().captured(1).toUInt(nullptr, 16));
            if (chars && values.size() == 2) {
                mapped.insert(values.at(1));
            } else if (ranges && values.size() >= 3) {
                if (line.contains(u'[')) {
                    for (qsizetype i = 2; i < values.size(); ++i)
                        mapped.insert(values.at(i));
                } else {
                    for (uint i = 0; i <= values.at(1) - values.at(0); ++i)
                        mapped.insert(values.at(2) + i);
                }
            }
        }
    }
    QVERIFY2(!mapped.isEmpty(), "no ToUnicode map in the PDF");
    const QString expected =
        u"中小企业数字化转型补贴绿色金融为提供贷款ЗелёноефинансированиеПоддержкаМСП"_s;
    QStringList missing;
    // Qt maps a glyph shared by an ideograph and its Kangxi radical (色 and ⾊ U+2F8A in Noto
    // CJK) to either: the glyph is there all the same, so compare the compatibility forms.
    QSet<QString> characters;
    for (const uint c : std::as_const(mapped)) {
        const char32_t cp = c;
        characters.insert(QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KC));
    }
    for (const QChar ch : expected) {
        if (!characters.contains(QString(ch)))
            missing.append(ch);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in the embedded fonts: "_s + missing.join(u' ')));
}

void TestExport::golden_csvMarkdownAndPdfHtml_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("markdown") << u"md"_s;
    QTest::newRow("pdf html") << u"html"_s;
}

// The exports of a fixed selection compared byte for byte with tests/export/golden/export.*.
// SMEC_UPDATE_GOLDEN=1 rewrites the golden files instead (review the diff before committing).
void TestExport::golden_csvMarkdownAndPdfHtml()
{
    QFETCH(QString, format);
    replica::Replica replica;
    QVERIFY(replica
                .open(m_dir.filePath(u"golden-%1.sqlite"_s.arg(format)),
                      u"tst_export_golden_"_s + format)
                .ok());
    QStringList ids;
    const QList<QJsonObject> practices{
        {{u"title"_s, u"Credit guarantees for green investment"_s},
         {u"summary"_s, u"A partial guarantee, \"50 %\", for loans, leases; and more."_s},
         {u"country"_s, u"KEN"_s},
         {u"pillars"_s, QJsonArray{u"green"_s, u"finance"_s}},
         {u"instrument"_s, u"guarantee"_s},
         {u"start_year"_s, 2019},
         {u"budget_usd"_s, 12500000.5},
         {u"body"_s, u"## How it works\n\nBanks lend; the fund covers **half**.\n<b>raw</b>"_s},
         {u"status"_s, u"published"_s}},
        {{u"title"_s, u"=SUM(A1) vouchers, numériques"_s},
         {u"country"_s, u"FRA"_s},
         {u"pillars"_s, QJsonArray{u"digital"_s}},
         {u"tags"_s, QJsonArray{u"vouchers"_s, u"e-commerce"_s}},
         {u"lessons"_s, u"Keep forms short.\nسطر عربي"_s},
         {u"status"_s, u"published"_s}},
    };
    for (int i = 0; i < practices.size(); ++i) {
        domain::Record r;
        r.id = u"00000000-0000-5000-8000-00000000000%1"_s.arg(i + 1);
        r.kind = domain::Kind::Practice;
        r.rev = i + 1;
        r.createdAt = r.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        r.fields = practices.at(i);
        QVERIFY(replica.records().writeServerRecord(r).ok());
        ids.append(r.id);
    }
    RecordExporter exporter(replica, domain::ReferenceData::embedded());
    exporter.setExportDate(QDate(2026, 3, 14));
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(previousLocale); });
    QByteArray actual;
    if (format == u"html"_s) {
        auto html = exporter.pdfHtml({}, ids);
        QVERIFY(html.ok());
        actual = html->toUtf8();
    } else {
        const QString path = m_dir.filePath(u"golden."_s + format);
        auto n = exporter.exportTo(format == u"csv"_s ? RecordExporter::Format::Csv
                                                      : RecordExporter::Format::Markdown,
                                   path, {}, ids);
        QVERIFY(n.ok());
        QCOMPARE(*n, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        actual = file.readAll();
    }
    replica.close();

    const QString goldenName = u"golden/export."_s + format;
    if (qEnvironmentVariableIntValue("SMEC_UPDATE_GOLDEN") == 1) {
        QFile out(QFileInfo(QString::fromUtf8(__FILE__)).dir().filePath(goldenName));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        QSKIP("golden file rewritten");
    }
    const QString goldenPath = QFINDTESTDATA(goldenName);
    QVERIFY2(!goldenPath.isEmpty(), qPrintable(goldenName));
    QFile golden(goldenPath);
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QByteArray expected = golden.readAll();
    if (format == u"html"_s) {
        // The Markdown body is rendered by QTextDocument::toHtml(), whose table attributes differ
        // between Qt versions (6.4: cellspacing; 6.8: border-collapse and cellpadding).
        static const QRegularExpression tableTag(u"<table [^>]*>"_s);
        const auto normalised = [](const QByteArray &html) {
            return QString::fromUtf8(html).replace(tableTag, u"<table>"_s).toUtf8();
        };
        actual = normalised(actual);
        expected = normalised(expected);
    }
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
            QCOMPARE(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)));
    }
    QCOMPARE(actual, expected);
}

void TestExport::initiatives_csvMarkdownPdf_withPartnersAndMilestones()
{
    domain::Record r;
    r.id = domain::newRecordId();
    r.kind = domain::Kind::Initiative;
    r.rev = 1;
    r.fields = QJsonObject{
        {u"title"_s, u"East African invoicing"_s},
        {u"lead_country"_s, u"KEN"_s},
        {u"status"_s, u"active"_s},
        {u"partners"_s,
         QJsonArray{QJsonObject{{u"country"_s, u"RWA"_s}, {u"state"_s, u"joined"_s}},
                    QJsonObject{{u"country"_s, u"UGA"_s}, {u"state"_s, u"invited"_s}}}},
        {u"milestones"_s,
         QJsonArray{QJsonObject{{u"id"_s, domain::newRecordId()},
                                {u"title"_s, u"Pilot, phase 1"_s},
                                {u"due"_s, u"2026-06-30"_s},
                                {u"done"_s, true}},
                    QJsonObject{{u"id"_s, domain::newRecordId()}, {u"title"_s, u"=Scale up"_s}}}},
        {u"outcomes"_s, u"Invoices cleared in a day"_s}};
    QVERIFY(m_replica.records().writeServerRecord(r).ok());
    RecordExporter exporter(m_replica, domain::ReferenceData::embedded());
    replica::ListFilter initiatives;
    initiatives.kind = domain::Kind::Initiative;

    const QString csvPath = m_dir.filePath(u"initiatives.csv"_s);
    auto n = exporter.exportTo(RecordExporter::Format::Csv, csvPath, initiatives);
    QVERIFY(n.ok());
    QCOMPARE(*n, 1); // the practices are not exported with them
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(csvFile.readAll());
    QVERIFY2(csv.contains(u"id,title,summary,description,lead_country,partners,pillars,kind,"
                          "status,starts_on,ends_on,launched_at_meeting,commitment_ids,"
                          "practice_ids,milestones,outcomes\r\n"_s),
             qPrintable(csv));
    QVERIFY2(csv.contains(u",RWA:joined; UGA:invited,"_s), qPrintable(csv));
    // A comma inside a milestone title quotes the cell (an "=" not at its start is plain text).
    QVERIFY2(csv.contains(u",\"[x] Pilot, phase 1 (2026-06-30); [ ] =Scale up\","_s),
             qPrintable(csv));
    QCOMPARE(csv.count(u"\r\n"_s), 2);

    const QString mdPath = m_dir.filePath(u"initiatives.md"_s);
    QVERIFY(exporter.exportTo(RecordExporter::Format::Markdown, mdPath, initiatives).ok());
    QFile mdFile(mdPath);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(mdFile.readAll());
    // Markdown as the desktop renders it (punctuation escaped, so a title cannot become markup).
    QVERIFY2(md.contains(u"# East African invoicing"_s), qPrintable(md));
    QVERIFY2(md.contains(u"- Rwanda \\(Joined\\)\n- Uganda \\(Invited\\)\n"_s), qPrintable(md));
    QVERIFY2(md.contains(u"## Milestones \\(1 of 2 done\\)"_s), qPrintable(md));
    QVERIFY2(md.contains(u"- [x] Pilot, phase 1 (due 2026\\-06\\-30)\n- [ ] =Scale up\n"_s),
             qPrintable(md));
    QVERIFY2(md.contains(u"Invoices cleared in a day"_s), qPrintable(md));

    // PDF: titled for initiatives, one section with partners and milestones.
    auto html = exporter.pdfHtml(initiatives, {});
    QVERIFY(html.ok());
    QVERIFY2(html->contains(u"Joint initiatives"_s), qPrintable(*html));
    QVERIFY(!html->contains(u"SME policy practices"_s));
    QVERIFY(html->contains(u"Uganda"_s));
    QVERIFY(html->contains(u"Pilot, phase 1"_s));
    const QString pdfPath = m_dir.filePath(u"initiatives.pdf"_s);
    n = exporter.exportTo(RecordExporter::Format::Pdf, pdfPath, initiatives);
    QVERIFY(n.ok());
    QCOMPARE(*n, 1);
    QFile pdfFile(pdfPath);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF"));
}

QTEST_MAIN(TestExport)
#include "tst_recordexporter.moc"
