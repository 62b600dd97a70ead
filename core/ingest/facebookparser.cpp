// SPDX-License-Identifier: MIT
// Facebook Graph API: a page feed or a comments edge ({data, paging}), posts with nested comments, or one object.
#include "parsehelpers.h"

namespace webcare::ingest {

using namespace detail;

namespace {

void addObject(ParsedPayload &out, const QJsonObject &o, const QString &parentId, const QString &conversationId,
               int depth)
{
    domain::Post p;
    p.channel = domain::Channel::Facebook;
    p.platformId = idString(o.value(QLatin1String("id")));
    p.text = o.value(QLatin1String("message")).toString();
    if (p.text.isEmpty())
        p.text = o.value(QLatin1String("story")).toString();
    p.createdAt = parseTimestamp(o.value(QLatin1String("created_time")).toString());
    const QString explicitParent = idString(o.value(QLatin1String("parent")).toObject().value(QLatin1String("id")));
    p.inReplyToPlatformId = explicitParent.isEmpty() ? parentId : explicitParent;
    p.conversationId = conversationId.isEmpty() ? p.platformId : conversationId;
    const QJsonObject from = o.value(QLatin1String("from")).toObject();
    p.author.channel = domain::Channel::Facebook;
    p.author.platformId = idString(from.value(QLatin1String("id")));
    p.author.displayName = from.value(QLatin1String("name")).toString();
    p.url = o.value(QLatin1String("permalink_url")).toString();
    if (p.url.isEmpty() && !p.platformId.isEmpty())
        p.url = QStringLiteral("https://www.facebook.com/") + p.platformId;
    QJsonObject raw = o;
    raw.remove(QLatin1String("comments")); // comments are posts of their own
    p.rawPayload = compact(raw);
    const QString id = p.platformId;
    const QString conversation = p.conversationId;
    accept(out, std::move(p));

    if (depth > 8) // Graph nests at most two levels; anything deeper is not a real payload
        return;
    for (const QJsonValue &c : o.value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray()) {
        if (c.isObject())
            addObject(out, c.toObject(), id, conversation, depth + 1);
    }
}

// A Messenger conversation of the Page (GET /{page-id}/conversations, messages{...}): each message is a private
// post, the conversation ("t_...") is the case.
void addConversation(ParsedPayload &out, const QJsonObject &conversation)
{
    const QString conversationId = idString(conversation.value(QLatin1String("id")));
    for (const QJsonValue &v :
         conversation.value(QLatin1String("messages")).toObject().value(QLatin1String("data")).toArray()) {
        const QJsonObject m = v.toObject();
        domain::Post p;
        p.channel = domain::Channel::Facebook;
        p.privateMessage = true;
        p.platformId = idString(m.value(QLatin1String("id")));
        p.text = m.value(QLatin1String("message")).toString();
        p.createdAt = parseTimestamp(m.value(QLatin1String("created_time")).toString());
        p.conversationId = conversationId;
        const QJsonObject from = m.value(QLatin1String("from")).toObject();
        p.author.channel = domain::Channel::Facebook;
        p.author.platformId = idString(from.value(QLatin1String("id"))); // the customer's page-scoped id (PSID)
        p.author.displayName = from.value(QLatin1String("name")).toString();
        p.rawPayload = compact(m);
        accept(out, std::move(p));
    }
}

bool isConversation(const QJsonObject &o)
{
    return o.value(QLatin1String("messages")).isObject() && !o.contains(QLatin1String("message"));
}

} // namespace

Expected<ParsedPayload, QString> parseFacebook(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return unexpected(Text::tr("this is not a Facebook Graph API response"));
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("error"))) {
        const QJsonObject err = root.value(QLatin1String("error")).toObject();
        return unexpected(
            Text::tr("Facebook returned an error: %1").arg(err.value(QLatin1String("message")).toString()));
    }
    ParsedPayload out;
    if (root.value(QLatin1String("data")).isArray()) {
        for (const QJsonValue &v : root.value(QLatin1String("data")).toArray()) {
            if (v.isObject() && isConversation(v.toObject()))
                addConversation(out, v.toObject());
            else if (v.isObject())
                addObject(out, v.toObject(), {}, {}, 0);
            else
                out.rejected << Rejection{{}, Text::tr("an item of \"data\" is not an object")};
        }
        return out;
    }
    if (!root.contains(QLatin1String("id")))
        return unexpected(Text::tr("this is not a Facebook post, comment or feed"));
    if (isConversation(root))
        addConversation(out, root);
    else
        addObject(out, root, {}, {}, 0);
    return out;
}

} // namespace webcare::ingest
