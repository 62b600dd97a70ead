// SPDX-License-Identifier: MIT
#include "team/departmentsdialog.h"

#include "store/storeservice.h"
#include "store/workflowrepository.h"
#include "team/openinghourseditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace webcare::ui {

DepartmentsDialog::DepartmentsDialog(store::StoreService *store, const QString &agent, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agent(agent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_contactName(new QLineEdit(this))
    , m_contactAddress(new QLineEdit(this))
    , m_absent(new QCheckBox(tr("Contact person is &absent (questions go to the backup)"), this))
    , m_backupName(new QLineEdit(this))
    , m_backupAddress(new QLineEdit(this))
    , m_hours(new OpeningHoursEditor(this))
    , m_slaHours(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("departmentsDialog"));
    setWindowTitle(tr("Departments"));
    m_list->setObjectName(QStringLiteral("departments"));
    m_name->setObjectName(QStringLiteral("name"));
    m_contactName->setObjectName(QStringLiteral("contactName"));
    m_contactAddress->setObjectName(QStringLiteral("contactAddress"));
    m_absent->setObjectName(QStringLiteral("contactAbsent"));
    m_backupName->setObjectName(QStringLiteral("backupName"));
    m_backupAddress->setObjectName(QStringLiteral("backupAddress"));
    m_slaHours->setObjectName(QStringLiteral("internalSlaHours"));
    m_slaHours->setRange(1, 24 * 10);
    m_slaHours->setSuffix(tr(" working hours"));
    m_contactAddress->setPlaceholderText(tr("e-mail address or queue"));
    m_backupAddress->setPlaceholderText(tr("e-mail address or queue"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Contact person:"), m_contactName);
    form->addRow(tr("Contact a&ddress:"), m_contactAddress);
    form->addRow(QString(), m_absent);
    form->addRow(tr("&Backup:"), m_backupName);
    form->addRow(tr("Backup add&ress:"), m_backupAddress);
    form->addRow(tr("Internal &SLA:"), m_slaHours);
    auto *hoursBox = new QGroupBox(tr("Working hours"), this);
    auto *hoursLayout = new QVBoxLayout(hoursBox);
    hoursLayout->addWidget(m_hours);

    auto *add = new QPushButton(tr("&New department"), this);
    add->setObjectName(QStringLiteral("newDepartment"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveDepartment"));
    connect(add, &QPushButton::clicked, this, &DepartmentsDialog::newDepartment);
    connect(m_save, &QPushButton::clicked, this, &DepartmentsDialog::save);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_save->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DepartmentsDialog::showDepartment);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(add);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(hoursBox);
    right->addWidget(m_status);
    right->addWidget(m_save, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(820, 560);
    newDepartment();
    reload();
}

void DepartmentsDialog::reload()
{
    m_store->run<QList<domain::Department>>(
        this, [](store::CaseStore &s) { return s.workflow().departments(); },
        [this](Expected<QList<domain::Department>, store::StoreError> departments) {
            if (!departments) {
                m_status->setText(departments.error().message());
                return;
            }
            m_departments = *departments;
            const QSignalBlocker block(m_list);
            m_list->clear();
            int select = -1;
            for (const domain::Department &d : std::as_const(m_departments)) {
                auto *item = new QListWidgetItem(
                    d.contactAbsent ? tr("%1 (backup: %2)").arg(d.name, d.backupName) : d.name, m_list);
                item->setData(Qt::UserRole, d.id);
                if (d.id == m_selectAfterLoad)
                    select = m_list->count() - 1;
            }
            if (select >= 0) {
                m_list->setCurrentRow(select);
                showDepartment(select);
            }
            emit loaded(int(m_departments.size()));
        });
}

void DepartmentsDialog::newDepartment()
{
    m_editing = 0;
    m_list->clearSelection();
    for (QLineEdit *e : {m_name, m_contactName, m_contactAddress, m_backupName, m_backupAddress})
        e->clear();
    m_absent->setChecked(false);
    m_hours->setHours(workflow::OpeningHours::officeDefault());
    m_slaHours->setValue(8);
    m_save->setEnabled(false);
    m_status->setText(tr("A new department."));
    m_name->setFocus();
}

void DepartmentsDialog::showDepartment(int row)
{
    if (row < 0 || row >= m_departments.size())
        return;
    const domain::Department &d = m_departments.at(row);
    m_editing = d.id;
    m_name->setText(d.name);
    m_contactName->setText(d.contactName);
    m_contactAddress->setText(d.contactAddress);
    m_absent->setChecked(d.contactAbsent);
    m_backupName->setText(d.backupName);
    m_backupAddress->setText(d.backupAddress);
    m_hours->setHours(
        workflow::OpeningHours::fromString(d.workingHours).value_or(workflow::OpeningHours::officeDefault()));
    m_slaHours->setValue(d.internalSlaHours);
    m_save->setEnabled(true);
    m_status->setText(d.useBackup() ? tr("Questions go to %1 now.").arg(d.addresseeName()) : QString());
}

domain::Department DepartmentsDialog::fromForm() const
{
    domain::Department d;
    d.id = m_editing;
    d.name = m_name->text().trimmed();
    d.contactName = m_contactName->text().trimmed();
    d.contactAddress = m_contactAddress->text().trimmed();
    d.contactAbsent = m_absent->isChecked();
    d.backupName = m_backupName->text().trimmed();
    d.backupAddress = m_backupAddress->text().trimmed();
    d.workingHours = m_hours->hours().toString();
    d.internalSlaHours = m_slaHours->value();
    return d;
}

void DepartmentsDialog::save()
{
    const domain::Department d = fromForm();
    if (d.name.isEmpty())
        return;
    if (d.contactAbsent && d.backupName.isEmpty() && d.backupAddress.isEmpty()) {
        m_status->setText(
            tr("Name a backup first: while the contact person is absent, the backup gets the questions."));
        return;
    }
    const QString agent = m_agent;
    m_save->setEnabled(false);
    m_store->run<qint64>(
        this,
        [d, agent](store::CaseStore &s) -> Expected<qint64, store::StoreError> {
            if (!d.id)
                return s.workflow().addDepartment(d, agent);
            auto before = s.workflow().departmentById(d.id);
            if (!before)
                return unexpected(before.error());
            // The absence is its own audited step ("absent → backup"), so the trail says who switched it and when.
            domain::Department rest = d;
            rest.contactAbsent = before->contactAbsent;
            WEBCARE_TRY(s.workflow().updateDepartment(rest, agent));
            if (before->contactAbsent != d.contactAbsent)
                WEBCARE_TRY(s.workflow().setContactAbsent(d.id, d.contactAbsent, agent));
            return d.id;
        },
        [this](Expected<qint64, store::StoreError> id) {
            m_save->setEnabled(true);
            if (!id) {
                m_status->setText(id.error().message());
                return;
            }
            m_editing = *id;
            m_selectAfterLoad = *id;
            m_status->setText(tr("Saved."));
            emit departmentsChanged();
            reload();
        });
}

} // namespace webcare::ui
