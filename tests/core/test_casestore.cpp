// SPDX-License-Identifier: MIT
#include "support/testsupport.h"

#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/casestore.h"
#include "store/ingestrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace webcare;
using namespace webcare::domain;
using webcare::test::makePost;

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
} // namespace

BACKEND_TEST_CASE("A post seen twice is stored once", "[store]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    const QList<Post> batch{makePost(Channel::X, QStringLiteral("100"), QStringLiteral("Hoi"), t0),
                            makePost(Channel::X, QStringLiteral("101"), QStringLiteral("Nog een"), t0.addSecs(60))};
    auto first = store->ingest().upsertPosts(batch);
    REQUIRE_OK(first);
    CHECK(first->inserted == 2);
    CHECK(first->known == 0);

    // The same posts again, once more inside one batch, and the same id on another channel.
    QList<Post> again = batch;
    again << batch.first() << makePost(Channel::Mastodon, QStringLiteral("100"), QStringLiteral("Ander"), t0);
    auto second = store->ingest().upsertPosts(again);
    REQUIRE_OK(second);
    CHECK(second->inserted == 1); // only the Mastodon post is new
    CHECK(second->known == 3);
    CHECK(*store->cases().postCount() == 3);
}

BACKEND_TEST_CASE("Posts are assembled into one case per conversation", "[store]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK(
        store->accounts().addOwnAccount({Channel::X, QStringLiteral("999"), QStringLiteral("DuinzichtHelpt"), {}}));

    // A customer's thread: question, our answer, follow-up. Given in reverse order on purpose.
    const QString conv = QStringLiteral("500");
    QList<Post> thread{
        makePost(Channel::X, QStringLiteral("502"), QStringLiteral("Dank, gelukt!"), t0.addSecs(600),
                 QStringLiteral("7"), QStringLiteral("501"), conv),
        makePost(Channel::X, QStringLiteral("501"), QStringLiteral("Dat kan via de app ^JB"), t0.addSecs(300),
                 QStringLiteral("999"), QStringLiteral("500"), conv),
        makePost(Channel::X, QStringLiteral("500"), QStringLiteral("Hoe meld ik schade?"), t0, QStringLiteral("7"), {},
                 conv),
    };
    // A campaign post by us, and two customers reacting to it: each reaction is its own case.
    thread << makePost(Channel::X, QStringLiteral("600"), QStringLiteral("Onze nieuwe reclame!"), t0,
                       QStringLiteral("999"), {}, QStringLiteral("600"))
           << makePost(Channel::X, QStringLiteral("601"), QStringLiteral("Leuk!"), t0.addSecs(60), QStringLiteral("8"),
                       QStringLiteral("600"), QStringLiteral("600"))
           << makePost(Channel::X, QStringLiteral("602"), QStringLiteral("Waarom geen ondertiteling?"), t0.addSecs(120),
                       QStringLiteral("9"), QStringLiteral("600"), QStringLiteral("600"));
    // Mastodon has no conversation id: the reply chain decides.
    thread << makePost(Channel::Mastodon, QStringLiteral("m1"), QStringLiteral("Vraag over mijn polis"), t0,
                       QStringLiteral("m7"))
           << makePost(Channel::Mastodon, QStringLiteral("m2"), QStringLiteral("Nog iets"), t0.addSecs(30),
                       QStringLiteral("m7"), QStringLiteral("m1"));
    auto r = store->ingest().upsertPosts(thread);
    REQUIRE_OK(r);
    CHECK(r->inserted == 8);

    auto all = store->cases().inboxPage({});
    REQUIRE_OK(all);
    QHash<QString, Case> byConversation;
    for (const Case &c : all->rows)
        byConversation.insert(channelKey(c.channel) + QLatin1Char(':') + c.conversationId, c);
    REQUIRE(byConversation.size() == 5);

    const Case question = byConversation.value(QStringLiteral("x:500"));
    CHECK(question.postCount == 3);
    CHECK(question.state == CaseState::New);
    CHECK(question.authorName == QStringLiteral("Klant 7"));
    CHECK(question.preview == QStringLiteral("Dank, gelukt!")); // latest customer text, not our answer
    CHECK(question.slaDueAt == t0.addSecs(24 * 3600));

    const Case campaign = byConversation.value(QStringLiteral("x:600"));
    CHECK(campaign.postCount == 1);
    CHECK(campaign.state == CaseState::NoAction);
    CHECK_FALSE(campaign.slaDueAt.isValid());
    CHECK(byConversation.value(QStringLiteral("x:600/601")).postCount == 1);
    CHECK(byConversation.value(QStringLiteral("x:600/602")).authorName == QStringLiteral("Klant 9"));
    CHECK(byConversation.value(QStringLiteral("mastodon:m1")).postCount == 2);

    auto posts = store->cases().conversation(question.id);
    REQUIRE_OK(posts);
    REQUIRE(posts->size() == 3);
    CHECK(posts->at(0).platformId == QStringLiteral("500"));
    CHECK(posts->at(1).fromOwnAccount);
    CHECK(posts->at(2).text == QStringLiteral("Dank, gelukt!"));

    // A later reply to a stored post joins its case in a new batch too.
    REQUIRE_OK(
        store->ingest().upsertPosts({makePost(Channel::X, QStringLiteral("503"), QStringLiteral("Toch nog een vraag"),
                                              t0.addSecs(900), QStringLiteral("7"), QStringLiteral("502"))}));
    CHECK(store->cases().caseById(question.id)->postCount == 4);
}

BACKEND_TEST_CASE("A customer writing again reopens a closed case with a fresh SLA", "[store]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK(store->ingest().upsertPosts(
        {makePost(Channel::Facebook, QStringLiteral("f1"), QStringLiteral("Top service"), t0)}));
    const qint64 id = store->cases().inboxPage({})->rows.first().id;
    REQUIRE_OK(store->cases().setCaseState(id, CaseState::Resolved, QStringLiteral("jb")));
    CHECK(store->cases().caseById(id)->state == CaseState::Resolved);

    const QDateTime later = t0.addDays(3);
    REQUIRE_OK(
        store->ingest().upsertPosts({makePost(Channel::Facebook, QStringLiteral("f2"), QStringLiteral("Toch een vraag"),
                                              later, QStringLiteral("42"), QStringLiteral("f1"))}));
    const Case reopened = *store->cases().caseById(id);
    CHECK(reopened.state == CaseState::New);
    CHECK(reopened.slaDueAt == later.addSecs(24 * 3600));

    auto trail = store->cases().auditTrail(id);
    REQUIRE_OK(trail);
    REQUIRE(trail->size() == 1);
    CHECK(trail->first().actor == QStringLiteral("jb"));
    CHECK(trail->first().action == QStringLiteral("case.state"));
    CHECK(trail->first().detail.contains(QStringLiteral("resolved")));
}

BACKEND_TEST_CASE("The inbox pages by SLA due time and filters", "[store]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    QList<Post> posts;
    for (int i = 0; i < 250; ++i) {
        const Channel ch = i % 2 ? Channel::X : Channel::Discourse;
        // Times deliberately out of order, so the due order differs from the insertion order.
        posts << makePost(ch, QStringLiteral("p%1").arg(i), QStringLiteral("Bericht nummer %1").arg(i),
                          t0.addSecs(((i * 37) % 250) * 60), QStringLiteral("a%1").arg(i));
    }
    REQUIRE_OK(store->ingest().upsertPosts(posts));

    QList<qint64> seen;
    QDateTime lastDue;
    store::InboxQuery query;
    query.limit = 40;
    int pages = 0;
    for (;;) {
        auto page = store->cases().inboxPage(query);
        REQUIRE_OK(page);
        ++pages;
        for (const Case &c : page->rows) {
            CHECK((!lastDue.isValid() || c.slaDueAt >= lastDue));
            lastDue = c.slaDueAt;
            seen << c.id;
        }
        if (!page->next)
            break;
        query.after = page->next;
    }
    CHECK(pages == 7);
    CHECK(seen.size() == 250);
    CHECK(QSet<qint64>(seen.begin(), seen.end()).size() == 250);

    store::InboxFilter forum;
    forum.channel = Channel::Discourse;
    CHECK(*store->cases().countCases(forum) == 125);
    forum.states = {CaseState::Resolved};
    CHECK(*store->cases().countCases(forum) == 0);
}

BACKEND_TEST_CASE("Full-text search finds words without diacritics and never fails on what an agent types", "[store]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK(store->ingest().upsertPosts({
        makePost(Channel::X, QStringLiteral("1"), QStringLiteral("Mijn café is ingebroken, wie helpt?"), t0),
        makePost(Channel::X, QStringLiteral("2"), QStringLiteral("Reisverzekering geldt ook voor wintersport?"),
                 t0.addSecs(60), QStringLiteral("43")),
        makePost(Channel::X, QStringLiteral("3"), QStringLiteral("Schade aan mijn auto"), t0.addSecs(120),
                 QStringLiteral("44")),
    }));
    auto count = [&](const QString &typed) {
        store::InboxFilter f;
        f.search = typed;
        auto n = store->cases().countCases(f);
        INFO("search: " << typed.toStdString());
        REQUIRE_OK(n);
        return *n;
    };
    CHECK(count(QStringLiteral("cafe")) == 1);
    CHECK(count(QStringLiteral("CAFÉ")) == 1);
    CHECK(count(QStringLiteral("reisverz")) == 1); // prefix while typing
    CHECK(count(QStringLiteral("schade auto")) == 1);
    CHECK(count(QStringLiteral("schade wintersport")) == 0);
    CHECK(count(QString()) == 3);

    // FTS syntax, quotes, SQL and markup are only words to search for.
    for (const char *typed : {"\"", "\"cafe", "cafe*", "NEAR(", "a OR b", "'; DROP TABLE posts; --", "(", ")", "^", "-",
                              "auto:*", "<script>alert(1)</script>", "!!!", "AND", "\\", "{}"}) {
        CHECK(count(QString::fromUtf8(typed)) >= 0);
    }
    // The big list of naughty strings (MIT, copied with its licence into tests/data/unicode).
    const QJsonArray naughty =
        QJsonDocument::fromJson(test::repoFile(QStringLiteral("tests/data/unicode/blns.json"))).array();
    REQUIRE(naughty.size() > 400);
    for (const QJsonValue &v : naughty)
        count(v.toString());
    CHECK(*store->cases().postCount() == 3);
}

TEST_CASE("A new SQLite store is private to its user and uses WAL", "[store][sqlite]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto store = db.open();
    const QFileInfo info(db.location().sqlitePath);
    CHECK(info.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("Search terms: words only, the last one a prefix while typing, common words dropped", "[store]")
{
    using store::searchTerms;
    CHECK(searchTerms(QStringLiteral("schade")).words == QStringList{QStringLiteral("schade")});
    CHECK(searchTerms(QStringLiteral("schade")).lastIsPrefix);
    CHECK_FALSE(searchTerms(QStringLiteral("schade ")).lastIsPrefix);
    // "de" narrows nothing; it stays only when nothing else is left, or while it is being typed.
    CHECK(searchTerms(QStringLiteral("de polis van ")).words == QStringList{QStringLiteral("polis")});
    CHECK(searchTerms(QStringLiteral("de polis v")).words == QStringList{QStringLiteral("polis")});
    CHECK_FALSE(searchTerms(QStringLiteral("de polis v")).lastIsPrefix);
    CHECK(searchTerms(QStringLiteral("de polis de")).words ==
          (QStringList{QStringLiteral("polis"), QStringLiteral("de")}));
    CHECK(searchTerms(QStringLiteral("de het ")).words == (QStringList{QStringLiteral("de"), QStringLiteral("het")}));
    // Query syntax of either engine is not passed on.
    CHECK(searchTerms(QStringLiteral("\"auto\" OR NEAR(x*)")).words ==
          (QStringList{QStringLiteral("auto"), QStringLiteral("OR"), QStringLiteral("NEAR"), QStringLiteral("x")}));
    CHECK(searchTerms(QStringLiteral("'; DROP TABLE --")).words ==
          (QStringList{QStringLiteral("DROP"), QStringLiteral("TABLE")}));
    // A combining accent stays part of its word.
    CHECK(searchTerms(QStringLiteral("cafe\u0301 open")).words.first() == QStringLiteral("cafe\u0301"));
    CHECK(searchTerms(QStringLiteral("!!! ...")).isEmpty());
}

BACKEND_TEST_CASE("A search for a very common word looks among the newest messages and says so", "[store]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    QList<Post> posts;
    for (int i = 0; i < store::searchMessageLimit + 200; ++i)
        posts << makePost(Channel::X, QString::number(i), QStringLiteral("Vraag over mijn premie %1").arg(i),
                          t0.addSecs(i), QString::number(i % 300));
    posts << makePost(Channel::Facebook, QStringLiteral("f1"), QStringLiteral("Ruitschade aan de camper"), t0);
    REQUIRE_OK(store->ingest().upsertPosts(posts));

    store::InboxQuery common;
    common.filter.search = QStringLiteral("premie ");
    auto page = store->cases().inboxPage(common);
    REQUIRE_OK(page);
    CHECK(page->searchLimited);
    CHECK(page->rows.size() == common.limit);
    // Every post opened a case of its own: the count covers the newest messages only.
    CHECK(*store->cases().countCases(common.filter) == store::searchMessageLimit);

    store::InboxQuery rare;
    rare.filter.search = QStringLiteral("ruitsch");
    auto one = store->cases().inboxPage(rare);
    REQUIRE_OK(one);
    CHECK_FALSE(one->searchLimited);
    REQUIRE(one->rows.size() == 1);
    CHECK(one->rows.first().channel == Channel::Facebook);
}

namespace {

// Makes the store refuse any post whose text is "boem", to break a batch half-way.
void installFailingTrigger(store::CaseStore &s, store::Backend backend)
{
    QSqlQuery q(s.database());
    if (backend == store::Backend::Sqlite) {
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON posts WHEN new.text = 'boem' "
                                      "BEGIN SELECT RAISE(ABORT, 'boem'); END")));
    } else {
        REQUIRE(q.exec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.text = 'boem' THEN "
                                      "RAISE EXCEPTION 'boem'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")));
        REQUIRE(
            q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION boom()")));
    }
}

} // namespace

BACKEND_TEST_CASE("Cursors are stored with the posts they cover, or not at all", "[store][sync]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    Account account;
    account.channel = Channel::X;
    account.name = QStringLiteral("@DuinzichtHelpt");
    account.baseUrl = QStringLiteral("https://api.x.com");
    account.platformUserId = QStringLiteral("1580000000000000001");
    account.handle = QStringLiteral("DuinzichtHelpt");
    auto id = store->accounts().addAccount(account);
    REQUIRE_OK(id);
    CHECK(store->ingest().cursor(*id, QStringLiteral("mentions"))->isEmpty());

    const QList<store::CursorUpdate> first{{*id, QStringLiteral("mentions"), QStringLiteral("1001")}};
    REQUIRE_OK(
        store->ingest().upsertPosts({makePost(Channel::X, QStringLiteral("1000"), QStringLiteral("Vraag"), t0),
                                     makePost(Channel::X, QStringLiteral("1001"), QStringLiteral("Nog een"), t0)},
                                    first));
    CHECK(*store->ingest().cursor(*id, QStringLiteral("mentions")) == QStringLiteral("1001"));

    // A batch that fails half-way stores none of its posts and leaves the cursor where it was.
    installFailingTrigger(*store, backend);
    const QList<store::CursorUpdate> second{{*id, QStringLiteral("mentions"), QStringLiteral("1004")}};
    auto failed = store->ingest().upsertPosts(
        {makePost(Channel::X, QStringLiteral("1002"), QStringLiteral("Goed"), t0.addSecs(1)),
         makePost(Channel::X, QStringLiteral("1003"), QStringLiteral("boem"), t0.addSecs(2)),
         makePost(Channel::X, QStringLiteral("1004"), QStringLiteral("Ook goed"), t0.addSecs(3))},
        second);
    REQUIRE_FALSE(failed.hasValue());
    CHECK(*store->ingest().cursor(*id, QStringLiteral("mentions")) == QStringLiteral("1001"));
    CHECK(*store->cases().postCount() == 2);
    // The store is usable afterwards, and the author cache did not keep ids of the rolled-back batch.
    REQUIRE_OK(store->ingest().upsertPosts(
        {makePost(Channel::X, QStringLiteral("1002"), QStringLiteral("Goed"), t0.addSecs(1), QStringLiteral("77"))},
        second));
    CHECK(*store->cases().postCount() == 3);
    CHECK(*store->ingest().cursor(*id, QStringLiteral("mentions")) == QStringLiteral("1004"));

    // Posts by the account itself are the team's own.
    REQUIRE_OK(store->ingest().upsertPosts({makePost(Channel::X, QStringLiteral("2000"), QStringLiteral("Campagne!"),
                                                     t0, QStringLiteral("1580000000000000001"))}));
    store::InboxFilter open;
    open.states = {CaseState::New};
    CHECK(*store->cases().countCases(open) == 3);

    store::AccountHealth health;
    health.lastSyncAt = t0;
    health.nextSyncAt = t0.addSecs(60);
    health.lastError = QStringLiteral("Geen verbinding");
    health.rateLimit = 450;
    health.rateRemaining = 12;
    health.rateResetAt = t0.addSecs(900);
    REQUIRE_OK(store->accounts().recordAccountHealth(*id, health));
    REQUIRE_OK(store->accounts().setAccountStatus(*id, Account::Status::NeedsReconnect));
    auto accounts = store->accounts().all();
    REQUIRE_OK(accounts);
    REQUIRE(accounts->size() == 1);
    const Account &a = accounts->first();
    CHECK(a.name == QStringLiteral("@DuinzichtHelpt"));
    CHECK(a.status == Account::Status::NeedsReconnect);
    CHECK(a.rateRemaining == 12);
    CHECK(a.rateResetAt == t0.addSecs(900));
    CHECK(a.lastError == QStringLiteral("Geen verbinding"));

    REQUIRE_OK(store->accounts().removeAccount(*id));
    CHECK(store->accounts().all()->isEmpty());
    CHECK(store->ingest().cursor(*id, QStringLiteral("mentions"))->isEmpty());
    CHECK(*store->cases().postCount() == 4); // the history stays
}
