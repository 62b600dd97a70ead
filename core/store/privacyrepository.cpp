// SPDX-License-Identifier: MIT
// The privacy part of the case store (AVG/GDPR): the retention period, and one author's data exported or erased on
// request. Personal data are overwritten, not deleted, so that counts in reports and the audit trail stay whole.
#include "privacyrepository.h"
#include "store/sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// What is left of a post, a reply or a note once its personal data are gone.
const QString removedText = QStringLiteral("");

// The author's identity is replaced by a key that can never match a platform id again.
const QString eraseAuthorSql =
    QStringLiteral("UPDATE authors SET handle = '', display_name = '', customer_number = '', "
                   "platform_id = 'erased-' || CAST(id AS TEXT) WHERE id = ?");

} // namespace

Expected<void, StoreError> PrivacyRepository::anonymiseCases(const QList<qint64> &caseIds, PrivacyResult &result)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db());
    // In slices: the ids are numbers we read ourselves, so inlining them is safe and keeps one statement per slice.
    for (qsizetype from = 0; from < caseIds.size(); from += 500) {
        const QList<qint64> slice = caseIds.mid(from, 500);
        const QString ids = idList(slice);
        QList<qint64> authors;
        if (!q.exec(
                QStringLiteral("SELECT DISTINCT author_id FROM posts WHERE from_own_account = 0 AND case_id IN (%1)")
                    .arg(ids)))
            return unexpected(error(q.lastError()));
        while (q.next())
            authors << q.value(0).toLongLong();
        q.finish();
        const QStringList statements{
            QStringLiteral("UPDATE posts SET text = ?, raw_payload = '{}', url = '' "
                           "WHERE from_own_account = 0 AND case_id IN (%1)")
                .arg(ids),
            QStringLiteral("UPDATE cases SET author_name = '', preview = ?, anonymised_at = %1 WHERE id IN (%2)")
                .arg(now)
                .arg(ids),
            // Queued replies keep their text: only what can no longer be sent is anonymised.
            QStringLiteral("UPDATE replies SET text = ? WHERE state NOT IN ('approved', 'sending', 'unknown') "
                           "AND case_id IN (%1)")
                .arg(ids),
            QStringLiteral("UPDATE case_notes SET text = ? WHERE case_id IN (%1)").arg(ids),
            QStringLiteral("UPDATE escalations SET question = ?, answer = '' WHERE case_id IN (%1)").arg(ids),
        };
        for (int i = 0; i < statements.size(); ++i) {
            if (!run(q, statements.at(i), {removedText}))
                return unexpected(error(q.lastError()));
            if (i == 0)
                result.posts += q.numRowsAffected();
        }
        // An author is anonymised once none of their posts is in a case that keeps its personal data.
        for (qint64 author : std::as_const(authors)) {
            if (!run(q,
                     QStringLiteral("SELECT count(*) FROM posts p JOIN cases c ON c.id = p.case_id "
                                    "WHERE p.author_id = ? AND c.anonymised_at IS NULL"),
                     {author}) ||
                !q.next())
                return unexpected(error(q.lastError()));
            const bool stillNeeded = q.value(0).toLongLong() > 0;
            q.finish();
            if (stillNeeded)
                continue;
            if (!run(q, eraseAuthorSql, {author}))
                return unexpected(error(q.lastError()));
            ++result.authors;
        }
        result.cases += int(slice.size());
    }
    authorIds().clear();
    return {};
}

Expected<PrivacyResult, StoreError> PrivacyRepository::applyRetention(int days, const QString &actor,
                                                                      const QDateTime &nowUtc)
{
    if (days < 1)
        return unexpected(StoreError{StoreError::Kind::Query, location().displayName(),
                                     QStringLiteral("retention period of %1 days").arg(days)});
    const qint64 now = nowUtc.isValid() ? nowUtc.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    const qint64 cutoff = now - days * dayMs;
    WEBCARE_TRY(begin());
    auto fail = [this](const StoreError &e) -> Expected<PrivacyResult, StoreError> {
        rollback();
        return unexpected(e);
    };
    QSqlQuery q(db());
    // No activity for the period: no post and nothing done on the case (the resolution is an audit event).
    if (!run(q,
             QStringLiteral("SELECT c.id FROM cases c WHERE c.state = ? AND c.anonymised_at IS NULL "
                            "AND c.last_post_at < ? AND NOT EXISTS (SELECT 1 FROM audit_events a "
                            "WHERE a.case_id = c.id AND a.at >= ?) ORDER BY c.id"),
             {caseStateKey(CaseState::Resolved), cutoff, cutoff}))
        return fail(error(q.lastError()));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    PrivacyResult result;
    if (auto r = anonymiseCases(ids, result); !r)
        return fail(r.error());
    for (qint64 id : std::as_const(ids)) {
        if (!run(q, insertAuditSql(),
                 {id, text(actor), QStringLiteral("privacy.anonymised"),
                  QStringLiteral("retention period of %1 days").arg(days), now}))
            return fail(error(q.lastError()));
    }
    WEBCARE_TRY(commit());
    return result;
}

Expected<qint64, StoreError> PrivacyRepository::findAuthor(Channel channel, const QString &handleOrId)
{
    QString handle = handleOrId.trimmed();
    if (handle.startsWith(QLatin1Char('@')))
        handle.remove(0, 1);
    QSqlQuery q(db());
    if (!run(
            q,
            QStringLiteral("SELECT id FROM authors WHERE channel = ? AND (lower(handle) = lower(?) OR platform_id = ?) "
                           "ORDER BY id"),
            {channelKey(channel), handle, handle}))
        return unexpected(error(q.lastError()));
    if (!q.next() || handle.isEmpty())
        return unexpected(StoreError{StoreError::Kind::NotFound, location().displayName(),
                                     QStringLiteral("author %1:%2").arg(channelKey(channel), handleOrId)});
    return q.value(0).toLongLong();
}

Expected<QByteArray, StoreError> PrivacyRepository::exportAuthor(Channel channel, const QString &handleOrId,
                                                                 const QString &actor)
{
    auto author = findAuthor(channel, handleOrId);
    if (!author)
        return unexpected(author.error());
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT channel, platform_id, handle, display_name, customer_number FROM authors "
                            "WHERE id = ?"),
             {*author}) ||
        !q.next())
        return unexpected(error(q.lastError()));
    QJsonObject out;
    out.insert(QLatin1String("author"), QJsonObject{{QLatin1String("channel"), q.value(0).toString()},
                                                    {QLatin1String("platformId"), q.value(1).toString()},
                                                    {QLatin1String("handle"), q.value(2).toString()},
                                                    {QLatin1String("displayName"), q.value(3).toString()},
                                                    {QLatin1String("customerNumber"), q.value(4).toString()}});
    q.finish();
    if (!run(q,
             QStringLiteral("SELECT platform_id, created_at, text, url, case_id, conversation_id FROM posts "
                            "WHERE author_id = ? ORDER BY created_at, id"),
             {*author}))
        return unexpected(error(q.lastError()));
    QJsonArray posts;
    while (q.next()) {
        posts.append(QJsonObject{
            {QLatin1String("platformId"), q.value(0).toString()},
            {QLatin1String("createdAt"),
             QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc()).toString(Qt::ISODate)},
            {QLatin1String("text"), q.value(2).toString()},
            {QLatin1String("url"), q.value(3).toString()},
            {QLatin1String("caseId"), q.value(4).toLongLong()},
            {QLatin1String("conversationId"), q.value(5).toString()}});
    }
    q.finish();
    out.insert(QLatin1String("posts"), posts);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out.insert(QLatin1String("exportedAt"), now.toString(Qt::ISODate));
    // The audit trail names the author by our own key, never by handle: the trail must not keep what was erased.
    if (!run(q, insertAuditSql(),
             {QVariant(QMetaType(QMetaType::LongLong)), text(actor), QStringLiteral("privacy.exported"),
              QStringLiteral("author %1: %2 posts").arg(*author).arg(posts.size()), now.toMSecsSinceEpoch()}))
        return unexpected(error(q.lastError()));
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

Expected<PrivacyResult, StoreError> PrivacyRepository::eraseAuthor(Channel channel, const QString &handleOrId,
                                                                   const QString &actor)
{
    auto author = findAuthor(channel, handleOrId);
    if (!author)
        return unexpected(author.error());
    WEBCARE_TRY(begin());
    auto fail = [this](const StoreError &e) -> Expected<PrivacyResult, StoreError> {
        rollback();
        return unexpected(e);
    };
    PrivacyResult result;
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT count(DISTINCT case_id) FROM posts WHERE author_id = ?"), {*author}) ||
        !q.next())
        return fail(error(q.lastError()));
    result.cases = q.value(0).toInt();
    q.finish();
    // The inbox shows the customer's name and first words: cleared on every case they wrote in.
    if (!run(q,
             QStringLiteral("UPDATE cases SET author_name = '', preview = ? "
                            "WHERE id IN (SELECT case_id FROM posts WHERE author_id = ?)"),
             {removedText, *author}))
        return fail(error(q.lastError()));
    if (!run(q, QStringLiteral("UPDATE posts SET text = ?, raw_payload = '{}', url = '' WHERE author_id = ?"),
             {removedText, *author}))
        return fail(error(q.lastError()));
    result.posts = q.numRowsAffected();
    if (!run(q, eraseAuthorSql, {*author}))
        return fail(error(q.lastError()));
    result.authors = 1;
    if (!run(q, insertAuditSql(),
             {QVariant(QMetaType(QMetaType::LongLong)), text(actor), QStringLiteral("privacy.erased"),
              QStringLiteral("author %1: %2 posts in %3 cases").arg(*author).arg(result.posts).arg(result.cases),
              QDateTime::currentMSecsSinceEpoch()}))
        return fail(error(q.lastError()));
    WEBCARE_TRY(commit());
    authorIds().clear();
    return result;
}

} // namespace webcare::store
