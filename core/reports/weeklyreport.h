// SPDX-License-Identifier: MIT
#pragma once

#include "domain/channel.h"
#include "isoweek.h"
#include "store/storeerror.h"
#include "util/expected.h"
#include "workflow/workingtime.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace webcare::store {
class CaseStore;
}

namespace webcare::reports {

// The headline figures of one week. Definitions (docs/reports.md): a case "of the week" was opened in it; times are
// working seconds of the team calendar; a figure without data (no case, no score) is nullopt, never 0.
struct WeekFigures {
    IsoWeek week;
    qint64 postsIn = 0;                        // customers' posts created in the week (own accounts' posts not counted)
    qint64 casesOpened = 0;                    // cases opened in the week
    qint64 casesNeedingReply = 0;              // of those: a triage decision "reply" or a sent reply
    std::optional<double> engagementRate;      // casesNeedingReply / casesOpened
    qint64 repliesSent = 0;                    // replies in state sent with sent_at in the week
    std::optional<qint64> firstResponseMedian; // working seconds from opening to the first sent reply
    std::optional<qint64> firstResponseP90;
    qint64 slaCounted = 0; // needing reply and answered, or unanswered past the target at the report's "now"
    qint64 slaMet = 0;     // answered within the target working time
    std::optional<double> slaShare;
    qint64 casesResolved = 0;             // cases whose last move to "resolved" in the week lies in it
    std::optional<qint64> handlingMedian; // working seconds from opening to resolution, of the resolved cases
    qint64 backlogAtEnd = 0;              // cases opened before the week's end and open at that moment
    qint64 escalations = 0;               // questions to departments asked in the week
    std::optional<qint64> escalationTurnaroundMedian; // department working seconds to the answer
    double webcareHours = 0;                          // agents' time in webcare state within the week
    double phoneHours = 0;
    double fteWebcare = 0; // hours / contract hours per week
    double ftePhone = 0;
    qint64 csatResponses = 0;        // scores 1–5 recorded in the week
    std::optional<double> csatShare; // share of scores 4 or 5
    qint64 npsResponses = 0;         // answers 0–10 recorded in the week
    std::optional<double> nps;       // % promoters (9–10) minus % detractors (0–6), −100 … 100
};

struct ChannelFigures {
    domain::Channel channel = domain::Channel::X;
    qint64 postsIn = 0;
    qint64 casesOpened = 0;
    qint64 repliesSent = 0;
    std::optional<qint64> firstResponseMedian;
    std::optional<double> slaShare;
    qint64 casesResolved = 0;
};

// Only in a report made with agent names (they are personal data of employees).
struct AgentFigures {
    QString login;
    QString name;
    qint64 repliesSent = 0;
    qint64 casesResolved = 0;
    double webcareHours = 0;
    double phoneHours = 0;
};

struct DepartmentFigures {
    QString name;
    qint64 escalations = 0;
    qint64 answered = 0;
    qint64 answeredOnTime = 0;              // answered by the due time
    std::optional<qint64> turnaroundMedian; // working seconds of the department's own hours
};

struct TagFigures {
    QString tag;
    QString description;
    qint64 cases = 0; // cases of the week with the tag
    qint64 previousWeek = 0;
};

struct WeeklyReport {
    IsoWeek week;
    QDateTime generatedAt;
    bool withAgentNames = false;
    double contractHours = 36;
    QList<WeekFigures> trend; // four weeks, oldest first; trend.last() is the report's week
    const WeekFigures &current() const { return trend.last(); }
    const WeekFigures &previous() const { return trend.at(trend.size() - 2); }
    QList<ChannelFigures> channels;
    QList<AgentFigures> agents; // empty unless withAgentNames
    QList<DepartmentFigures> departments;
    QList<TagFigures> tags; // top voice-of-the-customer tags
};

struct ReportOptions {
    bool withAgentNames = false;
    // Weekly contract hours of one FTE; 0: the team setting "report.contract_hours", else 36.
    double contractHours = 0;
    int topTags = 10;
    // The team's SLA (working time); the default is the store's default policy.
    workflow::WorkingTimeSla sla;
    QDateTime nowUtc; // invalid: now. Unanswered cases count against the SLA once their target has passed by then.
    std::function<bool()> cancelled; // polled between steps: true stops the computation
    std::function<void(int percent)> progress;
    // Reads two of the four weeks on a second connection at the same time (off: all on this one, for comparison).
    bool secondConnection = true;
};

struct ReportError {
    bool cancelled = false;
    store::StoreError store;
    QString message() const;
};

// Computes the report from the store, aggregating in SQL (same statements on SQLite and PostgreSQL). Runs on the
// thread that owns the store; long, so call it from a worker.
Expected<WeeklyReport, ReportError> buildWeeklyReport(store::CaseStore &caseStore, const IsoWeek &week,
                                                      const ReportOptions &options = ReportOptions());

// Median (mean of the two middle values for an even count) and nearest-rank percentile; nullopt when empty.
std::optional<qint64> median(QList<qint64> values);
std::optional<qint64> percentile(QList<qint64> values, int p);

} // namespace webcare::reports
