// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QTreeWidget;
class QLabel;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

// Every open follow-up due by the end of today, across cases, oldest first: the promises to keep now.
class FollowUpsDialog final : public QDialog {
    Q_OBJECT
public:
    FollowUpsDialog(store::StoreService *store, const QString &agent, QWidget *parent = nullptr);
    void reload();
    QTreeWidget *list() const { return m_list; }

signals:
    void openCaseRequested(qint64 caseId);
    void caseChanged(qint64 caseId);
    void loaded(int count);

private:
    void completeSelected();

    store::StoreService *m_store;
    QString m_agent;
    QTreeWidget *m_list;
    QLabel *m_status;
};

} // namespace webcare::ui
