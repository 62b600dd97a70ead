// SPDX-License-Identifier: MIT
#pragma once

#include "composer/tonecheck.h"
#include "domain/teamconfig.h"
#include "util/expected.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace webcare::composer {

// A text module (domain::TextTemplate): a reply skeleton with placeholders {naam} (the customer), {agent} (the
// signature) and {bron} (an approved source link).
using Template = domain::TextTemplate;

struct FilledTemplate {
    QString text;
    QList<Finding> findings; // rule::placeholder for every placeholder left without a value, spans into `text`
};

// Puts the values ({"naam": "Anna", ...}) in place. A placeholder with no (or an empty) value stays visible in the
// text and is reported, so the agent sees what is still to do.
FilledTemplate fillTemplate(const QString &text, const QHash<QString, QString> &values);

// Reads a template library: {"templates": [{"id", "title", "keywords": [...], "text", "language", "channel"}]}.
Expected<QList<Template>, QString> parseTemplates(const QByteArray &json);
// The starter library compiled into the program (resources/templates/templates_nl.json): it seeds a new store; the
// team's own library is in its configuration.
QList<Template> starterTemplates();

// Templates for what the agent typed, best first: a title word starting with the letters, then a keyword starting
// with them, then the letters anywhere in the title, then in a keyword, then in the text. Case and accents do not
// matter ("schade" finds "Schäde"); several words must all match. Empty input: all, in library order.
QList<Template> searchTemplates(const QList<Template> &library, const QString &typed, int limit = 10);
// The knowledge-base address for {bron} in `t`: the first source sharing a keyword (or a title word) with the
// template, else the first source; empty when the team has none.
QString sourceFor(const QList<domain::KnowledgeSource> &sources, const Template &t);
// The templates for a reply on `channel` (those without a channel and those for it).
QList<Template> templatesFor(const QList<Template> &library, domain::Channel channel);

} // namespace webcare::composer
