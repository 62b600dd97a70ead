// SPDX-License-Identifier: MIT
// Paths and payloads of X API v2, the Mastodon client API, the Facebook Graph API (Pages) and the Discourse API.
#include "platforms.h"

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
    const QJsonValue id = o.contains(QLatin1String("data"))
                              ? o.value(QLatin1String("data")).toObject().value(QLatin1String("id"))
                              : o.value(QLatin1String("id"));
    const QString text = id.isString() ? id.toString() : id.isDouble() ? QString::number(id.toInteger()) : QString();
    if (text.isEmpty())
        return unexpected(malformed(response, QStringLiteral("no id in the answer to a new post")));
    return text;
}

const QString xTweetFields = QStringLiteral(
    "created_at,conversation_id,in_reply_to_user_id,referenced_tweets,lang,entities,author_id,note_tweet");
const QString xExpansions = QStringLiteral("author_id,referenced_tweets.id,in_reply_to_user_id");

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

net::ApiRequest XConnector::fetchRequest(const QString &, const QString &cursor, const QString &pageToken) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("max_results"), QStringLiteral("100"));
    q.addQueryItem(QStringLiteral("tweet.fields"), xTweetFields);
    q.addQueryItem(QStringLiteral("expansions"), xExpansions);
    q.addQueryItem(QStringLiteral("user.fields"), QStringLiteral("username,name"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("since_id"), cursor);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pagination_token"), pageToken);
    return request("GET", QStringLiteral("/2/users/%1/mentions").arg(m_account.platformUserId), q);
}

Expected<FetchResult, net::ApiError> XConnector::readFetch(const QString &, const QString &,
                                                           const net::ApiResponse &response) const
{
    auto result = readPosts(Channel::X, response);
    if (!result)
        return result;
    const QJsonObject meta = QJsonDocument::fromJson(response.body).object().value(QLatin1String("meta")).toObject();
    result->nextPageToken = meta.value(QLatin1String("next_token")).toString();
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

net::ApiRequest FacebookConnector::fetchRequest(const QString &, const QString &cursor, const QString &pageToken) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), graphFields);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("25"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("since"), cursor);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("after"), pageToken);
    return request("GET", QStringLiteral("/%1/feed").arg(m_account.platformUserId), q);
}

Expected<FetchResult, net::ApiError> FacebookConnector::readFetch(const QString &, const QString &,
                                                                  const net::ApiResponse &response) const
{
    auto result = readPosts(Channel::Facebook, response);
    if (!result)
        return result;
    const QJsonObject paging =
        QJsonDocument::fromJson(response.body).object().value(QLatin1String("paging")).toObject();
    if (paging.contains(QLatin1String("next")))
        result->nextPageToken =
            paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString();
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

// ---- Discourse ----

void DiscourseConnector::authorize(net::ApiRequest &r) const
{
    r.headers.append({QByteArrayLiteral("Api-Key"), m_credentials.apiKey.toUtf8()});
    r.headers.append({QByteArrayLiteral("Api-Username"), m_credentials.apiUsername.toUtf8()});
}

net::ApiRequest DiscourseConnector::fetchRequest(const QString &, const QString &, const QString &pageToken) const
{
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
