// SPDX-License-Identifier: MIT
#pragma once

#include "domain/channel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace webcare::composer {

class Speller;

// Stable rule ids: on the command line, in tests and for the GUI's highlighting. Never translated.
namespace rule {
inline constexpr char16_t formalAddress[] = u"formal-address";     // u/uw in a "je" team
inline constexpr char16_t informalAddress[] = u"informal-address"; // je/jij/jouw in a "u" team
inline constexpr char16_t signatureMissing[] = u"signature-missing";
inline constexpr char16_t signatureDuplicate[] = u"signature-duplicate";
inline constexpr char16_t tooLong[] = u"too-long";               // over the platform's limit
inline constexpr char16_t notShort[] = u"zekep-short";           // ZEKEP kort
inline constexpr char16_t notPersonal[] = u"zekep-personal";     // customer's name not used
inline constexpr char16_t noEmpathy[] = u"zekep-empathy";        // complaint without an empathy phrase
inline constexpr char16_t exclamations[] = u"zekep-exclamation"; // zakelijk: "!!!" and many "!"
inline constexpr char16_t emojiOverload[] = u"zekep-emoji";      // zakelijk: more than three emoji
inline constexpr char16_t policyWithoutSource[] = u"policy-without-source";
inline constexpr char16_t commercialOffer[] = u"commercial-offer";
inline constexpr char16_t spelling[] = u"spelling";
inline constexpr char16_t placeholder[] = u"placeholder-unfilled"; // a template's {naam} left in the text
} // namespace rule

// What a finding suggests. Replace: put `text` in place of the finding's span (an empty span inserts).
// Append: add `text` at the end of the draft.
struct Fix {
    enum class Kind { Replace, Append };
    Kind kind = Kind::Replace;
    QString text;
    friend bool operator==(const Fix &, const Fix &) = default;
};

struct Finding {
    QString rule;        // one of rule::*
    qsizetype start = 0; // UTF-16 code units into the draft
    qsizetype length = 0;
    QString message; // translated, for the agent
    std::optional<Fix> fix;
    QStringList alternatives; // spelling: up to five suggestions (the first one is also the fix)
};

enum class AddressStyle { Je, U };
// How the team signs: "Fijne dag! ^JB" (after the last word) or on a line of its own.
enum class SignatureConvention { EndOfText, OwnLine };

struct CheckContext {
    domain::Channel channel = domain::Channel::X;
    AddressStyle style = AddressStyle::Je;
    QString signature; // e.g. "^JB"; empty: no signature rules
    SignatureConvention signatureConvention = SignatureConvention::EndOfText;
    QString customerName; // may be empty
    bool complaint = false;
    QStringList approvedSources;      // knowledge base: approved links (a link counts when it starts with one)
    QStringList knownWords;           // brand and product words the spelling check accepts
    const Speller *speller = nullptr; // null: no spelling check
    // Hunspell takes a few hundred milliseconds to suggest for one unknown Dutch word (docs/performance.md). Off:
    // misspelled words are still found (fast), with the suggestions the speller already has cached; a live
    // composer asks Speller::suggestions() in the background and checks again.
    bool spellingSuggestions = true;
};

// The tone-of-voice checks of a reply draft, in text order. Pure apart from the speller's cache; cheap enough to
// run after every pause in typing (see bench/).
QList<Finding> check(const QString &draft, const CheckContext &context);

// The draft with the fixes of `findings` applied (those without a fix are skipped). Replacements are applied from
// the end, so the spans of the original draft stay valid; overlapping ones after the first are skipped.
QString applyFixes(const QString &draft, const QList<Finding> &findings);

// Keys for the command line: "je"/"u".
std::optional<AddressStyle> addressStyleFromKey(QStringView key);

} // namespace webcare::composer
