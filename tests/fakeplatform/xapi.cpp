// SPDX-License-Identifier: MIT
#include "xapi.h"

#include "synthetic.h"

#include <QRegularExpression>
#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace webcare::fake {

namespace {

// The demo feed's ids are snowflakes of its times moved back by this much. New and synthetic ids follow the same
// mapping, so that ordering by id and by time agree across demo, synthetic and new posts.
constexpr qint64 demoShiftMs = ((724LL * 24 + 18) * 3600 + 53 * 60 + 51) * 1000;
constexpr qint64 twitterEpochMs = 1288834974657LL;
// Pagination tokens are opaque on X; ours hide the id they continue from.
constexpr quint64 tokenMask = 0x2545f4914f6cdd1dULL;

QString problemType(const char *name)
{
    return QStringLiteral("https://api.twitter.com/2/problems/") + QLatin1String(name);
}

// The v2 "problem" for a status without more detail: {"title","type":"about:blank","status","detail"}.
Response plainProblem(int status)
{
    const QString title = QString::fromLatin1(reasonPhrase(status));
    return Response::json(status, QJsonObject{{QStringLiteral("title"), title},
                                              {QStringLiteral("type"), QStringLiteral("about:blank")},
                                              {QStringLiteral("status"), status},
                                              {QStringLiteral("detail"), title}});
}

Response invalidRequest(const QString &parameter, const QString &value, const QString &message)
{
    QJsonObject error{{QStringLiteral("message"), message}};
    if (!parameter.isEmpty())
        error.insert(QStringLiteral("parameters"), QJsonObject{{parameter, QJsonArray{value}}});
    return Response::json(
        400, QJsonObject{
                 {QStringLiteral("errors"), QJsonArray{error}},
                 {QStringLiteral("title"), QStringLiteral("Invalid Request")},
                 {QStringLiteral("detail"), QStringLiteral("One or more parameters to your request was invalid.")},
                 {QStringLiteral("type"), problemType("invalid-request")},
             });
}

QJsonObject notFound(const QString &parameter, const QString &id, const QString &detail)
{
    return QJsonObject{
        {QStringLiteral("value"), id},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("title"), QStringLiteral("Not Found Error")},
        {QStringLiteral("resource_type"), QStringLiteral("tweet")},
        {QStringLiteral("parameter"), parameter},
        {QStringLiteral("resource_id"), id},
        {QStringLiteral("type"), problemType("resource-not-found")},
    };
}

void setRateHeaders(Response &r, const RateWindow::State &s)
{
    r.setHeader("x-rate-limit-limit", QByteArray::number(s.limit));
    r.setHeader("x-rate-limit-remaining", QByteArray::number(s.remaining));
    r.setHeader("x-rate-limit-reset", QByteArray::number(s.resetAt.toSecsSinceEpoch())); // epoch seconds
}

bool isId(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    return digits.match(s).hasMatch();
}

// X counts each endpoint on its own: "GET /2/users/:id/mentions".
QString bucketOf(const Request &r)
{
    static const QRegularExpression idSegment(QStringLiteral("/\\d+"));
    return QString::fromLatin1(r.method) + QLatin1Char(' ') +
           QString(r.path).replace(idSegment, QStringLiteral("/:id"));
}

// X's search operators, the subset a webcare team uses: keywords, "exact phrases", OR, parentheses, negation with
// a leading -, from:, @ (mentions) and is:retweet. Terms side by side must all match.
struct QueryNode {
    enum class Type { All, Any, Not, Term } type = Type::All;
    QString value;
    bool phrase = false;
    QList<QueryNode> children;
};

class QueryParser {
public:
    explicit QueryParser(const QString &query)
    {
        qsizetype i = 0;
        while (i < query.size()) {
            const QChar c = query.at(i);
            if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                m_tokens << Token{QString(c), false};
                ++i;
            } else if (c == QLatin1Char('-') && i + 1 < query.size() && !query.at(i + 1).isSpace()) {
                m_tokens << Token{QStringLiteral("-"), false};
                ++i;
            } else if (c == QLatin1Char('"')) {
                const qsizetype end = query.indexOf(QLatin1Char('"'), i + 1);
                if (end < 0) {
                    m_error = true;
                    return;
                }
                m_tokens << Token{query.mid(i + 1, end - i - 1), true};
                i = end + 1;
            } else {
                qsizetype end = i;
                while (end < query.size() && !query.at(end).isSpace() && query.at(end) != QLatin1Char('(') &&
                       query.at(end) != QLatin1Char(')'))
                    ++end;
                m_tokens << Token{query.mid(i, end - i), false};
                i = end;
            }
        }
    }

    // The query as a tree; nullopt when it is not a valid query.
    std::optional<QueryNode> parse()
    {
        if (m_error || m_tokens.isEmpty())
            return std::nullopt;
        QueryNode root = all();
        if (m_error || m_pos != m_tokens.size() || root.children.isEmpty())
            return std::nullopt;
        return root;
    }

private:
    struct Token {
        QString text;
        bool phrase;
    };
    bool at(const char *text) const
    {
        return m_pos < m_tokens.size() && !m_tokens.at(m_pos).phrase && m_tokens.at(m_pos).text == QLatin1String(text);
    }
    QueryNode all()
    {
        QueryNode node;
        while (m_pos < m_tokens.size() && !at(")") && !m_error)
            node.children << any();
        return node;
    }
    QueryNode any()
    {
        QueryNode node{QueryNode::Type::Any, {}, false, {unary()}};
        while (at("OR") && !m_error) {
            ++m_pos;
            node.children << unary();
        }
        return node;
    }
    QueryNode unary()
    {
        if (at("-")) {
            ++m_pos;
            return QueryNode{QueryNode::Type::Not, {}, false, {unary()}};
        }
        if (at("(")) {
            ++m_pos;
            QueryNode inner = all();
            if (!at(")") || inner.children.isEmpty())
                m_error = true;
            ++m_pos;
            return inner;
        }
        if (m_pos >= m_tokens.size() || at(")") || at("OR")) {
            m_error = true;
            return {};
        }
        const Token &t = m_tokens.at(m_pos++);
        return QueryNode{QueryNode::Type::Term, t.text, t.phrase, {}};
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    bool m_error = false;
};

bool matches(const QueryNode &node, const QString &text, const QString &handle)
{
    switch (node.type) {
    case QueryNode::Type::All:
        return std::all_of(node.children.cbegin(), node.children.cend(),
                           [&](const QueryNode &c) { return matches(c, text, handle); });
    case QueryNode::Type::Any:
        return std::any_of(node.children.cbegin(), node.children.cend(),
                           [&](const QueryNode &c) { return matches(c, text, handle); });
    case QueryNode::Type::Not:
        return !matches(node.children.first(), text, handle);
    case QueryNode::Type::Term:
        break;
    }
    const QString &v = node.value;
    if (node.phrase)
        return text.contains(v, Qt::CaseInsensitive);
    if (v.startsWith(QLatin1String("from:")))
        return handle.compare(v.mid(5), Qt::CaseInsensitive) == 0;
    if (v == QLatin1String("is:retweet"))
        return text.startsWith(QLatin1String("RT @"));
    // A keyword (or an @mention) matches a whole word, whatever its case.
    const QRegularExpression word(
        QStringLiteral("(?<![\\w@#])") + QRegularExpression::escape(v) + QStringLiteral("(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(text).hasMatch();
}

} // namespace

XApi::XApi(Journal *journal)
    : m_journal(journal)
{
    m_users.insert(accountId(), QJsonObject{{QStringLiteral("id"), accountId()},
                                            {QStringLiteral("name"), QStringLiteral("Duinzicht Verzekeringen")},
                                            {QStringLiteral("username"), QStringLiteral("DuinzichtHelpt")}});
    m_userIdByHandle.insert(QStringLiteral("duinzichthelpt"), accountId());
}

bool XApi::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !root.value(QLatin1String("data")).isArray()) {
        *error = QStringLiteral("not an X API v2 response with \"data\" (%1)").arg(parseError.errorString());
        return false;
    }
    for (const QJsonValue &u :
         root.value(QLatin1String("includes")).toObject().value(QLatin1String("users")).toArray()) {
        const QJsonObject user = u.toObject();
        m_users.insert(user.value(QLatin1String("id")).toString(), user);
        m_userIdByHandle.insert(user.value(QLatin1String("username")).toString().toLower(),
                                user.value(QLatin1String("id")).toString());
    }
    for (const QJsonValue &t : root.value(QLatin1String("data")).toArray())
        insert(t.toObject(), true);
    return true;
}

void XApi::generate(int count, Synthetic &synthetic)
{
    if (count <= 0)
        return;
    const QList<QDateTime> times = synthetic.times(count);
    qint64 previous = 0;
    QList<qint64> recent; // recent posts that a follow-up may answer
    for (int i = 0; i < count; ++i) {
        const Person &person = synthetic.person();
        const QString userId = QString::number(1400000000000000000LL + person.number);
        if (!m_users.contains(userId)) {
            m_users.insert(userId, QJsonObject{{QStringLiteral("id"), userId},
                                               {QStringLiteral("name"), person.name},
                                               {QStringLiteral("username"), person.handle}});
            m_userIdByHandle.insert(person.handle.toLower(), userId);
        }
        const qint64 snowflake = (times.at(i).toMSecsSinceEpoch() - demoShiftMs - twitterEpochMs) << 22;
        qint64 id = std::max(snowflake, previous + 1);
        while (m_tweets.count(id)) // never collide with a demo id
            ++id;
        previous = id;
        const QString idText = QString::number(id);
        QJsonObject tweet{{QStringLiteral("id"), idText},
                          {QStringLiteral("author_id"), userId},
                          {QStringLiteral("created_at"), isoMillis(times.at(i))},
                          {QStringLiteral("lang"), QStringLiteral("nl")},
                          {QStringLiteral("edit_history_tweet_ids"), QJsonArray{idText}}};
        QString text;
        if (!recent.isEmpty() && synthetic.random().chance(15)) {
            const qint64 parentId = recent.at(synthetic.random().below(int(recent.size())));
            const Tweet &parent = m_tweets.at(parentId);
            const QString parentHandle = m_users.value(parent.authorId).value(QLatin1String("username")).toString();
            text = QStringLiteral("@DuinzichtHelpt @") + parentHandle + QLatin1Char(' ') + synthetic.message({});
            tweet.insert(QStringLiteral("conversation_id"), parent.conversationId);
            tweet.insert(QStringLiteral("in_reply_to_user_id"), parent.authorId);
            tweet.insert(QStringLiteral("referenced_tweets"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("replied_to")},
                                                {QStringLiteral("id"), QString::number(parentId)}}});
        } else {
            text = synthetic.message(synthetic.random().chance(85) ? QStringLiteral("@DuinzichtHelpt ") : QString());
            tweet.insert(QStringLiteral("conversation_id"), idText);
        }
        tweet.insert(QStringLiteral("text"), escapeHtml(text)); // X escapes &, < and > in text
        const QJsonArray mentions = mentionEntities(text, m_userIdByHandle);
        if (!mentions.isEmpty())
            tweet.insert(QStringLiteral("entities"), QJsonObject{{QStringLiteral("mentions"), mentions}});
        insert(tweet, true);
        recent << id;
        if (recent.size() > 50)
            recent.removeFirst();
    }
}

Response XApi::handle(const Request &request)
{
    const QString bucket = bucketOf(request);
    const QString token = request.bearerToken();
    if (token.isEmpty() || token == QLatin1String("expired") || token == QLatin1String("revoked")) {
        Response r = plainProblem(401);
        setRateHeaders(r, m_rate.peek(bucket));
        return r;
    }
    const RateWindow::State budget = m_rate.consume(bucket);
    if (budget.exceeded) { // the recorded shape: plain text, not JSON
        Response r = Response::text(429, "Rate limit exceeded\n", "text/plain;charset=utf-8");
        setRateHeaders(r, budget);
        return r;
    }
    Response r = route(request);
    setRateHeaders(r, budget);
    return r;
}

Response XApi::route(const Request &request)
{
    static const QRegularExpression userPath(QStringLiteral("^/2/users/([^/]+)/(mentions|tweets)$"));
    static const QRegularExpression tweetPath(QStringLiteral("^/2/tweets/([^/]+)$"));
    static const QRegularExpression dmPath(QStringLiteral("^/2/dm_conversations/with/([^/]+)/messages$"));
    if (request.method == "GET" && request.path == QLatin1String("/2/tweets/search/recent"))
        return search(request);
    if (request.method == "GET" && request.path == QLatin1String("/2/dm_events"))
        return dmEvents(request);
    if (const auto m = dmPath.match(request.path); m.hasMatch() && request.method == "POST")
        return sendDm(request, m.captured(1));
    if (request.method == "GET" && request.path == QLatin1String("/2/users/me"))
        return Response::json(200, QJsonObject{{QStringLiteral("data"), m_users.value(accountId())}});
    if (const auto m = userPath.match(request.path); m.hasMatch() && request.method == "GET") {
        const QString id = m.captured(1);
        if (!isId(id))
            return invalidRequest(
                QStringLiteral("id"), id,
                QStringLiteral("The `id` query parameter value [%1] does not match ^[0-9]{1,19}$").arg(id));
        static const std::set<qint64> none;
        if (m.captured(2) == QLatin1String("mentions")) // one account: every other user has no mentions here
            return timeline(request, id == accountId() ? std::as_const(m_mentions) : none);
        const auto authored = m_byAuthor.constFind(id);
        return timeline(request, authored == m_byAuthor.cend() ? none : *authored);
    }
    if (request.path == QLatin1String("/2/tweets")) {
        if (request.method == "POST")
            return create(request);
        if (request.method == "GET")
            return lookup(request, request.listParam(QStringLiteral("ids")), false);
    }
    if (const auto m = tweetPath.match(request.path); m.hasMatch() && request.method == "GET")
        return lookup(request, {m.captured(1)}, true);
    // What X answers for a path it does not have.
    return Response::json(404, QJsonObject{{QStringLiteral("errors"),
                                            QJsonArray{QJsonObject{{QStringLiteral("message"),
                                                                    QStringLiteral("Sorry, that page does not exist")},
                                                                   {QStringLiteral("code"), 34}}}}});
}

QSet<QString> XApi::tweetFields(const Request &request) const
{
    // Without tweet.fields X sends only these three; the expansions imply the fields they expand.
    QSet<QString> fields{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("edit_history_tweet_ids")};
    for (const QString &f :
         request.listParam(QStringLiteral("tweet.fields")) + request.listParam(QStringLiteral("post.fields")))
        fields.insert(f);
    const QStringList expansions = request.listParam(QStringLiteral("expansions"));
    if (expansions.contains(QLatin1String("author_id")))
        fields.insert(QStringLiteral("author_id"));
    if (expansions.contains(QLatin1String("in_reply_to_user_id")))
        fields.insert(QStringLiteral("in_reply_to_user_id"));
    if (expansions.contains(QLatin1String("referenced_tweets.id")) ||
        expansions.contains(QLatin1String("referenced_tweets.id.author_id")))
        fields.insert(QStringLiteral("referenced_tweets"));
    if (expansions.contains(QLatin1String("entities.mentions.username")))
        fields.insert(QStringLiteral("entities"));
    return fields;
}

QSet<QString> XApi::userFields(const Request &request) const
{
    QSet<QString> fields{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("username")};
    for (const QString &f : request.listParam(QStringLiteral("user.fields")))
        fields.insert(f);
    return fields;
}

QJsonObject XApi::project(const Tweet &tweet, const QSet<QString> &fields) const
{
    QJsonObject out;
    const QJsonObject json = tweet.object();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (fields.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject XApi::userObject(const QString &id, const QSet<QString> &fields) const
{
    const QJsonObject user = m_users.value(id);
    QJsonObject out;
    for (auto it = user.begin(); it != user.end(); ++it) {
        if (fields.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

void XApi::expand(const Request &request, const QList<const Tweet *> &tweets, QJsonObject *root) const
{
    const QStringList expansions = request.listParam(QStringLiteral("expansions"));
    if (expansions.isEmpty())
        return;
    const QSet<QString> tFields = tweetFields(request);
    const QSet<QString> uFields = userFields(request);
    QStringList userIds;
    QSet<QString> seenUsers;
    const auto addUser = [&](const QString &id) {
        if (!id.isEmpty() && m_users.contains(id) && !seenUsers.contains(id)) {
            seenUsers.insert(id);
            userIds << id;
        }
    };
    QJsonArray included;
    QSet<QString> seenTweets;
    QJsonArray errors = root->value(QLatin1String("errors")).toArray();
    for (const Tweet *t : tweets) {
        const QJsonObject json = t->object();
        if (expansions.contains(QLatin1String("author_id")))
            addUser(t->authorId);
        if (expansions.contains(QLatin1String("in_reply_to_user_id")))
            addUser(json.value(QLatin1String("in_reply_to_user_id")).toString());
        if (expansions.contains(QLatin1String("entities.mentions.username"))) {
            const QJsonArray mentions =
                json.value(QLatin1String("entities")).toObject().value(QLatin1String("mentions")).toArray();
            for (const QJsonValue &m : mentions)
                addUser(m.toObject().value(QLatin1String("id")).toString());
        }
        if (!expansions.contains(QLatin1String("referenced_tweets.id")))
            continue;
        for (const QJsonValue &ref : json.value(QLatin1String("referenced_tweets")).toArray()) {
            const QString id = ref.toObject().value(QLatin1String("id")).toString();
            if (seenTweets.contains(id))
                continue;
            seenTweets.insert(id);
            const auto found = m_tweets.find(id.toLongLong());
            if (found == m_tweets.end()) {
                // A deleted or protected parent: X answers the rest and reports this one as a partial error.
                errors.append(
                    notFound(QStringLiteral("referenced_tweets.id"), id,
                             QStringLiteral("Could not find tweet with referenced_tweets.id: [%1].").arg(id)));
                continue;
            }
            included.append(project(found->second, tFields));
            if (expansions.contains(QLatin1String("referenced_tweets.id.author_id")))
                addUser(found->second.authorId);
        }
    }
    QJsonObject includes;
    if (!userIds.isEmpty()) {
        QJsonArray users;
        for (const QString &id : std::as_const(userIds))
            users.append(userObject(id, uFields));
        includes.insert(QStringLiteral("users"), users);
    }
    if (!included.isEmpty())
        includes.insert(QStringLiteral("tweets"), included);
    if (!includes.isEmpty())
        root->insert(QStringLiteral("includes"), includes);
    if (!errors.isEmpty())
        root->insert(QStringLiteral("errors"), errors);
}

Response XApi::timeline(const Request &request, const std::set<qint64> &ids, int minResults)
{
    int max = 10;
    if (request.hasParam(QStringLiteral("max_results"))) {
        const QString value = request.param(QStringLiteral("max_results"));
        bool ok = false;
        max = value.toInt(&ok);
        if (!ok || max < minResults || max > 100)
            return invalidRequest(
                QStringLiteral("max_results"), value,
                QStringLiteral("The `max_results` query parameter value [%1] is not between %2 and 100")
                    .arg(value)
                    .arg(minResults));
    }
    qint64 since = 0;
    qint64 upper = LLONG_MAX; // inclusive
    for (const char *name : {"since_id", "until_id"}) {
        const QString key = QLatin1String(name);
        if (!request.hasParam(key))
            continue;
        const QString value = request.param(key);
        if (!isId(value))
            return invalidRequest(
                key, value,
                QStringLiteral("The `%1` query parameter value [%2] does not match ^[0-9]{1,19}$").arg(key, value));
        if (key == QLatin1String("since_id"))
            since = value.toLongLong();
        else
            upper = value.toLongLong() - 1;
    }
    // Timelines page with pagination_token; recent search with next_token (and accepts pagination_token).
    for (const QString &key : {QStringLiteral("pagination_token"), QStringLiteral("next_token")}) {
        if (!request.hasParam(key))
            continue;
        const QString value = request.param(key);
        bool ok = false;
        const quint64 decoded = value.toULongLong(&ok, 36) ^ tokenMask;
        if (!ok || value.isEmpty())
            return invalidRequest(key, value,
                                  QStringLiteral("The `%1` query parameter value [%2] is not valid").arg(key, value));
        upper = std::min(upper, qint64(decoded));
    }

    QList<const Tweet *> page;
    qint64 next = 0;
    auto it = ids.upper_bound(upper);
    while (it != ids.begin()) {
        --it;
        if (*it <= since)
            break;
        if (page.size() == max) {
            next = *it;
            break;
        }
        page << &m_tweets.at(*it);
    }
    QJsonObject root;
    QJsonObject meta{{QStringLiteral("result_count"), int(page.size())}};
    if (!page.isEmpty()) {
        const QSet<QString> fields = tweetFields(request);
        QJsonArray data;
        for (const Tweet *t : std::as_const(page))
            data.append(project(*t, fields));
        root.insert(QStringLiteral("data"), data);
        expand(request, page, &root);
        meta.insert(QStringLiteral("newest_id"), data.first().toObject().value(QLatin1String("id")));
        meta.insert(QStringLiteral("oldest_id"), data.last().toObject().value(QLatin1String("id")));
        if (next)
            meta.insert(QStringLiteral("next_token"), QString::number(quint64(next) ^ tokenMask, 36));
    }
    root.insert(QStringLiteral("meta"), meta);
    return Response::json(200, root);
}

Response XApi::lookup(const Request &request, const QStringList &ids, bool single)
{
    const QString parameter = single ? QStringLiteral("id") : QStringLiteral("ids");
    if (ids.isEmpty())
        return invalidRequest(parameter, {},
                              QStringLiteral("The `%1` query parameter can not be empty").arg(parameter));
    if (ids.size() > 100)
        return invalidRequest(parameter, ids.join(QLatin1Char(',')),
                              QStringLiteral("size [%1] is not between 1 and 100").arg(ids.size()));
    QList<const Tweet *> found;
    QJsonArray errors;
    for (const QString &id : ids) {
        if (!isId(id))
            return invalidRequest(
                parameter, id,
                QStringLiteral("The `%1` query parameter value [%2] does not match ^[0-9]{1,19}$").arg(parameter, id));
        const auto it = m_tweets.find(id.toLongLong());
        if (it != m_tweets.end())
            found << &it->second;
        else
            errors.append(
                notFound(parameter, id, QStringLiteral("Could not find tweet with %1: [%2].").arg(parameter, id)));
    }
    QJsonObject root;
    if (!found.isEmpty()) {
        const QSet<QString> fields = tweetFields(request);
        if (single) {
            root.insert(QStringLiteral("data"), project(*found.first(), fields));
        } else {
            QJsonArray data;
            for (const Tweet *t : std::as_const(found))
                data.append(project(*t, fields));
            root.insert(QStringLiteral("data"), data);
        }
    }
    if (!errors.isEmpty())
        root.insert(QStringLiteral("errors"), errors);
    expand(request, found, &root);
    return Response::json(200, root); // partial errors come with 200, as on X
}

Response XApi::create(const Request &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalidRequest({}, {},
                              QStringLiteral("Request body must be a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject body = doc.object();
    const QString text = body.value(QLatin1String("text")).toString();
    if (text.trimmed().isEmpty())
        return invalidRequest(QStringLiteral("text"), text, QStringLiteral("The `text` field can not be empty"));
    const QString replyTo =
        body.value(QLatin1String("reply")).toObject().value(QLatin1String("in_reply_to_tweet_id")).toString();
    const auto parent = replyTo.isEmpty() ? m_tweets.end() : m_tweets.find(replyTo.toLongLong());
    if (!replyTo.isEmpty() && parent == m_tweets.end())
        return invalidRequest(
            QStringLiteral("reply.in_reply_to_tweet_id"), replyTo,
            QStringLiteral("Your Tweet is a reply to a Tweet that is deleted or not visible to you."));
    if (m_ownTexts.contains(text))
        return Response::json(
            403, QJsonObject{{QStringLiteral("detail"),
                              QStringLiteral("You are not allowed to create a Tweet with duplicate content.")},
                             {QStringLiteral("type"), QStringLiteral("about:blank")},
                             {QStringLiteral("title"), QStringLiteral("Forbidden")},
                             {QStringLiteral("status"), 403}});

    const QDateTime at = m_timeline.nextTime();
    const QString id = QString::number(nextId(at));
    const QString stored = escapeHtml(text);
    QJsonObject tweet{{QStringLiteral("id"), id},
                      {QStringLiteral("text"), stored},
                      {QStringLiteral("author_id"), accountId()},
                      {QStringLiteral("created_at"), isoMillis(at)},
                      {QStringLiteral("lang"), QStringLiteral("nl")},
                      {QStringLiteral("edit_history_tweet_ids"), QJsonArray{id}}};
    if (parent != m_tweets.end()) {
        tweet.insert(QStringLiteral("conversation_id"), parent->second.conversationId);
        tweet.insert(QStringLiteral("in_reply_to_user_id"), parent->second.authorId);
        tweet.insert(QStringLiteral("referenced_tweets"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("replied_to")},
                                            {QStringLiteral("id"), replyTo}}});
    } else {
        tweet.insert(QStringLiteral("conversation_id"), id);
    }
    const QJsonArray mentions = mentionEntities(text, m_userIdByHandle);
    if (!mentions.isEmpty())
        tweet.insert(QStringLiteral("entities"), QJsonObject{{QStringLiteral("mentions"), mentions}});
    insert(tweet, false); // the account's own tweet: in its timeline, not in its mentions
    m_ownTexts.insert(text, id);
    m_journal->add(PostedReply{channel(), id, text, replyTo, QString::fromUtf8(request.header("idempotency-key")),
                               QStringLiteral("POST /2/tweets"), at});
    return Response::json(201, QJsonObject{{QStringLiteral("data"),
                                            QJsonObject{{QStringLiteral("id"), id},
                                                        {QStringLiteral("text"), stored},
                                                        {QStringLiteral("edit_history_tweet_ids"), QJsonArray{id}}}}});
}

Response XApi::search(const Request &request)
{
    const QString query = request.param(QStringLiteral("query"));
    if (query.isEmpty() || query.size() > 512)
        return invalidRequest(QStringLiteral("query"), query,
                              QStringLiteral("The `query` query parameter value [%1] is not between 1 and 512 "
                                             "characters")
                                  .arg(query));
    const std::optional<QueryNode> tree = QueryParser(query).parse();
    if (!tree)
        return invalidRequest(QStringLiteral("query"), query,
                              QStringLiteral("There were errors processing your request: Ambiguous use of "
                                             "operators or unbalanced parentheses in query [%1]")
                                  .arg(query));
    std::set<qint64> found;
    for (const auto &[id, tweet] : m_tweets) {
        const QJsonObject json = tweet.object();
        // X escapes &, < and > in text; search sees what was typed.
        QString text = json.value(QLatin1String("text")).toString();
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QString handle = m_users.value(tweet.authorId).value(QLatin1String("username")).toString();
        if (matches(*tree, text, handle))
            found.insert(id);
    }
    return timeline(request, found, 10);
}

QJsonObject XApi::projectDm(const QJsonObject &event, const Request &request) const
{
    // Without dm_event.fields X sends id, event_type and text; the expansions imply the fields they expand.
    QSet<QString> fields{QStringLiteral("id"), QStringLiteral("event_type"), QStringLiteral("text")};
    for (const QString &f : request.listParam(QStringLiteral("dm_event.fields")))
        fields.insert(f);
    const QStringList expansions = request.listParam(QStringLiteral("expansions"));
    if (expansions.contains(QLatin1String("sender_id")))
        fields.insert(QStringLiteral("sender_id"));
    if (expansions.contains(QLatin1String("participant_ids")))
        fields.insert(QStringLiteral("participant_ids"));
    QJsonObject out;
    for (auto it = event.begin(); it != event.end(); ++it) {
        if (fields.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

Response XApi::dmEvents(const Request &request)
{
    int max = 100;
    if (request.hasParam(QStringLiteral("max_results"))) {
        const QString value = request.param(QStringLiteral("max_results"));
        bool ok = false;
        max = value.toInt(&ok);
        if (!ok || max < 1 || max > 100)
            return invalidRequest(
                QStringLiteral("max_results"), value,
                QStringLiteral("The `max_results` query parameter value [%1] is not between 1 and 100").arg(value));
    }
    qint64 upper = LLONG_MAX;
    if (request.hasParam(QStringLiteral("pagination_token"))) {
        const QString value = request.param(QStringLiteral("pagination_token"));
        bool ok = false;
        const quint64 decoded = value.toULongLong(&ok, 36) ^ tokenMask;
        if (!ok || value.isEmpty())
            return invalidRequest(
                QStringLiteral("pagination_token"), value,
                QStringLiteral("The `pagination_token` query parameter value [%1] is not valid").arg(value));
        upper = qint64(decoded);
    }
    const QStringList types = request.listParam(QStringLiteral("event_types"));
    QList<QJsonObject> page;
    qint64 next = 0;
    for (auto it = m_dmEvents.rbegin(); it != m_dmEvents.rend(); ++it) { // newest first
        if (it->first > upper)
            continue;
        if (!types.isEmpty() && !types.contains(it->second.value(QLatin1String("event_type")).toString()))
            continue;
        if (page.size() == max) {
            next = it->first;
            break;
        }
        page << it->second;
    }
    QJsonObject root;
    QJsonObject meta{{QStringLiteral("result_count"), int(page.size())}};
    if (!page.isEmpty()) {
        QJsonArray data;
        QStringList userIds;
        const QStringList expansions = request.listParam(QStringLiteral("expansions"));
        for (const QJsonObject &e : std::as_const(page)) {
            data.append(projectDm(e, request));
            if (expansions.contains(QLatin1String("sender_id")))
                userIds << e.value(QLatin1String("sender_id")).toString();
            if (expansions.contains(QLatin1String("participant_ids"))) {
                for (const QJsonValue &id : e.value(QLatin1String("participant_ids")).toArray())
                    userIds << id.toString();
            }
        }
        root.insert(QStringLiteral("data"), data);
        userIds.removeDuplicates();
        if (!userIds.isEmpty()) {
            QJsonArray users;
            for (const QString &id : std::as_const(userIds))
                users.append(userObject(id, userFields(request)));
            root.insert(QStringLiteral("includes"), QJsonObject{{QStringLiteral("users"), users}});
        }
        if (next)
            meta.insert(QStringLiteral("next_token"), QString::number(quint64(next) ^ tokenMask, 36));
    }
    root.insert(QStringLiteral("meta"), meta);
    return Response::json(200, root);
}

Response XApi::sendDm(const Request &request, const QString &participantId)
{
    if (!isId(participantId))
        return invalidRequest(
            QStringLiteral("participant_id"), participantId,
            QStringLiteral("The `participant_id` path parameter value [%1] does not match ^[0-9]{1,19}$")
                .arg(participantId));
    const QJsonObject body = parseObject(request.body);
    const QString text = body.value(QLatin1String("text")).toString();
    if (text.trimmed().isEmpty())
        return invalidRequest(QStringLiteral("text"), text, QStringLiteral("The `text` field can not be empty"));
    if (participantId == accountId() || !m_users.contains(participantId))
        return Response::json(
            403, QJsonObject{{QStringLiteral("detail"), QStringLiteral("You cannot send messages to this user.")},
                             {QStringLiteral("type"), QStringLiteral("about:blank")},
                             {QStringLiteral("title"), QStringLiteral("Forbidden")},
                             {QStringLiteral("status"), 403}});
    const QDateTime at = m_timeline.nextTime();
    const QString id = addDm(accountId(), participantId, text, at);
    const QJsonObject event = m_dmEvents.at(id.toLongLong());
    m_journal->add(PostedReply{channel(), id, text, participantId, QString::fromUtf8(request.header("idempotency-key")),
                               QStringLiteral("POST /2/dm_conversations/with/:participant_id/messages"), at});
    return Response::json(
        201, QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("dm_conversation_id"),
                                                               event.value(QLatin1String("dm_conversation_id"))},
                                                              {QStringLiteral("dm_event_id"), id}}}});
}

QString XApi::addDm(const QString &senderId, const QString &recipientId, const QString &text, const QDateTime &at)
{
    const qint64 id = nextId(at);
    m_lastId = std::max(m_lastId, id);
    // A one-to-one conversation is named by both user ids, the lower first.
    const QString conversation = senderId.toLongLong() < recipientId.toLongLong()
                                     ? senderId + QLatin1Char('-') + recipientId
                                     : recipientId + QLatin1Char('-') + senderId;
    m_dmEvents[id] = QJsonObject{{QStringLiteral("id"), QString::number(id)},
                                 {QStringLiteral("event_type"), QStringLiteral("MessageCreate")},
                                 {QStringLiteral("text"), text},
                                 {QStringLiteral("created_at"), isoMillis(at)},
                                 {QStringLiteral("dm_conversation_id"), conversation},
                                 {QStringLiteral("sender_id"), senderId}};
    m_timeline.observe(at);
    return QString::number(id);
}

QString XApi::addIncoming(const IncomingPost &post, QString *error)
{
    if (post.text.isEmpty()) {
        *error = QStringLiteral("\"text\" is required");
        return {};
    }
    if (post.kind == QLatin1String("dm"))
        return addDm(ensureUser(post.author.isEmpty() ? QStringLiteral("klant") : post.author), accountId(), post.text,
                     post.at.isValid() ? post.at : m_timeline.nextTime());
    const auto parent = post.inReplyTo.isEmpty() ? m_tweets.end() : m_tweets.find(post.inReplyTo.toLongLong());
    if (!post.inReplyTo.isEmpty() && parent == m_tweets.end()) {
        *error = QStringLiteral("no tweet %1 to reply to").arg(post.inReplyTo);
        return {};
    }
    const QString authorId = ensureUser(post.author.isEmpty() ? QStringLiteral("klant") : post.author);
    const QDateTime at = m_timeline.nextTime();
    const QString id = QString::number(nextId(at));
    QJsonObject tweet{{QStringLiteral("id"), id},
                      {QStringLiteral("text"), escapeHtml(post.text)},
                      {QStringLiteral("author_id"), authorId},
                      {QStringLiteral("created_at"), isoMillis(at)},
                      {QStringLiteral("lang"), QStringLiteral("nl")},
                      {QStringLiteral("edit_history_tweet_ids"), QJsonArray{id}}};
    if (parent != m_tweets.end()) {
        tweet.insert(QStringLiteral("conversation_id"), parent->second.conversationId);
        tweet.insert(QStringLiteral("in_reply_to_user_id"), parent->second.authorId);
        tweet.insert(QStringLiteral("referenced_tweets"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("replied_to")},
                                            {QStringLiteral("id"), post.inReplyTo}}});
    } else {
        tweet.insert(QStringLiteral("conversation_id"), id);
    }
    const QJsonArray mentions = mentionEntities(post.text, m_userIdByHandle);
    if (!mentions.isEmpty())
        tweet.insert(QStringLiteral("entities"), QJsonObject{{QStringLiteral("mentions"), mentions}});
    insert(tweet, post.kind != QLatin1String("post")); // "post": public, not in the mentions timeline
    return id;
}

Response XApi::faultAnswer(FaultKind kind, const Request &request, double seconds, int variant)
{
    RateWindow::State budget = m_rate.peek(bucketOf(request));
    Response r;
    switch (kind) {
    case FaultKind::TooManyRequests:
        budget.remaining = 0;
        budget.resetAt = QDateTime::currentDateTimeUtc().addSecs(qint64(std::ceil(seconds)));
        if (variant == 1) // v1.1 style, as the current docs show it
            r = Response::json(429, QJsonObject{{QStringLiteral("errors"),
                                                 QJsonArray{QJsonObject{{QStringLiteral("code"), 88},
                                                                        {QStringLiteral("message"),
                                                                         QStringLiteral("Rate limit exceeded")}}}}});
        else if (variant == 2) // the v2 problem
            r = plainProblem(429);
        else // as recorded in the Postman collection: plain text
            r = Response::text(429, "Rate limit exceeded\n", "text/plain;charset=utf-8");
        break;
    case FaultKind::Unavailable:
        r = variant == 1 ? htmlErrorPage(503) : plainProblem(503);
        break;
    default:
        r = variant == 1 ? htmlErrorPage(500) : plainProblem(500);
        break;
    }
    setRateHeaders(r, budget);
    return r;
}

void XApi::configure(const QJsonObject &config)
{
    if (config.contains(QLatin1String("x_rate_limit")))
        m_rate.setLimit(config.value(QLatin1String("x_rate_limit")).toInt());
    if (config.contains(QLatin1String("x_window_seconds")))
        m_rate.setWindowSeconds(config.value(QLatin1String("x_window_seconds")).toInt());
}

QJsonObject XApi::stats() const
{
    return QJsonObject{{QStringLiteral("tweets"), qint64(m_tweets.size())},
                       {QStringLiteral("mentions"), qint64(m_mentions.size())},
                       {QStringLiteral("dm_events"), qint64(m_dmEvents.size())},
                       {QStringLiteral("users"), qint64(m_users.size())},
                       {QStringLiteral("account_id"), accountId()}};
}

QJsonArray XApi::mentionEntities(const QString &text, const QHash<QString, QString> &idByHandle)
{
    static const QRegularExpression mention(QStringLiteral("(?<![\\w@])@(\\w{1,15})"));
    QJsonArray out;
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString id = idByHandle.value(m.captured(1).toLower());
        if (id.isEmpty())
            continue;
        // X counts entity offsets in code points.
        const qsizetype start = text.left(m.capturedStart()).toUcs4().size();
        const qsizetype end = start + m.captured(0).toUcs4().size();
        out.append(QJsonObject{{QStringLiteral("start"), start},
                               {QStringLiteral("end"), end},
                               {QStringLiteral("username"), m.captured(1)},
                               {QStringLiteral("id"), id}});
    }
    return out;
}

qint64 XApi::nextId(const QDateTime &at)
{
    const qint64 snowflake = (at.toMSecsSinceEpoch() - demoShiftMs - twitterEpochMs) << 22;
    return std::max(snowflake, m_lastId + 1);
}

void XApi::insert(const QJsonObject &tweet, bool mention)
{
    const qint64 id = tweet.value(QLatin1String("id")).toString().toLongLong();
    Tweet t;
    t.json = QJsonDocument(tweet).toJson(QJsonDocument::Compact);
    t.authorId = tweet.value(QLatin1String("author_id")).toString();
    t.conversationId = tweet.value(QLatin1String("conversation_id")).toString();
    t.mention = mention;
    m_tweets[id] = t;
    if (mention)
        m_mentions.insert(id);
    m_byAuthor[t.authorId].insert(id);
    m_lastId = std::max(m_lastId, id);
    m_timeline.observe(parseTime(tweet.value(QLatin1String("created_at")).toString()));
}

QString XApi::ensureUser(const QString &author)
{
    QString handle = author.startsWith(QLatin1Char('@')) ? author.mid(1) : author;
    if (m_users.contains(handle))
        return handle;
    if (const QString id = m_userIdByHandle.value(handle.toLower()); !id.isEmpty())
        return id;
    QString username;
    for (const QChar c : handle) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_'))
            username += c;
    }
    const QString id = QString::number(1700000000000000000LL + ++m_createdUsers);
    if (username.isEmpty())
        username = QStringLiteral("klant") + QString::number(m_createdUsers);
    username = username.left(15);
    m_users.insert(id, QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("name"), author.startsWith(QLatin1Char('@')) ? username : author},
                                   {QStringLiteral("username"), username}});
    m_userIdByHandle.insert(username.toLower(), id);
    return id;
}

} // namespace webcare::fake
