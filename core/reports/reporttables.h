// SPDX-License-Identifier: MIT
#pragma once

#include "util/expected.h"
#include "weeklyreport.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace webcare::reports {

// One table of the report, as every export shows it. Cells are numbers (qint64 or double), text, or invalid for
// "no data".
struct ReportTable {
    QString name;  // file name part: summary, channels, departments, voc_tags, agents
    QString title; // translated
    QStringList headers;
    QList<int> decimals;    // per column, for doubles
    QList<int> rowDecimals; // per row instead, when not empty (the summary: one figure per row)
    QList<QVariantList> rows;
    int decimalsAt(qsizetype row, qsizetype column) const
    {
        return rowDecimals.isEmpty() ? decimals.value(column) : rowDecimals.value(row);
    }
};

// Summary (each figure over four weeks and the change against the previous week), channels, departments,
// voice-of-the-customer tags and, only when the report was made with agent names, agents. Durations in working
// hours, shares in per cent.
QList<ReportTable> reportTables(const WeeklyReport &report);

// A cell for people: the locale's decimal sign, "–" for no data.
QString displayCell(const QVariant &value, int decimals, const QLocale &locale);

struct CsvOptions {
    QChar separator = QLatin1Char(',');
    bool decimalComma = false;  // 1,5 instead of 1.5 (Dutch spreadsheet programs; use separator ';' with it)
    bool byteOrderMark = false; // UTF-8 BOM, so that Excel reads the file as UTF-8
};

// RFC 4180: fields holding the separator, a quote or a line break are quoted, quotes doubled; CRLF line ends.
QByteArray toCsv(const ReportTable &table, const CsvOptions &options);
// Writes one file per table into `directory` (created if needed) named "<week>-<table>.csv"; returns the paths.
Expected<QStringList, QString> writeCsv(const WeeklyReport &report, const QString &directory,
                                        const CsvOptions &options);

// A self-contained HTML page (styles inline, trend charts as inline SVG, no external files).
QString toHtml(const WeeklyReport &report, const QLocale &locale = QLocale());
Expected<void, QString> writeHtml(const WeeklyReport &report, const QString &path, const QLocale &locale = QLocale());

// Title lines shared by the HTML and PDF exports.
QString reportTitle(const WeeklyReport &report);
QString reportPeriod(const WeeklyReport &report, const QLocale &locale);

} // namespace webcare::reports
