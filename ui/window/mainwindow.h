// SPDX-License-Identifier: MIT
#pragma once

#include "store/casestore.h"
#include "store/inboxquery.h"
#include "store/storeerror.h"
#include "store/storelocation.h"
#include "telephony/telephony.h"
#include "triage/labels.h"
#include "workflow/teamsettings.h"

#include <memory>

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QActionGroup;
class QMenu;
class QPushButton;
class QSystemTrayIcon;
class QToolBar;

namespace webcare::store {
class StoreService;
}
namespace webcare::accounts {
class AccountService;
}
namespace webcare::net {
class GuardedNetworkAccessManager;
}
namespace webcare::accounts {
class SecretStore;
}
namespace webcare::outbox {
class ReplyOutbox;
}
namespace webcare::workflow {
struct Notification;
class PresenceHub;
class ReminderService;
class TeamWork;
} // namespace webcare::workflow
namespace webcare::triage {
class TriageState;
}

namespace webcare::ui {

class AccountsDialog;
class ReplayDialog;
class ReviewDialog;
class ApprovalDialog;
class BlendingPanel;
class CaseWorkflowPanel;
class DepartmentsDialog;
class EscalationDialog;
class FollowUpsDialog;
class TeamSettingsDialog;
struct TelephonyConfig;
class CaseView;
class InboxFilterBar;
class NoticeBars;
class InboxModel;
class Translations;

class TeamDatabaseDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Built by the composition root (app/desk.h), which owns every service it is given. Replies go through
    // `outbox`; `translations` may be null (the language cannot be switched).
    MainWindow(store::StoreService *store, Translations *translations, accounts::AccountService *accounts,
               net::GuardedNetworkAccessManager *network, outbox::ReplyOutbox *outbox, workflow::TeamWork *teamWork,
               QWidget *parent = nullptr);

    // Opens the store on its thread; when it is empty and loadDemo is set, loads the bundled demo feed first.
    // `purpose` (casestore.h) makes a live window refuse a training store and a training window a live one.
    void openStore(const store::StoreLocation &location, bool loadDemo, store::StorePurpose purpose = {});
    void setTrainingMode(bool training);
    // The demo store gets paused accounts, so that replies can be written and queued without anything being sent.
    void setDemoAccounts(bool on) { m_demoAccounts = on; }

    InboxModel *inboxModel() const { return m_model; }
    QTableView *inboxView() const { return m_inbox; }
    CaseView *caseView() const { return m_caseView; }
    // The accounts dialog (health view), opened non-modally.
    void showAccounts();
    // Who is working: replies, decisions and the "Mine" queue are theirs.
    void setAgent(const QString &login);
    // Training: the replay panel, the supervisors' review window, the trainee's feedback (created on first use).
    void showReplay();
    void showReview();
    void showFeedback();
    ReplayDialog *replayDialog() const { return m_replayDialog; }
    ReviewDialog *reviewDialog() const { return m_reviewDialog; }
    // The process's presence hub, shared by every window (collision).
    void setPresenceHub(workflow::PresenceHub *hub);
    // Four-eyes: the approval queue (replies awaiting a supervisor), opened non-modally.
    void showApprovals();
    ApprovalDialog *approvalDialog() const { return m_approvalDialog; }
    // The filter bar above the inbox (tests and keyboard): channel, category, tag and agent.
    QComboBox *channelFilter() const;
    QComboBox *categoryFilter() const;
    QComboBox *tagFilter() const;
    QComboBox *agentFilter() const;
    QComboBox *queueBox() const;
    QString countText() const;

    // Workflow (mainwindowworkflow.cpp): escalation, follow-ups, departments, team settings, reminders, blending.
    // Where the AMI secret is kept (the system keychain); null: AMI cannot log in, manual mode only.
    void setSecretStore(accounts::SecretStore *secrets) { m_secrets = secrets; }
    // Uses this phone-queue adapter instead of the configured one (tests); the window does not own it.
    void useTelephony(telephony::TelephonyAdapter *adapter);
    BlendingPanel *blendingPanel() const { return m_blending; }
    CaseWorkflowPanel *workflowPanel() const { return m_workflowPanel; }
    workflow::ReminderService *reminders() const;
    const workflow::TeamWorkflowSettings &teamSettings() const;
    // Opens the escalation dialog for the case on screen (window-modal, not blocking); null without a case.
    EscalationDialog *escalateCurrentCase();
    DepartmentsDialog *showDepartments();
    TeamSettingsDialog *showTeamSettings();
    FollowUpsDialog *showDueFollowUps();
    void showTelephonySettings();
    // Team → Team database …: the embedded store or a PostgreSQL server for the next start (modal-less).
    TeamDatabaseDialog *showTeamDatabase();
    // Shown while the team database cannot be reached (StoreService::connectionLost … connectionRestored).
    QWidget *connectionBar() const;
    QString connectionText() const;
    // Shows a reminder on the desktop (tray) or, without a tray, in the bar above the inbox.
    void showNotification(const workflow::Notification &notification);
    QWidget *notificationBar() const;
    // Reports → Weekly report…: the report dialog on the open store (non-modal).
    void showWeeklyReport();
    // Case → Record satisfaction score…: a customer's answer to the survey, for the current case.
    void recordSatisfaction();
    // Case → Insert satisfaction survey: the survey template in the reply box, to send after resolving.
    void insertSatisfactionSurvey();

signals:
    // Training → Switch: the app restarts on the training store (or back on the live one).
    void trainingSwitchRequested(bool training);
    // The first page of the inbox is on screen.
    void inboxReady();
    // The store could not be opened: the message names the location and what to do.
    void storeFailed(const webcare::store::StoreError &error);
    // The store is open (and the demo feed loaded when asked): accounts may start syncing into it.
    void storeOpened();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    void retranslateApprovals();
    void sizeColumns();
    void applyFilter();
    // Tags and agents for the filter bar, and whether the agent is a supervisor.
    void loadTeamLists();
    void onStoreOpened(bool loadDemo);
    void onCurrentRowChanged();
    void updateCount();
    void onPostsArrived(const QList<qint64> &caseIds);
    void moveCurrent(int delta);
    void chooseCategory(int number);
    // Records the agent's triage decision for the selected cases (or the current one) and moves on.
    void decide(triage::Decision decision);
    void showShortcuts();
    void updateAccountStatus();
    void buildWorkflow();
    void retranslateWorkflow();
    void startWorkflow();
    void followTeamSettings(const workflow::TeamWorkflowSettings &settings);
    void configureTelephony(const TelephonyConfig &config);
    void onWorkflowChanged(qint64 caseId);

    store::StoreService *m_store;
    Translations *m_translations;
    InboxModel *m_model;
    store::StoreService *m_counts; // a second connection for the queue counts
    bool m_countsOnMain = false;   // that connection could not be opened: count on the main one
    InboxFilterBar *m_filterBar = nullptr;
    QTableView *m_inbox = nullptr;
    CaseView *m_caseView = nullptr;
    QAction *m_filtersAction = nullptr;
    QAction *m_approvalsAction = nullptr;
    ApprovalDialog *m_approvalDialog = nullptr;
    bool m_supervisor = false;
    qint64 m_awaitingApproval = 0;
    NoticeBars *m_notices = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_teamDatabaseAction = nullptr;
    QLabel *m_accountsLabel = nullptr;
    accounts::AccountService *m_accounts;
    net::GuardedNetworkAccessManager *m_network;
    outbox::ReplyOutbox *m_outbox;
    QMenu *m_accountsMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_noActionAction = nullptr;
    QAction *m_replyAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QString m_agent;
    std::shared_ptr<triage::TriageState> m_triage;
    QAction *m_manageAccountsAction = nullptr;
    QAction *m_syncAllAction = nullptr;
    AccountsDialog *m_accountsDialog = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_trainingMenu = nullptr;
    QAction *m_switchTrainingAction = nullptr;
    QAction *m_replayAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_feedbackAction = nullptr;
    ReplayDialog *m_replayDialog = nullptr;
    ReviewDialog *m_reviewDialog = nullptr;
    ReviewDialog *m_feedbackDialog = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QAction *m_weeklyReportAction = nullptr;
    QAction *m_surveyAction = nullptr;
    QAction *m_satisfactionAction = nullptr;
    store::StoreLocation m_location;
    bool m_training = false;
    bool m_demoAccounts = false;
    bool m_announcedReady = false;
    quint64 m_countRequest = 0;

    // Workflow.
    accounts::SecretStore *m_secrets = nullptr;
    std::unique_ptr<telephony::TelephonyAdapter> m_ownTelephony;
    workflow::TeamWork *m_teamWork;
    BlendingPanel *m_blending = nullptr;
    CaseWorkflowPanel *m_workflowPanel = nullptr;
    QToolBar *m_blendingBar = nullptr;
    QMenu *m_teamMenu = nullptr;
    QAction *m_escalateAction = nullptr;
    QAction *m_followUpsAction = nullptr;
    QAction *m_departmentsAction = nullptr;
    QAction *m_teamSettingsAction = nullptr;
    QAction *m_telephonyAction = nullptr;
    QList<QAction *> m_stateActions;
    bool m_workflowStarted = false;
    bool m_telephonyInjected = false;
};

} // namespace webcare::ui
