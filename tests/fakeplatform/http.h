// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <utility>

// Plain values for one HTTP exchange. The platform routers see only these, never QHttpServer types: the
// QHttpServer API changed in 6.8, and only fakeserver.cpp has to follow it.
namespace webcare::fake {

struct Request {
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded
    QByteArray rawQuery;
    QUrlQuery query;                       // '+' already read as a space, as form-encoding has it
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QUrl origin; // http://host:port as the client addressed this server, for absolute links

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    bool hasParam(const QString &key) const { return query.hasQueryItem(key); }
    QString param(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    QStringList params(const QString &key) const { return query.allQueryItemValues(key, QUrl::FullyDecoded); }
    // The token of an "Authorization: Bearer ..." header; empty when there is none.
    QString bearerToken() const;
    // The body's fields, whether sent as JSON or as a form; query parameters fill in what the body lacks
    // (Graph and Mastodon accept both). Form values are strings.
    QJsonObject fields() const;
    // Splits "a,b,c" (a comma-separated query parameter), ignoring empty parts.
    QStringList listParam(const QString &key) const;
};

struct Response {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    bool isJson() const { return header("Content-Type").startsWith("application/json"); }

    static Response json(int status, const QJsonDocument &doc);
    static Response json(int status, const QJsonObject &o) { return json(status, QJsonDocument(o)); }
    static Response json(int status, const QJsonArray &a) { return json(status, QJsonDocument(a)); }
    static Response text(int status, const QByteArray &body, const QByteArray &contentType);
};

// The status line and headers (Date, Content-Length added), then the body: what goes on the wire.
QByteArray serializeHead(const Response &response, qint64 contentLength, bool closeAfter);
QByteArray serialize(const Response &response, bool closeAfter);
QByteArray reasonPhrase(int status);

// "2026-11-29T20:55:24.000Z", as X, Mastodon and Discourse write times.
QString isoMillis(const QDateTime &t);
// "2026-11-27T09:15:18+0000", as Graph writes them.
QString graphTime(const QDateTime &t);
// Reads the time formats above (and plain ISO 8601).
QDateTime parseTime(const QString &text);

// HTML-escapes &, < and > (and quotes when `quotes`), as X does in text and Mastodon in content.
QString escapeHtml(const QString &text, bool quotes = false);
// Plain text to the sanitised paragraph HTML that Mastodon and Discourse send.
QString paragraphsHtml(const QString &text);

QJsonObject parseObject(const QByteArray &json);

} // namespace webcare::fake
