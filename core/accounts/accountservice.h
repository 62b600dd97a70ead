// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"
#include "signin.h"
#include "store/accountrepository.h"
#include "store/storeservice.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QSet>
#include <optional>

namespace webcare::accounts {

// The team's connected accounts as the app sees them: rows in the store, tokens in the keychain, a sync worker
// each. Lives on the GUI thread and never waits: the store answers through StoreService, the keychain through
// its jobs, the platforms through the sync workers.
class AccountService final : public QObject {
    Q_OBJECT
public:
    // `network` (may be null) renews expired tokens with their refresh token before asking for a reconnect.
    AccountService(store::StoreService *store, SecretStore *secrets, sync::SyncEngine *engine,
                   net::GuardedNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    // Reads the accounts and starts syncing every active one whose sign-in the keychain holds.
    void load();
    void add(const SignInResult &signIn);
    // A new sign-in for an account whose token expired or was revoked; its sync starts again.
    void reconnect(qint64 accountId, const SignInResult &signIn);
    void remove(qint64 accountId);
    // The brand words the account searches for besides its mentions (X search, Discourse watched words); its sync
    // restarts with them.
    void setSearchTerms(qint64 accountId, const QStringList &terms);
    void pollNow(qint64 accountId);
    void pollAll();
    // Queues nothing itself: replies are approved into the store; this makes their account send them now.
    void sendPending(qint64 accountId);

    QList<domain::Account> accounts() const { return m_accounts; }
    std::optional<domain::Account> account(qint64 accountId) const;
    // The account that answers a case on this channel: the first active one, else any.
    std::optional<domain::Account> accountFor(domain::Channel channel) const;
    SecretStore *secrets() const { return m_secrets; }

signals:
    void accountsChanged();
    // Something about one account the agent should know: a translated sentence.
    void accountProblem(qint64 accountId, const QString &message);
    void needsReconnect(qint64 accountId, const QString &accountName);
    void postsArrived(const QList<qint64> &caseIds);
    void replyStateChanged(qint64 replyId, webcare::domain::ReplyState state, const QString &error);

private:
    void reload(std::function<void()> then = {});
    void startSync(const domain::Account &account);
    void replace(const domain::Account &account);
    void onHealth(qint64 accountId, const store::AccountHealth &health);
    void onNeedsReconnect(qint64 accountId);
    void askToReconnect(qint64 accountId);

    store::StoreService *m_store;
    SecretStore *m_secrets;
    sync::SyncEngine *m_engine;
    QList<domain::Account> m_accounts;
    net::HttpClient *m_http = nullptr;
    QSet<qint64> m_renewing; // one renewal at a time per account, and none twice in a row
};

} // namespace webcare::accounts
