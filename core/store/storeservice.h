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
            auto result = store ? work(*store)
                                : Expected<R, StoreError>(unexpected(StoreError{StoreError::Kind::CannotOpen, where,
                                                                                QStringLiteral("store not open")}));
            deliver([guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            });
        });
    }

    bool isOpen() const { return m_open; }
    QString locationName() const { return m_locationName; }

signals:
    // Posts were added or cases changed by work run through this service (for live views).
    void casesChanged(const QList<qint64> &caseIds);

private:
    void post(std::function<void(CaseStore *)> work);
    void deliver(std::function<void()> callback);

    QThread m_thread;
    QObject *m_worker = nullptr;        // lives on m_thread
    std::unique_ptr<CaseStore> m_store; // created, used and destroyed on m_thread only
    bool m_open = false;
    QString m_locationName;
};

} // namespace webcare::store
