// SPDX-License-Identifier: MIT
#pragma once

#include "store/inboxquery.h"
#include "workflow/blending.h"

#include <QMap>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QButtonGroup;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace webcare::store {
class StoreService;
}
namespace webcare::telephony {
class TelephonyAdapter;
struct QueueStatus;
} // namespace webcare::telephony
namespace webcare::workflow {
class WorkingTimeSla;
}

namespace webcare::ui {

// Always visible: the agent's state (phone, webcare, break, meeting, offline) switched with one click, the time in
// it and today's totals per state, and a hint to switch when the webcare backlog or the phone queue asks for it.
// The state log lives in the store (heartbeat every 30 s, so a crash loses at most that much); switching pauses or
// unpauses the agent in the phone queue through the telephony adapter.
class BlendingPanel final : public QWidget {
    Q_OBJECT
public:
    explicit BlendingPanel(store::StoreService *store, QWidget *parent = nullptr);

    void setAgent(const QString &login) { m_agent = login; }
    // May be null (no phone queue); the panel does not own it.
    void setTelephony(telephony::TelephonyAdapter *adapter);
    void setThresholds(const workflow::BlendingThresholds &thresholds);
    // How many webcare cases are waiting and at risk: counted in the store with the filters this returns (asked on
    // every heartbeat, since "at risk" moves with the clock).
    using FilterSource = std::function<std::pair<store::InboxFilter, store::InboxFilter>()>;
    void setBacklogSource(FilterSource source) { m_filters = std::move(source); }
    // Closes the intervals a crash left open, restores the current state and starts the heartbeat.
    void start();

    std::optional<workflow::AgentState> state() const { return m_state; }
    // Seconds per state today (local day), the open interval counted up to now.
    QMap<workflow::AgentState, qint64> todayTotals() const;
    workflow::BlendingFigures figures() const { return m_figures; }
    workflow::BlendingSuggestion suggestion() const { return m_suggestion; }
    QWidget *hint() const { return m_hint; }

public slots:
    void switchTo(webcare::workflow::AgentState state);
    void acceptSuggestion();
    // Heartbeat, queue figures and totals; runs every 30 s.
    void heartbeat();
    void setFigures(const webcare::workflow::BlendingFigures &figures);

signals:
    void started();
    void stateChanged(webcare::workflow::AgentState state);
    // The store's totals were read again (after a switch or a heartbeat).
    void totalsUpdated();
    void suggestionChanged(webcare::workflow::BlendingSuggestion suggestion);
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadTotals();
    void updateLabels();
    void updateSuggestion();
    void onQueueStatus(const telephony::QueueStatus &status);

    store::StoreService *m_store;
    QString m_agent;
    QPointer<telephony::TelephonyAdapter> m_telephony;
    std::optional<workflow::AgentState> m_state;
    QDateTime m_since; // start of the current state
    QMap<workflow::AgentState, qint64> m_totals;
    QDateTime m_totalsAt; // when m_totals were read (the open interval counted up to then)
    workflow::BlendingThresholds m_thresholds;
    workflow::BlendingFigures m_figures;
    workflow::BlendingSuggestion m_suggestion = workflow::BlendingSuggestion::None;
    workflow::BlendingSuggestion m_dismissed = workflow::BlendingSuggestion::None;
    FilterSource m_filters;
    QButtonGroup *m_buttons;
    QMap<workflow::AgentState, QToolButton *> m_stateButtons;
    QLabel *m_stateTime;
    QLabel *m_today;
    QLabel *m_queueLabel;
    QSpinBox *m_manualQueue;
    QWidget *m_hint;
    QLabel *m_hintText;
    QPushButton *m_accept;
    QTimer *m_heartbeat;
    QTimer *m_clock;
};

// "1:05" (hours and minutes) or, with seconds, "1:05:09".
QString formatDuration(qint64 seconds, bool withSeconds = false);

} // namespace webcare::ui
