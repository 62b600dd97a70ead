// SPDX-License-Identifier: MIT
#pragma once

#include "labels.h"
#include "rules.h"
#include "util/expected.h"

#include <QByteArray>
#include <optional>

namespace webcare::triage {

// One line of `webcaredesk triage` input (JSON lines, documented in the README):
//   {"id": "…", "channel": "x", "author": "handle", "author_name": "…", "text": "…"}
// or a platform payload item exactly as the API returns it:
//   {"id": "…", "channel": "mastodon", "item": {…a Mastodon status or notification…}}
// "id" is optional and echoed in the output. Labelled sets add "decision" and "category" (their keys).
struct InputLine {
    QString id;
    PostInput post;
    std::optional<Decision> decision;
    std::optional<Category> category;
};

// A translated message when the line cannot be used.
Expected<InputLine, QString> parseInputLine(const QByteArray &line);

} // namespace webcare::triage
