// SPDX-License-Identifier: MIT
// The weekly report on crafted weeks whose figures are worked out by hand below (the data: support/reportfixture.cpp).
// Team hours: Mon–Fri 08:00–20:00, Sat 09:00–17:00, Sunday and public holidays closed; SLA target one working day
// (12 working hours). Departments: Mon–Fri 09:00–17:00.
#include "reports/isoweek.h"
#include "reports/reporttables.h"
#include "reports/weeklyreport.h"
#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/satisfactionrepository.h"
#include "support/reportfixture.h"
#include "support/testsupport.h"

#include <atomic>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace webcare;
using reports::IsoWeek;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

const QTimeZone &zone()
{
    static const QTimeZone z = workflow::WorkingCalendar::amsterdam();
    return z;
}

reports::WeeklyReport makeReport(store::CaseStore &store, const QString &week, bool names = false)
{
    reports::ReportOptions options;
    options.nowUtc = test::reportNow();
    options.withAgentNames = names;
    auto report = reports::buildWeeklyReport(store, *IsoWeek::parse(week), options);
    INFO((report ? std::string()
                 : report.error().message().toStdString() + " " + report.error().store.detail.toStdString()));
    REQUIRE(report.hasValue());
    return *report;
}

// RFC 4180 reader for the files the export writes.
QList<QStringList> parseCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == separator) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\r')) {
            continue;
        } else if (ch == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += ch;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QStringList rowLabelled(const QList<QStringList> &rows, const QString &label)
{
    for (const QStringList &r : rows) {
        if (!r.isEmpty() && r.first() == label)
            return r;
    }
    return {};
}

} // namespace

TEST_CASE("ISO weeks parse strictly and span local midnights, DST included", "[reports]")
{
    CHECK(IsoWeek::parse(QStringLiteral("2026-W13"))->toString() == QStringLiteral("2026-W13"));
    CHECK(IsoWeek::parse(QStringLiteral("2026-W53")).has_value()); // 2026 starts on a Thursday: 53 weeks
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2025-W53")).has_value());
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2026-W00")).has_value());
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2026W13")).has_value());
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2026-13")).has_value());
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("")).has_value());
    CHECK(IsoWeek::parse(QStringLiteral("2026-W01"))->monday() == QDate(2025, 12, 29));

    // Week 13 of 2026: Monday 23 March 00:00 CET (UTC+1) to Monday 30 March 00:00 CEST (UTC+2): 167 hours.
    const IsoWeek w13 = *IsoWeek::parse(QStringLiteral("2026-W13"));
    CHECK(w13.start(zone()) == utc(2026, 3, 22, 23));
    CHECK(w13.end(zone()) == utc(2026, 3, 29, 22));
    CHECK(w13.start(zone()).secsTo(w13.end(zone())) == 167 * 3600);
    // Week 43 (19–25 October): back to winter time on its Sunday: 169 hours. Week 44 has the usual 168.
    const IsoWeek w43 = *IsoWeek::parse(QStringLiteral("2026-W43"));
    CHECK(w43.start(zone()).secsTo(w43.end(zone())) == 169 * 3600);
    CHECK(w43.addWeeks(1).start(zone()).secsTo(w43.addWeeks(1).end(zone())) == 168 * 3600);

    CHECK(w13.addWeeks(-13).toString() == QStringLiteral("2025-W52"));
    CHECK(IsoWeek::parse(QStringLiteral("2025-W52"))->addWeeks(1).toString() == QStringLiteral("2026-W01"));
    // "Last week" on Monday 30 March 00:30 summer time is week 13, whatever UTC says.
    CHECK(IsoWeek::lastWeek(utc(2026, 3, 29, 22, 30), zone()).toString() == QStringLiteral("2026-W13"));
}

TEST_CASE("Median and the 90th percentile follow their stated definitions", "[reports]")
{
    CHECK_FALSE(reports::median({}).has_value());
    CHECK(*reports::median({5}) == 5);
    CHECK(*reports::median({9, 1, 5}) == 5);
    CHECK(*reports::median({1, 2, 3, 10}) == 2); // (2 + 3) / 2 in whole seconds
    CHECK(*reports::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90) == 9);
    CHECK(*reports::percentile({5400, 7200, 7200, 57600}, 90) == 57600);
    CHECK(*reports::percentile({42}, 90) == 42);
}

BACKEND_TEST_CASE("The weekly report of the DST week: every figure as worked out by hand", "[reports]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    test::fillReportWeek13(*store);
    const reports::WeeklyReport report = makeReport(*store, QStringLiteral("2026-W13"), true);
    REQUIRE(report.trend.size() == 4);
    CHECK(report.trend.first().week.toString() == QStringLiteral("2026-W10"));
    const reports::WeekFigures &f = report.current();

    // Posts in: customers' posts from Mon 23 Mar 00:00 CET to Sun 29 Mar 23:59 CEST. G's Monday 00:10 post, H's
    // Tuesday post, the opening posts of A–F, B's Sunday 23:30 post = 9. Not: our own reply (A), C's Monday 00:30 post
    // (week 14), G's Sunday 22 March 23:30 post (week 12).
    CHECK(f.postsIn == 9);
    // Cases opened A–F = 6; needing a reply A (triage), B, C, F (sent replies), E (triage) = 5; D was no action.
    CHECK(f.casesOpened == 6);
    CHECK(f.casesNeedingReply == 5);
    CHECK(*f.engagementRate == Approx(5.0 / 6.0));
    // Sent with sent_at in the week: J, A (Monday), F (Friday), B (Saturday). C's goes out in week 14; E's failed.
    CHECK(f.repliesSent == 4);
    // First responses in working time: A Mon 09:00→10:30 = 1.5 h; B Fri 19:00→Sat 10:00 = 1 h + 1 h; C Sat
    // 16:00→Mon 09:00 = 1 h + (Sunday closed) + 1 h; F Thu 08:00→Fri 12:00 = 12 h + 4 h.
    // Sorted 5400, 7200, 7200, 57600: median (7200 + 7200) / 2, nearest-rank p90 = the 4th = 57600.
    CHECK(*f.firstResponseMedian == 7200);
    CHECK(*f.firstResponseP90 == 57600);
    // SLA 12 working hours: A, B, C within; F late; E unanswered and 12 h past by Tue 31 March → 3 of 5.
    CHECK(f.slaMet == 3);
    CHECK(f.slaCounted == 5);
    CHECK(*f.slaShare == Approx(0.6));
    // Resolved in the week: J (Mon 10:00), A (Mon 11:00), F (Fri 13:00); B's resolution is in week 14.
    // Handling: J Fri 20 Mar 10:00→Mon 10:00 = 10 + 8 (Sat) + 0 (Sun) + 2 = 20 h; A 2 h; F 12 + 5 = 17 h → median 17 h.
    CHECK(f.casesResolved == 3);
    CHECK(*f.handlingMedian == 17 * 3600);
    // Open at Mon 30 Mar 00:00: G (new), H (resolved in week 12, reopened by a customer post on Tuesday), B (its
    // resolution came after the week), C (new), E (needs reply / waiting). Closed: A, D, F, I, J.
    CHECK(f.backlogAtEnd == 5);
    // Escalations: Schade Wed 10:00→Thu 11:00 = 7 + 2 = 9 office hours (late), Schade unanswered, Polis 3 h on time.
    CHECK(f.escalations == 3);
    CHECK(*f.escalationTurnaroundMedian == (9 * 3600 + 3 * 3600) / 2);
    // Hours: webcare Anna Mon 8 h + Fri 2 h (open interval, up to its last heartbeat) + Bram Sat 22:00→Sun 04:00 =
    // 5 real hours (02:00 became 03:00); phone Anna 4 h + Bram's 2 h after midnight into Monday. Break not counted.
    CHECK(f.webcareHours == Approx(15.0));
    CHECK(f.phoneHours == Approx(6.0));
    CHECK(report.contractHours == Approx(30.0)); // the team setting
    CHECK(f.fteWebcare == Approx(0.5));
    CHECK(f.ftePhone == Approx(0.2));
    // Satisfaction in the week: scores 5, 4, 2 (B gave only an NPS answer) → 2 of 3; NPS 10, 7, 3, 9 → promoters
    // 2, detractors 1 of 4 → +25. The answers of 30 March are week 14.
    CHECK(f.csatResponses == 3);
    CHECK(*f.csatShare == Approx(2.0 / 3.0));
    CHECK(f.npsResponses == 4);
    CHECK(*f.nps == Approx(25.0));

    // The week before (16–22 March): posts H, I, J, G = 4; no replies sent; H and I resolved; open at its end J
    // (resolved only on 23 March) and G; H was closed then (its customer wrote again after the week).
    const reports::WeekFigures &p = report.previous();
    CHECK(p.week.toString() == QStringLiteral("2026-W12"));
    CHECK(p.postsIn == 4);
    CHECK(p.casesOpened == 4);
    CHECK(p.repliesSent == 0);
    CHECK(p.casesResolved == 2);
    CHECK(p.backlogAtEnd == 2);
    CHECK(p.phoneHours == Approx(2.0));
    CHECK_FALSE(p.csatShare.has_value());
    // J, opened Fri 20 March 10:00, was answered Mon 23 March 09:30: 10 h + 8 h (Sat) + 1.5 h; 1 of 4 needed a reply.
    CHECK(*p.firstResponseMedian == 70200);
    CHECK(*p.engagementRate == Approx(0.25));
    CHECK(report.trend.first().postsIn == 0);

    // Per channel.
    REQUIRE(report.channels.size() == 3);
    const auto channel = [&](domain::Channel c) {
        for (const reports::ChannelFigures &x : report.channels)
            if (x.channel == c)
                return x;
        FAIL("channel missing");
        return reports::ChannelFigures{};
    };
    const reports::ChannelFigures x = channel(domain::Channel::X);
    CHECK(x.postsIn == 7);
    CHECK(x.casesOpened == 4);
    CHECK(x.repliesSent == 4);
    CHECK(*x.firstResponseMedian == 7200); // A, B, F
    CHECK(*x.slaShare == Approx(2.0 / 3.0));
    CHECK(x.casesResolved == 3);
    const reports::ChannelFigures m = channel(domain::Channel::Mastodon);
    CHECK(m.postsIn == 1);
    CHECK(*m.firstResponseMedian == 7200);
    CHECK(*m.slaShare == Approx(1.0));
    const reports::ChannelFigures fb = channel(domain::Channel::Facebook);
    CHECK_FALSE(fb.firstResponseMedian.has_value());
    CHECK(*fb.slaShare == Approx(0.0));

    // Per agent (asked for): Anna sent J, A, F and resolved J and A; Bram sent B and resolved F.
    REQUIRE(report.agents.size() == 2);
    CHECK(report.agents.at(0).name == QStringLiteral("Anna de Vries"));
    CHECK(report.agents.at(0).repliesSent == 3);
    CHECK(report.agents.at(0).casesResolved == 2);
    CHECK(report.agents.at(0).webcareHours == Approx(10.0));
    CHECK(report.agents.at(0).phoneHours == Approx(4.0));
    CHECK(report.agents.at(1).name == QStringLiteral("Bram Jansen"));
    CHECK(report.agents.at(1).repliesSent == 1);
    CHECK(report.agents.at(1).casesResolved == 1);
    CHECK(report.agents.at(1).webcareHours == Approx(5.0));

    // Departments, by name.
    REQUIRE(report.departments.size() == 2);
    CHECK(report.departments.at(0).name == QStringLiteral("Polis"));
    CHECK(report.departments.at(0).answeredOnTime == 1);
    CHECK(*report.departments.at(0).turnaroundMedian == 3 * 3600);
    CHECK(report.departments.at(1).name == QStringLiteral("Schade"));
    CHECK(report.departments.at(1).escalations == 2);
    CHECK(report.departments.at(1).answered == 1);
    CHECK(report.departments.at(1).answeredOnTime == 0);
    CHECK(*report.departments.at(1).turnaroundMedian == 9 * 3600);

    // Voice of the customer: premie on A and B (G in week 12), app on E; "intern" is no VoC tag.
    REQUIRE(report.tags.size() == 2);
    CHECK(report.tags.at(0).tag == QStringLiteral("premie"));
    CHECK(report.tags.at(0).cases == 2);
    CHECK(report.tags.at(0).previousWeek == 1);
    CHECK(report.tags.at(1).tag == QStringLiteral("app"));
    CHECK(report.tags.at(1).cases == 1);
}

BACKEND_TEST_CASE("King's Day is no working time in the first response", "[reports]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    test::fillReportWeek18(*store);
    reports::ReportOptions options;
    options.nowUtc = test::amsterdam(2026, 5, 4, 12);
    auto report = reports::buildWeeklyReport(*store, *IsoWeek::parse(QStringLiteral("2026-W18")), options);
    REQUIRE(report.hasValue());
    const reports::WeekFigures &f = report->current();
    // K: opened on King's Day (Monday 27 April, closed) 10:00, answered Tue 08:00→09:00 = 1 h (11 h if Monday
    // counted); L: Tue 19:00→Wed 08:30 = 1 h + 0.5 h. Median (3600 + 5400) / 2, p90 5400, both within 12 h.
    CHECK(f.casesOpened == 2);
    CHECK(*f.firstResponseMedian == 4500);
    CHECK(*f.firstResponseP90 == 5400);
    CHECK(*f.slaShare == Approx(1.0));
    CHECK(f.repliesSent == 2);
}

BACKEND_TEST_CASE("A report holds agent names only when asked, and stops when cancelled", "[reports]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    test::fillReportWeek13(*store);
    const reports::WeeklyReport anonymous = makeReport(*store, QStringLiteral("2026-W13"));
    CHECK(anonymous.agents.isEmpty());
    QStringList tableNames;
    for (const reports::ReportTable &t : reports::reportTables(anonymous))
        tableNames << t.name;
    CHECK(tableNames == QStringList{u"summary"_qs, u"channels"_qs, u"departments"_qs, u"voc_tags"_qs});
    const QString html = reports::toHtml(anonymous);
    CHECK_FALSE(html.contains(QStringLiteral("Anna")));
    CHECK_FALSE(html.contains(QStringLiteral("anna")));
    CHECK(html.contains(QStringLiteral("<svg")));
    CHECK_FALSE(html.contains(QStringLiteral("src=\"http"))); // self-contained

    // Cancelled after the second poll: the computation stops and says so.
    // (Two weeks are read on a second thread, which polls too.)
    std::atomic<int> polls = 0;
    QList<int> progress;
    reports::ReportOptions options;
    options.cancelled = [&polls] { return ++polls > 2; };
    options.progress = [&progress](int p) { progress << p; };
    auto cancelled = reports::buildWeeklyReport(*store, *IsoWeek::parse(QStringLiteral("2026-W13")), options);
    REQUIRE_FALSE(cancelled.hasValue());
    CHECK(cancelled.error().cancelled);
    CHECK(polls >= 3);
    CHECK_FALSE(progress.contains(100)); // stopped before the last week was read
}

BACKEND_TEST_CASE("Satisfaction answers are validated and leave an audit event", "[reports][satisfaction]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    auto upserted = store->ingest().upsertPosts(
        {test::makePost(domain::Channel::X, u"1"_qs, u"Bedankt!"_qs, QDateTime::currentDateTimeUtc())});
    REQUIRE_OK(upserted);
    REQUIRE(upserted->touchedCases.size() == 1);
    const qint64 caseId = upserted->touchedCases.first();
    store::SatisfactionRecord r;
    r.caseId = caseId;
    CHECK_FALSE(store->surveys().recordSatisfaction(r, u"anna"_qs).hasValue()); // neither score nor NPS
    r.score = 6;
    CHECK_FALSE(store->surveys().recordSatisfaction(r, u"anna"_qs).hasValue());
    r.score = 4;
    r.nps = 11;
    CHECK_FALSE(store->surveys().recordSatisfaction(r, u"anna"_qs).hasValue());
    r.nps = 9;
    r.comment = u"Snel geholpen"_qs;
    REQUIRE_OK(store->surveys().recordSatisfaction(r, u"anna"_qs));
    r.caseId = 999;
    CHECK(store->surveys().recordSatisfaction(r, u"anna"_qs).error().kind == store::StoreError::Kind::NotFound);
    auto stored = store->surveys().satisfaction(caseId);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(*stored->first().score == 4);
    CHECK(*stored->first().nps == 9);
    CHECK(stored->first().comment == u"Snel geholpen"_qs);
    auto trail = store->cases().auditTrail(caseId);
    REQUIRE_OK(trail);
    bool found = false;
    for (const domain::AuditEvent &e : *trail)
        found =
            found || (e.action == u"case.satisfaction"_qs && e.detail == u"score 4, nps 9"_qs && e.actor == u"anna"_qs);
    CHECK(found);
}

TEST_CASE("CSV export: one file per table, quoted as RFC 4180, Dutch decimals on request", "[reports][export]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto store = db.open();
    test::fillReportWeek13(*store);
    const reports::WeeklyReport report = makeReport(*store, QStringLiteral("2026-W13"), true);
    QTemporaryDir dir;
    reports::CsvOptions options;
    options.separator = QLatin1Char(';');
    options.decimalComma = true;
    options.byteOrderMark = true;
    auto files = reports::writeCsv(report, dir.filePath(u"out"_qs), options);
    REQUIRE(files.hasValue());
    CHECK(files->size() == 5);
    QFile summaryFile(dir.filePath(u"out/2026-W13-summary.csv"_qs));
    REQUIRE(summaryFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = summaryFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(';'));
    REQUIRE(rows.size() == 22);
    CHECK(rows.first() ==
          QStringList{u"Figure"_qs, u"2026-W10"_qs, u"2026-W11"_qs, u"2026-W12"_qs, u"2026-W13"_qs, u"Change"_qs});
    CHECK(rowLabelled(rows, u"Posts in"_qs) ==
          QStringList{u"Posts in"_qs, u"0"_qs, u"0"_qs, u"4"_qs, u"9"_qs, u"5"_qs});
    CHECK(rowLabelled(rows, u"Engagement rate (%)"_qs).at(4) == u"83,3"_qs);
    CHECK(rowLabelled(rows, u"First response, median (working hours)"_qs).at(4) == u"2,00"_qs);
    CHECK(rowLabelled(rows, u"First response, 90th percentile (working hours)"_qs).at(4) == u"16,00"_qs);
    CHECK(rowLabelled(rows, u"Answered within the SLA (%)"_qs).at(4) == u"60,0"_qs);
    CHECK(rowLabelled(rows, u"Handling time per case, median (working hours)"_qs).at(4) == u"17,00"_qs);
    CHECK(rowLabelled(rows, u"Open backlog at the end of the week"_qs).mid(3) ==
          QStringList{u"2"_qs, u"5"_qs, u"3"_qs});
    CHECK(rowLabelled(rows, u"FTE in webcare"_qs).at(4) == u"0,50"_qs);
    CHECK(rowLabelled(rows, u"Net Promoter Score"_qs).at(4) == u"25,0"_qs);
    CHECK(rowLabelled(rows, u"Net Promoter Score"_qs).at(3).isEmpty()); // no answers in week 12
    CHECK(rowLabelled(rows, u"Net Promoter Score"_qs).at(5).isEmpty());

    QFile agentsFile(dir.filePath(u"out/2026-W13-agents.csv"_qs));
    REQUIRE(agentsFile.open(QIODevice::ReadOnly));
    const QList<QStringList> agents = parseCsv(QString::fromUtf8(agentsFile.readAll().mid(3)), QLatin1Char(';'));
    CHECK(rowLabelled(agents, u"Anna de Vries"_qs) ==
          QStringList{u"Anna de Vries"_qs, u"3"_qs, u"2"_qs, u"10,00"_qs, u"4,00"_qs});

    // Quoting: separators, quotes and line breaks survive a round trip.
    reports::ReportTable table;
    table.headers = {u"a;b"_qs, u"say \"hi\""_qs, u"plain"_qs};
    table.decimals = {0, 0, 1};
    table.rows << QVariantList{u"line\nbreak"_qs, u"x"_qs, 1.26};
    reports::CsvOptions comma;
    const QByteArray csv = reports::toCsv(table, comma);
    CHECK(csv == QByteArray("a;b,\"say \"\"hi\"\"\",plain\r\n\"line\nbreak\",x,1.3\r\n"));
    const QList<QStringList> back = parseCsv(QString::fromUtf8(reports::toCsv(table, options)), QLatin1Char(';'));
    CHECK(back.at(0) == table.headers);
    CHECK(back.at(1) == QStringList{u"line\nbreak"_qs, u"x"_qs, u"1,3"_qs});
}

namespace {
struct ReportRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ReportRun runReportCommand(const QStringList &arguments, bool withoutDisplay = false)
{
    QProcess p;
    QStringList env;
    for (const QString &v : QProcess::systemEnvironment()) {
        // Without a display and with no platform chosen, the command picks the offscreen platform itself.
        if (withoutDisplay && (v.startsWith(u"DISPLAY="_qs) || v.startsWith(u"WAYLAND_DISPLAY="_qs) ||
                               v.startsWith(u"QT_QPA_PLATFORM="_qs)))
            continue;
        env << v;
    }
    env << QStringLiteral("LANG=en_GB.UTF-8") << QStringLiteral("LC_ALL=en_GB.UTF-8");
    p.setEnvironment(env);
    p.start(QStringLiteral(WEBCARE_APP_PATH), QStringList{u"report"_qs} + arguments);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("webcaredesk report: exit codes for a bad week, a missing store and a good run", "[reports][cli]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"store.sqlite"_qs);
    {
        auto opened = store::CaseStore::open(store::StoreLocation::sqliteFile(dbPath));
        REQUIRE(opened.hasValue());
        test::fillReportWeek13(**opened);
    }
    const ReportRun badWeek = runReportCommand({u"--week"_qs, u"2026-W54"_qs, u"--format"_qs, u"csv"_qs, u"--out"_qs,
                                                dir.filePath(u"csv"_qs), u"--db"_qs, dbPath});
    CHECK(badWeek.exitCode == 2);
    CHECK(badWeek.err.contains(u"YYYY-Www"_qs));
    const ReportRun badFormat = runReportCommand({u"--week"_qs, u"2026-W13"_qs, u"--format"_qs, u"docx"_qs, u"--out"_qs,
                                                  dir.filePath(u"x"_qs), u"--db"_qs, dbPath});
    CHECK(badFormat.exitCode == 2);
    const ReportRun noOut = runReportCommand({u"--week"_qs, u"2026-W13"_qs, u"--db"_qs, dbPath});
    CHECK(noOut.exitCode == 2);
    const QString missing = dir.filePath(u"missing.sqlite"_qs);
    const ReportRun missingStore = runReportCommand({u"--week"_qs, u"2026-W13"_qs, u"--format"_qs, u"csv"_qs,
                                                     u"--out"_qs, dir.filePath(u"csv"_qs), u"--db"_qs, missing});
    CHECK(missingStore.exitCode == 3);
    CHECK(missingStore.err.contains(missing));
    CHECK_FALSE(QFile::exists(missing)); // not created by asking for a report

    const ReportRun csv =
        runReportCommand({u"--week"_qs, u"2026-W13"_qs, u"--format"_qs, u"csv"_qs, u"--out"_qs, dir.filePath(u"csv"_qs),
                          u"--db"_qs, dbPath, u"--csv-separator"_qs, u";"_qs, u"--decimal-comma"_qs});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    QFile summary(dir.filePath(u"csv/2026-W13-summary.csv"_qs));
    REQUIRE(summary.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(summary.readAll()), QLatin1Char(';'));
    CHECK(rowLabelled(rows, u"Replies sent"_qs).at(4) == u"4"_qs);
    CHECK_FALSE(QFile::exists(dir.filePath(u"csv/2026-W13-agents.csv"_qs))); // no names unless asked

    const QString pdf = dir.filePath(u"report.pdf"_qs);
    const ReportRun pdfRun = runReportCommand(
        {u"--week"_qs, u"2026-W13"_qs, u"--format"_qs, u"pdf"_qs, u"--out"_qs, pdf, u"--db"_qs, dbPath}, true);
    INFO(pdfRun.err.toStdString());
    REQUIRE(pdfRun.exitCode == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));

    const ReportRun unwritable =
        runReportCommand({u"--week"_qs, u"2026-W13"_qs, u"--format"_qs, u"html"_qs, u"--out"_qs,
                          dir.filePath(u"no/such/folder/r.html"_qs), u"--db"_qs, dbPath});
    CHECK(unwritable.exitCode == 1);
}
