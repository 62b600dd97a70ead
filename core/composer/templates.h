// SPDX-License-Identifier: MIT
#pragma once

#include "composer/tonecheck.h"
#include "util/expected.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace webcare::composer {

// A text module: a reply skeleton with placeholders {naam} (the customer), {agent} (the signature) and {bron} (an
// approved source link).
struct Template {
    QString id;
    QString title;
    QStringList keywords;
    QString text;
    QString language = QStringLiteral("nl");
};

struct FilledTemplate {
    QString text;
    QList<Finding> findings; // rule::placeholder for every placeholder left without a value, spans into `text`
};

// Puts the values ({"naam": "Anna", ...}) in place. A placeholder with no (or an empty) value stays visible in the
// text and is reported, so the agent sees what is still to do.
FilledTemplate fillTemplate(const QString &text, const QHash<QString, QString> &values);

// Reads a template library: {"templates": [{"id", "title", "keywords": [...], "text", "language"}]}.
Expected<QList<Template>, QString> parseTemplates(const QByteArray &json);
// The starter library compiled into the program (resources/templates/templates_nl.json).
QList<Template> starterTemplates();

// Templates for what the agent typed, best first: a title word starting with the letters, then a keyword starting
// with them, then the letters anywhere in the title, then in a keyword, then in the text. Case and accents do not
// matter ("schade" finds "Schäde"); several words must all match. Empty input: all, in library order.
QList<Template> searchTemplates(const QList<Template> &library, const QString &typed, int limit = 10);

} // namespace webcare::composer
