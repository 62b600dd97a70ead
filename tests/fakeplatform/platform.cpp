// SPDX-License-Identifier: MIT
#include "platform.h"

#include <QJsonObject>

namespace webcare::fake {

QJsonArray Journal::toJson() const
{
    QJsonArray out;
    for (const PostedReply &r : m_replies) {
        out.append(QJsonObject{
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("in_reply_to"), r.inReplyTo.isEmpty() ? QJsonValue() : QJsonValue(r.inReplyTo)},
            {QStringLiteral("idempotency_key"),
             r.idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(r.idempotencyKey)},
            {QStringLiteral("endpoint"), r.endpoint},
            {QStringLiteral("at"), isoMillis(r.at)},
        });
    }
    return out;
}

RateWindow::State RateWindow::consume(const QString &bucket)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Window &w = m_windows[bucket];
    if (!w.start.isValid() || w.start.addSecs(m_windowSeconds) <= now) {
        w.start = now;
        w.used = 0;
    }
    State s;
    s.limit = m_limit;
    s.resetAt = w.start.addSecs(m_windowSeconds);
    if (w.used >= m_limit) {
        s.exceeded = true;
        s.remaining = 0;
        return s;
    }
    ++w.used;
    s.remaining = m_limit - w.used;
    return s;
}

RateWindow::State RateWindow::peek(const QString &bucket) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    State s;
    s.limit = m_limit;
    const auto it = m_windows.constFind(bucket);
    if (it == m_windows.cend() || it->start.addSecs(m_windowSeconds) <= now) {
        s.remaining = m_limit;
        s.resetAt = now.addSecs(m_windowSeconds);
        return s;
    }
    s.remaining = std::max(0, m_limit - it->used);
    s.resetAt = it->start.addSecs(m_windowSeconds);
    return s;
}

Response htmlErrorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return Response::text(status,
                          "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
                              "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                          "text/html");
}

QDateTime Timeline::nextTime()
{
    QDateTime t = QDateTime::currentDateTimeUtc();
    if (m_newest.isValid() && t <= m_newest)
        t = m_newest.addSecs(1);
    m_newest = t;
    return t;
}

} // namespace webcare::fake
