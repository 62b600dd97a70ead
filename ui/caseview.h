// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

// One case: who, where, its state, and the whole conversation, oldest first. Post text is inserted as plain text,
// never interpreted as markup.
class CaseView final : public QWidget {
    Q_OBJECT
public:
    explicit CaseView(store::StoreService *store, QWidget *parent = nullptr);

    void showCase(qint64 caseId);
    void clear();
    qint64 caseId() const { return m_caseId; }
    // The thread as shown, as plain text (for tests and copying).
    QString threadText() const;

signals:
    void caseShown(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(const domain::Case &c, const QList<domain::Post> &posts);
    void retranslate();

    store::StoreService *m_store;
    QLabel *m_title;
    QLabel *m_meta;
    QTextBrowser *m_thread;
    qint64 m_caseId = 0;
    quint64 m_request = 0;
};

} // namespace webcare::ui
