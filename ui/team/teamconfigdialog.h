// SPDX-License-Identifier: MIT
#pragma once

#include "domain/teamconfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

// The team's configuration, edited by a supervisor: the voice (team name, je/u, signature convention), the
// agents, the text modules (with the tone checks live on the template being edited), the knowledge base and the
// triage words. Saved in one transaction for the whole team; what the store refuses (an agent's login in team
// mode) is shown, and nothing is half saved. Read-only for agents.
class TeamConfigDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Page { Team, Agents, Templates, Sources, Triage };

    TeamConfigDialog(store::StoreService *store, const domain::TeamConfiguration &config, const QString &agent,
                     QWidget *parent = nullptr);

    void showPage(Page page);
    // What the dialog shows now, as it would be saved.
    domain::TeamConfiguration configuration() const;

    QListWidget *templateList() const { return m_templateList; }
    QPlainTextEdit *templateText() const { return m_templateText; }
    QListWidget *templateFindings() const { return m_templateFindings; }
    QTableWidget *agentTable() const { return m_agents; }

    // The configuration as shown, as `webcaredesk config export` writes it; false (and said) when not written.
    bool exportTo(const QString &path);

public slots:
    void save();
    // Applies a configuration file as `webcaredesk config import` does (the sections it names), then closes.
    void importFrom(const QString &path);
    void addTemplate();
    void removeTemplate();

signals:
    void saved(const webcare::domain::TeamConfiguration &config);

private:
    QWidget *teamPage();
    QWidget *agentsPage();
    QWidget *templatesPage();
    QWidget *sourcesPage();
    QWidget *triagePage();
    void showTemplate(int row);
    void storeTemplate();
    void checkTemplate();
    void updateSignaturePreview();

    store::StoreService *m_store;
    QString m_agent;
    domain::TeamConfiguration m_config;
    bool m_editable;
    QTabWidget *m_tabs = nullptr;
    // Team
    QLineEdit *m_teamName = nullptr;
    QComboBox *m_style = nullptr;
    QLineEdit *m_signatureFormat = nullptr;
    QCheckBox *m_ownLine = nullptr;
    QLabel *m_signaturePreview = nullptr;
    // Agents
    QTableWidget *m_agents = nullptr;
    // Templates
    QList<domain::TextTemplate> m_templates;
    int m_shownTemplate = -1;
    QListWidget *m_templateList = nullptr;
    QLineEdit *m_templateId = nullptr;
    QLineEdit *m_templateTitle = nullptr;
    QLineEdit *m_templateKeywords = nullptr;
    QComboBox *m_templateLanguage = nullptr;
    QComboBox *m_templateChannel = nullptr;
    QPlainTextEdit *m_templateText = nullptr;
    QListWidget *m_templateFindings = nullptr;
    // Knowledge base
    QTableWidget *m_sources = nullptr;
    // Triage words
    QPlainTextEdit *m_brand = nullptr;
    QPlainTextEdit *m_campaign = nullptr;
    QPlainTextEdit *m_employees = nullptr;
    QTableWidget *m_handles = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace webcare::ui
