// SPDX-License-Identifier: MIT
#pragma once

#include "domain/slapolicy.h"
#include "holidays.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>
#include <array>
#include <memory>

namespace webcare::workflow {

// Opening hours of one weekday as minutes after local midnight; open == close: closed all day. close may be 1440
// (open until midnight).
struct DayHours {
    int openMinute = 0;
    int closeMinute = 0;
    bool isOpen() const { return closeMinute > openMinute; }
    bool operator==(const DayHours &) const = default;
};

// A team's (or a department's) opening hours per weekday, Monday first.
struct OpeningHours {
    std::array<DayHours, 7> days{};

    // Mon–Fri 08:00–20:00, Sat 09:00–17:00, Sunday closed.
    static OpeningHours teamDefault();
    // Mon–Fri 09:00–17:00: a back-office department.
    static OpeningHours officeDefault();
    const DayHours &on(const QDate &date) const { return days[std::size_t(date.dayOfWeek() - 1)]; }
    // "08:00-20:00,08:00-20:00,…,-" (Monday first, "-" closed); the format stored in the database.
    QString toString() const;
    static std::optional<OpeningHours> fromString(const QString &text);
    bool operator==(const OpeningHours &) const = default;
};

// Working time: opening hours in a local time zone (Europe/Amsterdam), closed on Dutch public holidays. All moments
// are real instants: a day with a DST change has 23 or 25 hours, and opening hours follow the local clock.
class WorkingCalendar {
public:
    explicit WorkingCalendar(OpeningHours hours = OpeningHours::teamDefault(), HolidayOptions holidays = {},
                             QTimeZone zone = amsterdam());

    static QTimeZone amsterdam();
    const OpeningHours &hours() const { return m_hours; }
    const QTimeZone &zone() const { return m_zone; }
    bool isWorkingDay(const QDate &localDate) const;
    // The opening interval of a local date in UTC; nullopt when closed (weekend, holiday).
    std::optional<std::pair<QDateTime, QDateTime>> openInterval(const QDate &localDate) const;
    // The moment when `seconds` of working time have passed after `from` (seconds 0: from itself, or the next
    // opening when closed); negative seconds count back to an earlier moment.
    QDateTime addWorkingSeconds(const QDateTime &from, qint64 seconds) const;
    // Working time between two moments; negative when `to` is before `from`.
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The length of the longest opening day of the week: "one working day".
    qint64 fullDaySeconds() const;

private:
    OpeningHours m_hours;
    HolidayOptions m_holidays;
    QTimeZone m_zone;
};

enum class SlaStatus { None, OnTime, AtRisk, Breached };

// Due times in working time: received + N working hours. N is "one working day" (a full day of opening hours)
// unless set per channel or, taking precedence, per category.
using domain::CalendarHoursSla;
using domain::SlaPolicy;

class WorkingTimeSla final : public SlaPolicy {
public:
    explicit WorkingTimeSla(WorkingCalendar calendar = WorkingCalendar{});

    void setDefaultTarget(qint64 workingSeconds) { m_defaultSeconds = workingSeconds; }
    void setChannelTarget(domain::Channel channel, qint64 workingSeconds) { m_channel[channel] = workingSeconds; }
    void setCategoryTarget(const QString &category, qint64 workingSeconds) { m_category[category] = workingSeconds; }
    // At risk: less than this much working time left (default two working hours).
    void setAtRiskSeconds(qint64 workingSeconds) { m_atRiskSeconds = workingSeconds; }
    qint64 atRiskSeconds() const { return m_atRiskSeconds; }
    qint64 targetSeconds(domain::Channel channel, const QString &category = {}) const;
    const WorkingCalendar &calendar() const { return m_calendar; }

    QDateTime dueFor(domain::Channel channel, const QDateTime &receivedUtc) const override;
    QDateTime dueForCategory(domain::Channel channel, const QString &category,
                             const QDateTime &receivedUtc) const override;
    QDateTime dueAfterRecategorising(domain::Channel channel, const QString &fromCategory, const QString &toCategory,
                                     const QDateTime &dueUtc) const override;
    // In the department's own opening hours: a question asked on Friday evening is not late on Saturday.
    QDateTime departmentDue(const domain::Department &department, const QDateTime &askedUtc) const override;
    SlaStatus status(const QDateTime &dueUtc, const QDateTime &nowUtc) const;

private:
    WorkingCalendar m_calendar;
    qint64 m_defaultSeconds = 0; // 0: one full day of opening hours
    qint64 m_atRiskSeconds = 2 * 3600;
    QMap<domain::Channel, qint64> m_channel;
    QMap<QString, qint64> m_category;
};

QString slaStatusDisplayName(SlaStatus status);

// The store's policy until the team's settings are read: office hours, one working day.
std::shared_ptr<const SlaPolicy> officeHoursSla();

} // namespace webcare::workflow
