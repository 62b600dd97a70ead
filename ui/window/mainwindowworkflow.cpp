// SPDX-License-Identifier: MIT
// The main window's workflow part: escalation and follow-ups of the case on screen, departments and team settings,
// reminders on the desktop, the blending panel with its telephony adapter, and round-robin assignment.
#include "window/mainwindow.h"

#include "accounts/secretstore.h"
#include "blending/blendingpanel.h"
#include "blending/telephonysettings.h"
#include "case/casedetailspanel.h"
#include "case/caseview.h"
#include "case/caseworkflowpanel.h"
#include "case/escalationdialog.h"
#include "config/teamconfigservice.h"
#include "inbox/followupsdialog.h"
#include "inbox/inboxmodel.h"
#include "store/storeservice.h"
#include "team/departmentsdialog.h"
#include "team/teamdatabasedialog.h"
#include "team/teamsettingsdialog.h"
#include "telephony/telephonylink.h"
#include "window/noticebars.h"
#include "workflow/reminderservice.h"
#include "workflow/teamwork.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace webcare::ui {

using workflow::AgentState;

void MainWindow::buildWorkflow()
{
    // The back-office side of the case on screen: a tab beside its customer, tags and history, so the thread and
    // the reply box keep their room.
    m_workflowPanel = new CaseWorkflowPanel(m_store, this);
    m_caseView->details()->addPage(m_workflowPanel);
    connect(m_caseView, &CaseView::caseShown, m_workflowPanel, &CaseWorkflowPanel::setCase);
    connect(m_workflowPanel, &CaseWorkflowPanel::escalateRequested, this, &MainWindow::escalateCurrentCase);
    connect(m_workflowPanel, &CaseWorkflowPanel::caseChanged, this, &MainWindow::onWorkflowChanged);

    // The blending panel: a toolbar that cannot be moved or hidden, so the state is always in sight.
    m_blending = new BlendingPanel(m_store, this);
    m_blendingBar = new QToolBar(this);
    m_blendingBar->setObjectName(QStringLiteral("blendingBar"));
    m_blendingBar->setMovable(false);
    m_blendingBar->setFloatable(false);
    m_blendingBar->toggleViewAction()->setEnabled(false);
    m_blendingBar->addWidget(m_blending);
    addToolBar(Qt::BottomToolBarArea, m_blendingBar);
    m_blending->setBacklogSource([this] {
        const workflow::WorkingTimeSla &sla = m_model->sla();
        store::InboxFilter backlog;
        backlog.states = {domain::CaseState::New, domain::CaseState::NeedsReply};
        store::InboxFilter atRisk = backlog;
        atRisk.dueBefore = sla.calendar().addWorkingSeconds(QDateTime::currentDateTimeUtc(), sla.atRiskSeconds());
        return std::pair(backlog, atRisk);
    });
    connect(m_blending, &BlendingPanel::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_blending, &BlendingPanel::stateChanged, this, [this](AgentState) {
        // Round-robin hands out cases to agents in webcare: a switch may make this agent eligible at once.
        m_teamWork->assignNow();
    });

    // Ctrl+Alt+1..5: the states in panel order (plain 1..8 are the triage categories).
    int n = 1;
    for (AgentState s : workflow::allAgentStates()) {
        auto *a = new QAction(this);
        a->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::AltModifier, Qt::Key(Qt::Key_0 + n++))));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, m_blending, [this, s] { m_blending->switchTo(s); });
        addAction(a);
        m_menus.stateActions << a;
    }

    m_menus.escalateAction = m_menus.caseMenu->addAction(QString(), this, [this] { escalateCurrentCase(); });
    m_menus.escalateAction->setShortcut(QKeySequence(Qt::Key_E));
    m_menus.escalateAction->setShortcutContext(Qt::WindowShortcut);
    m_menus.followUpsAction = m_menus.caseMenu->addAction(QString(), this, [this] { showDueFollowUps(); });
    m_menus.followUpsAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    m_menus.followUpsAction->setShortcutContext(Qt::WindowShortcut);

    m_menus.teamMenu = new QMenu(this);
    menuBar()->insertMenu(m_menus.helpMenu->menuAction(), m_menus.teamMenu);
    m_menus.departmentsAction = m_menus.teamMenu->addAction(QString(), this, [this] { showDepartments(); });
    m_menus.teamSettingsAction = m_menus.teamMenu->addAction(QString(), this, [this] { showTeamSettings(); });
    m_menus.telephonyAction = m_menus.teamMenu->addAction(QString(), this, &MainWindow::showTelephonySettings);
    buildTeamConfiguration();
    m_menus.teamMenu->addSeparator();
    m_menus.teamDatabaseAction = m_menus.teamMenu->addAction(QString(), this, [this] { showTeamDatabase(); });
    m_menus.teamDatabaseAction->setObjectName(QStringLiteral("teamDatabaseAction"));

    // Reminders: a desktop notification where the desktop has a tray, else a bar above the inbox.
    connect(m_teamWork->reminders(), &workflow::ReminderService::notify, this, &MainWindow::showNotification);
    connect(m_teamWork, &workflow::TeamWork::settingsChanged, this, &MainWindow::followTeamSettings);
    connect(m_teamWork, &workflow::TeamWork::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_teamWork, &workflow::TeamWork::assigned, this, [this](int, int toAgent) {
        if (toAgent)
            statusBar()->showMessage(tr("%n case(s) assigned to you", nullptr, toAgent), 8000);
        m_model->refresh();
        updateCount();
    });
    connect(this, &MainWindow::storeOpened, this, &MainWindow::startWorkflow, Qt::SingleShotConnection);
    connect(m_telephony, &telephony::TelephonyLink::adapterChanged, m_blending, &BlendingPanel::setTelephony);
    connect(m_telephony, &telephony::TelephonyLink::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::retranslateWorkflow()
{
    m_caseView->details()->setPageTitle(m_workflowPanel, tr("Departments and follow-ups"));
    m_blendingBar->setWindowTitle(tr("Blending"));
    m_menus.escalateAction->setText(tr("&Escalate to department …"));
    m_menus.followUpsAction->setText(tr("&Follow-ups due …"));
    m_menus.teamMenu->setTitle(tr("&Team"));
    m_menus.departmentsAction->setText(tr("&Departments …"));
    m_menus.teamSettingsAction->setText(tr("Team &settings …"));
    m_menus.telephonyAction->setText(tr("&Telephony …"));
    m_menus.teamDatabaseAction->setText(tr("Team &database …"));
    retranslateTeamConfiguration();
}

void MainWindow::startWorkflow()
{
    m_telephony->start();
    m_teamWork->start();
    m_teamConfig->start();
    m_blending->start();
}

void MainWindow::useTelephony(telephony::TelephonyAdapter *adapter) { m_telephony->use(adapter); }

workflow::ReminderService *MainWindow::reminders() const { return m_teamWork->reminders(); }

const workflow::TeamWorkflowSettings &MainWindow::teamSettings() const { return m_teamWork->settings(); }

void MainWindow::followTeamSettings(const workflow::TeamWorkflowSettings &settings)
{
    // The inbox timers and the "at risk" queue count with the team's targets.
    m_model->setSla(m_teamWork->sla());
    m_blending->setThresholds(settings.thresholds);
    updateCount();
}

void MainWindow::onWorkflowChanged(qint64 caseId)
{
    m_caseView->forgetPrefetched();
    if (caseId == m_caseView->caseId())
        m_caseView->reload();
    m_model->refresh();
    updateCount();
}

EscalationDialog *MainWindow::escalateCurrentCase()
{
    const qint64 caseId = m_caseView->caseId();
    if (!caseId || !m_store->isOpen())
        return nullptr;
    auto *dialog = new EscalationDialog(m_store, caseId, m_agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EscalationDialog::escalated, this, [this](const domain::Escalation &e) {
        statusBar()->showMessage(tr("Case %1 is waiting on the department: %2").arg(e.caseId).arg(e.addresseeName),
                                 8000);
        onWorkflowChanged(e.caseId);
        if (m_workflowPanel->caseId() == e.caseId) {
            m_workflowPanel->reload();
            // The question just asked, and where its answer goes, in sight.
            m_caseView->details()->showPage(m_workflowPanel);
        }
    });
    dialog->open();
    return dialog;
}

DepartmentsDialog *MainWindow::showDepartments()
{
    auto *dialog = findChild<DepartmentsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new DepartmentsDialog(m_store, m_agent, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DepartmentsDialog::departmentsChanged, m_workflowPanel, &CaseWorkflowPanel::reload);
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

TeamSettingsDialog *MainWindow::showTeamSettings()
{
    auto *dialog = new TeamSettingsDialog(m_store, m_agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamSettingsDialog::saved, this, [this](const workflow::TeamWorkflowSettings &s) {
        m_teamWork->apply(s);
        statusBar()->showMessage(tr("Team settings saved for the whole team"), 6000);
    });
    dialog->open();
    return dialog;
}

FollowUpsDialog *MainWindow::showDueFollowUps()
{
    auto *dialog = findChild<FollowUpsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (dialog) {
        dialog->reload();
    } else {
        dialog = new FollowUpsDialog(m_store, m_agent, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FollowUpsDialog::openCaseRequested, m_caseView, &CaseView::showCase);
        connect(dialog, &FollowUpsDialog::caseChanged, this, &MainWindow::onWorkflowChanged);
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

void MainWindow::showTelephonySettings()
{
    auto *dialog = new TelephonySettingsDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TelephonySettingsDialog::saved, m_telephony, &telephony::TelephonyLink::configure);
    dialog->open();
}

void MainWindow::showNotification(const workflow::Notification &notification) { m_notices->notify(notification); }

TeamDatabaseDialog *MainWindow::showTeamDatabase()
{
    auto *dialog = new TeamDatabaseDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamDatabaseDialog::saved, this, [this] {
        statusBar()->showMessage(tr("Team database saved: used from the next start (unless --db is given)."), 8000);
    });
    dialog->show();
    return dialog;
}

} // namespace webcare::ui
