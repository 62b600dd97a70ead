// SPDX-License-Identifier: MIT
// The sync engine in a process of its own (tests/syncdriver), killed with SIGKILL in the middle of a sync and of a
// send, then started again: nothing is lost, the cursor never passes posts that were not stored, and a reply reaches
// the platform exactly once.
#include "support/testsupport.h"

#include "fakeplatformprocess.h"
#include "store/accountrepository.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"
#include "support/fakeaccounts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <functional>

using namespace webcare;
using domain::Channel;
using test::approveAnswer;
using test::fakeAccount;

namespace {

// One run of the driver: the product's SyncEngine for one account of a store.
class Driver {
public:
    Driver(const store::StoreLocation &location, qint64 accountId, const char *until)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(WEBCARE_SYNCDRIVER_PATH),
                        {QStringLiteral("--store"), locationArgument(location), QStringLiteral("--account"),
                         QString::number(accountId), QStringLiteral("--until"), QString::fromLatin1(until)});
        REQUIRE(m_process.waitForStarted(15000));
    }
    ~Driver()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    Q_DISABLE_COPY_MOVE(Driver)

    // SIGKILL: no destructor, no rollback, no last write; the operating system closes its sockets and files.
    void kill()
    {
        REQUIRE(m_process.state() == QProcess::Running);
        m_process.kill();
        REQUIRE(m_process.waitForFinished(10000));
        CHECK(m_process.exitStatus() == QProcess::CrashExit);
        CHECK(m_process.exitCode() == SIGKILL); // Qt reports the signal that ended the process
    }
    // Waits for the driver to reach its goal and exit by itself.
    bool finished(int timeoutMs = 120000)
    {
        const bool done = QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        readLines();
        const bool ok = done && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0 &&
                        m_lines.contains(QStringLiteral("done"));
        if (!ok) // shown with the assertion that fails on it
            UNSCOPED_INFO("syncdriver said:\n" << m_lines.join(QLatin1Char('\n')).toStdString());
        return ok;
    }
    QStringList lines()
    {
        readLines();
        return m_lines;
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // The store as the driver's --store option names it: a file, or a postgresql:// URL with the password.
    static QString locationArgument(const store::StoreLocation &l)
    {
        if (l.backend == store::Backend::Sqlite)
            return l.sqlitePath;
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setHost(l.host);
        url.setPort(l.port);
        url.setUserName(l.user);
        url.setPassword(l.password);
        url.setPath(QLatin1Char('/') + l.database);
        return url.toString();
    }

private:
    void readLines()
    {
        while (m_process.canReadLine())
            m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QProcess m_process;
    QStringList m_lines;
};

// The channels whose streams and posting these tests cover, with the paths the fake serves them on.
struct Platform {
    Channel channel;
    const char *stream;       // the store's name of the polled stream
    const char *fetchPath;    // its requests
    int pageSize;             // what the connector asks for
    const char *replyPath;    // where replies are posted
    const char *ownPostsPath; // where the outbox looks for replies that may have landed
};
constexpr Platform platforms[] = {
    {Channel::X, "mentions", "/2/users/1580000000000000001/mentions", 100, "/2/tweets",
     "/2/users/1580000000000000001/tweets"},
    {Channel::Mastodon, "mentions", "/api/v1/notifications", 40, "/api/v1/statuses",
     "/api/v1/accounts/109000000000000001/statuses"},
};

QSet<QString> storedIds(store::CaseStore &s, Channel channel)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT platform_id FROM posts WHERE channel = ?"));
    q.addBindValue(domain::channelKey(channel));
    REQUIRE(q.exec());
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

qint64 storedCount(store::CaseStore &s, Channel channel)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE channel = ?"));
    q.addBindValue(domain::channelKey(channel));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The requests the fake received, in order, as "METHOD path" (with " fault" when one was injected).
QStringList requestLog(test::FakePlatformProcess &fake)
{
    QStringList out;
    for (const QJsonValue &v : fake.requests()) {
        const QJsonObject r = v.toObject();
        QString line =
            r.value(QLatin1String("method")).toString() + QLatin1Char(' ') + r.value(QLatin1String("path")).toString();
        if (const QString fault = r.value(QLatin1String("fault")).toString(); !fault.isEmpty())
            line += QLatin1Char(' ') + fault;
        out << line;
    }
    return out;
}

int requestsTo(test::FakePlatformProcess &fake, const QString &method, const QString &path, const QString &fault = {})
{
    const QString line = method + QLatin1Char(' ') + path;
    int n = 0;
    for (const QString &r : requestLog(fake))
        n += fault.isEmpty() ? r.startsWith(line) : r == line + QLatin1Char(' ') + fault;
    return n;
}

// Polls until `condition` holds while the driver runs; on failure the driver's lines and the fake's log are shown.
bool waitWhileRunning(Driver &driver, test::FakePlatformProcess &fake, const std::function<bool()> &condition)
{
    const bool met = QTest::qWaitFor([&] { return !driver.isRunning() || condition(); }, 60000) && condition();
    if (!met)
        UNSCOPED_INFO("syncdriver said:\n"
                      << driver.lines().join(QLatin1Char('\n')).toStdString() << "\nthe fake received:\n"
                      << requestLog(fake).join(QLatin1Char('\n')).toStdString());
    return met;
}

// Holds the answer to the page after `pagesServed` pages of a stream: the first pages come at once, the next is
// answered only after ten minutes, so the driver is certainly in the middle of its sync when it is killed.
void holdPage(test::FakePlatformProcess &fake, const QString &path, int pagesServed)
{
    if (pagesServed > 0) {
        QJsonObject now{{QStringLiteral("path"), path},
                        {QStringLiteral("kind"), QStringLiteral("delay")},
                        {QStringLiteral("count"), pagesServed},
                        {QStringLiteral("seconds"), 0}};
        REQUIRE(fake.call("POST", QStringLiteral("/_fake/fault"), now).object().value(QLatin1String("id")).toInt() > 0);
    }
    REQUIRE(fake.fault(path, QStringLiteral("delay"), 1, 600) > 0);
}

// Syncs the account in a fresh process, uninterrupted: what a store must hold afterwards.
struct Reference {
    QSet<QString> ids;
    QString cursor;
};
Reference uninterruptedSync(test::FakePlatformProcess &fake, const Platform &p)
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    auto id = s->accounts().addAccount(fakeAccount(p.channel, fake.baseUrl()));
    REQUIRE_OK(id);
    Driver driver(db.location(), *id, "poll");
    REQUIRE(driver.finished());
    return {storedIds(*s, p.channel), *s->ingest().cursor(*id, QString::fromLatin1(p.stream))};
}

} // namespace

BACKEND_TEST_CASE("A sync killed with SIGKILL mid-backlog resumes without losing or skipping posts", "[crash][fake]")
{
    test::FakePlatformProcess::Options options;
    options.mentions = 1200; // X: 12 pages of 100; Mastodon: 300 notifications, 8 pages of 40
    options.extraArguments = {QStringLiteral("--rate-limit"), QStringLiteral("x=100000"),
                              QStringLiteral("--rate-limit"), QStringLiteral("mastodon=100000")};
    test::FakePlatformProcess fake(options);
    REQUIRE(fake.isRunning());
    for (const Platform &p : platforms) {
        DYNAMIC_SECTION(domain::channelKey(p.channel).toStdString())
        {
            const QString path = QString::fromLatin1(p.fetchPath);
            const QString stream = QString::fromLatin1(p.stream);
            const Reference before = uninterruptedSync(fake, p);
            REQUIRE(before.ids.size() > 4 * p.pageSize);
            REQUIRE_FALSE(before.cursor.isEmpty());

            test::ScratchDatabase db(backend);
            auto s = db.open();
            auto accountId = s->accounts().addAccount(fakeAccount(p.channel, fake.baseUrl()));
            REQUIRE_OK(accountId);

            // First sync: killed while the fourth page is on its way.
            fake.resetLog();
            holdPage(fake, path, 3);
            {
                Driver driver(db.location(), *accountId, "poll");
                REQUIRE(
                    waitWhileRunning(driver, fake, [&] { return requestsTo(fake, QStringLiteral("GET"), path) >= 4; }));
                // The page before the held one was stored before the held one was asked for.
                CHECK(storedCount(*s, p.channel) >= 3 * p.pageSize);
                driver.kill();
            }
            const qint64 storedAtKill = storedCount(*s, p.channel);
            CHECK(storedAtKill >= 3 * p.pageSize);
            CHECK(storedAtKill < before.ids.size());
            CHECK(s->ingest().cursor(*accountId, stream)->isEmpty()); // not moved: older pages are still missing

            // Restarted with the platform well again: the whole backlog, each post once, and the cursor at the end.
            fake.clearFaults();
            {
                Driver driver(db.location(), *accountId, "poll");
                REQUIRE(driver.finished());
            }
            CHECK(storedIds(*s, p.channel) == before.ids);
            CHECK(storedCount(*s, p.channel) == before.ids.size());
            CHECK(*s->ingest().cursor(*accountId, stream) == before.cursor);

            // New posts beyond the cursor: killed after the first page of them is stored. The cursor stays where
            // it was, so the rest is not skipped when the process comes back.
            QStringList added;
            for (int i = 0; i < 2 * p.pageSize + 10; ++i) {
                added << fake.add(domain::channelKey(p.channel), QStringLiteral("Vraag %1 over mijn polis").arg(i),
                                  QStringLiteral("nieuweklant%1").arg(i % 7));
                REQUIRE_FALSE(added.last().isEmpty());
            }
            fake.resetLog();
            holdPage(fake, path, 1);
            {
                Driver driver(db.location(), *accountId, "poll");
                REQUIRE(
                    waitWhileRunning(driver, fake, [&] { return requestsTo(fake, QStringLiteral("GET"), path) >= 2; }));
                driver.kill();
            }
            const qint64 afterSecondKill = storedCount(*s, p.channel);
            CHECK(afterSecondKill >= before.ids.size() + p.pageSize);
            CHECK(afterSecondKill < before.ids.size() + added.size());
            CHECK(*s->ingest().cursor(*accountId, stream) == before.cursor);

            fake.clearFaults();
            {
                Driver driver(db.location(), *accountId, "poll");
                REQUIRE(driver.finished());
            }
            const QSet<QString> all = storedIds(*s, p.channel);
            for (const QString &id : std::as_const(added))
                CHECK(all.contains(id));
            CHECK(all.size() == before.ids.size() + added.size());
            CHECK(storedCount(*s, p.channel) == all.size());
            // The cursor is now the newest post's (or notification's) id: past the old one.
            const QString cursor = *s->ingest().cursor(*accountId, stream);
            CHECK(cursor.size() >= before.cursor.size());
            CHECK(cursor != before.cursor);
            const Reference after = uninterruptedSync(fake, p);
            CHECK(all == after.ids);
            CHECK(cursor == after.cursor);
        }
    }
}

namespace {

// Approves a reply to the newest customer post of the channel; returns the reply's id.
QJsonArray postedWith(test::FakePlatformProcess &fake, const QString &text)
{
    QJsonArray out;
    for (const QJsonValue &p : fake.posted()) {
        if (p.toObject().value(QLatin1String("text")).toString() == text)
            out.append(p);
    }
    return out;
}

} // namespace

BACKEND_TEST_CASE("A send killed with SIGKILL is reconciled after the restart, never sent twice nor dropped",
                  "[crash][outbox][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    for (const Platform &p : platforms) {
        for (const bool reached : {true, false}) {
            DYNAMIC_SECTION(domain::channelKey(p.channel).toStdString()
                            << (reached ? ": the platform posted it" : ": the platform did not post it"))
            {
                const QString path = QString::fromLatin1(p.replyPath);
                test::ScratchDatabase db(backend);
                auto s = db.open();
                auto accountId = s->accounts().addAccount(fakeAccount(p.channel, fake.baseUrl()));
                REQUIRE_OK(accountId);
                {
                    Driver driver(db.location(), *accountId, "poll");
                    REQUIRE(driver.finished());
                }
                const QString text = QStringLiteral("Je aanvraag is goedgekeurd, het geld staat morgen op je "
                                                    "rekening. ^JB %1 %2")
                                         .arg(domain::channelKey(p.channel),
                                              reached ? QStringLiteral("geplaatst") : QStringLiteral("onderweg"));
                const qint64 replyId = approveAnswer(*s, *accountId, p.channel, text);

                // reached: the platform creates the post at once and holds its answer (a slow platform, or a
                // lost answer). Not reached: the request hangs before it takes effect.
                const QJsonObject post{{QStringLiteral("method"), QStringLiteral("POST")}};
                if (reached)
                    REQUIRE(fake.fault(path, QStringLiteral("delay"), 1, 600, post) > 0);
                else
                    REQUIRE(fake.fault(path, QStringLiteral("timeout"), 1, 0, post) > 0);
                fake.resetLog();
                {
                    Driver driver(db.location(), *accountId, "idle");
                    REQUIRE(waitWhileRunning(driver, fake, [&] {
                        return requestsTo(fake, QStringLiteral("POST"), path,
                                          reached ? QStringLiteral("delay") : QStringLiteral("timeout")) == 1;
                    }));
                    CHECK(s->outbox().replyById(replyId)->state == domain::ReplyState::Sending);
                    CHECK(postedWith(fake, text).size() == (reached ? 1 : 0));
                    driver.kill();
                }
                CHECK(s->outbox().replyById(replyId)->state == domain::ReplyState::Sending); // as the crash left it
                const QJsonArray landed = postedWith(fake, text);

                fake.clearFaults();
                Driver driver(db.location(), *accountId, "idle");
                REQUIRE(driver.finished());
                INFO(driver.lines().join(QLatin1Char('\n')).toStdString());
                const domain::Reply reply = *s->outbox().replyById(replyId);
                INFO(reply.lastError.toStdString());
                CHECK(reply.state == domain::ReplyState::Sent);
                const QJsonArray posted = postedWith(fake, text);
                REQUIRE(posted.size() == 1);
                const QString platformId = posted.first().toObject().value(QLatin1String("id")).toString();
                CHECK(reply.platformId == platformId);
                const QStringList log = requestLog(fake);
                INFO(log.join(QLatin1Char('\n')).toStdString());
                const QString postLine = QStringLiteral("POST ") + path;
                const qsizetype lookup = log.indexOf(QStringLiteral("GET ") + QString::fromLatin1(p.ownPostsPath));
                CHECK(lookup >= 0); // the interrupted send was looked up on the platform after the restart
                if (reached) {
                    CHECK(landed.size() == 1);
                    CHECK(log.filter(postLine).size() == 1); // only the one before the kill
                } else {
                    CHECK(landed.isEmpty());
                    CHECK(log.filter(postLine).size() == 2);   // the lost one, and the resend
                    CHECK(log.lastIndexOf(postLine) > lookup); // resent only after it was not found
                }
            }
        }
    }
}
