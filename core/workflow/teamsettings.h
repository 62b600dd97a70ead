// SPDX-License-Identifier: MIT
#pragma once

#include "blending.h"
#include "domain/channel.h"
#include "holidays.h"
#include "workingtime.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <memory>

namespace webcare::workflow {

// The workflow settings a whole team shares (the store's team_settings table, one key per value), so that every
// client counts the same SLA, assigns by the same rules and suggests the same switches.
struct TeamWorkflowSettings {
    OpeningHours hours = OpeningHours::teamDefault();
    HolidayOptions holidays;
    int slaHours = 0;                           // working hours to answer; 0: one working day of opening hours
    QMap<domain::Channel, int> channelSlaHours; // takes precedence over slaHours; absent or 0: the default
    QMap<QString, int> categorySlaHours;        // triage category key → hours; takes precedence over the channel
    int atRiskMinutes = 120;                    // "at risk" in the inbox: less working time left than this
    bool roundRobin = false;
    int maxOpenPerAgent = 10;
    BlendingThresholds thresholds;
    int notifyBeforeMinutes = 30; // desktop notification when a case is this close (working time) to its breach

    // Unknown or malformed values keep their defaults: a setting written by a newer client never breaks this one.
    static TeamWorkflowSettings fromMap(const QHash<QString, QString> &values);
    QHash<QString, QString> toMap() const;
    // The SLA policy for the store and the inbox timers.
    std::shared_ptr<WorkingTimeSla> slaPolicy() const;
};

} // namespace webcare::workflow
