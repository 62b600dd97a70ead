// SPDX-License-Identifier: MIT
#include "syncengine.h"
#include "store/accountrepository.h"

namespace webcare::sync {

SyncEngine::SyncEngine(const store::StoreLocation &location, const AccountSync::Options &options, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_options(options)
{
    qRegisterMetaType<store::AccountHealth>();
    qRegisterMetaType<domain::ReplyState>();
}

SyncEngine::~SyncEngine()
{
    const QList<qint64> ids = m_workers.keys();
    for (qint64 id : ids)
        stopAccount(id);
}

void SyncEngine::startAccount(const domain::Account &account, const connectors::Credentials &credentials)
{
    stopAccount(account.id);
    Worker w;
    w.thread = new QThread(this);
    w.thread->setObjectName(QStringLiteral("sync-%1").arg(account.id));
    w.sync = new AccountSync(account, credentials, m_location, m_options);
    w.sync->moveToThread(w.thread);
    connect(w.thread, &QThread::finished, w.sync, &QObject::deleteLater);
    connect(w.sync, &AccountSync::postsStored, this, &SyncEngine::postsStored);
    connect(w.sync, &AccountSync::healthChanged, this, &SyncEngine::healthChanged);
    connect(w.sync, &AccountSync::needsReconnect, this, &SyncEngine::needsReconnect);
    connect(w.sync, &AccountSync::pollFinished, this, &SyncEngine::pollFinished);
    connect(w.sync, &AccountSync::replyStateChanged, this, &SyncEngine::replyStateChanged);
    connect(w.sync, &AccountSync::outboxIdle, this, &SyncEngine::outboxIdle);
    connect(w.sync, &AccountSync::syncRoleChanged, this, &SyncEngine::syncRoleChanged);
    w.thread->start();
    QMetaObject::invokeMethod(w.sync, &AccountSync::start, Qt::QueuedConnection);
    m_workers.insert(account.id, w);
}

void SyncEngine::stopAccount(qint64 accountId)
{
    const Worker w = m_workers.take(accountId);
    if (!w.thread)
        return;
    // A poll in flight is abandoned; its cursor was not moved, so the next start reads the same range again.
    w.thread->quit();
    w.thread->wait();
    delete w.thread;
}

void SyncEngine::pollNow(qint64 accountId)
{
    if (const Worker w = m_workers.value(accountId); w.sync)
        QMetaObject::invokeMethod(w.sync, &AccountSync::pollNow, Qt::QueuedConnection);
}

void SyncEngine::sendPending(qint64 accountId)
{
    if (const Worker w = m_workers.value(accountId); w.sync)
        QMetaObject::invokeMethod(w.sync, &AccountSync::sendPending, Qt::QueuedConnection);
}

} // namespace webcare::sync
