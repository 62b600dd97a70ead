// SPDX-License-Identifier: MIT
#pragma once

#include "reports/weeklyreport.h"
#include "util/expected.h"

#include <QLocale>
#include <QString>

namespace webcare::ui {

// The weekly report as a PDF for print: A4 portrait, the summary table, trend charts drawn with Qt Charts and the
// detail tables; all text stays text (searchable, and pdftotext reads it). Qt Charts draws through
// QGraphicsWidget, so this needs a QApplication (the offscreen platform will do) and lives in ui, not core.
Expected<void, QString> writeReportPdf(const reports::WeeklyReport &report, const QString &path,
                                       const QLocale &locale = QLocale());

} // namespace webcare::ui
