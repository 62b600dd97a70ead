// SPDX-License-Identifier: MIT
#include "amipeer.h"

namespace webcare::test {

namespace {

QByteArray packet(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    QByteArray out;
    for (const auto &f : fields)
        out += f.first + ": " + f.second + "\r\n";
    return out + "\r\n";
}

} // namespace

AmiPeer::AmiPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &AmiPeer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

int AmiPeer::count(const QString &action) const
{
    int n = 0;
    for (const auto &a : actions)
        n += a.value(QStringLiteral("action")).compare(action, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

const AmiPeer::Member *AmiPeer::member(const QString &interface) const
{
    for (const Queue &q : queues) {
        for (const Member &m : q.members) {
            if (m.interface == interface)
                return &m;
        }
    }
    return nullptr;
}

void AmiPeer::dropClients()
{
    for (const auto &c : std::as_const(m_clients)) {
        if (c)
            c->abort();
    }
    m_clients.clear();
}

void AmiPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_clients << socket;
        m_authenticated.insert(socket, false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] {
            m_buffers.remove(socket);
            m_authenticated.remove(socket);
        });
        socket->write("Asterisk Call Manager/5.0.2\r\n");
    }
}

void AmiPeer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    buffer.replace("\r\n", "\n");
    for (;;) {
        const qsizetype end = buffer.indexOf("\n\n");
        if (end < 0)
            break;
        const QByteArray block = buffer.left(end);
        buffer.remove(0, end + 2);
        QMap<QString, QString> action;
        for (const QByteArray &line : block.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                action.insert(QString::fromUtf8(line.left(colon)).trimmed().toLower(),
                              QString::fromUtf8(line.mid(colon + 1)).trimmed());
        }
        if (action.isEmpty())
            continue;
        actions << action;
        answer(socket, action);
    }
}

void AmiPeer::answer(QTcpSocket *socket, const QMap<QString, QString> &action)
{
    const QString name = action.value(QStringLiteral("action")).toLower();
    const QByteArray id = action.value(QStringLiteral("actionid")).toUtf8();
    QList<QPair<QByteArray, QByteArray>> head;
    if (!id.isEmpty())
        head << qMakePair(QByteArray("ActionID"), id);
    auto respond = [&](const QByteArray &response, const QByteArray &message,
                       QList<QPair<QByteArray, QByteArray>> extra = {}) {
        QList<QPair<QByteArray, QByteArray>> fields{{"Response", response}};
        fields += head;
        fields += extra;
        fields << qMakePair(QByteArray("Message"), message);
        socket->write(packet(fields));
    };

    if (name == QLatin1String("login")) {
        if (action.value(QStringLiteral("username")) == username && action.value(QStringLiteral("secret")) == secret) {
            m_authenticated[socket] = true;
            respond("Success", "Authentication accepted");
            // Unsolicited event without ActionID, as Asterisk sends after a login: the client must ignore it.
            socket->write(packet({{"Event", "FullyBooted"}, {"Privilege", "system,all"}, {"Status", "Fully Booted"}}));
        } else {
            respond("Error", "Authentication failed");
        }
        return;
    }
    if (name == QLatin1String("logoff")) {
        respond("Goodbye", "Thanks for all the fish.");
        socket->disconnectFromHost();
        return;
    }
    if (!m_authenticated.value(socket)) {
        respond("Error", "Permission denied");
        return;
    }
    if (name == QLatin1String("queuestatus")) {
        if (!answerQueueStatus)
            return;
        const QString only = action.value(QStringLiteral("queue"));
        respond("Success", "Queue status will follow", {{"EventList", "start"}});
        int items = 0;
        QByteArray events;
        for (const Queue &q : std::as_const(queues)) {
            if (!only.isEmpty() && q.name != only)
                continue;
            const QByteArray qn = q.name.toUtf8();
            events += packet(QList<QPair<QByteArray, QByteArray>>{{"Event", "QueueParams"},
                                                                  {"Queue", qn},
                                                                  {"Max", "0"},
                                                                  {"Strategy", "ringall"},
                                                                  {"Calls", QByteArray::number(q.callers.size())},
                                                                  {"Holdtime", "42"},
                                                                  {"TalkTime", "180"},
                                                                  {"Completed", "12"},
                                                                  {"Abandoned", "1"},
                                                                  {"ServiceLevel", "60"},
                                                                  {"ServicelevelPerf", "91.7"},
                                                                  {"Weight", "0"}} +
                             head);
            ++items;
            for (const Member &m : q.members) {
                events += packet(QList<QPair<QByteArray, QByteArray>>{{"Event", "QueueMember"},
                                                                      {"Queue", qn},
                                                                      {"MemberName", m.name.toUtf8()},
                                                                      {"Interface", m.interface.toUtf8()},
                                                                      {"StateInterface", m.interface.toUtf8()},
                                                                      {"Membership", "static"},
                                                                      {"Penalty", "0"},
                                                                      {"CallsTaken", "3"},
                                                                      {"LastCall", "0"},
                                                                      {"InCall", "0"},
                                                                      {"Status", "1"},
                                                                      {"Paused", m.paused ? "1" : "0"},
                                                                      {"PausedReason", m.pausedReason.toUtf8()}} +
                                 head);
                ++items;
            }
            for (int i = 0; i < q.callers.size(); ++i) {
                events += packet(QList<QPair<QByteArray, QByteArray>>{{"Event", "QueueEntry"},
                                                                      {"Queue", qn},
                                                                      {"Position", QByteArray::number(i + 1)},
                                                                      {"Channel", "PJSIP/trunk-0000001"},
                                                                      {"Uniqueid", "1700000000.1"},
                                                                      {"CallerIDNum", q.callers.at(i).toUtf8()},
                                                                      {"CallerIDName", "unknown"},
                                                                      {"Wait", QByteArray::number(30 * (i + 1))}} +
                                 head);
                ++items;
            }
        }
        events += packet(
            QList<QPair<QByteArray, QByteArray>>{{"Event", "QueueStatusComplete"}} + head +
            QList<QPair<QByteArray, QByteArray>>{{"EventList", "Complete"}, {"ListItems", QByteArray::number(items)}});
        // Written in two pieces cut mid-line, as TCP may deliver it.
        const qsizetype half = events.size() / 2 + 3;
        socket->write(events.left(half));
        socket->flush();
        socket->write(events.mid(half));
        return;
    }
    if (name == QLatin1String("queuepause")) {
        const QString interface = action.value(QStringLiteral("interface"));
        const QString queue = action.value(QStringLiteral("queue"));
        const QString paused = action.value(QStringLiteral("paused")).toLower();
        if (interface.isEmpty() || paused.isEmpty()) {
            respond("Error", "Need 'Interface' and 'Paused' parameters.");
            return;
        }
        const bool pause =
            paused == QLatin1String("true") || paused == QLatin1String("yes") || paused == QLatin1String("1");
        bool found = false;
        for (Queue &q : queues) {
            if (!queue.isEmpty() && q.name != queue)
                continue;
            for (Member &m : q.members) {
                if (m.interface == interface) {
                    m.paused = pause;
                    m.pausedReason = pause ? action.value(QStringLiteral("reason")) : QString();
                    found = true;
                }
            }
        }
        if (!found)
            respond("Error", "Interface not found");
        else
            respond("Success", pause ? "Interface paused successfully" : "Interface unpaused successfully");
        return;
    }
    respond("Error", "Invalid/unknown command");
}

} // namespace webcare::test
