// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// An internal note on a case: for colleagues, never sent to the customer.
struct CaseNote {
    qint64 id = 0;
    qint64 caseId = 0;
    QString author; // agent login
    QString text;
    QDateTime createdAt;
};

// A tag of the team's list. Voice-of-the-customer tags ("procesfout" …) feed the weekly report.
struct TagInfo {
    QString tag;
    bool voc = false;
    QString description;
    friend bool operator==(const TagInfo &, const TagInfo &) = default;
};

// The catalog a new team starts with (Dutch, as the agents tag), seeded by seedDefaultTagCatalog().
QList<TagInfo> defaultTagCatalog();
// A tag as stored: trimmed, lower case, inner white space as '-'; empty when nothing usable is left or it is longer
// than 40 characters.
QString normalizedTag(const QString &tag);
// A customer number as stored: trimmed, upper case; empty input unlinks. nullopt when it is not 4 to 20 letters,
// digits or '-' (starting with a letter or digit), so a typo or a pasted sentence never ends up in the file.
std::optional<QString> normalizedCustomerNumber(const QString &number);

// Another case of the same customer, for "earlier cases".
struct RelatedCase {
    qint64 id = 0;
    domain::Channel channel = domain::Channel::X;
    domain::CaseState state = domain::CaseState::New;
    QString category;
    QDateTime openedAt;
    QString preview;
    bool byCustomerNumber = false; // found through the linked customer number (another author, e.g. another channel)
};

// Internal notes, the customer and their number, tags and the customer's other cases.
class CaseDetailsRepository final : Repository {
public:
    using Repository::Repository;

    // Every tag in use or in the catalog, sorted.
    Expected<QStringList, StoreError> tagsInUse();
    // Case details: internal notes, the customer and their number, tags, the tag catalog
    // and the customer's other cases. Every change is one transaction together with its audit event.
    Expected<qint64, StoreError> addNote(qint64 caseId, const QString &text, const QString &author);
    // Oldest first.
    Expected<QList<CaseNote>, StoreError> notes(qint64 caseId);
    // The case's customer: the author of its first post not written by one of our accounts (nullopt: none yet).
    Expected<std::optional<domain::Author>, StoreError> caseCustomer(qint64 caseId);
    // Links (or, with an empty number, unlinks) the customer number of the case's customer; audit event on the case.
    Expected<void, StoreError> setCustomerNumber(qint64 caseId, const QString &number, const QString &actor);
    // The same for an author known by id; `caseId` (0: none) is the case the audit event belongs to.
    Expected<void, StoreError> setAuthorCustomerNumber(qint64 authorId, const QString &number, const QString &actor,
                                                       qint64 caseId = 0);
    // Adding a tag the case has, or removing one it has not, changes nothing and leaves no audit event.
    Expected<void, StoreError> addTag(qint64 caseId, const QString &tag, const QString &actor);
    Expected<void, StoreError> removeTag(qint64 caseId, const QString &tag, const QString &actor);
    Expected<QStringList, StoreError> tags(qint64 caseId);
    // Sorted by tag.
    Expected<QList<TagInfo>, StoreError> tagCatalog();
    // Replaces the team's list (an audit event without a case).
    Expected<void, StoreError> setTagCatalog(const QList<TagInfo> &catalog, const QString &actor);
    // Stores defaultTagCatalog() when the team has no list yet; returns whether it did.
    Expected<bool, StoreError> seedDefaultTagCatalog();
    // The customer's other cases, newest first: by the same author, and, when a customer number is linked, by every
    // author with that number (other channels too).
    Expected<QList<RelatedCase>, StoreError> authorCases(qint64 caseId);
};

} // namespace webcare::store
