// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialoguepage.h"
#include "domain/referencedata.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;

class TestDialoguePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reply_quote_hide_andNewThread();
};

void TestDialoguePage::reply_quote_hide_andNewThread()
{
    QTemporaryDir dir;
    replica::Replica replica;
    QVERIFY(replica.open(dir.filePath(u"r.sqlite"_s), u"tst_dialogue"_s).ok());
    domain::Record thread;
    thread.id = domain::newRecordId();
    thread.kind = domain::Kind::Thread;
    thread.rev = 1;
    thread.fields = QJsonObject{
        {u"title"_s, u"Credit guarantees"_s}, {u"kind"_s, u"question"_s}, {u"status"_s, u"open"_s}};
    QVERIFY(replica.records().writeServerRecord(thread).ok());
    domain::Record first;
    first.id = domain::newRecordId();
    first.kind = domain::Kind::Post;
    first.rev = 2;
    first.createdBy = u"someone"_s;
    first.fields =
        QJsonObject{{u"thread_id"_s, thread.id}, {u"body"_s, u"How did you price it?"_s}};
    QVERIFY(replica.records().writeServerRecord(first).ok());

    desktop::Workspace workspace(replica, domain::ReferenceData::embedded(),
                                 {u"sec"_s, u"sec"_s, u"Sec"_s, {}, domain::Role::Secretariat});
    desktop::DialoguePage page(workspace);
    page.show();
    auto *posts = page.findChild<QTableView *>(u"postList"_s);
    auto *composer = page.findChild<QPlainTextEdit *>(u"replyEditor"_s);
    auto *post = page.findChild<QPushButton *>(u"postReplyButton"_s);
    auto *quote = page.findChild<QPushButton *>(u"quoteButton"_s);
    QVERIFY(posts && composer && post && quote);
    // The thread list is read on the workspace's reader thread, then its first thread selected.
    QTRY_COMPARE(posts->model()->rowCount(), 1);

    posts->selectRow(0);
    QVERIFY(quote->isEnabled());
    QTest::mouseClick(quote, Qt::LeftButton);
    QVERIFY(composer->toPlainText().startsWith(u"> How did you price it?"_s));
    QTest::keyClicks(composer, u"At cost plus 1%."_s);
    QVERIFY(post->isEnabled());
    QTest::mouseClick(post, Qt::LeftButton);
    QCOMPARE(posts->model()->rowCount(), 2);
    QVERIFY(composer->toPlainText().isEmpty());
    const QString replyId = posts->model()->index(1, 0).data(Qt::UserRole + 1).toString();
    auto reply = replica.records().get(replyId);
    QVERIFY(reply.ok() && reply->has_value());
    QCOMPARE((*reply)->fields.value(u"thread_id"_s).toString(), thread.id);
    QCOMPARE((*reply)->fields.value(u"reply_to"_s).toString(), first.id);
    QVERIFY((*reply)->fields.value(u"body"_s).toString().endsWith(u"At cost plus 1%."_s));

    posts->selectRow(0);
    QVERIFY(page.hideSelected(u"Off topic"_s));
    auto hidden = replica.records().get(first.id);
    QVERIFY((*hidden)->fields.value(u"hidden"_s).toBool());
    QCOMPARE((*hidden)->fields.value(u"hidden_reason"_s).toString(), u"Off topic"_s);

    const QString created =
        page.createThread(u"Green procurement"_s, u"discussion"_s, {u"green"_s});
    QVERIFY(!created.isEmpty());
    QTRY_COMPARE(posts->model()->rowCount(), 0);
    QCOMPARE(*replica.outbox().pendingCount(), 3);
}

QTEST_MAIN(TestDialoguePage)
#include "tst_dialoguepage.moc"
