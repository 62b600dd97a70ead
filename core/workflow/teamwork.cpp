// SPDX-License-Identifier: MIT
#include "workflow/teamwork.h"

#include "store/caserepository.h"
#include "store/storeservice.h"
#include "store/teamsettingsrepository.h"
#include "workflow/reminderservice.h"

#include <QTimer>

namespace webcare::workflow {

TeamWork::TeamWork(store::StoreService *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sla(m_settings.slaPolicy())
    , m_reminders(new ReminderService(store, this))
    , m_poll(new QTimer(this))
    , m_autoAssign(new QTimer(this))
{
    m_poll->setInterval(settingsPollMs);
    connect(m_poll, &QTimer::timeout, this, &TeamWork::reload);
    m_autoAssign->setInterval(autoAssignMs);
    connect(m_autoAssign, &QTimer::timeout, this, &TeamWork::assignNow);
}

TeamWork::~TeamWork() = default;

void TeamWork::start()
{
    if (m_started)
        return;
    m_started = true;
    reload();
    m_poll->start();
    m_reminders->start();
}

void TeamWork::reload()
{
    m_store->run<QHash<QString, QString>>(
        this, [](store::CaseStore &s) { return s.settings().teamSettings(); },
        [this](Expected<QHash<QString, QString>, store::StoreError> values) {
            if (!values) {
                emit problem(values.error().message());
                return;
            }
            apply(TeamWorkflowSettings::fromMap(*values));
        });
}

void TeamWork::apply(const TeamWorkflowSettings &settings)
{
    m_settings = settings;
    std::shared_ptr<const WorkingTimeSla> sla = settings.slaPolicy();
    m_sla = sla;
    // The store computes due times of new and reopened conversations and of escalations with it.
    m_store->run<bool>(
        this,
        [sla](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            s.setSlaPolicy(sla);
            return true;
        },
        [](Expected<bool, store::StoreError>) {});
    m_reminders->setSla(sla);
    m_reminders->setNotifyBefore(settings.notifyBeforeMinutes);
    if (!settings.roundRobin) {
        m_autoAssign->stop();
    } else if (!m_autoAssign->isActive()) {
        m_autoAssign->start();
        assignNow();
    }
    emit settingsChanged(m_settings);
}

void TeamWork::assignNow()
{
    if (!m_settings.roundRobin || !m_store->isOpen())
        return;
    const int limit = m_settings.maxOpenPerAgent;
    const QString actor = m_agent.isEmpty() ? QStringLiteral("system") : m_agent;
    m_store->run<QList<store::Assignment>>(
        this,
        [limit, actor](store::CaseStore &s) {
            return s.cases().autoAssign(limit, QDateTime::currentDateTimeUtc(), actor);
        },
        [this](Expected<QList<store::Assignment>, store::StoreError> done) {
            if (!done) {
                emit problem(done.error().message());
                return;
            }
            if (done->isEmpty())
                return;
            int mine = 0;
            for (const store::Assignment &a : std::as_const(*done))
                mine += a.agent == m_agent ? 1 : 0;
            emit assigned(int(done->size()), mine);
        });
}

} // namespace webcare::workflow
