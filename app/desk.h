// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/accountservice.h"
#include "accounts/secretstore.h"
#include "config/teamconfigservice.h"
#include "net/httpclient.h"
#include "outbox/replyoutbox.h"
#include "store/storeservice.h"
#include "sync/syncengine.h"
#include "telephony/telephonylink.h"
#include "window/mainwindow.h"
#include "workflow/presence.h"
#include "workflow/teamwork.h"

#include <memory>

namespace webcare::ui {
class Translations;
}

namespace webcare::app {

struct DeskOptions {
    // Training: a training store, nothing leaves the machine (the network guard), every reply is captured.
    bool training = false;
    // Reads the accounts and starts their sync as soon as the store is open; off when the caller connects accounts
    // of its own first (--fake-platform).
    bool loadAccountsOnOpen = true;
    ui::Translations *translations = nullptr; // may be null: the language cannot be switched
};

// The composition root: one desk of the app, as main() starts it and the GUI tests drive it. It owns the store
// thread, the guarded network, the keychain, the sync engine, the accounts, the presence hub, the reply outbox, the
// team's workflow and the main window, and wires them together once; nothing else builds these services.
class Desk {
public:
    Desk(const store::StoreLocation &location, std::unique_ptr<accounts::SecretStore> secrets,
         const DeskOptions &options = {});
    ~Desk();
    Q_DISABLE_COPY_MOVE(Desk)

    // Opens the store in the window (the demo feed is loaded into an empty store when `loadDemo` is set).
    void open(bool loadDemo = false);
    const store::StoreLocation &location() const { return m_location; }
    bool isTraining() const { return m_options.training; }

private:
    ui::MainWindow::Services windowServices();

    store::StoreLocation m_location;
    DeskOptions m_options;

public:
    // Declared in the order they are built: each uses only those above it.
    store::StoreService storeService;
    // The one network access manager of the GUI thread (sign-ins); each sync worker has its own, equally guarded.
    net::GuardedNetworkAccessManager network;
    std::unique_ptr<accounts::SecretStore> secrets;
    sync::SyncEngine engine;
    accounts::AccountService accounts;
    // One presence hub per process: every window of it sees the others' open cases at once.
    workflow::PresenceHub presence;
    outbox::ReplyOutbox outbox;
    // The team's workflow settings, followed: due times, reminders, round-robin assignment.
    workflow::TeamWork teamWork;
    // The team's configuration, followed: voice, signatures, templates, knowledge base, triage words.
    config::TeamConfigService teamConfig;
    // The queue counts read on a connection of their own, so they never hold up the case the agent opens next.
    store::StoreService countsService;
    // The phone queue of the blending panel (AMI or typed in), its secret from the keychain.
    telephony::TelephonyLink telephony;
    ui::MainWindow window;
};

// The agent's login, as the audit trail and the outbox record it: the settings' agent/login, else $USER.
QString agentLogin();

} // namespace webcare::app
