// SPDX-License-Identifier: MIT
#include "weeklyreport.h"

#include "domain/states.h"
#include "store/casestore.h"
#include "workflow/blending.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <vector>

#include <thread>

namespace webcare::reports {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

// Working time between instants by a prefix sum over the calendar's opening intervals: the report measures tens of
// thousands of cases, and asking the calendar (time zone and holiday rules) per case would dominate the run.
class WorkingClock {
public:
    WorkingClock(const workflow::WorkingCalendar &calendar, qint64 fromMs, qint64 toMs)
    {
        const QTimeZone &zone = calendar.zone();
        const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date().addDays(-1);
        const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, zone).date().addDays(1);
        qint64 total = 0;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            if (const auto interval = calendar.openInterval(day)) {
                const qint64 a = interval->first.toMSecsSinceEpoch();
                const qint64 b = interval->second.toMSecsSinceEpoch();
                m_starts.push_back(a);
                m_ends.push_back(b);
                m_before.push_back(total);
                total += b - a;
            }
        }
    }
    // Working seconds between two instants (0 when `to` is not after `from`).
    qint64 seconds(qint64 fromMs, qint64 toMs) const
    {
        return toMs <= fromMs ? 0 : (cumulative(toMs) - cumulative(fromMs)) / 1000;
    }

private:
    qint64 cumulative(qint64 t) const
    {
        // The last interval starting at or before t.
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), t);
        if (it == m_starts.begin())
            return 0;
        const std::size_t i = std::size_t(it - m_starts.begin() - 1);
        return m_before[i] + std::min(t, m_ends[i]) - m_starts[i];
    }
    std::vector<qint64> m_starts, m_ends, m_before;
};

class Builder {
public:
    Builder(store::CaseStore &caseStore, const ReportOptions &options)
        : m_store(caseStore)
        , m_db(caseStore.database())
        , m_options(options)
        , m_zone(options.sla.calendar().zone())
        , m_now(options.nowUtc.isValid() ? options.nowUtc : QDateTime::currentDateTimeUtc())
    {}

    Expected<WeeklyReport, ReportError> run(const IsoWeek &week);

private:
    struct CaseRow {
        qint64 id = 0;
        domain::Channel channel = domain::Channel::X;
        QString category;
        qint64 openedAt = 0;
        std::optional<qint64> firstSentAt;
        bool needsReply = false;
    };

    bool cancelled() const { return m_options.cancelled && m_options.cancelled(); }
    void progress(int percent) const
    {
        if (m_options.progress)
            m_options.progress(percent);
    }
    std::optional<ReportError> failure(const QSqlQuery &q) const
    {
        ReportError e;
        e.store = store::StoreError::fromSql(q.lastError(), m_store.location().displayName(),
                                             m_store.backend() == store::Backend::Sqlite);
        return e;
    }
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
    {
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            m_error = failure(q);
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = failure(q);
            return false;
        }
        return true;
    }
    std::optional<WeekFigures> figures(const IsoWeek &week, bool details, WeeklyReport *report);
    bool hours(qint64 start, qint64 end, WeekFigures &f, QHash<QString, AgentFigures> *agents);
    bool departments(qint64 start, qint64 end, WeekFigures &f, QList<DepartmentFigures> *out);
    bool tags(qint64 start, qint64 end, qint64 previousStart, QList<TagFigures> *out);
    double contractHours();

    store::CaseStore &m_store;
    QSqlDatabase m_db;
    const ReportOptions &m_options;
    QTimeZone m_zone;
    QDateTime m_now;
    std::optional<ReportError> m_error;
};

QString caseStateFromDetail(const QString &detail)
{
    // "from → to", as every state change writes it.
    const qsizetype arrow = detail.lastIndexOf(QStringLiteral("→ "));
    return arrow < 0 ? QString() : detail.mid(arrow + 2).trimmed();
}

double ratio(qint64 part, qint64 whole) { return double(part) / double(whole); }

std::optional<double> share(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(ratio(part, whole)) : std::nullopt;
}

double Builder::contractHours()
{
    if (m_options.contractHours > 0)
        return m_options.contractHours;
    QSqlQuery q(m_db);
    if (exec(q, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"),
             {QStringLiteral("report.contract_hours")}) &&
        q.next()) {
        bool ok = false;
        const double hours = q.value(0).toString().toDouble(&ok);
        if (ok && hours > 0)
            return hours;
    }
    m_error.reset(); // a missing setting is no error
    return 36;
}

std::optional<WeekFigures> Builder::figures(const IsoWeek &week, bool details, WeeklyReport *report)
{
    WeekFigures f;
    f.week = week;
    const qint64 start = week.start(m_zone).toMSecsSinceEpoch();
    const qint64 end = week.end(m_zone).toMSecsSinceEpoch();
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    QMap<domain::Channel, ChannelFigures> channels;
    QMap<domain::Channel, QList<qint64>> channelFirstResponse;
    QMap<domain::Channel, std::pair<qint64, qint64>> channelSla; // met, counted
    auto channelOf = [&](const QVariant &key) -> ChannelFigures * {
        const auto channel = domain::channelFromKey(key.toString());
        if (!channel)
            return nullptr;
        ChannelFigures &c = channels[*channel];
        c.channel = *channel;
        return &c;
    };

    QSqlQuery q(m_db);
    // Posts in.
    if (!exec(q,
              QStringLiteral("SELECT channel, COUNT(*) FROM posts WHERE created_at >= ? AND created_at < ? "
                             "AND from_own_account = 0 GROUP BY channel"),
              {start, end}))
        return std::nullopt;
    while (q.next()) {
        f.postsIn += q.value(1).toLongLong();
        if (ChannelFigures *c = channelOf(q.value(0)))
            c->postsIn = q.value(1).toLongLong();
    }
    if (cancelled())
        return std::nullopt;

    // Cases of the week: whether they needed a reply and when the first reply went out.
    if (!exec(
            q,
            QStringLiteral("SELECT c.id, c.channel, c.category, c.opened_at, "
                           "(SELECT MIN(r.sent_at) FROM replies r WHERE r.case_id = c.id AND r.state = 'sent'), "
                           "CASE WHEN EXISTS (SELECT 1 FROM triage_decisions t WHERE t.case_id = c.id AND t.decision = "
                           "'reply') THEN 1 ELSE 0 END "
                           "FROM cases c WHERE c.opened_at >= ? AND c.opened_at < ?"),
            {start, end}))
        return std::nullopt;
    std::vector<CaseRow> cases;
    qint64 latest = std::max(end, nowMs);
    while (q.next()) {
        CaseRow row;
        row.id = q.value(0).toLongLong();
        row.channel = domain::channelFromKey(q.value(1).toString()).value_or(domain::Channel::X);
        row.category = q.value(2).toString();
        row.openedAt = q.value(3).toLongLong();
        if (!q.value(4).isNull()) {
            row.firstSentAt = q.value(4).toLongLong();
            latest = std::max(latest, *row.firstSentAt);
        }
        row.needsReply = q.value(5).toInt() != 0 || row.firstSentAt.has_value();
        cases.push_back(row);
    }
    if (cancelled())
        return std::nullopt;

    // Resolutions in the week: the last move to "resolved" per case within it.
    struct Resolution {
        qint64 at = 0;
        qint64 openedAt = 0;
        QString actor;
        QString channel;
    };
    QHash<qint64, Resolution> resolutions;
    if (!exec(q,
              QStringLiteral("SELECT a.case_id, a.at, a.actor, c.opened_at, c.channel FROM audit_events a "
                             "JOIN cases c ON c.id = a.case_id WHERE a.action = 'case.state' AND a.at >= ? "
                             "AND a.at < ? AND a.detail LIKE ? ORDER BY a.at, a.id"),
              {start, end, QStringLiteral("%→ resolved")}))
        return std::nullopt;
    qint64 earliest = start;
    while (q.next()) {
        Resolution r{q.value(1).toLongLong(), q.value(3).toLongLong(), q.value(2).toString(), q.value(4).toString()};
        earliest = std::min(earliest, r.openedAt);
        resolutions.insert(q.value(0).toLongLong(), r);
    }
    if (cancelled())
        return std::nullopt;

    const WorkingClock clock(m_options.sla.calendar(), earliest, latest);
    QList<qint64> firstResponses;
    for (const CaseRow &row : cases) {
        ++f.casesOpened;
        ChannelFigures &c = channels[row.channel];
        c.channel = row.channel;
        ++c.casesOpened;
        if (!row.needsReply)
            continue;
        ++f.casesNeedingReply;
        const qint64 target = m_options.sla.targetSeconds(row.channel, row.category);
        auto &[met, counted] = channelSla[row.channel];
        if (row.firstSentAt) {
            const qint64 seconds = clock.seconds(row.openedAt, *row.firstSentAt);
            firstResponses.append(seconds);
            channelFirstResponse[row.channel].append(seconds);
            ++counted;
            if (seconds <= target)
                ++met;
        } else if (clock.seconds(row.openedAt, nowMs) > target) {
            ++counted; // unanswered past its target
        }
    }
    for (const auto &[met, counted] : std::as_const(channelSla)) {
        f.slaMet += met;
        f.slaCounted += counted;
    }
    f.engagementRate = share(f.casesNeedingReply, f.casesOpened);
    f.firstResponseMedian = median(firstResponses);
    f.firstResponseP90 = percentile(firstResponses, 90);
    f.slaShare = share(f.slaMet, f.slaCounted);

    QList<qint64> handling;
    QHash<QString, AgentFigures> agents;
    for (auto it = resolutions.cbegin(); it != resolutions.cend(); ++it) {
        ++f.casesResolved;
        handling.append(clock.seconds(it->openedAt, it->at));
        if (ChannelFigures *c = channelOf(it->channel))
            ++c->casesResolved;
        AgentFigures &a = agents[it->actor];
        a.login = it->actor;
        ++a.casesResolved;
    }
    f.handlingMedian = median(handling);

    // Replies sent, per channel and agent.
    if (!exec(q,
              QStringLiteral("SELECT c.channel, r.agent, COUNT(*) FROM replies r JOIN cases c ON c.id = r.case_id "
                             "WHERE r.state = 'sent' AND r.sent_at >= ? AND r.sent_at < ? GROUP BY c.channel, "
                             "r.agent"),
              {start, end}))
        return std::nullopt;
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        f.repliesSent += n;
        if (ChannelFigures *c = channelOf(q.value(0)))
            c->repliesSent += n;
        AgentFigures &a = agents[q.value(1).toString()];
        a.login = q.value(1).toString();
        a.repliesSent += n;
    }
    if (cancelled())
        return std::nullopt;

    // Open backlog at the week's end. A case's state at that moment is its last recorded change before it (no
    // change: "new"), unless a customer's post after a closing change reopened it. Only cases open now or changed
    // since could differ from their present state, so only those are looked at: one list of ids (a UNION, not an
    // OR, which would make SQLite walk every case opened before the end through the opened_at index).
    if (!exec(q,
              QStringLiteral(
                  "SELECT s.detail, CASE WHEN EXISTS (SELECT 1 FROM posts p WHERE p.case_id = s.id AND "
                  "p.from_own_account = 0 AND p.created_at > s.changed_at AND p.created_at < ?) THEN 1 ELSE 0 END "
                  "FROM (SELECT c.id, "
                  "(SELECT a.detail FROM audit_events a WHERE a.case_id = c.id AND a.action = 'case.state' AND "
                  "a.at < ? ORDER BY a.at DESC, a.id DESC LIMIT 1) AS detail, "
                  "(SELECT MAX(a.at) FROM audit_events a WHERE a.case_id = c.id AND a.action = 'case.state' AND "
                  "a.at < ?) AS changed_at "
                  "FROM cases c WHERE c.opened_at < ? AND c.id IN (SELECT o.id FROM cases o WHERE o.state IN "
                  "('new', 'needs_reply', 'waiting_on_department') UNION SELECT a2.case_id FROM audit_events a2 "
                  "WHERE a2.action = 'case.state' AND a2.at >= ?)) s"),
              {end, end, end, end, end}))
        return std::nullopt;
    while (q.next()) {
        const QString state = q.value(0).isNull() ? QStringLiteral("new") : caseStateFromDetail(q.value(0).toString());
        const auto parsed = domain::caseStateFromKey(state);
        if (!parsed || domain::isOpen(*parsed) || q.value(1).toInt() != 0)
            ++f.backlogAtEnd;
    }
    if (cancelled())
        return std::nullopt;

    if (!hours(start, end, f, details ? &agents : nullptr))
        return std::nullopt;
    if (!departments(start, end, f, details ? &report->departments : nullptr))
        return std::nullopt;

    // Customer satisfaction.
    if (!exec(q,
              QStringLiteral("SELECT COUNT(score), SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END), COUNT(nps), "
                             "SUM(CASE WHEN nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN nps <= 6 THEN 1 ELSE 0 END) "
                             "FROM satisfaction WHERE recorded_at >= ? AND recorded_at < ?"),
              {start, end}))
        return std::nullopt;
    if (q.next()) {
        f.csatResponses = q.value(0).toLongLong();
        f.csatShare = share(q.value(1).toLongLong(), f.csatResponses);
        f.npsResponses = q.value(2).toLongLong();
        if (f.npsResponses > 0)
            f.nps = 100.0 * ratio(q.value(3).toLongLong() - q.value(4).toLongLong(), f.npsResponses);
    }

    if (details) {
        for (ChannelFigures &c : channels) {
            c.firstResponseMedian = median(channelFirstResponse.value(c.channel));
            const auto [met, counted] = channelSla.value(c.channel);
            c.slaShare = share(met, counted);
            report->channels.append(c);
        }
        if (m_options.withAgentNames) {
            QHash<QString, QString> names;
            if (!exec(q, QStringLiteral("SELECT login, display_name FROM agents"), {}))
                return std::nullopt;
            while (q.next())
                names.insert(q.value(0).toString(), q.value(1).toString());
            for (AgentFigures a : std::as_const(agents)) {
                if (a.login.isEmpty() || a.login == QLatin1String("system"))
                    continue;
                a.name = names.value(a.login, a.login);
                report->agents.append(a);
            }
            std::sort(report->agents.begin(), report->agents.end(),
                      [](const AgentFigures &a, const AgentFigures &b) { return a.name < b.name; });
        }
        if (!tags(start, end, week.addWeeks(-1).start(m_zone).toMSecsSinceEpoch(), &report->tags))
            return std::nullopt;
    }
    return f;
}

bool Builder::hours(qint64 start, qint64 end, WeekFigures &f, QHash<QString, AgentFigures> *agents)
{
    // An interval still open counts up to its last heartbeat (as the blending view does).
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral("SELECT agent, state, started_at, COALESCE(ended_at, last_heartbeat_at, started_at) "
                             "FROM agent_states WHERE started_at < ? AND COALESCE(ended_at, last_heartbeat_at, "
                             "started_at) > ? AND state IN ('webcare', 'phone')"),
              {end, start}))
        return false;
    qint64 webcareMs = 0, phoneMs = 0;
    while (q.next()) {
        const qint64 ms = std::min(end, q.value(3).toLongLong()) - std::max(start, q.value(2).toLongLong());
        if (ms <= 0)
            continue;
        const bool webcare = q.value(1).toString() == QLatin1String("webcare");
        (webcare ? webcareMs : phoneMs) += ms;
        if (agents) {
            AgentFigures &a = (*agents)[q.value(0).toString()];
            a.login = q.value(0).toString();
            (webcare ? a.webcareHours : a.phoneHours) += double(ms) / 3.6e6;
        }
    }
    f.webcareHours = double(webcareMs) / 3.6e6;
    f.phoneHours = double(phoneMs) / 3.6e6;
    const double contract = contractHours();
    f.fteWebcare = f.webcareHours / contract;
    f.ftePhone = f.phoneHours / contract;
    return !m_error;
}

bool Builder::departments(qint64 start, qint64 end, WeekFigures &f, QList<DepartmentFigures> *out)
{
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral("SELECT d.id, d.name, d.working_hours, e.escalated_at, e.answered_at, e.due_at "
                             "FROM escalations e JOIN departments d ON d.id = e.department_id "
                             "WHERE e.escalated_at >= ? AND e.escalated_at < ? ORDER BY d.name, e.escalated_at"),
              {start, end}))
        return false;
    struct Row {
        qint64 escalatedAt, answeredAt, dueAt;
        bool answered;
    };
    QMap<QString, std::pair<QString, QList<Row>>> byDepartment; // name → (hours, rows)
    qint64 latest = end;
    while (q.next()) {
        Row r{q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(), !q.value(4).isNull()};
        latest = std::max(latest, r.answeredAt);
        auto &entry = byDepartment[q.value(1).toString()];
        entry.first = q.value(2).toString();
        entry.second.append(r);
    }
    QList<qint64> all;
    for (auto it = byDepartment.cbegin(); it != byDepartment.cend(); ++it) {
        const workflow::WorkingCalendar calendar(
            workflow::OpeningHours::fromString(it->first).value_or(workflow::OpeningHours::officeDefault()),
            workflow::HolidayOptions{}, m_zone);
        const WorkingClock clock(calendar, start, latest);
        DepartmentFigures d;
        d.name = it.key();
        QList<qint64> turnaround;
        for (const Row &r : it->second) {
            ++d.escalations;
            if (!r.answered)
                continue;
            ++d.answered;
            if (r.answeredAt <= r.dueAt)
                ++d.answeredOnTime;
            turnaround.append(clock.seconds(r.escalatedAt, r.answeredAt));
        }
        all += turnaround;
        d.turnaroundMedian = median(turnaround);
        f.escalations += d.escalations;
        if (out)
            out->append(d);
    }
    f.escalationTurnaroundMedian = median(all);
    return true;
}

bool Builder::tags(qint64 start, qint64 end, qint64 previousStart, QList<TagFigures> *out)
{
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral(
                  "SELECT g.tag, g.description, SUM(CASE WHEN c.opened_at >= ? THEN 1 ELSE 0 END) AS n, "
                  "SUM(CASE WHEN c.opened_at < ? THEN 1 ELSE 0 END) FROM case_tags t "
                  "JOIN tag_catalog g ON g.tag = t.tag AND g.voc = 1 JOIN cases c ON c.id = t.case_id "
                  "WHERE c.opened_at >= ? AND c.opened_at < ? GROUP BY g.tag, g.description "
                  "HAVING SUM(CASE WHEN c.opened_at >= ? THEN 1 ELSE 0 END) > 0 ORDER BY n DESC, g.tag LIMIT ?"),
              {start, start, previousStart, end, start, m_options.topTags}))
        return false;
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return true;
}

Expected<WeeklyReport, ReportError> Builder::run(const IsoWeek &week)
{
    WeeklyReport report;
    report.week = week;
    report.generatedAt = m_now;
    report.withAgentNames = m_options.withAgentNames;
    report.contractHours = contractHours();
    if (m_error)
        return unexpected(*m_error);
    // The report's week in detail, then the three weeks before it for the comparison and the trend. Two of those
    // weeks are read on a second connection of their own while this one reads the others: the weeks share nothing,
    // and on a store of a million cases that halves the wait on a two-core workstation. An in-memory SQLite store
    // has no second connection to it, so there everything is read here.
    const bool parallel =
        !(m_store.backend() == store::Backend::Sqlite &&
          (m_store.location().sqlitePath.isEmpty() || m_store.location().sqlitePath.startsWith(QLatin1Char(':'))));
    struct Side {
        std::optional<WeekFigures> second, third;
        std::optional<ReportError> error;
    } side;
    std::thread worker;
    if (parallel) {
        worker = std::thread([this, &side, week] {
            auto other = store::CaseStore::open(m_store.location());
            if (!other) {
                ReportError e;
                e.store = other.error();
                side.error = e;
                return;
            }
            Builder builder(**other, m_options);
            builder.m_now = m_now;
            for (int back : {2, 3}) {
                auto f = builder.cancelled() ? std::nullopt : builder.figures(week.addWeeks(-back), false, nullptr);
                if (!f) {
                    ReportError e;
                    e.cancelled = !builder.m_error;
                    if (builder.m_error)
                        e = *builder.m_error;
                    side.error = e;
                    return;
                }
                (back == 2 ? side.second : side.third) = *f;
            }
        });
    }
    std::optional<ReportError> failed;
    QList<WeekFigures> mine;
    for (int back = 0; back < (parallel ? 2 : 4); ++back) {
        const IsoWeek w = week.addWeeks(-back);
        auto f = cancelled() ? std::nullopt : figures(w, back == 0, &report);
        if (!f) {
            ReportError e;
            e.cancelled = !m_error;
            if (m_error)
                e = *m_error;
            failed = e;
            break;
        }
        mine.append(*f);
        progress(parallel ? 40 * (back + 1) : 25 * (back + 1));
    }
    if (worker.joinable())
        worker.join();
    if (failed)
        return unexpected(*failed);
    if (side.error)
        return unexpected(*side.error);
    if (parallel)
        mine << *side.second << *side.third;
    for (const WeekFigures &f : std::as_const(mine))
        report.trend.prepend(f);
    progress(100);
    return report;
}

} // namespace

QString ReportError::message() const { return cancelled ? Text::tr("The report was cancelled.") : store.message(); }

Expected<WeeklyReport, ReportError> buildWeeklyReport(store::CaseStore &caseStore, const IsoWeek &week,
                                                      const ReportOptions &options)
{
    Builder builder(caseStore, options);
    return builder.run(week);
}

std::optional<qint64> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

std::optional<qint64> percentile(QList<qint64> values, int p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const auto rank = qsizetype(std::ceil(double(p) / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

} // namespace webcare::reports
