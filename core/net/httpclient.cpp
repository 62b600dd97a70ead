// SPDX-License-Identifier: MIT
#include "httpclient.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace webcare::net {

namespace {

// The answer to a request refused in training mode: fails at once, without touching the network.
class RefusedReply final : public QNetworkReply {
public:
    RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly); // before setError: open() clears the error text
        setError(QNetworkReply::OperationNotImplementedError,
                 QStringLiteral("training mode: no request may leave this computer"));
        setAttribute(QNetworkRequest::User, QStringLiteral("refused-in-training"));
        setFinished(true);
        // Signals go out from the event loop, as with a real reply, so callers connect first.
        QTimer::singleShot(0, this, [this] {
            emit errorOccurred(error());
            emit finished();
        });
    }
    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

} // namespace

GuardedNetworkAccessManager::GuardedNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{}

QNetworkReply *GuardedNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    // Reads too: a training store is filled from an (anonymised) corpus, never from the platforms, and even a GET
    // tells a platform that someone is looking.
    if (trainingMode()) {
        m_refused.fetchAndAddOrdered(1);
        return new RefusedReply(op, request, this);
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

HttpClient::HttpClient(GuardedNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void HttpClient::send(const ApiRequest &apiRequest, QObject *context, std::function<void(const ApiResponse &)> done)
{
    QNetworkRequest request(apiRequest.url);
    request.setTransferTimeout(apiRequest.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("WebcareDesk/" WEBCARE_VERSION));
    for (const auto &[name, value] : apiRequest.headers)
        request.setRawHeader(name, value);
    // The standard verbs go through their own operations, so the transport guard sees what each request is.
    const QByteArray method = apiRequest.method.toUpper();
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_network->get(request);
    } else if (method == "POST") {
        reply = m_network->post(request, apiRequest.body);
    } else if (method == "PUT") {
        reply = m_network->put(request, apiRequest.body);
    } else if (method == "DELETE") {
        reply = m_network->deleteResource(request);
    } else if (method == "HEAD") {
        reply = m_network->head(request);
    } else {
        auto *body = new QBuffer;
        body->setData(apiRequest.body);
        body->open(QIODevice::ReadOnly);
        reply = m_network->sendCustomRequest(request, method, body);
        body->setParent(reply);
    }

    auto received = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, reply, [reply, received, tooLarge] {
        received->append(reply->readAll());
        if (received->size() > maxResponseBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, received, tooLarge, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return;
        ApiResponse r;
        received->append(reply->readAll());
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        r.body = *received;
        r.transportDetail = reply->errorString();
        if (reply->attribute(QNetworkRequest::User).toString() == QLatin1String("refused-in-training")) {
            r.transport = ApiResponse::Transport::RefusedInTraining;
        } else if (*tooLarge) {
            r.transport = ApiResponse::Transport::TooLarge;
        } else if (r.status == 0 || reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            switch (reply->error()) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                r.transport = ApiResponse::Transport::Timeout;
                break;
            case QNetworkReply::RemoteHostClosedError:
                r.transport = ApiResponse::Transport::ConnectionLost;
                break;
            default:
                r.transport = ApiResponse::Transport::ConnectionFailed;
                break;
            }
        } else if (reply->error() == QNetworkReply::RemoteHostClosedError) {
            r.transport = ApiResponse::Transport::ConnectionLost; // headers came, the body was cut off
        }
        done(r);
    });
}

} // namespace webcare::net
