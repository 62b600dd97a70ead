// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "store/casestore.h"

#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace webcare::test {

// A PostgreSQL server for the integration tests, named by WEBCARE_TEST_PG (a postgresql:// URL that the test
// command sets after starting its own server on 127.0.0.1). Unset: the PostgreSQL tests report themselves skipped.
bool postgresAvailable();

// A fresh, empty database for one test, dropped again afterwards.
class ScratchDatabase {
public:
    explicit ScratchDatabase(store::Backend backend);
    ~ScratchDatabase();
    Q_DISABLE_COPY_MOVE(ScratchDatabase)
    const store::StoreLocation &location() const { return m_location; }
    std::unique_ptr<store::CaseStore> open() const;

private:
    QTemporaryDir m_dir;
    store::StoreLocation m_location;
    QString m_pgName;
};

// Reads a file below ../shared/data (the project's external test material), or returns an empty array with
// `found` false when that folder is not beside this clone.
QByteArray sharedData(const QString &relativePath, bool *found = nullptr);
QString sharedDataDir();
// Reads a file of this repository (tests/data, resources/...).
QByteArray repoFile(const QString &relativePath);

// A synthetic post for store tests.
domain::Post makePost(domain::Channel channel, const QString &id, const QString &text, const QDateTime &at,
                      const QString &authorId = QStringLiteral("42"), const QString &inReplyTo = {},
                      const QString &conversation = {});

} // namespace webcare::test

namespace webcare::test {
// The error of a failed store call, for the test report.
template <typename R> std::string describe(const R &result)
{
    if (result.hasValue())
        return {};
    const auto &e = result.error();
    if constexpr (std::is_same_v<std::decay_t<decltype(e)>, webcare::store::StoreError>)
        return QString(e.message() + QStringLiteral(" | ") + e.detail).toStdString();
    else
        return std::string("error");
}
} // namespace webcare::test

#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto &webcareResult = (expr);                                                                            \
        INFO(webcare::test::describe(webcareResult));                                                                  \
        REQUIRE(webcareResult.hasValue());                                                                             \
    } while (false)

#define WEBCARE_SKIP(why)                                                                                              \
    do {                                                                                                               \
        WARN("SKIPPED: " << why);                                                                                      \
        return;                                                                                                        \
    } while (false)

// Declares one test body run as two test cases, "[sqlite]" and "[postgres]"; `backend` is in scope in the body.
#define BACKEND_TEST_CASE(name, tags)                                                                                  \
    WEBCARE_BACKEND_TEST_CASE_IMPL(INTERNAL_CATCH_UNIQUE_NAME(backendBody), name, tags)
#define WEBCARE_BACKEND_TEST_CASE_IMPL(fn, name, tags)                                                                 \
    static void fn(webcare::store::Backend backend);                                                                   \
    TEST_CASE(name " (SQLite)", tags "[sqlite]") { fn(webcare::store::Backend::Sqlite); }                              \
    TEST_CASE(name " (PostgreSQL)", tags "[postgres]")                                                                 \
    {                                                                                                                  \
        if (!webcare::test::postgresAvailable())                                                                       \
            WEBCARE_SKIP("WEBCARE_TEST_PG is not set: no PostgreSQL server for this run");                             \
        fn(webcare::store::Backend::Postgres);                                                                         \
    }                                                                                                                  \
    static void fn(webcare::store::Backend backend)
