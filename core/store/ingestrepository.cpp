// SPDX-License-Identifier: MIT
// Storing what the sync fetched: posts, their authors and cases, and the streams' cursors.
#include "ingestrepository.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

// Authors seen recently, so a busy account's regulars are not written again for every post.
constexpr qsizetype authorCacheSize = 100000;

} // namespace

Expected<UpsertResult, StoreError> IngestRepository::upsertPosts(QList<Post> posts, const QList<CursorUpdate> &cursors)
{
    UpsertResult result;
    if (posts.isEmpty() && cursors.isEmpty())
        return result;
    // Oldest first, so that a parent in the same batch is stored before its replies.
    std::stable_sort(posts.begin(), posts.end(),
                     [](const Post &a, const Post &b) { return a.createdAt < b.createdAt; });

    if (auto r = begin(); !r)
        return unexpected(r.error());
    auto fail = [this](const QSqlQuery &q) {
        const StoreError e = error(q.lastError());
        rollback();
        authorIds().clear(); // ids handed out in the rolled-back transaction no longer exist
        return unexpected(e);
    };

    QSqlQuery findPost(db()), findParent(db()), upsertAuthor(db()), findCase(db()), insertCase(db()), insertPost(db()),
        updateCase(db());
    findPost.prepare(QStringLiteral("SELECT id FROM posts WHERE channel = ? AND platform_id = ?"));
    findParent.prepare(QStringLiteral("SELECT p.from_own_account, p.in_reply_to, c.conversation_id FROM posts p "
                                      "JOIN cases c ON c.id = p.case_id WHERE p.channel = ? AND p.platform_id = ?"));
    upsertAuthor.prepare(
        QStringLiteral("INSERT INTO authors (channel, platform_id, handle, display_name) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (channel, platform_id) DO UPDATE SET handle = excluded.handle, display_name = "
                       "excluded.display_name RETURNING id"));
    findCase.prepare(
        QStringLiteral("SELECT id, state, sla_due_at FROM cases WHERE channel = ? AND conversation_id = ?"));
    insertCase.prepare(QStringLiteral(
        "INSERT INTO cases (channel, conversation_id, state, sla_due_at, due_key, opened_at, last_post_at, "
        "post_count, author_name, preview) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    insertPost.prepare(QStringLiteral(
        "INSERT INTO posts (channel, platform_id, author_id, case_id, text, created_at, in_reply_to, conversation_id, "
        "url, from_own_account, raw_payload, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    updateCase.prepare(QStringLiteral(
        "UPDATE cases SET post_count = post_count + 1, last_post_at = CASE WHEN last_post_at > ? THEN last_post_at "
        "ELSE ? END, state = ?, sla_due_at = ?, due_key = ?, "
        "author_name = CASE WHEN author_name = '' THEN ? ELSE author_name END, "
        "preview = CASE WHEN ? = 1 THEN ? ELSE preview END WHERE id = ?"));

    struct BatchPost {
        bool own;
        QString inReplyTo;
        QString caseKey;
    };
    struct CaseInfo {
        qint64 id;
        CaseState state;
        QDateTime due;
    };
    QHash<QString, BatchPost> batchPosts; // "channel:platform id" → what later replies need to know
    QHash<QString, CaseInfo> cases;       // "channel:conversation key"
    QSet<qint64> touched;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    for (Post &post : posts) {
        const QString channel = channelKey(post.channel);
        const QString postKey = channel + QLatin1Char(':') + post.platformId;
        if (batchPosts.contains(postKey)) {
            ++result.known;
            continue;
        }
        findPost.addBindValue(text(channel));
        findPost.addBindValue(text(post.platformId));
        if (!findPost.exec())
            return fail(findPost);
        const bool known = findPost.next();
        findPost.finish();
        if (known) {
            ++result.known;
            continue;
        }
        post.fromOwnAccount = ownAccountKeys().contains(ownAccountKey(post.channel, post.author.platformId));

        // Which conversation (case) does this post belong to? A reply follows its parent's case, except that a
        // customer's reply to one of our own broadcast posts (a campaign) opens a case of its own.
        QString caseKey;
        if (!post.inReplyToPlatformId.isEmpty()) {
            const QString parentKey = channel + QLatin1Char(':') + post.inReplyToPlatformId;
            std::optional<BatchPost> parent;
            if (auto it = batchPosts.constFind(parentKey); it != batchPosts.cend()) {
                parent = *it;
            } else {
                findParent.addBindValue(text(channel));
                findParent.addBindValue(text(post.inReplyToPlatformId));
                if (!findParent.exec())
                    return fail(findParent);
                if (findParent.next())
                    parent = BatchPost{findParent.value(0).toInt() != 0, findParent.value(1).toString(),
                                       findParent.value(2).toString()};
                findParent.finish();
            }
            if (parent) {
                const bool parentIsOwnBroadcast = parent->own && parent->inReplyTo.isEmpty();
                caseKey = (parentIsOwnBroadcast && !post.fromOwnAccount)
                              ? parent->caseKey + QLatin1Char('/') + post.platformId
                              : parent->caseKey;
            }
        }
        if (caseKey.isEmpty())
            caseKey = !post.conversationId.isEmpty()        ? post.conversationId
                      : !post.inReplyToPlatformId.isEmpty() ? post.inReplyToPlatformId
                                                            : post.platformId;
        batchPosts.insert(postKey, BatchPost{post.fromOwnAccount, post.inReplyToPlatformId, caseKey});

        // The name is part of the key: a renamed author is written again, an unchanged one is not.
        const QString authorKey = channel + QLatin1Char(':') + post.author.platformId + QLatin1Char('\n') +
                                  post.author.handle + QLatin1Char('\n') + post.author.displayName;
        qint64 authorId = authorIds().value(authorKey);
        if (!authorId) {
            upsertAuthor.addBindValue(text(channel));
            upsertAuthor.addBindValue(text(post.author.platformId));
            upsertAuthor.addBindValue(text(post.author.handle));
            upsertAuthor.addBindValue(text(post.author.displayName));
            if (!upsertAuthor.exec() || !upsertAuthor.next())
                return fail(upsertAuthor);
            authorId = upsertAuthor.value(0).toLongLong();
            upsertAuthor.finish();
            if (authorIds().size() >= authorCacheSize)
                authorIds().clear();
            authorIds().insert(authorKey, authorId);
        }

        const QString caseCacheKey = channel + QLatin1Char(':') + caseKey;
        std::optional<CaseInfo> caseInfo;
        if (auto it = cases.constFind(caseCacheKey); it != cases.cend()) {
            caseInfo = *it;
        } else {
            findCase.addBindValue(text(channel));
            findCase.addBindValue(text(caseKey));
            if (!findCase.exec())
                return fail(findCase);
            if (findCase.next())
                caseInfo = CaseInfo{findCase.value(0).toLongLong(),
                                    caseStateFromKey(findCase.value(1).toString()).value_or(CaseState::New),
                                    fromMs(findCase.value(2))};
            findCase.finish();
        }

        const qint64 created = toMs(post.createdAt);
        const bool customer = !post.fromOwnAccount;
        const QString authorName = post.author.displayName.isEmpty() ? post.author.handle : post.author.displayName;
        bool newCase = false;
        if (!caseInfo) {
            // A conversation opened by our own account needs nothing until a customer speaks.
            const CaseState state = customer ? CaseState::New : CaseState::NoAction;
            const QDateTime due = customer ? sla().dueFor(post.channel, post.createdAt) : QDateTime();
            insertCase.addBindValue(text(channel));
            insertCase.addBindValue(text(caseKey));
            insertCase.addBindValue(caseStateKey(state));
            insertCase.addBindValue(due.isValid() ? QVariant(toMs(due)) : QVariant(QMetaType(QMetaType::LongLong)));
            insertCase.addBindValue(due.isValid() ? toMs(due) : noDueKey);
            insertCase.addBindValue(created);
            insertCase.addBindValue(created);
            insertCase.addBindValue(text(customer ? authorName : QString()));
            insertCase.addBindValue(text(customer ? post.text.left(280) : QString()));
            if (!insertCase.exec() || !insertCase.next())
                return fail(insertCase);
            caseInfo = CaseInfo{insertCase.value(0).toLongLong(), state, due};
            insertCase.finish();
            newCase = true;
        }
        post.caseId = caseInfo->id;

        insertPost.addBindValue(text(channel));
        insertPost.addBindValue(text(post.platformId));
        insertPost.addBindValue(authorId);
        insertPost.addBindValue(post.caseId);
        insertPost.addBindValue(text(post.text));
        insertPost.addBindValue(created);
        insertPost.addBindValue(text(post.inReplyToPlatformId));
        insertPost.addBindValue(text(post.conversationId));
        insertPost.addBindValue(text(post.url));
        insertPost.addBindValue(post.fromOwnAccount ? 1 : 0);
        insertPost.addBindValue(QString::fromUtf8(post.rawPayload));
        insertPost.addBindValue(now);
        if (!insertPost.exec() || !insertPost.next())
            return fail(insertPost);
        post.id = insertPost.value(0).toLongLong();
        insertPost.finish();

        if (!newCase) {
            // A customer writing again reopens a closed case with a fresh SLA; our own posts change nothing.
            CaseState state = caseInfo->state;
            QDateTime due = caseInfo->due;
            if (customer && !isOpen(state)) {
                state = CaseState::New;
                due = sla().dueFor(post.channel, post.createdAt);
            } else if (customer && !due.isValid()) {
                due = sla().dueFor(post.channel, post.createdAt);
            }
            updateCase.addBindValue(created);
            updateCase.addBindValue(created);
            updateCase.addBindValue(caseStateKey(state));
            updateCase.addBindValue(due.isValid() ? QVariant(toMs(due)) : QVariant(QMetaType(QMetaType::LongLong)));
            updateCase.addBindValue(due.isValid() ? toMs(due) : noDueKey);
            updateCase.addBindValue(text(customer ? authorName : QString()));
            updateCase.addBindValue(customer ? 1 : 0);
            updateCase.addBindValue(text(post.text.left(280)));
            updateCase.addBindValue(post.caseId);
            if (!updateCase.exec())
                return fail(updateCase);
            caseInfo->state = state;
            caseInfo->due = due;
        }
        cases.insert(caseCacheKey, *caseInfo);
        touched.insert(post.caseId);
        ++result.inserted;
    }
    if (!cursors.isEmpty()) {
        QSqlQuery saveCursor(db());
        saveCursor.prepare(
            QStringLiteral("INSERT INTO sync_cursors (account_id, stream, cursor, updated_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (account_id, stream) DO UPDATE SET cursor = excluded.cursor, updated_at = "
                           "excluded.updated_at"));
        for (const CursorUpdate &c : cursors) {
            saveCursor.addBindValue(c.accountId);
            saveCursor.addBindValue(text(c.stream));
            saveCursor.addBindValue(text(c.cursor));
            saveCursor.addBindValue(now);
            if (!saveCursor.exec())
                return fail(saveCursor);
        }
    }
    if (auto r = commit(); !r) {
        authorIds().clear();
        return unexpected(r.error());
    }
    result.touchedCases = touched.values();
    std::sort(result.touchedCases.begin(), result.touchedCases.end());
    return result;
}

Expected<QString, StoreError> IngestRepository::cursor(qint64 accountId, const QString &stream)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE account_id = ? AND stream = ?"));
    q.addBindValue(accountId);
    q.addBindValue(text(stream));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    return q.next() ? q.value(0).toString() : QString();
}

Expected<QSet<QString>, StoreError> IngestRepository::knownPlatformIds(Channel channel, const QStringList &platformIds)
{
    QSet<QString> known;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM posts WHERE channel = ? AND platform_id = ?"));
    for (const QString &id : platformIds) {
        q.addBindValue(text(channelKey(channel)));
        q.addBindValue(text(id));
        if (!q.exec())
            return unexpected(error(q.lastError()));
        if (q.next())
            known.insert(id);
        q.finish();
    }
    return known;
}

} // namespace webcare::store
