// SPDX-License-Identifier: MIT
#include "storeservice.h"
#include "util/logging.h"

#include "changelistener.h"

#include <QTimer>

namespace webcare::store {

namespace {
constexpr int firstReconnectMs = 500;
constexpr int maxReconnectMs = 30000;
} // namespace

StoreService::StoreService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("case-store"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreService::~StoreService()
{
    stopListener();
    // Close the connection on the thread that opened it, then stop the thread (at shutdown only).
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreService::post(std::function<void(CaseStore *)> work)
{
    QMetaObject::invokeMethod(
        m_worker, [this, work = std::move(work)] { work(m_storeConnected ? m_store.get() : nullptr); },
        Qt::QueuedConnection);
}

void StoreService::deliver(std::function<void()> callback)
{
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}

StoreError StoreService::unavailable() const
{
    if (m_store && !m_storeConnected)
        return StoreError{StoreError::Kind::ConnectionFailed, m_store->location().displayName(),
                          QStringLiteral("connection lost, reconnecting")};
    return StoreError{StoreError::Kind::CannotOpen, m_locationName, QStringLiteral("store not open")};
}

void StoreService::checkConnection()
{
    if (!m_store || m_store->backend() != Backend::Postgres || !m_storeConnected || m_store->isConnected())
        return;
    m_storeConnected = false;
    const QString where = m_store->location().displayName();
    qCWarning(lcStore).noquote() << "connection to" << where << "lost; reconnecting";
    deliver([this, where] {
        m_connected = false;
        emit connectionLost(tr("The connection to the team database %1 was lost. Your drafts are kept on this "
                               "workstation; Webcare Desk reconnects by itself.")
                                .arg(where));
    });
    scheduleReconnect(firstReconnectMs);
}

bool StoreService::noteFailure(StoreError &error)
{
    checkConnection();
    if (m_storeConnected || !m_store || error.kind == StoreError::Kind::ConnectionFailed)
        return false;
    error.kind = StoreError::Kind::ConnectionFailed;
    return true;
}

void StoreService::scheduleReconnect(int delayMs)
{
    if (m_reconnecting)
        return;
    m_reconnecting = true;
    QTimer::singleShot(delayMs, m_worker, [this, delayMs] {
        m_reconnecting = false;
        if (!m_store || m_storeConnected)
            return;
        if (m_store->reconnect() && m_store->isConnected()) {
            m_storeConnected = true;
            qCInfo(lcStore).noquote() << "connection to" << m_store->location().displayName() << "restored";
            deliver([this] {
                m_connected = true;
                emit connectionRestored();
                emit teamChanged({}); // what changed meanwhile is unknown: views reload
            });
            return;
        }
        scheduleReconnect(std::min(delayMs * 2, maxReconnectMs));
    });
}

void StoreService::startListener(const StoreLocation &location)
{
    stopListener();
    auto *listener = new ChangeListener(location);
    listener->moveToThread(&m_listenThread);
    connect(&m_listenThread, &QThread::finished, listener, &QObject::deleteLater);
    connect(listener, &ChangeListener::changed, this, [this](const QList<qint64> &cases, const QStringList &tables) {
        if (!cases.isEmpty())
            emit casesChanged(cases);
        QStringList teamTables;
        for (const QString &t : tables) {
            if (t != QLatin1String("cases") && t != QLatin1String("posts") && t != QLatin1String("replies"))
                teamTables << t;
        }
        if (!teamTables.isEmpty())
            emit teamChanged(teamTables);
    });
    connect(listener, &ChangeListener::listeningStarted, this, &StoreService::liveUpdatesStarted);
    // The listener notices a dead server within a second even when the agent is idle: check the store's connection.
    connect(listener, &ChangeListener::connectionLost, this,
            [this] { post([this](CaseStore *) { checkConnection(); }); });
    m_listener = listener;
    m_listenThread.setObjectName(QStringLiteral("case-store-listen"));
    m_listenThread.start();
    QMetaObject::invokeMethod(listener, &ChangeListener::start, Qt::QueuedConnection);
}

void StoreService::stopListener()
{
    if (!m_listener)
        return;
    m_listenThread.quit();
    m_listenThread.wait();
    m_listener = nullptr;
}

void StoreService::open(const StoreLocation &location, QObject *context, std::function<void(OpenResult)> done,
                        const OpenOptions &options)
{
    m_locationName = location.displayName();
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, location, options, guard, done = std::move(done)] {
            m_store.reset();
            m_storeConnected = true;
            OpenOptions withNotice = options;
            withNotice.waitingForMigration = [this, options] {
                if (options.waitingForMigration)
                    options.waitingForMigration();
                deliver([this] {
                    emit migrationWaiting(tr("Another workstation is upgrading the team database. Webcare Desk "
                                             "continues as soon as the upgrade is done …"));
                });
            };
            auto opened = CaseStore::open(location, withNotice);
            OpenResult result;
            if (opened)
                m_store = std::move(opened.value());
            else
                result = unexpected(opened.error());
            const bool ok = result.hasValue();
            deliver([this, guard, done, result, ok, location, options] {
                m_open = ok;
                m_connected = true;
                if (ok && location.backend == Backend::Postgres && options.liveUpdates)
                    startListener(location);
                else
                    stopListener(); // another store now: the old one's changes no longer matter
                if (guard)
                    done(result);
            });
        },
        Qt::QueuedConnection);
}

} // namespace webcare::store
