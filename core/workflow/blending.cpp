// SPDX-License-Identifier: MIT
#include "blending.h"

#include <QCoreApplication>
#include <algorithm>

namespace webcare::workflow {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AgentState)
};
} // namespace

QString agentStateDisplayName(AgentState state)
{
    switch (state) {
    case AgentState::Phone:
        return Text::tr("Phone");
    case AgentState::Webcare:
        return Text::tr("Webcare");
    case AgentState::Break:
        return Text::tr("Break");
    case AgentState::Meeting:
        return Text::tr("Meeting");
    case AgentState::Offline:
        return Text::tr("Offline");
    }
    return {};
}

DayStateTotals timePerStatePerDay(const QList<StateInterval> &intervals, const QTimeZone &zone)
{
    DayStateTotals totals;
    for (const StateInterval &interval : intervals) {
        if (!interval.start.isValid())
            continue;
        QDateTime from = interval.start.toUTC();
        const QDateTime to = interval.effectiveEnd().toUTC();
        while (from < to) {
            const QDate day = from.toTimeZone(zone).date();
            const QDateTime midnight = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
            const QDateTime until = std::min(to, midnight);
            totals[day][interval.state] += from.secsTo(until);
            from = until;
        }
    }
    return totals;
}

BlendingSuggestion suggestSwitch(AgentState current, const BlendingFigures &f, const BlendingThresholds &t)
{
    const bool phoneBusy = f.phoneQueue >= t.phoneQueue;
    const bool webcareBusy = f.webcareBacklog >= t.webcareBacklog || f.slaAtRisk >= t.slaAtRisk;
    if (current == AgentState::Webcare && phoneBusy)
        return BlendingSuggestion::SwitchToPhone;
    if (current == AgentState::Phone && webcareBusy && !phoneBusy)
        return BlendingSuggestion::SwitchToWebcare;
    return BlendingSuggestion::None;
}

QString blendingSuggestionText(BlendingSuggestion suggestion, const BlendingFigures &f)
{
    switch (suggestion) {
    case BlendingSuggestion::None:
        return {};
    case BlendingSuggestion::SwitchToWebcare:
        return Text::tr("%n case(s) waiting in webcare, %1 at risk: switch to webcare?", nullptr, f.webcareBacklog)
            .arg(f.slaAtRisk);
    case BlendingSuggestion::SwitchToPhone:
        return Text::tr("%n caller(s) waiting in the phone queue: switch to phone?", nullptr, f.phoneQueue);
    }
    return {};
}

} // namespace webcare::workflow
