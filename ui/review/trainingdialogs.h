// SPDX-License-Identifier: MIT
#pragma once

#include "store/casestore.h"
#include "store/trainingrepository.h"
#include "training/replay.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;

namespace webcare::store {
class StoreService;
}

namespace webcare::config {
class TeamConfigService;
}

namespace webcare::ui {

// Training → Replay a corpus: the demo feed or an export (anonymised on loading), at a chosen pace, with pause,
// resume, stop and progress. Non-modal: trainees work in the inbox while it runs.
class ReplayDialog final : public QDialog {
    Q_OBJECT
public:
    // `teamConfig`: the training store's team configuration; its own handles are kept as they are in an export.
    ReplayDialog(store::StoreService *store, const config::TeamConfigService *teamConfig, QWidget *parent = nullptr);
    ~ReplayDialog() override;
    Q_DISABLE_COPY_MOVE(ReplayDialog)

    training::Replayer *replayer() const { return m_replayer; }
    // For tests and scripted sessions: the choices of the form.
    void chooseDemo();
    void addFiles(domain::Channel channel, const QStringList &paths);
    void choosePace(training::Pace pace, double factor = 10);
    void start();

signals:
    // The replay began writing into the store (its training accounts exist from now on).
    void replayStarted();

private:
    void updateButtons();
    void onCorpusLoaded();

    store::StoreService *m_store;
    const config::TeamConfigService *m_teamConfig;
    QRadioButton *m_demo = nullptr;
    QRadioButton *m_export = nullptr;
    QComboBox *m_fileChannel = nullptr;
    QPushButton *m_addFiles = nullptr;
    QListWidget *m_files = nullptr;
    QComboBox *m_pace = nullptr;
    QDoubleSpinBox *m_factor = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QList<training::CorpusFile> m_corpusFiles;
    struct Loaded {
        training::Corpus corpus;
        QString error; // empty: loaded
    };
    QFutureWatcher<Loaded> m_loading;
    QPointer<training::Replayer> m_replayer;
};

// Training → Review drafts (supervisor) and Training → My feedback (trainee): the replies written in training
// beside the posts they answer, ZEKEP scores 1–5 and a comment, and a progress report per trainee.
class ReviewDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Supervisor, Feedback };
    ReviewDialog(store::StoreService *store, const QString &agent, Mode mode, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReviewDialog)

    void reload();
    QListWidget *replyList() const { return m_list; }

signals:
    void loaded(int replies);
    void reviewSaved(qint64 replyId);

private:
    void fill(const QList<store::TraineeReply> &replies);
    void showCurrent();
    void save();
    void renderProgress();

    store::StoreService *m_store;
    QString m_agent;
    Mode m_mode;
    QList<store::TraineeReply> m_replies;
    QComboBox *m_trainee = nullptr;
    QCheckBox *m_unreviewedOnly = nullptr;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_post = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QList<QSpinBox *> m_scores;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_save = nullptr;
    QTextBrowser *m_feedback = nullptr;
    QTextBrowser *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_selectAfterLoad = 0;
};

} // namespace webcare::ui
