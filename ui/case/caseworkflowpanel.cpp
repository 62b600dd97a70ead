// SPDX-License-Identifier: MIT
#include "case/caseworkflowpanel.h"

#include "store/storeservice.h"
#include "store/workflowrepository.h"

#include <QColor>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace webcare::ui {

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("ddd d MMM HH:mm")) : QString();
}

// Tomorrow at ten: a sensible default for "check on it later".
QDateTime defaultFollowUpDue() { return QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)); }
} // namespace

CaseWorkflowPanel::CaseWorkflowPanel(store::StoreService *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_escalations(new QTreeWidget(this))
    , m_answer(new QPlainTextEdit(this))
    , m_recordAnswer(new QPushButton(tr("Record &answer"), this))
    , m_escalate(new QPushButton(tr("&Escalate …"), this))
    , m_followUps(new QTreeWidget(this))
    , m_note(new QLineEdit(this))
    , m_due(new QDateTimeEdit(this))
    , m_addFollowUp(new QPushButton(tr("Add &follow-up"), this))
    , m_done(new QPushButton(tr("Mark &done"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("caseWorkflowPanel"));
    m_escalations->setObjectName(QStringLiteral("escalations"));
    m_answer->setObjectName(QStringLiteral("answer"));
    m_recordAnswer->setObjectName(QStringLiteral("recordAnswer"));
    m_followUps->setObjectName(QStringLiteral("followUps"));
    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_due->setObjectName(QStringLiteral("followUpDue"));
    m_addFollowUp->setObjectName(QStringLiteral("addFollowUp"));
    m_done->setObjectName(QStringLiteral("completeFollowUp"));

    m_escalations->setHeaderLabels({tr("Department"), tr("Question"), tr("State"), tr("Due"), tr("Answer")});
    m_escalations->setRootIsDecorated(false);
    m_escalations->setWordWrap(true);
    m_escalations->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_escalations->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_escalations->setColumnWidth(0, 240);
    m_escalations->setColumnWidth(2, 90);
    m_escalations->setColumnWidth(3, 140);
    m_followUps->setHeaderLabels({tr("Follow-up"), tr("Due"), tr("State")});
    m_followUps->setRootIsDecorated(false);
    m_followUps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_followUps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_answer->setPlaceholderText(tr("The department's answer"));
    m_answer->setMaximumHeight(48);
    // A compact panel: the inbox and the case stay the main part of the window.
    m_escalations->setMaximumHeight(110);
    m_followUps->setMaximumHeight(90);
    m_answer->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. payment promised, check on Friday"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    m_due->setDateTime(defaultFollowUpDue());
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_title->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_escalations, 1);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    auto *answerButtons = new QVBoxLayout;
    answerButtons->addWidget(m_recordAnswer);
    answerButtons->addWidget(m_escalate);
    answerButtons->addStretch();
    answerRow->addLayout(answerButtons);
    layout->addLayout(answerRow);
    layout->addWidget(m_followUps, 1);
    auto *followRow = new QHBoxLayout;
    followRow->addWidget(m_note, 1);
    followRow->addWidget(m_due);
    followRow->addWidget(m_addFollowUp);
    followRow->addWidget(m_done);
    layout->addLayout(followRow);
    layout->addWidget(m_error);

    connect(m_recordAnswer, &QPushButton::clicked, this, &CaseWorkflowPanel::recordAnswer);
    connect(m_escalate, &QPushButton::clicked, this, &CaseWorkflowPanel::escalateRequested);
    connect(m_addFollowUp, &QPushButton::clicked, this, &CaseWorkflowPanel::addFollowUp);
    connect(m_note, &QLineEdit::returnPressed, this, &CaseWorkflowPanel::addFollowUp);
    connect(m_done, &QPushButton::clicked, this, &CaseWorkflowPanel::completeSelectedFollowUp);
    setCase(0);
}

void CaseWorkflowPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_error->hide();
    m_answer->clear();
    m_note->clear();
    m_due->setDateTime(defaultFollowUpDue());
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_answer, m_recordAnswer, m_escalate, m_note, m_due, m_addFollowUp, m_done})
        w->setEnabled(caseId != 0);
    if (!caseId) {
        m_title->setText(tr("No case selected"));
        m_escalations->clear();
        m_followUps->clear();
        m_escalationRows.clear();
        m_followUpRows.clear();
        return;
    }
    m_title->setText(tr("Case %1: departments and follow-ups").arg(caseId));
    reload();
}

void CaseWorkflowPanel::reload()
{
    if (!m_caseId)
        return;
    const qint64 caseId = m_caseId;
    const quint64 request = ++m_request;
    m_store->run<Loaded>(
        this,
        [caseId](store::CaseStore &s) -> Expected<Loaded, store::StoreError> {
            Loaded out;
            auto escalations = s.workflow().escalations(caseId);
            if (!escalations)
                return unexpected(escalations.error());
            auto followUps = s.workflow().followUps(caseId);
            if (!followUps)
                return unexpected(followUps.error());
            auto departments = s.workflow().departments();
            if (!departments)
                return unexpected(departments.error());
            out.escalations = *escalations;
            out.followUps = *followUps;
            for (const domain::Department &d : std::as_const(*departments))
                out.departmentNames.insert(d.id, d.name);
            return out;
        },
        [this, request](Expected<Loaded, store::StoreError> loaded) {
            if (request != m_request)
                return; // another case is on screen by now
            if (!loaded) {
                m_error->setText(loaded.error().message());
                m_error->show();
                return;
            }
            show(*loaded);
        });
}

void CaseWorkflowPanel::show(const Loaded &data)
{
    m_escalationRows = data.escalations;
    m_followUpRows = data.followUps;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_escalations->clear();
    for (const domain::Escalation &e : data.escalations) {
        const QString state = e.isAnswered() ? tr("Answered") : e.dueAt <= now ? tr("Late") : tr("Waiting");
        auto *item = new QTreeWidgetItem(
            m_escalations, {data.departmentNames.value(e.departmentId) + QStringLiteral(" → ") + e.addresseeName,
                            e.question, state, when(e.dueAt), e.answer});
        item->setData(0, Qt::UserRole, e.id);
        item->setToolTip(1, e.question);
        item->setToolTip(4, e.answer);
        if (!e.isAnswered() && e.dueAt <= now)
            item->setForeground(2, QColor(0xb0, 0x00, 0x20));
    }
    m_followUps->clear();
    for (const domain::FollowUp &f : data.followUps) {
        const bool done = f.doneAt.isValid();
        const QString state = done ? tr("Done by %1").arg(f.doneBy) : f.dueAt <= now ? tr("Due") : tr("Open");
        auto *item = new QTreeWidgetItem(m_followUps, {f.note, when(f.dueAt), state});
        item->setData(0, Qt::UserRole, f.id);
        if (!done && f.dueAt <= now)
            item->setForeground(2, QColor(0xb0, 0x00, 0x20));
    }
    emit loaded();
}

void CaseWorkflowPanel::afterChange(const Expected<bool, store::StoreError> &result)
{
    if (!result) {
        m_error->setText(result.error().message());
        m_error->show();
        return;
    }
    m_error->hide();
    emit caseChanged(m_caseId);
    reload();
}

void CaseWorkflowPanel::recordAnswer()
{
    const QString answer = m_answer->toPlainText().trimmed();
    if (!m_caseId || answer.isEmpty())
        return;
    qint64 escalationId = 0;
    if (const QTreeWidgetItem *current = m_escalations->currentItem())
        escalationId = current->data(0, Qt::UserRole).toLongLong();
    if (!escalationId) {
        for (const domain::Escalation &e : std::as_const(m_escalationRows))
            if (!e.isAnswered()) {
                escalationId = e.id;
                break;
            }
    }
    if (!escalationId) {
        m_error->setText(tr("This case has no open question to a department."));
        m_error->show();
        return;
    }
    const QString agent = m_agent;
    m_answer->clear();
    m_store->run<bool>(
        this,
        [=](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(s.workflow().recordDepartmentAnswer(escalationId, answer, agent));
            return true;
        },
        [this](Expected<bool, store::StoreError> r) { afterChange(r); });
}

void CaseWorkflowPanel::addFollowUp()
{
    const QString note = m_note->text().trimmed();
    if (!m_caseId || note.isEmpty())
        return;
    const qint64 caseId = m_caseId;
    const QDateTime due = m_due->dateTime().toUTC();
    const QString agent = m_agent;
    m_note->clear();
    m_store->run<bool>(
        this,
        [=](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(s.workflow().addFollowUp(caseId, note, due, agent));
            return true;
        },
        [this](Expected<bool, store::StoreError> r) { afterChange(r); });
}

void CaseWorkflowPanel::completeSelectedFollowUp()
{
    const QTreeWidgetItem *current = m_followUps->currentItem();
    if (!current)
        return;
    const qint64 id = current->data(0, Qt::UserRole).toLongLong();
    const QString agent = m_agent;
    m_store->run<bool>(
        this,
        [=](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(s.workflow().completeFollowUp(id, agent));
            return true;
        },
        [this](Expected<bool, store::StoreError> r) { afterChange(r); });
}

} // namespace webcare::ui
