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
namespace webcare::telephony {
class TelephonyLink;
}
namespace webcare::workflow {
struct Notification;
class PresenceHub;
class ReminderService;
class TeamWork;
} // namespace webcare::workflow
namespace webcare::config {
class TeamConfigService;
}
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
class TeamConfigDialog;
class ProfileDialog;
class SetupWizard;
class CaseView;
class InboxFilterBar;
class NoticeBars;
class InboxModel;
class Translations;

class TeamDatabaseDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The services the window shows and forwards to, made and owned by the composition root (app/desk.h).
    struct Services {
        store::StoreService *store = nullptr;
        store::StoreService *counts = nullptr; // a second connection for the queue counts
        accounts::AccountService *accounts = nullptr;
        net::GuardedNetworkAccessManager *network = nullptr;
        outbox::ReplyOutbox *outbox = nullptr; // every reply goes through it
        workflow::TeamWork *teamWork = nullptr;
        config::TeamConfigService *teamConfig = nullptr;
        telephony::TelephonyLink *telephony = nullptr;
        accounts::SecretStore *secrets = nullptr; // may be null: no keychain (AMI and team database passwords)
        Translations *translations = nullptr;     // may be null: the language cannot be switched
    };
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);

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
    // The team's configuration (on `page`: 0 voice, 1 agents, 2 templates, 3 knowledge base, 4 triage words), the
    // agent's own profile, and the first-run set-up.
    TeamConfigDialog *showTeamConfiguration(int page = 0);
    ProfileDialog *showProfile();
    SetupWizard *showSetupWizard();
    // A new store that is neither demo nor training offers the set-up wizard once (main() turns this on).
    void setOfferSetup(bool on) { m_offerSetup = on; }
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
    // mainwindowteam.cpp: the team configuration's menu items and how the window follows the configuration.
    void buildTeamConfiguration();
    void retranslateTeamConfiguration();
    void offerSetup();
    void followTeamSettings(const workflow::TeamWorkflowSettings &settings);
    void onWorkflowChanged(qint64 caseId);

    store::StoreService *m_store;
    Translations *m_translations;
    InboxModel *m_model;
    store::StoreService *m_counts; // the queue counts' connection; the main one when it cannot be opened
    InboxFilterBar *m_filterBar = nullptr;
    QTableView *m_inbox = nullptr;
    CaseView *m_caseView = nullptr;
    ApprovalDialog *m_approvalDialog = nullptr;
    bool m_supervisor = false;
    qint64 m_awaitingApproval = 0;
    NoticeBars *m_notices = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_accountsLabel = nullptr;
    accounts::AccountService *m_accounts;
    net::GuardedNetworkAccessManager *m_network;
    outbox::ReplyOutbox *m_outbox;
    QString m_agent;
    std::shared_ptr<triage::TriageState> m_triage;
    AccountsDialog *m_accountsDialog = nullptr;
    ReplayDialog *m_replayDialog = nullptr;
    ReviewDialog *m_reviewDialog = nullptr;
    ReviewDialog *m_feedbackDialog = nullptr;
    // The menus and the actions the window retranslates or enables (buildMenus(), buildWorkflow()).
    struct Menus {
        QMenu *accountsMenu = nullptr;
        QMenu *caseMenu = nullptr;
        QMenu *fileMenu = nullptr;
        QMenu *viewMenu = nullptr;
        QMenu *languageMenu = nullptr;
        QMenu *helpMenu = nullptr;
        QMenu *trainingMenu = nullptr;
        QMenu *reportsMenu = nullptr;
        QMenu *teamMenu = nullptr;
        QAction *filtersAction = nullptr;
        QAction *approvalsAction = nullptr;
        QAction *teamDatabaseAction = nullptr;
        QAction *nextAction = nullptr;
        QAction *previousAction = nullptr;
        QAction *noActionAction = nullptr;
        QAction *replyAction = nullptr;
        QAction *shortcutsAction = nullptr;
        QAction *manageAccountsAction = nullptr;
        QAction *syncAllAction = nullptr;
        QAction *switchTrainingAction = nullptr;
        QAction *replayAction = nullptr;
        QAction *reviewAction = nullptr;
        QAction *feedbackAction = nullptr;
        QAction *quitAction = nullptr;
        QAction *aboutAction = nullptr;
        QAction *focusSearchAction = nullptr;
        QAction *weeklyReportAction = nullptr;
        QAction *surveyAction = nullptr;
        QAction *satisfactionAction = nullptr;
        QAction *escalateAction = nullptr;
        QAction *followUpsAction = nullptr;
        QAction *departmentsAction = nullptr;
        QAction *teamSettingsAction = nullptr;
        QAction *teamConfigAction = nullptr;
        QAction *templatesAction = nullptr;
        QAction *sourcesAction = nullptr;
        QAction *profileAction = nullptr;
        QAction *setupAction = nullptr;
        QAction *telephonyAction = nullptr;
        QList<QAction *> stateActions; // Ctrl+Alt+1..5: the blending states
    } m_menus;
    store::StoreLocation m_location;
    bool m_training = false;
    bool m_demoAccounts = false;
    bool m_offerSetup = false;
    quint64 m_countRequest = 0;

    // Workflow.
    accounts::SecretStore *m_secrets;
    telephony::TelephonyLink *m_telephony;
    workflow::TeamWork *m_teamWork;
    config::TeamConfigService *m_teamConfig;
    BlendingPanel *m_blending = nullptr;
    CaseWorkflowPanel *m_workflowPanel = nullptr;
    QToolBar *m_blendingBar = nullptr;
};

} // namespace webcare::ui
