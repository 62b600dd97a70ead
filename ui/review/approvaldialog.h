// SPDX-License-Identifier: MIT
#pragma once

#include "store/casestore.h"
#include "store/outboxrepository.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

// Four-eyes: the supervisor's approval queue. Each entry shows the draft (every part of a thread), the findings
// that were still open, and the customer's post it answers; the supervisor approves it into the outbox or sends it
// back with a comment. Keyboard: ↑/↓ through the queue, Ctrl+Enter approves, Ctrl+B sends back (a comment first).
class ApprovalDialog final : public QDialog {
    Q_OBJECT
public:
    ApprovalDialog(store::StoreService *store, QWidget *parent = nullptr);

    // Who reviews: their own replies cannot be approved here, and only a supervisor may act.
    void setReviewer(const QString &login, bool supervisor);
    // Reads the queue again.
    void refresh();
    int count() const;
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *commentEditor() const { return m_comment; }

public slots:
    void approveCurrent();
    void sendBackCurrent();

signals:
    // The queue was read (its size, for the menu and the status bar).
    void queueRead(int count);
    // A reply left the queue: approved (it is in the outbox of `accountId` now) or sent back.
    void reviewed(qint64 caseId, qint64 accountId, bool approved);

private:
    void showCurrent();
    void updateButtons();
    void act(bool approve);

    store::StoreService *m_store;
    QString m_reviewer;
    bool m_supervisor = false;
    QList<store::ApprovalItem> m_items;
    QListWidget *m_list;
    QTextBrowser *m_detail;
    QLabel *m_note;
    QPlainTextEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_sendBack;
    bool m_busy = false;
    QString m_error; // the last refusal (another supervisor was first …), until the next action
};

} // namespace webcare::ui
