// SPDX-License-Identifier: MIT
#pragma once

#include "connectors/connector.h"
#include "store/casestore.h"

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
        bool training = false;      // passed to the network guard: nothing but GET leaves in training
        int maxContextFetches = 10; // missing parents fetched per poll
        int minBackoffSeconds = 15;
        int maxBackoffSeconds = 15 * 60;
        double jitter = 0.1;          // ± share of the poll interval, so accounts do not poll in lockstep
        int requestTimeoutMs = 30000; // a platform that does not answer in this time counts as a timeout
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
    qint64 accountId() const { return m_account.id; }

signals:
    void postsStored(qint64 accountId, const QList<qint64> &caseIds);
    void healthChanged(qint64 accountId, const webcare::store::AccountHealth &health);
    // The account's token is no longer valid: its sync stopped until the account is reconnected.
    void needsReconnect(qint64 accountId);
    void pollFinished(qint64 accountId, bool ok);

private:
    void pollStream(int streamIndex, const QString &pageToken, const QString &newestOnFirstPage);
    void fetchMissingParents(QList<domain::Post> candidates);
    void finishPoll(const std::optional<net::ApiError> &error);
    void schedule(int seconds);
    void saveHealth();
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
    QRandomGenerator m_random;
    bool m_polling = false;
    bool m_stopped = false;
    int m_failures = 0;
    store::AccountHealth m_health;
    QList<domain::Post> m_storedReplies; // replies stored in this poll, whose parents may be missing
};

} // namespace webcare::sync
