// SPDX-License-Identifier: MIT
#include "amiclient.h"

#include <algorithm>

namespace webcare::telephony {

QString amiValue(const AmiPacket &packet, QStringView key)
{
    for (const auto &field : packet) {
        if (QStringView(field.first).compare(key, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

QByteArray encodeAmiPacket(const AmiPacket &packet)
{
    QByteArray out;
    for (const auto &field : packet) {
        // A line break inside a value would start a new field: AMI has no escaping, so it is flattened.
        QString value = field.second;
        value.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += field.first.toUtf8() + ": " + value.toUtf8() + "\r\n";
    }
    out += "\r\n";
    return out;
}

void AmiParser::reset()
{
    m_buffer.clear();
    m_banner.clear();
    m_current.clear();
}

QList<AmiPacket> AmiParser::feed(const QByteArray &bytes)
{
    QList<AmiPacket> done;
    m_buffer += bytes;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_buffer.mid(start, nl - start);
        start = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        if (m_banner.isEmpty() && m_current.isEmpty() && text.startsWith(QLatin1String("Asterisk Call Manager"))) {
            m_banner = text;
            continue;
        }
        if (text.isEmpty()) {
            if (!m_current.isEmpty())
                done << std::exchange(m_current, {});
            continue;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            m_current << qMakePair(QStringLiteral("Output"), text);
            continue;
        }
        QString value = text.mid(colon + 1);
        if (value.startsWith(QLatin1Char(' ')))
            value.remove(0, 1);
        m_current << qMakePair(text.left(colon), value);
    }
    m_buffer.remove(0, start);
    return done;
}

AmiClient::AmiClient(AmiSettings settings, QObject *parent)
    : TelephonyAdapter(parent)
    , m_settings(std::move(settings))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_running && m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(m_settings.host, m_settings.port);
    });
    connect(&m_socket, &QTcpSocket::connected, this, &AmiClient::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &AmiClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &AmiClient::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &AmiClient::onErrorOccurred);
}

AmiClient::~AmiClient()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void AmiClient::start()
{
    m_running = true;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(m_settings.host, m_settings.port);
}

void AmiClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_afterLogin.clear();
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        // A polite goodbye: the write is delivered before the socket closes.
        m_socket.write(encodeAmiPacket({{QStringLiteral("Action"), QStringLiteral("Logoff")},
                                        {QStringLiteral("ActionID"), QString::number(m_nextActionId++)}}));
        m_socket.disconnectFromHost();
    } else {
        m_socket.abort();
    }
    if (m_loggedIn) {
        m_loggedIn = false;
        failPending(tr("The connection to the telephony server was closed."));
        Q_EMIT disconnected();
    }
}

void AmiClient::onConnected()
{
    m_parser.reset();
    send(QStringLiteral("Login"),
         {{QStringLiteral("Username"), m_settings.username}, {QStringLiteral("Secret"), m_settings.secret}},
         [this](const AmiPacket &response) {
             if (amiValue(response, u"Response").compare(QLatin1String("Success"), Qt::CaseInsensitive) != 0) {
                 // Wrong credentials do not get better by retrying every few seconds.
                 m_running = false;
                 m_afterLogin.clear();
                 m_socket.abort();
                 Q_EMIT failed(tr("The telephony server refused the login (%1). Check the AMI user and secret.")
                                   .arg(amiValue(response, u"Message")));
                 return;
             }
             m_loggedIn = true;
             m_backoffMs = 0;
             Q_EMIT loggedIn();
             const auto waiting = std::exchange(m_afterLogin, {});
             for (const auto &action : waiting)
                 action();
         });
}

void AmiClient::onReadyRead()
{
    const QList<AmiPacket> packets = m_parser.feed(m_socket.readAll());
    for (const AmiPacket &p : packets)
        handle(p);
}

void AmiClient::handle(const AmiPacket &packet)
{
    const QString id = amiValue(packet, u"ActionID");
    auto it = m_pending.find(id);
    if (id.isEmpty() || it == m_pending.end())
        return; // unsolicited events (calls ringing, peers registering): not needed here
    const QString event = amiValue(packet, u"Event");
    if (event.isEmpty()) {
        Pending &p = *it;
        p.responded = true;
        const bool listFollows =
            p.action == QLatin1String("QueueStatus") &&
            amiValue(packet, u"Response").compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0;
        auto callback = p.onResponse;
        if (!listFollows)
            m_pending.erase(it);
        if (callback)
            callback(packet);
        return;
    }
    QueueStatus &s = it->collected;
    auto number = [&](QStringView key) { return amiValue(packet, key).toInt(); };
    if (event == QLatin1String("QueueParams")) {
        s.queues << QueueSnapshot{amiValue(packet, u"Queue"), number(u"Calls"), number(u"Holdtime"),
                                  number(u"Completed"), number(u"Abandoned")};
    } else if (event == QLatin1String("QueueMember")) {
        // Asterisk 12+ names the fields MemberName/Interface; older versions Name/Location.
        QueueMember m;
        m.queue = amiValue(packet, u"Queue");
        m.name = amiValue(packet, u"MemberName");
        if (m.name.isEmpty())
            m.name = amiValue(packet, u"Name");
        m.interface = amiValue(packet, u"Interface");
        if (m.interface.isEmpty())
            m.interface = amiValue(packet, u"Location");
        m.paused = amiValue(packet, u"Paused") == QLatin1String("1");
        m.status = number(u"Status");
        s.members << m;
    } else if (event == QLatin1String("QueueEntry")) {
        s.entries << QueueEntry{amiValue(packet, u"Queue"), number(u"Position"), amiValue(packet, u"CallerIDNum"),
                                number(u"Wait")};
    } else if (event == QLatin1String("QueueStatusComplete")) {
        const QueueStatus status = it->collected;
        m_pending.erase(it);
        Q_EMIT queueStatusReceived(status);
    }
}

QString AmiClient::send(const QString &action, AmiPacket fields, std::function<void(const AmiPacket &)> onResponse)
{
    const QString id = QString::number(m_nextActionId++);
    fields.prepend(qMakePair(QStringLiteral("ActionID"), id));
    fields.prepend(qMakePair(QStringLiteral("Action"), action));
    m_pending.insert(id, Pending{action, std::move(onResponse), {}, false});
    m_socket.write(encodeAmiPacket(fields));
    return id;
}

void AmiClient::refreshQueueStatus()
{
    if (!m_loggedIn) {
        if (!m_running) {
            Q_EMIT failed(tr("Not connected to the telephony server."));
            return;
        }
        m_afterLogin << [this] { refreshQueueStatus(); };
        return;
    }
    AmiPacket fields;
    if (!m_settings.queue.isEmpty())
        fields << qMakePair(QStringLiteral("Queue"), m_settings.queue);
    send(QStringLiteral("QueueStatus"), fields, [this](const AmiPacket &response) {
        if (amiValue(response, u"Response").compare(QLatin1String("Success"), Qt::CaseInsensitive) != 0)
            Q_EMIT failed(
                tr("The telephony server did not give the queue status: %1").arg(amiValue(response, u"Message")));
    });
}

void AmiClient::setPaused(bool paused, const QString &reason)
{
    if (!m_loggedIn) {
        if (!m_running) {
            Q_EMIT failed(tr("Not connected to the telephony server."));
            return;
        }
        m_afterLogin << [this, paused, reason] { setPaused(paused, reason); };
        return;
    }
    AmiPacket fields{{QStringLiteral("Interface"), m_settings.interface},
                     {QStringLiteral("Paused"), paused ? QStringLiteral("true") : QStringLiteral("false")}};
    if (!m_settings.queue.isEmpty())
        fields << qMakePair(QStringLiteral("Queue"), m_settings.queue);
    if (!reason.isEmpty())
        fields << qMakePair(QStringLiteral("Reason"), reason);
    send(QStringLiteral("QueuePause"), fields, [this, paused](const AmiPacket &response) {
        if (amiValue(response, u"Response").compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0)
            Q_EMIT pauseChanged(paused);
        else
            Q_EMIT failed(tr("The telephony server could not pause or unpause your phone: %1")
                              .arg(amiValue(response, u"Message")));
    });
}

void AmiClient::failPending(const QString &message)
{
    const bool any = !m_pending.isEmpty();
    m_pending.clear();
    if (any)
        Q_EMIT failed(message);
}

void AmiClient::onDisconnected()
{
    const bool wasLoggedIn = std::exchange(m_loggedIn, false);
    failPending(tr("The connection to the telephony server was lost; reconnecting."));
    if (wasLoggedIn)
        Q_EMIT disconnected();
    scheduleReconnect();
}

void AmiClient::onErrorOccurred(QAbstractSocket::SocketError)
{
    // A refused or timed-out connect never reaches "disconnected": retry from here.
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        scheduleReconnect();
}

void AmiClient::scheduleReconnect()
{
    if (!m_running || m_reconnect.isActive())
        return;
    m_backoffMs = m_backoffMs == 0 ? m_settings.reconnectMinMs : std::min(m_backoffMs * 2, m_settings.reconnectMaxMs);
    m_reconnect.start(m_backoffMs);
}

} // namespace webcare::telephony
