// SPDX-License-Identifier: MIT
// Drafts and connection loss: what the agent types survives the case view going away (a crash) and a sent reply
// removes it; when the team database goes away the window says so, the reply box stays editable and Send keeps the
// reply queued on the workstation until the connection is back, then it is stored and sent once. Team database
// settings: kept without the password, which comes from the keychain; "Test connection" reports the outcome.
#include "support/deskapp.h"
#include "support/fakeaccounts.h"
#include "support/testsupport.h"

#include "accounts/accountservice.h"
#include "case/caseview.h"
#include "fakeplatformprocess.h"
#include "inbox/inboxmodel.h"
#include "outbox/replyoutbox.h"
#include "store/accountrepository.h"
#include "store/draftstore.h"
#include "store/storeservice.h"
#include "team/teamdatabasedialog.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
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

// A synced inbox on the fake X server; opens the first X case in the window and returns its id.
qint64 startAndOpenXCase(test::FakePlatformProcess &fake, App &app, qint64 accountId)
{
    QSignalSpy polled(&app.engine, &sync::SyncEngine::pollFinished);
    bool written = false;
    app.secrets->write(accounts::credentialsKey(accountId),
                       accounts::serializeSecrets({{QStringLiteral("fake-token"), {}, {}}, {}, {}, {}, {}}),
                       [&](Expected<void, accounts::SecretError> r) { written = r.hasValue(); });
    REQUIRE(QTest::qWaitFor([&] { return written; }, 2000));
    REQUIRE(QTest::qWaitFor([&] { return !polled.isEmpty(); }, 30000));
    Q_UNUSED(fake);
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

} // namespace

TEST_CASE("A draft survives the case view going away and a stored reply removes it", "[ui][drafts][fake]")
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
    const qint64 caseId = startAndOpenXCase(fake, app, accountId);
    QTemporaryDir draftsDir;
    REQUIRE(draftsDir.isValid());
    const QString text = QStringLiteral("Hoi! Wat vervelend. Stuur je ons een DM met je klantnummer? ^JB");

    // Two case views over one outbox, as the window has: the second one stands for the app after a restart.
    outbox::ReplyOutbox replies(&app.storeService, &app.accounts);
    auto *view = new ui::CaseView(&app.storeService, &app.accounts, &replies);
    view->setAgent(QStringLiteral("jbakker"));
    view->setDraftStore(std::make_shared<store::DraftStore>(draftsDir.path()));
    view->setVisible(true);
    view->showCase(caseId);
    REQUIRE(QTest::qWaitFor([&] { return view->replyEditor()->isEnabled(); }, 5000));
    QTest::keyClicks(view->replyEditor(), QStringLiteral("Hoi"));
    view->replyEditor()->setPlainText(text);
    // Written after the pause in typing, while the view is still there: what a crash would leave behind.
    store::DraftStore onDisk(draftsDir.path());
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto d = onDisk.load(caseId);
            return d && d->text == text;
        },
        5000));
    CHECK_FALSE(onDisk.load(caseId)->queued);
    delete view;

    // A new case view (a restart) on the same store: the draft is back in the box.
    ui::CaseView again(&app.storeService, &app.accounts, &replies);
    again.setAgent(QStringLiteral("jbakker"));
    again.setDraftStore(std::make_shared<store::DraftStore>(draftsDir.path()));
    again.setVisible(true);
    again.showCase(caseId);
    CHECK(again.replyEditor()->toPlainText() == text);
    // Another case has no draft; coming back to this one brings it back.
    again.showCase(caseId + 100000);
    CHECK(again.replyEditor()->toPlainText().isEmpty());
    again.showCase(caseId);
    CHECK(again.replyEditor()->toPlainText() == text);

    auto *send = again.findChild<QPushButton *>(QStringLiteral("sendReply"));
    REQUIRE(send);
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000));
    fake.resetLog();
    QSignalSpy queued(&again, &ui::CaseView::replyQueued);
    QTest::mouseClick(send, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return queued.count() == 1; }, 5000));
    CHECK_FALSE(onDisk.load(caseId).has_value());
    CHECK(again.replyEditor()->toPlainText().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return postedWith(fake, text) == 1; }, 20000));
    QTest::qWait(600); // longer than the draft's pause: an emptied box writes no draft
    CHECK_FALSE(onDisk.load(caseId).has_value());
}

TEST_CASE("Connection lost: the window says so, the reply waits queued and goes once when the connection is back",
          "[ui][drafts][connection][fake]")
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
    const qint64 caseId = startAndOpenXCase(fake, app, accountId);
    ui::CaseView *view = app.window.caseView();
    REQUIRE(view->draftStore());
    QWidget *bar = app.window.connectionBar();
    REQUIRE(bar);
    CHECK_FALSE(bar->isVisibleTo(&app.window));

    const QString message = QStringLiteral("The team database cannot be reached.");
    emit app.storeService.connectionLost(message);
    CHECK(bar->isVisibleTo(&app.window));
    CHECK(app.window.connectionText().startsWith(message));
    CHECK(app.window.connectionText().contains(QStringLiteral("kept on this workstation")));
    CHECK(view->replyEditor()->isEnabled());

    const QString text = QStringLiteral("Goedemorgen! We kijken er direct naar. ^JB");
    view->replyEditor()->setPlainText(text);
    auto *send = view->findChild<QPushButton *>(QStringLiteral("sendReply"));
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000));
    CHECK(send->text() == QStringLiteral("Send when connected"));
    fake.resetLog();
    QSignalSpy queued(view, &ui::CaseView::replyQueued);
    QTest::mouseClick(send, Qt::LeftButton);
    const auto draft = view->draftStore()->load(caseId);
    REQUIRE(draft);
    CHECK(draft->queued);
    CHECK(draft->text == text);
    CHECK_FALSE(draft->idempotencyKey.isEmpty());
    test::settleStore(app.storeService);
    CHECK(queued.isEmpty());
    CHECK_FALSE(anyLineContains(view->replyLines(), text));
    CHECK(view->replyEditor()->isEnabled());

    emit app.storeService.connectionRestored();
    CHECK_FALSE(bar->isVisibleTo(&app.window));
    REQUIRE(QTest::qWaitFor([&] { return queued.count() == 1; }, 5000));
    CHECK_FALSE(view->draftStore()->load(caseId).has_value());
    CHECK(view->replyEditor()->toPlainText().isEmpty());
    CHECK(send->text() == QStringLiteral("Send reply"));
    REQUIRE(QTest::qWaitFor([&] { return postedWith(fake, text) == 1; }, 20000));
    // Restored twice (a flapping connection): nothing is queued a second time.
    emit app.storeService.connectionRestored();
    QTest::qWait(500);
    CHECK(queued.count() == 1);
    CHECK(postedWith(fake, text) == 1);
}

TEST_CASE("Team database settings are kept without the password, which comes from the keychain", "[ui][teamdb]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString iniPath = dir.filePath(QStringLiteral("settings.ini"));
    accounts::TeamDatabaseSettings chosen;
    chosen.postgres = true;
    chosen.host = QStringLiteral("db.example.nl");
    chosen.port = 6543;
    chosen.database = QStringLiteral("webcare");
    chosen.user = QStringLiteral("anna");
    chosen.sslMode = QStringLiteral("verify-ca");
    {
        QSettings ini(iniPath, QSettings::IniFormat);
        chosen.save(ini);
    }
    QSettings ini(iniPath, QSettings::IniFormat);
    const accounts::TeamDatabaseSettings back = accounts::TeamDatabaseSettings::load(ini);
    CHECK(back.postgres);
    CHECK(back.host == chosen.host);
    CHECK(back.port == 6543);
    CHECK(back.database == chosen.database);
    CHECK(back.user == chosen.user);
    CHECK(back.sslMode == QStringLiteral("verify-ca"));
    const auto location = back.location();
    REQUIRE(location);
    CHECK(location->backend == store::Backend::Postgres);
    CHECK(location->sslMode == QStringLiteral("verify-ca"));
    CHECK(location->password.isEmpty());
    CHECK(accounts::TeamDatabaseSettings::secretKey(*location) ==
          QStringLiteral("teamdb/anna@db.example.nl:6543/webcare"));

    // The password: from the keychain (here the in-memory one), unless the URL carries one.
    accounts::MemorySecretStore secrets;
    bool written = false;
    secrets.write(accounts::TeamDatabaseSettings::secretKey(*location), QStringLiteral("geheim-123"),
                  [&](Expected<void, accounts::SecretError> r) { written = r.hasValue(); });
    REQUIRE(QTest::qWaitFor([&] { return written; }, 2000));
    std::optional<store::StoreLocation> fetched;
    accounts::fetchStorePassword(&secrets, *location, [&](store::StoreLocation l, const QString &error) {
        CHECK(error.isEmpty());
        fetched = l;
    });
    REQUIRE(QTest::qWaitFor([&] { return fetched.has_value(); }, 2000));
    CHECK(fetched->password == QStringLiteral("geheim-123"));
    auto fromUrl = store::StoreLocation::parse(QStringLiteral("postgresql://anna:eigen@db.example.nl:6543/webcare"));
    REQUIRE(fromUrl.hasValue());
    fetched.reset();
    accounts::fetchStorePassword(&secrets, *fromUrl, [&](store::StoreLocation l, const QString &) { fetched = l; });
    REQUIRE(QTest::qWaitFor([&] { return fetched.has_value(); }, 2000));
    CHECK(fetched->password == QStringLiteral("eigen"));

    // The dialog: the settings go to QSettings, the password to the keychain only.
    QSettings().remove(QStringLiteral("teamdb"));
    {
        ui::TeamDatabaseDialog dialog(&secrets);
        dialog.findChild<QRadioButton *>(QStringLiteral("postgres"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("team.example.nl"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(5433);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("webcare"));
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("bram"));
        auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("pw-never-in-settings"));
        QSignalSpy saved(&dialog, &ui::TeamDatabaseDialog::saved);
        dialog.accept();
        REQUIRE(QTest::qWaitFor([&] { return saved.count() == 1; }, 2000));
    }
    {
        QSettings settings;
        settings.sync();
        const accounts::TeamDatabaseSettings stored = accounts::TeamDatabaseSettings::load(settings);
        CHECK(stored.postgres);
        CHECK(stored.host == QStringLiteral("team.example.nl"));
        CHECK(stored.port == 5433);
        CHECK(stored.user == QStringLiteral("bram"));
        CHECK(stored.sslMode == QStringLiteral("require"));
        QFile file(settings.fileName());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        CHECK(contents.contains("team.example.nl"));
        CHECK_FALSE(contents.contains("pw-never-in-settings"));
        CHECK(secrets.contains(QStringLiteral("teamdb/bram@team.example.nl:5433/webcare")));
        // The dialog opened again shows the password read from the keychain.
        ui::TeamDatabaseDialog reopened(&secrets);
        REQUIRE(QTest::qWaitFor([&] { return reopened.password() == QStringLiteral("pw-never-in-settings"); }, 2000));
    }
    QSettings().remove(QStringLiteral("teamdb"));
}

TEST_CASE("Test connection reports the error off the GUI thread, and success against a real server", "[ui][teamdb]")
{
    QSettings().remove(QStringLiteral("teamdb"));
    accounts::MemorySecretStore secrets;
    ui::TeamDatabaseDialog dialog(&secrets);
    dialog.findChild<QRadioButton *>(QStringLiteral("postgres"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(1); // nothing listens there
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("nobody"));
    auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
    QSignalSpy tested(&dialog, &ui::TeamDatabaseDialog::connectionTested);
    dialog.testConnection();
    REQUIRE(QTest::qWaitFor([&] { return tested.count() == 1; }, 20000));
    CHECK_FALSE(tested.first().at(0).toBool());
    CHECK(tested.first().at(1).toString().startsWith(
        QStringLiteral("Cannot connect to postgresql://nobody@127.0.0.1:1/")));
    CHECK(dialog.testResult() == tested.first().at(1).toString());

    if (!test::postgresAvailable())
        WEBCARE_SKIP("WEBCARE_TEST_PG is not set: no PostgreSQL server to connect to");
    const auto server = store::StoreLocation::parse(qEnvironmentVariable("WEBCARE_TEST_PG"));
    REQUIRE(server.hasValue());
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(server->host);
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(server->port);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(server->database);
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(server->user);
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(server->password);
    dialog.testConnection();
    REQUIRE(QTest::qWaitFor([&] { return tested.count() == 2; }, 20000));
    INFO(tested.at(1).at(1).toString().toStdString());
    CHECK(tested.at(1).at(0).toBool());
    // sslmode reaches libpq: the test server has no TLS, so "require" is refused by the client.
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));
    dialog.testConnection();
    REQUIRE(QTest::qWaitFor([&] { return tested.count() == 3; }, 20000));
    INFO(tested.at(2).at(1).toString().toStdString());
    CHECK_FALSE(tested.at(2).at(0).toBool());
    CHECK(tested.at(2).at(1).toString().contains(QStringLiteral("SSL")));
}
