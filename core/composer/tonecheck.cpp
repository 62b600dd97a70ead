// SPDX-License-Identifier: MIT
#include "tonecheck.h"

#include "composer/graphemes.h"
#include "composer/platformlength.h"
#include "composer/spelling.h"
#include "composer/textentities.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace webcare::composer {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ToneCheck)
};

struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QString lower;
    bool sentenceStart = false;
    bool isProtected = false;
};

bool isWordChar(QStringView s, qsizetype i, qsizetype *size)
{
    const CodePoint cp = codePointAt(s, i);
    *size = cp.size;
    const char32_t c = cp.value;
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isApostropheOrHyphen(QChar c) { return c == u'\'' || c == u'\u2019' || c == u'-'; }

// Words: letters, digits and marks, with apostrophes and hyphens inside ("zo'n", "e-mail", "don't").
QList<Word> splitWords(const QString &s)
{
    QList<Word> words;
    bool atSentenceStart = true;
    qsizetype i = 0;
    while (i < s.size()) {
        qsizetype size = 1;
        if (!isWordChar(s, i, &size)) {
            const QChar c = s.at(i);
            if (c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u':')
                atSentenceStart = true;
            i += size;
            continue;
        }
        Word w;
        w.start = i;
        i += size;
        while (i < s.size()) {
            if (isWordChar(s, i, &size)) {
                i += size;
            } else if (isApostropheOrHyphen(s.at(i)) && i + 1 < s.size() && isWordChar(s, i + 1, &size)) {
                i += 1;
            } else {
                break;
            }
        }
        w.end = i;
        w.text = s.mid(w.start, w.end - w.start);
        w.lower = w.text.toLower();
        w.sentenceStart = atSentenceStart;
        atSentenceStart = false;
        words.append(w);
    }
    return words;
}

QString folded(const QString &s)
{
    QString r = s.toLower();
    r.replace(u'\u2019', u'\'');
    return r;
}

bool overlaps(const QList<TextRange> &ranges, qsizetype start, qsizetype end)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&](const TextRange &r) { return start < r.end && end > r.start; });
}

// Links: X's and Mastodon's rules, and any address with a protocol, "www." or a path ("duinzicht.example/storm"):
// a knowledge-base host need not have a top-level domain that twitter-text knows.
QList<TextRange> findLinks(const QString &draft)
{
    QList<TextRange> links = findXUrls(draft);
    links.append(findMastodonUrls(draft));
    static const QRegularExpression generic(
        QStringLiteral(R"((?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*)"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    for (auto it = generic.globalMatch(draft); it.hasNext();) {
        const auto m = it.next();
        qsizetype end = m.capturedEnd();
        // Sentence punctuation after a link is not part of it.
        while (end > m.capturedStart() && QStringLiteral(".,;:!?)\"'”’").contains(draft.at(end - 1)))
            --end;
        links.append({m.capturedStart(), end});
    }
    return links;
}

// Text the agent did not write in their own voice or that is not prose: links, mentions, hashtags, e-mail
// addresses, quotations, template placeholders.
QList<TextRange> protectedRanges(const QString &draft)
{
    QList<TextRange> ranges = findLinks(draft);
    for (const Mention &m : findMentions(draft))
        ranges.append(m.range);
    static const QRegularExpression other(
        QStringLiteral(R"(#[\p{L}\p{N}_]+|[\w.+-]+@[\w-]+(\.[\w-]+)+|"[^"\n]*"|“[^”\n]*”|„[^”“\n]*[”“]|«[^»\n]*»|)"
                       R"(‘[^’\n]*’|\[quote[^\]]*\].*?\[/quote\]|^>[^\n]*|\{[A-Za-z_]+\})"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::MultilineOption |
            QRegularExpression::DotMatchesEverythingOption);
    for (auto it = other.globalMatch(draft); it.hasNext();) {
        const auto m = it.next();
        ranges.append({m.capturedStart(), m.capturedEnd()});
    }
    return ranges;
}

bool looksEnglish(const QList<Word> &words)
{
    static const QSet<QString> english{
        u"the"_qs,  u"and"_qs,  u"you"_qs,    u"your"_qs,   u"are"_qs,   u"to"_qs,  u"of"_qs,   u"for"_qs, u"with"_qs,
        u"this"_qs, u"that"_qs, u"please"_qs, u"thanks"_qs, u"thank"_qs, u"can"_qs, u"will"_qs, u"we"_qs,  u"our"_qs,
        u"it"_qs,   u"hi"_qs,   u"sorry"_qs,  u"have"_qs,   u"be"_qs,    u"not"_qs, u"us"_qs};
    static const QSet<QString> dutch{u"de"_qs,   u"het"_qs,       u"een"_qs, u"en"_qs,   u"je"_qs,    u"jij"_qs,
                                     u"u"_qs,    u"uw"_qs,        u"van"_qs, u"voor"_qs, u"met"_qs,   u"dat"_qs,
                                     u"niet"_qs, u"dit"_qs,       u"kun"_qs, u"kunt"_qs, u"graag"_qs, u"bedankt"_qs,
                                     u"hoi"_qs,  u"we"_qs,        u"ons"_qs, u"is"_qs,   u"naar"_qs,  u"jouw"_qs,
                                     u"wij"_qs,  u"vervelend"_qs, u"op"_qs,  u"ik"_qs,   u"er"_qs,    u"bent"_qs};
    int en = 0, nl = 0;
    for (const Word &w : words) {
        if (w.isProtected)
            continue;
        en += english.contains(w.lower) ? 1 : 0;
        nl += dutch.contains(w.lower) ? 1 : 0;
    }
    return en > nl;
}

// "U" → "Je", "KUNT" → "KUN": the replacement takes the case of what it replaces.
QString caseLike(const QString &original, const QString &replacement)
{
    if (original.isEmpty() || replacement.isEmpty())
        return replacement;
    if (original.size() > 1 && original == original.toUpper() && original != original.toLower())
        return replacement.toUpper();
    if (original.at(0).isUpper())
        return replacement.at(0).toUpper() + replacement.mid(1);
    return replacement;
}

bool adjacent(const QString &draft, const Word &a, const Word &b)
{
    for (qsizetype i = a.end; i < b.start; ++i)
        if (!draft.at(i).isSpace())
            return false;
    return a.end < b.start;
}

// The "je" form of a verb that stands before "u" ("kunt u" → "kun je"), or empty when the word is no such verb.
QString jeFormOfInvertedVerb(const QString &verb)
{
    static const QHash<QString, QString> irregular{
        {u"heeft"_qs, u"heb"_qs}, {u"hebt"_qs, u"heb"_qs}, {u"bent"_qs, u"ben"_qs},    {u"kunt"_qs, u"kun"_qs},
        {u"kan"_qs, u"kun"_qs},   {u"zult"_qs, u"zul"_qs}, {u"zal"_qs, u"zul"_qs},     {u"wilt"_qs, u"wil"_qs},
        {u"mag"_qs, u"mag"_qs},   {u"zou"_qs, u"zou"_qs},  {u"moet"_qs, u"moet"_qs},   {u"weet"_qs, u"weet"_qs},
        {u"laat"_qs, u"laat"_qs}, {u"zet"_qs, u"zet"_qs},  {u"wacht"_qs, u"wacht"_qs}, {u"praat"_qs, u"praat"_qs},
        {u"let"_qs, u"let"_qs},   {u"eet"_qs, u"eet"_qs},  {u"start"_qs, u"start"_qs}, {u"past"_qs, u"past"_qs},
        {u"meet"_qs, u"meet"_qs}, {u"test"_qs, u"test"_qs}};
    if (const auto it = irregular.constFind(verb); it != irregular.cend())
        return *it;
    // Words ending in -t that are no verbs.
    static const QSet<QString> notVerbs{
        u"dat"_qs,    u"wat"_qs,  u"met"_qs,    u"niet"_qs,  u"omdat"_qs,   u"zodat"_qs, u"want"_qs,
        u"tot"_qs,    u"dit"_qs,  u"totdat"_qs, u"nadat"_qs, u"voordat"_qs, u"echt"_qs,  u"recht"_qs,
        u"straat"_qs, u"net"_qs,  u"opdat"_qs,  u"eerst"_qs, u"laatst"_qs,  u"meest"_qs, u"liefst"_qs,
        u"best"_qs,   u"ooit"_qs, u"nooit"_qs,  u"apart"_qs, u"uit"_qs};
    if (verb.size() < 3 || !verb.endsWith(u't') || notVerbs.contains(verb))
        return {};
    QString stem = verb.chopped(1);
    // "gaat" → "ga", "staat" → "sta": a long vowel at the end of a word is written single.
    if (stem.size() >= 2) {
        const QChar a = stem.at(stem.size() - 1);
        const QChar b = stem.at(stem.size() - 2);
        if (a == b && (a == u'a' || a == u'o' || a == u'u'))
            stem.chop(1);
    }
    return stem;
}

// The "u" form of a verb that stands before "je" ("kun je" → "kunt u"); empty when not such a verb.
QString uFormOfInvertedVerb(const QString &verb)
{
    static const QHash<QString, QString> forms{
        {u"kun"_qs, u"kunt"_qs},    {u"kan"_qs, u"kunt"_qs},         {u"heb"_qs, u"heeft"_qs},
        {u"ben"_qs, u"bent"_qs},    {u"wil"_qs, u"wilt"_qs},         {u"zul"_qs, u"zult"_qs},
        {u"mag"_qs, u"mag"_qs},     {u"moet"_qs, u"moet"_qs},        {u"zou"_qs, u"zou"_qs},
        {u"word"_qs, u"wordt"_qs},  {u"ga"_qs, u"gaat"_qs},          {u"doe"_qs, u"doet"_qs},
        {u"zie"_qs, u"ziet"_qs},    {u"weet"_qs, u"weet"_qs},        {u"krijg"_qs, u"krijgt"_qs},
        {u"vind"_qs, u"vindt"_qs},  {u"kom"_qs, u"komt"_qs},         {u"hoef"_qs, u"hoeft"_qs},
        {u"sta"_qs, u"staat"_qs},   {u"neem"_qs, u"neemt"_qs},       {u"stuur"_qs, u"stuurt"_qs},
        {u"bel"_qs, u"belt"_qs},    {u"laat"_qs, u"laat"_qs},        {u"kijk"_qs, u"kijkt"_qs},
        {u"zoek"_qs, u"zoekt"_qs},  {u"lees"_qs, u"leest"_qs},       {u"hoor"_qs, u"hoort"_qs},
        {u"wacht"_qs, u"wacht"_qs}, {u"zet"_qs, u"zet"_qs},          {u"let"_qs, u"let"_qs},
        {u"vul"_qs, u"vult"_qs},    {u"gebruik"_qs, u"gebruikt"_qs}, {u"ontvang"_qs, u"ontvangt"_qs},
        {u"had"_qs, u"had"_qs},     {u"was"_qs, u"was"_qs},          {u"woon"_qs, u"woont"_qs}};
    return forms.value(verb);
}

// Verbs that follow a subject "je": "je krijgt", "je hoeft"; a noun after "je" makes it the possessive.
bool looksLikeVerbAfterSubject(const QString &word)
{
    static const QSet<QString> verbs{
        u"bent"_qs,  u"hebt"_qs,  u"heeft"_qs,    u"kunt"_qs,   u"kan"_qs,      u"krijgt"_qs,  u"wordt"_qs,
        u"moet"_qs,  u"mag"_qs,   u"zult"_qs,     u"zal"_qs,    u"wilt"_qs,     u"wil"_qs,     u"hoeft"_qs,
        u"zou"_qs,   u"had"_qs,   u"was"_qs,      u"gaat"_qs,   u"ontvangt"_qs, u"ziet"_qs,    u"vindt"_qs,
        u"weet"_qs,  u"staat"_qs, u"komt"_qs,     u"doet"_qs,   u"betaalt"_qs,  u"belt"_qs,    u"stuurt"_qs,
        u"leest"_qs, u"vult"_qs,  u"gebruikt"_qs, u"woont"_qs,  u"blijft"_qs,   u"kreeg"_qs,   u"zit"_qs,
        u"hoort"_qs, u"zoekt"_qs, u"kijkt"_qs,    u"neemt"_qs,  u"wacht"_qs,    u"zet"_qs,     u"laat"_qs,
        u"het"_qs,   u"de"_qs,    u"een"_qs,      u"dit"_qs,    u"dat"_qs,      u"ook"_qs,     u"nog"_qs,
        u"al"_qs,    u"niet"_qs,  u"wel"_qs,      u"er"_qs,     u"dan"_qs,      u"even"_qs,    u"zelf"_qs,
        u"hier"_qs,  u"daar"_qs,  u"graag"_qs,    u"altijd"_qs, u"morgen"_qs,   u"vandaag"_qs, u"ons"_qs,
        u"me"_qs,    u"mij"_qs,   u"hem"_qs,      u"haar"_qs,   u"op"_qs,       u"in"_qs,      u"aan"_qs,
        u"bij"_qs,   u"naar"_qs,  u"te"_qs};
    return verbs.contains(word);
}

void addFinding(QList<Finding> &out, QStringView rule, qsizetype start, qsizetype length, const QString &message,
                std::optional<Fix> fix = std::nullopt)
{
    Finding f;
    f.rule = rule.toString();
    f.start = start;
    f.length = length;
    f.message = message;
    f.fix = std::move(fix);
    out.append(std::move(f));
}

Fix replaceWith(const QString &text) { return Fix{Fix::Kind::Replace, text}; }

void checkFormalAddress(const QString &draft, const QList<Word> &words, QList<Finding> &out)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &w = words.at(i);
        if (w.isProtected)
            continue;
        const Word *prev =
            i > 0 && !words.at(i - 1).isProtected && adjacent(draft, words.at(i - 1), w) ? &words.at(i - 1) : nullptr;
        const Word *next = i + 1 < words.size() && !words.at(i + 1).isProtected && adjacent(draft, w, words.at(i + 1))
                               ? &words.at(i + 1)
                               : nullptr;
        if (w.lower == u"uw") {
            addFinding(out, rule::formalAddress, w.start, w.end - w.start,
                       Text::tr("Formal \"%1\" in a team that says \"je\": write \"je\" or \"jouw\".").arg(w.text),
                       replaceWith(caseLike(w.text, u"je"_qs)));
        } else if (w.lower == u"uzelf") {
            addFinding(out, rule::formalAddress, w.start, w.end - w.start,
                       Text::tr("Formal \"%1\" in a team that says \"je\": write \"jezelf\".").arg(w.text),
                       replaceWith(caseLike(w.text, u"jezelf"_qs)));
        } else if (w.lower == u"u") {
            const QString verb = prev ? jeFormOfInvertedVerb(prev->lower) : QString();
            if (!verb.isEmpty()) {
                const QString replacement = caseLike(prev->text, verb) + u" je"_qs;
                addFinding(out, rule::formalAddress, prev->start, w.end - prev->start,
                           Text::tr("Formal \"%1\" in a team that says \"je\": write \"%2\".")
                               .arg(draft.mid(prev->start, w.end - prev->start), replacement),
                           replaceWith(replacement));
                continue;
            }
            if (next && next->lower == u"heeft") {
                const QString replacement = caseLike(w.text, u"je"_qs) + u' ' + caseLike(next->text, u"hebt"_qs);
                addFinding(out, rule::formalAddress, w.start, next->end - w.start,
                           Text::tr("Formal \"%1\" in a team that says \"je\": write \"%2\".")
                               .arg(draft.mid(w.start, next->end - w.start), replacement),
                           replaceWith(replacement));
                ++i;
                continue;
            }
            const QString replacement = caseLike(w.text, u"je"_qs);
            addFinding(out, rule::formalAddress, w.start, w.end - w.start,
                       Text::tr("Formal \"%1\" in a team that says \"je\": write \"%2\".").arg(w.text, replacement),
                       replaceWith(replacement));
        }
    }
}

void checkInformalAddress(const QString &draft, const QList<Word> &words, QList<Finding> &out)
{
    static const QSet<QString> prepositions{u"voor"_qs,   u"aan"_qs,  u"met"_qs,   u"bij"_qs, u"naar"_qs, u"op"_qs,
                                            u"van"_qs,    u"over"_qs, u"in"_qs,    u"uit"_qs, u"om"_qs,   u"tegen"_qs,
                                            u"zonder"_qs, u"door"_qs, u"onder"_qs, u"je"_qs,  u"jij"_qs,  u"u"_qs};
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &w = words.at(i);
        if (w.isProtected)
            continue;
        const Word *prev =
            i > 0 && !words.at(i - 1).isProtected && adjacent(draft, words.at(i - 1), w) ? &words.at(i - 1) : nullptr;
        const Word *next = i + 1 < words.size() && !words.at(i + 1).isProtected && adjacent(draft, w, words.at(i + 1))
                               ? &words.at(i + 1)
                               : nullptr;
        auto flag = [&](qsizetype start, qsizetype end, const QString &replacement) {
            addFinding(out, rule::informalAddress, start, end - start,
                       Text::tr("Informal \"%1\" in a team that says \"u\": write \"%2\".")
                           .arg(draft.mid(start, end - start), replacement),
                       replaceWith(replacement));
        };
        if (w.lower == u"jouw") {
            flag(w.start, w.end, caseLike(w.text, u"uw"_qs));
        } else if (w.lower == u"jezelf") {
            flag(w.start, w.end, caseLike(w.text, u"uzelf"_qs));
        } else if (w.lower == u"jullie" || w.lower == u"jou") {
            flag(w.start, w.end, caseLike(w.text, u"u"_qs));
        } else if (w.lower == u"je" || w.lower == u"jij") {
            const QString verb = prev ? uFormOfInvertedVerb(prev->lower) : QString();
            if (!verb.isEmpty()) {
                flag(prev->start, w.end, caseLike(prev->text, verb) + u" u"_qs);
                continue;
            }
            if (next && next->lower == u"hebt") {
                flag(w.start, next->end, caseLike(w.text, u"u"_qs) + u' ' + caseLike(next->text, u"heeft"_qs));
                ++i;
                continue;
            }
            // "je" is also the possessive: "voor je bericht" → "voor uw bericht", "Je polis" → "Uw polis".
            const bool possessive = w.lower == u"je" && next && !looksLikeVerbAfterSubject(next->lower) &&
                                    ((prev && prepositions.contains(prev->lower)) || w.sentenceStart);
            flag(w.start, w.end, caseLike(w.text, possessive ? u"uw"_qs : u"u"_qs));
        }
    }
}

QList<qsizetype> wholeOccurrences(const QString &draft, const QString &needle)
{
    QList<qsizetype> found;
    if (needle.isEmpty())
        return found;
    for (qsizetype at = draft.indexOf(needle); at >= 0; at = draft.indexOf(needle, at + needle.size())) {
        const bool startOk = at == 0 || !draft.at(at - 1).isLetterOrNumber();
        const qsizetype end = at + needle.size();
        const bool endOk = end >= draft.size() || !draft.at(end).isLetterOrNumber();
        if (startOk && endOk)
            found.append(at);
    }
    return found;
}

void checkSignature(const QString &draft, const CheckContext &context, QList<Finding> &out)
{
    const QString signature = context.signature.trimmed();
    if (signature.isEmpty())
        return;
    const QList<qsizetype> at = wholeOccurrences(draft, signature);
    if (at.isEmpty()) {
        QString append;
        if (context.signatureConvention == SignatureConvention::OwnLine)
            append = (draft.endsWith(u'\n') ? QString() : u"\n"_qs) + signature;
        else
            append = (draft.isEmpty() || draft.back().isSpace() ? QString() : u" "_qs) + signature;
        addFinding(out, rule::signatureMissing, draft.size(), 0,
                   Text::tr("Not signed: end the reply with your signature %1.").arg(signature),
                   Fix{Fix::Kind::Append, append});
        return;
    }
    // The last signature is the one in its place; the earlier ones go, with the space before them.
    for (qsizetype k = 0; k + 1 < at.size(); ++k) {
        qsizetype start = at.at(k);
        while (start > 0 && draft.at(start - 1).isSpace())
            --start;
        if (start == 0) // a signature at the very start: take the space after it instead
            addFinding(out, rule::signatureDuplicate, 0, at.at(k) + signature.size(),
                       Text::tr("Signed twice: keep only the signature at the end."), replaceWith({}));
        else
            addFinding(out, rule::signatureDuplicate, start, at.at(k) + signature.size() - start,
                       Text::tr("Signed twice: keep only the signature at the end."), replaceWith({}));
    }
}

// Where the text stops fitting: the first code unit beyond the limit.
qsizetype overflowStart(const QString &draft, domain::Channel channel, int limit)
{
    if (channel == domain::Channel::X)
        return measureX(draft).validRangeEnd + 1;
    qsizetype lo = 0, hi = draft.size(); // prefix lo fits, prefix hi does not
    while (hi - lo > 1) {
        qsizetype mid = (lo + hi) / 2;
        if (mid > 0 && draft.at(mid).isLowSurrogate())
            --mid;
        if (mid <= lo)
            break;
        if (weightedLength(channel, draft.left(mid)) <= limit)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

int comfortableLength(domain::Channel channel)
{
    switch (channel) {
    case domain::Channel::X:
        return 200;
    case domain::Channel::Mastodon:
        return 300;
    case domain::Channel::Facebook:
        return 400;
    case domain::Channel::Discourse:
        return 1000;
    }
    return 300;
}

int sentenceCount(const QString &draft, const QString &signature)
{
    QString text = draft;
    if (!signature.isEmpty())
        text.remove(signature);
    static const QRegularExpression boundary(QStringLiteral(R"([.!?]+(\s|$)|\n+)"));
    int count = 0;
    for (const QString &part : text.split(boundary))
        if (std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            ++count;
    return count;
}

void checkLength(const QString &draft, const CheckContext &context, QList<Finding> &out)
{
    const int length = weightedLength(context.channel, draft);
    const int limit = maxLength(context.channel);
    const QString channelName = domain::channelDisplayName(context.channel);
    if (length > limit) {
        const qsizetype from = std::clamp<qsizetype>(overflowStart(draft, context.channel, limit), 0, draft.size());
        addFinding(out, rule::tooLong, from, draft.size() - from,
                   Text::tr("Too long for %1: %2 characters, the limit is %3. Shorten it or send it as a thread.")
                       .arg(channelName)
                       .arg(length)
                       .arg(limit));
        return;
    }
    const int comfortable = comfortableLength(context.channel);
    const int sentences = sentenceCount(draft, context.signature.trimmed());
    if (length > comfortable && sentences > 2) {
        addFinding(out, rule::notShort, 0, draft.size(),
                   Text::tr("Long for %1: %2 characters in %3 sentences. Keep it short: two sentences, at most %4 "
                            "characters.")
                       .arg(channelName)
                       .arg(length)
                       .arg(sentences)
                       .arg(comfortable));
    }
}

void checkName(const QString &draft, const QList<Word> &words, const CheckContext &context, bool english,
               QList<Finding> &out)
{
    QString name = context.customerName.trimmed();
    if (name.startsWith(u'@'))
        name.remove(0, 1);
    if (name.isEmpty())
        return;
    const QString first = name.split(QRegularExpression(QStringLiteral(R"(\s+)"))).constFirst();
    const QString firstLower = first.toLower();
    // A {naam} placeholder will hold the name (and is reported as a placeholder until it does).
    const bool used = draft.contains(name, Qt::CaseInsensitive) || draft.contains(u"{naam}") ||
                      std::any_of(words.cbegin(), words.cend(), [&](const Word &w) { return w.lower == firstLower; });
    if (used)
        return;
    static const QSet<QString> greetings{u"hoi"_qs,         u"hi"_qs,          u"hallo"_qs, u"hello"_qs,
                                         u"hey"_qs,         u"beste"_qs,       u"dag"_qs,   u"goedemorgen"_qs,
                                         u"goedemiddag"_qs, u"goedenavond"_qs, u"dear"_qs};
    const QString message = Text::tr("Personal: address %1 by name.").arg(first);
    if (!words.isEmpty() && words.constFirst().start <= 1 && greetings.contains(words.constFirst().lower)) {
        addFinding(out, rule::notPersonal, words.constFirst().end, 0, message, replaceWith(u' ' + first));
        return;
    }
    const QString greeting = (english ? u"Hi "_qs : u"Hoi "_qs) + first + u", "_qs;
    // "Bedankt voor …" becomes "Hoi Anna, bedankt voor …"; "FBTO …" or "I …" keep their capital.
    if (!words.isEmpty() && words.constFirst().start == 0 && words.constFirst().text.size() > 1 &&
        draft.at(0).isUpper() && draft.at(1).isLower()) {
        addFinding(out, rule::notPersonal, 0, 1, message, replaceWith(greeting + draft.at(0).toLower()));
        return;
    }
    addFinding(out, rule::notPersonal, 0, 0, message, replaceWith(greeting));
}

bool containsPhrase(const QString &lowered, const QString &phrase, bool wholeWordEnd, qsizetype *at = nullptr,
                    qsizetype from = 0)
{
    for (qsizetype i = lowered.indexOf(phrase, from); i >= 0; i = lowered.indexOf(phrase, i + 1)) {
        const bool startOk = i == 0 || !lowered.at(i - 1).isLetterOrNumber();
        const qsizetype end = i + phrase.size();
        const bool endOk = !wholeWordEnd || end >= lowered.size() || !lowered.at(end).isLetterOrNumber();
        if (startOk && endOk) {
            if (at)
                *at = i;
            return true;
        }
    }
    return false;
}

void checkEmpathy(const QString &draft, const QString &lowered, const CheckContext &context, QList<Finding> &out)
{
    if (!context.complaint)
        return;
    static const QStringList stems{u"vervelend"_qs, u"sorry"_qs,       u"excuus"_qs,      u"excuses"_qs,
                                   u"begrijp"_qs,   u"snap"_qs,        u"balen"_qs,       u"baal"_qs,
                                   u"jammer"_qs,    u"spijt"_qs,       u"frustrerend"_qs, u"rot "_qs,
                                   u"vreselijk"_qs, u"naar om te"_qs,  u"apolog"_qs,      u"understand"_qs,
                                   u"frustrat"_qs,  u"unfortunate"_qs, u"regret"_qs,      u"annoying"_qs};
    for (const QString &stem : stems)
        if (containsPhrase(lowered, stem, false))
            return;
    addFinding(out, rule::noEmpathy, 0, draft.size(),
               Text::tr("Empathetic: this answers a complaint; acknowledge it first (for example \"Vervelend dat "
                        "…\" or \"Sorry dat …\")."));
}

void checkExclamations(const QString &draft, const QList<TextRange> &shielded, QList<Finding> &out)
{
    static const QRegularExpression runs(QStringLiteral(R"([!?]*![!?]*)"));
    int exclamations = 0;
    for (auto it = runs.globalMatch(draft); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(shielded, m.capturedStart(), m.capturedEnd()))
            continue;
        const QString run = m.captured();
        if (run.contains(u'?')) { // "?!" asks: keep the question mark
            addFinding(out, rule::exclamations, m.capturedStart(), run.size(),
                       Text::tr("Businesslike: one question mark is enough."), replaceWith(u"?"_qs));
            continue;
        }
        ++exclamations;
        const QString replacement = exclamations > 2 ? u"."_qs : u"!"_qs;
        if (run.size() > 1)
            addFinding(out, rule::exclamations, m.capturedStart(), run.size(),
                       Text::tr("Businesslike: one exclamation mark at most."), replaceWith(replacement));
        else if (exclamations > 2)
            addFinding(out, rule::exclamations, m.capturedStart(), run.size(),
                       Text::tr("Businesslike: many exclamation marks; end this sentence with a full stop."),
                       replaceWith(replacement));
    }
}

void checkEmoji(const QString &draft, QList<Finding> &out)
{
    constexpr int allowed = 3;
    int count = 0;
    for (qsizetype i = 0; i < draft.size();) {
        const qsizetype length = emojiLengthAt(draft, i);
        if (length == 0) {
            i += codePointAt(draft, i).size;
            continue;
        }
        if (++count > allowed) {
            qsizetype start = i;
            if (start > 0 && draft.at(start - 1) == u' ')
                --start;
            addFinding(out, rule::emojiOverload, start, i + length - start,
                       Text::tr("Businesslike: more than %1 emoji; leave this one out.").arg(allowed), replaceWith({}));
        }
        i += length;
    }
}

QString normalisedLink(QString link)
{
    link = link.trimmed().toLower();
    for (const QString &prefix : {u"https://"_qs, u"http://"_qs})
        if (link.startsWith(prefix))
            link.remove(0, prefix.size());
    if (link.startsWith(u"www."))
        link.remove(0, 4);
    while (link.endsWith(u'/'))
        link.chop(1);
    return link;
}

void checkPolicy(const QString &draft, const QString &lowered, const CheckContext &context, QList<Finding> &out)
{
    static const QStringList phrases{u"volgens de voorwaarden"_qs,
                                     u"volgens onze voorwaarden"_qs,
                                     u"volgens je voorwaarden"_qs,
                                     u"volgens de polisvoorwaarden"_qs,
                                     u"in de voorwaarden"_qs,
                                     u"polisvoorwaarden"_qs,
                                     u"je bent verzekerd"_qs,
                                     u"je bent niet verzekerd"_qs,
                                     u"u bent verzekerd"_qs,
                                     u"u bent niet verzekerd"_qs,
                                     u"is verzekerd"_qs,
                                     u"is niet verzekerd"_qs,
                                     u"wij vergoeden"_qs,
                                     u"we vergoeden"_qs,
                                     u"vergoeden wij"_qs,
                                     u"vergoeden we"_qs,
                                     u"wordt vergoed"_qs,
                                     u"worden vergoed"_qs,
                                     u"wordt niet vergoed"_qs,
                                     u"valt onder de dekking"_qs,
                                     u"valt niet onder de dekking"_qs,
                                     u"is gedekt"_qs,
                                     u"niet gedekt"_qs,
                                     u"volgens de regels"_qs,
                                     u"ons beleid"_qs,
                                     u"wettelijk verplicht"_qs,
                                     u"the policy covers"_qs,
                                     u"your policy covers"_qs,
                                     u"does not cover"_qs,
                                     u"doesn't cover"_qs,
                                     u"terms and conditions"_qs,
                                     u"according to the terms"_qs,
                                     u"you are covered"_qs,
                                     u"you're covered"_qs,
                                     u"you are not covered"_qs,
                                     u"we reimburse"_qs,
                                     u"we will reimburse"_qs,
                                     u"we cover"_qs,
                                     u"is covered"_qs,
                                     u"is not covered"_qs,
                                     u"our policy"_qs};
    struct Hit {
        qsizetype start;
        qsizetype end;
    };
    QList<Hit> hits;
    for (const QString &phrase : phrases) {
        qsizetype from = 0, at = 0;
        while (containsPhrase(lowered, phrase, true, &at, from)) {
            const qsizetype end = at + phrase.size();
            const bool inside =
                std::any_of(hits.cbegin(), hits.cend(), [&](const Hit &h) { return at < h.end && end > h.start; });
            if (!inside)
                hits.append({at, end});
            from = at + 1;
        }
    }
    if (hits.isEmpty())
        return;
    const QList<TextRange> links = findLinks(draft);
    for (const TextRange &link : links) {
        const QString l = normalisedLink(draft.mid(link.start, link.length()));
        for (const QString &approved : context.approvedSources) {
            const QString a = normalisedLink(approved);
            if (!a.isEmpty() && l.startsWith(a))
                return;
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    const QString message =
        links.isEmpty()
            ? Text::tr("States policy without a source: add a link from the knowledge base.")
            : Text::tr("States policy without an approved source: the link is not from the knowledge base.");
    for (const Hit &h : hits)
        addFinding(out, rule::policyWithoutSource, h.start, h.end - h.start, message);
}

void checkCommercial(const QString &lowered, const QList<TextRange> &shielded, QList<Finding> &out)
{
    // Stems match the start of a word ("korting" finds "kortingscode"); the others are whole phrases.
    static const QStringList stems{u"korting"_qs, u"aanbieding"_qs, u"actiecode"_qs,
                                   u"upgrade"_qs, u"profite"_qs,    u"premievoordeel"_qs,
                                   u"bespaar"_qs, u"discount"_qs,   u"promo"_qs};
    static const QStringList phrases{u"afsluiten"_qs,        u"sluit nu"_qs,        u"speciaal voor jou"_qs,
                                     u"speciaal voor je"_qs, u"speciaal voor u"_qs, u"tijdelijke actie"_qs,
                                     u"nu voor maar"_qs,     u"special offer"_qs,   u"deal"_qs,
                                     u"sign up"_qs,          u"save money"_qs,      u"voordelig"_qs};
    QList<TextRange> hits;
    auto scan = [&](const QString &needle, bool wholeEnd) {
        qsizetype from = 0, at = 0;
        while (containsPhrase(lowered, needle, wholeEnd, &at, from)) {
            const qsizetype end = at + needle.size();
            if (!overlaps(shielded, at, end) && !overlaps(hits, at, end))
                hits.append({at, end});
            from = at + 1;
        }
    };
    for (const QString &s : stems)
        scan(s, false);
    for (const QString &p : phrases)
        scan(p, true);
    for (const TextRange &h : hits)
        addFinding(out, rule::commercialOffer, h.start, h.length(),
                   Text::tr("Commercial content in a service reply: leave out offers, discounts and sales phrases."));
}

void checkPlaceholders(const QString &draft, const CheckContext &context, QList<Finding> &out)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{([A-Za-z_]+)\})"));
    for (auto it = placeholder.globalMatch(draft); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        std::optional<Fix> fix;
        if (name == u"naam" && !context.customerName.trimmed().isEmpty())
            fix = replaceWith(context.customerName.trimmed());
        else if (name == u"agent" && !context.signature.trimmed().isEmpty())
            fix = replaceWith(context.signature.trimmed());
        else if (name == u"bron" && context.approvedSources.size() == 1)
            fix = replaceWith(context.approvedSources.constFirst());
        addFinding(out, rule::placeholder, m.capturedStart(), m.capturedLength(),
                   Text::tr("The placeholder %1 has no value yet.").arg(m.captured()), fix);
    }
}

void checkSpelling(const QList<Word> &words, const CheckContext &context, bool english, QList<Finding> &out)
{
    // The platforms' names; the team's own brand words come with its configuration (context.knownWords).
    static const QSet<QString> brands{u"webcare"_qs,   u"whatsapp"_qs, u"messenger"_qs, u"mastodon"_qs,
                                      u"discourse"_qs, u"facebook"_qs, u"instagram"_qs, u"linkedin"_qs,
                                      u"ideal"_qs,     u"dm"_qs,       u"dm'en"_qs};
    QSet<QString> known;
    for (const QString &k : context.knownWords)
        known.insert(k.toLower());
    for (const QString &part : context.customerName.split(u' ', Qt::SkipEmptyParts))
        known.insert(part.toLower());
    const QString signature = context.signature.trimmed().toLower();
    const QString preferred = english ? u"en_US"_qs : u"nl_NL"_qs;
    for (const Word &w : words) {
        if (w.isProtected || w.text.size() < 2)
            continue;
        if (std::any_of(w.text.cbegin(), w.text.cend(), [](QChar c) { return c.isDigit(); }))
            continue;
        if (brands.contains(w.lower) || known.contains(w.lower) ||
            (!signature.isEmpty() && signature.contains(w.lower)))
            continue;
        // Acronyms (KvK, FBTO), brand spellings with inner capitals, and names in mid-sentence.
        if (std::any_of(w.text.cbegin() + 1, w.text.cend(), [](QChar c) { return c.isUpper(); }))
            continue;
        if (w.text.at(0).isUpper() && !w.sentenceStart)
            continue;
        QString word = w.text;
        word.replace(u'\u2019', u'\'');
        if (context.speller->isCorrect(word))
            continue;
        // At the start of a sentence "Eén" is how Dutch writes "één"; other words by their lower case.
        if (w.sentenceStart) {
            QString lower = word.toLower();
            if (lower.startsWith(u"e\u00e9"))
                lower.replace(0, 1, u'\u00e9');
            if (context.speller->isCorrect(lower))
                continue;
        }
        if (word.contains(u'-')) {
            const QStringList parts = word.split(u'-', Qt::SkipEmptyParts);
            if (std::all_of(parts.cbegin(), parts.cend(),
                            [&](const QString &p) { return context.speller->isCorrect(p); }))
                continue;
        }
        const QStringList suggestions =
            context.spellingSuggestions ? context.speller->suggestions(word, preferred, 5)
                                        : context.speller->cachedSuggestions(word, preferred).value_or(QStringList());
        Finding f;
        f.rule = QString::fromUtf16(rule::spelling);
        f.start = w.start;
        f.length = w.end - w.start;
        f.message = suggestions.isEmpty() ? Text::tr("Spelling: \"%1\" is not in the dictionary.").arg(w.text)
                                          : Text::tr("Spelling: \"%1\" is not in the dictionary; did you mean \"%2\"?")
                                                .arg(w.text, suggestions.constFirst());
        if (!suggestions.isEmpty())
            f.fix = replaceWith(suggestions.constFirst());
        f.alternatives = suggestions;
        out.append(std::move(f));
    }
}

} // namespace

std::optional<AddressStyle> addressStyleFromKey(QStringView key)
{
    if (key == u"je")
        return AddressStyle::Je;
    if (key == u"u")
        return AddressStyle::U;
    return std::nullopt;
}

QList<Finding> check(const QString &draft, const CheckContext &context)
{
    QList<Finding> out;
    if (draft.trimmed().isEmpty())
        return out;
    QList<TextRange> shielded = protectedRanges(draft);
    const QString signature = context.signature.trimmed();
    QList<TextRange> withSignature = shielded;
    for (qsizetype at : wholeOccurrences(draft, signature))
        withSignature.append({at, at + signature.size()});
    QList<Word> words = splitWords(draft);
    for (Word &w : words)
        w.isProtected = overlaps(withSignature, w.start, w.end);
    const bool english = looksEnglish(words);
    const QString lowered = folded(draft);

    if (!english) {
        if (context.style == AddressStyle::Je)
            checkFormalAddress(draft, words, out);
        else
            checkInformalAddress(draft, words, out);
    }
    checkSignature(draft, context, out);
    checkLength(draft, context, out);
    checkName(draft, words, context, english, out);
    checkEmpathy(draft, lowered, context, out);
    checkExclamations(draft, shielded, out);
    checkEmoji(draft, out);
    checkPolicy(draft, lowered, context, out);
    checkCommercial(lowered, shielded, out);
    checkPlaceholders(draft, context, out);
    if (context.speller)
        checkSpelling(words, context, english, out);

    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) { return a.start < b.start; });
    return out;
}

QString applyFixes(const QString &draft, const QList<Finding> &findings)
{
    QList<const Finding *> replacements;
    QStringList appends;
    for (const Finding &f : findings) {
        if (!f.fix)
            continue;
        if (f.fix->kind == Fix::Kind::Append) {
            if (!appends.contains(f.fix->text))
                appends.append(f.fix->text);
        } else {
            replacements.append(&f);
        }
    }
    std::stable_sort(replacements.begin(), replacements.end(),
                     [](const Finding *a, const Finding *b) { return a->start > b->start; });
    QString text = draft;
    qsizetype limit = draft.size(); // replacements must end at or before the start of the last one applied
    for (const Finding *f : replacements) {
        if (f->start < 0 || f->start + f->length > limit)
            continue;
        text.replace(f->start, f->length, f->fix->text);
        limit = f->start;
    }
    for (const QString &a : appends)
        text += a;
    return text;
}

} // namespace webcare::composer
