// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/signin.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace webcare::accounts {
class AccountService;
}

namespace webcare::ui {

// Connects one account: the platform and its address, then the platform's own sign-in page in the system browser
// (or a Discourse API key). For a reconnect the platform and address are fixed.
class ConnectAccountDialog final : public QDialog {
    Q_OBJECT
public:
    ConnectAccountDialog(net::GuardedNetworkAccessManager *network, QWidget *parent = nullptr);
    // Reconnecting: the account's platform and address, kept as they are.
    void setAccount(const domain::Account &account);
    accounts::SignInResult result() const { return m_result; }

private:
    void onChannelChanged();
    void connectAccount();

    accounts::SignIn *m_signIn;
    QComboBox *m_channel;
    QLineEdit *m_baseUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_pageId;
    QLineEdit *m_apiKey;
    QLineEdit *m_apiUsername;
    QLabel *m_status;
    QPushButton *m_connect;
    QList<QWidget *> m_oauthRows, m_facebookRows, m_discourseRows;
    accounts::SignInResult m_result;
    domain::Account m_existing;
};

// The team's accounts with their health: last and next sync, the rate-limit budget, the last problem; add,
// reconnect, sync now and remove.
class AccountsDialog final : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(accounts::AccountService *accounts, net::GuardedNetworkAccessManager *network,
                   QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Opens the reconnect dialog for this account (also used by the main window's prompt).
    void reconnect(qint64 accountId);

private:
    void refresh();
    qint64 selectedAccount() const;
    void add();

    accounts::AccountService *m_accounts;
    net::GuardedNetworkAccessManager *m_network;
    QTableWidget *m_table;
    QLabel *m_secretsNote;
    QPushButton *m_reconnect;
    QPushButton *m_syncNow;
    QPushButton *m_remove;
    QPushButton *m_searchTerms;
};

// "in 3 min", "2 min ago": how the health columns speak of times.
QString relativeTime(const QDateTime &at, const QDateTime &now);

} // namespace webcare::ui
