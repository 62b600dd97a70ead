// SPDX-License-Identifier: MIT
// Sending: four-eyes approval (submit, approve, send back, one winner, never one's own), numbered threads chained
// in the outbox, presence on a case between store connections, and a thread posted end to end on the fake platform.
#include "support/replyfixture.h"
#include "support/testsupport.h"

#include "composer/threadsplit.h"
#include "fakeplatformprocess.h"
#include "store/accountrepository.h"
#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/outboxrepository.h"
#include "store/teamsettingsrepository.h"
#include "support/fakeaccounts.h"
#include "sync/accountsync.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>
#include <latch>

using namespace webcare;
using domain::Channel;
using domain::ReplyState;
using store::StoreError;
using webcare::test::makePost;

namespace {

using Fixture = test::ReplyFixture;
Fixture makeFixture(store::CaseStore &s) { return test::makeReplyFixture(s, QStringLiteral("9001")); }

store::ReplySubmission submission(const Fixture &f, const QString &agent, const QString &text)
{
    store::ReplySubmission sub;
    sub.reply.caseId = f.caseId;
    sub.reply.accountId = f.accountId;
    sub.reply.inReplyToPostId = f.postId;
    sub.reply.agent = agent;
    sub.reply.text = text;
    return sub;
}

QStringList auditActions(store::CaseStore &s, qint64 caseId)
{
    QStringList actions;
    const auto trail = s.cases().auditTrail(caseId); // kept: the loop must not run over a destroyed temporary
    REQUIRE_OK(trail);
    for (const domain::AuditEvent &e : *trail)
        actions << e.action;
    return actions;
}

} // namespace

BACKEND_TEST_CASE("A reply goes straight to the outbox unless four-eyes asks for approval", "[sending][approval]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    const Fixture f = makeFixture(*s);

    // An ordinary agent: into the outbox at once, with an idempotency key.
    auto direct =
        s->outbox().submitReply(submission(f, QStringLiteral("anna"), QStringLiteral("Vervelend! We kijken mee.")));
    REQUIRE_OK(direct);
    CHECK_FALSE(direct->awaitingApproval);
    REQUIRE(direct->replyIds.size() == 1);
    CHECK(s->outbox().replyById(direct->replyIds.first())->state == ReplyState::Approved);
    CHECK_FALSE(s->outbox().replyById(direct->replyIds.first())->idempotencyKey.isEmpty());

    // A new agent needs approval: the reply waits, without a key, and the outbox does not hand it out.
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("nieuw"), false, true, QStringLiteral("lead")));
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("sanne"), true, false, QStringLiteral("lead")));
    auto waiting =
        s->outbox().submitReply(submission(f, QStringLiteral("nieuw"), QStringLiteral("Hoi, wat is je nummer?")));
    REQUIRE_OK(waiting);
    CHECK(waiting->awaitingApproval);
    const qint64 id = waiting->replyIds.first();
    domain::Reply r = *s->outbox().replyById(id);
    CHECK(r.state == ReplyState::AwaitingApproval);
    CHECK(r.idempotencyKey.isEmpty());
    auto claimed = s->outbox().claimReply(f.accountId);
    REQUIRE_OK(claimed);
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->reply.id == direct->replyIds.first()); // the direct one, never the waiting one
    REQUIRE_OK(s->outbox().finishReply((*claimed)->reply.id, ReplyState::Sent, QStringLiteral("p1")));
    CHECK_FALSE(s->outbox().claimReply(f.accountId)->has_value());

    // The approval queue shows the draft with the post it answers.
    auto queue = s->outbox().approvalQueue();
    REQUIRE_OK(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().reply.id == id);
    CHECK(queue->first().answers.text == QStringLiteral("Mijn pas is geblokkeerd"));

    // Not a supervisor, or one's own reply: not allowed.
    CHECK(s->outbox().approveSubmitted(id, QStringLiteral("anna")).error().kind == StoreError::Kind::NotAllowed);
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("nieuw"), true, true, QStringLiteral("lead")));
    CHECK(s->outbox().approveSubmitted(id, QStringLiteral("nieuw")).error().kind == StoreError::Kind::NotAllowed);
    CHECK(s->outbox().replyById(id)->state == ReplyState::AwaitingApproval);

    // A supervisor approves: into the outbox with a fresh key; a second supervisor acting too gets Conflict.
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("piet"), true, false, QStringLiteral("lead")));
    REQUIRE_OK(s->outbox().approveSubmitted(id, QStringLiteral("sanne")));
    CHECK(s->outbox().approveSubmitted(id, QStringLiteral("piet")).error().kind == StoreError::Kind::Conflict);
    CHECK(s->outbox().sendBackReply(id, QStringLiteral("piet"), QStringLiteral("te laat")).error().kind ==
          StoreError::Kind::Conflict);
    r = *s->outbox().replyById(id);
    CHECK(r.state == ReplyState::Approved);
    CHECK(r.reviewedBy == QStringLiteral("sanne"));
    CHECK(r.reviewedAt.isValid());
    CHECK_FALSE(r.idempotencyKey.isEmpty());
    claimed = s->outbox().claimReply(f.accountId);
    REQUIRE_OK(claimed);
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->reply.id == id);
    CHECK(s->outbox().approvalQueue()->isEmpty());

    const QStringList actions = auditActions(*s, f.caseId);
    INFO(actions.join(QLatin1Char(',')).toStdString());
    CHECK(actions.contains(QStringLiteral("reply.submitted")));
    CHECK(actions.contains(QStringLiteral("reply.review_approved")));
}

BACKEND_TEST_CASE("Sent back with a comment, the reply returns to its writer", "[sending][approval]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    const Fixture f = makeFixture(*s);
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("sanne"), true, false, QStringLiteral("lead")));

    // Open findings count only when the team asks for it.
    store::ReplySubmission sub = submission(f, QStringLiteral("anna"), QStringLiteral("Geachte heer, zie bijlage"));
    sub.openFlags = {QStringLiteral("Address style: u instead of je"), QStringLiteral("No signature")};
    auto first = s->outbox().submitReply(sub);
    REQUIRE_OK(first);
    CHECK_FALSE(first->awaitingApproval);
    REQUIRE_OK(s->settings().setTeamSetting(QLatin1String(store::findingsNeedApprovalSetting), QStringLiteral("1"),
                                            QStringLiteral("sanne")));
    CHECK(s->settings().teamSetting(QLatin1String(store::findingsNeedApprovalSetting))->value_or(QString()) ==
          QStringLiteral("1"));
    auto second = s->outbox().submitReply(sub);
    REQUIRE_OK(second);
    CHECK(second->awaitingApproval);
    const qint64 id = second->replyIds.first();
    CHECK(s->outbox().replyById(id)->openFlags == sub.openFlags);
    // Without findings it goes straight out, setting or not.
    auto clean = s->outbox().submitReply(submission(f, QStringLiteral("anna"), QStringLiteral("Hoi! ^AN")));
    REQUIRE_OK(clean);
    CHECK_FALSE(clean->awaitingApproval);

    REQUIRE_OK(s->outbox().sendBackReply(id, QStringLiteral("sanne"), QStringLiteral("Gebruik je, en onderteken.")));
    const domain::Reply r = *s->outbox().replyById(id);
    CHECK(r.state == ReplyState::SentBack);
    CHECK(r.reviewComment == QStringLiteral("Gebruik je, en onderteken."));
    CHECK(r.reviewedBy == QStringLiteral("sanne"));
    CHECK(s->outbox().approveSubmitted(id, QStringLiteral("sanne")).error().kind == StoreError::Kind::Conflict);
    CHECK(auditActions(*s, f.caseId).contains(QStringLiteral("reply.sent_back")));
}

BACKEND_TEST_CASE("Two supervisors acting on the same replies at once: exactly one decides each", "[sending][approval]")
{
    test::ScratchDatabase db(backend);
    QList<qint64> ids;
    {
        auto s = db.open();
        const Fixture f = makeFixture(*s);
        REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("nieuw"), false, true, QStringLiteral("lead")));
        REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("sanne"), true, false, QStringLiteral("lead")));
        REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("piet"), true, false, QStringLiteral("lead")));
        for (int i = 0; i < 30; ++i) {
            auto r =
                s->outbox().submitReply(submission(f, QStringLiteral("nieuw"), QStringLiteral("Antwoord %1").arg(i)));
            REQUIRE_OK(r);
            ids << r->replyIds.first();
        }
    }
    // Sanne approves from the first, Piet sends back from the last, each on a connection of their own.
    std::latch start(2);
    std::atomic<int> errors{0};
    QSet<qint64> won[2];
    auto reviewer = [&](int who) {
        auto opened = store::CaseStore::open(db.location());
        if (!opened) {
            ++errors;
            start.count_down();
            return;
        }
        auto s = std::move(opened).value();
        start.arrive_and_wait();
        for (int i = 0; i < ids.size(); ++i) {
            const qint64 id = ids.at(who == 0 ? i : ids.size() - 1 - i);
            auto r = who == 0 ? s->outbox().approveSubmitted(id, QStringLiteral("sanne"))
                              : s->outbox().sendBackReply(id, QStringLiteral("piet"), QStringLiteral("Nee"));
            if (r)
                won[who].insert(id);
            else if (r.error().kind != StoreError::Kind::Conflict)
                ++errors;
        }
    };
    std::unique_ptr<QThread> a(QThread::create(reviewer, 0));
    std::unique_ptr<QThread> b(QThread::create(reviewer, 1));
    a->start();
    b->start();
    a->wait();
    b->wait();
    CHECK(errors == 0);
    CHECK(won[0].size() + won[1].size() == ids.size());
    auto s = db.open();
    for (qint64 id : std::as_const(ids)) {
        const domain::Reply r = *s->outbox().replyById(id);
        CHECK(won[0].contains(id) != won[1].contains(id));
        CHECK(r.state == (won[0].contains(id) ? ReplyState::Approved : ReplyState::SentBack));
        CHECK(r.reviewedBy == (won[0].contains(id) ? QStringLiteral("sanne") : QStringLiteral("piet")));
    }
}

TEST_CASE("webcaredesk team sets roles, four-eyes and the team's approval rule", "[sending][approval][cli]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    const QString path = db.location().sqlitePath;
    const auto run = [&](const QStringList &args) {
        QProcess p;
        QStringList env = QProcess::systemEnvironment();
        env << QStringLiteral("QT_QPA_PLATFORM=offscreen");
        p.setEnvironment(env);
        p.start(QStringLiteral(WEBCARE_APP_PATH),
                QStringList{QStringLiteral("team"), QStringLiteral("--db"), path} + args);
        REQUIRE(p.waitForFinished(60000));
        return p.exitCode();
    };
    CHECK(run({QStringLiteral("--agent"), QStringLiteral("anna"), QStringLiteral("--role"),
               QStringLiteral("supervisor")}) == 0);
    CHECK(run({QStringLiteral("--agent"), QStringLiteral("nieuw"), QStringLiteral("--needs-approval"),
               QStringLiteral("yes")}) == 0);
    CHECK(run({QStringLiteral("--findings-need-approval"), QStringLiteral("yes")}) == 0);
    CHECK(run({QStringLiteral("--agent"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("boss")}) == 2);
    // Changing one thing keeps the other.
    CHECK(run({QStringLiteral("--agent"), QStringLiteral("anna"), QStringLiteral("--needs-approval"),
               QStringLiteral("yes")}) == 0);
    auto s = db.open();
    const auto anna = s->agents().agent(QStringLiteral("anna"));
    REQUIRE_OK(anna);
    REQUIRE(anna->has_value());
    CHECK((*anna)->supervisor);
    CHECK((*anna)->needsApproval);
    const auto nieuw = s->agents().agent(QStringLiteral("nieuw"));
    REQUIRE(nieuw->has_value());
    CHECK_FALSE((*nieuw)->supervisor);
    CHECK((*nieuw)->needsApproval);
    CHECK(s->settings().teamSetting(QLatin1String(store::findingsNeedApprovalSetting))->value_or(QString()) ==
          QStringLiteral("1"));
}

BACKEND_TEST_CASE("Thread parts leave one by one, each after the part before it", "[sending][thread]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    const Fixture f = makeFixture(*s);
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("nieuw"), false, true, QStringLiteral("lead")));
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("sanne"), true, false, QStringLiteral("lead")));
    store::ReplySubmission sub = submission(f, QStringLiteral("nieuw"), {});
    sub.parts = {QStringLiteral("Eerste deel (1/3)"), QStringLiteral("Tweede deel (2/3)"),
                 QStringLiteral("Derde deel (3/3)")};
    auto submitted = s->outbox().submitReply(sub);
    REQUIRE_OK(submitted);
    REQUIRE(submitted->replyIds.size() == 3);
    const QList<qint64> ids = submitted->replyIds;
    CHECK(s->outbox().replyById(ids[1])->threadParentId == ids[0]);
    CHECK(s->outbox().replyById(ids[2])->threadParentId == ids[1]);
    // One item in the approval queue with all its parts; approving it approves them all, each with its own key.
    auto queue = s->outbox().approvalQueue();
    REQUIRE_OK(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().parts.size() == 3);
    REQUIRE_OK(s->outbox().approveSubmitted(ids[0], QStringLiteral("sanne")));
    QSet<QString> keys;
    for (qint64 id : ids) {
        CHECK(s->outbox().replyById(id)->state == ReplyState::Approved);
        keys.insert(s->outbox().replyById(id)->idempotencyKey);
    }
    CHECK(keys.size() == 3);

    auto claimed = s->outbox().claimReply(f.accountId);
    REQUIRE_OK(claimed);
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->reply.id == ids[0]);
    CHECK((*claimed)->threadParentPlatformId.isEmpty());
    // 2/3 waits while 1/3 is under way.
    CHECK_FALSE(s->outbox().claimReply(f.accountId)->has_value());
    REQUIRE_OK(s->outbox().finishReply(ids[0], ReplyState::Sent, QStringLiteral("tweet-1")));
    claimed = s->outbox().claimReply(f.accountId);
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->reply.id == ids[1]);
    CHECK((*claimed)->threadParentPlatformId == QStringLiteral("tweet-1")); // 2/3 answers 1/3
    // A failed part holds up the rest: 3/3 stays queued.
    REQUIRE_OK(s->outbox().finishReply(ids[1], ReplyState::Failed, {}, QStringLiteral("refused")));
    CHECK_FALSE(s->outbox().claimReply(f.accountId)->has_value());
    CHECK(s->outbox().replyById(ids[2])->state == ReplyState::Approved);
}

BACKEND_TEST_CASE("Two connections see each other's presence on a case, until it goes stale", "[sending][presence]")
{
    test::ScratchDatabase db(backend);
    auto anna = db.open();
    auto piet = db.open();
    const Fixture f = makeFixture(*anna);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE_OK(anna->cases().setPresence(
        {f.caseId, QStringLiteral("anna-1"), QStringLiteral("anna"), QStringLiteral("writing"), now}));
    REQUIRE_OK(piet->cases().setPresence(
        {f.caseId, QStringLiteral("piet-1"), QStringLiteral("piet"), QStringLiteral("viewing"), now}));
    auto seenByPiet = piet->cases().presence(f.caseId, now);
    REQUIRE_OK(seenByPiet);
    REQUIRE(seenByPiet->size() == 2);
    CHECK(seenByPiet->at(0).agent == QStringLiteral("anna"));
    CHECK(seenByPiet->at(0).activity == QStringLiteral("writing"));
    CHECK(anna->cases().presence(f.caseId, now)->at(1).agent == QStringLiteral("piet"));

    // Anna's client stops heartbeating (a crash): 30 seconds later she is gone; Piet's heartbeat keeps him.
    const QDateTime later = now.addSecs(31);
    REQUIRE_OK(piet->cases().setPresence(
        {f.caseId, QStringLiteral("piet-1"), QStringLiteral("piet"), QStringLiteral("viewing"), later}));
    auto after = anna->cases().presence(f.caseId, later);
    REQUIRE(after->size() == 1);
    CHECK(after->first().agent == QStringLiteral("piet"));
    // Closing the case clears at once.
    REQUIRE_OK(piet->cases().clearPresence(f.caseId, QStringLiteral("piet-1")));
    CHECK(anna->cases().presence(f.caseId, later)->isEmpty());
}

TEST_CASE("A numbered thread arrives on X and Mastodon in order, each part answering the one before, each once",
          "[sending][thread][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    for (Channel channel : {Channel::X, Channel::Mastodon}) {
        DYNAMIC_SECTION(domain::channelKey(channel).toStdString())
        {
            test::ScratchDatabase db(store::Backend::Sqlite);
            auto s = db.open();
            domain::Account a = test::fakeAccount(channel, fake.baseUrl());
            a.id = *s->accounts().addAccount(a);
            sync::AccountSync sync(a, {QStringLiteral("test-token"), QStringLiteral("test-key"), QStringLiteral("x")},
                                   s->location());
            QSignalSpy polled(&sync, &sync::AccountSync::pollFinished);
            sync.start();
            REQUIRE(QTest::qWaitFor([&] { return polled.count() > 0; }, 30000));

            // Approve an ordinary reply to find the post answered, then replace it with a thread to that post.
            QString longText;
            for (int i = 0; longText.size() < (channel == Channel::X ? 600 : 1100); ++i)
                longText +=
                    QStringLiteral("Stap %1 van de aanvraag: zie https://www.duinzicht.example/hulp/%1 ").arg(i);
            const QStringList parts = composer::splitIntoThread(channel, longText + QStringLiteral("^JB"));
            REQUIRE(parts.size() >= 3);
            const qint64 probe = test::approveAnswer(*s, a.id, channel, QStringLiteral("probe"));
            const domain::Reply answered = *s->outbox().replyById(probe);
            REQUIRE_OK(s->outbox().finishReply(probe, ReplyState::Failed, {}, QStringLiteral("not used")));
            store::ReplySubmission sub;
            sub.reply = answered;
            sub.reply.agent = QStringLiteral("jb");
            sub.parts = parts;
            auto submitted = s->outbox().submitReply(sub);
            REQUIRE_OK(submitted);

            QSignalSpy idle(&sync, &sync::AccountSync::outboxIdle);
            sync.sendPending();
            REQUIRE(QTest::qWaitFor([&] { return idle.count() > 0; }, 30000));
            QList<QJsonObject> posted;
            for (const QJsonValue &p : fake.posted()) {
                if (parts.contains(p.toObject().value(QStringLiteral("text")).toString()))
                    posted << p.toObject();
            }
            REQUIRE(posted.size() == parts.size());
            QString previous;
            for (int i = 0; i < parts.size(); ++i) {
                INFO("part " << i + 1);
                CHECK(posted[i].value(QStringLiteral("text")).toString() == parts[i]);
                const domain::Reply part = *s->outbox().replyById(submitted->replyIds[i]);
                CHECK(part.state == ReplyState::Sent);
                CHECK(part.platformId == posted[i].value(QStringLiteral("id")).toString());
                if (i > 0)
                    CHECK(posted[i].value(QStringLiteral("in_reply_to")).toString() == previous);
                previous = part.platformId;
            }
            // Sending again posts nothing more.
            idle.clear();
            sync.sendPending();
            REQUIRE(QTest::qWaitFor([&] { return idle.count() > 0; }, 30000));
            int again = 0;
            for (const QJsonValue &p : fake.posted())
                again += parts.contains(p.toObject().value(QStringLiteral("text")).toString());
            CHECK(again == parts.size());
        }
    }
}

TEST_CASE("A refused thread part stops the parts after it", "[sending][thread][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    domain::Account a = test::fakeAccount(Channel::Mastodon, fake.baseUrl());
    a.id = *s->accounts().addAccount(a);
    sync::AccountSync sync(a, {QStringLiteral("test-token"), QStringLiteral("test-key"), QStringLiteral("x")},
                           s->location());
    QSignalSpy polled(&sync, &sync::AccountSync::pollFinished);
    sync.start();
    REQUIRE(QTest::qWaitFor([&] { return polled.count() > 0; }, 30000));
    const qint64 probe = test::approveAnswer(*s, a.id, Channel::Mastodon, QStringLiteral("probe"));
    const domain::Reply answered = *s->outbox().replyById(probe);
    REQUIRE_OK(s->outbox().finishReply(probe, ReplyState::Failed, {}, QStringLiteral("not used")));
    store::ReplySubmission sub;
    sub.reply = answered;
    sub.parts = {QStringLiteral("Deel een (1/3)"), QStringLiteral("Deel twee (2/3)"),
                 QStringLiteral("Deel drie (3/3)")};
    auto submitted = s->outbox().submitReply(sub);
    REQUIRE_OK(submitted);
    // The first part goes; the platform refuses the second (422); the third never leaves.
    QSignalSpy idle(&sync, &sync::AccountSync::outboxIdle);
    bool faulted = false;
    // Injected the moment 1/3 is recorded as sent, before 2/3 is claimed.
    QObject::connect(&sync, &sync::AccountSync::replyStateChanged, &sync, [&](qint64, qint64 id, ReplyState state) {
        if (id == submitted->replyIds[0] && state == ReplyState::Sent && !faulted) {
            faulted = true;
            fake.fault(QStringLiteral("/api/v1/statuses"), QStringLiteral("500"), 1, 0,
                       {{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("status"), 422}});
        }
    });
    sync.sendPending();
    REQUIRE(QTest::qWaitFor([&] { return idle.count() > 0; }, 30000));
    CHECK(s->outbox().replyById(submitted->replyIds[0])->state == ReplyState::Sent);
    CHECK(s->outbox().replyById(submitted->replyIds[1])->state == ReplyState::Failed);
    CHECK(s->outbox().replyById(submitted->replyIds[2])->state == ReplyState::Approved);
    int posted = 0;
    for (const QJsonValue &p : fake.posted())
        posted += sub.parts.contains(p.toObject().value(QStringLiteral("text")).toString());
    CHECK(posted == 1);
}
