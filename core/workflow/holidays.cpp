// SPDX-License-Identifier: MIT
#include "holidays.h"

#include <QCoreApplication>
#include <algorithm>

namespace webcare::workflow {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Holiday)
};
} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

namespace {

QDate kingsDay(int year)
{
    if (year >= 2014) {
        const QDate d(year, 4, 27);
        return d.dayOfWeek() == Qt::Sunday ? d.addDays(-1) : d;
    }
    // Koninginnedag: 30 April; on a Sunday it moved to the Monday until 1980 and to the Saturday since.
    const QDate d(year, 4, 30);
    if (d.dayOfWeek() != Qt::Sunday)
        return d;
    return year >= 1980 ? d.addDays(-1) : d.addDays(1);
}

} // namespace

QList<HolidayDate> dutchHolidays(int year, const HolidayOptions &options)
{
    const QDate easter = easterSunday(year);
    QList<HolidayDate> days{
        {QDate(year, 1, 1), Holiday::NewYearsDay},   {easter, Holiday::EasterSunday},
        {easter.addDays(1), Holiday::EasterMonday},  {kingsDay(year), Holiday::KingsDay},
        {easter.addDays(39), Holiday::AscensionDay}, {easter.addDays(49), Holiday::WhitSunday},
        {easter.addDays(50), Holiday::WhitMonday},   {QDate(year, 12, 25), Holiday::ChristmasDay},
        {QDate(year, 12, 26), Holiday::BoxingDay},
    };
    if (options.goodFriday)
        days << HolidayDate{easter.addDays(-2), Holiday::GoodFriday};
    if (options.liberationDay == HolidayOptions::Liberation::EveryYear ||
        (options.liberationDay == HolidayOptions::Liberation::Lustrum && year % 5 == 0))
        days << HolidayDate{QDate(year, 5, 5), Holiday::LiberationDay};
    std::stable_sort(days.begin(), days.end(),
                     [](const HolidayDate &a, const HolidayDate &b) { return a.date < b.date; });
    return days;
}

std::optional<Holiday> dutchHoliday(const QDate &date, const HolidayOptions &options)
{
    if (!date.isValid())
        return std::nullopt;
    const QList<HolidayDate> days = dutchHolidays(date.year(), options);
    for (const HolidayDate &h : days) {
        if (h.date == date)
            return h.holiday;
    }
    return std::nullopt;
}

QString holidayDisplayName(Holiday holiday)
{
    switch (holiday) {
    case Holiday::NewYearsDay:
        return Text::tr("New Year's Day");
    case Holiday::GoodFriday:
        return Text::tr("Good Friday");
    case Holiday::EasterSunday:
        return Text::tr("Easter Sunday");
    case Holiday::EasterMonday:
        return Text::tr("Easter Monday");
    case Holiday::KingsDay:
        return Text::tr("King's Day");
    case Holiday::LiberationDay:
        return Text::tr("Liberation Day");
    case Holiday::AscensionDay:
        return Text::tr("Ascension Day");
    case Holiday::WhitSunday:
        return Text::tr("Whit Sunday");
    case Holiday::WhitMonday:
        return Text::tr("Whit Monday");
    case Holiday::ChristmasDay:
        return Text::tr("Christmas Day");
    case Holiday::BoxingDay:
        return Text::tr("Boxing Day");
    }
    return {};
}

} // namespace webcare::workflow
