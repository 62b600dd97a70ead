// SPDX-License-Identifier: MIT
#include "linktarget.h"

#include <QRegularExpression>

#include <algorithm>

namespace webcare::composer {

namespace {
// Any http(s) address, whatever its top-level domain (".example", an intranet name): the platforms' rules only link
// known TLDs, but an address the agent can copy must be as guarded as one they can click.
QList<TextRange> findSchemeUrls(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("https?://[^\\s<>\"]+"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<TextRange> out;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype end = m.capturedEnd();
        // Sentence punctuation after a link is not part of it.
        while (end > m.capturedStart() && QStringView(u".,;:!?)]}'").contains(text.at(end - 1)))
            --end;
        if (end - m.capturedStart() > 8)
            out << TextRange{m.capturedStart(), end};
    }
    return out;
}
} // namespace

QList<TextRange> findLinks(const QString &text)
{
    QList<TextRange> all = findXUrls(text);
    all += findMastodonUrls(text);
    all += findSchemeUrls(text);
    std::sort(all.begin(), all.end(), [](const TextRange &a, const TextRange &b) {
        return a.start != b.start ? a.start < b.start : a.length() > b.length();
    });
    QList<TextRange> out;
    for (const TextRange &r : std::as_const(all)) {
        if (r.length() <= 0)
            continue;
        if (!out.isEmpty() && r.start < out.constLast().end) {
            if (r.end > out.constLast().end && r.length() > out.constLast().length())
                out.last() = r; // overlapping: keep the longer span
            continue;
        }
        out << r;
    }
    return out;
}

bool isInvisible(char32_t cp)
{
    if (cp == 0x20)
        return false;
    switch (cp) {
    case 0x115F: // Hangul fillers: letters by category, but draw nothing
    case 0x1160:
    case 0x3164:
    case 0xFFA0:
    case 0x034F: // combining grapheme joiner
    case 0x2800: // braille blank
        return true;
    default:
        break;
    }
    if (cp >= 0xFE00 && cp <= 0xFE0F)
        return false; // variation selectors only pick a glyph style
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

namespace {
// Calls f(codePoint, start, length) for each code point; a lone surrogate is its own code point.
template <typename F> void forEachCodePoint(const QString &text, F f)
{
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text.at(i + 1)), i, 2);
            i += 2;
        } else {
            f(char32_t(c.unicode()), i, 1);
            ++i;
        }
    }
}
} // namespace

bool hasInvisible(const QString &text)
{
    bool found = false;
    forEachCodePoint(text, [&](char32_t cp, qsizetype, qsizetype) { found = found || isInvisible(cp); });
    return found;
}

QString revealInvisible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t cp, qsizetype at, qsizetype length) {
        if (isInvisible(cp))
            out += QStringLiteral("⟨U+%1⟩").arg(QString::number(uint(cp), 16).toUpper().rightJustified(4, u'0'));
        else
            out += QStringView(text).mid(at, length);
    });
    return out;
}

LinkTarget describeLinkTarget(const QString &written)
{
    LinkTarget t;
    t.written = written;
    t.writtenVisible = revealInvisible(written);
    t.hiddenCharacters = hasInvisible(written);
    if (written.trimmed().isEmpty())
        return t;

    // "duinzicht.nl/schade" has no scheme; "duinzicht.nl:8080/x" neither (a scheme has no dot in practice), but
    // "javascript:…" and "data:…" do.
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.\\-]*):"));
    const QRegularExpressionMatch m = schemePattern.match(written);
    const bool explicitScheme = m.hasMatch() && (written.mid(m.capturedEnd(), 2) == QLatin1String("//") ||
                                                 !m.captured(1).contains(QLatin1Char('.')));
    QString input = written;
    qsizetype authorityStart = 0;
    if (explicitScheme) {
        t.scheme = m.captured(1).toLower();
        authorityStart = m.capturedEnd();
        if (written.mid(authorityStart, 2) == QLatin1String("//"))
            authorityStart += 2;
    } else {
        t.schemeAdded = true;
        t.scheme = QStringLiteral("https");
        input = QStringLiteral("https://") + written;
    }
    if (t.scheme != QLatin1String("http") && t.scheme != QLatin1String("https")) {
        t.verdict = LinkTarget::Verdict::UnsupportedScheme;
        return t;
    }

    // The site's name as written, before the URL parser maps or drops anything in it.
    static const QRegularExpression authorityEnd(QStringLiteral("[/?#\\\\]"));
    qsizetype end = written.indexOf(authorityEnd, authorityStart);
    if (end < 0)
        end = written.size();
    const QString writtenAuthority = written.mid(authorityStart, end - authorityStart);
    if (hasInvisible(writtenAuthority)) {
        t.host = revealInvisible(writtenAuthority.section(QLatin1Char('@'), -1));
        t.verdict = LinkTarget::Verdict::HiddenCharactersInHost;
        return t;
    }

    const QUrl url(input, QUrl::TolerantMode);
    if (!url.isValid()) {
        t.verdict = LinkTarget::Verdict::NotALink;
        return t;
    }
    t.url = url;
    t.scheme = url.scheme().toLower();
    t.userInfo = !url.userInfo().isEmpty();
    const QString host = url.host(QUrl::FullyDecoded);
    if (host.isEmpty()) {
        t.verdict = LinkTarget::Verdict::NoHost;
        return t;
    }
    t.asciiHost = QString::fromLatin1(QUrl::toAce(host));
    if (t.asciiHost.isEmpty()) {
        // IDNA refused the name (disallowed characters): no browser resolves it as written.
        t.host = revealInvisible(host);
        t.verdict = LinkTarget::Verdict::NotALink;
        return t;
    }
    t.host = revealInvisible(QUrl::fromAce(t.asciiHost.toLatin1()));
    t.internationalHost = t.asciiHost.startsWith(QLatin1String("xn--")) ||
                          t.asciiHost.contains(QLatin1String(".xn--")) || host != t.asciiHost.toLower();
    t.address = QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
    t.verdict = LinkTarget::Verdict::Openable;
    return t;
}

} // namespace webcare::composer
