// SPDX-License-Identifier: MIT
#include "review/trainingdialogs.h"

#include "composer/tonecheck.h"
#include "config/teamconfigservice.h"
#include "config/teamsetup.h"
#include "store/storeservice.h"
#include "store/trainingrepository.h"
#include "training/progress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace webcare::ui {

using domain::Channel;

// ---------------------------------------------------------------------------------------------------------------
// Replay

ReplayDialog::ReplayDialog(store::StoreService *store, const config::TeamConfigService *teamConfig, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_teamConfig(teamConfig)
{
    setWindowTitle(tr("Replay a corpus — training"));
    setObjectName(QStringLiteral("replayDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *source = new QGroupBox(tr("Corpus"), this);
    auto *sourceLayout = new QVBoxLayout(source);
    m_demo = new QRadioButton(tr("The bundled &demo feed (Duinzicht Verzekeringen, fictional)"), source);
    m_demo->setObjectName(QStringLiteral("replayDemo"));
    m_export = new QRadioButton(tr("An &export of a real period (anonymised while loading)"), source);
    m_export->setObjectName(QStringLiteral("replayExport"));
    m_demo->setChecked(true);
    sourceLayout->addWidget(m_demo);
    sourceLayout->addWidget(m_export);
    auto *fileRow = new QHBoxLayout;
    m_fileChannel = new QComboBox(source);
    for (Channel c : domain::allChannels())
        m_fileChannel->addItem(domain::channelDisplayName(c), domain::channelKey(c));
    m_addFiles = new QPushButton(tr("Add &files …"), source);
    fileRow->addWidget(new QLabel(tr("Files of channel:"), source));
    fileRow->addWidget(m_fileChannel);
    fileRow->addWidget(m_addFiles);
    fileRow->addStretch(1);
    sourceLayout->addLayout(fileRow);
    m_files = new QListWidget(source);
    m_files->setObjectName(QStringLiteral("replayFiles"));
    m_files->setMaximumHeight(110);
    sourceLayout->addWidget(m_files);
    auto *note = new QLabel(tr("Platform payloads as `webcaredesk import` reads them, or JSON lines with one payload a "
                               "line. Names, handles, @mentions, customer, policy, IBAN and phone numbers, e-mail "
                               "addresses and street addresses are replaced by pseudonyms; raw payloads are dropped."),
                            source);
    note->setWordWrap(true);
    sourceLayout->addWidget(note);
    layout->addWidget(source);

    auto *paceBox = new QGroupBox(tr("Pace"), this);
    auto *paceLayout = new QHBoxLayout(paceBox);
    m_pace = new QComboBox(paceBox);
    m_pace->setObjectName(QStringLiteral("replayPace"));
    m_pace->addItem(tr("As it happened"), int(training::Pace::AsItHappened));
    m_pace->addItem(tr("Faster"), int(training::Pace::Faster));
    m_pace->addItem(tr("All at once"), int(training::Pace::AllAtOnce));
    m_pace->setCurrentIndex(1);
    m_factor = new QDoubleSpinBox(paceBox);
    m_factor->setObjectName(QStringLiteral("replayFactor"));
    m_factor->setRange(1, 10000);
    m_factor->setDecimals(0);
    m_factor->setValue(60);
    m_factor->setPrefix(QStringLiteral("×"));
    auto *paceLabel = new QLabel(tr("&Pace:"), paceBox);
    paceLabel->setBuddy(m_pace);
    paceLayout->addWidget(paceLabel);
    paceLayout->addWidget(m_pace);
    paceLayout->addWidget(m_factor);
    paceLayout->addStretch(1);
    layout->addWidget(paceBox);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m posts"));
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("replayStart"));
    m_pause = new QPushButton(tr("P&ause"), this);
    m_pause->setObjectName(QStringLiteral("replayPause"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("replayStop"));
    auto *close = new QPushButton(tr("&Close"), this);
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Export files"), QString(), tr("Platform payloads (*.json *.jsonl *.ndjson);;All files (*)"));
        addFiles(domain::channelFromKey(m_fileChannel->currentData().toString()).value_or(Channel::X), paths);
    });
    connect(m_demo, &QRadioButton::toggled, this, &ReplayDialog::updateButtons);
    connect(m_pace, &QComboBox::currentIndexChanged, this, &ReplayDialog::updateButtons);
    connect(m_start, &QPushButton::clicked, this, &ReplayDialog::start);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_replayer)
            return;
        if (m_replayer->state() == training::Replayer::State::Paused)
            m_replayer->resume();
        else
            m_replayer->pause();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_replayer)
            m_replayer->stop();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::hide);
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &ReplayDialog::onCorpusLoaded);
    updateButtons();
}

ReplayDialog::~ReplayDialog() { m_loading.waitForFinished(); }

void ReplayDialog::chooseDemo() { m_demo->setChecked(true); }

void ReplayDialog::addFiles(Channel channel, const QStringList &paths)
{
    for (const QString &path : paths) {
        m_corpusFiles << training::CorpusFile{channel, path};
        m_files->addItem(
            QStringLiteral("%1 — %2").arg(domain::channelDisplayName(channel), QFileInfo(path).fileName()));
    }
    if (!paths.isEmpty())
        m_export->setChecked(true);
    updateButtons();
}

void ReplayDialog::choosePace(training::Pace pace, double factor)
{
    m_pace->setCurrentIndex(m_pace->findData(int(pace)));
    m_factor->setValue(factor);
}

void ReplayDialog::updateButtons()
{
    const bool loading = m_loading.isRunning();
    const auto state = m_replayer ? m_replayer->state() : training::Replayer::State::Idle;
    const bool active = state == training::Replayer::State::Running || state == training::Replayer::State::Paused;
    m_factor->setEnabled(m_pace->currentData().toInt() == int(training::Pace::Faster));
    m_start->setEnabled(!loading && !active && (m_demo->isChecked() || !m_corpusFiles.isEmpty()));
    m_pause->setEnabled(active);
    m_pause->setText(state == training::Replayer::State::Paused ? tr("&Resume") : tr("P&ause"));
    m_stop->setEnabled(active);
    m_files->setEnabled(m_export->isChecked());
}

void ReplayDialog::start()
{
    if (m_loading.isRunning())
        return;
    if (m_replayer && (m_replayer->state() == training::Replayer::State::Running ||
                       m_replayer->state() == training::Replayer::State::Paused))
        return;
    m_status->setText(tr("Loading the corpus …"));
    const bool demo = m_demo->isChecked();
    const QList<training::CorpusFile> files = m_corpusFiles;
    // The team's handles as configured, not guessed from the corpus: a period without a post by the team's account
    // still mentions it, and an anonymised own handle would hide every question to the team.
    const QList<store::OwnAccount> own =
        m_teamConfig ? config::ownAccountsOf(m_teamConfig->configuration()) : QList<store::OwnAccount>{};
    // Reading and anonymising thousands of posts is off the GUI thread.
    m_loading.setFuture(QtConcurrent::run([demo, files, own] {
        Loaded loaded;
        auto corpus = demo ? training::demoCorpus() : training::loadCorpus(files, own);
        if (corpus)
            loaded.corpus = std::move(*corpus);
        else
            loaded.error = corpus.error();
        return loaded;
    }));
    updateButtons();
}

void ReplayDialog::onCorpusLoaded()
{
    const Loaded loaded = m_loading.result();
    if (!loaded.error.isEmpty()) {
        m_status->setText(loaded.error);
        updateButtons();
        return;
    }
    if (m_replayer)
        m_replayer->deleteLater();
    training::PaceSetting pace;
    pace.pace = training::Pace(m_pace->currentData().toInt());
    pace.factor = m_factor->value();
    m_replayer = new training::Replayer(m_store, loaded.corpus, pace, nullptr, this);
    m_progress->setRange(0, std::max(1, m_replayer->total()));
    m_progress->setValue(0);
    connect(m_replayer, &training::Replayer::progressed, this, [this](int stored, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(stored);
    });
    connect(m_replayer, &training::Replayer::stateChanged, this, [this](training::Replayer::State state) {
        switch (state) {
        case training::Replayer::State::Running:
            m_status->setText(tr("Replaying: posts arrive in the inbox."));
            break;
        case training::Replayer::State::Paused:
            m_status->setText(tr("Paused."));
            break;
        case training::Replayer::State::Stopped:
            m_status->setText(tr("Stopped."));
            break;
        case training::Replayer::State::Finished:
            m_status->setText(tr("Finished: every post of the corpus is in the training store."));
            break;
        case training::Replayer::State::Idle:
            break;
        }
        updateButtons();
    });
    connect(m_replayer, &training::Replayer::failed, this, [this](const QString &message) {
        m_status->setText(message);
        updateButtons();
    });
    QString problems;
    if (!loaded.corpus.problems.isEmpty())
        problems = tr("%n part(s) of the corpus could not be read.", nullptr, int(loaded.corpus.problems.size()));
    m_replayer->start();
    if (!problems.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char(' ') + problems);
    emit replayStarted();
    updateButtons();
}

// ---------------------------------------------------------------------------------------------------------------
// Review

namespace {

// The ZEKEP criteria in their order; the labels carry mnemonics so each score is one Alt+key away.
QStringList criteriaLabels()
{
    return {ReviewDialog::tr("&Zakelijk (businesslike)"), ReviewDialog::tr("&Efficiënt (efficient)"),
            ReviewDialog::tr("&Kort (short)"), ReviewDialog::tr("Em&pathisch (empathetic)"),
            ReviewDialog::tr("Persoon&lijk (personal)")};
}

constexpr int store::ZekepScores::*criteria[] = {&store::ZekepScores::zakelijk, &store::ZekepScores::efficient,
                                                 &store::ZekepScores::kort, &store::ZekepScores::empathisch,
                                                 &store::ZekepScores::persoonlijk};

QString html(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

ReviewDialog::ReviewDialog(store::StoreService *store, const QString &agent, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agent(agent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Supervisor ? QStringLiteral("reviewDialog") : QStringLiteral("feedbackDialog"));
    setWindowTitle(mode == Mode::Supervisor ? tr("Review drafts — training") : tr("My feedback — training"));
    resize(1100, 700);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_trainee = new QComboBox(this);
    m_trainee->setObjectName(QStringLiteral("traineeFilter"));
    m_trainee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_trainee->setMinimumContentsLength(16);
    auto *traineeLabel = new QLabel(tr("&Trainee:"), this);
    traineeLabel->setBuddy(m_trainee);
    m_unreviewedOnly = new QCheckBox(tr("&Unreviewed only"), this);
    m_unreviewedOnly->setObjectName(QStringLiteral("unreviewedOnly"));
    top->addWidget(traineeLabel);
    top->addWidget(m_trainee);
    top->addWidget(m_unreviewedOnly);
    top->addStretch(1);
    layout->addLayout(top);
    if (mode == Mode::Feedback) {
        traineeLabel->hide();
        m_trainee->hide();
        m_unreviewedOnly->hide();
    }

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto *replies = new QSplitter(Qt::Horizontal, m_tabs);
    m_list = new QListWidget(replies);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setMinimumWidth(300);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    auto *right = new QWidget(replies);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideBySide = new QSplitter(Qt::Horizontal, right);
    auto *postBox = new QGroupBox(tr("The customer's post"), sideBySide);
    auto *postLayout = new QVBoxLayout(postBox);
    m_post = new QPlainTextEdit(postBox);
    m_post->setObjectName(QStringLiteral("reviewPost"));
    m_post->setReadOnly(true);
    postLayout->addWidget(m_post);
    auto *replyBox = new QGroupBox(tr("The trainee's reply"), sideBySide);
    auto *replyLayout = new QVBoxLayout(replyBox);
    m_reply = new QPlainTextEdit(replyBox);
    m_reply->setObjectName(QStringLiteral("reviewReply"));
    m_reply->setReadOnly(true);
    replyLayout->addWidget(m_reply);
    rightLayout->addWidget(sideBySide, 2);

    m_feedback = new QTextBrowser(right);
    m_feedback->setObjectName(QStringLiteral("reviewFeedback"));
    rightLayout->addWidget(m_feedback, 1);

    auto *scoreBox = new QGroupBox(tr("Score (1 poor – 5 excellent)"), right);
    auto *form = new QFormLayout(scoreBox);
    const QStringList labels = criteriaLabels();
    static const char *const names[] = {"scoreZakelijk", "scoreEfficient", "scoreKort", "scoreEmpathisch",
                                        "scorePersoonlijk"};
    for (int i = 0; i < 5; ++i) {
        auto *spin = new QSpinBox(scoreBox);
        spin->setObjectName(QLatin1String(names[i]));
        spin->setRange(1, 5);
        spin->setValue(3);
        auto *label = new QLabel(labels.at(i), scoreBox);
        label->setBuddy(spin);
        form->addRow(label, spin);
        m_scores << spin;
    }
    m_comment = new QPlainTextEdit(scoreBox);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    auto *commentLabel = new QLabel(tr("&Comment:"), scoreBox);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);
    m_save = new QPushButton(tr("&Save review (Ctrl+Enter)"), scoreBox);
    m_save->setObjectName(QStringLiteral("saveReview"));
    form->addRow(QString(), m_save);
    rightLayout->addWidget(scoreBox);
    if (mode == Mode::Feedback)
        scoreBox->hide();
    replies->setStretchFactor(1, 3);
    m_tabs->addTab(replies, mode == Mode::Supervisor ? tr("&Replies") : tr("My &replies"));

    m_progress = new QTextBrowser(m_tabs);
    m_progress->setObjectName(QStringLiteral("progressReport"));
    m_tabs->addTab(m_progress, tr("&Progress"));

    m_status = new QLabel(this);
    layout->addWidget(m_status);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewDialog::showCurrent);
    connect(m_trainee, &QComboBox::activated, this, [this] { fill(m_replies); });
    connect(m_unreviewedOnly, &QCheckBox::toggled, this, [this] { fill(m_replies); });
    connect(m_save, &QPushButton::clicked, this, &ReviewDialog::save);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_mode == Mode::Supervisor)
                save();
        });
    }
    reload();
}

void ReviewDialog::reload()
{
    const QString agent = m_mode == Mode::Feedback ? m_agent : QString();
    m_store->run<QList<store::TraineeReply>>(
        this, [agent](store::CaseStore &s) { return s.training().traineeReplies(agent); },
        [this](Expected<QList<store::TraineeReply>, store::StoreError> replies) {
            if (!replies) {
                m_status->setText(replies.error().message());
                return;
            }
            m_replies = *replies;
            if (m_mode == Mode::Supervisor) {
                const QString current = m_trainee->currentData().toString();
                QStringList trainees;
                for (const store::TraineeReply &t : std::as_const(m_replies)) {
                    if (!trainees.contains(t.reply.agent))
                        trainees << t.reply.agent;
                }
                trainees.sort();
                m_trainee->clear();
                m_trainee->addItem(tr("All trainees"), QString());
                for (const QString &t : std::as_const(trainees))
                    m_trainee->addItem(t, t);
                m_trainee->setCurrentIndex(std::max(0, m_trainee->findData(current)));
            }
            fill(m_replies);
            emit loaded(int(m_replies.size()));
        });
}

void ReviewDialog::fill(const QList<store::TraineeReply> &replies)
{
    const QString trainee = m_trainee->currentData().toString();
    const qint64 keep = m_selectAfterLoad       ? m_selectAfterLoad
                        : m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong()
                                                : 0;
    m_selectAfterLoad = 0;
    m_list->clear();
    int select = -1;
    for (const store::TraineeReply &t : replies) {
        if (!trainee.isEmpty() && t.reply.agent != trainee)
            continue;
        if (m_unreviewedOnly->isChecked() && !t.reviews.isEmpty())
            continue;
        const QString when = QLocale().toString(t.reply.createdAt.toLocalTime(), QLocale::ShortFormat);
        QString line =
            QStringLiteral("%1 · %2 · %3\n%4")
                .arg(t.reply.agent, when, domain::channelDisplayName(t.channel), t.reply.text.simplified().left(70));
        if (!t.reviews.isEmpty())
            line += QLatin1Char('\n') +
                    tr("Reviewed: %1 / 5").arg(QLocale().toString(t.reviews.constLast().scores.average(), 'f', 1));
        else
            line += QLatin1Char('\n') + tr("Not reviewed yet");
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, t.reply.id);
        if (t.reply.id == keep)
            select = m_list->count() - 1;
    }
    m_list->setCurrentRow(select >= 0 ? select : (m_list->count() ? 0 : -1));
    if (m_list->count() == 0)
        showCurrent();
    m_status->setText(tr("%n reply(ies)", nullptr, m_list->count()));
    renderProgress();
}

void ReviewDialog::showCurrent()
{
    const qint64 id = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const auto it = std::find_if(m_replies.cbegin(), m_replies.cend(),
                                 [id](const store::TraineeReply &t) { return t.reply.id == id; });
    m_save->setEnabled(it != m_replies.cend());
    if (it == m_replies.cend()) {
        m_post->clear();
        m_reply->clear();
        m_feedback->clear();
        return;
    }
    m_post->setPlainText(it->answeredAuthor.isEmpty() ? it->answeredText
                                                      : it->answeredAuthor + QStringLiteral(":\n") + it->answeredText);
    m_reply->setPlainText(it->reply.text + QStringLiteral("\n\n— ") + domain::replyStateDisplayName(it->reply.state));
    QString feedback;
    const QStringList labels = criteriaLabels();
    for (const store::TrainingReview &r : it->reviews) {
        feedback +=
            QStringLiteral("<p><b>%1</b> (%2): ")
                .arg(html(r.reviewer), html(QLocale().toString(r.reviewedAt.toLocalTime(), QLocale::ShortFormat)));
        QStringList parts;
        for (int i = 0; i < 5; ++i)
            parts << QStringLiteral("%1 %2")
                         .arg(html(QString(labels.at(i)).remove(u'&').section(u' ', 0, 0)))
                         .arg(r.scores.*criteria[i]);
        feedback += parts.join(QStringLiteral(", "));
        if (!r.comment.isEmpty())
            feedback += QStringLiteral("<br><i>%1</i>").arg(html(r.comment));
        feedback += QStringLiteral("</p>");
    }
    m_feedback->setHtml(feedback.isEmpty() ? html(tr("No feedback yet.")) : feedback);
    // The supervisor's own earlier review fills the form, to adjust it.
    const auto mine = std::find_if(it->reviews.cbegin(), it->reviews.cend(),
                                   [this](const store::TrainingReview &r) { return r.reviewer == m_agent; });
    for (int i = 0; i < 5; ++i)
        m_scores.at(i)->setValue(mine != it->reviews.cend() ? mine->scores.*criteria[i] : 3);
    m_comment->setPlainText(mine != it->reviews.cend() ? mine->comment : QString());
}

void ReviewDialog::save()
{
    if (!m_list->currentItem())
        return;
    store::TrainingReview review;
    review.replyId = m_list->currentItem()->data(Qt::UserRole).toLongLong();
    review.reviewer = m_agent;
    review.scores = {m_scores.at(0)->value(), m_scores.at(1)->value(), m_scores.at(2)->value(), m_scores.at(3)->value(),
                     m_scores.at(4)->value()};
    review.comment = m_comment->toPlainText().trimmed();
    // After saving, the next reply is ready for review.
    const int row = m_list->currentRow();
    const QListWidgetItem *next = m_list->item(row + 1);
    const qint64 nextId = next ? next->data(Qt::UserRole).toLongLong() : review.replyId;
    m_save->setEnabled(false);
    m_store->run<qint64>(
        this, [review](store::CaseStore &s) { return s.training().saveTrainingReview(review); },
        [this, review, nextId](Expected<qint64, store::StoreError> saved) {
            if (!saved) {
                m_status->setText(saved.error().message());
                m_save->setEnabled(true);
                return;
            }
            m_selectAfterLoad = nextId;
            emit reviewSaved(review.replyId);
            reload();
        });
}

void ReviewDialog::renderProgress()
{
    QStringList trainees;
    if (m_mode == Mode::Feedback) {
        trainees << m_agent;
    } else if (!m_trainee->currentData().toString().isEmpty()) {
        trainees << m_trainee->currentData().toString();
    } else {
        for (int i = 1; i < m_trainee->count(); ++i)
            trainees << m_trainee->itemData(i).toString();
    }
    QString out;
    const QStringList labels = criteriaLabels();
    for (const QString &agent : std::as_const(trainees)) {
        const training::TraineeProgress p = training::progressReport(agent, m_replies);
        out += QStringLiteral("<h2>%1</h2><p>%2</p>")
                   .arg(html(agent), html(tr("%1 replies, %2 reviewed").arg(p.replies).arg(p.reviewed)));
        out += QStringLiteral(
                   "<table border=1 cellpadding=4 cellspacing=0><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>")
                   .arg(html(tr("Day")), html(tr("Replies")), html(tr("Reviewed")), html(tr("Average")));
        for (const QString &l : labels)
            out += QStringLiteral("<th>%1</th>").arg(html(QString(l).remove(u'&').section(u' ', 0, 0)));
        out += QStringLiteral("</tr>");
        for (const training::DayProgress &d : p.days) {
            out +=
                QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>")
                    .arg(html(QLocale().toString(d.day, QLocale::ShortFormat)))
                    .arg(d.replies)
                    .arg(d.reviewed)
                    .arg(d.reviewed ? QLocale().toString(d.averageScore(), 'f', 1) : QStringLiteral("–"));
            for (auto c : criteria)
                out += QStringLiteral("<td align=right>%1</td>")
                           .arg(d.reviewed ? QLocale().toString(d.average(c), 'f', 1) : QStringLiteral("–"));
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table><p><b>%1</b></p><ul>").arg(html(tr("Checks that fired most often")));
        for (qsizetype i = 0; i < std::min<qsizetype>(5, p.checks.size()); ++i)
            out += QStringLiteral("<li>%1 × %2</li>").arg(p.checks.at(i).count).arg(html(p.checks.at(i).rule));
        if (p.checks.isEmpty())
            out += QStringLiteral("<li>%1</li>").arg(html(tr("none")));
        out += QStringLiteral("</ul>");
    }
    m_progress->setHtml(out.isEmpty() ? html(tr("No replies written in training yet.")) : out);
}

} // namespace webcare::ui
