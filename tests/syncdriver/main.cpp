// SPDX-License-Identifier: MIT
// syncdriver: runs the product's sync engine for one account of a store in a process of its own, so that a test can
// kill it with SIGKILL at a chosen moment and start it again (tests/core/test_crash.cpp). It prints one line per
// event on standard output, flushed at once, so the test can follow it:
//   ready <account id>              the engine runs
//   stored <cases in batch>         a batch of posts was committed
//   poll ok | poll failed <error>   a poll ended
//   reply <id> <state> <error>      an outgoing reply reached a state
//   idle                            the outbox has nothing more to do
//   done                            the goal of --until was reached (exit 0)
#include "store/accountrepository.h"
#include "store/casestore.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace webcare;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs the sync engine for one account (a test driver)."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("SQLite file or postgresql:// URL."),
                                         QStringLiteral("location"));
    const QCommandLineOption accountOption(QStringLiteral("account"), QStringLiteral("Account id in the store."),
                                           QStringLiteral("id"));
    const QCommandLineOption untilOption(
        QStringLiteral("until"),
        QStringLiteral("poll: exit when the first poll succeeded; idle: when the outbox is idle after that; "
                       "never: run until killed."),
        QStringLiteral("goal"), QStringLiteral("poll"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("Access token."),
                                         QStringLiteral("token"), QStringLiteral("test-token"));
    const QCommandLineOption timeoutOption(QStringLiteral("request-timeout-ms"), QStringLiteral("Per-request timeout."),
                                           QStringLiteral("ms"), QStringLiteral("30000"));
    parser.addOptions({storeOption, accountOption, untilOption, tokenOption, timeoutOption});
    parser.process(app);

    const QString until = parser.value(untilOption);
    if (until != QLatin1String("poll") && until != QLatin1String("idle") && until != QLatin1String("never")) {
        say(QStringLiteral("error --until must be poll, idle or never"));
        return 2;
    }
    const auto location = store::StoreLocation::parse(parser.value(storeOption));
    if (!location) {
        say(QStringLiteral("error ") + location.error());
        return 2;
    }
    domain::Account account;
    {
        // Only to read the account; the engine opens its own connection on its worker thread.
        auto opened = store::CaseStore::open(*location);
        if (!opened) {
            say(QStringLiteral("error ") + opened.error().message() + QLatin1Char(' ') + opened.error().detail);
            return 2;
        }
        auto accounts = (*opened)->accounts().all();
        const qint64 id = parser.value(accountOption).toLongLong();
        for (const domain::Account &a : accounts ? *accounts : QList<domain::Account>()) {
            if (a.id == id)
                account = a;
        }
        if (account.id == 0) {
            say(QStringLiteral("error no account %1 in the store").arg(id));
            return 2;
        }
    }

    sync::AccountSync::Options options;
    options.requestTimeoutMs = parser.value(timeoutOption).toInt();
    options.minBackoffSeconds = 1;
    sync::SyncEngine engine(*location, options);
    bool polled = false;
    QObject::connect(&engine, &sync::SyncEngine::postsStored, &app,
                     [](qint64, const QList<qint64> &cases) { say(QStringLiteral("stored %1").arg(cases.size())); });
    QObject::connect(&engine, &sync::SyncEngine::pollFinished, &app, [&](qint64, bool ok) {
        say(ok ? QStringLiteral("poll ok") : QStringLiteral("poll failed"));
        if (!ok || polled)
            return;
        polled = true;
        if (until == QLatin1String("poll")) {
            say(QStringLiteral("done"));
            QCoreApplication::exit(0);
        }
    });
    QObject::connect(&engine, &sync::SyncEngine::healthChanged, &app, [](qint64, const store::AccountHealth &health) {
        if (!health.lastError.isEmpty())
            say(QStringLiteral("error ") + health.lastError);
    });
    QObject::connect(&engine, &sync::SyncEngine::replyStateChanged, &app,
                     [](qint64, qint64 replyId, domain::ReplyState state, const QString &error) {
                         say(QStringLiteral("reply %1 %2 %3").arg(replyId).arg(domain::replyStateKey(state), error));
                     });
    // The engine sends after each poll; the first idle outbox after a successful poll is the goal of "idle".
    QObject::connect(&engine, &sync::SyncEngine::outboxIdle, &app, [&](qint64) {
        say(QStringLiteral("idle"));
        if (polled && until == QLatin1String("idle")) {
            say(QStringLiteral("done"));
            QCoreApplication::exit(0);
        }
    });
    engine.startAccount(account,
                        {parser.value(tokenOption), QStringLiteral("test-key"), QStringLiteral("Duinzicht_Team")});
    say(QStringLiteral("ready %1").arg(account.id));
    return QCoreApplication::exec();
}
