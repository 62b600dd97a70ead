// SPDX-License-Identifier: MIT
#pragma once

#include "domain/teamconfig.h"
#include "workflow/teamsettings.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

class OpeningHoursEditor;

// First-run set-up of a new team's store: team name and brand words, own handles, je/u and the signature
// convention, opening hours, the template library, and a first account. Every page may be skipped (Next with
// nothing filled in changes nothing) and everything is reachable later from the Team menu. Finish saves it all in
// the team configuration and the team settings; Cancel only records that the set-up was offered.
class SetupWizard final : public QWizard {
    Q_OBJECT
public:
    // The team setting that tells the set-up was done or skipped, so it is offered once.
    static QString doneSetting();

    SetupWizard(store::StoreService *store, const domain::TeamConfiguration &config,
                const workflow::TeamWorkflowSettings &settings, const QString &agent, QWidget *parent = nullptr);

    // The configuration as the pages now describe it.
    domain::TeamConfiguration configuration() const;
    workflow::TeamWorkflowSettings workflowSettings() const;
    bool connectAccountAfterwards() const;

    void accept() override;
    void reject() override;

signals:
    void saved(const webcare::domain::TeamConfiguration &config,
               const webcare::workflow::TeamWorkflowSettings &settings, bool connectAccount);
    void problem(const QString &message);

private:
    QWizardPage *teamPage();
    QWizardPage *handlesPage();
    QWizardPage *voicePage();
    QWizardPage *hoursPage();
    QWizardPage *templatesPage();
    QWizardPage *accountPage();
    void markDone(const QString &how);
    void showProblem(const QString &message);

    store::StoreService *m_store;
    domain::TeamConfiguration m_config;
    workflow::TeamWorkflowSettings m_settings;
    QString m_agent;
    QLineEdit *m_teamName;
    QLineEdit *m_brand;
    QList<std::pair<domain::Channel, QLineEdit *>> m_handles;
    QComboBox *m_style;
    QLineEdit *m_signatureFormat;
    QCheckBox *m_ownLine;
    OpeningHoursEditor *m_hours;
    QRadioButton *m_keepTemplates;
    QRadioButton *m_importTemplates;
    QRadioButton *m_noTemplates;
    QLineEdit *m_templateFile;
    QLabel *m_templateStatus;
    QList<domain::TextTemplate> m_imported;
    QCheckBox *m_connectAccount;
    bool m_saving = false;
};

} // namespace webcare::ui
