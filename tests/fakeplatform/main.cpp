// SPDX-License-Identifier: MIT
// fakeplatform: a fake X / Mastodon / Facebook Graph / Discourse server on 127.0.0.1 for tests, benchmarks and demos.
// The first line on standard output, "listening on 127.0.0.1:PORT", says it is ready; see README.md beside this file.
#include "fakeserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using webcare::fake::FakeServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fakeplatform"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake X, Mastodon, Facebook Graph and Discourse server on 127.0.0.1, for tests, benchmarks "
                       "and demos. Prints \"listening on 127.0.0.1:PORT\" once ready."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption mentions(QStringLiteral("mentions"),
                                      QStringLiteral("Generate N synthetic X mentions and N/4 Mastodon notifications."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption demoFeed(QStringLiteral("demo-feed"),
                                      QStringLiteral("Load the four demo files of DIR (resources/demo) as content."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic content."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Request budget per window for a channel, e.g. x=450 (per 15 min), mastodon=300 (per 5 min), "
                       "facebook=4800 (per hour), discourse=60 (per minute). May be repeated."),
        QStringLiteral("CHANNEL=N"));
    parser.addOptions({port, mentions, demoFeed, seed, rateLimit});
    parser.process(app);

    bool portOk = false;
    bool mentionsOk = false;
    bool seedOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    const int mentionCount = parser.value(mentions).toInt(&mentionsOk);
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!portOk || portNumber > 65535 || !mentionsOk || mentionCount < 0 || !seedOk) {
        std::fprintf(stderr, "fakeplatform: --port, --mentions and --seed take non-negative numbers\n");
        return 2;
    }

    FakeServer server;
    if (parser.isSet(demoFeed)) {
        QString error;
        if (!server.loadDemoFeed(parser.value(demoFeed), &error)) {
            std::fprintf(stderr, "fakeplatform: %s\n", qUtf8Printable(error));
            return 2;
        }
    }
    server.generate(mentionCount, seedValue);
    QJsonObject limits;
    for (const QString &value : parser.values(rateLimit)) {
        const QString channel = value.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const int limit = value.section(QLatin1Char('='), 1).toInt(&ok);
        static const QStringList channels{QStringLiteral("x"), QStringLiteral("mastodon"), QStringLiteral("facebook"),
                                          QStringLiteral("discourse")};
        if (!ok || limit < 0 || !channels.contains(channel)) {
            std::fprintf(stderr, "fakeplatform: --rate-limit takes CHANNEL=N, not %s\n", qUtf8Printable(value));
            return 2;
        }
        limits.insert(channel + QStringLiteral("_rate_limit"), limit);
    }
    server.configure(limits);

    // Loopback only: this server accepts any token and must never be reachable from another machine.
    const quint16 actual = server.listen(QHostAddress(QHostAddress::LocalHost), quint16(portNumber));
    if (!actual) {
        std::fprintf(stderr, "fakeplatform: cannot listen on 127.0.0.1:%u\n", portNumber);
        return 1;
    }
    QObject::connect(&server, &FakeServer::quitRequested, &app, &QCoreApplication::quit);
    std::printf("listening on 127.0.0.1:%u\n", unsigned(actual));
    std::fflush(stdout); // a pipe is block-buffered: the reader waits for this line
    return app.exec();
}
