// SPDX-License-Identifier: MIT
#include "team/accountsdialog.h"

#include "accounts/accountservice.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace webcare::ui {

using domain::Account;
using domain::Channel;

namespace {
QString defaultBaseUrl(Channel channel)
{
    switch (channel) {
    case Channel::X:
        return QStringLiteral("https://api.x.com");
    case Channel::Mastodon:
        return QStringLiteral("https://mastodon.social");
    case Channel::Facebook:
        return QStringLiteral("https://graph.facebook.com/v19.0");
    case Channel::Discourse:
        return QStringLiteral("https://forum.example.nl");
    }
    return {};
}

// The team's app registration is not secret and is the same for every account of a platform: remember it.
QString clientIdKey(Channel channel) { return QStringLiteral("accounts/%1/clientId").arg(domain::channelKey(channel)); }
} // namespace

QString relativeTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return AccountsDialog::tr("—");
    const qint64 secs = now.secsTo(at);
    const qint64 minutes = (qAbs(secs) + 30) / 60;
    if (qAbs(secs) < 60)
        return secs >= 0 ? AccountsDialog::tr("now") : AccountsDialog::tr("just now");
    if (minutes < 120)
        return secs > 0 ? AccountsDialog::tr("in %n min", nullptr, int(minutes))
                        : AccountsDialog::tr("%n min ago", nullptr, int(minutes));
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

ConnectAccountDialog::ConnectAccountDialog(net::GuardedNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_signIn(new accounts::SignIn(
          network, [](const QUrl &url) { QDesktopServices::openUrl(url); }, this))
    , m_channel(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_pageId(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_apiUsername(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect"), this))
{
    setWindowTitle(tr("Connect an account"));
    setObjectName(QStringLiteral("connectAccountDialog"));
    for (Channel c : domain::allChannels())
        m_channel->addItem(domain::channelDisplayName(c), domain::channelKey(c));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiUsername->setObjectName(QStringLiteral("apiUsername"));
    m_pageId->setPlaceholderText(tr("empty: the only Page this user manages"));
    m_clientId->setPlaceholderText(tr("from the team's app registration"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Platform"), m_channel);
    form->addRow(tr("API address"), m_baseUrl);
    form->addRow(tr("Client id"), m_clientId);
    form->addRow(tr("Client secret"), m_clientSecret);
    form->addRow(tr("Page id"), m_pageId);
    form->addRow(tr("API key"), m_apiKey);
    form->addRow(tr("API username"), m_apiUsername);
    m_oauthRows = {m_clientId};
    m_facebookRows = {m_clientSecret, m_pageId};
    m_discourseRows = {m_apiKey, m_apiUsername};

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_connect, &QPushButton::clicked, this, &ConnectAccountDialog::connectAccount);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_signIn->cancel();
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Webcare Desk opens the platform's own sign-in page in your browser. Your password "
                               "is never entered here; the access it grants is kept in the system keychain."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_channel, &QComboBox::currentIndexChanged, this, &ConnectAccountDialog::onChannelChanged);
    connect(m_signIn, &accounts::SignIn::browserOpened, this, [this](const QUrl &url) {
        m_status->setText(
            tr("Waiting for you to allow access in the browser. If no browser opened, visit:\n%1").arg(url.toString()));
    });
    connect(m_signIn, &accounts::SignIn::failed, this, [this](const QString &message) {
        m_status->setText(message);
        m_connect->setEnabled(true);
        m_channel->setEnabled(m_existing.id == 0);
    });
    connect(m_signIn, &accounts::SignIn::succeeded, this, [this](const accounts::SignInResult &result) {
        m_result = result;
        if (m_result.account.channel != Channel::Mastodon && !m_clientId->text().trimmed().isEmpty())
            QSettings().setValue(clientIdKey(m_result.account.channel), m_clientId->text().trimmed());
        accept();
    });
    onChannelChanged();
}

void ConnectAccountDialog::setAccount(const Account &account)
{
    m_existing = account;
    m_channel->setCurrentIndex(m_channel->findData(domain::channelKey(account.channel)));
    m_channel->setEnabled(false);
    m_baseUrl->setText(account.baseUrl);
    m_baseUrl->setReadOnly(true);
    m_pageId->setText(account.platformUserId);
    if (account.channel == Channel::Discourse)
        m_apiUsername->setText(account.handle);
    setWindowTitle(tr("Reconnect %1").arg(account.name));
}

void ConnectAccountDialog::onChannelChanged()
{
    const Channel channel = domain::channelFromKey(m_channel->currentData().toString()).value_or(Channel::X);
    if (!m_existing.id)
        m_baseUrl->setText(defaultBaseUrl(channel));
    m_clientId->setText(QSettings().value(clientIdKey(channel)).toString());
    auto *form = qobject_cast<QFormLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(1)->layout());
    const auto show = [form](const QList<QWidget *> &rows, bool visible) {
        for (QWidget *w : rows)
            form->setRowVisible(w, visible);
    };
    // Mastodon registers its own client per instance; Discourse has API keys instead of OAuth.
    show(m_oauthRows, channel == Channel::X || channel == Channel::Facebook);
    show(m_facebookRows, channel == Channel::Facebook);
    show(m_discourseRows, channel == Channel::Discourse);
    m_status->clear();
}

void ConnectAccountDialog::connectAccount()
{
    accounts::SignInRequest r;
    r.account = m_existing;
    r.account.channel = domain::channelFromKey(m_channel->currentData().toString()).value_or(Channel::X);
    r.account.baseUrl = m_baseUrl->text();
    if (r.account.channel == Channel::Facebook)
        r.account.platformUserId = m_pageId->text().trimmed();
    r.clientId = m_clientId->text();
    r.clientSecret = m_clientSecret->text();
    r.apiKey = m_apiKey->text();
    r.apiUsername = m_apiUsername->text();
    m_connect->setEnabled(false);
    m_channel->setEnabled(false);
    m_status->setText(tr("Connecting …"));
    m_signIn->start(r);
}

AccountsDialog::AccountsDialog(accounts::AccountService *accounts, net::GuardedNetworkAccessManager *network,
                               QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_network(network)
    , m_table(new QTableWidget(this))
    , m_secretsNote(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Reconnect …"), this))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_searchTerms(new QPushButton(tr("Search words …"), this))
{
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("accountsDialog"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Platform"), tr("Status"), tr("Last sync"), tr("Next sync"),
                                        tr("Requests left"), tr("Last problem")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_secretsNote->setWordWrap(true);

    auto *add = new QPushButton(tr("Add account …"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_searchTerms);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_secretsNote);
    layout->addLayout(buttons);
    resize(1200, 380);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_reconnect, &QPushButton::clicked, this, [this] { reconnect(selectedAccount()); });
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAccount())
            m_accounts->pollNow(id);
    });
    connect(m_searchTerms, &QPushButton::clicked, this, [this] {
        const auto account = m_accounts->account(selectedAccount());
        if (!account)
            return;
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Search words for %1").arg(account->name),
            tr("Brand words to find in posts that do not mention the account, separated by commas (for example: "
               "the team's name, \"a campaign slogan\"):"),
            QLineEdit::Normal, account->searchTerms.join(QStringLiteral(", ")), &ok);
        if (!ok)
            return;
        QStringList terms;
        for (const QString &term : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const QString t = term.trimmed(); !t.isEmpty())
                terms << t;
        }
        m_accounts->setSearchTerms(account->id, terms);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto account = m_accounts->account(selectedAccount());
        if (!account)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Remove account"),
            tr("Stop syncing %1 and forget its sign-in? Its conversations stay in the inbox.").arg(account->name));
        if (answer == QMessageBox::Yes)
            m_accounts->remove(account->id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto account = m_accounts->account(selectedAccount());
        m_reconnect->setEnabled(account.has_value());
        m_syncNow->setEnabled(account && account->status == Account::Status::Active);
        m_remove->setEnabled(account.has_value());
        // Search words exist where the platform can search: X recent search and Discourse watched words.
        m_searchTerms->setEnabled(account &&
                                  (account->channel == Channel::X || account->channel == Channel::Discourse));
    });
    connect(m_accounts, &accounts::AccountService::accountsChanged, this, &AccountsDialog::refresh);
    // "2 min ago" and "in 30 s" must move on while the dialog stays open, not only when a sync reports.
    auto *tick = new QTimer(this);
    tick->setInterval(std::chrono::seconds(10));
    connect(tick, &QTimer::timeout, this, &AccountsDialog::refresh);
    tick->start();
    refresh();
}

qint64 AccountsDialog::selectedAccount() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void AccountsDialog::refresh()
{
    const qint64 selected = selectedAccount();
    const QList<Account> list = m_accounts->accounts();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Account &a = list.at(row);
        QString status;
        switch (a.status) {
        case Account::Status::Active:
            status = a.lastError.isEmpty() ? tr("Syncing") : tr("Syncing, with problems");
            break;
        case Account::Status::NeedsReconnect:
            status = tr("Reconnect needed");
            break;
        case Account::Status::Paused:
            status = tr("Paused");
            break;
        }
        QString budget = tr("unknown");
        if (a.rateRemaining >= 0) {
            budget = a.rateLimit >= 0 ? tr("%1 of %2").arg(a.rateRemaining).arg(a.rateLimit)
                                      : QString::number(a.rateRemaining);
            if (a.rateResetAt.isValid())
                budget += QStringLiteral(" · ") + tr("reset %1").arg(relativeTime(a.rateResetAt, now));
        }
        const QStringList cells{a.name,
                                domain::channelDisplayName(a.channel) + QStringLiteral(" · ") + QUrl(a.baseUrl).host(),
                                status,
                                relativeTime(a.lastSyncAt, now),
                                a.status == Account::Status::Active ? relativeTime(a.nextSyncAt, now) : tr("stopped"),
                                budget,
                                a.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, a.id);
            if (a.status == Account::Status::NeedsReconnect || (column == 6 && !a.lastError.isEmpty()))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, column, item);
        }
        if (a.id == selected)
            m_table->selectRow(row);
    }
    // The last column holds whole sentences: it takes the room that is left and wraps.
    for (int column = 0; column < m_table->columnCount() - 1; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 190));
    }
    m_table->horizontalHeader()->setSectionResizeMode(m_table->columnCount() - 1, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    m_secretsNote->setText(
        tr("Sign-ins are %1; never in the case store or the settings.").arg(m_accounts->secrets()->description()));
    emit m_table->itemSelectionChanged();
}

void AccountsDialog::add()
{
    ConnectAccountDialog dialog(m_network, this);
    if (dialog.exec() == QDialog::Accepted)
        m_accounts->add(dialog.result());
}

void AccountsDialog::reconnect(qint64 accountId)
{
    const auto account = m_accounts->account(accountId);
    if (!account)
        return;
    ConnectAccountDialog dialog(m_network, this);
    dialog.setAccount(*account);
    if (dialog.exec() == QDialog::Accepted)
        m_accounts->reconnect(account->id, dialog.result());
}

} // namespace webcare::ui
