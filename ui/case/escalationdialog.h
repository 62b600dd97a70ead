// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

// Hands a case to a department: who gets the question now (the backup while the contact person is absent), the
// department's working hours and when the answer is due, the question and its category. The case moves to
// "waiting on department" and stays with webcare.
class EscalationDialog final : public QDialog {
    Q_OBJECT
public:
    EscalationDialog(store::StoreService *store, qint64 caseId, const QString &agent, QWidget *parent = nullptr);

    // Escalation categories: stable keys in the store, translated names on screen.
    static QStringList categoryKeys();
    static QString categoryDisplayName(const QString &key);

public slots:
    void escalate();

signals:
    void departmentsLoaded(int count);
    void escalated(const webcare::domain::Escalation &escalation);

private:
    void updateDepartmentInfo();
    void updateButton();

    store::StoreService *m_store;
    qint64 m_caseId;
    QString m_agent;
    QList<domain::Department> m_departments;
    QComboBox *m_department;
    QLabel *m_addressee;
    QLabel *m_hours;
    QLabel *m_due;
    QPlainTextEdit *m_question;
    QComboBox *m_category;
    QLabel *m_error;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace webcare::ui
