// SPDX-License-Identifier: MIT
// The fake platform server (tests/fakeplatform): each endpoint answers in the platform's documented shape (read
// with the product's own parsers), paging walks the demo feed exactly once, Idempotency-Key dedupes, and every
// injected fault is what a plain QNetworkAccessManager client sees.
#include "support/testsupport.h"

#include "fakeplatformprocess.h"
#include "ingest/payload.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSet>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace webcare;
using domain::Channel;
using test::FakePlatformProcess;

namespace {

const QString xAccount = QStringLiteral("1580000000000000001");
const QString mastodonAccount = QStringLiteral("109000000000000001");
// What the X connector asks for: without tweet.fields X sends only id, text and edit_history_tweet_ids.
const QString xQuery = QStringLiteral("tweet.fields=created_at,conversation_id,in_reply_to_user_id,referenced_tweets,"
                                      "lang,entities,author_id&expansions=author_id,referenced_tweets.id,"
                                      "in_reply_to_user_id&user.fields=username,name");

struct Answer {
    bool finished = false; // false: no answer within the wait
    int status = 0;        // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    qint64 elapsedMs = 0;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// One request with a plain QNetworkAccessManager, as any client would send it; waits at most `waitMs`.
Answer send(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const Headers &headers = {},
            const QByteArray &body = {}, int waitMs = 15000)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    a.elapsedMs = clock.elapsed();
    a.finished = reply->isFinished();
    if (!a.finished) {
        reply->abort();
    } else {
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.error = reply->error();
        for (const auto &h : reply->rawHeaderPairs())
            a.headers.insert(h.first.toLower(), h.second);
        a.body = reply->readAll();
    }
    reply->deleteLater();
    return a;
}

Headers bearer(const QByteArray &token = "test-token") { return {{"Authorization", "Bearer " + token}}; }

Headers jsonBearer() { return {{"Authorization", "Bearer test-token"}, {"Content-Type", "application/json"}}; }

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

ingest::ParsedPayload parsed(Channel channel, const QByteArray &body)
{
    auto result = ingest::parsePayload(channel, body, QStringLiteral("fakeplatform"));
    INFO((result ? std::string() : result.error().text().toStdString()));
    REQUIRE(result.hasValue());
    return std::move(result).value();
}

// The target of a Link header relation ("next", "prev"), or an empty URL.
QUrl linkTarget(const QByteArray &link, const QByteArray &rel)
{
    for (const QByteArray &part : link.split(',')) {
        if (!part.contains(QByteArray("rel=\"" + rel + '"')))
            continue;
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>');
        if (open >= 0 && close > open)
            return QUrl::fromEncoded(part.mid(open + 1, close - open - 1));
    }
    return {};
}

FakePlatformProcess::Options demo() { return FakePlatformProcess::withDemoFeed(); }

} // namespace

TEST_CASE("fakeplatform: starts with the demo feed and listens on 127.0.0.1 only", "[fake]")
{
    FakePlatformProcess fake(demo());
    INFO(fake.errorString().toStdString());
    REQUIRE(fake.isRunning());
    CHECK(fake.baseUrl().host() == QStringLiteral("127.0.0.1"));
    const QJsonObject state = fake.state();
    CHECK(state.value(QLatin1String("x")).toObject().value(QLatin1String("mentions")).toInt() == 167);
    CHECK(state.value(QLatin1String("mastodon")).toObject().value(QLatin1String("notifications")).toInt() == 76);
    CHECK(state.value(QLatin1String("facebook")).toObject().value(QLatin1String("posts")).toInt() == 17);
    CHECK(state.value(QLatin1String("discourse")).toObject().value(QLatin1String("posts")).toInt() == 53);

    // Any token is accepted, so no other machine may reach it: another address of this host is refused.
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, fake.port());
        INFO(address.toString().toStdString());
        CHECK_FALSE(socket.waitForConnected(2000));
        break;
    }

    // The synthetic feed is deterministic: the same seed gives the same posts.
    FakePlatformProcess::Options synthetic;
    synthetic.mentions = 400;
    synthetic.seed = 7;
    FakePlatformProcess a(synthetic), b(synthetic);
    REQUIRE(a.isRunning());
    REQUIRE(b.isRunning());
    QNetworkAccessManager network;
    const QString path = QStringLiteral("/2/users/%1/mentions?max_results=100&").arg(xAccount) + xQuery;
    const Answer first = send(network, "GET", a.url(path), bearer());
    const Answer second = send(network, "GET", b.url(path), bearer());
    CHECK(first.object().value(QLatin1String("data")) == second.object().value(QLatin1String("data")));
    CHECK(a.state().value(QLatin1String("x")).toObject().value(QLatin1String("mentions")).toInt() == 400);
    CHECK(a.state().value(QLatin1String("mastodon")).toObject().value(QLatin1String("notifications")).toInt() == 100);
    const auto posts = parsed(Channel::X, first.body);
    CHECK(posts.posts.size() >= 100);
    for (const domain::Post &p : posts.posts)
        CHECK_FALSE(p.author.handle.isEmpty());
}

TEST_CASE("fakeplatform: X mentions parse, page exactly once, and carry the rate-limit headers", "[fake]")
{
    FakePlatformProcess fake(demo());
    REQUIRE(fake.isRunning());
    QNetworkAccessManager network;
    const QString mentions = QStringLiteral("/2/users/%1/mentions").arg(xAccount);

    SECTION("a bearer token is required; an expired one gets the v2 problem")
    {
        const Answer none = send(network, "GET", fake.url(mentions));
        CHECK(none.status == 401);
        const Answer expired = send(network, "GET", fake.url(mentions), bearer("expired"));
        CHECK(expired.status == 401);
        CHECK(expired.object().value(QLatin1String("title")).toString() == QStringLiteral("Unauthorized"));
        CHECK(expired.object().value(QLatin1String("type")).toString() == QStringLiteral("about:blank"));
        CHECK_FALSE(expired.header("x-rate-limit-reset").isEmpty());
    }

    SECTION("pages of 100, newest first, every demo mention exactly once, authors expanded")
    {
        QStringList ids;
        QString token;
        int pages = 0;
        int lastRemaining = 1 << 30;
        do {
            QString path = mentions + QStringLiteral("?max_results=100&") + xQuery;
            if (!token.isEmpty())
                path += QStringLiteral("&pagination_token=") + token;
            const Answer page = send(network, "GET", fake.url(path), bearer());
            REQUIRE(page.status == 200);
            // x-rate-limit-* on every answer; the reset is epoch seconds within X's 15-minute window.
            const int remaining = page.header("x-rate-limit-remaining").toInt();
            CHECK(remaining < lastRemaining);
            lastRemaining = remaining;
            CHECK(page.header("x-rate-limit-limit").toInt() == 450);
            const qint64 reset = page.header("x-rate-limit-reset").toLongLong();
            CHECK(reset > QDateTime::currentSecsSinceEpoch());
            CHECK(reset <= QDateTime::currentSecsSinceEpoch() + 15 * 60 + 1);

            const QJsonObject root = page.object();
            const QJsonArray data = root.value(QLatin1String("data")).toArray();
            const QJsonObject meta = root.value(QLatin1String("meta")).toObject();
            CHECK(meta.value(QLatin1String("result_count")).toInt() == data.size());
            CHECK(meta.value(QLatin1String("newest_id")) == data.first().toObject().value(QLatin1String("id")));
            CHECK(meta.value(QLatin1String("oldest_id")) == data.last().toObject().value(QLatin1String("id")));
            for (const QJsonValue &t : data)
                ids << t.toObject().value(QLatin1String("id")).toString();
            CHECK(root.value(QLatin1String("includes")).toObject().value(QLatin1String("users")).isArray());

            const auto result = parsed(Channel::X, page.body);
            CHECK(result.posts.size() >= data.size());
            for (const domain::Post &p : result.posts) {
                CHECK_FALSE(p.author.handle.isEmpty());
                CHECK(p.createdAt.isValid());
            }
            token = meta.value(QLatin1String("next_token")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        CHECK(pages == 2);
        CHECK(ids.size() == 167);
        CHECK(QSet<QString>(ids.begin(), ids.end()).size() == 167);
        for (qsizetype i = 1; i < ids.size(); ++i)
            CHECK(ids.at(i - 1).toLongLong() > ids.at(i).toLongLong());

        // Nothing newer than the newest: an empty answer with only the count.
        const Answer none =
            send(network, "GET", fake.url(mentions + QStringLiteral("?since_id=") + ids.first()), bearer());
        CHECK(none.object() == QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("result_count"), 0}}}});
    }

    SECTION("when the budget runs out: the recorded 429, then the next window")
    {
        fake.configure({{QStringLiteral("x_rate_limit"), 2}, {QStringLiteral("x_window_seconds"), 1}});
        CHECK(send(network, "GET", fake.url(mentions), bearer()).header("x-rate-limit-remaining") == "1");
        CHECK(send(network, "GET", fake.url(mentions), bearer()).header("x-rate-limit-remaining") == "0");
        const Answer limited = send(network, "GET", fake.url(mentions), bearer());
        CHECK(limited.status == 429);
        CHECK(limited.body == "Rate limit exceeded\n");
        CHECK(limited.header("x-rate-limit-reset").toLongLong() <= QDateTime::currentSecsSinceEpoch() + 1);
        QTest::qWait(1100);
        CHECK(send(network, "GET", fake.url(mentions), bearer()).status == 200);
    }

    SECTION("without tweet.fields only id, text and edit_history_tweet_ids come; bad parameters get 400")
    {
        const Answer bare = send(network, "GET", fake.url(mentions), bearer());
        const QJsonObject first = bare.object().value(QLatin1String("data")).toArray().first().toObject();
        CHECK(first.keys() ==
              QStringList{QStringLiteral("edit_history_tweet_ids"), QStringLiteral("id"), QStringLiteral("text")});
        CHECK(bare.object().value(QLatin1String("data")).toArray().size() == 10);
        const Answer tooMany = send(network, "GET", fake.url(mentions + QStringLiteral("?max_results=1000")), bearer());
        CHECK(tooMany.status == 400);
        CHECK(tooMany.object().value(QLatin1String("title")).toString() == QStringLiteral("Invalid Request"));
    }

    SECTION("thread context: a lookup answers the known tweets and reports the missing one as a partial error")
    {
        const Answer lookup =
            send(network, "GET",
                 fake.url(QStringLiteral("/2/tweets?ids=1863964339504992216,1859843212761204736&") + xQuery), bearer());
        REQUIRE(lookup.status == 200);
        const QJsonObject root = lookup.object();
        CHECK(root.value(QLatin1String("data")).toArray().size() == 1);
        const QJsonObject error = root.value(QLatin1String("errors")).toArray().first().toObject();
        CHECK(error.value(QLatin1String("resource_id")).toString() == QStringLiteral("1859843212761204736"));
        CHECK(error.value(QLatin1String("type")).toString() ==
              QStringLiteral("https://api.twitter.com/2/problems/resource-not-found"));
        const auto result = parsed(Channel::X, lookup.body);
        CHECK(result.rejected.size() == 1);
    }
}

TEST_CASE("fakeplatform: an X reply is created, listed in the account's tweets, and refused when duplicated", "[fake]")
{
    FakePlatformProcess fake(demo());
    REQUIRE(fake.isRunning());
    QNetworkAccessManager network;
    const QString parent = QStringLiteral("1864490263069112625");
    const QJsonObject body{{QStringLiteral("text"),
                            QStringLiteral("@stijn_vermeulen Vervelend! Stuur ons een DM & we bellen je terug. ^JB")},
                           {QStringLiteral("reply"), QJsonObject{{QStringLiteral("in_reply_to_tweet_id"), parent}}}};
    const Answer created = send(network, "POST", fake.url(QStringLiteral("/2/tweets")), jsonBearer(), compact(body));
    REQUIRE(created.status == 201);
    const QJsonObject data = created.object().value(QLatin1String("data")).toObject();
    const QString id = data.value(QLatin1String("id")).toString();
    CHECK(id.toLongLong() > parent.toLongLong());
    CHECK(data.value(QLatin1String("text")).toString().contains(QLatin1String("&amp;"))); // X escapes, as always

    // Reconciling "did my reply land?": the account's own timeline has it, as a reply to the parent.
    const Answer own =
        send(network, "GET", fake.url(QStringLiteral("/2/users/%1/tweets?").arg(xAccount) + xQuery), bearer());
    const QJsonObject newest = own.object().value(QLatin1String("data")).toArray().first().toObject();
    CHECK(newest.value(QLatin1String("id")).toString() == id);
    CHECK(newest.value(QLatin1String("author_id")).toString() == xAccount);
    const auto posts = parsed(Channel::X, own.body);
    CHECK(posts.posts.first().inReplyToPlatformId == parent);

    const QJsonArray posted = fake.posted();
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().toObject().value(QLatin1String("channel")).toString() == QStringLiteral("x"));
    CHECK(posted.first().toObject().value(QLatin1String("id")).toString() == id);
    CHECK(posted.first().toObject().value(QLatin1String("in_reply_to")).toString() == parent);
    CHECK(posted.first().toObject().value(QLatin1String("text")) == body.value(QLatin1String("text")));

    const Answer again = send(network, "POST", fake.url(QStringLiteral("/2/tweets")), jsonBearer(), compact(body));
    CHECK(again.status == 403);
    CHECK(again.object().value(QLatin1String("detail")).toString().contains(QLatin1String("duplicate")));
    CHECK(fake.posted().size() == 1);

    // New traffic: /_fake/add makes a mention newer than everything before it.
    const QString added = fake.add(QStringLiteral("x"), QStringLiteral("@DuinzichtHelpt nog steeds niks gehoord"),
                                   QStringLiteral("nieuweklant"));
    REQUIRE_FALSE(added.isEmpty());
    const Answer fresh =
        send(network, "GET",
             fake.url(QStringLiteral("/2/users/%1/mentions?since_id=%2&").arg(xAccount, parent) + xQuery), bearer());
    const QJsonArray freshData = fresh.object().value(QLatin1String("data")).toArray();
    REQUIRE(freshData.size() == 1); // the reply is the account's own tweet, not a mention
    CHECK(freshData.first().toObject().value(QLatin1String("id")).toString() == added);
    CHECK(parsed(Channel::X, fresh.body).posts.first().author.handle == QStringLiteral("nieuweklant"));
}

TEST_CASE("fakeplatform: Mastodon notifications, Link paging, context, own statuses and Idempotency-Key", "[fake]")
{
    FakePlatformProcess fake(demo());
    REQUIRE(fake.isRunning());
    QNetworkAccessManager network;

    SECTION("notifications parse; following rel=\"next\" walks all 76 once")
    {
        const Answer none = send(network, "GET", fake.url(QStringLiteral("/api/v1/notifications")));
        CHECK(none.status == 401);
        CHECK(none.object().value(QLatin1String("error")).toString() == QStringLiteral("The access token is invalid"));

        QUrl next = fake.url(QStringLiteral("/api/v1/notifications?types[]=mention"));
        QStringList ids;
        int pages = 0;
        while (next.isValid() && pages < 10) {
            const Answer page = send(network, "GET", next, bearer());
            REQUIRE(page.status == 200);
            // Mastodon's budget: 300 per 5 minutes, reset as an ISO 8601 time.
            CHECK(page.header("x-ratelimit-limit").toInt() == 300);
            const QDateTime reset =
                QDateTime::fromString(QString::fromLatin1(page.header("x-ratelimit-reset")), Qt::ISODateWithMs);
            CHECK(reset > QDateTime::currentDateTimeUtc());
            const QJsonArray items = page.array();
            ++pages;
            if (items.isEmpty()) {
                CHECK(page.header("link").isEmpty());
                break;
            }
            CHECK(items.size() <= 40);
            const auto result = parsed(Channel::Mastodon, page.body);
            CHECK(result.posts.size() == items.size());
            for (const QJsonValue &n : items)
                ids << n.toObject().value(QLatin1String("id")).toString();
            const QByteArray link = page.header("link");
            CHECK(link.contains("rel=\"next\""));
            CHECK(link.contains("rel=\"prev\""));
            const QUrl prev = linkTarget(link, "prev");
            CHECK(QUrlQuery(prev).queryItemValue(QStringLiteral("min_id")) ==
                  items.first().toObject().value(QLatin1String("id")).toString());
            next = linkTarget(link, "next");
            CHECK(QUrlQuery(next).queryItemValue(QStringLiteral("max_id")) ==
                  items.last().toObject().value(QLatin1String("id")).toString());
        }
        CHECK(pages == 3); // 40 + 36, then the empty page that ends the walk
        CHECK(ids.size() == 76);
        CHECK(QSet<QString>(ids.begin(), ids.end()).size() == 76);
        // since_id = the newest: nothing new.
        CHECK(send(network, "GET", fake.url(QStringLiteral("/api/v1/notifications?since_id=") + ids.first()), bearer())
                  .array()
                  .isEmpty());
    }

    SECTION("a reply with an Idempotency-Key is created once, shows in the context and the own statuses")
    {
        const QString parent = QStringLiteral("117701250540933127");
        const Headers form{{"Authorization", "Bearer test-token"},
                           {"Content-Type", "application/x-www-form-urlencoded"},
                           {"Idempotency-Key", "reply-42"}};
        const QByteArray formBody =
            "status=%40toegankelijkheid_nu+Dank+je+wel%21&in_reply_to_id=" + parent.toLatin1() + "&visibility=unlisted";
        const Answer first = send(network, "POST", fake.url(QStringLiteral("/api/v1/statuses")), form, formBody);
        REQUIRE(first.status == 200);
        const QString id = first.object().value(QLatin1String("id")).toString();
        CHECK(first.object().value(QLatin1String("in_reply_to_id")).toString() == parent);
        CHECK(first.object().value(QLatin1String("visibility")).toString() == QStringLiteral("unlisted"));
        CHECK(first.object().value(QLatin1String("content")).toString().contains(QLatin1String("h-card")));
        const auto status = parsed(Channel::Mastodon, first.body);
        CHECK(status.posts.first().text == QStringLiteral("@toegankelijkheid_nu Dank je wel!"));

        // The retry (as JSON this time) with the same key gets the same status, not a second one.
        Headers json = jsonBearer();
        json.emplaceBack("Idempotency-Key", "reply-42");
        const Answer retry =
            send(network, "POST", fake.url(QStringLiteral("/api/v1/statuses")), json,
                 compact({{QStringLiteral("status"), QStringLiteral("@toegankelijkheid_nu Dank je wel!")},
                          {QStringLiteral("in_reply_to_id"), parent}}));
        CHECK(retry.status == 200);
        CHECK(retry.object().value(QLatin1String("id")).toString() == id);
        QJsonArray posted = fake.posted();
        REQUIRE(posted.size() == 1);
        CHECK(posted.first().toObject().value(QLatin1String("idempotency_key")).toString() ==
              QStringLiteral("reply-42"));

        json.last().second = "reply-43";
        const Answer other = send(network, "POST", fake.url(QStringLiteral("/api/v1/statuses")), json,
                                  compact({{QStringLiteral("status"), QStringLiteral("Nog een vraag?")}}));
        CHECK(other.object().value(QLatin1String("id")).toString() != id);
        CHECK(fake.posted().size() == 2);

        const Answer context =
            send(network, "GET", fake.url(QStringLiteral("/api/v1/statuses/%1/context").arg(parent)), bearer());
        REQUIRE(context.status == 200);
        const QJsonArray descendants = context.object().value(QLatin1String("descendants")).toArray();
        REQUIRE(descendants.size() == 1);
        CHECK(descendants.first().toObject().value(QLatin1String("id")).toString() == id);
        CHECK(parsed(Channel::Mastodon, context.body).posts.size() == 1);
        const Answer upward =
            send(network, "GET", fake.url(QStringLiteral("/api/v1/statuses/%1/context").arg(id)), bearer());
        CHECK(upward.object()
                  .value(QLatin1String("ancestors"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QLatin1String("id"))
                  .toString() == parent);
        CHECK(send(network, "GET", fake.url(QStringLiteral("/api/v1/statuses/1/context")), bearer()).status == 404);

        const Answer own = send(
            network, "GET", fake.url(QStringLiteral("/api/v1/accounts/%1/statuses").arg(mastodonAccount)), bearer());
        const QJsonArray statuses = own.array();
        REQUIRE(statuses.size() == 2);
        CHECK(statuses.at(1).toObject().value(QLatin1String("id")).toString() == id);
        CHECK(parsed(Channel::Mastodon, own.body).posts.size() == 2);
    }
}

TEST_CASE("fakeplatform: the Graph feed pages with cursors, nests comments, and takes a comment", "[fake]")
{
    FakePlatformProcess fake(demo());
    REQUIRE(fake.isRunning());
    QNetworkAccessManager network;
    const QString fields = QStringLiteral("id,from,message,created_time,permalink_url,comments.limit(100){id,from,"
                                          "message,created_time,parent,comments{id,from,message,created_time,parent}}");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), fields);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
    QUrl url = fake.url(QStringLiteral("/v19.0/104000000000001/feed"));
    url.setQuery(query);

    const Answer none = send(network, "GET", url);
    CHECK(none.status == 400);
    CHECK(none.object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt() == 104);

    QStringList postIds;
    int parsedPosts = 0;
    int pages = 0;
    while (url.isValid() && pages < 10) {
        const Answer page = send(network, "GET", url, bearer());
        REQUIRE(page.status == 200);
        CHECK_FALSE(page.header("x-app-usage").isEmpty());
        ++pages;
        const QJsonObject root = page.object();
        for (const QJsonValue &p : root.value(QLatin1String("data")).toArray())
            postIds << p.toObject().value(QLatin1String("id")).toString();
        parsedPosts += int(parsed(Channel::Facebook, page.body).posts.size());
        const QJsonObject paging = root.value(QLatin1String("paging")).toObject();
        CHECK_FALSE(
            paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString().isEmpty());
        url = QUrl(paging.value(QLatin1String("next")).toString());
    }
    CHECK(pages == 4);
    CHECK(postIds.size() == 17);
    CHECK(QSet<QString>(postIds.begin(), postIds.end()).size() == 17);
    CHECK(parsedPosts == 106); // posts, comments and replies of the demo feed

    // A reply to a comment lands below the top-level comment, with that comment as parent.
    const QString comment = QStringLiteral("1230000378918672_1230000381934920");
    const Answer created = send(network, "POST", fake.url(QStringLiteral("/v19.0/%1/comments").arg(comment)),
                                {{"Authorization", "Bearer t"}, {"Content-Type", "application/x-www-form-urlencoded"}},
                                "message=Hoi+Edwin%2C+we+kijken+het+na.+%5ESanne");
    REQUIRE(created.status == 200);
    const QString id = created.object().value(QLatin1String("id")).toString();
    CHECK(id.startsWith(QLatin1String("1230000378918672_")));
    QUrl postUrl = fake.url(QStringLiteral("/v19.0/104000000000001_1230000378918672"));
    postUrl.setQuery(QUrlQuery{{QStringLiteral("fields"), fields}});
    const auto post = parsed(Channel::Facebook, send(network, "GET", postUrl, bearer()).body);
    bool found = false;
    for (const domain::Post &p : post.posts) {
        if (p.platformId == id) {
            found = true;
            CHECK(p.inReplyToPlatformId == comment);
            CHECK(p.text == QStringLiteral("Hoi Edwin, we kijken het na. ^Sanne"));
            CHECK(p.author.platformId == QStringLiteral("104000000000001"));
        }
    }
    CHECK(found);
    REQUIRE(fake.posted().size() == 1);
    CHECK(fake.posted().first().toObject().value(QLatin1String("in_reply_to")).toString() == comment);

    const Answer unknown =
        send(network, "POST", fake.url(QStringLiteral("/v19.0/999_999/comments")),
             {{"Authorization", "Bearer t"}, {"Content-Type", "application/x-www-form-urlencoded"}}, "message=hallo");
    CHECK(unknown.status == 400);
    CHECK(unknown.object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt() == 100);
}

TEST_CASE("fakeplatform: Discourse pages 50 at a time, shows a topic, and posts only with Api-Key", "[fake]")
{
    FakePlatformProcess fake(demo());
    REQUIRE(fake.isRunning());
    QNetworkAccessManager network;

    const Answer first = send(network, "GET", fake.url(QStringLiteral("/posts.json")));
    REQUIRE(first.status == 200);
    const QJsonArray latest = first.object().value(QLatin1String("latest_posts")).toArray();
    REQUIRE(latest.size() == 50);
    CHECK(parsed(Channel::Discourse, first.body).posts.size() == 50);
    const qint64 oldest = latest.last().toObject().value(QLatin1String("id")).toInteger();
    // `before` includes the post it names (Discourse: posts.id <= before): the next page starts one lower.
    const Answer inclusive = send(network, "GET", fake.url(QStringLiteral("/posts.json?before=%1").arg(oldest)));
    CHECK(inclusive.object()
              .value(QLatin1String("latest_posts"))
              .toArray()
              .first()
              .toObject()
              .value(QLatin1String("id"))
              .toInteger() == oldest);
    const Answer second = send(network, "GET", fake.url(QStringLiteral("/posts.json?before=%1").arg(oldest - 1)));
    const QJsonArray rest = second.object().value(QLatin1String("latest_posts")).toArray();
    CHECK(rest.size() == 3);
    QSet<qint64> ids;
    for (const QJsonArray &page : {latest, rest}) {
        for (const QJsonValue &p : page)
            ids.insert(p.toObject().value(QLatin1String("id")).toInteger());
    }
    CHECK(ids.size() == 53);

    const Answer topic = send(network, "GET", fake.url(QStringLiteral("/t/1838.json")));
    REQUIRE(topic.status == 200);
    CHECK(
        topic.object().value(QLatin1String("post_stream")).toObject().value(QLatin1String("stream")).toArray().size() ==
        14);
    CHECK(parsed(Channel::Discourse, topic.body).posts.size() == 14);
    CHECK(send(network, "GET", fake.url(QStringLiteral("/t/99999.json"))).status == 404);

    const QByteArray reply =
        compact({{QStringLiteral("raw"), QStringLiteral("Dank voor je reactie, we pakken het op!")},
                 {QStringLiteral("topic_id"), 1838},
                 {QStringLiteral("reply_to_post_number"), 14}});
    const Answer refused =
        send(network, "POST", fake.url(QStringLiteral("/posts.json")), {{"Content-Type", "application/json"}}, reply);
    CHECK(refused.status == 403);
    CHECK(refused.object().value(QLatin1String("error_type")).toString() == QStringLiteral("invalid_access"));

    const Headers keys{{"Content-Type", "application/json"}, {"Api-Key", "k"}, {"Api-Username", "Duinzicht_Team"}};
    const Answer created = send(network, "POST", fake.url(QStringLiteral("/posts.json")), keys, reply);
    REQUIRE(created.status == 200);
    CHECK(created.object().value(QLatin1String("post_number")).toInt() == 15);
    CHECK(created.object().value(QLatin1String("topic_id")).toInt() == 1838);
    const auto post = parsed(Channel::Discourse, created.body);
    CHECK(post.posts.first().author.handle == QStringLiteral("Duinzicht_Team"));
    // The same API call within two minutes gives the same post (Discourse memoizes it), not a second one.
    const Answer repeated = send(network, "POST", fake.url(QStringLiteral("/posts.json")), keys, reply);
    CHECK(repeated.object().value(QLatin1String("id")) == created.object().value(QLatin1String("id")));
    CHECK(fake.posted().size() == 1);
    CHECK(send(network, "GET", fake.url(QStringLiteral("/posts.json")))
              .object()
              .value(QLatin1String("latest_posts"))
              .toArray()
              .first()
              .toObject()
              .value(QLatin1String("id")) == created.object().value(QLatin1String("id")));
}

TEST_CASE("fakeplatform: every fault kind reaches a plain network client, and /_fake/requests records it", "[fake]")
{
    FakePlatformProcess fake(demo());
    REQUIRE(fake.isRunning());
    QNetworkAccessManager network;
    const QUrl mentions = fake.url(QStringLiteral("/2/users/%1/mentions?").arg(xAccount) + xQuery);
    const QString prefix = QStringLiteral("/2/users");

    SECTION("429 in each platform's style, with the reset ahead")
    {
        REQUIRE(fake.fault(prefix, QStringLiteral("429"), 1, 30) > 0);
        const Answer x = send(network, "GET", mentions, bearer());
        CHECK(x.status == 429);
        CHECK(x.header("x-rate-limit-remaining") == "0");
        const qint64 reset = x.header("x-rate-limit-reset").toLongLong();
        CHECK(reset >= QDateTime::currentSecsSinceEpoch() + 28);
        CHECK(reset <= QDateTime::currentSecsSinceEpoch() + 31);
        CHECK(x.body == "Rate limit exceeded\n"); // the recorded, plain-text shape

        fake.fault(prefix, QStringLiteral("429"), 1, 30, {{QStringLiteral("variant"), 2}});
        CHECK(send(network, "GET", mentions, bearer()).object().value(QLatin1String("status")).toInt() == 429);

        fake.fault(QStringLiteral("/api/v1/notifications"), QStringLiteral("429"), 1, 120);
        const Answer mastodon = send(network, "GET", fake.url(QStringLiteral("/api/v1/notifications")), bearer());
        CHECK(mastodon.status == 429);
        const QDateTime mastodonReset =
            QDateTime::fromString(QString::fromLatin1(mastodon.header("x-ratelimit-reset")), Qt::ISODateWithMs);
        CHECK(mastodonReset > QDateTime::currentDateTimeUtc().addSecs(110));

        fake.fault(QStringLiteral("/posts.json"), QStringLiteral("429"), 1, 12);
        const Answer discourse = send(network, "GET", fake.url(QStringLiteral("/posts.json")));
        CHECK(discourse.status == 429);
        CHECK(discourse.header("retry-after") == "12");
        CHECK(discourse.object().value(QLatin1String("error_type")).toString() == QStringLiteral("rate_limit"));

        // Graph throttles with 400 and a code; only the usage header says when it ends.
        fake.fault(QStringLiteral("/v19.0/"), QStringLiteral("429"), 1, 600);
        const Answer graph = send(network, "GET", fake.url(QStringLiteral("/v19.0/104000000000001/feed")), bearer());
        CHECK(graph.status == 400);
        CHECK(graph.object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt() == 32);
        CHECK(graph.header("x-business-use-case-usage").contains("\"estimated_time_to_regain_access\":10"));

        // Used up: the next request is normal again.
        CHECK(send(network, "GET", mentions, bearer()).status == 200);
    }

    SECTION("500 and 503")
    {
        fake.fault(prefix, QStringLiteral("500"));
        fake.fault(prefix, QStringLiteral("503"), 1, 0, {{QStringLiteral("variant"), 1}});
        const Answer internal = send(network, "GET", mentions, bearer());
        CHECK(internal.status == 500);
        CHECK(internal.object().value(QLatin1String("title")).toString() == QStringLiteral("Internal Server Error"));
        CHECK_FALSE(internal.header("x-rate-limit-reset").isEmpty());
        const Answer unavailable = send(network, "GET", mentions, bearer());
        CHECK(unavailable.status == 503);
        CHECK(unavailable.header("content-type").startsWith("text/html"));
    }

    SECTION("reset: the connection is dropped without an answer")
    {
        // QNetworkAccessManager resends a request once by itself when the connection drops before any answer: the
        // fault must last two requests to reach the caller, and the log shows both attempts.
        fake.resetLog();
        fake.fault(prefix, QStringLiteral("reset"), 2);
        const Answer dropped = send(network, "GET", mentions, bearer());
        CHECK(dropped.finished);
        CHECK(dropped.status == 0);
        CHECK(dropped.error == QNetworkReply::RemoteHostClosedError);
        const QJsonArray log = fake.requests();
        REQUIRE(log.size() == 2);
        for (const QJsonValue &entry : log) {
            CHECK(entry.toObject().value(QLatin1String("fault")).toString() == QStringLiteral("reset"));
            CHECK(entry.toObject().value(QLatin1String("status")).isNull());
        }
        CHECK(send(network, "GET", mentions, bearer()).status == 200);
    }

    SECTION("truncate: half the announced body, then the connection ends")
    {
        fake.fault(prefix, QStringLiteral("truncate"));
        const Answer cut = send(network, "GET", mentions, bearer());
        CHECK(cut.finished);
        CHECK(cut.status == 200);
        CHECK(cut.error == QNetworkReply::RemoteHostClosedError);
        CHECK(cut.body.size() < cut.header("content-length").toLongLong());
        CHECK(QJsonDocument::fromJson(cut.body).isNull());
    }

    SECTION("malformed, huge, invalid UTF-8 and HTML content")
    {
        fake.fault(prefix, QStringLiteral("malformed"));
        const Answer malformed = send(network, "GET", mentions, bearer());
        CHECK(malformed.status == 200);
        CHECK_FALSE(ingest::parsePayload(Channel::X, malformed.body).hasValue());

        fake.fault(prefix, QStringLiteral("huge"));
        const Answer huge = send(network, "GET", mentions, bearer());
        CHECK(huge.status == 200);
        CHECK(huge.body.size() > 10 * 1024 * 1024);
        CHECK(huge.object().value(QLatin1String("data")).toArray().size() > 100);

        fake.fault(prefix, QStringLiteral("invalid-utf8"));
        const Answer broken = send(network, "GET", mentions, bearer());
        CHECK(broken.status == 200);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(broken.body);
        CHECK(decoder.hasError());

        fake.fault(prefix, QStringLiteral("html"));
        const Answer html = send(network, "GET", mentions, bearer());
        const auto posts = parsed(Channel::X, html.body);
        REQUIRE_FALSE(posts.posts.isEmpty());
        CHECK(posts.posts.first().text.contains(QLatin1String("<script>alert(1)</script>")));
    }

    SECTION("delay and timeout")
    {
        fake.fault(prefix, QStringLiteral("delay"), 1, 0.6);
        const Answer late = send(network, "GET", mentions, bearer());
        CHECK(late.status == 200);
        CHECK(late.elapsedMs >= 500);

        fake.fault(prefix, QStringLiteral("timeout"));
        const Answer silent = send(network, "GET", mentions, bearer(), {}, 1000);
        CHECK_FALSE(silent.finished);
        CHECK(send(network, "GET", mentions, bearer()).status == 200); // a new request is answered again
    }

    SECTION("a reply that takes effect although its answer is lost")
    {
        fake.fault(QStringLiteral("/2/tweets"), QStringLiteral("500"), 1, 0,
                   {{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("apply"), true}});
        const Answer lost = send(network, "POST", fake.url(QStringLiteral("/2/tweets")), jsonBearer(),
                                 compact({{QStringLiteral("text"), QStringLiteral("Komt dit aan?")}}));
        CHECK(lost.status == 500);
        REQUIRE(fake.posted().size() == 1);
        const Answer own = send(network, "GET", fake.url(QStringLiteral("/2/users/%1/tweets").arg(xAccount)), bearer());
        CHECK(own.object().value(QLatin1String("data")).toArray().first().toObject().value(QLatin1String("text")) ==
              QStringLiteral("Komt dit aan?"));
    }

    SECTION("the request log records method, path, query, headers and the fault")
    {
        fake.resetLog();
        fake.fault(prefix, QStringLiteral("503"));
        send(network, "GET", mentions, bearer());
        send(network, "POST", fake.url(QStringLiteral("/api/v1/statuses")),
             {{"Authorization", "Bearer test-token"},
              {"Idempotency-Key", "abc-1"},
              {"Content-Type", "application/json"}},
             compact({{QStringLiteral("status"), QStringLiteral("Hallo")}}));
        const QJsonArray log = fake.requests();
        REQUIRE(log.size() == 2);
        const QJsonObject faulted = log.at(0).toObject();
        CHECK(faulted.value(QLatin1String("method")).toString() == QStringLiteral("GET"));
        CHECK(faulted.value(QLatin1String("path")).toString() == QStringLiteral("/2/users/%1/mentions").arg(xAccount));
        CHECK(faulted.value(QLatin1String("params")).toObject().value(QLatin1String("expansions")).toString() ==
              QStringLiteral("author_id,referenced_tweets.id,in_reply_to_user_id"));
        CHECK(faulted.value(QLatin1String("fault")).toString() == QStringLiteral("503"));
        CHECK(faulted.value(QLatin1String("status")).toInt() == 503);
        CHECK(faulted.value(QLatin1String("headers")).toObject().value(QLatin1String("authorization")).toString() ==
              QStringLiteral("Bearer test-token"));
        const QJsonObject post = log.at(1).toObject();
        CHECK(post.value(QLatin1String("idempotency_key")).toString() == QStringLiteral("abc-1"));
        CHECK(post.value(QLatin1String("body")).toString() == QStringLiteral(R"({"status":"Hallo"})"));
        CHECK(post.value(QLatin1String("status")).toInt() == 200);
        CHECK(post.value(QLatin1String("fault")).isNull());
    }
}
