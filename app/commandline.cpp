// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "ingest/importer.h"
#include "store/casestore.h"
#include "triage/postline.h"
#include "triage/storedmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

namespace webcare::app {

QString Paths::liveStore() const { return dataDir + QStringLiteral("/webcaredesk.sqlite"); }
QString Paths::trainingStore() const { return dataDir + QStringLiteral("/training.sqlite"); }

Paths Paths::standard()
{
    Paths p;
    // ~/.local/share/webcaredesk: the stores; logs/ below it. Settings: ~/.config/webcaredesk/webcaredesk.conf.
    p.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/webcaredesk");
    p.logFile = p.dataDir + QStringLiteral("/logs/webcaredesk.log");
    return p;
}

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};
struct TriageText {
    Q_DECLARE_TR_FUNCTIONS(TriageCommand)
};
} // namespace

int runImport(const QStringList &arguments, const Paths &paths)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Loads platform JSON (an API response or an export) into the case store."));
    parser.addHelpOption();
    const QCommandLineOption channelOption(
        QStringLiteral("channel"), Text::tr("The platform the files come from: x, mastodon, facebook or discourse."),
        Text::tr("channel"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), Text::tr("The case store: an SQLite file or a postgresql:// address."), Text::tr("path"));
    parser.addOption(channelOption);
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("files"), Text::tr("JSON files to import."), Text::tr("FILE..."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const auto channel = domain::channelFromKey(parser.value(channelOption));
    if (!channel) {
        err << Text::tr("Give the platform with --channel x, mastodon, facebook or discourse.") << Qt::endl;
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << Text::tr("Name at least one JSON file to import.") << Qt::endl;
        return 2;
    }
    auto location = store::StoreLocation::parse(parser.isSet(dbOption) ? parser.value(dbOption) : paths.liveStore());
    if (!location) {
        err << location.error() << Qt::endl;
        return 2;
    }
    auto opened = store::CaseStore::open(*location);
    if (!opened) {
        err << opened.error().message() << Qt::endl << Text::tr("Details: %1").arg(opened.error().detail) << Qt::endl;
        return 3;
    }
    store::CaseStore &caseStore = **opened;

    int exitCode = 0;
    int inserted = 0, known = 0, rejected = 0;
    for (const QString &file : files) {
        const ingest::ImportReport r = ingest::importFile(caseStore, *channel, file);
        if (r.parseError) {
            err << Text::tr("%1: not imported, nothing from this file was stored.").arg(file) << Qt::endl
                << "  " << r.parseError->text() << Qt::endl;
            exitCode = 1;
            continue;
        }
        if (r.storeError) {
            err << Text::tr("%1: not imported.").arg(file) << Qt::endl << "  " << r.storeError->message() << Qt::endl;
            return 3;
        }
        out << Text::tr("%1: %2 new, %3 already known, %4 rejected")
                   .arg(file)
                   .arg(r.inserted)
                   .arg(r.known)
                   .arg(r.rejected.size())
            << Qt::endl;
        for (const ingest::Rejection &why : r.rejected) {
            out << "  "
                << Text::tr("rejected %1: %2").arg(why.itemId.isEmpty() ? Text::tr("(no id)") : why.itemId, why.reason)
                << Qt::endl;
        }
        inserted += r.inserted;
        known += r.known;
        rejected += int(r.rejected.size());
    }
    if (files.size() > 1)
        out << Text::tr("Total: %1 new, %2 already known, %3 rejected").arg(inserted).arg(known).arg(rejected)
            << Qt::endl;
    return exitCode;
}

int runTriage(const QStringList &arguments, const Paths &paths)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(TriageText::tr(
        "Reads posts as JSON lines on standard input and prints, for each, the suggested decision, category, "
        "confidence and reason from the case store's rules and model. A line is {\"channel\": \"x\", \"author\": "
        "\"handle\", \"text\": \"...\"} or {\"channel\": \"x\", \"item\": {a platform payload item}}; \"id\" is "
        "optional and echoed."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      TriageText::tr("The case store: an SQLite file or a postgresql:// address."),
                                      TriageText::tr("path"));
    parser.addOption(dbOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << TriageText::tr("triage reads posts on standard input and takes no file names.") << Qt::endl;
        return 2;
    }
    auto location = store::StoreLocation::parse(parser.isSet(dbOption) ? parser.value(dbOption) : paths.liveStore());
    if (!location) {
        err << location.error() << Qt::endl;
        return 2;
    }
    auto opened = store::CaseStore::open(*location);
    if (!opened) {
        err << opened.error().message() << Qt::endl
            << TriageText::tr("Details: %1").arg(opened.error().detail) << Qt::endl;
        return 3;
    }
    auto triager = triage::loadTriager(**opened);
    if (!triager) {
        err << triager.error().message() << Qt::endl
            << TriageText::tr("Details: %1").arg(triager.error().detail) << Qt::endl;
        return 3;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << TriageText::tr("Cannot read standard input.") << Qt::endl;
        return 2;
    }
    int exitCode = 0;
    int number = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        auto parsed = triage::parseInputLine(line);
        if (!parsed) {
            err << TriageText::tr("line %1: %2").arg(number).arg(parsed.error()) << Qt::endl;
            exitCode = 1;
            continue;
        }
        const triage::Suggestion s = triager->suggest(parsed->post);
        QJsonObject o{
            {QStringLiteral("line"), number},
            {QStringLiteral("decision"), triage::decisionKey(s.decision)},
            {QStringLiteral("category"), triage::categoryKey(s.category)},
            {QStringLiteral("confidence"), qRound(s.confidence * 100) / 100.0},
            {QStringLiteral("source"), triage::sourceKey(s.source)},
            {QStringLiteral("reason"), s.reason},
        };
        if (!parsed->id.isEmpty())
            o.insert(QStringLiteral("id"), parsed->id);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    }
    return exitCode;
}

} // namespace webcare::app
