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

// Where a stored post sits, for the replies to it later in the same batch.
struct BatchPost {
    bool own = false;
    QString inReplyTo;
    QString caseKey;
};

struct CaseInfo {
    qint64 id = 0;
    CaseState state = CaseState::New;
    QDateTime due;
};

QVariant dueOrNull(const QDateTime &due) { return due.isValid() ? QVariant(toMs(due)) : nullInteger(); }
qint64 dueKey(const QDateTime &due) { return due.isValid() ? toMs(due) : noDueKey; }

// One call of upsertPosts, in named steps over statements prepared once. A step that returns false leaves the
// query that failed in failed().
class PostBatch {
public:
    PostBatch(QSqlDatabase &db, const SlaPolicy &sla, const QSet<QString> &ownAccountKeys,
              QHash<QString, qint64> &authorIds)
        : m_sla(sla)
        , m_ownAccountKeys(ownAccountKeys)
        , m_authorIds(authorIds)
        , m_findPost(db)
        , m_findParent(db)
        , m_upsertAuthor(db)
        , m_findCase(db)
        , m_insertCase(db)
        , m_insertPost(db)
        , m_updateCase(db)
        , m_saveCursor(db)
    {
        m_findPost.prepare(QStringLiteral("SELECT id FROM posts WHERE channel = ? AND platform_id = ?"));
        m_findParent.prepare(
            QStringLiteral("SELECT p.from_own_account, p.in_reply_to, c.conversation_id FROM posts p "
                           "JOIN cases c ON c.id = p.case_id WHERE p.channel = ? AND p.platform_id = ?"));
        m_upsertAuthor.prepare(
            QStringLiteral("INSERT INTO authors (channel, platform_id, handle, display_name) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (channel, platform_id) DO UPDATE SET handle = excluded.handle, display_name = "
                           "excluded.display_name RETURNING id"));
        m_findCase.prepare(
            QStringLiteral("SELECT id, state, sla_due_at FROM cases WHERE channel = ? AND conversation_id = ?"));
        m_insertCase.prepare(QStringLiteral(
            "INSERT INTO cases (channel, conversation_id, state, sla_due_at, due_key, opened_at, last_post_at, "
            "post_count, author_name, preview) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
        m_insertPost.prepare(QStringLiteral(
            "INSERT INTO posts (channel, platform_id, author_id, case_id, text, created_at, in_reply_to, "
            "conversation_id, url, from_own_account, raw_payload, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?) RETURNING id"));
        m_updateCase.prepare(QStringLiteral(
            "UPDATE cases SET post_count = post_count + 1, last_post_at = CASE WHEN last_post_at > ? THEN "
            "last_post_at ELSE ? END, state = ?, sla_due_at = ?, due_key = ?, "
            "author_name = CASE WHEN author_name = '' THEN ? ELSE author_name END, "
            "preview = CASE WHEN ? = 1 THEN ? ELSE preview END WHERE id = ?"));
    }

    const QSqlQuery &failed() const { return *m_failed; }
    QList<qint64> touchedCases() const
    {
        QList<qint64> ids = m_touched.values();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Stores the post (setting its id, case id and own-account flag) unless the store or this batch has it.
    bool add(Post &post, UpsertResult &result)
    {
        const QString channel = channelKey(post.channel);
        const QString postKey = channel + QLatin1Char(':') + post.platformId;
        bool known = m_batchPosts.contains(postKey);
        if (!known && !isStored(channel, post.platformId, known))
            return false;
        if (known) {
            ++result.known;
            return true;
        }
        post.fromOwnAccount = m_ownAccountKeys.contains(ownAccountKey(post.channel, post.author.platformId));
        QString caseKey;
        qint64 authorId = 0;
        std::optional<CaseInfo> caseInfo;
        if (!conversationOf(channel, post, caseKey))
            return false;
        m_batchPosts.insert(postKey, BatchPost{post.fromOwnAccount, post.inReplyToPlatformId, caseKey});
        const QString caseCacheKey = channel + QLatin1Char(':') + caseKey;
        if (!authorOf(channel, post.author, authorId) || !findCase(channel, caseKey, caseCacheKey, caseInfo))
            return false;
        const bool newCase = !caseInfo;
        if (newCase && !openCase(channel, caseKey, post, caseInfo))
            return false;
        post.caseId = caseInfo->id;
        if (!insertPost(channel, post, authorId) || (!newCase && !updateCase(post, *caseInfo)))
            return false;
        m_cases.insert(caseCacheKey, *caseInfo);
        m_touched.insert(post.caseId);
        ++result.inserted;
        return true;
    }

    bool saveCursors(const QList<CursorUpdate> &cursors)
    {
        if (cursors.isEmpty())
            return true;
        m_saveCursor.prepare(
            QStringLiteral("INSERT INTO sync_cursors (account_id, stream, cursor, updated_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (account_id, stream) DO UPDATE SET cursor = excluded.cursor, updated_at = "
                           "excluded.updated_at"));
        for (const CursorUpdate &c : cursors) {
            m_saveCursor.addBindValue(c.accountId);
            m_saveCursor.addBindValue(text(c.stream));
            m_saveCursor.addBindValue(text(c.cursor));
            m_saveCursor.addBindValue(m_now);
            if (!m_saveCursor.exec())
                return fail(m_saveCursor);
        }
        return true;
    }

private:
    bool fail(QSqlQuery &q)
    {
        m_failed = &q;
        return false;
    }

    bool isStored(const QString &channel, const QString &platformId, bool &stored)
    {
        m_findPost.addBindValue(text(channel));
        m_findPost.addBindValue(text(platformId));
        if (!m_findPost.exec())
            return fail(m_findPost);
        stored = m_findPost.next();
        m_findPost.finish();
        return true;
    }

    // Which conversation (case) the post belongs to. A reply follows its parent's case, except that a customer's
    // reply to one of our own broadcast posts (a campaign) opens a case of its own.
    bool conversationOf(const QString &channel, const Post &post, QString &caseKey)
    {
        if (!post.inReplyToPlatformId.isEmpty()) {
            std::optional<BatchPost> parent;
            if (!parentOf(channel, post.inReplyToPlatformId, parent))
                return false;
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
        return true;
    }

    bool parentOf(const QString &channel, const QString &platformId, std::optional<BatchPost> &parent)
    {
        if (auto it = m_batchPosts.constFind(channel + QLatin1Char(':') + platformId); it != m_batchPosts.cend()) {
            parent = *it;
            return true;
        }
        m_findParent.addBindValue(text(channel));
        m_findParent.addBindValue(text(platformId));
        if (!m_findParent.exec())
            return fail(m_findParent);
        if (m_findParent.next())
            parent = BatchPost{m_findParent.value(0).toInt() != 0, m_findParent.value(1).toString(),
                               m_findParent.value(2).toString()};
        m_findParent.finish();
        return true;
    }

    // The name is part of the cache key: a renamed author is written again, an unchanged one is not.
    bool authorOf(const QString &channel, const Author &author, qint64 &authorId)
    {
        const QString authorKey = channel + QLatin1Char(':') + author.platformId + QLatin1Char('\n') + author.handle +
                                  QLatin1Char('\n') + author.displayName;
        authorId = m_authorIds.value(authorKey);
        if (authorId)
            return true;
        m_upsertAuthor.addBindValue(text(channel));
        m_upsertAuthor.addBindValue(text(author.platformId));
        m_upsertAuthor.addBindValue(text(author.handle));
        m_upsertAuthor.addBindValue(text(author.displayName));
        if (!m_upsertAuthor.exec() || !m_upsertAuthor.next())
            return fail(m_upsertAuthor);
        authorId = m_upsertAuthor.value(0).toLongLong();
        m_upsertAuthor.finish();
        if (m_authorIds.size() >= authorCacheSize)
            m_authorIds.clear();
        m_authorIds.insert(authorKey, authorId);
        return true;
    }

    bool findCase(const QString &channel, const QString &caseKey, const QString &cacheKey,
                  std::optional<CaseInfo> &caseInfo)
    {
        if (auto it = m_cases.constFind(cacheKey); it != m_cases.cend()) {
            caseInfo = *it;
            return true;
        }
        m_findCase.addBindValue(text(channel));
        m_findCase.addBindValue(text(caseKey));
        if (!m_findCase.exec())
            return fail(m_findCase);
        if (m_findCase.next())
            caseInfo = CaseInfo{m_findCase.value(0).toLongLong(),
                                caseStateFromKey(m_findCase.value(1).toString()).value_or(CaseState::New),
                                fromMs(m_findCase.value(2))};
        m_findCase.finish();
        return true;
    }

    // A conversation opened by our own account needs nothing until a customer speaks.
    bool openCase(const QString &channel, const QString &caseKey, const Post &post, std::optional<CaseInfo> &caseInfo)
    {
        const bool customer = !post.fromOwnAccount;
        const CaseState state = customer ? CaseState::New : CaseState::NoAction;
        const QDateTime due = customer ? m_sla.dueFor(post.channel, post.createdAt) : QDateTime();
        const qint64 created = toMs(post.createdAt);
        m_insertCase.addBindValue(text(channel));
        m_insertCase.addBindValue(text(caseKey));
        m_insertCase.addBindValue(caseStateKey(state));
        m_insertCase.addBindValue(dueOrNull(due));
        m_insertCase.addBindValue(dueKey(due));
        m_insertCase.addBindValue(created);
        m_insertCase.addBindValue(created);
        m_insertCase.addBindValue(text(customer ? authorName(post.author) : QString()));
        m_insertCase.addBindValue(text(customer ? post.text.left(280) : QString()));
        if (!m_insertCase.exec() || !m_insertCase.next())
            return fail(m_insertCase);
        caseInfo = CaseInfo{m_insertCase.value(0).toLongLong(), state, due};
        m_insertCase.finish();
        return true;
    }

    bool insertPost(const QString &channel, Post &post, qint64 authorId)
    {
        m_insertPost.addBindValue(text(channel));
        m_insertPost.addBindValue(text(post.platformId));
        m_insertPost.addBindValue(authorId);
        m_insertPost.addBindValue(post.caseId);
        m_insertPost.addBindValue(text(post.text));
        m_insertPost.addBindValue(toMs(post.createdAt));
        m_insertPost.addBindValue(text(post.inReplyToPlatformId));
        m_insertPost.addBindValue(text(post.conversationId));
        m_insertPost.addBindValue(text(post.url));
        m_insertPost.addBindValue(post.fromOwnAccount ? 1 : 0);
        m_insertPost.addBindValue(QString::fromUtf8(post.rawPayload));
        m_insertPost.addBindValue(m_now);
        if (!m_insertPost.exec() || !m_insertPost.next())
            return fail(m_insertPost);
        post.id = m_insertPost.value(0).toLongLong();
        m_insertPost.finish();
        return true;
    }

    // A customer writing again reopens a closed case with a fresh SLA; our own posts change nothing.
    bool updateCase(const Post &post, CaseInfo &caseInfo)
    {
        const bool customer = !post.fromOwnAccount;
        CaseState state = caseInfo.state;
        QDateTime due = caseInfo.due;
        if (customer && !isOpen(state)) {
            state = CaseState::New;
            due = m_sla.dueFor(post.channel, post.createdAt);
        } else if (customer && !due.isValid()) {
            due = m_sla.dueFor(post.channel, post.createdAt);
        }
        const qint64 created = toMs(post.createdAt);
        m_updateCase.addBindValue(created);
        m_updateCase.addBindValue(created);
        m_updateCase.addBindValue(caseStateKey(state));
        m_updateCase.addBindValue(dueOrNull(due));
        m_updateCase.addBindValue(dueKey(due));
        m_updateCase.addBindValue(text(customer ? authorName(post.author) : QString()));
        m_updateCase.addBindValue(customer ? 1 : 0);
        m_updateCase.addBindValue(text(post.text.left(280)));
        m_updateCase.addBindValue(post.caseId);
        if (!m_updateCase.exec())
            return fail(m_updateCase);
        caseInfo.state = state;
        caseInfo.due = due;
        return true;
    }

    static QString authorName(const Author &author)
    {
        return author.displayName.isEmpty() ? author.handle : author.displayName;
    }

    const SlaPolicy &m_sla;
    const QSet<QString> &m_ownAccountKeys;
    QHash<QString, qint64> &m_authorIds;
    QSqlQuery m_findPost, m_findParent, m_upsertAuthor, m_findCase, m_insertCase, m_insertPost, m_updateCase,
        m_saveCursor;
    QSqlQuery *m_failed = nullptr;
    QHash<QString, BatchPost> m_batchPosts; // "channel:platform id" → what later replies need to know
    QHash<QString, CaseInfo> m_cases;       // "channel:conversation key"
    QSet<qint64> m_touched;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();
};

} // namespace

Expected<UpsertResult, StoreError> IngestRepository::upsertPosts(QList<Post> posts, const QList<CursorUpdate> &cursors)
{
    UpsertResult result;
    if (posts.isEmpty() && cursors.isEmpty())
        return result;
    // Oldest first, so that a parent in the same batch is stored before its replies.
    std::stable_sort(posts.begin(), posts.end(),
                     [](const Post &a, const Post &b) { return a.createdAt < b.createdAt; });

    WEBCARE_TRY(begin());
    PostBatch batch(db(), sla(), ownAccountKeys(), authorIds());
    auto fail = [&] {
        const StoreError e = error(batch.failed().lastError());
        rollback();
        authorIds().clear(); // ids handed out in the rolled-back transaction no longer exist
        return unexpected(e);
    };
    for (Post &post : posts) {
        if (!batch.add(post, result))
            return fail();
    }
    if (!batch.saveCursors(cursors))
        return fail();
    if (auto r = commit(); !r) {
        authorIds().clear();
        return unexpected(r.error());
    }
    result.touchedCases = batch.touchedCases();
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
