// SPDX-License-Identifier: MIT
#include "workingtime.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace webcare::workflow {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlaStatus)
};

// Far enough for any SLA; stops a calendar with no opening hours at all from looping for ever.
constexpr int maxDaysAhead = 3 * 366;

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseMinute(QStringView text)
{
    const auto parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okH = false, okM = false;
    const int h = parts[0].toInt(&okH);
    const int m = parts[1].toInt(&okM);
    if (!okH || !okM || h < 0 || m < 0 || m > 59 || h * 60 + m > 1440)
        return std::nullopt;
    return h * 60 + m;
}

QDateTime localMoment(const QDate &date, int minute, const QTimeZone &zone)
{
    if (minute >= 1440)
        return QDateTime(date.addDays(1), QTime(0, 0), zone);
    return QDateTime(date, QTime(minute / 60, minute % 60), zone);
}

} // namespace

OpeningHours OpeningHours::teamDefault()
{
    OpeningHours h;
    for (int d = 0; d < 5; ++d)
        h.days[std::size_t(d)] = DayHours{8 * 60, 20 * 60};
    h.days[5] = DayHours{9 * 60, 17 * 60};
    return h;
}

OpeningHours OpeningHours::officeDefault()
{
    OpeningHours h;
    for (int d = 0; d < 5; ++d)
        h.days[std::size_t(d)] = DayHours{9 * 60, 17 * 60};
    return h;
}

QString OpeningHours::toString() const
{
    QStringList parts;
    for (const DayHours &d : days)
        parts << (d.isOpen() ? minuteText(d.openMinute) + QLatin1Char('-') + minuteText(d.closeMinute)
                             : QStringLiteral("-"));
    return parts.join(QLatin1Char(','));
}

std::optional<OpeningHours> OpeningHours::fromString(const QString &text)
{
    const auto parts = QStringView(text).split(QLatin1Char(','));
    if (parts.size() != 7)
        return std::nullopt;
    OpeningHours h;
    for (int i = 0; i < 7; ++i) {
        const QStringView p = parts[i].trimmed();
        if (p == QLatin1String("-") || p.isEmpty())
            continue;
        const auto range = p.split(QLatin1Char('-'));
        if (range.size() != 2)
            return std::nullopt;
        const auto open = parseMinute(range[0]);
        const auto close = parseMinute(range[1]);
        if (!open || !close || *close < *open)
            return std::nullopt;
        h.days[std::size_t(i)] = DayHours{*open, *close};
    }
    return h;
}

WorkingCalendar::WorkingCalendar(OpeningHours hours, HolidayOptions holidays, QTimeZone zone)
    : m_hours(hours)
    , m_holidays(holidays)
    , m_zone(std::move(zone))
{}

QTimeZone WorkingCalendar::amsterdam() { return QTimeZone(QByteArrayLiteral("Europe/Amsterdam")); }

bool WorkingCalendar::isWorkingDay(const QDate &localDate) const
{
    return m_hours.on(localDate).isOpen() && !dutchHoliday(localDate, m_holidays);
}

std::optional<std::pair<QDateTime, QDateTime>> WorkingCalendar::openInterval(const QDate &localDate) const
{
    if (!isWorkingDay(localDate))
        return std::nullopt;
    const DayHours &h = m_hours.on(localDate);
    return std::make_pair(localMoment(localDate, h.openMinute, m_zone).toUTC(),
                          localMoment(localDate, h.closeMinute, m_zone).toUTC());
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &from, qint64 seconds) const
{
    if (!from.isValid())
        return {};
    if (seconds < 0) {
        qint64 needed = -seconds;
        QDateTime cursor = from.toUTC();
        QDate day = from.toTimeZone(m_zone).date();
        for (int i = 0; i < maxDaysAhead; ++i, day = day.addDays(-1)) {
            const auto interval = openInterval(day);
            if (!interval || cursor <= interval->first)
                continue;
            const QDateTime end = std::min(cursor, interval->second);
            const qint64 available = interval->first.secsTo(end);
            // Landing exactly on an opening continues to the previous closing: like counting forward, the earliest
            // moment with that much working time is the answer (Friday 20:00, not Saturday 09:00).
            if (needed < available || (needed == 0 && available >= 0))
                return end.addSecs(-needed);
            needed -= available;
            cursor = interval->first;
        }
        return {};
    }
    QDateTime cursor = from.toUTC();
    QDate day = from.toTimeZone(m_zone).date();
    for (int i = 0; i < maxDaysAhead; ++i, day = day.addDays(1)) {
        const auto interval = openInterval(day);
        if (!interval || cursor >= interval->second)
            continue;
        const QDateTime start = std::max(cursor, interval->first);
        const qint64 available = start.secsTo(interval->second);
        if (seconds <= available)
            return start.addSecs(std::max<qint64>(seconds, 0));
        seconds -= available;
        cursor = interval->second;
    }
    return {};
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingSecondsBetween(to, from);
    const QDateTime a = from.toUTC();
    const QDateTime b = to.toUTC();
    qint64 total = 0;
    const QDate last = b.toTimeZone(m_zone).date();
    for (QDate day = a.toTimeZone(m_zone).date(); day <= last; day = day.addDays(1)) {
        const auto interval = openInterval(day);
        if (!interval)
            continue;
        const QDateTime start = std::max(a, interval->first);
        const QDateTime end = std::min(b, interval->second);
        if (end > start)
            total += start.secsTo(end);
    }
    return total;
}

qint64 WorkingCalendar::fullDaySeconds() const
{
    int longest = 0;
    for (const DayHours &d : m_hours.days)
        longest = std::max(longest, d.isOpen() ? d.closeMinute - d.openMinute : 0);
    return qint64(longest) * 60;
}

WorkingTimeSla::WorkingTimeSla(WorkingCalendar calendar)
    : m_calendar(std::move(calendar))
{}

qint64 WorkingTimeSla::targetSeconds(domain::Channel channel, const QString &category) const
{
    if (!category.isEmpty()) {
        if (auto it = m_category.constFind(category); it != m_category.cend())
            return *it;
    }
    if (auto it = m_channel.constFind(channel); it != m_channel.cend())
        return *it;
    return m_defaultSeconds > 0 ? m_defaultSeconds : m_calendar.fullDaySeconds();
}

QDateTime WorkingTimeSla::dueFor(domain::Channel channel, const QDateTime &receivedUtc) const
{
    return m_calendar.addWorkingSeconds(receivedUtc, targetSeconds(channel));
}

QDateTime WorkingTimeSla::dueForCategory(domain::Channel channel, const QString &category,
                                         const QDateTime &receivedUtc) const
{
    return m_calendar.addWorkingSeconds(receivedUtc, targetSeconds(channel, category));
}

QDateTime WorkingTimeSla::dueAfterRecategorising(domain::Channel channel, const QString &fromCategory,
                                                 const QString &toCategory, const QDateTime &dueUtc) const
{
    const qint64 shift = targetSeconds(channel, toCategory) - targetSeconds(channel, fromCategory);
    if (shift == 0 || !dueUtc.isValid())
        return dueUtc;
    return m_calendar.addWorkingSeconds(dueUtc, shift);
}

SlaStatus WorkingTimeSla::status(const QDateTime &dueUtc, const QDateTime &nowUtc) const
{
    if (!dueUtc.isValid())
        return SlaStatus::None;
    if (nowUtc >= dueUtc)
        return SlaStatus::Breached;
    // Working time, not clock time: Friday evening with a Monday-morning due time is close to the edge.
    return m_calendar.workingSecondsBetween(nowUtc, dueUtc) <= m_atRiskSeconds ? SlaStatus::AtRisk : SlaStatus::OnTime;
}

QString slaStatusDisplayName(SlaStatus status)
{
    switch (status) {
    case SlaStatus::None:
        return {};
    case SlaStatus::OnTime:
        return Text::tr("On time");
    case SlaStatus::AtRisk:
        return Text::tr("At risk");
    case SlaStatus::Breached:
        return Text::tr("Breached");
    }
    return {};
}

QDateTime WorkingTimeSla::departmentDue(const domain::Department &department, const QDateTime &askedUtc) const
{
    const WorkingCalendar calendar(
        OpeningHours::fromString(department.workingHours).value_or(OpeningHours::officeDefault()));
    return calendar.addWorkingSeconds(askedUtc, qint64(std::max(1, department.internalSlaHours)) * 3600);
}

std::shared_ptr<const SlaPolicy> officeHoursSla() { return std::make_shared<WorkingTimeSla>(); }

} // namespace webcare::workflow
