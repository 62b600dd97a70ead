// SPDX-License-Identifier: MIT
#include "team/setupwizard.h"

#include "config/teamconfigjson.h"
#include "store/storeservice.h"
#include "store/teamconfigrepository.h"
#include "store/teamsettingsrepository.h"
#include "team/openinghourseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace webcare::ui {

namespace {
QWizardPage *makePage(const QString &title, const QString &subtitle)
{
    auto *p = new QWizardPage;
    p->setTitle(title);
    p->setSubTitle(subtitle);
    return p;
}
} // namespace

QString SetupWizard::doneSetting() { return QStringLiteral("setup.done"); }

SetupWizard::SetupWizard(store::StoreService *store, const domain::TeamConfiguration &config,
                         const workflow::TeamWorkflowSettings &settings, const QString &agent, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_config(config)
    , m_settings(settings)
    , m_agent(agent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up your team's desk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Not now"));
    addPage(teamPage());
    addPage(handlesPage());
    addPage(voicePage());
    addPage(hoursPage());
    addPage(templatesPage());
    addPage(accountPage());
    resize(720, 560);
}

QWizardPage *SetupWizard::teamPage()
{
    auto *p = makePage(tr("Your team"),
                       tr("The name customers use for you tells the triage that a post talks to you. You can change "
                          "everything later under Team ▸ Team configuration."));
    auto *form = new QFormLayout(p);
    m_teamName = new QLineEdit(m_config.tone.teamName, p);
    m_teamName->setObjectName(QStringLiteral("setupTeamName"));
    m_teamName->setPlaceholderText(tr("e.g. Polderpolis Verzekeringen"));
    m_brand = new QLineEdit(m_config.brand.join(QStringLiteral(", ")), p);
    m_brand->setObjectName(QStringLiteral("setupBrand"));
    m_brand->setPlaceholderText(tr("e.g. polderpolis, mijn polderpolis"));
    form->addRow(tr("Team &name:"), m_teamName);
    form->addRow(tr("&Brand words (commas):"), m_brand);
    return p;
}

QWizardPage *SetupWizard::handlesPage()
{
    auto *p = makePage(tr("Your own accounts"),
                       tr("The handles your team posts from. Posts to them are for you; accounts you connect later are "
                          "added by themselves."));
    auto *form = new QFormLayout(p);
    for (domain::Channel c :
         {domain::Channel::X, domain::Channel::Mastodon, domain::Channel::Facebook, domain::Channel::Discourse}) {
        auto *edit = new QLineEdit(p);
        edit->setObjectName(QStringLiteral("setupHandle_") + domain::channelKey(c));
        for (const domain::OwnHandle &h : std::as_const(m_config.ownAccounts))
            if (h.channel == c && edit->text().isEmpty())
                edit->setText(h.handle);
        form->addRow(domain::channelDisplayName(c) + u':', edit);
        m_handles << std::make_pair(c, edit);
    }
    return p;
}

QWizardPage *SetupWizard::voicePage()
{
    auto *p = makePage(tr("Your voice"), tr("How your replies address customers and how agents sign them."));
    auto *form = new QFormLayout(p);
    m_style = new QComboBox(p);
    m_style->setObjectName(QStringLiteral("setupStyle"));
    m_style->addItem(tr("je (informal, most webcare teams)"), QStringLiteral("je"));
    m_style->addItem(tr("u (formal)"), QStringLiteral("u"));
    m_style->setCurrentIndex(m_config.tone.addressStyle == QLatin1String("u") ? 1 : 0);
    m_signatureFormat = new QLineEdit(m_config.tone.signature.format, p);
    m_signatureFormat->setObjectName(QStringLiteral("setupSignature"));
    m_ownLine = new QCheckBox(tr("Sign on a line of its own"), p);
    m_ownLine->setChecked(m_config.tone.signature.ownLine);
    auto *example = new QLabel(p);
    const auto update = [this, example = example] {
        example->setText(tr("Jan Bakker signs: %1")
                             .arg(domain::signatureFor({m_signatureFormat->text(), m_ownLine->isChecked()},
                                                       QStringLiteral("Jan Bakker"), QStringLiteral("jb"))));
    };
    connect(m_signatureFormat, &QLineEdit::textChanged, this, update);
    update();
    form->addRow(tr("Form of &address:"), m_style);
    form->addRow(tr("&Signature ({initials}, {first}):"), m_signatureFormat);
    form->addRow(QString(), m_ownLine);
    form->addRow(QString(), example);
    return p;
}

QWizardPage *SetupWizard::hoursPage()
{
    auto *p = makePage(tr("Opening hours"),
                       tr("The answer time counts in these hours only; the holidays and SLA targets are under "
                          "Team ▸ Team settings."));
    auto *layout = new QVBoxLayout(p);
    m_hours = new OpeningHoursEditor(p);
    m_hours->setHours(m_settings.hours);
    layout->addWidget(m_hours);
    return p;
}

QWizardPage *SetupWizard::templatesPage()
{
    auto *p = makePage(tr("Templates"),
                       tr("Text modules agents insert with Ctrl+T. Edit them any time under Team ▸ Templates."));
    auto *layout = new QVBoxLayout(p);
    m_keepTemplates = new QRadioButton(
        tr("Start with the library that came with the desk (%n template(s))", nullptr, int(m_config.templates.size())),
        p);
    m_importTemplates = new QRadioButton(tr("&Import our own library (JSON, as docs/configuration.md shows):"), p);
    m_noTemplates = new QRadioButton(tr("Start &empty"), p);
    m_keepTemplates->setChecked(true);
    m_templateFile = new QLineEdit(p);
    m_templateFile->setObjectName(QStringLiteral("setupTemplateFile"));
    auto *browse = new QPushButton(tr("&Choose …"), p);
    m_templateStatus = new QLabel(p);
    m_templateStatus->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_templateFile);
    row->addWidget(browse);
    layout->addWidget(m_keepTemplates);
    layout->addWidget(m_importTemplates);
    layout->addLayout(row);
    layout->addWidget(m_templateStatus);
    layout->addWidget(m_noTemplates);
    layout->addStretch();
    const auto read = [this] {
        m_imported.clear();
        const QString path = m_templateFile->text().trimmed();
        if (path.isEmpty()) {
            m_templateStatus->clear();
            return;
        }
        m_importTemplates->setChecked(true);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_templateStatus->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        const auto parsed = config::parseConfiguration(file.readAll());
        if (!parsed) {
            m_templateStatus->setText(tr("Not imported: %1").arg(parsed.error().join(QStringLiteral("; "))));
            return;
        }
        m_imported = parsed->config.templates;
        m_templateStatus->setText(tr("%n template(s) will be imported.", nullptr, int(m_imported.size())));
    };
    connect(m_templateFile, &QLineEdit::editingFinished, this, read);
    connect(browse, &QPushButton::clicked, this, [this, read] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Template library"), QString(), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        m_templateFile->setText(path);
        read();
    });
    return p;
}

QWizardPage *SetupWizard::accountPage()
{
    auto *p = makePage(tr("A first account"),
                       tr("Connect the account your team answers from, or skip: the Accounts window (Ctrl+Shift+A) "
                          "connects one any time."));
    auto *layout = new QVBoxLayout(p);
    m_connectAccount = new QCheckBox(tr("Open the &Accounts window when I finish"), p);
    m_connectAccount->setObjectName(QStringLiteral("setupConnectAccount"));
    layout->addWidget(m_connectAccount);
    layout->addStretch();
    return p;
}

domain::TeamConfiguration SetupWizard::configuration() const
{
    domain::TeamConfiguration c = m_config;
    c.tone.teamName = m_teamName->text().trimmed();
    c.brand.clear();
    for (const QString &w : m_brand->text().split(u','))
        if (!w.trimmed().isEmpty())
            c.brand << w.trimmed().toLower();
    c.ownAccounts.clear();
    for (const auto &[channel, edit] : m_handles)
        if (!edit->text().trimmed().isEmpty())
            c.ownAccounts << domain::OwnHandle{channel, edit->text().trimmed(), false};
    for (const domain::OwnHandle &h : m_config.ownAccounts)
        if (h.connected)
            c.ownAccounts << h;
    c.tone.addressStyle = m_style->currentData().toString();
    c.tone.signature = {m_signatureFormat->text().trimmed(), m_ownLine->isChecked()};
    if (m_importTemplates->isChecked() && !m_imported.isEmpty())
        c.templates = m_imported;
    else if (m_noTemplates->isChecked())
        c.templates.clear();
    return c;
}

workflow::TeamWorkflowSettings SetupWizard::workflowSettings() const
{
    workflow::TeamWorkflowSettings s = m_settings;
    s.hours = m_hours->hours();
    return s;
}

bool SetupWizard::connectAccountAfterwards() const { return m_connectAccount->isChecked(); }

void SetupWizard::accept()
{
    if (m_saving)
        return;
    // Validated like `webcaredesk config import`, so a wizard never stores what a script would be refused.
    const auto parsed =
        config::parseConfiguration(QJsonDocument(config::toJson(configuration())).toJson(QJsonDocument::Compact));
    if (!parsed) {
        showProblem(parsed.error().join(QStringLiteral("\n")));
        return;
    }
    m_saving = true;
    const domain::TeamConfiguration wanted = parsed->config;
    const workflow::TeamWorkflowSettings settings = workflowSettings();
    QHash<QString, QString> values = settings.toMap();
    values.insert(doneSetting(), QStringLiteral("wizard"));
    const QString actor = m_agent;
    const bool connect = connectAccountAfterwards();
    namespace section = store::configsection;
    const QStringList sections{QLatin1String(section::team), QLatin1String(section::ownAccounts),
                               QLatin1String(section::brand), QLatin1String(section::templates)};
    m_store->run<int>(
        this,
        [wanted, values, actor, sections](store::CaseStore &s) -> Expected<int, store::StoreError> {
            auto changed = s.config().replace(wanted, sections, actor);
            if (!changed)
                return changed;
            WEBCARE_TRY(s.settings().setTeamSettings(values, actor));
            return *changed;
        },
        [this, wanted, settings, connect](Expected<int, store::StoreError> done) {
            m_saving = false;
            if (!done) {
                showProblem(done.error().message());
                return;
            }
            emit saved(wanted, settings, connect);
            QWizard::accept();
        });
}

void SetupWizard::showProblem(const QString &message)
{
    emit problem(message);
    // Said in the wizard itself: the window's status bar is behind it. Nothing was saved; the pages stay filled in.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not saved"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("setupProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SetupWizard::reject()
{
    markDone(QStringLiteral("skipped"));
    QWizard::reject();
}

void SetupWizard::markDone(const QString &how)
{
    const QString actor = m_agent;
    m_store->run<bool>(
        nullptr,
        [how, actor](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(s.settings().setTeamSetting(doneSetting(), how, actor));
            return true;
        },
        [](Expected<bool, store::StoreError>) {});
}

} // namespace webcare::ui
