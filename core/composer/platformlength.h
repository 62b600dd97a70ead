// SPDX-License-Identifier: MIT
#pragma once

#include "domain/channel.h"

#include <QList>
#include <QString>

// How long a reply is on each platform, counted the way the platform counts it. Pure functions, no I/O.
namespace webcare::composer {

// twitter-text's weighting configuration (config/v2.json, v3.json). X counts with v3.
struct XConfig {
    struct WeightRange {
        char32_t first;
        char32_t last;
        int weight;
    };
    int maxWeightedLength = 280;
    int scale = 100;
    int defaultWeight = 200;
    int transformedUrlLength = 23;
    bool emojiParsingEnabled = true;
    QList<WeightRange> ranges; // code points weighing other than defaultWeight

    static XConfig version2(); // every code point outside the ranges weighs 2, emoji included
    static XConfig version3(); // as v2, but an emoji sequence weighs 2 whatever its length
};

// The result of twitter-text's parseTweet(). Offsets are UTF-16 code units into the text as given (before NFC);
// the range ends are inclusive, as in twitter-text.
struct XLength {
    int weightedLength = 0;
    bool valid = false; // not empty, within the limit, and none of U+FFFE, U+FEFF, U+FFFF
    int permillage = 0; // weightedLength per 1000 of the limit, rounded down
    qsizetype displayRangeStart = 0;
    qsizetype displayRangeEnd = 0;
    qsizetype validRangeStart = 0;
    qsizetype validRangeEnd = 0; // the last code unit that still fits the limit
};

// X: the text is NFC-normalised; a URL (with or without protocol, twitter-text's rules) weighs 23; code points in
// the config's ranges (Latin, general punctuation) weigh 1, others 2; with v3 an emoji sequence weighs 2.
XLength measureX(const QString &text, const XConfig &config = XConfig::version3());

// Mastodon (status_length_validator.rb): the content warning plus the text, counted in grapheme clusters, where a
// URL with a protocol counts 23 and @user@domain counts as @user. 500 is the default; instances may allow more.
int mastodonLength(const QString &text, const QString &contentWarning = {});

// The length as the channel counts it:
// - X: weighted length, twitter-text config v3 (see measureX);
// - Mastodon: see mastodonLength;
// - Facebook: UTF-16 code units, as the Graph API (JavaScript) counts a comment;
// - Discourse: Unicode code points, as Ruby's String#length does. Discourse strips leading and trailing white space
//   first; we do not, so our count is never below Discourse's.
int weightedLength(domain::Channel channel, const QString &text);

// The limit per channel: X 280 weighted; Mastodon 500 (the default of configuration.statuses.max_characters);
// Facebook 8000 (the longest comment); Discourse 32000 (the default of the max_post_length site setting).
int maxLength(domain::Channel channel);

} // namespace webcare::composer
