// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "inboxquery.h"
#include "storeerror.h"
#include "storelocation.h"
#include "util/expected.h"
#include "workflow/slapolicy.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace webcare::store {

struct OwnAccount {
    domain::Channel channel = domain::Channel::X;
    QString platformId;
    QString handle;
    QString displayName;
};

// Where a stream of an account (mentions, search, direct messages …) has been read up to.
struct CursorUpdate {
    qint64 accountId = 0;
    QString stream;
    QString cursor;
};

// How an account's last sync went, for the account health view.
struct AccountHealth {
    QDateTime lastSyncAt;
    QDateTime nextSyncAt;
    QString lastError;
    int rateLimit = -1;
    int rateRemaining = -1;
    QDateTime rateResetAt;
};

struct UpsertResult {
    int inserted = 0;
    int known = 0;
    QList<qint64> touchedCases;
};

// Triage: one agent's decision on a post (or on a case as a whole when postId is 0). Decision and category are
// the keys of triage/labels.h ("reply" / "no_action", "question", "complaint" …).
struct TriageDecisionRecord {
    qint64 caseId = 0;
    qint64 postId = 0;
    QString decision;
    QString category;
    QString agent;
    QDateTime at; // now when invalid
};
// The triage model's counts: label → feature → occurrences (the same shape as triage::ModelCounts).
using TriageCounts = QHash<QString, QHash<QString, qint64>>;

struct OpenOptions {
    int busyTimeoutMs = 5000; // how long a writer waits for another writer before reporting "locked"
};

// The case store: posts, cases, replies and the audit trail, on SQLite or PostgreSQL through one interface.
// Synchronous and bound to the thread that opened it (one connection per thread); the GUI reaches it only through
// StoreService, which owns a worker thread.
class CaseStore {
public:
    Q_DISABLE_COPY_MOVE(CaseStore)
    ~CaseStore();

    // Opens (creating an SQLite file with permissions 0600 if needed) and upgrades the schema. Never resets or
    // half-migrates: any problem is returned as a StoreError naming the location and what to do.
    static Expected<std::unique_ptr<CaseStore>, StoreError> open(const StoreLocation &location,
                                                                 const OpenOptions &options = {});

    const StoreLocation &location() const { return m_location; }
    Backend backend() const { return m_location.backend; }
    QSqlDatabase database() const { return m_db; }
    void setSlaPolicy(std::shared_ptr<const workflow::SlaPolicy> policy);

    Expected<void, StoreError> addOwnAccount(const OwnAccount &account);
    // Idempotent by (channel, platform id): a post seen twice is stored once. All posts of one call, and the
    // cursors that cover them, are stored in one transaction, or none are: a crash between fetching and storing
    // makes the sync fetch again, never skip.
    Expected<UpsertResult, StoreError> upsertPosts(QList<domain::Post> posts, const QList<CursorUpdate> &cursors = {});

    Expected<qint64, StoreError> addAccount(const domain::Account &account);
    Expected<void, StoreError> removeAccount(qint64 accountId);
    Expected<QList<domain::Account>, StoreError> accounts();
    // The brand keywords the account watches (X recent search, Discourse search); empty: no search stream.
    Expected<void, StoreError> setSearchTerms(qint64 accountId, const QStringList &terms);
    Expected<void, StoreError> setAccountStatus(qint64 accountId, domain::Account::Status status);
    Expected<void, StoreError> recordAccountHealth(qint64 accountId, const AccountHealth &health);
    // The outbox. A reply's state in the store is the only record of what was sent: approved → sending → sent,
    // or failed (the platform refused; the agent may edit and retry), or unknown (the answer was lost: reconcile
    // with the platform before any resend).
    struct OutgoingReply {
        domain::Reply reply;
        domain::Post inReplyTo; // the post answered (platform id, conversation, raw payload for visibility etc.)
    };
    // Queues a reply for sending with a fresh idempotency key; returns its id.
    Expected<qint64, StoreError> approveReply(const domain::Reply &reply);
    // Moves the account's oldest approved reply to "sending", atomically (one sender per reply, even with many
    // clients), and returns it; nullopt when there is nothing to send.
    Expected<std::optional<OutgoingReply>, StoreError> claimReply(qint64 accountId);
    Expected<void, StoreError> finishReply(qint64 replyId, domain::ReplyState state, const QString &platformId = {},
                                           const QString &error = {});
    // After a crash: replies left in "sending" become "unknown", to be reconciled before anything is resent.
    Expected<int, StoreError> markInterruptedSends(qint64 accountId);
    Expected<QList<OutgoingReply>, StoreError> repliesInState(qint64 accountId, domain::ReplyState state);
    Expected<domain::Reply, StoreError> replyById(qint64 replyId);
    // Every reply written on a case, oldest first, whatever its state (for the case view).
    Expected<QList<domain::Reply>, StoreError> repliesOfCase(qint64 caseId);

    // Which of these platform ids the store already has.
    Expected<QSet<QString>, StoreError> knownPlatformIds(domain::Channel channel, const QStringList &platformIds);
    // The stored cursor of a stream; empty when the stream was never read.
    Expected<QString, StoreError> cursor(qint64 accountId, const QString &stream);

    Expected<InboxPage, StoreError> inboxPage(const InboxQuery &query);
    Expected<qint64, StoreError> countCases(const InboxFilter &filter);
    Expected<domain::Case, StoreError> caseById(qint64 caseId);
    // The conversation of a case, oldest first, with authors.
    Expected<QList<domain::Post>, StoreError> conversation(qint64 caseId);
    Expected<qint64, StoreError> postCount();

    Expected<void, StoreError> setCaseState(qint64 caseId, domain::CaseState state, const QString &actor);
    Expected<void, StoreError> appendAudit(const domain::AuditEvent &event);
    Expected<QList<domain::AuditEvent>, StoreError> auditTrail(qint64 caseId);

    // Triage. Records an agent's decision in one transaction with everything it implies: the decision row, the
    // case's category, the case state ("no_action" closes a new or needs-reply case; "reply" moves a new or
    // no-action case to needs-reply; cases waiting on a department or resolved keep their state), an audit event,
    // and the counts the model learned from it (`learned`, from triage::Triager::learn), so the team's shared model
    // never misses a decision.
    Expected<void, StoreError> recordTriageDecision(const TriageDecisionRecord &record, const TriageCounts &learned);
    Expected<QList<TriageDecisionRecord>, StoreError> triageDecisions(qint64 caseId);
    // The whole model, to load at start.
    Expected<TriageCounts, StoreError> triageModel();
    // Adds counts (e.g. training on labelled posts) in one transaction.
    Expected<void, StoreError> addTriageCounts(const TriageCounts &delta);
    // The team's rule words by kind ("brand", "campaign", "employee"), sorted.
    Expected<QStringList, StoreError> triageTerms(const QString &kind);
    Expected<void, StoreError> setTriageTerms(const QString &kind, const QStringList &terms);
    Expected<QList<OwnAccount>, StoreError> ownAccounts();

private:
    Expected<void, StoreError> mergeTriageCounts(const TriageCounts &delta);
    CaseStore(const StoreLocation &location, const QString &connectionName);
    Expected<void, StoreError> initialise(const OpenOptions &options);
    Expected<void, StoreError> loadOwnAccounts();
    StoreError error(const QSqlError &e) const;
    // One statement with bound values, for the many small updates.
    Expected<void, StoreError> execute(const QString &sql, const QVariantList &values);
    Expected<void, StoreError> begin();
    Expected<void, StoreError> commit();
    void rollback();

    StoreLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::shared_ptr<const workflow::SlaPolicy> m_sla;
    QSet<QString> m_ownAccounts;        // "channel:platform user id"
    QHash<QString, qint64> m_authorIds; // author key → id; cleared whenever a transaction rolls back
};

} // namespace webcare::store
