// SPDX-License-Identifier: MIT
#include "teamsettings.h"

#include <algorithm>

namespace webcare::workflow {

namespace {

const QString hoursKey = QStringLiteral("workflow/opening_hours");
const QString goodFridayKey = QStringLiteral("workflow/holiday_good_friday");
const QString liberationKey = QStringLiteral("workflow/holiday_liberation");
const QString slaKey = QStringLiteral("workflow/sla_hours");
const QString channelSlaPrefix = QStringLiteral("workflow/sla_hours/channel/");
const QString categorySlaPrefix = QStringLiteral("workflow/sla_hours/category/");
const QString atRiskKey = QStringLiteral("workflow/at_risk_minutes");
const QString roundRobinKey = QStringLiteral("assignment/round_robin");
const QString maxOpenKey = QStringLiteral("assignment/max_open_per_agent");
const QString backlogKey = QStringLiteral("blending/webcare_backlog");
const QString atRiskCasesKey = QStringLiteral("blending/sla_at_risk");
const QString phoneQueueKey = QStringLiteral("blending/phone_queue");
const QString notifyKey = QStringLiteral("notify/before_minutes");

void readInt(const QHash<QString, QString> &values, const QString &key, int &target, int min, int max)
{
    bool ok = false;
    const int v = values.value(key).toInt(&ok);
    if (ok && v >= min && v <= max)
        target = v;
}

void readBool(const QHash<QString, QString> &values, const QString &key, bool &target)
{
    const QString v = values.value(key);
    if (v == QLatin1String("1") || v == QLatin1String("true"))
        target = true;
    else if (v == QLatin1String("0") || v == QLatin1String("false"))
        target = false;
}

QString liberationText(HolidayOptions::Liberation l)
{
    switch (l) {
    case HolidayOptions::Liberation::Never:
        return QStringLiteral("never");
    case HolidayOptions::Liberation::Lustrum:
        return QStringLiteral("lustrum");
    case HolidayOptions::Liberation::EveryYear:
        return QStringLiteral("every_year");
    }
    return {};
}

} // namespace

TeamWorkflowSettings TeamWorkflowSettings::fromMap(const QHash<QString, QString> &values)
{
    TeamWorkflowSettings s;
    if (const auto hours = OpeningHours::fromString(values.value(hoursKey)))
        s.hours = *hours;
    readBool(values, goodFridayKey, s.holidays.goodFriday);
    const QString liberation = values.value(liberationKey);
    for (auto l : {HolidayOptions::Liberation::Never, HolidayOptions::Liberation::Lustrum,
                   HolidayOptions::Liberation::EveryYear})
        if (liberation == liberationText(l))
            s.holidays.liberationDay = l;
    readInt(values, slaKey, s.slaHours, 0, 24 * 14);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        bool ok = false;
        const int hours = it.value().toInt(&ok);
        if (!ok || hours <= 0 || hours > 24 * 14)
            continue;
        if (it.key().startsWith(channelSlaPrefix)) {
            if (const auto channel = domain::channelFromKey(QStringView(it.key()).mid(channelSlaPrefix.size())))
                s.channelSlaHours.insert(*channel, hours);
        } else if (it.key().startsWith(categorySlaPrefix) && it.key().size() > categorySlaPrefix.size()) {
            s.categorySlaHours.insert(it.key().mid(categorySlaPrefix.size()), hours);
        }
    }
    readInt(values, atRiskKey, s.atRiskMinutes, 1, 24 * 60);
    readBool(values, roundRobinKey, s.roundRobin);
    readInt(values, maxOpenKey, s.maxOpenPerAgent, 1, 1000);
    readInt(values, backlogKey, s.thresholds.webcareBacklog, 1, 100000);
    readInt(values, atRiskCasesKey, s.thresholds.slaAtRisk, 1, 100000);
    readInt(values, phoneQueueKey, s.thresholds.phoneQueue, 1, 1000);
    readInt(values, notifyKey, s.notifyBeforeMinutes, 1, 24 * 60);
    return s;
}

QHash<QString, QString> TeamWorkflowSettings::toMap() const
{
    QHash<QString, QString> m;
    const auto number = [](int v) { return QString::number(v); };
    m.insert(hoursKey, hours.toString());
    m.insert(goodFridayKey, holidays.goodFriday ? QStringLiteral("1") : QStringLiteral("0"));
    m.insert(liberationKey, liberationText(holidays.liberationDay));
    m.insert(slaKey, number(slaHours));
    // Every channel is written, 0 meaning "the default", so that clearing a channel's target reaches the team.
    for (domain::Channel c : domain::allChannels())
        m.insert(channelSlaPrefix + domain::channelKey(c), number(channelSlaHours.value(c)));
    for (auto it = categorySlaHours.cbegin(); it != categorySlaHours.cend(); ++it)
        m.insert(categorySlaPrefix + it.key(), number(it.value()));
    m.insert(atRiskKey, number(atRiskMinutes));
    m.insert(roundRobinKey, roundRobin ? QStringLiteral("1") : QStringLiteral("0"));
    m.insert(maxOpenKey, number(maxOpenPerAgent));
    m.insert(backlogKey, number(thresholds.webcareBacklog));
    m.insert(atRiskCasesKey, number(thresholds.slaAtRisk));
    m.insert(phoneQueueKey, number(thresholds.phoneQueue));
    m.insert(notifyKey, number(notifyBeforeMinutes));
    return m;
}

std::shared_ptr<WorkingTimeSla> TeamWorkflowSettings::slaPolicy() const
{
    auto sla = std::make_shared<WorkingTimeSla>(WorkingCalendar(hours, holidays));
    sla->setDefaultTarget(qint64(slaHours) * 3600);
    for (auto it = channelSlaHours.cbegin(); it != channelSlaHours.cend(); ++it)
        if (it.value() > 0)
            sla->setChannelTarget(it.key(), qint64(it.value()) * 3600);
    for (auto it = categorySlaHours.cbegin(); it != categorySlaHours.cend(); ++it)
        if (it.value() > 0)
            sla->setCategoryTarget(it.key(), qint64(it.value()) * 3600);
    sla->setAtRiskSeconds(qint64(std::max(1, atRiskMinutes)) * 60);
    return sla;
}

} // namespace webcare::workflow
