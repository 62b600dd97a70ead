// SPDX-License-Identifier: MIT
// Composition root: parses the command line, wires core and ui together, and starts the GUI or a headless command.
#include "commandline.h"
#include "desk.h"
#include "fakeplatformsession.h"

#include "team/teamdatabasedialog.h"
#include "util/workstationsettings.h"
#include "window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QMutex>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <cstdio>

using namespace webcare;

namespace {

QFile *g_log = nullptr;
QMutex g_logMutex;

// Log lines go to stderr and to the log file. Tokens and passwords are never passed to qDebug and friends.
void logMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    // The area (webcare.sync, webcare.outbox, …) when the line has one: QT_LOGGING_RULES filters by it.
    const QByteArray area = context.category && qstrcmp(context.category, "default") != 0
                                ? QByteArray(context.category) + ' '
                                : QByteArray();
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                            levels[std::min<int>(type, 4)] + ": " + area + message.toUtf8() + '\n';
    QMutexLocker lock(&g_logMutex);
    std::fputs(line.constData(), stderr);
    if (g_log) {
        g_log->write(line);
        g_log->flush();
    }
}

void startLog(const app::Paths &paths)
{
    QDir().mkpath(QFileInfo(paths.logFile).absolutePath());
    static QFile file(paths.logFile);
    if (file.open(QIODevice::Append | QIODevice::Text))
        g_log = &file;
    qInstallMessageHandler(logMessage);
}

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h" || a == "--help-all")
            return true;
    }
    return argc > 1 &&
           (QByteArray(argv[1]) == "import" || QByteArray(argv[1]) == "triage" || QByteArray(argv[1]) == "check" ||
            QByteArray(argv[1]) == "team" || QByteArray(argv[1]) == "privacy" || QByteArray(argv[1]) == "config");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("webcaredesk"));
    QCoreApplication::setApplicationName(QStringLiteral("webcaredesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEBCARE_VERSION));
}

struct GuiOptions {
    QString db;
    bool training = false;
    bool demo = false;
    QString language;
    QString screenshot;
};

void addGuiOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Webcare Desk: read, triage and answer what customers say on social media."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("main", "Open this case store: an SQLite file or a postgresql:// "
                                                          "address."),
                      QCoreApplication::translate("main", "path")});
    parser.addOption({QStringLiteral("training"),
                      QCoreApplication::translate("main", "Training mode: a separate store, nothing is ever sent.")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Open the demo store, filled with the bundled demo feed "
                                                          "on first use.")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: nl or en."),
                      QCoreApplication::translate("main", "language")});
    parser.addOption({QStringLiteral("fake-platform"),
                      QCoreApplication::translate("main", "Connect the demo accounts to the fake platform server at "
                                                          "this address (for trying out; see the README)."),
                      QCoreApplication::translate("main", "url")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("main", "Save a picture of the main window once the inbox is shown, "
                                                          "then quit (for documentation)."),
                      QCoreApplication::translate("main", "file")});
    parser.addPositionalArgument(
        QStringLiteral("import"),
        QCoreApplication::translate("main", "webcaredesk import --channel x|mastodon|facebook|discourse FILE...: "
                                            "load platform JSON into the store (see webcaredesk import --help)."));
    parser.addPositionalArgument(
        QStringLiteral("triage"),
        QCoreApplication::translate("main", "webcaredesk triage [--db PATH]: suggest a decision, category and reason "
                                            "for posts read as JSON lines on standard input (see webcaredesk triage "
                                            "--help)."));
    parser.addPositionalArgument(
        QStringLiteral("check"),
        QCoreApplication::translate("main", "webcaredesk check --channel x|mastodon|facebook|discourse --style je|u: "
                                            "print the tone-of-voice findings on a reply draft read from standard "
                                            "input as JSON (see webcaredesk check --help)."));
    parser.addPositionalArgument(
        QStringLiteral("team"),
        QCoreApplication::translate("main", "webcaredesk team --agent LOGIN --role agent|supervisor --needs-approval "
                                            "yes|no: four-eyes roles (see webcaredesk team --help)."));
    parser.addPositionalArgument(
        QStringLiteral("report"),
        QCoreApplication::translate("main", "webcaredesk report --week 2026-W47 --format pdf|csv|html --out PATH: "
                                            "the weekly report (see webcaredesk report --help)."));
    parser.addPositionalArgument(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "webcaredesk config export [--out FILE] | config import FILE: the team "
                                            "configuration as JSON (see webcaredesk config --help)."));
    parser.addPositionalArgument(
        QStringLiteral("privacy"),
        QCoreApplication::translate("main", "webcaredesk privacy --erase-author|--export-author CHANNEL:HANDLE or "
                                            "--apply-retention DAYS: privacy requests and the retention period (see "
                                            "webcaredesk privacy --help)."));
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    ui::Translations translations;
    translations.setLanguage(QLocale::system().name());
    const app::Paths paths = app::Paths::standard();
    QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("import")) {
        args.removeAt(1);
        return app::runImport(args, paths);
    }
    if (args.size() > 1 && args.at(1) == QLatin1String("triage")) {
        args.removeAt(1);
        return app::runTriage(args, paths);
    }
    if (args.size() > 1 && args.at(1) == QLatin1String("team")) {
        args.removeAt(1);
        return app::runTeam(args, paths);
    }
    if (args.size() > 1 && args.at(1) == QLatin1String("check")) {
        args.removeAt(1);
        return app::runCheck(args);
    }
    if (args.size() > 1 && args.at(1) == QLatin1String("privacy")) {
        args.removeAt(1);
        return app::runPrivacy(args, paths);
    }
    if (args.size() > 1 && args.at(1) == QLatin1String("config")) {
        args.removeAt(1);
        return app::runConfig(args, paths);
    }
    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.process(app); // prints --help or --version and exits
    return 0;
}

// `webcaredesk report`: headless, but the PDF's charts need a QApplication; without a display it runs on the
// offscreen platform, so scheduled jobs work on a server.
int runReportCommand(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setIdentity();
    ui::Translations translations;
    translations.setLanguage(QLocale::system().name());
    QStringList args = app.arguments();
    args.removeAt(1);
    return app::runReport(args, app::Paths::standard());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && QByteArray(argv[1]) == "report")
        return runReportCommand(argc, argv);
    if (isHeadless(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Webcare Desk"));
    QApplication::setDesktopFileName(QStringLiteral("webcaredesk"));
    // The installed theme icon when there is one (the package puts it in hicolor), else the built-in copy.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("webcaredesk"), QIcon(QStringLiteral(":/icons/webcaredesk.svg"))));

    ui::Translations translations;
    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.process(app);

    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                              : util::workstation::language(QLocale::system().name());
    translations.setLanguage(lang);

    const app::Paths paths = app::Paths::standard();
    startLog(paths);
    const bool training = parser.isSet(QStringLiteral("training"));
    const bool demo = parser.isSet(QStringLiteral("demo"));
    QString dbText = parser.value(QStringLiteral("db"));
    // Team → Team database …: a PostgreSQL server chosen in the settings, used when no --db is given (never for
    // training or the demo, which have stores of their own).
    const std::optional<store::StoreLocation> teamDatabase =
        accounts::TeamDatabaseSettings::load(QSettings()).location();
    if (dbText.isEmpty())
        dbText = training       ? paths.trainingStore()
                 : demo         ? paths.dataDir + QStringLiteral("/demo.sqlite")
                 : teamDatabase ? QString()
                                : paths.liveStore();
    auto location =
        dbText.isEmpty() ? Expected<store::StoreLocation, QString>(*teamDatabase) : store::StoreLocation::parse(dbText);
    if (!location) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Webcare Desk"), location.error());
        return 2;
    }
    // The live store's own path is refused outright in training; any other live store is refused when opened (the
    // training store is marked inside the database).
    if (training && location->backend == store::Backend::Sqlite &&
        QFileInfo(location->sqlitePath).absoluteFilePath() == QFileInfo(paths.liveStore()).absoluteFilePath()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Webcare Desk"),
                              QCoreApplication::translate("main", "Training never opens the live store %1. Start "
                                                                  "with --training alone to use the training store.")
                                  .arg(location->displayName()));
        return 2;
    }

    std::unique_ptr<accounts::SecretStore> secrets;
    const bool fakePlatform = parser.isSet(QStringLiteral("fake-platform"));
    if (fakePlatform)
        secrets = std::make_unique<accounts::MemorySecretStore>();
    else
        secrets = std::make_unique<accounts::KeychainSecretStore>(QStringLiteral("Webcare Desk"));
    // A team database's password comes from the keychain (never the settings file or the log) unless the URL
    // carries one; without either, libpq looks in ~/.pgpass. Read before anything opens a connection.
    if (location->backend == store::Backend::Postgres && location->password.isEmpty()) {
        bool fetched = false;
        QEventLoop waitForKeychain;
        accounts::fetchStorePassword(secrets.get(), *location, [&](store::StoreLocation withPassword, QString error) {
            if (!error.isEmpty())
                qWarning().noquote() << "team database password not read from the keychain:" << error;
            *location = std::move(withPassword);
            fetched = true;
            waitForKeychain.quit();
        });
        if (!fetched)
            waitForKeychain.exec();
    }
    app::DeskOptions options;
    options.training = training;
    options.loadAccountsOnOpen = !fakePlatform;
    options.translations = &translations;
    app::Desk desk(*location, std::move(secrets), options);
    ui::MainWindow &window = desk.window;
    window.setOfferSetup(!demo && !training);
    if (fakePlatform) {
        QObject::connect(&window, &ui::MainWindow::storeOpened, &window, [&] {
            app::connectFakePlatform(QUrl(parser.value(QStringLiteral("fake-platform"))), &desk.storeService,
                                     static_cast<accounts::MemorySecretStore *>(desk.secrets.get()), &window,
                                     [&](const QString &error) {
                                         if (!error.isEmpty())
                                             qWarning().noquote() << "fake platform:" << error;
                                         desk.accounts.load();
                                     });
        });
    }
    int exitCode = 0;
    QObject::connect(&window, &ui::MainWindow::storeFailed, &window, [&](const store::StoreError &error) {
        qWarning().noquote() << "store:" << error.location << error.detail;
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Webcare Desk"), error.message(),
                        QMessageBox::Close, &window);
        box.setDetailedText(error.detail);
        if (parser.isSet(QStringLiteral("screenshot")))
            QTimer::singleShot(0, &box, &QMessageBox::reject);
        box.exec();
        exitCode = 3;
        app.exit(exitCode);
    });
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QObject::connect(&window, &ui::MainWindow::inboxReady, &window, [&window, file] {
            // Give the case view a moment to show the selected conversation before the picture is taken.
            QTimer::singleShot(800, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                qInfo().noquote() << "screenshot" << file << (saved ? "saved" : "FAILED");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    // Switching mode restarts the app: the window never holds a live and a training store one after the other.
    QObject::connect(&window, &ui::MainWindow::trainingSwitchRequested, &window, [&app](bool toTraining) {
        QStringList args;
        const QStringList original = app.arguments().mid(1);
        for (qsizetype i = 0; i < original.size(); ++i) {
            const QString &a = original.at(i);
            if (a == QLatin1String("--training") || a == QLatin1String("--demo"))
                continue;
            if (a == QLatin1String("--db") || a == QLatin1String("--screenshot")) {
                ++i;
                continue;
            }
            if (a.startsWith(QLatin1String("--db=")) || a.startsWith(QLatin1String("--screenshot=")))
                continue;
            args << a;
        }
        if (toTraining)
            args << QStringLiteral("--training");
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
            QCoreApplication::quit();
        else
            qWarning().noquote() << "could not restart in the other mode";
    });
    window.show();
    window.setDemoAccounts(demo && !fakePlatform && !training);
    desk.open(demo);
    const int rc = app.exec();
    return exitCode ? exitCode : rc;
}
