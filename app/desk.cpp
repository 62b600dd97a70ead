// SPDX-License-Identifier: MIT
#include "desk.h"
#include "util/workstationsettings.h"

namespace webcare::app {

namespace {

sync::AccountSync::Options syncOptions(const DeskOptions &options)
{
    sync::AccountSync::Options o;
    o.training = options.training;
    return o;
}

} // namespace

Desk::Desk(const store::StoreLocation &location, std::unique_ptr<accounts::SecretStore> secretStore,
           const DeskOptions &options)
    : m_location(location)
    , m_options(options)
    , secrets(std::move(secretStore))
    , engine(location, syncOptions(options))
    , accounts(&storeService, secrets.get(), &engine, &network)
    , outbox(&storeService, &accounts)
    , teamWork(&storeService)
    , teamConfig(&storeService)
    , telephony(secrets.get())
    , window(windowServices())
{
    network.setTrainingMode(options.training);
    outbox.setTrainingMode(options.training);
    window.setPresenceHub(&presence);
    window.setTrainingMode(options.training);
    window.setAgent(agentLogin());
    if (options.loadAccountsOnOpen)
        QObject::connect(&window, &ui::MainWindow::storeOpened, &accounts, &accounts::AccountService::load);
}

// The window goes first: its case view saves the draft on screen while the store thread still runs.
Desk::~Desk() = default;

ui::MainWindow::Services Desk::windowServices()
{
    ui::MainWindow::Services s;
    s.store = &storeService;
    s.counts = &countsService;
    s.accounts = &accounts;
    s.network = &network;
    s.outbox = &outbox;
    s.teamWork = &teamWork;
    s.teamConfig = &teamConfig;
    s.telephony = &telephony;
    s.secrets = secrets.get();
    s.translations = m_options.translations;
    return s;
}

void Desk::open(bool loadDemo)
{
    window.openStore(m_location, loadDemo,
                     m_options.training ? store::StorePurpose::Training : store::StorePurpose::Live);
}

QString agentLogin()
{
    QString login = util::workstation::agentLogin();
    if (login.isEmpty())
        login = qEnvironmentVariable("USER", QStringLiteral("agent"));
    return login;
}

} // namespace webcare::app
