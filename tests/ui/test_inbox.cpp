// SPDX-License-Identifier: MIT
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "case/caseview.h"
#include "inbox/inboxmodel.h"
#include "store/ingestrepository.h"
#include "store/storeservice.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace webcare;
using domain::Channel;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

void openService(store::StoreService &service, const store::StoreLocation &location)
{
    bool done = false;
    bool ok = false;
    QObject context;
    service.open(location, &context, [&](store::StoreService::OpenResult r) {
        done = true;
        ok = r.hasValue();
    });
    REQUIRE(waitFor([&] { return done; }));
    REQUIRE(ok);
}

} // namespace

TEST_CASE("The inbox model fetches pages lazily as the view asks for more", "[ui][model]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    {
        auto store = db.open();
        QList<domain::Post> posts;
        const QDateTime t0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 1000; ++i)
            posts << test::makePost(Channel::X, QString::number(i), QStringLiteral("Vraag %1").arg(i),
                                    t0.addSecs(i * 60), QString::number(i));
        REQUIRE_OK(store->ingest().upsertPosts(posts));
    }
    store::StoreService service;
    openService(service, db.location());
    ui::InboxModel model(&service);
    model.setPageSize(100);
    QString failure;
    QObject::connect(&model, &ui::InboxModel::loadFailed, &model,
                     [&](const store::StoreError &e) { failure = e.message() + e.detail; });
    model.setFilter({});
    const bool loaded = waitFor([&] { return model.rowCount() == 100 && !model.isLoading(); });
    INFO(failure.toStdString() << " rows " << model.rowCount());
    REQUIRE(loaded);
    CHECK(model.pagesLoaded() == 1);
    CHECK(model.canFetchMore({}));
    CHECK(model.data(model.index(0, ui::InboxModel::PreviewColumn)).toString() == QStringLiteral("Vraag 0"));

    model.fetchMore({});
    model.fetchMore({}); // a second call while loading must not load twice
    REQUIRE(waitFor([&] { return model.rowCount() == 200 && !model.isLoading(); }));
    CHECK(model.pagesLoaded() == 2);
    CHECK(model.data(model.index(199, ui::InboxModel::PreviewColumn)).toString() == QStringLiteral("Vraag 199"));

    // A new filter starts again from the first page.
    store::InboxFilter f;
    f.search = QStringLiteral("vraag 999"); // prefix search: "999" matches only case 999
    model.setFilter(f);
    REQUIRE(waitFor([&] { return model.pagesLoaded() == 1 && !model.isLoading(); }));
    CHECK(model.rowCount() == 1);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("The main window opens on the demo feed and shows a selected case's thread", "[ui][gui]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    test::TestDesk desk(db.location());
    ui::MainWindow &window = desk.window;
    QSignalSpy ready(&window, &ui::MainWindow::inboxReady);
    window.show();
    window.openStore(db.location(), true);
    REQUIRE(waitFor([&] { return ready.count() == 1; }, 30000));
    QTableView *inbox = window.inboxView();
    REQUIRE(inbox->model()->rowCount() > 0);

    // The first row is selected and its conversation shown.
    REQUIRE(waitFor([&] { return window.caseView()->caseId() != 0 && !window.caseView()->threadText().isEmpty(); }));
    const qint64 firstCase = window.caseView()->caseId();

    // Down arrow moves to the next case and shows its thread.
    inbox->setFocus();
    QTest::keyClick(inbox, Qt::Key_Down);
    REQUIRE(waitFor([&] { return window.caseView()->caseId() != firstCase; }));
    const qint64 secondCase = window.caseView()->caseId();
    CHECK(secondCase == window.inboxModel()->caseIdAt(inbox->currentIndex().row()));
    REQUIRE(waitFor([&] { return !window.caseView()->threadText().isEmpty(); }));

    // Searching narrows the inbox.
    const int before = inbox->model()->rowCount();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("reclame"));
    REQUIRE(waitFor([&] { return inbox->model()->rowCount() > 0 && inbox->model()->rowCount() < before; }));

    const QImage shot = window.grab().toImage();
    CHECK(shot.width() > 800);
}

TEST_CASE("A damaged store is reported by the window, not opened", "[ui][gui][baddb]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kapot.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
    }
    test::TestDesk desk(store::StoreLocation::sqliteFile(path));
    ui::MainWindow &window = desk.window;
    QSignalSpy failed(&window, &ui::MainWindow::storeFailed);
    window.openStore(store::StoreLocation::sqliteFile(path), true);
    REQUIRE(waitFor([&] { return failed.count() == 1; }));
    const auto error = failed.first().first().value<store::StoreError>();
    CHECK(error.kind == store::StoreError::Kind::Corrupt);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray(8192, 'z'));
}

TEST_CASE("The interface switches between Dutch and English at run time", "[ui][i18n]")
{
    ui::Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("nl_NL")));
    CHECK(translations.language() == QStringLiteral("nl"));
    test::ScratchDatabase db(store::Backend::Sqlite);
    test::TestDesk desk(db.location(), &translations);
    ui::MainWindow &window = desk.window;
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    const auto header = [&] { return window.inboxModel()->headerData(0, Qt::Horizontal).toString(); };
    CHECK(header() == QStringLiteral("Antwoorden vóór"));
    CHECK(search->placeholderText().startsWith(QStringLiteral("Zoeken")));

    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents(); // LanguageChange is delivered as an event
    CHECK(header() == QStringLiteral("Answer by"));
    CHECK(search->placeholderText().startsWith(QStringLiteral("Search messages")));
    CHECK(window.windowTitle() == QStringLiteral("Webcare Desk"));

    // Any other system language falls back to Dutch, the team's first language.
    CHECK(ui::Translations::languageFor(QStringLiteral("de_DE")) == QStringLiteral("nl"));
    REQUIRE(translations.setLanguage(QStringLiteral("nl")));
    QCoreApplication::processEvents();
    CHECK(search->placeholderText().startsWith(QStringLiteral("Zoeken")));
}

TEST_CASE("The inbox timers count working time: a weekend does not keep a case on time", "[ui][model][sla]")
{
    const workflow::WorkingTimeSla sla; // the store's default calendar, as the inbox counts before team settings
    domain::Case c;
    c.state = domain::CaseState::New;
    // Due Monday 7 December 2026 08:30 in Amsterdam (07:30 UTC).
    c.slaDueAt = QDateTime(QDate(2026, 12, 7), QTime(7, 30), QTimeZone::utc());
    // Saturday 16:30: forty hours on the clock, but one working hour (Saturday until 17:00, Monday from 08:00).
    const QDateTime saturday(QDate(2026, 12, 5), QTime(15, 30), QTimeZone::utc());
    CHECK(ui::InboxModel::slaStatus(c, saturday, sla) == ui::InboxModel::SlaStatus::AtRisk);
    // Friday 10:00: a full working day ahead.
    const QDateTime friday(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::utc());
    CHECK(ui::InboxModel::slaStatus(c, friday, sla) == ui::InboxModel::SlaStatus::OnTime);
    CHECK(ui::InboxModel::slaStatus(c, c.slaDueAt.addSecs(60), sla) == ui::InboxModel::SlaStatus::Breached);
    c.state = domain::CaseState::Resolved;
    CHECK(ui::InboxModel::slaStatus(c, saturday, sla) == ui::InboxModel::SlaStatus::None);
}
