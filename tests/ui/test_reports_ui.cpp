// SPDX-License-Identifier: MIT
// The weekly report's PDF (read back with pdftotext) and the report dialog, on the crafted week 13 of 2026
// (figures worked out in tests/core/test_reports.cpp).
#include "support/reportfixture.h"
#include "support/testsupport.h"

#include "reports/weeklyreport.h"
#include "weeklyreport/reportdialog.h"
#include "weeklyreport/reportpdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace webcare;

namespace {

// The text of a PDF as pdftotext lays it out; null when poppler-utils is not installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString crafted(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    auto opened = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
    REQUIRE(opened.hasValue());
    test::fillReportWeek13(**opened);
    return path;
}

// One line of pdftotext -layout output: the label followed by its figures (not a chart title that starts the same
// way), spaces collapsed.
QString lineWith(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(label))
            continue;
        const QString rest = trimmed.mid(label.size()).trimmed();
        if (!rest.isEmpty() && (rest.at(0).isDigit() || rest.at(0) == QChar(0x2013) || rest.at(0) == QLatin1Char('-')))
            return line.simplified();
    }
    return {};
}

} // namespace

TEST_CASE("The PDF report holds the week's figures as text, in Dutch number format", "[reports][pdf]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        WEBCARE_SKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    auto opened = store::CaseStore::open(store::StoreLocation::sqliteFile(crafted(dir)));
    REQUIRE(opened.hasValue());
    reports::ReportOptions options;
    options.nowUtc = test::reportNow();
    options.withAgentNames = true;
    auto report = reports::buildWeeklyReport(**opened, *reports::IsoWeek::parse(QStringLiteral("2026-W13")), options);
    REQUIRE(report.hasValue());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ui::writeReportPdf(*report, pdf, QLocale(QStringLiteral("nl_NL"))).hasValue());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Webcare weekly report 2026-W13")));
    // Label, W10, W11, W12, W13, change.
    CHECK(lineWith(text, QStringLiteral("Posts in")) == QStringLiteral("Posts in 0 0 4 9 5"));
    CHECK(lineWith(text, QStringLiteral("Replies sent")) == QStringLiteral("Replies sent 0 0 0 4 4"));
    CHECK(lineWith(text, QStringLiteral("Engagement rate (%)")).contains(QStringLiteral("83,3")));
    CHECK(lineWith(text, QStringLiteral("First response, median (working hours)")).contains(QStringLiteral("2,00")));
    CHECK(lineWith(text, QStringLiteral("First response, 90th percentile (working hours)"))
              .contains(QStringLiteral("16,00")));
    CHECK(lineWith(text, QStringLiteral("Answered within the SLA (%)")).contains(QStringLiteral("60,0")));
    CHECK(lineWith(text, QStringLiteral("Handling time per case, median (working hours)"))
              .contains(QStringLiteral("17,00")));
    CHECK(lineWith(text, QStringLiteral("Open backlog at the end of the week")).endsWith(QStringLiteral("2 5 3")));
    CHECK(lineWith(text, QStringLiteral("Net Promoter Score")).contains(QStringLiteral("25,0")));
    CHECK(lineWith(text, QStringLiteral("FTE in webcare")).contains(QStringLiteral("0,50")));
    // Charts (Qt Charts) and the detail tables.
    CHECK(text.contains(QStringLiteral("Posts in and replies sent")));
    CHECK(text.contains(QStringLiteral("90th percentile")));
    CHECK(lineWith(text, QStringLiteral("Schade")) == QStringLiteral("Schade 2 1 0 9,00"));
    CHECK(text.contains(QStringLiteral("Premie te hoog")));
    CHECK(lineWith(text, QStringLiteral("Anna de Vries")) == QStringLiteral("Anna de Vries 3 2 10,00 4,00"));
}

TEST_CASE("The report dialog exports PDF, CSV and HTML on a worker thread, and cancels", "[reports][dialog]")
{
    QTemporaryDir dir;
    const QString storePath = crafted(dir);
    ui::ReportDialog dialog(store::StoreLocation::sqliteFile(storePath));
    dialog.show();
    // Last week by default.
    CHECK(
        dialog.weekBox()->currentText() ==
        reports::IsoWeek::lastWeek(QDateTime::currentDateTimeUtc(), workflow::WorkingCalendar::amsterdam()).toString());
    CHECK(dialog.pdfBox()->isChecked());

    QSignalSpy finished(&dialog, &ui::ReportDialog::exportFinished);
    QSignalSpy failed(&dialog, &ui::ReportDialog::exportFailed);

    // A week that does not exist is refused before anything runs.
    dialog.weekBox()->setEditText(QStringLiteral("2026-W60"));
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    REQUIRE(failed.size() == 1);
    CHECK_FALSE(dialog.isRunning());

    dialog.weekBox()->setEditText(QStringLiteral("2026-W13"));
    dialog.csvBox()->setChecked(true);
    dialog.htmlBox()->setChecked(true);
    dialog.decimalCommaBox()->setChecked(true); // switches the separator to ';'
    CHECK(dialog.separatorBox()->currentData().toString() == QStringLiteral(";"));
    dialog.folderEdit()->setText(dir.filePath(QStringLiteral("out")));
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    CHECK(dialog.isRunning());
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.progressBar()->value() == 100);
    const QStringList files = finished.first().first().toStringList();
    CHECK(files.size() == 4 + 1 + 1); // summary, channels, departments, VoC tags; HTML; PDF
    for (const QString &f : files)
        CHECK(QFile::exists(f));
    CHECK(files.contains(dir.filePath(QStringLiteral("out/webcare-report-2026-W13.pdf"))));
    QFile summary(dir.filePath(QStringLiteral("out/2026-W13-summary.csv")));
    REQUIRE(summary.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(summary.readAll()).contains(QStringLiteral("Replies sent;0;0;0;4;4")));

    // Cancel: the store is held by another writer, so the worker is still waiting to open it when Cancel is
    // pressed; once it gets in, it sees the cancellation before computing anything.
    QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("report-lock"));
    lock.setDatabaseName(storePath);
    REQUIRE(lock.open());
    {
        QSqlQuery q(lock);
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    }
    finished.clear();
    failed.clear();
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    REQUIRE(dialog.isRunning());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    {
        QSqlQuery q(lock);
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
    }
    REQUIRE(failed.wait(60000));
    CHECK(finished.isEmpty());
    CHECK(failed.first().first().toString() == QStringLiteral("The report was cancelled."));
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.exportButton()->isEnabled());
    lock.close();
    lock = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("report-lock"));
}
