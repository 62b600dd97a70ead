// SPDX-License-Identifier: MIT
#include "window/mainwindow.h"

#include "accounts/accountservice.h"
#include "blending/blendingpanel.h"
#include "case/caseview.h"
#include "case/caseworkflowpanel.h"
#include "composer/templates.h"
#include "config/teamconfigservice.h"
#include "demo/demostore.h"
#include "inbox/inboxfilterbar.h"
#include "inbox/inboxmodel.h"
#include "outbox/replyoutbox.h"
#include "replybox/composerassistant.h"
#include "review/approvaldialog.h"
#include "review/trainingdialogs.h"
#include "store/agentrepository.h"
#include "store/casedetailsrepository.h"
#include "store/caserepository.h"
#include "store/draftstore.h"
#include "store/outboxrepository.h"
#include "store/satisfactionrepository.h"
#include "store/storeservice.h"
#include "team/accountsdialog.h"
#include "triage/triagestate.h"
#include "util/workstationsettings.h"
#include "weeklyreport/reportdialog.h"
#include "window/noticebars.h"
#include "window/translations.h"
#include "workflow/presence.h"
#include "workflow/teamwork.h"
#include "workflow/workingtime.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace webcare::ui {

using namespace domain;

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_store(services.store)
    , m_translations(services.translations)
    , m_model(new InboxModel(services.store, this))
    , m_counts(services.counts)
    , m_accounts(services.accounts)
    , m_network(services.network)
    , m_outbox(services.outbox)
    , m_secrets(services.secrets)
    , m_telephony(services.telephony)
    , m_teamWork(services.teamWork)
    , m_teamConfig(services.teamConfig)
{
    buildUi();
    buildMenus();
    buildWorkflow();
    retranslate();
    resize(1280, 800);
    // Posts written through the store service (the training replay) show live, as the sync's do; in team mode the
    // other clients' changes arrive the same way and refresh the rows in place.
    connect(m_store, &store::StoreService::casesChanged, this, &MainWindow::onPostsArrived);
    if (m_accounts) {
        connect(m_accounts, &accounts::AccountService::postsArrived, this, &MainWindow::onPostsArrived);
        connect(m_accounts, &accounts::AccountService::accountsChanged, this, &MainWindow::updateAccountStatus);
        connect(m_accounts, &accounts::AccountService::needsReconnect, this,
                [this](qint64 id, const QString &name) { m_notices->showReconnect(id, name); });
        connect(m_accounts, &accounts::AccountService::accountProblem, this,
                [this](qint64, const QString &message) { statusBar()->showMessage(message, 15000); });
    }
    connect(m_store, &store::StoreService::teamChanged, this, [this] {
        m_model->refresh();
        updateCount();
    });
    connect(m_store, &store::StoreService::migrationWaiting, this,
            [this](const QString &message) { m_storeLabel->setText(message); });
    // Said once, at the top, until it is over: the agent keeps typing; drafts wait on this workstation.
    connect(m_store, &store::StoreService::connectionLost, this,
            [this](const QString &message) { m_notices->showConnectionLost(message); });
    connect(m_store, &store::StoreService::connectionRestored, this, [this] {
        m_notices->hideConnectionLost();
        statusBar()->showMessage(tr("Connected to the team database again."), 8000);
    });
}

void MainWindow::setAgent(const QString &login)
{
    m_agent = login;
    m_caseView->setAgent(login);
    m_blending->setAgent(login);
    m_workflowPanel->setAgent(login);
    m_teamWork->setAgent(login);
    if (m_store->isOpen())
        loadTeamLists();
}

void MainWindow::setPresenceHub(workflow::PresenceHub *hub) { m_caseView->setPresenceHub(hub); }

void MainWindow::showApprovals()
{
    if (!m_approvalDialog) {
        m_approvalDialog = new ApprovalDialog(m_store, this);
        connect(m_approvalDialog, &ApprovalDialog::queueRead, this, [this](int count) {
            m_awaitingApproval = count;
            retranslateApprovals();
        });
        connect(m_approvalDialog, &ApprovalDialog::reviewed, this,
                [this](qint64 caseId, qint64 accountId, bool approved) {
                    if (approved && m_accounts)
                        m_accounts->sendPending(accountId);
                    if (caseId == m_caseView->caseId())
                        m_caseView->reload();
                    else
                        m_caseView->forgetPrefetched();
                    statusBar()->showMessage(approved ? tr("Approved: the reply is in the outbox")
                                                      : tr("Sent back to the agent with your comment"),
                                             4000);
                });
    }
    m_approvalDialog->setReviewer(m_agent, m_supervisor);
    m_approvalDialog->refresh();
    m_approvalDialog->show();
    m_approvalDialog->raise();
    m_approvalDialog->activateWindow();
    m_approvalDialog->list()->setFocus();
}

void MainWindow::retranslateApprovals()
{
    m_menus.approvalsAction->setText(m_awaitingApproval > 0
                                         ? tr("Replies awaiting &approval (%1) …").arg(m_awaitingApproval)
                                         : tr("Replies awaiting &approval …"));
}

void MainWindow::loadTeamLists()
{
    struct Lists {
        QStringList tags;
        QStringList agents;
        bool supervisor = false;
    };
    const QString agent = m_agent;
    m_store->run<Lists>(
        this,
        [agent](store::CaseStore &s) -> Expected<Lists, store::StoreError> {
            Lists lists;
            auto tags = s.details().tagsInUse();
            if (!tags)
                return unexpected(tags.error());
            auto agents = s.agents().agentLogins();
            if (!agents)
                return unexpected(agents.error());
            auto me = s.agents().agent(agent);
            if (!me)
                return unexpected(me.error());
            lists.tags = *tags;
            lists.agents = *agents;
            lists.supervisor = me->has_value() && (*me)->supervisor;
            return lists;
        },
        [this](Expected<Lists, store::StoreError> lists) {
            if (!lists) {
                statusBar()->showMessage(lists.error().message(), 15000);
                return;
            }
            m_supervisor = lists->supervisor;
            if (m_approvalDialog)
                m_approvalDialog->setReviewer(m_agent, m_supervisor);
            m_filterBar->setTags(lists->tags);
            m_filterBar->setAgents(lists->agents);
        });
}

void MainWindow::showAccounts()
{
    if (!m_accounts)
        return;
    if (!m_accountsDialog)
        m_accountsDialog = new AccountsDialog(m_accounts, m_network, this);
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
}

void MainWindow::onPostsArrived(const QList<qint64> &caseIds)
{
    // Live: the rows move and grow in place, the selection and scroll position stay.
    m_model->refresh();
    updateCount();
    if (caseIds.contains(m_caseView->caseId()))
        m_caseView->reload();
    else
        m_caseView->forgetPrefetched();
}

void MainWindow::updateAccountStatus()
{
    if (!m_accounts)
        return;
    const QList<domain::Account> list = m_accounts->accounts();
    int broken = 0;
    QDateTime last;
    for (const domain::Account &a : list) {
        if (a.status == domain::Account::Status::NeedsReconnect)
            ++broken;
        if (a.lastSyncAt.isValid() && (!last.isValid() || a.lastSyncAt > last))
            last = a.lastSyncAt;
    }
    QString text = tr("%n account(s)", nullptr, int(list.size()));
    if (broken)
        text += QStringLiteral(" · ") + tr("%n to reconnect", nullptr, broken);
    else if (last.isValid())
        text += QStringLiteral(" · ") +
                tr("synced %1").arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat));
    m_accountsLabel->setText(text);
    m_accountsLabel->setVisible(!list.isEmpty());
    if (!broken)
        m_notices->hideReconnect();
}

void MainWindow::buildUi()
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filterBar = new InboxFilterBar(this);
    addToolBar(m_filterBar);
    connect(m_filterBar, &InboxFilterBar::changed, this, &MainWindow::applyFilter);

    m_inbox = new QTableView(this);
    m_inbox->setObjectName(QStringLiteral("inbox"));
    m_inbox->setModel(m_model);
    m_inbox->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inbox->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_inbox->setAlternatingRowColors(true);
    m_inbox->setShowGrid(false);
    m_inbox->setWordWrap(false);
    m_inbox->verticalHeader()->hide();
    m_inbox->verticalHeader()->setDefaultSectionSize(m_inbox->fontMetrics().height() + 10);
    m_inbox->horizontalHeader()->setStretchLastSection(false);
    m_inbox->horizontalHeader()->setSectionResizeMode(InboxModel::PreviewColumn, QHeaderView::Stretch);
    connect(m_inbox->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);

    m_caseView = new CaseView(m_store, m_accounts, m_outbox, this);
    m_triage = std::make_shared<triage::TriageState>();
    m_caseView->setTriage(m_triage);
    m_caseView->setObjectName(QStringLiteral("caseView"));
    // Another case of the same customer: select it in the inbox when it is listed there, else show it directly.
    connect(m_caseView, &CaseView::caseRequested, this, [this](qint64 caseId) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->caseIdAt(row) == caseId) {
                m_inbox->setCurrentIndex(m_model->index(row, 0));
                return;
            }
        }
        m_caseView->showCase(caseId);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_inbox);
    splitter->addWidget(m_caseView);
    // The case (conversation, details, reply box) is where the agent works; the inbox needs its first columns.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({540, 740});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notices = new NoticeBars(this);
    connect(m_notices, &NoticeBars::reconnectRequested, this, [this](qint64 accountId) {
        showAccounts();
        if (m_accountsDialog)
            m_accountsDialog->reconnect(accountId);
    });
    connect(m_notices, &NoticeBars::caseRequested, this, [this](qint64 caseId, bool fromDesktop) {
        if (fromDesktop) {
            showNormal();
            activateWindow();
        }
        if (caseId)
            m_caseView->showCase(caseId);
    });
    layout->addWidget(m_notices);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_storeLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_storeLabel, 1);
    m_accountsLabel = new QLabel(this);
    m_accountsLabel->setObjectName(QStringLiteral("accountsStatus"));
    m_accountsLabel->hide();
    statusBar()->addPermanentWidget(m_accountsLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_model, &InboxModel::pageLoaded, this, [this](int rows) {
        if (rows > 0 && !m_inbox->currentIndex().isValid())
            m_inbox->setCurrentIndex(m_model->index(0, InboxModel::PreviewColumn));
    });
    connect(m_model, &InboxModel::pageLoaded, this, &MainWindow::inboxReady, Qt::SingleShotConnection);
    connect(m_model, &InboxModel::searchLimited, this, [this](bool limited) {
        if (limited)
            statusBar()->showMessage(tr("Many messages match: showing cases among the newest %L1. Add a word to "
                                        "search further back.")
                                         .arg(store::searchMessageLimit));
    });
    connect(m_model, &InboxModel::loadFailed, this,
            [this](const store::StoreError &e) { statusBar()->showMessage(e.message(), 15000); });
}

void MainWindow::buildMenus()
{
    m_menus.fileMenu = menuBar()->addMenu(QString());
    m_menus.quitAction = m_menus.fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_menus.quitAction->setShortcut(QKeySequence::Quit);

    m_menus.viewMenu = menuBar()->addMenu(QString());
    m_menus.focusSearchAction = m_menus.viewMenu->addAction(QString(), m_filterBar, &InboxFilterBar::focusSearch);
    m_menus.focusSearchAction->setShortcut(QKeySequence::Find);
    // The filter bar by keyboard: this goes to its first box; Tab moves along it, the arrow keys choose.
    m_menus.filtersAction = m_menus.viewMenu->addAction(QString(), m_filterBar, &InboxFilterBar::focusFilters);
    m_menus.filtersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_menus.languageMenu = m_menus.viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    for (const QString &lang : Translations::available()) {
        // Each language is named in itself, so it can be found whatever the current language is.
        QAction *a = m_menus.languageMenu->addAction(lang == QLatin1String("nl") ? QStringLiteral("Nederlands")
                                                                                 : QStringLiteral("English"));
        a->setCheckable(true);
        a->setChecked(m_translations && m_translations->language() == lang);
        a->setData(lang);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] {
            if (!m_translations)
                return;
            m_translations->setLanguage(lang);
            util::workstation::setLanguage(lang);
        });
    }

    // Triage by keyboard: single keys act on the inbox; an input field keeps them as text while it has focus.
    m_menus.caseMenu = menuBar()->addMenu(QString());
    const auto add = [this](QMenu *menu, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = menu->addAction(QString(), this, slot);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    m_menus.nextAction = add(m_menus.caseMenu, {QKeySequence(Qt::Key_J)}, [this] { moveCurrent(1); });
    m_menus.previousAction = add(m_menus.caseMenu, {QKeySequence(Qt::Key_K)}, [this] { moveCurrent(-1); });
    m_menus.noActionAction =
        add(m_menus.caseMenu, {QKeySequence(Qt::Key_N)}, [this] { decide(triage::Decision::NoAction); });
    m_menus.replyAction = add(m_menus.caseMenu, {QKeySequence(Qt::Key_R)}, [this] { decide(triage::Decision::Reply); });
    m_menus.caseMenu->addSeparator();
    m_menus.approvalsAction = m_menus.caseMenu->addAction(QString(), this, &MainWindow::showApprovals);
    m_menus.approvalsAction->setObjectName(QStringLiteral("approvalsAction"));
    m_menus.approvalsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_caseView, &CaseView::replyAwaitingApproval, this, [this] {
        statusBar()->showMessage(tr("Your reply waits for a supervisor's approval"), 6000);
        updateCount();
    });
    for (int n = 1; n <= 8; ++n) {
        auto *category = new QAction(this);
        category->setShortcut(QKeySequence(Qt::Key_0 + n));
        connect(category, &QAction::triggered, this, [this, n] { chooseCategory(n); });
        addAction(category);
    }
    auto *backToInbox = new QShortcut(QKeySequence(Qt::Key_Escape), m_caseView->replyEditor());
    backToInbox->setContext(Qt::WidgetShortcut);
    connect(backToInbox, &QShortcut::activated, this, [this] { m_inbox->setFocus(); });

    m_menus.surveyAction = m_menus.caseMenu->addAction(QString(), this, &MainWindow::insertSatisfactionSurvey);
    m_menus.satisfactionAction = m_menus.caseMenu->addAction(QString(), this, &MainWindow::recordSatisfaction);

    m_menus.reportsMenu = menuBar()->addMenu(QString());
    m_menus.weeklyReportAction = m_menus.reportsMenu->addAction(QString(), this, &MainWindow::showWeeklyReport);

    m_menus.accountsMenu = menuBar()->addMenu(QString());
    m_menus.manageAccountsAction = m_menus.accountsMenu->addAction(QString(), this, &MainWindow::showAccounts);
    m_menus.manageAccountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_menus.syncAllAction = m_menus.accountsMenu->addAction(QString(), this, [this] {
        if (m_accounts)
            m_accounts->pollAll();
    });
    m_menus.syncAllAction->setShortcut(QKeySequence::Refresh);
    m_menus.accountsMenu->menuAction()->setVisible(m_accounts != nullptr);

    m_menus.trainingMenu = menuBar()->addMenu(QString());
    m_menus.switchTrainingAction =
        m_menus.trainingMenu->addAction(QString(), this, [this] { emit trainingSwitchRequested(!m_training); });
    m_menus.trainingMenu->addSeparator();
    m_menus.replayAction = m_menus.trainingMenu->addAction(QString(), this, &MainWindow::showReplay);
    m_menus.reviewAction = m_menus.trainingMenu->addAction(QString(), this, &MainWindow::showReview);
    m_menus.reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_menus.feedbackAction = m_menus.trainingMenu->addAction(QString(), this, &MainWindow::showFeedback);
    for (QAction *a : {m_menus.replayAction, m_menus.reviewAction, m_menus.feedbackAction})
        a->setEnabled(false); // until setTrainingMode(true)

    m_menus.helpMenu = menuBar()->addMenu(QString());
    m_menus.shortcutsAction = m_menus.helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_menus.shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_menus.aboutAction = m_menus.helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About Webcare Desk"),
            tr("Webcare Desk %1\nFor webcare teams in customer contact centres.").arg(QStringLiteral(WEBCARE_VERSION)));
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_training ? tr("Webcare Desk — TRAINING") : tr("Webcare Desk"));
    m_menus.fileMenu->setTitle(tr("&File"));
    m_menus.quitAction->setText(tr("&Quit"));
    m_menus.viewMenu->setTitle(tr("&View"));
    m_menus.focusSearchAction->setText(tr("&Search messages"));
    m_menus.filtersAction->setText(tr("&Filter the inbox"));
    retranslateApprovals();
    m_menus.languageMenu->setTitle(tr("&Language"));
    m_menus.caseMenu->setTitle(tr("&Case"));
    m_menus.nextAction->setText(tr("&Next case"));
    m_menus.previousAction->setText(tr("&Previous case"));
    m_menus.noActionAction->setText(tr("No &action (close)"));
    m_menus.replyAction->setText(tr("&Reply"));
    m_menus.shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_menus.surveyAction->setText(tr("Insert satisfaction &survey"));
    m_menus.satisfactionAction->setText(tr("Record satisfaction s&core …"));
    m_menus.reportsMenu->setTitle(tr("&Reports"));
    m_menus.weeklyReportAction->setText(tr("&Weekly report …"));
    m_menus.accountsMenu->setTitle(tr("&Accounts"));
    m_menus.manageAccountsAction->setText(tr("&Manage accounts …"));
    m_menus.syncAllAction->setText(tr("&Sync all now"));
    m_menus.helpMenu->setTitle(tr("&Help"));
    m_menus.trainingMenu->setTitle(tr("&Training"));
    m_menus.switchTrainingAction->setText(m_training ? tr("&Leave training mode (restart on the live store)")
                                                     : tr("&Switch to training mode (restart on the training store)"));
    m_menus.replayAction->setText(tr("&Replay a corpus …"));
    m_menus.reviewAction->setText(tr("Review &drafts …"));
    m_menus.feedbackAction->setText(tr("My &feedback …"));
    m_menus.aboutAction->setText(tr("&About Webcare Desk"));

    retranslateWorkflow();
    m_storeLabel->setText(m_store->locationName().isEmpty() ? QString() : tr("Store: %1").arg(m_store->locationName()));
    updateCount();
    m_model->headerDataChanged(Qt::Horizontal, 0, InboxModel::ColumnCount - 1);
    sizeColumns();
}

void MainWindow::sizeColumns()
{
    // Fixed widths from the header and a typical value: measuring every row would grow with the inbox.
    const QFontMetrics rows = m_inbox->fontMetrics();
    const QFontMetrics header = m_inbox->horizontalHeader()->fontMetrics();
    const auto fit = [&](int column, const QString &typical) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_inbox->setColumnWidth(column,
                                std::max(rows.horizontalAdvance(typical), header.horizontalAdvance(title)) + 24);
    };
    fit(InboxModel::DueColumn,
        QLocale().toString(QDateTime(QDate(2026, 11, 25), QTime(23, 59)), QStringLiteral("ddd d MMM HH:mm")));
    fit(InboxModel::ChannelColumn, channelDisplayName(Channel::Mastodon));
    fit(InboxModel::AuthorColumn, QStringLiteral("Marloes van den Berg"));
    fit(InboxModel::StateColumn, caseStateDisplayName(CaseState::NeedsReply));
    fit(InboxModel::AssigneeColumn, QStringLiteral("MMMM"));
}

void MainWindow::setTrainingMode(bool training)
{
    m_training = training;
    m_notices->setTraining(training);
    m_outbox->setTrainingMode(training);
    m_caseView->setTrainingMode(training);
    // Unmistakable: an orange frame round the whole window, an orange menu bar and status bar, and the banner.
    centralWidget()->setObjectName(QStringLiteral("central"));
    centralWidget()->setAutoFillBackground(training);
    centralWidget()->setStyleSheet(training ? QStringLiteral("#central { background: #e65100; }") : QString());
    centralWidget()->layout()->setContentsMargins(training ? 6 : 0, 0, training ? 6 : 0, training ? 6 : 0);
    menuBar()->setStyleSheet(training ? QStringLiteral("QMenuBar { background: #e65100; color: white; font-weight: "
                                                       "bold; } QMenuBar::item { background: transparent; color: "
                                                       "white; } QMenuBar::item:selected { background: #bf360c; }")
                                      : QString());
    statusBar()->setStyleSheet(training ? QStringLiteral("QStatusBar { background: #ffe0b2; }") : QString());
    m_menus.replayAction->setEnabled(training);
    m_menus.reviewAction->setEnabled(training);
    m_menus.feedbackAction->setEnabled(training);
    retranslate();
}

void MainWindow::showReplay()
{
    if (!m_training)
        return;
    if (!m_replayDialog) {
        m_replayDialog = new ReplayDialog(m_store, m_teamConfig, this);
        // The replay adds a paused training account per channel: the case view needs them to answer.
        connect(m_replayDialog, &ReplayDialog::replayStarted, this, [this] {
            if (m_accounts)
                QTimer::singleShot(500, m_accounts, &accounts::AccountService::load);
        });
    }
    m_replayDialog->show();
    m_replayDialog->raise();
    m_replayDialog->activateWindow();
}

void MainWindow::showReview()
{
    if (!m_training)
        return;
    if (!m_reviewDialog)
        m_reviewDialog = new ReviewDialog(m_store, m_agent, ReviewDialog::Mode::Supervisor, this);
    else
        m_reviewDialog->reload();
    m_reviewDialog->show();
    m_reviewDialog->raise();
    m_reviewDialog->activateWindow();
}

void MainWindow::showFeedback()
{
    if (!m_training)
        return;
    if (!m_feedbackDialog)
        m_feedbackDialog = new ReviewDialog(m_store, m_agent, ReviewDialog::Mode::Feedback, this);
    else
        m_feedbackDialog->reload();
    m_feedbackDialog->show();
    m_feedbackDialog->raise();
    m_feedbackDialog->activateWindow();
}

QWidget *MainWindow::connectionBar() const { return m_notices->connectionBar(); }

QWidget *MainWindow::notificationBar() const { return m_notices->notificationBar(); }

QString MainWindow::connectionText() const { return m_notices->connectionText(); }

void MainWindow::openStore(const store::StoreLocation &location, bool loadDemo, store::StorePurpose purpose)
{
    m_location = location;
    // Drafts of this store only (live, training and each team database apart), kept across restarts and crashes.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dataDir.isEmpty())
        m_caseView->setDraftStore(std::make_shared<store::DraftStore>(store::DraftStore::folderFor(dataDir, location)));
    m_storeLabel->setText(tr("Opening %1 …").arg(location.displayName()));
    store::OpenOptions options;
    options.purpose = purpose;
    options.sla = workflow::officeHoursSla(); // until workflow::TeamWork reads the team's own
    m_store->open(
        location, this,
        [this, loadDemo, location](store::StoreService::OpenResult result) {
            if (!result) {
                m_storeLabel->setText(result.error().message());
                emit storeFailed(result.error());
                return;
            }
            // Counting a million cases takes a while: the queue counts read on a connection of their own, so they
            // never hold up the case the agent opens next.
            if (m_counts == m_store)
                return onStoreOpened(loadDemo); // its own connection failed before: the main one counts
            store::OpenOptions countsOptions;
            countsOptions.liveUpdates = false; // the main service listens for both
            m_counts->open(
                location, this,
                [this](store::StoreService::OpenResult counts) {
                    if (!counts) {
                        qWarning().noquote() << "queue counts on the main connection:" << counts.error().detail;
                        m_counts = m_store;
                    }
                    updateCount();
                },
                countsOptions);
            onStoreOpened(loadDemo);
        },
        options);
}

void MainWindow::onStoreOpened(bool loadDemo)
{
    m_storeLabel->setText(m_training ? tr("Training store: %1").arg(m_store->locationName())
                                     : tr("Store: %1").arg(m_store->locationName()));
    if (m_training)
        statusBar()->showMessage(tr("Training: Training → Replay a corpus … brings posts into this store."), 15000);
    loadTeamLists();
    if (!loadDemo) {
        applyFilter();
        emit storeOpened();
        return;
    }
    statusBar()->showMessage(tr("Loading the demo feed …"));
    // Only an empty store gets the demo feed, moved to end now; a second start adds nothing.
    m_store->run<int>(
        this,
        [demoAccounts = m_demoAccounts,
         now = QDateTime::currentDateTimeUtc()](store::CaseStore &s) -> Expected<int, store::StoreError> {
            auto prepared = demo::prepareDemoStore(s, demoAccounts, now);
            if (!prepared)
                return unexpected(prepared.error());
            return prepared->postsImported;
        },
        [this](Expected<int, store::StoreError> inserted) {
            if (!inserted)
                statusBar()->showMessage(inserted.error().message(), 15000);
            else if (*inserted > 0)
                statusBar()->showMessage(tr("Demo feed loaded: %n message(s)", nullptr, *inserted), 8000);
            else
                statusBar()->clearMessage();
            if (m_demoAccounts && m_accounts)
                m_accounts->load();
            m_teamConfig->reload(); // the demo team's voice and sources, the first time
            applyFilter();
            emit storeOpened();
        });
}

void MainWindow::applyFilter()
{
    const store::InboxFilter filter = m_filterBar->filter(m_agent, m_model->sla());
    m_caseView->clear();
    m_model->setFilter(filter);
    updateCount();
}

QString MainWindow::countText() const { return m_countLabel->text(); }
QComboBox *MainWindow::channelFilter() const { return m_filterBar->channelFilter(); }
QComboBox *MainWindow::categoryFilter() const { return m_filterBar->categoryFilter(); }
QComboBox *MainWindow::tagFilter() const { return m_filterBar->tagFilter(); }
QComboBox *MainWindow::agentFilter() const { return m_filterBar->agentFilter(); }
QComboBox *MainWindow::queueBox() const { return m_filterBar->queueBox(); }

void MainWindow::updateCount()
{
    if (!m_store->isOpen())
        return;
    const quint64 request = ++m_countRequest;
    const store::InboxFilter filter = m_model->filter();
    const QList<store::InboxFilter> queues = m_filterBar->countedFilters(m_agent, m_model->sla());
    // One job: the count of what is shown, then the live counts of the working queues.
    if (!m_counts->isOpen())
        return; // its connection is still opening; it counts once it is open
    m_counts->run<QList<qint64>>(
        this,
        [filter, queues](store::CaseStore &s) -> Expected<QList<qint64>, store::StoreError> {
            QList<qint64> counts;
            for (const store::InboxFilter &f : QList<store::InboxFilter>{filter} + queues) {
                auto n = s.cases().countCases(f);
                if (!n)
                    return unexpected(n.error());
                counts << *n;
            }
            auto awaiting = s.outbox().approvalCount();
            if (!awaiting)
                return unexpected(awaiting.error());
            counts << *awaiting;
            return counts;
        },
        [this, request](Expected<QList<qint64>, store::StoreError> counts) {
            if (request != m_countRequest || !counts)
                return;
            m_countLabel->setText(tr("%n case(s)", nullptr, int(counts->first())));
            m_filterBar->setQueueCounts(counts->mid(1, InboxFilterBar::countedQueues));
            m_awaitingApproval = counts->last();
            retranslateApprovals();
        });
}

void MainWindow::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_inbox->currentIndex().row() + delta, 0, rows - 1);
    m_inbox->setCurrentIndex(m_model->index(row, InboxModel::PreviewColumn));
    m_inbox->scrollTo(m_inbox->currentIndex());
}

void MainWindow::chooseCategory(int number)
{
    const QList<triage::Category> keys{triage::Category::Question,     triage::Category::Complaint,
                                       triage::Category::Compliment,   triage::Category::Remark,
                                       triage::Category::CheckIn,      triage::Category::CampaignOpinion,
                                       triage::Category::EmployeePost, triage::Category::Spam};
    if (number >= 1 && number <= keys.size() && m_caseView->caseId())
        m_caseView->setChosenCategory(keys.at(number - 1));
}

void MainWindow::decide(triage::Decision decision)
{
    // The cases: the selected rows (bulk "no action"), else the current one.
    QList<qint64> cases;
    const QModelIndexList selected = m_inbox->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        cases << m_model->caseIdAt(index.row());
    const qint64 current = m_model->caseIdAt(m_inbox->currentIndex().row());
    if (cases.size() <= 1)
        cases = current ? QList<qint64>{current} : QList<qint64>{};
    if (cases.isEmpty())
        return;
    // The agent's own pick counts for the case on screen; elsewhere the suggestion's category.
    const std::optional<triage::Category> chosen =
        cases.size() == 1 && cases.first() == m_caseView->caseId() ? m_caseView->chosenCategory() : std::nullopt;

    // The next case comes up at once; the decision is stored behind it.
    if (decision == triage::Decision::Reply && cases.size() == 1) {
        m_caseView->replyEditor()->setFocus();
    } else {
        int last = -1;
        for (const QModelIndex &index : selected)
            last = std::max(last, index.row());
        const int from = std::max(last, m_inbox->currentIndex().row());
        m_inbox->selectionModel()->clearSelection();
        m_inbox->setCurrentIndex(
            m_model->index(std::min(from + 1, m_model->rowCount() - 1), InboxModel::PreviewColumn));
    }
    const QString agent = m_agent;
    auto triageState = m_triage;
    m_store->run<int>(
        this,
        [cases, decision, chosen, agent, triageState](store::CaseStore &s) {
            return triage::decideCases(s, *triageState, cases, decision, chosen, agent);
        },
        [this, decision](Expected<int, store::StoreError> decided) {
            if (!decided) {
                statusBar()->showMessage(decided.error().message(), 15000);
                return;
            }
            statusBar()->showMessage(decision == triage::Decision::NoAction
                                         ? tr("%n case(s) closed: no action needed", nullptr, *decided)
                                         : tr("Marked for a reply"),
                                     4000);
            m_caseView->forgetPrefetched();
            m_model->refresh();
            updateCount();
        });
}

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("J / ↓"), tr("Next case")},
        {QStringLiteral("K / ↑"), tr("Previous case")},
        {QStringLiteral("N"), tr("No action: close the case (or every selected case) and go to the next")},
        {QStringLiteral("R"), tr("Reply: mark the case and write the reply")},
        {QStringLiteral("1 … 8"), tr("Category: question, complaint, compliment, remark, check-in, campaign, "
                                     "employee, spam")},
        {QStringLiteral("Ctrl+Enter"), tr("Send the reply")},
        {QStringLiteral("Esc"), tr("Back from the reply box to the inbox")},
        {QStringLiteral("Ctrl+P"), tr("Preview the reply exactly as it will be posted")},
        {QStringLiteral("Ctrl+Shift+N"), tr("Write an internal note on the case")},
        {QStringLiteral("Ctrl+Shift+T"), tr("Add a tag to the case")},
        {QStringLiteral("Ctrl+Shift+K"), tr("Link the customer number")},
        {QStringLiteral("Ctrl+Shift+S"), tr("Split a reply that is too long into a numbered thread")},
        {QStringLiteral("Ctrl+Shift+F"), tr("Filter the inbox: queue, channel, category, tag, agent")},
        {QStringLiteral("Ctrl+Shift+P"), tr("Replies awaiting approval (supervisors)")},
        {QStringLiteral("E"), tr("Escalate the case to a department")},
        {QStringLiteral("Shift+F"), tr("Follow-ups due")},
        {QStringLiteral("Ctrl+Alt+1 … 5"), tr("Your state: phone, webcare, break, meeting, offline")},
        {QStringLiteral("Shift+↓ / Shift+J"), tr("Select more cases")},
        {QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText), tr("Search messages")},
        {QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText), tr("Sync all accounts now")},
        {QStringLiteral("F1"), tr("This overview")},
    };
    QString html = QStringLiteral("<table cellspacing=6>");
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(row.first.toHtmlEscaped(), row.second.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::onCurrentRowChanged()
{
    const int row = m_inbox->currentIndex().row();
    const qint64 id = m_model->caseIdAt(row);
    if (id)
        m_caseView->showCase(id);
    else
        m_caseView->clear();
    m_caseView->prefetch(m_model->caseIdAt(row + 1));
}

void MainWindow::showWeeklyReport()
{
    auto *dialog = new ReportDialog(m_location, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::insertSatisfactionSurvey()
{
    if (!m_caseView->caseId())
        return;
    // The team's own survey text, else the starter library's.
    QList<composer::Template> library = m_teamConfig->configuration().templates;
    library << composer::starterTemplates();
    for (const composer::Template &t : std::as_const(library)) {
        if (t.id == QLatin1String("tevredenheid")) {
            m_caseView->replyEditor()->clear();
            m_caseView->composer()->insertTemplate(t);
            return;
        }
    }
}

void MainWindow::recordSatisfaction()
{
    const qint64 caseId = m_caseView->caseId();
    if (!caseId)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Customer satisfaction"));
    auto *form = new QFormLayout(&dialog);
    // The lowest value of each box means "not answered".
    auto *score = new QSpinBox(&dialog);
    score->setRange(0, 5);
    score->setSpecialValueText(tr("not answered"));
    score->setValue(0);
    auto *nps = new QSpinBox(&dialog);
    nps->setRange(-1, 10);
    nps->setSpecialValueText(tr("not answered"));
    nps->setValue(-1);
    auto *comment = new QLineEdit(&dialog);
    form->addRow(tr("Score (1–5):"), score);
    form->addRow(tr("Would recommend us (0–10):"), nps);
    form->addRow(tr("Comment:"), comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || (score->value() == 0 && nps->value() < 0))
        return;
    store::SatisfactionRecord record;
    record.caseId = caseId;
    if (score->value() > 0)
        record.score = score->value();
    if (nps->value() >= 0)
        record.nps = nps->value();
    record.comment = comment->text();
    const QString agent = m_agent;
    m_store->run<qint64>(
        this, [record, agent](store::CaseStore &s) { return s.surveys().recordSatisfaction(record, agent); },
        [this](Expected<qint64, store::StoreError> result) {
            statusBar()->showMessage(result ? tr("Satisfaction score recorded.") : result.error().message(), 8000);
        });
}

} // namespace webcare::ui
