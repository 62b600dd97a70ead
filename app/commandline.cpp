// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "composer/spelling.h"
#include "composer/tonecheck.h"
#include "config/teamsetup.h"
#include "ingest/importer.h"
#include "reports/reporttables.h"
#include "reports/weeklyreport.h"
#include "store/agentrepository.h"
#include "store/casestore.h"
#include "store/privacyrepository.h"
#include "store/teamconfigrepository.h"
#include "store/teamsettingsrepository.h"
#include "triage/postline.h"
#include "triage/storedmodel.h"
#include "weeklyreport/reportpdf.h"
#include "workflow/workingtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <optional>

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
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};
struct TeamText {
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)
};
struct ConfigText {
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)
};
struct PrivacyText {
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommand)
};

// "x:@klant" → (x, "@klant").
std::optional<std::pair<domain::Channel, QString>> parseAuthor(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto channel = domain::channelFromKey(QStringView(text).left(colon));
    const QString handle = text.mid(colon + 1).trimmed();
    if (!channel || handle.isEmpty())
        return std::nullopt;
    return std::make_pair(*channel, handle);
}
} // namespace

namespace {
// Opens the case store a command names (an SQLite file or a postgresql:// address); the exit code on failure: 2 a
// bad address, 3 the store cannot be opened.
Expected<std::unique_ptr<store::CaseStore>, int> openStoreForCommand(const QString &path, QTextStream &err)
{
    auto location = store::StoreLocation::parse(path);
    if (!location) {
        err << location.error() << Qt::endl;
        return unexpected(2);
    }
    store::OpenOptions options;
    options.sla = workflow::officeHoursSla();
    auto opened = store::CaseStore::open(*location, options);
    if (!opened) {
        err << opened.error().message() << Qt::endl << Text::tr("Details: %1").arg(opened.error().detail) << Qt::endl;
        return unexpected(3);
    }
    return std::move(*opened);
}
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
    store::OpenOptions openOptions;
    openOptions.sla = workflow::officeHoursSla();
    auto opened = store::CaseStore::open(*location, openOptions);
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
    auto opened = openStoreForCommand(parser.isSet(dbOption) ? parser.value(dbOption) : paths.liveStore(), err);
    if (!opened)
        return opened.error();
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

int runCheck(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckText::tr(
        "Reads a reply draft on standard input and prints the tone-of-voice findings as JSON: rule, span (UTF-16 "
        "start and length), the text of the span, message and suggested fix. Exit code 0: no findings, 1: findings, "
        "2: usage."));
    parser.addHelpOption();
    const QCommandLineOption channelOption(
        QStringLiteral("channel"), CheckText::tr("The platform of the reply: x, mastodon, facebook or discourse."),
        CheckText::tr("channel"));
    const QCommandLineOption styleOption(QStringLiteral("style"),
                                         CheckText::tr("The team's form of address: je (informal) or u (formal)."),
                                         CheckText::tr("je|u"));
    const QCommandLineOption signatureOption(QStringLiteral("signature"),
                                             CheckText::tr("The agent's signature, for example ^JB."),
                                             CheckText::tr("signature"));
    const QCommandLineOption ownLineOption(QStringLiteral("signature-own-line"),
                                           CheckText::tr("The team signs on a line of its own."));
    const QCommandLineOption nameOption(QStringLiteral("name"), CheckText::tr("The customer's name, when known."),
                                        CheckText::tr("name"));
    const QCommandLineOption complaintOption(QStringLiteral("complaint"),
                                             CheckText::tr("The reply answers a complaint."));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          CheckText::tr("An approved knowledge-base link; repeat for more."),
                                          CheckText::tr("url"));
    const QCommandLineOption noSpellingOption(QStringLiteral("no-spelling"), CheckText::tr("Do not check spelling."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        CheckText::tr("Take the form of address, the signature convention and the approved sources from this case "
                      "store's team configuration (the options above override)."),
        CheckText::tr("path"));
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         CheckText::tr("With --db: the agent whose signature the reply must carry."),
                                         CheckText::tr("login"));
    for (const auto &o : {channelOption, styleOption, signatureOption, ownLineOption, nameOption, complaintOption,
                          sourceOption, noSpellingOption, dbOption, agentOption})
        parser.addOption(o);
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
        err << CheckText::tr("Give the platform with --channel x, mastodon, facebook or discourse.") << Qt::endl;
        return 2;
    }
    const auto style = composer::addressStyleFromKey(parser.value(styleOption));
    if (parser.isSet(styleOption) ? !style : !parser.isSet(dbOption)) {
        err << CheckText::tr("Give the team's form of address with --style je or --style u.") << Qt::endl;
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << CheckText::tr("check reads the draft on standard input and takes no file names.") << Qt::endl;
        return 2;
    }
    // The team's voice from its store: the options given on the command line take precedence.
    composer::CheckContext context;
    if (parser.isSet(dbOption)) {
        auto opened = openStoreForCommand(parser.value(dbOption), err);
        if (!opened)
            return opened.error();
        auto team = (*opened)->config().load();
        if (!team) {
            err << team.error().message() << Qt::endl;
            return 3;
        }
        config::applyTeamVoice(context, *team, parser.value(agentOption));
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << CheckText::tr("Cannot read standard input.") << Qt::endl;
        return 2;
    }
    QString draft = QString::fromUtf8(in.readAll());
    if (draft.endsWith(u'\n')) // the newline that echo and editors add is not part of the reply
        draft.chop(draft.endsWith(QLatin1String("\r\n")) ? 2 : 1);

    context.channel = *channel;
    if (style)
        context.style = *style;
    if (parser.isSet(signatureOption))
        context.signature = parser.value(signatureOption);
    if (parser.isSet(ownLineOption))
        context.signatureConvention = composer::SignatureConvention::OwnLine;
    context.customerName = parser.value(nameOption);
    context.complaint = parser.isSet(complaintOption);
    if (parser.isSet(sourceOption))
        context.approvedSources = parser.values(sourceOption);
    std::unique_ptr<composer::Speller> speller;
    if (!parser.isSet(noSpellingOption)) {
        speller = std::make_unique<composer::Speller>();
        if (!speller->hasLanguage(QStringLiteral("nl_NL")))
            err << CheckText::tr("Spelling not checked in Dutch: the Hunspell dictionary nl_NL is not installed.")
                << Qt::endl;
        if (!speller->languages().isEmpty())
            context.speller = speller.get();
    }

    const QList<composer::Finding> findings = composer::check(draft, context);
    QJsonArray list;
    for (const composer::Finding &f : findings) {
        QJsonObject o{
            {QStringLiteral("rule"), f.rule},
            {QStringLiteral("start"), qint64(f.start)},
            {QStringLiteral("length"), qint64(f.length)},
            {QStringLiteral("text"), draft.mid(f.start, f.length)},
            {QStringLiteral("message"), f.message},
        };
        if (f.fix) {
            o.insert(QStringLiteral("fix"),
                     QJsonObject{{f.fix->kind == composer::Fix::Kind::Append ? QStringLiteral("append")
                                                                             : QStringLiteral("replace"),
                                  f.fix->text}});
        }
        if (!f.alternatives.isEmpty())
            o.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(f.alternatives));
        list.append(o);
    }
    out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return findings.isEmpty() ? 0 : 1;
}

int runTeam(const QStringList &arguments, const Paths &paths)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TeamText::tr("Sets an agent's role and four-eyes approval, and the team's approval rule."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      TeamText::tr("The case store: an SQLite file or a postgresql:// address."),
                                      TeamText::tr("path"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), TeamText::tr("The agent's login."),
                                         TeamText::tr("login"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        TeamText::tr("agent, or supervisor (approves other agents' replies)."),
                                        TeamText::tr("role"));
    const QCommandLineOption approvalOption(QStringLiteral("needs-approval"),
                                            TeamText::tr("yes: every reply of this agent waits for a supervisor."),
                                            TeamText::tr("yes|no"));
    const QCommandLineOption findingsOption(
        QStringLiteral("findings-need-approval"),
        TeamText::tr("yes: replies sent with open tone-of-voice findings wait for a supervisor (the whole team)."),
        TeamText::tr("yes|no"));
    for (const QCommandLineOption &o : {dbOption, agentOption, roleOption, approvalOption, findingsOption})
        parser.addOption(o);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    // 1 yes, 0 no, -1 neither.
    const auto yesNo = [](const QString &v) {
        if (v == QLatin1String("yes") || v == QLatin1String("on") || v == QLatin1String("1"))
            return 1;
        if (v == QLatin1String("no") || v == QLatin1String("off") || v == QLatin1String("0"))
            return 0;
        return -1;
    };
    const QString role = parser.value(roleOption);
    if (parser.isSet(roleOption) && role != QLatin1String("agent") && role != QLatin1String("supervisor")) {
        err << TeamText::tr("Give --role agent or --role supervisor.") << Qt::endl;
        return 2;
    }
    const bool setNeeds = parser.isSet(approvalOption);
    const int needs = setNeeds ? yesNo(parser.value(approvalOption)) : 0;
    const bool setFindings = parser.isSet(findingsOption);
    const int findings = setFindings ? yesNo(parser.value(findingsOption)) : 0;
    if (needs < 0 || findings < 0) {
        err << TeamText::tr("Answer yes or no.") << Qt::endl;
        return 2;
    }
    const QString login = parser.value(agentOption);
    if (login.isEmpty() && !setFindings) {
        err << TeamText::tr("Name the agent with --agent, or set --findings-need-approval.") << Qt::endl;
        return 2;
    }
    auto opened = openStoreForCommand(parser.isSet(dbOption) ? parser.value(dbOption) : paths.liveStore(), err);
    if (!opened)
        return opened.error();
    store::CaseStore &s = **opened;
    const QString actor = qEnvironmentVariable("USER", QStringLiteral("admin"));
    if (setFindings) {
        if (auto r = s.settings().setTeamSetting(QLatin1String(store::findingsNeedApprovalSetting),
                                                 findings ? QStringLiteral("1") : QStringLiteral("0"), actor);
            !r) {
            err << r.error().message() << Qt::endl;
            return 3;
        }
    }
    if (!login.isEmpty()) {
        auto current = s.agents().agent(login);
        if (!current) {
            err << current.error().message() << Qt::endl;
            return 3;
        }
        const bool supervisor = parser.isSet(roleOption) ? role == QLatin1String("supervisor")
                                                         : current->has_value() && (*current)->supervisor;
        const bool needsApproval = setNeeds ? needs == 1 : current->has_value() && (*current)->needsApproval;
        if (auto r = s.agents().setAgentRole(login, supervisor, needsApproval, actor); !r) {
            err << r.error().message() << Qt::endl;
            return 3;
        }
        out << TeamText::tr("%1: %2, %3")
                   .arg(login, supervisor ? TeamText::tr("supervisor") : TeamText::tr("agent"),
                        needsApproval ? TeamText::tr("replies need approval") : TeamText::tr("replies go straight out"))
            << Qt::endl;
    }
    if (setFindings)
        out << (findings ? TeamText::tr("Replies with open findings need approval.")
                         : TeamText::tr("Replies with open findings go straight out."))
            << Qt::endl;
    return 0;
}

int runReport(const QStringList &arguments, const Paths &paths)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportText::tr(
        "Writes the supervisors' weekly report of an ISO week as PDF, CSV (one file per table) or HTML. The report "
        "holds no customer personal data; agent names only with --with-agent-names."));
    parser.addHelpOption();
    const QCommandLineOption weekOption(QStringLiteral("week"), ReportText::tr("The ISO week, e.g. 2026-W47."),
                                        ReportText::tr("week"));
    const QCommandLineOption formatOption(QStringLiteral("format"), ReportText::tr("pdf, csv or html."),
                                          ReportText::tr("format"), QStringLiteral("pdf"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       ReportText::tr("The file to write (pdf, html) or the folder for the CSV files."),
                                       ReportText::tr("path"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      ReportText::tr("The case store: an SQLite file or a postgresql:// address."),
                                      ReportText::tr("path"));
    const QCommandLineOption namesOption(QStringLiteral("with-agent-names"),
                                         ReportText::tr("Add the figures per agent, with their names."));
    const QCommandLineOption separatorOption(QStringLiteral("csv-separator"),
                                             ReportText::tr("The CSV field separator: one character, e.g. ';'."),
                                             ReportText::tr("character"), QStringLiteral(","));
    const QCommandLineOption decimalOption(QStringLiteral("decimal-comma"),
                                           ReportText::tr("Write decimals with a comma in CSV (1,5)."));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       ReportText::tr("Start CSV files with a UTF-8 byte order mark (for Excel)."));
    for (const auto *o : {&weekOption, &formatOption, &outOption, &dbOption, &namesOption, &separatorOption,
                          &decimalOption, &bomOption})
        parser.addOption(*o);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const auto week = reports::IsoWeek::parse(parser.value(weekOption));
    if (!week) {
        err << ReportText::tr("Give the week as --week YYYY-Www with a week that exists, e.g. 2026-W47.") << Qt::endl;
        return 2;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("csv") && format != QLatin1String("html")) {
        err << ReportText::tr("Give the format with --format pdf, csv or html.") << Qt::endl;
        return 2;
    }
    const QString target = parser.value(outOption);
    if (target.isEmpty()) {
        err << ReportText::tr("Name the file (or, for CSV, the folder) to write with --out.") << Qt::endl;
        return 2;
    }
    QString separator = parser.value(separatorOption);
    if (separator == QLatin1String("\\t") || separator == QLatin1String("tab"))
        separator = QStringLiteral("\t");
    if (separator.size() != 1 || separator == QLatin1String("\"") || separator.at(0).isLetterOrNumber()) {
        err << ReportText::tr("The CSV separator must be one character other than a quote, letter or digit.")
            << Qt::endl;
        return 2;
    }
    auto location = store::StoreLocation::parse(parser.isSet(dbOption) ? parser.value(dbOption) : paths.liveStore());
    if (!location) {
        err << location.error() << Qt::endl;
        return 2;
    }
    // Opening an SQLite path creates the file: a report of a store that is not there is an error, not empty.
    if (location->backend == store::Backend::Sqlite && !QFileInfo::exists(location->sqlitePath)) {
        err << ReportText::tr("There is no case store at %1.").arg(location->sqlitePath) << Qt::endl;
        return 3;
    }
    store::OpenOptions openOptions;
    openOptions.sla = workflow::officeHoursSla();
    auto opened = store::CaseStore::open(*location, openOptions);
    if (!opened) {
        err << opened.error().message() << Qt::endl
            << ReportText::tr("Details: %1").arg(opened.error().detail) << Qt::endl;
        return 3;
    }
    reports::ReportOptions options;
    options.withAgentNames = parser.isSet(namesOption);
    auto report = reports::buildWeeklyReport(**opened, *week, options);
    if (!report) {
        err << report.error().message() << Qt::endl
            << ReportText::tr("Details: %1").arg(report.error().store.detail) << Qt::endl;
        return 3;
    }
    QStringList written;
    if (format == QLatin1String("csv")) {
        reports::CsvOptions csv;
        csv.separator = separator.at(0);
        csv.decimalComma = parser.isSet(decimalOption);
        csv.byteOrderMark = parser.isSet(bomOption);
        auto files = reports::writeCsv(*report, target, csv);
        if (!files) {
            err << files.error() << Qt::endl;
            return 1;
        }
        written = *files;
    } else if (format == QLatin1String("html")) {
        if (auto r = reports::writeHtml(*report, target); !r) {
            err << r.error() << Qt::endl;
            return 1;
        }
        written << target;
    } else {
        if (auto r = ui::writeReportPdf(*report, target); !r) {
            err << r.error() << Qt::endl;
            return 1;
        }
        written << target;
    }
    for (const QString &file : std::as_const(written))
        out << file << Qt::endl;
    return 0;
}

int runPrivacy(const QStringList &arguments, const Paths &paths)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        PrivacyText::tr("Privacy requests and the retention period (AVG/GDPR). Every action is recorded in the "
                        "audit trail."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      PrivacyText::tr("The case store: an SQLite file or a postgresql:// address."),
                                      PrivacyText::tr("path"));
    const QCommandLineOption eraseOption(
        QStringLiteral("erase-author"),
        PrivacyText::tr("Anonymise everything one author wrote, and their name and handle (e.g. x:@klant)."),
        PrivacyText::tr("channel:handle"));
    const QCommandLineOption exportOption(
        QStringLiteral("export-author"),
        PrivacyText::tr("Print everything one author wrote as JSON (e.g. mastodon:klant@example.social)."),
        PrivacyText::tr("channel:handle"));
    const QCommandLineOption retentionOption(
        QStringLiteral("apply-retention"),
        PrivacyText::tr("Anonymise resolved cases without any activity for this many days."), PrivacyText::tr("days"));
    const QCommandLineOption actorOption(QStringLiteral("actor"),
                                         PrivacyText::tr("Who asks, for the audit trail (default: the login name)."),
                                         PrivacyText::tr("name"));
    for (const QCommandLineOption &o : {dbOption, eraseOption, exportOption, retentionOption, actorOption})
        parser.addOption(o);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const int actions =
        int(parser.isSet(eraseOption)) + int(parser.isSet(exportOption)) + int(parser.isSet(retentionOption));
    if (actions != 1) {
        err << PrivacyText::tr("Give exactly one of --erase-author, --export-author or --apply-retention.") << Qt::endl;
        return 2;
    }
    std::optional<std::pair<domain::Channel, QString>> author;
    int days = 0;
    if (parser.isSet(retentionOption)) {
        bool ok = false;
        days = parser.value(retentionOption).toInt(&ok);
        if (!ok || days < 1) {
            err << PrivacyText::tr("The retention period is a whole number of days, at least 1.") << Qt::endl;
            return 2;
        }
    } else {
        author = parseAuthor(parser.value(parser.isSet(eraseOption) ? eraseOption : exportOption));
        if (!author) {
            err << PrivacyText::tr("Name the author as channel:handle, e.g. x:@klant (channels: x, mastodon, "
                                   "facebook, discourse).")
                << Qt::endl;
            return 2;
        }
    }
    QString actor = parser.value(actorOption);
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER", QStringLiteral("webcaredesk"));
    auto location = store::StoreLocation::parse(parser.isSet(dbOption) ? parser.value(dbOption) : paths.liveStore());
    if (!location) {
        err << location.error() << Qt::endl;
        return 2;
    }
    store::OpenOptions openOptions;
    openOptions.sla = workflow::officeHoursSla();
    auto opened = store::CaseStore::open(*location, openOptions);
    if (!opened) {
        err << opened.error().message() << Qt::endl
            << PrivacyText::tr("Details: %1").arg(opened.error().detail) << Qt::endl;
        return 3;
    }
    store::CaseStore &caseStore = **opened;
    auto failed = [&](const store::StoreError &e) {
        err << e.message() << Qt::endl << PrivacyText::tr("Details: %1").arg(e.detail) << Qt::endl;
        return e.kind == store::StoreError::Kind::NotFound ? 1 : 3;
    };
    if (days > 0) {
        auto r = caseStore.privacy().applyRetention(days, actor);
        if (!r)
            return failed(r.error());
        out << PrivacyText::tr("%1 cases anonymised (%2 posts, %3 authors).")
                   .arg(r->cases)
                   .arg(r->posts)
                   .arg(r->authors)
            << Qt::endl;
        return 0;
    }
    if (parser.isSet(exportOption)) {
        auto json = caseStore.privacy().exportAuthor(author->first, author->second, actor);
        if (!json)
            return failed(json.error());
        out << QString::fromUtf8(*json);
        return 0;
    }
    auto r = caseStore.privacy().eraseAuthor(author->first, author->second, actor);
    if (!r)
        return failed(r.error());
    out << PrivacyText::tr("Author erased: %1 posts in %2 cases anonymised.").arg(r->posts).arg(r->cases) << Qt::endl;
    return 0;
}

int runConfig(const QStringList &arguments, const Paths &paths)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(ConfigText::tr(
        "config export writes the team configuration (tone, agents, own accounts, triage words, knowledge base, "
        "templates) as JSON; config import FILE validates a configuration and applies it in one transaction "
        "(docs/configuration.md)."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      ConfigText::tr("The case store: an SQLite file or a postgresql:// address."),
                                      ConfigText::tr("path"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       ConfigText::tr("export: write to this file instead of standard output."),
                                       ConfigText::tr("file"));
    const QCommandLineOption actorOption(QStringLiteral("actor"),
                                         ConfigText::tr("import: who made the change, for the audit trail."),
                                         ConfigText::tr("name"));
    for (const QCommandLineOption &o : {dbOption, outOption, actorOption})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("export|import"), ConfigText::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ConfigText::tr("import: the configuration (JSON)."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (!(action == QLatin1String("export") && args.size() == 1) &&
        !(action == QLatin1String("import") && args.size() == 2)) {
        err << ConfigText::tr("Use config export [--out FILE] or config import FILE.") << Qt::endl;
        return 2;
    }
    QByteArray json;
    if (action == QLatin1String("import")) {
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err << ConfigText::tr("Cannot read %1: %2").arg(args.at(1), file.errorString()) << Qt::endl;
            return 2;
        }
        json = file.readAll();
    }
    auto opened = openStoreForCommand(parser.isSet(dbOption) ? parser.value(dbOption) : paths.liveStore(), err);
    if (!opened)
        return opened.error();
    store::CaseStore &store = **opened;
    if (action == QLatin1String("export")) {
        auto exported = config::exportConfiguration(store);
        if (!exported) {
            err << exported.error().message() << Qt::endl;
            return 3;
        }
        const QByteArray text = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
        if (!parser.isSet(outOption)) {
            out << QString::fromUtf8(text);
            return 0;
        }
        QSaveFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            err << ConfigText::tr("Cannot write %1: %2").arg(parser.value(outOption), file.errorString()) << Qt::endl;
            return 1;
        }
        return 0;
    }
    const QString actor = parser.isSet(actorOption) ? parser.value(actorOption) : qEnvironmentVariable("USER");
    auto applied = config::importConfiguration(store, json, actor.isEmpty() ? QStringLiteral("config") : actor);
    if (!applied) {
        err << ConfigText::tr("Nothing was changed:") << Qt::endl;
        for (const QString &problem : applied.error())
            err << "  " << problem << Qt::endl;
        return 1;
    }
    out << ConfigText::tr("%n section(s) of the team configuration changed.", nullptr, *applied) << Qt::endl;
    return 0;
}

} // namespace webcare::app
