// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace webcare::reports {

// An ISO 8601 week ("2026-W47"): Monday to Sunday, week 1 holds the year's first Thursday. Its boundaries are local
// midnights in the team's time zone, so a week with a DST change lasts 167 or 169 hours.
class IsoWeek {
public:
    IsoWeek() = default;
    // nullopt for anything but YYYY-Www with a week that exists in that year (W53 only in long years).
    static std::optional<IsoWeek> parse(const QString &text);
    static std::optional<IsoWeek> of(int year, int week);
    static IsoWeek containing(const QDate &date);
    // The last complete week before the local date of `nowUtc`.
    static IsoWeek lastWeek(const QDateTime &nowUtc, const QTimeZone &zone);
    static int weeksInYear(int year);

    int year() const { return m_year; }
    int week() const { return m_week; }
    bool isValid() const { return m_year > 0; }
    QString toString() const;
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek addWeeks(int weeks) const;
    // Local Monday 00:00 and the next Monday 00:00 as UTC instants: [start, end).
    QDateTime start(const QTimeZone &zone) const;
    QDateTime end(const QTimeZone &zone) const;
    bool operator==(const IsoWeek &) const = default;

private:
    IsoWeek(int year, int week)
        : m_year(year)
        , m_week(week)
    {}
    int m_year = 0;
    int m_week = 0;
};

} // namespace webcare::reports
