// SPDX-License-Identifier: MIT
// The case details part of the case store: internal notes, the customer and their customer number, tags and the
// team's tag catalog, and the customer's other cases.
#include "casedetailsrepository.h"
#include "store/sqlsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

// Notes can be long; the audit trail keeps the start, the note itself is in case_notes.
QString excerpt(const QString &s)
{
    const QString flat = s.simplified();
    return flat.size() <= 80 ? flat : flat.left(79) + QChar(0x2026);
}

constexpr qsizetype maxTagLength = 40;

} // namespace

QList<TagInfo> defaultTagCatalog()
{
    // Voice-of-the-customer tags name what the company should fix; the others sort the work.
    // Team data, stored as the team writes it (Dutch), not interface text: the team edits it like its templates.
    return {
        {QStringLiteral("procesfout"), true, QStringLiteral("Ons eigen proces liet de klant in de steek")},
        {QStringLiteral("wachttijd"), true, QStringLiteral("De klant moest te lang op ons wachten")},
        {QStringLiteral("klacht-afhandeling"), true, QStringLiteral("Een klacht liep mis of duurde te lang")},
        {QStringLiteral("onduidelijke-info"), true, QStringLiteral("Brief, website of voorwaarden onduidelijk")},
        {QStringLiteral("website"), false, QStringLiteral("Over de website of de klantomgeving")},
        {QStringLiteral("app-storing"), false, QStringLiteral("De app werkt niet")},
        {QStringLiteral("schademelding"), false, QStringLiteral("Een schade melden")},
        {QStringLiteral("premie"), false, QStringLiteral("Premie, betaling of factuur")},
        {QStringLiteral("opzegging"), false, QStringLiteral("Een verzekering opzeggen")},
        {QStringLiteral("compliment"), false, QStringLiteral("Lof voor een collega of de service")},
    };
}

QString normalizedTag(const QString &tag)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString t = tag.trimmed().toLower();
    t.replace(space, QStringLiteral("-"));
    if (t.size() > maxTagLength)
        return {};
    return t;
}

std::optional<QString> normalizedCustomerNumber(const QString &number)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Z0-9][A-Z0-9-]{3,19}$"));
    const QString n = number.trimmed().toUpper();
    if (n.isEmpty())
        return QString(QLatin1String(""));
    // Only ASCII: a look-alike digit or letter from another script must not create a second customer.
    for (const QChar c : n) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
    }
    if (!valid.match(n).hasMatch())
        return std::nullopt;
    return n;
}

// ---- notes -----------------------------------------------------------------------------------------------------

Expected<QStringList, StoreError> CaseDetailsRepository::tagsInUse()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT tag FROM tag_catalog UNION SELECT DISTINCT tag FROM case_tags ORDER BY 1")))
        return unexpected(error(q.lastError()));
    QStringList tags;
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

Expected<qint64, StoreError> CaseDetailsRepository::addNote(qint64 caseId, const QString &noteText,
                                                            const QString &author)
{
    const QString body = noteText.trimmed();
    if (body.isEmpty())
        return unexpected(StoreError{StoreError::Kind::Query, location().displayName(), QStringLiteral("empty note")});
    WEBCARE_TRY(begin());
    const qint64 at = nowMs();
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO case_notes (case_id, author, text, created_at) VALUES (?, ?, ?, ?) RETURNING id"),
             {caseId, text(author), body, at}) ||
        !q.next()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!run(q, insertAuditSql(), {caseId, text(author), QStringLiteral("note.added"), excerpt(body), at})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    WEBCARE_TRY(commit());
    return id;
}

Expected<QList<CaseNote>, StoreError> CaseDetailsRepository::notes(qint64 caseId)
{
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id, case_id, author, text, created_at FROM case_notes WHERE case_id = ? "
                            "ORDER BY created_at, id"),
             {caseId}))
        return unexpected(error(q.lastError()));
    QList<CaseNote> out;
    while (q.next())
        out << CaseNote{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                        fromMs(q.value(4))};
    return out;
}

Expected<std::optional<Author>, StoreError> CaseDetailsRepository::caseCustomer(qint64 caseId)
{
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT a.id, a.channel, a.platform_id, a.handle, a.display_name, a.customer_number "
                            "FROM posts p JOIN authors a ON a.id = p.author_id "
                            "WHERE p.case_id = ? AND p.from_own_account = 0 ORDER BY p.created_at, p.id LIMIT 1"),
             {caseId}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return std::optional<Author>();
    Author a;
    a.id = q.value(0).toLongLong();
    a.channel = channelFromKey(q.value(1).toString()).value_or(Channel::X);
    a.platformId = q.value(2).toString();
    a.handle = q.value(3).toString();
    a.displayName = q.value(4).toString();
    a.customerNumber = q.value(5).toString();
    return std::optional<Author>(a);
}

Expected<void, StoreError> CaseDetailsRepository::setCustomerNumber(qint64 caseId, const QString &number,
                                                                    const QString &actor)
{
    auto customer = caseCustomer(caseId);
    if (!customer)
        return unexpected(customer.error());
    if (!*customer)
        return unexpected(StoreError{StoreError::Kind::NotFound, location().displayName(),
                                     QStringLiteral("case %1 has no customer post").arg(caseId)});
    return setAuthorCustomerNumber((*customer)->id, number, actor, caseId);
}

Expected<void, StoreError> CaseDetailsRepository::setAuthorCustomerNumber(qint64 authorId, const QString &number,
                                                                          const QString &actor, qint64 caseId)
{
    const std::optional<QString> normalized = normalizedCustomerNumber(number);
    if (!normalized)
        return unexpected(
            StoreError{StoreError::Kind::Query, location().displayName(), QStringLiteral("invalid customer number")});
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT customer_number FROM authors WHERE id = ?"), {authorId})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (!q.next()) {
        rollback();
        return unexpected(StoreError{StoreError::Kind::NotFound, location().displayName(),
                                     QStringLiteral("author %1").arg(authorId)});
    }
    const QString before = q.value(0).toString();
    q.finish();
    if (before == *normalized) {
        rollback();
        return {};
    }
    if (!run(q, QStringLiteral("UPDATE authors SET customer_number = ? WHERE id = ?"), {*normalized, authorId}) ||
        !run(q, insertAuditSql(),
             {idOrNull(caseId), text(actor), QStringLiteral("customer.number"),
              QString(before + QStringLiteral(" → ") + *normalized), nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<void, StoreError> CaseDetailsRepository::addTag(qint64 caseId, const QString &tag, const QString &actor)
{
    const QString t = normalizedTag(tag);
    if (t.isEmpty())
        return unexpected(StoreError{StoreError::Kind::Query, location().displayName(), QStringLiteral("invalid tag")});
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT 1 FROM case_tags WHERE case_id = ? AND tag = ?"), {caseId, t})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (q.next()) {
        rollback();
        return {};
    }
    q.finish();
    if (!run(q, QStringLiteral("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)"), {caseId, t}) ||
        !run(q, insertAuditSql(), {caseId, text(actor), QStringLiteral("tag.added"), t, nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<void, StoreError> CaseDetailsRepository::removeTag(qint64 caseId, const QString &tag, const QString &actor)
{
    const QString t = normalizedTag(tag);
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("DELETE FROM case_tags WHERE case_id = ? AND tag = ?"), {caseId, t})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (q.numRowsAffected() < 1) {
        rollback();
        return {};
    }
    q.finish();
    if (!run(q, insertAuditSql(), {caseId, text(actor), QStringLiteral("tag.removed"), t, nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<QStringList, StoreError> CaseDetailsRepository::tags(qint64 caseId)
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag"), {caseId}))
        return unexpected(error(q.lastError()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Expected<QList<TagInfo>, StoreError> CaseDetailsRepository::tagCatalog()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT tag, voc, description FROM tag_catalog ORDER BY tag")))
        return unexpected(error(q.lastError()));
    QList<TagInfo> out;
    while (q.next())
        out << TagInfo{q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toString()};
    return out;
}

Expected<void, StoreError> CaseDetailsRepository::setTagCatalog(const QList<TagInfo> &catalog, const QString &actor)
{
    QList<TagInfo> clean;
    QStringList names;
    for (const TagInfo &info : catalog) {
        const QString t = normalizedTag(info.tag);
        if (t.isEmpty() || names.contains(t))
            continue;
        names << t;
        clean << TagInfo{t, info.voc, info.description};
    }
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("DELETE FROM tag_catalog"))) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    for (const TagInfo &info : std::as_const(clean)) {
        if (!run(q, QStringLiteral("INSERT INTO tag_catalog (tag, voc, description) VALUES (?, ?, ?)"),
                 {info.tag, info.voc ? 1 : 0, text(info.description)})) {
            const StoreError e = error(q.lastError());
            rollback();
            return unexpected(e);
        }
    }
    if (!run(q, insertAuditSql(),
             {idOrNull(0), text(actor), QStringLiteral("tags.catalog"), names.join(QStringLiteral(", ")), nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<bool, StoreError> CaseDetailsRepository::seedDefaultTagCatalog()
{
    auto current = tagCatalog();
    if (!current)
        return unexpected(current.error());
    if (!current->isEmpty())
        return false;
    WEBCARE_TRY(setTagCatalog(defaultTagCatalog(), QStringLiteral("system")));
    return true;
}

Expected<QList<RelatedCase>, StoreError> CaseDetailsRepository::authorCases(qint64 caseId)
{
    auto customer = caseCustomer(caseId);
    if (!customer)
        return unexpected(customer.error());
    if (!*customer)
        return QList<RelatedCase>();
    const Author &a = **customer;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // One row per (case, way found); a case found both ways is listed once, as the customer's own.
    QString who = QStringLiteral("a.id = ?");
    QVariantList values{a.id, caseId, a.id};
    if (!a.customerNumber.isEmpty()) {
        who = QStringLiteral("(a.id = ? OR a.customer_number = ?)");
        values << a.customerNumber;
    }
    if (!run(q,
             QStringLiteral("SELECT DISTINCT c.id, c.channel, c.state, c.category, c.opened_at, c.preview, "
                            "CASE WHEN a.id = ? THEN 0 ELSE 1 END AS by_number "
                            "FROM cases c JOIN posts p ON p.case_id = c.id JOIN authors a ON a.id = p.author_id "
                            "WHERE c.id <> ? AND p.from_own_account = 0 AND %1 "
                            "ORDER BY c.opened_at DESC, c.id DESC, by_number")
                 .arg(who),
             values))
        return unexpected(error(q.lastError()));
    QList<RelatedCase> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!out.isEmpty() && out.constLast().id == id)
            continue;
        RelatedCase r;
        r.id = id;
        r.channel = channelFromKey(q.value(1).toString()).value_or(Channel::X);
        r.state = caseStateFromKey(q.value(2).toString()).value_or(CaseState::New);
        r.category = q.value(3).toString();
        r.openedAt = fromMs(q.value(4));
        r.preview = q.value(5).toString();
        r.byCustomerNumber = q.value(6).toInt() != 0;
        out << r;
    }
    return out;
}

} // namespace webcare::store
