// SPDX-License-Identifier: MIT
#include "changelistener.h"
#include "store/connection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace webcare::store {

ChangeListener::ChangeListener(const StoreLocation &location, const Options &options, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_options(options)
    , m_connectionName(uniqueConnectionName(QStringLiteral("webcare-listen")))
{}

ChangeListener::ChangeListener(const StoreLocation &location, QObject *parent)
    : ChangeListener(location, Options{}, parent)
{}

ChangeListener::~ChangeListener()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ChangeListener::channel() { return QStringLiteral("webcare_changes"); }

void ChangeListener::start()
{
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(m_options.coalesceMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ChangeListener::flush);
    m_healthTimer = new QTimer(this);
    m_healthTimer->setInterval(m_options.healthCheckMs);
    connect(m_healthTimer, &QTimer::timeout, this, &ChangeListener::check);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ChangeListener::retry);
    m_db = addConnection(m_location, m_connectionName);
    connect(m_db.driver(),
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
            this, &ChangeListener::received);
    if (!connectAndListen())
        retry();
}

bool ChangeListener::connectAndListen()
{
    if (!m_db.open() || !m_db.driver()->subscribeToNotification(channel())) {
        const QString detail = m_db.lastError().text();
        m_db.close();
        if (!m_everListened && m_retryMs == 0)
            emit connectionLost(detail); // once; a lost connection was reported by check()
        m_listening = false;
        return false;
    }
    const bool again = m_everListened;
    m_listening = true;
    m_everListened = true;
    m_retryMs = 0;
    m_healthTimer->start();
    emit listeningStarted(again);
    return true;
}

void ChangeListener::received(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != channel())
        return;
    // "table:case id"; the case id is empty for team-wide tables (agent states, settings, departments).
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString table = colon < 0 ? text : text.left(colon);
    if (!table.isEmpty())
        m_pendingTables.insert(table);
    bool ok = false;
    const qint64 caseId = colon < 0 ? 0 : text.mid(colon + 1).toLongLong(&ok);
    if (ok && caseId > 0)
        m_pendingCases.insert(caseId);
    // The first notification of a burst starts the clock: a steady stream still reports every coalesceMs.
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void ChangeListener::flush()
{
    if (m_pendingCases.isEmpty() && m_pendingTables.isEmpty())
        return;
    QList<qint64> cases(m_pendingCases.cbegin(), m_pendingCases.cend());
    std::sort(cases.begin(), cases.end());
    QStringList tables(m_pendingTables.cbegin(), m_pendingTables.cend());
    tables.sort();
    m_pendingCases.clear();
    m_pendingTables.clear();
    emit changed(cases, tables);
}

void ChangeListener::check()
{
    if (!m_listening)
        return;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return;
    const QString detail = q.lastError().text();
    q = QSqlQuery();
    // Closing also drops the socket notifier of the dead connection.
    m_db.close();
    m_listening = false;
    m_healthTimer->stop();
    emit connectionLost(detail);
    retry();
}

void ChangeListener::retry()
{
    if (m_retryTimer->isActive())
        return;
    if (m_retryMs > 0 && connectAndListen())
        return;
    m_retryMs = m_retryMs == 0 ? m_options.minRetryMs : std::min(m_retryMs * 2, m_options.maxRetryMs);
    m_retryTimer->start(m_retryMs);
}

} // namespace webcare::store
