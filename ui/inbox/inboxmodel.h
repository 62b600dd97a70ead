// SPDX-License-Identifier: MIT
#pragma once

#include "store/inboxquery.h"
#include "store/storeerror.h"

#include <QAbstractTableModel>
#include <memory>

namespace webcare::store {
class StoreService;
}
namespace webcare::workflow {
class WorkingTimeSla;
}

namespace webcare::ui {

// The inbox: one row per case, in SLA order, fetched page by page from the store thread as the view scrolls, so
// a store of a million cases opens at once and the GUI thread never waits on SQL.
class InboxModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DueColumn, ChannelColumn, AuthorColumn, PreviewColumn, StateColumn, AssigneeColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, CaseStateRole, SlaStatusRole };
    enum class SlaStatus { None, OnTime, AtRisk, Breached };

    explicit InboxModel(store::StoreService *store, QObject *parent = nullptr);

    void setFilter(const store::InboxFilter &filter);
    const store::InboxFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Reloads from the first page (after an import, for instance).
    void reload();
    // Brings the loaded rows up to date (new posts arrived, a case changed) without a reset: rows are inserted,
    // removed and moved, so the view keeps its selection and scroll position.
    void refresh();

    qint64 caseIdAt(int row) const;
    bool isLoading() const { return m_loading; }
    int pagesLoaded() const { return m_pagesLoaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static SlaStatus slaStatus(const domain::Case &c, const QDateTime &nowUtc, const workflow::WorkingTimeSla &sla);
    // The working-time SLA the timers follow (workflow::TeamWork's, once the team's settings are read).
    const workflow::WorkingTimeSla &sla() const { return *m_sla; }
    void setSla(std::shared_ptr<const workflow::WorkingTimeSla> sla);

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsNow);
    // The first page of a search: true when only the newest matching messages were searched.
    void searchLimited(bool limited);
    void loadFailed(const webcare::store::StoreError &error);

private:
    void requestPage();
    void merge(const QList<domain::Case> &fresh);

    store::StoreService *m_store;
    std::shared_ptr<const workflow::WorkingTimeSla> m_sla;
    store::InboxFilter m_filter;
    QList<domain::Case> m_rows;
    std::optional<store::InboxCursor> m_next;
    bool m_atEnd = true; // nothing to fetch until a filter is set: the store may not be open yet
    bool m_loading = false;
    int m_pageSize = 200;
    int m_pagesLoaded = 0;
    quint64 m_generation = 0; // pages requested for an older filter are dropped
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace webcare::ui
