// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace webcare::composer {

// A span of UTF-16 code units [start, end).
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype length() const { return end - start; }
    // Whether a cut at `position` would fall inside the span.
    bool strictlyContains(qsizetype position) const { return position > start && position < end; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Links as X finds them (twitter-text extractUrlsWithIndices): http(s) URLs, and bare domains with a known
// top-level domain ("duinzicht.nl/schade"), by the same regular expressions, TLD list, IDNA label check and t.co
// rules as twitter-text.
QList<TextRange> findXUrls(const QString &text);

// Links as Mastodon counts them: only with a protocol (http, https and the few others Mastodon links), with
// Mastodon's wider path characters, so a Dutch path like /schadeformulier/één stays one link.
QList<TextRange> findMastodonUrls(const QString &text);

// A mention by Mastodon's rule: @user or @user@domain; `usernameEnd` ends the "@user" part.
struct Mention {
    TextRange range;
    qsizetype usernameEnd = 0;
};
QList<Mention> findMentions(const QString &text);

} // namespace webcare::composer
