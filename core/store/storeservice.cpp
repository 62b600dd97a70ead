// SPDX-License-Identifier: MIT
#include "storeservice.h"

namespace webcare::store {

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
    // Close the connection on the thread that opened it, then stop the thread (at shutdown only).
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreService::post(std::function<void(CaseStore *)> work)
{
    QMetaObject::invokeMethod(
        m_worker, [this, work = std::move(work)] { work(m_store.get()); }, Qt::QueuedConnection);
}

void StoreService::deliver(std::function<void()> callback)
{
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
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
            auto opened = CaseStore::open(location, options);
            OpenResult result;
            if (opened)
                m_store = std::move(opened.value());
            else
                result = unexpected(opened.error());
            const bool ok = result.hasValue();
            deliver([this, guard, done, result, ok] {
                m_open = ok;
                if (guard)
                    done(result);
            });
        },
        Qt::QueuedConnection);
}

} // namespace webcare::store
