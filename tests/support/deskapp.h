// SPDX-License-Identifier: MIT
#pragma once

// For ui_tests only: the app as main() builds it (app::Desk, the composition root), with an in-memory keychain.
#include "desk.h"

namespace webcare::test {

// One desk of the app on `location`: shown, the store opened (without the demo feed unless `demo`), as `agent`.
struct DeskApp : app::Desk {
    DeskApp(const store::StoreLocation &location, const QString &agent, const app::DeskOptions &options = {},
            bool demo = false)
        : app::Desk(location, std::make_unique<accounts::MemorySecretStore>(), options)
    {
        window.setAgent(agent);
        window.show();
        open(demo);
    }
};

// The same desk without showing it or opening its store: for tests that open the store themselves.
struct TestDesk : app::Desk {
    explicit TestDesk(const store::StoreLocation &location, ui::Translations *translations = nullptr,
                      bool training = false)
        : app::Desk(location, std::make_unique<accounts::MemorySecretStore>(), options(translations, training))
    {}
    static app::DeskOptions options(ui::Translations *translations, bool training)
    {
        app::DeskOptions o;
        o.translations = translations;
        o.training = training;
        return o;
    }
};

} // namespace webcare::test
