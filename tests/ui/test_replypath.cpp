// SPDX-License-Identifier: MIT
// The one reply path of the window (outbox::ReplyOutbox), driven from the reply box of the desk main() builds: in
// training a reply is captured (no idempotency key, nothing the outbox could ever claim); a numbered thread with
// open findings, sent while the team database is away, is stored after reconnecting exactly as it would have been
// at once: every part, in order, held for approval because the team wants findings approved.
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "case/caseview.h"
#include "inbox/inboxmodel.h"
#include "store/accountrepository.h"
#include "store/draftstore.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"
#include "store/teamsettingsrepository.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace webcare;
using domain::Channel;
using domain::ReplyState;

namespace {

domain::Account xAccount()
{
    domain::Account a;
    a.channel = Channel::X;
    a.baseUrl = QStringLiteral("http://127.0.0.1:9"); // never reached: nothing signs in
    a.platformUserId = QStringLiteral("1580000000000000001");
    a.handle = QStringLiteral("DuinzichtHelpt");
    a.name = QStringLiteral("@DuinzichtHelpt");
    return a;
}

// A store with one X account and one customer's question, marked for `purpose`; returns the account's id.
qint64 seedStore(const test::ScratchDatabase &db, store::StorePurpose purpose)
{
    store::OpenOptions options;
    options.purpose = purpose;
    auto s = store::CaseStore::open(db.location(), options);
    REQUIRE_OK(s);
    auto account = (*s)->accounts().addAccount(xAccount());
    REQUIRE_OK(account);
    REQUIRE_OK(
        (*s)->ingest().upsertPosts({test::makePost(Channel::X, QStringLiteral("1866000000000000001"),
                                                   QStringLiteral("@DuinzichtHelpt mijn declaratie staat al drie weken "
                                                                  "open, hoe zit dat?"),
                                                   QDateTime::currentDateTimeUtc().addSecs(-600))}));
    return *account;
}

// Opens the inbox's first case in the window and waits until its reply box takes text.
qint64 openFirstCase(test::DeskApp &app)
{
    ui::InboxModel *model = app.window.inboxModel();
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 1; }, 10000));
    app.window.inboxView()->setCurrentIndex(model->index(0, ui::InboxModel::PreviewColumn));
    const qint64 caseId = model->caseIdAt(0);
    REQUIRE(QTest::qWaitFor([&] { return app.window.caseView()->caseId() == caseId; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return app.window.caseView()->replyEditor()->isEnabled(); }, 5000));
    return caseId;
}

app::DeskOptions trainingDesk()
{
    app::DeskOptions options;
    options.training = true;
    return options;
}

} // namespace

TEST_CASE("A reply sent from the window in training is captured, without a key, and nothing is queued",
          "[ui][training][replypath]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    const qint64 accountId = seedStore(db, store::StorePurpose::Training);
    test::DeskApp app(db.location(), QStringLiteral("trainee"), trainingDesk());
    const qint64 caseId = openFirstCase(app);
    ui::CaseView *view = app.window.caseView();
    auto *send = view->findChild<QPushButton *>(QStringLiteral("sendReply"));
    REQUIRE(send);
    const QString text = QStringLiteral("Hoi! Vervelend dat het zo lang duurt. Stuur je ons een DM met je "
                                        "klantnummer? ^TR");
    view->replyEditor()->setPlainText(text);
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000));
    QSignalSpy stored(view, &ui::CaseView::replyQueued);
    QApplication::setActiveWindow(&app.window);
    view->replyEditor()->setFocus();
    QTest::keyClick(view->replyEditor(), Qt::Key_Return, Qt::ControlModifier); // the agent's "send"
    REQUIRE(QTest::qWaitFor([&] { return stored.count() == 1; }, 5000));
    CHECK(view->replyEditor()->toPlainText().isEmpty());
    REQUIRE(view->draftStore());
    CHECK_FALSE(view->draftStore()->load(caseId).has_value()); // nothing waits on the workstation either

    auto s = db.open();
    const auto replies = s->outbox().repliesOfCase(caseId);
    REQUIRE_OK(replies);
    REQUIRE(replies->size() == 1);
    const domain::Reply &reply = replies->first();
    CHECK(reply.state == ReplyState::Captured);
    CHECK(reply.idempotencyKey.isEmpty());
    CHECK(reply.text.contains(QStringLiteral("klantnummer")));
    CHECK(reply.agent == QStringLiteral("trainee"));
    // The outbox has nothing to claim, in any state a sender looks at.
    const auto claimed = s->outbox().claimReply(accountId);
    REQUIRE_OK(claimed);
    CHECK_FALSE(claimed->has_value());
    for (ReplyState state : {ReplyState::Approved, ReplyState::AwaitingApproval, ReplyState::Sending})
        CHECK(s->outbox().repliesInState(accountId, state)->isEmpty());
}

TEST_CASE("A thread with open findings sent while the team database is away is stored whole, for approval",
          "[ui][sending][thread][drafts][replypath]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    const qint64 accountId = seedStore(db, store::StorePurpose::Live);
    {
        auto s = db.open();
        REQUIRE_OK(s->settings().setTeamSetting(QLatin1String(store::findingsNeedApprovalSetting), QStringLiteral("1"),
                                                QStringLiteral("lead"), QDateTime::currentDateTimeUtc()));
    }
    test::DeskApp app(db.location(), QStringLiteral("jbakker"));
    const qint64 caseId = openFirstCase(app);
    ui::CaseView *view = app.window.caseView();
    auto *send = view->findChild<QPushButton *>(QStringLiteral("sendReply"));
    REQUIRE(send);

    // Too long for one post, addressed with "u" and unsigned: the checks leave findings open.
    QString text = QStringLiteral("Beste klant, ");
    for (int i = 1; text.size() < 700; ++i)
        text += QStringLiteral("Stap %1: kunt u op https://www.duinzicht.example/hulp/stap-%1 het formulier "
                               "invullen? ")
                    .arg(i);
    view->replyEditor()->setPlainText(text);
    QApplication::setActiveWindow(&app.window);
    view->replyEditor()->setFocus();
    QTest::keyClick(view->replyEditor(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier); // split
    REQUIRE(view->isSplit());
    const QStringList parts = view->threadParts();
    REQUIRE(parts.size() >= 2);
    // The checks run a moment after typing stops.
    REQUIRE(QTest::qWaitFor([&] { return !view->currentRequest().openFlags.isEmpty(); }, 5000));
    const QStringList findings = view->currentRequest().openFlags;

    emit app.storeService.connectionLost(QStringLiteral("The team database cannot be reached."));
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000));
    QSignalSpy waiting(view, &ui::CaseView::replyAwaitingApproval);
    QSignalSpy queued(view, &ui::CaseView::replyQueued);
    QTest::mouseClick(send, Qt::LeftButton);
    const auto held = view->draftStore()->load(caseId);
    REQUIRE(held);
    CHECK(held->queued);
    CHECK(held->parts == parts);
    CHECK(held->openFlags == findings);
    test::settleStore(app.storeService);
    CHECK(waiting.isEmpty());
    CHECK(db.open()->outbox().repliesOfCase(caseId)->isEmpty());

    emit app.storeService.connectionRestored();
    REQUIRE(QTest::qWaitFor([&] { return waiting.count() == 1; }, 5000));
    CHECK(queued.isEmpty());
    CHECK_FALSE(view->draftStore()->load(caseId).has_value());

    auto s = db.open();
    const auto replies = s->outbox().repliesOfCase(caseId);
    REQUIRE_OK(replies);
    REQUIRE(replies->size() == parts.size()); // every part, not the text as one post
    QStringList texts;
    for (const domain::Reply &r : *replies) {
        CHECK(r.state == ReplyState::AwaitingApproval);
        texts << r.text;
    }
    CHECK(texts == parts);
    CHECK(replies->first().openFlags == findings);
    CHECK(s->outbox().repliesInState(accountId, ReplyState::Approved)->isEmpty()); // nothing goes out unapproved
    // Restored again (a flapping connection): stored once.
    emit app.storeService.connectionRestored();
    test::settleStore(app.storeService);
    CHECK(s->outbox().repliesOfCase(caseId)->size() == parts.size());
}
