// SPDX-License-Identifier: MIT
#pragma once

#include "store/casestore.h"
#include "store/draftstore.h"
#include "store/outboxrepository.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace webcare::store {
class StoreService;
}
namespace webcare::accounts {
class AccountService;
}

namespace webcare::outbox {

// What the agent sends from a reply box: the text as typed, with what it goes with.
struct ReplyRequest {
    qint64 caseId = 0;
    qint64 accountId = 0;
    qint64 answersPostId = 0; // the customer's post the reply answers
    QString text;             // as typed (trimmed when submitted)
    QStringList parts;        // a numbered thread (1/n … n/n) to send in order; empty: one post
    QStringList openFlags;    // the composer's findings still open (four-eyes may ask for approval)
    QString agent;
    QString signature;
};

// The one place a submission is built, for a reply sent now and for a draft queued earlier alike, so that both
// carry the same parts, findings and key.
store::ReplySubmission toSubmission(const ReplyRequest &request, const QString &draftKey = {});
// A queued draft keeps its request (parts, findings, account, the post answered); these convert both ways.
store::Draft toQueuedDraft(const ReplyRequest &request);
ReplyRequest requestOf(const store::Draft &draft);

// The agent's way to the outbox, for every reply box of the app: submits a request to the store (straight into
// the outbox, or for a supervisor's approval), keeps it queued on this workstation while the team database cannot
// be reached and stores it once when it is back, and in training keeps it captured (never queued for sending).
// Lives on the GUI thread and never waits: the store answers through StoreService.
class ReplyOutbox final : public QObject {
    Q_OBJECT
public:
    // `accounts` may be null (nothing is sent: a read-only desk, some tests).
    ReplyOutbox(store::StoreService *store, accounts::AccountService *accounts, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReplyOutbox)

    // Where queued replies and unsent text are kept across a lost connection, a restart or a crash; null: nowhere.
    void setDraftStore(std::shared_ptr<store::DraftStore> drafts);
    store::DraftStore *drafts() const { return m_drafts.get(); }
    std::shared_ptr<store::DraftStore> sharedDrafts() const { return m_drafts; }

    // Who writes: signs a draft queued by an older version, which kept only its text.
    void setAgent(const QString &login, const QString &signature)
    {
        m_agent = login;
        m_signature = signature;
    }
    // Training: every reply is captured for review; nothing is queued for sending, no idempotency key is made.
    void setTrainingMode(bool training) { m_training = training; }
    bool isTrainingMode() const { return m_training; }
    // False while the team database cannot be reached (StoreService::connectionLost … connectionRestored).
    bool isConnected() const { return m_connected; }
    // A submission of this case is on its way to the store.
    bool isSubmitting(qint64 caseId) const { return m_submitting.contains(caseId); }

    // Submits what the agent wrote. The draft is marked queued (and written) before the store hears of it: when
    // the answer is lost with the connection, queueing it again with the same key finds the first attempt.
    void send(const ReplyRequest &request);
    // Stores every draft whose send did not reach the store (the team database could not be reached, or the app
    // stopped first). Called when the connection is back and when the accounts are known. Idempotent.
    void requeue();

signals:
    void submitting(qint64 caseId);
    // Kept on this workstation: stored as soon as the team database is back.
    void heldUntilConnected(qint64 caseId);
    // Stored: in the outbox (its account sends it), awaiting a supervisor, or captured in training.
    void replyQueued(qint64 caseId, qint64 replyId);
    void replyAwaitingApproval(qint64 caseId, qint64 replyId);
    void replyCaptured(qint64 caseId, qint64 replyId);
    // Not stored for another reason than a lost connection: the agent edits and sends again.
    void replyRefused(qint64 caseId, const QString &message);
    void connectionChanged(bool connected);

private:
    void submit(const ReplyRequest &request, const QString &draftKey);
    void setConnected(bool connected);

    store::StoreService *m_store;
    accounts::AccountService *m_accounts;
    std::shared_ptr<store::DraftStore> m_drafts;
    QString m_agent;
    QString m_signature;
    bool m_training = false;
    bool m_connected = true;
    QSet<qint64> m_submitting; // its queued draft is on the way: requeue() leaves it alone
};

} // namespace webcare::outbox
