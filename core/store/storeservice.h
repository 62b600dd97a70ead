// SPDX-License-Identifier: MIT
#pragma once

#include "casestore.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace webcare::store {

// Runs the case store on its own thread so that the GUI thread never waits on SQL. Work is queued in order;
// each result comes back on the caller's thread, and is dropped if the caller's context object is gone.
class StoreService final : public QObject {
    Q_OBJECT
public:
    explicit StoreService(QObject *parent = nullptr);
    ~StoreService() override;
    Q_DISABLE_COPY_MOVE(StoreService)

    using OpenResult = Expected<void, StoreError>;
    void open(const StoreLocation &location, QObject *context, std::function<void(OpenResult)> done,
              const OpenOptions &options = {});

    // Runs work(store) on the store thread, then done(result) on the thread of this service.
    template <typename R> void run(QObject *context, std::function<Expected<R, StoreError>(CaseStore &)> work,
                                   std::function<void(Expected<R, StoreError>)> done)
    {
        QPointer<QObject> guard(context);
        const QString where = m_locationName;
        post([this, guard, work = std::move(work), done = std::move(done), where](CaseStore *store) {
            auto result = store ? work(*store) : Expected<R, StoreError>(unexpected(unavailable()));
            if (!result) {
                StoreError e = result.error();
                if (noteFailure(e))
                    result = Expected<R, StoreError>(unexpected(e));
            }
            deliver([guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            });
        });
    }

    bool isOpen() const { return m_open; }
    // Team mode: false from the moment the server is found gone until the connection is back.
    bool isConnected() const { return m_connected; }
    QString locationName() const { return m_locationName; }

signals:
    // Cases changed: on a team server, by any client (LISTEN/NOTIFY), reported in batches (for live views).
    void casesChanged(const QList<qint64> &caseIds);
    // Team-wide tables changed (agent states, team settings, departments, accounts …); an empty list after a
    // reconnect: changes may have been missed and views should reload.
    void teamChanged(const QStringList &tables);
    // Team mode: this client listens to the others' changes (again, after a lost connection).
    void liveUpdatesStarted();
    // Team mode: opening waits because another client is upgrading the shared database.
    void migrationWaiting(const QString &message);
    // The team database went away; work fails with ConnectionFailed until connectionRestored. Unsent drafts stay
    // in the DraftStore; the service reconnects by itself with backoff.
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void post(std::function<void(CaseStore *)> work);
    void deliver(std::function<void()> callback);
    // Store thread: the error for work that cannot run (not open, or the server is gone).
    StoreError unavailable() const;
    // Store thread: after a failure, finds out whether the server went away and starts reconnecting.
    void checkConnection();
    // Store thread: checks the connection after a failed call; true when `error` was rewritten (the server is
    // gone: ConnectionFailed, whatever the driver said).
    bool noteFailure(StoreError &error);
    void scheduleReconnect(int delayMs);
    void startListener(const StoreLocation &location);
    void stopListener();

    QThread m_thread;
    QObject *m_worker = nullptr;        // lives on m_thread
    std::unique_ptr<CaseStore> m_store; // created, used and destroyed on m_thread only
    bool m_open = false;
    QString m_locationName;
    bool m_connected = true;      // GUI thread's view
    bool m_storeConnected = true; // store thread's view
    bool m_reconnecting = false;  // store thread
    QThread m_listenThread;
    QObject *m_listener = nullptr; // a ChangeListener on m_listenThread, in team mode
};

} // namespace webcare::store
