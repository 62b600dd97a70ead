// SPDX-License-Identifier: MIT
// X API v2: tweet objects with expansions (includes.users, includes.tweets); partial errors beside data.
#include "parsehelpers.h"

#include <QHash>

namespace webcare::ingest {

using namespace detail;

namespace {

domain::Post tweetToPost(const QJsonObject &t, const QHash<QString, QJsonObject> &users)
{
    domain::Post p;
    p.channel = domain::Channel::X;
    p.platformId = idString(t.value(QLatin1String("id")));
    // Long posts carry their full text in note_tweet; text is then truncated.
    const QJsonObject note = t.value(QLatin1String("note_tweet")).toObject();
    // X escapes &, < and > in text; the agent must see what the customer typed.
    p.text = decodeEntities(note.contains(QLatin1String("text")) ? note.value(QLatin1String("text")).toString()
                                                                 : t.value(QLatin1String("text")).toString());
    p.createdAt = parseTimestamp(t.value(QLatin1String("created_at")).toString());
    p.conversationId = idString(t.value(QLatin1String("conversation_id")));
    const QJsonArray refs = t.value(QLatin1String("referenced_tweets")).toArray();
    for (const QJsonValue &ref : refs) {
        if (ref.toObject().value(QLatin1String("type")).toString() == QLatin1String("replied_to"))
            p.inReplyToPlatformId = idString(ref.toObject().value(QLatin1String("id")));
    }
    p.author.channel = domain::Channel::X;
    p.author.platformId = idString(t.value(QLatin1String("author_id")));
    const QJsonObject user = users.value(p.author.platformId);
    p.author.handle = user.value(QLatin1String("username")).toString();
    p.author.displayName = user.value(QLatin1String("name")).toString();
    if (!p.author.handle.isEmpty())
        p.url = QStringLiteral("https://x.com/%1/status/%2").arg(p.author.handle, p.platformId);
    p.rawPayload = compact(t);
    return p;
}

// A direct message event (GET /2/dm_events). Every DM conversation is a case of its own: its key
// "<user id>-<user id>" can never equal a tweet's conversation id.
void addDmEvent(ParsedPayload &out, const QJsonObject &e, const QHash<QString, QJsonObject> &users)
{
    const QString type = e.value(QLatin1String("event_type")).toString();
    if (!type.isEmpty() && type != QLatin1String("MessageCreate")) {
        // Someone joining or leaving a group conversation: nothing to answer.
        out.rejected << Rejection{idString(e.value(QLatin1String("id"))), Text::tr("not a message (%1)").arg(type)};
        return;
    }
    domain::Post p;
    p.channel = domain::Channel::X;
    p.privateMessage = true;
    p.platformId = idString(e.value(QLatin1String("id")));
    p.text = decodeEntities(e.value(QLatin1String("text")).toString());
    p.createdAt = parseTimestamp(e.value(QLatin1String("created_at")).toString());
    p.conversationId = e.value(QLatin1String("dm_conversation_id")).toString();
    p.author.channel = domain::Channel::X;
    p.author.platformId = idString(e.value(QLatin1String("sender_id")));
    const QJsonObject user = users.value(p.author.platformId);
    p.author.handle = user.value(QLatin1String("username")).toString();
    p.author.displayName = user.value(QLatin1String("name")).toString();
    p.rawPayload = compact(e);
    accept(out, std::move(p));
}

} // namespace

Expected<ParsedPayload, QString> parseX(const QJsonDocument &doc)
{
    QJsonArray tweets;
    QJsonObject includes;
    QJsonArray errors;
    if (doc.isArray()) { // an export: a plain array of tweet objects
        tweets = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue data = root.value(QLatin1String("data"));
        if (data.isArray())
            tweets = data.toArray();
        else if (data.isObject())
            tweets.append(data);
        else if (!root.contains(QLatin1String("errors")) && !root.contains(QLatin1String("meta")))
            return unexpected(Text::tr("this is not an X API v2 response: it has no \"data\""));
        includes = root.value(QLatin1String("includes")).toObject();
        errors = root.value(QLatin1String("errors")).toArray();
    } else {
        return unexpected(Text::tr("this is not an X API v2 response"));
    }

    QHash<QString, QJsonObject> users;
    for (const QJsonValue &u : includes.value(QLatin1String("users")).toArray())
        users.insert(idString(u.toObject().value(QLatin1String("id"))), u.toObject());

    ParsedPayload out;
    for (const QJsonValue &v : std::as_const(tweets)) {
        if (!v.isObject()) {
            out.rejected << Rejection{{}, Text::tr("an item of \"data\" is not an object")};
            continue;
        }
        const QJsonObject item = v.toObject();
        if (item.contains(QLatin1String("event_type")) || item.contains(QLatin1String("dm_conversation_id")))
            addDmEvent(out, item, users);
        else
            accept(out, tweetToPost(item, users));
    }
    // Referenced tweets (the posts being replied to) are part of the conversation: keep them as context.
    for (const QJsonValue &v : includes.value(QLatin1String("tweets")).toArray()) {
        if (v.isObject())
            accept(out, tweetToPost(v.toObject(), users));
    }
    // Partial errors: the good part is kept, each error is reported.
    for (const QJsonValue &e : std::as_const(errors)) {
        const QJsonObject err = e.toObject();
        QString id = err.value(QLatin1String("value")).toString();
        if (id.isEmpty())
            id = err.value(QLatin1String("resource_id")).toString();
        const QString detail =
            err.value(QLatin1String("detail")).toString(err.value(QLatin1String("message")).toString());
        out.rejected << Rejection{id, Text::tr("X reported: %1").arg(detail)};
    }
    return out;
}

} // namespace webcare::ingest
