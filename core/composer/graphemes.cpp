// SPDX-License-Identifier: MIT
#include "graphemes.h"

#include "unicodeproperties.h"

namespace webcare::composer {

namespace {

constexpr char32_t zeroWidthJoiner = 0x200D;
constexpr char32_t textPresentationSelector = 0xFE0E;
constexpr char32_t emojiPresentationSelector = 0xFE0F;
constexpr char32_t combiningEnclosingKeycap = 0x20E3;
constexpr char32_t firstSkinTone = 0x1F3FB;
constexpr char32_t lastSkinTone = 0x1F3FF;
constexpr char32_t firstTag = 0xE0020;
constexpr char32_t lastTag = 0xE007E;
constexpr char32_t cancelTag = 0xE007F;

bool isKeycapBase(char32_t cp) { return (cp >= U'0' && cp <= U'9') || cp == U'#' || cp == U'*'; }
bool isSkinTone(char32_t cp) { return cp >= firstSkinTone && cp <= lastSkinTone; }
bool isControlLike(GraphemeBreak b)
{
    return b == GraphemeBreak::Control || b == GraphemeBreak::CR || b == GraphemeBreak::LF;
}

// What GB11 needs to know of the cluster so far: "ExtPict Extend*" or "ExtPict Extend* ZWJ".
enum class PictState { None, Pictographic, PictographicZwj };

// Whether there is no boundary between `before` and `after` (rules GB3 to GB13; GB999 breaks).
bool joins(GraphemeBreak before, GraphemeBreak after, PictState pict, bool afterPictographic, int regionalRun)
{
    using GB = GraphemeBreak;
    if (before == GB::CR && after == GB::LF)
        return true; // GB3
    if (isControlLike(before) || isControlLike(after))
        return false; // GB4, GB5
    if (before == GB::L && (after == GB::L || after == GB::V || after == GB::LV || after == GB::LVT))
        return true; // GB6
    if ((before == GB::LV || before == GB::V) && (after == GB::V || after == GB::T))
        return true; // GB7
    if ((before == GB::LVT || before == GB::T) && after == GB::T)
        return true; // GB8
    if (after == GB::Extend || after == GB::Zwj || after == GB::SpacingMark || before == GB::Prepend)
        return true; // GB9, GB9a, GB9b
    if (pict == PictState::PictographicZwj && afterPictographic)
        return true; // GB11
    if (before == GB::RegionalIndicator && after == GB::RegionalIndicator)
        return regionalRun % 2 == 1; // GB12, GB13: flags pair up
    return false;
}

} // namespace

CodePoint codePointAt(QStringView text, qsizetype index)
{
    const QChar c = text[index];
    if (c.isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text[index + 1]), 2};
    return {c.unicode(), 1};
}

qsizetype nextGraphemeBoundary(QStringView text, qsizetype from)
{
    if (from >= text.size())
        return text.size();
    const CodePoint first = codePointAt(text, from);
    CodePointProperties previous = codePointProperties(first.value);
    PictState pict = previous.extendedPictographic ? PictState::Pictographic : PictState::None;
    int regionalRun = previous.graphemeBreak == GraphemeBreak::RegionalIndicator ? 1 : 0;
    qsizetype pos = from + first.size;
    while (pos < text.size()) {
        const CodePoint cp = codePointAt(text, pos);
        const CodePointProperties current = codePointProperties(cp.value);
        if (!joins(previous.graphemeBreak, current.graphemeBreak, pict, current.extendedPictographic, regionalRun))
            break;
        if (current.extendedPictographic)
            pict = PictState::Pictographic;
        else if (pict == PictState::Pictographic && current.graphemeBreak == GraphemeBreak::Zwj)
            pict = PictState::PictographicZwj;
        else if (!(pict == PictState::Pictographic && current.graphemeBreak == GraphemeBreak::Extend))
            pict = PictState::None;
        regionalRun = current.graphemeBreak == GraphemeBreak::RegionalIndicator ? regionalRun + 1 : 0;
        previous = current;
        pos += cp.size;
    }
    return pos;
}

QList<qsizetype> graphemeBoundaries(QStringView text)
{
    QList<qsizetype> boundaries{0};
    for (qsizetype pos = 0; pos < text.size();) {
        pos = nextGraphemeBoundary(text, pos);
        boundaries.append(pos);
    }
    return boundaries;
}

qsizetype graphemeCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype pos = 0; pos < text.size(); pos = nextGraphemeBoundary(text, pos))
        ++count;
    return count;
}

qsizetype emojiLengthAt(QStringView text, qsizetype from)
{
    if (from >= text.size())
        return 0;
    const auto at = [&](qsizetype i) { return i < text.size() ? codePointAt(text, i) : CodePoint{}; };
    const CodePoint first = at(from);
    qsizetype pos = from + first.size;

    if (isKeycapBase(first.value)) {
        if (at(pos).value == emojiPresentationSelector)
            pos += 1;
        return at(pos).value == combiningEnclosingKeycap ? pos + 1 - from : 0;
    }
    const CodePointProperties props = codePointProperties(first.value);
    if (!props.emoji)
        return 0;
    if (props.graphemeBreak == GraphemeBreak::RegionalIndicator) {
        const CodePoint second = at(pos);
        const bool pair =
            second.size > 0 && codePointProperties(second.value).graphemeBreak == GraphemeBreak::RegionalIndicator;
        return pos + (pair ? second.size : 0) - from;
    }
    if (!props.emojiPresentation) {
        const char32_t next = at(pos).value;
        if (next == textPresentationSelector)
            return 0;
        if (first.value < 0x100 && next != emojiPresentationSelector)
            return 0; // © and ®
    }

    // One element: the emoji, then its presentation selector or skin tone, then a tag sequence (subdivision flags).
    const auto element = [&](qsizetype p) {
        const CodePoint next = at(p);
        if (next.value == emojiPresentationSelector || isSkinTone(next.value))
            p += next.size;
        qsizetype tags = p;
        while (at(tags).value >= firstTag && at(tags).value <= lastTag)
            tags += 2;
        if (tags > p && at(tags).value == cancelTag)
            p = tags + 2;
        return p;
    };
    pos = element(pos);
    while (at(pos).value == zeroWidthJoiner) {
        const CodePoint joined = at(pos + 1);
        const CodePointProperties joinedProps = codePointProperties(joined.value);
        if (joined.size == 0 || joined.value < 0x80 || !(joinedProps.emoji || joinedProps.extendedPictographic))
            break;
        pos = element(pos + 1 + joined.size);
    }
    return pos - from;
}

} // namespace webcare::composer
