// SPDX-License-Identifier: MIT
#pragma once

#include "domain/agentstate.h"
#include "domain/entities.h"
#include "domain/slapolicy.h"
#include "inboxquery.h"
#include "storeerror.h"
#include "storelocation.h"
#include "util/expected.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <functional>
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

// A late escalation with whom to remind now (the backup while the contact person is absent).
struct EscalationReminder {
    domain::Escalation escalation;
    QString departmentName;
    QString addresseeName;
    QString addresseeAddress;
};

// A case given to an agent by auto-assignment.
struct Assignment {
    qint64 caseId = 0;
    QString agent;
};

// What the opener means the store to be. A training store is marked as such inside the database (team_settings
// "store.purpose"), so that neither the path nor a command-line mistake can mix real customers and practice.
enum class StorePurpose {
    Any,      // tools, sync workers and tests: no check (replies are still captured in a training store)
    Live,     // refuses a training store
    Training, // marks a new, empty store; refuses an unmarked store that holds anything (a live one)
};

// ---- Case details (casedetailsstore.cpp) ------------------------------------------------------------------------

// An internal note on a case: for colleagues, never sent to the customer.
struct CaseNote {
    qint64 id = 0;
    qint64 caseId = 0;
    QString author; // agent login
    QString text;
    QDateTime createdAt;
};

// A tag of the team's list. Voice-of-the-customer tags ("procesfout" …) feed the weekly report.
struct TagInfo {
    QString tag;
    bool voc = false;
    QString description;
    friend bool operator==(const TagInfo &, const TagInfo &) = default;
};

// The catalog a new team starts with (Dutch, as the agents tag), seeded by seedDefaultTagCatalog().
QList<TagInfo> defaultTagCatalog();
// A tag as stored: trimmed, lower case, inner white space as '-'; empty when nothing usable is left or it is longer
// than 40 characters.
QString normalizedTag(const QString &tag);
// A customer number as stored: trimmed, upper case; empty input unlinks. nullopt when it is not 4 to 20 letters,
// digits or '-' (starting with a letter or digit), so a typo or a pasted sentence never ends up in the file.
std::optional<QString> normalizedCustomerNumber(const QString &number);

// Another case of the same customer, for "earlier cases".
struct RelatedCase {
    qint64 id = 0;
    domain::Channel channel = domain::Channel::X;
    domain::CaseState state = domain::CaseState::New;
    QString category;
    QDateTime openedAt;
    QString preview;
    bool byCustomerNumber = false; // found through the linked customer number (another author, e.g. another channel)
};
// Four-eyes and threads: what the agent submits from the reply box.
struct ReplySubmission {
    domain::Reply reply;   // case, account, post answered, agent, signature; text when it is one post
    QStringList parts;     // a numbered thread (1/n … n/n), sent in order, each answering the one before; empty: one
    QStringList openFlags; // the composer's findings still open
    // The key of the agent's draft (DraftStore): a submission already stored with it is returned instead of being
    // stored twice (queued again after a lost connection). Separate from reply.idempotencyKey, so that a reply
    // copied from the store is never mistaken for the draft it came from.
    QString draftKey;
};
struct SubmitResult {
    QList<qint64> replyIds;        // in sending order
    bool awaitingApproval = false; // true: a supervisor must approve before anything is queued
    bool captured = false;         // a training store: kept for review, never queued for sending
};
// A reply waiting for a supervisor, with what it answers.
struct ApprovalItem {
    domain::Reply reply;        // the first (or only) part; openFlags, agent
    QList<domain::Reply> parts; // every part in order (the reply itself first)
    domain::Post answers;       // the customer's post it answers
    QString caseAuthor;
};
// Someone with a case open somewhere (another window, another desk).
struct Presence {
    qint64 caseId = 0;
    QString clientId; // one per open case view
    QString agent;
    QString activity; // "viewing" or "writing"
    QDateTime heartbeatAt;
};
// Team settings (team_settings): keys.
inline constexpr char findingsNeedApprovalSetting[] = "replies.findings_need_approval";

// A customer's answer to the satisfaction survey: a score 1–5 and/or a Net Promoter answer 0–10.
struct SatisfactionRecord {
    qint64 caseId = 0;
    std::optional<int> score;
    std::optional<int> nps;
    QString comment;
    QDateTime at; // now when invalid
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

// ZEKEP: zakelijk, efficiënt, kort, empathisch, persoonlijk — each scored 1 (poor) to 5 (excellent).
struct ZekepScores {
    int zakelijk = 0;
    int efficient = 0;
    int kort = 0;
    int empathisch = 0;
    int persoonlijk = 0;
    double average() const { return (zakelijk + efficient + kort + empathisch + persoonlijk) / 5.0; }
    bool valid() const;
    friend bool operator==(const ZekepScores &, const ZekepScores &) = default;
};

// A supervisor's review of one reply written in training.
struct TrainingReview {
    qint64 id = 0;
    qint64 replyId = 0;
    QString reviewer;
    ZekepScores scores;
    QString comment;
    QDateTime reviewedAt;
};

// A reply written in training with the post it answers and its reviews, for the review window.
struct TraineeReply {
    domain::Reply reply;
    domain::Channel channel = domain::Channel::X;
    QString answeredText;   // the customer's post
    QString answeredAuthor; // its author's display name (anonymised in training)
    QString caseCategory;   // "complaint" … empty when not triaged
    QList<TrainingReview> reviews;
};

// What the privacy functions did, for the command line and the audit trail.
struct PrivacyResult {
    int cases = 0;
    int posts = 0;
    int authors = 0;
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
    // Marked as a training store (see StorePurpose).
    bool isTrainingStore() const { return m_training; }
    QSqlDatabase database() const { return m_db; }
    void setSlaPolicy(std::shared_ptr<const domain::SlaPolicy> policy);

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
        QString threadParentPlatformId; // a later thread part answers the part before it, once that is sent
    };
    // Queues a reply for sending and returns its id. With reply.idempotencyKey set (a draft queued again after a lost
    // connection) a reply already queued with that key is returned instead of queueing it twice; otherwise a fresh
    // key is made.
    // In a training store the reply is captured instead (state Captured, no idempotency key): no sync worker ever
    // claims it, so nothing is sent whoever runs one.
    Expected<qint64, StoreError> approveReply(const domain::Reply &reply);
    // Submits what the agent wrote (sendingstore.cpp), in one transaction. In a training store every part is
    // captured (no idempotency key, never claimed for sending, no approval queue). Otherwise, in one transaction: one
    // reply or the parts of a thread chained by thread_parent_id, straight into the outbox, or awaiting approval when
    // the agent needs approval or the team wants replies with open findings approved and there are some. Audited. With
    // draftKey set, a submission already stored with that key is returned instead of storing it twice.
    Expected<SubmitResult, StoreError> submitReply(const ReplySubmission &submission);
    // Four-eyes. One conditional UPDATE decides: of two supervisors acting at once, one wins, the other gets
    // Conflict. The writer can never review their own reply (NotAllowed), nor can an agent without the supervisor
    // role. Approving moves the reply and its later thread parts into the outbox, each with a fresh idempotency key.
    Expected<void, StoreError> approveSubmitted(qint64 replyId, const QString &supervisor);
    // Sends the reply (and its later parts) back to the writer with a comment.
    Expected<void, StoreError> sendBackReply(qint64 replyId, const QString &supervisor, const QString &comment);
    // Replies awaiting approval, oldest first, one item per reply or thread.
    Expected<QList<ApprovalItem>, StoreError> approvalQueue();
    Expected<qint64, StoreError> approvalCount();
    // The agents table: role and four-eyes flag (created when the login is new).
    Expected<void, StoreError> setAgentRole(const QString &login, bool supervisor, bool needsApproval,
                                            const QString &actor);
    Expected<std::optional<domain::Agent>, StoreError> agent(const QString &login);
    // Every known agent: the agents table and whoever has cases assigned, sorted by login.
    Expected<QStringList, StoreError> agentLogins();
    // Every tag in use or in the catalog, sorted.
    Expected<QStringList, StoreError> tagsInUse();
    // Presence (collision): a client heartbeats while a case is open; entries older than `staleSeconds` are gone.
    Expected<void, StoreError> setPresence(const Presence &presence);
    Expected<void, StoreError> clearPresence(qint64 caseId, const QString &clientId);
    Expected<QList<Presence>, StoreError> presence(qint64 caseId, const QDateTime &nowUtc, int staleSeconds = 30);
    // Moves the account's oldest approved reply to "sending", atomically (one sender per reply, even with many
    // clients), and returns it; nullopt when there is nothing to send. A later part of a thread is only handed out
    // once the part before it is sent, so the parts arrive in order and a failed part holds up the rest.
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

    // Departments and escalation (workflowstore.cpp). Every change leaves an audit event.
    Expected<qint64, StoreError> addDepartment(const domain::Department &department, const QString &actor);
    Expected<void, StoreError> updateDepartment(const domain::Department &department, const QString &actor);
    Expected<void, StoreError> setContactAbsent(qint64 departmentId, bool absent, const QString &actor);
    Expected<QList<domain::Department>, StoreError> departments();
    Expected<domain::Department, StoreError> departmentById(qint64 departmentId);
    // Hands a case to a department with a question, in one transaction: the escalation row (addressed to the
    // backup while the contact person is absent, due after the department's internal SLA in its working time), the
    // case moves to "waiting on department" and keeps its webcare owner, audit events.
    Expected<domain::Escalation, StoreError> escalateCase(qint64 caseId, qint64 departmentId, const QString &question,
                                                          const QString &category, const QString &actor,
                                                          const QDateTime &atUtc = {});
    // Records the department's answer; when no other question is open the case needs a reply again.
    Expected<void, StoreError> recordDepartmentAnswer(qint64 escalationId, const QString &answer, const QString &actor,
                                                      const QDateTime &atUtc = {});
    Expected<QList<domain::Escalation>, StoreError> escalations(qint64 caseId);
    // Unanswered escalations past their due time, oldest first, for reminders.
    Expected<QList<EscalationReminder>, StoreError> lateEscalations(const QDateTime &nowUtc);
    // Back-office follow-ups: a front-office promise with a due date.
    Expected<qint64, StoreError> addFollowUp(qint64 caseId, const QString &note, const QDateTime &dueUtc,
                                             const QString &actor);
    Expected<void, StoreError> completeFollowUp(qint64 followUpId, const QString &actor, const QDateTime &atUtc = {});
    Expected<QList<domain::FollowUp>, StoreError> followUps(qint64 caseId);
    // Open follow-ups due at or before `nowUtc`, oldest first.
    Expected<QList<domain::FollowUp>, StoreError> dueFollowUps(const QDateTime &nowUtc);

    // Blending: the agents' state log. Switching closes the open interval and opens one for the new state; an
    // open interval whose client stopped heartbeating (a crash) is closed at its last heartbeat, never later.
    Expected<void, StoreError> setAgentState(const QString &agent, domain::AgentState state,
                                             const QDateTime &atUtc = {});
    Expected<void, StoreError> agentHeartbeat(const QString &agent, const QDateTime &atUtc = {});
    // At start-up: closes the agent's intervals left open by a crash at their last heartbeat; returns how many.
    Expected<int, StoreError> closeInterruptedStates(const QString &agent);
    Expected<std::optional<domain::AgentState>, StoreError> currentAgentState(const QString &agent);
    // Intervals overlapping [from, to), oldest first (open ones without an end).
    Expected<QList<domain::StateInterval>, StoreError> agentStateLog(const QString &agent, const QDateTime &fromUtc,
                                                                     const QDateTime &toUtc);
    // Agents whose open interval is in `state` and still heartbeating at `nowUtc`, sorted.
    Expected<QStringList, StoreError> agentsInState(domain::AgentState state, const QDateTime &nowUtc);

    // Assignment. Claiming is one conditional UPDATE: of two agents (or clients) claiming one case, exactly one
    // wins; the other gets Conflict. Claiming a case one already owns succeeds.
    Expected<void, StoreError> claimCase(qint64 caseId, const QString &agent);
    Expected<void, StoreError> releaseCase(qint64 caseId, const QString &agent);
    // Round-robin: unassigned new and needs-reply cases, most urgent first, go in turn to the agents in webcare
    // state, none getting more than `maxOpenPerAgent` open cases.
    Expected<QList<Assignment>, StoreError> autoAssign(int maxOpenPerAgent, const QDateTime &nowUtc,
                                                       const QString &actor = QStringLiteral("system"));

    // Training review (trainingstore.cpp). One review per reply and reviewer: saving again replaces it.
    Expected<qint64, StoreError> saveTrainingReview(const TrainingReview &review);
    Expected<QList<TrainingReview>, StoreError> trainingReviews(qint64 replyId);
    // Replies written in this store, newest first, with what they answer and their reviews; `agent` empty: all
    // agents. Only replies the trainee finished (captured, or sent/approved/failed if written elsewhere).
    Expected<QList<TraineeReply>, StoreError> traineeReplies(const QString &agent = {});
    // The logins that wrote replies here, sorted.
    Expected<QStringList, StoreError> trainees();
    // ---- Case details (casedetailsstore.cpp): internal notes, the customer and their number, tags, the tag catalog
    // and the customer's other cases. Every change is one transaction together with its audit event.
    Expected<qint64, StoreError> addNote(qint64 caseId, const QString &text, const QString &author);
    // Oldest first.
    Expected<QList<CaseNote>, StoreError> notes(qint64 caseId);
    // The case's customer: the author of its first post not written by one of our accounts (nullopt: none yet).
    Expected<std::optional<domain::Author>, StoreError> caseCustomer(qint64 caseId);
    // Links (or, with an empty number, unlinks) the customer number of the case's customer; audit event on the case.
    Expected<void, StoreError> setCustomerNumber(qint64 caseId, const QString &number, const QString &actor);
    // The same for an author known by id; `caseId` (0: none) is the case the audit event belongs to.
    Expected<void, StoreError> setAuthorCustomerNumber(qint64 authorId, const QString &number, const QString &actor,
                                                       qint64 caseId = 0);
    // Adding a tag the case has, or removing one it has not, changes nothing and leaves no audit event.
    Expected<void, StoreError> addTag(qint64 caseId, const QString &tag, const QString &actor);
    Expected<void, StoreError> removeTag(qint64 caseId, const QString &tag, const QString &actor);
    Expected<QStringList, StoreError> tags(qint64 caseId);
    // Sorted by tag.
    Expected<QList<TagInfo>, StoreError> tagCatalog();
    // Replaces the team's list (an audit event without a case).
    Expected<void, StoreError> setTagCatalog(const QList<TagInfo> &catalog, const QString &actor);
    // Stores defaultTagCatalog() when the team has no list yet; returns whether it did.
    Expected<bool, StoreError> seedDefaultTagCatalog();
    // The customer's other cases, newest first: by the same author, and, when a customer number is linked, by every
    // author with that number (other channels too).
    Expected<QList<RelatedCase>, StoreError> authorCases(qint64 caseId);
    // Team settings (opening hours, SLA targets, assignment, blending thresholds …) shared by every client: one
    // value per key, with who changed it last. A key never set is nullopt.
    Expected<std::optional<QString>, StoreError> teamSetting(const QString &key);
    Expected<QHash<QString, QString>, StoreError> teamSettings();
    Expected<void, StoreError> setTeamSetting(const QString &key, const QString &value, const QString &actor,
                                              const QDateTime &atUtc = {});
    // Several keys in one transaction (a settings dialog's OK): the team never sees half of a change.
    Expected<void, StoreError> setTeamSettings(const QHash<QString, QString> &values, const QString &actor,
                                               const QDateTime &atUtc = {});
    // Customer satisfaction (satisfactionstore.cpp): stores the answer with an audit event, in one transaction.
    // A score outside 1–5, an NPS answer outside 0–10 or neither given is refused.
    Expected<qint64, StoreError> recordSatisfaction(const SatisfactionRecord &record, const QString &actor);
    Expected<QList<SatisfactionRecord>, StoreError> satisfaction(qint64 caseId);

    // Team mode (teamstore.cpp). Whether the connection still answers; after a PostgreSQL server went away,
    // reconnect() opens the connection again (same location, no migration).
    bool isConnected();
    Expected<void, StoreError> reconnect();
    // Only one client syncs an account: a session-level advisory lock per account, released by PostgreSQL when
    // the holder's connection ends (a crash, a lost network), so another client takes over. SQLite: always true.
    Expected<bool, StoreError> tryLockAccount(qint64 accountId);
    Expected<void, StoreError> unlockAccount(qint64 accountId);

    // Privacy (privacystore.cpp), each recorded in the audit trail with `actor`. Resolved cases without activity
    // for `days` days lose their personal data: post texts and payloads, author names and handles, reply texts,
    // notes and department questions. Cases stay (for the reports' counts); anonymised cases are not touched again.
    Expected<PrivacyResult, StoreError> applyRetention(int days, const QString &actor, const QDateTime &nowUtc = {});
    // One author's data on request, by channel and handle (or platform id): everything they wrote, as JSON.
    Expected<QByteArray, StoreError> exportAuthor(domain::Channel channel, const QString &handleOrId,
                                                  const QString &actor);
    // Erasure on request: the author's posts and identity are anonymised as by the retention period.
    Expected<PrivacyResult, StoreError> eraseAuthor(domain::Channel channel, const QString &handleOrId,
                                                    const QString &actor);

private:
    Expected<void, StoreError> checkPurpose(StorePurpose purpose);
    Expected<void, StoreError> anonymiseCases(const QList<qint64> &caseIds, PrivacyResult &result);
    Expected<qint64, StoreError> findAuthor(domain::Channel channel, const QString &handleOrId);
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
    bool m_training = false;
    std::shared_ptr<const domain::SlaPolicy> m_sla;
    QSet<QString> m_ownAccounts;        // "channel:platform user id"
    QHash<QString, qint64> m_authorIds; // author key → id; cleared whenever a transaction rolls back
    OpenOptions m_options;
};

} // namespace webcare::store
