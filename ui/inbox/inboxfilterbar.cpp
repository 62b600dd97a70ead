// SPDX-License-Identifier: MIT
#include "inbox/inboxfilterbar.h"

#include "domain/channel.h"
#include "triage/labels.h"
#include "workflow/workingtime.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>

namespace webcare::ui {

using namespace domain;

InboxFilterBar::InboxFilterBar(QWidget *parent)
    : QToolBar(parent)
    , m_queue(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    setMovable(false);
    m_queue->setObjectName(QStringLiteral("stateFilter"));
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->addItem(QString(), QString());
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->addItem(QString());                     // every agent: no data
    m_agent->addItem(QString(), QStringLiteral("")); // unassigned: the empty login
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    for (QComboBox *box : {m_queue, m_channel, m_category, m_tag, m_agent}) {
        box->setFocusPolicy(Qt::StrongFocus);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        addWidget(box);
        connect(box, &QComboBox::activated, this, &InboxFilterBar::changed);
    }
    addSeparator();
    addWidget(m_search);
    setTabOrder(m_queue, m_channel);
    setTabOrder(m_channel, m_category);
    setTabOrder(m_category, m_tag);
    setTabOrder(m_tag, m_agent);
    setTabOrder(m_agent, m_search);

    // Type-to-search waits for a short pause so the store is not asked on every keystroke.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &InboxFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    retranslate();
}

store::InboxFilter InboxFilterBar::queueFilter(Queue queue, const QString &agent, const workflow::WorkingTimeSla &sla)
{
    const QList<CaseState> open{CaseState::New, CaseState::NeedsReply, CaseState::WaitingOnDepartment};
    store::InboxFilter f;
    switch (queue) {
    case Queue::Open:
        f.states = open;
        break;
    case Queue::ToTriage:
        f.states = {CaseState::New};
        break;
    case Queue::NeedsReply:
        f.states = {CaseState::NeedsReply};
        break;
    case Queue::Mine:
        f.states = open;
        f.assignee = agent;
        break;
    case Queue::WaitingOnDepartment:
        f.states = {CaseState::WaitingOnDepartment};
        break;
    case Queue::SlaAtRisk:
        f.states = {CaseState::New, CaseState::NeedsReply};
        // The team's "at risk" time left (two working hours by default), as the timers count it (the weekend does
        // not count).
        f.dueBefore = sla.calendar().addWorkingSeconds(QDateTime::currentDateTimeUtc(), sla.atRiskSeconds());
        break;
    case Queue::NoAction:
        f.states = {CaseState::NoAction};
        break;
    case Queue::Resolved:
        f.states = {CaseState::Resolved};
        break;
    case Queue::All:
        break;
    }
    return f;
}

store::InboxFilter InboxFilterBar::narrowed(store::InboxFilter filter) const
{
    if (const auto key = m_channel->currentData().toString(); !key.isEmpty())
        filter.channel = channelFromKey(key);
    filter.category = m_category->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    // "Mine" already names the agent; elsewhere the agent box narrows to one agent or to the unassigned.
    if (const QVariant agent = m_agent->currentData(); agent.isValid() && !filter.assignee)
        filter.assignee = agent.toString();
    return filter;
}

store::InboxFilter InboxFilterBar::filter(const QString &agent, const workflow::WorkingTimeSla &sla) const
{
    store::InboxFilter f = narrowed(queueFilter(Queue(std::max(0, m_queue->currentIndex())), agent, sla));
    f.search = m_search->text();
    return f;
}

QList<store::InboxFilter> InboxFilterBar::countedFilters(const QString &agent,
                                                         const workflow::WorkingTimeSla &sla) const
{
    QList<store::InboxFilter> queues;
    for (int q = 0; q < countedQueues; ++q)
        queues << narrowed(queueFilter(Queue(q), agent, sla));
    return queues;
}

void InboxFilterBar::setQueueCounts(const QList<qint64> &counts)
{
    m_counts = counts;
    // Item texts only: the list stays open and chosen while the counts change under it.
    for (int q = 0; q < m_counts.size() && q < m_queueNames.size(); ++q)
        m_queue->setItemText(q, QStringLiteral("%1 (%2)").arg(m_queueNames.at(q)).arg(m_counts.at(q)));
}

void InboxFilterBar::setTags(const QStringList &tags)
{
    // Keep what is chosen; the first entry ("all tags") stays.
    const QString chosen = m_tag->currentData().toString();
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    for (const QString &t : tags)
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(chosen)));
}

void InboxFilterBar::setAgents(const QStringList &agents)
{
    // Keep what is chosen; the first entries ("all agents", "unassigned") stay.
    const QVariant chosen = m_agent->currentData();
    while (m_agent->count() > 2)
        m_agent->removeItem(2);
    for (const QString &a : agents)
        m_agent->addItem(a, a);
    const int at = chosen.isValid() ? m_agent->findData(chosen) : 0;
    m_agent->setCurrentIndex(std::max(0, at));
}

void InboxFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void InboxFilterBar::focusFilters() { m_queue->setFocus(); }

void InboxFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void InboxFilterBar::retranslate()
{
    m_queueNames = {tr("Open"),        tr("To triage"), tr("Needs reply"), tr("Mine"), tr("Waiting on department"),
                    tr("SLA at risk"), tr("No action"), tr("Resolved"),    tr("All")};
    const int queue = std::max(0, m_queue->currentIndex());
    m_queue->clear();
    m_queue->addItems(m_queueNames);
    m_queue->setCurrentIndex(queue);
    setQueueCounts(m_counts);
    m_queue->setToolTip(tr("Queue (Ctrl+Shift+F: the filter bar)"));

    const int channel = std::max(0, m_channel->currentIndex());
    m_channel->clear();
    m_channel->addItem(tr("All channels"));
    for (Channel c : allChannels())
        m_channel->addItem(channelDisplayName(c), channelKey(c));
    m_channel->setCurrentIndex(channel);
    m_channel->setToolTip(tr("Channel"));

    const int category = std::max(0, m_category->currentIndex());
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (triage::Category c : triage::allCategories)
        m_category->addItem(triage::categoryDisplayName(c), triage::categoryKey(c));
    m_category->setCurrentIndex(category);
    m_category->setToolTip(tr("Category"));
    m_tag->setItemText(0, tr("All tags"));
    m_tag->setToolTip(tr("Tag"));
    m_agent->setItemText(0, tr("All agents"));
    m_agent->setItemText(1, tr("Unassigned"));
    m_agent->setToolTip(tr("Agent the case is assigned to"));
    m_search->setPlaceholderText(tr("Search messages (Ctrl+F)"));
}

} // namespace webcare::ui
