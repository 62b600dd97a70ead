// SPDX-License-Identifier: MIT
#pragma once

#include "accountsync.h"
#include "store/accountrepository.h"

#include <QHash>
#include <QObject>
#include <QThread>

namespace webcare::sync {

// Owns one worker thread per connected account, each running an AccountSync; the GUI talks to it only through
// queued signals and calls, so it never waits on the network or on the store.
class SyncEngine final : public QObject {
    Q_OBJECT
public:
    SyncEngine(const store::StoreLocation &location, const AccountSync::Options &options, QObject *parent = nullptr);
    ~SyncEngine() override;
    Q_DISABLE_COPY_MOVE(SyncEngine)

    void startAccount(const domain::Account &account, const connectors::Credentials &credentials);
    void stopAccount(qint64 accountId);
    void pollNow(qint64 accountId);
    // Sends the account's approved replies now rather than after its next poll.
    void sendPending(qint64 accountId);
    QList<qint64> runningAccounts() const { return m_workers.keys(); }

signals:
    void postsStored(qint64 accountId, const QList<qint64> &caseIds);
    void healthChanged(qint64 accountId, const webcare::store::AccountHealth &health);
    void needsReconnect(qint64 accountId);
    void pollFinished(qint64 accountId, bool ok);
    void replyStateChanged(qint64 accountId, qint64 replyId, webcare::domain::ReplyState state, const QString &error);
    void outboxIdle(qint64 accountId);
    void syncRoleChanged(qint64 accountId, bool syncing);

private:
    struct Worker {
        QThread *thread = nullptr;
        AccountSync *sync = nullptr;
    };
    store::StoreLocation m_location;
    AccountSync::Options m_options;
    QHash<qint64, Worker> m_workers;
};

} // namespace webcare::sync
