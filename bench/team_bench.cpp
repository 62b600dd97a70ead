// SPDX-License-Identifier: MIT
// team_bench: N simulated clients on one PostgreSQL server (run on demand; see docs/performance.md). Each client has
// its own store connection and its own LISTEN connection on a thread of its own, as the app does. They go through
// the same cases in their own random order, claiming each and resolving the ones they won. Reported: claim-and-
// resolve throughput, and the time from a client's resolve call until the other clients' change listeners report
// that case (the StoreService signal the inbox refreshes on, 100 ms coalescing included), as p50/p95/max.
//
//   team_bench postgresql://postgres@127.0.0.1:5432/postgres [--clients 10] [--cases 2000]
//
// A scratch database is created next to the one named in the URL and dropped afterwards.
#include "domain/channel.h"
#include "store/caserepository.h"
#include "store/casestore.h"
#include "store/changelistener.h"
#include "store/ingestrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace webcare;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool adminExec(const store::StoreLocation &admin, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(admin.database);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        } else {
            std::fprintf(stderr, "cannot connect: %s\n", qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

struct Shared {
    QList<qint64> cases;
    QHash<qint64, int> index;                    // case id → slot in the arrays below
    std::vector<std::atomic<qint64>> resolvedAt; // steady ns when the resolve was called, 0 = not resolved
    std::vector<std::atomic<int>> resolvedBy;
    QMutex seenMutex;
    std::vector<std::vector<qint64>> lastSeen; // [client][slot]: the last listener report containing the case
    std::atomic<int> errors{0};
    explicit Shared(const QList<qint64> &ids, int clients)
        : cases(ids)
        , resolvedAt(ids.size())
        , resolvedBy(ids.size())
        , lastSeen(clients, std::vector<qint64>(ids.size(), 0))
    {
        for (int i = 0; i < ids.size(); ++i)
            index.insert(ids.at(i), i);
    }
};

class Client final : public QObject {
    Q_OBJECT
public:
    Client(int number, const store::StoreLocation &location, Shared &shared)
        : m_number(number)
        , m_location(location)
        , m_shared(shared)
    {
        m_order = shared.cases;
        std::shuffle(m_order.begin(), m_order.end(), std::mt19937(quint32(number) * 7919U + 1U));
    }
    void start()
    {
        auto opened = store::CaseStore::open(m_location);
        if (!opened) {
            std::fprintf(stderr, "client %d: %s\n", m_number, qPrintable(opened.error().detail));
            ++m_shared.errors;
            emit finished();
            return;
        }
        m_store = std::move(opened.value());
        QTimer::singleShot(0, this, &Client::step);
    }
    int resolved() const { return m_resolved; }

signals:
    void finished();

private:
    void step()
    {
        if (m_pos >= m_order.size()) {
            m_store.reset();
            emit finished();
            return;
        }
        const qint64 id = m_order.at(m_pos++);
        const QString agent = QStringLiteral("agent%1").arg(m_number);
        if (auto claimed = m_store->cases().claimCase(id, agent); claimed) {
            // The clock starts when the agent resolves (before the commit): another client's listener may well
            // hear of the commit before this thread gets to look at the clock again.
            const qint64 started = nowNs();
            if (auto r = m_store->cases().setCaseState(id, domain::CaseState::Resolved, agent); r) {
                const int slot = m_shared.index.value(id);
                m_shared.resolvedBy[size_t(slot)] = m_number;
                m_shared.resolvedAt[size_t(slot)] = started;
                ++m_resolved;
            } else {
                ++m_shared.errors;
            }
        } else if (claimed.error().kind != store::StoreError::Kind::Conflict) {
            ++m_shared.errors;
        }
        QTimer::singleShot(0, this, &Client::step);
    }

    int m_number;
    store::StoreLocation m_location;
    Shared &m_shared;
    QList<qint64> m_order;
    qsizetype m_pos = 0;
    int m_resolved = 0;
    std::unique_ptr<store::CaseStore> m_store;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[at];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Team-mode benchmark on one PostgreSQL server."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("postgresql://user@host:port/db"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Simulated clients."),
                                           QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases to claim and resolve."),
                                         QStringLiteral("n"), QStringLiteral("2000"));
    parser.addOption(clientsOption);
    parser.addOption(casesOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    auto admin = store::StoreLocation::parse(parser.positionalArguments().at(0));
    if (!admin || admin->backend != store::Backend::Postgres) {
        std::fprintf(stderr, "give a postgresql:// URL\n");
        return 2;
    }
    const int clients = std::max(2, parser.value(clientsOption).toInt());
    const int caseCount = std::max(1, parser.value(casesOption).toInt());
    store::StoreLocation location = *admin;
    location.database = QStringLiteral("webcare_team_bench_%1").arg(QCoreApplication::applicationPid());
    if (!adminExec(*admin, QStringLiteral("CREATE DATABASE %1").arg(location.database)))
        return 3;

    int exitCode = 0;
    {
        auto setup = store::CaseStore::open(location);
        if (!setup) {
            std::fprintf(stderr, "%s\n", qPrintable(setup.error().detail));
            return 3;
        }
        QList<domain::Post> posts;
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < caseCount; ++i) {
            domain::Post p;
            p.channel = domain::Channel::X;
            p.platformId = QStringLiteral("b%1").arg(i);
            p.text = QStringLiteral("Vraag %1 over mijn polis").arg(i);
            p.createdAt = t0.addSecs(i);
            p.conversationId = QStringLiteral("conv%1").arg(i);
            p.author.channel = domain::Channel::X;
            p.author.platformId = QString::number(100 + i % 300);
            p.author.handle = QStringLiteral("klant%1").arg(i % 300);
            p.rawPayload = QByteArrayLiteral("{}");
            posts << p;
        }
        if (auto r = (*setup)->ingest().upsertPosts(posts); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().detail));
            return 3;
        }
        QList<qint64> ids;
        QSqlQuery q((*setup)->database());
        q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        Shared shared(ids, clients);

        // Listeners first, each on a thread of its own, as StoreService runs them.
        std::vector<std::unique_ptr<QThread>> threads;
        std::atomic<int> listening{0};
        for (int c = 0; c < clients; ++c) {
            auto thread = std::make_unique<QThread>();
            auto *listener = new store::ChangeListener(location);
            listener->moveToThread(thread.get());
            QObject::connect(thread.get(), &QThread::finished, listener, &QObject::deleteLater);
            QObject::connect(
                listener, &store::ChangeListener::listeningStarted, listener, [&listening] { ++listening; },
                Qt::DirectConnection);
            QObject::connect(
                listener, &store::ChangeListener::changed, listener,
                [&shared, c](const QList<qint64> &cases, const QStringList &) {
                    const qint64 at = nowNs();
                    QMutexLocker lock(&shared.seenMutex);
                    for (qint64 id : cases) {
                        if (auto it = shared.index.constFind(id); it != shared.index.cend())
                            shared.lastSeen[size_t(c)][size_t(*it)] = at;
                    }
                },
                Qt::DirectConnection);
            thread->start();
            QMetaObject::invokeMethod(listener, &store::ChangeListener::start, Qt::QueuedConnection);
            threads.push_back(std::move(thread));
        }
        QElapsedTimer wait;
        wait.start();
        while (listening.load() < clients && wait.elapsed() < 30000)
            QThread::msleep(10);

        std::vector<std::unique_ptr<QThread>> clientThreads;
        std::vector<Client *> clientObjects;
        std::atomic<int> finished{0};
        QElapsedTimer wall;
        wall.start();
        for (int c = 0; c < clients; ++c) {
            auto thread = std::make_unique<QThread>();
            auto *client = new Client(c, location, shared);
            client->moveToThread(thread.get());
            QObject::connect(
                client, &Client::finished, client, [&finished] { ++finished; }, Qt::DirectConnection);
            thread->start();
            QMetaObject::invokeMethod(client, &Client::start, Qt::QueuedConnection);
            clientObjects.push_back(client);
            clientThreads.push_back(std::move(thread));
        }
        while (finished.load() < clients)
            QThread::msleep(5);
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        QThread::msleep(1500); // the last notifications
        int resolved = 0;
        for (Client *c : clientObjects)
            resolved += c->resolved();
        for (auto &t : clientThreads) {
            t->quit();
            t->wait();
        }
        for (Client *c : clientObjects)
            delete c;
        for (auto &t : threads) {
            t->quit();
            t->wait();
        }

        std::vector<double> latencies;
        int missed = 0;
        for (int slot = 0; slot < int(ids.size()); ++slot) {
            const qint64 at = shared.resolvedAt[size_t(slot)];
            if (at == 0)
                continue;
            for (int c = 0; c < clients; ++c) {
                if (c == shared.resolvedBy[size_t(slot)])
                    continue;
                const qint64 seen = shared.lastSeen[size_t(c)][size_t(slot)];
                if (seen < at)
                    ++missed;
                else
                    latencies.push_back(double(seen - at) / 1e6);
            }
        }
        std::printf("clients %d, cases %d, resolved %d, errors %d\n", clients, caseCount, resolved,
                    shared.errors.load());
        std::printf("claim-and-resolve: %.1f cases/s (%.2f s)\n", resolved / seconds, seconds);
        std::printf("visible in the other clients: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %zu observations, "
                    "%d missed\n",
                    percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0),
                    latencies.size(), missed);
        if (resolved != caseCount || shared.errors.load() != 0 || missed != 0)
            exitCode = 1;
    }
    adminExec(*admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(location.database));
    return exitCode;
}

#include "team_bench.moc"
