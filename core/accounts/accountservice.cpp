// SPDX-License-Identifier: MIT
#include "accountservice.h"
#include "store/accountrepository.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDebug>
#include <QUrlQuery>

namespace webcare::accounts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};
} // namespace

AccountService::AccountService(store::StoreService *store, SecretStore *secrets, sync::SyncEngine *engine,
                               net::GuardedNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_engine(engine)
    , m_http(network ? new net::HttpClient(network, this) : nullptr)
{
    connect(m_engine, &sync::SyncEngine::postsStored, this,
            [this](qint64, const QList<qint64> &caseIds) { emit postsArrived(caseIds); });
    connect(m_engine, &sync::SyncEngine::healthChanged, this, &AccountService::onHealth);
    connect(m_engine, &sync::SyncEngine::needsReconnect, this, &AccountService::onNeedsReconnect);
    // A poll that succeeds after a renewal ends it: a later expiry may be renewed again.
    connect(m_engine, &sync::SyncEngine::pollFinished, this, [this](qint64 accountId, bool ok) {
        if (ok)
            m_renewing.remove(accountId);
    });
    connect(m_engine, &sync::SyncEngine::replyStateChanged, this,
            [this](qint64, qint64 replyId, domain::ReplyState state, const QString &error) {
                emit replyStateChanged(replyId, state, error);
            });
}

std::optional<domain::Account> AccountService::account(qint64 accountId) const
{
    for (const domain::Account &a : m_accounts) {
        if (a.id == accountId)
            return a;
    }
    return std::nullopt;
}

std::optional<domain::Account> AccountService::accountFor(domain::Channel channel) const
{
    std::optional<domain::Account> any;
    for (const domain::Account &a : m_accounts) {
        if (a.channel != channel)
            continue;
        if (a.status == domain::Account::Status::Active)
            return a;
        if (!any)
            any = a;
    }
    return any;
}

void AccountService::reload(std::function<void()> then)
{
    m_store->run<QList<domain::Account>>(
        this, [](store::CaseStore &s) { return s.accounts().all(); },
        [this, then = std::move(then)](Expected<QList<domain::Account>, store::StoreError> result) {
            if (!result) {
                emit accountProblem(0, result.error().message());
                return;
            }
            m_accounts = *result;
            emit accountsChanged();
            if (then)
                then();
        });
}

void AccountService::load()
{
    reload([this] {
        for (const domain::Account &a : std::as_const(m_accounts)) {
            if (a.status == domain::Account::Status::Active)
                startSync(a);
        }
    });
}

void AccountService::startSync(const domain::Account &account)
{
    m_secrets->read(credentialsKey(account.id), [this, account](Expected<QString, SecretError> secret) {
        if (!secret) {
            // Without its sign-in the account cannot sync; say so once rather than failing on every poll.
            qCWarning(lcAccounts).noquote()
                << "account" << account.id << "sign-in not readable:" << secret.error().detail;
            emit accountProblem(account.id, secret.error().message());
            if (secret.error().kind == SecretError::Kind::NotFound)
                onNeedsReconnect(account.id);
            return;
        }
        m_engine->startAccount(account, parseSecrets(*secret).credentials);
    });
}

void AccountService::add(const SignInResult &signIn)
{
    const domain::Account account = signIn.account;
    m_store->run<qint64>(
        this, [account](store::CaseStore &s) { return s.accounts().addAccount(account); },
        [this, signIn](Expected<qint64, store::StoreError> id) {
            if (!id) {
                emit accountProblem(0, id.error().message());
                return;
            }
            domain::Account added = signIn.account;
            added.id = *id;
            m_secrets->write(credentialsKey(added.id), serializeSecrets(signIn.secrets),
                             [this, added](Expected<void, SecretError> written) {
                                 if (!written) {
                                     // A row without a token would only ask to be reconnected: take it back.
                                     emit accountProblem(added.id, written.error().message());
                                     const qint64 id = added.id;
                                     m_store->run<void>(
                                         this, [id](store::CaseStore &s) { return s.accounts().removeAccount(id); },
                                         [this](Expected<void, store::StoreError>) { reload(); });
                                     return;
                                 }
                                 reload([this, added] { startSync(added); });
                             });
        });
}

void AccountService::reconnect(qint64 accountId, const SignInResult &signIn)
{
    m_secrets->write(credentialsKey(accountId), serializeSecrets(signIn.secrets),
                     [this, accountId](Expected<void, SecretError> written) {
                         if (!written) {
                             emit accountProblem(accountId, written.error().message());
                             return;
                         }
                         m_store->run<void>(
                             this,
                             [accountId](store::CaseStore &s) {
                                 return s.accounts().setAccountStatus(accountId, domain::Account::Status::Active);
                             },
                             [this, accountId](Expected<void, store::StoreError> done) {
                                 if (!done) {
                                     emit accountProblem(accountId, done.error().message());
                                     return;
                                 }
                                 reload([this, accountId] {
                                     if (const auto a = account(accountId))
                                         startSync(*a);
                                 });
                             });
                     });
}

void AccountService::remove(qint64 accountId)
{
    m_engine->stopAccount(accountId);
    m_secrets->remove(credentialsKey(accountId), [this, accountId](Expected<void, SecretError> removed) {
        if (!removed)
            emit accountProblem(accountId, removed.error().message());
        m_store->run<void>(
            this, [accountId](store::CaseStore &s) { return s.accounts().removeAccount(accountId); },
            [this, accountId](Expected<void, store::StoreError> done) {
                if (!done)
                    emit accountProblem(accountId, done.error().message());
                reload();
            });
    });
}

void AccountService::setSearchTerms(qint64 accountId, const QStringList &terms)
{
    m_store->run<void>(
        this, [accountId, terms](store::CaseStore &s) { return s.accounts().setSearchTerms(accountId, terms); },
        [this, accountId](Expected<void, store::StoreError> done) {
            if (!done) {
                emit accountProblem(accountId, done.error().message());
                return;
            }
            reload([this, accountId] {
                const auto a = account(accountId);
                if (a && a->status == domain::Account::Status::Active)
                    startSync(*a);
            });
        });
}

void AccountService::pollNow(qint64 accountId) { m_engine->pollNow(accountId); }

void AccountService::pollAll()
{
    for (qint64 id : m_engine->runningAccounts())
        m_engine->pollNow(id);
}

void AccountService::sendPending(qint64 accountId) { m_engine->sendPending(accountId); }

void AccountService::replace(const domain::Account &account)
{
    for (domain::Account &a : m_accounts) {
        if (a.id == account.id)
            a = account;
    }
    emit accountsChanged();
}

void AccountService::onHealth(qint64 accountId, const store::AccountHealth &health)
{
    auto a = account(accountId);
    if (!a)
        return;
    a->lastSyncAt = health.lastSyncAt;
    a->nextSyncAt = health.nextSyncAt;
    a->lastError = health.lastError;
    a->rateLimit = health.rateLimit;
    a->rateRemaining = health.rateRemaining;
    a->rateResetAt = health.rateResetAt;
    replace(*a);
}

void AccountService::onNeedsReconnect(qint64 accountId)
{
    const auto a = account(accountId);
    if (!a)
        return;
    m_engine->stopAccount(accountId);
    // An expired token with a refresh token beside it is renewed once, quietly; only if that fails is the agent
    // asked to sign in again. A token refused right after a renewal is not renewed again (no loop).
    if (!m_http || m_renewing.contains(accountId)) {
        m_renewing.remove(accountId);
        askToReconnect(accountId);
        return;
    }
    m_renewing.insert(accountId);
    m_secrets->read(credentialsKey(accountId), [this, accountId](Expected<QString, SecretError> secret) {
        const auto a = account(accountId);
        if (!a || !secret) {
            m_renewing.remove(accountId);
            askToReconnect(accountId);
            return;
        }
        refreshAccessToken(
            m_http, this, *a, parseSecrets(*secret), [this, accountId](Expected<AccountSecrets, QString> renewed) {
                if (!renewed) {
                    qCInfo(lcAccounts).noquote() << "account" << accountId << "not renewed:" << renewed.error();
                    m_renewing.remove(accountId);
                    askToReconnect(accountId);
                    return;
                }
                m_secrets->write(credentialsKey(accountId), serializeSecrets(*renewed),
                                 [this, accountId](Expected<void, SecretError> written) {
                                     const auto again = account(accountId);
                                     if (!written || !again) {
                                         m_renewing.remove(accountId);
                                         askToReconnect(accountId);
                                         return;
                                     }
                                     // The worker marked it for reconnecting; renewed, it is
                                     // active again (m_renewing stays until a poll succeeds).
                                     m_store->run<void>(
                                         this,
                                         [accountId](store::CaseStore &s) {
                                             return s.accounts().setAccountStatus(accountId,
                                                                                  domain::Account::Status::Active);
                                         },
                                         [this, accountId](Expected<void, store::StoreError>) {
                                             if (const auto a = account(accountId))
                                                 startSync(*a);
                                         });
                                 });
            });
    });
}

void AccountService::askToReconnect(qint64 accountId)
{
    auto a = account(accountId);
    if (!a)
        return;
    m_engine->stopAccount(accountId);
    a->status = domain::Account::Status::NeedsReconnect;
    replace(*a);
    qCWarning(lcAccounts).noquote() << "account" << accountId << "must be reconnected";
    emit needsReconnect(accountId, a->name);
}

} // namespace webcare::accounts
