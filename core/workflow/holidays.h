// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace webcare::workflow {

// Dutch public holidays, computed for any year from their rules (Easter by the Gregorian computus), never from a
// table per year.
enum class Holiday {
    NewYearsDay,   // Nieuwjaarsdag, 1 January
    GoodFriday,    // Goede Vrijdag (optional)
    EasterSunday,  // Eerste Paasdag
    EasterMonday,  // Tweede Paasdag
    KingsDay,      // Koningsdag 27 April (26 April when the 27th is a Sunday); Koninginnedag 30 April before 2014
    LiberationDay, // Bevrijdingsdag 5 May (optional: every year or every fifth year)
    AscensionDay,  // Hemelvaartsdag, Easter + 39 days
    WhitSunday,    // Eerste Pinksterdag, Easter + 49 days
    WhitMonday,    // Tweede Pinksterdag, Easter + 50 days
    ChristmasDay,  // Eerste Kerstdag
    BoxingDay,     // Tweede Kerstdag
};

struct HolidayOptions {
    enum class Liberation { Never, Lustrum, EveryYear };
    bool goodFriday = false;
    // Most collective agreements give 5 May off once every five years (2025, 2030 …).
    Liberation liberationDay = Liberation::Lustrum;
};

struct HolidayDate {
    QDate date;
    Holiday holiday;
};

// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, valid from 1583).
QDate easterSunday(int year);
// The year's holidays in date order.
QList<HolidayDate> dutchHolidays(int year, const HolidayOptions &options = {});
std::optional<Holiday> dutchHoliday(const QDate &date, const HolidayOptions &options = {});
// Translated name for the agent ("Easter Monday", "King's Day" …).
QString holidayDisplayName(Holiday holiday);

} // namespace webcare::workflow
