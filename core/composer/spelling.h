// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class Hunspell;

namespace webcare::composer {

// Hunspell dictionaries, loaded once (by the composition root) and shared by every thread that checks drafts.
// A Hunspell instance is not thread-safe, so every call goes through one mutex; answers are cached because the
// composer checks the same words again after every pause.
class Speller final {
public:
    // Loads `<directory>/<language>.aff/.dic` for each language found, e.g. {"nl_NL", "en_US"}; a missing
    // dictionary is left out (see languages()).
    explicit Speller(const QStringList &languages = {QStringLiteral("nl_NL"), QStringLiteral("en_US")},
                     const QString &directory = QStringLiteral("/usr/share/hunspell"));
    ~Speller();
    Q_DISABLE_COPY_MOVE(Speller)

    QStringList languages() const { return m_languages; } // the ones that loaded
    bool hasLanguage(const QString &language) const { return m_languages.contains(language); }

    // Whether any loaded dictionary accepts the word (Dutch replies quote English product names and vice versa).
    bool isCorrect(const QString &word) const;
    // Up to `limit` suggestions; `preferred` (e.g. "en_US") is asked first, then the others.
    QStringList suggestions(const QString &word, const QString &preferred = {}, int limit = 5) const;
    // Only what suggestions() already computed; nothing when it has not been asked for this word yet.
    std::optional<QStringList> cachedSuggestions(const QString &word, const QString &preferred = {}) const;

private:
    struct Dictionary;
    std::vector<std::unique_ptr<Dictionary>> m_dictionaries;
    QStringList m_languages;
    mutable QMutex m_mutex;        // spell() and the caches
    mutable QMutex m_suggestMutex; // suggest(), on the second Hunspell instances
    mutable QHash<QString, bool> m_correct;
    mutable QHash<QString, QStringList> m_suggestions;
};

} // namespace webcare::composer
