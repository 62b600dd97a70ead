// SPDX-License-Identifier: MIT
#include "threadsplit.h"

#include "graphemes.h"
#include "platformlength.h"

#include <algorithm>

namespace webcare::composer {

namespace {

bool isBreakingSpace(QChar c) { return c.isSpace() && c != QChar(0x00A0) && c != QChar(0x2007) && c != QChar(0x202F); }

int digitCount(qsizetype n)
{
    int digits = 1;
    for (; n >= 10; n /= 10)
        ++digits;
    return digits;
}

class Splitter {
public:
    Splitter(domain::Channel channel, const QString &text)
        : m_channel(channel)
        , m_text(text)
        , m_limit(maxLength(channel))
        , m_boundaries(graphemeBoundaries(text))
    {
        // Words: runs of grapheme clusters that are not white space (a space with a combining mark is no space).
        qsizetype wordStart = -1;
        for (qsizetype i = 0; i + 1 < m_boundaries.size(); ++i) {
            const QStringView cluster =
                QStringView(text).sliced(m_boundaries[i], m_boundaries[i + 1] - m_boundaries[i]);
            const bool space = std::all_of(cluster.begin(), cluster.end(), isBreakingSpace);
            if (!space && wordStart < 0)
                wordStart = m_boundaries[i];
            if (space && wordStart >= 0) {
                m_words.append({wordStart, m_boundaries[i]});
                wordStart = -1;
            }
        }
        if (wordStart >= 0)
            m_words.append({wordStart, text.size()});

        // Links and mentions are not cut; the union of both platforms' link rules protects bare domains too.
        m_protected = findXUrls(text) + findMastodonUrls(text);
        for (const Mention &mention : findMentions(text))
            m_protected.append(mention.range);
    }

    bool isEmpty() const { return m_words.isEmpty(); }

    // Pieces of the text, one per part, each leaving room for a numbering of `digits` digits per number.
    QList<TextRange> pieces(int digits) const
    {
        const QString nines(digits, QLatin1Char('9'));
        const QString reserve = QStringLiteral(" (") + nines + QLatin1Char('/') + nines + QLatin1Char(')');
        QList<TextRange> result;
        qsizetype word = 0;
        qsizetype start = m_words.isEmpty() ? 0 : m_words.first().start;
        while (word < m_words.size()) {
            if (!fits(start, m_words[word].end, reserve)) {
                // This word alone is longer than a part: the only case where a word is cut.
                const qsizetype cut = cutInside(start, m_words[word].end, reserve);
                result.append({start, cut});
                start = cut;
                continue;
            }
            // The most whole words that fit: gallop, then bisect.
            qsizetype good = word;
            qsizetype bad = m_words.size();
            for (qsizetype step = 1; good + step < m_words.size(); step *= 2) {
                if (!fits(start, m_words[good + step].end, reserve)) {
                    bad = good + step;
                    break;
                }
                good += step;
            }
            while (bad - good > 1) {
                const qsizetype middle = good + (bad - good) / 2;
                (fits(start, m_words[middle].end, reserve) ? good : bad) = middle;
            }
            result.append({start, m_words[good].end});
            word = good + 1;
            if (word < m_words.size())
                start = m_words[word].start;
        }
        return result;
    }

private:
    bool fits(qsizetype start, qsizetype end, const QString &suffix) const
    {
        return weightedLength(m_channel, m_text.mid(start, end - start) + suffix) <= m_limit;
    }

    // The link or mention a cut at `position` would fall inside, if any.
    const TextRange *protectedAround(qsizetype position) const
    {
        const auto it = std::find_if(m_protected.cbegin(), m_protected.cend(),
                                     [position](const TextRange &range) { return range.strictlyContains(position); });
        return it == m_protected.cend() ? nullptr : &*it;
    }

    // Where to end a part that starts at `start` inside a word ending at `wordEnd` which does not fit whole: the
    // furthest grapheme boundary that fits and is not inside a link or mention; else the furthest that fits.
    qsizetype cutInside(qsizetype start, qsizetype wordEnd, const QString &reserve) const
    {
        const auto first = std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), start);
        const auto last = std::lower_bound(m_boundaries.cbegin(), m_boundaries.cend(), wordEnd);
        // Bisect for the furthest boundary in [first, last) that fits.
        auto good = first - 1; // `start` itself: an empty part always fits
        auto bad = last;
        while (bad - good > 1) {
            const auto middle = good + (bad - good) / 2;
            (fits(start, *middle, reserve) ? good : bad) = middle;
        }
        for (auto it = good; it != first - 1;) {
            if (const TextRange *around = protectedAround(*it)) {
                // Back to where the link or mention starts, unless it started before this part did.
                const auto after = std::upper_bound(first - 1, it, around->start);
                it = after == first - 1 ? first - 1 : after - 1;
                continue;
            }
            if (fits(start, *it, reserve))
                return *it;
            --it;
        }
        if (good != first - 1)
            return *good;
        // Not even one grapheme cluster fits (hundreds of combining marks on X): cut it between code points.
        qsizetype cut = start + codePointAt(m_text, start).size;
        for (qsizetype next = cut; next < *first; next += codePointAt(m_text, next).size) {
            if (!fits(start, next, reserve))
                break;
            cut = next;
        }
        return cut;
    }

    domain::Channel m_channel;
    const QString m_text; // a shallow copy: QString is implicitly shared
    int m_limit;
    QList<qsizetype> m_boundaries;
    QList<TextRange> m_words;
    QList<TextRange> m_protected;
};

} // namespace

QString threadNumbering(qsizetype part, qsizetype count) { return QStringLiteral(" (%1/%2)").arg(part).arg(count); }

QList<ThreadPart> splitThreadParts(domain::Channel channel, const QString &text)
{
    const Splitter splitter(channel, text);
    if (splitter.isEmpty())
        return {};
    if (weightedLength(channel, text) <= maxLength(channel))
        return {{text, {0, text.size()}}};

    // The numbering's width depends on the number of parts, which depends on the numbering's width.
    QList<TextRange> pieces;
    for (int digits = 1;; digits = digitCount(pieces.size())) {
        pieces = splitter.pieces(digits);
        if (digitCount(pieces.size()) <= digits)
            break;
    }
    QList<ThreadPart> parts;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const TextRange &piece = pieces[i];
        parts.append({text.mid(piece.start, piece.length()) + threadNumbering(i + 1, pieces.size()), piece});
    }
    return parts;
}

QStringList splitIntoThread(domain::Channel channel, const QString &text)
{
    QStringList texts;
    for (const ThreadPart &part : splitThreadParts(channel, text))
        texts.append(part.text);
    return texts;
}

} // namespace webcare::composer
