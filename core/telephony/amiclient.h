// SPDX-License-Identifier: MIT
#pragma once

#include "telephony.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace webcare::telephony {

// One AMI packet: "Key: value" lines in order, ended by a blank line.
using AmiPacket = QList<QPair<QString, QString>>;
QString amiValue(const AmiPacket &packet, QStringView key);
QByteArray encodeAmiPacket(const AmiPacket &packet);

// Splits the AMI byte stream (banner line, then blank-line-terminated packets) into packets. Pure, incremental.
class AmiParser {
public:
    // Feeds bytes; returns the packets completed by them.
    QList<AmiPacket> feed(const QByteArray &bytes);
    // The "Asterisk Call Manager/x.y" line, once seen.
    const QString &banner() const { return m_banner; }
    void reset();

private:
    QByteArray m_buffer;
    QString m_banner;
    AmiPacket m_current;
};

struct AmiSettings {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5038;
    QString username;
    QString secret;
    QString queue;     // empty: all queues
    QString interface; // the agent's phone, e.g. "PJSIP/1001"
    int reconnectMinMs = 500;
    int reconnectMaxMs = 30000;
};

// An Asterisk Manager Interface client over TCP: Login, QueueStatus (QueueParams / QueueMember / QueueEntry events
// until QueueStatusComplete) and QueuePause. Responses and events are matched to actions by ActionID. A dropped
// connection is reconnected with backoff and logged in again; actions pending at the drop fail.
class AmiClient final : public TelephonyAdapter {
    Q_OBJECT
public:
    explicit AmiClient(AmiSettings settings, QObject *parent = nullptr);
    ~AmiClient() override;
    Q_DISABLE_COPY_MOVE(AmiClient)

    void start();
    void stop();
    bool isLoggedIn() const { return m_loggedIn; }
    const AmiSettings &settings() const { return m_settings; }

    void refreshQueueStatus() override;
    void setPaused(bool paused, const QString &reason = {}) override;

Q_SIGNALS:
    void loggedIn();
    void disconnected();

private:
    struct Pending {
        QString action;
        std::function<void(const AmiPacket &response)> onResponse;
        QueueStatus collected; // QueueStatus: events gathered until QueueStatusComplete
        bool responded = false;
    };
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onErrorOccurred(QAbstractSocket::SocketError error);
    void scheduleReconnect();
    void handle(const AmiPacket &packet);
    QString send(const QString &action, AmiPacket fields, std::function<void(const AmiPacket &)> onResponse);
    void failPending(const QString &message);

    AmiSettings m_settings;
    QTcpSocket m_socket;
    QTimer m_reconnect;
    AmiParser m_parser;
    QHash<QString, Pending> m_pending; // ActionID → action waiting for its answer
    quint64 m_nextActionId = 1;
    int m_backoffMs = 0;
    bool m_running = false;
    bool m_loggedIn = false;
    QList<std::function<void()>> m_afterLogin; // actions asked for before the login finished
};

} // namespace webcare::telephony
