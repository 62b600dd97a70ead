// SPDX-License-Identifier: MIT
#include "spelling.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <hunspell.hxx>

namespace webcare::composer {

namespace {
// Enough for a shift of typing; beyond it the cache starts over rather than grow without bound.
constexpr qsizetype cacheLimit = 20000;
} // namespace

struct Speller::Dictionary {
    QString language;
    bool utf8 = true;
    std::unique_ptr<Hunspell> hunspell; // spell(): fast, for the live checks
    // suggest() takes a few hundred milliseconds and Hunspell is not thread-safe: a second instance of its own,
    // made on first use, so a live check never waits for a suggestion being computed.
    std::unique_ptr<Hunspell> suggester;
    QString affPath, dicPath;

    std::string encode(const QString &word) const { return utf8 ? word.toStdString() : word.toLatin1().toStdString(); }
    QString decode(const std::string &word) const
    {
        return utf8 ? QString::fromStdString(word) : QString::fromLatin1(word.data(), qsizetype(word.size()));
    }
};

Speller::Speller(const QStringList &languages, const QString &directory)
{
    for (const QString &language : languages) {
        const QString aff = directory + u'/' + language + QStringLiteral(".aff");
        const QString dic = directory + u'/' + language + QStringLiteral(".dic");
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            continue;
        auto d = std::make_unique<Dictionary>();
        d->language = language;
        d->affPath = aff;
        d->dicPath = dic;
        d->hunspell =
            std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        d->utf8 = QString::fromStdString(d->hunspell->get_dict_encoding()).compare(u"UTF-8", Qt::CaseInsensitive) == 0;
        m_languages.append(language);
        m_dictionaries.push_back(std::move(d));
    }
}

Speller::~Speller() = default;

bool Speller::isCorrect(const QString &word) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_correct.constFind(word); it != m_correct.cend())
        return *it;
    bool correct = m_dictionaries.empty();
    for (const auto &d : m_dictionaries) {
        if (d->hunspell->spell(d->encode(word))) {
            correct = true;
            break;
        }
    }
    if (m_correct.size() > cacheLimit)
        m_correct.clear();
    m_correct.insert(word, correct);
    return correct;
}

std::optional<QStringList> Speller::cachedSuggestions(const QString &word, const QString &preferred) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_suggestions.constFind(preferred + u'\x1f' + word); it != m_suggestions.cend())
        return *it;
    return std::nullopt;
}

QStringList Speller::suggestions(const QString &word, const QString &preferred, int limit) const
{
    const QString key = preferred + u'\x1f' + word;
    if (auto cached = cachedSuggestions(word, preferred))
        return cached->mid(0, limit);
    // Only suggestions wait for each other; spell() and the caches stay free meanwhile.
    QMutexLocker suggesting(&m_suggestMutex);
    QStringList all;
    auto ask = [&](Dictionary &d) {
        if (!d.suggester)
            d.suggester = std::make_unique<Hunspell>(QFile::encodeName(d.affPath).constData(),
                                                     QFile::encodeName(d.dicPath).constData());
        for (const std::string &s : d.suggester->suggest(d.encode(word))) {
            const QString suggestion = d.decode(s);
            if (!all.contains(suggestion))
                all.append(suggestion);
        }
    };
    for (const auto &d : m_dictionaries)
        if (d->language == preferred)
            ask(*d);
    for (const auto &d : m_dictionaries)
        if (d->language != preferred)
            ask(*d);
    all = all.mid(0, 5);
    QMutexLocker lock(&m_mutex);
    if (m_suggestions.size() > cacheLimit)
        m_suggestions.clear();
    m_suggestions.insert(key, all);
    return all.mid(0, limit);
}

} // namespace webcare::composer
