// SPDX-License-Identifier: MIT
// Sending from the window: four-eyes (submit, send back with a comment, approve, then it lands once), the offer to
// split an over-long reply into a numbered thread that arrives in order, presence between two case views of one
// process, and the inbox filter bar.
#include "support/deskapp.h"
#include "support/fakeaccounts.h"
#include "support/testsupport.h"

#include "accounts/accountservice.h"
#include "case/caseview.h"
#include "fakeplatformprocess.h"
#include "inbox/inboxmodel.h"
#include "review/approvaldialog.h"
#include "store/accountrepository.h"
#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/storeservice.h"
#include "window/mainwindow.h"
#include "workflow/presence.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace webcare;
using domain::Channel;

namespace {

domain::Account fakeX(const QUrl &base) { return test::fakeAccount(Channel::X, base); }
using App = test::DeskApp;

int postedWith(test::FakePlatformProcess &fake, const QString &text)
{
    int n = 0;
    for (const QJsonValue &p : fake.posted())
        n += p.toObject().value(QStringLiteral("text")).toString() == text;
    return n;
}

// Opens the first X case of the synced inbox in the window's case view; returns its id.
qint64 openXCase(App &app)
{
    ui::InboxModel *model = app.window.inboxModel();
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() > 10; }, 30000));
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, ui::InboxModel::ChannelColumn).data().toString() == domain::channelDisplayName(Channel::X))
            row = r;
    }
    REQUIRE(row >= 0);
    app.window.inboxView()->setCurrentIndex(model->index(row, ui::InboxModel::PreviewColumn));
    const qint64 id = model->caseIdAt(row);
    REQUIRE(QTest::qWaitFor([&] { return app.window.caseView()->caseId() == id; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return app.window.caseView()->replyEditor()->isEnabled(); }, 5000));
    return id;
}

bool anyLineContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(text); });
}

// Starts the app's account on the fake server and waits for its first sync.
void connectAccount(App &app, qint64 accountId)
{
    bool written = false;
    app.secrets->write(accounts::credentialsKey(accountId),
                       accounts::serializeSecrets({{QStringLiteral("fake-token"), {}, {}}, {}, {}, {}, {}}),
                       [&](Expected<void, accounts::SecretError> r) { written = r.hasValue(); });
    REQUIRE(QTest::qWaitFor([&] { return written; }, 2000));
}

} // namespace

TEST_CASE("Four-eyes: a new agent's reply waits, is sent back with a comment, then approved and sent once",
          "[ui][sending][approval][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    qint64 accountId = 0;
    {
        auto s = db.open();
        accountId = *s->accounts().addAccount(fakeX(fake.baseUrl()));
        REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("nieuw"), false, true, QStringLiteral("lead")));
        REQUIRE_OK(s->agents().setAgentRole(QStringLiteral("sanne"), true, false, QStringLiteral("lead")));
    }
    App app(db.location(), QStringLiteral("nieuw"));
    QSignalSpy polled(&app.engine, &sync::SyncEngine::pollFinished);
    connectAccount(app, accountId);
    REQUIRE(QTest::qWaitFor([&] { return !polled.isEmpty(); }, 30000));
    ui::CaseView *view = app.window.caseView();
    openXCase(app);
    auto *send = view->findChild<QPushButton *>(QStringLiteral("sendReply"));
    const QString draft = QStringLiteral("Hoi! Wat vervelend. Stuur je ons een DM? ^NI");
    view->replyEditor()->setPlainText(draft);
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000));
    fake.resetLog();
    QSignalSpy waiting(view, &ui::CaseView::replyAwaitingApproval);
    QApplication::setActiveWindow(&app.window);
    view->replyEditor()->setFocus();
    QTest::keyClick(view->replyEditor(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return waiting.count() == 1; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return anyLineContains(view->replyLines(), QStringLiteral("Awaiting")); }, 5000));
    CHECK(view->replyEditor()->toPlainText().isEmpty());

    // The supervisor opens the approval queue (Ctrl+Shift+P), sees the draft, and sends it back with a comment.
    app.window.setAgent(QStringLiteral("sanne"));
    test::settleStore(app.storeService); // the role is read from the store
    app.window.showApprovals();
    ui::ApprovalDialog *dialog = app.window.approvalDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog->count() == 1; }, 5000));
    auto *detail = dialog->findChild<QWidget *>(QStringLiteral("approvalDetail"));
    REQUIRE(detail);
    auto *approve = dialog->findChild<QPushButton *>(QStringLiteral("approveReply"));
    auto *sendBack = dialog->findChild<QPushButton *>(QStringLiteral("sendBackReply"));
    REQUIRE(QTest::qWaitFor([&] { return approve->isEnabled(); }, 3000));
    CHECK_FALSE(sendBack->isEnabled()); // a comment first
    QTest::keyClicks(dialog->commentEditor(), QStringLiteral("Noem de klant bij naam."));
    REQUIRE(sendBack->isEnabled());
    QTest::mouseClick(sendBack, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return dialog->count() == 0; }, 5000));

    // The agent sees the comment on that reply, and the text is back in the box.
    app.window.setAgent(QStringLiteral("nieuw"));
    REQUIRE(QTest::qWaitFor(
        [&] { return anyLineContains(view->replyLines(), QStringLiteral("Noem de klant bij naam.")); }, 5000));
    CHECK(anyLineContains(view->replyLines(), QStringLiteral("Sent back by sanne")));
    CHECK(view->replyEditor()->toPlainText() == draft);
    CHECK(fake.posted().isEmpty());

    // Edited and submitted again; approved this time, it reaches the platform once.
    const QString edited = QStringLiteral("Hoi Marloes! Wat vervelend. Stuur je ons een DM? ^NI");
    view->replyEditor()->setPlainText(edited);
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000));
    QTest::mouseClick(send, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return waiting.count() == 2; }, 5000));
    app.window.setAgent(QStringLiteral("sanne"));
    test::settleStore(app.storeService);
    app.window.showApprovals();
    REQUIRE(QTest::qWaitFor([&] { return dialog->count() == 1 && approve->isEnabled(); }, 5000));
    QApplication::setActiveWindow(dialog);
    dialog->list()->setFocus();
    QTest::keyClick(dialog->list(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return postedWith(fake, edited) == 1; }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return dialog->count() == 0; }, 5000));
    QTest::qWait(500);
    CHECK(postedWith(fake, edited) == 1);
    CHECK(postedWith(fake, draft) == 0);
}

TEST_CASE("An over-long reply is offered as a numbered thread whose parts arrive in order",
          "[ui][sending][thread][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    qint64 accountId = 0;
    {
        auto s = db.open();
        accountId = *s->accounts().addAccount(fakeX(fake.baseUrl()));
    }
    App app(db.location(), QStringLiteral("jbakker"));
    QSignalSpy polled(&app.engine, &sync::SyncEngine::pollFinished);
    connectAccount(app, accountId);
    REQUIRE(QTest::qWaitFor([&] { return !polled.isEmpty(); }, 30000));
    ui::CaseView *view = app.window.caseView();
    openXCase(app);
    auto *send = view->findChild<QPushButton *>(QStringLiteral("sendReply"));
    auto *split = view->findChild<QPushButton *>(QStringLiteral("splitThread"));
    REQUIRE(split);

    // Fits: no offer.
    view->replyEditor()->setPlainText(QStringLiteral("Kort antwoord ^JB"));
    CHECK(split->isHidden());
    CHECK_FALSE(view->splitOffered());

    QString text;
    for (int i = 1; text.size() < 700; ++i)
        text += QStringLiteral("Stap %1: kijk op https://www.duinzicht.example/hulp/stap-%1 en vul het formulier "
                               "in. ")
                    .arg(i);
    text += QStringLiteral("^JB");
    view->replyEditor()->setPlainText(text);
    CHECK(view->splitOffered());
    CHECK_FALSE(split->isHidden());
    CHECK_FALSE(send->isEnabled()); // too long for one post
    QApplication::setActiveWindow(&app.window);
    view->replyEditor()->setFocus();
    QTest::keyClick(view->replyEditor(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(view->isSplit());
    const QStringList parts = view->threadParts();
    REQUIRE(parts.size() >= 2);
    CHECK(parts.first().endsWith(QStringLiteral("(1/%1)").arg(parts.size())));
    auto *preview = view->findChild<QLabel *>(QStringLiteral("threadPreview"));
    REQUIRE(preview);
    CHECK_FALSE(preview->isHidden());
    CHECK(preview->text().contains(parts.last()));
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000));

    fake.resetLog();
    QTest::mouseClick(send, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            int n = 0;
            for (const QString &p : parts)
                n += postedWith(fake, p);
            return n == parts.size();
        },
        20000));
    // In order, each in reply to the one before, each once.
    const QJsonArray posted = fake.posted();
    REQUIRE(posted.size() == parts.size());
    for (int i = 0; i < parts.size(); ++i) {
        CHECK(posted[i].toObject().value(QStringLiteral("text")).toString() == parts[i]);
        if (i > 0)
            CHECK(posted[i].toObject().value(QStringLiteral("in_reply_to")).toString() ==
                  posted[i - 1].toObject().value(QStringLiteral("id")).toString());
    }
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QStringList lines = view->replyLines();
            return std::count_if(lines.cbegin(), lines.cend(),
                                 [](const QString &l) { return l.startsWith(QStringLiteral("Sent")); }) == parts.size();
        },
        10000));
}

TEST_CASE("Two case views in one process show who else has the case open or is writing", "[ui][presence]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    qint64 caseId = 0;
    {
        auto s = db.open();
        REQUIRE_OK(s->ingest().upsertPosts({test::makePost(Channel::X, QStringLiteral("77"), QStringLiteral("Help!"),
                                                           QDateTime::currentDateTimeUtc())}));
        caseId = s->cases().inboxPage({})->rows.first().id;
    }
    store::StoreService storeA;
    store::StoreService storeB;
    bool openA = false;
    bool openB = false;
    storeA.open(db.location(), &storeA, [&](store::StoreService::OpenResult r) { openA = r.hasValue(); });
    storeB.open(db.location(), &storeB, [&](store::StoreService::OpenResult r) { openB = r.hasValue(); });
    REQUIRE(QTest::qWaitFor([&] { return openA && openB; }, 5000));
    workflow::PresenceHub hub;
    ui::CaseView anna(&storeA, nullptr, nullptr);
    ui::CaseView piet(&storeB, nullptr, nullptr);
    anna.setPresenceHub(&hub);
    piet.setPresenceHub(&hub);
    anna.setAgent(QStringLiteral("Anna"));
    piet.setAgent(QStringLiteral("Piet"));
    anna.setVisible(true);
    piet.setVisible(true);

    anna.showCase(caseId);
    piet.showCase(caseId);
    REQUIRE(QTest::qWaitFor([&] { return piet.presenceText() == QStringLiteral("Anna has this case open"); }, 3000));
    REQUIRE(QTest::qWaitFor([&] { return anna.presenceText() == QStringLiteral("Piet has this case open"); }, 3000));
    auto *banner = piet.findChild<QLabel *>(QStringLiteral("presenceBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());

    // Anna types: Piet sees her writing.
    REQUIRE(QTest::qWaitFor([&] { return anna.replyEditor()->isEnabled(); }, 3000));
    QTest::keyClicks(anna.replyEditor(), QStringLiteral("Hoi"));
    REQUIRE(QTest::qWaitFor([&] { return piet.presenceText() == QStringLiteral("Anna is writing a reply"); }, 3000));

    // Anna moves on: the banner goes.
    anna.clear();
    REQUIRE(QTest::qWaitFor([&] { return piet.presenceText().isEmpty(); }, 3000));
    CHECK_FALSE(banner->isVisible());
    // The store was told too: another desk sees Piet, not Anna.
    auto s = db.open();
    REQUIRE(QTest::qWaitFor(
        [&] {
            auto present = s->cases().presence(caseId, QDateTime::currentDateTimeUtc());
            return present && present->size() == 1 && present->first().agent == QStringLiteral("Piet");
        },
        3000));
}

TEST_CASE("The filter bar narrows the inbox by channel, category, tag and agent, counts included", "[ui][filters]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    {
        auto s = db.open();
        QList<domain::Post> posts;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 12; ++i) {
            const Channel channel = i % 3 == 0 ? Channel::Mastodon : Channel::X;
            posts << test::makePost(channel, QStringLiteral("f%1").arg(i),
                                    i == 10 ? QStringLiteral("Vraag over mijn hypotheek")
                                            : QStringLiteral("Vraag %1").arg(i),
                                    now.addSecs(-600 + i), QStringLiteral("a%1").arg(i));
        }
        REQUIRE_OK(s->ingest().upsertPosts(posts));
        QSqlQuery q(s->database());
        // Cases 1, 4, 7, 10 are Mastodon; 1–4 complaints, 1–2 tagged "storing", 2 assigned to anna.
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET category = 'complaint' WHERE id IN (SELECT id FROM cases "
                                      "ORDER BY id LIMIT 4)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO case_tags (case_id, tag) SELECT id, 'storing' FROM cases "
                                      "ORDER BY id LIMIT 2")));
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET assignee = 'anna' WHERE id IN (SELECT id FROM cases "
                                      "ORDER BY id LIMIT 1 OFFSET 1)")));
    }
    test::TestDesk desk(db.location());
    ui::MainWindow &window = desk.window;
    window.setAgent(QStringLiteral("piet"));
    QSignalSpy ready(&window, &ui::MainWindow::inboxReady);
    window.show();
    window.openStore(db.location(), false);
    REQUIRE(QTest::qWaitFor([&] { return ready.count() == 1; }, 10000));
    QApplication::setActiveWindow(&window);
    ui::InboxModel *model = window.inboxModel();
    const auto settled = [&](int rows) {
        return QTest::qWaitFor(
            [&] {
                return !model->isLoading() && model->rowCount() == rows &&
                       window.countText() == QStringLiteral("%1 case(s)").arg(rows);
            },
            5000);
    };
    REQUIRE(settled(12));
    // Keyboard: Ctrl+Shift+F goes to the bar; each box is chosen with the arrow keys.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    const auto choose = [](QComboBox *box, const QVariant &data) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < box->count() && box->currentData() != data; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        REQUIRE(box->currentData() == data);
    };
    choose(window.channelFilter(), domain::channelKey(Channel::X));
    REQUIRE(settled(8));
    choose(window.categoryFilter(), QStringLiteral("complaint"));
    REQUIRE(settled(2)); // cases 2 and 3
    REQUIRE(QTest::qWaitFor([&] { return window.tagFilter()->findData(QStringLiteral("storing")) > 0; }, 3000));
    choose(window.tagFilter(), QStringLiteral("storing"));
    REQUIRE(settled(1)); // case 2
    choose(window.tagFilter(), QString());
    REQUIRE(settled(2));
    REQUIRE(QTest::qWaitFor([&] { return window.agentFilter()->findData(QStringLiteral("anna")) > 1; }, 3000));
    choose(window.agentFilter(), QStringLiteral("anna"));
    REQUIRE(settled(1)); // case 2
    choose(window.agentFilter(), QStringLiteral(""));
    REQUIRE(settled(1)); // case 3: unassigned
    // The queue counts follow the bar: "All" is the last queue, "Open" counts the same open cases.
    CHECK(window.queueBox()->itemText(0).endsWith(QStringLiteral("(1)")));
    // The search box combines with the bar.
    choose(window.agentFilter(), QVariant());
    choose(window.categoryFilter(), QString());
    REQUIRE(settled(8));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("hypotheek"));
    REQUIRE(settled(1));
}
