// SPDX-License-Identifier: MIT
#include "team/teamsettingsdialog.h"

#include "store/storeservice.h"
#include "store/teamsettingsrepository.h"
#include "team/openinghourseditor.h"
#include "triage/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace webcare::ui {

namespace {
QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix = {}, const QString &special = {})
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    if (!special.isEmpty())
        s->setSpecialValueText(special);
    return s;
}

// The categories a team may give their own answer time (the ones a customer waits on).
const QList<triage::Category> slaCategories{triage::Category::Question, triage::Category::Complaint,
                                            triage::Category::Remark, triage::Category::CheckIn};
} // namespace

TeamSettingsDialog::TeamSettingsDialog(store::StoreService *store, const QString &agent, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agent(agent)
    , m_hours(new OpeningHoursEditor(this))
    , m_goodFriday(new QCheckBox(tr("Closed on &Good Friday"), this))
    , m_liberation(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("teamSettingsDialog"));
    setWindowTitle(tr("Team settings"));
    m_liberation->addItem(tr("Open"), int(workflow::HolidayOptions::Liberation::Never));
    m_liberation->addItem(tr("Closed every fifth year (2025, 2030 …)"),
                          int(workflow::HolidayOptions::Liberation::Lustrum));
    m_liberation->addItem(tr("Closed every year"), int(workflow::HolidayOptions::Liberation::EveryYear));
    const QString hours = tr(" working hours");
    m_slaHours = spin(this, 0, 24 * 14, hours, tr("one working day"));
    m_slaHours->setObjectName(QStringLiteral("slaHours"));
    m_atRisk = spin(this, 5, 24 * 60, tr(" minutes"));
    m_notify = spin(this, 1, 24 * 60, tr(" working minutes"));
    m_notify->setObjectName(QStringLiteral("notifyMinutes"));
    m_roundRobin = new QCheckBox(tr("Assign new cases &round-robin to the agents working on webcare"), this);
    m_roundRobin->setObjectName(QStringLiteral("roundRobin"));
    m_maxOpen = spin(this, 1, 1000, tr(" open cases"));
    m_maxOpen->setObjectName(QStringLiteral("maxOpenPerAgent"));
    m_backlog = spin(this, 1, 100000, tr(" cases waiting"));
    m_slaAtRisk = spin(this, 1, 100000, tr(" cases at risk"));
    m_phoneQueue = spin(this, 1, 1000, tr(" callers waiting"));
    m_phoneQueue->setObjectName(QStringLiteral("phoneQueueThreshold"));

    auto *tabs = new QTabWidget(this);
    auto *hoursPage = new QWidget(tabs);
    auto *hoursLayout = new QFormLayout(hoursPage);
    hoursLayout->addRow(m_hours);
    hoursLayout->addRow(QString(), m_goodFriday);
    hoursLayout->addRow(tr("Liberation Day (5 May):"), m_liberation);
    hoursLayout->addRow(new QLabel(tr("New Year's Day, Easter, King's Day, Ascension Day, Whitsun and Christmas are "
                                      "always closed."),
                                   hoursPage));
    tabs->addTab(hoursPage, tr("&Opening hours"));

    auto *slaPage = new QWidget(tabs);
    auto *slaLayout = new QFormLayout(slaPage);
    slaLayout->addRow(tr("Answer within:"), m_slaHours);
    for (domain::Channel c : domain::allChannels()) {
        QSpinBox *s = spin(slaPage, 0, 24 * 14, hours, tr("team default"));
        s->setObjectName(QStringLiteral("slaHours_") + domain::channelKey(c));
        m_channelHours.insert(c, s);
        slaLayout->addRow(tr("%1:").arg(domain::channelDisplayName(c)), s);
    }
    for (triage::Category c : slaCategories) {
        QSpinBox *s = spin(slaPage, 0, 24 * 14, hours, tr("channel target"));
        m_categoryHours.insert(triage::categoryKey(c), s);
        slaLayout->addRow(tr("Category %1:").arg(triage::categoryDisplayName(c)), s);
    }
    slaLayout->addRow(tr("\"At risk\" when less than:"), m_atRisk);
    slaLayout->addRow(tr("Notify before a breach:"), m_notify);
    tabs->addTab(slaPage, tr("&SLA"));

    auto *assignPage = new QWidget(tabs);
    auto *assignLayout = new QFormLayout(assignPage);
    assignLayout->addRow(m_roundRobin);
    assignLayout->addRow(tr("At most per agent:"), m_maxOpen);
    tabs->addTab(assignPage, tr("&Assignment"));

    auto *blendPage = new QWidget(tabs);
    auto *blendLayout = new QFormLayout(blendPage);
    blendLayout->addRow(tr("Suggest webcare from:"), m_backlog);
    blendLayout->addRow(tr("… or from:"), m_slaAtRisk);
    blendLayout->addRow(tr("Suggest the phone from:"), m_phoneQueue);
    tabs->addTab(blendPage, tr("&Blending"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_status->setWordWrap(true);
    m_status->setText(tr("These settings are shared by the whole team."));

    setSettings(m_loaded);
    m_store->run<QHash<QString, QString>>(
        this, [](store::CaseStore &s) { return s.settings().teamSettings(); },
        [this](Expected<QHash<QString, QString>, store::StoreError> values) {
            if (!values) {
                m_status->setText(values.error().message());
                return;
            }
            m_loaded = workflow::TeamWorkflowSettings::fromMap(*values);
            setSettings(m_loaded);
            emit loaded();
        });
}

void TeamSettingsDialog::setSettings(const workflow::TeamWorkflowSettings &s)
{
    m_hours->setHours(s.hours);
    m_goodFriday->setChecked(s.holidays.goodFriday);
    m_liberation->setCurrentIndex(m_liberation->findData(int(s.holidays.liberationDay)));
    m_slaHours->setValue(s.slaHours);
    for (auto it = m_channelHours.cbegin(); it != m_channelHours.cend(); ++it)
        it.value()->setValue(s.channelSlaHours.value(it.key()));
    for (auto it = m_categoryHours.cbegin(); it != m_categoryHours.cend(); ++it)
        it.value()->setValue(s.categorySlaHours.value(it.key()));
    m_atRisk->setValue(s.atRiskMinutes);
    m_notify->setValue(s.notifyBeforeMinutes);
    m_roundRobin->setChecked(s.roundRobin);
    m_maxOpen->setValue(s.maxOpenPerAgent);
    m_backlog->setValue(s.thresholds.webcareBacklog);
    m_slaAtRisk->setValue(s.thresholds.slaAtRisk);
    m_phoneQueue->setValue(s.thresholds.phoneQueue);
}

workflow::TeamWorkflowSettings TeamSettingsDialog::settings() const
{
    workflow::TeamWorkflowSettings s = m_loaded;
    s.hours = m_hours->hours();
    s.holidays.goodFriday = m_goodFriday->isChecked();
    s.holidays.liberationDay = workflow::HolidayOptions::Liberation(m_liberation->currentData().toInt());
    s.slaHours = m_slaHours->value();
    s.channelSlaHours.clear();
    for (auto it = m_channelHours.cbegin(); it != m_channelHours.cend(); ++it)
        if (it.value()->value() > 0)
            s.channelSlaHours.insert(it.key(), it.value()->value());
    for (auto it = m_categoryHours.cbegin(); it != m_categoryHours.cend(); ++it)
        s.categorySlaHours.insert(it.key(), it.value()->value()); // 0 is written too: it clears a target
    s.atRiskMinutes = m_atRisk->value();
    s.notifyBeforeMinutes = m_notify->value();
    s.roundRobin = m_roundRobin->isChecked();
    s.maxOpenPerAgent = m_maxOpen->value();
    s.thresholds.webcareBacklog = m_backlog->value();
    s.thresholds.slaAtRisk = m_slaAtRisk->value();
    s.thresholds.phoneQueue = m_phoneQueue->value();
    return s;
}

void TeamSettingsDialog::save()
{
    const workflow::TeamWorkflowSettings s = settings();
    const QHash<QString, QString> values = s.toMap();
    const QString agent = m_agent;
    m_store->run<bool>(
        this,
        [values, agent](store::CaseStore &st) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(st.settings().setTeamSettings(values, agent));
            return true;
        },
        [this, s](Expected<bool, store::StoreError> r) {
            if (!r) {
                m_status->setText(r.error().message());
                return;
            }
            emit saved(s);
            accept();
        });
}

} // namespace webcare::ui
