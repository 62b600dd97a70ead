// SPDX-License-Identifier: MIT
#include "tokenizer.h"

#include "composer/graphemes.h"

#include <QChar>

namespace webcare::triage {

namespace {

bool isWordChar(char32_t cp)
{
    const QChar::Category c = QChar::category(cp);
    return QChar::isLetterOrNumber(cp) || c == QChar::Mark_NonSpacing || c == QChar::Mark_SpacingCombining;
}

// Format characters (U+200B, U+200D outside emoji, U+202E …) change nothing a reader sees as a word.
bool isIgnorable(char32_t cp) { return QChar::category(cp) == QChar::Other_Format || cp == 0xFE0F || cp == 0xFE0E; }

bool isApostrophe(char32_t cp) { return cp == U'\'' || cp == 0x2019; }

bool startsWith(QStringView text, qsizetype at, QLatin1String prefix)
{
    return text.mid(at, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

QString normalisedWord(const QString &word)
{
    QString w = word.toLower();
    bool digits = w.size() >= 3;
    for (QChar c : std::as_const(w)) {
        if (!c.isDigit()) {
            digits = false;
            break;
        }
    }
    return digits ? QStringLiteral("<num>") : w;
}

} // namespace

QStringList tokenize(QStringView text)
{
    QStringList out;
    QString word;
    QChar prefix; // '#' or '@' in front of the current word
    auto flush = [&] {
        if (!word.isEmpty()) {
            const QString w = normalisedWord(word);
            if (prefix.isNull()) {
                out << w;
            } else if (prefix == QLatin1Char('#')) {
                out << QLatin1Char('#') + w << w;
            } else {
                out << QLatin1Char('@') + w;
            }
        }
        word.clear();
        prefix = QChar();
    };
    auto pushMark = [&](QChar mark) {
        const QString m(mark);
        if (out.isEmpty() || out.last() != m)
            out << m;
    };

    qsizetype i = 0;
    while (i < text.size()) {
        if (const qsizetype emoji = composer::emojiLengthAt(text, i);
            emoji > 0 && !(word.size() && text.at(i).isDigit())) {
            // Digits, '#' and '*' start an emoji only as a keycap; inside a word they stay text.
            flush();
            QString e;
            for (QChar c : text.mid(i, emoji)) {
                if (c.unicode() != 0xFE0F)
                    e += c;
            }
            out << e;
            i += emoji;
            continue;
        }
        if (startsWith(text, i, QLatin1String("http://")) || startsWith(text, i, QLatin1String("https://")) ||
            startsWith(text, i, QLatin1String("www."))) {
            flush();
            while (i < text.size() && !text.at(i).isSpace())
                ++i;
            out << QStringLiteral("<url>");
            continue;
        }
        const composer::CodePoint cp = composer::codePointAt(text, i);
        if (isIgnorable(cp.value)) {
            i += cp.size;
            continue;
        }
        const bool handle = prefix == QLatin1Char('@') && !word.isEmpty();
        const bool nextIsWord = i + cp.size < text.size() && isWordChar(composer::codePointAt(text, i + cp.size).value);
        if (isWordChar(cp.value) || (cp.value == U'_' && !prefix.isNull() && !word.isEmpty())) {
            // Handles and hashtags keep their underscores: "@Bank_Helpdesk" is one name, not two words.
            word += text.mid(i, cp.size);
        } else if (handle && nextIsWord &&
                   (cp.value == U'@' ? !word.contains(QLatin1Char('@'))
                                     : (cp.value == U'.' || cp.value == U'-') && word.contains(QLatin1Char('@')))) {
            // A Mastodon handle in full, "@webcare@zorg.example", is one token too.
            word += QChar(char16_t(cp.value));
        } else if (isApostrophe(cp.value) && !word.isEmpty() && i + 1 < text.size() &&
                   isWordChar(composer::codePointAt(text, i + 1).value)) {
            word += QLatin1Char('\'');
        } else if ((cp.value == U'#' || cp.value == U'@') && word.isEmpty()) {
            flush();
            prefix = QChar(char16_t(cp.value));
        } else {
            flush();
            if (cp.value == U'?' || cp.value == U'!')
                pushMark(QChar(char16_t(cp.value)));
        }
        i += cp.size;
    }
    flush();
    return out;
}

QStringList features(QStringView text)
{
    const QStringList tokens = tokenize(text);
    QStringList out = tokens;
    for (qsizetype i = 1; i < tokens.size(); ++i)
        out << tokens.at(i - 1) + QLatin1Char(' ') + tokens.at(i);
    return out;
}

} // namespace webcare::triage
