// SPDX-License-Identifier: MIT
#pragma once

// For ui_tests only: the app as main() builds it (app::Desk, the composition root), with an in-memory keychain.
#include "desk.h"

#include <QObject>
#include <QtTest/QTest>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>

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

// Runs work on the store thread and waits for its result (the GUI thread keeps processing events meanwhile).
template <typename R> Expected<R, store::StoreError>
storeCall(store::StoreService &service, std::function<Expected<R, store::StoreError>(store::CaseStore &)> work)
{
    std::optional<Expected<R, store::StoreError>> out;
    QObject context;
    service.run<R>(&context, std::move(work), [&out](Expected<R, store::StoreError> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        FAIL("the store did not answer");
    return std::move(*out);
}

// Waits until every store job queued so far has run and its answer reached the GUI thread: the store thread runs
// jobs in order and answers in order, so a no-op job's answer comes after theirs. Instead of a fixed sleep.
inline void settleStore(store::StoreService &service)
{
    REQUIRE(storeCall<bool>(service, [](store::CaseStore &) -> Expected<bool, store::StoreError> {
                return true;
            }).hasValue());
}

} // namespace webcare::test
