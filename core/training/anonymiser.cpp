// SPDX-License-Identifier: MIT
#include "anonymiser.h"
#include "store/accountrepository.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace webcare::training {

namespace {

// Fictional names: common enough to read naturally, none of them a real customer's by construction.
constexpr std::array<const char *, 24> firstNames{
    "Sanne", "Daan", "Lotte", "Bram",  "Fenna", "Joris",  "Iris",  "Thijs", "Noor", "Sem",   "Evi",  "Ruben",
    "Lieke", "Koen", "Maud",  "Stijn", "Floor", "Wouter", "Anouk", "Jesse", "Roos", "Niels", "Tess", "Gijs"};
constexpr std::array<const char *, 24> lastNames{"Bakker", "Visser",   "Smit",     "Meijer",  "Mulder",   "Bos",
                                                 "Vos",    "Peters",   "Hendriks", "Dekker",  "Brouwer",  "Dijkstra",
                                                 "Kok",    "Jacobs",   "Vermeer",  "Willems", "Schouten", "Postma",
                                                 "Kuiper", "Veenstra", "Prins",    "Huisman", "Koster",   "Timmer"};

// Name words that are not names: particles and articles stay, or every "de" in every text would change.
bool isParticle(const QString &lower)
{
    static const QSet<QString> particles{QStringLiteral("van"), QStringLiteral("der"),  QStringLiteral("den"),
                                         QStringLiteral("het"), QStringLiteral("ten"),  QStringLiteral("ter"),
                                         QStringLiteral("von"), QStringLiteral("the"),  QStringLiteral("and"),
                                         QStringLiteral("een"), QStringLiteral("team"), QStringLiteral("www")};
    return particles.contains(lower);
}

quint64 number(const QByteArray &digest, int offset)
{
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n = (n << 8) | quint8(digest.at((offset + i) % digest.size()));
    return n;
}

// `count` decimal digits taken from the digest.
QString digits(const QByteArray &digest, int count)
{
    QString out;
    int round = 0;
    while (out.size() < count) {
        out += QString::number(number(digest, round * 8) % 100000000000000000ULL).rightJustified(17, u'0');
        ++round;
    }
    return out.left(count);
}

QString letters(const QByteArray &digest, int count)
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz";
    QString out;
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(alphabet[quint8(digest.at(i % digest.size())) % (sizeof(alphabet) - 1)]);
    return out;
}

QString key(const QString &category, const QString &original) { return category + QChar(0x1f) + original; }

QStringList nameWords(const QString &displayName)
{
    static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}_]+"));
    QStringList words;
    for (const QString &w : displayName.split(separator, Qt::SkipEmptyParts)) {
        if (w.size() >= 3 && !isParticle(w.toLower()))
            words << w;
    }
    return words;
}

} // namespace

Anonymiser::Anonymiser()
{
    m_key.resize(32);
    QRandomGenerator::securelySeeded().fillRange(reinterpret_cast<quint32 *>(m_key.data()), 8);
}

Anonymiser::Anonymiser(const QByteArray &key)
    : m_key(key)
{}

void Anonymiser::keepOwnAccounts(const QList<store::OwnAccount> &accounts)
{
    for (const store::OwnAccount &a : accounts) {
        if (!a.platformId.isEmpty())
            m_ownKeys.insert(domain::channelKey(a.channel) + u':' + a.platformId);
        // A Mastodon handle in full (@webcare@polderpolis.social) is matched by its user part, as handle() splits it.
        const QString bare = (a.handle.startsWith(u'@') ? a.handle.mid(1) : a.handle).section(u'@', 0, 0);
        if (!bare.isEmpty())
            m_ownNames.insert(bare.toLower());
        for (const QString &w : nameWords(a.displayName))
            m_ownNames.insert(w.toLower());
    }
}

bool Anonymiser::isOwn(domain::Channel channel, const QString &platformId) const
{
    return m_ownKeys.contains(domain::channelKey(channel) + u':' + platformId);
}

QByteArray Anonymiser::digest(const QString &category, const QString &original) const
{
    return QMessageAuthenticationCode::hash(key(category, original).toUtf8(), m_key, QCryptographicHash::Sha256);
}

// The pseudonym of `original`: remembered, and never the same as another original's in that category.
QString Anonymiser::pick(const QString &category, const QString &original,
                         const std::function<QString(const QByteArray &)> &make)
{
    const QString k = key(category, original);
    if (auto it = m_map.constFind(k); it != m_map.constEnd())
        return *it;
    QString pseudonym;
    for (int attempt = 0;; ++attempt) {
        pseudonym = make(digest(category, attempt ? original + QString::number(attempt) : original));
        if (!m_usedPseudonyms.contains(key(category, pseudonym)) && pseudonym != original)
            break;
    }
    m_usedPseudonyms.insert(key(category, pseudonym));
    m_map.insert(k, pseudonym);
    return pseudonym;
}

QString Anonymiser::id(const QString &category, const QString &platformId)
{
    if (platformId.isEmpty())
        return platformId;
    // Numeric like the platforms' own ids, so nothing downstream trips over the format.
    return pick(QStringLiteral("id:") + category, platformId,
                [](const QByteArray &d) -> QString { return QStringLiteral("9") + digits(d, 17); });
}

QString Anonymiser::handle(const QString &original)
{
    if (original.isEmpty())
        return original;
    const bool at = original.startsWith(u'@');
    QString bare = at ? original.mid(1) : original;
    QString domain;
    // Mastodon: @user@instance — the instance may be small enough to identify someone.
    if (const qsizetype i = bare.indexOf(u'@'); i > 0) {
        domain = bare.mid(i + 1);
        bare = bare.left(i);
    }
    if (m_ownNames.contains(bare.toLower()))
        return original;
    const QString pseudonym = pick(QStringLiteral("handle"), bare.toLower(), [](const QByteArray &d) -> QString {
        return QStringLiteral("klant_") + letters(d, 6);
    });
    QString out = (at ? QStringLiteral("@") : QString()) + pseudonym;
    if (!domain.isEmpty())
        out += QStringLiteral("@example.social");
    return out;
}

QString Anonymiser::name(const QString &displayName)
{
    if (displayName.trimmed().isEmpty())
        return displayName;
    const QString pseudonym = pick(QStringLiteral("name"), displayName, [](const QByteArray &d) -> QString {
        return QLatin1String(firstNames.at(number(d, 0) % firstNames.size())) + u' ' +
               QLatin1String(lastNames.at(number(d, 8) % lastNames.size())) + u' ' +
               QString(QChar(u'A' + int(number(d, 16) % 26))) + u'.';
    });
    return pseudonym;
}

void Anonymiser::learnAuthor(const domain::Author &author)
{
    if (isOwn(author.channel, author.platformId))
        return;
    const QString pseudonym = name(author.displayName);
    const QStringList from = nameWords(author.displayName);
    const QStringList to = pseudonym.split(u' ');
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QString word = from.at(i).toLower();
        if (m_ownNames.contains(word) || m_nameWords.contains(word))
            continue;
        m_nameWords.insert(word, i == 0 ? to.value(0) : to.value(1));
    }
    const QString bare = author.handle.startsWith(u'@') ? author.handle.mid(1) : author.handle;
    const QString bareUser = bare.section(u'@', 0, 0);
    if (bareUser.size() >= 3 && !m_ownNames.contains(bareUser.toLower()))
        m_nameWords.insert(bareUser.toLower(), handle(bareUser));
}

QString Anonymiser::text(const QString &original)
{
    if (original.isEmpty())
        return original;
    QString t = original;
    auto replaceAll = [&t](const QRegularExpression &re,
                           const std::function<QString(const QRegularExpressionMatch &)> &f) {
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(t);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(t).mid(last, m.capturedStart() - last);
            out += f(m);
            last = m.capturedEnd();
        }
        out += QStringView(t).mid(last);
        t = out;
    };
    // Not a Mastodon handle written in full (@user@instance): the mention rule below takes that.
    static const QRegularExpression email(QStringLiteral("(?<![\\w.+@-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    replaceAll(email, [this](const QRegularExpressionMatch &m) -> QString {
        return pick(QStringLiteral("email"), m.captured().toLower(), [](const QByteArray &d) -> QString {
            return QStringLiteral("klant.") + letters(d, 6) + u"@example.invalid";
        });
    });
    static const QRegularExpression mention(
        QStringLiteral("(?<![\\w@])@[A-Za-z0-9_]+(?:@[A-Za-z0-9_.-]+[A-Za-z0-9])?"));
    replaceAll(mention, [this](const QRegularExpressionMatch &m) -> QString { return handle(m.captured()); });
    static const QRegularExpression iban(QStringLiteral("\\b[A-Z]{2}\\d{2} ?[A-Z]{4}(?: ?\\d){6,14}\\b"));
    replaceAll(iban, [this](const QRegularExpressionMatch &m) -> QString {
        return pick(QStringLiteral("iban"), QString(m.captured()).remove(u' '),
                    [](const QByteArray &d) -> QString { return QStringLiteral("NL00TEST0") + digits(d, 9); });
    });
    static const QRegularExpression postcode(QStringLiteral("\\b\\d{4} ?[A-Z]{2}\\b"));
    replaceAll(postcode, [this](const QRegularExpressionMatch &m) -> QString {
        return pick(QStringLiteral("postcode"), QString(m.captured()).remove(u' '), [](const QByteArray &d) -> QString {
            return QString::number(1000 + number(d, 0) % 9000) + QStringLiteral(" XX");
        });
    });
    static const QRegularExpression street(
        QStringLiteral("\\b\\p{Lu}[\\p{L}-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|pad|steeg|"
                       "park|markt|plantsoen|erf)\\s+\\d+(?:\\s?[a-zA-Z]\\b|-\\d+)?"),
        QRegularExpression::UseUnicodePropertiesOption);
    replaceAll(street, [this](const QRegularExpressionMatch &m) -> QString {
        return pick(QStringLiteral("street"), m.captured(), [](const QByteArray &d) -> QString {
            return QStringLiteral("Voorbeeldstraat ") + QString::number(1 + number(d, 0) % 199);
        });
    });
    // Customer, policy and phone numbers: any run of at least five digits, spaces and dashes allowed between.
    static const QRegularExpression numbers(QStringLiteral("(?<![\\w])\\+?\\d(?:[ -]?\\d){4,}(?![\\w])"));
    replaceAll(numbers, [this](const QRegularExpressionMatch &m) -> QString {
        QString only = m.captured();
        only.remove(QRegularExpression(QStringLiteral("\\D")));
        const QString pseudonym = pick(QStringLiteral("number"), only,
                                       [n = only.size()](const QByteArray &d) -> QString { return digits(d, n); });
        // Same shape as written (separators kept), other digits.
        QString out = m.captured();
        qsizetype j = 0;
        for (QChar &c : out) {
            if (c.isDigit())
                c = pseudonym.at(j++);
        }
        return out;
    });
    // Names and bare handles of the corpus' customers, wherever they are written (greetings, links to profiles).
    if (!m_nameWords.isEmpty()) {
        if (m_nameWordsPattern.pattern().isEmpty() || m_nameWordsCount != m_nameWords.size()) {
            QStringList words = m_nameWords.keys();
            std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
                return a.size() > b.size() || (a.size() == b.size() && a < b);
            });
            for (QString &w : words)
                w = QRegularExpression::escape(w);
            m_nameWordsPattern = QRegularExpression(
                QStringLiteral("(?<![\\p{L}\\p{N}_])(?:") + words.join(u'|') + QStringLiteral(")(?![\\p{L}\\p{N}_])"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            m_nameWordsCount = m_nameWords.size();
        }
        replaceAll(m_nameWordsPattern, [this](const QRegularExpressionMatch &m) -> QString {
            return m_nameWords.value(m.captured().toLower());
        });
    }
    return t;
}

QList<domain::Post> Anonymiser::anonymise(const QList<domain::Post> &posts)
{
    for (const domain::Post &p : posts)
        learnAuthor(p.author);
    QList<domain::Post> out;
    out.reserve(posts.size());
    for (domain::Post p : posts) {
        if (!isOwn(p.channel, p.author.platformId)) {
            p.author.platformId = id(QStringLiteral("author"), p.author.platformId);
            p.author.handle = handle(p.author.handle);
            p.author.displayName = name(p.author.displayName);
            p.author.customerNumber = id(QStringLiteral("customer"), p.author.customerNumber);
        }
        p.platformId = id(QStringLiteral("post"), p.platformId);
        p.inReplyToPlatformId = id(QStringLiteral("post"), p.inReplyToPlatformId);
        p.conversationId = id(QStringLiteral("post"), p.conversationId);
        p.text = text(p.text);
        p.rawPayload = QByteArrayLiteral("{}"); // the column is NOT NULL; an empty object tells nothing
        p.url.clear();                          // leads to the real post
        out << p;
    }
    return out;
}

} // namespace webcare::training
