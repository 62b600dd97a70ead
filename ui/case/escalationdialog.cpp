// SPDX-License-Identifier: MIT
#include "case/escalationdialog.h"

#include "store/storeservice.h"
#include "store/workflowrepository.h"
#include "team/openinghourseditor.h"
#include "workflow/workingtime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace webcare::ui {

EscalationDialog::EscalationDialog(store::StoreService *store, qint64 caseId, const QString &agent, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_caseId(caseId)
    , m_agent(agent)
    , m_department(new QComboBox(this))
    , m_addressee(new QLabel(this))
    , m_hours(new QLabel(this))
    , m_due(new QLabel(this))
    , m_question(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("escalationDialog"));
    setWindowTitle(tr("Escalate case %1 to a department").arg(caseId));
    m_department->setObjectName(QStringLiteral("department"));
    m_addressee->setObjectName(QStringLiteral("addressee"));
    m_due->setObjectName(QStringLiteral("due"));
    m_question->setObjectName(QStringLiteral("question"));
    m_category->setObjectName(QStringLiteral("category"));
    m_question->setPlaceholderText(tr("What should the department check or decide?"));
    m_question->setTabChangesFocus(true);
    for (const QString &key : categoryKeys())
        m_category->addItem(categoryDisplayName(key), key);
    for (QLabel *l : {m_addressee, m_hours, m_due, m_error}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("Goes to:"), m_addressee);
    form->addRow(tr("Working hours:"), m_hours);
    form->addRow(tr("Answer due:"), m_due);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("C&ategory:"), m_category);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Escalate"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("escalateButton"));
    m_ok->setEnabled(false);
    connect(m_ok, &QPushButton::clicked, this, &EscalationDialog::escalate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(m_department, &QComboBox::currentIndexChanged, this, &EscalationDialog::updateDepartmentInfo);
    connect(m_question, &QPlainTextEdit::textChanged, this, &EscalationDialog::updateButton);

    m_addressee->setText(tr("Loading departments …"));
    m_store->run<QList<domain::Department>>(
        this, [](store::CaseStore &s) { return s.workflow().departments(); },
        [this](Expected<QList<domain::Department>, store::StoreError> departments) {
            if (!departments) {
                m_addressee->setText(departments.error().message());
                return;
            }
            m_departments = *departments;
            for (const domain::Department &d : std::as_const(m_departments))
                m_department->addItem(d.name, d.id);
            if (m_departments.isEmpty())
                m_addressee->setText(tr("No departments yet: add them under Team › Departments."));
            updateDepartmentInfo();
            emit departmentsLoaded(int(m_departments.size()));
        });
}

QStringList EscalationDialog::categoryKeys()
{
    return {QStringLiteral("payment"), QStringLiteral("claim"), QStringLiteral("product"), QStringLiteral("complaint"),
            QStringLiteral("other")};
}

QString EscalationDialog::categoryDisplayName(const QString &key)
{
    if (key == QLatin1String("payment"))
        return tr("Payment");
    if (key == QLatin1String("claim"))
        return tr("Claim");
    if (key == QLatin1String("product"))
        return tr("Complex product");
    if (key == QLatin1String("complaint"))
        return tr("Complaint");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

void EscalationDialog::updateDepartmentInfo()
{
    const int i = m_department->currentIndex();
    if (i < 0 || i >= m_departments.size()) {
        m_hours->clear();
        m_due->clear();
        updateButton();
        return;
    }
    const domain::Department &d = m_departments.at(i);
    const QString address =
        d.addresseeAddress().isEmpty() ? QString() : QStringLiteral(" <%1>").arg(d.addresseeAddress());
    if (d.useBackup())
        m_addressee->setText(tr("%1%2 — backup, while %3 is absent").arg(d.addresseeName(), address, d.contactName));
    else
        m_addressee->setText(d.addresseeName() + address);
    const workflow::OpeningHours hours =
        workflow::OpeningHours::fromString(d.workingHours).value_or(workflow::OpeningHours::officeDefault());
    m_hours->setText(describeOpeningHours(hours));
    // The same computation the store makes when the case is escalated: the internal SLA in the department's time.
    const workflow::WorkingCalendar calendar(hours);
    const QDateTime due =
        calendar.addWorkingSeconds(QDateTime::currentDateTimeUtc(), qint64(std::max(1, d.internalSlaHours)) * 3600);
    m_due->setText(tr("%1 (%n working hour(s))", nullptr, d.internalSlaHours)
                       .arg(QLocale().toString(due.toLocalTime(), QStringLiteral("dddd d MMMM HH:mm"))));
    updateButton();
}

void EscalationDialog::updateButton()
{
    m_ok->setEnabled(!m_busy && m_department->currentIndex() >= 0 && !m_question->toPlainText().trimmed().isEmpty());
}

void EscalationDialog::escalate()
{
    if (!m_ok->isEnabled())
        return;
    const qint64 departmentId = m_department->currentData().toLongLong();
    const QString question = m_question->toPlainText().trimmed();
    const QString category = m_category->currentData().toString();
    const qint64 caseId = m_caseId;
    const QString agent = m_agent;
    m_busy = true;
    updateButton();
    m_store->run<domain::Escalation>(
        this,
        [=](store::CaseStore &s) { return s.workflow().escalateCase(caseId, departmentId, question, category, agent); },
        [this](Expected<domain::Escalation, store::StoreError> e) {
            m_busy = false;
            if (!e) {
                m_error->setText(e.error().message());
                m_error->show();
                updateButton();
                return;
            }
            emit escalated(*e);
            accept();
        });
}

} // namespace webcare::ui
