// SPDX-License-Identifier: MIT
#include "team/teamconfigdialog.h"

#include "config/teamconfigjson.h"
#include "config/teamsetup.h"
#include "replybox/composerassistant.h"
#include "store/storeservice.h"
#include "store/teamconfigrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace webcare::ui {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QComboBox *channelBox(QWidget *parent, bool withAny)
{
    auto *box = new QComboBox(parent);
    if (withAny)
        box->addItem(TeamConfigDialog::tr("every channel"), QString());
    for (domain::Channel c :
         {domain::Channel::X, domain::Channel::Mastodon, domain::Channel::Facebook, domain::Channel::Discourse})
        box->addItem(domain::channelDisplayName(c), domain::channelKey(c));
    return box;
}

// A table with buttons to add and remove rows under it.
QWidget *withRowButtons(QTableWidget *table, const std::function<void()> &add, bool editable)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(TeamConfigDialog::tr("&Add"), page);
    auto *removeButton = new QPushButton(TeamConfigDialog::tr("&Remove"), page);
    addButton->setEnabled(editable);
    removeButton->setEnabled(editable);
    QObject::connect(addButton, &QPushButton::clicked, page, add);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

} // namespace

TeamConfigDialog::TeamConfigDialog(store::StoreService *store, const domain::TeamConfiguration &config,
                                   const QString &agent, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agent(agent)
    , m_config(config)
    , m_editable(config::mayEditConfiguration(config, agent))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("teamConfigDialog"));
    setWindowTitle(tr("Team configuration"));
    m_tabs->addTab(teamPage(), tr("&Voice"));
    m_tabs->addTab(agentsPage(), tr("&Agents"));
    m_tabs->addTab(templatesPage(), tr("Te&mplates"));
    m_tabs->addTab(sourcesPage(), tr("&Knowledge base"));
    m_tabs->addTab(triagePage(), tr("T&riage words"));
    // Only once every page exists: showing a template checks it against the whole configuration.
    m_templateList->setCurrentRow(m_templates.isEmpty() ? -1 : 0);
    if (m_templates.isEmpty())
        showTemplate(-1);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("teamConfigStatus"));
    if (!m_editable)
        m_status->setText(tr("Only a supervisor changes the team configuration; you can read it here."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_editable);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save for the team"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamConfigDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The same JSON as `webcaredesk config export/import`: how a training store or a second team copies it.
    auto *exportButton = buttons->addButton(tr("E&xport …"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("teamConfigExport"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the team configuration"),
                                                          QStringLiteral("team-config.json"), tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    auto *importButton = buttons->addButton(tr("&Import …"), QDialogButtonBox::ActionRole);
    importButton->setObjectName(QStringLiteral("teamConfigImport"));
    importButton->setEnabled(m_editable);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import a team configuration"), QString(), tr("JSON (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 620);
}

void TeamConfigDialog::showPage(Page page) { m_tabs->setCurrentIndex(int(page)); }

QWidget *TeamConfigDialog::teamPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_teamName = new QLineEdit(m_config.tone.teamName, page);
    m_teamName->setObjectName(QStringLiteral("teamName"));
    m_style = new QComboBox(page);
    m_style->setObjectName(QStringLiteral("addressStyle"));
    m_style->addItem(tr("je (informal, most webcare teams)"), QStringLiteral("je"));
    m_style->addItem(tr("u (formal)"), QStringLiteral("u"));
    m_style->setCurrentIndex(m_config.tone.addressStyle == QLatin1String("u") ? 1 : 0);
    m_signatureFormat = new QLineEdit(m_config.tone.signature.format, page);
    m_signatureFormat->setObjectName(QStringLiteral("signatureFormat"));
    m_signatureFormat->setToolTip(tr("{initials}: Jan Bakker → JB; {first}: the first name; {login}: the login"));
    m_ownLine = new QCheckBox(tr("Sign on a line of its own (else after the last word)"), page);
    m_ownLine->setChecked(m_config.tone.signature.ownLine);
    m_signaturePreview = new QLabel(page);
    form->addRow(tr("Team &name:"), m_teamName);
    form->addRow(tr("Form of &address:"), m_style);
    form->addRow(tr("&Signature:"), m_signatureFormat);
    form->addRow(QString(), m_ownLine);
    form->addRow(QString(), m_signaturePreview);
    auto *hint = new QLabel(tr("An agent may set their own signature (Team ▸ My profile …); without one they sign "
                               "by this convention."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    connect(m_signatureFormat, &QLineEdit::textChanged, this, &TeamConfigDialog::updateSignaturePreview);
    connect(m_ownLine, &QCheckBox::toggled, this, &TeamConfigDialog::updateSignaturePreview);
    updateSignaturePreview();
    for (QWidget *w : {static_cast<QWidget *>(m_teamName), static_cast<QWidget *>(m_style),
                       static_cast<QWidget *>(m_signatureFormat), static_cast<QWidget *>(m_ownLine)})
        w->setEnabled(m_editable);
    return page;
}

void TeamConfigDialog::updateSignaturePreview()
{
    domain::SignatureConvention convention{m_signatureFormat->text().trimmed(), m_ownLine->isChecked()};
    const QString signature = domain::signatureFor(convention, QStringLiteral("Jan Bakker"), QStringLiteral("jb"));
    const QString example = tr("Have a nice weekend!");
    m_signaturePreview->setText(
        tr("Jan Bakker signs: %1")
            .arg(QString(example + (convention.ownLine ? QStringLiteral("<br>") : QStringLiteral(" ")) +
                         signature.toHtmlEscaped())));
}

QWidget *TeamConfigDialog::agentsPage()
{
    m_agents = new QTableWidget(0, 5, this);
    m_agents->setObjectName(QStringLiteral("agentTable"));
    m_agents->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Role"), tr("Four-eyes"), tr("Signature (empty: the convention's)")});
    m_agents->horizontalHeader()->setStretchLastSection(true);
    const auto addRow = [this](const domain::Agent &a) {
        const int row = m_agents->rowCount();
        m_agents->insertRow(row);
        m_agents->setItem(row, 0, new QTableWidgetItem(a.login));
        m_agents->setItem(row, 1, new QTableWidgetItem(a.displayName));
        auto *role = new QComboBox(m_agents);
        role->addItem(tr("agent"), QStringLiteral("agent"));
        role->addItem(tr("supervisor"), QStringLiteral("supervisor"));
        role->setCurrentIndex(a.supervisor ? 1 : 0);
        role->setEnabled(m_editable);
        m_agents->setCellWidget(row, 2, role);
        auto *fourEyes = new QTableWidgetItem;
        fourEyes->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        fourEyes->setCheckState(a.needsApproval ? Qt::Checked : Qt::Unchecked);
        m_agents->setItem(row, 3, fourEyes);
        m_agents->setItem(row, 4, new QTableWidgetItem(a.signature));
    };
    for (const domain::Agent &a : std::as_const(m_config.agents))
        addRow(a);
    m_agents->resizeColumnsToContents();
    if (!m_editable)
        m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return withRowButtons(
        m_agents,
        [this, addRow] {
            addRow({});
            m_agents->setCurrentCell(m_agents->rowCount() - 1, 0);
            m_agents->editItem(m_agents->item(m_agents->rowCount() - 1, 0));
        },
        m_editable);
}

QWidget *TeamConfigDialog::templatesPage()
{
    m_templates = m_config.templates;
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    m_templateList = new QListWidget(page);
    m_templateList->setObjectName(QStringLiteral("templateList"));
    for (const domain::TextTemplate &t : std::as_const(m_templates))
        m_templateList->addItem(t.title);
    left->addWidget(m_templateList);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New template"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    add->setEnabled(m_editable);
    remove->setEnabled(m_editable);
    connect(add, &QPushButton::clicked, this, &TeamConfigDialog::addTemplate);
    connect(remove, &QPushButton::clicked, this, &TeamConfigDialog::removeTemplate);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    layout->addLayout(left, 2);

    auto *right = new QFormLayout;
    m_templateTitle = new QLineEdit(page);
    m_templateTitle->setObjectName(QStringLiteral("templateTitle"));
    m_templateId = new QLineEdit(page);
    m_templateId->setObjectName(QStringLiteral("templateId"));
    m_templateKeywords = new QLineEdit(page);
    m_templateKeywords->setPlaceholderText(tr("words an agent searches by, separated by commas"));
    m_templateLanguage = new QComboBox(page);
    m_templateLanguage->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_templateLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_templateChannel = channelBox(page, true);
    m_templateText = new QPlainTextEdit(page);
    m_templateText->setObjectName(QStringLiteral("templateText"));
    m_templateText->setTabChangesFocus(true);
    m_templateFindings = new QListWidget(page);
    m_templateFindings->setObjectName(QStringLiteral("templateFindings"));
    m_templateFindings->setFocusPolicy(Qt::NoFocus);
    right->addRow(tr("&Title:"), m_templateTitle);
    right->addRow(tr("&Id:"), m_templateId);
    right->addRow(tr("&Keywords:"), m_templateKeywords);
    right->addRow(tr("&Language:"), m_templateLanguage);
    right->addRow(tr("&Channel:"), m_templateChannel);
    right->addRow(tr("Te&xt:"), m_templateText);
    auto *placeholders = new QLabel(
        tr("{naam}: the customer's first name · {agent}: the agent's signature · {bron}: the knowledge-base page "
           "that fits"),
        page);
    placeholders->setWordWrap(true);
    right->addRow(QString(), placeholders);
    right->addRow(tr("Tone checks:"), m_templateFindings);
    layout->addLayout(right, 3);

    for (QWidget *w : {static_cast<QWidget *>(m_templateTitle), static_cast<QWidget *>(m_templateId),
                       static_cast<QWidget *>(m_templateKeywords), static_cast<QWidget *>(m_templateLanguage),
                       static_cast<QWidget *>(m_templateChannel)})
        w->setEnabled(m_editable);
    m_templateText->setReadOnly(!m_editable);
    connect(m_templateList, &QListWidget::currentRowChanged, this, &TeamConfigDialog::showTemplate);
    for (QLineEdit *e : {m_templateTitle, m_templateId, m_templateKeywords})
        connect(e, &QLineEdit::textEdited, this, &TeamConfigDialog::storeTemplate);
    connect(m_templateLanguage, &QComboBox::activated, this, &TeamConfigDialog::storeTemplate);
    connect(m_templateChannel, &QComboBox::activated, this, &TeamConfigDialog::storeTemplate);
    connect(m_templateText, &QPlainTextEdit::textChanged, this, [this] {
        storeTemplate();
        checkTemplate();
    });
    return page;
}

void TeamConfigDialog::showTemplate(int row)
{
    m_shownTemplate = -1; // no write-back while the fields are filled
    const domain::TextTemplate t = row >= 0 && row < m_templates.size() ? m_templates.at(row) : domain::TextTemplate{};
    m_templateTitle->setText(t.title);
    m_templateId->setText(t.id);
    m_templateKeywords->setText(t.keywords.join(QStringLiteral(", ")));
    m_templateLanguage->setCurrentIndex(std::max(0, m_templateLanguage->findData(t.language)));
    m_templateChannel->setCurrentIndex(
        std::max(0, m_templateChannel->findData(t.channel ? domain::channelKey(*t.channel) : QString())));
    m_templateText->setPlainText(t.text);
    m_shownTemplate = row;
    checkTemplate();
}

void TeamConfigDialog::storeTemplate()
{
    if (m_shownTemplate < 0 || m_shownTemplate >= m_templates.size())
        return;
    domain::TextTemplate &t = m_templates[m_shownTemplate];
    t.title = m_templateTitle->text().trimmed();
    t.id = m_templateId->text().trimmed();
    t.keywords = commaList(m_templateKeywords->text());
    t.language = m_templateLanguage->currentData().toString();
    t.channel = domain::channelFromKey(m_templateChannel->currentData().toString());
    t.text = m_templateText->toPlainText();
    if (QListWidgetItem *item = m_templateList->item(m_shownTemplate))
        item->setText(t.title.isEmpty() ? tr("(no title)") : t.title);
}

void TeamConfigDialog::checkTemplate()
{
    m_templateFindings->clear();
    if (m_shownTemplate < 0 || m_shownTemplate >= m_templates.size())
        return;
    // The template as agents will insert it, checked by the team's voice as it now stands in this dialog.
    const domain::TeamConfiguration now = configuration();
    const QList<composer::Finding> findings =
        config::checkTemplate(m_templates.at(m_shownTemplate), now, ComposerAssistant::speller());
    for (const composer::Finding &f : findings)
        m_templateFindings->addItem(f.message);
    if (findings.isEmpty())
        m_templateFindings->addItem(tr("No findings: the template fits the team's voice."));
}

void TeamConfigDialog::addTemplate()
{
    domain::TextTemplate t;
    t.id = QStringLiteral("template-%1").arg(m_templates.size() + 1);
    t.title = tr("New template");
    t.text = QStringLiteral("Hoi {naam}, \n{agent}");
    m_templates << t;
    m_templateList->addItem(t.title);
    m_templateList->setCurrentRow(int(m_templates.size()) - 1);
    m_templateTitle->setFocus();
    m_templateTitle->selectAll();
}

void TeamConfigDialog::removeTemplate()
{
    const int row = m_templateList->currentRow();
    if (row < 0 || row >= m_templates.size())
        return;
    m_shownTemplate = -1;
    m_templates.removeAt(row);
    delete m_templateList->takeItem(row);
    showTemplate(m_templateList->currentRow());
}

QWidget *TeamConfigDialog::sourcesPage()
{
    m_sources = new QTableWidget(0, 3, this);
    m_sources->setObjectName(QStringLiteral("sourceTable"));
    m_sources->setHorizontalHeaderLabels({tr("Title"), tr("Address (https://…)"), tr("Keywords (commas)")});
    m_sources->horizontalHeader()->setStretchLastSection(true);
    const auto addRow = [this](const domain::KnowledgeSource &s) {
        const int row = m_sources->rowCount();
        m_sources->insertRow(row);
        m_sources->setItem(row, 0, new QTableWidgetItem(s.title));
        m_sources->setItem(row, 1, new QTableWidgetItem(s.url));
        m_sources->setItem(row, 2, new QTableWidgetItem(s.keywords.join(QStringLiteral(", "))));
    };
    for (const domain::KnowledgeSource &s : std::as_const(m_config.sources))
        addRow(s);
    m_sources->setColumnWidth(0, 200);
    m_sources->setColumnWidth(1, 340);
    if (!m_editable)
        m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *page = withRowButtons(
        m_sources,
        [this, addRow] {
            addRow({});
            m_sources->setCurrentCell(m_sources->rowCount() - 1, 0);
            m_sources->editItem(m_sources->item(m_sources->rowCount() - 1, 0));
        },
        m_editable);
    auto *hint = new QLabel(tr("A reply about policy needs a link to one of these pages (ZEKEP: only facts from "
                               "traceable sources); agents insert one with Ctrl+B, templates with {bron}."),
                            page);
    hint->setWordWrap(true);
    static_cast<QVBoxLayout *>(page->layout())->insertWidget(0, hint);
    return page;
}

QWidget *TeamConfigDialog::triagePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const auto box = [&](const QStringList &values, const QString &name) {
        auto *edit = new QPlainTextEdit(values.join(u'\n'), page);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setReadOnly(!m_editable);
        edit->setMaximumHeight(90);
        return edit;
    };
    m_brand = box(m_config.brand, QStringLiteral("brandWords"));
    QStringList campaign;
    for (const domain::CampaignTerm &t : std::as_const(m_config.campaign))
        campaign << (t.until.isValid() ? t.term + QStringLiteral(" | ") + t.until.toString(Qt::ISODate) : t.term);
    m_campaign = box(campaign, QStringLiteral("campaignWords"));
    m_employees = box(m_config.employees, QStringLiteral("employeeHandles"));
    m_handles = new QTableWidget(0, 2, page);
    m_handles->setObjectName(QStringLiteral("ownHandles"));
    m_handles->setHorizontalHeaderLabels({tr("Channel"), tr("Handle")});
    m_handles->horizontalHeader()->setStretchLastSection(true);
    const auto addRow = [this](const domain::OwnHandle &h) {
        const int row = m_handles->rowCount();
        m_handles->insertRow(row);
        auto *channel = channelBox(m_handles, false);
        channel->setCurrentIndex(std::max(0, channel->findData(domain::channelKey(h.channel))));
        channel->setEnabled(m_editable && !h.connected);
        m_handles->setCellWidget(row, 0, channel);
        auto *handle = new QTableWidgetItem(h.handle);
        if (h.connected) {
            handle->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            handle->setToolTip(tr("A connected account: removed with the account (Accounts …)"));
        }
        m_handles->setItem(row, 1, handle);
    };
    for (const domain::OwnHandle &h : std::as_const(m_config.ownAccounts))
        addRow(h);
    auto *handles = withRowButtons(
        m_handles,
        [this, addRow] {
            addRow({});
            m_handles->setCurrentCell(m_handles->rowCount() - 1, 1);
            m_handles->editItem(m_handles->item(m_handles->rowCount() - 1, 1));
        },
        m_editable);
    form->addRow(tr("Own &handles (posts to them talk to us):"), handles);
    form->addRow(tr("&Brand names (one per line):"), m_brand);
    form->addRow(tr("&Campaign words (\"#tag | 2027-03-01\": until that day):"), m_campaign);
    form->addRow(tr("&Colleagues' handles:"), m_employees);
    return page;
}

domain::TeamConfiguration TeamConfigDialog::configuration() const
{
    domain::TeamConfiguration c;
    c.tone.teamName = m_teamName->text().trimmed();
    c.tone.addressStyle = m_style->currentData().toString();
    c.tone.signature = {m_signatureFormat->text().trimmed(), m_ownLine->isChecked()};
    for (int row = 0; row < m_agents->rowCount(); ++row) {
        domain::Agent a;
        a.login = cell(m_agents, row, 0);
        a.displayName = cell(m_agents, row, 1);
        if (const auto *role = qobject_cast<QComboBox *>(m_agents->cellWidget(row, 2)))
            a.supervisor = role->currentData().toString() == QLatin1String("supervisor");
        a.needsApproval = m_agents->item(row, 3) && m_agents->item(row, 3)->checkState() == Qt::Checked;
        a.signature = cell(m_agents, row, 4);
        if (!a.login.isEmpty())
            c.agents << a;
    }
    c.templates = m_templates;
    for (int row = 0; row < m_sources->rowCount(); ++row) {
        domain::KnowledgeSource s{cell(m_sources, row, 0), cell(m_sources, row, 1), commaList(cell(m_sources, row, 2))};
        if (!s.title.isEmpty() || !s.url.isEmpty())
            c.sources << s;
    }
    c.brand = lines(m_brand);
    for (const QString &line : lines(m_campaign)) {
        const qsizetype bar = line.indexOf(u'|');
        if (bar < 0)
            c.campaign << domain::CampaignTerm{line, {}};
        else
            c.campaign << domain::CampaignTerm{line.left(bar).trimmed(),
                                               QDate::fromString(line.mid(bar + 1).trimmed(), Qt::ISODate)};
    }
    c.employees = lines(m_employees);
    for (int row = 0; row < m_handles->rowCount(); ++row) {
        domain::OwnHandle h;
        if (const auto *channel = qobject_cast<QComboBox *>(m_handles->cellWidget(row, 0)))
            h.channel = domain::channelFromKey(channel->currentData().toString()).value_or(domain::Channel::X);
        h.handle = cell(m_handles, row, 1);
        if (!h.handle.isEmpty())
            c.ownAccounts << h;
    }
    return c;
}

void TeamConfigDialog::save()
{
    if (!m_editable)
        return;
    // The same validation as `webcaredesk config import`: one set of rules, whichever way a team configures.
    const auto parsed =
        config::parseConfiguration(QJsonDocument(config::toJson(configuration())).toJson(QJsonDocument::Compact));
    if (!parsed) {
        m_status->setText(tr("Not saved: %1").arg(parsed.error().join(QStringLiteral("; "))));
        return;
    }
    const domain::TeamConfiguration wanted = parsed->config;
    const QString actor = m_agent;
    m_status->setText(tr("Saving …"));
    m_store->run<int>(
        this,
        [wanted, actor](store::CaseStore &s) { return s.config().replace(wanted, store::configsection::all(), actor); },
        [this, wanted](Expected<int, store::StoreError> done) {
            if (!done) {
                m_status->setText(tr("Not saved: %1").arg(done.error().message()));
                return;
            }
            emit saved(wanted);
            accept();
        });
}

bool TeamConfigDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(config::toJson(configuration())).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_status->setText(tr("Not exported: %1 cannot be written (%2).").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(path));
    return true;
}

void TeamConfigDialog::importFrom(const QString &path)
{
    if (!m_editable)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Not imported: %1 cannot be read (%2).").arg(path, file.errorString()));
        return;
    }
    // Checked before the store is asked, as `config import` does: a bad file changes nothing.
    const auto parsed = config::parseConfiguration(file.readAll());
    if (!parsed) {
        m_status->setText(tr("Not imported, nothing changed: %1").arg(parsed.error().join(QStringLiteral("; "))));
        return;
    }
    const QString actor = m_agent;
    m_status->setText(tr("Importing …"));
    m_store->run<domain::TeamConfiguration>(
        this,
        [wanted = *parsed, actor](store::CaseStore &s) -> Expected<domain::TeamConfiguration, store::StoreError> {
            WEBCARE_TRY(s.config().replace(wanted.config, wanted.sections, actor));
            return s.config().load();
        },
        [this](Expected<domain::TeamConfiguration, store::StoreError> done) {
            if (!done) {
                m_status->setText(tr("Not imported, nothing changed: %1").arg(done.error().message()));
                return;
            }
            emit saved(*done);
            accept();
        });
}

} // namespace webcare::ui
