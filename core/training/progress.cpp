// SPDX-License-Identifier: MIT
#include "progress.h"
#include "store/trainingrepository.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace webcare::training {

double DayProgress::averageScore() const { return reviewed ? sums.average() / reviewed : 0.0; }

double DayProgress::average(int store::ZekepScores::*criterion) const
{
    return reviewed ? double(sums.*criterion) / reviewed : 0.0;
}

TraineeProgress progressReport(const QString &agent, const QList<store::TraineeReply> &replies,
                               composer::AddressStyle style)
{
    TraineeProgress report;
    report.agent = agent;
    QMap<QDate, DayProgress> days;
    QHash<QString, int> checks;
    for (const store::TraineeReply &t : replies) {
        if (t.reply.agent != agent)
            continue;
        ++report.replies;
        const QDate day = t.reply.createdAt.toLocalTime().date();
        DayProgress &d = days[day];
        d.day = day;
        ++d.replies;
        // The latest review counts when several supervisors scored the reply.
        if (!t.reviews.isEmpty()) {
            const store::ZekepScores &s = t.reviews.constLast().scores;
            ++d.reviewed;
            ++report.reviewed;
            d.sums.zakelijk += s.zakelijk;
            d.sums.efficient += s.efficient;
            d.sums.kort += s.kort;
            d.sums.empathisch += s.empathisch;
            d.sums.persoonlijk += s.persoonlijk;
        }
        composer::CheckContext context;
        context.channel = t.channel;
        context.style = style;
        context.complaint = t.caseCategory == QLatin1String("complaint");
        context.customerName = t.answeredAuthor.section(QLatin1Char(' '), 0, 0);
        for (const composer::Finding &f : composer::check(t.reply.text, context))
            ++checks[f.rule];
    }
    report.days = days.values();
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        report.checks << CheckCount{it.key(), it.value()};
    std::sort(report.checks.begin(), report.checks.end(), [](const CheckCount &a, const CheckCount &b) {
        return a.count > b.count || (a.count == b.count && a.rule < b.rule);
    });
    return report;
}

} // namespace webcare::training
