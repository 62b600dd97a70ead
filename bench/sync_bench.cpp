// SPDX-License-Identifier: MIT
// sync_bench: syncs a large X backlog from the fake platform server (tests/fakeplatform) into a fresh SQLite store
// through the product's SyncEngine (a worker thread per account) while a GUI event loop runs on the main thread,
// and measures how long that loop is ever kept from running (see docs/performance.md). The main thread does what
// the inbox does when posts arrive: it asks the store, through StoreService, how many posts and open cases there
// are now, and shows the answer in a window.
#include "connectors/connector.h"
#include "fakeplatformprocess.h"
#include "net/httpclient.h"
#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/storeservice.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace webcare;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Ticks a precise timer on the main thread and keeps the gaps between ticks: a gap far above the interval is
// time the event loop could not run (a stall the agent would feel as a frozen window).
class StallMeter final : public QObject {
public:
    explicit StallMeter(int intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_gaps << m_clock.nsecsElapsed() / 1e6;
            m_clock.restart();
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const { return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend()); }
    double percentile(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
    qsizetype over(double ms) const
    {
        return std::count_if(m_gaps.cbegin(), m_gaps.cend(), [ms](double g) { return g > ms; });
    }
    qsizetype ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<double> m_gaps;
};

domain::Account xAccount(const QUrl &base)
{
    domain::Account a;
    a.channel = domain::Channel::X;
    a.name = QStringLiteral("@DuinzichtHelpt");
    a.baseUrl = base.toString();
    if (a.baseUrl.endsWith(QLatin1Char('/')))
        a.baseUrl.chop(1);
    a.platformUserId = QStringLiteral("1580000000000000001");
    a.pollSeconds = 3600; // one poll: the backlog
    return a;
}

} // namespace

int main(int argc, char **argv)
{
    // A real display when there is one; offscreen otherwise, so the benchmark runs on a build server too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync throughput and GUI event-loop stalls."));
    parser.addHelpOption();
    const QCommandLineOption mentionsOption(QStringLiteral("mentions"), QStringLiteral("X mentions to sync."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Period of the stall-measuring timer."),
                                            QStringLiteral("ms"), QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Keep the store in this folder."),
                                       QStringLiteral("path"));
    parser.addOptions({mentionsOption, intervalOption, dirOption});
    parser.process(app);
    const int mentions = parser.value(mentionsOption).toInt();
    const int intervalMs = std::max(1, parser.value(intervalOption).toInt());

    QElapsedTimer clock;
    clock.start();
    test::FakePlatformProcess::Options fakeOptions;
    fakeOptions.mentions = mentions;
    fakeOptions.startTimeoutMs = 120000;
    fakeOptions.extraArguments = {QStringLiteral("--rate-limit"), QStringLiteral("x=100000000")};
    test::FakePlatformProcess fake(fakeOptions);
    if (!fake.isRunning()) {
        std::fprintf(stderr, "fakeplatform: %s\n", qPrintable(fake.errorString()));
        return 1;
    }
    const double fakeStartS = clock.elapsed() / 1000.0;

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const store::StoreLocation location = store::StoreLocation::sqliteFile(dir + QStringLiteral("/sync_bench.sqlite"));
    QFile::remove(location.sqlitePath);
    domain::Account account = xAccount(fake.baseUrl());
    {
        // Set-up only, before anything is measured: the app adds accounts the same way, once.
        auto opened = store::CaseStore::open(location);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
            return 1;
        }
        auto id = (*opened)->accounts().addAccount(account);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().detail));
            return 1;
        }
        account.id = *id;
    }

    store::StoreService service;
    bool serviceOpen = false;
    service.open(location, &app, [&](const store::StoreService::OpenResult &r) { serviceOpen = r.hasValue(); });
    while (!service.isOpen() && !serviceOpen)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    QLabel window;
    window.setMinimumSize(400, 80);
    window.setText(QStringLiteral("0 posts"));
    window.show();

    std::printf("sync_bench: %d X mentions from the fake server (started in %.1f s), Qt platform %s\n", mentions,
                fakeStartS, qPrintable(QGuiApplication::platformName()));

    // The event loop idle first: what the timer alone gives on this machine.
    StallMeter meter(intervalMs);
    meter.start();
    QTimer::singleShot(1000, &app, &QCoreApplication::quit);
    QApplication::exec();
    meter.stop();
    const double idleLongest = meter.longest();
    const double idleP99 = meter.percentile(0.99);

    // The UI's part: on every batch, ask for the counts (one question at a time; newer batches wait for it).
    int batches = 0;
    int queries = 0;
    bool queryRunning = false;
    bool queryWanted = false;
    qint64 shownPosts = 0;
    std::function<void()> refresh = [&] {
        if (queryRunning) {
            queryWanted = true;
            return;
        }
        queryRunning = true;
        queryWanted = false;
        ++queries;
        service.run<QPair<qint64, qint64>>(
            &window,
            [](store::CaseStore &s) -> Expected<QPair<qint64, qint64>, store::StoreError> {
                auto posts = s.cases().postCount();
                if (!posts)
                    return unexpected(posts.error());
                store::InboxFilter open;
                open.states = {domain::CaseState::New, domain::CaseState::NeedsReply,
                               domain::CaseState::WaitingOnDepartment};
                auto cases = s.cases().countCases(open);
                if (!cases)
                    return unexpected(cases.error());
                return QPair<qint64, qint64>(*posts, *cases);
            },
            [&](const Expected<QPair<qint64, qint64>, store::StoreError> &r) {
                queryRunning = false;
                if (r) {
                    shownPosts = r->first;
                    window.setText(QStringLiteral("%1 posts, %2 open cases").arg(r->first).arg(r->second));
                }
                if (queryWanted)
                    refresh();
            });
    };

    sync::AccountSync::Options options;
    sync::SyncEngine engine(location, options);
    bool finished = false;
    bool ok = false;
    QList<double> batchTimes; // seconds since the start, one per page stored
    QElapsedTimer syncClock;
    QObject::connect(&engine, &sync::SyncEngine::postsStored, &window, [&](qint64, const QList<qint64> &) {
        ++batches;
        batchTimes << syncClock.nsecsElapsed() / 1e9;
        refresh();
    });
    QObject::connect(&engine, &sync::SyncEngine::pollFinished, &window, [&](qint64, bool success) {
        finished = true;
        ok = success;
        QCoreApplication::quit();
    });

    meter.start();
    syncClock.start();
    engine.startAccount(account, {QStringLiteral("bench-token"), {}, {}});
    QApplication::exec();
    const double syncS = syncClock.nsecsElapsed() / 1e9;
    meter.stop();
    engine.stopAccount(account.id);

    // The last count, for the record (and to check that everything arrived).
    refresh();
    while (queryRunning)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!finished || !ok) {
        std::fprintf(stderr, "the sync did not finish well\n");
        return 1;
    }

    // The same pages fetched and parsed once more without storing them: what the network and the fake cost alone.
    // (Measured after the sync, on the main thread; stalls no longer count here.)
    int pages = 0;
    double fetchS = 0;
    {
        net::GuardedNetworkAccessManager network;
        net::HttpClient http(&network);
        const auto connector = connectors::makeConnector(account, {QStringLiteral("bench-token"), {}, {}});
        const QString stream = connector->streams().constFirst();
        bool done = false;
        QElapsedTimer fetchClock;
        fetchClock.start();
        std::function<void(const QString &)> page = [&](const QString &token) {
            http.send(connector->fetchRequest(stream, {}, token), &network, [&](const net::ApiResponse &response) {
                auto result = connector->readFetch(stream, {}, response);
                pages += result.hasValue();
                if (!result || result->nextPageToken.isEmpty()) {
                    done = true;
                    return;
                }
                page(result->nextPageToken);
            });
        };
        page({});
        while (!done)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        fetchS = fetchClock.nsecsElapsed() / 1e9;
    }

    // Pages per second over the first and the last tenth of the backlog: does storing slow down as the store grows?
    const qsizetype tenth = std::max<qsizetype>(1, batchTimes.size() / 10);
    const double firstTenthS = batchTimes.isEmpty() ? 0 : batchTimes.at(tenth - 1);
    const double lastTenthS =
        batchTimes.isEmpty() ? 0 : batchTimes.constLast() - batchTimes.at(batchTimes.size() - tenth - 1);

    const double perPage = batches > 0 ? double(shownPosts) / batches : 0;
    std::printf("posts stored:            %10lld (%d batches, %d count queries from the GUI thread)\n", shownPosts,
                batches, queries);
    std::printf("sync time:               %10.1f s\n", syncS);
    std::printf("throughput:              %10.0f posts/s\n", double(shownPosts) / syncS);
    std::printf("  first tenth of pages:  %10.0f posts/s; last tenth: %.0f posts/s (%.0f%% of the first)\n",
                double(tenth) * perPage / firstTenthS, double(tenth) * perPage / lastTenthS,
                100.0 * firstTenthS / lastTenthS);
    std::printf("fetch + parse only:      %10.1f s for the same %d pages (%.0f%% of the sync time)\n", fetchS, pages,
                100.0 * fetchS / syncS);
    std::printf("event loop, idle:        longest gap %.1f ms, p99 %.1f ms (timer every %d ms)\n", idleLongest, idleP99,
                intervalMs);
    std::printf("event loop, during sync: longest gap %.1f ms, p99 %.1f ms, %lld of %lld gaps over 50 ms\n",
                meter.longest(), meter.percentile(0.99), qint64(meter.over(50)), qint64(meter.ticks()));
    std::printf("peak RSS (app process):  %10.1f MB\n", peakRssKiB() / 1024.0);
    return 0;
}
