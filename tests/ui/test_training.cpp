// SPDX-License-Identifier: MIT
// Training in the window: the orange frame and banner, the replay panel filling the inbox live, the supervisor's
// review window driven by keyboard, the trainee's feedback, and the live window refusing a training store.
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "case/caseview.h"
#include "inbox/inboxmodel.h"
#include "review/trainingdialogs.h"
#include "store/accountrepository.h"
#include "store/outboxrepository.h"
#include "store/storeservice.h"
#include "store/trainingrepository.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace webcare;

namespace {

bool isOrange(const QColor &c) { return c.red() > 200 && c.green() > 60 && c.green() < 140 && c.blue() < 60; }

// Captured replies of two trainees on the first customer posts of the store.
QList<qint64> writeTraineeReplies(const store::StoreLocation &location)
{
    auto s = store::CaseStore::open(location);
    REQUIRE_OK(s);
    auto accounts = (*s)->accounts().all();
    REQUIRE_OK(accounts);
    REQUIRE_FALSE(accounts->isEmpty());
    QSqlQuery q((*s)->database());
    REQUIRE(q.exec(QStringLiteral("SELECT p.id, p.case_id, p.channel FROM posts p WHERE p.from_own_account = 0 "
                                  "ORDER BY p.created_at LIMIT 3")));
    QList<qint64> ids;
    const QStringList texts{QStringLiteral("Hoi! Wat vervelend, ik zoek het voor je uit. ^SB"),
                            QStringLiteral("U moet even bellen!!!"), QStringLiteral("Dank je, fijne dag ^SB")};
    int i = 0;
    while (q.next()) {
        domain::Reply r;
        r.inReplyToPostId = q.value(0).toLongLong();
        r.caseId = q.value(1).toLongLong();
        for (const domain::Account &a : *accounts) {
            if (domain::channelKey(a.channel) == q.value(2).toString())
                r.accountId = a.id;
        }
        r.text = texts.at(i);
        r.agent = i == 1 ? QStringLiteral("anna") : QStringLiteral("sbakker");
        auto id = (*s)->outbox().approveReply(r);
        REQUIRE_OK(id);
        CHECK((*s)->outbox().replyById(*id)->state == domain::ReplyState::Captured);
        ids << *id;
        ++i;
    }
    REQUIRE(ids.size() == 3);
    return ids;
}

} // namespace

TEST_CASE("Training window: orange frame and banner, the replay fills the inbox live, supervisors review by keyboard",
          "[training][ui]")
{
    ui::Translations translations;
    const QString screenshots = qEnvironmentVariable("WEBCARE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        translations.setLanguage(QStringLiteral("nl"));
    test::ScratchDatabase db(store::Backend::Sqlite);
    test::TestDesk desk(db.location(), &translations, true); // as main() builds it with --training
    ui::MainWindow &window = desk.window;
    window.setAgent(QStringLiteral("supervisor"));
    QSignalSpy opened(&window, &ui::MainWindow::storeOpened);
    window.show();
    window.openStore(db.location(), false, store::StorePurpose::Training);
    REQUIRE(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 10000));
    CHECK(window.windowTitle().contains(QLatin1String("TRAINING")));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("trainingBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());

    // The replay panel: the demo feed, all at once; posts appear in the inbox without any reload.
    window.showReplay();
    ui::ReplayDialog *replay = window.replayDialog();
    REQUIRE(replay);
    replay->chooseDemo();
    replay->choosePace(training::Pace::AllAtOnce);
    replay->start();
    REQUIRE(QTest::qWaitFor(
        [&] { return replay->replayer() && replay->replayer()->state() == training::Replayer::State::Finished; },
        30000));
    REQUIRE(QTest::qWaitFor([&] { return window.inboxModel()->rowCount() > 10; }, 10000));
    replay->hide();

    window.resize(1440, 900);
    QTest::qWait(300);
    const QImage shot = window.grab().toImage();
    // In the picture: the banner's orange at the top, and the orange frame at the left edge half-way down.
    CHECK(isOrange(shot.pixelColor(banner->mapTo(&window, QPoint(4, 4)))));
    CHECK(isOrange(shot.pixelColor(2, shot.height() / 2)));
    if (!screenshots.isEmpty())
        shot.save(screenshots + QStringLiteral("/screenshot-training.png"));

    // Trainees answered three posts; the supervisor reviews the first one by keyboard.
    const QList<qint64> replies = writeTraineeReplies(db.location());
    window.showReview();
    ui::ReviewDialog *review = window.reviewDialog();
    REQUIRE(review);
    QListWidget *list = review->replyList();
    REQUIRE(QTest::qWaitFor([&] { return list->count() == 3; }, 10000));
    QApplication::setActiveWindow(review);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    const qint64 first = list->currentItem()->data(Qt::UserRole).toLongLong();
    CHECK(first == replies.first()); // newest first: the oldest reply is last
    auto *post = review->findChild<QPlainTextEdit *>(QStringLiteral("reviewPost"));
    auto *reply = review->findChild<QPlainTextEdit *>(QStringLiteral("reviewReply"));
    CHECK_FALSE(post->toPlainText().isEmpty());
    CHECK(reply->toPlainText().contains(QLatin1String("ik zoek het voor je uit")));
    for (const char *name : {"scoreZakelijk", "scoreEfficient", "scoreKort", "scoreEmpathisch", "scorePersoonlijk"}) {
        auto *spin = review->findChild<QSpinBox *>(QLatin1String(name));
        REQUIRE(spin);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, name == std::string("scorePersoonlijk") ? QStringLiteral("2") : QStringLiteral("4"));
    }
    auto *comment = review->findChild<QPlainTextEdit *>(QStringLiteral("reviewComment"));
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Noem de klant bij naam."));
    QSignalSpy saved(review, &ui::ReviewDialog::reviewSaved);
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));
    CHECK(saved.first().at(0).toLongLong() == first);
    {
        auto s = store::CaseStore::open(db.location());
        REQUIRE_OK(s);
        auto reviews = (*s)->training().trainingReviews(first);
        REQUIRE_OK(reviews);
        REQUIRE(reviews->size() == 1);
        CHECK(reviews->at(0).reviewer == QStringLiteral("supervisor"));
        CHECK(reviews->at(0).scores == store::ZekepScores{4, 4, 4, 4, 2});
        CHECK(reviews->at(0).comment == QStringLiteral("Noem de klant bij naam."));
    }
    // The progress report names both trainees and the check that fired on anna's reply.
    auto *progress = review->findChild<QTextBrowser *>(QStringLiteral("progressReport"));
    REQUIRE(QTest::qWaitFor([&] { return progress->toPlainText().contains(QLatin1String("sbakker")); }, 10000));
    CHECK(progress->toPlainText().contains(QLatin1String("anna")));
    CHECK(progress->toPlainText().contains(QLatin1String("formal-address")));
    REQUIRE(QTest::qWaitFor([&] { return list->currentItem() != nullptr; }, 5000));
    if (!screenshots.isEmpty()) {
        list->setCurrentRow(list->count() - 1);
        review->resize(1200, 760);
        QTest::qWait(200);
        review->grab().save(screenshots + QStringLiteral("/screenshot-review.png"));
    }

    // The trainee sees the feedback on their reply.
    window.setAgent(QStringLiteral("sbakker"));
    window.showFeedback();
    auto *feedback = window.findChild<ui::ReviewDialog *>(QStringLiteral("feedbackDialog"));
    REQUIRE(feedback);
    REQUIRE(QTest::qWaitFor([&] { return feedback->replyList()->count() == 2; }, 10000));
    feedback->replyList()->setCurrentRow(feedback->replyList()->count() - 1);
    auto *shown = feedback->findChild<QTextBrowser *>(QStringLiteral("reviewFeedback"));
    CHECK(shown->toPlainText().contains(QLatin1String("Noem de klant bij naam.")));
}

TEST_CASE("The live window refuses a training store with a clear error", "[training][ui]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    {
        store::OpenOptions options;
        options.purpose = store::StorePurpose::Training;
        REQUIRE_OK(store::CaseStore::open(db.location(), options));
    }
    test::TestDesk desk(db.location());
    ui::MainWindow &window = desk.window;
    QSignalSpy failed(&window, &ui::MainWindow::storeFailed);
    window.openStore(db.location(), false, store::StorePurpose::Live);
    REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
    const auto error = failed.first().at(0).value<store::StoreError>();
    CHECK(error.kind == store::StoreError::Kind::WrongMode);
    CHECK(error.message().contains(QLatin1String("--training")));
}
