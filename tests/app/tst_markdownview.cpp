// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markdownview.h"
#include "models/recordmarkdown.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using smec::desktop::MarkdownView;

class TestMarkdownView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawHtml_isShownAsText();
    void images_areNeverLoaded();
    void links_openOnlyHttpAndHttps();
    void recordFields_cannotInjectMarkdown();
    void underscoreEmphasis_isItalicNotUnderlined();
    void arabicEmphasis_staysUpright();
};

void TestMarkdownView::rawHtml_isShownAsText()
{
    MarkdownView view;
    view.setSafeMarkdown(u"# Title\n\n<script>alert(1)</script>\n\nText with <b>bold</b> and "
                         "<img src=\"http://tracker.example/x.png\">\n\n<iframe src=x></iframe>"_s);
    const QString plain = view.document()->toPlainText();
    QVERIFY(plain.contains(u"<script>alert(1)</script>"_s));
    QVERIFY(plain.contains(u"<b>bold</b>"_s));
    QVERIFY(plain.contains(u"<img src="_s));
    // Nothing became a formatted element: no bold run, no image.
    const QString html = view.document()->toHtml();
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"font-weight:700;\">bold"_s));
}

void TestMarkdownView::images_areNeverLoaded()
{
    MarkdownView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSafeMarkdown(
        u"![secret](file:///etc/passwd)\n\n![remote](https://example.org/a.png)"_s);
    view.viewport()->repaint();
    // Laying the two images out asks the view for each, and it refuses them (counted before the
    // direct call below, which would count one refusal by itself).
    QTRY_VERIFY_WITH_TIMEOUT(view.refusedLoads() >= 2, 10000);
    QCOMPARE(view.loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/passwd"_s)),
             QVariant());
    QVERIFY(!view.document()->toPlainText().contains(u"root:"_s));
}

void TestMarkdownView::links_openOnlyHttpAndHttps()
{
    MarkdownView view;
    QList<QUrl> opened;
    view.setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
    QSignalSpy refused(&view, &MarkdownView::linkRefused);
    Q_EMIT view.anchorClicked(QUrl(u"javascript:alert(1)"_s));
    Q_EMIT view.anchorClicked(QUrl(u"file:///etc/passwd"_s));
    Q_EMIT view.anchorClicked(QUrl(u"smb://server/share"_s));
    Q_EMIT view.anchorClicked(QUrl(u"https://www.oecd.org/sme"_s));
    Q_EMIT view.anchorClicked(QUrl(u"http://example.org/a"_s));
    QCOMPARE(refused.size(), 3);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.first(), QUrl(u"https://www.oecd.org/sme"_s));
    QVERIFY(view.openLinks() == false);
}

void TestMarkdownView::recordFields_cannotInjectMarkdown()
{
    smec::domain::Record r;
    r.kind = smec::domain::Kind::Practice;
    r.fields.insert(u"title"_s, u"[click](javascript:alert(1)) <b>x</b> # not a heading"_s);
    r.fields.insert(
        u"sources"_s,
        QJsonArray{QJsonObject{{u"title"_s, u"Evil"_s}, {u"url"_s, u"javascript:x"_s}},
                   QJsonObject{{u"title"_s, u"Good"_s}, {u"url"_s, u"https://example.org/r"_s}}});
    MarkdownView view;
    view.setSafeMarkdown(smec::models::RecordMarkdown::render(r, nullptr));
    const QString html = view.document()->toHtml();
    QVERIFY(!html.contains(u"href=\"javascript"_s));
    QVERIFY(html.contains(u"href=\"https://example.org/r\""_s));
    QVERIFY(view.document()->toPlainText().contains(u"[click](javascript:alert(1))"_s));
}

void TestMarkdownView::underscoreEmphasis_isItalicNotUnderlined()
{
    MarkdownView view;
    view.setSafeMarkdown(u"_To be completed_ and *starred* and [a link](https://example.org/)"_s);
    const auto formatAt = [&view](const QString &text) {
        const int position = int(view.document()->toPlainText().indexOf(text));
        QTextCursor cursor(view.document());
        cursor.setPosition(position + 1);
        return cursor.charFormat();
    };
    QVERIFY(formatAt(u"To be completed"_s).fontItalic());
    QVERIFY(!formatAt(u"To be completed"_s).fontUnderline());
    QVERIFY(formatAt(u"starred"_s).fontItalic());
    QVERIFY(formatAt(u"a link"_s).isAnchor());
    QVERIFY(!formatAt(u"a link"_s).fontItalic());
}

void TestMarkdownView::arabicEmphasis_staysUpright()
{
    // Fonts rarely have slanted Arabic glyphs (an italic Arabic summary was drawn as boxes), and
    // Arabic typography has no italics: emphasis in Arabic stays upright, Latin beside it does not.
    MarkdownView view;
    view.setSafeMarkdown(
        u"_\u0645\u0633\u0648\u062f\u0629 \u0644\u0644\u062a\u0648\u0636\u064a\u062d_\n\n"
        "*\u0645\u0647\u0645* and _draft_"_s);
    const auto formatAt = [&view](const QString &text) {
        const int position = int(view.document()->toPlainText().indexOf(text));
        QTextCursor cursor(view.document());
        cursor.setPosition(position + 1);
        return cursor.charFormat();
    };
    const QTextCharFormat summary = formatAt(u"\u0645\u0633\u0648\u062f\u0629"_s);
    QVERIFY(!summary.fontItalic());
    QVERIFY(!summary.fontUnderline());
    QVERIFY(!formatAt(u"\u0645\u0647\u0645"_s).fontItalic());
    QVERIFY(formatAt(u"draft"_s).fontItalic());
}

QTEST_MAIN(TestMarkdownView)
#include "tst_markdownview.moc"
