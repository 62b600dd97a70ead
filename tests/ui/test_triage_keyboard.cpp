// SPDX-License-Identifier: MIT
// Triage by keyboard alone: 100 demo cases decided with N (no action) or R (reply), as the labelled demo set says,
// counting every keystroke, then the stored decisions checked one by one.
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "case/caseview.h"
#include "config/teamsetup.h"
#include "inbox/inboxmodel.h"
#include "ingest/importer.h"
#include "store/caserepository.h"
#include "store/storeservice.h"
#include "triage/triagestate.h"
#include "window/mainwindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
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

TEST_CASE("A customer whose complaint is still open is flagged on their next case, and a weak suggestion says "
          "check this",
          "[ui][triage][concerns]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    qint64 complaintCase = 0;
    {
        auto s = db.open();
        REQUIRE(config::importConfiguration(*s, R"({"own_accounts": [{"channel": "x", "handle": "Meerkoet_Bank"}]})",
                                            QStringLiteral("ms"))
                    .hasValue());
        const auto tweet = [](const char *id, const char *text, const char *at) {
            return QStringLiteral(R"({"data": [{"id": "%1", "text": "%2", "author_id": "77", "created_at": "%3",
                "conversation_id": "%1"}], "includes": {"users": [{"id": "77", "username": "kees_de_klant",
                "name": "Kees de Klant"}]}})")
                .arg(QLatin1String(id), QLatin1String(text), QLatin1String(at))
                .toUtf8();
        };
        for (const QByteArray &payload :
             {tweet("9101", "@Meerkoet_Bank twee keer afgeschreven terwijl ik had opgezegd",
                    "2026-12-01T09:00:00.000Z"),
              tweet("9102", "@Meerkoet_Bank bedankt voor de snelle reactie!", "2026-12-02T09:00:00.000Z"),
              tweet("9103", "@Meerkoet_Bank ik heb gisteren mijn adres gewijzigd", "2026-12-03T09:00:00.000Z")})
            REQUIRE(ingest::importPayload(*s, domain::Channel::X, payload, QStringLiteral("x")).ok());
        QSqlQuery q(s->database());
        REQUIRE(q.exec(QStringLiteral("SELECT case_id FROM posts WHERE platform_id = '9101'")));
        REQUIRE(q.next());
        complaintCase = q.value(0).toLongLong();
        // An agent took the first one: a complaint that needs a reply, not answered yet.
        triage::TriageState state;
        REQUIRE_OK(triage::decideCases(*s, state, {complaintCase}, triage::Decision::Reply, triage::Category::Complaint,
                                       QStringLiteral("jb")));
    }
    test::TestDesk desk(db.location());
    ui::MainWindow &window = desk.window;
    window.setAgent(QStringLiteral("jb"));
    window.show();
    window.openStore(db.location(), false);
    const auto caseOf = [&](const char *platformId) {
        auto id = test::storeCall<qint64>(
            desk.storeService, [platformId](store::CaseStore &s) -> Expected<qint64, store::StoreError> {
                QSqlQuery q(s.database());
                q.prepare(QStringLiteral("SELECT case_id FROM posts WHERE platform_id = ?"));
                q.addBindValue(QLatin1String(platformId));
                if (!q.exec() || !q.next())
                    return qint64(0);
                return q.value(0).toLongLong();
            });
        REQUIRE_OK(id);
        return *id;
    };

    // The thanks is no reason to answer by itself, but the open complaint is shown with it.
    // The inbox opens its first case by itself; wait for that before choosing.
    REQUIRE(
        QTest::qWaitFor([&] { return window.caseView()->caseId() != 0 && window.caseView()->suggestion(); }, 15000));
    QSignalSpy shown(window.caseView(), &ui::CaseView::caseShown);
    const auto open = [&](qint64 caseId) {
        shown.clear();
        if (window.caseView()->caseId() == caseId)
            window.caseView()->reload();
        else
            window.caseView()->showCase(caseId);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return std::any_of(shown.cbegin(), shown.cend(),
                                   [&](const QList<QVariant> &a) { return a.at(0).toLongLong() == caseId; });
            },
            10000));
        REQUIRE(window.caseView()->suggestion());
    };
    const qint64 thanks = caseOf("9102");
    open(thanks);
    const QString line = window.caseView()->triageLine();
    INFO(line.toStdString());
    CHECK(line.contains(QStringLiteral("also has an open complaint: case %1").arg(complaintCase)));
    CHECK(window.caseView()->suggestion()->decision == triage::Decision::NoAction);

    // A post to us that no rule explains: answered (fail safe), marked for a second look.
    const qint64 plain = caseOf("9103");
    open(plain);
    CHECK(window.caseView()->suggestion()->decision == triage::Decision::Reply);
    INFO(window.caseView()->triageLine().toStdString());
    CHECK(window.caseView()->triageLine().startsWith(QStringLiteral("Check this — ")));
    // The complaint itself was decided by a strong rule: no mark.
    open(complaintCase);
    CHECK_FALSE(window.caseView()->triageLine().startsWith(QLatin1String("Check this")));
}
