// SPDX-License-Identifier: MIT
#pragma once

#include "textentities.h"

#include <QList>
#include <QString>
#include <QUrl>

// What a link in a customer's post really leads to, before anyone opens it. Pure functions, no I/O.
namespace webcare::composer {

// The links of a post as the platforms make them clickable: X's rules (bare domains too) and Mastodon's (longer
// paths with non-ASCII letters); where both find one, the longer span wins. Sorted, never overlapping.
QList<TextRange> findLinks(const QString &text);

// Whether a code point is invisible or changes how the text around it reads: bidirectional controls, zero-width
// characters, other format (Cf) and control (Cc) characters, spaces other than U+0020, Hangul fillers, private-use,
// unassigned and lone surrogates.
bool isInvisible(char32_t codePoint);
bool hasInvisible(const QString &text);
// The text with each such code point written out as "⟨U+202E⟩", so that nothing hides or reorders what follows.
QString revealInvisible(const QString &text);

struct LinkTarget {
    enum class Verdict {
        Openable,
        NotALink,               // nothing a browser could open
        UnsupportedScheme,      // javascript:, file:, data:, mailto: … only http and https are opened
        NoHost,                 // "https:///path", "http:"
        HiddenCharactersInHost, // an invisible or direction-changing character in the site's name
    };
    QString written;                // the link as it stands in the post
    QString writtenVisible;         // the same with invisible characters made visible
    QUrl url;                       // what would be opened (a bare domain gets https://)
    QString scheme;                 // lower case, e.g. "https"
    QString host;                   // the site as Unicode (invisible characters made visible)
    QString asciiHost;              // the site in ASCII (punycode/ACE): what the browser really resolves
    QString address;                // the whole target in ASCII, fully percent-encoded
    bool internationalHost = false; // the site's name has non-ASCII letters: compare the ASCII form
    bool userInfo = false;          // "https://www.bank.nl@evil.example/": the part before '@' is not the site
    bool hiddenCharacters = false;  // invisible characters somewhere in the written link
    bool schemeAdded = false;       // no scheme was written; https is assumed
    Verdict verdict = Verdict::NotALink;
    bool openable() const { return verdict == Verdict::Openable; }
};

// Describes the target of a link exactly as written in a post. Only http and https with a host and no hidden
// characters in the host are openable.
LinkTarget describeLinkTarget(const QString &written);

} // namespace webcare::composer
