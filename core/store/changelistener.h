// SPDX-License-Identifier: MIT
#pragma once

#include "storelocation.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

class QTimer;

namespace webcare::store {

// Team mode: listens on a PostgreSQL connection of its own to the changes that the schema's triggers announce on
// the channel 'webcare_changes' ("table:case id"), and reports them in batches, so that every client sees the
// others' work without reloading. Notifications arrive through the event loop of the thread this object lives on.
// When the connection drops it says so and connects again with backoff; after that, anything may have changed.
class ChangeListener final : public QObject {
    Q_OBJECT
public:
    struct Options {
        int coalesceMs = 100;     // notifications within this time are reported together
        int healthCheckMs = 1000; // how often the connection is checked (a dropped socket is silent otherwise)
        int minRetryMs = 500;
        int maxRetryMs = 30000;
    };
    ChangeListener(const StoreLocation &location, const Options &options, QObject *parent = nullptr);
    explicit ChangeListener(const StoreLocation &location, QObject *parent = nullptr);
    ~ChangeListener() override;
    Q_DISABLE_COPY_MOVE(ChangeListener)

    static QString channel();
    // Connects and starts listening (call on the thread this object lives on).
    void start();
    bool isListening() const { return m_listening; }

signals:
    // Cases whose rows (or posts, replies, notes, presence …) changed, and the tables touched.
    void changed(const QList<qint64> &caseIds, const QStringList &tables);
    // Listening (again): after a reconnect, changes made meanwhile were missed and views should reload.
    void listeningStarted(bool afterReconnect);
    void connectionLost(const QString &detail);

private:
    bool connectAndListen();
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void flush();
    void check();
    void retry();

    StoreLocation m_location;
    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_healthTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QSet<qint64> m_pendingCases;
    QSet<QString> m_pendingTables;
    bool m_listening = false;
    bool m_everListened = false;
    int m_retryMs = 0;
};

} // namespace webcare::store
