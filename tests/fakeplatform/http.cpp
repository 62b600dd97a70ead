// SPDX-License-Identifier: MIT
#include "http.h"

#include <QLocale>
#include <QTimeZone>

namespace webcare::fake {

QString Request::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (!value.startsWith("Bearer ") && !value.startsWith("bearer "))
        return {};
    return QString::fromUtf8(value.mid(7).trimmed());
}

QJsonObject Request::fields() const
{
    QJsonObject out;
    const QByteArray type = header("content-type");
    if (type.startsWith("application/json")) {
        out = parseObject(body);
    } else if (!body.isEmpty()) {
        // application/x-www-form-urlencoded (also what curl -d sends without a type).
        QString form = QString::fromUtf8(body);
        form.replace(QLatin1Char('+'), QLatin1Char(' '));
        const QUrlQuery q(form);
        for (const auto &item : q.queryItems(QUrl::FullyDecoded))
            out.insert(item.first, item.second);
    }
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!out.contains(item.first))
            out.insert(item.first, item.second);
    }
    return out;
}

QStringList Request::listParam(const QString &key) const
{
    QStringList out;
    for (const QString &value : params(key)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Response Response::json(int status, const QJsonDocument &doc)
{
    // The platforms answer compact JSON; so do we, which keeps large pages cheap.
    return text(status, doc.toJson(QJsonDocument::Compact), "application/json; charset=utf-8");
}

Response Response::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serializeHead(const Response &response, qint64 contentLength, bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out += "Date: " + QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1() + "\r\n";
    out += "Server: fakeplatform\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

QByteArray serialize(const Response &response, bool closeAfter)
{
    return serializeHead(response, response.body.size(), closeAfter) + response.body;
}

QString isoMillis(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); }

QString graphTime(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")); }

QDateTime parseTime(const QString &text)
{
    QString s = text.trimmed();
    // Graph's "+0000" is not ISO 8601 as Qt reads it.
    if (s.size() > 5 && (s.endsWith(QLatin1String("+0000")) || s.endsWith(QLatin1String("-0000"))))
        s = s.left(s.size() - 5) + QLatin1Char('Z');
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

QString escapeHtml(const QString &text, bool quotes)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (quotes && c == QLatin1Char('"'))
            out += QLatin1String("&quot;");
        else if (quotes && c == QLatin1Char('\''))
            out += QLatin1String("&#39;");
        else
            out += c;
    }
    return out;
}

QString paragraphsHtml(const QString &text)
{
    QStringList paragraphs;
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        paragraphs << QStringLiteral("<p>") +
                          escapeHtml(p.trimmed(), true).replace(QLatin1Char('\n'), QLatin1String("<br>")) +
                          QStringLiteral("</p>");
    return paragraphs.join(QString());
}

QJsonObject parseObject(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

} // namespace webcare::fake
