// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "store/casedetailsrepository.h"
#include "store/casestore.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

// Beside the thread: the customer (and their customer number), their other cases, the case's tags, internal notes
// and the audit trail. Everything is read and written through the StoreService: the GUI thread never waits.
class CaseDetailsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CaseDetailsPanel(store::StoreService *store, QWidget *parent = nullptr);
    // A further tab about the same case (the departments and follow-ups of the workflow), owned by the panel.
    void addPage(QWidget *page);
    void setPageTitle(QWidget *page, const QString &title);
    void showPage(QWidget *page);

    // Everything shown, read in one store job.
    struct Details {
        qint64 caseId = 0;
        std::optional<domain::Author> customer;
        QList<store::RelatedCase> earlier;
        QStringList tags;
        QList<store::TagInfo> catalog;
        QList<store::CaseNote> notes;
        QList<domain::AuditEvent> audit;
    };

    void showCase(qint64 caseId);
    void reload();
    void clear();
    void setAgent(const QString &login) { m_agent = login; }
    qint64 caseId() const { return m_caseId; }

    // Keyboard: jump to the note box, the tag field, the customer number.
    void focusNotes();
    void focusTags();
    void focusCustomerNumber();

    // What is shown, one line per entry (for tests).
    QStringList noteLines() const;
    QStringList tagLines() const;
    QStringList auditLines() const;
    QStringList earlierCaseLines() const;
    QString customerText() const;
    QLineEdit *customerNumberEdit() const { return m_number; }
    QLineEdit *tagEdit() const { return m_tagEdit; }
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }

    // The translated name of an audit action key ("tag.added" → "Tag added").
    static QString actionDisplayName(const QString &action);

public slots:
    void addNote();
    void addTag();
    void removeSelectedTag();
    void saveCustomerNumber();

signals:
    // The agent opened one of the customer's other cases.
    void caseRequested(qint64 caseId);
    // The store has the panel's latest state of the case (after loading or a change).
    void detailsShown(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    using Change = std::function<Expected<void, store::StoreError>(store::CaseStore &)>;
    void apply(Change change);
    void load();
    void show(const Details &details);
    void retranslate();
    int pageIndex(QWidget *page) const;
    void setOwnPagesEnabled(bool enabled);
    static constexpr int ownPageCount = 3; // customer, tags and notes, history
    void validateNumber();

    store::StoreService *m_store;
    QString m_agent;
    qint64 m_caseId = 0;
    quint64 m_request = 0;
    Details m_details;
    QTabWidget *m_tabs;
    QLabel *m_customer;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QPushButton *m_saveNumber;
    QLabel *m_numberProblem;
    QLabel *m_earlierLabel;
    QListWidget *m_earlier;
    QListWidget *m_tags;
    QLineEdit *m_tagEdit;
    QPushButton *m_addTag;
    QPushButton *m_removeTag;
    QStandardItemModel *m_catalogModel;
    QListWidget *m_notes;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_addNote;
    QListWidget *m_audit;
    QLabel *m_error;
};

} // namespace webcare::ui
