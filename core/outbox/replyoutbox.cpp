// SPDX-License-Identifier: MIT
#include "replyoutbox.h"

#include "accounts/accountservice.h"
#include "store/caserepository.h"
#include "store/outboxrepository.h"
#include "store/storeservice.h"

#include <QDebug>

namespace webcare::outbox {

using namespace domain;

store::ReplySubmission toSubmission(const ReplyRequest &request, const QString &draftKey)
{
    store::ReplySubmission submission;
    Reply &reply = submission.reply;
    reply.caseId = request.caseId;
    reply.accountId = request.accountId;
    reply.inReplyToPostId = request.answersPostId;
    reply.text = request.text.trimmed();
    reply.agent = request.agent;
    reply.signature = request.signature;
    if (request.parts.size() > 1)
        submission.parts = request.parts;
    submission.openFlags = request.openFlags;
    submission.draftKey = draftKey;
    return submission;
}

store::Draft toQueuedDraft(const ReplyRequest &request)
{
    store::Draft draft;
    draft.caseId = request.caseId;
    draft.text = request.text;
    draft.queued = true;
    draft.accountId = request.accountId;
    draft.answersPostId = request.answersPostId;
    draft.parts = request.parts;
    draft.openFlags = request.openFlags;
    draft.agent = request.agent;
    draft.signature = request.signature;
    return draft;
}

ReplyRequest requestOf(const store::Draft &draft)
{
    ReplyRequest request;
    request.caseId = draft.caseId;
    request.accountId = draft.accountId;
    request.answersPostId = draft.answersPostId;
    request.text = draft.text;
    request.parts = draft.parts;
    request.openFlags = draft.openFlags;
    request.agent = draft.agent;
    request.signature = draft.signature;
    return request;
}

ReplyOutbox::ReplyOutbox(store::StoreService *store, accounts::AccountService *accounts, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
{
    connect(m_store, &store::StoreService::connectionLost, this, [this] { setConnected(false); });
    connect(m_store, &store::StoreService::connectionRestored, this, [this] {
        setConnected(true);
        requeue();
    });
    if (m_accounts)
        connect(m_accounts, &accounts::AccountService::accountsChanged, this, &ReplyOutbox::requeue);
}

void ReplyOutbox::setDraftStore(std::shared_ptr<store::DraftStore> drafts) { m_drafts = std::move(drafts); }

void ReplyOutbox::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectionChanged(connected);
}

void ReplyOutbox::send(const ReplyRequest &request)
{
    if (!request.caseId || request.text.trimmed().isEmpty())
        return;
    // Training keeps every reply for review and never queues one: no draft key, nothing held for a reconnect.
    QString key;
    if (m_drafts && !m_training) {
        if (const auto saved = m_drafts->save(toQueuedDraft(request)))
            key = saved->idempotencyKey;
        else
            qWarning().noquote() << "could not keep the queued reply of case" << request.caseId << "in"
                                 << m_drafts->folder();
    }
    if (!m_connected && !key.isEmpty()) {
        emit heldUntilConnected(request.caseId); // stored by requeue() when the connection is back
        return;
    }
    submit(request, key);
}

void ReplyOutbox::submit(const ReplyRequest &request, const QString &draftKey)
{
    const qint64 caseId = request.caseId;
    const qint64 accountId = request.accountId;
    m_submitting.insert(caseId);
    emit submitting(caseId);
    const store::ReplySubmission submission = toSubmission(request, draftKey);
    m_store->run<store::SubmitResult>(
        this, [submission](store::CaseStore &s) { return s.outbox().submitReply(submission); },
        [this, caseId, accountId, draftKey](Expected<store::SubmitResult, store::StoreError> result) {
            m_submitting.remove(caseId);
            if (!result || result->replyIds.isEmpty()) {
                const bool lost = !result && result.error().kind == store::StoreError::Kind::ConnectionFailed;
                if (lost && m_drafts && !draftKey.isEmpty()) {
                    emit heldUntilConnected(caseId); // the same key finds this attempt if it did arrive
                    return;
                }
                // Refused for another reason: the agent edits and sends again (same key, nothing was stored).
                if (m_drafts && !draftKey.isEmpty()) {
                    if (std::optional<store::Draft> draft = m_drafts->load(caseId)) {
                        draft->queued = false;
                        m_drafts->save(*draft);
                    }
                }
                emit replyRefused(caseId, result ? QString() : result.error().message());
                return;
            }
            // Stored: the draft has done its work.
            if (m_drafts && !m_training)
                m_drafts->remove(caseId);
            const qint64 first = result->replyIds.first();
            if (result->captured) {
                emit replyCaptured(caseId, first);
            } else if (result->awaitingApproval) {
                emit replyAwaitingApproval(caseId, first);
            } else {
                if (m_accounts && !m_training)
                    m_accounts->sendPending(accountId);
                emit replyQueued(caseId, first);
            }
        });
}

void ReplyOutbox::requeue()
{
    if (!m_drafts || m_training || !m_connected)
        return;
    for (const store::Draft &draft : m_drafts->all()) {
        if (!draft.queued || draft.text.trimmed().isEmpty() || m_submitting.contains(draft.caseId))
            continue;
        if (draft.accountId && draft.answersPostId) {
            submit(requestOf(draft), draft.idempotencyKey);
            continue;
        }
        // A draft queued by an older version kept only its text: the account and the post it answers are found as
        // when it was written (the case's channel, the customer's latest post).
        if (!m_accounts)
            continue;
        m_submitting.insert(draft.caseId);
        const qint64 caseId = draft.caseId;
        struct Target {
            Case c;
            qint64 answersPostId = 0;
        };
        m_store->run<Target>(
            this,
            [caseId](store::CaseStore &s) -> Expected<Target, store::StoreError> {
                auto c = s.cases().caseById(caseId);
                if (!c)
                    return unexpected(c.error());
                auto posts = s.cases().conversation(caseId);
                if (!posts)
                    return unexpected(posts.error());
                Target t{*c, 0};
                for (const Post &p : *posts)
                    if (!p.fromOwnAccount)
                        t.answersPostId = p.id;
                return t;
            },
            [this, draft](Expected<Target, store::StoreError> target) {
                m_submitting.remove(draft.caseId);
                const std::optional<Account> account =
                    target ? m_accounts->accountFor(target->c.channel) : std::optional<Account>();
                if (!target || !account || !target->answersPostId)
                    return;
                ReplyRequest request = requestOf(draft);
                request.accountId = account->id;
                request.answersPostId = target->answersPostId;
                if (request.agent.isEmpty()) {
                    request.agent = m_agent;
                    request.signature = m_signature;
                }
                submit(request, draft.idempotencyKey);
            });
    }
}

} // namespace webcare::outbox
