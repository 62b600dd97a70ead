// SPDX-License-Identifier: MIT
#pragma once

#include "store/casestore.h"

#include <QDateTime>
#include <QTimeZone>

namespace webcare::test {

// Amsterdam local time as a UTC instant.
QDateTime amsterdam(int year, int month, int day, int hour, int minute = 0);

// Fills a store with the crafted weeks 2026-W12 and 2026-W13 (the week of the change to summer time, Sunday
// 29 March 2026) whose report figures tests/core/test_reports.cpp works out by hand; see there for the numbers.
void fillReportWeek13(store::CaseStore &store);
// 2026-W18, which starts on King's Day (Monday 27 April 2026, a public holiday).
void fillReportWeek18(store::CaseStore &store);
// The moment the crafted reports are made: Tuesday 31 March 2026 12:00 in Amsterdam.
QDateTime reportNow();

} // namespace webcare::test
