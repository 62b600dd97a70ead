// SPDX-License-Identifier: MIT
#include "inboxquery.h"

#include <QSet>

namespace webcare::store {

namespace {

// Function words of Dutch and English that occur in most posts (our own short list).
bool isCommonWord(const QString &word)
{
    static const QSet<QString> common{
        QStringLiteral("de"),   QStringLiteral("het"),  QStringLiteral("een"),  QStringLiteral("en"),
        QStringLiteral("van"),  QStringLiteral("ik"),   QStringLiteral("je"),   QStringLiteral("te"),
        QStringLiteral("dat"),  QStringLiteral("die"),  QStringLiteral("in"),   QStringLiteral("is"),
        QStringLiteral("op"),   QStringLiteral("er"),   QStringLiteral("niet"), QStringLiteral("met"),
        QStringLiteral("voor"), QStringLiteral("maar"), QStringLiteral("zijn"), QStringLiteral("aan"),
        QStringLiteral("om"),   QStringLiteral("ook"),  QStringLiteral("als"),  QStringLiteral("dan"),
        QStringLiteral("bij"),  QStringLiteral("of"),   QStringLiteral("nog"),  QStringLiteral("wel"),
        QStringLiteral("wat"),  QStringLiteral("naar"), QStringLiteral("uit"),  QStringLiteral("mijn"),
        QStringLiteral("we"),   QStringLiteral("ze"),   QStringLiteral("hij"),  QStringLiteral("zij"),
        QStringLiteral("al"),   QStringLiteral("the"),  QStringLiteral("a"),    QStringLiteral("an"),
        QStringLiteral("and"),  QStringLiteral("to"),   QStringLiteral("it"),   QStringLiteral("i"),
        QStringLiteral("you"),  QStringLiteral("my"),   QStringLiteral("for"),  QStringLiteral("on"),
    };
    return common.contains(word.toLower());
}

} // namespace

SearchTerms searchTerms(const QString &typed)
{
    SearchTerms terms;
    QString word;
    for (const QChar ch : typed) {
        if (ch.isLetterOrNumber() || ch.isMark()) {
            word += ch;
        } else if (!word.isEmpty()) {
            terms.words << word;
            word.clear();
        }
    }
    const bool typingLast = !word.isEmpty(); // no separator after the last word: the agent is still typing it
    terms.lastIsPrefix = word.size() >= 2;
    if (!word.isEmpty())
        terms.words << word;
    QStringList rare;
    for (qsizetype i = 0; i < terms.words.size(); ++i) {
        const bool stillTyping = terms.lastIsPrefix && i == terms.words.size() - 1;
        const QString &w = terms.words.at(i);
        // A single letter just typed narrows nothing yet: it waits for the next one.
        const bool lone = w.size() == 1 && i == terms.words.size() - 1 && typingLast;
        if (stillTyping || (!isCommonWord(w) && !lone))
            rare << terms.words.at(i);
    }
    if (!rare.isEmpty())
        terms.words = rare;
    return terms;
}

} // namespace webcare::store
