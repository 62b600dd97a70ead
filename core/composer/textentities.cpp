// SPDX-License-Identifier: MIT
#include "textentities.h"

#include "topleveldomains.h"

#include <QRegularExpression>

#include <initializer_list>
#include <limits>

// The URL grammar is twitter-text's (js/src/regexp/*.js, Apache-2.0), rewritten here as PCRE patterns; the
// Mastodon flavour changes the protocol and path parts the way Mastodon's config/initializers/twitter_regex.rb does.
namespace webcare::composer {

namespace {

enum class Flavour { X, Mastodon };

constexpr QStringView invalidChars = u"\\x{FFFE}\\x{FEFF}\\x{FFFF}";
constexpr QStringView directionalMarkers = u"\\x{202A}-\\x{202E}\\x{061C}\\x{200E}\\x{200F}\\x{2066}-\\x{2069}";
constexpr QStringView spaces = u"\\x{09}-\\x{0D}\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{2028}"
                               u"\\x{2029}\\x{202F}\\x{205F}\\x{3000}";
constexpr QStringView punctuation = u"!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]\\^_{|}~$";
constexpr QStringView latinAccents = u"\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}\\x{0100}-\\x{024F}\\x{0253}"
                                     u"\\x{0254}\\x{0256}\\x{0257}\\x{0259}\\x{025B}\\x{0263}\\x{0268}\\x{026F}"
                                     u"\\x{0272}\\x{0289}\\x{028B}\\x{02BB}\\x{0300}-\\x{036F}\\x{1E00}-\\x{1EFF}";
constexpr QStringView cyrillic = u"\\x{0400}-\\x{04FF}";
// Mastodon lets any non-ASCII character into a query string (RFC 3987 ucschar).
constexpr QStringView mastodonQueryExtra =
    u"\\x{A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}\\x{10000}-\\x{1FFFD}\\x{20000}-\\x{2FFFD}"
    u"\\x{30000}-\\x{3FFFD}\\x{40000}-\\x{4FFFD}\\x{50000}-\\x{5FFFD}\\x{60000}-\\x{6FFFD}\\x{70000}-\\x{7FFFD}"
    u"\\x{80000}-\\x{8FFFD}\\x{90000}-\\x{9FFFD}\\x{A0000}-\\x{AFFFD}\\x{B0000}-\\x{BFFFD}\\x{C0000}-\\x{CFFFD}"
    u"\\x{D0000}-\\x{DFFFD}\\x{E1000}-\\x{EFFFD}\\x{E000}-\\x{F8FF}\\x{F0000}-\\x{FFFFD}\\x{100000}-\\x{10FFFD}";
constexpr qsizetype maxUrlLength = 4096;
constexpr qsizetype maxTcoSlugLength = 40;
constexpr qsizetype maxDomainLabelLength = 63;
constexpr qsizetype maxMentionDomainLength = 253;

QString join(std::initializer_list<QStringView> parts)
{
    QString joined;
    for (const QStringView part : parts)
        joined += part;
    return joined;
}

QString topLevelDomain(QStringView alternatives)
{
    // The lookahead keeps "example.community" from matching ".com".
    return join({u"(?:(?:", alternatives, u")(?![0-9a-z@+\\-]))"});
}

QString domainPattern()
{
    const QString domainChar = join({u"[^", punctuation, spaces, invalidChars, u"]"});
    const QString subdomain = join({u"(?:(?:", domainChar, u"(?:[_-]|", domainChar, u")*)?", domainChar, u"\\.)"});
    const QString domainName = join({u"(?:(?:", domainChar, u"(?:-|", domainChar, u")*)?", domainChar, u"\\.)"});
    return join({u"(?:", subdomain, u"*", domainName, u"(?:", topLevelDomain(genericTopLevelDomains()), u"|",
                 topLevelDomain(countryCodeTopLevelDomains()), u"|(?:xn--[\\-0-9a-z]+)))"});
}

QString urlPattern(Flavour flavour)
{
    const QString preceding =
        join({u"(?:[^A-Za-z0-9@\\x{FF20}$#\\x{FF03}", invalidChars, u"]|[", directionalMarkers, u"]|^)"});
    QString protocol, path, queryChar, queryEnd;
    if (flavour == Flavour::X) {
        protocol = QStringLiteral("https?://");
        const QString pathChar =
            join({u"[a-z", cyrillic, u"0-9!*';:=+,.$/%#\\[\\]\\-\\x{2013}_~@|&", latinAccents, u"]"});
        const QString parens =
            join({u"\\((?:", pathChar, u"+|(?:", pathChar, u"*\\(", pathChar, u"+\\)", pathChar, u"*))\\)"});
        const QString pathEnd = join({u"[+\\-a-z", cyrillic, u"0-9=_#/", latinAccents, u"]"});
        // As twitter-text splices it: a path piece ends in an ending character, or is one balanced parenthesis.
        path = join({u"(?:(?:", pathChar, u"*(?:", parens, pathChar, u"*)*", pathEnd, u"|", parens, u")|(?:@", pathChar,
                     u"+/))"});
        queryChar = QStringLiteral("[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]");
        queryEnd = QStringLiteral("[a-z0-9\\-_&=#/]");
    } else {
        protocol = QStringLiteral("(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://");
        const QString pathChar = join({u"[^", spaces, u"<>()?]"});
        const QString parens =
            join({u"\\((?:", pathChar, u"+|(?:", pathChar, u"*\\(", pathChar, u"+\\)", pathChar, u"*))\\)"});
        const QString pathEnd = join({u"[^", spaces, u"()?!*\"'\\x{300C}\\x{300D}<>;:=,.$%\\[\\]~&|@]"});
        path = join({u"(?:(?:", pathChar, u"*(?:", parens, pathChar, u"*)*(?:", pathEnd, u"|", parens, u"))|(?:",
                     pathChar, u"+/))"});
        queryChar = join({u"[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|\\^", mastodonQueryExtra, u"]"});
        queryEnd = join({u"[a-z0-9\\-_&=#/", mastodonQueryExtra, u"]"});
    }
    // \G: the caller picks the positions to try (see urlMatches); unlike an anchoring match option it keeps JIT.
    return join({u"\\G(?<before>", preceding, u")(?<url>(?<protocol>", protocol, u")?(?<domain>", domainPattern(),
                 u")(?::[0-9]+)?(?<path>/", path, u"*)?(?:\\?", queryChar, u"*", queryEnd, u")?)"});
}

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;

// Compiled once and never changed: QRegularExpression is safe to share between threads for matching.
const QRegularExpression &urlExpression(Flavour flavour)
{
    static const QRegularExpression xUrl(urlPattern(Flavour::X), caseless);
    static const QRegularExpression mastodonUrl(urlPattern(Flavour::Mastodon), caseless);
    return flavour == Flavour::X ? xUrl : mastodonUrl;
}

QString asciiDomainPattern()
{
    return join({u"(?:(?:[\\-a-z0-9", latinAccents, u"]+)\\.)+(?:", topLevelDomain(genericTopLevelDomains()), u"|",
                 topLevelDomain(countryCodeTopLevelDomains()), u"|(?:xn--[\\-0-9a-z]+))"});
}

const QRegularExpression &asciiDomainExpression()
{
    static const QRegularExpression expression(asciiDomainPattern(), caseless);
    return expression;
}

const QRegularExpression &tcoExpression()
{
    static const QRegularExpression expression(
        QStringLiteral("^https?://t\\.co/([a-z0-9]+)(?:\\?[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-z0-9\\-_&=#/])?"),
        caseless);
    return expression;
}

// Length of the ACE form ("xn--...") of one domain label by RFC 3492, as punycode.toASCII() would produce it.
qsizetype punycodeLength(QStringView label)
{
    const QList<uint> input = label.toUcs4();
    qsizetype basic = 0;
    for (const uint cp : input)
        basic += cp < 0x80 ? 1 : 0;
    if (basic == input.size())
        return label.size();
    constexpr qint64 base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
    const auto adapt = [](qint64 delta, qint64 points, bool first) {
        delta = first ? delta / damp : delta / 2;
        delta += delta / points;
        qint64 k = 0;
        while (delta > ((base - tMin) * tMax) / 2) {
            delta /= base - tMin;
            k += base;
        }
        return k + (base - tMin + 1) * delta / (delta + skew);
    };
    qsizetype length = 4 + basic + (basic > 0 ? 1 : 0); // "xn--", the basic code points and their delimiter
    qint64 n = 0x80, delta = 0, bias = 72;
    qsizetype handled = basic;
    while (handled < input.size()) {
        qint64 m = std::numeric_limits<qint64>::max();
        for (const uint cp : input)
            if (cp >= n && cp < m)
                m = cp;
        delta += (m - n) * (handled + 1);
        n = m;
        for (const uint cp : input) {
            if (cp < n)
                ++delta;
            if (cp != n)
                continue;
            qint64 q = delta;
            for (qint64 k = base;; k += base) {
                const qint64 t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
                if (q < t)
                    break;
                ++length;
                q = (q - t) / (base - t);
            }
            ++length;
            bias = adapt(delta, handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return length;
}

// twitter-text's idna.toAscii(): every label must have 1 to 63 characters once punycode-encoded.
bool hasValidLabels(const QString &domain)
{
    if (domain.startsWith(QLatin1String("xn--")) && !asciiDomainExpression().match(domain).hasMatch())
        return false;
    for (const QStringView label : QStringView(domain).split(QLatin1Char('.'))) {
        const qsizetype length = punycodeLength(label);
        if (length < 1 || length > maxDomainLabelLength)
            return false;
    }
    return true;
}

// PCRE cannot match UTF-16 with a lone surrogate at all; U+FFFD in its place keeps every offset.
QString withoutLoneSurrogates(const QString &text)
{
    QString valid = text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool paired = text[i].isHighSurrogate()
                                ? i + 1 < text.size() && text[i + 1].isLowSurrogate()
                                : !text[i].isLowSurrogate() || (i > 0 && text[i - 1].isHighSurrogate());
        if (!paired)
            valid[i] = QChar::ReplacementCharacter;
    }
    return valid;
}

// Whether a domain can run through this character: a domain character, or the "-", "_" and "." between them.
bool continuesDomain(QChar c)
{
    static constexpr QStringView stops = u"!'#%&()*+,/:;<=>?@[]^{|}~$\\\u0085\u00A0\u1680\u180E\u2028\u2029\u202F"
                                         u"\u205F\u3000\uFEFF\uFFFE\uFFFF";
    const char16_t u = c.unicode();
    return !((u >= 0x09 && u <= 0x0D) || u == 0x20 || (u >= 0x2000 && u <= 0x200A) || stops.contains(c));
}

// The matches of the URL expression, in the order and with the overlaps of a global match. A match needs a dot in
// the run of domain characters where its domain starts; positions without one are skipped without running the
// expression, which otherwise goes quadratic on long runs without spaces (hundreds of emoji in a row).
QList<QRegularExpressionMatch> urlMatches(const QString &text, Flavour flavour)
{
    const qsizetype size = text.size();
    QList<bool> dotAhead(size + 1, false);
    for (qsizetype i = size - 1; i >= 0; --i)
        dotAhead[i] = text[i] == QLatin1Char('.') || (continuesDomain(text[i]) && dotAhead[i + 1]);
    const auto domainCanStart = [&](qsizetype at) {
        if (at >= size)
            return false;
        if (dotAhead[at])
            return true;
        qsizetype letters = at;
        while (letters < size && letters - at < 8 && text[letters].isLetter() && text[letters].unicode() < 0x80)
            ++letters;
        return letters > at && QStringView(text).sliced(letters).startsWith(u"://") && dotAhead[letters + 3];
    };

    // Matching at many offsets, QRegularExpression would check the whole text for valid UTF-16 each time: it is
    // made valid once here, and the matches skip the check.
    const QString subject = withoutLoneSurrogates(text);
    QList<QRegularExpressionMatch> matches;
    const QRegularExpression &expression = urlExpression(flavour);
    for (qsizetype anchor = 0; anchor < size;) {
        // The match takes the code point before the URL, or none at the very start.
        const qsizetype next = anchor + (subject[anchor].isHighSurrogate() ? 2 : 1);
        if (domainCanStart(next) || (anchor == 0 && domainCanStart(0))) {
            QRegularExpressionMatch m = expression.match(subject, anchor, QRegularExpression::NormalMatch,
                                                         QRegularExpression::DontCheckSubjectStringMatchOption);
            if (m.hasMatch()) {
                anchor = m.capturedEnd(0);
                matches.append(std::move(m));
                continue;
            }
        }
        anchor = next;
    }
    return matches;
}

QList<TextRange> findUrls(const QString &text, Flavour flavour)
{
    QList<TextRange> urls;
    if (flavour == Flavour::X ? !text.contains(QLatin1Char('.')) : !text.contains(QLatin1Char(':')))
        return urls;
    for (const QRegularExpressionMatch &m : urlMatches(text, flavour)) {
        const QString url = m.captured(u"url");
        const QString protocol = m.captured(u"protocol");
        const QString domain = m.captured(u"domain");
        const bool hasPath = m.capturedLength(u"path") > 0;
        const qsizetype start = m.capturedStart(u"url");
        const qsizetype end = m.capturedEnd(u"url");
        const qsizetype protocolLength = protocol.isEmpty() ? 8 : protocol.size(); // https:// is assumed
        if (!hasValidLabels(domain) || protocolLength + url.size() > maxUrlLength)
            continue;

        if (protocol.isEmpty()) {
            // Only X links bare domains, and only their ASCII parts; not after "-", "_", "." or "/".
            const QString before = m.captured(u"before");
            if (flavour != Flavour::X || (!before.isEmpty() && QStringView(u"-_./").contains(before.back())))
                continue;
            qsizetype asciiEnd = 0;
            bool found = false;
            auto asciiMatches = asciiDomainExpression().globalMatch(domain);
            while (asciiMatches.hasNext()) {
                const QString ascii = asciiMatches.next().captured(0);
                const qsizetype asciiStart = domain.indexOf(ascii, asciiEnd);
                asciiEnd = asciiStart + ascii.size();
                found = true;
                urls.append({start + asciiStart, start + asciiEnd});
            }
            if (found && hasPath)
                urls.last().end = end;
            continue;
        }
        // A t.co link ends after its slug and query; a longer slug is no t.co link at all.
        const QRegularExpressionMatch tco = tcoExpression().match(url);
        if (tco.hasMatch()) {
            if (tco.capturedLength(1) > maxTcoSlugLength)
                continue;
            urls.append({start, start + tco.capturedLength(0)});
            continue;
        }
        urls.append({start, end});
    }
    return urls;
}

} // namespace

QList<TextRange> findXUrls(const QString &text) { return findUrls(text, Flavour::X); }

QList<TextRange> findMastodonUrls(const QString &text) { return findUrls(text, Flavour::Mastodon); }

QList<Mention> findMentions(const QString &text)
{
    static const QRegularExpression mention(
        QStringLiteral("(?<![=/\\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@(\\w+(?:[.-]+\\w+)*))?"),
        caseless | QRegularExpression::UseUnicodePropertiesOption);
    // Followed by another @, an accented letter or "://", it is part of something else (an e-mail address, a URL).
    static const QRegularExpression endOfMention(join({u"^(?:[@\\x{FF20}", latinAccents, u"]|://)"}));
    QList<Mention> mentions;
    if (!text.contains(QLatin1Char('@')))
        return mentions;
    auto matches = mention.globalMatch(withoutLoneSurrogates(text));
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        if (endOfMention.match(QStringView(text).sliced(m.capturedEnd(0)).left(3)).hasMatch())
            continue;
        if (m.capturedLength(2) > maxMentionDomainLength)
            continue;
        mentions.append({{m.capturedStart(0), m.capturedEnd(0)}, m.capturedEnd(1)});
    }
    return mentions;
}

} // namespace webcare::composer
