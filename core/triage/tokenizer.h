// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QStringView>

namespace webcare::triage {

// Splits a post into the tokens the classifier counts:
// - words in lower case, diacritics kept ("één", "café"), with inner apostrophes kept ("m'n", "auto's"); hyphens
//   split ("duinzicht-reclame" gives "duinzicht" and "reclame");
// - every emoji as one token, a ZWJ sequence, flag or keycap included (as composer::emojiLengthAt reads them), with
//   U+FE0F dropped so that "☕" and "☕️" are the same token;
// - "#tag" and "@name" for hashtags and mentions (beside the plain word of a hashtag), underscores kept
//   ("@bank_helpdesk"), a Mastodon handle in full as one token ("@webcare@zorg.example"), "<url>" for a link and
//   "<num>" for numbers of three or more digits (policy numbers, amounts);
// - "?" and "!" (repeats collapse to one).
// Zero-width and bidirectional control characters are ignored, so "D\u200Buinzicht" reads as "duinzicht".
QStringList tokenize(QStringView text);

// The classifier's features: the tokens plus the word bigrams of neighbouring tokens ("hoe kan", "kan ik").
QStringList features(QStringView text);

} // namespace webcare::triage
