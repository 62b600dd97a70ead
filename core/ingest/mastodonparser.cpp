// SPDX-License-Identifier: MIT
// Mastodon: Notification and Status entities (arrays of either), and a status Context (ancestors, descendants).
#include "parsehelpers.h"

namespace webcare::ingest {

using namespace detail;

namespace {

domain::Post statusToPost(const QJsonObject &s)
{
    domain::Post p;
    p.channel = domain::Channel::Mastodon;
    p.platformId = idString(s.value(QLatin1String("id")));
    QString text = htmlToPlainText(s.value(QLatin1String("content")).toString());
    const QString warning = s.value(QLatin1String("spoiler_text")).toString();
    if (!warning.isEmpty())
        text = QStringLiteral("[CW] ") + warning + QStringLiteral("\n\n") + text; // stored content: no UI language
    p.text = text;
    p.createdAt = parseTimestamp(s.value(QLatin1String("created_at")).toString());
    p.inReplyToPlatformId = idString(s.value(QLatin1String("in_reply_to_id")));
    const QJsonObject account = s.value(QLatin1String("account")).toObject();
    p.author.channel = domain::Channel::Mastodon;
    p.author.platformId = idString(account.value(QLatin1String("id")));
    const QString acct = account.value(QLatin1String("acct")).toString();
    p.author.handle = acct.isEmpty() ? QString() : QLatin1Char('@') + acct;
    p.author.displayName = account.value(QLatin1String("display_name")).toString();
    if (p.author.displayName.isEmpty())
        p.author.displayName = account.value(QLatin1String("username")).toString();
    p.url = s.value(QLatin1String("url")).toString();
    if (p.url.isEmpty())
        p.url = s.value(QLatin1String("uri")).toString();
    p.rawPayload = compact(s);
    p.privateMessage = s.value(QLatin1String("visibility")).toString() == QLatin1String("direct");
    return p;
}

void addStatus(ParsedPayload &out, const QJsonObject &s)
{
    if (!s.value(QLatin1String("reblog")).isNull() && s.value(QLatin1String("reblog")).isObject()) {
        out.rejected << Rejection{idString(s.value(QLatin1String("id"))), Text::tr("a boost repeats another post")};
        return;
    }
    accept(out, statusToPost(s));
}

void addItem(ParsedPayload &out, const QJsonObject &o)
{
    if (o.contains(QLatin1String("type")) && o.contains(QLatin1String("account"))) { // a Notification
        const QString type = o.value(QLatin1String("type")).toString();
        const QJsonObject status = o.value(QLatin1String("status")).toObject();
        if (type != QLatin1String("mention") && type != QLatin1String("status")) {
            out.rejected << Rejection{idString(o.value(QLatin1String("id"))),
                                      Text::tr("a \"%1\" notification carries no customer post").arg(type)};
            return;
        }
        if (status.isEmpty()) {
            out.rejected << Rejection{idString(o.value(QLatin1String("id"))),
                                      Text::tr("the notification has no status")};
            return;
        }
        addStatus(out, status);
        return;
    }
    if (o.contains(QLatin1String("content")) || o.contains(QLatin1String("created_at"))) {
        addStatus(out, o);
        return;
    }
    out.rejected << Rejection{idString(o.value(QLatin1String("id"))), Text::tr("neither a status nor a notification")};
}

} // namespace

Expected<ParsedPayload, QString> parseMastodon(const QJsonDocument &doc)
{
    ParsedPayload out;
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array()) {
            if (v.isObject())
                addItem(out, v.toObject());
            else
                out.rejected << Rejection{{}, Text::tr("an item of the list is not an object")};
        }
        return out;
    }
    if (!doc.isObject())
        return unexpected(Text::tr("this is not a Mastodon API response"));
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("ancestors")) || root.contains(QLatin1String("descendants"))) {
        for (const char *key : {"ancestors", "descendants"}) {
            for (const QJsonValue &v : root.value(QLatin1String(key)).toArray())
                addStatus(out, v.toObject());
        }
        return out;
    }
    if (root.contains(QLatin1String("error")))
        return unexpected(
            Text::tr("Mastodon returned an error: %1").arg(root.value(QLatin1String("error")).toString()));
    if (!root.contains(QLatin1String("id")))
        return unexpected(Text::tr("this is not a Mastodon status, notification or context"));
    addItem(out, root);
    return out;
}

} // namespace webcare::ingest
