// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "store/storeerror.h"
#include "util/expected.h"

#include <QHash>

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

// The back-office side of one case: its questions to departments (state, due time, the answer) and the
// front-office promises to check on ("payment promised, check on Friday"). The agent records a department's answer
// and adds and completes follow-ups here.
class CaseWorkflowPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CaseWorkflowPanel(store::StoreService *store, QWidget *parent = nullptr);

    void setAgent(const QString &login) { m_agent = login; }
    void setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    void reload();

    QTreeWidget *escalationList() const { return m_escalations; }
    QTreeWidget *followUpList() const { return m_followUps; }
    const QList<domain::Escalation> &escalations() const { return m_escalationRows; }
    const QList<domain::FollowUp> &followUps() const { return m_followUpRows; }

public slots:
    // Records the answer typed in the answer box for the selected (else the oldest open) escalation.
    void recordAnswer();
    // Adds the follow-up typed in the note box, due at the chosen moment.
    void addFollowUp();
    void completeSelectedFollowUp();

signals:
    void escalateRequested();
    // The case's state or its workflow changed (the inbox and the case view refresh).
    void caseChanged(qint64 caseId);
    void loaded();

private:
    struct Loaded {
        QList<domain::Escalation> escalations;
        QList<domain::FollowUp> followUps;
        QHash<qint64, QString> departmentNames;
    };
    void show(const Loaded &data);
    void afterChange(const Expected<bool, store::StoreError> &result);

    store::StoreService *m_store;
    QString m_agent;
    qint64 m_caseId = 0;
    quint64 m_request = 0;
    QList<domain::Escalation> m_escalationRows;
    QList<domain::FollowUp> m_followUpRows;
    QLabel *m_title;
    QTreeWidget *m_escalations;
    QPlainTextEdit *m_answer;
    QPushButton *m_recordAnswer;
    QPushButton *m_escalate;
    QTreeWidget *m_followUps;
    QLineEdit *m_note;
    QDateTimeEdit *m_due;
    QPushButton *m_addFollowUp;
    QPushButton *m_done;
    QLabel *m_error;
};

} // namespace webcare::ui
