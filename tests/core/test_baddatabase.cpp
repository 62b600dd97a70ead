// SPDX-License-Identifier: MIT
// A database that is corrupt, foreign, locked, read-only or from a newer version gets a clear message naming the
// file, and is never reset, changed or half-migrated.
#include "store/ingestrepository.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace webcare;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("A file that is not a database is reported as damaged and left alone", "[store][sqlite][baddb]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("webcaredesk.sqlite"));
    QByteArray junk(64 * 1024, '\0');
    QRandomGenerator gen(7);
    for (char &c : junk)
        c = char(gen.bounded(256));
    writeFile(path, junk);
    const QByteArray before = fileHash(path);

    auto opened = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().kind == store::StoreError::Kind::Corrupt);
    CHECK(opened.error().message().contains(QDir::toNativeSeparators(path)));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database whose pages are damaged is reported, not reset", "[store][sqlite][baddb]")
{
    test::ScratchDatabase scratch(store::Backend::Sqlite);
    const QString path = scratch.location().sqlitePath;
    {
        auto store = scratch.open();
        QList<domain::Post> posts;
        for (int i = 0; i < 500; ++i)
            posts << test::makePost(domain::Channel::X, QString::number(i), QStringLiteral("Bericht %1").arg(i),
                                    QDateTime::currentDateTimeUtc(), QString::number(i));
        REQUIRE_OK(store->ingest().upsertPosts(posts));
        QSqlQuery q(store->database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // Overwrite the first page's header: SQLite no longer recognises the file.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write(QByteArray(100, 'X'));
    }
    const QByteArray before = fileHash(path);
    auto opened = store::CaseStore::open(scratch.location());
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().kind == store::StoreError::Kind::Corrupt);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Another program's SQLite database is not taken over", "[store][sqlite][baddb]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('stamppot')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(path);
    auto opened = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().kind == store::StoreError::Kind::Corrupt);
    CHECK(opened.error().message().contains(QStringLiteral("not a Webcare Desk database")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database locked by another program is reported as in use", "[store][sqlite][baddb]")
{
    test::ScratchDatabase scratch(store::Backend::Sqlite);
    scratch.open(); // create it, then close it again
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(scratch.location().sqlitePath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO agents (login, display_name) VALUES ('x', 'X')")));

        store::OpenOptions quick;
        quick.busyTimeoutMs = 200;
        auto opened = store::CaseStore::open(scratch.location(), quick);
        REQUIRE_FALSE(opened.hasValue());
        CHECK(opened.error().kind == store::StoreError::Kind::Locked);
        CHECK(opened.error().message().contains(scratch.location().sqlitePath));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(name);
    // Once the other program is gone the store opens normally.
    CHECK(store::CaseStore::open(scratch.location()).hasValue());
}

TEST_CASE("A store that cannot be created says where and what to do", "[store][sqlite][baddb]")
{
    QTemporaryDir dir;
    // A regular file where the folder should be: no user, not even root, can create the store there.
    writeFile(dir.filePath(QStringLiteral("notafolder")), "x");
    const QString path = dir.filePath(QStringLiteral("notafolder/webcaredesk.sqlite"));
    auto opened = store::CaseStore::open(store::StoreLocation::sqliteFile(path));
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().kind == store::StoreError::Kind::CannotOpen);
    CHECK(opened.error().message().contains(QDir::toNativeSeparators(path)));
    CHECK(opened.error().message().contains(QStringLiteral("--db")));
}
