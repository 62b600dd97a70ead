// SPDX-License-Identifier: MIT
#pragma once

#include "connectors/connector.h"
#include "store/accountrepository.h"
#include "store/casestore.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>

namespace webcare::sync {

// Keeps one account in sync: polls its streams on a timer with jitter, stores every page through the one import
// path with the stream's cursor in the same transaction, fetches missing thread parents, and backs off on rate
// limits and failures. Lives on a worker thread of its own, with its own store connection and network stack;
// results reach the GUI only through signals.
class AccountSync final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool training = false;      // passed to the network guard: no request leaves in training
        int maxContextFetches = 10; // missing parents fetched per poll
        int minBackoffSeconds = 15;
        int maxBackoffSeconds = 15 * 60;
        double jitter = 0.1;          // ± share of the poll interval, so accounts do not poll in lockstep
        int requestTimeoutMs = 30000; // a platform that does not answer in this time counts as a timeout
        // Team mode: how often a client that does not hold an account's sync lock tries to take it over.
        int lockRetrySeconds = 15;
    };

    AccountSync(const domain::Account &account, const connectors::Credentials &credentials,
                const store::StoreLocation &location, const Options &options);
    AccountSync(const domain::Account &account, const connectors::Credentials &credentials,
                const store::StoreLocation &location);
    ~AccountSync() override;

    // Opens the store connection and polls at once (call on the worker thread, e.g. through a queued call).
    void start();
    // Polls now (e.g. "refresh" in the UI); ignored while a poll runs.
    void pollNow();
    // Sends the account's approved replies, after reconciling any whose earlier send had no clear outcome.
    void sendPending();
    qint64 accountId() const { return m_account.id; }
    // Requests the training guard refused for this worker (thread-safe read), for the trainer's view and tests.
    int refusedRequests() const { return m_network ? m_network->refusedCount() : 0; }
    // Team mode: this client holds the account's sync lock (always true on SQLite).
    bool isSyncing() const { return m_hasLock; }

signals:
    void postsStored(qint64 accountId, const QList<qint64> &caseIds);
    void healthChanged(qint64 accountId, const webcare::store::AccountHealth &health);
    // The account's token is no longer valid: its sync stopped until the account is reconnected.
    void needsReconnect(qint64 accountId);
    void pollFinished(qint64 accountId, bool ok);
    // A reply reached a final or waiting state (sent, failed, unknown, approved again for a resend).
    void replyStateChanged(qint64 accountId, qint64 replyId, webcare::domain::ReplyState state, const QString &error);
    // The outbox has nothing more to do for now.
    void outboxIdle(qint64 accountId);
    // Team mode: whether this client is the one syncing the account (it holds the account's lock) or stands by
    // while another client does; a standby client takes over when the holder's connection ends.
    void syncRoleChanged(qint64 accountId, bool syncing);

private:
    // Takes the account's sync lock if it is free; starts syncing when it got it.
    void tryTakeLock();
    void pollStream(int streamIndex, const QString &pageToken, const QString &newestOnFirstPage);
    void fetchMissingParents(QList<domain::Post> candidates);
    void finishPoll(const std::optional<net::ApiError> &error);
    void schedule(int seconds);
    void saveHealth();
    // missingMeansFailed: the platform called it a duplicate; if it is not ours, the agent must change the text.
    void reconcileNext(QList<store::OutgoingReply> unknown, bool missingMeansFailed = false);
    void sendNext();
    void settle(const store::OutgoingReply &reply, domain::ReplyState state, const QString &platformId,
                const QString &error);
    connectors::OutgoingReply outgoing(const store::OutgoingReply &reply) const;
    // A reply that must not leave at all (a Messenger answer outside the 24-hour window, no one to send a
    // private answer to): the reason, before any request.
    std::optional<net::ApiError> refusedBeforeSending(const store::OutgoingReply &reply,
                                                      const connectors::OutgoingReply &out) const;
    static bool isOurReply(const store::OutgoingReply &reply, const domain::Post &candidate);
    void send(net::ApiRequest request, std::function<void(const net::ApiResponse &)> done);
    bool store(const QList<domain::Post> &posts, const QList<store::CursorUpdate> &cursors);

    domain::Account m_account;
    connectors::Credentials m_credentials;
    store::StoreLocation m_location;
    Options m_options;
    std::unique_ptr<store::CaseStore> m_store;
    std::unique_ptr<connectors::Connector> m_connector;
    net::GuardedNetworkAccessManager *m_network = nullptr;
    net::HttpClient *m_http = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_lockTimer = nullptr;
    bool m_hasLock = false;
    QRandomGenerator m_random;
    bool m_polling = false;
    int m_receivedThisPoll = 0; // posts of the running poll, for the log
    bool m_sending = false;
    bool m_stopped = false;
    int m_failures = 0;
    store::AccountHealth m_health;
    QList<domain::Post> m_storedReplies; // replies stored in this poll, whose parents may be missing
};

} // namespace webcare::sync
