// SPDX-License-Identifier: MIT
#pragma once

#include "composer/textentities.h"
#include "domain/channel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace webcare::composer {

// A reply too long for one post becomes a thread of numbered parts.
//
// Numbering: every part ends with " (k/n)", e.g. "Wat vervelend … (1/3)". A text that fits stays one part, as
// written and without numbering. Each part, numbering included, fits maxLength() as weightedLength() counts it.
//
// Parts end between words; the white space there is dropped, white space inside a part is kept. No-break spaces
// (U+00A0, U+2007, U+202F) do not separate words. A word, URL or @mention is only cut when it alone is longer
// than a whole part, and then at a grapheme cluster boundary, outside any URL or mention if it can be.
struct ThreadPart {
    QString text;     // what is posted, numbering included
    TextRange source; // the piece of the original text it holds
};
QList<ThreadPart> splitThreadParts(domain::Channel channel, const QString &text);

// The posted texts of splitThreadParts(); empty for a text of only white space.
QStringList splitIntoThread(domain::Channel channel, const QString &text);

// " (k/n)"
QString threadNumbering(qsizetype part, qsizetype count);

} // namespace webcare::composer
