// SPDX-License-Identifier: MIT
#include "isoweek.h"

#include <QRegularExpression>

namespace webcare::reports {

std::optional<IsoWeek> IsoWeek::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return of(match.captured(1).toInt(), match.captured(2).toInt());
}

std::optional<IsoWeek> IsoWeek::of(int year, int week)
{
    if (year < 1583 || year > 9999 || week < 1 || week > weeksInYear(year))
        return std::nullopt;
    return IsoWeek(year, week);
}

int IsoWeek::weeksInYear(int year)
{
    // 28 December always lies in the year's last ISO week.
    return QDate(year, 12, 28).weekNumber();
}

IsoWeek IsoWeek::containing(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek(year, week);
}

IsoWeek IsoWeek::lastWeek(const QDateTime &nowUtc, const QTimeZone &zone)
{
    return containing(nowUtc.toTimeZone(zone).date().addDays(-7));
}

QString IsoWeek::toString() const
{
    return QStringLiteral("%1-W%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_week, 2, 10, QLatin1Char('0'));
}

QDate IsoWeek::monday() const
{
    // 4 January is always in week 1.
    const QDate jan4(m_year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek() + 7 * (m_week - 1));
}

IsoWeek IsoWeek::addWeeks(int weeks) const { return containing(monday().addDays(7 * qint64(weeks))); }

QDateTime IsoWeek::start(const QTimeZone &zone) const { return QDateTime(monday(), QTime(0, 0), zone).toUTC(); }

QDateTime IsoWeek::end(const QTimeZone &zone) const
{
    return QDateTime(monday().addDays(7), QTime(0, 0), zone).toUTC();
}

} // namespace webcare::reports
