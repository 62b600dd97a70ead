// SPDX-License-Identifier: MIT
#pragma once

#include "domain/teamconfig.h"
#include "util/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace webcare::config {

// A team configuration read from its JSON (docs/configuration.md), with the sections the file named: only those
// are applied.
struct ParsedConfiguration {
    domain::TeamConfiguration config;
    QStringList sections;
};

// Reads and validates a team configuration. Every problem is reported with its JSON path
// ("$.templates[2].id: the id \"dm\" is used twice"); one problem rejects the whole file.
Expected<ParsedConfiguration, QStringList> parseConfiguration(const QByteArray &json);
// The whole configuration as JSON, every section; parseConfiguration() reads it back unchanged.
QJsonObject toJson(const domain::TeamConfiguration &config);

} // namespace webcare::config
