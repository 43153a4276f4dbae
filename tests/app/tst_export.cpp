#include "domain/referencedata.h"
#include "export/pdfexporter.h"
#include "recordexporter.h"
#include "replica/replica.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using desktop::RecordExporter;

class TestExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csv_hasHeaderAndOneRowPerPractice();
    void markdown_hasEachPractice();
    void pdf_hasCoverContentsAndSections();

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

QTEST_MAIN(TestExport)
#include "tst_export.moc"
