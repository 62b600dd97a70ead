// SPDX-License-Identifier: MIT
// The main window's part of the team configuration: the Team menu's configuration items, the agent's profile, the
// first-run set-up, and the case view following the configuration wherever it was changed.
#include "window/mainwindow.h"

#include "case/caseview.h"
#include "config/teamconfigservice.h"
#include "store/storeservice.h"
#include "store/teamsettingsrepository.h"
#include "team/profiledialog.h"
#include "team/setupwizard.h"
#include "team/teamconfigdialog.h"
#include "workflow/teamwork.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace webcare::ui {

void MainWindow::buildTeamConfiguration()
{
    m_menus.teamMenu->addSeparator();
    m_menus.teamConfigAction = m_menus.teamMenu->addAction(QString(), this, [this] { showTeamConfiguration(0); });
    m_menus.teamConfigAction->setObjectName(QStringLiteral("teamConfigAction"));
    m_menus.templatesAction = m_menus.teamMenu->addAction(QString(), this, [this] { showTeamConfiguration(2); });
    m_menus.sourcesAction = m_menus.teamMenu->addAction(QString(), this, [this] { showTeamConfiguration(3); });
    m_menus.profileAction = m_menus.teamMenu->addAction(QString(), this, [this] { showProfile(); });
    m_menus.profileAction->setObjectName(QStringLiteral("profileAction"));
    m_menus.setupAction = m_menus.teamMenu->addAction(QString(), this, [this] { showSetupWizard(); });
    connect(m_teamConfig, &config::TeamConfigService::changed, m_caseView, &CaseView::setTeamConfiguration);
    connect(m_teamConfig, &config::TeamConfigService::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    // Offered once the configuration is known (its first reading), so the wizard starts from what the store has.
    connect(m_teamConfig, &config::TeamConfigService::changed, this, &MainWindow::offerSetup, Qt::SingleShotConnection);
}

void MainWindow::retranslateTeamConfiguration()
{
    m_menus.teamConfigAction->setText(tr("Team &configuration …"));
    m_menus.templatesAction->setText(tr("T&emplates …"));
    m_menus.sourcesAction->setText(tr("&Knowledge base …"));
    m_menus.profileAction->setText(tr("My &profile …"));
    m_menus.setupAction->setText(tr("Set-&up wizard …"));
}

TeamConfigDialog *MainWindow::showTeamConfiguration(int page)
{
    auto *dialog = new TeamConfigDialog(m_store, m_teamConfig->configuration(), m_agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPage(TeamConfigDialog::Page(std::clamp(page, 0, 4)));
    connect(dialog, &TeamConfigDialog::saved, this, [this] {
        m_teamConfig->reload();
        statusBar()->showMessage(tr("Team configuration saved for the whole team"), 6000);
    });
    dialog->open();
    return dialog;
}

ProfileDialog *MainWindow::showProfile()
{
    auto *dialog = new ProfileDialog(m_store, m_teamConfig->configuration(), m_agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::saved, this, [this] {
        m_teamConfig->reload();
        statusBar()->showMessage(tr("Your signature is saved"), 6000);
    });
    dialog->open();
    return dialog;
}

SetupWizard *MainWindow::showSetupWizard()
{
    auto *wizard = new SetupWizard(m_store, m_teamConfig->configuration(), m_teamWork->settings(), m_agent, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::problem, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Not saved: %1").arg(message), 15000); });
    connect(wizard, &SetupWizard::saved, this,
            [this](const domain::TeamConfiguration &, const workflow::TeamWorkflowSettings &settings, bool connect) {
                m_teamWork->apply(settings);
                m_teamConfig->reload();
                statusBar()->showMessage(tr("Your team's desk is set up"), 8000);
                if (connect)
                    showAccounts();
            });
    wizard->open();
    return wizard;
}

void MainWindow::offerSetup()
{
    if (!m_offerSetup || m_training)
        return;
    m_store->run<bool>(
        this,
        [](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            auto done = s.settings().teamSetting(SetupWizard::doneSetting());
            if (!done)
                return unexpected(done.error());
            return !done->has_value();
        },
        [this](Expected<bool, store::StoreError> offer) {
            if (offer && *offer && m_teamConfig->configuration().tone.teamName.isEmpty())
                showSetupWizard();
        });
}

} // namespace webcare::ui
