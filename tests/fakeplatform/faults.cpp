// SPDX-License-Identifier: MIT
#include "faults.h"

#include <QJsonDocument>

#include <functional>

namespace webcare::fake {

namespace {

struct KindName {
    FaultKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {FaultKind::Delay, "delay"},         {FaultKind::Timeout, "timeout"},
    {FaultKind::TooManyRequests, "429"}, {FaultKind::ServerError, "500"},
    {FaultKind::Unavailable, "503"},     {FaultKind::Reset, "reset"},
    {FaultKind::Truncate, "truncate"},   {FaultKind::Malformed, "malformed"},
    {FaultKind::Huge, "huge"},           {FaultKind::InvalidUtf8, "invalid-utf8"},
    {FaultKind::Html, "html"},
};

bool appliesByDefault(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Delay:
    case FaultKind::Truncate:
    case FaultKind::Malformed:
    case FaultKind::Huge:
    case FaultKind::InvalidUtf8:
    case FaultKind::Html:
        return true; // the answer is the normal one, altered: the request was handled
    default:
        return false;
    }
}

// Changes the first string under `key` (depth first, document order) in place; true when one was found.
bool changeFirst(QJsonValue &value, const QString &key, const std::function<QString(const QString &)> &change)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        if (o.value(key).isString()) {
            o.insert(key, change(o.value(key).toString()));
            value = o;
            return true;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue child = it.value();
            if (changeFirst(child, key, change)) {
                it.value() = child;
                value = o;
                return true;
            }
        }
        return false;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue child = a.at(i);
            if (changeFirst(child, key, change)) {
                a.replace(i, child);
                value = a;
                return true;
            }
        }
    }
    return false;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(const QString &name)
{
    for (const KindName &k : kindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

int FaultPlan::add(const QJsonObject &spec, QString *error)
{
    Fault f;
    f.pathPrefix = spec.value(QLatin1String("path")).toString();
    if (!f.pathPrefix.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("\"path\" must be a path prefix such as \"/2/users\"");
        return 0;
    }
    const QJsonValue kindValue = spec.value(QLatin1String("kind"));
    const QString kindName = kindValue.isDouble() ? QString::number(kindValue.toInt()) : kindValue.toString();
    const auto kind = faultKindFromName(kindName);
    if (!kind) {
        QStringList names;
        for (const KindName &k : kindNames)
            names << QString::fromLatin1(k.name);
        *error = QStringLiteral("unknown \"kind\" \"%1\"; one of: %2").arg(kindName, names.join(QStringLiteral(", ")));
        return 0;
    }
    f.kind = *kind;
    f.method = spec.value(QLatin1String("method")).toString().toUpper().toLatin1();
    f.remaining = spec.value(QLatin1String("count")).toInt(1);
    f.seconds = spec.value(QLatin1String("seconds")).toDouble(f.kind == FaultKind::TooManyRequests ? 60 : 1);
    f.variant = spec.value(QLatin1String("variant")).toInt(0);
    f.status = spec.value(QLatin1String("status")).toInt(0);
    f.apply = spec.value(QLatin1String("apply")).toBool(appliesByDefault(f.kind));
    if (f.remaining < 1 || f.seconds < 0) {
        *error = QStringLiteral("\"count\" must be at least 1 and \"seconds\" not negative");
        return 0;
    }
    f.id = m_nextId++;
    m_faults << f;
    return f.id;
}

std::optional<Fault> FaultPlan::take(const Request &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!request.path.startsWith(f.pathPrefix) || (!f.method.isEmpty() && f.method != request.method))
            continue;
        const Fault taken = f;
        if (--f.remaining <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultPlan::pending() const
{
    QJsonArray out;
    for (const Fault &f : m_faults) {
        out.append(QJsonObject{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("path"), f.pathPrefix},
            {QStringLiteral("method"), f.method.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(f.method))},
            {QStringLiteral("kind"), faultKindName(f.kind)},
            {QStringLiteral("count"), f.remaining},
            {QStringLiteral("seconds"), f.seconds},
            {QStringLiteral("apply"), f.apply},
        });
    }
    return out;
}

QByteArray malformedJson(const QByteArray &body)
{
    // A cut-off answer with a stray comma: what a proxy that gave up half-way, or a buggy serializer, sends.
    const qsizetype keep = std::max<qsizetype>(1, body.size() * 2 / 3);
    QByteArray out = body.left(keep);
    out += ",\"";
    return out;
}

QByteArray hugeJson(const QByteArray &body, qint64 minimumBytes)
{
    // Repeat the answer's posts until it is big enough, so it stays a valid answer of the same shape.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject root = doc.object();
    QString member;
    QJsonArray items = doc.array();
    for (const char *key : {"data", "latest_posts"}) {
        if (!doc.isArray() && !root.value(QLatin1String(key)).toArray().isEmpty()) {
            member = QLatin1String(key);
            items = root.value(member).toArray();
            break;
        }
    }
    if (items.isEmpty()) {
        // Nothing to repeat (an object answer): one long, valid string member instead.
        root.insert(QStringLiteral("padding"), QString(qsizetype(minimumBytes), QLatin1Char('x')));
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    const auto serialized = [&](const QJsonArray &list) {
        if (doc.isArray())
            return QJsonDocument(list).toJson(QJsonDocument::Compact);
        QJsonObject o = root;
        o.insert(member, list);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const qint64 perItem =
        std::max<qint64>(16, QJsonDocument(items).toJson(QJsonDocument::Compact).size() / items.size());
    QJsonArray big;
    QByteArray out = body;
    while (out.size() <= minimumBytes) {
        const qint64 more = (minimumBytes - out.size()) / perItem + 1;
        for (qint64 i = 0; i < more; ++i)
            big.append(items.at(big.size() % items.size()));
        out = serialized(big);
    }
    return out;
}

QByteArray withInvalidUtf8(const QByteArray &body, const QByteArray &textKey)
{
    // 0xC3 0x28 is a broken two-byte sequence, 0xFF never occurs in UTF-8, 0xED 0xA0 0x80 is an encoded surrogate.
    static const QByteArray broken("Kapot: \xc3\x28 \xff\xfe \xed\xa0\x80 einde ");
    const QByteArray marker = '"' + textKey + "\":\"";
    qsizetype at = body.indexOf(marker);
    if (at >= 0)
        at += marker.size();
    else if ((at = body.indexOf("\":\"")) >= 0) // no post in the answer: the first string value will do
        at += 3;
    else
        return body.left(body.size() - 1) + ",\"text\":\"" + broken + "\"}";
    QByteArray out = body;
    out.insert(at, broken);
    return out;
}

QByteArray withHtml(const QByteArray &body, const QByteArray &textKey)
{
    // Raw markup where the platform normally escapes it: the app must show it as text, never render or run it.
    static const QString markup = QStringLiteral(
        "<script>alert(1)</script><b>Vet</b> <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">"
        "klik</a> <iframe src=\"https://evil.example/\"></iframe> ");
    QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const auto change = [](const QString &text) -> QString { return markup + text; };
    if (!changeFirst(root, QString::fromLatin1(textKey), change))
        return body;
    if (textKey == "raw") // Discourse: the rendered copy too
        changeFirst(root, QStringLiteral("cooked"), change);
    return root.isArray() ? QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact)
                          : QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace webcare::fake
