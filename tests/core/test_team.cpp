// SPDX-License-Identifier: MIT
// Team mode on one PostgreSQL server: live updates through LISTEN/NOTIFY, migrations racing from several clients,
// exactly one owner and one sender with many clients, one syncing client per account, and a server that goes away
// in the middle of a reply. Drafts kept on the workstation are tested on their own.
#include "support/testsupport.h"
#include "workflow/blending.h"

#include "composer/templates.h"
#include "config/teamconfigjson.h"
#include "config/teamsetup.h"
#include "fakeplatformprocess.h"
#include "store/accountrepository.h"
#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/changelistener.h"
#include "store/connection.h"
#include "store/draftstore.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"
#include "store/schema.h"
#include "store/storeservice.h"
#include "store/teamconfigrepository.h"
#include "store/workflowrepository.h"
#include "support/fakeaccounts.h"
#include "sync/syncengine.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <random>
#include <thread>

using namespace webcare;
using domain::Channel;

namespace {

const QDateTime base = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

qint64 scalar(store::CaseStore &s, const QString &sql)
{
    QSqlQuery q(s.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A raw connection of the test's own to the scratch database (to hold locks, to end other clients' connections).
struct RawConnection {
    explicit RawConnection(const store::StoreLocation &l)
        : name(QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = store::addConnection(l, name);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    // Ends every other connection to this database: what a server restart or a cut network does to the clients.
    void terminateOthers()
    {
        // With a timeout, pg_terminate_backend returns once the connections are really gone.
        exec(QStringLiteral("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
    }
    QString name;
};

// scripts/team-roles.sql applied as the owner, and two logins: wcd_test_agent and wcd_test_supervisor.
void applyTeamRoles(const test::ScratchDatabase &db)
{
    RawConnection admin(db.location());
    admin.exec(QString::fromUtf8(test::repoFile(QStringLiteral("scripts/team-roles.sql"))));
    for (const char *login : {"wcd_test_agent", "wcd_test_supervisor"}) {
        const QString role = QLatin1String(login).endsWith(QLatin1String("agent"))
                                 ? QStringLiteral("webcare_agent")
                                 : QStringLiteral("webcare_supervisor");
        admin.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                  "CREATE ROLE %1 LOGIN; END IF; END $$")
                       .arg(QLatin1String(login)));
        admin.exec(QStringLiteral("GRANT %1 TO %2").arg(role, QLatin1String(login)));
    }
}

store::StoreLocation loginAs(const test::ScratchDatabase &db, const char *login)
{
    store::StoreLocation l = db.location();
    l.user = QLatin1String(login);
    return l;
}

QList<qint64> seedCases(store::CaseStore &s, int count)
{
    QList<domain::Post> posts;
    for (int i = 0; i < count; ++i)
        posts << test::makePost(Channel::X, QStringLiteral("p%1").arg(i), QStringLiteral("vraag %1").arg(i),
                                base.addSecs(i), QStringLiteral("%1").arg(1000 + i % 50), {},
                                QStringLiteral("c%1").arg(i));
    REQUIRE_OK(s.ingest().upsertPosts(posts));
    QList<qint64> ids;
    QSqlQuery q(s.database());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id")));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool openService(store::StoreService &service, const store::StoreLocation &location)
{
    bool done = false;
    bool ok = false;
    service.open(location, &service, [&](store::StoreService::OpenResult r) {
        done = true;
        ok = r.hasValue();
    });
    return QTest::qWaitFor([&] { return done; }, 30000) && ok;
}

template <typename R> Expected<R, store::StoreError>
runOn(store::StoreService &service, std::function<Expected<R, store::StoreError>(store::CaseStore &)> work)
{
    std::optional<Expected<R, store::StoreError>> out;
    service.run<R>(&service, std::move(work), [&](Expected<R, store::StoreError> r) { out = std::move(r); });
    REQUIRE(QTest::qWaitFor([&] { return out.has_value(); }, 30000));
    return *out;
}

bool spyHasCase(const QSignalSpy &spy, qint64 caseId)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).value<QList<qint64>>().contains(caseId))
            return true;
    }
    return false;
}

} // namespace

#define REQUIRE_POSTGRES()                                                                                             \
    if (!test::postgresAvailable())                                                                                    \
    WEBCARE_SKIP("WEBCARE_TEST_PG is not set: no PostgreSQL server for this run")

TEST_CASE("A change made by one client reaches the other clients through LISTEN/NOTIFY", "[team][postgres]")
{
    REQUIRE_POSTGRES();
    test::ScratchDatabase db(store::Backend::Postgres);
    auto writer = db.open();
    const QList<qint64> cases = seedCases(*writer, 3);
    store::StoreService a;
    store::StoreService b;
    QSignalSpy listeningA(&a, &store::StoreService::liveUpdatesStarted);
    QSignalSpy listeningB(&b, &store::StoreService::liveUpdatesStarted);
    REQUIRE(openService(a, db.location()));
    REQUIRE(openService(b, db.location()));
    QSignalSpy casesOnB(&b, &store::StoreService::casesChanged);
    QSignalSpy teamOnB(&b, &store::StoreService::teamChanged);
    // The listener subscribes on its own thread right after opening: wait until it is there.
    REQUIRE(QTest::qWaitFor([&] { return listeningA.count() == 1 && listeningB.count() == 1; }, 10000));

    SECTION("a claim on A is reported on B for that case only")
    {
        REQUIRE_OK(runOn<bool>(a, [&](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            if (auto r = s.cases().claimCase(cases.at(1), QStringLiteral("anna")); !r)
                return unexpected(r.error());
            return true;
        }));
        REQUIRE(QTest::qWaitFor([&] { return spyHasCase(casesOnB, cases.at(1)); }, 5000));
        CHECK_FALSE(spyHasCase(casesOnB, cases.at(0)));
        CHECK_FALSE(spyHasCase(casesOnB, cases.at(2)));
    }
    SECTION("new posts from a sync (another connection) reach both clients")
    {
        QSignalSpy casesOnA(&a, &store::StoreService::casesChanged);
        REQUIRE_OK(writer->ingest().upsertPosts(
            {test::makePost(Channel::X, QStringLiteral("p-new"), QStringLiteral("nog een"), base.addSecs(100),
                            QStringLiteral("77"), QStringLiteral("p0"), QStringLiteral("c0"))}));
        REQUIRE(QTest::qWaitFor([&] { return spyHasCase(casesOnA, cases.at(0)) && spyHasCase(casesOnB, cases.at(0)); },
                                5000));
    }
    SECTION("team-wide changes (agent states) are reported by table")
    {
        REQUIRE_OK(writer->agents().setAgentState(QStringLiteral("bram"), workflow::AgentState::Webcare));
        REQUIRE(QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : teamOnB) {
                    if (args.at(0).toStringList().contains(QStringLiteral("agent_states")))
                        return true;
                }
                return false;
            },
            5000));
    }
    SECTION("a burst of changes arrives as one batch")
    {
        casesOnB.clear();
        for (int i = 0; i < 3; ++i)
            REQUIRE_OK(
                writer->cases().setCaseState(cases.at(i), domain::CaseState::NeedsReply, QStringLiteral("anna")));
        REQUIRE(QTest::qWaitFor([&] { return spyHasCase(casesOnB, cases.at(0)) && spyHasCase(casesOnB, cases.at(2)); },
                                5000));
        CHECK(casesOnB.count() <= 2); // three transactions, coalesced (usually into one batch)
    }
}

TEST_CASE("The listener reconnects by itself when its connection is ended, and says that changes may be missed",
          "[team][postgres]")
{
    REQUIRE_POSTGRES();
    test::ScratchDatabase db(store::Backend::Postgres);
    auto writer = db.open();
    const QList<qint64> cases = seedCases(*writer, 1);
    QThread thread;
    store::ChangeListener::Options options;
    options.healthCheckMs = 200;
    options.minRetryMs = 100;
    auto *listener = new store::ChangeListener(db.location(), options);
    listener->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, listener, &QObject::deleteLater);
    QSignalSpy started(listener, &store::ChangeListener::listeningStarted);
    QSignalSpy lost(listener, &store::ChangeListener::connectionLost);
    QSignalSpy changed(listener, &store::ChangeListener::changed);
    thread.start();
    QMetaObject::invokeMethod(listener, &store::ChangeListener::start, Qt::QueuedConnection);
    REQUIRE(QTest::qWaitFor([&] { return started.count() == 1; }, 10000));
    CHECK_FALSE(started.at(0).at(0).toBool());

    RawConnection raw(db.location());
    raw.terminateOthers();
    REQUIRE(QTest::qWaitFor([&] { return lost.count() >= 1 && started.count() >= 2; }, 15000));
    CHECK(started.last().at(0).toBool()); // after a reconnect

    writer = db.open(); // the writer's connection was ended too
    REQUIRE_OK(writer->cases().setCaseState(cases.at(0), domain::CaseState::Resolved, QStringLiteral("anna")));
    REQUIRE(QTest::qWaitFor([&] { return spyHasCase(changed, cases.at(0)); }, 5000));
    thread.quit();
    thread.wait();
}

TEST_CASE("Two clients racing the migration: one upgrades, the other waits with a message, both end current",
          "[team][postgres][migrations]")
{
    REQUIRE_POSTGRES();
    test::ScratchDatabase db(store::Backend::Postgres);
    // A third party holds the migration lock, so that both clients certainly meet it.
    RawConnection holder(db.location());
    holder.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(store::schema::migrationLockKey()));

    std::atomic<int> waiting{0};
    std::atomic<int> opened{0};
    std::mutex errorsMutex;
    QStringList errors;
    auto client = [&] {
        store::OpenOptions options;
        options.waitingForMigration = [&] { ++waiting; };
        auto s = store::CaseStore::open(db.location(), options);
        std::lock_guard lock(errorsMutex);
        if (s)
            ++opened;
        else
            errors << s.error().message() + QLatin1Char(' ') + s.error().detail;
    };
    std::thread first(client);
    std::thread second(client);
    store::StoreService third;
    QSignalSpy notice(&third, &store::StoreService::migrationWaiting);
    bool thirdDone = false;
    bool thirdOk = false;
    third.open(db.location(), &third, [&](store::StoreService::OpenResult r) {
        thirdDone = true;
        thirdOk = r.hasValue();
    });
    const bool allWaiting = QTest::qWaitFor([&] { return waiting.load() >= 2 && notice.count() == 1; }, 30000);
    holder.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(store::schema::migrationLockKey()));
    first.join();
    second.join();
    REQUIRE(allWaiting);
    REQUIRE(QTest::qWaitFor([&] { return thirdDone; }, 30000));
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(errors.isEmpty());
    CHECK(opened.load() == 2);
    CHECK(thirdOk);
    CHECK(notice.at(0).at(0).toString().contains(QStringLiteral("upgrading the team database")));
    auto s = db.open();
    CHECK(scalar(*s, QStringLiteral("SELECT count(*) FROM schema_version")) == 1);
    CHECK(scalar(*s, QStringLiteral("SELECT version FROM schema_version")) == store::schema::latestVersion());
    // Step 14's triggers exist once each.
    CHECK(scalar(*s, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'cases_notify'")) == 1);
}

TEST_CASE("Five clients claim and reply to the same 1,000 cases: each case owned once, each reply sent once",
          "[team][postgres][concurrency]")
{
    REQUIRE_POSTGRES();
    test::ScratchDatabase db(store::Backend::Postgres);
    auto setup = db.open();
    domain::Account account = test::fakeAccount(Channel::X, QUrl(QStringLiteral("http://127.0.0.1:9")));
    auto accountId = setup->accounts().addAccount(account);
    REQUIRE_OK(accountId);
    const QList<qint64> cases = seedCases(*setup, 1000);
    REQUIRE(cases.size() == 1000);

    constexpr int clients = 5;
    std::vector<QList<qint64>> won(clients);
    std::vector<QList<qint64>> sent(clients);
    std::mutex errorsMutex;
    QStringList errors;
    auto fail = [&](const QString &what) {
        std::lock_guard lock(errorsMutex);
        errors << what;
    };
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto opened = store::CaseStore::open(db.location());
            if (!opened) {
                fail(opened.error().detail);
                return;
            }
            store::CaseStore &s = **opened;
            const QString agent = QStringLiteral("agent%1").arg(c);
            QList<qint64> order = cases;
            std::shuffle(order.begin(), order.end(), std::mt19937(c));
            for (qint64 caseId : std::as_const(order)) {
                auto claimed = s.cases().claimCase(caseId, agent);
                if (!claimed) {
                    if (claimed.error().kind != store::StoreError::Kind::Conflict)
                        fail(claimed.error().detail);
                    continue;
                }
                won[c] << caseId;
                domain::Reply r;
                r.caseId = caseId;
                r.accountId = *accountId;
                r.text = QStringLiteral("Antwoord op zaak %1").arg(caseId);
                r.agent = agent;
                if (auto id = s.outbox().approveReply(r); !id)
                    fail(id.error().detail);
            }
            // The outbox: every client sends what it can take.
            for (;;) {
                auto next = s.outbox().claimReply(*accountId);
                if (!next) {
                    fail(next.error().detail);
                    break;
                }
                if (!next->has_value())
                    break;
                sent[c] << (*next)->reply.id;
                if (auto r = s.outbox().finishReply((*next)->reply.id, domain::ReplyState::Sent, QStringLiteral("x"));
                    !r)
                    fail(r.error().detail);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.isEmpty());

    QSet<qint64> owned;
    int claims = 0;
    for (const QList<qint64> &w : won) {
        claims += int(w.size());
        owned.unite(QSet<qint64>(w.cbegin(), w.cend()));
    }
    CHECK(claims == 1000);
    CHECK(owned.size() == 1000);
    for (int c = 0; c < clients; ++c) {
        for (qint64 caseId : std::as_const(won[c])) {
            QSqlQuery q(setup->database());
            q.prepare(QStringLiteral("SELECT assignee FROM cases WHERE id = ?"));
            q.addBindValue(caseId);
            REQUIRE(q.exec());
            REQUIRE(q.next());
            REQUIRE(q.value(0).toString() == QStringLiteral("agent%1").arg(c));
        }
    }
    CHECK(scalar(*setup, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'case.claimed'")) == 1000);
    QList<qint64> allSent;
    for (const QList<qint64> &s : sent)
        allSent += s;
    CHECK(allSent.size() == 1000);
    CHECK(QSet<qint64>(allSent.cbegin(), allSent.cend()).size() == 1000);
    CHECK(scalar(*setup, QStringLiteral("SELECT count(*) FROM replies")) == 1000);
    CHECK(scalar(*setup, QStringLiteral("SELECT count(*) FROM replies WHERE state = 'sent'")) == 1000);
    CHECK(scalar(*setup, QStringLiteral("SELECT count(DISTINCT case_id) FROM replies")) == 1000);
}

TEST_CASE("Only one client syncs an account; another takes over when its connection ends", "[team][postgres][sync]")
{
    REQUIRE_POSTGRES();
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Postgres);
    auto s = db.open();
    domain::Account a = test::fakeAccount(Channel::Mastodon, fake.baseUrl());
    a.id = *s->accounts().addAccount(a);
    const connectors::Credentials credentials{QStringLiteral("test-token"), QStringLiteral("test-key"),
                                              QStringLiteral("Duinzicht_Team")};
    sync::AccountSync::Options options;
    options.lockRetrySeconds = 1;
    sync::SyncEngine first(db.location(), options);
    sync::SyncEngine second(db.location(), options);
    QSignalSpy firstRole(&first, &sync::SyncEngine::syncRoleChanged);
    QSignalSpy firstPolls(&first, &sync::SyncEngine::pollFinished);
    QSignalSpy secondRole(&second, &sync::SyncEngine::syncRoleChanged);
    QSignalSpy secondPolls(&second, &sync::SyncEngine::pollFinished);

    first.startAccount(a, credentials);
    REQUIRE(QTest::qWaitFor([&] { return firstPolls.count() >= 1; }, 30000));
    REQUIRE(firstRole.count() >= 1);
    CHECK(firstRole.at(0).at(1).toBool());

    second.startAccount(a, credentials);
    REQUIRE(QTest::qWaitFor([&] { return secondRole.count() >= 1; }, 30000));
    CHECK_FALSE(secondRole.at(0).at(1).toBool()); // standing by
    second.pollNow(a.id);                         // asked to poll: a standby client does not
    QTest::qWait(1500);
    CHECK(secondPolls.count() == 0);

    first.stopAccount(a.id); // its worker and connection end: PostgreSQL releases the lock
    REQUIRE(QTest::qWaitFor([&] { return secondPolls.count() >= 1; }, 30000));
    CHECK(secondRole.last().at(1).toBool());
    CHECK(secondPolls.last().at(1).toBool());
}

TEST_CASE("The server goes away mid-reply: the draft is kept, the client reconnects, the reply is queued once",
          "[team][postgres][connection]")
{
    REQUIRE_POSTGRES();
    test::ScratchDatabase db(store::Backend::Postgres);
    auto setup = db.open();
    domain::Account account = test::fakeAccount(Channel::X, QUrl(QStringLiteral("http://127.0.0.1:9")));
    const qint64 accountId = *setup->accounts().addAccount(account);
    const qint64 caseId = seedCases(*setup, 1).at(0);
    setup.reset();

    QTemporaryDir dir;
    store::DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    store::StoreService service;
    REQUIRE(openService(service, db.location()));
    QSignalSpy lost(&service, &store::StoreService::connectionLost);
    QSignalSpy restored(&service, &store::StoreService::connectionRestored);

    // The agent types; every keystroke batch is kept on the workstation.
    auto draft = drafts.save({caseId, QStringLiteral("Goedemorgen, we kijken er"), {}, false, {}});
    REQUIRE(draft);
    draft = drafts.save({caseId, QStringLiteral("Goedemorgen, we kijken ernaar. ^AB"), {}, true, {}});
    REQUIRE(draft);

    auto queue = [&](const store::Draft &d) {
        return runOn<qint64>(service, [d, accountId](store::CaseStore &s) {
            domain::Reply r;
            r.caseId = d.caseId;
            r.accountId = accountId;
            r.text = d.text;
            r.agent = QStringLiteral("anna");
            r.idempotencyKey = d.idempotencyKey;
            return s.outbox().approveReply(r);
        });
    };

    SECTION("the connection is ended before the reply reaches the server")
    {
        RawConnection raw(db.location());
        raw.terminateOthers();
        auto first = queue(*draft);
        REQUIRE_FALSE(first.hasValue());
        CHECK(first.error().kind == store::StoreError::Kind::ConnectionFailed);
        REQUIRE(QTest::qWaitFor([&] { return lost.count() == 1; }, 10000));
        CHECK(lost.at(0).at(0).toString().contains(QStringLiteral("drafts are kept")));
        CHECK_FALSE(service.isConnected());
        // Nothing typed is lost: the draft is still on disk.
        REQUIRE(drafts.load(caseId));
        CHECK(drafts.load(caseId)->text == draft->text);
        REQUIRE(QTest::qWaitFor([&] { return restored.count() == 1; }, 20000));
        CHECK(service.isConnected());
    }
    SECTION("the reply reached the server but the answer was lost")
    {
        REQUIRE_OK(queue(*draft));
        RawConnection raw(db.location());
        raw.terminateOthers();
        REQUIRE_FALSE(queue(*draft).hasValue()); // the client never learnt that it worked
        REQUIRE(QTest::qWaitFor([&] { return restored.count() == 1; }, 20000));
    }
    // After the reconnect the draft marked queued is queued again, with its key: exactly one reply.
    const auto again = drafts.load(caseId);
    REQUIRE(again);
    CHECK(again->queued);
    auto id = queue(*again);
    REQUIRE_OK(id);
    auto twice = queue(*again);
    REQUIRE_OK(twice);
    CHECK(*twice == *id);
    CHECK(drafts.remove(caseId));
    auto check = db.open();
    CHECK(scalar(*check, QStringLiteral("SELECT count(*) FROM replies WHERE case_id = %1").arg(caseId)) == 1);
    CHECK(scalar(*check, QStringLiteral("SELECT count(*) FROM replies WHERE state = 'approved'")) == 1);
}

TEST_CASE("Drafts are kept per case on the workstation with one key per draft", "[team][drafts]")
{
    QTemporaryDir dir;
    store::DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    CHECK_FALSE(drafts.load(7));
    auto first = drafts.save({7, QStringLiteral("Hallo"), {}, false, {}});
    REQUIRE(first);
    CHECK_FALSE(first->idempotencyKey.isEmpty());
    auto second = drafts.save({7, QStringLiteral("Hallo Jan"), {}, false, {}});
    REQUIRE(second);
    CHECK(second->idempotencyKey == first->idempotencyKey); // the same draft keeps its key
    REQUIRE(drafts.save({8, QStringLiteral("Dag"), {}, true, {}}));
    CHECK(drafts.load(7)->text == QStringLiteral("Hallo Jan"));
    CHECK(drafts.all().size() == 2);
    // A second DraftStore on the same folder (the app restarted) finds them.
    store::DraftStore reopened(drafts.folder());
    CHECK(reopened.load(8)->queued);
    CHECK(QFileInfo(drafts.folder() + QStringLiteral("/case-7.json")).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(reopened.remove(7));
    CHECK_FALSE(drafts.load(7));
    CHECK(drafts.all().size() == 1);
}

BACKEND_TEST_CASE("A reply queued twice with the same key is stored once", "[team][outbox]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    const qint64 caseId = seedCases(*s, 1).at(0);
    domain::Reply r;
    r.caseId = caseId;
    r.text = QStringLiteral("Dank je");
    r.agent = QStringLiteral("anna");
    r.idempotencyKey = QStringLiteral("draft-key-1");
    auto first = s->outbox().approveReply(r);
    REQUIRE_OK(first);
    auto second = s->outbox().approveReply(r);
    REQUIRE_OK(second);
    CHECK(*first == *second);
    r.idempotencyKey.clear();
    auto fresh = s->outbox().approveReply(r);
    REQUIRE_OK(fresh);
    CHECK(*fresh != *first);
    CHECK(scalar(*s, QStringLiteral("SELECT count(*) FROM replies")) == 2);
}

TEST_CASE("Roles in the database: an agent's login cannot read or write what only supervisors may",
          "[team][postgres][roles]")
{
    REQUIRE_POSTGRES();
    test::ScratchDatabase db(store::Backend::Postgres);
    auto owner = db.open();
    domain::Account account = test::fakeAccount(Channel::X, QUrl(QStringLiteral("http://127.0.0.1:9")));
    const qint64 accountId = *owner->accounts().addAccount(account);
    const qint64 caseId = seedCases(*owner, 1).at(0);
    applyTeamRoles(db);
    const store::StoreLocation asAgent = loginAs(db, "wcd_test_agent");
    const store::StoreLocation asSupervisor = loginAs(db, "wcd_test_supervisor");
    auto agentOpened = store::CaseStore::open(asAgent);
    REQUIRE_OK(agentOpened);
    store::CaseStore &agent = **agentOpened;

    // The daily work is allowed, and the audit trail names the login that did it.
    REQUIRE_OK(agent.cases().claimCase(caseId, QStringLiteral("anna")));
    REQUIRE_OK(agent.cases().setCaseState(caseId, domain::CaseState::NeedsReply, QStringLiteral("anna")));
    store::AccountHealth health;
    health.lastSyncAt = QDateTime::currentDateTimeUtc();
    REQUIRE_OK(agent.accounts().recordAccountHealth(accountId, health));
    CHECK(scalar(agent, QStringLiteral("SELECT count(*) FROM audit_events WHERE db_user = 'wcd_test_agent'")) >= 2);

    // Supervisor-only: training reviews, departments, accounts; and nobody rewrites the audit trail.
    QSqlQuery q(agent.database());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM training_reviews")));
    CHECK(q.lastError().text().contains(QStringLiteral("permission denied")));
    domain::Department department;
    department.name = QStringLiteral("Schade");
    CHECK_FALSE(agent.workflow().addDepartment(department, QStringLiteral("anna")).hasValue());
    CHECK_FALSE(agent.accounts().removeAccount(accountId).hasValue());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_events SET actor = 'someone else'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_events")));

    auto supervisorOpened = store::CaseStore::open(asSupervisor);
    REQUIRE_OK(supervisorOpened);
    store::CaseStore &supervisor = **supervisorOpened;
    CHECK(scalar(supervisor, QStringLiteral("SELECT count(*) FROM training_reviews")) == 0);
    REQUIRE_OK(supervisor.workflow().addDepartment(department, QStringLiteral("bram")));
    CHECK(scalar(supervisor, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'department.added' "
                                            "AND db_user = 'wcd_test_supervisor'")) == 1);
}

TEST_CASE("Roles in the database: only a supervisor's login changes the team configuration; an agent sets its own "
          "signature",
          "[team][postgres][roles][config]")
{
    REQUIRE_POSTGRES();
    test::ScratchDatabase db(store::Backend::Postgres);
    {
        auto owner = db.open();
        REQUIRE_OK(owner->config().seedTemplates(composer::starterTemplates(), QStringLiteral("system")));
    }
    applyTeamRoles(db);
    const QByteArray file = test::repoFile(QStringLiteral("tests/data/polderpolis-config.json"));

    auto agentOpened = store::CaseStore::open(loginAs(db, "wcd_test_agent"));
    REQUIRE_OK(agentOpened);
    store::CaseStore &agent = **agentOpened;
    auto before = agent.config().load();
    REQUIRE_OK(before); // everyone reads it
    auto parsed = config::parseConfiguration(file);
    REQUIRE(parsed.hasValue());
    for (const QString &section : store::configsection::all()) {
        if (section == QLatin1String(store::configsection::agents))
            continue; // agents register themselves; their roles are issue 16's
        INFO(section.toStdString());
        auto refused = agent.config().replace(parsed->config, {section}, QStringLiteral("jb"));
        REQUIRE_FALSE(refused.hasValue());
        CHECK(refused.error().kind == store::StoreError::Kind::Forbidden);
        CHECK(refused.error().message().contains(QLatin1String("supervisor")));
    }
    QSqlQuery q(agent.database());
    for (const char *sql : {"DELETE FROM text_templates", "UPDATE knowledge_sources SET url = 'https://evil.example'",
                            "INSERT INTO triage_terms (kind, term) VALUES ('brand', 'x')",
                            "UPDATE team_settings SET value = 'u' WHERE key = 'team.style'"})
        CHECK_FALSE(q.exec(QLatin1String(sql)));
    auto unchanged = agent.config().load();
    REQUIRE_OK(unchanged);
    CHECK(unchanged->templates == before->templates);

    auto supervisorOpened = store::CaseStore::open(loginAs(db, "wcd_test_supervisor"));
    REQUIRE_OK(supervisorOpened);
    store::CaseStore &supervisor = **supervisorOpened;
    auto applied = config::importConfiguration(supervisor, file, QStringLiteral("ms"));
    INFO((applied ? QString() : applied.error().join(u'\n')).toStdString());
    REQUIRE(applied.hasValue());
    CHECK(*applied == 8);
    CHECK(scalar(supervisor, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'team.config' "
                                            "AND db_user = 'wcd_test_supervisor'")) == 8);

    // The agent sets its own signature, and sees the supervisor's configuration.
    REQUIRE_OK(agent.config().setAgentSignature(QStringLiteral("jb"), QStringLiteral("~Jan"), QStringLiteral("jb")));
    auto seen = agent.config().load();
    REQUIRE_OK(seen);
    CHECK(config::signatureOf(*seen, QStringLiteral("jb")) == QLatin1String("~Jan"));
    CHECK(seen->tone.teamName == QLatin1String("Webcare Polderpolis"));
}
