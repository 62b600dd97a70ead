// SPDX-License-Identifier: MIT
#include "weeklyreport/reportdialog.h"

#include "reports/reporttables.h"
#include "reports/weeklyreport.h"
#include "store/casestore.h"
#include "weeklyreport/reportpdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace webcare::ui {

struct ReportDialog::Outcome {
    std::optional<reports::WeeklyReport> report;
    QString error;
    bool cancelled = false;
    QStringList files;
};

ReportDialog::ReportDialog(const store::StoreLocation &location, QWidget *parent)
    : QDialog(parent)
    , m_location(location)
{
    setWindowTitle(tr("Weekly report"));
    auto *form = new QFormLayout;
    m_week = new QComboBox(this);
    m_week->setEditable(true);
    const reports::IsoWeek last =
        reports::IsoWeek::lastWeek(QDateTime::currentDateTimeUtc(), workflow::WorkingCalendar::amsterdam());
    for (int back = 0; back < 12; ++back)
        m_week->addItem(last.addWeeks(-back).toString());
    m_week->setCurrentIndex(0);
    m_week->setToolTip(tr("An ISO week as YYYY-Www, e.g. 2026-W47 (Monday to Sunday)."));
    form->addRow(tr("&Week:"), m_week);

    auto *formats = new QHBoxLayout;
    m_pdf = new QCheckBox(tr("&PDF"), this);
    m_pdf->setChecked(true);
    m_csv = new QCheckBox(tr("&CSV"), this);
    m_html = new QCheckBox(tr("&HTML"), this);
    formats->addWidget(m_pdf);
    formats->addWidget(m_csv);
    formats->addWidget(m_html);
    formats->addStretch();
    form->addRow(tr("Formats:"), formats);

    m_agentNames = new QCheckBox(tr("Include agent &names (personal data of employees)"), this);
    form->addRow(QString(), m_agentNames);
    m_separator = new QComboBox(this);
    m_separator->addItem(tr("Comma"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    form->addRow(tr("CSV &separator:"), m_separator);
    m_decimalComma = new QCheckBox(tr("&Decimal comma (Dutch spreadsheet programs)"), this);
    m_bom = new QCheckBox(tr("UTF-8 &byte order mark (for Excel)"), this);
    form->addRow(QString(), m_decimalComma);
    form->addRow(QString(), m_bom);
    // Dutch spreadsheets want a semicolon once the comma is the decimal sign.
    connect(m_decimalComma, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_separator->currentData().toString() == QLatin1String(","))
            m_separator->setCurrentIndex(1);
    });

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Save the report in"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("&Folder:"), folderRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            cancelExport();
        else
            QDialog::reject();
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &ReportDialog::onComputed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

ReportDialog::~ReportDialog()
{
    // The worker holds no pointer to the dialog; stop it and let it finish before the watcher goes.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void ReportDialog::reject()
{
    if (m_running)
        cancelExport();
    else
        QDialog::reject();
}

void ReportDialog::setRunning(bool running)
{
    m_running = running;
    m_export->setEnabled(!running);
    for (QWidget *w :
         {static_cast<QWidget *>(m_week), static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_csv),
          static_cast<QWidget *>(m_html), static_cast<QWidget *>(m_agentNames), static_cast<QWidget *>(m_separator),
          static_cast<QWidget *>(m_decimalComma), static_cast<QWidget *>(m_bom), static_cast<QWidget *>(m_folder)})
        w->setEnabled(!running);
}

void ReportDialog::startExport()
{
    const auto week = reports::IsoWeek::parse(m_week->currentText());
    if (!week) {
        m_status->setText(tr("Give the week as YYYY-Www, for example 2026-W47."));
        emit exportFailed(m_status->text());
        return;
    }
    if (!m_pdf->isChecked() && !m_csv->isChecked() && !m_html->isChecked()) {
        m_status->setText(tr("Choose at least one format."));
        emit exportFailed(m_status->text());
        return;
    }
    const QString folder = m_folder->text();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_status->setText(tr("Cannot create the folder %1.").arg(folder));
        emit exportFailed(m_status->text());
        return;
    }
    reports::CsvOptions csv;
    csv.separator = m_separator->currentData().toString().at(0);
    csv.decimalComma = m_decimalComma->isChecked();
    csv.byteOrderMark = m_bom->isChecked();
    const bool writeCsv = m_csv->isChecked();
    const bool writeHtml = m_html->isChecked();
    const bool withNames = m_agentNames->isChecked();
    const QLocale locale;
    const store::StoreLocation location = m_location;

    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto flag = m_cancelFlag;
    setRunning(true);
    m_progress->setValue(0);
    m_status->setText(tr("Computing the report for %1…").arg(week->toString()));
    QPointer<QProgressBar> bar = m_progress;
    // Everything the worker needs is copied in; it reaches the dialog only through queued calls to the bar.
    m_watcher.setFuture(QtConcurrent::run([=]() -> std::shared_ptr<Outcome> {
        auto outcome = std::make_shared<Outcome>();
        auto opened = store::CaseStore::open(location);
        if (flag->load()) {
            outcome->cancelled = true;
            return outcome;
        }
        if (!opened) {
            outcome->error = opened.error().message();
            return outcome;
        }
        reports::ReportOptions options;
        options.withAgentNames = withNames;
        options.cancelled = [flag] { return flag->load(); };
        options.progress = [bar](int percent) {
            // 0–80 % computing, the rest writing.
            QMetaObject::invokeMethod(
                bar.data(),
                [bar, percent] {
                    if (bar)
                        bar->setValue(percent * 8 / 10);
                },
                Qt::QueuedConnection);
        };
        auto report = reports::buildWeeklyReport(**opened, *week, options);
        if (!report) {
            outcome->cancelled = report.error().cancelled;
            outcome->error = report.error().message();
            return outcome;
        }
        const QString stem = QDir(folder).filePath(QStringLiteral("webcare-report-%1").arg(week->toString()));
        if (writeCsv && !flag->load()) {
            auto files = reports::writeCsv(*report, folder, csv);
            if (!files) {
                outcome->error = files.error();
                return outcome;
            }
            outcome->files += *files;
        }
        if (writeHtml && !flag->load()) {
            if (auto r = reports::writeHtml(*report, stem + QStringLiteral(".html"), locale); !r) {
                outcome->error = r.error();
                return outcome;
            }
            outcome->files << stem + QStringLiteral(".html");
        }
        outcome->cancelled = flag->load();
        outcome->report = std::move(*report);
        return outcome;
    }));
}

void ReportDialog::cancelExport()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_status->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ReportDialog::onComputed()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    m_cancel->setEnabled(true);
    if (outcome->cancelled) {
        setRunning(false);
        m_progress->setValue(0);
        m_status->setText(tr("The report was cancelled."));
        emit exportFailed(m_status->text());
        return;
    }
    if (!outcome->error.isEmpty()) {
        setRunning(false);
        m_status->setText(outcome->error);
        emit exportFailed(outcome->error);
        return;
    }
    QStringList files = outcome->files;
    if (m_pdf->isChecked()) {
        const QString path =
            QDir(m_folder->text())
                .filePath(QStringLiteral("webcare-report-%1.pdf").arg(outcome->report->week.toString()));
        m_progress->setValue(90);
        if (auto r = writeReportPdf(*outcome->report, path); !r) {
            setRunning(false);
            m_status->setText(r.error());
            emit exportFailed(r.error());
            return;
        }
        files << path;
    }
    setRunning(false);
    m_progress->setValue(100);
    m_status->setText(tr("Saved %n file(s) in %1.", nullptr, int(files.size())).arg(m_folder->text()));
    emit exportFinished(files);
}

} // namespace webcare::ui
