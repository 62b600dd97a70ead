// SPDX-License-Identifier: MIT
#pragma once

#include "store/storeerror.h"
#include "store/storelocation.h"
#include "triage/labels.h"

#include <memory>

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QActionGroup;
class QMenu;

namespace webcare::store {
class StoreService;
}
namespace webcare::accounts {
class AccountService;
}
namespace webcare::net {
class GuardedNetworkAccessManager;
}

namespace webcare::ui {

class AccountsDialog;
class TriageState;
class CaseView;
class InboxModel;
class Translations;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // `accounts` and `network` may be null: no connected accounts (a read-only window, some tests).
    MainWindow(store::StoreService *store, Translations *translations, accounts::AccountService *accounts = nullptr,
               net::GuardedNetworkAccessManager *network = nullptr, QWidget *parent = nullptr);

    // Opens the store on its thread; when it is empty and loadDemo is set, loads the bundled demo feed first.
    void openStore(const store::StoreLocation &location, bool loadDemo);
    void setTrainingMode(bool training);

    InboxModel *inboxModel() const { return m_model; }
    QTableView *inboxView() const { return m_inbox; }
    CaseView *caseView() const { return m_caseView; }
    // The accounts dialog (health view), opened non-modally.
    void showAccounts();
    // Who is working: replies, decisions and the "Mine" queue are theirs.
    void setAgent(const QString &login);
    // Reports → Weekly report…: the report dialog on the open store (non-modal).
    void showWeeklyReport();
    // Case → Record satisfaction score…: a customer's answer to the survey, for the current case.
    void recordSatisfaction();
    // Case → Insert satisfaction survey: the survey template in the reply box, to send after resolving.
    void insertSatisfactionSurvey();

signals:
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
    void sizeColumns();
    void applyFilter();
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

    store::StoreService *m_store;
    Translations *m_translations;
    InboxModel *m_model;
    store::StoreService *m_counts; // a second connection for the queue counts
    bool m_countsOnMain = false;   // that connection could not be opened: count on the main one
    QTableView *m_inbox = nullptr;
    CaseView *m_caseView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_trainingBanner = nullptr;
    QWidget *m_reconnectBar = nullptr;
    QLabel *m_reconnectText = nullptr;
    QLabel *m_accountsLabel = nullptr;
    qint64 m_reconnectAccount = 0;
    accounts::AccountService *m_accounts;
    net::GuardedNetworkAccessManager *m_network;
    QMenu *m_accountsMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_noActionAction = nullptr;
    QAction *m_replyAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QStringList m_queueNames;
    QString m_agent;
    std::shared_ptr<TriageState> m_triage;
    QAction *m_manageAccountsAction = nullptr;
    QAction *m_syncAllAction = nullptr;
    AccountsDialog *m_accountsDialog = nullptr;
    QTimer *m_searchDelay = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QAction *m_weeklyReportAction = nullptr;
    QAction *m_surveyAction = nullptr;
    QAction *m_satisfactionAction = nullptr;
    store::StoreLocation m_location;
    bool m_training = false;
    bool m_announcedReady = false;
    quint64 m_countRequest = 0;
};

} // namespace webcare::ui
