// SPDX-License-Identifier: MIT
#include "config/teamconfigservice.h"

#include "composer/templates.h"
#include "config/teamsetup.h"
#include "store/storeservice.h"
#include "store/teamconfigrepository.h"

namespace webcare::config {

TeamConfigService::TeamConfigService(store::StoreService *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &store::StoreService::teamChanged, this, [this](const QStringList &changed) {
        if (!m_started)
            return;
        // An empty list: changes may have been missed (a reconnect).
        const QStringList mine = tables();
        if (changed.isEmpty() ||
            std::any_of(changed.cbegin(), changed.cend(), [&](const QString &t) { return mine.contains(t); }))
            reload();
    });
}

QStringList TeamConfigService::tables()
{
    return {QStringLiteral("team_settings"), QStringLiteral("agents"),         QStringLiteral("own_accounts"),
            QStringLiteral("triage_terms"),  QStringLiteral("text_templates"), QStringLiteral("knowledge_sources"),
            QStringLiteral("accounts")};
}

void TeamConfigService::start()
{
    if (m_started)
        return;
    m_started = true;
    const QList<domain::TextTemplate> starter = composer::starterTemplates();
    m_store->run<bool>(
        this,
        [starter](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            // A training store copies the team's library instead (training/replay); it is never seeded.
            if (s.isTrainingStore())
                return false;
            return s.config().seedTemplates(starter, QStringLiteral("system"));
        },
        [this](Expected<bool, store::StoreError> seeded) {
            // An agent's login may not write the library (team mode): a supervisor's client seeds it.
            if (!seeded && seeded.error().kind != store::StoreError::Kind::Forbidden)
                emit problem(seeded.error().message());
            reload();
        });
}

void TeamConfigService::reload()
{
    m_store->run<domain::TeamConfiguration>(
        this, [](store::CaseStore &s) { return s.config().load(); },
        [this](Expected<domain::TeamConfiguration, store::StoreError> loaded) {
            if (!loaded) {
                emit problem(loaded.error().message());
                return;
            }
            m_config = *loaded;
            m_loaded = true;
            emit changed(m_config);
        });
}

QString TeamConfigService::signatureOf(const QString &login) const { return config::signatureOf(m_config, login); }

} // namespace webcare::config
