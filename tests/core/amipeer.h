// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace webcare::test {

// A test peer that speaks the Asterisk Manager Interface text protocol on 127.0.0.1: the banner line, "Key: value"
// lines, packets ended by a blank line. It knows Login, Logoff, QueueStatus (QueueParams / QueueMember /
// QueueEntry events, then QueueStatusComplete) and QueuePause, and answers with the request's ActionID as Asterisk
// does. Written from the AMI documentation independently of the client's parser.
class AmiPeer final : public QObject {
    Q_OBJECT
public:
    struct Member {
        QString name;
        QString interface;
        bool paused = false;
        QString pausedReason;
    };
    struct Queue {
        QString name;
        QList<Member> members;
        QStringList callers; // caller ids waiting, first in line first
    };

    explicit AmiPeer(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AmiPeer)

    quint16 port() const { return m_server.serverPort(); }
    QList<Queue> queues;
    QString username = QStringLiteral("webcare");
    QString secret = QStringLiteral("geheim");
    bool answerQueueStatus = true; // false: swallow QueueStatus (to drop the line while an action is pending)

    // Every action received, fields by lower-case key, in order.
    QList<QMap<QString, QString>> actions;
    int count(const QString &action) const;
    const Member *member(const QString &interface) const;
    int connections() const { return m_connections; }
    // Closes every client connection, as a restarting Asterisk or a broken network does.
    void dropClients();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QMap<QString, QString> &action);

    QList<QPointer<QTcpSocket>> m_clients;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, bool> m_authenticated;
    int m_connections = 0;
    // Last, so it is destroyed first: its client sockets' destroyed() handlers still find the tables above.
    QTcpServer m_server;
};

} // namespace webcare::test
