// SPDX-License-Identifier: MIT
#include "blending/blendingpanel.h"

#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/storeservice.h"
#include "telephony/telephony.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

namespace webcare::ui {

using workflow::AgentState;

namespace {
constexpr int heartbeatMs = 30 * 1000;

QDateTime startOfLocalDay(const QDateTime &nowUtc)
{
    return QDateTime(nowUtc.toLocalTime().date(), QTime(0, 0)).toUTC();
}
} // namespace

QString formatDuration(qint64 seconds, bool withSeconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    QString text = QStringLiteral("%1:%2").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    if (withSeconds)
        text += QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return text;
}

BlendingPanel::BlendingPanel(store::StoreService *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_buttons(new QButtonGroup(this))
    , m_stateTime(new QLabel(this))
    , m_today(new QLabel(this))
    , m_queueLabel(new QLabel(this))
    , m_manualQueue(new QSpinBox(this))
    , m_hint(new QWidget(this))
    , m_hintText(new QLabel(m_hint))
    , m_accept(new QPushButton(m_hint))
    , m_heartbeat(new QTimer(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("blendingPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_buttons->setExclusive(true);
    int n = 1;
    for (AgentState s : workflow::allAgentStates()) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("state_") + workflow::agentStateKey(s));
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setProperty("shortcutNumber", n++);
        m_buttons->addButton(b);
        m_stateButtons.insert(s, b);
        layout->addWidget(b);
        connect(b, &QToolButton::clicked, this, [this, s] { switchTo(s); });
    }
    m_stateTime->setObjectName(QStringLiteral("stateTime"));
    m_today->setObjectName(QStringLiteral("todayTotals"));
    m_manualQueue->setObjectName(QStringLiteral("manualQueue"));
    m_manualQueue->setRange(0, 999);
    m_manualQueue->hide();
    m_queueLabel->hide();
    layout->addSpacing(8);
    layout->addWidget(m_stateTime);
    layout->addSpacing(8);
    layout->addWidget(m_today);
    layout->addSpacing(8);
    layout->addWidget(m_queueLabel);
    layout->addWidget(m_manualQueue);

    // The hint is a quiet bar beside the buttons, never a dialog: the agent may be on a call.
    m_hint->setObjectName(QStringLiteral("blendingHint"));
    m_hint->setStyleSheet(QStringLiteral("#blendingHint { background: #fff4ce; border-radius: 3px; }"));
    auto *hintLayout = new QHBoxLayout(m_hint);
    hintLayout->setContentsMargins(6, 1, 2, 1);
    m_hintText->setTextFormat(Qt::PlainText);
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    auto *dismiss = new QToolButton(m_hint);
    dismiss->setText(QStringLiteral("×"));
    dismiss->setAutoRaise(true);
    hintLayout->addWidget(m_hintText);
    hintLayout->addWidget(m_accept);
    hintLayout->addWidget(dismiss);
    m_hint->hide();
    layout->addWidget(m_hint);
    layout->addStretch(1);
    connect(m_accept, &QPushButton::clicked, this, &BlendingPanel::acceptSuggestion);
    connect(dismiss, &QToolButton::clicked, this, [this] {
        m_dismissed = m_suggestion;
        m_hint->hide();
    });
    connect(m_manualQueue, &QSpinBox::valueChanged, this, [this](int calls) {
        if (auto *manual = qobject_cast<telephony::ManualTelephony *>(m_telephony.data()))
            manual->setWaitingCalls(calls);
    });

    m_heartbeat->setInterval(heartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &BlendingPanel::heartbeat);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &BlendingPanel::updateLabels);
    retranslate();
}

void BlendingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BlendingPanel::retranslate()
{
    for (auto it = m_stateButtons.cbegin(); it != m_stateButtons.cend(); ++it) {
        it.value()->setText(workflow::agentStateDisplayName(it.key()));
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier | Qt::AltModifier,
                                                Qt::Key(Qt::Key_0 + it.value()->property("shortcutNumber").toInt())));
        it.value()->setToolTip(
            tr("Switch to %1 (%2)")
                .arg(workflow::agentStateDisplayName(it.key()), keys.toString(QKeySequence::NativeText)));
    }
    m_queueLabel->setText(tr("Callers waiting:"));
    m_accept->setText(tr("Switch"));
    updateSuggestion();
    updateLabels();
}

void BlendingPanel::setTelephony(telephony::TelephonyAdapter *adapter)
{
    if (m_telephony)
        disconnect(m_telephony, nullptr, this, nullptr);
    m_telephony = adapter;
    const bool manual = qobject_cast<telephony::ManualTelephony *>(adapter) != nullptr;
    m_manualQueue->setVisible(manual);
    m_queueLabel->setVisible(adapter != nullptr);
    if (!adapter)
        return;
    connect(adapter, &telephony::TelephonyAdapter::queueStatusReceived, this, &BlendingPanel::onQueueStatus);
    connect(adapter, &telephony::TelephonyAdapter::failed, this, &BlendingPanel::problem);
    if (manual)
        static_cast<telephony::ManualTelephony *>(adapter)->setWaitingCalls(m_manualQueue->value());
    else
        adapter->refreshQueueStatus();
    // A new adapter learns where the agent is (paused unless on the phone).
    if (m_state)
        telephony::followAgentState(*adapter, *m_state);
}

void BlendingPanel::setThresholds(const workflow::BlendingThresholds &thresholds)
{
    m_thresholds = thresholds;
    updateSuggestion();
}

void BlendingPanel::onQueueStatus(const telephony::QueueStatus &status)
{
    m_figures.phoneQueue = status.waitingCalls();
    if (!qobject_cast<telephony::ManualTelephony *>(m_telephony.data())) {
        m_queueLabel->setText(tr("Callers waiting: %1").arg(m_figures.phoneQueue));
    } else if (m_manualQueue->value() != m_figures.phoneQueue) {
        // Typed in elsewhere (a team lead's figure): the box shows it.
        const QSignalBlocker block(m_manualQueue);
        m_manualQueue->setValue(m_figures.phoneQueue);
    }
    updateSuggestion();
}

void BlendingPanel::start()
{
    const QString agent = m_agent;
    struct Restored {
        std::optional<AgentState> state;
    };
    m_store->run<Restored>(
        this,
        [agent](store::CaseStore &s) -> Expected<Restored, store::StoreError> {
            // A crash left the last interval open: it ends at its last heartbeat, never at "now".
            WEBCARE_TRY(s.agents().closeInterruptedStates(agent));
            auto current = s.agents().currentAgentState(agent);
            if (!current)
                return unexpected(current.error());
            return Restored{*current};
        },
        [this](Expected<Restored, store::StoreError> restored) {
            if (!restored) {
                emit problem(restored.error().message());
            } else if (restored->state && !m_state) { // not when the agent clicked a state meanwhile
                m_state = restored->state;
                m_stateButtons.value(*m_state)->setChecked(true);
                if (m_telephony)
                    telephony::followAgentState(*m_telephony, *m_state);
            }
            m_heartbeat->start();
            m_clock->start();
            loadTotals();
            heartbeat();
            emit started();
        });
}

void BlendingPanel::switchTo(AgentState state)
{
    m_stateButtons.value(state)->setChecked(true);
    if (m_state == state)
        return;
    m_state = state;
    m_since = QDateTime::currentDateTimeUtc();
    m_dismissed = workflow::BlendingSuggestion::None;
    if (m_telephony)
        telephony::followAgentState(*m_telephony, state);
    const QString agent = m_agent;
    m_store->run<bool>(
        this,
        [agent, state](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(s.agents().setAgentState(agent, state));
            return true;
        },
        [this](Expected<bool, store::StoreError> r) {
            if (!r)
                emit problem(r.error().message());
        });
    loadTotals();
    updateSuggestion();
    updateLabels();
    emit stateChanged(state);
}

void BlendingPanel::acceptSuggestion()
{
    switch (m_suggestion) {
    case workflow::BlendingSuggestion::SwitchToWebcare:
        switchTo(AgentState::Webcare);
        break;
    case workflow::BlendingSuggestion::SwitchToPhone:
        switchTo(AgentState::Phone);
        break;
    case workflow::BlendingSuggestion::None:
        break;
    }
}

void BlendingPanel::heartbeat()
{
    const QString agent = m_agent;
    const bool count = bool(m_filters);
    const std::pair<store::InboxFilter, store::InboxFilter> filters =
        count ? m_filters() : std::pair<store::InboxFilter, store::InboxFilter>();
    const store::InboxFilter backlog = filters.first;
    const store::InboxFilter atRisk = filters.second;
    m_store->run<std::pair<qint64, qint64>>(
        this,
        [agent, count, backlog, atRisk](store::CaseStore &s) -> Expected<std::pair<qint64, qint64>, store::StoreError> {
            WEBCARE_TRY(s.agents().agentHeartbeat(agent));
            if (!count)
                return std::pair<qint64, qint64>(-1, -1);
            auto waiting = s.cases().countCases(backlog);
            if (!waiting)
                return unexpected(waiting.error());
            auto risky = s.cases().countCases(atRisk);
            if (!risky)
                return unexpected(risky.error());
            return std::pair<qint64, qint64>(*waiting, *risky);
        },
        [this](Expected<std::pair<qint64, qint64>, store::StoreError> counts) {
            if (!counts) {
                emit problem(counts.error().message());
                return;
            }
            if (counts->first >= 0) {
                m_figures.webcareBacklog = int(counts->first);
                m_figures.slaAtRisk = int(counts->second);
                updateSuggestion();
            }
        });
    if (m_telephony && !qobject_cast<telephony::ManualTelephony *>(m_telephony.data()))
        m_telephony->refreshQueueStatus();
    loadTotals();
}

void BlendingPanel::setFigures(const workflow::BlendingFigures &figures)
{
    m_figures = figures;
    updateSuggestion();
}

void BlendingPanel::loadTotals()
{
    const QString agent = m_agent;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = startOfLocalDay(now);
    m_store->run<QList<workflow::StateInterval>>(
        this, [agent, from, now](store::CaseStore &s) { return s.agents().agentStateLog(agent, from, now.addSecs(1)); },
        [this, now](Expected<QList<workflow::StateInterval>, store::StoreError> log) {
            if (!log) {
                emit problem(log.error().message());
                return;
            }
            QList<workflow::StateInterval> intervals = *log;
            for (workflow::StateInterval &i : intervals) {
                if (!i.end.isValid()) {
                    // The open interval is running on this client: it counts up to now.
                    i.lastHeartbeat = now;
                    if (m_state == i.state)
                        m_since = i.start;
                }
            }
            const QDate today = now.toLocalTime().date();
            m_totals = workflow::timePerStatePerDay(intervals, QTimeZone::systemTimeZone()).value(today);
            m_totalsAt = now;
            updateLabels();
            emit totalsUpdated();
        });
}

QMap<AgentState, qint64> BlendingPanel::todayTotals() const
{
    QMap<AgentState, qint64> totals = m_totals;
    if (m_state && m_totalsAt.isValid())
        totals[*m_state] += std::max<qint64>(0, m_totalsAt.secsTo(QDateTime::currentDateTimeUtc()));
    return totals;
}

void BlendingPanel::updateLabels()
{
    if (!m_state) {
        m_stateTime->setText(tr("Choose your state"));
    } else {
        const qint64 in = m_since.isValid() ? m_since.secsTo(QDateTime::currentDateTimeUtc()) : 0;
        m_stateTime->setText(tr("%1 for %2").arg(workflow::agentStateDisplayName(*m_state), formatDuration(in, true)));
    }
    const QMap<AgentState, qint64> totals = todayTotals();
    QStringList parts;
    for (AgentState s : workflow::allAgentStates())
        if (totals.value(s) > 0 && s != AgentState::Offline)
            parts << QStringLiteral("%1 %2").arg(workflow::agentStateDisplayName(s), formatDuration(totals.value(s)));
    m_today->setText(parts.isEmpty() ? QString() : tr("Today: %1").arg(parts.join(QStringLiteral(" · "))));
}

void BlendingPanel::updateSuggestion()
{
    const workflow::BlendingSuggestion now =
        m_state ? workflow::suggestSwitch(*m_state, m_figures, m_thresholds) : workflow::BlendingSuggestion::None;
    if (now != m_dismissed)
        m_dismissed = workflow::BlendingSuggestion::None; // a new situation may be suggested again
    const bool changed = now != m_suggestion;
    m_suggestion = now;
    if (now == workflow::BlendingSuggestion::None || now == m_dismissed) {
        m_hint->hide();
    } else {
        m_hintText->setText(workflow::blendingSuggestionText(now, m_figures));
        m_hint->show();
    }
    if (changed)
        emit suggestionChanged(now);
}

} // namespace webcare::ui
