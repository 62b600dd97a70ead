// SPDX-License-Identifier: MIT
// The connectors describe the documented requests and read the documented answers (no network here).
#include "support/testsupport.h"

#include "connectors/connector.h"
#include "connectors/platforms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace webcare;
using namespace webcare::connectors;
using domain::Channel;

namespace {

domain::Account account(Channel channel, const QString &base, const QString &userId)
{
    domain::Account a;
    a.id = 1;
    a.channel = channel;
    a.baseUrl = base;
    a.platformUserId = userId;
    return a;
}

QByteArray header(const net::ApiRequest &r, const char *name)
{
    for (const auto &[k, v] : r.headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

net::ApiResponse ok(const QByteArray &body, QHash<QByteArray, QByteArray> headers = {})
{
    net::ApiResponse r;
    r.status = 200;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

} // namespace

TEST_CASE("X connector: mentions since a cursor, page by page, and a reply", "[connectors][x]")
{
    auto x =
        makeConnector(account(Channel::X, QStringLiteral("https://api.x.com"), QStringLiteral("1580000000000000001")),
                      {QStringLiteral("tok"), {}, {}});
    const net::ApiRequest first = x->fetchRequest(QStringLiteral("mentions"), {}, {});
    CHECK(first.method == "GET");
    CHECK(first.url.path() == QStringLiteral("/2/users/1580000000000000001/mentions"));
    const QUrlQuery q(first.url);
    CHECK(q.queryItemValue(QStringLiteral("expansions")) ==
          QStringLiteral("author_id,referenced_tweets.id,in_reply_to_user_id"));
    CHECK_FALSE(q.hasQueryItem(QStringLiteral("since_id")));
    CHECK(header(first, "Authorization") == "Bearer tok");
    const net::ApiRequest next =
        x->fetchRequest(QStringLiteral("mentions"), QStringLiteral("1800"), QStringLiteral("tokn"));
    CHECK(QUrlQuery(next.url).queryItemValue(QStringLiteral("since_id")) == QStringLiteral("1800"));
    CHECK(QUrlQuery(next.url).queryItemValue(QStringLiteral("pagination_token")) == QStringLiteral("tokn"));

    // The demo feed is an X mentions response: it reads with its newest id as the next cursor.
    QJsonObject demo =
        QJsonDocument::fromJson(test::repoFile(QStringLiteral("resources/demo/x_mentions.json"))).object();
    QJsonObject meta = demo.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("next_token"), QStringLiteral("7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"));
    demo.insert(QStringLiteral("meta"), meta);
    auto page = x->readFetch(
        QStringLiteral("mentions"), {},
        ok(QJsonDocument(demo).toJson(),
           {{"x-rate-limit-limit", "450"}, {"x-rate-limit-remaining", "449"}, {"x-rate-limit-reset", "1800000000"}}));
    REQUIRE_OK(page);
    CHECK(page->posts.size() >= 160);
    CHECK(page->newestId == meta.value(QStringLiteral("newest_id")).toString());
    CHECK(page->nextPageToken == QStringLiteral("7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"));
    CHECK(page->rateLimit.remaining == 449);

    const net::ApiRequest reply =
        x->replyRequest({QStringLiteral("Hoi Marloes! ^JB"), QStringLiteral("1859"), {}, {}, {}});
    CHECK(reply.method == "POST");
    CHECK(reply.url.path() == QStringLiteral("/2/tweets"));
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    CHECK(body.value(QStringLiteral("text")).toString() == QStringLiteral("Hoi Marloes! ^JB"));
    CHECK(body.value(QStringLiteral("reply")).toObject().value(QStringLiteral("in_reply_to_tweet_id")).toString() ==
          QStringLiteral("1859"));
    net::ApiResponse created = ok(R"({"data":{"id":"1861","text":"Hoi Marloes! ^JB"}})");
    created.status = 201;
    CHECK(*x->readReply(created) == QStringLiteral("1861"));
    net::ApiResponse duplicate;
    duplicate.status = 403;
    duplicate.body = R"({"detail":"You are not allowed to create a Tweet with duplicate content.","status":403})";
    auto refused = x->readReply(duplicate);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().kind == net::ApiError::Kind::Duplicate);

    // A truncated answer is a malformed payload, never a half-read page.
    auto cut = x->readFetch(QStringLiteral("mentions"), {}, ok(QJsonDocument(demo).toJson().left(5000)));
    REQUIRE_FALSE(cut.hasValue());
    CHECK(cut.error().kind == net::ApiError::Kind::MalformedPayload);
}

TEST_CASE("Mastodon connector: notifications with Link paging, context, an idempotent reply", "[connectors][mastodon]")
{
    auto m = makeConnector(account(Channel::Mastodon, QStringLiteral("https://social.example/"), QStringLiteral("109")),
                           {QStringLiteral("tok"), {}, {}});
    const net::ApiRequest r = m->fetchRequest(QStringLiteral("mentions"), QStringLiteral("500"), QStringLiteral("480"));
    CHECK(r.url.path() == QStringLiteral("/api/v1/notifications"));
    const QUrlQuery q(r.url);
    CHECK(q.queryItemValue(QStringLiteral("types[]")) == QStringLiteral("mention"));
    CHECK(q.queryItemValue(QStringLiteral("since_id")) == QStringLiteral("500"));
    CHECK(q.queryItemValue(QStringLiteral("max_id")) == QStringLiteral("480"));

    const QByteArray link =
        R"(<https://social.example/api/v1/notifications?max_id=34975535&types[]=mention>; rel="next", <https://social.example/api/v1/notifications?min_id=34975861>; rel="prev")";
    CHECK(MastodonConnector::nextMaxId(link) == QStringLiteral("34975535"));
    CHECK(MastodonConnector::nextMaxId({}).isEmpty());

    auto page = m->readFetch(
        QStringLiteral("mentions"), {},
        ok(test::repoFile(QStringLiteral("resources/demo/mastodon_notifications.json")), {{"link", link}}));
    REQUIRE_OK(page);
    CHECK(page->posts.size() >= 70);
    CHECK(page->nextPageToken == QStringLiteral("34975535"));
    // The cursor is the newest notification id.
    const QJsonArray all =
        QJsonDocument::fromJson(test::repoFile(QStringLiteral("resources/demo/mastodon_notifications.json"))).array();
    CHECK(page->newestId == all.first().toObject().value(QStringLiteral("id")).toString());
    auto empty = m->readFetch(QStringLiteral("mentions"), {}, ok("[]", {{"link", link}}));
    REQUIRE_OK(empty);
    CHECK(empty->nextPageToken.isEmpty());

    OutgoingReply reply{QStringLiteral("Hoi! Ik stuur je een DM ^JB"),
                        QStringLiteral("1001"),
                        {},
                        QStringLiteral("direct"),
                        QStringLiteral("wcd-42-1"),
                        0};
    const net::ApiRequest post = m->replyRequest(reply);
    CHECK(post.url.path() == QStringLiteral("/api/v1/statuses"));
    CHECK(header(post, "Idempotency-Key") == "wcd-42-1");
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    CHECK(body.value(QStringLiteral("visibility")).toString() == QStringLiteral("direct"));
    CHECK(body.value(QStringLiteral("in_reply_to_id")).toString() == QStringLiteral("1001"));
}

TEST_CASE("Facebook connector: page feed with cursor paging, a comment reply", "[connectors][facebook]")
{
    auto f = makeConnector(account(Channel::Facebook, QStringLiteral("https://graph.facebook.com/v19.0"),
                                   QStringLiteral("104000000000001")),
                           {QStringLiteral("pagetoken"), {}, {}});
    const net::ApiRequest r =
        f->fetchRequest(QStringLiteral("feed"), QStringLiteral("1795000000"), QStringLiteral("QVFI"));
    CHECK(r.url.path() == QStringLiteral("/v19.0/104000000000001/feed"));
    CHECK(QUrlQuery(r.url).queryItemValue(QStringLiteral("since")) == QStringLiteral("1795000000"));
    CHECK(QUrlQuery(r.url).queryItemValue(QStringLiteral("after")) == QStringLiteral("QVFI"));

    auto page = f->readFetch(QStringLiteral("feed"), {},
                             ok(test::repoFile(QStringLiteral("resources/demo/facebook_feed.json"))));
    REQUIRE_OK(page);
    CHECK(page->posts.size() >= 100);
    CHECK_FALSE(page->nextPageToken.isEmpty()); // the demo feed has a next page
    CHECK(page->newestId.toLongLong() >= QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());

    const net::ApiRequest reply =
        f->replyRequest({QStringLiteral("Hoi Piet, dank je! ^JB"), QStringLiteral("1_11"), {}, {}, {}, 0});
    CHECK(reply.url.path() == QStringLiteral("/v19.0/1_11/comments"));
    CHECK(QUrlQuery(QString::fromUtf8(reply.body)).queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded) ==
          QStringLiteral("Hoi Piet, dank je! ^JB"));
    CHECK(*f->readReply(ok(R"({"id":"1_99"})")) == QStringLiteral("1_99"));
    net::ApiResponse expired;
    expired.status = 400;
    expired.body = test::repoFile(QStringLiteral("tests/data/facebook-graph/error-190-tokenExpired.json"));
    auto refused = f->readFetch(QStringLiteral("feed"), {}, expired);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().kind == net::ApiError::Kind::Unauthorized);
}

TEST_CASE("Discourse connector: walks /posts.json back to the cursor, replies with the API key",
          "[connectors][discourse]")
{
    auto d = makeConnector(
        account(Channel::Discourse, QStringLiteral("https://forum.example"), QStringLiteral("Duinzicht_Team")),
        {{}, QStringLiteral("key"), QStringLiteral("Duinzicht_Team")});
    const net::ApiRequest r = d->fetchRequest(QStringLiteral("posts"), QStringLiteral("40"), QStringLiteral("55"));
    CHECK(r.url.path() == QStringLiteral("/posts.json"));
    CHECK(QUrlQuery(r.url).queryItemValue(QStringLiteral("before")) == QStringLiteral("55"));
    CHECK(header(r, "Api-Key") == "key");
    CHECK(header(r, "Api-Username") == "Duinzicht_Team");

    const QByteArray demo = test::repoFile(QStringLiteral("resources/demo/discourse_posts.json"));
    const QJsonArray posts = QJsonDocument::fromJson(demo).object().value(QStringLiteral("latest_posts")).toArray();
    QList<qint64> ids;
    for (const QJsonValue &p : posts)
        ids << p.toObject().value(QStringLiteral("id")).toInteger();
    std::sort(ids.begin(), ids.end());
    const QString middle = QString::number(ids.at(ids.size() / 2));

    // With a cursor inside the page: only newer posts, and no further page.
    auto page = d->readFetch(QStringLiteral("posts"), middle, ok(demo));
    REQUIRE_OK(page);
    for (const domain::Post &p : page->posts)
        CHECK(p.platformId.toLongLong() > middle.toLongLong());
    CHECK(page->nextPageToken.isEmpty());
    CHECK(page->newestId == QString::number(ids.last()));
    // With a cursor older than the whole page: everything, and the next page starts below the oldest.
    auto back = d->readFetch(QStringLiteral("posts"), QStringLiteral("1"), ok(demo));
    REQUIRE_OK(back);
    CHECK(back->posts.size() == posts.size());
    CHECK(back->nextPageToken == QString::number(ids.first() - 1)); // before= is inclusive on Discourse

    const net::ApiRequest reply =
        d->replyRequest({QStringLiteral("Hoi Koen ^JB"), {}, QStringLiteral("77"), {}, {}, 3});
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    CHECK(body.value(QStringLiteral("topic_id")).toInteger() == 77);
    CHECK(body.value(QStringLiteral("reply_to_post_number")).toInt() == 3);
}
