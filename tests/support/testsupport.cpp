// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include "workflow/workingtime.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace webcare::test {

namespace {

QString pgUrl() { return qEnvironmentVariable("WEBCARE_TEST_PG"); }

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction).
void adminExec(const QString &sql)
{
    const auto admin = store::StoreLocation::parse(pgUrl());
    REQUIRE(admin.hasValue());
    const QString name = QStringLiteral("webcare-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin->host);
        db.setPort(admin->port);
        db.setUserName(admin->user);
        db.setPassword(admin->password);
        db.setDatabaseName(admin->database);
        INFO("connecting to " << admin->displayName().toStdString() << ": " << db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool postgresAvailable() { return !pgUrl().isEmpty(); }

ScratchDatabase::ScratchDatabase(store::Backend backend)
{
    REQUIRE(m_dir.isValid());
    if (backend == store::Backend::Sqlite) {
        m_location = store::StoreLocation::sqliteFile(m_dir.filePath(QStringLiteral("store.sqlite")));
        return;
    }
    static QAtomicInteger<int> counter;
    m_pgName =
        QStringLiteral("wcd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_pgName));
    adminExec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(m_pgName));
    m_location = *store::StoreLocation::parse(pgUrl());
    m_location.database = m_pgName;
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_pgName.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

std::unique_ptr<store::CaseStore> ScratchDatabase::open() const
{
    store::OpenOptions options;
    options.sla = workflow::officeHoursSla();
    auto opened = store::CaseStore::open(m_location, options);
    INFO((opened ? QString() : opened.error().message() + QLatin1Char(' ') + opened.error().detail).toStdString());
    REQUIRE(opened.hasValue());
    return std::move(opened).value();
}

QString sharedDataDir()
{
    // tests run from the build tree; the project's root is known at compile time.
    const QString dir = QStringLiteral(WEBCARE_SOURCE_DIR "/../shared/data");
    return QDir(dir).exists() ? QDir(dir).canonicalPath() : QString();
}

QByteArray sharedData(const QString &relativePath, bool *found)
{
    QFile f(sharedDataDir() + QLatin1Char('/') + relativePath);
    const bool ok = !sharedDataDir().isEmpty() && f.open(QIODevice::ReadOnly);
    if (found)
        *found = ok;
    return ok ? f.readAll() : QByteArray();
}

QByteArray repoFile(const QString &relativePath)
{
    QFile f(QStringLiteral(WEBCARE_SOURCE_DIR "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        FAIL("cannot read " << relativePath.toStdString());
    return f.readAll();
}

domain::Post makePost(domain::Channel channel, const QString &id, const QString &text, const QDateTime &at,
                      const QString &authorId, const QString &inReplyTo, const QString &conversation)
{
    domain::Post p;
    p.channel = channel;
    p.platformId = id;
    p.text = text;
    p.createdAt = at;
    p.inReplyToPlatformId = inReplyTo;
    p.conversationId = conversation;
    p.author.channel = channel;
    p.author.platformId = authorId;
    p.author.handle = QStringLiteral("user") + authorId;
    p.author.displayName = QStringLiteral("Klant ") + authorId;
    p.rawPayload = QByteArrayLiteral("{}");
    return p;
}

} // namespace webcare::test
