// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "accounts/accountservice.h"
#include "accountsdialog.h"
#include "caseview.h"
#include "inboxmodel.h"
#include "ingest/importer.h"
#include "store/storeservice.h"
#include "translations.h"
#include "triagestate.h"
#include "workflow/workingtime.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace webcare::ui {

using namespace domain;

namespace {
// The inbox queues, in menu order. The first five are the agent's working queues and show live counts.
enum class Queue { Open, ToTriage, NeedsReply, Mine, WaitingOnDepartment, SlaAtRisk, NoAction, Resolved, All };
constexpr int queueCount = 9;
constexpr int countedQueues = 6;
// A case is "at risk" within this time of its SLA due time (and when it is already late).
constexpr qint64 atRiskSeconds = 2 * 3600;

store::InboxFilter queueFilter(Queue queue, const QString &agent)
{
    const QList<CaseState> open{CaseState::New, CaseState::NeedsReply, CaseState::WaitingOnDepartment};
    store::InboxFilter f;
    switch (queue) {
    case Queue::Open:
        f.states = open;
        break;
    case Queue::ToTriage:
        f.states = {CaseState::New};
        break;
    case Queue::NeedsReply:
        f.states = {CaseState::NeedsReply};
        break;
    case Queue::Mine:
        f.states = open;
        f.assignee = agent;
        break;
    case Queue::WaitingOnDepartment:
        f.states = {CaseState::WaitingOnDepartment};
        break;
    case Queue::SlaAtRisk:
        f.states = {CaseState::New, CaseState::NeedsReply};
        // Two working hours left, as the timers count them (the weekend does not count).
        f.dueBefore =
            InboxModel::teamSla().calendar().addWorkingSeconds(QDateTime::currentDateTimeUtc(), atRiskSeconds);
        break;
    case Queue::NoAction:
        f.states = {CaseState::NoAction};
        break;
    case Queue::Resolved:
        f.states = {CaseState::Resolved};
        break;
    case Queue::All:
        break;
    }
    return f;
}
} // namespace

MainWindow::MainWindow(store::StoreService *store, Translations *translations, accounts::AccountService *accounts,
                       net::GuardedNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_translations(translations)
    , m_model(new InboxModel(store, this))
    , m_counts(new store::StoreService(this))
    , m_accounts(accounts)
    , m_network(network)
{
    buildUi();
    buildMenus();
    retranslate();
    resize(1280, 800);
    if (m_accounts) {
        connect(m_accounts, &accounts::AccountService::postsArrived, this, &MainWindow::onPostsArrived);
        connect(m_accounts, &accounts::AccountService::accountsChanged, this, &MainWindow::updateAccountStatus);
        connect(m_accounts, &accounts::AccountService::needsReconnect, this, [this](qint64 id, const QString &name) {
            m_reconnectAccount = id;
            m_reconnectText->setText(
                tr("%1 must be reconnected: its sign-in expired or was revoked, so it is not synced.").arg(name));
            m_reconnectBar->show();
        });
        connect(m_accounts, &accounts::AccountService::accountProblem, this,
                [this](qint64, const QString &message) { statusBar()->showMessage(message, 15000); });
    }
    // Team mode: the other clients' changes arrive as case ids and refresh the rows in place, as new posts do.
    connect(m_store, &store::StoreService::casesChanged, this, &MainWindow::onPostsArrived);
    connect(m_store, &store::StoreService::teamChanged, this, [this] {
        m_model->refresh();
        updateCount();
    });
    connect(m_store, &store::StoreService::migrationWaiting, this,
            [this](const QString &message) { m_storeLabel->setText(message); });
    connect(m_store, &store::StoreService::connectionLost, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_store, &store::StoreService::connectionRestored, this,
            [this] { statusBar()->showMessage(tr("Connected to the team database again."), 8000); });
}

void MainWindow::setAgent(const QString &login)
{
    m_agent = login;
    m_caseView->setAgent(login);
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
        m_reconnectBar->hide();
}

void MainWindow::buildUi()
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("filterBar"));
    toolbar->setMovable(false);
    m_stateFilter = new QComboBox(toolbar);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_channelFilter = new QComboBox(toolbar);
    m_channelFilter->setObjectName(QStringLiteral("channelFilter"));
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    toolbar->addWidget(m_stateFilter);
    toolbar->addWidget(m_channelFilter);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);

    // Type-to-search waits for a short pause so the store is not asked on every keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_stateFilter, &QComboBox::activated, this, &MainWindow::applyFilter);
    connect(m_channelFilter, &QComboBox::activated, this, &MainWindow::applyFilter);

    m_trainingBanner = new QLabel(this);
    m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainingBanner->setAlignment(Qt::AlignCenter);
    m_trainingBanner->setStyleSheet(
        QStringLiteral("background: #c2185b; color: white; font-weight: bold; padding: 6px;"));
    m_trainingBanner->hide();

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

    m_caseView = new CaseView(m_store, m_accounts, this);
    m_triage = std::make_shared<TriageState>();
    m_caseView->setTriage(m_triage);
    m_caseView->setObjectName(QStringLiteral("caseView"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_inbox);
    splitter->addWidget(m_caseView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({840, 440});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_trainingBanner);
    // An account whose token stopped working: said once, at the top, with the way out.
    m_reconnectBar = new QWidget(this);
    m_reconnectBar->setObjectName(QStringLiteral("reconnectBar"));
    m_reconnectBar->setStyleSheet(QStringLiteral("#reconnectBar { background: #fff4ce; }"));
    auto *reconnectLayout = new QHBoxLayout(m_reconnectBar);
    reconnectLayout->setContentsMargins(8, 4, 8, 4);
    m_reconnectText = new QLabel(m_reconnectBar);
    m_reconnectText->setTextFormat(Qt::PlainText);
    auto *reconnectButton = new QPushButton(m_reconnectBar);
    reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    reconnectButton->setText(tr("Reconnect …"));
    reconnectLayout->addWidget(m_reconnectText, 1);
    reconnectLayout->addWidget(reconnectButton);
    connect(reconnectButton, &QPushButton::clicked, this, [this] {
        showAccounts();
        if (m_accountsDialog)
            m_accountsDialog->reconnect(m_reconnectAccount);
    });
    m_reconnectBar->hide();
    layout->addWidget(m_reconnectBar);
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
        if (!m_announcedReady) {
            m_announcedReady = true;
            emit inboxReady();
        }
    });
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
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_focusSearchAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_focusSearchAction->setShortcut(QKeySequence::Find);
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    for (const QString &lang : Translations::available()) {
        // Each language is named in itself, so it can be found whatever the current language is.
        QAction *a = m_languageMenu->addAction(lang == QLatin1String("nl") ? QStringLiteral("Nederlands")
                                                                           : QStringLiteral("English"));
        a->setCheckable(true);
        a->setChecked(m_translations && m_translations->language() == lang);
        a->setData(lang);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] {
            if (!m_translations)
                return;
            m_translations->setLanguage(lang);
            QSettings().setValue(QStringLiteral("ui/language"), lang);
        });
    }

    // Triage by keyboard: single keys act on the inbox; an input field keeps them as text while it has focus.
    m_caseMenu = menuBar()->addMenu(QString());
    const auto add = [this](QMenu *menu, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = menu->addAction(QString(), this, slot);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    m_nextAction = add(m_caseMenu, {QKeySequence(Qt::Key_J)}, [this] { moveCurrent(1); });
    m_previousAction = add(m_caseMenu, {QKeySequence(Qt::Key_K)}, [this] { moveCurrent(-1); });
    m_noActionAction = add(m_caseMenu, {QKeySequence(Qt::Key_N)}, [this] { decide(triage::Decision::NoAction); });
    m_replyAction = add(m_caseMenu, {QKeySequence(Qt::Key_R)}, [this] { decide(triage::Decision::Reply); });
    for (int n = 1; n <= 8; ++n) {
        auto *category = new QAction(this);
        category->setShortcut(QKeySequence(Qt::Key_0 + n));
        connect(category, &QAction::triggered, this, [this, n] { chooseCategory(n); });
        addAction(category);
    }
    auto *backToInbox = new QShortcut(QKeySequence(Qt::Key_Escape), m_caseView->replyEditor());
    backToInbox->setContext(Qt::WidgetShortcut);
    connect(backToInbox, &QShortcut::activated, this, [this] { m_inbox->setFocus(); });

    m_accountsMenu = menuBar()->addMenu(QString());
    m_manageAccountsAction = m_accountsMenu->addAction(QString(), this, &MainWindow::showAccounts);
    m_manageAccountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_syncAllAction = m_accountsMenu->addAction(QString(), this, [this] {
        if (m_accounts)
            m_accounts->pollAll();
    });
    m_syncAllAction->setShortcut(QKeySequence::Refresh);
    m_accountsMenu->menuAction()->setVisible(m_accounts != nullptr);

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
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
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_focusSearchAction->setText(tr("&Search messages"));
    m_languageMenu->setTitle(tr("&Language"));
    m_caseMenu->setTitle(tr("&Case"));
    m_nextAction->setText(tr("&Next case"));
    m_previousAction->setText(tr("&Previous case"));
    m_noActionAction->setText(tr("No &action (close)"));
    m_replyAction->setText(tr("&Reply"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_accountsMenu->setTitle(tr("&Accounts"));
    m_manageAccountsAction->setText(tr("&Manage accounts …"));
    m_syncAllAction->setText(tr("&Sync all now"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Webcare Desk"));
    m_search->setPlaceholderText(tr("Search messages (Ctrl+F)"));
    m_trainingBanner->setText(tr("TRAINING — nothing you send leaves this computer"));

    m_queueNames = {tr("Open"),        tr("To triage"), tr("Needs reply"), tr("Mine"), tr("Waiting on department"),
                    tr("SLA at risk"), tr("No action"), tr("Resolved"),    tr("All")};
    const int state = std::max(0, m_stateFilter->currentIndex());
    m_stateFilter->clear();
    m_stateFilter->addItems(m_queueNames);
    m_stateFilter->setCurrentIndex(state);

    const int channel = std::max(0, m_channelFilter->currentIndex());
    m_channelFilter->clear();
    m_channelFilter->addItem(tr("All channels"));
    for (Channel c : allChannels())
        m_channelFilter->addItem(channelDisplayName(c), channelKey(c));
    m_channelFilter->setCurrentIndex(channel);

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
    m_trainingBanner->setVisible(training);
    m_caseView->setTrainingMode(training);
    retranslate();
}

void MainWindow::openStore(const store::StoreLocation &location, bool loadDemo)
{
    m_storeLabel->setText(tr("Opening %1 …").arg(location.displayName()));
    m_store->open(location, this, [this, loadDemo, location](store::StoreService::OpenResult result) {
        if (!result) {
            m_storeLabel->setText(result.error().message());
            emit storeFailed(result.error());
            return;
        }
        // Counting a million cases takes a while: the queue counts read on a connection of their own, so they
        // never hold up the case the agent opens next.
        store::OpenOptions countsOptions;
        countsOptions.liveUpdates = false; // the main service listens for both
        m_counts->open(
            location, this,
            [this](store::StoreService::OpenResult counts) {
                if (!counts) {
                    qWarning().noquote() << "queue counts on the main connection:" << counts.error().detail;
                    m_countsOnMain = true;
                }
                updateCount();
            },
            countsOptions);
        onStoreOpened(loadDemo);
    });
}

void MainWindow::onStoreOpened(bool loadDemo)
{
    m_storeLabel->setText(tr("Store: %1").arg(m_store->locationName()));
    if (!loadDemo) {
        applyFilter();
        emit storeOpened();
        return;
    }
    statusBar()->showMessage(tr("Loading the demo feed …"));
    // Only an empty store gets the demo feed; the import is idempotent, so a second start adds nothing.
    m_store->run<int>(
        this,
        [](store::CaseStore &s) -> Expected<int, store::StoreError> {
            auto count = s.postCount();
            if (!count)
                return unexpected(count.error());
            if (*count > 0)
                return 0;
            int inserted = 0;
            for (const ingest::ImportReport &r : ingest::importDemoFeed(s)) {
                if (r.storeError)
                    return unexpected(*r.storeError);
                inserted += r.inserted;
            }
            return inserted;
        },
        [this](Expected<int, store::StoreError> inserted) {
            if (!inserted)
                statusBar()->showMessage(inserted.error().message(), 15000);
            else if (*inserted > 0)
                statusBar()->showMessage(tr("Demo feed loaded: %n message(s)", nullptr, *inserted), 8000);
            else
                statusBar()->clearMessage();
            applyFilter();
            emit storeOpened();
        });
}

void MainWindow::applyFilter()
{
    store::InboxFilter filter;
    filter = queueFilter(Queue(std::max(0, m_stateFilter->currentIndex())), m_agent);
    if (const auto key = m_channelFilter->currentData().toString(); !key.isEmpty())
        filter.channel = channelFromKey(key);
    filter.search = m_search->text();
    m_caseView->clear();
    m_model->setFilter(filter);
    updateCount();
}

void MainWindow::updateCount()
{
    if (!m_store->isOpen())
        return;
    const quint64 request = ++m_countRequest;
    const store::InboxFilter filter = m_model->filter();
    QList<store::InboxFilter> queues;
    for (int q = 0; q < countedQueues; ++q)
        queues << queueFilter(Queue(q), m_agent);
    // One job: the count of what is shown, then the live counts of the working queues.
    store::StoreService *counter = m_counts->isOpen() ? m_counts : m_countsOnMain ? m_store : nullptr;
    if (!counter)
        return; // its connection is still opening; it counts once it is open
    counter->run<QList<qint64>>(
        this,
        [filter, queues](store::CaseStore &s) -> Expected<QList<qint64>, store::StoreError> {
            QList<qint64> counts;
            for (const store::InboxFilter &f : QList<store::InboxFilter>{filter} + queues) {
                auto n = s.countCases(f);
                if (!n)
                    return unexpected(n.error());
                counts << *n;
            }
            return counts;
        },
        [this, request](Expected<QList<qint64>, store::StoreError> counts) {
            if (request != m_countRequest || !counts)
                return;
            m_countLabel->setText(tr("%n case(s)", nullptr, int(counts->first())));
            for (int q = 0; q < countedQueues && q < m_queueNames.size(); ++q)
                m_stateFilter->setItemText(q, QStringLiteral("%1 (%2)").arg(m_queueNames.at(q)).arg(counts->at(q + 1)));
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
        [cases, decision, chosen, agent, triageState](store::CaseStore &s) -> Expected<int, store::StoreError> {
            triage::Triager *triager = triageState->get(s);
            if (!triager)
                return 0;
            int decided = 0;
            for (qint64 caseId : cases) {
                auto posts = s.conversation(caseId);
                if (!posts)
                    return unexpected(posts.error());
                const auto latest =
                    std::find_if(posts->crbegin(), posts->crend(), [](const Post &p) { return !p.fromOwnAccount; });
                if (latest == posts->crend())
                    continue;
                const triage::PostInput input = triageInput(*latest);
                const triage::Category category = chosen ? *chosen : triager->suggest(input).category;
                if (auto r = triage::recordDecision(s, *triager, caseId, latest->id, input, decision, category, agent);
                    !r)
                    return unexpected(r.error());
                ++decided;
            }
            return decided;
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

} // namespace webcare::ui
