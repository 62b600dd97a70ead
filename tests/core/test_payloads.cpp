// SPDX-License-Identifier: MIT
// The platform parsers on real recorded payloads (tests/data, and ../shared/data for test-only material).
#include "support/testsupport.h"

#include "ingest/payload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace webcare;
using namespace webcare::ingest;
using domain::Channel;

namespace {

// The saved Postman examples wrap the body: {endpoint, status, headers, body}.
QByteArray postmanBody(const QString &file)
{
    const QJsonObject example =
        QJsonDocument::fromJson(test::repoFile(QStringLiteral("tests/data/x-api/") + file)).object();
    const QJsonValue body = example.value(QStringLiteral("body"));
    return body.isString() ? body.toString().toUtf8() : QJsonDocument(body.toObject()).toJson();
}

} // namespace

TEST_CASE("X API v2: tweets with expanded users, context tweets and partial errors", "[ingest][x]")
{
    auto parsed = parsePayload(
        Channel::X,
        postmanBody(QStringLiteral(
            "Search_Tweets_Recent_search_200_Success_Request_Tweet_Fields_with_Expanded_User_Fields.json")),
        QStringLiteral("search.json"));
    REQUIRE_OK(parsed);
    REQUIRE(parsed->posts.size() >= 2);
    const domain::Post &first = parsed->posts.first();
    CHECK(first.platformId == QStringLiteral("1276035977375477760"));
    CHECK(first.author.platformId == QStringLiteral("63046977"));
    CHECK_FALSE(first.author.handle.isEmpty());
    CHECK(first.inReplyToPlatformId == QStringLiteral("1275653067283759104"));
    CHECK(first.createdAt == QDateTime(QDate(2020, 6, 25), QTime(6, 14, 19), Qt::UTC));
    CHECK(first.text.startsWith(QStringLiteral("@snowman Ooo, thanks error message")));
    CHECK(first.url.endsWith(QStringLiteral("/status/1276035977375477760")));
    // The item is kept exactly as sent.
    CHECK(QJsonDocument::fromJson(first.rawPayload).object().value(QStringLiteral("source")).toString() ==
          QStringLiteral("Twitter for iPhone"));

    // 200 with errors[] beside data: the good part is kept, the error is reported.
    auto partial = parsePayload(
        Channel::X,
        postmanBody(QStringLiteral("Tweet_Lookup_Multiple_Tweets_200_Success_1_Deleted_1_Valid_Tweet.json")));
    REQUIRE_OK(partial);
    const auto hasReason = [&](const QString &id, const QString &part) {
        for (const Rejection &r : partial->rejected)
            if (r.itemId == id && r.reason.contains(part))
                return true;
        return false;
    };
    CHECK(hasReason(QStringLiteral("1276230436478386177"), QStringLiteral("Could not find tweet")));
    // The default payload has no author or time: such an item cannot become a post, and says why.
    CHECK(hasReason(QStringLiteral("20"), QStringLiteral("creation time")));

    // A 429 body is plain text: an error with a position, never a crash.
    auto limited =
        parsePayload(Channel::X, postmanBody(QStringLiteral("Tweet_Lookup_Single_Tweet_429_Rate_Limit_Exceeded.json")),
                     QStringLiteral("429.txt"));
    REQUIRE_FALSE(limited.hasValue());
    CHECK(limited.error().line == 1);
    CHECK(limited.error().text().startsWith(QStringLiteral("429.txt")));
}

TEST_CASE("X text is shown as the customer typed it", "[ingest][x]")
{
    const QByteArray json = R"({"data":[{"id":"1","author_id":"2","created_at":"2026-11-23T08:00:00.000Z",
        "text":"Premie &gt; 100 &amp; dat &lt;b&gt;vind&lt;/b&gt; ik te veel",
        "note_tweet":{"text":"Premie &gt; 100 &amp; dat vind ik te veel, lange versie"}}],
        "includes":{"users":[{"id":"2","name":"Kees","username":"kees"}]}})";
    auto parsed = parsePayload(Channel::X, json);
    REQUIRE_OK(parsed);
    REQUIRE(parsed->posts.size() == 1);
    CHECK(parsed->posts.first().text == QStringLiteral("Premie > 100 & dat vind ik te veel, lange versie"));
    CHECK(parsed->posts.first().author.displayName == QStringLiteral("Kees"));
}

TEST_CASE("Mastodon: notifications, statuses and context", "[ingest][mastodon]")
{
    const QByteArray json = R"([
      {"id":"9","type":"mention","created_at":"2026-11-23T10:00:00.000Z",
       "account":{"id":"77","username":"anne","acct":"anne@toot.example","display_name":"Anne"},
       "status":{"id":"1001","created_at":"2026-11-23T10:00:00.000Z","in_reply_to_id":"1000","visibility":"direct",
         "spoiler_text":"","reblog":null,"url":"https://toot.example/@anne/1001",
         "content":"<p><span class=\"h-card\"><a href=\"https://social.example/@duinzicht\" class=\"u-url mention\">@<span>duinzicht</span></a></span> Mijn polis &amp; premie?<br>Groet, Anne</p><p>Tweede alinea</p>",
         "account":{"id":"77","username":"anne","acct":"anne@toot.example","display_name":"Anne"}}},
      {"id":"10","type":"favourite","created_at":"2026-11-23T10:05:00.000Z",
       "account":{"id":"78","username":"bob","acct":"bob","display_name":""},
       "status":{"id":"555","created_at":"2026-11-22T10:05:00.000Z","content":"<p>ons bericht</p>",
         "account":{"id":"1","username":"duinzicht","acct":"duinzicht","display_name":"Duinzicht"}}}
    ])";
    auto parsed = parsePayload(Channel::Mastodon, json);
    REQUIRE_OK(parsed);
    REQUIRE(parsed->posts.size() == 1);
    const domain::Post &p = parsed->posts.first();
    CHECK(p.platformId == QStringLiteral("1001"));
    CHECK(p.inReplyToPlatformId == QStringLiteral("1000"));
    CHECK(p.author.handle == QStringLiteral("@anne@toot.example"));
    CHECK(p.text == QStringLiteral("@duinzicht Mijn polis & premie?\nGroet, Anne\n\nTweede alinea"));
    REQUIRE(parsed->rejected.size() == 1);
    CHECK(parsed->rejected.first().reason.contains(QStringLiteral("favourite")));

    bool found = false;
    const QByteArray status =
        test::sharedData(QStringLiteral("mastodon/doc-examples/entities/Status__01_Example.json"), &found);
    if (!found)
        WEBCARE_SKIP("../shared/data is not beside this clone: the Mastodon documentation example was not tried");
    auto doc = parsePayload(Channel::Mastodon, status);
    REQUIRE_OK(doc);
    REQUIRE(doc->posts.size() == 1);
    CHECK(doc->posts.first().author.handle == QStringLiteral("@Gargron"));
    CHECK(doc->posts.first().text.startsWith(QStringLiteral("\"I lost my inheritance with one wrong digit")));
    CHECK(doc->posts.first().text.contains(
        QStringLiteral("https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance")));
}

TEST_CASE("Facebook Graph: a feed with nested comments, and an error envelope", "[ingest][facebook]")
{
    auto feed = parsePayload(Channel::Facebook, test::repoFile(QStringLiteral("tests/data/facebook-graph/feed.json")));
    REQUIRE_OK(feed);
    REQUIRE(feed->posts.size() >= 3);
    CHECK(feed->posts.first().platformId == QStringLiteral("100001387295207_160065090716400"));
    CHECK(feed->posts.first().createdAt == QDateTime(QDate(2011, 3, 23), QTime(15, 40, 17), Qt::UTC));
    CHECK(feed->posts.first().author.displayName == QStringLiteral("Art Names"));

    const QByteArray nested = R"({"data":[{"id":"104_1","from":{"id":"104","name":"Duinzicht"},
        "message":"Onze nieuwe reclame","created_time":"2026-11-23T09:00:00+0000",
        "comments":{"data":[{"id":"1_11","from":{"id":"5","name":"Piet"},"message":"Leuk!",
          "created_time":"2026-11-23T09:10:00+0100",
          "comments":{"data":[{"id":"1_12","from":{"id":"104","name":"Duinzicht"},"message":"Dank je! ^JB",
            "created_time":"2026-11-23T09:20:00+0000"}]}}]}}]})";
    auto parsed = parsePayload(Channel::Facebook, nested);
    REQUIRE_OK(parsed);
    REQUIRE(parsed->posts.size() == 3);
    CHECK(parsed->posts.at(1).inReplyToPlatformId == QStringLiteral("104_1"));
    CHECK(parsed->posts.at(1).conversationId == QStringLiteral("104_1"));
    CHECK(parsed->posts.at(1).createdAt == QDateTime(QDate(2026, 11, 23), QTime(8, 10), Qt::UTC));
    CHECK(parsed->posts.at(2).inReplyToPlatformId == QStringLiteral("1_11"));
    CHECK_FALSE(
        QJsonDocument::fromJson(parsed->posts.first().rawPayload).object().contains(QStringLiteral("comments")));

    auto error = parsePayload(Channel::Facebook,
                              test::repoFile(QStringLiteral("tests/data/facebook-graph/error-190-tokenExpired.json")));
    REQUIRE_FALSE(error.hasValue());
    CHECK(error.error().message.contains(QStringLiteral("Facebook")));
}

TEST_CASE("Discourse: latest posts, a topic and search results", "[ingest][discourse]")
{
    auto latest =
        parsePayload(Channel::Discourse, test::repoFile(QStringLiteral("tests/data/discourse/posts_latest.json")));
    REQUIRE_OK(latest);
    REQUIRE_FALSE(latest->posts.isEmpty());
    const domain::Post &p = latest->posts.first();
    CHECK(p.platformId == QStringLiteral("15"));
    CHECK(p.text == QStringLiteral("holla bullhonky."));
    CHECK(p.conversationId == QStringLiteral("11"));
    CHECK(p.author.handle == QStringLiteral("johndoe"));

    auto topic = parsePayload(Channel::Discourse, test::repoFile(QStringLiteral("tests/data/discourse/topic.json")));
    REQUIRE_OK(topic);
    REQUIRE_FALSE(topic->posts.isEmpty());
    // cooked HTML only: headings and paragraphs become text, tags vanish.
    CHECK(topic->posts.first().text.startsWith(QStringLiteral("Welcome!\n\nTry is a sandbox")));
    CHECK_FALSE(topic->posts.first().text.contains(QLatin1Char('<')));
    // -05:00 converted to UTC.
    CHECK(topic->posts.first().createdAt == QDateTime(QDate(2013, 2, 4), QTime(20, 26, 26, 278), Qt::UTC));

    auto search = parsePayload(Channel::Discourse, test::repoFile(QStringLiteral("tests/data/discourse/search.json")));
    REQUIRE_OK(search);
}

TEST_CASE("Malformed JSON is reported with its position and yields nothing", "[ingest]")
{
    const QByteArray broken = "{\"data\":[\n  {\"id\":\"1\",\n   \"text\": \"half\"\n";
    for (Channel c : domain::allChannels()) {
        auto parsed = parsePayload(c, broken, QStringLiteral("kapot.json"));
        REQUIRE_FALSE(parsed.hasValue());
        CHECK(parsed.error().source == QStringLiteral("kapot.json"));
        CHECK(parsed.error().line == 4);
    }
    // The wrong platform's shape is an error about the shape, not a crash or an empty success.
    auto wrong = parsePayload(Channel::X, R"({"latest_posts":[]})");
    REQUIRE_FALSE(wrong.hasValue());
    CHECK(wrong.error().message.contains(QStringLiteral("data")));
}

TEST_CASE("Markup becomes plain text safely", "[ingest]")
{
    CHECK(htmlToPlainText(u"<p>a<script>alert('x')</script>b</p>") == QStringLiteral("ab"));
    CHECK(htmlToPlainText(u"<p>1 &lt; 2 &amp;&amp; 3 &gt; 2</p>") == QStringLiteral("1 < 2 && 3 > 2"));
    CHECK(htmlToPlainText(u"line<br/>next<br>last") == QStringLiteral("line\nnext\nlast"));
    CHECK(htmlToPlainText(u"<ul><li>een</li><li>twee</li></ul>") == QStringLiteral("• een\n\n• twee"));
    CHECK(htmlToPlainText(u"a < b") == QStringLiteral("a < b"));
    CHECK(htmlToPlainText(u"&#128512; &#x1F600; &#0; &bogus;") == QStringLiteral("😀 😀 &#0; &bogus;"));
    CHECK(htmlToPlainText(u"<style>p{}</style><b>vet</b>") == QStringLiteral("vet"));
}

TEST_CASE("Timestamps as the platforms write them", "[ingest]")
{
    const QDateTime expected(QDate(2026, 11, 23), QTime(8, 14, 5), Qt::UTC);
    CHECK(parseTimestamp(QStringLiteral("2026-11-23T08:14:05.000Z")) == expected);
    CHECK(parseTimestamp(QStringLiteral("2026-11-23T09:14:05+0100")) == expected);
    CHECK(parseTimestamp(QStringLiteral("2026-11-23T09:14:05+01:00")) == expected);
    CHECK(parseTimestamp(QStringLiteral("2026-11-23T08:14:05")) == expected);
    CHECK_FALSE(parseTimestamp(QStringLiteral("gisteren")).isValid());
    CHECK_FALSE(parseTimestamp(QString()).isValid());
}

TEST_CASE("Bytes that are not UTF-8 inside a post do not cost the rest of the answer", "[ingest]")
{
    const QByteArray json = "{\"data\":[{\"id\":\"1\",\"author_id\":\"2\",\"created_at\":\"2026-11-23T08:00:00.000Z\","
                            "\"text\":\"Kapot: \xc3\x28 \xff einde\"},{\"id\":\"3\",\"author_id\":\"2\","
                            "\"created_at\":\"2026-11-23T08:01:00.000Z\",\"text\":\"Heel\"}]}";
    auto parsed = parsePayload(Channel::X, json);
    REQUIRE(parsed.hasValue());
    REQUIRE(parsed->posts.size() == 2);
    CHECK(parsed->posts.first().text.contains(QChar(QChar::ReplacementCharacter)));
    CHECK(parsed->posts.first().text.endsWith(QStringLiteral("einde")));
}
