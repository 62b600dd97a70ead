// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace webcare::app {

// Where the files of this user live (documented in the README).
struct Paths {
    QString dataDir; // the SQLite store and the training store
    QString logFile;
    QString liveStore() const;
    QString trainingStore() const;
    static Paths standard();
};

// `webcaredesk import --channel x|mastodon|facebook|discourse FILE...`: loads platform JSON through the same import
// path as the demo feed and the connectors. Returns the process exit code (documented in the README).
int runImport(const QStringList &arguments, const Paths &paths);

// `webcaredesk triage [--db PATH]`: reads posts as JSON lines on standard input and prints one JSON line per post
// with the suggested decision, category, confidence and reason, from the store's rules and model. Exit codes as
// for import: 0 all lines triaged, 1 some lines rejected (named on stderr), 2 usage, 3 store unavailable.
int runTriage(const QStringList &arguments, const Paths &paths);

// `webcaredesk check --channel x --style je [--signature ^JB] [--name Anna] [--complaint] [--source URL]...
// [--db PATH [--agent LOGIN]]`: reads a
// reply draft (UTF-8) on standard input and prints the tone-of-voice findings as a JSON array. Exit codes: 0 no
// findings, 1 findings, 2 usage.
int runCheck(const QStringList &arguments);

// `webcaredesk team [--db PATH] --agent LOGIN [--role agent|supervisor] [--needs-approval yes|no]
// [--findings-need-approval yes|no]`: sets an agent's role and four-eyes flag and the team's approval rule, then
// prints the agent's settings. Exit codes: 0 done, 2 usage, 3 store unavailable or refused.
int runTeam(const QStringList &arguments, const Paths &paths);
// `webcaredesk report --week 2026-W47 --format pdf|csv|html --out FILE_OR_DIR [--db PATH] [--with-agent-names]
// [--csv-separator ';'] [--decimal-comma] [--bom]`: the supervisors' weekly report (docs/reports.md). Needs a
// QApplication for the PDF's charts (main() makes one on the offscreen platform when there is no display).
// Exit codes: 0 written, 1 the output could not be written, 2 usage (bad week, format, separator, missing --out),
// 3 store missing or unavailable (or a query failed).
int runReport(const QStringList &arguments, const Paths &paths);
// `webcaredesk privacy [--db PATH] --erase-author CHANNEL:HANDLE | --export-author CHANNEL:HANDLE |
// --apply-retention DAYS [--actor NAME]`: privacy requests and the retention period, recorded in the audit trail.
// Exit codes: 0 done, 1 author not found, 2 usage, 3 store unavailable.
int runPrivacy(const QStringList &arguments, const Paths &paths);
// `webcaredesk config export [--db PATH] [--out FILE]` and `webcaredesk config import [--db PATH] FILE`: the team
// configuration as JSON (docs/configuration.md). Exit codes: 0 done, 1 the file was refused (each problem with its
// JSON path on stderr; nothing applied) or the output could not be written, 2 usage, 3 store unavailable.
int runConfig(const QStringList &arguments, const Paths &paths);

} // namespace webcare::app
