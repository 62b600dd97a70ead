// SPDX-License-Identifier: MIT
#include "fakeserver.h"

#include "synthetic.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace webcare::fake {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

Request toRequest(const QHttpServerRequest &in)
{
    Request r;
    r.method = methodName(in.method());
    const QUrl url = in.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    // Form encoding (and most servers) read '+' in a query as a space; QUrlQuery does not.
    QString query = QString::fromUtf8(r.rawQuery);
    query.replace(QLatin1Char('+'), QLatin1String("%20"));
    r.query = QUrlQuery(query);
    for (const auto &h : in.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = in.body();
    const QByteArray host = r.header("host");
    r.origin = QUrl(QStringLiteral("http://") + QString::fromLatin1(host.isEmpty() ? QByteArray("127.0.0.1") : host));
    return r;
}

Response controlJson(int status, const QJsonObject &o) { return Response::json(status, o); }

Response controlError(int status, const QString &message)
{
    return controlJson(status, QJsonObject{{QStringLiteral("error"), message}});
}

bool isErrorAnswer(FaultKind kind)
{
    return kind == FaultKind::TooManyRequests || kind == FaultKind::ServerError || kind == FaultKind::Unavailable;
}

} // namespace

FakeServer::FakeServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_x(&m_journal)
    , m_mastodon(&m_journal)
    , m_graph(&m_journal)
    , m_discourse(&m_journal)
    , m_platforms{&m_oauth, &m_x, &m_mastodon, &m_graph, &m_discourse}
{}

bool FakeServer::loadDemoFeed(const QString &dir, QString *error)
{
    const struct {
        const char *file;
        std::function<bool(const QByteArray &, QString *)> load;
    } files[] = {
        {"x_mentions.json", [this](const QByteArray &json, QString *why) { return m_x.load(json, why); }},
        {"mastodon_notifications.json",
         [this](const QByteArray &json, QString *why) { return m_mastodon.load(json, why); }},
        {"facebook_feed.json", [this](const QByteArray &json, QString *why) { return m_graph.load(json, why); }},
        {"discourse_posts.json", [this](const QByteArray &json, QString *why) { return m_discourse.load(json, why); }},
    };
    for (const auto &f : files) {
        QFile file(QDir(dir).filePath(QLatin1String(f.file)));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        QString why;
        if (!f.load(file.readAll(), &why)) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), why);
            return false;
        }
    }
    return true;
}

void FakeServer::generate(int count, quint64 seed)
{
    Synthetic synthetic(seed, std::clamp(count / 10, 20, 5000));
    m_x.generate(count, synthetic);
    m_mastodon.generate(count / 4, synthetic);
}

void FakeServer::configure(const QJsonObject &settings)
{
    for (PlatformApi *platform : std::as_const(m_platforms))
        platform->configure(settings);
}

PlatformApi *FakeServer::platformFor(const Request &request) const
{
    for (PlatformApi *platform : m_platforms) {
        if (platform->handles(request))
            return platform;
    }
    return nullptr;
}

bool FakeServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const Request request = toRequest(httpRequest);
    const bool close = request.header("connection").toLower() == "close";
    if (request.path.startsWith(QLatin1String("/_fake/"))) {
        bool quit = false;
        answer(socket, control(request, &quit), close);
        if (quit) {
            socket->flush();
            QTimer::singleShot(0, this, &FakeServer::quitRequested);
        }
        return true;
    }

    const qsizetype entry = record(request);
    PlatformApi *platform = platformFor(request);
    if (!platform) {
        const Response r = controlError(404, QStringLiteral("fakeplatform: no platform serves %1").arg(request.path));
        note(entry, r.status, {});
        answer(socket, r, close);
        return true;
    }
    const std::optional<Fault> fault = m_faults.take(request);
    if (!fault) {
        const Response r = platform->handle(request);
        note(entry, r.status, {});
        answer(socket, r, close);
        return true;
    }

    const QString kind = faultKindName(fault->kind);
    const bool handled = fault->apply || !(isErrorAnswer(fault->kind) || fault->kind == FaultKind::Reset ||
                                           fault->kind == FaultKind::Timeout);
    // The request takes effect first when the fault only spoils the answer (a reply is created, then lost).
    Response normal;
    if (handled)
        normal = platform->handle(request);
    switch (fault->kind) {
    case FaultKind::TooManyRequests:
    case FaultKind::ServerError:
    case FaultKind::Unavailable: {
        Response r = platform->faultAnswer(fault->kind, request, fault->seconds, fault->variant);
        if (fault->status > 0)
            r.status = fault->status;
        note(entry, r.status, kind);
        answer(socket, r, close);
        break;
    }
    case FaultKind::Reset:
        note(entry, 0, kind);
        reset(socket);
        break;
    case FaultKind::Timeout:
        // No answer at all; the connection stays open until the client gives up.
        note(entry, 0, kind);
        break;
    case FaultKind::Delay:
        note(entry, normal.status, kind);
        answerLater(socket, normal, close, fault->seconds);
        break;
    case FaultKind::Truncate:
        note(entry, normal.status, kind);
        truncate(socket, normal);
        break;
    case FaultKind::Malformed:
        normal.body = malformedJson(normal.body);
        note(entry, normal.status, kind);
        answer(socket, normal, close);
        break;
    case FaultKind::Huge:
        normal.body = hugeJson(normal.body, 10 * 1024 * 1024);
        note(entry, normal.status, kind);
        answer(socket, normal, close);
        break;
    case FaultKind::InvalidUtf8:
        normal.body = withInvalidUtf8(normal.body, platform->textKey());
        note(entry, normal.status, kind);
        answer(socket, normal, close);
        break;
    case FaultKind::Html:
        normal.body = withHtml(normal.body, platform->textKey());
        note(entry, normal.status, kind);
        answer(socket, normal, close);
        break;
    }
    return true;
}

void FakeServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is required by QAbstractHttpServer and never reached.
    Q_UNUSED(request)
    answer(socket, controlError(404, QStringLiteral("not found")), true);
}

Response FakeServer::control(const Request &request, bool *quit)
{
    const QString what = request.path.mid(int(qstrlen("/_fake/")));
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (get && what == QLatin1String("requests")) {
        QJsonArray out;
        for (const QJsonObject &entry : std::as_const(m_log))
            out.append(entry);
        return Response::json(200, out);
    }
    if (get && what == QLatin1String("posted"))
        return Response::json(200, m_journal.toJson());
    if (post && what == QLatin1String("reset-log")) {
        m_log.clear();
        m_journal = Journal();
        return controlJson(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (post && what == QLatin1String("fault")) {
        QString error;
        const int id = m_faults.add(parseObject(request.body), &error);
        if (!id)
            return controlError(400, error);
        return controlJson(200, QJsonObject{{QStringLiteral("id"), id}});
    }
    if (get && what == QLatin1String("faults"))
        return Response::json(200, m_faults.pending());
    if ((post && what == QLatin1String("faults/clear")) ||
        (request.method == "DELETE" && what == QLatin1String("faults"))) {
        m_faults.clear();
        return controlJson(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (post && what == QLatin1String("add")) {
        const QJsonObject body = parseObject(request.body);
        const QString channel = body.value(QLatin1String("channel")).toString();
        IncomingPost incoming;
        incoming.text = body.value(QLatin1String("text")).toString();
        incoming.author = body.value(QLatin1String("author")).toString();
        const QJsonValue replyTo = body.value(QLatin1String("in_reply_to"));
        incoming.inReplyTo = replyTo.isDouble() ? QString::number(replyTo.toInteger()) : replyTo.toString();
        incoming.kind = body.value(QLatin1String("kind")).toString();
        if (body.contains(QLatin1String("created_at")))
            incoming.at = parseTime(body.value(QLatin1String("created_at")).toString());
        for (PlatformApi *platform : std::as_const(m_platforms)) {
            if (platform->channel() != channel)
                continue;
            QString error;
            const QString id = platform->addIncoming(incoming, &error);
            if (id.isEmpty())
                return controlError(400, error);
            return controlJson(200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("channel"), channel}});
        }
        return controlError(400, QStringLiteral("\"channel\" must be x, mastodon, facebook or discourse"));
    }
    if (post && what == QLatin1String("config")) {
        configure(parseObject(request.body));
        return controlJson(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (get && what == QLatin1String("state")) {
        QJsonObject state;
        for (const PlatformApi *platform : std::as_const(m_platforms))
            state.insert(platform->channel(), platform->stats());
        state.insert(QStringLiteral("requests"), int(m_log.size()));
        state.insert(QStringLiteral("faults"), m_faults.pending());
        return controlJson(200, state);
    }
    if (post && what == QLatin1String("quit")) {
        *quit = true;
        return controlJson(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    return controlError(
        404, QStringLiteral("unknown control endpoint %1 %2").arg(QString::fromLatin1(request.method), request.path));
}

qsizetype FakeServer::record(const Request &request)
{
    // The headers a test may want to check; the rest (Accept-Encoding, ...) is noise.
    static const char *const kept[] = {"authorization", "content-type", "idempotency-key", "api-key",
                                       "api-username",  "user-agent",   "accept",          "connection"};
    QJsonObject headers;
    for (const char *name : kept) {
        if (request.headers.contains(name))
            headers.insert(QLatin1String(name), QString::fromUtf8(request.header(name)));
    }
    QJsonObject params;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        const QJsonValue existing = params.value(item.first);
        if (existing.isUndefined())
            params.insert(item.first, item.second);
        else if (existing.isArray())
            params.insert(item.first, QJsonArray(existing.toArray()) << item.second);
        else
            params.insert(item.first, QJsonArray{existing, item.second});
    }
    constexpr qsizetype maxBody = 64 * 1024;
    QJsonObject entry{
        {QStringLiteral("seq"), ++m_sequence},
        {QStringLiteral("at"), isoMillis(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), QString::fromUtf8(request.rawQuery)},
        {QStringLiteral("params"), params},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromUtf8(request.body.left(maxBody))},
        {QStringLiteral("idempotency_key"), request.headers.contains("idempotency-key")
                                                ? QJsonValue(QString::fromUtf8(request.header("idempotency-key")))
                                                : QJsonValue()},
        {QStringLiteral("fault"), QJsonValue()},
        {QStringLiteral("status"), QJsonValue()},
    };
    if (request.body.size() > maxBody)
        entry.insert(QStringLiteral("body_truncated"), true);
    m_log << entry;
    return m_log.size() - 1;
}

void FakeServer::note(qsizetype entry, int status, const QString &fault)
{
    QJsonObject &e = m_log[entry];
    e.insert(QStringLiteral("status"), status > 0 ? QJsonValue(status) : QJsonValue());
    if (!fault.isEmpty())
        e.insert(QStringLiteral("fault"), fault);
}

void FakeServer::answer(QTcpSocket *socket, const Response &response, bool close)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(serialize(response, close));
    if (close)
        socket->disconnectFromHost();
}

void FakeServer::answerLater(QTcpSocket *socket, const Response &response, bool close, double seconds)
{
    const QPointer<QTcpSocket> target(socket); // the client may give up and the socket go first
    const QByteArray bytes = serialize(response, close);
    QTimer::singleShot(int(seconds * 1000), this, [target, bytes, close] {
        if (!target || target->state() != QAbstractSocket::ConnectedState)
            return;
        target->write(bytes);
        if (close)
            target->disconnectFromHost();
    });
}

void FakeServer::reset(QTcpSocket *socket)
{
    // abort() alone ends the connection with a FIN, which looks like a server that closed an idle keep-alive
    // connection. A zero SO_LINGER makes close() send RST: a crashed server or a middlebox dropping the connection.
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

void FakeServer::truncate(QTcpSocket *socket, const Response &response)
{
    // Announce the whole body, send half of it, close: the client sees the connection end mid-answer.
    const QByteArray half = response.body.left(response.body.size() / 2);
    socket->write(serializeHead(response, response.body.size(), false) + half);
    socket->disconnectFromHost();
}

} // namespace webcare::fake
