// SPDX-License-Identifier: MIT
#include "inbox/inboxmodel.h"

#include "store/caserepository.h"
#include "store/storeservice.h"
#include "workflow/workingtime.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <utility>

namespace webcare::ui {

using namespace domain;

InboxModel::InboxModel(store::StoreService *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_sla(std::make_shared<workflow::WorkingTimeSla>())
{}

void InboxModel::setFilter(const store::InboxFilter &filter)
{
    m_filter = filter;
    reload();
}

void InboxModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    m_pagesLoaded = 0;
    m_loading = false;
    endResetModel();
    requestPage();
}

void InboxModel::refresh()
{
    if (m_refreshing || m_loading) {
        m_refreshAgain = true; // coalesce bursts of arrivals into one more query
        return;
    }
    m_refreshing = true;
    // The rows already loaded, or one page: what the agent has seen, with its order as it is now.
    const store::InboxQuery query{m_filter, std::nullopt, std::max(int(m_rows.size()), m_pageSize)};
    const quint64 generation = m_generation;
    m_store->run<store::InboxPage>(
        this, [query](store::CaseStore &s) { return s.cases().inboxPage(query); },
        [this, generation](Expected<store::InboxPage, store::StoreError> page) {
            m_refreshing = false;
            if (generation == m_generation && page) {
                merge(page->rows);
                m_next = page->next;
                m_atEnd = !m_next.has_value();
            }
            if (std::exchange(m_refreshAgain, false))
                refresh();
        });
}

void InboxModel::merge(const QList<domain::Case> &fresh)
{
    QHash<qint64, int> freshRow;
    for (int i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh.at(i).id, i);
    // 1. Cases that left this view (closed, filtered out).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshRow.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // 2. The ones that stayed, in their new order (a changed due time moves a case).
    QList<domain::Case> kept = m_rows;
    std::stable_sort(kept.begin(), kept.end(),
                     [&freshRow](const Case &a, const Case &b) { return freshRow.value(a.id) < freshRow.value(b.id); });
    bool moved = false;
    for (int i = 0; i < kept.size(); ++i)
        moved = moved || kept.at(i).id != m_rows.at(i).id;
    if (moved) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QHash<qint64, int> keptRow;
        for (int i = 0; i < kept.size(); ++i)
            keptRow.insert(kept.at(i).id, i);
        QModelIndexList after;
        for (const QModelIndex &index : before)
            after << createIndex(keptRow.value(m_rows.at(index.row()).id), index.column());
        m_rows = kept;
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // 3. New cases where they belong, and the newest content of every row.
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).id == fresh.at(i).id) {
            m_rows[i] = fresh.at(i);
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, fresh.at(i));
        endInsertRows();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit pageLoaded(int(m_rows.size()));
}

qint64 InboxModel::caseIdAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

int InboxModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int InboxModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool InboxModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

void InboxModel::requestPage()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    emit loadingChanged(true);
    store::InboxQuery query{m_filter, m_next, m_pageSize};
    const quint64 generation = m_generation;
    m_store->run<store::InboxPage>(
        this, [query](store::CaseStore &s) { return s.cases().inboxPage(query); },
        [this, generation](Expected<store::InboxPage, store::StoreError> page) {
            if (generation != m_generation)
                return; // the filter changed meanwhile; a newer request is on its way
            // The cursor moves before the rows are inserted: a view may ask for the next page from inside
            // endInsertRows(), and must then get the page after this one.
            m_loading = false;
            if (!page) {
                m_atEnd = true;
                emit loadingChanged(false);
                emit loadFailed(page.error());
                return;
            }
            m_next = page->next;
            m_atEnd = !m_next.has_value();
            if (++m_pagesLoaded == 1)
                emit searchLimited(page->searchLimited);
            if (!page->rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
                m_rows += page->rows;
                endInsertRows();
            }
            emit loadingChanged(m_loading);
            emit pageLoaded(int(m_rows.size()));
        });
}

void InboxModel::setSla(std::shared_ptr<const workflow::WorkingTimeSla> sla)
{
    if (!sla)
        return;
    m_sla = std::move(sla);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

InboxModel::SlaStatus InboxModel::slaStatus(const Case &c, const QDateTime &nowUtc, const workflow::WorkingTimeSla &sla)
{
    if (!isOpen(c.state) || !c.slaDueAt.isValid())
        return SlaStatus::None;
    // In working time, as the due times are computed: Friday evening with Monday 09:00 due is not "at risk".
    switch (sla.status(c.slaDueAt, nowUtc)) {
    case workflow::SlaStatus::Breached:
        return SlaStatus::Breached;
    case workflow::SlaStatus::AtRisk:
        return SlaStatus::AtRisk;
    case workflow::SlaStatus::OnTime:
        return SlaStatus::OnTime;
    case workflow::SlaStatus::None:
        break;
    }
    return SlaStatus::None;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Case &c = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole:
        return c.id;
    case CaseStateRole:
        return caseStateKey(c.state);
    case SlaStatusRole:
        return int(slaStatus(c, QDateTime::currentDateTimeUtc(), *m_sla));
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return c.slaDueAt.isValid() && isOpen(c.state)
                       ? QLocale().toString(c.slaDueAt.toLocalTime(), QStringLiteral("ddd d MMM HH:mm"))
                       : QString();
        case ChannelColumn:
            return channelDisplayName(c.channel);
        case AuthorColumn:
            return c.authorName;
        case PreviewColumn: {
            // One line in the list: line breaks would make rows of different heights.
            QString preview = c.preview;
            preview.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return preview;
        }
        case StateColumn:
            return caseStateDisplayName(c.state);
        case AssigneeColumn:
            return c.assignee;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PreviewColumn)
            return c.preview;
        if (index.column() == DueColumn) {
            switch (slaStatus(c, QDateTime::currentDateTimeUtc(), *m_sla)) {
            case SlaStatus::Breached:
                return tr("The answer time has passed");
            case SlaStatus::AtRisk:
                return tr("Less than two hours left to answer");
            case SlaStatus::OnTime:
                return tr("On time");
            case SlaStatus::None:
                break;
            }
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn) {
            switch (slaStatus(c, QDateTime::currentDateTimeUtc(), *m_sla)) {
            case SlaStatus::Breached:
                return QBrush(QColor(0xb0, 0x00, 0x20));
            case SlaStatus::AtRisk:
                return QBrush(QColor(0xa0, 0x50, 0x00));
            default:
                break;
            }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Answer by");
    case ChannelColumn:
        return tr("Channel");
    case AuthorColumn:
        return tr("Customer");
    case PreviewColumn:
        return tr("Message");
    case StateColumn:
        return tr("State");
    case AssigneeColumn:
        return tr("Agent");
    }
    return {};
}

} // namespace webcare::ui
