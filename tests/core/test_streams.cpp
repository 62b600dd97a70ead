// SPDX-License-Identifier: MIT
// The streams beside the mentions, end to end through AccountSync against the fake platform server: X recent search
// for brand keywords, X direct messages, Messenger conversations (and their 24-hour window), Discourse new topics
// and watched words. First sync, incremental sync, paging, and private answers sent exactly once to the right place.
#include "support/testsupport.h"

#include "connectors/messagingwindow.h"
#include "fakeplatformprocess.h"
#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"
#include "support/fakeaccounts.h"
#include "sync/accountsync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace webcare;
using domain::Channel;

namespace {

domain::Account streamAccount(Channel channel, const QUrl &base, const QStringList &terms = {})
{
    domain::Account a = test::fakeAccount(channel, base);
    a.searchTerms = terms;
    return a;
}

struct Stream {
    Stream(store::CaseStore &s, const domain::Account &account)
    {
        domain::Account a = account;
        auto id = s.accounts().addAccount(a);
        REQUIRE_OK(id);
        a.id = *id;
        accountId = *id;
        sync = std::make_unique<sync::AccountSync>(
            a, connectors::Credentials{QStringLiteral("tok"), QStringLiteral("key"), QStringLiteral("Duinzicht_Team")},
            s.location());
        finished = std::make_unique<QSignalSpy>(sync.get(), &sync::AccountSync::pollFinished);
        health = std::make_unique<QSignalSpy>(sync.get(), &sync::AccountSync::healthChanged);
    }
    bool poll(bool first = false)
    {
        const int before = int(finished->count());
        if (first)
            sync->start();
        else
            sync->pollNow();
        REQUIRE(QTest::qWaitFor([&] { return finished->count() > before; }, 30000));
        if (!finished->last().at(1).toBool())
            UNSCOPED_INFO(
                "poll failed: " << health->last().at(1).value<store::AccountHealth>().lastError.toStdString());
        return finished->last().at(1).toBool();
    }
    bool sendAll()
    {
        QSignalSpy idle(sync.get(), &sync::AccountSync::outboxIdle);
        sync->sendPending();
        return QTest::qWaitFor([&] { return idle.count() > 0; }, 20000);
    }

    qint64 accountId = 0;
    std::unique_ptr<sync::AccountSync> sync;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> health;
};

// Requests of the log whose path is `path` (and method `method`).
QList<QJsonObject> requestsTo(test::FakePlatformProcess &fake, const QString &path, const QString &method = {})
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : fake.requests()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("path")).toString() == path &&
            (method.isEmpty() || r.value(QStringLiteral("method")).toString() == method))
            out << r;
    }
    return out;
}

QString param(const QJsonObject &request, const QString &key)
{
    return QUrlQuery(request.value(QStringLiteral("query")).toString()).queryItemValue(key, QUrl::FullyDecoded);
}

bool known(store::CaseStore &s, Channel channel, const QString &id)
{
    auto k = s.ingest().knownPlatformIds(channel, {id});
    return k && k->contains(id);
}

qint64 caseOf(store::CaseStore &s, Channel channel, const QString &platformId)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT case_id FROM posts WHERE channel = ? AND platform_id = ?"));
    q.addBindValue(domain::channelKey(channel));
    q.addBindValue(platformId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QList<QJsonObject> postedWith(test::FakePlatformProcess &fake, const QString &text)
{
    QList<QJsonObject> out;
    for (const QJsonValue &p : fake.posted()) {
        if (p.toObject().value(QStringLiteral("text")).toString() == text)
            out << p.toObject();
    }
    return out;
}

void roomyLimits(test::FakePlatformProcess &fake)
{
    fake.configure(QJsonObject{{QStringLiteral("x_rate_limit"), 100000},
                               {QStringLiteral("facebook_rate_limit"), 100000},
                               {QStringLiteral("discourse_rate_limit"), 100000}});
}

} // namespace

BACKEND_TEST_CASE("Search terms are an account setting kept in the store", "[store][streams]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    domain::Account a =
        streamAccount(Channel::X, QUrl(QStringLiteral("https://api.x.com")),
                      {QStringLiteral("Duinzicht"), QStringLiteral("polis \"Zeker\""), QStringLiteral(" ")});
    auto id = s->accounts().addAccount(a);
    REQUIRE_OK(id);
    CHECK(s->accounts().all()->first().searchTerms ==
          QStringList{QStringLiteral("Duinzicht"), QStringLiteral("polis \"Zeker\"")});
    REQUIRE_OK(s->accounts().setSearchTerms(*id, {QStringLiteral("fietsverzekering")}));
    CHECK(s->accounts().all()->first().searchTerms == QStringList{QStringLiteral("fietsverzekering")});
    REQUIRE_OK(s->accounts().setSearchTerms(*id, {}));
    CHECK(s->accounts().all()->first().searchTerms.isEmpty());
}

TEST_CASE("X recent search brings brand mentions without an @, incrementally and page by page", "[sync][fake][streams]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    roomyLimits(fake);
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    // Without keywords there is no search at all.
    {
        Stream plain(*s, streamAccount(Channel::X, fake.baseUrl()));
        fake.resetLog();
        REQUIRE(plain.poll(true));
        CHECK(requestsTo(fake, QStringLiteral("/2/tweets/search/recent")).isEmpty());
        REQUIRE_OK(s->accounts().removeAccount(plain.accountId));
    }
    const QString about = fake.add(QJsonObject{
        {QStringLiteral("channel"), QStringLiteral("x")},
        {QStringLiteral("kind"), QStringLiteral("post")},
        {QStringLiteral("text"), QStringLiteral("Wie heeft ervaring met Duinzicht? Mijn claim duurt eeuwig")},
        {QStringLiteral("author"), QStringLiteral("zoeker1")}});
    const QString other = fake.add(QJsonObject{{QStringLiteral("channel"), QStringLiteral("x")},
                                               {QStringLiteral("kind"), QStringLiteral("post")},
                                               {QStringLiteral("text"), QStringLiteral("Lekker weer vandaag")},
                                               {QStringLiteral("author"), QStringLiteral("zoeker2")}});
    REQUIRE_FALSE(about.isEmpty());
    Stream h(*s, streamAccount(Channel::X, fake.baseUrl(), {QStringLiteral("Duinzicht")}));
    fake.resetLog();
    REQUIRE(h.poll(true));
    const QList<QJsonObject> first = requestsTo(fake, QStringLiteral("/2/tweets/search/recent"));
    REQUIRE(first.size() == 1);
    CHECK(param(first.first(), QStringLiteral("query")) ==
          QStringLiteral("Duinzicht -is:retweet -from:DuinzichtHelpt -@DuinzichtHelpt"));
    CHECK(param(first.first(), QStringLiteral("expansions")) ==
          QStringLiteral("author_id,referenced_tweets.id,in_reply_to_user_id"));
    CHECK(known(*s, Channel::X, about));
    CHECK_FALSE(known(*s, Channel::X, other));
    const QString cursor = *s->ingest().cursor(h.accountId, QStringLiteral("search"));
    CHECK(cursor == about);

    // Incremental: since_id, and only the new post.
    const QString later =
        fake.add(QJsonObject{{QStringLiteral("channel"), QStringLiteral("x")},
                             {QStringLiteral("kind"), QStringLiteral("post")},
                             {QStringLiteral("text"), QStringLiteral("duinzicht app doet het weer niet")},
                             {QStringLiteral("author"), QStringLiteral("zoeker3")}});
    fake.resetLog();
    REQUIRE(h.poll());
    const QList<QJsonObject> second = requestsTo(fake, QStringLiteral("/2/tweets/search/recent"));
    REQUIRE(second.size() == 1);
    CHECK(param(second.first(), QStringLiteral("since_id")) == cursor);
    CHECK(known(*s, Channel::X, later));
    CHECK(*s->ingest().cursor(h.accountId, QStringLiteral("search")) == later);

    // A burst larger than a page (100): read with next_token, nothing skipped, the cursor at the newest.
    QStringList burst;
    for (int i = 0; i < 130; ++i)
        burst << fake.add(QJsonObject{{QStringLiteral("channel"), QStringLiteral("x")},
                                      {QStringLiteral("kind"), QStringLiteral("post")},
                                      {QStringLiteral("text"), QStringLiteral("Bericht %1 over Duinzicht").arg(i)},
                                      {QStringLiteral("author"), QStringLiteral("burst%1").arg(i)}});
    fake.resetLog();
    REQUIRE(h.poll());
    const QList<QJsonObject> pages = requestsTo(fake, QStringLiteral("/2/tweets/search/recent"));
    REQUIRE(pages.size() == 2);
    CHECK(param(pages.at(1), QStringLiteral("next_token")).size() > 0);
    auto all = s->ingest().knownPlatformIds(Channel::X, burst);
    REQUIRE_OK(all);
    CHECK(all->size() == 130);
    CHECK(*s->ingest().cursor(h.accountId, QStringLiteral("search")) == burst.last());
}

TEST_CASE("X direct messages: a case per conversation, paged down to the cursor, answered by DM exactly once",
          "[sync][fake][streams][outbox]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    roomyLimits(fake);
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    const auto dm = [&](const QString &text, const QString &author) {
        return fake.add(QJsonObject{{QStringLiteral("channel"), QStringLiteral("x")},
                                    {QStringLiteral("kind"), QStringLiteral("dm")},
                                    {QStringLiteral("text"), text},
                                    {QStringLiteral("author"), author}});
    };
    const QString a1 = dm(QStringLiteral("Mijn pinpas is ingeslikt, wat nu?"), QStringLiteral("dmklant"));
    const QString b1 = dm(QStringLiteral("Graag mijn adres wijzigen"), QStringLiteral("anderedm"));
    REQUIRE_FALSE(a1.isEmpty());
    Stream h(*s, streamAccount(Channel::X, fake.baseUrl()));
    REQUIRE(h.poll(true));
    CHECK(known(*s, Channel::X, a1));
    CHECK(known(*s, Channel::X, b1));
    // Each DM conversation is a case of its own, marked private.
    const qint64 caseA = caseOf(*s, Channel::X, a1);
    CHECK(caseA != caseOf(*s, Channel::X, b1));
    auto conversation = s->cases().conversation(caseA);
    REQUIRE_OK(conversation);
    REQUIRE(conversation->size() == 1);
    CHECK(conversation->first().privateMessage);
    CHECK(conversation->first().conversationId.contains(QLatin1Char('-')));
    CHECK(*s->ingest().cursor(h.accountId, QStringLiteral("dms")) == b1);

    // Incremental: the same customer writes again: same case.
    const QString a2 = dm(QStringLiteral("Hallo? Nog iemand daar?"), QStringLiteral("dmklant"));
    REQUIRE(h.poll());
    CHECK(caseOf(*s, Channel::X, a2) == caseA);

    // More than a page (100) since the last poll: newest first until the cursor, nothing skipped.
    QStringList burst;
    for (int i = 0; i < 130; ++i)
        burst << dm(QStringLiteral("Vraag %1").arg(i), QStringLiteral("dmburst%1").arg(i % 7));
    fake.resetLog();
    REQUIRE(h.poll());
    const QList<QJsonObject> pages = requestsTo(fake, QStringLiteral("/2/dm_events"));
    REQUIRE(pages.size() == 2);
    CHECK(param(pages.first(), QStringLiteral("since_id")).isEmpty());
    CHECK_FALSE(param(pages.at(1), QStringLiteral("pagination_token")).isEmpty());
    CHECK(s->ingest().knownPlatformIds(Channel::X, burst)->size() == 130);
    CHECK(*s->ingest().cursor(h.accountId, QStringLiteral("dms")) == burst.last());

    // The answer goes to the DM conversation with that customer, once, and never to POST /2/tweets.
    const QString text = QStringLiteral("Hoi! Je pas is geblokkeerd, een nieuwe is onderweg. ^JB");
    const qint64 reply = test::approveAnswer(*s, h.accountId, Channel::X, text, a2);
    fake.resetLog();
    REQUIRE(h.sendAll());
    const domain::Reply sent = *s->outbox().replyById(reply);
    INFO(sent.lastError.toStdString());
    CHECK(sent.state == domain::ReplyState::Sent);
    CHECK_FALSE(sent.platformId.isEmpty());
    const QList<QJsonObject> posted = postedWith(fake, text);
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().value(QStringLiteral("endpoint")).toString() ==
          QStringLiteral("POST /2/dm_conversations/with/:participant_id/messages"));
    const QString customer = conversation->first().author.platformId;
    CHECK(posted.first().value(QStringLiteral("in_reply_to")).toString() == customer);
    CHECK(requestsTo(fake, QStringLiteral("/2/tweets"), QStringLiteral("POST")).isEmpty());
    REQUIRE(h.sendAll());
    CHECK(postedWith(fake, text).size() == 1);
    // The next poll brings our own message into the case, as the account's own.
    REQUIRE(h.poll());
    CHECK(known(*s, Channel::X, sent.platformId));
    CHECK(caseOf(*s, Channel::X, sent.platformId) == caseA);
}

TEST_CASE("A DM answer whose response was lost is found in the conversation, never sent twice",
          "[sync][fake][streams][outbox]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    roomyLimits(fake);
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    const QString id = fake.add(QJsonObject{{QStringLiteral("channel"), QStringLiteral("x")},
                                            {QStringLiteral("kind"), QStringLiteral("dm")},
                                            {QStringLiteral("text"), QStringLiteral("Is mijn overboeking gelukt?")},
                                            {QStringLiteral("author"), QStringLiteral("dmverlies")}});
    Stream h(*s, streamAccount(Channel::X, fake.baseUrl()));
    REQUIRE(h.poll(true));
    const QString text = QStringLiteral("Ja, die is gisteren bijgeschreven. ^JB");
    const qint64 reply = test::approveAnswer(*s, h.accountId, Channel::X, text, id);
    fake.fault(QStringLiteral("/2/dm_conversations"), QStringLiteral("500"), 1, 0,
               {{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("apply"), true}});
    h.sync->sendPending();
    REQUIRE(QTest::qWaitFor([&] { return s->outbox().replyById(reply)->state == domain::ReplyState::Sent; }, 40000));
    CHECK(postedWith(fake, text).size() == 1);
}

TEST_CASE("Messenger: conversations synced, answered through the Send API inside the window, refused outside it",
          "[sync][fake][streams][outbox]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    roomyLimits(fake);
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    const auto message = [&](const QString &text, const QString &author, const QDateTime &at = {}) {
        QJsonObject body{{QStringLiteral("channel"), QStringLiteral("facebook")},
                         {QStringLiteral("kind"), QStringLiteral("message")},
                         {QStringLiteral("text"), text},
                         {QStringLiteral("author"), author}};
        if (at.isValid())
            body.insert(QStringLiteral("created_at"), at.toString(Qt::ISODate));
        return fake.add(body);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString recent = message(QStringLiteral("Kan ik mijn premie per maand betalen?"),
                                   QStringLiteral("Piet Jansen"), now.addSecs(-3600));
    const QString stale =
        message(QStringLiteral("Ik wacht al dagen op antwoord"), QStringLiteral("Els Bakker"), now.addSecs(-30 * 3600));
    REQUIRE(recent.startsWith(QStringLiteral("m_")));
    Stream h(*s, streamAccount(Channel::Facebook, fake.baseUrl()));
    REQUIRE(h.poll(true));
    REQUIRE(known(*s, Channel::Facebook, recent));
    REQUIRE(known(*s, Channel::Facebook, stale));
    const qint64 recentCase = caseOf(*s, Channel::Facebook, recent);
    CHECK(recentCase != caseOf(*s, Channel::Facebook, stale));
    auto conversation = s->cases().conversation(recentCase);
    REQUIRE_OK(conversation);
    CHECK(conversation->first().privateMessage);
    // The window, as the UI shows it.
    const connectors::MessagingWindow open = connectors::messagingWindow(*conversation, now);
    CHECK(open.applies);
    CHECK(open.open);
    CHECK(std::abs(open.closesAt.secsTo(now.addSecs(23 * 3600))) <= 1);
    CHECK_FALSE(connectors::messagingWindow(*s->cases().conversation(caseOf(*s, Channel::Facebook, stale)), now).open);

    // Incremental: the customer writes again in the same conversation.
    const QString again = message(QStringLiteral("En kan dat ook per kwartaal?"), QStringLiteral("Piet Jansen"));
    fake.resetLog();
    REQUIRE(h.poll());
    CHECK(caseOf(*s, Channel::Facebook, again) == recentCase);
    const QList<QJsonObject> polls = requestsTo(fake, QStringLiteral("/v19.0/104000000000001/conversations"));
    REQUIRE(polls.size() == 1);
    CHECK(param(polls.first(), QStringLiteral("platform")) == QStringLiteral("messenger"));

    // Inside the window: one Send API call to the customer's page-scoped id.
    const QString text = QStringLiteral("Hoi Piet, dat kan allebei! ^JB");
    const qint64 inside = test::approveAnswer(*s, h.accountId, Channel::Facebook, text, again);
    fake.resetLog();
    REQUIRE(h.sendAll());
    const domain::Reply sent = *s->outbox().replyById(inside);
    INFO(sent.lastError.toStdString());
    CHECK(sent.state == domain::ReplyState::Sent);
    CHECK(sent.platformId.startsWith(QStringLiteral("m_")));
    const QList<QJsonObject> posted = postedWith(fake, text);
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().value(QStringLiteral("endpoint")).toString() == QStringLiteral("POST /{page-id}/messages"));
    CHECK(posted.first().value(QStringLiteral("in_reply_to")).toString() == conversation->first().author.platformId);
    const QList<QJsonObject> sends =
        requestsTo(fake, QStringLiteral("/v19.0/104000000000001/messages"), QStringLiteral("POST"));
    REQUIRE(sends.size() == 1);
    const QJsonObject body =
        QJsonDocument::fromJson(sends.first().value(QStringLiteral("body")).toString().toUtf8()).object();
    CHECK(body.value(QStringLiteral("messaging_type")).toString() == QStringLiteral("RESPONSE"));
    REQUIRE(h.sendAll());
    CHECK(postedWith(fake, text).size() == 1);

    // Outside the window: refused with the reason, before any request.
    const QString late = QStringLiteral("Sorry voor het late antwoord, Els. ^JB");
    const qint64 outside = test::approveAnswer(*s, h.accountId, Channel::Facebook, late, stale);
    fake.resetLog();
    REQUIRE(h.sendAll());
    const domain::Reply refused = *s->outbox().replyById(outside);
    CHECK(refused.state == domain::ReplyState::Failed);
    net::ApiError closed;
    closed.kind = net::ApiError::Kind::MessagingWindowClosed;
    CHECK(refused.lastError == closed.message());
    for (const QJsonValue &r : fake.requests())
        CHECK(r.toObject().value(QStringLiteral("method")).toString() == QStringLiteral("GET"));
    CHECK(postedWith(fake, late).isEmpty());
}

TEST_CASE("Discourse: new topics through /latest.json and watched words through /search.json", "[sync][fake][streams]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    roomyLimits(fake);
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    Stream h(*s, streamAccount(Channel::Discourse, fake.baseUrl(), {QStringLiteral("fietsverzekering")}));
    fake.resetLog();
    REQUIRE(h.poll(true));
    // First sync: the topics stream marks where it starts; the watched word is searched.
    CHECK(requestsTo(fake, QStringLiteral("/latest.json")).size() == 1);
    const QString topicsCursor = *s->ingest().cursor(h.accountId, QStringLiteral("topics"));
    CHECK_FALSE(topicsCursor.isEmpty());
    const QList<QJsonObject> searches = requestsTo(fake, QStringLiteral("/search.json"));
    REQUIRE(searches.size() == 1);
    CHECK(param(searches.first(), QStringLiteral("q")) == QStringLiteral("\"fietsverzekering\" order:latest"));

    // Two new topics: each is read through /t/{id}.json.
    const QString p1 = fake.add(QStringLiteral("discourse"), QStringLiteral("Dekt de fietsverzekering ook diefstal?"),
                                QStringLiteral("wielrenner"));
    const QString p2 =
        fake.add(QStringLiteral("discourse"), QStringLiteral("Hoe zeg ik mijn polis op?"), QStringLiteral("opzegger"));
    fake.resetLog();
    // The posts stream would bring them as well: fail it, so what arrives comes from the topics and search streams.
    fake.fault(QStringLiteral("/posts.json"), QStringLiteral("503"), 1);
    CHECK_FALSE(h.poll());
    fake.clearFaults();
    CHECK_FALSE(known(*s, Channel::Discourse, p1));
    fake.resetLog();
    REQUIRE(h.poll());
    int topicReads = 0;
    for (const QJsonValue &r : fake.requests())
        topicReads += r.toObject().value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/t/"));
    CHECK(topicReads >= 2);
    CHECK(known(*s, Channel::Discourse, p1));
    CHECK(known(*s, Channel::Discourse, p2));
    CHECK(s->ingest().cursor(h.accountId, QStringLiteral("topics"))->toLongLong() > topicsCursor.toLongLong());
    CHECK(*s->ingest().cursor(h.accountId, QStringLiteral("search:fietsverzekering")) == p1);
    // Nothing new: the topics are not read again.
    fake.resetLog();
    REQUIRE(h.poll());
    for (const QJsonValue &r : fake.requests())
        CHECK_FALSE(r.toObject().value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/t/")));
}
