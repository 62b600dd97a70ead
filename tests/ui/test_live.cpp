// SPDX-License-Identifier: MIT
// The "done": the app pointed at the fake platform server shows posts arriving live in the inbox, and a
// reply written in the case view lands on the platform exactly once.
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "accounts/accountservice.h"
#include "case/caseview.h"
#include "fakeplatformprocess.h"
#include "inbox/inboxmodel.h"
#include "store/accountrepository.h"
#include "team/accountsdialog.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace webcare;
using domain::Channel;

namespace {

domain::Account fakeX(const QUrl &base, int pollSeconds)
{
    domain::Account a;
    a.channel = Channel::X;
    a.baseUrl = base.toString(QUrl::StripTrailingSlash);
    a.platformUserId = QStringLiteral("1580000000000000001");
    a.handle = QStringLiteral("DuinzichtHelpt");
    a.name = QStringLiteral("@DuinzichtHelpt");
    a.pollSeconds = pollSeconds;
    return a;
}

using App = test::DeskApp;

} // namespace

TEST_CASE("Posts from the fake platform arrive live; a reply lands on the platform exactly once", "[ui][live][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    qint64 accountId = 0;
    {
        auto s = db.open();
        auto id = s->accounts().addAccount(fakeX(fake.baseUrl(), 2));
        REQUIRE_OK(id);
        accountId = *id;
    }
    App app(db.location(), QStringLiteral("jbakker"));
    QSignalSpy polled(&app.engine, &sync::SyncEngine::pollFinished);
    bool written = false;
    app.secrets->write(accounts::credentialsKey(accountId),
                       accounts::serializeSecrets({{QStringLiteral("fake-token"), {}, {}}, {}, {}, {}, {}}),
                       [&](Expected<void, accounts::SecretError> r) { written = r.hasValue(); });
    REQUIRE(QTest::qWaitFor([&] { return written; }, 2000));

    ui::InboxModel *model = app.window.inboxModel();
    QTableView *inbox = app.window.inboxView();
    // The first sync (the whole demo backlog) has ended and the inbox shows all of it.
    REQUIRE(QTest::qWaitFor([&] { return !polled.isEmpty(); }, 30000));
    QTest::qWait(500);
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() >= 100; }, 10000));

    // The agent is reading a case further down when a new mention arrives.
    const int pickedRow = 5;
    inbox->setCurrentIndex(model->index(pickedRow, ui::InboxModel::PreviewColumn));
    const qint64 picked = model->caseIdAt(pickedRow);
    REQUIRE(QTest::qWaitFor([&] { return app.window.caseView()->caseId() == picked; }, 5000));
    const int before = model->rowCount();
    const QString newId = fake.add(QStringLiteral("x"), QStringLiteral("@DuinzichtHelpt mijn polis is zoek, help?"),
                                   QStringLiteral("liveklant"));
    REQUIRE_FALSE(newId.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == before + 1; }, 30000));
    // Live: the new case is there, and the agent's selection stayed on the case being read.
    CHECK(model->caseIdAt(inbox->currentIndex().row()) == picked);
    CHECK(app.window.caseView()->caseId() == picked);

    // Answer the new customer from the case view.
    int newRow = -1;
    for (int row = 0; row < model->rowCount() && newRow < 0; ++row) {
        if (model->index(row, ui::InboxModel::AuthorColumn).data().toString().contains(QLatin1String("liveklant")))
            newRow = row;
    }
    REQUIRE(newRow >= 0);
    inbox->setCurrentIndex(model->index(newRow, ui::InboxModel::PreviewColumn));
    const qint64 newCase = model->caseIdAt(newRow);
    REQUIRE(QTest::qWaitFor([&] { return app.window.caseView()->caseId() == newCase; }, 5000));
    auto *send = app.window.caseView()->findChild<QPushButton *>(QStringLiteral("sendReply"));
    REQUIRE(send);
    const QString answer = QStringLiteral("Vervelend! Stuur je ons een DM met je polisnummer? ^JB");
    REQUIRE(QTest::qWaitFor([&] { return app.window.caseView()->replyEditor()->isEnabled(); }, 2000));
    app.window.caseView()->replyEditor()->setPlainText(answer);
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000));
    fake.resetLog();
    QTest::mouseClick(send, Qt::LeftButton);

    REQUIRE(QTest::qWaitFor([&] { return fake.posted().size() == 1; }, 20000));
    const QJsonObject posted = fake.posted().first().toObject();
    CHECK(posted.value(QLatin1String("text")).toString() == answer);
    CHECK(posted.value(QLatin1String("in_reply_to")).toString() == newId);
    // The case view shows it sent; the reply box is empty again.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QStringList lines = app.window.caseView()->replyLines();
            return lines.size() == 1 && app.window.caseView()->findChild<QWidget *>(QStringLiteral("reply-sent"));
        },
        10000));
    CHECK(app.window.caseView()->replyEditor()->toPlainText().isEmpty());
    // Later polls and sends do not post it again.
    app.accounts.pollAll();
    app.accounts.sendPending(accountId);
    QTest::qWait(3000);
    CHECK(fake.posted().size() == 1);
}

TEST_CASE("The accounts dialog shows each account's health and a revoked token's reconnect prompt",
          "[ui][accounts][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    qint64 good = 0, revoked = 0;
    {
        auto s = db.open();
        good = *s->accounts().addAccount(fakeX(fake.baseUrl(), 3600));
        domain::Account m = fakeX(fake.baseUrl(), 3600);
        m.channel = Channel::Mastodon;
        m.platformUserId = QStringLiteral("109000000000000001");
        m.name = QStringLiteral("@duinzicht");
        revoked = *s->accounts().addAccount(m);
    }
    // The documentation's pictures are Dutch, as the agents see them.
    ui::Translations translations;
    if (qEnvironmentVariableIsSet("WEBCARE_SCREENSHOT_DIR"))
        translations.setLanguage(QStringLiteral("nl"));
    App app(db.location(), QStringLiteral("jbakker"));
    app.secrets->write(accounts::credentialsKey(good),
                       accounts::serializeSecrets({{QStringLiteral("fake-token"), {}, {}}, {}, {}, {}, {}}),
                       [](Expected<void, accounts::SecretError>) {});
    app.secrets->write(accounts::credentialsKey(revoked),
                       accounts::serializeSecrets({{QStringLiteral("revoked"), {}, {}}, {}, {}, {}, {}}),
                       [](Expected<void, accounts::SecretError>) {});
    auto *bar = app.window.findChild<QWidget *>(QStringLiteral("reconnectBar"));
    REQUIRE(bar);
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible(); }, 20000));
    app.window.showAccounts();
    auto *table = app.window.findChild<QTableWidget *>(QStringLiteral("accountsTable"));
    REQUIRE(table);
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == QLatin1String("@DuinzichtHelpt") &&
                    table->item(row, 3)->text() != QLatin1String("—") &&
                    table->item(row, 5)->text().contains(QLatin1Char('4')))
                    return true;
            }
            return false;
        },
        20000));
    bool sawReconnect = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("@duinzicht"))
            sawReconnect = table->item(row, 2)->text() == ui::AccountsDialog::tr("Reconnect needed") &&
                           table->item(row, 4)->text() == ui::AccountsDialog::tr("stopped");
    }
    CHECK(sawReconnect);
    // For the documentation: WEBCARE_SCREENSHOT_DIR=docs ui_tests "[accounts]" refreshes docs/screenshot-accounts.png.
    if (const QString dir = qEnvironmentVariable("WEBCARE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        app.window.resize(1280, 800);
        app.window.grab().save(dir + QStringLiteral("/screenshot-reconnect.png"));
        table->window()->grab().save(dir + QStringLiteral("/screenshot-accounts.png"));
    }
}
