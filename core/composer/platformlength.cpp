// SPDX-License-Identifier: MIT
#include "platformlength.h"

#include "graphemes.h"
#include "textentities.h"

#include <algorithm>

namespace webcare::composer {

namespace {

constexpr int xMaxLength = 280;
constexpr int mastodonMaxLength = 500;
constexpr int mastodonUrlLength = 23;
constexpr int facebookMaxLength = 8000;
constexpr int discourseMaxLength = 32000;

int characterWeight(char16_t codeUnit, const XConfig &config)
{
    for (const XConfig::WeightRange &range : config.ranges) {
        if (codeUnit >= range.first && codeUnit <= range.last)
            return range.weight;
    }
    return config.defaultWeight;
}

int codePointCount(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); i += codePointAt(text, i).size)
        ++count;
    return count;
}

// twitter-text refuses these anywhere in a post.
bool isInvalidCharacter(QChar c) { return c == QChar(0xFFFE) || c == QChar(0xFEFF) || c == QChar(0xFFFF); }

} // namespace

XConfig XConfig::version2()
{
    XConfig config;
    config.emojiParsingEnabled = false;
    config.ranges = {{0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}};
    return config;
}

XConfig XConfig::version3()
{
    XConfig config = version2();
    config.emojiParsingEnabled = true;
    return config;
}

XLength measureX(const QString &text, const XConfig &config)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    const QList<TextRange> urls = findXUrls(normalized);
    auto nextUrl = urls.cbegin();

    qint64 weighted = 0;
    qsizetype validDisplayIndex = 0;
    bool valid = true;
    const qint64 limit = static_cast<qint64>(config.maxWeightedLength) * config.scale;
    // The walk of parseTweet(): a URL or an emoji is one step; any other code point weighs by its code unit. For a
    // surrogate pair that is the low surrogate, which is outside every range, so it weighs defaultWeight.
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        while (nextUrl != urls.cend() && nextUrl->start < i)
            ++nextUrl;
        qsizetype emojiLength = 0;
        if (nextUrl != urls.cend() && nextUrl->start == i) {
            weighted += static_cast<qint64>(config.transformedUrlLength) * config.scale;
            i = nextUrl->end - 1;
        } else if (config.emojiParsingEnabled && (emojiLength = emojiLengthAt(normalized, i)) > 0) {
            weighted += config.defaultWeight;
            i += emojiLength - 1;
        } else {
            if (normalized[i].isHighSurrogate() && i + 1 < normalized.size() && normalized[i + 1].isLowSurrogate())
                ++i;
            weighted += characterWeight(normalized[i].unicode(), config);
        }
        valid = valid && !isInvalidCharacter(normalized[i]);
        if (valid && weighted <= limit)
            validDisplayIndex = i;
    }

    XLength result;
    result.weightedLength = static_cast<int>(weighted / config.scale);
    result.valid = valid && result.weightedLength > 0 && result.weightedLength <= config.maxWeightedLength;
    result.permillage = static_cast<int>(static_cast<qint64>(result.weightedLength) * 1000 / config.maxWeightedLength);
    // The valid range is measured on the normalised text, then shifted by the difference in length, as
    // twitter-text does (so it is exact only when NFC changed nothing before that point).
    result.validRangeEnd = validDisplayIndex + (text.size() - normalized.size());
    result.displayRangeEnd = text.isEmpty() ? 0 : text.size() - 1;
    return result;
}

int mastodonLength(const QString &text, const QString &contentWarning)
{
    struct Entity {
        TextRange range;
        qsizetype countedEnd; // end of the part that is counted as written; -1: counted as a 23-character URL
    };
    // Mastodon counts a text of only white space as empty.
    if (QStringView(text).trimmed().isEmpty())
        return static_cast<int>(graphemeCount(contentWarning));
    QList<Entity> entities;
    for (const TextRange &url : findMastodonUrls(text))
        entities.append({url, -1});
    for (const Mention &mention : findMentions(text))
        entities.append({mention.range, mention.usernameEnd});
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity &a, const Entity &b) { return a.range.start < b.range.start; });

    // Rewrite as Mastodon does before counting: URLs become 23 x's, remote mentions lose their domain. Where
    // entities overlap, the one that starts first wins.
    QString countable;
    qsizetype done = 0;
    for (const Entity &entity : entities) {
        if (entity.range.start < done)
            continue;
        countable += QStringView(text).sliced(done, entity.range.start - done);
        if (entity.countedEnd < 0)
            countable += QString(mastodonUrlLength, QLatin1Char('x'));
        else
            countable += QStringView(text).sliced(entity.range.start, entity.countedEnd - entity.range.start);
        done = entity.range.end;
    }
    countable += QStringView(text).sliced(done);
    return static_cast<int>(graphemeCount(QString(contentWarning + countable)));
}

int weightedLength(domain::Channel channel, const QString &text)
{
    switch (channel) {
    case domain::Channel::X:
        return measureX(text).weightedLength;
    case domain::Channel::Mastodon:
        return mastodonLength(text);
    case domain::Channel::Facebook:
        return static_cast<int>(text.size());
    case domain::Channel::Discourse:
        return codePointCount(text);
    }
    return static_cast<int>(text.size());
}

int maxLength(domain::Channel channel)
{
    switch (channel) {
    case domain::Channel::X:
        return xMaxLength;
    case domain::Channel::Mastodon:
        return mastodonMaxLength;
    case domain::Channel::Facebook:
        return facebookMaxLength;
    case domain::Channel::Discourse:
        return discourseMaxLength;
    }
    return xMaxLength;
}

} // namespace webcare::composer
