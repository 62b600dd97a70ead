// SPDX-License-Identifier: MIT
#include "casestore.h"

#include "accountrepository.h"
#include "agentrepository.h"
#include "casedetailsrepository.h"
#include "caserepository.h"
#include "ingestrepository.h"
#include "outboxrepository.h"
#include "privacyrepository.h"
#include "satisfactionrepository.h"
#include "store/connection.h"
#include "storeconnection.h"
#include "teamconfigrepository.h"
#include "teamsettingsrepository.h"
#include "trainingrepository.h"
#include "triagerepository.h"
#include "workflowrepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace webcare::store {

namespace {
const QString purposeKey = QStringLiteral("store.purpose");
const QString trainingPurpose = QStringLiteral("training");
} // namespace

CaseStore::CaseStore(std::unique_ptr<StoreConnection> connection)
    : m_connection(std::move(connection))
    , m_agents(std::make_unique<AgentRepository>(*m_connection))
    , m_cases(std::make_unique<CaseRepository>(*m_connection, *m_agents))
    , m_ingest(std::make_unique<IngestRepository>(*m_connection))
    , m_accounts(std::make_unique<AccountRepository>(*m_connection))
    , m_outbox(std::make_unique<OutboxRepository>(*m_connection, *m_cases))
    , m_triage(std::make_unique<TriageRepository>(*m_connection))
    , m_workflow(std::make_unique<WorkflowRepository>(*m_connection))
    , m_details(std::make_unique<CaseDetailsRepository>(*m_connection))
    , m_settings(std::make_unique<TeamSettingsRepository>(*m_connection))
    , m_config(std::make_unique<TeamConfigRepository>(*m_connection))
    , m_training(std::make_unique<TrainingRepository>(*m_connection))
    , m_surveys(std::make_unique<SatisfactionRepository>(*m_connection))
    , m_privacy(std::make_unique<PrivacyRepository>(*m_connection))
{}

// The repositories go first: they refer to the connection.
CaseStore::~CaseStore()
{
    m_privacy.reset();
    m_surveys.reset();
    m_training.reset();
    m_settings.reset();
    m_config.reset();
    m_details.reset();
    m_workflow.reset();
    m_triage.reset();
    m_outbox.reset();
    m_accounts.reset();
    m_ingest.reset();
    m_cases.reset();
    m_agents.reset();
}

Expected<std::unique_ptr<CaseStore>, StoreError> CaseStore::open(const StoreLocation &location,
                                                                 const OpenOptions &options)
{
    auto connection =
        std::make_unique<StoreConnection>(location, uniqueConnectionName(QStringLiteral("webcare-store")));
    connection->setSla(options.sla);
    WEBCARE_TRY(connection->open(options.busyTimeoutMs, options.waitingForMigration));
    std::unique_ptr<CaseStore> store(new CaseStore(std::move(connection)));
    WEBCARE_TRY(store->checkPurpose(options.purpose));
    WEBCARE_TRY(store->accounts().loadOwnAccounts());
    return store;
}

const StoreLocation &CaseStore::location() const { return m_connection->location(); }
Backend CaseStore::backend() const { return m_connection->backend(); }
bool CaseStore::isTrainingStore() const { return m_connection->isTraining(); }
QSqlDatabase CaseStore::database() const { return m_connection->database(); }
void CaseStore::setSlaPolicy(std::shared_ptr<const domain::SlaPolicy> policy)
{
    m_connection->setSla(std::move(policy));
}
bool CaseStore::isConnected() { return m_connection->isConnected(); }
Expected<void, StoreError> CaseStore::reconnect() { return m_connection->reconnect(); }

Expected<void, StoreError> CaseStore::checkPurpose(StorePurpose purpose)
{
    const QString where = m_connection->location().displayName();
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT value FROM team_settings WHERE key = ?"));
    q.addBindValue(purposeKey);
    if (!q.exec())
        return unexpected(m_connection->error(q.lastError()));
    bool marked = q.next() && q.value(0).toString() == trainingPurpose;
    q.finish();
    if (purpose == StorePurpose::Live && marked) {
        StoreError e{StoreError::Kind::WrongMode, where, QStringLiteral("training store opened as live")};
        e.trainingStore = true;
        return unexpected(e);
    }
    if (purpose == StorePurpose::Training && !marked) {
        // Only a store that never held anything may become a training store: an unmarked one with posts, replies
        // or accounts is somebody's live store.
        if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM posts) + (SELECT COUNT(*) FROM replies) + "
                                   "(SELECT COUNT(*) FROM accounts)")) ||
            !q.next())
            return unexpected(m_connection->error(q.lastError()));
        if (q.value(0).toLongLong() > 0)
            return unexpected(
                StoreError{StoreError::Kind::WrongMode, where, QStringLiteral("live store opened for training")});
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO team_settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(purposeKey);
        q.addBindValue(trainingPurpose);
        q.addBindValue(QStringLiteral("webcaredesk"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return unexpected(m_connection->error(q.lastError()));
        marked = true;
    }
    m_connection->setTraining(marked);
    return {};
}

} // namespace webcare::store
