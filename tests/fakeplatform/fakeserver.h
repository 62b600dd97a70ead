// SPDX-License-Identifier: MIT
#pragma once

#include "discourseapi.h"
#include "faults.h"
#include "graphapi.h"
#include "mastodonapi.h"
#include "oauthapi.h"
#include "xapi.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QList>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace webcare::fake {

// The HTTP front end: turns each request into a Request value, records it, applies an injected fault or hands it
// to the platform that owns the path, and writes the answer itself.
//
// It derives from QAbstractHttpServer rather than using QHttpServer's router because the faults need the TCP
// socket: QHttpServerResponder in 6.4 can only write a well-formed answer, while a reset needs the socket closed
// with RST, a truncated answer a Content-Length that the body does not fill, and a timeout no answer at all. 6.4's
// handleRequest(request, socket) gives us the socket; this is the one place to change for Qt 6.8, where
// handleRequest takes a QHttpServerResponder instead.
class FakeServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit FakeServer(QObject *parent = nullptr);

    // Loads the four files of resources/demo; false with a message naming the file when one cannot be read.
    bool loadDemoFeed(const QString &dir, QString *error);
    // `count` synthetic X mentions and count / 4 Mastodon notifications, the same for the same seed.
    void generate(int count, quint64 seed);
    // Settings as POST /_fake/config takes them: {"x_rate_limit": 450, "mastodon_window_seconds": 300, ...}.
    void configure(const QJsonObject &settings);

Q_SIGNALS:
    void quitRequested();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response control(const Request &request, bool *quit);
    PlatformApi *platformFor(const Request &request) const;
    qsizetype record(const Request &request);
    void note(qsizetype entry, int status, const QString &fault);

    void answer(QTcpSocket *socket, const Response &response, bool close);
    void answerLater(QTcpSocket *socket, const Response &response, bool close, double seconds);
    static void reset(QTcpSocket *socket);
    static void truncate(QTcpSocket *socket, const Response &response);

    Journal m_journal;
    XApi m_x;
    MastodonApi m_mastodon;
    GraphApi m_graph;
    DiscourseApi m_discourse;
    OAuthApi m_oauth; // first: its paths overlap the platforms' (/v19.0/me/accounts, /api/v1/apps)
    QList<PlatformApi *> m_platforms;
    FaultPlan m_faults;
    QList<QJsonObject> m_log;
    int m_sequence = 0;
};

} // namespace webcare::fake
