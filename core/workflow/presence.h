// SPDX-License-Identifier: MIT
#pragma once

#include "store/caserepository.h"
#include "store/casestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace webcare::store {
class StoreService;
}

namespace webcare::workflow {

// Who has which case open in this process: the windows of one app share one hub (made in the composition root),
// so a second window sees the first without a store round trip.
class PresenceHub final : public QObject {
    Q_OBJECT
public:
    explicit PresenceHub(QObject *parent = nullptr)
        : QObject(parent)
    {}

    void update(const store::Presence &presence);
    void remove(qint64 caseId, const QString &clientId);
    QList<store::Presence> on(qint64 caseId) const;
    // A client of this process: the hub, not the store, says where it is.
    bool isLocal(const QString &clientId) const { return m_local.contains(clientId); }

signals:
    void changed(qint64 caseId);

private:
    QHash<QString, store::Presence> m_entries; // by client id: a client shows one case at a time
    QSet<QString> m_local;
};

// One case view's presence: tells others (the hub, and the team through the store's case_presence) that this
// agent has a case open or is writing a reply, heartbeating while it stays open, and reads who else is there.
class PresenceTracker final : public QObject {
    Q_OBJECT
public:
    // `hub` may be null (one window); `store` may be closed (nothing shared through it until it opens).
    PresenceTracker(store::StoreService *store, PresenceHub *hub, QObject *parent = nullptr);
    ~PresenceTracker() override;

    static constexpr int heartbeatMs = 10000; // how often the store hears from an open case
    static constexpr int staleSeconds = 30;   // silent for longer: gone (a crash, a lost connection)
    static constexpr int writingSeconds = 15; // typed within this time: "is writing a reply"

    void setAgent(const QString &login) { m_agent = login; }
    // The case now shown (0: none): the previous one is cleared at once.
    void setCase(qint64 caseId);
    // The agent typed in the reply box.
    void noteTyping();
    QString clientId() const { return m_clientId; }
    // Everyone else on the current case, one entry per agent (writing wins over viewing).
    QList<store::Presence> others() const;
    // Heartbeats and reads now (the timer does this every heartbeatMs).
    void refresh();

signals:
    void othersChanged();

private:
    QString activity() const;
    void publish();
    void readStore();

    QPointer<store::StoreService> m_store;
    QPointer<PresenceHub> m_hub;
    QString m_clientId;
    QString m_agent;
    qint64 m_caseId = 0;
    QString m_published; // the activity last published
    QElapsedTimer m_lastTyped;
    QTimer m_heartbeat;
    QTimer m_writingEnds;
    QList<store::Presence> m_fromStore;
    quint64 m_read = 0;
};

// "Anna has this case open", "Anna is writing a reply": one line per other agent.
QString presenceText(const QList<store::Presence> &others);

} // namespace webcare::workflow
