// SPDX-License-Identifier: MIT
#pragma once

#include "domain/slapolicy.h"
#include "storeerror.h"
#include "storelocation.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace webcare::store {

class StoreConnection;
class AccountRepository;
class AgentRepository;
class CaseDetailsRepository;
class CaseRepository;
class IngestRepository;
class OutboxRepository;
class PrivacyRepository;
class SatisfactionRepository;
class TeamConfigRepository;
class TeamSettingsRepository;
class TrainingRepository;
class TriageRepository;
class WorkflowRepository;

// What the opener means the store to be. A training store is marked as such inside the database (team_settings
// "store.purpose"), so that neither the path nor a command-line mistake can mix real customers and practice.
enum class StorePurpose {
    Any,      // tools, sync workers and tests: no check (replies are still captured in a training store)
    Live,     // refuses a training store
    Training, // marks a new, empty store; refuses an unmarked store that holds anything (a live one)
};

struct OpenOptions {
    int busyTimeoutMs = 5000; // how long a writer waits for another writer before reporting "locked"
    // Team mode: called on the opening thread when another client is migrating the shared database and this one
    // waits for it to finish.
    std::function<void()> waitingForMigration;
    // StoreService in team mode: listen to the other clients' changes (off for a second, read-only service).
    bool liveUpdates = true;
    StorePurpose purpose = StorePurpose::Any;
    // Due times of new and reopened conversations and of escalations (the product passes workflow::officeHoursSla()
    // until the team's own settings are read); none: 24 calendar hours.
    std::shared_ptr<const domain::SlaPolicy> sla;
};

// The case store: posts, cases, replies and the audit trail, on SQLite or PostgreSQL through one interface. It
// opens the one connection and hands out a repository per concern, all on that connection (so that a transaction
// of one repository sees what another wrote). Synchronous and bound to the thread that opened it; the GUI reaches
// it only through StoreService, which owns a worker thread.
class CaseStore final {
public:
    Q_DISABLE_COPY_MOVE(CaseStore)
    ~CaseStore();

    // Opens (creating an SQLite file with permissions 0600 if needed) and upgrades the schema. Never resets or
    // half-migrates: any problem is returned as a StoreError naming the location and what to do.
    static Expected<std::unique_ptr<CaseStore>, StoreError> open(const StoreLocation &location,
                                                                 const OpenOptions &options = {});

    const StoreLocation &location() const;
    Backend backend() const;
    // Marked as a training store (see StorePurpose).
    bool isTrainingStore() const;
    QSqlDatabase database() const;
    void setSlaPolicy(std::shared_ptr<const domain::SlaPolicy> policy);
    // Team mode: whether the connection still answers; reconnect() after a PostgreSQL server went away.
    bool isConnected();
    Expected<void, StoreError> reconnect();

    // Posts fetched by the sync, and where each stream was read up to.
    IngestRepository &ingest() { return *m_ingest; }
    // Cases: the inbox, a case's conversation and state, its audit trail, assignment and presence.
    CaseRepository &cases() { return *m_cases; }
    // The platform accounts the team answers from, their health and the per-account sync lock.
    AccountRepository &accounts() { return *m_accounts; }
    // Replies: submitting, four-eyes approval and the outbox the sync sends from.
    OutboxRepository &outbox() { return *m_outbox; }
    // Agents: roles and the blending state log.
    AgentRepository &agents() { return *m_agents; }
    // Triage decisions, the shared model's counts and the team's rule words.
    TriageRepository &triage() { return *m_triage; }
    // Departments, escalations and follow-ups.
    WorkflowRepository &workflow() { return *m_workflow; }
    // Internal notes, the customer and their number, tags and the customer's other cases.
    CaseDetailsRepository &details() { return *m_details; }
    // Team settings shared by every client.
    TeamSettingsRepository &settings() { return *m_settings; }
    // The team's configuration: tone, agents, own handles, triage words, knowledge base and text modules.
    TeamConfigRepository &config() { return *m_config; }
    // Reviews of replies written in training.
    TrainingRepository &training() { return *m_training; }
    // Customer satisfaction survey answers.
    SatisfactionRepository &surveys() { return *m_surveys; }
    // Retention, export and erasure of personal data.
    PrivacyRepository &privacy() { return *m_privacy; }

private:
    explicit CaseStore(std::unique_ptr<StoreConnection> connection);
    Expected<void, StoreError> checkPurpose(StorePurpose purpose);

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<AgentRepository> m_agents;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<IngestRepository> m_ingest;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<TriageRepository> m_triage;
    std::unique_ptr<WorkflowRepository> m_workflow;
    std::unique_ptr<CaseDetailsRepository> m_details;
    std::unique_ptr<TeamSettingsRepository> m_settings;
    std::unique_ptr<TeamConfigRepository> m_config;
    std::unique_ptr<TrainingRepository> m_training;
    std::unique_ptr<SatisfactionRepository> m_surveys;
    std::unique_ptr<PrivacyRepository> m_privacy;
};

} // namespace webcare::store
