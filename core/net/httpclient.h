// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QAtomicInteger>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace webcare::net {

// The only network access manager of the app. In training mode it refuses every request at the transport: whatever
// code above it does, a reply, a like, a delete or even a read never leaves the machine.
class GuardedNetworkAccessManager final : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit GuardedNetworkAccessManager(QObject *parent = nullptr);

    void setTrainingMode(bool training) { m_training.storeRelease(training ? 1 : 0); }
    bool trainingMode() const { return m_training.loadAcquire() != 0; }
    // Requests refused since start (training mode), for the trainer's view and the tests.
    int refusedCount() const { return m_refused.loadAcquire(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QAtomicInteger<int> m_training = 0;
    QAtomicInteger<int> m_refused = 0;
};

// One request, as connectors describe it; everything else (timeouts, size limit, caller lifetime, training
// guard, error mapping) is handled once, in HttpClient.
struct ApiRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 30000;
};

class HttpClient final : public QObject {
    Q_OBJECT
public:
    // A larger answer is cut off and reported as unreadable rather than filling the memory.
    static constexpr qint64 maxResponseBytes = 8 * 1024 * 1024;

    explicit HttpClient(GuardedNetworkAccessManager *network, QObject *parent = nullptr);

    // Sends the request; `done` runs on this object's thread, unless `context` was destroyed meanwhile.
    void send(const ApiRequest &request, QObject *context, std::function<void(const ApiResponse &)> done);

private:
    GuardedNetworkAccessManager *m_network;
};

} // namespace webcare::net
