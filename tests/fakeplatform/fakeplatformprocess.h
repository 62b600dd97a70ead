// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Runs the fakeplatform executable (tests/fakeplatform) for one test: starts it, reads its port from the first line
// it prints, offers its control endpoints as synchronous calls, and kills it when it goes out of scope.
// Header-only, so that a test target needs nothing but `target_link_libraries(... webcare_fakeplatform_client)`.
namespace webcare::test {

class FakePlatformProcess {
public:
    struct Options {
        QString demoFeedDir;        // the four demo files as content; empty: none (see demoFeedDir())
        int mentions = 0;           // synthetic X mentions, and a quarter as many Mastodon notifications
        quint64 seed = 1;           // of the synthetic content
        QStringList extraArguments; // e.g. {"--rate-limit", "x=5"}
        int startTimeoutMs = 15000;
    };

    static QString executable() { return QStringLiteral(WEBCARE_FAKEPLATFORM_PATH); }
    static QString demoFeedDir() { return QStringLiteral(WEBCARE_DEMO_FEED_DIR); }
    static Options withDemoFeed()
    {
        Options o;
        o.demoFeedDir = demoFeedDir();
        return o;
    }

    // Starts the server and waits for its "listening on 127.0.0.1:PORT" line; isRunning() says whether it came.
    FakePlatformProcess()
        : FakePlatformProcess(Options())
    {}
    explicit FakePlatformProcess(const Options &options)
    {
        QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                              QString::number(options.seed)};
        if (!options.demoFeedDir.isEmpty())
            arguments << QStringLiteral("--demo-feed") << options.demoFeedDir;
        if (options.mentions > 0)
            arguments << QStringLiteral("--mentions") << QString::number(options.mentions);
        arguments << options.extraArguments;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its complaints show in the test log
        m_process.start(executable(), arguments);
        if (!m_process.waitForStarted(options.startTimeoutMs)) {
            m_error = QStringLiteral("%1 did not start: %2").arg(executable(), m_process.errorString());
            return;
        }
        const QDeadlineTimer deadline(options.startTimeoutMs);
        QByteArray line;
        while (!line.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
                line += m_process.readAllStandardOutput();
        }
        static const QRegularExpression ready(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)$"));
        const auto match = ready.match(QString::fromUtf8(line.left(line.indexOf('\n'))).trimmed());
        if (!match.hasMatch()) {
            m_error = QStringLiteral("fakeplatform did not report its port (first output: \"%1\", state %2)")
                          .arg(QString::fromUtf8(line))
                          .arg(int(m_process.state()));
            return;
        }
        m_port = quint16(match.captured(1).toUInt());
    }

    ~FakePlatformProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    Q_DISABLE_COPY_MOVE(FakePlatformProcess)

    bool isRunning() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    // Why the server is not running, or why the last control call failed.
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    // An absolute URL on the server, e.g. url("/2/users/me").
    QUrl url(const QString &pathAndQuery) const { return QUrl(baseUrl().toString() + pathAndQuery); }

    // Every platform request received so far: method, path, query, params, headers (authorization, content-type,
    // idempotency-key, api-key, api-username, ...), body, idempotency_key, fault, status.
    QJsonArray requests() { return call("GET", QStringLiteral("/_fake/requests")).array(); }
    // The replies created through the platforms' POST endpoints: channel, id, text, in_reply_to, idempotency_key.
    QJsonArray posted() { return call("GET", QStringLiteral("/_fake/posted")).array(); }
    // Empties both lists above (the created posts stay on the platforms).
    void resetLog() { call("POST", QStringLiteral("/_fake/reset-log")); }
    // The next `count` requests whose path starts with `pathPrefix` get fault `kind`: delay, timeout, 429, 500,
    // 503, reset, truncate, malformed, huge, invalid-utf8, html. `seconds`: the delay, or how far ahead a 429's
    // reset lies (0: the server's default). `extra` may add "method", "variant", "status" and "apply".
    // Returns the fault's id, 0 when the server refused it (errorString() says why).
    int fault(const QString &pathPrefix, const QString &kind, int count = 1, double seconds = 0,
              const QJsonObject &extra = {})
    {
        QJsonObject spec = extra;
        spec.insert(QStringLiteral("path"), pathPrefix);
        spec.insert(QStringLiteral("kind"), kind);
        spec.insert(QStringLiteral("count"), count);
        if (seconds > 0)
            spec.insert(QStringLiteral("seconds"), seconds);
        return call("POST", QStringLiteral("/_fake/fault"), spec).object().value(QLatin1String("id")).toInt();
    }
    void clearFaults() { call("POST", QStringLiteral("/_fake/faults/clear")); }
    // New incoming traffic on channel x, mastodon, facebook or discourse; returns the new post's platform id
    // (empty on failure).
    QString add(const QString &channel, const QString &text, const QString &author = {}, const QString &inReplyTo = {})
    {
        QJsonObject body{{QStringLiteral("channel"), channel}, {QStringLiteral("text"), text}};
        if (!author.isEmpty())
            body.insert(QStringLiteral("author"), author);
        if (!inReplyTo.isEmpty())
            body.insert(QStringLiteral("in_reply_to"), inReplyTo);
        return call("POST", QStringLiteral("/_fake/add"), body).object().value(QLatin1String("id")).toString();
    }
    // The same with every field of POST /_fake/add, e.g. {"channel":"x","kind":"dm","text":...,"author":...,
    // "created_at":"2026-11-27T09:00:00Z"}.
    QString add(const QJsonObject &body)
    {
        return call("POST", QStringLiteral("/_fake/add"), body).object().value(QLatin1String("id")).toString();
    }
    // Rate-limit budgets and windows: {"x_rate_limit": 5, "x_window_seconds": 2, "mastodon_rate_limit": ...}.
    void configure(const QJsonObject &settings) { call("POST", QStringLiteral("/_fake/config"), settings); }
    // Counts per platform, the request count and the pending faults.
    QJsonObject state() { return call("GET", QStringLiteral("/_fake/state")).object(); }

    // One control call, answered within `timeoutMs`; a null document when it failed (errorString() says why).
    QJsonDocument call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                       int timeoutMs = 10000)
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        QJsonDocument answer;
        if (!reply->isFinished()) {
            m_error = QStringLiteral("%1 %2: no answer").arg(QString::fromLatin1(method), path);
            reply->abort();
        } else if (reply->error() != QNetworkReply::NoError) {
            m_error =
                QStringLiteral("%1 %2: %3 %4")
                    .arg(QString::fromLatin1(method), path, reply->errorString(), QString::fromUtf8(reply->readAll()));
        } else {
            answer = QJsonDocument::fromJson(reply->readAll());
        }
        reply->deleteLater();
        return answer;
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace webcare::test
