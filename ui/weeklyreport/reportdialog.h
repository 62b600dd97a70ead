// SPDX-License-Identifier: MIT
#pragma once

#include "store/storelocation.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace webcare::reports {
struct WeeklyReport;
}

namespace webcare::ui {

// Reports → Weekly report…: the supervisor picks a week (last week by default), the formats and options and a
// folder. The report is computed on a worker thread with its own store connection; Cancel stops it between steps.
// CSV and HTML are written there too; the PDF is drawn on the GUI thread because Qt Charts is a widget library.
class ReportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(const store::StoreLocation &location, QWidget *parent = nullptr);
    ~ReportDialog() override;
    Q_DISABLE_COPY_MOVE(ReportDialog)

    QComboBox *weekBox() const { return m_week; }
    QCheckBox *pdfBox() const { return m_pdf; }
    QCheckBox *csvBox() const { return m_csv; }
    QCheckBox *htmlBox() const { return m_html; }
    QCheckBox *agentNamesBox() const { return m_agentNames; }
    QComboBox *separatorBox() const { return m_separator; }
    QCheckBox *decimalCommaBox() const { return m_decimalComma; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isRunning() const { return m_running; }

signals:
    // The files written, after a successful export.
    void exportFinished(const QStringList &files);
    // Translated message; also after a cancellation.
    void exportFailed(const QString &message);

private:
    struct Outcome;
    void startExport();
    void cancelExport();
    void onComputed();
    void setRunning(bool running);
    void reject() override;

    store::StoreLocation m_location;
    QComboBox *m_week = nullptr;
    QCheckBox *m_pdf = nullptr;
    QCheckBox *m_csv = nullptr;
    QCheckBox *m_html = nullptr;
    QCheckBox *m_agentNames = nullptr;
    QComboBox *m_separator = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_folder = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
};

} // namespace webcare::ui
