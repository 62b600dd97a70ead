// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

class OpeningHoursEditor;

// The departments webcare escalates to: the contact person and the backup, the contact person's absence (the
// backup gets the questions meanwhile), working hours and the internal SLA.
class DepartmentsDialog final : public QDialog {
    Q_OBJECT
public:
    DepartmentsDialog(store::StoreService *store, const QString &agent, QWidget *parent = nullptr);

    void reload();
    QListWidget *list() const { return m_list; }
    const QList<domain::Department> &departments() const { return m_departments; }

public slots:
    // Clears the form for a new department.
    void newDepartment();
    // Stores the form: adds a new department or changes the selected one (absence through its own audited step).
    void save();

signals:
    void loaded(int count);
    void departmentsChanged();

private:
    void showDepartment(int row);
    domain::Department fromForm() const;

    store::StoreService *m_store;
    QString m_agent;
    QList<domain::Department> m_departments;
    qint64 m_editing = 0; // 0: a new department
    qint64 m_selectAfterLoad = 0;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_contactName;
    QLineEdit *m_contactAddress;
    QCheckBox *m_absent;
    QLineEdit *m_backupName;
    QLineEdit *m_backupAddress;
    OpeningHoursEditor *m_hours;
    QSpinBox *m_slaHours;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace webcare::ui
