// SPDX-License-Identifier: MIT
#include "workflow/presence.h"

#include "store/caserepository.h"
#include "store/storeservice.h"

#include <QCoreApplication>
#include <QDebug>
#include <QUuid>

namespace webcare::workflow {

void PresenceHub::update(const store::Presence &presence)
{
    const auto old = m_entries.constFind(presence.clientId);
    const qint64 oldCase = old != m_entries.cend() ? old->caseId : 0;
    const bool same = old != m_entries.cend() && old->caseId == presence.caseId && old->activity == presence.activity;
    m_entries.insert(presence.clientId, presence);
    m_local.insert(presence.clientId);
    if (same)
        return;
    if (oldCase && oldCase != presence.caseId)
        emit changed(oldCase);
    emit changed(presence.caseId);
}

void PresenceHub::remove(qint64 caseId, const QString &clientId)
{
    const auto it = m_entries.find(clientId);
    if (it == m_entries.end() || (caseId && it->caseId != caseId))
        return;
    const qint64 was = it->caseId;
    m_entries.erase(it);
    emit changed(was);
}

QList<store::Presence> PresenceHub::on(qint64 caseId) const
{
    QList<store::Presence> list;
    for (const store::Presence &p : m_entries) {
        if (p.caseId == caseId)
            list << p;
    }
    return list;
}

PresenceTracker::PresenceTracker(store::StoreService *store, PresenceHub *hub, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hub(hub)
    , m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &PresenceTracker::refresh);
    // "Is writing" ends by itself when the agent stops typing.
    m_writingEnds.setSingleShot(true);
    m_writingEnds.setInterval(writingSeconds * 1000);
    connect(&m_writingEnds, &QTimer::timeout, this, &PresenceTracker::publish);
    if (m_hub) {
        connect(m_hub, &PresenceHub::changed, this, [this](qint64 caseId) {
            if (caseId == m_caseId)
                emit othersChanged();
        });
    }
}

PresenceTracker::~PresenceTracker()
{
    if (m_hub) {
        // The view this tracker reports to is going away with it: tell only the others.
        disconnect(m_hub, nullptr, this, nullptr);
        m_hub->remove(0, m_clientId);
    }
    // Cleared on close, so others do not wait for the entry to go stale.
    if (m_store && m_store->isOpen()) {
        const QString client = m_clientId;
        m_store->run<bool>(
            m_store,
            [client](store::CaseStore &s) -> Expected<bool, store::StoreError> {
                WEBCARE_TRY(s.cases().clearPresence(0, client));
                return true;
            },
            [](Expected<bool, store::StoreError>) {});
    }
}

void PresenceTracker::setCase(qint64 caseId)
{
    if (caseId == m_caseId)
        return;
    const qint64 previous = m_caseId;
    m_caseId = caseId;
    m_lastTyped.invalidate();
    m_fromStore.clear();
    m_published.clear();
    if (m_hub && previous)
        m_hub->remove(previous, m_clientId);
    if (m_store && m_store->isOpen() && previous) {
        const QString client = m_clientId;
        m_store->run<bool>(
            this,
            [previous, client](store::CaseStore &s) -> Expected<bool, store::StoreError> {
                WEBCARE_TRY(s.cases().clearPresence(previous, client));
                return true;
            },
            [](Expected<bool, store::StoreError>) {});
    }
    if (caseId) {
        refresh();
        m_heartbeat.start();
    } else {
        m_heartbeat.stop();
    }
    emit othersChanged();
}

void PresenceTracker::noteTyping()
{
    if (!m_caseId)
        return;
    m_lastTyped.start();
    m_writingEnds.start();
    if (m_published != activity())
        publish();
}

QString PresenceTracker::activity() const
{
    return m_lastTyped.isValid() && m_lastTyped.elapsed() < qint64(writingSeconds) * 1000 ? QStringLiteral("writing")
                                                                                          : QStringLiteral("viewing");
}

void PresenceTracker::refresh()
{
    publish();
    readStore();
}

void PresenceTracker::publish()
{
    if (!m_caseId)
        return;
    const store::Presence me{m_caseId, m_clientId, m_agent, activity(), QDateTime::currentDateTimeUtc()};
    m_published = me.activity;
    if (m_hub)
        m_hub->update(me);
    if (!m_store || !m_store->isOpen())
        return;
    m_store->run<bool>(
        this,
        [me](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(s.cases().setPresence(me));
            return true;
        },
        [](Expected<bool, store::StoreError> done) {
            if (!done)
                qWarning().noquote() << "presence not shared:" << done.error().detail;
        });
}

void PresenceTracker::readStore()
{
    if (!m_caseId || !m_store || !m_store->isOpen())
        return;
    const qint64 caseId = m_caseId;
    const quint64 read = ++m_read;
    m_store->run<QList<store::Presence>>(
        this,
        [caseId](store::CaseStore &s) {
            return s.cases().presence(caseId, QDateTime::currentDateTimeUtc(), staleSeconds);
        },
        [this, caseId, read](Expected<QList<store::Presence>, store::StoreError> list) {
            if (!list || read != m_read || caseId != m_caseId)
                return;
            m_fromStore = *list;
            emit othersChanged();
        });
}

QList<store::Presence> PresenceTracker::others() const
{
    if (!m_caseId)
        return {};
    // A window of this process is where the hub says, even before the store hears that it left.
    QList<store::Presence> all = m_hub ? m_hub->on(m_caseId) : QList<store::Presence>();
    for (const store::Presence &p : m_fromStore) {
        if (!m_hub || !m_hub->isLocal(p.clientId))
            all << p;
    }
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-staleSeconds);
    // One line per agent; the same client may come through the hub and the store.
    QList<store::Presence> out;
    for (const store::Presence &p : std::as_const(all)) {
        if (p.clientId == m_clientId || p.caseId != m_caseId || (p.heartbeatAt.isValid() && p.heartbeatAt < stale))
            continue;
        auto same = std::find_if(out.begin(), out.end(), [&p](const store::Presence &o) { return o.agent == p.agent; });
        if (same == out.end())
            out << p;
        else if (p.activity == QLatin1String("writing"))
            *same = p;
    }
    std::sort(out.begin(), out.end(),
              [](const store::Presence &a, const store::Presence &b) { return a.agent < b.agent; });
    return out;
}

QString presenceText(const QList<store::Presence> &others)
{
    QStringList lines;
    for (const store::Presence &p : others) {
        lines << (p.activity == QLatin1String("writing")
                      ? QCoreApplication::translate("CaseView", "%1 is writing a reply").arg(p.agent)
                      : QCoreApplication::translate("CaseView", "%1 has this case open").arg(p.agent));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace webcare::workflow
