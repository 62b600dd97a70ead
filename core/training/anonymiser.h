// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "store/accountrepository.h"
#include "store/casestore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <functional>

// Training on an export of a real period must not put real customers in front of trainees: every name, handle,
// number and address is replaced by a pseudonym before anything reaches the training store.
namespace webcare::training {

// Replaces personal data consistently: within one Anonymiser the same original always gives the same pseudonym
// (so a conversation still reads as one customer), and pseudonyms come from a keyed hash (HMAC-SHA256) with a key
// that lives only in memory, so nobody can compute an original back from a pseudonym by trying candidates.
class Anonymiser {
public:
    // A random key per session (the production case).
    Anonymiser();
    // A fixed key, for tests that compare two runs.
    explicit Anonymiser(const QByteArray &key);

    // The team's own accounts keep their ids and names: they are the company, not customers.
    void keepOwnAccounts(const QList<store::OwnAccount> &accounts);

    // All posts of a corpus, anonymised. Two passes: first every author is learned (so that a customer's name is
    // also found in posts written before theirs, e.g. "Hoi Sanne," from the company), then every post rewritten.
    // Raw payloads are dropped: they hold more than the parsers read (profile pictures, locations, bios).
    QList<domain::Post> anonymise(const QList<domain::Post> &posts);

    // Single pieces, for tests and for the posts' text.
    QString text(const QString &original);
    QString name(const QString &displayName);
    QString handle(const QString &handle); // without or with leading '@'; keeps the '@' when given
    QString id(const QString &category, const QString &platformId);

private:
    QByteArray digest(const QString &category, const QString &original) const;
    QString pick(const QString &category, const QString &original,
                 const std::function<QString(const QByteArray &)> &make);
    void learnAuthor(const domain::Author &author);
    bool isOwn(domain::Channel channel, const QString &platformId) const;

    QByteArray m_key;
    QHash<QString, QString> m_map;         // "category\x1foriginal" → pseudonym
    QSet<QString> m_usedPseudonyms;        // "category\x1fpseudonym": two originals never share one
    QHash<QString, QString> m_nameWords;   // a customer's name word (≥ 3 letters, capitalised) → its pseudonym word
    QSet<QString> m_ownKeys;               // "channel:platform id" of own accounts
    QSet<QString> m_ownNames;              // own handles and names, left alone in texts
    QRegularExpression m_nameWordsPattern; // all of m_nameWords, rebuilt when it grew
    qsizetype m_nameWordsCount = 0;
};

} // namespace webcare::training
