// SPDX-License-Identifier: MIT
// Triage by keyboard alone: 100 demo cases decided with N (no action) or R (reply), as the labelled demo set says,
// counting every keystroke, then the stored decisions checked one by one.
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "case/caseview.h"
#include "inbox/inboxmodel.h"
#include "store/caserepository.h"
#include "store/storeservice.h"
#include "window/mainwindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace webcare;

TEST_CASE("An agent triages 100 demo posts by keyboard alone", "[ui][triage][keyboard]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    test::TestDesk desk(db.location());
    ui::MainWindow &window = desk.window;
    window.setAgent(QStringLiteral("jbakker"));
    window.show();
    window.openStore(db.location(), true); // with the demo feed
    ui::InboxModel *model = window.inboxModel();
    QTableView *inbox = window.inboxView();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() >= 150 && !model->isLoading(); }, 30000));
    QApplication::setActiveWindow(&window);
    inbox->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return inbox->hasFocus() || QApplication::focusWidget() == inbox; }, 2000));

    const QJsonObject labels =
        QJsonDocument::fromJson(test::repoFile(QStringLiteral("tests/data/demo-labels.json"))).object();
    auto reader = db.open(); // a second connection, as another window would read
    // The customer's latest post of a case: what the agent decides on, and what the label names.
    const auto labelOf = [&](qint64 caseId) {
        auto posts = reader->cases().conversation(caseId);
        REQUIRE(posts.hasValue());
        QString key;
        for (const domain::Post &p : *posts) {
            if (!p.fromOwnAccount)
                key = domain::channelKey(p.channel) + QLatin1Char(':') + p.platformId;
        }
        return labels.value(key).toObject().value(QLatin1String("decision")).toString();
    };

    int keystrokes = 0;
    const auto press = [&](QWidget *target, Qt::Key key) {
        QTest::keyClick(target, key);
        ++keystrokes;
    };
    QHash<qint64, QString> expected;
    for (int i = 0; i < 100; ++i) {
        const qint64 caseId = model->caseIdAt(inbox->currentIndex().row());
        REQUIRE(caseId != 0);
        REQUIRE_FALSE(expected.contains(caseId)); // never the same case twice
        const QString label = labelOf(caseId);
        REQUIRE_FALSE(label.isEmpty());
        expected.insert(caseId, label);
        if (label == QLatin1String("reply")) {
            press(inbox, Qt::Key_R); // marks it and puts the cursor in the reply box
            REQUIRE(window.caseView()->replyEditor()->hasFocus());
            press(window.caseView()->replyEditor(), Qt::Key_Escape); // back to the inbox
            REQUIRE(inbox->hasFocus());
            press(inbox, Qt::Key_J); // next case
        } else {
            press(inbox, Qt::Key_N); // no action, and on to the next case at once
        }
        QTest::qWait(5);
    }

    // Every decision reaches the store, as the agent made it.
    QSqlQuery q(reader->database());
    REQUIRE(QTest::qWaitFor(
        [&] {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM triage_decisions")));
            return q.next() && q.value(0).toInt() == 100;
        },
        20000));
    REQUIRE(q.exec(QStringLiteral("SELECT case_id, decision, agent FROM triage_decisions")));
    int replies = 0;
    while (q.next()) {
        const qint64 caseId = q.value(0).toLongLong();
        CHECK(q.value(1).toString() == expected.value(caseId));
        CHECK(q.value(2).toString() == QLatin1String("jbakker"));
        replies += q.value(1).toString() == QLatin1String("reply");
    }
    // One key per "no action", three per reply (R, Esc, J); the mouse was never used.
    CHECK(keystrokes == 100 + 2 * replies);
    INFO("keystrokes: " << keystrokes << ", replies: " << replies);
    CHECK(replies > 0);
    // "No action" cases left the open queue; the ones to answer stayed, waiting for their reply.
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (expected.value(model->caseIdAt(row)) == QLatin1String("no_action"))
                    return false;
            }
            return true;
        },
        10000));
}
