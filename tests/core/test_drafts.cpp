// SPDX-License-Identifier: MIT
// Drafts and the team database: a submission queued again with its draft's idempotency key (the answer to the first
// attempt was lost with the connection) is stored once, also a thread and one awaiting four-eyes approval; drafts of
// different stores live in different folders, whatever the password.
#include "support/replyfixture.h"
#include "support/testsupport.h"

#include "store/agentrepository.h"
#include "store/draftstore.h"
#include "store/outboxrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace webcare;
using domain::Channel;
using webcare::test::makePost;

namespace {

using Fixture = test::ReplyFixture;
Fixture makeFixture(store::CaseStore &s) { return test::makeReplyFixture(s, QStringLiteral("7001")); }

store::ReplySubmission submission(const Fixture &f, const QString &agent, const QString &key)
{
    store::ReplySubmission sub;
    sub.reply.caseId = f.caseId;
    sub.reply.accountId = f.accountId;
    sub.reply.inReplyToPostId = f.postId;
    sub.reply.text = QStringLiteral("Wat vervelend! Stuur je ons een DM? ^AN");
    sub.reply.agent = agent;
    sub.draftKey = key;
    return sub;
}

int repliesOf(store::CaseStore &s, qint64 caseId)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM replies WHERE case_id = ?"));
    q.addBindValue(caseId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

BACKEND_TEST_CASE("A draft submitted again with its key is stored once", "[store][drafts]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    REQUIRE(s);
    const Fixture f = makeFixture(*s);
    const QString key = QStringLiteral("draft-key-1");

    auto first = s->outbox().submitReply(submission(f, QStringLiteral("anna"), key));
    REQUIRE_OK(first);
    REQUIRE(first->replyIds.size() == 1);
    CHECK_FALSE(first->awaitingApproval);
    auto again = s->outbox().submitReply(submission(f, QStringLiteral("anna"), key));
    REQUIRE_OK(again);
    CHECK(again->replyIds == first->replyIds);
    CHECK(repliesOf(*s, f.caseId) == 1);
    auto replies = s->outbox().repliesOfCase(f.caseId);
    REQUIRE_OK(replies);
    REQUIRE(replies->size() == 1);
    CHECK(replies->first().idempotencyKey == key); // every send attempt carries the draft's key

    // A thread: its parts are found again, in order.
    store::ReplySubmission thread = submission(f, QStringLiteral("anna"), QStringLiteral("draft-key-2"));
    thread.parts = {QStringLiteral("Deel een (1/2)"), QStringLiteral("Deel twee (2/2)")};
    auto parts = s->outbox().submitReply(thread);
    REQUIRE_OK(parts);
    REQUIRE(parts->replyIds.size() == 2);
    auto partsAgain = s->outbox().submitReply(thread);
    REQUIRE_OK(partsAgain);
    CHECK(partsAgain->replyIds == parts->replyIds);
    CHECK(repliesOf(*s, f.caseId) == 3);

    // Without a key every submission is a new reply (as before).
    REQUIRE_OK(s->outbox().submitReply(submission(f, QStringLiteral("anna"), QString())));
    REQUIRE_OK(s->outbox().submitReply(submission(f, QStringLiteral("anna"), QString())));
    CHECK(repliesOf(*s, f.caseId) == 5);
}

BACKEND_TEST_CASE("A draft awaiting approval submitted again is stored once and keeps its key when approved",
                  "[store][drafts][approval]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    REQUIRE(s);
    const Fixture f = makeFixture(*s);
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("nieuw"), false, true, QStringLiteral("lead")));
    REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("sanne"), true, false, QStringLiteral("lead")));
    const QString key = QStringLiteral("draft-key-approval");
    auto first = s->outbox().submitReply(submission(f, QStringLiteral("nieuw"), key));
    REQUIRE_OK(first);
    CHECK(first->awaitingApproval);
    auto again = s->outbox().submitReply(submission(f, QStringLiteral("nieuw"), key));
    REQUIRE_OK(again);
    CHECK(again->awaitingApproval);
    CHECK(again->replyIds == first->replyIds);
    CHECK(repliesOf(*s, f.caseId) == 1);

    REQUIRE_OK(s->outbox().approveSubmitted(first->replyIds.first(), QStringLiteral("sanne")));
    auto afterApproval = s->outbox().submitReply(submission(f, QStringLiteral("nieuw"), key));
    REQUIRE_OK(afterApproval);
    CHECK_FALSE(afterApproval->awaitingApproval);
    CHECK(afterApproval->replyIds == first->replyIds);
    CHECK(repliesOf(*s, f.caseId) == 1);
}

TEST_CASE("Drafts of different stores are kept apart; the password plays no part", "[store][drafts]")
{
    QTemporaryDir data;
    REQUIRE(data.isValid());
    const store::StoreLocation live = store::StoreLocation::sqliteFile(data.filePath(QStringLiteral("live.sqlite")));
    const store::StoreLocation training =
        store::StoreLocation::sqliteFile(data.filePath(QStringLiteral("training.sqlite")));
    auto team = store::StoreLocation::parse(QStringLiteral("postgresql://anna:geheim@db.example.nl:5432/webcare"));
    REQUIRE(team.hasValue());
    store::StoreLocation teamOtherPassword = *team;
    teamOtherPassword.password = QStringLiteral("anders");

    const QString liveFolder = store::DraftStore::folderFor(data.path(), live);
    CHECK(liveFolder.startsWith(data.path() + QStringLiteral("/drafts/")));
    CHECK(liveFolder != store::DraftStore::folderFor(data.path(), training));
    CHECK(store::DraftStore::folderFor(data.path(), *team) ==
          store::DraftStore::folderFor(data.path(), teamOtherPassword));
    CHECK_FALSE(store::DraftStore::folderFor(data.path(), *team).contains(QStringLiteral("geheim")));

    store::DraftStore liveDrafts(liveFolder);
    store::DraftStore trainingDrafts(store::DraftStore::folderFor(data.path(), training));
    store::Draft d;
    d.caseId = 12;
    d.text = QStringLiteral("Hoi!");
    REQUIRE(liveDrafts.save(d));
    CHECK(liveDrafts.load(12).has_value());
    CHECK_FALSE(trainingDrafts.load(12).has_value());
}
