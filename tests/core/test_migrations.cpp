// SPDX-License-Identifier: MIT
#include "support/testsupport.h"

#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/schema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace webcare;
using namespace webcare::domain;

namespace {

// A raw connection to a scratch database, for building the files that older versions of the app left behind.
class RawConnection {
public:
    explicit RawConnection(const store::StoreLocation &l)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            l.backend == store::Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_name);
        if (l.backend == store::Backend::Sqlite) {
            db.setDatabaseName(l.sqlitePath);
        } else {
            db.setHostName(l.host);
            db.setPort(l.port);
            db.setUserName(l.user);
            db.setPassword(l.password);
            db.setDatabaseName(l.database);
        }
        REQUIRE(db.open());
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        INFO(sql.toStdString() << " → " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }

private:
    QString m_name;
};

// Rows as a version-1 client wrote them: an author, a case and a post (no replies, tags or full-text index yet).
void writeVersion1Rows(const RawConnection &raw)
{
    raw.exec(QStringLiteral("INSERT INTO authors (channel, platform_id, handle, display_name) "
                            "VALUES ('x', '7', 'marloesdw', 'Marloes de Wit')"));
    raw.exec(
        QStringLiteral("INSERT INTO cases (channel, conversation_id, state, sla_due_at, due_key, opened_at, "
                       "last_post_at, post_count, author_name, preview) VALUES ('x', '500', 'new', 1000, 1000, 1, 1, "
                       "1, 'Marloes de Wit', 'Hoe meld ik ruitschade?')"));
    raw.exec(QStringLiteral("INSERT INTO posts (channel, platform_id, author_id, case_id, text, created_at, "
                            "conversation_id, raw_payload, imported_at) VALUES ('x', '500', 1, 1, "
                            "'Hoe meld ik ruitschade?', 1, '500', '{}', 1)"));
}

} // namespace

BACKEND_TEST_CASE("Every earlier schema version is upgraded in place, keeping its data", "[store][migration]")
{
    for (int from = 1; from < store::schema::latestVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            test::ScratchDatabase scratch(backend);
            {
                RawConnection raw(scratch.location());
                auto db = raw.db();
                REQUIRE_OK(store::schema::migrate(db, backend, QStringLiteral("test"), from));
                CHECK(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt() == from);
                writeVersion1Rows(raw);
            }
            auto store = scratch.open();
            {
                RawConnection raw(scratch.location());
                CHECK(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt() ==
                      store::schema::latestVersion());
            }
            CHECK(*store->cases().postCount() == 1);
            // The full-text index covers rows written before it existed.
            store::InboxFilter f;
            f.search = QStringLiteral("ruitschade");
            CHECK(*store->cases().countCases(f) == 1);
            // And the upgraded store takes new work.
            REQUIRE_OK(store->ingest().upsertPosts(
                {test::makePost(Channel::X, QStringLiteral("501"), QStringLiteral("Nog iets"),
                                QDateTime::currentDateTimeUtc(), QStringLiteral("7"), QStringLiteral("500"))}));
            CHECK(store->cases().caseById(1)->postCount == 2);
            REQUIRE_OK(store->cases().setCaseState(1, CaseState::Resolved, QStringLiteral("jb")));
        }
    }
}

BACKEND_TEST_CASE("A failing upgrade leaves the database exactly as it was", "[store][migration]")
{
    test::ScratchDatabase scratch(backend);
    {
        RawConnection raw(scratch.location());
        auto db = raw.db();
        REQUIRE_OK(store::schema::migrate(db, backend, QStringLiteral("test"), 2));
        writeVersion1Rows(raw);
        // Sabotage a later step: step 3 creates case_tags, which now already exists.
        raw.exec(QStringLiteral("CREATE TABLE case_tags (x INTEGER)"));
    }
    auto opened = store::CaseStore::open(scratch.location());
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().kind == store::StoreError::Kind::MigrationFailed);
    CHECK(opened.error().message().contains(scratch.location().displayName()));
    RawConnection raw(scratch.location());
    CHECK(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt() == 2);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM posts")).toInt() == 1);
    // No index of step 3 survived the rollback.
    const QString indexCount =
        backend == store::Backend::Sqlite
            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'cases_channel_due'")
            : QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'cases_channel_due'");
    CHECK(raw.scalar(indexCount).toInt() == 0);
}

BACKEND_TEST_CASE("A database from a newer version is refused and left untouched", "[store][migration]")
{
    test::ScratchDatabase scratch(backend);
    {
        auto store = scratch.open();
        REQUIRE_OK(store->ingest().upsertPosts(
            {test::makePost(Channel::X, QStringLiteral("1"), QStringLiteral("Hoi"), QDateTime::currentDateTimeUtc())}));
    }
    const int newer = store::schema::latestVersion() + 1;
    {
        RawConnection raw(scratch.location());
        raw.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(newer));
    }
    auto opened = store::CaseStore::open(scratch.location());
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().kind == store::StoreError::Kind::NewerSchema);
    CHECK(opened.error().message().contains(scratch.location().displayName()));
    RawConnection raw(scratch.location());
    CHECK(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt() == newer);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM posts")).toInt() == 1);
}
