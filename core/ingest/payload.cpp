// SPDX-License-Identifier: MIT
#include "payload.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace webcare::ingest {

QString ParseError::text() const
{
    if (line > 0)
        return QCoreApplication::translate("ParseError", "%1, line %2, column %3: %4")
            .arg(source)
            .arg(line)
            .arg(column)
            .arg(message);
    return QCoreApplication::translate("ParseError", "%1: %2").arg(source, message);
}

Expected<ParsedPayload, ParseError> parsePayload(domain::Channel channel, const QByteArray &json,
                                                 const QString &sourceName)
{
    QJsonParseError jsonError;
    QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error == QJsonParseError::IllegalUTF8String) {
        // Bytes that are not UTF-8 inside a string: keep the posts with U+FFFD in their place, rather than lose
        // the whole answer and block the account's sync on one broken post.
        doc = QJsonDocument::fromJson(QString::fromUtf8(json).toUtf8(), &jsonError);
    }
    if (jsonError.error != QJsonParseError::NoError) {
        ParseError e;
        e.source = sourceName;
        // Position as line and column, counted in characters of the (UTF-8) text up to the error offset.
        const QByteArray before = json.left(jsonError.offset);
        e.line = int(before.count('\n')) + 1;
        e.column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        e.message = QCoreApplication::translate("ParseError", "not valid JSON (%1)").arg(jsonError.errorString());
        return unexpected(e);
    }
    Expected<ParsedPayload, QString> parsed = [&]() {
        switch (channel) {
        case domain::Channel::X:
            return parseX(doc);
        case domain::Channel::Mastodon:
            return parseMastodon(doc);
        case domain::Channel::Facebook:
            return parseFacebook(doc);
        case domain::Channel::Discourse:
            return parseDiscourse(doc);
        }
        return Expected<ParsedPayload, QString>(unexpected(QString()));
    }();
    if (!parsed)
        return unexpected(ParseError{sourceName, 0, 0, parsed.error()});
    return std::move(parsed).value();
}

QString decodeEntities(QStringView text)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QString(QChar(0x00a0))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("euro"), QString(QChar(0x20ac))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))},  {QStringLiteral("mdash"), QString(QChar(0x2014))},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
        if (semi < 0 || semi - i > 10) {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = (name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X')))
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            // Control characters and surrogates from a reference are dropped rather than decoded.
            if (ok && code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
                const char32_t cp = code;
                out += QString::fromUcs4(&cp, 1);
                i = semi;
                continue;
            }
        } else if (auto it = named.constFind(name.toString()); it != named.cend()) {
            out += *it;
            i = semi;
            continue;
        }
        out += c;
    }
    return out;
}

QString htmlToPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end > textStart)
            out += decodeEntities(html.mid(textStart, end - textStart));
    };
    while (i < html.size()) {
        if (html[i] != QLatin1Char('<')) {
            ++i;
            continue;
        }
        flushText(i);
        const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0) { // an unclosed '<' is text
            textStart = i;
            break;
        }
        QStringView tag = html.mid(i + 1, close - i - 1).trimmed();
        const bool closing = tag.startsWith(QLatin1Char('/'));
        if (closing)
            tag = tag.mid(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
            ++nameEnd;
        const QString name = tag.left(nameEnd).toString().toLower();
        i = close + 1;
        textStart = i;
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
            // Skip the body entirely: it is never text meant for a reader.
            const QString end = QStringLiteral("</") + name;
            const qsizetype endAt = html.indexOf(end, i, Qt::CaseInsensitive);
            const qsizetype endClose = endAt < 0 ? -1 : html.indexOf(QLatin1Char('>'), endAt);
            i = endClose < 0 ? html.size() : endClose + 1;
            textStart = i;
            continue;
        }
        if (name == QLatin1String("br")) {
            out += QLatin1Char('\n');
        } else if (name == QLatin1String("p") || name == QLatin1String("div") || name == QLatin1String("li") ||
                   name == QLatin1String("blockquote") || name == QLatin1String("pre") ||
                   (name.size() == 2 && name[0] == QLatin1Char('h') && name[1].isDigit())) {
            if (closing)
                out += QStringLiteral("\n\n");
            else if (name == QLatin1String("li"))
                out += QStringLiteral("• ");
        }
    }
    flushText(html.size());
    // Collapse runs of blank lines and trailing space that block elements leave behind.
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    out.replace(blankLines, QStringLiteral("\n\n"));
    return out.trimmed();
}

QDateTime parseTimestamp(const QString &text)
{
    QString t = text.trimmed();
    // Facebook writes offsets without a colon: 2011-03-23T15:40:17+0000.
    static const QRegularExpression compactOffset(QStringLiteral("([+-])(\\d\\d)(\\d\\d)$"));
    t.replace(compactOffset, QStringLiteral("\\1\\2:\\3"));
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) // no zone given: the platforms mean UTC
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

} // namespace webcare::ingest
