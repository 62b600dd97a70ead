// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// The outbox. A reply's state in the store is the only record of what was sent: approved → sending → sent,
// or failed (the platform refused; the agent may edit and retry), or unknown (the answer was lost: reconcile
// with the platform before any resend).
struct OutgoingReply {
    domain::Reply reply;
    domain::Post inReplyTo;         // the post answered (platform id, conversation, raw payload for visibility etc.)
    QString threadParentPlatformId; // a later thread part answers the part before it, once that is sent
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

class CaseRepository;

// Replies: submitting, four-eyes approval and the outbox the sync sends from.
class OutboxRepository final : Repository {
public:
    // The approval queue shows each reply with its case (`cases`).
    OutboxRepository(StoreConnection &connection, CaseRepository &cases)
        : Repository(connection)
        , m_cases(cases)
    {}

    // Queues a reply for sending and returns its id. With reply.idempotencyKey set (a draft queued again after a lost
    // connection) a reply already queued with that key is returned instead of queueing it twice; otherwise a fresh
    // key is made.
    // In a training store the reply is captured instead (state Captured, no idempotency key): no sync worker ever
    // claims it, so nothing is sent whoever runs one.
    Expected<qint64, StoreError> approveReply(const domain::Reply &reply);
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
    // Submits what the agent wrote, in one transaction. In a training store every part is
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

private:
    std::optional<StoreError> notSupervisor(const QString &login);
    StoreError reviewRefusal(qint64 replyId, const QString &supervisor);

    CaseRepository &m_cases;
};

} // namespace webcare::store
