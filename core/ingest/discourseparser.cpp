// SPDX-License-Identifier: MIT
// Discourse: /posts.json (latest_posts), a topic (post_stream.posts), search results (posts), one post, or a topic
// list (/latest.json: no posts of its own).
#include "parsehelpers.h"

namespace webcare::ingest {

using namespace detail;

namespace {

void addPost(ParsedPayload &out, const QJsonObject &o)
{
    const QString id = idString(o.value(QLatin1String("id")));
    if (!o.value(QLatin1String("deleted_at")).isNull() && o.contains(QLatin1String("deleted_at"))) {
        out.rejected << Rejection{id, Text::tr("the post was deleted on the forum")};
        return;
    }
    // post_type 1 is a regular post; 2 moderator action, 3 small action (e.g. "closed"), 4 whisper.
    const int type = o.value(QLatin1String("post_type")).toInt(1);
    if (type == 3) {
        out.rejected << Rejection{id, Text::tr("a forum action, not a message")};
        return;
    }
    domain::Post p;
    p.channel = domain::Channel::Discourse;
    p.platformId = id;
    const QString raw = o.value(QLatin1String("raw")).toString();
    p.text = raw.isEmpty() ? htmlToPlainText(o.value(QLatin1String("cooked")).toString()) : raw;
    if (p.text.isEmpty()) // search results carry an excerpt only
        p.text = decodeEntities(o.value(QLatin1String("blurb")).toString());
    p.createdAt = parseTimestamp(o.value(QLatin1String("created_at")).toString());
    // A forum topic is one conversation; reply_to_post_number is kept in the raw payload.
    p.conversationId = idString(o.value(QLatin1String("topic_id")));
    p.author.channel = domain::Channel::Discourse;
    p.author.handle = o.value(QLatin1String("username")).toString();
    // The username is the forum's stable identity (the API posts as Api-Username); user_id is the fallback.
    p.author.platformId = p.author.handle;
    if (p.author.platformId.isEmpty())
        p.author.platformId = idString(o.value(QLatin1String("user_id")));
    p.author.displayName = o.value(QLatin1String("name")).toString();
    if (p.author.displayName.isEmpty())
        p.author.displayName = p.author.handle;
    const QString slug = o.value(QLatin1String("topic_slug")).toString();
    if (!slug.isEmpty())
        p.url = QStringLiteral("/t/%1/%2/%3")
                    .arg(slug, p.conversationId, QString::number(o.value(QLatin1String("post_number")).toInt()));
    p.rawPayload = compact(o);
    accept(out, std::move(p));
}

} // namespace

Expected<ParsedPayload, QString> parseDiscourse(const QJsonDocument &doc)
{
    ParsedPayload out;
    QJsonArray posts;
    if (doc.isArray()) {
        posts = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("latest_posts")).isArray())
            posts = root.value(QLatin1String("latest_posts")).toArray();
        else if (root.value(QLatin1String("post_stream")).isObject())
            posts = root.value(QLatin1String("post_stream")).toObject().value(QLatin1String("posts")).toArray();
        else if (root.value(QLatin1String("posts")).isArray())
            posts = root.value(QLatin1String("posts")).toArray();
        else if (root.value(QLatin1String("topic_list")).isObject())
            return out; // /latest.json: topics, whose posts come from /t/{id}.json
        else if (root.contains(QLatin1String("errors")))
            return unexpected(Text::tr("Discourse returned an error: %1")
                                  .arg(root.value(QLatin1String("errors")).toArray().first().toString()));
        else if (root.contains(QLatin1String("cooked")) || root.contains(QLatin1String("raw")))
            posts.append(root);
        else
            return unexpected(Text::tr("this is not a Discourse posts, topic or search response"));
    } else {
        return unexpected(Text::tr("this is not a Discourse API response"));
    }
    for (const QJsonValue &v : std::as_const(posts)) {
        if (v.isObject())
            addPost(out, v.toObject());
        else
            out.rejected << Rejection{{}, Text::tr("an item of the list is not an object")};
    }
    return out;
}

} // namespace webcare::ingest
