// SPDX-License-Identifier: MIT
// The sync engine end to end against the fake platform server: first and incremental sync, paging, thread
// context, and the fault matrix (no crash, no lost post, cursor never past unsaved posts, a clear error).
#include "support/testsupport.h"

#include "fakeplatformprocess.h"
#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"
#include "support/fakeaccounts.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace webcare;
using domain::Channel;
using test::approveAnswer;
using test::fakeAccount;

namespace {

connectors::Credentials credentials(const QString &token = QStringLiteral("test-token"))
{
    return {token, QStringLiteral("test-key"), QStringLiteral("Duinzicht_Team")};
}

qint64 postsOf(store::CaseStore &s, Channel channel)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE channel = ?"));
    q.addBindValue(domain::channelKey(channel));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// One account synced on the test's thread, polled by hand.
struct Harness {
    Harness(store::CaseStore &s, Channel channel, const QUrl &base, sync::AccountSync::Options options = {},
            const QString &token = QStringLiteral("test-token"))
    {
        domain::Account a = fakeAccount(channel, base);
        auto id = s.accounts().addAccount(a);
        REQUIRE_OK(id);
        a.id = *id;
        accountId = *id;
        sync = std::make_unique<sync::AccountSync>(a, credentials(token), s.location(), options);
        finished = std::make_unique<QSignalSpy>(sync.get(), &sync::AccountSync::pollFinished);
        health = std::make_unique<QSignalSpy>(sync.get(), &sync::AccountSync::healthChanged);
    }
    // Runs one poll to its end; returns whether it succeeded.
    bool poll(bool first = false)
    {
        const int before = int(finished->count());
        if (first)
            sync->start();
        else
            sync->pollNow();
        const bool done = QTest::qWaitFor([&] { return finished->count() > before; }, 30000);
        REQUIRE(done);
        return finished->last().at(1).toBool();
    }
    store::AccountHealth lastHealth() const { return health->last().at(1).value<store::AccountHealth>(); }

    qint64 accountId = 0;
    std::unique_ptr<sync::AccountSync> sync;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> health;
};

} // namespace

TEST_CASE("Each connector syncs the demo feed from the fake server, then only what is new", "[sync][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    for (Channel channel : domain::allChannels()) {
        DYNAMIC_SECTION(domain::channelKey(channel).toStdString())
        {
            test::ScratchDatabase db(store::Backend::Sqlite);
            auto s = db.open();
            Harness h(*s, channel, fake.baseUrl());
            fake.resetLog();
            REQUIRE(h.poll(true));
            const qint64 first = postsOf(*s, channel);
            CHECK(first >= 40);
            CHECK(h.lastHealth().lastError.isEmpty());
            CHECK(h.lastHealth().lastSyncAt.isValid());
            const QString stream =
                connectors::makeConnector(fakeAccount(channel, fake.baseUrl()), credentials())->streams().first();
            CHECK_FALSE(s->ingest().cursor(h.accountId, stream)->isEmpty());

            // Nothing new: nothing stored twice.
            REQUIRE(h.poll());
            CHECK(postsOf(*s, channel) == first);

            // A new customer post arrives and is picked up by the next poll.
            const QString id = fake.add(domain::channelKey(channel), QStringLiteral("Is mijn schade al bekeken?"),
                                        QStringLiteral("nieuweklant"));
            REQUIRE_FALSE(id.isEmpty());
            REQUIRE(h.poll());
            CHECK(postsOf(*s, channel) == first + 1);
            CHECK(s->ingest().knownPlatformIds(channel, {id})->contains(id));
        }
    }
}

TEST_CASE("A long X backlog is read page by page and the cursor moves only with the last page", "[sync][fake]")
{
    test::FakePlatformProcess::Options options;
    options.mentions = 450;
    options.extraArguments = {QStringLiteral("--rate-limit"), QStringLiteral("x=100000")};
    test::FakePlatformProcess fake(options);
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    Harness h(*s, Channel::X, fake.baseUrl());
    REQUIRE(h.poll(true));
    CHECK(postsOf(*s, Channel::X) >= 450);
    int pages = 0;
    for (const QJsonValue &r : fake.requests())
        pages += r.toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/mentions"));
    CHECK(pages >= 5); // 100 per page

    // The backlog grows and the next poll fails: the cursor stays, and nothing is skipped afterwards.
    for (int i = 0; i < 150; ++i)
        fake.add(QStringLiteral("x"), QStringLiteral("Bericht %1 over mijn premie").arg(i),
                 QStringLiteral("klant%1").arg(i));
    const QString cursorBefore = *s->ingest().cursor(h.accountId, QStringLiteral("mentions"));
    fake.fault(QStringLiteral("/2/users/1580000000000000001/mentions"), QStringLiteral("truncate"), 1);
    CHECK_FALSE(h.poll());
    CHECK(*s->ingest().cursor(h.accountId, QStringLiteral("mentions")) == cursorBefore);
    REQUIRE(h.poll());
    CHECK(postsOf(*s, Channel::X) >= 600);
    CHECK(*s->ingest().cursor(h.accountId, QStringLiteral("mentions")) != cursorBefore);
}

TEST_CASE("The fault matrix: every failure is explained, nothing is lost, the cursor stays", "[sync][fake][faults]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    sync::AccountSync::Options options;
    options.requestTimeoutMs = 1500;
    const QString path = QStringLiteral("/2/users/1580000000000000001/mentions");
    // reset needs two in a row: the network stack retries a dropped connection once by itself.
    for (const auto &[kind, count] :
         {std::pair{"429", 1}, std::pair{"500", 1}, std::pair{"503", 1}, std::pair{"reset", 2},
          std::pair{"truncate", 1}, std::pair{"malformed", 1}, std::pair{"huge", 1}, std::pair{"timeout", 1}}) {
        DYNAMIC_SECTION(kind)
        {
            test::ScratchDatabase db(store::Backend::Sqlite);
            auto s = db.open();
            Harness h(*s, Channel::X, fake.baseUrl(), options);
            REQUIRE(h.poll(true));
            const QString cursor = *s->ingest().cursor(h.accountId, QStringLiteral("mentions"));
            const qint64 stored = postsOf(*s, Channel::X);
            const QString id = fake.add(QStringLiteral("x"), QStringLiteral("Nieuwe vraag"), QStringLiteral("klant"));

            fake.fault(path, QString::fromLatin1(kind), count, 30);
            CHECK_FALSE(h.poll());
            const store::AccountHealth health = h.lastHealth();
            CHECK_FALSE(health.lastError.isEmpty());
            CHECK(health.nextSyncAt > QDateTime::currentDateTimeUtc());
            if (QByteArray(kind) == "429")
                CHECK(health.nextSyncAt >= QDateTime::currentDateTimeUtc().addSecs(25)); // honours the reset
            CHECK(*s->ingest().cursor(h.accountId, QStringLiteral("mentions")) == cursor);
            CHECK(postsOf(*s, Channel::X) == stored);

            // Once the platform behaves again the missed post arrives.
            fake.clearFaults();
            REQUIRE(h.poll());
            CHECK(s->ingest().knownPlatformIds(Channel::X, {id})->contains(id));
            CHECK(h.lastHealth().lastError.isEmpty());
        }
    }
}

TEST_CASE("Markup and invalid UTF-8 in posts are stored as plain text", "[sync][fake][faults]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    for (const char *kind : {"html", "invalid-utf8"}) {
        DYNAMIC_SECTION(kind)
        {
            test::ScratchDatabase db(store::Backend::Sqlite);
            auto s = db.open();
            Harness h(*s, Channel::Mastodon, fake.baseUrl());
            REQUIRE(h.poll(true));
            const qint64 stored = postsOf(*s, Channel::Mastodon);
            fake.add(QStringLiteral("mastodon"), QStringLiteral("Nieuw bericht"), QStringLiteral("klant"));
            fake.fault(QStringLiteral("/api/v1/notifications"), QString::fromLatin1(kind), 1);
            REQUIRE(h.poll());
            CHECK(postsOf(*s, Channel::Mastodon) > stored);
            QSqlQuery q(s->database());
            // Markup the platform sent as markup is reduced to its text; what a customer typed stays readable.
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM posts WHERE text LIKE '%onerror%' OR text LIKE "
                                          "'%<iframe%' OR text LIKE '%<b>Vet%' OR text LIKE '%javascript:%'")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 0);
            if (QByteArray(kind) == "invalid-utf8") {
                REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM posts WHERE text LIKE '%Kapot:%'")));
                REQUIRE(q.next());
                CHECK(q.value(0).toInt() == 1); // kept, with U+FFFD where the broken bytes were
            }
        }
    }
}

TEST_CASE("An expired token stops the account's sync with a reconnect prompt, no retry storm", "[sync][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    sync::AccountSync::Options options;
    options.minBackoffSeconds = 1;
    Harness h(*s, Channel::X, fake.baseUrl(), options, QStringLiteral("expired"));
    QSignalSpy reconnect(h.sync.get(), &sync::AccountSync::needsReconnect);
    CHECK_FALSE(h.poll(true));
    CHECK(reconnect.count() == 1);
    CHECK(h.lastHealth().lastError.contains(QStringLiteral("Reconnect")));
    CHECK(s->accounts().all()->first().status == domain::Account::Status::NeedsReconnect);
    const qsizetype requests = fake.requests().size();
    h.sync->pollNow();
    QTest::qWait(2500);
    CHECK(fake.requests().size() == requests);
}

TEST_CASE("The sync engine runs every account on a worker thread of its own", "[sync][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    sync::SyncEngine engine(db.location(), {});
    QSignalSpy finished(&engine, &sync::SyncEngine::pollFinished);
    QSignalSpy stored(&engine, &sync::SyncEngine::postsStored);
    for (Channel channel : domain::allChannels()) {
        domain::Account a = fakeAccount(channel, fake.baseUrl());
        a.id = *s->accounts().addAccount(a);
        engine.startAccount(a, credentials());
    }
    REQUIRE(QTest::qWaitFor([&] { return finished.count() >= 4; }, 60000));
    for (const QList<QVariant> &args : finished)
        CHECK(args.at(1).toBool());
    CHECK(stored.count() >= 4);
    CHECK(*s->cases().postCount() >= 350);
    CHECK(engine.runningAccounts().size() == 4);
}

namespace {

// Approves a reply to the newest customer post of the channel; returns the reply's id.
bool sendAll(Harness &h)
{
    QSignalSpy idle(h.sync.get(), &sync::AccountSync::outboxIdle);
    h.sync->sendPending();
    return QTest::qWaitFor([&] { return idle.count() > 0; }, 20000);
}

int postedWith(test::FakePlatformProcess &fake, const QString &text)
{
    int n = 0;
    for (const QJsonValue &p : fake.posted())
        n += p.toObject().value(QStringLiteral("text")).toString() == text;
    return n;
}

} // namespace

TEST_CASE("An approved reply reaches each platform exactly once", "[outbox][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    for (Channel channel : domain::allChannels()) {
        DYNAMIC_SECTION(domain::channelKey(channel).toStdString())
        {
            test::ScratchDatabase db(store::Backend::Sqlite);
            auto s = db.open();
            Harness h(*s, channel, fake.baseUrl());
            REQUIRE(h.poll(true));
            const QString text = QStringLiteral("Hoi! Dat zoek ik voor je uit, ik kom er vandaag op terug. ^JB %1")
                                     .arg(domain::channelKey(channel));
            const qint64 id = approveAnswer(*s, h.accountId, channel, text);
            REQUIRE(sendAll(h));
            const domain::Reply reply = *s->outbox().replyById(id);
            INFO(reply.lastError.toStdString());
            CHECK(reply.state == domain::ReplyState::Sent);
            CHECK_FALSE(reply.platformId.isEmpty());
            CHECK(postedWith(fake, text) == 1);
            // Sending again finds nothing to do.
            REQUIRE(sendAll(h));
            CHECK(postedWith(fake, text) == 1);
        }
    }
}

TEST_CASE("A reply whose answer was lost is reconciled, never sent twice", "[outbox][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    sync::AccountSync::Options options;
    options.minBackoffSeconds = 1;
    options.requestTimeoutMs = 1500;
    struct Case {
        Channel channel;
        const char *path;
        const char *kind;
        bool applied; // did the platform post it before the answer was lost?
    };
    for (const Case &c :
         {Case{Channel::X, "/2/tweets", "500", true}, Case{Channel::X, "/2/tweets", "500", false},
          Case{Channel::X, "/2/tweets", "timeout", true}, Case{Channel::Mastodon, "/api/v1/statuses", "503", true},
          Case{Channel::Mastodon, "/api/v1/statuses", "reset", true}}) {
        DYNAMIC_SECTION(domain::channelKey(c.channel).toStdString()
                        << " " << c.kind << (c.applied ? " posted" : " not posted"))
        {
            test::ScratchDatabase db(store::Backend::Sqlite);
            auto s = db.open();
            Harness h(*s, c.channel, fake.baseUrl(), options);
            REQUIRE(h.poll(true));
            const QString text = QStringLiteral("Sorry voor het wachten, je schade is goedgekeurd. ^JB %1%2")
                                     .arg(QString::fromLatin1(c.kind))
                                     .arg(c.applied);
            const qint64 id = approveAnswer(*s, h.accountId, c.channel, text);
            fake.fault(QString::fromLatin1(c.path), QString::fromLatin1(c.kind), QByteArray(c.kind) == "reset" ? 2 : 1,
                       30, {{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("apply"), c.applied}});
            QSignalSpy states(h.sync.get(), &sync::AccountSync::replyStateChanged);
            h.sync->sendPending();
            const bool sent =
                QTest::qWaitFor([&] { return s->outbox().replyById(id)->state == domain::ReplyState::Sent; }, 30000);
            for (const QList<QVariant> &args : states)
                UNSCOPED_INFO("state " << domain::replyStateKey(args.at(2).value<domain::ReplyState>()).toStdString()
                                       << " " << args.at(3).toString().toStdString());
            if (!sent) {
                for (const QJsonValue &r : fake.requests())
                    UNSCOPED_INFO(r.toObject().value(QStringLiteral("method")).toString().toStdString()
                                  << " " << r.toObject().value(QStringLiteral("path")).toString().toStdString() << " "
                                  << r.toObject().value(QStringLiteral("status")).toInt() << " "
                                  << r.toObject().value(QStringLiteral("fault")).toVariant().toString().toStdString());
            }
            REQUIRE(sent);
            bool wasUnknown = false;
            for (const QList<QVariant> &args : states)
                wasUnknown |= args.at(2).value<domain::ReplyState>() == domain::ReplyState::Unknown;
            CHECK(wasUnknown);
            CHECK(postedWith(fake, text) == 1);
            fake.clearFaults();
        }
    }
}

TEST_CASE("After a crash during a send, the reply is looked up before any resend", "[outbox][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    qint64 accountId = 0;
    qint64 replyId = 0;
    const QString text = QStringLiteral("Je pakket is onderweg, morgen in huis. ^JB");
    {
        Harness h(*s, Channel::X, fake.baseUrl());
        REQUIRE(h.poll(true));
        accountId = h.accountId;
        replyId = approveAnswer(*s, accountId, Channel::X, text);
        // The app claimed the reply and the platform posted it, then the process died before the answer came.
        auto claimed = s->outbox().claimReply(accountId);
        REQUIRE_OK(claimed);
        REQUIRE(claimed->has_value());
        // The very request the app sends, through the app's own client.
        domain::Account a = s->accounts().all()->first();
        auto connector = connectors::makeConnector(a, credentials());
        net::GuardedNetworkAccessManager network;
        net::HttpClient http(&network);
        connectors::OutgoingReply out;
        out.text = text;
        out.inReplyToPlatformId = (*claimed)->inReplyTo.platformId;
        QString postedId;
        bool answered = false;
        http.send(connector->replyRequest(out), &network, [&](const net::ApiResponse &r) {
            answered = true;
            if (auto id = connector->readReply(r))
                postedId = *id;
        });
        REQUIRE(QTest::qWaitFor([&] { return answered; }, 10000));
        REQUIRE_FALSE(postedId.isEmpty());
    }
    CHECK(s->outbox().replyById(replyId)->state == domain::ReplyState::Sending);
    // Restart: the interrupted send becomes unknown, is found on the platform, and is not sent again.
    domain::Account a = s->accounts().all()->first();
    sync::AccountSync restarted(a, credentials(), s->location());
    QSignalSpy idle(&restarted, &sync::AccountSync::outboxIdle);
    restarted.start();
    REQUIRE(QTest::qWaitFor([&] { return idle.count() > 0; }, 20000));
    CHECK(s->outbox().replyById(replyId)->state == domain::ReplyState::Sent);
    CHECK(postedWith(fake, text) == 1);
}

namespace {
// The log lines of the webcare.* areas, as the app's log file gets them.
QStringList g_logged;
void keepAreaLine(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("webcare."))
        g_logged << QString::fromLatin1(context.category) + QLatin1Char(' ') + message;
}
} // namespace

TEST_CASE("A sync and a send leave a trail in the log by area, without the text", "[outbox][fake][log]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    Harness h(*s, Channel::Mastodon, fake.baseUrl());
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepAreaLine);
    const bool polled = h.poll(true);
    const QString text = QStringLiteral("Hoi! Dat zoek ik voor je uit. ^JB geheim-woord");
    const qint64 id = approveAnswer(*s, h.accountId, Channel::Mastodon, text);
    const bool sent = sendAll(h);
    qInstallMessageHandler(previous);
    REQUIRE(polled);
    REQUIRE(sent);
    INFO(g_logged.join(QLatin1Char('\n')).toStdString());
    const auto has = [](const QString &part) {
        return std::any_of(g_logged.cbegin(), g_logged.cend(), [&](const QString &l) { return l.contains(part); });
    };
    CHECK(has(QStringLiteral("webcare.sync account %1 polled:").arg(h.accountId)));
    CHECK(has(QStringLiteral("webcare.outbox reply %1 account %2 → sent").arg(id).arg(h.accountId)));
    CHECK_FALSE(has(QStringLiteral("geheim-woord"))); // never the text of a reply
}

TEST_CASE("In training mode a reply is kept, never sent", "[outbox][fake][training]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    sync::AccountSync::Options options;
    options.training = true;
    Harness h(*s, Channel::Mastodon, fake.baseUrl(), options);
    CHECK_FALSE(h.poll(true)); // reading is refused too: a training store is filled from a corpus
    // A store that is not marked for training (so the reply is queued, not captured): the guard still stops it.
    REQUIRE_OK(
        s->ingest().upsertPosts({test::makePost(Channel::Mastodon, QStringLiteral("109999"), QStringLiteral("Hallo?"),
                                                QDateTime::currentDateTimeUtc(), QStringLiteral("4242"))}));
    const qint64 id = approveAnswer(*s, h.accountId, Channel::Mastodon, QStringLiteral("Oefenantwoord ^JB"));
    REQUIRE(sendAll(h));
    const domain::Reply reply = *s->outbox().replyById(id);
    CHECK(reply.state == domain::ReplyState::Failed);
    CHECK(reply.lastError.contains(QStringLiteral("Training")));
    CHECK(fake.posted().isEmpty());
    CHECK(fake.requests().isEmpty());
}
