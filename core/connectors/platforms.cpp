// SPDX-License-Identifier: MIT
// Paths and payloads of X API v2, the Mastodon client API, the Facebook Graph API (Pages) and the Discourse API.
#include "platforms.h"

#include "ingest/parsehelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace webcare::connectors {

using detail::maxId;
using detail::readPosts;
using domain::Channel;

namespace {

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

net::ApiError malformed(const net::ApiResponse &response, const QString &what)
{
    net::ApiError e;
    e.kind = net::ApiError::Kind::MalformedPayload;
    e.httpStatus = response.status;
    e.detail = what;
    return e;
}

// The id field of a JSON answer ({"id": ...} or {"data": {"id": ...}}), after the error check.
Expected<QString, net::ApiError> readCreatedId(Channel channel, const net::ApiResponse &response)
{
    net::ApiError error;
    if (net::classify(channel, response, &error))
        return unexpected(error);
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    // A post: {"id"} or {"data": {"id"}}; an X direct message: {"data": {"dm_event_id"}}; Messenger: {"message_id"}.
    const QJsonValue id = o.contains(QLatin1String("data"))
                              ? (data.contains(QLatin1String("dm_event_id")) ? data.value(QLatin1String("dm_event_id"))
                                                                             : data.value(QLatin1String("id")))
                              : (o.contains(QLatin1String("message_id")) ? o.value(QLatin1String("message_id"))
                                                                         : o.value(QLatin1String("id")));
    const QString text = id.isString() ? id.toString() : id.isDouble() ? QString::number(id.toInteger()) : QString();
    if (text.isEmpty())
        return unexpected(malformed(response, QStringLiteral("no id in the answer to a new post")));
    return text;
}

const QString xTweetFields = QStringLiteral(
    "created_at,conversation_id,in_reply_to_user_id,referenced_tweets,lang,entities,author_id,note_tweet");
const QString xExpansions = QStringLiteral("author_id,referenced_tweets.id,in_reply_to_user_id");
const QString xDmFields =
    QStringLiteral("id,text,event_type,created_at,dm_conversation_id,sender_id,participant_ids,referenced_tweets");
const QString xDmExpansions = QStringLiteral("sender_id,participant_ids");

} // namespace

net::ApiRequest PlatformConnector::request(const QByteArray &method, const QString &path, const QUrlQuery &query) const
{
    net::ApiRequest r;
    r.method = method;
    QUrl url(m_account.baseUrl);
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    url.setQuery(query);
    r.url = url;
    authorize(r);
    return r;
}

// ---- X API v2 ----

void XConnector::authorize(net::ApiRequest &r) const
{
    r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_credentials.accessToken.toUtf8()});
}

QStringList XConnector::streams() const
{
    QStringList out{QStringLiteral("mentions")};
    if (!searchQuery(m_account.searchTerms, {}).isEmpty())
        out << QStringLiteral("search");
    out << QStringLiteral("dms");
    return out;
}

QString XConnector::searchQuery(const QStringList &terms, const QString &handle)
{
    QStringList parts;
    for (QString t : terms) {
        t.remove(QLatin1Char('"'));
        t = t.simplified();
        if (t.isEmpty())
            continue;
        // A keyword of several words is a phrase; one word stays bare so X matches it as a keyword.
        parts << (t.contains(QLatin1Char(' ')) ? QLatin1Char('"') + t + QLatin1Char('"') : t);
    }
    if (parts.isEmpty())
        return {};
    QString query =
        parts.size() == 1 ? parts.first() : QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
    query += QLatin1String(" -is:retweet");
    QString name = handle;
    if (name.startsWith(QLatin1Char('@')))
        name.remove(0, 1);
    if (!name.isEmpty())
        query += QStringLiteral(" -from:%1 -@%1").arg(name);
    return query;
}

net::ApiRequest XConnector::dmEventsRequest(const QString &pageToken) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("max_results"), QStringLiteral("100"));
    q.addQueryItem(QStringLiteral("event_types"), QStringLiteral("MessageCreate"));
    q.addQueryItem(QStringLiteral("dm_event.fields"), xDmFields);
    q.addQueryItem(QStringLiteral("expansions"), xDmExpansions);
    q.addQueryItem(QStringLiteral("user.fields"), QStringLiteral("username,name"));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pagination_token"), pageToken);
    return request("GET", QStringLiteral("/2/dm_events"), q);
}

net::ApiRequest XConnector::fetchRequest(const QString &stream, const QString &cursor, const QString &pageToken) const
{
    // /2/dm_events has no since_id: pages are read newest first until the cursor is reached (readFetch).
    if (stream == QLatin1String("dms"))
        return dmEventsRequest(pageToken);
    const bool search = stream == QLatin1String("search");
    QUrlQuery q;
    if (search) {
        const QString handle = m_account.handle.isEmpty() ? m_account.name : m_account.handle;
        q.addQueryItem(QStringLiteral("query"), searchQuery(m_account.searchTerms, handle));
    }
    q.addQueryItem(QStringLiteral("max_results"), QStringLiteral("100"));
    q.addQueryItem(QStringLiteral("tweet.fields"), xTweetFields);
    q.addQueryItem(QStringLiteral("expansions"), xExpansions);
    q.addQueryItem(QStringLiteral("user.fields"), QStringLiteral("username,name"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("since_id"), cursor);
    // Recent search pages with next_token, the timelines with pagination_token.
    if (!pageToken.isEmpty())
        q.addQueryItem(search ? QStringLiteral("next_token") : QStringLiteral("pagination_token"), pageToken);
    if (search)
        return request("GET", QStringLiteral("/2/tweets/search/recent"), q);
    return request("GET", QStringLiteral("/2/users/%1/mentions").arg(m_account.platformUserId), q);
}

Expected<FetchResult, net::ApiError> XConnector::readFetch(const QString &stream, const QString &cursor,
                                                           const net::ApiResponse &response) const
{
    auto result = readPosts(Channel::X, response);
    if (!result)
        return result;
    const QJsonObject meta = QJsonDocument::fromJson(response.body).object().value(QLatin1String("meta")).toObject();
    result->nextPageToken = meta.value(QLatin1String("next_token")).toString();
    if (stream == QLatin1String("dms")) {
        // Newest first, no since_id: keep what is newer than the cursor and stop at the first page that reaches
        // it. On the first sync one page (the newest 100 events) is enough: older messages are history.
        QList<QString> ids;
        for (const QJsonValue &e :
             QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray())
            ids << e.toObject().value(QLatin1String("id")).toString();
        QString newest;
        bool reachedCursor = cursor.isEmpty();
        for (const QString &id : std::as_const(ids)) {
            if (newest.isEmpty() || detail::idLess(newest, id))
                newest = id;
            if (!cursor.isEmpty() && !detail::idLess(cursor, id))
                reachedCursor = true;
        }
        QList<domain::Post> newer;
        for (const domain::Post &p : std::as_const(result->posts)) {
            if (cursor.isEmpty() || detail::idLess(cursor, p.platformId))
                newer << p;
        }
        result->posts = newer;
        result->newestId = newest;
        if (reachedCursor || ids.isEmpty())
            result->nextPageToken.clear();
        return result;
    }
    result->newestId = meta.value(QLatin1String("newest_id")).toString();
    if (result->newestId.isEmpty())
        result->newestId = maxId(result->posts);
    return result;
}

net::ApiRequest XConnector::contextRequest(const domain::Post &post) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ids"), post.inReplyToPlatformId);
    q.addQueryItem(QStringLiteral("tweet.fields"), xTweetFields);
    q.addQueryItem(QStringLiteral("expansions"), xExpansions);
    q.addQueryItem(QStringLiteral("user.fields"), QStringLiteral("username,name"));
    return request("GET", QStringLiteral("/2/tweets"), q);
}

Expected<FetchResult, net::ApiError> XConnector::readContext(const net::ApiResponse &response) const
{
    return readPosts(Channel::X, response);
}

net::ApiRequest XConnector::replyRequest(const OutgoingReply &reply) const
{
    if (reply.privateMessage) {
        // A direct message is answered in the conversation with that person, never as a public tweet.
        net::ApiRequest r =
            request("POST", QStringLiteral("/2/dm_conversations/with/%1/messages").arg(reply.recipientId));
        r.body = json(QJsonObject{{QStringLiteral("text"), reply.text}});
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return r;
    }
    net::ApiRequest r = request("POST", QStringLiteral("/2/tweets"));
    QJsonObject body{{QStringLiteral("text"), reply.text}};
    if (!reply.inReplyToPlatformId.isEmpty())
        body.insert(QStringLiteral("reply"),
                    QJsonObject{{QStringLiteral("in_reply_to_tweet_id"), reply.inReplyToPlatformId}});
    r.body = json(body);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

Expected<QString, net::ApiError> XConnector::readReply(const net::ApiResponse &response) const
{
    return readCreatedId(Channel::X, response);
}

net::ApiRequest XConnector::ownPostsRequest() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("max_results"), QStringLiteral("50"));
    q.addQueryItem(QStringLiteral("tweet.fields"), xTweetFields);
    q.addQueryItem(QStringLiteral("expansions"), QStringLiteral("author_id"));
    return request("GET", QStringLiteral("/2/users/%1/tweets").arg(m_account.platformUserId), q);
}

Expected<FetchResult, net::ApiError> XConnector::readOwnPosts(const net::ApiResponse &response) const
{
    return readPosts(Channel::X, response);
}

net::ApiRequest XConnector::reconcileRequest(const OutgoingReply &reply) const
{
    // The newest direct messages include the ones the account sent.
    return reply.privateMessage ? dmEventsRequest({}) : ownPostsRequest();
}

// ---- Mastodon ----

void MastodonConnector::authorize(net::ApiRequest &r) const
{
    r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_credentials.accessToken.toUtf8()});
}

net::ApiRequest MastodonConnector::fetchRequest(const QString &, const QString &cursor, const QString &pageToken) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("types[]"), QStringLiteral("mention"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("40"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("since_id"), cursor);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("max_id"), pageToken);
    return request("GET", QStringLiteral("/api/v1/notifications"), q);
}

QString MastodonConnector::nextMaxId(const QByteArray &linkHeader)
{
    // Link: <https://host/api/v1/notifications?max_id=123&limit=40>; rel="next", <...>; rel="prev"
    for (const QByteArray &part : linkHeader.split(',')) {
        if (!part.contains("rel=\"next\""))
            continue;
        const qsizetype open = part.indexOf('<'), close = part.indexOf('>');
        if (open < 0 || close < open)
            continue;
        const QUrl url(QString::fromUtf8(part.mid(open + 1, close - open - 1)));
        return QUrlQuery(url).queryItemValue(QStringLiteral("max_id"));
    }
    return {};
}

Expected<FetchResult, net::ApiError> MastodonConnector::readFetch(const QString &, const QString &,
                                                                  const net::ApiResponse &response) const
{
    auto result = readPosts(Channel::Mastodon, response);
    if (!result)
        return result;
    // The cursor is a notification id (since_id works on notifications), not a status id.
    QList<domain::Post> ids;
    for (const QJsonValue &n : QJsonDocument::fromJson(response.body).array()) {
        domain::Post p;
        p.platformId = n.toObject().value(QLatin1String("id")).toString();
        ids << p;
    }
    result->newestId = maxId(ids);
    // An empty page ends the walk even if the server still offers a next link.
    result->nextPageToken = ids.isEmpty() ? QString() : nextMaxId(response.header("link"));
    return result;
}

net::ApiRequest MastodonConnector::contextRequest(const domain::Post &post) const
{
    return request("GET", QStringLiteral("/api/v1/statuses/%1/context").arg(post.platformId));
}

Expected<FetchResult, net::ApiError> MastodonConnector::readContext(const net::ApiResponse &response) const
{
    return readPosts(Channel::Mastodon, response);
}

net::ApiRequest MastodonConnector::replyRequest(const OutgoingReply &reply) const
{
    net::ApiRequest r = request("POST", QStringLiteral("/api/v1/statuses"));
    QJsonObject body{{QStringLiteral("status"), reply.text}};
    if (!reply.inReplyToPlatformId.isEmpty())
        body.insert(QStringLiteral("in_reply_to_id"), reply.inReplyToPlatformId);
    // Answer in kind: a direct message gets a direct answer, never a public one.
    body.insert(QStringLiteral("visibility"), reply.visibility.isEmpty() ? QStringLiteral("public") : reply.visibility);
    r.body = json(body);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!reply.idempotencyKey.isEmpty())
        r.headers.append({QByteArrayLiteral("Idempotency-Key"), reply.idempotencyKey.toUtf8()});
    return r;
}

Expected<QString, net::ApiError> MastodonConnector::readReply(const net::ApiResponse &response) const
{
    return readCreatedId(Channel::Mastodon, response);
}

net::ApiRequest MastodonConnector::ownPostsRequest() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("40"));
    return request("GET", QStringLiteral("/api/v1/accounts/%1/statuses").arg(m_account.platformUserId), q);
}

Expected<FetchResult, net::ApiError> MastodonConnector::readOwnPosts(const net::ApiResponse &response) const
{
    return readPosts(Channel::Mastodon, response);
}

// ---- Facebook Graph (Pages) ----

void FacebookConnector::authorize(net::ApiRequest &r) const
{
    r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_credentials.accessToken.toUtf8()});
}

namespace {
const QString graphFields =
    QStringLiteral("id,from,message,created_time,permalink_url,comments.limit(100){id,from,message,created_time,parent,"
                   "comments{id,from,message,created_time,parent}}");
}

namespace {
const QString messengerFields = QStringLiteral("id,updated_time,messages.limit(25){message,from,created_time,id}");
}

net::ApiRequest FacebookConnector::conversationsRequest(const QString &pageToken, const QString &userId) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("platform"), QStringLiteral("messenger"));
    q.addQueryItem(QStringLiteral("fields"), messengerFields);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("25"));
    if (!userId.isEmpty())
        q.addQueryItem(QStringLiteral("user_id"), userId);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("after"), pageToken);
    return request("GET", QStringLiteral("/%1/conversations").arg(m_account.platformUserId), q);
}

net::ApiRequest FacebookConnector::fetchRequest(const QString &stream, const QString &cursor,
                                                const QString &pageToken) const
{
    if (stream == QLatin1String("messenger"))
        return conversationsRequest(pageToken, {});
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), graphFields);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("25"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("since"), cursor);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("after"), pageToken);
    return request("GET", QStringLiteral("/%1/feed").arg(m_account.platformUserId), q);
}

Expected<FetchResult, net::ApiError> FacebookConnector::readFetch(const QString &stream, const QString &cursor,
                                                                  const net::ApiResponse &response) const
{
    auto result = readPosts(Channel::Facebook, response);
    if (!result)
        return result;
    const QJsonObject root = QJsonDocument::fromJson(response.body).object();
    const QJsonObject paging = root.value(QLatin1String("paging")).toObject();
    if (paging.contains(QLatin1String("next")))
        result->nextPageToken =
            paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString();
    if (stream == QLatin1String("messenger")) {
        // Conversations come most recently updated first and the edge has no `since`: keep the messages from the
        // cursor's second on (the store ignores the ones it has) and stop at the first conversation not updated
        // since. The cursor is the newest message time seen, in Unix seconds. First sync: one page.
        const qint64 since = cursor.toLongLong();
        bool reachedCursor = cursor.isEmpty();
        qint64 newest = 0;
        for (const QJsonValue &c : root.value(QLatin1String("data")).toArray()) {
            const QDateTime updated =
                ingest::parseTimestamp(c.toObject().value(QLatin1String("updated_time")).toString());
            if (updated.isValid()) {
                newest = std::max(newest, updated.toSecsSinceEpoch());
                if (!cursor.isEmpty() && updated.toSecsSinceEpoch() < since)
                    reachedCursor = true;
            }
        }
        QList<domain::Post> newer;
        for (const domain::Post &p : std::as_const(result->posts)) {
            newest = std::max(newest, p.createdAt.toSecsSinceEpoch());
            if (cursor.isEmpty() || p.createdAt.toSecsSinceEpoch() >= since)
                newer << p;
        }
        result->posts = newer;
        if (reachedCursor)
            result->nextPageToken.clear();
        if (newest > 0)
            result->newestId = QString::number(newest);
        return result;
    }
    // Graph's `since` is a Unix time: the cursor is the newest creation time seen.
    qint64 newest = 0;
    for (const domain::Post &p : std::as_const(result->posts))
        newest = std::max(newest, p.createdAt.toSecsSinceEpoch());
    if (newest > 0)
        result->newestId = QString::number(newest);
    return result;
}

net::ApiRequest FacebookConnector::contextRequest(const domain::Post &post) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), graphFields);
    return request("GET", QLatin1Char('/') + post.conversationId, q);
}

Expected<FetchResult, net::ApiError> FacebookConnector::readContext(const net::ApiResponse &response) const
{
    return readPosts(Channel::Facebook, response);
}

net::ApiRequest FacebookConnector::replyRequest(const OutgoingReply &reply) const
{
    if (reply.privateMessage) {
        // Messenger Send API: an answer to the customer's message, inside the 24-hour window (RESPONSE).
        net::ApiRequest r = request("POST", QStringLiteral("/%1/messages").arg(m_account.platformUserId));
        r.body = json(QJsonObject{{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), reply.recipientId}}},
                                  {QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
                                  {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), reply.text}}}});
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return r;
    }
    net::ApiRequest r = request("POST", QStringLiteral("/%1/comments").arg(reply.inReplyToPlatformId));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("message"), reply.text);
    r.body = form.toString(QUrl::FullyEncoded).toUtf8();
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    return r;
}

Expected<QString, net::ApiError> FacebookConnector::readReply(const net::ApiResponse &response) const
{
    return readCreatedId(Channel::Facebook, response);
}

net::ApiRequest FacebookConnector::ownPostsRequest() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), graphFields);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
    return request("GET", QStringLiteral("/%1/feed").arg(m_account.platformUserId), q);
}

Expected<FetchResult, net::ApiError> FacebookConnector::readOwnPosts(const net::ApiResponse &response) const
{
    return readPosts(Channel::Facebook, response);
}

net::ApiRequest FacebookConnector::reconcileRequest(const OutgoingReply &reply) const
{
    // The conversation with that customer, with its newest messages (ours included).
    return reply.privateMessage ? conversationsRequest({}, reply.recipientId) : ownPostsRequest();
}

// ---- Discourse ----

void DiscourseConnector::authorize(net::ApiRequest &r) const
{
    r.headers.append({QByteArrayLiteral("Api-Key"), m_credentials.apiKey.toUtf8()});
    r.headers.append({QByteArrayLiteral("Api-Username"), m_credentials.apiUsername.toUtf8()});
}

namespace {

const QString searchPrefix = QStringLiteral("search:");

// The topics stream walks /latest.json and then each new topic's /t/{id}.json. Its page token carries that plan:
// "<next latest page, 0 for none>|<topic id>,<topic id>,..." (the topics still to read, first one next).
struct TopicPlan {
    int nextPage = 0;
    QStringList topics;
    static TopicPlan from(const QString &token)
    {
        TopicPlan plan;
        const qsizetype bar = token.indexOf(QLatin1Char('|'));
        if (bar < 0)
            return plan;
        plan.nextPage = token.left(bar).toInt();
        plan.topics = token.mid(bar + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return plan;
    }
    QString token() const
    {
        if (nextPage <= 0 && topics.isEmpty())
            return {};
        return QString::number(nextPage) + QLatin1Char('|') + topics.join(QLatin1Char(','));
    }
};

} // namespace

QStringList DiscourseConnector::streams() const
{
    QStringList out{QStringLiteral("posts"), QStringLiteral("topics")};
    // Discourse search has no OR: each watched word is a stream with a cursor of its own.
    for (const QString &term : m_account.searchTerms) {
        const QString t = term.simplified();
        // Discourse refuses search terms under three characters (min_search_term_length).
        if (t.size() >= 3 && !out.contains(searchPrefix + t))
            out << searchPrefix + t;
    }
    return out;
}

net::ApiRequest DiscourseConnector::fetchRequest(const QString &stream, const QString &, const QString &pageToken) const
{
    if (stream == QLatin1String("topics")) {
        const TopicPlan plan = TopicPlan::from(pageToken);
        if (!plan.topics.isEmpty())
            return request("GET", QStringLiteral("/t/%1.json").arg(plan.topics.first()));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("order"), QStringLiteral("created")); // newest topics first
        if (plan.nextPage > 0)
            q.addQueryItem(QStringLiteral("page"), QString::number(plan.nextPage));
        return request("GET", QStringLiteral("/latest.json"), q);
    }
    if (stream.startsWith(searchPrefix)) {
        QUrlQuery q;
        // Quoted so a watched phrase is matched as written; newest first so the walk can stop at the cursor.
        q.addQueryItem(QStringLiteral("q"),
                       QLatin1Char('"') + stream.mid(searchPrefix.size()) + QStringLiteral("\" order:latest"));
        if (!pageToken.isEmpty())
            q.addQueryItem(QStringLiteral("page"), pageToken);
        return request("GET", QStringLiteral("/search.json"), q);
    }
    QUrlQuery q;
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("before"), pageToken);
    return request("GET", QStringLiteral("/posts.json"), q);
}

Expected<FetchResult, net::ApiError> DiscourseConnector::readFetch(const QString &, const QString &cursor,
                                                                   const net::ApiResponse &response) const
{
    auto result = readPosts(Channel::Discourse, response);
    if (!result)
        return result;
    // /posts.json lists the newest posts first and pages backwards with before=<id>. Walk back until the cursor
    // is reached; on the first sync one page is enough (the forum's history is not the inbox).
    QString oldest;
    bool reachedCursor = cursor.isEmpty();
    QList<domain::Post> newer;
    for (const domain::Post &p : std::as_const(result->posts)) {
        if (!cursor.isEmpty() && !detail::idLess(cursor, p.platformId)) {
            reachedCursor = true;
            continue;
        }
        newer << p;
        if (oldest.isEmpty() || detail::idLess(p.platformId, oldest))
            oldest = p.platformId;
    }
    result->newestId = maxId(result->posts);
    result->posts = newer;
    // before= is inclusive on Discourse (posts.id <= before): continue just below the oldest post seen.
    result->nextPageToken =
        (!reachedCursor && !oldest.isEmpty()) ? QString::number(oldest.toLongLong() - 1) : QString();
    return result;
}

Expected<FetchResult, net::ApiError> DiscourseConnector::readFetchPage(const QString &stream, const QString &cursor,
                                                                       const QString &pageToken,
                                                                       const net::ApiResponse &response) const
{
    if (stream == QLatin1String("topics")) {
        auto result = readPosts(Channel::Discourse, response);
        if (!result)
            return result;
        TopicPlan plan = TopicPlan::from(pageToken);
        if (!plan.topics.isEmpty()) { // a topic's posts: go on with the next topic, or the next list page
            plan.topics.removeFirst();
            result->nextPageToken = plan.token();
            return result;
        }
        // A page of /latest.json: plan the topics newer than the cursor. On the first sync nothing is read: the
        // posts stream already brought the forum's newest posts; this only marks where new topics start.
        const QJsonObject list =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("topic_list")).toObject();
        QStringList fresh;
        QString newest;
        bool reachedCursor = cursor.isEmpty();
        for (const QJsonValue &t : list.value(QLatin1String("topics")).toArray()) {
            const QString id = ingest::detail::idString(t.toObject().value(QLatin1String("id")));
            if (id.isEmpty())
                continue;
            if (newest.isEmpty() || detail::idLess(newest, id))
                newest = id;
            if (cursor.isEmpty())
                continue;
            if (detail::idLess(cursor, id))
                fresh << id;
            else if (!t.toObject().value(QLatin1String("pinned")).toBool())
                reachedCursor = true; // a pinned old topic stays on top and says nothing about the rest
        }
        std::sort(fresh.begin(), fresh.end(), [](const QString &a, const QString &b) { return detail::idLess(a, b); });
        const bool more =
            list.contains(QLatin1String("more_topics_url")) && !list.value(QLatin1String("topics")).toArray().isEmpty();
        plan.topics = fresh;
        plan.nextPage = (!reachedCursor && more) ? TopicPlan::from(pageToken).nextPage + 1 : 0;
        result->posts.clear();
        result->newestId = newest;
        result->nextPageToken = plan.token();
        return result;
    }
    if (stream.startsWith(searchPrefix)) {
        auto result = readPosts(Channel::Discourse, response);
        if (!result)
            return result;
        // Newest first (order:latest): keep what is newer than the cursor; the first sync reads one page.
        bool reachedCursor = cursor.isEmpty();
        QList<domain::Post> newer;
        for (const domain::Post &p : std::as_const(result->posts)) {
            if (cursor.isEmpty() || detail::idLess(cursor, p.platformId))
                newer << p;
            else
                reachedCursor = true;
        }
        result->newestId = maxId(result->posts);
        result->posts = newer;
        const QJsonObject grouped =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("grouped_search_result")).toObject();
        // A refused search still answers 200, with the reason inside ("Your search term is too short.").
        if (const QString refused = grouped.value(QLatin1String("error")).toString(); !refused.isEmpty()) {
            net::ApiError e;
            e.kind = net::ApiError::Kind::InvalidRequest;
            e.httpStatus = response.status;
            e.detail = refused;
            return unexpected(e);
        }
        const bool more = grouped.value(QLatin1String("more_full_page_results")).toBool() ||
                          grouped.value(QLatin1String("more_posts")).toBool();
        result->nextPageToken = (!reachedCursor && more && !newer.isEmpty())
                                    ? QString::number(std::max(1, pageToken.toInt()) + 1)
                                    : QString();
        return result;
    }
    return readFetch(stream, cursor, response);
}

net::ApiRequest DiscourseConnector::contextRequest(const domain::Post &post) const
{
    return request("GET", QStringLiteral("/t/%1.json").arg(post.conversationId));
}

Expected<FetchResult, net::ApiError> DiscourseConnector::readContext(const net::ApiResponse &response) const
{
    return readPosts(Channel::Discourse, response);
}

net::ApiRequest DiscourseConnector::replyRequest(const OutgoingReply &reply) const
{
    net::ApiRequest r = request("POST", QStringLiteral("/posts.json"));
    QJsonObject body{{QStringLiteral("raw"), reply.text},
                     {QStringLiteral("topic_id"), reply.conversationId.toLongLong()}};
    if (reply.replyToPostNumber > 0)
        body.insert(QStringLiteral("reply_to_post_number"), reply.replyToPostNumber);
    r.body = json(body);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

Expected<QString, net::ApiError> DiscourseConnector::readReply(const net::ApiResponse &response) const
{
    return readCreatedId(Channel::Discourse, response);
}

net::ApiRequest DiscourseConnector::ownPostsRequest() const { return request("GET", QStringLiteral("/posts.json")); }

Expected<FetchResult, net::ApiError> DiscourseConnector::readOwnPosts(const net::ApiResponse &response) const
{
    auto result = readPosts(Channel::Discourse, response);
    if (!result)
        return result;
    QList<domain::Post> own;
    for (const domain::Post &p : std::as_const(result->posts)) {
        if (p.author.handle == m_credentials.apiUsername)
            own << p;
    }
    result->posts = own;
    return result;
}

} // namespace webcare::connectors
