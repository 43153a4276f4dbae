// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/accesspolicy.h"
#include "domain/initiative.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::domain;

namespace {

// The cast of the matrix: one user per role, delegates of two countries.
const QStringList userKeys{u"analyst"_s, u"delegate_own"_s, u"delegate_other"_s, u"secretariat"_s,
                           u"admin"_s};

User user(const QString &key)
{
    if (key == "analyst"_L1)
        return {u"u-analyst"_s, u"ana"_s, u"Ana Analyst"_s, u"KEN"_s, Role::Analyst};
    if (key == "delegate_own"_L1)
        return {u"u-ken"_s, u"amina"_s, u"Amina (Kenya)"_s, u"KEN"_s, Role::Delegate};
    if (key == "delegate_other"_L1)
        return {u"u-fra"_s, u"claire"_s, u"Claire (France)"_s, u"FRA"_s, Role::Delegate};
    if (key == "secretariat"_L1)
        return {u"u-sec"_s, u"sam"_s, u"Sam (Secretariat)"_s, {}, Role::Secretariat};
    if (key == "admin"_L1)
        return {u"u-admin"_s, u"root"_s, u"Ada (Admin)"_s, {}, Role::Admin};
    if (key == "delegate_rwa"_L1)
        return {u"u-rwa"_s, u"eric"_s, u"Eric (Rwanda)"_s, u"RWA"_s, Role::Delegate};
    if (key == "nobody"_L1)
        return {};
    qFatal("unknown test user");
}

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return document.object();
}

Record record(Kind kind, const QJsonObject &fields, const QString &createdBy = u"u-someone"_s,
              qint64 rev = 5)
{
    Record r;
    r.id = u"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f"_s;
    r.kind = kind;
    r.rev = rev;
    r.createdBy = createdBy;
    r.updatedBy = createdBy;
    r.fields = fields;
    return r;
}

// A Kenyan practice, created by another Kenyan delegate so that authorship plays no part.
Record practice(PracticeStatus status, QJsonObject extra = {})
{
    extra.insert(u"title"_s, u"E-commerce vouchers"_s);
    extra.insert(u"country"_s, u"KEN"_s);
    extra.insert(u"status"_s, practiceStatusName(status));
    return record(Kind::Practice, extra, u"u-ken-colleague"_s);
}

Record withFields(Record r, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        r.fields.insert(it.key(), it.value());
    return r;
}

} // namespace

class TestAccessPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void practiceMatrix_data();
    void practiceMatrix();
    void practiceTransitions_data();
    void practiceTransitions();
    void otherKindsMatrix_data();
    void otherKindsMatrix();
    void availableTransitions_followRole();
    void stateMachine_edges();
    void reasons_explainRefusals();
    void canWrite_data();
    void canWrite();
    void initiativeMatrix_data();
    void initiativeMatrix();
    void initiativeWrites_data();
    void initiativeWrites();
    void unsyncedLocalRecord_isOwn();
    void tombstones_areReadable();
};

void TestAccessPolicy::practiceMatrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<Action>("action");
    QTest::addColumn<PracticeStatus>("status");
    QTest::addColumn<bool>("expected");

    // One letter per state, in order: draft, submitted, in_review, changes_requested,
    // published, archived. DESIGN.md section 3, written out.
    struct Row
    {
        Action action;
        const char *expectations[5]; // analyst, delegate_own, delegate_other, secretariat, admin
    };
    const Row rows[] = {
        {Action::Read, {"----YY", "YYYYYY", "----YY", "YYYYYY", "YYYYYY"}},
        {Action::Create, {"------", "YYYYYY", "------", "YYYYYY", "YYYYYY"}},
        {Action::Edit, {"------", "YY-Y--", "------", "YYYYYY", "YYYYYY"}},
        {Action::Delete, {"------", "Y-----", "------", "YYYYYY", "YYYYYY"}},
        {Action::Hide, {"------", "------", "------", "------", "------"}},
    };
    for (const Row &row : rows) {
        for (qsizetype u = 0; u < userKeys.size(); ++u) {
            for (PracticeStatus status : allPracticeStatuses) {
                const bool expected = row.expectations[u][static_cast<int>(status)] == 'Y';
                const QByteArray name = actionName(row.action).toLatin1() + '/' +
                                        practiceStatusName(status).toLatin1() + '/' +
                                        userKeys.at(u).toLatin1();
                QTest::newRow(name.constData())
                    << userKeys.at(u) << row.action << status << expected;
            }
        }
    }
}

void TestAccessPolicy::practiceMatrix()
{
    QFETCH(QString, who);
    QFETCH(Action, action);
    QFETCH(PracticeStatus, status);
    QFETCH(bool, expected);
    Record r = practice(status);
    if (action == Action::Create) {
        // What is being created: a new local record, never synced.
        r.rev = 0;
        r.createdBy.clear();
    }
    const Decision decision = AccessPolicy::decide(user(who), action, r);
    QCOMPARE(decision.allowed, expected);
    if (!decision.allowed) {
        QVERIFY(!decision.reason.isEmpty());
        QVERIFY(!decision.code.isEmpty());
        QVERIFY2(!decision.reason.contains(u'%'), qPrintable(decision.reason));
    } else {
        QVERIFY(decision.code.isEmpty());
    }
    // The convenience functions answer the same.
    switch (action) {
    case Action::Read:
        QCOMPARE(AccessPolicy::canRead(user(who), r).allowed, expected);
        break;
    case Action::Create:
        QCOMPARE(AccessPolicy::canCreate(user(who), Kind::Practice, r.fields).allowed, expected);
        break;
    case Action::Edit:
        QCOMPARE(AccessPolicy::canEdit(user(who), r).allowed, expected);
        break;
    case Action::Delete:
        QCOMPARE(AccessPolicy::canDelete(user(who), r).allowed, expected);
        break;
    case Action::Hide:
        QCOMPARE(AccessPolicy::canHide(user(who), r).allowed, expected);
        break;
    case Action::Transition:
        break;
    }
}

void TestAccessPolicy::practiceTransitions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<PracticeStatus>("from");
    QTest::addColumn<PracticeStatus>("to");
    QTest::addColumn<QString>("code"); // empty: allowed

    using S = PracticeStatus;
    const QList<QPair<S, S>> delegateEdges{
        {S::Draft, S::Submitted}, {S::Submitted, S::Draft}, {S::ChangesRequested, S::Submitted}};
    const QList<QPair<S, S>> curatorEdges =
        delegateEdges + QList<QPair<S, S>>{
                            {S::Submitted, S::InReview},        {S::Submitted, S::ChangesRequested},
                            {S::InReview, S::ChangesRequested}, {S::InReview, S::Published},
                            {S::Published, S::Archived},        {S::Archived, S::Published},
                        };
    for (const QString &who : userKeys) {
        const User u = user(who);
        const QList<QPair<S, S>> &allowed =
            u.isCurator() ? curatorEdges
                          : (who == "delegate_own"_L1 ? delegateEdges : QList<QPair<S, S>>{});
        for (S from : allPracticeStatuses) {
            for (S to : allPracticeStatuses) {
                QString code;
                if (!allowed.contains(qMakePair(from, to)))
                    code = curatorEdges.contains(qMakePair(from, to)) ? u"forbidden"_s
                                                                      : u"invalid_field"_s;
                const QByteArray name = practiceStatusName(from).toLatin1() + "->" +
                                        practiceStatusName(to).toLatin1() + '/' + who.toLatin1();
                QTest::newRow(name.constData()) << who << from << to << code;
            }
        }
    }
}

void TestAccessPolicy::practiceTransitions()
{
    QFETCH(QString, who);
    QFETCH(PracticeStatus, from);
    QFETCH(PracticeStatus, to);
    QFETCH(QString, code);
    const Decision decision = AccessPolicy::canTransition(user(who), practice(from), to);
    QCOMPARE(decision.allowed, code.isEmpty());
    QCOMPARE(decision.code, code);
    QCOMPARE(AccessPolicy::decide(user(who), Action::Transition, practice(from), to), decision);
    if (!decision.allowed)
        QVERIFY(!decision.reason.isEmpty());
}

void TestAccessPolicy::otherKindsMatrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Record>("target");
    QTest::addColumn<bool>("expected");

    // Threads and posts written by the analyst; a Kenyan commitment written by the secretariat.
    const Record thread = record(Kind::Thread, object(R"({"title":"Q"})"), u"u-analyst"_s);
    const Record post = record(
        Kind::Post, object(R"({"thread_id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f","body":"B"})"),
        u"u-analyst"_s);
    const Record hiddenPost = withFields(post, object(R"({"hidden":true})"));
    const Record meeting = record(Kind::Meeting, object(R"({"title":"M"})"), u"u-sec"_s);
    const Record commitment =
        record(Kind::Commitment, object(R"({"country":"KEN","title":"C"})"), u"u-sec"_s);

    struct Row
    {
        const char *name;
        Record target;
        Action action;
        const char *expected; // analyst, delegate_own, delegate_other, secretariat, admin
    };
    const Row rows[] = {
        {"thread", thread, Action::Read, "YYYYY"},
        {"thread", thread, Action::Create, "YYYYY"},
        {"thread", thread, Action::Edit, "Y--YY"}, // its author and the secretariat
        {"thread", thread, Action::Delete, "---YY"},
        {"thread", thread, Action::Hide, "-----"},
        {"post", post, Action::Read, "YYYYY"},
        {"post", post, Action::Create, "YYYYY"},
        {"post", post, Action::Edit, "Y----"}, // its author only
        {"post", post, Action::Delete, "Y--YY"},
        {"post", post, Action::Hide, "---YY"},
        {"hidden post", hiddenPost, Action::Read, "Y--YY"}, // author and secretariat
        {"hidden post", hiddenPost, Action::Hide, "---YY"},
        {"meeting", meeting, Action::Read, "YYYYY"},
        {"meeting", meeting, Action::Create, "---YY"},
        {"meeting", meeting, Action::Edit, "---YY"},
        {"meeting", meeting, Action::Delete, "---YY"},
        {"commitment", commitment, Action::Read, "YYYYY"},
        {"commitment", commitment, Action::Create, "-Y-YY"},
        {"commitment", commitment, Action::Edit, "-Y-YY"},
        {"commitment", commitment, Action::Delete, "-Y-YY"},
    };
    for (const Row &row : rows) {
        for (qsizetype u = 0; u < userKeys.size(); ++u) {
            const QByteArray name = QByteArray(row.name) + '/' + actionName(row.action).toLatin1() +
                                    '/' + userKeys.at(u).toLatin1();
            QTest::newRow(name.constData())
                << userKeys.at(u) << row.action << row.target << (row.expected[u] == 'Y');
        }
    }
}

void TestAccessPolicy::otherKindsMatrix()
{
    QFETCH(QString, who);
    QFETCH(Action, action);
    QFETCH(Record, target);
    QFETCH(bool, expected);
    const Decision decision = AccessPolicy::decide(user(who), action, target);
    QCOMPARE(decision.allowed, expected);
    if (!decision.allowed) {
        QVERIFY(!decision.reason.isEmpty());
        QCOMPARE(decision.code, u"forbidden"_s);
    }
}

void TestAccessPolicy::availableTransitions_followRole()
{
    using S = PracticeStatus;
    QCOMPARE(AccessPolicy::availableTransitions(user(u"delegate_own"_s), practice(S::Draft)),
             QList<S>{S::Submitted});
    QCOMPARE(AccessPolicy::availableTransitions(user(u"delegate_own"_s), practice(S::Submitted)),
             QList<S>{S::Draft});
    QCOMPARE(AccessPolicy::availableTransitions(user(u"delegate_own"_s), practice(S::InReview)),
             QList<S>{});
    QCOMPARE(AccessPolicy::availableTransitions(user(u"secretariat"_s), practice(S::Submitted)),
             (QList<S>{S::Draft, S::InReview, S::ChangesRequested}));
    QCOMPARE(AccessPolicy::availableTransitions(user(u"admin"_s), practice(S::InReview)),
             (QList<S>{S::ChangesRequested, S::Published}));
    QCOMPARE(AccessPolicy::availableTransitions(user(u"analyst"_s), practice(S::Published)),
             QList<S>{});
    QCOMPARE(AccessPolicy::availableTransitions(user(u"nobody"_s), practice(S::Draft)), QList<S>{});
}

void TestAccessPolicy::stateMachine_edges()
{
    using S = PracticeStatus;
    QVERIFY(AccessPolicy::isTransition(S::Draft, S::Submitted));
    QVERIFY(AccessPolicy::isTransition(S::InReview, S::Published));
    QVERIFY(AccessPolicy::isTransition(S::Published, S::Archived));
    QVERIFY(!AccessPolicy::isTransition(S::Draft, S::Published));
    QVERIFY(!AccessPolicy::isTransition(S::Draft, S::Draft));
    QVERIFY(!AccessPolicy::isTransition(S::Archived, S::Draft));
    QVERIFY(AccessPolicy::transitionNeedsReviewNote(S::ChangesRequested));
    QVERIFY(!AccessPolicy::transitionNeedsReviewNote(S::Published));
    // Every state is reachable from a draft.
    QSet<S> reached{S::Draft};
    QList<S> queue{S::Draft};
    while (!queue.isEmpty()) {
        const S from = queue.takeFirst();
        for (S to : allPracticeStatuses) {
            if (AccessPolicy::isTransition(from, to) && !reached.contains(to)) {
                reached.insert(to);
                queue.append(to);
            }
        }
    }
    QCOMPARE(reached.size(), qsizetype(allPracticeStatuses.size()));
}

void TestAccessPolicy::reasons_explainRefusals()
{
    using S = PracticeStatus;
    // Right country, wrong state: say the state is the obstacle.
    const Decision inReview = AccessPolicy::canEdit(user(u"delegate_own"_s), practice(S::InReview));
    QVERIFY2(inReview.reason.contains(u"In review"_s), qPrintable(inReview.reason));
    QVERIFY(inReview.reason.contains(u"secretariat"_s));
    // Wrong country: name the country.
    const Decision other = AccessPolicy::canEdit(user(u"delegate_other"_s), practice(S::Draft));
    QCOMPARE(other.reason,
             u"Only delegates of Kenya and the secretariat can edit this practice."_s);
    const Decision read = AccessPolicy::canRead(user(u"analyst"_s), practice(S::Submitted));
    QVERIFY2(read.reason.contains(u"until it is published"_s), qPrintable(read.reason));
    const Decision publish =
        AccessPolicy::canTransition(user(u"delegate_own"_s), practice(S::InReview), S::Published);
    QCOMPARE(publish.reason, u"Only the secretariat can publish a practice."_s);
    const Decision jump =
        AccessPolicy::canTransition(user(u"secretariat"_s), practice(S::Draft), S::Published);
    QCOMPARE(jump.reason, u"A practice cannot go from \"Draft\" to \"Published\"."_s);
    const Decision meeting = AccessPolicy::canCreate(user(u"delegate_own"_s), Kind::Meeting);
    QCOMPARE(meeting.reason, u"Only the secretariat can add meetings."_s);
    const Decision signedOut = AccessPolicy::canRead(user(u"nobody"_s), practice(S::Published));
    QCOMPARE(signedOut.code, u"unauthenticated"_s);
    const Decision deleteSubmitted =
        AccessPolicy::canDelete(user(u"delegate_own"_s), practice(S::Submitted));
    QVERIFY2(deleteSubmitted.reason.contains(u"only drafts"_s), qPrintable(deleteSubmitted.reason));
}

void TestAccessPolicy::canWrite_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<std::optional<Record>>("current");
    QTest::addColumn<Record>("updated");
    QTest::addColumn<QString>("code"); // empty: allowed

    using S = PracticeStatus;
    const std::optional<Record> none;
    const auto fresh = [](Record r) {
        r.rev = 0;
        r.createdBy.clear();
        r.updatedBy.clear();
        return r;
    };
    const auto deleted = [](Record r) {
        r.deleted = true;
        return r;
    };
    const QJsonObject note = object(R"({"review_note":"Please add results figures."})");
    const QJsonObject edit = object(R"({"summary":"Better summary"})");

    // Creating practices.
    QTest::newRow("delegate creates own draft")
        << u"delegate_own"_s << none << fresh(practice(S::Draft)) << QString();
    QTest::newRow("delegate creates draft without country")
        << u"delegate_own"_s << none << record(Kind::Practice, object(R"({"title":"T"})"), {}, 0)
        << QString();
    QTest::newRow("delegate creates other country's draft")
        << u"delegate_other"_s << none << fresh(practice(S::Draft)) << u"forbidden"_s;
    QTest::newRow("delegate creates and submits offline")
        << u"delegate_own"_s << none << fresh(practice(S::Submitted)) << QString();
    QTest::newRow("delegate creates published")
        << u"delegate_own"_s << none << fresh(practice(S::Published)) << u"invalid_field"_s;
    QTest::newRow("delegate creates in review")
        << u"delegate_own"_s << none << fresh(practice(S::InReview)) << u"invalid_field"_s;
    QTest::newRow("analyst creates practice")
        << u"analyst"_s << none << fresh(practice(S::Draft)) << u"forbidden"_s;
    QTest::newRow("secretariat imports published")
        << u"secretariat"_s << none << fresh(practice(S::Published)) << QString();
    QTest::newRow("secretariat creates changes requested without note")
        << u"secretariat"_s << none << fresh(practice(S::ChangesRequested)) << u"invalid_field"_s;
    QTest::newRow("delegate sets ref code on create")
        << u"delegate_own"_s << none
        << withFields(fresh(practice(S::Draft)), object(R"({"ref_code":"PRA-2026-0001"})"))
        << u"forbidden"_s;
    QTest::newRow("upsert over tombstone is a create")
        << u"delegate_other"_s << std::optional<Record>(deleted(practice(S::Draft)))
        << practice(S::Draft) << u"forbidden"_s;
    QTest::newRow("unknown status")
        << u"delegate_own"_s << none
        << withFields(fresh(practice(S::Draft)), object(R"({"status":"rejected"})"))
        << u"invalid_field"_s;

    // Editing and moving practices through the workflow.
    QTest::newRow("delegate edits draft")
        << u"delegate_own"_s << std::optional<Record>(practice(S::Draft))
        << withFields(practice(S::Draft), edit) << QString();
    QTest::newRow("delegate submits with edits")
        << u"delegate_own"_s << std::optional<Record>(practice(S::Draft))
        << withFields(practice(S::Submitted), edit) << QString();
    QTest::newRow("delegate withdraws")
        << u"delegate_own"_s << std::optional<Record>(practice(S::Submitted)) << practice(S::Draft)
        << QString();
    QTest::newRow("delegate resubmits after changes")
        << u"delegate_own"_s << std::optional<Record>(practice(S::ChangesRequested, note))
        << withFields(practice(S::Submitted, note), edit) << QString();
    QTest::newRow("delegate edits in review")
        << u"delegate_own"_s << std::optional<Record>(practice(S::InReview))
        << withFields(practice(S::InReview), edit) << u"forbidden"_s;
    QTest::newRow("delegate rewrites published unchanged")
        << u"delegate_own"_s << std::optional<Record>(practice(S::Published))
        << practice(S::Published) << u"forbidden"_s;
    QTest::newRow("delegate publishes")
        << u"delegate_own"_s << std::optional<Record>(practice(S::InReview))
        << practice(S::Published) << u"forbidden"_s;
    QTest::newRow("other delegate submits")
        << u"delegate_other"_s << std::optional<Record>(practice(S::Draft))
        << practice(S::Submitted) << u"forbidden"_s;
    QTest::newRow("delegate writes review note")
        << u"delegate_own"_s << std::optional<Record>(practice(S::Draft))
        << practice(S::Draft, note) << u"forbidden"_s;
    QTest::newRow("delegate changes ref code")
        << u"delegate_own"_s
        << std::optional<Record>(practice(S::Submitted, object(R"({"ref_code":"PRA-2026-0001"})")))
        << practice(S::Submitted, object(R"({"ref_code":"PRA-2026-9999"})")) << u"forbidden"_s;
    QTest::newRow("delegate keeps ref code")
        << u"delegate_own"_s
        << std::optional<Record>(practice(S::Submitted, object(R"({"ref_code":"PRA-2026-0001"})")))
        << withFields(practice(S::Submitted, object(R"({"ref_code":"PRA-2026-0001"})")), edit)
        << QString();
    QTest::newRow("delegate moves practice to another country")
        << u"delegate_own"_s << std::optional<Record>(practice(S::Draft))
        << withFields(practice(S::Draft), object(R"({"country":"FRA"})")) << u"forbidden"_s;
    QTest::newRow("delegate sets country of own countryless draft")
        << u"delegate_own"_s
        << std::optional<Record>(record(Kind::Practice, object(R"({"title":"T"})"), u"u-ken"_s))
        << record(Kind::Practice, object(R"({"title":"T","country":"KEN"})"), u"u-ken"_s)
        << QString();
    QTest::newRow("secretariat starts review")
        << u"secretariat"_s << std::optional<Record>(practice(S::Submitted))
        << practice(S::InReview) << QString();
    QTest::newRow("secretariat requests changes without note")
        << u"secretariat"_s << std::optional<Record>(practice(S::InReview))
        << practice(S::ChangesRequested) << u"invalid_field"_s;
    QTest::newRow("secretariat requests changes with note")
        << u"secretariat"_s << std::optional<Record>(practice(S::InReview))
        << practice(S::ChangesRequested, note) << QString();
    QTest::newRow("admin publishes with a fix")
        << u"admin"_s << std::optional<Record>(practice(S::InReview))
        << withFields(practice(S::Published), edit) << QString();
    QTest::newRow("secretariat skips review")
        << u"secretariat"_s << std::optional<Record>(practice(S::Draft)) << practice(S::Published)
        << u"invalid_field"_s;
    QTest::newRow("secretariat edits archived")
        << u"secretariat"_s << std::optional<Record>(practice(S::Archived))
        << withFields(practice(S::Archived), edit) << QString();
    QTest::newRow("kind cannot change")
        << u"secretariat"_s << std::optional<Record>(practice(S::Draft))
        << record(Kind::Thread, object(R"({"title":"T"})"), u"u-ken-colleague"_s)
        << u"invalid_field"_s;

    // Deleting.
    QTest::newRow("delegate deletes draft")
        << u"delegate_own"_s << std::optional<Record>(practice(S::Draft))
        << deleted(practice(S::Draft)) << QString();
    QTest::newRow("delegate deletes submitted")
        << u"delegate_own"_s << std::optional<Record>(practice(S::Submitted))
        << deleted(practice(S::Submitted)) << u"forbidden"_s;
    QTest::newRow("secretariat deletes published")
        << u"secretariat"_s << std::optional<Record>(practice(S::Published))
        << deleted(practice(S::Published)) << QString();
    QTest::newRow("delete of nothing")
        << u"secretariat"_s << none << deleted(practice(S::Draft)) << u"not_found"_s;
    QTest::newRow("delete of tombstone")
        << u"secretariat"_s << std::optional<Record>(deleted(practice(S::Draft)))
        << deleted(practice(S::Draft)) << u"not_found"_s;

    // Posts.
    const Record post = record(
        Kind::Post, object(R"({"thread_id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f","body":"B"})"),
        u"u-analyst"_s);
    const Record edited = withFields(post, object(R"({"body":"B, edited"})"));
    const Record hidden = withFields(post, object(R"({"hidden":true,"hidden_reason":"Spam"})"));
    QTest::newRow("anyone posts") << u"delegate_other"_s << none << fresh(post) << QString();
    QTest::newRow("post created with hidden false")
        << u"analyst"_s << none
        << fresh(withFields(post, object(R"({"hidden":false,"hidden_reason":null})"))) << QString();
    QTest::newRow("practice created with empty review note")
        << u"delegate_own"_s << none
        << withFields(fresh(practice(S::Draft)), object(R"({"review_note":"","ref_code":null})"))
        << QString();
    QTest::newRow("post created hidden by author")
        << u"analyst"_s << none << fresh(hidden) << u"forbidden"_s;
    QTest::newRow("author edits post")
        << u"analyst"_s << std::optional<Record>(post) << edited << QString();
    QTest::newRow("other edits post")
        << u"delegate_own"_s << std::optional<Record>(post) << edited << u"forbidden"_s;
    QTest::newRow("secretariat edits someone's post")
        << u"secretariat"_s << std::optional<Record>(post) << edited << u"forbidden"_s;
    QTest::newRow("secretariat hides post")
        << u"secretariat"_s << std::optional<Record>(post) << hidden << QString();
    QTest::newRow("secretariat unhides post")
        << u"admin"_s << std::optional<Record>(hidden) << post << QString();
    QTest::newRow("secretariat hides and edits")
        << u"secretariat"_s << std::optional<Record>(post)
        << withFields(hidden, object(R"({"body":"censored"})")) << u"forbidden"_s;
    QTest::newRow("author hides own post")
        << u"analyst"_s << std::optional<Record>(post) << hidden << u"forbidden"_s;
    QTest::newRow("author unhides own post")
        << u"analyst"_s << std::optional<Record>(hidden) << post << u"forbidden"_s;
    QTest::newRow("author deletes post")
        << u"analyst"_s << std::optional<Record>(post) << deleted(post) << QString();

    // Threads, meetings, commitments.
    const Record thread = record(Kind::Thread, object(R"({"title":"Q"})"), u"u-analyst"_s);
    QTest::newRow("author closes thread")
        << u"analyst"_s << std::optional<Record>(thread)
        << withFields(thread, object(R"({"status":"closed"})")) << QString();
    QTest::newRow("secretariat closes thread")
        << u"secretariat"_s << std::optional<Record>(thread)
        << withFields(thread, object(R"({"status":"closed"})")) << QString();
    QTest::newRow("other closes thread")
        << u"delegate_own"_s << std::optional<Record>(thread)
        << withFields(thread, object(R"({"status":"closed"})")) << u"forbidden"_s;
    const Record meeting = record(Kind::Meeting, object(R"({"title":"M"})"), u"u-sec"_s);
    QTest::newRow("delegate creates meeting")
        << u"delegate_own"_s << none << fresh(meeting) << u"forbidden"_s;
    QTest::newRow("secretariat creates meeting")
        << u"secretariat"_s << none << fresh(meeting) << QString();
    const Record commitment =
        record(Kind::Commitment, object(R"({"country":"KEN","title":"C"})"), u"u-sec"_s);
    QTest::newRow("delegate records commitment")
        << u"delegate_own"_s << none << fresh(commitment) << QString();
    QTest::newRow("other delegate records commitment")
        << u"delegate_other"_s << none << fresh(commitment) << u"forbidden"_s;
    QTest::newRow("delegate updates progress")
        << u"delegate_own"_s << std::optional<Record>(commitment)
        << withFields(commitment, object(R"({"status":"in_progress"})")) << QString();
    QTest::newRow("delegate moves commitment abroad")
        << u"delegate_own"_s << std::optional<Record>(commitment)
        << withFields(commitment, object(R"({"country":"FRA"})")) << u"forbidden"_s;
    QTest::newRow("secretariat moves commitment")
        << u"secretariat"_s << std::optional<Record>(commitment)
        << withFields(commitment, object(R"({"country":"FRA"})")) << QString();

    QTest::newRow("signed out") << u"nobody"_s << none << fresh(thread) << u"unauthenticated"_s;
}

void TestAccessPolicy::canWrite()
{
    QFETCH(QString, who);
    QFETCH(std::optional<Record>, current);
    QFETCH(Record, updated);
    QFETCH(QString, code);
    const Decision decision = AccessPolicy::canWrite(user(who), current, updated);
    QVERIFY2(decision.allowed == code.isEmpty(), qPrintable(decision.reason));
    QCOMPARE(decision.code, code);
    if (!decision.allowed)
        QVERIFY(!decision.reason.isEmpty());
}

namespace {

// A Kenyan-led initiative with Rwanda in `rwandaState` ("" = not a partner), created by a Kenyan
// delegate.
Record initiative(const QString &status, const QString &rwandaState)
{
    QJsonObject fields = object(R"({"title":"Regional e-invoicing","lead_country":"KEN",
        "milestones":[{"id":"11111111-1111-4111-8111-111111111111","title":"Pilot","done":false},
                      {"id":"22222222-2222-4222-8222-222222222222","title":"Scale","done":false}]})");
    if (!status.isEmpty())
        fields.insert(u"status"_s, status);
    Record r = record(Kind::Initiative, fields, u"u-ken-colleague"_s);
    if (!rwandaState.isEmpty())
        r.fields = Initiative::withPartner(r.fields, u"RWA"_s, rwandaState);
    return r;
}

// Cast for initiatives: analyst, lead (KEN), Rwanda, other (FRA), secretariat.
const QStringList initiativeUsers{u"analyst"_s, u"delegate_own"_s, u"delegate_rwa"_s,
                                  u"delegate_other"_s, u"secretariat"_s};

} // namespace

void TestAccessPolicy::initiativeMatrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Record>("target");
    QTest::addColumn<bool>("expected");
    struct Row
    {
        const char *name;
        Record target;
        Action action;
        const char *expected; // analyst, lead KEN, RWA, FRA, secretariat
    };
    const Row rows[] = {
        {"proposed, not invited", initiative(u"proposed"_s, {}), Action::Read, "-Y--Y"},
        {"proposed, no status", initiative({}, u"invited"_s), Action::Read, "-YY-Y"},
        {"proposed, invited", initiative(u"proposed"_s, u"invited"_s), Action::Read, "-YY-Y"},
        {"proposed, joined", initiative(u"proposed"_s, u"joined"_s), Action::Read, "-YY-Y"},
        {"active", initiative(u"active"_s, {}), Action::Read, "YYYYY"},
        {"completed", initiative(u"completed"_s, {}), Action::Read, "YYYYY"},
        {"paused", initiative(u"paused"_s, {}), Action::Read, "YYYYY"},
        {"ended", initiative(u"ended"_s, {}), Action::Read, "YYYYY"},
        {"create", initiative(u"proposed"_s, {}), Action::Create, "-Y--Y"},
        {"invited", initiative(u"active"_s, u"invited"_s), Action::Edit, "-Y--Y"},
        {"joined", initiative(u"active"_s, u"joined"_s), Action::Edit, "-YY-Y"},
        {"proposed", initiative(u"proposed"_s, u"joined"_s), Action::Delete, "-Y--Y"},
        {"active", initiative(u"active"_s, u"joined"_s), Action::Delete, "----Y"},
    };
    for (const Row &row : rows) {
        for (qsizetype u = 0; u < initiativeUsers.size(); ++u) {
            const QByteArray name = QByteArray(row.name) + '/' + actionName(row.action).toLatin1() +
                                    '/' + initiativeUsers.at(u).toLatin1();
            QTest::newRow(name.constData())
                << initiativeUsers.at(u) << row.action << row.target << (row.expected[u] == 'Y');
        }
    }
}

void TestAccessPolicy::initiativeMatrix()
{
    QFETCH(QString, who);
    QFETCH(Action, action);
    QFETCH(Record, target);
    QFETCH(bool, expected);
    const Decision decision = AccessPolicy::decide(user(who), action, target);
    QCOMPARE(decision.allowed, expected);
    if (!decision.allowed)
        QVERIFY(!decision.reason.isEmpty());
}

void TestAccessPolicy::initiativeWrites_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<std::optional<Record>>("current");
    QTest::addColumn<Record>("updated");
    QTest::addColumn<QString>("code"); // empty: allowed

    const std::optional<Record> none;
    const Record invited = initiative(u"proposed"_s, u"invited"_s);
    const Record joined = initiative(u"proposed"_s, u"joined"_s);
    const Record notInvited = initiative(u"proposed"_s, {});
    const auto tick = [](Record r) {
        QJsonArray milestones = r.fields.value(u"milestones"_s).toArray();
        QJsonObject first = milestones.at(0).toObject();
        first.insert(u"done"_s, true);
        milestones.replace(0, first);
        r.fields.insert(u"milestones"_s, milestones);
        return r;
    };
    const auto with = [](Record r, const char *json) {
        return withFields(r, object(json));
    };
    const auto join = [](const Record &r) {
        Record u = r;
        u.fields = Initiative::withPartner(r.fields, u"RWA"_s, u"joined"_s);
        return u;
    };
    const auto remove = [](const Record &r) {
        Record u = r;
        u.fields = Initiative::withoutPartner(r.fields, u"RWA");
        return u;
    };
    const auto add = [](const Record &r, const QString &country, const QString &state) {
        Record u = r;
        u.fields = Initiative::withPartner(r.fields, country, state);
        return u;
    };

    // Creating: the lead country's delegates and the secretariat; nobody listed as joined.
    QTest::newRow("lead proposes, inviting Rwanda")
        << u"delegate_own"_s << none << invited << u""_s;
    QTest::newRow("lead proposes with Rwanda joined")
        << u"delegate_own"_s << none << joined << u"forbidden"_s;
    QTest::newRow("secretariat creates with Rwanda joined")
        << u"secretariat"_s << none << joined << u"forbidden"_s;
    QTest::newRow("secretariat creates inviting Rwanda")
        << u"secretariat"_s << none << invited << u""_s;
    QTest::newRow("Rwanda proposes a Kenyan-led one")
        << u"delegate_rwa"_s << none << invited << u"forbidden"_s;
    QTest::newRow("analyst proposes") << u"analyst"_s << none << invited << u"forbidden"_s;
    QTest::newRow("lead creates it ended")
        << u"delegate_own"_s << none << with(invited, R"({"status":"ended"})") << u"forbidden"_s;

    // Consent: only Rwanda's delegates move Rwanda to joined, and only from an invitation.
    QTest::newRow("Rwanda joins") << u"delegate_rwa"_s << std::optional(invited) << join(invited)
                                  << u""_s;
    QTest::newRow("lead marks Rwanda joined")
        << u"delegate_own"_s << std::optional(invited) << join(invited) << u"forbidden"_s;
    QTest::newRow("secretariat marks Rwanda joined")
        << u"secretariat"_s << std::optional(invited) << join(invited) << u"forbidden"_s;
    QTest::newRow("Rwanda joins uninvited")
        << u"delegate_rwa"_s << std::optional(notInvited) << join(notInvited) << u"forbidden"_s;
    QTest::newRow("Rwanda joins and ticks a milestone in one write")
        << u"delegate_rwa"_s << std::optional(invited) << tick(join(invited)) << u""_s;
    QTest::newRow("Rwanda declines")
        << u"delegate_rwa"_s << std::optional(invited) << remove(invited) << u""_s;
    QTest::newRow("Rwanda leaves")
        << u"delegate_rwa"_s << std::optional(joined) << remove(joined) << u""_s;
    QTest::newRow("France removes Rwanda")
        << u"delegate_other"_s << std::optional(joined) << remove(joined) << u"forbidden"_s;

    // Editing: the lead, joined partners, the secretariat.
    QTest::newRow("invited Rwanda ticks a milestone")
        << u"delegate_rwa"_s << std::optional(invited) << tick(invited) << u"forbidden"_s;
    QTest::newRow("joined Rwanda ticks a milestone")
        << u"delegate_rwa"_s << std::optional(joined) << tick(joined) << u""_s;
    QTest::newRow("lead ticks a milestone")
        << u"delegate_own"_s << std::optional(invited) << tick(invited) << u""_s;
    QTest::newRow("France ticks a milestone")
        << u"delegate_other"_s << std::optional(joined) << tick(joined) << u"forbidden"_s;
    QTest::newRow("analyst ticks a milestone")
        << u"analyst"_s << std::optional(joined) << tick(joined) << u"forbidden"_s;
    QTest::newRow("secretariat ticks a milestone")
        << u"secretariat"_s << std::optional(joined) << tick(joined) << u""_s;
    QTest::newRow("joined Rwanda activates it") << u"delegate_rwa"_s << std::optional(joined)
                                                << with(joined, R"({"status":"active"})") << u""_s;

    // Inviting and removing others: the lead and the secretariat.
    QTest::newRow("lead invites Uganda") << u"delegate_own"_s << std::optional(joined)
                                         << add(joined, u"UGA"_s, u"invited"_s) << u""_s;
    QTest::newRow("joined Rwanda invites Uganda")
        << u"delegate_rwa"_s << std::optional(joined) << add(joined, u"UGA"_s, u"invited"_s)
        << u"forbidden"_s;
    QTest::newRow("lead withdraws Rwanda's invitation")
        << u"delegate_own"_s << std::optional(invited) << remove(invited) << u""_s;
    QTest::newRow("secretariat removes Rwanda")
        << u"secretariat"_s << std::optional(joined) << remove(joined) << u""_s;

    // Lead country and ending: the secretariat.
    QTest::newRow("lead hands it to France")
        << u"delegate_own"_s << std::optional(joined) << with(joined, R"({"lead_country":"FRA"})")
        << u"forbidden"_s;
    QTest::newRow("secretariat hands it to France")
        << u"secretariat"_s << std::optional(joined) << with(joined, R"({"lead_country":"FRA"})")
        << u""_s;
    QTest::newRow("lead ends it") << u"delegate_own"_s << std::optional(joined)
                                  << with(joined, R"({"status":"ended"})") << u"forbidden"_s;
    QTest::newRow("secretariat ends it") << u"secretariat"_s << std::optional(joined)
                                         << with(joined, R"({"status":"ended"})") << u""_s;
    QTest::newRow("lead completes it") << u"delegate_own"_s << std::optional(joined)
                                       << with(joined, R"({"status":"completed"})") << u""_s;

    // Deleting.
    Record gone = joined;
    gone.deleted = true;
    QTest::newRow("lead deletes a proposal")
        << u"delegate_own"_s << std::optional(joined) << gone << u""_s;
    QTest::newRow("Rwanda deletes it")
        << u"delegate_rwa"_s << std::optional(joined) << gone << u"forbidden"_s;
}

void TestAccessPolicy::initiativeWrites()
{
    QFETCH(QString, who);
    QFETCH(std::optional<Record>, current);
    QFETCH(Record, updated);
    QFETCH(QString, code);
    const Decision decision = AccessPolicy::canWrite(user(who), current, updated);
    QVERIFY2(decision.allowed == code.isEmpty(), qPrintable(decision.reason));
    QCOMPARE(decision.code, code);
    if (!decision.allowed)
        QVERIFY(!decision.reason.isEmpty());
}

void TestAccessPolicy::unsyncedLocalRecord_isOwn()
{
    // A delegate's draft without country, created offline: theirs to edit, nobody else's.
    Record draft = record(Kind::Practice, object(R"({"title":"T"})"), {}, 0);
    QVERIFY(AccessPolicy::canEdit(user(u"delegate_own"_s), draft));
    QVERIFY(AccessPolicy::canRead(user(u"delegate_own"_s), draft));
    // Once synced it belongs to its creator.
    draft.rev = 3;
    draft.createdBy = u"u-ken"_s;
    QVERIFY(AccessPolicy::canEdit(user(u"delegate_own"_s), draft));
    QVERIFY(!AccessPolicy::canEdit(user(u"delegate_other"_s), draft));
    QVERIFY(!AccessPolicy::canRead(user(u"delegate_other"_s), draft));
    QVERIFY(!AccessPolicy::canRead(user(u"analyst"_s), draft));
    QVERIFY(AccessPolicy::canRead(user(u"secretariat"_s), draft));
}

void TestAccessPolicy::tombstones_areReadable()
{
    Record gone = practice(PracticeStatus::Draft);
    gone.deleted = true;
    gone.fields = {};
    QVERIFY(AccessPolicy::canRead(user(u"analyst"_s), gone));
    QVERIFY(!AccessPolicy::canRead(user(u"nobody"_s), gone));
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_domain_accesspolicy.moc"
