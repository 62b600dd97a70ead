// SPDX-License-Identifier: MIT
#include "accountsync.h"
#include "util/logging.h"

#include "connectors/messagingwindow.h"
#include "ingest/payload.h"
#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"
#include "workflow/workingtime.h"

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>

namespace webcare::sync {

AccountSync::AccountSync(const domain::Account &account, const connectors::Credentials &credentials,
                         const store::StoreLocation &location, const Options &options)
    : m_account(account)
    , m_credentials(credentials)
    , m_location(location)
    , m_options(options)
    , m_random(QRandomGenerator::securelySeeded())
{}

AccountSync::AccountSync(const domain::Account &account, const connectors::Credentials &credentials,
                         const store::StoreLocation &location)
    : AccountSync(account, credentials, location, Options{})
{}

AccountSync::~AccountSync() = default;

void AccountSync::start()
{
    // Everything with thread affinity is made here, on the worker thread.
    m_network = new net::GuardedNetworkAccessManager(this);
    m_network->setTrainingMode(m_options.training);
    m_http = new net::HttpClient(m_network, this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AccountSync::pollNow);
    m_connector = connectors::makeConnector(m_account, m_credentials);
    store::OpenOptions options;
    options.sla = workflow::officeHoursSla();
    auto opened = store::CaseStore::open(m_location, options);
    if (!opened) {
        m_health.lastError = opened.error().message();
        emit healthChanged(m_account.id, m_health);
        m_stopped = true;
        return;
    }
    m_store = std::move(opened.value());
    m_lockTimer = new QTimer(this);
    m_lockTimer->setInterval(std::max(1, m_options.lockRetrySeconds) * 1000);
    connect(m_lockTimer, &QTimer::timeout, this, &AccountSync::tryTakeLock);
    tryTakeLock();
}

void AccountSync::tryTakeLock()
{
    if (m_hasLock || m_stopped || !m_store)
        return;
    // On a team server only one client syncs (and sends for) an account; PostgreSQL releases the lock when its
    // holder's connection ends, and the next try here takes over.
    auto locked = m_store->accounts().tryLockAccount(m_account.id);
    if (!locked || !*locked) {
        if (!locked)
            qCWarning(lcSync).noquote() << "account" << m_account.id << "sync lock:" << locked.error().detail;
        if (!m_lockTimer->isActive()) {
            m_lockTimer->start();
            emit syncRoleChanged(m_account.id, false);
        }
        return;
    }
    m_lockTimer->stop();
    m_hasLock = true;
    emit syncRoleChanged(m_account.id, true);
    // A send that was under way when the app stopped (a crash, a kill) has no known outcome: check before resending.
    // Only the lock holder may do this: another client's "sending" is not interrupted.
    if (auto interrupted = m_store->outbox().markInterruptedSends(m_account.id); !interrupted)
        qCWarning(lcSync).noquote() << "account" << m_account.id << "outbox not checked:" << interrupted.error().detail;
    pollNow();
}

void AccountSync::pollNow()
{
    if (m_polling || m_stopped || !m_store || !m_hasLock)
        return;
    m_polling = true;
    m_timer->stop();
    m_storedReplies.clear();
    pollStream(0, {}, {});
}

// One page of one stream; the next page, the next stream or the end of the poll follows from the answer.
void AccountSync::pollStream(int streamIndex, const QString &pageToken, const QString &newestOnFirstPage)
{
    const QStringList streams = m_connector->streams();
    if (streamIndex >= streams.size()) {
        fetchMissingParents(m_storedReplies);
        return;
    }
    const QString &stream = streams.at(streamIndex);
    auto cursor = m_store->ingest().cursor(m_account.id, stream);
    if (!cursor) {
        net::ApiError e;
        e.kind = net::ApiError::Kind::ServerError;
        e.detail = cursor.error().detail;
        finishPoll(e);
        return;
    }
    const QString since = *cursor;
    send(m_connector->fetchRequest(stream, since, pageToken),
         [this, streamIndex, stream, since, pageToken, newestOnFirstPage](const net::ApiResponse &response) {
             auto page = m_connector->readFetchPage(stream, since, pageToken, response);
             if (!page) {
                 finishPoll(page.error());
                 return;
             }
             if (page->rateLimit.isKnown()) {
                 m_health.rateLimit = page->rateLimit.limit;
                 m_health.rateRemaining = page->rateLimit.remaining;
                 m_health.rateResetAt = page->rateLimit.resetAt;
             }
             const QString newest = pageToken.isEmpty() ? page->newestId : newestOnFirstPage;
             // The cursor moves only with the last page: if anything fails before, the next poll reads
             // the same range again (the store ignores what it already has), so nothing is ever skipped.
             QList<store::CursorUpdate> cursors;
             if (page->nextPageToken.isEmpty() && !newest.isEmpty())
                 cursors << store::CursorUpdate{m_account.id, stream, newest};
             if (!store(page->posts, cursors))
                 return;
             for (const domain::Post &p : std::as_const(page->posts)) {
                 if (!p.inReplyToPlatformId.isEmpty())
                     m_storedReplies << p;
             }
             if (!page->nextPageToken.isEmpty())
                 pollStream(streamIndex, page->nextPageToken, newest);
             else
                 pollStream(streamIndex + 1, {}, {});
         });
}

bool AccountSync::store(const QList<domain::Post> &posts, const QList<store::CursorUpdate> &cursors)
{
    auto stored = m_store->ingest().upsertPosts(posts, cursors);
    if (!stored) {
        net::ApiError e;
        e.kind = net::ApiError::Kind::ServerError;
        e.detail = stored.error().message();
        finishPoll(e);
        return false;
    }
    m_receivedThisPoll += int(posts.size());
    if (!stored->touchedCases.isEmpty())
        emit postsStored(m_account.id, stored->touchedCases);
    return true;
}

// A reply whose parent the store does not have gets its thread fetched, a few per poll.
void AccountSync::fetchMissingParents(QList<domain::Post> candidates)
{
    while (!candidates.isEmpty()) {
        const domain::Post post = candidates.takeFirst();
        auto known = m_store->ingest().knownPlatformIds(post.channel, {post.inReplyToPlatformId});
        if (!known || known->contains(post.inReplyToPlatformId))
            continue;
        if (m_options.maxContextFetches-- <= 0)
            break;
        send(m_connector->contextRequest(post), [this, candidates](const net::ApiResponse &response) {
            // Context is a courtesy to the agent: a failure here does not fail the poll.
            if (auto context = m_connector->readContext(response); context && !store(context->posts, {}))
                return;
            fetchMissingParents(candidates);
        });
        return;
    }
    finishPoll(std::nullopt);
}

void AccountSync::finishPoll(const std::optional<net::ApiError> &error)
{
    m_polling = false;
    if (error)
        qCWarning(lcSync).noquote() << "account" << m_account.id << "poll failed after" << m_receivedThisPoll
                                    << "posts:" << error->message();
    else
        qCInfo(lcSync).noquote() << "account" << m_account.id << "polled:" << m_receivedThisPoll << "posts received";
    m_receivedThisPoll = 0;
    m_health.lastSyncAt = QDateTime::currentDateTimeUtc();
    int delay = m_account.pollSeconds;
    if (!error) {
        m_failures = 0;
        m_health.lastError.clear();
    } else {
        m_health.lastError = error->message();
        if (error->kind == net::ApiError::Kind::Unauthorized) {
            // No retry storm on a dead token: stop until an agent reconnects the account.
            m_stopped = true;
            m_health.nextSyncAt = QDateTime();
            if (auto r = m_store->accounts().setAccountStatus(m_account.id, domain::Account::Status::NeedsReconnect);
                !r)
                qCWarning(lcSync).noquote() << "account" << m_account.id << "status not saved:" << r.error().detail;
            saveHealth();
            emit healthChanged(m_account.id, m_health);
            qCWarning(lcAccounts).noquote() << "account" << m_account.id << "stopped: its sign-in was refused";
            emit needsReconnect(m_account.id);
            emit pollFinished(m_account.id, false);
            return;
        }
        ++m_failures;
        // Exponential backoff from the minimum, capped; a rate limit's reset time wins when it is later.
        const int backoff =
            std::min(m_options.maxBackoffSeconds, m_options.minBackoffSeconds << std::min(m_failures - 1, 10));
        delay = error->isTransient() ? backoff : m_account.pollSeconds;
        if (error->retryAt.isValid())
            delay = std::max<qint64>(delay, QDateTime::currentDateTimeUtc().secsTo(error->retryAt) + 1);
    }
    schedule(delay);
    saveHealth();
    emit healthChanged(m_account.id, m_health);
    emit pollFinished(m_account.id, !error);
    sendPending();
}

connectors::OutgoingReply AccountSync::outgoing(const store::OutgoingReply &o) const
{
    connectors::OutgoingReply r;
    r.text = o.reply.text;
    // A later part of a numbered thread answers the part before it (2/2 under 1/2), as a thread should read.
    r.inReplyToPlatformId = o.threadParentPlatformId.isEmpty() ? o.inReplyTo.platformId : o.threadParentPlatformId;
    r.conversationId = o.inReplyTo.conversationId;
    r.idempotencyKey = o.reply.idempotencyKey;
    const QJsonObject raw = QJsonDocument::fromJson(o.inReplyTo.rawPayload).object();
    r.visibility = raw.value(QLatin1String("visibility")).toString();
    r.replyToPostNumber = raw.value(QLatin1String("post_number")).toInt();
    const domain::Channel channel = m_connector->channel();
    r.privateMessage = channel != domain::Channel::Mastodon && channel != domain::Channel::Discourse &&
                       ingest::isPrivateMessage(channel, o.inReplyTo.platformId, o.inReplyTo.rawPayload);
    if (r.privateMessage) {
        // The answer goes to the customer of the conversation: the author of its latest customer message (the post
        // answered may be one of ours).
        if (auto conversation = m_store->cases().conversation(o.reply.caseId)) {
            for (const domain::Post &p : std::as_const(*conversation)) {
                if (!p.fromOwnAccount && p.privateMessage && p.conversationId == o.inReplyTo.conversationId)
                    r.recipientId = p.author.platformId;
            }
        }
        if (r.recipientId.isEmpty()) {
            const QJsonValue sender = raw.contains(QLatin1String("sender_id"))
                                          ? raw.value(QLatin1String("sender_id"))
                                          : raw.value(QLatin1String("from")).toObject().value(QLatin1String("id"));
            if (sender.toString() != m_account.platformUserId)
                r.recipientId = sender.toString();
        }
    }
    return r;
}

std::optional<net::ApiError> AccountSync::refusedBeforeSending(const store::OutgoingReply &o,
                                                               const connectors::OutgoingReply &out) const
{
    if (!out.privateMessage)
        return std::nullopt;
    net::ApiError e;
    e.kind = net::ApiError::Kind::RecipientUnavailable;
    if (out.recipientId.isEmpty())
        return e;
    if (m_connector->channel() != domain::Channel::Facebook)
        return std::nullopt;
    // Messenger refuses a standard reply outside the 24-hour window: do not even ask.
    auto conversation = m_store->cases().conversation(o.reply.caseId);
    if (!conversation)
        return std::nullopt; // the platform will say so itself
    if (!connectors::messagingWindow(*conversation, QDateTime::currentDateTimeUtc()).open) {
        e.kind = net::ApiError::Kind::MessagingWindowClosed;
        return e;
    }
    return std::nullopt;
}

bool AccountSync::isOurReply(const store::OutgoingReply &o, const domain::Post &candidate)
{
    if (candidate.text.simplified() != o.reply.text.simplified())
        return false;
    // X and Mastodon name the post answered; on Facebook and forums the thread is what can be compared.
    if (!candidate.inReplyToPlatformId.isEmpty())
        return candidate.inReplyToPlatformId == o.inReplyTo.platformId ||
               candidate.conversationId == o.inReplyTo.conversationId;
    return candidate.conversationId == o.inReplyTo.conversationId;
}

void AccountSync::sendPending()
{
    if (m_sending || m_stopped || !m_store || !m_hasLock)
        return;
    auto unknown = m_store->outbox().repliesInState(m_account.id, domain::ReplyState::Unknown);
    if (!unknown) {
        qCWarning(lcSync).noquote() << "account" << m_account.id << "outbox unreadable:" << unknown.error().detail;
        return;
    }
    m_sending = true;
    reconcileNext(*unknown);
}

// Looks on the platform for each reply whose send had no clear answer. Found: it was sent. Not found: it may be
// sent again. The platform cannot be asked: it stays unknown until the next attempt, and nothing is resent.
void AccountSync::reconcileNext(QList<store::OutgoingReply> unknown, bool missingMeansFailed)
{
    if (unknown.isEmpty()) {
        sendNext();
        return;
    }
    qCInfo(lcOutbox).noquote() << "account" << m_account.id << "looking up" << unknown.size()
                               << "reply(ies) whose sending is not known";
    // Public replies are all found among the account's own posts: one request. A private answer lives in its
    // conversation: one request per conversation.
    const connectors::OutgoingReply first = outgoing(unknown.first());
    QList<store::OutgoingReply> batch, rest;
    for (const store::OutgoingReply &reply : std::as_const(unknown)) {
        const connectors::OutgoingReply out = outgoing(reply);
        const bool same = out.privateMessage == first.privateMessage &&
                          (!first.privateMessage || out.recipientId == first.recipientId);
        (same ? batch : rest) << reply;
    }
    send(m_connector->reconcileRequest(first),
         [this, batch, rest, missingMeansFailed](const net::ApiResponse &response) mutable {
             auto own = m_connector->readOwnPosts(response);
             if (!own) {
                 m_sending = false;
                 emit outboxIdle(m_account.id);
                 return;
             }
             while (!batch.isEmpty()) {
                 const store::OutgoingReply reply = batch.takeFirst();
                 // In a conversation the customer's messages are listed too: only the account's own count.
                 const bool privateAnswer = outgoing(reply).privateMessage;
                 const auto found = std::find_if(own->posts.cbegin(), own->posts.cend(), [&](const domain::Post &p) {
                     return (!privateAnswer || p.author.platformId == m_account.platformUserId) && isOurReply(reply, p);
                 });
                 if (found != own->posts.cend()) {
                     settle(reply, domain::ReplyState::Sent, found->platformId, {});
                 } else if (missingMeansFailed) {
                     net::ApiError duplicate;
                     duplicate.kind = net::ApiError::Kind::Duplicate;
                     settle(reply, domain::ReplyState::Failed, {}, duplicate.message());
                 } else {
                     settle(reply, domain::ReplyState::Approved, {}, {});
                 }
             }
             reconcileNext(rest, missingMeansFailed);
         });
}

void AccountSync::sendNext()
{
    auto claimed = m_store->outbox().claimReply(m_account.id);
    if (!claimed || !claimed->has_value()) {
        m_sending = false;
        emit outboxIdle(m_account.id);
        return;
    }
    const store::OutgoingReply reply = **claimed;
    const connectors::OutgoingReply out = outgoing(reply);
    if (const auto refused = refusedBeforeSending(reply, out)) {
        settle(reply, domain::ReplyState::Failed, {}, refused->message());
        sendNext();
        return;
    }
    send(m_connector->replyRequest(out), [this, reply](const net::ApiResponse &response) {
        auto sent = m_connector->readReply(response);
        if (sent) {
            settle(reply, domain::ReplyState::Sent, *sent, {});
            sendNext();
            return;
        }
        const net::ApiError &e = sent.error();
        switch (e.kind) {
        case net::ApiError::Kind::Duplicate:
            // Perhaps an earlier attempt of ours landed: look now; if not, the agent must change the text.
            settle(reply, domain::ReplyState::Unknown, {}, e.message());
            reconcileNext({reply}, true);
            return;
        case net::ApiError::Kind::Timeout:
        case net::ApiError::Kind::NetworkDown:
        case net::ApiError::Kind::ServerError:
        case net::ApiError::Kind::MalformedPayload:
            // The platform may have posted it: find out before anything is sent again.
            settle(reply, domain::ReplyState::Unknown, {}, e.message());
            m_sending = false;
            emit outboxIdle(m_account.id);
            QTimer::singleShot(std::chrono::seconds(m_options.minBackoffSeconds), this, &AccountSync::sendPending);
            return;
        case net::ApiError::Kind::RateLimited:
            // Refused before posting: try again after the reset.
            settle(reply, domain::ReplyState::Approved, {}, e.message());
            m_sending = false;
            emit outboxIdle(m_account.id);
            return;
        default:
            // Refused for a reason the agent must see (too long, blocked, token, training): edit and retry.
            settle(reply, domain::ReplyState::Failed, {}, e.message());
            sendNext();
            return;
        }
    });
}

void AccountSync::settle(const store::OutgoingReply &reply, domain::ReplyState state, const QString &platformId,
                         const QString &error)
{
    qCInfo(lcOutbox).noquote() << "reply" << reply.reply.id << "account" << m_account.id << "→"
                               << domain::replyStateKey(state) << (error.isEmpty() ? QString() : error);
    if (auto r = m_store->outbox().finishReply(reply.reply.id, state, platformId, error); !r)
        qCWarning(lcOutbox).noquote() << "reply" << reply.reply.id << "state not saved:" << r.error().detail;
    emit replyStateChanged(m_account.id, reply.reply.id, state, error);
}

void AccountSync::send(net::ApiRequest request, std::function<void(const net::ApiResponse &)> done)
{
    request.timeoutMs = m_options.requestTimeoutMs;
    m_http->send(request, this, std::move(done));
}

void AccountSync::saveHealth()
{
    // The health line is informative; failing to save it must not stop the sync.
    if (auto r = m_store->accounts().recordAccountHealth(m_account.id, m_health); !r)
        qCWarning(lcSync).noquote() << "account" << m_account.id << "health not saved:" << r.error().detail;
}

void AccountSync::schedule(int seconds)
{
    const double spread = 1.0 + m_options.jitter * (2.0 * m_random.generateDouble() - 1.0);
    const qint64 ms = std::max<qint64>(1000, qint64(seconds * 1000.0 * spread));
    m_health.nextSyncAt = QDateTime::currentDateTimeUtc().addMSecs(ms);
    m_timer->start(std::chrono::milliseconds(ms));
}

} // namespace webcare::sync
