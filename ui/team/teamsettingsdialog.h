// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/teamsettings.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

class OpeningHoursEditor;

// The team's shared workflow settings: opening hours and optional holidays, SLA targets per channel and category,
// round-robin assignment, blending thresholds and how early to warn before a breach. Stored in the case store for
// the whole team.
class TeamSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    TeamSettingsDialog(store::StoreService *store, const QString &agent, QWidget *parent = nullptr);

    void setSettings(const workflow::TeamWorkflowSettings &settings);
    workflow::TeamWorkflowSettings settings() const;

public slots:
    void save();

signals:
    void loaded();
    void saved(const webcare::workflow::TeamWorkflowSettings &settings);

private:
    store::StoreService *m_store;
    QString m_agent;
    workflow::TeamWorkflowSettings m_loaded;
    OpeningHoursEditor *m_hours;
    QCheckBox *m_goodFriday;
    QComboBox *m_liberation;
    QSpinBox *m_slaHours;
    QMap<domain::Channel, QSpinBox *> m_channelHours;
    QMap<QString, QSpinBox *> m_categoryHours;
    QSpinBox *m_atRisk;
    QSpinBox *m_notify;
    QCheckBox *m_roundRobin;
    QSpinBox *m_maxOpen;
    QSpinBox *m_backlog;
    QSpinBox *m_slaAtRisk;
    QSpinBox *m_phoneQueue;
    QLabel *m_status;
};

} // namespace webcare::ui
