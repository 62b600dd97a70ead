// SPDX-License-Identifier: MIT
#pragma once

#include "domain/agentstate.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace webcare::workflow {

using domain::AgentState;
using domain::agentStateFromKey;
using domain::agentStateKey;
using domain::allAgentStates;
using domain::StateInterval;

QString agentStateDisplayName(AgentState state);

// Seconds per state per local calendar day, intervals split at local midnight (a DST day has 23 or 25 hours).
using DayStateTotals = QMap<QDate, QMap<AgentState, qint64>>;
DayStateTotals timePerStatePerDay(const QList<StateInterval> &intervals, const QTimeZone &zone);

// Blending suggestions: thresholds of a team.
struct BlendingThresholds {
    int webcareBacklog = 15; // open cases waiting: suggest switching to webcare at or above this
    int slaAtRisk = 3;       // cases at risk or breached: suggest webcare at or above this
    int phoneQueue = 4;      // callers waiting: suggest phone at or above this (takes precedence)
};

struct BlendingFigures {
    int webcareBacklog = 0;
    int slaAtRisk = 0;
    int phoneQueue = 0;
};

enum class BlendingSuggestion { None, SwitchToWebcare, SwitchToPhone };

// Pure: what to suggest to an agent in `current` state. Callers waiting on the phone come first.
BlendingSuggestion suggestSwitch(AgentState current, const BlendingFigures &figures,
                                 const BlendingThresholds &thresholds = {});
QString blendingSuggestionText(BlendingSuggestion suggestion, const BlendingFigures &figures);

} // namespace webcare::workflow
