// SPDX-License-Identifier: MIT
#include "discourseapi.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace webcare::fake {

namespace {

Response errors(int status, const QString &message, const QString &type)
{
    QJsonObject o{{QStringLiteral("errors"), QJsonArray{message}}};
    if (!type.isEmpty())
        o.insert(QStringLiteral("error_type"), type);
    return Response::json(status, o);
}

Response notFound()
{
    return errors(404, QStringLiteral("The requested URL or resource could not be found."),
                  QStringLiteral("not_found"));
}

Response invalidAccess()
{
    return errors(403,
                  QStringLiteral("You are not permitted to view the requested resource. The API username or key is "
                                 "invalid."),
                  QStringLiteral("invalid_access"));
}

Response createError(const QString &message)
{
    return Response::json(422, QJsonObject{{QStringLiteral("action"), QStringLiteral("create_post")},
                                           {QStringLiteral("errors"), QJsonArray{message}}});
}

Response rateLimited(int seconds)
{
    // Discourse's own words, typographic apostrophe included.
    Response r = Response::json(
        429, QJsonObject{{QStringLiteral("errors"),
                          QJsonArray{QStringLiteral("You’ve performed this action too many times. Please wait %1 "
                                                    "seconds before trying again.")
                                         .arg(seconds)}},
                         {QStringLiteral("error_type"), QStringLiteral("rate_limit")},
                         {QStringLiteral("extras"),
                          QJsonObject{{QStringLiteral("wait_seconds"), seconds},
                                      {QStringLiteral("time_left"), QStringLiteral("%1 seconds").arg(seconds)}}}});
    r.setHeader("Retry-After", QByteArray::number(seconds));
    r.setHeader("Discourse-Rate-Limit-Error-Code", "admin_api_key_rate_limit");
    return r;
}

QString slugify(const QString &title)
{
    QString slug;
    for (const QChar c : title.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (c.isSpace() || c == QLatin1Char('-'))
            slug += QLatin1Char('-');
    }
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    slug.replace(dashes, QStringLiteral("-"));
    return slug.isEmpty() ? QStringLiteral("topic") : slug.left(80);
}

} // namespace

DiscourseApi::DiscourseApi(Journal *journal)
    : m_journal(journal)
{
    User staff;
    staff.id = 3;
    staff.username = staffUsername();
    staff.name = QStringLiteral("Duinzicht Team");
    staff.staff = true;
    staff.avatarTemplate = QStringLiteral("/letter_avatar_proxy/v4/letter/d/0ea827/{size}.png");
    m_users.insert(staff.username.toLower(), staff);
}

bool DiscourseApi::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !root.value(QLatin1String("latest_posts")).isArray()) {
        *error = QStringLiteral("not a Discourse /posts.json answer with \"latest_posts\" (%1)")
                     .arg(parseError.errorString());
        return false;
    }
    for (const QJsonValue &v : root.value(QLatin1String("latest_posts")).toArray())
        insert(v.toObject());
    return true;
}

void DiscourseApi::insert(const QJsonObject &post)
{
    const qint64 id = post.value(QLatin1String("id")).toInteger();
    m_posts[id] = post;
    const qint64 topicId = post.value(QLatin1String("topic_id")).toInteger();
    Topic &topic = m_topics[topicId];
    if (topic.title.isEmpty()) {
        topic.title = post.value(QLatin1String("topic_title")).toString();
        topic.slug = post.value(QLatin1String("topic_slug")).toString();
        topic.categoryId = post.value(QLatin1String("category_id")).toInt(8);
    }
    const QString createdAt = post.value(QLatin1String("created_at")).toString();
    if (topic.createdAt.isEmpty() || createdAt < topic.createdAt)
        topic.createdAt = createdAt;
    topic.highestPostNumber = std::max(topic.highestPostNumber, post.value(QLatin1String("post_number")).toInt());
    m_nextTopicId = std::max(m_nextTopicId, topicId);
    const QString username = post.value(QLatin1String("username")).toString();
    if (!m_users.contains(username.toLower())) {
        User user;
        user.id = post.value(QLatin1String("user_id")).toInteger();
        user.username = username;
        user.name = post.value(QLatin1String("name")).toString();
        user.staff = post.value(QLatin1String("staff")).toBool();
        user.avatarTemplate = post.value(QLatin1String("avatar_template")).toString();
        m_users.insert(username.toLower(), user);
    }
    m_timeline.observe(parseTime(createdAt));
}

bool DiscourseApi::handles(const Request &request) const
{
    return request.path == QLatin1String("/posts.json") || request.path.startsWith(QLatin1String("/t/")) ||
           request.path.startsWith(QLatin1String("/posts/")) || request.path == QLatin1String("/latest.json") ||
           request.path == QLatin1String("/search.json");
}

Response DiscourseApi::handle(const Request &request)
{
    const QByteArray key = request.header("api-key");
    const QByteArray username = request.header("api-username");
    // Reads are public; writes need a key and a user. A bad key is refused even on a read.
    if (key == "expired" || key == "revoked" || key == "invalid")
        return invalidAccess();
    if (request.method != "GET" &&
        (key.isEmpty() || username.isEmpty() || !m_users.contains(QString::fromUtf8(username).toLower())))
        return invalidAccess();
    // 60 requests a minute for an admin API key.
    const RateWindow::State budget = m_rate.consume(key.isEmpty() ? QStringLiteral("ip") : QStringLiteral("key"));
    if (budget.exceeded)
        return rateLimited(int(std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(budget.resetAt))));
    return route(request);
}

Response DiscourseApi::route(const Request &request)
{
    static const QRegularExpression topicPath(QStringLiteral("^/t/(?:[^/]+/)?(\\d+)(?:/\\d+)?\\.json$"));
    static const QRegularExpression postPath(QStringLiteral("^/posts/(\\d+)\\.json$"));
    if (request.path == QLatin1String("/posts.json")) {
        if (request.method == "GET")
            return latest(request);
        if (request.method == "POST")
            return create(request);
    }
    if (request.method == "GET") {
        if (request.path == QLatin1String("/latest.json"))
            return latestTopics(request);
        if (request.path == QLatin1String("/search.json"))
            return search(request);
        if (const auto m = topicPath.match(request.path); m.hasMatch())
            return topic(m.captured(1).toLongLong());
        if (const auto m = postPath.match(request.path); m.hasMatch()) {
            const auto it = m_posts.find(m.captured(1).toLongLong());
            return it == m_posts.end() ? notFound() : Response::json(200, it->second);
        }
    }
    return notFound();
}

Response DiscourseApi::latest(const Request &request) const
{
    // Newest first, 50 a page, ids up to and including `before` (Discourse's own query: posts.id <= before).
    const qint64 before = request.param(QStringLiteral("before")).toLongLong();
    QJsonArray posts;
    auto it = before > 0 ? m_posts.upper_bound(before) : m_posts.end();
    while (it != m_posts.begin() && posts.size() < 50) {
        --it;
        if (it->second.value(QLatin1String("post_type")).toInt(1) != 1)
            continue;
        posts.append(it->second);
    }
    return Response::json(200, QJsonObject{{QStringLiteral("latest_posts"), posts}});
}

Response DiscourseApi::latestTopics(const Request &request) const
{
    // What a topic list needs from each topic's posts.
    struct Summary {
        int posts = 0;
        QString lastPostedAt;
        QString lastPoster;
        QList<qint64> posters; // user ids, first poster first
    };
    QHash<qint64, Summary> summaries;
    for (const auto &[postId, post] : m_posts) {
        Summary &s = summaries[post.value(QLatin1String("topic_id")).toInteger()];
        ++s.posts;
        const QString at = post.value(QLatin1String("created_at")).toString();
        if (at >= s.lastPostedAt) {
            s.lastPostedAt = at;
            s.lastPoster = post.value(QLatin1String("username")).toString();
        }
        const qint64 user = post.value(QLatin1String("user_id")).toInteger();
        if (!s.posters.contains(user) && s.posters.size() < 5)
            s.posters << user;
    }
    QList<qint64> ids = m_topics.keys();
    // order=created: newest topics first; the default (activity): most recently bumped first.
    const bool byCreation = request.param(QStringLiteral("order")) == QLatin1String("created");
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const QString ka = byCreation ? m_topics.value(a).createdAt : summaries.value(a).lastPostedAt;
        const QString kb = byCreation ? m_topics.value(b).createdAt : summaries.value(b).lastPostedAt;
        return ka != kb ? ka > kb : a > b;
    });
    constexpr int perPage = 30;
    const int page = std::max(0, request.param(QStringLiteral("page")).toInt());
    QJsonArray topics;
    QSet<qint64> userIds;
    for (qsizetype k = qsizetype(page) * perPage; k < std::min<qsizetype>(ids.size(), qsizetype(page + 1) * perPage);
         ++k) {
        const qint64 id = ids.at(k);
        const Topic &t = *m_topics.constFind(id);
        const Summary s = summaries.value(id);
        QJsonArray posters;
        for (qsizetype i = 0; i < s.posters.size(); ++i) {
            userIds.insert(s.posters.at(i));
            posters.append(
                QJsonObject{{QStringLiteral("extras"),
                             i == s.posters.size() - 1 ? QJsonValue(QStringLiteral("latest")) : QJsonValue()},
                            {QStringLiteral("description"),
                             i == 0 ? QStringLiteral("Original Poster") : QStringLiteral("Frequent Poster")},
                            {QStringLiteral("user_id"), s.posters.at(i)}});
        }
        topics.append(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("title"), t.title},
                                  {QStringLiteral("fancy_title"), escapeHtml(t.title)},
                                  {QStringLiteral("slug"), t.slug},
                                  {QStringLiteral("posts_count"), s.posts},
                                  {QStringLiteral("reply_count"), std::max(0, s.posts - 1)},
                                  {QStringLiteral("highest_post_number"), t.highestPostNumber},
                                  {QStringLiteral("image_url"), QJsonValue()},
                                  {QStringLiteral("created_at"), t.createdAt},
                                  {QStringLiteral("last_posted_at"), s.lastPostedAt},
                                  {QStringLiteral("bumped"), true},
                                  {QStringLiteral("bumped_at"), s.lastPostedAt},
                                  {QStringLiteral("archetype"), QStringLiteral("regular")},
                                  {QStringLiteral("unseen"), false},
                                  {QStringLiteral("pinned"), false},
                                  {QStringLiteral("unpinned"), QJsonValue()},
                                  {QStringLiteral("visible"), true},
                                  {QStringLiteral("closed"), false},
                                  {QStringLiteral("archived"), false},
                                  {QStringLiteral("views"), 10 * s.posts},
                                  {QStringLiteral("like_count"), 0},
                                  {QStringLiteral("last_poster_username"), s.lastPoster},
                                  {QStringLiteral("category_id"), t.categoryId},
                                  {QStringLiteral("posters"), posters}});
    }
    QJsonArray users;
    for (const User &u : m_users) {
        if (userIds.contains(u.id))
            users.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("username"), u.username},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("avatar_template"), u.avatarTemplate}});
    }
    QJsonObject list{{QStringLiteral("can_create_topic"), true},
                     {QStringLiteral("draft"), QJsonValue()},
                     {QStringLiteral("draft_key"), QStringLiteral("new_topic")},
                     {QStringLiteral("draft_sequence"), 0},
                     {QStringLiteral("per_page"), perPage},
                     {QStringLiteral("topics"), topics}};
    if ((page + 1) * perPage < ids.size())
        list.insert(QStringLiteral("more_topics_url"),
                    QStringLiteral("/latest?%1page=%2")
                        .arg(byCreation ? QStringLiteral("order=created&") : QString())
                        .arg(page + 1));
    return Response::json(200, QJsonObject{{QStringLiteral("users"), users}, {QStringLiteral("topic_list"), list}});
}

Response DiscourseApi::search(const Request &request) const
{
    // The subset of Discourse's search a team uses: words (all must occur) or a "quoted phrase", and order:latest.
    // Other filters (in:, @user, #category, ...) are accepted and ignored.
    QString q = request.param(QStringLiteral("q"));
    if (q.isEmpty())
        q = request.param(QStringLiteral("term"));
    QStringList needles;
    static const QRegularExpression token(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    for (auto it = token.globalMatch(q); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedLength(1) > 0) {
            needles << m.captured(1);
        } else if (!m.captured(2).isEmpty()) {
            const QString w = m.captured(2);
            if (!w.contains(QLatin1Char(':'))) // order:latest and other filters: results are newest first anyway
                needles << w;
        }
    }
    QJsonObject grouped{{QStringLiteral("more_posts"), QJsonValue()},
                        {QStringLiteral("more_users"), QJsonValue()},
                        {QStringLiteral("more_categories"), QJsonValue()},
                        {QStringLiteral("term"), q},
                        {QStringLiteral("search_log_id"), 1},
                        {QStringLiteral("more_full_page_results"), QJsonValue()},
                        {QStringLiteral("can_create_topic"), true},
                        {QStringLiteral("error"), QJsonValue()},
                        {QStringLiteral("user_ids"), QJsonArray()},
                        {QStringLiteral("category_ids"), QJsonArray()},
                        {QStringLiteral("tag_ids"), QJsonArray()},
                        {QStringLiteral("group_ids"), QJsonArray()}};
    if (needles.join(QString()).size() < 3) {
        grouped.insert(QStringLiteral("error"), QStringLiteral("Your search term is too short."));
        grouped.insert(QStringLiteral("post_ids"), QJsonArray());
        return Response::json(200, QJsonObject{{QStringLiteral("posts"), QJsonArray()},
                                               {QStringLiteral("topics"), QJsonArray()},
                                               {QStringLiteral("users"), QJsonArray()},
                                               {QStringLiteral("categories"), QJsonArray()},
                                               {QStringLiteral("grouped_search_result"), grouped}});
    }
    QList<qint64> found;
    for (auto it = m_posts.rbegin(); it != m_posts.rend(); ++it) { // newest first
        const QString raw = it->second.value(QLatin1String("raw")).toString();
        if (it->second.value(QLatin1String("post_type")).toInt(1) != 1)
            continue;
        if (std::all_of(needles.cbegin(), needles.cend(),
                        [&](const QString &n) { return raw.contains(n, Qt::CaseInsensitive); }))
            found << it->first;
    }
    constexpr int perPage = 50;
    const int page = std::max(1, request.param(QStringLiteral("page")).toInt());
    QJsonArray posts, topics, postIds;
    QSet<qint64> topicIds;
    for (qsizetype k = qsizetype(page - 1) * perPage; k < std::min<qsizetype>(found.size(), qsizetype(page) * perPage);
         ++k) {
        const QJsonObject &p = m_posts.at(found.at(k));
        const qint64 topicId = p.value(QLatin1String("topic_id")).toInteger();
        postIds.append(found.at(k));
        posts.append(
            QJsonObject{{QStringLiteral("id"), found.at(k)},
                        {QStringLiteral("name"), p.value(QLatin1String("name"))},
                        {QStringLiteral("username"), p.value(QLatin1String("username"))},
                        {QStringLiteral("avatar_template"), p.value(QLatin1String("avatar_template"))},
                        {QStringLiteral("created_at"), p.value(QLatin1String("created_at"))},
                        {QStringLiteral("like_count"), 0},
                        {QStringLiteral("blurb"), escapeHtml(p.value(QLatin1String("raw")).toString().left(200))},
                        {QStringLiteral("post_number"), p.value(QLatin1String("post_number"))},
                        {QStringLiteral("topic_id"), topicId}});
        if (!topicIds.contains(topicId) && m_topics.contains(topicId)) {
            topicIds.insert(topicId);
            const Topic &t = *m_topics.constFind(topicId);
            topics.append(QJsonObject{{QStringLiteral("id"), topicId},
                                      {QStringLiteral("title"), t.title},
                                      {QStringLiteral("fancy_title"), escapeHtml(t.title)},
                                      {QStringLiteral("slug"), t.slug},
                                      {QStringLiteral("created_at"), t.createdAt},
                                      {QStringLiteral("archetype"), QStringLiteral("regular")},
                                      {QStringLiteral("category_id"), t.categoryId}});
        }
    }
    grouped.insert(QStringLiteral("post_ids"), postIds);
    if (qsizetype(page) * perPage < found.size())
        grouped.insert(QStringLiteral("more_full_page_results"), true);
    return Response::json(200, QJsonObject{{QStringLiteral("posts"), posts},
                                           {QStringLiteral("topics"), topics},
                                           {QStringLiteral("users"), QJsonArray()},
                                           {QStringLiteral("categories"), QJsonArray()},
                                           {QStringLiteral("grouped_search_result"), grouped}});
}

Response DiscourseApi::topic(qint64 id) const
{
    const auto topicIt = m_topics.constFind(id);
    if (topicIt == m_topics.cend())
        return notFound();
    QList<QJsonObject> posts;
    for (const auto &[postId, post] : m_posts) {
        if (post.value(QLatin1String("topic_id")).toInteger() == id)
            posts << post;
    }
    std::sort(posts.begin(), posts.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("post_number")).toInt() < b.value(QLatin1String("post_number")).toInt();
    });
    QJsonArray stream;
    QJsonArray firstPosts; // a topic view carries the first 20 posts and the ids of all
    QString lastPostedAt;
    int replies = 0;
    for (const QJsonObject &post : std::as_const(posts)) {
        stream.append(post.value(QLatin1String("id")));
        lastPostedAt = std::max(lastPostedAt, post.value(QLatin1String("created_at")).toString());
        if (post.value(QLatin1String("post_number")).toInt() > 1)
            ++replies;
        if (firstPosts.size() >= 20)
            continue;
        QJsonObject p = post;
        // In a topic view posts have no raw and no topic_title; they do have display_username.
        p.remove(QStringLiteral("raw"));
        p.remove(QStringLiteral("topic_title"));
        p.insert(QStringLiteral("display_username"), post.value(QLatin1String("name")));
        firstPosts.append(p);
    }
    const Topic &t = *topicIt;
    return Response::json(200, QJsonObject{
                                   {QStringLiteral("post_stream"), QJsonObject{{QStringLiteral("posts"), firstPosts},
                                                                               {QStringLiteral("stream"), stream}}},
                                   {QStringLiteral("id"), id},
                                   {QStringLiteral("title"), t.title},
                                   {QStringLiteral("fancy_title"), escapeHtml(t.title)},
                                   {QStringLiteral("posts_count"), int(posts.size())},
                                   {QStringLiteral("created_at"), t.createdAt},
                                   {QStringLiteral("views"), 10 * int(posts.size())},
                                   {QStringLiteral("reply_count"), replies},
                                   {QStringLiteral("highest_post_number"), t.highestPostNumber},
                                   {QStringLiteral("last_posted_at"), lastPostedAt},
                                   {QStringLiteral("visible"), true},
                                   {QStringLiteral("closed"), false},
                                   {QStringLiteral("archived"), false},
                                   {QStringLiteral("archetype"), QStringLiteral("regular")},
                                   {QStringLiteral("slug"), t.slug},
                                   {QStringLiteral("category_id"), t.categoryId},
                                   {QStringLiteral("deleted_at"), QJsonValue()},
                               });
}

Response DiscourseApi::create(const Request &request)
{
    const User user = m_users.value(QString::fromUtf8(request.header("api-username")).toLower());
    const QJsonObject fields = request.fields();
    const QString raw = fields.value(QLatin1String("raw")).toString();
    const auto integer = [&](const char *name) {
        const QJsonValue v = fields.value(QLatin1String(name));
        return v.isDouble() ? v.toInteger() : v.toString().toLongLong();
    };
    const qint64 topicId = integer("topic_id");
    const int replyTo = int(integer("reply_to_post_number"));

    // Discourse memoizes an API create for 120 seconds by its parameters: the same call gives the same post.
    const QString signature = QString::fromLatin1(
        QCryptographicHash::hash((user.username + QLatin1Char('\n') + QString::number(topicId) + QLatin1Char('\n') +
                                  QString::number(replyTo) + QLatin1Char('\n') + raw)
                                     .toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto memo = m_recentCreates.constFind(signature);
        memo != m_recentCreates.cend() && memo->at.secsTo(now) < 120)
        return Response::json(200, m_posts.at(memo->postId));

    if (raw.trimmed().isEmpty())
        return createError(QStringLiteral("Body can’t be blank"));
    if (!topicId)
        return createError(QStringLiteral("Title can’t be blank")); // no topic: it would start one
    if (!m_topics.contains(topicId))
        return notFound();
    const QString similarKey = user.username.toLower() + QLatin1Char('\n') + QString::number(topicId);
    if (const auto last = m_lastRawByTopic.constFind(similarKey);
        last != m_lastRawByTopic.cend() && last->at.secsTo(now) < 5 * 60 &&
        m_posts.at(last->postId).value(QLatin1String("raw")) == raw)
        return createError(QStringLiteral("Body is too similar to what you recently posted"));

    const QDateTime at = m_timeline.nextTime();
    const qint64 id = addPost(user, topicId, raw, replyTo, at);
    m_recentCreates.insert(signature, Created{now, id});
    m_lastRawByTopic.insert(similarKey, Created{now, id});
    const qint64 parent = replyTo > 0 ? postIdByNumber(topicId, replyTo) : 0;
    m_journal->add(PostedReply{channel(), QString::number(id), raw, parent ? QString::number(parent) : QString(),
                               QString::fromUtf8(request.header("idempotency-key")), QStringLiteral("POST /posts.json"),
                               at});
    return Response::json(200, m_posts.at(id));
}

qint64 DiscourseApi::addPost(const User &user, qint64 topicId, const QString &raw, int replyToPostNumber,
                             const QDateTime &at)
{
    Topic &topic = m_topics[topicId];
    const qint64 id = (m_posts.empty() ? 20000 : m_posts.rbegin()->first) + 1;
    const QString time = isoMillis(at);
    if (replyToPostNumber > 0) {
        if (const qint64 parent = postIdByNumber(topicId, replyToPostNumber)) {
            QJsonObject p = m_posts.at(parent);
            p.insert(QStringLiteral("reply_count"), p.value(QLatin1String("reply_count")).toInt() + 1);
            m_posts[parent] = p;
        }
    }
    insert(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), user.name.isEmpty() ? QJsonValue() : QJsonValue(user.name)},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("avatar_template"), user.avatarTemplate},
        {QStringLiteral("created_at"), time},
        {QStringLiteral("cooked"), paragraphsHtml(raw)},
        {QStringLiteral("raw"), raw},
        {QStringLiteral("post_number"), topic.highestPostNumber + 1},
        {QStringLiteral("reply_to_post_number"), replyToPostNumber > 0 ? QJsonValue(replyToPostNumber) : QJsonValue()},
        {QStringLiteral("topic_id"), topicId},
        {QStringLiteral("topic_slug"), topic.slug},
        {QStringLiteral("topic_title"), topic.title},
        {QStringLiteral("category_id"), topic.categoryId},
        {QStringLiteral("post_type"), 1},
        {QStringLiteral("hidden"), false},
        {QStringLiteral("deleted_at"), QJsonValue()},
        {QStringLiteral("user_id"), user.id},
        {QStringLiteral("staff"), user.staff},
        {QStringLiteral("reply_count"), 0},
        {QStringLiteral("updated_at"), time},
    });
    return id;
}

qint64 DiscourseApi::postIdByNumber(qint64 topicId, int postNumber) const
{
    for (const auto &[id, post] : m_posts) {
        if (post.value(QLatin1String("topic_id")).toInteger() == topicId &&
            post.value(QLatin1String("post_number")).toInt() == postNumber)
            return id;
    }
    return 0;
}

const DiscourseApi::User &DiscourseApi::ensureUser(const QString &author)
{
    QString username;
    for (const QChar c : author) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') || c == QLatin1Char('-'))
            username += c;
        else if (c.isSpace())
            username += QLatin1Char('_');
    }
    if (username.isEmpty())
        username = QStringLiteral("klant");
    auto it = m_users.find(username.toLower());
    if (it == m_users.end()) {
        User user;
        user.id = ++m_nextUserId;
        user.username = username;
        user.name = author;
        user.avatarTemplate =
            QStringLiteral("/letter_avatar_proxy/v4/letter/%1/8c91f0/{size}.png").arg(username.at(0).toLower());
        it = m_users.insert(username.toLower(), user);
    }
    return *it;
}

QString DiscourseApi::addIncoming(const IncomingPost &post, QString *error)
{
    if (post.text.isEmpty()) {
        *error = QStringLiteral("\"text\" is required");
        return {};
    }
    const User user = ensureUser(post.author.isEmpty() ? QStringLiteral("klant") : post.author);
    const QDateTime at = m_timeline.nextTime();
    if (!post.inReplyTo.isEmpty()) {
        const auto parent = m_posts.find(post.inReplyTo.toLongLong());
        if (parent == m_posts.end()) {
            *error = QStringLiteral("no post %1 to reply to").arg(post.inReplyTo);
            return {};
        }
        const qint64 topicId = parent->second.value(QLatin1String("topic_id")).toInteger();
        return QString::number(
            addPost(user, topicId, post.text, parent->second.value(QLatin1String("post_number")).toInt(), at));
    }
    // A new topic, titled with the start of the text.
    const qint64 topicId = ++m_nextTopicId;
    Topic &topic = m_topics[topicId];
    topic.title = post.text.section(QLatin1Char('\n'), 0, 0).left(60);
    topic.slug = slugify(topic.title);
    topic.createdAt = isoMillis(at);
    return QString::number(addPost(user, topicId, post.text, 0, at));
}

Response DiscourseApi::faultAnswer(FaultKind kind, const Request &request, double seconds, int variant)
{
    Q_UNUSED(request)
    switch (kind) {
    case FaultKind::TooManyRequests:
        return rateLimited(std::max(1, int(std::ceil(seconds))));
    case FaultKind::Unavailable:
        // A forum behind nginx during a deploy answers with the proxy's page; variant 1 is Discourse's JSON.
        return variant == 1 ? errors(503, QStringLiteral("Service Unavailable"), {}) : htmlErrorPage(503);
    default:
        return variant == 1 ? errors(500, QStringLiteral("Internal Server Error"), {}) : htmlErrorPage(500);
    }
}

void DiscourseApi::configure(const QJsonObject &config)
{
    if (config.contains(QLatin1String("discourse_rate_limit")))
        m_rate.setLimit(config.value(QLatin1String("discourse_rate_limit")).toInt());
    if (config.contains(QLatin1String("discourse_window_seconds")))
        m_rate.setWindowSeconds(config.value(QLatin1String("discourse_window_seconds")).toInt());
}

QJsonObject DiscourseApi::stats() const
{
    return QJsonObject{{QStringLiteral("posts"), qint64(m_posts.size())},
                       {QStringLiteral("topics"), qint64(m_topics.size())},
                       {QStringLiteral("staff_username"), staffUsername()}};
}

} // namespace webcare::fake
