// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "util/expected.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

// Platform JSON in, plain domain posts out: pure functions, no I/O. Connectors, the importer and the demo feed all
// go through parsePayload, so a payload is read the same way wherever it comes from.
namespace webcare::ingest {

// One item of a payload that could not be used, and why (translated).
struct Rejection {
    QString itemId;
    QString reason;
};

// The payload as a whole could not be read: nothing from it may be stored.
struct ParseError {
    QString source; // file name or endpoint
    int line = 0;   // 1-based, 0 when unknown
    int column = 0;
    QString message; // translated
    QString text() const;
};

struct ParsedPayload {
    QList<domain::Post> posts;
    QList<Rejection> rejected;
};

Expected<ParsedPayload, ParseError> parsePayload(domain::Channel channel, const QByteArray &json,
                                                 const QString &sourceName = {});

// Per platform, on an already parsed document. A document of the wrong shape gives an error message.
Expected<ParsedPayload, QString> parseX(const QJsonDocument &doc);
Expected<ParsedPayload, QString> parseMastodon(const QJsonDocument &doc);
Expected<ParsedPayload, QString> parseFacebook(const QJsonDocument &doc);
Expected<ParsedPayload, QString> parseDiscourse(const QJsonDocument &doc);

// Direct messages are recognised in domain/channel.h (the store marks them when it reads posts back).
using domain::isPrivateMessage;

// Markup from a platform (Mastodon content, Discourse cooked) to plain text: tags dropped, script and style
// bodies dropped, block elements as line breaks, entities decoded. The result is shown as text, never rendered.
QString htmlToPlainText(QStringView html);
// Decodes &amp; &lt; &gt; &quot; &#39; and numeric character references; unknown entities stay as written.
QString decodeEntities(QStringView text);
// RFC 3339 / ISO 8601 timestamps as the platforms write them, including Facebook's "+0000". Invalid → null.
QDateTime parseTimestamp(const QString &text);

} // namespace webcare::ingest
