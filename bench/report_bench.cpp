// SPDX-License-Identifier: MIT
// report_bench: the supervisors' weekly report from a store of a million cases, to PDF (run on demand; figures in
// docs/performance.md). The store is written once through the SQLite C API into the app's own schema (indexes and
// full-text triggers included), about a year of traffic; then the report of the busiest week is timed: computing
// it (SQL aggregation and working time), and writing PDF, CSV and HTML.
#include "reports/reporttables.h"
#include "reports/weeklyreport.h"
#include "store/casestore.h"
#include "weeklyreport/reportpdf.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>

using namespace webcare;

namespace {

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    check(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), db, sql);
    return s;
}

void step(sqlite3 *db, sqlite3_stmt *s)
{
    check(sqlite3_step(s), db, sqlite3_sql(s));
    sqlite3_reset(s);
}

void text(sqlite3_stmt *s, int i, const char *t) { sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC); }

// Cases spread evenly over `weeks` weeks ending on `last` (exclusive), in working-hours-heavy daytime.
void generate(const QString &path, qint64 count, const QDateTime &last, int weeks)
{
    {
        auto created = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().detail));
            std::exit(1);
        }
    }
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db, "open");
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr), db,
          "begin");
    check(sqlite3_exec(db,
                       "INSERT INTO authors (channel, platform_id) VALUES ('x', '1');"
                       "INSERT INTO departments (name) VALUES ('Schade'), ('Polis'), ('Incasso');"
                       "INSERT INTO tag_catalog (tag, voc, description) VALUES ('premie', 1, 'Premie'), "
                       "('app', 1, 'App'), ('wachttijd', 1, 'Wachttijd'), ('schade', 1, 'Schade'), ('intern', 0, '')",
                       nullptr, nullptr, nullptr),
          db, "seed");
    sqlite3_stmt *insertCase =
        prepare(db, "INSERT INTO cases (id, channel, conversation_id, state, due_key, opened_at, "
                    "last_post_at, post_count) VALUES (?, ?, ?, ?, 0, ?, ?, 1)");
    sqlite3_stmt *insertPost = prepare(db, "INSERT INTO posts (channel, platform_id, author_id, case_id, text, "
                                           "created_at, conversation_id, raw_payload, imported_at) VALUES (?, ?, 1, ?, "
                                           "'Hoi, mijn premie is omhoog gegaan?', ?, ?, '{}', ?)");
    sqlite3_stmt *insertReply = prepare(db, "INSERT INTO replies (case_id, state, text, agent, created_at, sent_at) "
                                            "VALUES (?, 'sent', 'Hoi!', ?, ?, ?)");
    sqlite3_stmt *insertTriage = prepare(db, "INSERT INTO triage_decisions (case_id, decision, category, agent, "
                                             "decided_at) VALUES (?, ?, 'question', ?, ?)");
    sqlite3_stmt *insertAudit = prepare(db, "INSERT INTO audit_events (case_id, actor, action, detail, at) VALUES (?, "
                                            "?, 'case.state', ?, ?)");
    sqlite3_stmt *insertTag = prepare(db, "INSERT INTO case_tags (case_id, tag) VALUES (?, ?)");
    sqlite3_stmt *insertScore =
        prepare(db, "INSERT INTO satisfaction (case_id, score, nps, recorded_at) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *insertEscalation =
        prepare(db, "INSERT INTO escalations (case_id, department_id, question, escalated_by, escalated_at, due_at, "
                    "answered_at) VALUES (?, ?, 'vraag', 'agent1', ?, ?, ?)");
    sqlite3_stmt *insertState = prepare(db, "INSERT INTO agent_states (agent, state, started_at, ended_at) VALUES (?, "
                                            "?, ?, ?)");
    static const char *const channels[] = {"x", "mastodon", "facebook", "discourse"};
    static const char *const agents[] = {"agent1", "agent2", "agent3", "agent4", "agent5",
                                         "agent6", "agent7", "agent8", "agent9", "agent10"};
    static const char *const tags[] = {"premie", "app", "wachttijd", "schade", "intern"};
    QRandomGenerator rng(7);
    const qint64 endMs = last.toMSecsSinceEpoch();
    const qint64 spanMs = qint64(weeks) * 7 * 86400 * 1000;
    const qint64 hour = 3600 * 1000;
    for (qint64 id = 1; id <= count; ++id) {
        const qint64 opened = endMs - spanMs + (spanMs * (id - 1)) / count;
        const char *channel = channels[rng.bounded(4)];
        const char *agent = agents[rng.bounded(10)];
        const QByteArray conv = QByteArray::number(id);
        const bool needsReply = rng.bounded(10) < 8;
        // A team's backlog is the recent work: older cases are all closed, of the last week's a third is open.
        const bool resolved = opened < endMs - 7 * 24 * hour || rng.bounded(3) != 0;
        const qint64 answered = opened + qint64(rng.bounded(20 * 3600)) * 1000;
        const qint64 resolvedAt = answered + hour;
        const bool closed = resolved && resolvedAt < endMs;
        sqlite3_bind_int64(insertCase, 1, id);
        text(insertCase, 2, channel);
        sqlite3_bind_text(insertCase, 3, conv.constData(), -1, SQLITE_TRANSIENT);
        text(insertCase, 4, closed ? (needsReply ? "resolved" : "no_action") : "needs_reply");
        sqlite3_bind_int64(insertCase, 5, opened);
        sqlite3_bind_int64(insertCase, 6, opened);
        step(db, insertCase);
        text(insertPost, 1, channel);
        sqlite3_bind_text(insertPost, 2, conv.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insertPost, 3, id);
        sqlite3_bind_int64(insertPost, 4, opened);
        sqlite3_bind_text(insertPost, 5, conv.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insertPost, 6, opened);
        step(db, insertPost);
        sqlite3_bind_int64(insertTriage, 1, id);
        text(insertTriage, 2, needsReply ? "reply" : "no_action");
        text(insertTriage, 3, agent);
        sqlite3_bind_int64(insertTriage, 4, opened + 60000);
        step(db, insertTriage);
        if (needsReply && answered < endMs) {
            sqlite3_bind_int64(insertReply, 1, id);
            text(insertReply, 2, agent);
            sqlite3_bind_int64(insertReply, 3, answered);
            sqlite3_bind_int64(insertReply, 4, answered);
            step(db, insertReply);
        }
        if (closed) {
            sqlite3_bind_int64(insertAudit, 1, id);
            text(insertAudit, 2, agent);
            text(insertAudit, 3, needsReply ? "needs_reply → resolved" : "new → no_action");
            sqlite3_bind_int64(insertAudit, 4, resolvedAt);
            step(db, insertAudit);
        }
        if (rng.bounded(3) == 0) {
            sqlite3_bind_int64(insertTag, 1, id);
            text(insertTag, 2, tags[rng.bounded(5)]);
            step(db, insertTag);
        }
        if (closed && rng.bounded(10) == 0) {
            sqlite3_bind_int64(insertScore, 1, id);
            sqlite3_bind_int(insertScore, 2, 1 + int(rng.bounded(5)));
            sqlite3_bind_int(insertScore, 3, int(rng.bounded(11)));
            sqlite3_bind_int64(insertScore, 4, resolvedAt + hour);
            step(db, insertScore);
        }
        if (rng.bounded(50) == 0) {
            sqlite3_bind_int64(insertEscalation, 1, id);
            sqlite3_bind_int64(insertEscalation, 2, 1 + rng.bounded(3));
            sqlite3_bind_int64(insertEscalation, 3, opened + hour);
            sqlite3_bind_int64(insertEscalation, 4, opened + 24 * hour);
            sqlite3_bind_int64(insertEscalation, 5, opened + qint64(2 + rng.bounded(40)) * hour);
            step(db, insertEscalation);
        }
    }
    // Each agent: four hours of webcare and four on the phone every working day.
    for (qint64 day = endMs - spanMs; day < endMs; day += 24 * hour) {
        for (const char *agent : agents) {
            text(insertState, 1, agent);
            text(insertState, 2, "webcare");
            sqlite3_bind_int64(insertState, 3, day + 8 * hour);
            sqlite3_bind_int64(insertState, 4, day + 12 * hour);
            step(db, insertState);
            text(insertState, 1, agent);
            text(insertState, 2, "phone");
            sqlite3_bind_int64(insertState, 3, day + 13 * hour);
            sqlite3_bind_int64(insertState, 4, day + 17 * hour);
            step(db, insertState);
        }
    }
    for (sqlite3_stmt *s : {insertCase, insertPost, insertReply, insertTriage, insertAudit, insertTag, insertScore,
                            insertEscalation, insertState})
        sqlite3_finalize(s);
    check(sqlite3_exec(db, "COMMIT; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr), db,
          "commit");
    sqlite3_close(db);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QStringLiteral("nl_NL")));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Cases in the store (default 1000000)."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Use (or create) this SQLite file."), QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Timed runs (default 5)."), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Keep the last PDF here."), QStringLiteral("file")});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : dir.filePath(QStringLiteral("b.sqlite"));
    const qint64 count = parser.value(QStringLiteral("cases")).toLongLong();
    const reports::IsoWeek week = *reports::IsoWeek::parse(QStringLiteral("2026-W47"));
    const QTimeZone zone = workflow::WorkingCalendar::amsterdam();
    const int weeks = 52;
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        generate(path, count, week.end(zone), weeks);
        std::printf("generated %lld cases over %d weeks in %.1f s (%.0f MB)\n", count, weeks, t.elapsed() / 1000.0,
                    double(QFileInfo(path).size()) / 1e6);
    }
    const QString pdf = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                            : dir.filePath(QStringLiteral("report.pdf"));
    QList<double> computeMs, cpuMs, pdfMs, csvMs, htmlMs, totalMs, oneConnectionMs;
    reports::WeeklyReport last;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QElapsedTimer total;
        total.start();
        auto opened = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu = std::clock();
        auto report = reports::buildWeeklyReport(**opened, week);
        cpuMs << double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        if (!report) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(report.error().message()),
                         qPrintable(report.error().store.detail));
            return 1;
        }
        computeMs << t.nsecsElapsed() / 1e6;
        // The same on one connection, in the same conditions: the ratio says what the second connection gains.
        {
            reports::ReportOptions one;
            one.secondConnection = false;
            QElapsedTimer s;
            s.start();
            if (!reports::buildWeeklyReport(**opened, week, one))
                return 1;
            oneConnectionMs << s.nsecsElapsed() / 1e6;
        }
        t.restart();
        if (auto r = ui::writeReportPdf(*report, pdf); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 1;
        }
        pdfMs << t.nsecsElapsed() / 1e6;
        totalMs << total.nsecsElapsed() / 1e6;
        t.restart();
        (void)reports::writeCsv(*report, dir.filePath(QStringLiteral("csv")), {});
        csvMs << t.nsecsElapsed() / 1e6;
        t.restart();
        (void)reports::writeHtml(*report, dir.filePath(QStringLiteral("r.html")));
        htmlMs << t.nsecsElapsed() / 1e6;
        last = *report;
    }
    const reports::WeekFigures &f = last.current();
    std::printf("week %s: %lld posts in, %lld cases opened, %lld replies sent, %lld resolved, backlog %lld\n",
                qPrintable(week.toString()), f.postsIn, f.casesOpened, f.repliesSent, f.casesResolved, f.backlogAtEnd);
    std::printf("median of %lld runs: open + compute + PDF %.0f ms (compute %.0f ms of which %.0f ms CPU, PDF %.0f "
                "ms); CSV %.1f ms, HTML %.1f ms\n",
                qint64(computeMs.size()), median(totalMs), median(computeMs), median(cpuMs), median(pdfMs),
                median(csvMs), median(htmlMs));
    std::printf("compute on one connection: %.0f ms; two connections / one: %.2f\n", median(oneConnectionMs),
                median(computeMs) / median(oneConnectionMs));
    return 0;
}
