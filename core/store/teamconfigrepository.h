// SPDX-License-Identifier: MIT
#pragma once

#include "domain/teamconfig.h"
#include "storeconnection.h"

#include <QSet>
#include <QStringList>

namespace webcare::store {

// The sections of a team configuration, as named in its JSON (docs/configuration.md).
namespace configsection {
inline constexpr char team[] = "team";
inline constexpr char agents[] = "agents";
inline constexpr char ownAccounts[] = "own_accounts";
inline constexpr char brand[] = "brand";
inline constexpr char campaign[] = "campaign";
inline constexpr char employees[] = "employees";
inline constexpr char sources[] = "sources";
inline constexpr char templates[] = "templates";
QStringList all();
} // namespace configsection

// The platform id under which a handle entered by hand is kept in own_accounts ("handle:<name>"): it has none of
// its own until its account is connected.
QString handEnteredPlatformId(const QString &handle);

// The team's configuration (domain::TeamConfiguration): tone and signature convention (team settings team.*),
// agents, own handles, triage words, knowledge base and text modules, read and written as one.
class TeamConfigRepository final : Repository {
public:
    using Repository::Repository;

    Expected<domain::TeamConfiguration, StoreError> load();
    // Replaces the named sections (configsection::*) with those of `config`, in one transaction; sections not
    // named stay as they are. Agents are added or updated, never removed (their replies and audit name them);
    // connected own accounts stay (they are removed with their account). Only real changes are written, each
    // changed section with one audit event; returns their number (0: nothing changed).
    Expected<int, StoreError> replace(const domain::TeamConfiguration &config, const QStringList &sections,
                                      const QString &actor);
    // An agent's own signature (the profile dialog); empty: the convention's.
    Expected<void, StoreError> setAgentSignature(const QString &login, const QString &signature, const QString &actor);
    // A new store's template library: `starter` once, unless the team already has templates or had them seeded.
    Expected<bool, StoreError> seedTemplates(const QList<domain::TextTemplate> &starter, const QString &actor);

private:
    Expected<domain::TeamTone, StoreError> loadTone();
    Expected<QList<domain::Agent>, StoreError> loadAgents();
    Expected<QList<domain::OwnHandle>, StoreError> loadOwnHandles();
    Expected<QStringList, StoreError> loadTerms(const QString &kind);
    Expected<QList<domain::CampaignTerm>, StoreError> loadCampaign();
    Expected<QList<domain::KnowledgeSource>, StoreError> loadSources();
    Expected<QList<domain::TextTemplate>, StoreError> loadTemplates();

    Expected<void, StoreError> writeTone(const domain::TeamTone &tone, qint64 at, const QString &actor);
    // Adds or updates `agents`; returns the logins that changed.
    Expected<QStringList, StoreError> writeAgents(const QList<domain::Agent> &agents);
    Expected<void, StoreError> writeOwnHandles(const QList<domain::OwnHandle> &handles);
    Expected<void, StoreError> writeTerms(const QString &kind, const QList<domain::CampaignTerm> &terms);
    Expected<void, StoreError> writeSources(const QList<domain::KnowledgeSource> &sources);
    Expected<void, StoreError> writeTemplates(const QList<domain::TextTemplate> &templates);
    Expected<void, StoreError> audit(const QString &detail, qint64 at, const QString &actor);
};

} // namespace webcare::store
