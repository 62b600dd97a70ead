// SPDX-License-Identifier: MIT
#include "casestore.h"
#include "store/connection.h"
#include "store/sqlsupport.h"

#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <limits>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

// Cases without an SLA (closed ones) sort after every real due time; keeps keyset paging free of NULLs.
constexpr qint64 noDueKey = std::numeric_limits<qint64>::max() / 2;
// Authors seen recently, so a busy account's regulars are not written again for every post.
constexpr qsizetype authorCacheSize = 100000;

qint64 toMs(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }
QString ownKey(Channel channel, const QString &platformUserId)
{
    return channelKey(channel) + QLatin1Char(':') + platformUserId;
}

// Creates the SQLite file with owner-only permissions before SQLite opens it: it holds customers' messages.
Expected<void, StoreError> createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return {};
    StoreError cannot{StoreError::Kind::CannotOpen, QDir::toNativeSeparators(path), {}};
    if (!QDir().mkpath(info.absolutePath())) {
        cannot.detail = QStringLiteral("cannot create folder %1").arg(info.absolutePath());
        return unexpected(cannot);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        cannot.detail = file.errorString();
        if (file.error() == QFileDevice::OpenError && !QFileInfo(info.absolutePath()).isWritable())
            cannot.kind = StoreError::Kind::ReadOnly;
        return unexpected(cannot);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Case caseFromQuery(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.channel = channelFromKey(q.value(1).toString()).value_or(Channel::X);
    c.conversationId = q.value(2).toString();
    c.state = caseStateFromKey(q.value(3).toString()).value_or(CaseState::New);
    c.assignee = q.value(4).toString();
    c.priority = static_cast<Priority>(std::clamp(q.value(5).toInt(), 0, 3));
    c.category = q.value(6).toString();
    c.slaDueAt = fromMs(q.value(7));
    c.openedAt = fromMs(q.value(8));
    c.lastPostAt = fromMs(q.value(9));
    c.postCount = q.value(10).toInt();
    c.authorName = q.value(11).toString();
    c.preview = q.value(12).toString();
    return c;
}

const QString caseColumns = QStringLiteral("c.id, c.channel, c.conversation_id, c.state, c.assignee, c.priority, "
                                           "c.category, c.sla_due_at, c.opened_at, c.last_post_at, c.post_count, "
                                           "c.author_name, c.preview, c.due_key");

} // namespace

CaseStore::CaseStore(const StoreLocation &location, const QString &connectionName)
    : m_location(location)
    , m_connectionName(connectionName)
    , m_sla(std::make_shared<domain::CalendarHoursSla>())
{}

CaseStore::~CaseStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreError CaseStore::error(const QSqlError &e) const
{
    return StoreError::fromSql(e, m_location.displayName(), m_location.backend == Backend::Sqlite);
}

Expected<void, StoreError> CaseStore::execute(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    return {};
}

Expected<std::unique_ptr<CaseStore>, StoreError> CaseStore::open(const StoreLocation &location,
                                                                 const OpenOptions &options)
{
    std::unique_ptr<CaseStore> store(new CaseStore(location, uniqueConnectionName(QStringLiteral("webcare-store"))));
    if (auto r = store->initialise(options); !r)
        return unexpected(r.error());
    return store;
}

Expected<void, StoreError> CaseStore::initialise(const OpenOptions &options)
{
    m_options = options;
    if (options.sla)
        m_sla = options.sla;
    const QString where = m_location.displayName();
    const bool sqlite = m_location.backend == Backend::Sqlite;
    if (sqlite) {
        if (auto r = createPrivateFile(m_location.sqlitePath); !r)
            return r;
    }
    m_db = addConnection(m_location, m_connectionName, options.busyTimeoutMs);
    if (!m_db.open()) {
        StoreError e = error(m_db.lastError());
        if (e.kind == StoreError::Kind::Query)
            e.kind = sqlite ? StoreError::Kind::CannotOpen : StoreError::Kind::ConnectionFailed;
        return unexpected(e);
    }

    // Read the version before writing anything: a newer or foreign database must stay untouched.
    auto version = schema::readVersion(m_db, m_location.backend, where);
    if (!version)
        return unexpected(version.error());
    if (*version > schema::latestVersion())
        return unexpected(schema::newerVersionError(*version, where));
    if (sqlite) {
        if (!QFileInfo(m_location.sqlitePath).isWritable())
            return unexpected(StoreError{StoreError::Kind::ReadOnly, where, QStringLiteral("file not writable")});
        QSqlQuery q(m_db);
        // WAL lets the inbox read while the sync writes; NORMAL sync is crash-safe in WAL mode.
        for (const char *pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
            if (!q.exec(QLatin1String(pragma)))
                return unexpected(error(q.lastError()));
        }
    }
    if (*version < schema::latestVersion()) {
        if (auto r =
                schema::migrate(m_db, m_location.backend, where, schema::latestVersion(), options.waitingForMigration);
            !r)
            return r;
    }
    if (auto r = checkPurpose(options.purpose); !r)
        return r;
    return loadOwnAccounts();
}

void CaseStore::setSlaPolicy(std::shared_ptr<const domain::SlaPolicy> policy) { m_sla = std::move(policy); }

Expected<void, StoreError> CaseStore::begin()
{
    if (m_location.backend == Backend::Sqlite) {
        // Take the write lock up front so that a concurrent writer waits instead of failing mid-transaction.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return unexpected(error(q.lastError()));
        return {};
    }
    if (!m_db.transaction())
        return unexpected(error(m_db.lastError()));
    return {};
}

Expected<void, StoreError> CaseStore::commit()
{
    if (!m_db.commit()) {
        const StoreError e = error(m_db.lastError());
        rollback();
        return unexpected(e);
    }
    return {};
}

void CaseStore::rollback() { m_db.rollback(); }

Expected<void, StoreError> CaseStore::loadOwnAccounts()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT channel, platform_id FROM own_accounts")))
        return unexpected(error(q.lastError()));
    m_ownAccounts.clear();
    while (q.next())
        m_ownAccounts.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    return {};
}

Expected<void, StoreError> CaseStore::addOwnAccount(const OwnAccount &account)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO own_accounts (channel, platform_id, handle, display_name) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (channel, platform_id) DO UPDATE SET handle = excluded.handle, "
                       "display_name = excluded.display_name"));
    q.addBindValue(channelKey(account.channel));
    q.addBindValue(text(account.platformId));
    q.addBindValue(text(account.handle));
    q.addBindValue(text(account.displayName));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    m_ownAccounts.insert(ownKey(account.channel, account.platformId));
    return {};
}

Expected<UpsertResult, StoreError> CaseStore::upsertPosts(QList<Post> posts, const QList<CursorUpdate> &cursors)
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
        m_authorIds.clear(); // ids handed out in the rolled-back transaction no longer exist
        return unexpected(e);
    };

    QSqlQuery findPost(m_db), findParent(m_db), upsertAuthor(m_db), findCase(m_db), insertCase(m_db), insertPost(m_db),
        updateCase(m_db);
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
        post.fromOwnAccount = m_ownAccounts.contains(ownKey(post.channel, post.author.platformId));

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
        qint64 authorId = m_authorIds.value(authorKey);
        if (!authorId) {
            upsertAuthor.addBindValue(text(channel));
            upsertAuthor.addBindValue(text(post.author.platformId));
            upsertAuthor.addBindValue(text(post.author.handle));
            upsertAuthor.addBindValue(text(post.author.displayName));
            if (!upsertAuthor.exec() || !upsertAuthor.next())
                return fail(upsertAuthor);
            authorId = upsertAuthor.value(0).toLongLong();
            upsertAuthor.finish();
            if (m_authorIds.size() >= authorCacheSize)
                m_authorIds.clear();
            m_authorIds.insert(authorKey, authorId);
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
            const QDateTime due = customer ? m_sla->dueFor(post.channel, post.createdAt) : QDateTime();
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
                due = m_sla->dueFor(post.channel, post.createdAt);
            } else if (customer && !due.isValid()) {
                due = m_sla->dueFor(post.channel, post.createdAt);
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
        QSqlQuery saveCursor(m_db);
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
        m_authorIds.clear();
        return unexpected(r.error());
    }
    result.touchedCases = touched.values();
    std::sort(result.touchedCases.begin(), result.touchedCases.end());
    return result;
}

namespace {

// The engine's query for the search words. FTS5: quoted strings ("word", "word"*); PostgreSQL tsquery: word,
// word:*. The words carry no quotes or operators, so nothing the agent types can be read as query syntax.
QString ftsQuery(const SearchTerms &search, Backend backend)
{
    QStringList terms;
    for (qsizetype i = 0; i < search.words.size(); ++i) {
        const bool prefix = search.lastIsPrefix && i == search.words.size() - 1;
        const QString &word = search.words.at(i);
        if (backend == Backend::Sqlite)
            terms << QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
        else
            terms << word + (prefix ? QStringLiteral(":*") : QString());
    }
    return terms.join(backend == Backend::Sqlite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

// The ids of the newest `limit` posts matching one bound ftsQuery() value.
QString matchingPostsSql(Backend backend, int limit)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid DESC LIMIT %1")
            .arg(limit);
    return QStringLiteral("SELECT id FROM posts WHERE search_vector @@ to_tsquery('simple', translate(lower(?), "
                          "'áàâäãåéèêëíìîïóòôöõúùûüýÿçñ', 'aaaaaaeeeeiiiiooooouuuuyycn')) ORDER BY id DESC LIMIT %1")
        .arg(limit);
}

// Appends the WHERE conditions of a filter; values go through bind parameters, never into the SQL text.
void appendFilter(const InboxFilter &filter, Backend backend, QStringList &where, QVariantList &values)
{
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (CaseState s : filter.states) {
            marks << QStringLiteral("?");
            values << caseStateKey(s);
        }
        where << QStringLiteral("c.state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.channel) {
        where << QStringLiteral("c.channel = ?");
        values << channelKey(*filter.channel);
    }
    if (filter.assignee) {
        where << QStringLiteral("c.assignee = ?");
        values << *filter.assignee;
    }
    if (!filter.category.isEmpty()) {
        where << QStringLiteral("c.category = ?");
        values << filter.category;
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = ?)");
        values << filter.tag;
    }
    if (filter.dueBefore.isValid()) {
        // due_key is the SLA due time of open cases (the inbox order), so the index on it serves this too.
        where << QStringLiteral("c.due_key < ?");
        values << filter.dueBefore.toMSecsSinceEpoch();
    }
    const SearchTerms search = searchTerms(filter.search);
    if (!search.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT p.case_id FROM posts p WHERE p.id IN (%1))")
                     .arg(matchingPostsSql(backend, searchMessageLimit));
        values << ftsQuery(search, backend);
    }
}

} // namespace

Expected<InboxPage, StoreError> CaseStore::inboxPage(const InboxQuery &query)
{
    QStringList where;
    QVariantList values;
    appendFilter(query.filter, m_location.backend, where, values);
    if (query.after) {
        where << QStringLiteral("(c.due_key, c.id) > (?, ?)");
        values << query.after->dueKey << query.after->caseId;
    }
    const int limit = std::clamp(query.limit, 1, 10000);
    QString sql = QStringLiteral("SELECT %1 FROM cases c").arg(caseColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.due_key, c.id LIMIT %1").arg(limit + 1);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    InboxPage page;
    qint64 lastDueKey = 0;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = InboxCursor{lastDueKey, page.rows.constLast().id};
            break;
        }
        page.rows << caseFromQuery(q);
        lastDueKey = q.value(13).toLongLong();
    }
    const SearchTerms search = searchTerms(query.filter.search);
    if (!search.isEmpty() && !query.after) {
        QSqlQuery more(m_db);
        more.prepare(QStringLiteral("SELECT count(*) FROM (%1) m")
                         .arg(matchingPostsSql(m_location.backend, searchMessageLimit + 1)));
        more.addBindValue(ftsQuery(search, m_location.backend));
        if (!more.exec() || !more.next())
            return unexpected(error(more.lastError()));
        page.searchLimited = more.value(0).toInt() > searchMessageLimit;
    }
    return page;
}

Expected<qint64, StoreError> CaseStore::countCases(const InboxFilter &filter)
{
    QStringList where;
    QVariantList values;
    appendFilter(filter, m_location.backend, where, values);
    QString sql = QStringLiteral("SELECT count(*) FROM cases c");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return unexpected(error(q.lastError()));
    return q.value(0).toLongLong();
}

Expected<Case, StoreError> CaseStore::caseById(qint64 caseId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.id = ?").arg(caseColumns));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    if (!q.next())
        return unexpected(
            StoreError{StoreError::Kind::NotFound, m_location.displayName(), QStringLiteral("case %1").arg(caseId)});
    Case c = caseFromQuery(q);
    q.finish();
    q.prepare(QStringLiteral("SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    while (q.next())
        c.tags << q.value(0).toString();
    return c;
}

Expected<QList<Post>, StoreError> CaseStore::conversation(qint64 caseId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.channel, p.platform_id, p.text, p.created_at, p.in_reply_to, p.conversation_id, p.url, "
        "p.from_own_account, p.raw_payload, a.id, a.platform_id, a.handle, a.display_name, a.customer_number "
        "FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.case_id = ? ORDER BY p.created_at, p.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<Post> posts;
    while (q.next()) {
        Post p;
        p.id = q.value(0).toLongLong();
        p.channel = channelFromKey(q.value(1).toString()).value_or(Channel::X);
        p.platformId = q.value(2).toString();
        p.text = q.value(3).toString();
        p.createdAt = fromMs(q.value(4));
        p.inReplyToPlatformId = q.value(5).toString();
        p.conversationId = q.value(6).toString();
        p.url = q.value(7).toString();
        p.fromOwnAccount = q.value(8).toInt() != 0;
        p.rawPayload = q.value(9).toString().toUtf8();
        p.author.id = q.value(10).toLongLong();
        p.author.channel = p.channel;
        p.author.platformId = q.value(11).toString();
        p.author.handle = q.value(12).toString();
        p.author.displayName = q.value(13).toString();
        p.author.customerNumber = q.value(14).toString();
        p.caseId = caseId;
        p.privateMessage = isPrivateMessage(p.channel, p.platformId, p.rawPayload);
        posts << p;
    }
    return posts;
}

Expected<qint64, StoreError> CaseStore::postCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM posts")) || !q.next())
        return unexpected(error(q.lastError()));
    return q.value(0).toLongLong();
}

Expected<void, StoreError> CaseStore::setCaseState(qint64 caseId, CaseState state, const QString &actor)
{
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT state, sla_due_at FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (!q.next()) {
        rollback();
        return unexpected(
            StoreError{StoreError::Kind::NotFound, m_location.displayName(), QStringLiteral("case %1").arg(caseId)});
    }
    const QString from = q.value(0).toString();
    const QVariant due = q.value(1);
    q.finish();
    // A closed case leaves the SLA queue; an open one keeps (or regains) its due time.
    const bool open = isOpen(state);
    q.prepare(QStringLiteral("UPDATE cases SET state = ?, due_key = ? WHERE id = ?"));
    q.addBindValue(caseStateKey(state));
    q.addBindValue(open && !due.isNull() ? due.toLongLong() : noDueKey);
    q.addBindValue(caseId);
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    q.finish();
    q.prepare(insertAuditSql());
    q.addBindValue(caseId);
    q.addBindValue(actor);
    q.addBindValue(QStringLiteral("case.state"));
    q.addBindValue(QString(from + QStringLiteral(" → ") + caseStateKey(state)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<void, StoreError> CaseStore::appendAudit(const AuditEvent &event)
{
    return execute(insertAuditSql(), {event.caseId ? QVariant(event.caseId) : QVariant(QMetaType(QMetaType::LongLong)),
                                      text(event.actor), text(event.action), text(event.detail),
                                      event.at.isValid() ? toMs(event.at) : QDateTime::currentMSecsSinceEpoch()});
}

Expected<QList<AuditEvent>, StoreError> CaseStore::auditTrail(qint64 caseId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, case_id, actor, action, detail, at FROM audit_events WHERE case_id = ? ORDER BY at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<AuditEvent> events;
    while (q.next()) {
        events << AuditEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                             q.value(3).toString(),   q.value(4).toString(),   fromMs(q.value(5))};
    }
    return events;
}

namespace {

QString accountStatusKey(Account::Status status)
{
    switch (status) {
    case Account::Status::Active:
        return QStringLiteral("active");
    case Account::Status::NeedsReconnect:
        return QStringLiteral("needs_reconnect");
    case Account::Status::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

Account::Status accountStatusFromKey(const QString &key)
{
    if (key == QLatin1String("needs_reconnect"))
        return Account::Status::NeedsReconnect;
    if (key == QLatin1String("paused"))
        return Account::Status::Paused;
    return Account::Status::Active;
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toMs(t)) : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant intOrNull(int v) { return v >= 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int)); }

// Keywords as a JSON array: a keyword may hold any character, a separator could not be chosen safely.
QString termsJson(const QStringList &terms)
{
    QJsonArray a;
    for (const QString &t : terms) {
        if (!t.trimmed().isEmpty())
            a.append(t.trimmed());
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QStringList termsFromJson(const QString &json)
{
    QStringList terms;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        terms << v.toString();
    return terms;
}

} // namespace

Expected<qint64, StoreError> CaseStore::addAccount(const Account &a)
{
    if (auto r = begin(); !r)
        return unexpected(r.error());
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO accounts (channel, name, base_url, platform_user_id, handle, status, "
                       "poll_seconds, search_terms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(channelKey(a.channel)));
    q.addBindValue(text(a.name));
    q.addBindValue(text(a.baseUrl));
    q.addBindValue(text(a.platformUserId));
    q.addBindValue(text(a.handle));
    q.addBindValue(accountStatusKey(a.status));
    q.addBindValue(std::max(10, a.pollSeconds));
    q.addBindValue(termsJson(a.searchTerms));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // Posts written by the account are the team's own: they never open a case by themselves.
    q.prepare(
        QStringLiteral("INSERT INTO own_accounts (channel, platform_id, handle, display_name) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (channel, platform_id) DO NOTHING"));
    q.addBindValue(text(channelKey(a.channel)));
    q.addBindValue(text(a.platformUserId));
    q.addBindValue(text(a.handle));
    q.addBindValue(text(a.name));
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (auto r = commit(); !r)
        return unexpected(r.error());
    m_ownAccounts.insert(ownKey(a.channel, a.platformUserId));
    return id;
}

Expected<void, StoreError> CaseStore::removeAccount(qint64 accountId)
{
    // Its posts and cases stay: they are the team's history. Only the connection and its cursors go.
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(m_db);
    for (const char *sql :
         {"DELETE FROM sync_cursors WHERE account_id = ?", "UPDATE replies SET account_id = NULL WHERE account_id = ?",
          "DELETE FROM accounts WHERE id = ?"}) {
        q.prepare(QLatin1String(sql));
        q.addBindValue(accountId);
        if (!q.exec()) {
            const StoreError e = error(q.lastError());
            rollback();
            return unexpected(e);
        }
    }
    return commit();
}

Expected<QList<Account>, StoreError> CaseStore::accounts()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, channel, name, base_url, platform_user_id, handle, status, poll_seconds, "
                               "last_sync_at, next_sync_at, last_error, rate_limit, rate_remaining, rate_reset_at, "
                               "search_terms FROM accounts ORDER BY id")))
        return unexpected(error(q.lastError()));
    QList<Account> list;
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.channel = channelFromKey(q.value(1).toString()).value_or(Channel::X);
        a.name = q.value(2).toString();
        a.baseUrl = q.value(3).toString();
        a.platformUserId = q.value(4).toString();
        a.handle = q.value(5).toString();
        a.status = accountStatusFromKey(q.value(6).toString());
        a.pollSeconds = q.value(7).toInt();
        a.lastSyncAt = fromMs(q.value(8));
        a.nextSyncAt = fromMs(q.value(9));
        a.lastError = q.value(10).toString();
        a.rateLimit = q.value(11).isNull() ? -1 : q.value(11).toInt();
        a.rateRemaining = q.value(12).isNull() ? -1 : q.value(12).toInt();
        a.rateResetAt = fromMs(q.value(13));
        a.searchTerms = termsFromJson(q.value(14).toString());
        list << a;
    }
    return list;
}

Expected<void, StoreError> CaseStore::setSearchTerms(qint64 accountId, const QStringList &terms)
{
    return execute(QStringLiteral("UPDATE accounts SET search_terms = ? WHERE id = ?"), {termsJson(terms), accountId});
}

Expected<void, StoreError> CaseStore::setAccountStatus(qint64 accountId, Account::Status status)
{
    return execute(QStringLiteral("UPDATE accounts SET status = ? WHERE id = ?"),
                   {accountStatusKey(status), accountId});
}

Expected<void, StoreError> CaseStore::recordAccountHealth(qint64 accountId, const AccountHealth &h)
{
    return execute(QStringLiteral("UPDATE accounts SET last_sync_at = COALESCE(?, last_sync_at), next_sync_at = ?, "
                                  "last_error = ?, rate_limit = ?, rate_remaining = ?, rate_reset_at = ? WHERE id = ?"),
                   {msOrNull(h.lastSyncAt), msOrNull(h.nextSyncAt), text(h.lastError), intOrNull(h.rateLimit),
                    intOrNull(h.rateRemaining), msOrNull(h.rateResetAt), accountId});
}

Expected<QString, StoreError> CaseStore::cursor(qint64 accountId, const QString &stream)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE account_id = ? AND stream = ?"));
    q.addBindValue(accountId);
    q.addBindValue(text(stream));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    return q.next() ? q.value(0).toString() : QString();
}

Expected<QSet<QString>, StoreError> CaseStore::knownPlatformIds(Channel channel, const QStringList &platformIds)
{
    QSet<QString> known;
    QSqlQuery q(m_db);
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

namespace {

const QString replyColumns = QStringLiteral(
    "r.id, r.case_id, r.account_id, r.in_reply_to_post_id, r.state, r.text, r.agent, r.signature, r.platform_id, "
    "r.idempotency_key, r.last_error, r.created_at, r.sent_at, p.platform_id, p.conversation_id, p.raw_payload, "
    "p.channel, p.text, r.thread_parent_id, tp.platform_id, r.open_flags, r.reviewed_by, r.review_comment, "
    "r.reviewed_at");
// A thread part's parent part gives the platform id it answers.
const QString replyFrom = QStringLiteral(
    "replies r LEFT JOIN posts p ON p.id = r.in_reply_to_post_id LEFT JOIN replies tp ON tp.id = r.thread_parent_id");

CaseStore::OutgoingReply outgoingFromQuery(const QSqlQuery &q)
{
    CaseStore::OutgoingReply o;
    Reply &r = o.reply;
    r.id = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.accountId = q.value(2).toLongLong();
    r.inReplyToPostId = q.value(3).toLongLong();
    r.state = replyStateFromKey(q.value(4).toString()).value_or(ReplyState::Draft);
    r.text = q.value(5).toString();
    r.agent = q.value(6).toString();
    r.signature = q.value(7).toString();
    r.platformId = q.value(8).toString();
    r.idempotencyKey = q.value(9).toString();
    r.lastError = q.value(10).toString();
    r.createdAt = fromMs(q.value(11));
    r.sentAt = fromMs(q.value(12));
    o.inReplyTo.platformId = q.value(13).toString();
    o.inReplyTo.conversationId = q.value(14).toString();
    o.inReplyTo.rawPayload = q.value(15).toString().toUtf8();
    o.inReplyTo.channel = channelFromKey(q.value(16).toString()).value_or(Channel::X);
    o.inReplyTo.text = q.value(17).toString();
    o.inReplyTo.id = r.inReplyToPostId;
    r.threadParentId = q.value(18).toLongLong();
    o.threadParentPlatformId = q.value(19).toString();
    const QString flags = q.value(20).toString();
    r.openFlags = flags.isEmpty() ? QStringList() : flags.split(QLatin1Char('\n'));
    r.reviewedBy = q.value(21).toString();
    r.reviewComment = q.value(22).toString();
    r.reviewedAt = fromMs(q.value(23));
    return o;
}

} // namespace

Expected<qint64, StoreError> CaseStore::approveReply(const Reply &reply)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO replies (case_id, account_id, in_reply_to_post_id, state, text, agent, "
                       "signature, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(reply.caseId);
    q.addBindValue(reply.accountId ? QVariant(reply.accountId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(reply.inReplyToPostId ? QVariant(reply.inReplyToPostId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(replyStateKey(m_training ? ReplyState::Captured : ReplyState::Approved));
    q.addBindValue(text(reply.text));
    q.addBindValue(text(reply.agent));
    q.addBindValue(text(reply.signature));
    // One key for every attempt of this reply: a platform that honours it never posts it twice. A key given by the
    // caller (a draft queued again after a lost connection) finds the reply already queued instead of a second one.
    // A captured reply (training) has none: it is never attempted.
    const QString key = m_training                       ? QString(QLatin1String(""))
                        : reply.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                         : reply.idempotencyKey;
    q.addBindValue(key);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    const StoreError failed = error(q.lastError());
    if (reply.idempotencyKey.isEmpty())
        return unexpected(failed);
    // The unique key refused it: the earlier attempt did reach the database.
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT id FROM replies WHERE idempotency_key = ?"));
    existing.addBindValue(key);
    if (existing.exec() && existing.next())
        return existing.value(0).toLongLong();
    return unexpected(failed);
}

Expected<std::optional<CaseStore::OutgoingReply>, StoreError> CaseStore::claimReply(qint64 accountId)
{
    if (auto r = begin(); !r)
        return unexpected(r.error());
    QSqlQuery q(m_db);
    // A later thread part waits for the part before it: it answers that part's platform id.
    const QString parentSent = QStringLiteral(
        "(r.thread_parent_id IS NULL OR EXISTS (SELECT 1 FROM replies tp WHERE tp.id = r.thread_parent_id "
        "AND tp.state = 'sent'))");
    // PostgreSQL: SKIP LOCKED lets many clients take different replies; SQLite: BEGIN IMMEDIATE already
    // serialises writers, so select-then-update cannot race.
    q.prepare(m_location.backend == Backend::Postgres
                  ? QStringLiteral("SELECT r.id FROM replies r WHERE r.account_id = ? AND r.state = 'approved' "
                                   "AND %1 ORDER BY r.id LIMIT 1 FOR UPDATE SKIP LOCKED")
                        .arg(parentSent)
                  : QStringLiteral("SELECT r.id FROM replies r WHERE r.account_id = ? AND r.state = 'approved' "
                                   "AND %1 ORDER BY r.id LIMIT 1")
                        .arg(parentSent));
    q.addBindValue(accountId);
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (!q.next()) {
        rollback();
        return std::optional<OutgoingReply>();
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("UPDATE replies SET state = 'sending' WHERE id = ? AND state = 'approved'"));
    q.addBindValue(id);
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    q.prepare(QStringLiteral("SELECT %1 FROM %2 "
                             "WHERE r.id = ?")
                  .arg(replyColumns, replyFrom));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    OutgoingReply claimed = outgoingFromQuery(q);
    q.finish();
    if (auto r = commit(); !r)
        return unexpected(r.error());
    return std::optional<OutgoingReply>(claimed);
}

Expected<void, StoreError> CaseStore::finishReply(qint64 replyId, ReplyState state, const QString &platformId,
                                                  const QString &errorText)
{
    return execute(QStringLiteral("UPDATE replies SET state = ?, platform_id = ?, last_error = ?, "
                                  "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?"),
                   {replyStateKey(state), text(platformId), text(errorText), replyStateKey(state),
                    QDateTime::currentMSecsSinceEpoch(), replyId});
}

Expected<int, StoreError> CaseStore::markInterruptedSends(qint64 accountId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE replies SET state = 'unknown' WHERE account_id = ? AND state = 'sending'"));
    q.addBindValue(accountId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    return q.numRowsAffected();
}

Expected<QList<CaseStore::OutgoingReply>, StoreError> CaseStore::repliesInState(qint64 accountId, ReplyState state)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 "
                             "WHERE r.account_id = ? AND r.state = ? ORDER BY r.id")
                  .arg(replyColumns, replyFrom));
    q.addBindValue(accountId);
    q.addBindValue(replyStateKey(state));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<OutgoingReply> list;
    while (q.next())
        list << outgoingFromQuery(q);
    return list;
}

Expected<Reply, StoreError> CaseStore::replyById(qint64 replyId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 "
                             "WHERE r.id = ?")
                  .arg(replyColumns, replyFrom));
    q.addBindValue(replyId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    if (!q.next())
        return unexpected(
            StoreError{StoreError::Kind::NotFound, m_location.displayName(), QStringLiteral("reply %1").arg(replyId)});
    return outgoingFromQuery(q).reply;
}

Expected<QList<Reply>, StoreError> CaseStore::repliesOfCase(qint64 caseId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 "
                             "WHERE r.case_id = ? ORDER BY r.id")
                  .arg(replyColumns, replyFrom));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<Reply> list;
    while (q.next())
        list << outgoingFromQuery(q).reply;
    return list;
}

Expected<void, StoreError> CaseStore::mergeTriageCounts(const TriageCounts &delta)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO triage_model (label, feature, occurrences) VALUES (?, ?, ?) "
                             "ON CONFLICT (label, feature) DO UPDATE SET occurrences = "
                             "triage_model.occurrences + excluded.occurrences"));
    for (auto row = delta.cbegin(); row != delta.cend(); ++row) {
        for (auto f = row.value().cbegin(); f != row.value().cend(); ++f) {
            q.addBindValue(row.key());
            q.addBindValue(text(f.key()));
            q.addBindValue(f.value());
            if (!q.exec())
                return unexpected(error(q.lastError()));
        }
    }
    return {};
}

Expected<void, StoreError> CaseStore::recordTriageDecision(const TriageDecisionRecord &record,
                                                           const TriageCounts &learned)
{
    auto fail = [this](const StoreError &e) -> Expected<void, StoreError> {
        rollback();
        return unexpected(e);
    };
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT state, sla_due_at, channel, category FROM cases WHERE id = ?"));
    q.addBindValue(record.caseId);
    if (!q.exec())
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(StoreError{StoreError::Kind::NotFound, m_location.displayName(),
                               QStringLiteral("case %1").arg(record.caseId)});
    const QString fromKey = q.value(0).toString();
    QVariant due = q.value(1);
    const Channel channel = channelFromKey(q.value(2).toString()).value_or(Channel::X);
    const QString fromCategory = q.value(3).toString();
    q.finish();
    // A category with its own SLA target (a complaint within four working hours …) moves the due time.
    if (!due.isNull() && fromCategory != record.category) {
        const QDateTime moved = m_sla->dueAfterRecategorising(channel, fromCategory, record.category, fromMs(due));
        if (moved.isValid())
            due = toMs(moved);
    }
    const CaseState from = caseStateFromKey(fromKey).value_or(CaseState::New);
    CaseState to = from;
    if (record.decision == QLatin1String("no_action") && (from == CaseState::New || from == CaseState::NeedsReply))
        to = CaseState::NoAction;
    else if (record.decision == QLatin1String("reply") && (from == CaseState::New || from == CaseState::NoAction))
        to = CaseState::NeedsReply;
    const qint64 at = record.at.isValid() ? toMs(record.at) : QDateTime::currentMSecsSinceEpoch();

    if (auto r =
            execute(QStringLiteral("INSERT INTO triage_decisions (case_id, post_id, decision, category, agent, "
                                   "decided_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {record.caseId, record.postId ? QVariant(record.postId) : QVariant(QMetaType(QMetaType::LongLong)),
                     text(record.decision), text(record.category), text(record.agent), at});
        !r)
        return fail(r.error());
    const bool open = isOpen(to);
    if (auto r = execute(
            QStringLiteral("UPDATE cases SET category = ?, state = ?, sla_due_at = ?, due_key = ? WHERE id = ?"),
            {text(record.category), caseStateKey(to), due.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : due,
             open && !due.isNull() ? due.toLongLong() : noDueKey, record.caseId});
        !r)
        return fail(r.error());
    if (auto r = execute(insertAuditSql(), {record.caseId, text(record.agent), QStringLiteral("case.triage"),
                                            QString(record.decision + QStringLiteral(" · ") + record.category), at});
        !r)
        return fail(r.error());
    if (to != from) {
        if (auto r = execute(insertAuditSql(), {record.caseId, text(record.agent), QStringLiteral("case.state"),
                                                QString(fromKey + QStringLiteral(" → ") + caseStateKey(to)), at});
            !r)
            return fail(r.error());
    }
    if (auto r = mergeTriageCounts(learned); !r)
        return fail(r.error());
    return commit();
}

Expected<QList<TriageDecisionRecord>, StoreError> CaseStore::triageDecisions(qint64 caseId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT case_id, post_id, decision, category, agent, decided_at FROM triage_decisions "
                             "WHERE case_id = ? ORDER BY decided_at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<TriageDecisionRecord> out;
    while (q.next()) {
        out << TriageDecisionRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                    q.value(3).toString(),   q.value(4).toString(),   fromMs(q.value(5))};
    }
    return out;
}

Expected<TriageCounts, StoreError> CaseStore::triageModel()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT label, feature, occurrences FROM triage_model")))
        return unexpected(error(q.lastError()));
    TriageCounts counts;
    while (q.next())
        counts[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return counts;
}

Expected<void, StoreError> CaseStore::addTriageCounts(const TriageCounts &delta)
{
    if (auto r = begin(); !r)
        return r;
    if (auto r = mergeTriageCounts(delta); !r) {
        rollback();
        return r;
    }
    return commit();
}

Expected<QStringList, StoreError> CaseStore::triageTerms(const QString &kind)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT term FROM triage_terms WHERE kind = ? ORDER BY term"));
    q.addBindValue(kind);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Expected<void, StoreError> CaseStore::setTriageTerms(const QString &kind, const QStringList &terms)
{
    if (auto r = begin(); !r)
        return r;
    if (auto r = execute(QStringLiteral("DELETE FROM triage_terms WHERE kind = ?"), {kind}); !r) {
        rollback();
        return r;
    }
    QStringList unique = terms;
    unique.removeDuplicates();
    for (const QString &term : std::as_const(unique)) {
        if (term.trimmed().isEmpty())
            continue;
        if (auto r = execute(QStringLiteral("INSERT INTO triage_terms (kind, term) VALUES (?, ?) "
                                            "ON CONFLICT (kind, term) DO NOTHING"),
                             {kind, term.trimmed()});
            !r) {
            rollback();
            return r;
        }
    }
    return commit();
}

Expected<QList<OwnAccount>, StoreError> CaseStore::ownAccounts()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT channel, platform_id, handle, display_name FROM own_accounts ORDER BY id")))
        return unexpected(error(q.lastError()));
    QList<OwnAccount> out;
    while (q.next()) {
        out << OwnAccount{channelFromKey(q.value(0).toString()).value_or(Channel::X), q.value(1).toString(),
                          q.value(2).toString(), q.value(3).toString()};
    }
    return out;
}

} // namespace webcare::store
