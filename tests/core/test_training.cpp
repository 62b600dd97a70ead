// SPDX-License-Identifier: MIT
// Training: the anonymiser (consistent, keyed, nothing original left in the training store), the replay's pacing
// on a clock moved by hand, the store's purpose mark, the captured outbox and the guard with a replay running
// against the fake platform, and the supervisors' review API.
#include "support/testsupport.h"

#include "fakeplatformprocess.h"
#include "ingest/payload.h"
#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"
#include "store/storeservice.h"
#include "store/trainingrepository.h"
#include "support/fakeaccounts.h"
#include "sync/accountsync.h"
#include "training/anonymiser.h"
#include "training/progress.h"
#include "training/replay.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace webcare;
using domain::Channel;
using training::Anonymiser;

namespace {

QDateTime utc(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), QTimeZone::utc());
}

// A clock the test moves: the replay is checked at chosen instants, never by waiting.
struct ManualClock final : training::ReplayClock {
    qint64 now = 0;
    qint64 nowMs() const override { return now; }
};

std::unique_ptr<store::CaseStore> openTraining(const store::StoreLocation &location)
{
    store::OpenOptions options;
    options.purpose = store::StorePurpose::Training;
    auto s = store::CaseStore::open(location, options);
    REQUIRE_OK(s);
    REQUIRE((*s)->isTrainingStore());
    return std::move(*s);
}

void openService(store::StoreService &service, const store::StoreLocation &location)
{
    bool opened = false;
    QObject context;
    store::OpenOptions options;
    options.purpose = store::StorePurpose::Training;
    service.open(
        location, &context,
        [&](store::StoreService::OpenResult r) {
            INFO((r ? std::string() : r.error().detail.toStdString()));
            REQUIRE(r.hasValue());
            opened = true;
        },
        options);
    REQUIRE(QTest::qWaitFor([&] { return opened; }, 10000));
}

// Every text in every table of an SQLite store, one string per value.
QStringList allStoredText(store::CaseStore &s)
{
    QStringList values;
    QSqlQuery tables(s.database());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%'")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(s.database());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c) {
                const QVariant v = rows.value(c);
                if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray)
                    values << v.toString();
            }
        }
    }
    return values;
}

bool containsWord(const QStringList &haystack, const QString &word)
{
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}_])") + QRegularExpression::escape(word) +
                                    QStringLiteral("(?![\\p{L}\\p{N}_])"),
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &h : haystack) {
        if (h.contains(re))
            return true;
    }
    return false;
}

QByteArray postmanBody(const QByteArray &example)
{
    const QJsonValue body = QJsonDocument::fromJson(example).object().value(QStringLiteral("body"));
    return body.isString() ? body.toString().toUtf8() : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
}

// Payloads with real-looking people in them: the licensed copies in tests/data and, when present, ../shared/data.
QList<std::pair<Channel, QByteArray>> testPayloads(bool *sharedFound)
{
    QList<std::pair<Channel, QByteArray>> payloads;
    for (const QString &f :
         QDir(QStringLiteral(WEBCARE_SOURCE_DIR "/tests/data/x-api"))
             .entryList({QStringLiteral("Search_*.json"), QStringLiteral("Tweet_Lookup_*200*.json")}))
        payloads.append({Channel::X, postmanBody(test::repoFile(QStringLiteral("tests/data/x-api/") + f))});
    for (const char *f : {"posts_latest.json", "topic.json", "search.json", "latest.json"})
        payloads.append(
            {Channel::Discourse, test::repoFile(QStringLiteral("tests/data/discourse/") + QLatin1String(f))});
    payloads.append({Channel::Facebook, test::repoFile(QStringLiteral("tests/data/facebook-graph/feed.json"))});
    payloads.append({Channel::Facebook, test::repoFile(QStringLiteral("tests/data/facebook-graph/comments.json"))});
    *sharedFound = false;
    const QString shared = test::sharedDataDir();
    if (!shared.isEmpty() && QDir(shared + QStringLiteral("/x-api/postman/examples")).exists()) {
        *sharedFound = true;
        const QDir x(shared + QStringLiteral("/x-api/postman/examples"));
        for (const QString &f : x.entryList({QStringLiteral("*200*.json")}))
            payloads.append({Channel::X, postmanBody(test::sharedData(QStringLiteral("x-api/postman/examples/") + f))});
        const QDir m(shared + QStringLiteral("/mastodon/doc-examples/methods"));
        for (const QString &f : m.entryList({QStringLiteral("timelines*.json"), QStringLiteral("notifications*.json"),
                                             QStringLiteral("statuses*.json")}))
            payloads.append(
                {Channel::Mastodon, test::sharedData(QStringLiteral("mastodon/doc-examples/methods/") + f)});
    }
    return payloads;
}

} // namespace

TEST_CASE("Anonymiser: the same original always gives the same pseudonym, different ones differ", "[training][anon]")
{
    Anonymiser a(QByteArrayLiteral("fixed test key"));
    const QString text = QStringLiteral(
        "Hoi @marloes_vb, mail naar marloes.berg@example.nl of bel 06-12345678. Klantnummer 123456789, polis "
        "POL-2024-778899, IBAN NL91 ABNA 0417 1643 00. Ik woon op Dorpsstraat 12a, 1234 AB Utrecht.");
    const QString once = a.text(text);
    for (const char *original : {"marloes_vb", "marloes.berg@example.nl", "12345678", "123456789", "778899",
                                 "NL91 ABNA 0417 1643 00", "Dorpsstraat 12a", "1234 AB"})
        CHECK_FALSE(once.contains(QLatin1String(original)));
    CHECK(once.contains(QLatin1String("@klant_")));
    CHECK(once.contains(QLatin1String("@example.invalid")));
    CHECK(once.contains(QLatin1String("NL00TEST0")));
    CHECK(once.contains(QLatin1String("Voorbeeldstraat")));
    // Kept: words, dates, amounts and the place name (not personal on its own).
    CHECK(once.contains(QLatin1String("Hoi ")));
    CHECK(once.contains(QLatin1String("Utrecht")));
    // Consistent: the same text again, and the same handle in another post, give the same pseudonyms.
    CHECK(a.text(text) == once);
    CHECK(a.handle(QStringLiteral("@marloes_vb")) == once.section(u' ', 1, 1).chopped(1));
    CHECK(a.handle(QStringLiteral("@Marloes_VB")) == a.handle(QStringLiteral("@marloes_vb")));
    CHECK(a.name(QStringLiteral("Marloes van den Berg")) == a.name(QStringLiteral("Marloes van den Berg")));
    // Different originals never share a pseudonym.
    QSet<QString> handles;
    for (int i = 0; i < 500; ++i)
        handles.insert(a.handle(QStringLiteral("@user%1").arg(i)));
    CHECK(handles.size() == 500);
    // Keyed: another session's key gives other pseudonyms, so a pseudonym cannot be recomputed from a guess.
    Anonymiser other(QByteArrayLiteral("another key"));
    CHECK(other.handle(QStringLiteral("@marloes_vb")) != a.handle(QStringLiteral("@marloes_vb")));
    Anonymiser random1, random2;
    CHECK(random1.handle(QStringLiteral("@marloes_vb")) != random2.handle(QStringLiteral("@marloes_vb")));
}

TEST_CASE("Anonymiser: a conversation keeps its shape, names are replaced in every post, the company stays",
          "[training][anon]")
{
    Anonymiser a(QByteArrayLiteral("k"));
    const store::OwnAccount own{Channel::X, QStringLiteral("100"), QStringLiteral("DuinzichtHelpt"),
                                QStringLiteral("Duinzicht Verzekeringen")};
    a.keepOwnAccounts({own});
    domain::Post company =
        test::makePost(Channel::X, QStringLiteral("2"),
                       QStringLiteral("@jdevries Hoi Jeroen, wat vervelend! Stuur je klantnummer "
                                      "via DM? ^DV"),
                       utc(2, 10, 5), QStringLiteral("100"), QStringLiteral("1"), QStringLiteral("1"));
    company.author.handle = QStringLiteral("DuinzichtHelpt");
    company.author.displayName = QStringLiteral("Duinzicht Verzekeringen");
    domain::Post customer = test::makePost(Channel::X, QStringLiteral("1"),
                                           QStringLiteral("@DuinzichtHelpt mijn schade is nog steeds niet betaald"),
                                           utc(2, 10, 0), QStringLiteral("555"), {}, QStringLiteral("1"));
    customer.author.handle = QStringLiteral("jdevries");
    customer.author.displayName = QStringLiteral("Jeroen de Vries");
    customer.url = QStringLiteral("https://x.com/jdevries/status/1");
    // The company's answer comes first in the list: names are learned before any text is rewritten.
    const QList<domain::Post> out = a.anonymise({company, customer});
    REQUIRE(out.size() == 2);
    const domain::Post &c = out.at(1);
    CHECK(c.author.handle != QLatin1String("jdevries"));
    CHECK(c.author.displayName != QLatin1String("Jeroen de Vries"));
    CHECK(c.author.platformId != QLatin1String("555"));
    CHECK(c.url.isEmpty());
    CHECK(c.rawPayload == "{}");
    CHECK(c.text.startsWith(QLatin1String("@DuinzichtHelpt "))); // the company's own handle stays
    // The thread still holds together: the answer points at the pseudonymised customer post.
    CHECK(out.at(0).inReplyToPlatformId == c.platformId);
    CHECK(out.at(0).conversationId == c.conversationId);
    CHECK(out.at(0).author.platformId == QLatin1String("100"));
    // In the company's text the customer's handle and first name became the same pseudonyms as on the author.
    CHECK(out.at(0).text.startsWith(QString(QLatin1String("@") + c.author.handle + u' ')));
    CHECK_FALSE(out.at(0).text.contains(QLatin1String("Jeroen")));
    CHECK(out.at(0).text.contains(c.author.displayName.section(u' ', 0, 0)));
}

TEST_CASE("An anonymised corpus of real payloads leaves no original handle or name in any text of the training "
          "store",
          "[training][anon]")
{
    bool sharedFound = false;
    const auto payloads = testPayloads(&sharedFound);
    // The originals, read from the same payloads without anonymisation.
    QSet<QString> originals;
    int posts = 0;
    for (const auto &[channel, json] : payloads) {
        auto parsed = ingest::parsePayload(channel, json);
        if (!parsed)
            continue;
        for (const domain::Post &p : std::as_const(parsed->posts)) {
            ++posts;
            const QString handle = p.author.handle.startsWith(u'@') ? p.author.handle.mid(1) : p.author.handle;
            const QString user = handle.section(u'@', 0, 0);
            if (user.size() >= 3)
                originals.insert(user);
            if (p.author.displayName.trimmed().size() >= 3)
                originals.insert(p.author.displayName.trimmed());
            static const QRegularExpression mention(QStringLiteral("@([A-Za-z0-9_]{3,})"));
            for (auto it = mention.globalMatch(p.text); it.hasNext();)
                originals.insert(it.next().captured(1));
        }
    }
    INFO("payloads: " << payloads.size() << ", posts: " << posts << ", originals: " << originals.size());
    REQUIRE(posts >= 20);
    REQUIRE(originals.size() >= 10);

    const training::Corpus corpus = training::corpusFromPayloads(payloads, {}, true);
    REQUIRE(corpus.posts.size() == posts);
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = openTraining(db.location());
    REQUIRE_OK(s->ingest().upsertPosts(corpus.posts));
    REQUIRE(*s->cases().postCount() > 0);
    const QStringList stored = allStoredText(*s);
    REQUIRE(stored.size() > 100);
    QStringList left;
    for (const QString &o : std::as_const(originals)) {
        if (containsWord(stored, o))
            left << o;
    }
    CHECK(left.isEmpty());
    INFO(left.join(QStringLiteral(", ")).toStdString());
    if (!sharedFound)
        WARN("../shared/data is absent: only the tests/data copies were checked");
}

TEST_CASE("Replay pacing: as it happened, faster and all at once", "[training][replay]")
{
    using training::Pace;
    const QList<QDateTime> times{utc(2, 9, 0), utc(2, 9, 0, 30), utc(2, 9, 10), utc(2, 11, 10)};
    CHECK(training::dueOffsets(times, {Pace::AsItHappened, 1}) == QList<qint64>{0, 30000, 600000, 7800000});
    CHECK(training::dueOffsets(times, {Pace::Faster, 10}) == QList<qint64>{0, 3000, 60000, 780000});
    CHECK(training::dueOffsets(times, {Pace::AllAtOnce, 1}) == QList<qint64>{0, 0, 0, 0});
    // A factor below 1 is not "faster": it counts as 1. Undated posts come right after the one before.
    CHECK(training::dueOffsets(times, {Pace::Faster, 0.1}) == training::dueOffsets(times, {Pace::AsItHappened, 1}));
    CHECK(training::dueOffsets({utc(2, 9, 0), QDateTime(), utc(2, 9, 1)}, {Pace::AsItHappened, 1}) ==
          QList<qint64>{0, 0, 60000});
}

TEST_CASE("Replay: posts arrive at their time on the replay clock; pause, resume and stop", "[training][replay]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    {
        auto marked = openTraining(db.location());
    }
    store::StoreService service;
    openService(service, db.location());

    training::Corpus corpus;
    for (int i = 0; i < 4; ++i)
        corpus.posts << test::makePost(Channel::Mastodon, QString::number(100 + i),
                                       QStringLiteral("Vraag %1 over mijn polis").arg(i), utc(3, 9, i * 10),
                                       QString::number(500 + i));
    ManualClock clock;
    training::Replayer replayer(&service, corpus, {training::Pace::Faster, 60}, &clock);
    QSignalSpy changed(&service, &store::StoreService::casesChanged);
    QSignalSpy progressed(&replayer, &training::Replayer::progressed);
    QSignalSpy finished(&replayer, &training::Replayer::finished);

    replayer.start(); // t = 0: the first post (due at 0)
    REQUIRE(QTest::qWaitFor([&] { return replayer.stored() == 1; }, 10000));
    CHECK(changed.count() == 1);
    CHECK(replayer.nextDueMs() == 10000); // ten minutes at ×60

    clock.now = 9999;
    replayer.tick();
    CHECK(replayer.delivered() == 1);
    clock.now = 10000;
    replayer.tick();
    CHECK(replayer.delivered() == 2);

    // Paused for a long while: nothing arrives, and the pause does not count as replay time.
    replayer.pause();
    clock.now = 500000;
    replayer.tick();
    CHECK(replayer.delivered() == 2);
    replayer.resume(); // replay time is 10000 again
    CHECK(replayer.delivered() == 2);
    clock.now = 500000 + 10000;
    replayer.tick();
    CHECK(replayer.delivered() == 3);

    replayer.stop();
    clock.now = 10'000'000;
    replayer.tick();
    CHECK(replayer.delivered() == 3);
    CHECK(replayer.state() == training::Replayer::State::Stopped);
    REQUIRE(QTest::qWaitFor([&] { return replayer.stored() == 3; }, 10000));
    CHECK(finished.isEmpty());
    CHECK_FALSE(progressed.isEmpty());
    CHECK(progressed.last().at(0).toInt() == 3);
    CHECK(progressed.last().at(1).toInt() == 4);
}

TEST_CASE("Replay: the demo feed all at once fills the training store, with a paused training account per channel",
          "[training][replay]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    {
        auto marked = openTraining(db.location());
    }
    store::StoreService service;
    openService(service, db.location());
    auto corpus = training::demoCorpus();
    REQUIRE(corpus.hasValue());
    ManualClock clock;
    training::Replayer replayer(&service, *corpus, {training::Pace::AllAtOnce, 1}, &clock);
    QSignalSpy finished(&replayer, &training::Replayer::finished);
    replayer.start();
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
    CHECK(replayer.stored() == replayer.total());
    auto s = store::CaseStore::open(db.location());
    REQUIRE_OK(s);
    CHECK(*(*s)->cases().postCount() == corpus->posts.size());
    auto accounts = (*s)->accounts().all();
    REQUIRE_OK(accounts);
    CHECK(accounts->size() == 4);
    for (const domain::Account &a : *accounts)
        CHECK(a.status == domain::Account::Status::Paused);
}

TEST_CASE("A training store is marked inside the database; live and training never open each other's store",
          "[training][store]")
{
    store::OpenOptions live;
    live.purpose = store::StorePurpose::Live;
    store::OpenOptions trainingOpen;
    trainingOpen.purpose = store::StorePurpose::Training;

    test::ScratchDatabase liveDb(store::Backend::Sqlite);
    {
        auto s = store::CaseStore::open(liveDb.location(), live);
        REQUIRE_OK(s);
        CHECK_FALSE((*s)->isTrainingStore());
        REQUIRE_OK((*s)->ingest().upsertPosts(
            {test::makePost(Channel::X, QStringLiteral("1"), QStringLiteral("echt"), utc(2, 9, 0))}));
    }
    auto refused = store::CaseStore::open(liveDb.location(), trainingOpen);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().kind == store::StoreError::Kind::WrongMode);
    CHECK(refused.error().message().contains(QLatin1String("live store")));

    test::ScratchDatabase trainingDb(store::Backend::Sqlite);
    {
        auto marked = openTraining(trainingDb.location());
    }
    auto refusedLive = store::CaseStore::open(trainingDb.location(), live);
    REQUIRE_FALSE(refusedLive.hasValue());
    CHECK(refusedLive.error().kind == store::StoreError::Kind::WrongMode);
    CHECK(refusedLive.error().message().contains(QLatin1String("training store")));
    // Opening it again for training works, and so does a tool that does not care (it still captures replies).
    {
        auto again = openTraining(trainingDb.location());
    }
    auto any = store::CaseStore::open(trainingDb.location());
    REQUIRE_OK(any);
    CHECK((*any)->isTrainingStore());
}

TEST_CASE("Training guard with the replay running: agents reply, every reply is captured, the fake platform gets "
          "zero requests",
          "[training][fake][guard]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = openTraining(db.location());
    store::StoreService service;
    openService(service, db.location());

    // The worst case: someone connected a real (here: fake) account in the training store, with a token.
    domain::Account account = test::fakeAccount(Channel::X, fake.baseUrl());
    account.id = *s->accounts().addAccount(account);
    sync::AccountSync::Options options;
    options.training = true;
    sync::AccountSync sync(account,
                           {QStringLiteral("test-token"), QStringLiteral("test-key"), QStringLiteral("Duinzicht_Team")},
                           db.location(), options);
    QSignalSpy polled(&sync, &sync::AccountSync::pollFinished);
    QSignalSpy idle(&sync, &sync::AccountSync::outboxIdle);

    auto corpus = training::demoCorpus();
    REQUIRE(corpus.hasValue());
    ManualClock clock;
    training::Replayer replayer(&service, *corpus, {training::Pace::Faster, 100}, &clock);
    replayer.start();
    sync.start(); // polls at once: refused at the transport
    REQUIRE(QTest::qWaitFor([&] { return !polled.isEmpty(); }, 20000));
    CHECK_FALSE(polled.last().at(1).toBool());

    // While the replay runs, agents answer what has arrived so far, on every channel.
    QList<qint64> replies;
    for (int step = 1; replayer.state() == training::Replayer::State::Running && step < 10000; ++step) {
        clock.now = step * 60 * 1000;
        replayer.tick();
        QTest::qWait(1);
        if (step % 5 == 0 && replayer.stored() > 0 && replies.size() < 40) {
            // One writer at a time on this test's connection: the batch under way is written first.
            REQUIRE(QTest::qWaitFor([&] { return replayer.stored() == replayer.delivered(); }, 10000));
            for (Channel channel : domain::allChannels()) {
                int customerPosts = 0;
                {
                    QSqlQuery q(s->database());
                    q.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE channel = ? AND from_own_account = 0"));
                    q.addBindValue(domain::channelKey(channel));
                    REQUIRE(q.exec());
                    REQUIRE(q.next());
                    customerPosts = q.value(0).toInt();
                }
                if (customerPosts > 0)
                    replies << test::approveAnswer(*s, account.id, channel,
                                                   QStringLiteral("Hoi, ik kijk het voor je na! ^JB %1").arg(step));
            }
            sync.sendPending();
        }
    }
    REQUIRE(QTest::qWaitFor([&] { return replayer.state() == training::Replayer::State::Finished; }, 20000));
    // And once more after the replay: the outbox has nothing to send.
    for (Channel channel : domain::allChannels())
        replies << test::approveAnswer(*s, account.id, channel, QStringLiteral("Laatste antwoord ^JB"));
    const qsizetype idleBefore = idle.count();
    sync.sendPending();
    REQUIRE(QTest::qWaitFor([&] { return idle.count() > idleBefore; }, 10000));
    sync.pollNow();
    REQUIRE(QTest::qWaitFor([&] { return polled.count() >= 2; }, 20000));

    CHECK(replies.size() >= 8);
    for (qint64 id : std::as_const(replies)) {
        auto reply = s->outbox().replyById(id);
        REQUIRE_OK(reply);
        CHECK(reply->state == domain::ReplyState::Captured);
        CHECK(reply->idempotencyKey.isEmpty());
    }
    CHECK(sync.refusedRequests() >= 2); // the two polls, refused by the guard
    QTest::qWait(100);
    CHECK(fake.requests().isEmpty());
    CHECK(fake.posted().isEmpty());
}

BACKEND_TEST_CASE("Supervisor review: ZEKEP scores and a comment per reply, one review per reviewer, feedback per "
                  "trainee",
                  "[training][review]")
{
    test::ScratchDatabase db(backend);
    store::OpenOptions options;
    options.purpose = store::StorePurpose::Training;
    auto opened = store::CaseStore::open(db.location(), options);
    REQUIRE_OK(opened);
    auto &s = **opened;
    REQUIRE_OK(s.ingest().upsertPosts(
        {test::makePost(Channel::X, QStringLiteral("1"), QStringLiteral("Mijn pas is geblokkeerd"), utc(2, 9, 0),
                        QStringLiteral("77")),
         test::makePost(Channel::X, QStringLiteral("2"), QStringLiteral("Waar blijft mijn geld"), utc(2, 9, 5),
                        QStringLiteral("78"))}));
    domain::Account account;
    account.channel = Channel::X;
    account.name = QStringLiteral("training");
    account.platformUserId = QStringLiteral("t");
    account.status = domain::Account::Status::Paused;
    const qint64 accountId = *s.accounts().addAccount(account);
    const qint64 r1 = test::approveAnswer(s, accountId, Channel::X, QStringLiteral("Hoi! Vervelend. Ik help je. ^JB"),
                                          QStringLiteral("1"));
    const qint64 r2 =
        test::approveAnswer(s, accountId, Channel::X, QStringLiteral("U moet bellen!!!"), QStringLiteral("2"));
    // approveAnswer writes as "jb"; a second trainee:
    {
        QSqlQuery q(s.database());
        q.prepare(QStringLiteral("UPDATE replies SET agent = 'anna' WHERE id = ?"));
        q.addBindValue(r2);
        REQUIRE(q.exec());
    }
    CHECK(s.outbox().replyById(r1)->state == domain::ReplyState::Captured);

    store::TrainingReview review;
    review.replyId = r1;
    review.reviewer = QStringLiteral("supervisor");
    review.scores = {4, 5, 4, 3, 2};
    review.comment = QStringLiteral("Noem de klant bij naam.");
    review.reviewedAt = utc(2, 12, 0);
    auto id = s.training().saveTrainingReview(review);
    REQUIRE_OK(id);
    // Saving again replaces the reviewer's review of that reply.
    review.scores.persoonlijk = 3;
    review.comment = QStringLiteral("Beter: noem de klant bij naam.");
    auto again = s.training().saveTrainingReview(review);
    REQUIRE_OK(again);
    CHECK(*again == *id);
    store::TrainingReview second = review;
    second.reviewer = QStringLiteral("coach");
    second.scores = {5, 5, 5, 5, 5};
    second.comment.clear();
    REQUIRE_OK(s.training().saveTrainingReview(second));
    auto reviews = s.training().trainingReviews(r1);
    REQUIRE_OK(reviews);
    REQUIRE(reviews->size() == 2);
    CHECK(reviews->at(0).scores == store::ZekepScores{4, 5, 4, 3, 3});
    CHECK(reviews->at(0).comment == QStringLiteral("Beter: noem de klant bij naam."));
    CHECK(reviews->at(0).reviewedAt == utc(2, 12, 0));
    CHECK(reviews->at(1).reviewer == QStringLiteral("coach"));

    // Invalid scores and unknown replies are refused.
    store::TrainingReview bad = review;
    bad.scores.kort = 6;
    CHECK_FALSE(s.training().saveTrainingReview(bad).hasValue());
    bad.scores.kort = 0;
    CHECK_FALSE(s.training().saveTrainingReview(bad).hasValue());
    store::TrainingReview missing = review;
    missing.replyId = 999999;
    CHECK_FALSE(s.training().saveTrainingReview(missing).hasValue());

    // The trainee's own view: their replies with the post answered and the feedback.
    auto mine = s.training().traineeReplies(QStringLiteral("jb"));
    REQUIRE_OK(mine);
    REQUIRE(mine->size() == 1);
    CHECK(mine->at(0).reply.id == r1);
    CHECK(mine->at(0).answeredText == QStringLiteral("Mijn pas is geblokkeerd"));
    CHECK(mine->at(0).reviews.size() == 2);
    auto all = s.training().traineeReplies();
    REQUIRE_OK(all);
    CHECK(all->size() == 2);
    CHECK(*s.training().trainees() == QStringList{QStringLiteral("anna"), QStringLiteral("jb")});

    // The progress report: volume per day, scores, the checks that fired.
    const training::TraineeProgress anna = training::progressReport(QStringLiteral("anna"), *all);
    CHECK(anna.replies == 1);
    CHECK(anna.reviewed == 0);
    REQUIRE(anna.days.size() == 1);
    CHECK(anna.days.at(0).replies == 1);
    REQUIRE_FALSE(anna.checks.isEmpty());
    QStringList rules;
    for (const training::CheckCount &c : anna.checks)
        rules << c.rule;
    CHECK(rules.contains(QString::fromUtf16(composer::rule::formalAddress)));
    CHECK(rules.contains(QString::fromUtf16(composer::rule::exclamations)));
    const training::TraineeProgress jb = training::progressReport(QStringLiteral("jb"), *all);
    CHECK(jb.reviewed == 1);
    REQUIRE(jb.days.size() == 1);
    // The latest review counts: the coach's 5s.
    CHECK(jb.days.at(0).averageScore() == Approx(5.0));
    CHECK(jb.days.at(0).average(&store::ZekepScores::kort) == Approx(5.0));
}
