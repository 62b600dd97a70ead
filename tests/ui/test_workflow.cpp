// SPDX-License-Identifier: MIT
// The workflow on screen: escalating a demo case to a department and recording its answer, a follow-up, the
// departments dialog sending questions to the backup while the contact person is absent, and the blending panel
// recording the agent's states and pausing them in the phone queue, and a due follow-up notified once.
#include "support/deskapp.h"
#include "support/testsupport.h"
#include "workflow/blending.h"

#include "blending/blendingpanel.h"
#include "case/casedetailspanel.h"
#include "case/caseview.h"
#include "case/caseworkflowpanel.h"
#include "case/escalationdialog.h"
#include "inbox/followupsdialog.h"
#include "inbox/inboxmodel.h"
#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/storeservice.h"
#include "store/teamsettingsrepository.h"
#include "store/workflowrepository.h"
#include "team/departmentsdialog.h"
#include "team/openinghourseditor.h"
#include "team/teamsettingsdialog.h"
#include "telephony/telephony.h"
#include "window/mainwindow.h"
#include "window/translations.h"
#include "workflow/reminderservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <optional>

using namespace webcare;
using test::storeCall;
using workflow::AgentState;

namespace {

domain::Department claimsDepartment()
{
    domain::Department d;
    d.name = QStringLiteral("Schade");
    d.contactName = QStringLiteral("Anna de Vries");
    d.contactAddress = QStringLiteral("anna@duinzicht.example");
    d.backupName = QStringLiteral("Bram Jansen");
    d.backupAddress = QStringLiteral("bram@duinzicht.example");
    d.workingHours = workflow::OpeningHours::officeDefault().toString();
    d.internalSlaHours = 8;
    return d;
}

struct Desk {
    test::ScratchDatabase db{store::Backend::Sqlite};
    ui::Translations translations;
    std::unique_ptr<test::TestDesk> app;
    ui::MainWindow *window = nullptr;

    explicit Desk(bool demo, telephony::TelephonyAdapter *phone = nullptr)
    {
        // The documentation's pictures are Dutch, as the agents see them.
        if (!qEnvironmentVariable("WEBCARE_SCREENSHOT_DIR").isEmpty())
            translations.setLanguage(QStringLiteral("nl"));
        app = std::make_unique<test::TestDesk>(db.location(), &translations);
        window = &app->window;
        window->setAgent(QStringLiteral("jbakker"));
        if (phone)
            window->useTelephony(phone);
        window->show();
        window->openStore(db.location(), demo);
    }
    ~Desk() { app.reset(); }
    Q_DISABLE_COPY_MOVE(Desk)
};

void saveScreenshot(QWidget &window, QWidget *dialog, const QString &name)
{
    const QString dir = qEnvironmentVariable("WEBCARE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    window.resize(1440, 900);
    QTest::qWait(300);
    QPixmap picture = window.grab();
    if (dialog) {
        // A dialog is a window of its own: drawn over the middle of the main window, as the agent sees it.
        const QPixmap top = dialog->grab();
        QPainter painter(&picture);
        painter.drawPixmap((picture.width() - top.width()) / 2, (picture.height() - top.height()) / 3, top);
    }
    picture.save(dir + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("A demo case escalated through the dialog waits on the department until its answer is recorded",
          "[ui][workflow][escalation]")
{
    Desk desk(true);
    ui::MainWindow &window = *desk.window;
    REQUIRE(QTest::qWaitFor([&] { return window.caseView()->caseId() != 0; }, 30000));
    REQUIRE_OK(storeCall<qint64>(desk.app->storeService, [](store::CaseStore &s) {
        return s.workflow().addDepartment(claimsDepartment(), QStringLiteral("lead"));
    }));
    const qint64 caseId = window.caseView()->caseId();

    ui::EscalationDialog *dialog = window.escalateCurrentCase();
    REQUIRE(dialog);
    QSignalSpy loaded(dialog, &ui::EscalationDialog::departmentsLoaded);
    REQUIRE(loaded.wait(10000));
    auto *addressee = dialog->findChild<QLabel *>(QStringLiteral("addressee"));
    REQUIRE(addressee);
    CHECK(addressee->text().contains(QStringLiteral("Anna de Vries")));
    CHECK_FALSE(dialog->findChild<QLabel *>(QStringLiteral("due"))->text().isEmpty());
    auto *escalate = dialog->findChild<QPushButton *>(QStringLiteral("escalateButton"));
    CHECK_FALSE(escalate->isEnabled()); // no question yet
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("question")),
                     QStringLiteral("Is de schademelding van 12 november al beoordeeld?"));
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("category"));
    category->setCurrentIndex(category->findData(QStringLiteral("claim")));
    REQUIRE(escalate->isEnabled());
    saveScreenshot(window, dialog, QStringLiteral("screenshot-escalation-dialog.png"));

    QSignalSpy escalated(dialog, &ui::EscalationDialog::escalated);
    QTest::mouseClick(escalate, Qt::LeftButton);
    REQUIRE((escalated.size() == 1 || escalated.wait(10000)));
    const auto escalation = escalated.first().first().value<domain::Escalation>();
    CHECK(escalation.addresseeName == QStringLiteral("Anna de Vries"));
    CHECK(escalation.category == QStringLiteral("claim"));

    auto waiting = storeCall<domain::Case>(desk.app->storeService,
                                           [caseId](store::CaseStore &s) { return s.cases().caseById(caseId); });
    REQUIRE_OK(waiting);
    CHECK(waiting->state == domain::CaseState::WaitingOnDepartment);

    // The "Waiting on department" queue lists it.
    auto *queues = window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
    REQUIRE(queues);
    queues->setCurrentIndex(4);
    emit queues->activated(4);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const ui::InboxModel *m = window.inboxModel();
            return m->rowCount() == 1 && m->caseIdAt(0) == caseId;
        },
        10000));

    // The panel under the case shows the open question; the agent records the department's answer.
    ui::CaseWorkflowPanel *panel = window.workflowPanel();
    REQUIRE(QTest::qWaitFor([&] { return window.caseView()->caseId() == caseId; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return panel->caseId() == caseId && panel->escalations().size() == 1; }, 10000));
    CHECK_FALSE(panel->escalations().first().isAnswered());
    REQUIRE(panel->escalationList()->topLevelItemCount() == 1);

    // The panel is the case details' "Departments and follow-ups" tab, in front after escalating.
    window.caseView()->details()->showPage(panel);
    REQUIRE(QTest::qWaitFor([&] { return panel->isVisible(); }, 5000));

    // A front-office promise to check on, with its due date.
    auto *note = panel->findChild<QLineEdit *>(QStringLiteral("followUpNote"));
    QTest::keyClicks(note, QStringLiteral("Uitkering toegezegd, vrijdag controleren"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addFollowUp")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return panel->followUps().size() == 1; }, 10000));
    CHECK(panel->followUps().first().note == QStringLiteral("Uitkering toegezegd, vrijdag controleren"));
    saveScreenshot(window, nullptr, QStringLiteral("screenshot-escalation.png"));

    QTest::keyClicks(panel->findChild<QPlainTextEdit *>(QStringLiteral("answer")),
                     QStringLiteral("Beoordeeld: de schade wordt vergoed."));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("recordAnswer")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return panel->escalations().size() == 1 && panel->escalations().first().isAnswered(); }, 10000));
    CHECK(panel->escalations().first().answer == QStringLiteral("Beoordeeld: de schade wordt vergoed."));
    CHECK(panel->escalations().first().answeredBy == QStringLiteral("jbakker"));
    auto answered = storeCall<domain::Case>(desk.app->storeService,
                                            [caseId](store::CaseStore &s) { return s.cases().caseById(caseId); });
    REQUIRE_OK(answered);
    CHECK(answered->state == domain::CaseState::NeedsReply);

    // The follow-up is done.
    panel->followUpList()->setCurrentItem(panel->followUpList()->topLevelItem(0));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("completeFollowUp")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return panel->followUps().size() == 1 && panel->followUps().first().doneAt.isValid(); }, 10000));
}

TEST_CASE("The departments dialog marks the contact absent and the escalation goes to the backup",
          "[ui][workflow][departments]")
{
    Desk desk(true);
    ui::MainWindow &window = *desk.window;
    REQUIRE(QTest::qWaitFor([&] { return window.caseView()->caseId() != 0; }, 30000));
    const qint64 caseId = window.caseView()->caseId();

    ui::DepartmentsDialog *dialog = window.showDepartments();
    REQUIRE(dialog);
    QSignalSpy loaded(dialog, &ui::DepartmentsDialog::loaded);
    REQUIRE(loaded.wait(10000));
    const int before = int(dialog->departments().size());
    CHECK(before == 2);
    const auto type = [&](const char *name, const QString &text) {
        auto *field = dialog->findChild<QLineEdit *>(QLatin1String(name));
        REQUIRE(field);
        QTest::keyClicks(field, text);
    };
    type("name", QStringLiteral("Betalingen"));
    type("contactName", QStringLiteral("Anna de Vries"));
    type("contactAddress", QStringLiteral("anna@duinzicht.example"));
    type("backupName", QStringLiteral("Bram Jansen"));
    type("backupAddress", QStringLiteral("bram@duinzicht.example"));
    dialog->findChild<QSpinBox *>(QStringLiteral("internalSlaHours"))->setValue(4);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveDepartment"));
    QTest::mouseClick(save, Qt::LeftButton);
    // The demo store came with two departments (docs: resources/demo/README.md); Betalingen is the third.
    REQUIRE(QTest::qWaitFor([&] { return dialog->departments().size() == before + 1; }, 10000));
    const auto rowOf = [&](const QString &name) {
        for (int i = 0; i < dialog->departments().size(); ++i)
            if (dialog->departments().at(i).name == name)
                return i;
        return -1;
    };
    int row = rowOf(QStringLiteral("Betalingen"));
    REQUIRE(row >= 0);
    CHECK(dialog->list()->count() == before + 1);
    CHECK(dialog->departments().at(row).internalSlaHours == 4);

    // Anna is on holiday.
    auto *absent = dialog->findChild<QCheckBox *>(QStringLiteral("contactAbsent"));
    REQUIRE(QTest::qWaitFor([&] { return dialog->list()->currentRow() == row; }, 5000));
    absent->setChecked(true);
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            row = rowOf(QStringLiteral("Betalingen"));
            return row >= 0 && dialog->departments().at(row).contactAbsent;
        },
        10000));
    CHECK(dialog->list()->item(row)->text().contains(QStringLiteral("Bram Jansen")));
    const qint64 departmentId = dialog->departments().at(row).id;
    auto trail = storeCall<QStringList>(
        desk.app->storeService, [](store::CaseStore &s) -> Expected<QStringList, store::StoreError> {
            QSqlQuery q(s.database());
            if (!q.exec(QStringLiteral("SELECT action FROM audit_events WHERE case_id IS NULL ORDER BY id")))
                return QStringList{};
            QStringList actions;
            while (q.next())
                actions << q.value(0).toString();
            return actions;
        });
    REQUIRE_OK(trail);
    CHECK(trail->contains(QStringLiteral("department.absence")));
    dialog->close();

    ui::EscalationDialog *escalation = window.escalateCurrentCase();
    QSignalSpy departments(escalation, &ui::EscalationDialog::departmentsLoaded);
    REQUIRE(departments.wait(10000));
    auto *choice = escalation->findChild<QComboBox *>(QStringLiteral("department"));
    REQUIRE(choice);
    // The demo's claims department: its contact is away, so a newcomer's escalation goes to the backup.
    choice->setCurrentIndex(choice->findText(QStringLiteral("Schadeafdeling"), Qt::MatchStartsWith));
    CHECK(escalation->findChild<QLabel *>(QStringLiteral("addressee"))->text().contains(QStringLiteral("Youssef")));
    choice->setCurrentIndex(choice->findText(QStringLiteral("Betalingen"), Qt::MatchStartsWith));
    REQUIRE(choice->currentIndex() >= 0);
    const QString to = escalation->findChild<QLabel *>(QStringLiteral("addressee"))->text();
    CHECK(to.contains(QStringLiteral("Bram Jansen")));
    CHECK(to.contains(QStringLiteral("Anna de Vries"))); // "… while Anna de Vries is absent"
    QTest::keyClicks(escalation->findChild<QPlainTextEdit *>(QStringLiteral("question")),
                     QStringLiteral("Is de premie van november afgeschreven?"));
    QSignalSpy escalated(escalation, &ui::EscalationDialog::escalated);
    QTest::mouseClick(escalation->findChild<QPushButton *>(QStringLiteral("escalateButton")), Qt::LeftButton);
    REQUIRE((escalated.size() == 1 || escalated.wait(10000)));
    auto stored = storeCall<QList<domain::Escalation>>(
        desk.app->storeService, [caseId](store::CaseStore &s) { return s.workflow().escalations(caseId); });
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().departmentId == departmentId);
    CHECK(stored->first().addresseeName == QStringLiteral("Bram Jansen"));
    CHECK(stored->first().addresseeAddress == QStringLiteral("bram@duinzicht.example"));
}

TEST_CASE("The blending panel records the agent's states and pauses them in the phone queue",
          "[ui][workflow][blending]")
{
    telephony::ManualTelephony phone;
    QSignalSpy pauses(&phone, &telephony::TelephonyAdapter::pauseChanged);
    Desk desk(true, &phone);
    ui::MainWindow &window = *desk.window;
    ui::BlendingPanel *panel = window.blendingPanel();
    REQUIRE(panel);
    REQUIRE(QTest::qWaitFor([&] { return window.caseView()->caseId() != 0; }, 30000));
    QSignalSpy started(panel, &ui::BlendingPanel::started);
    if (started.isEmpty())
        started.wait(3000); // may have started already while the demo feed loaded
    CHECK_FALSE(panel->state().has_value());

    // Ctrl+Alt+2: webcare. The agent leaves the phone queue.
    QApplication::setActiveWindow(&window);
    window.activateWindow();
    QSignalSpy switched(panel, &ui::BlendingPanel::stateChanged);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    if (switched.isEmpty()) // no active window on this platform: the button is the other way
        QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("state_webcare")), Qt::LeftButton);
    REQUIRE(panel->state() == AgentState::Webcare);
    CHECK(phone.paused());
    REQUIRE_FALSE(pauses.isEmpty());
    CHECK(pauses.last().first().toBool());
    CHECK(panel->findChild<QToolButton *>(QStringLiteral("state_webcare"))->isChecked());

    // Callers pile up: the panel suggests the phone, and one click accepts.
    phone.setWaitingCalls(6);
    REQUIRE(panel->suggestion() == workflow::BlendingSuggestion::SwitchToPhone);
    REQUIRE(panel->hint()->isVisible());
    saveScreenshot(window, nullptr, QStringLiteral("screenshot-blending.png"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("acceptSuggestion")), Qt::LeftButton);
    CHECK(panel->state() == AgentState::Phone);
    CHECK_FALSE(phone.paused());
    CHECK_FALSE(pauses.last().first().toBool());
    CHECK_FALSE(panel->hint()->isVisible());

    // A break by click.
    QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("state_break")), Qt::LeftButton);
    CHECK(panel->state() == AgentState::Break);
    CHECK(phone.paused());

    // The store holds the intervals in order: webcare and phone closed, the break open.
    const QDateTime dayStart = QDateTime::currentDateTimeUtc().addDays(-1);
    auto log = storeCall<QList<workflow::StateInterval>>(desk.app->storeService, [dayStart](store::CaseStore &s) {
        return s.agents().agentStateLog(QStringLiteral("jbakker"), dayStart,
                                        QDateTime::currentDateTimeUtc().addSecs(60));
    });
    REQUIRE_OK(log);
    REQUIRE(log->size() == 3);
    CHECK(log->at(0).state == AgentState::Webcare);
    CHECK(log->at(1).state == AgentState::Phone);
    CHECK(log->at(2).state == AgentState::Break);
    CHECK(log->at(0).end.isValid());
    CHECK(log->at(0).end == log->at(1).start);
    CHECK(log->at(1).end.isValid());
    CHECK_FALSE(log->at(2).end.isValid());
    auto current = storeCall<std::optional<AgentState>>(desk.app->storeService, [](store::CaseStore &s) {
        return s.agents().currentAgentState(QStringLiteral("jbakker"));
    });
    REQUIRE_OK(current);
    CHECK(*current == AgentState::Break);

    // Today's totals come from the store's log: only the states the agent was in, none negative (the switches above
    // follow each other within a second, so a state may still count zero).
    QSignalSpy totals(panel, &ui::BlendingPanel::totalsUpdated);
    panel->heartbeat();
    REQUIRE(totals.wait(10000));
    const QMap<AgentState, qint64> today = panel->todayTotals();
    for (auto it = today.cbegin(); it != today.cend(); ++it) {
        INFO(workflow::agentStateKey(it.key()).toStdString());
        CHECK((it.key() == AgentState::Webcare || it.key() == AgentState::Phone || it.key() == AgentState::Break));
        CHECK(it.value() >= 0);
    }
}

TEST_CASE("A due follow-up is notified once and listed under follow-ups due", "[ui][workflow][reminders]")
{
    Desk desk(true);
    ui::MainWindow &window = *desk.window;
    REQUIRE(QTest::qWaitFor([&] { return window.caseView()->caseId() != 0; }, 30000));
    const qint64 caseId = window.caseView()->caseId();
    workflow::ReminderService *reminders = window.reminders();
    QSignalSpy checked(reminders, &workflow::ReminderService::checked);
    QSignalSpy notified(reminders, &workflow::ReminderService::notify);
    // The first check runs when the store opens and may still be running (a check while one runs is skipped):
    // after this one answer, no check is running.
    reminders->checkNow();
    REQUIRE((!checked.isEmpty() || checked.wait(10000)));

    REQUIRE_OK(storeCall<qint64>(desk.app->storeService, [caseId](store::CaseStore &s) {
        return s.workflow().addFollowUp(caseId, QStringLiteral("Betaling toegezegd, vandaag controleren"),
                                        QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("jbakker"));
    }));
    notified.clear();
    checked.clear();
    reminders->checkNow();
    REQUIRE(checked.wait(10000));
    REQUIRE(notified.size() == 1);
    const auto n = notified.first().first().value<workflow::Notification>();
    CHECK(n.kind == workflow::ReminderItem::Kind::FollowUpDue);
    CHECK(n.caseId == caseId);
    // No system tray offscreen: the bar above the inbox says it.
    REQUIRE(window.notificationBar()->isVisible());
    const QString bar = window.notificationBar()->findChild<QLabel *>()->text();
    CHECK(bar.contains(QStringLiteral("Betaling toegezegd, vandaag controleren")));

    // The next minute's check tells nothing new.
    checked.clear();
    reminders->checkNow();
    REQUIRE(checked.wait(10000));
    CHECK(notified.size() == 1);
    CHECK(checked.first().first().toInt() == 0);

    // The view of what is due lists it, and marks it done.
    ui::FollowUpsDialog *due = window.showDueFollowUps();
    QSignalSpy listed(due, &ui::FollowUpsDialog::loaded);
    REQUIRE(listed.wait(10000));
    REQUIRE(listed.first().first().toInt() == 1);
    REQUIRE(due->list()->topLevelItemCount() == 1);
    CHECK(due->list()->topLevelItem(0)->text(1) == QStringLiteral("Betaling toegezegd, vandaag controleren"));
}

TEST_CASE("Team settings saved in the dialog reach the store and the running window", "[ui][workflow][teamsettings]")
{
    Desk desk(false);
    ui::MainWindow &window = *desk.window;
    ui::TeamSettingsDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return desk.app->storeService.isOpen(); }, 10000));
    dialog = window.showTeamSettings();
    QSignalSpy loaded(dialog, &ui::TeamSettingsDialog::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK_FALSE(dialog->findChild<QCheckBox *>(QStringLiteral("roundRobin"))->isChecked());
    dialog->findChild<QCheckBox *>(QStringLiteral("roundRobin"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("maxOpenPerAgent"))->setValue(3);
    dialog->findChild<QSpinBox *>(QStringLiteral("slaHours_facebook"))->setValue(2);
    dialog->findChild<QSpinBox *>(QStringLiteral("phoneQueueThreshold"))->setValue(2);
    QSignalSpy saved(dialog, &ui::TeamSettingsDialog::saved);
    dialog->save();
    REQUIRE(saved.wait(10000));

    CHECK(window.teamSettings().roundRobin);
    CHECK(window.teamSettings().maxOpenPerAgent == 3);
    CHECK(window.teamSettings().thresholds.phoneQueue == 2);
    // The inbox timers count with the team's targets now.
    CHECK(window.inboxModel()->sla().targetSeconds(domain::Channel::Facebook) == 2 * 3600);
    auto stored = storeCall<QHash<QString, QString>>(desk.app->storeService,
                                                     [](store::CaseStore &s) { return s.settings().teamSettings(); });
    REQUIRE_OK(stored);
    const workflow::TeamWorkflowSettings shared = workflow::TeamWorkflowSettings::fromMap(*stored);
    CHECK(shared.roundRobin);
    CHECK(shared.maxOpenPerAgent == 3);
    CHECK(shared.channelSlaHours.value(domain::Channel::Facebook) == 2);
}
