// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringView>

namespace webcare::composer {

// One code point of UTF-16 text; a lone surrogate stands for itself.
struct CodePoint {
    char32_t value = 0;
    qsizetype size = 0; // UTF-16 code units: 1 or 2
};
CodePoint codePointAt(QStringView text, qsizetype index);

// Extended grapheme clusters by UAX #29 for Unicode 15.0. We do not use QTextBoundaryFinder here: in Qt 6.4.2 its
// tailoring for Indic scripts breaks before spacing marks and even inside surrogate pairs (U+1F1E6 U+0903 gets a
// boundary after the high surrogate), and its tables are Unicode 14.
//
// The boundary after `from`, which must itself be a boundary; text.size() at the end.
qsizetype nextGraphemeBoundary(QStringView text, qsizetype from);
// Every boundary in ascending order, 0 and text.size() included ({0} for empty text).
QList<qsizetype> graphemeBoundaries(QStringView text);
qsizetype graphemeCount(QStringView text);

// The length in UTF-16 code units of the emoji at `from`, 0 when none starts there. One emoji is a keycap
// ([0-9#*] U+FE0F? U+20E3), a flag (two regional indicators, or a tag sequence), or an emoji code point with its
// presentation selector or skin tone, joined by U+200D to further emoji. This follows twemoji-parser, which X uses
// with twitter-text config v3: a text-style emoji followed by U+FE0E is text, and U+00A9 and U+00AE (which X weighs
// as Latin-1 text) are emoji only with U+FE0F. Unlike twemoji, any such ZWJ sequence counts as one emoji, not only
// the ones Unicode recommends, just as X renders it as one picture.
qsizetype emojiLengthAt(QStringView text, qsizetype from);

} // namespace webcare::composer
