// SPDX-License-Identifier: MIT
#pragma once

// For ui_tests only: the app as main() wires it, on a store, with a fake-free network and an in-memory keychain.
#include "accounts/accountservice.h"
#include "accounts/secretstore.h"
#include "mainwindow.h"
#include "net/httpclient.h"
#include "store/storeservice.h"
#include "sync/syncengine.h"

namespace webcare::test {

// One window of the app with its store thread, sync engine and account service; the window is shown and opens
// `location` (without the demo feed) as `agent`.
struct DeskApp {
    DeskApp(const store::StoreLocation &location, const QString &agent)
        : engine(location, {})
        , service(&storeService, &secrets, &engine)
        , window(&storeService, nullptr, &service, &network)
    {
        window.setAgent(agent);
        QObject::connect(&window, &ui::MainWindow::storeOpened, &service, &accounts::AccountService::load);
        window.show();
        window.openStore(location, false);
    }
    store::StoreService storeService;
    net::GuardedNetworkAccessManager network;
    accounts::MemorySecretStore secrets;
    sync::SyncEngine engine;
    accounts::AccountService service;
    ui::MainWindow window;
};

} // namespace webcare::test
