// SPDX-License-Identifier: MIT
// store_bench: ingest, inbox and search figures for the case store on SQLite (run on demand; see
// docs/performance.md). The same synthetic rows go once through the plain SQLite C API with prepared statements
// into the same schema (full-text index included) and once through IngestRepository::upsertPosts; the ratio of the two
// rates is the figure that matters, since absolute rates depend on the machine.
#include "ingest/payload.h"
#include "store/caserepository.h"
#include "store/casestore.h"
#include "store/ingestrepository.h"
#include "store/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace webcare;
using domain::Channel;

namespace {

// Deterministic synthetic traffic: Dutch-looking words with a Zipf-like frequency, threads of replies, a pool of
// authors. The same seed gives the same rows to both ingest paths.
class Generator {
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
        static const char *const common[] = {"de",          "het",  "een",  "ik",      "je",     "mijn",
                                             "is",          "van",  "niet", "wel",     "schade", "polis",
                                             "premie",      "auto", "app",  "vraag",   "klacht", "reclame",
                                             "verzekering", "dank", "hulp", "wachten", "bellen", "storing"};
        for (const char *w : common)
            m_words << QString::fromLatin1(w);
        static const char *const syllables[] = {
            "ver",   "ze", "ke",  "ring", "be",   "taal", "mo",   "gen",  "schap", "dak",  "kuil", "boom", "gracht",
            "fiets", "wa", "ter", "lek",  "huis", "raam", "deur", "reis", "zorg",  "tand", "arts", "wiel", "band"};
        constexpr int n = int(std::size(syllables));
        for (int a = 0; a < n; ++a)
            for (int b = 0; b < n; ++b)
                for (int c = 0; c < 8; ++c)
                    m_words << QString::fromLatin1(syllables[a]) + QString::fromLatin1(syllables[b]) +
                                   QString::fromLatin1(syllables[(a + b + c) % n]);
    }

    const QStringList &words() const { return m_words; }

    QString word()
    {
        // Zipf-ish: small indices (common words) far more often than the long tail.
        const double u = m_rng.generateDouble();
        const int i = int(std::pow(double(m_words.size()), u)) - 1;
        return m_words.at(std::clamp(i, 0, int(m_words.size() - 1)));
    }

    domain::Post next(qint64 n)
    {
        domain::Post p;
        p.channel = static_cast<Channel>(m_rng.bounded(4));
        p.platformId = QString::number(1'800'000'000'000'000'000LL + n);
        p.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n * 20);
        const int author = int(m_rng.bounded(100000));
        p.author.channel = p.channel;
        p.author.platformId = QString::number(author);
        p.author.handle = QStringLiteral("klant%1").arg(author);
        p.author.displayName = QStringLiteral("Klant %1").arg(author);
        // A third of the posts answer a recent post of the same channel: threads of a few messages.
        if (n > 1000 && m_rng.bounded(3) == 0) {
            qint64 parent = n - 1 - m_rng.bounded(1000);
            while (parent > 0 && m_channels.value(parent % 4096) != p.channel)
                --parent;
            if (parent > 0) {
                p.inReplyToPlatformId = QString::number(1'800'000'000'000'000'000LL + parent);
                p.conversationId = m_conversations.value(parent % 4096);
            }
        }
        if (p.conversationId.isEmpty())
            p.conversationId = p.platformId;
        m_channels[n % 4096] = p.channel;
        m_conversations[n % 4096] = p.conversationId;
        const int length = 8 + int(m_rng.bounded(22));
        QStringList text;
        for (int i = 0; i < length; ++i)
            text << word();
        p.text = text.join(QLatin1Char(' '));
        p.rawPayload = QByteArrayLiteral("{\"id\":\"") + p.platformId.toLatin1() + QByteArrayLiteral("\"}");
        return p;
    }

private:
    QRandomGenerator m_rng;
    QStringList m_words;
    QHash<qint64, Channel> m_channels;
    QHash<qint64, QString> m_conversations;
};

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

// The same rows through the C API: author (cached), case insert or update, post insert (FTS by trigger).
double rawIngest(const QString &path, qint64 count, int batch)
{
    { // schema exactly as the app creates it
        auto created = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().detail));
            std::exit(1);
        }
    }
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db, "open");
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON", nullptr,
                       nullptr, nullptr),
          db, "pragma");
    sqlite3_stmt *author = nullptr, *insertCase = nullptr, *updateCase = nullptr, *post = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO authors (channel, platform_id, handle, display_name) VALUES (?,?,?,?) "
                             "ON CONFLICT (channel, platform_id) DO UPDATE SET handle = excluded.handle RETURNING id",
                             -1, &author, nullptr),
          db, "prepare");
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO cases (channel, conversation_id, state, sla_due_at, due_key, opened_at, "
                             "last_post_at, post_count, author_name, preview) VALUES (?,?,'new',?,?,?,?,1,?,?)",
                             -1, &insertCase, nullptr),
          db, "prepare");
    check(sqlite3_prepare_v2(db,
                             "UPDATE cases SET post_count = post_count + 1, last_post_at = ?, preview = ? "
                             "WHERE id = ?",
                             -1, &updateCase, nullptr),
          db, "prepare");
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO posts (channel, platform_id, author_id, case_id, text, created_at, "
                             "in_reply_to, conversation_id, url, from_own_account, raw_payload, imported_at) "
                             "VALUES (?,?,?,?,?,?,?,?,'',0,?,0)",
                             -1, &post, nullptr),
          db, "prepare");
    auto bindText = [](sqlite3_stmt *s, int i, const QByteArray &b) {
        sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    };
    Generator gen(42);
    QHash<QString, qint64> authors;
    QHash<QString, qint64> cases;
    QElapsedTimer timer;
    timer.start();
    for (qint64 n = 0; n < count;) {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
        for (int i = 0; i < batch && n < count; ++i, ++n) {
            const domain::Post p = gen.next(n);
            const QByteArray channel = domain::channelKey(p.channel).toUtf8();
            const QString authorKey = QString::fromUtf8(channel) + p.author.platformId;
            qint64 authorId = authors.value(authorKey);
            if (!authorId) {
                bindText(author, 1, channel);
                bindText(author, 2, p.author.platformId.toUtf8());
                bindText(author, 3, p.author.handle.toUtf8());
                bindText(author, 4, p.author.displayName.toUtf8());
                check(sqlite3_step(author), db, "author");
                authorId = sqlite3_column_int64(author, 0);
                sqlite3_reset(author);
                authors.insert(authorKey, authorId);
            }
            const qint64 created = p.createdAt.toMSecsSinceEpoch();
            const QByteArray text = p.text.toUtf8();
            const QString caseKey = QString::fromUtf8(channel) + p.conversationId;
            qint64 caseId = cases.value(caseKey);
            if (!caseId) {
                bindText(insertCase, 1, channel);
                bindText(insertCase, 2, p.conversationId.toUtf8());
                sqlite3_bind_int64(insertCase, 3, created + 86400000);
                sqlite3_bind_int64(insertCase, 4, created + 86400000);
                sqlite3_bind_int64(insertCase, 5, created);
                sqlite3_bind_int64(insertCase, 6, created);
                bindText(insertCase, 7, p.author.displayName.toUtf8());
                bindText(insertCase, 8, text.left(280));
                check(sqlite3_step(insertCase), db, "case");
                sqlite3_reset(insertCase);
                caseId = sqlite3_last_insert_rowid(db);
                cases.insert(caseKey, caseId);
            } else {
                sqlite3_bind_int64(updateCase, 1, created);
                bindText(updateCase, 2, text.left(280));
                sqlite3_bind_int64(updateCase, 3, caseId);
                check(sqlite3_step(updateCase), db, "update");
                sqlite3_reset(updateCase);
            }
            bindText(post, 1, channel);
            bindText(post, 2, p.platformId.toUtf8());
            sqlite3_bind_int64(post, 3, authorId);
            sqlite3_bind_int64(post, 4, caseId);
            bindText(post, 5, text);
            sqlite3_bind_int64(post, 6, created);
            bindText(post, 7, p.inReplyToPlatformId.toUtf8());
            bindText(post, 8, p.conversationId.toUtf8());
            bindText(post, 9, p.rawPayload);
            check(sqlite3_step(post), db, "post");
            sqlite3_reset(post);
        }
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    for (sqlite3_stmt *s : {author, insertCase, updateCase, post})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return count / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Case store benchmark (SQLite)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("posts"), QStringLiteral("Synthetic posts to ingest (default 1000000)."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Posts per transaction (default 1000)."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the databases (default: a temporary one)."),
                      QStringLiteral("path")});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("posts")).toLongLong();
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();

    std::printf("store_bench: %lld posts, %d per transaction, SQLite %s\n", count, batch, sqlite3_libversion());
    std::fflush(stdout);

    const QString rawPath = dir + QStringLiteral("/raw.sqlite");
    const double rawRate = rawIngest(rawPath, count, batch);
    std::printf("raw C API ingest:        %10.0f posts/s\n", rawRate);
    std::fflush(stdout);

    const QString path = dir + QStringLiteral("/store.sqlite");
    auto opened = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    auto &caseStore = **opened;
    Generator gen(42);
    QElapsedTimer timer;
    timer.start();
    for (qint64 n = 0; n < count;) {
        QList<domain::Post> posts;
        posts.reserve(batch);
        for (int i = 0; i < batch && n < count; ++i, ++n)
            posts << gen.next(n);
        if (auto r = caseStore.ingest().upsertPosts(std::move(posts)); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().detail));
            return 1;
        }
    }
    const double storeRate = count / (timer.nsecsElapsed() / 1e9);
    std::printf("upsertPosts (ingest):    %10.0f posts/s  (%.0f%% of raw)\n", storeRate, 100.0 * storeRate / rawRate);
    opened.value().reset();

    // A fresh connection, as when the app starts: open, then the first inbox page (200 rows, open cases).
    timer.restart();
    auto reopened = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
    const double openMs = timer.nsecsElapsed() / 1e6;
    auto &s = **reopened;
    store::InboxQuery first;
    first.filter.states = {domain::CaseState::New, domain::CaseState::NeedsReply,
                           domain::CaseState::WaitingOnDepartment};
    timer.restart();
    const auto page = s.cases().inboxPage(first);
    const double coldFirstPageMs = timer.nsecsElapsed() / 1e6;
    QList<double> firstPage;
    for (int i = 0; i < 50; ++i) {
        timer.restart();
        (void)s.cases().inboxPage(first);
        firstPage << timer.nsecsElapsed() / 1e6;
    }
    std::printf("open store:              %10.2f ms\n", openMs);
    std::printf("inbox first page (200):  %10.2f ms cold, p50 %.2f ms, p95 %.2f ms (%lld rows)\n", coldFirstPageMs,
                percentile(firstPage, 0.5), percentile(firstPage, 0.95), qint64(page ? page->rows.size() : 0));

    // Search as an agent types it: one or two words, from the whole vocabulary (mostly rare words, some common).
    QRandomGenerator rng(7);
    QList<double> search;
    qint64 hits = 0;
    for (int i = 0; i < 200; ++i) {
        store::InboxQuery q;
        QStringList words{gen.words().at(rng.bounded(int(gen.words().size())))};
        if (i % 4 == 0)
            words << gen.word();
        q.filter.search = words.join(QLatin1Char(' '));
        timer.restart();
        const auto result = s.cases().inboxPage(q);
        search << timer.nsecsElapsed() / 1e6;
        hits += result ? result->rows.size() : 0;
    }
    std::printf("search first page:       p50 %.2f ms, p95 %.2f ms (200 queries, %lld rows shown)\n",
                percentile(search, 0.5), percentile(search, 0.95), hits);

    // The hard cases, shown apart: the most common words, and short prefixes while a word is being typed.
    const auto timeQueries = [&](const QStringList &queries) {
        QList<double> times;
        for (int round = 0; round < 3; ++round) {
            for (const QString &text : queries) {
                store::InboxQuery q;
                q.filter.search = text;
                timer.restart();
                (void)s.cases().inboxPage(q);
                times << timer.nsecsElapsed() / 1e6;
            }
        }
        return times;
    };
    QStringList common, prefixes;
    for (int i = 0; i < 20; ++i) {
        common << gen.words().at(i) + QLatin1Char(' ');
        const QString w = gen.words().at(24 + int(rng.bounded(int(gen.words().size()) - 24)));
        prefixes << w.left(2 + i % 4);
    }
    const QList<double> commonTimes = timeQueries(common);
    const QList<double> prefixTimes = timeQueries(prefixes);
    std::printf("  the 20 commonest words: p50 %.2f ms, p95 %.2f ms\n", percentile(commonTimes, 0.5),
                percentile(commonTimes, 0.95));
    std::printf("  prefixes of 2-5 chars:  p50 %.2f ms, p95 %.2f ms\n", percentile(prefixTimes, 0.5),
                percentile(prefixTimes, 0.95));
    std::printf("database size:           %10.1f MB (raw path %.1f MB)\n", fileSize(path) / 1e6,
                fileSize(rawPath) / 1e6);
    std::printf("peak RSS:                %10.1f MB\n", peakRssKiB() / 1024.0);
    return 0;
}
