// SPDX-License-Identifier: MIT
#include "support/testsupport.h"

#include "ingest/importer.h"
#include "store/caserepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

using namespace webcare;
using domain::Channel;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &args, const QStringList &prefix = {},
                 const QString &program = QStringLiteral(WEBCARE_APP_PATH))
{
    QProcess p;
    QStringList env = QProcess::systemEnvironment();
    env << QStringLiteral("QT_QPA_PLATFORM=offscreen") << QStringLiteral("LANG=en_GB.UTF-8")
        << QStringLiteral("LC_ALL=en_GB.UTF-8");
    p.setEnvironment(env);
    if (prefix.isEmpty()) {
        p.start(program, args);
    } else {
        p.start(prefix.first(), prefix.mid(1) + QStringList{program} + args);
    }
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

BACKEND_TEST_CASE("The demo feed loads through the import path, once", "[ingest][demo]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    const QList<ingest::ImportReport> reports = ingest::importDemoFeed(*store);
    REQUIRE(reports.size() == 4);
    int inserted = 0;
    for (const ingest::ImportReport &r : reports) {
        INFO(r.source.toStdString());
        CHECK(r.ok());
        CHECK(r.rejected.isEmpty());
        CHECK(r.inserted > 0);
        inserted += r.inserted;
    }
    CHECK(inserted >= 300);
    CHECK(*store->cases().postCount() == inserted);

    // Every post of the labelled set is in the store, and our own replies are recognised as ours.
    const QJsonObject labels =
        QJsonDocument::fromJson(test::repoFile(QStringLiteral("tests/data/demo-labels.json"))).object();
    CHECK(labels.size() == inserted);

    auto again = ingest::importDemoFeed(*store);
    for (const ingest::ImportReport &r : again) {
        CHECK(r.inserted == 0);
        CHECK(r.known > 0);
    }
    CHECK(*store->cases().postCount() == inserted);
}

BACKEND_TEST_CASE("A malformed payload stores nothing from it", "[ingest]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    // Valid items first, then the JSON breaks: none of the valid ones may be stored.
    const QByteArray json = R"({"data":[{"id":"1","author_id":"2","created_at":"2026-11-23T08:00:00.000Z","text":"a"},
                                        {"id":"2","author_id":"2","created_at":"2026-11-23T08:00:00.000Z","text":"b"},)";
    const ingest::ImportReport r = ingest::importPayload(*store, Channel::X, json, QStringLiteral("half.json"));
    REQUIRE(r.parseError.has_value());
    CHECK(r.inserted == 0);
    CHECK(*store->cases().postCount() == 0);
}

TEST_CASE("webcaredesk import reports new, known and rejected posts per file", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"data":[{"id":"1","author_id":"2","created_at":"2026-11-23T08:00:00.000Z","text":"Hoi"},
                            {"id":"2","text":"zonder auteur"}],
                    "includes":{"users":[{"id":"2","name":"Kees","username":"kees"}]}})");
        QFile b(bad);
        REQUIRE(b.open(QIODevice::WriteOnly));
        b.write("{\"data\": [\n  {\"id\": \"3\",, }\n]}");
    }
    const CliResult first = runCli(
        {QStringLiteral("import"), QStringLiteral("--channel"), QStringLiteral("x"), QStringLiteral("--db"), db, good});
    INFO(first.out.toStdString() << first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("1 new, 0 already known, 1 rejected")));
    CHECK(first.out.contains(QStringLiteral("rejected 2: the item has no valid creation time")));

    const CliResult second = runCli({QStringLiteral("import"), QStringLiteral("--channel"), QStringLiteral("x"),
                                     QStringLiteral("--db"), db, good, bad});
    INFO(second.out.toStdString() << second.err.toStdString());
    CHECK(second.exitCode == 1);
    CHECK(second.out.contains(QStringLiteral("0 new, 1 already known")));
    CHECK(second.err.contains(bad + QStringLiteral(", line 2, column")));
    CHECK(second.err.contains(QStringLiteral("nothing from this file was stored")));

    const CliResult usage = runCli({QStringLiteral("import"), good});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("--channel")));
}

TEST_CASE("webcaredesk --version and --help work without a display", "[cli]")
{
    const CliResult version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(WEBCARE_VERSION)));
    const CliResult help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *option : {"--db", "--training", "--lang", "--version", "--demo"})
        CHECK(help.out.contains(QLatin1String(option)));
}

TEST_CASE("A store in a read-only folder gets a clear message from the command line", "[cli][baddb]")
{
    // Root may write anywhere, so the check runs as the unprivileged user "nobody" when the tests run as root.
    QStringList prefix;
    if (::geteuid() == 0) {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            WEBCARE_SKIP("running as root without setpriv: cannot drop privileges to test a read-only folder");
        prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                  QStringLiteral("--clear-groups")};
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(folder));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                      QFileDevice::ExeOther);
    const QString json = dir.filePath(QStringLiteral("x.json"));
    {
        QFile f(json);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"data":[]})");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    }
    // A copy of the program where "nobody" may run it (the build tree may sit below root's home).
    const QString program = dir.filePath(QStringLiteral("webcaredesk"));
    REQUIRE(QFile::copy(QStringLiteral(WEBCARE_APP_PATH), program));
    QFile::setPermissions(program, QFile::permissions(program) | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString db = folder + QStringLiteral("/webcaredesk.sqlite");
    const CliResult r = runCli(
        {QStringLiteral("import"), QStringLiteral("--channel"), QStringLiteral("x"), QStringLiteral("--db"), db, json},
        prefix, program);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(db));
    CHECK(r.err.contains(QStringLiteral("--db")));
    CHECK_FALSE(QFile::exists(db));
}
