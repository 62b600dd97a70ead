// SPDX-License-Identifier: MIT
#pragma once

#include "store/inboxquery.h"

#include <QList>
#include <QStringList>
#include <QToolBar>

class QComboBox;
class QLineEdit;
class QTimer;

namespace webcare::workflow {
class WorkingTimeSla;
}

namespace webcare::ui {

// The bar above the inbox: the queue, then channel, category, tag and agent, then the search words. Each choice
// narrows the queue; they combine with each other and with the search. The bar only says what is chosen; the window
// asks the store.
class InboxFilterBar final : public QToolBar {
    Q_OBJECT
public:
    // The inbox queues, in menu order. The first `countedQueues` are the agent's working queues with live counts.
    enum class Queue { Open, ToTriage, NeedsReply, Mine, WaitingOnDepartment, SlaAtRisk, NoAction, Resolved, All };
    static constexpr int countedQueues = 6;

    explicit InboxFilterBar(QWidget *parent = nullptr);

    // A queue on its own ("Mine" is `agent`'s; "SLA at risk" counts the team's working time).
    static store::InboxFilter queueFilter(Queue queue, const QString &agent, const workflow::WorkingTimeSla &sla);
    // What the bar shows: the chosen queue, the other choices and the search words.
    store::InboxFilter filter(const QString &agent, const workflow::WorkingTimeSla &sla) const;
    // The working queues as the bar narrows them, so each count says what choosing that queue would show.
    QList<store::InboxFilter> countedFilters(const QString &agent, const workflow::WorkingTimeSla &sla) const;
    // The live counts of the working queues, in queue order; shown after their names.
    void setQueueCounts(const QList<qint64> &counts);
    // The team's tags and agents; what is chosen stays chosen when it is still there.
    void setTags(const QStringList &tags);
    void setAgents(const QStringList &agents);
    void focusSearch();
    void focusFilters();

    QComboBox *queueBox() const { return m_queue; }
    QComboBox *channelFilter() const { return m_channel; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *agentFilter() const { return m_agent; }

signals:
    // A choice changed, or the agent paused typing search words.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    store::InboxFilter narrowed(store::InboxFilter filter) const;

    QComboBox *m_queue;
    QComboBox *m_channel;
    QComboBox *m_category;
    QComboBox *m_tag;
    QComboBox *m_agent;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QStringList m_queueNames;
    QList<qint64> m_counts;
};

} // namespace webcare::ui
