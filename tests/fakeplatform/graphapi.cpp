// SPDX-License-Identifier: MIT
#include "graphapi.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace webcare::fake {

namespace {

const QRegularExpression &versionPrefix()
{
    static const QRegularExpression re(QStringLiteral("^/v\\d+\\.\\d+(/.*)$"));
    return re;
}

// Graph cursors are opaque base64 ("QVFI..." is "AQH..."); ours carry the id of the post or comment.
QString cursorFor(const QString &id)
{
    return QString::fromLatin1(QByteArray(QByteArray("AQH") + id.toUtf8())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString idFromCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    return raw.startsWith("AQH") ? QString::fromUtf8(raw.mid(3)) : QString();
}

QJsonObject pageFrom()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Duinzicht Verzekeringen")},
                       {QStringLiteral("id"), GraphApi::pageId()}};
}

GraphApi::FieldSpec defaults(bool comment)
{
    GraphApi::FieldSpec spec;
    // What Graph returns when `fields` is not given.
    spec.order = comment
                     ? QStringList{QStringLiteral("created_time"), QStringLiteral("from"), QStringLiteral("message")}
                     : QStringList{QStringLiteral("created_time"), QStringLiteral("message"), QStringLiteral("story")};
    return spec;
}

GraphApi::FieldSpec parseList(const QString &text, qsizetype &i)
{
    GraphApi::FieldSpec spec;
    QString name;
    const auto add = [&](const GraphApi::FieldSpec &children) {
        const QString field = name.trimmed().section(QLatin1Char('.'), 0, 0); // "comments.limit(5)" → "comments"
        name.clear();
        if (field.isEmpty())
            return;
        if (!spec.children.contains(field))
            spec.order << field;
        spec.children.insert(field, children);
    };
    while (i < text.size()) {
        const QChar c = text.at(i++);
        if (c == QLatin1Char(',')) {
            add({});
        } else if (c == QLatin1Char('{')) {
            add(parseList(text, i));
        } else if (c == QLatin1Char('}')) {
            add({});
            return spec;
        } else if (c == QLatin1Char('(')) { // a modifier's arguments
            while (i < text.size() && text.at(i) != QLatin1Char(')'))
                ++i;
            ++i;
        } else {
            name += c;
        }
    }
    add({});
    return spec;
}

QJsonObject select(const QJsonObject &object, const GraphApi::FieldSpec &spec)
{
    QJsonObject out;
    if (object.contains(QLatin1String("id")))
        out.insert(QStringLiteral("id"), object.value(QLatin1String("id")));
    for (const QString &field : spec.order) {
        if (!object.contains(field))
            continue;
        const GraphApi::FieldSpec children = spec.children.value(field);
        const QJsonValue value = object.value(field);
        out.insert(field, value.isObject() && !children.isEmpty() ? select(value.toObject(), children) : value);
    }
    return out;
}

QJsonObject withEdgeCursors(QJsonObject edge)
{
    const QJsonArray data = edge.value(QLatin1String("data")).toArray();
    if (data.isEmpty())
        return edge;
    const QString first = data.first().toObject().value(QLatin1String("id")).toString();
    const QString last = data.last().toObject().value(QLatin1String("id")).toString();
    edge.insert(QStringLiteral("paging"),
                QJsonObject{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), cursorFor(first)},
                                                                    {QStringLiteral("after"), cursorFor(last)}}}});
    return edge;
}

QDateTime sinceParam(const QString &value)
{
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return parseTime(value);
}

} // namespace

GraphApi::GraphApi(Journal *journal)
    : m_journal(journal)
{}

GraphApi::FieldSpec GraphApi::parseFields(const QString &text)
{
    qsizetype i = 0;
    return parseList(text, i);
}

bool GraphApi::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !root.value(QLatin1String("data")).isArray()) {
        *error = QStringLiteral("not a Graph feed with \"data\" (%1)").arg(parseError.errorString());
        return false;
    }
    const auto learn = [this](const QJsonObject &o) {
        const QJsonObject from = o.value(QLatin1String("from")).toObject();
        m_userIds.insert(from.value(QLatin1String("name")).toString(), from.value(QLatin1String("id")).toString());
        m_timeline.observe(parseTime(o.value(QLatin1String("created_time")).toString()));
    };
    for (const QJsonValue &v : root.value(QLatin1String("data")).toArray()) {
        const QJsonObject post = v.toObject();
        learn(post);
        for (const QJsonValue &c :
             post.value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray()) {
            learn(c.toObject());
            for (const QJsonValue &r :
                 c.toObject().value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray())
                learn(r.toObject());
        }
        m_posts << post;
    }
    std::stable_sort(m_posts.begin(), m_posts.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return parseTime(a.value(QLatin1String("created_time")).toString()) >
               parseTime(b.value(QLatin1String("created_time")).toString());
    });
    return true;
}

bool GraphApi::handles(const Request &request) const { return versionPrefix().match(request.path).hasMatch(); }

Response GraphApi::handle(const Request &request)
{
    QString token = request.param(QStringLiteral("access_token"));
    if (token.isEmpty())
        token = request.bearerToken();
    const RateWindow::State budget =
        token.isEmpty() ? m_rate.peek(QStringLiteral("app")) : m_rate.consume(QStringLiteral("app"));
    Response r;
    if (token.isEmpty()) {
        r = graphError(400, QStringLiteral("An access token is required to request this resource."),
                       QStringLiteral("OAuthException"), 104);
    } else if (token == QLatin1String("expired") || token == QLatin1String("revoked")) {
        r = graphError(400,
                       QStringLiteral("Error validating access token: Session has expired on Thursday, 26-Nov-26 "
                                      "15:00:00 PST. The current time is Friday, 27-Nov-26 10:26:12 PST."),
                       QStringLiteral("OAuthException"), 190, 463);
    } else if (budget.exceeded) {
        r = graphError(400, QStringLiteral("(#4) Application request limit reached"), QStringLiteral("OAuthException"),
                       4);
    } else {
        r = route(request, versionPrefix().match(request.path).captured(1));
    }
    // Graph reports its budget as percentages used, not as a count and a reset time.
    const int used = budget.limit > 0 ? std::min(100, (budget.limit - budget.remaining) * 100 / budget.limit) : 0;
    r.setHeader("X-App-Usage", QJsonDocument(QJsonObject{{QStringLiteral("call_count"), used},
                                                         {QStringLiteral("total_cputime"), used / 3},
                                                         {QStringLiteral("total_time"), used / 2}})
                                   .toJson(QJsonDocument::Compact));
    return r;
}

Response GraphApi::route(const Request &request, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (request.method == "GET" && parts == QStringList{QStringLiteral("me")})
        return Response::json(200, pageFrom());
    if (parts.size() == 2 && parts.at(0) == pageId() && parts.at(1) == QLatin1String("conversations") &&
        request.method == "GET")
        return conversations(request);
    if (parts.size() == 2 && parts.at(0) == pageId() && parts.at(1) == QLatin1String("messages") &&
        request.method == "POST")
        return sendMessage(request);
    if (parts.size() == 2 && parts.at(1) == QLatin1String("comments")) {
        if (request.method == "POST")
            return comment(request, parts.at(0));
        if (request.method == "GET")
            return edge(request, parts.at(0));
    }
    if (request.method == "GET" && parts.size() == 2 &&
        (parts.at(1) == QLatin1String("feed") || parts.at(1) == QLatin1String("posts") ||
         parts.at(1) == QLatin1String("published_posts"))) {
        if (parts.at(0) != pageId())
            return unknownObject(parts.at(0), request.method);
        return feed(request);
    }
    if (request.method == "GET" && parts.size() == 1) {
        if (parts.at(0) == pageId())
            return Response::json(200, pageFrom());
        const Location at = find(parts.at(0));
        if (at.post < 0)
            return unknownObject(parts.at(0), request.method);
        return Response::json(
            200, project(objectAt(at), parseFields(request.param(QStringLiteral("fields"))), at.comment >= 0));
    }
    if (parts.size() >= 2)
        return graphError(400, QStringLiteral("Unknown path components: /") + parts.mid(1).join(QLatin1Char('/')),
                          QStringLiteral("OAuthException"), 2500);
    return graphError(400,
                      QStringLiteral("Unsupported %1 request. Please read the Graph API documentation at "
                                     "https://developers.facebook.com/docs/graph-api")
                          .arg(QString::fromLatin1(request.method).toLower()),
                      QStringLiteral("GraphMethodException"), 100);
}

Response GraphApi::feed(const Request &request)
{
    const FieldSpec spec = parseFields(request.param(QStringLiteral("fields")));
    bool ok = false;
    int limit = request.param(QStringLiteral("limit")).toInt(&ok);
    limit = ok && limit > 0 ? std::min(limit, 100) : 25;
    const QDateTime since =
        request.hasParam(QStringLiteral("since")) ? sinceParam(request.param(QStringLiteral("since"))) : QDateTime();
    const QDateTime until =
        request.hasParam(QStringLiteral("until")) ? sinceParam(request.param(QStringLiteral("until"))) : QDateTime();
    QList<int> eligible;
    for (int i = 0; i < m_posts.size(); ++i) {
        const QDateTime t = parseTime(m_posts.at(i).value(QLatin1String("created_time")).toString());
        if ((!since.isValid() || t >= since) && (!until.isValid() || t <= until))
            eligible << i;
    }
    const auto indexOf = [&](const QString &cursor) -> qsizetype {
        const QString id = idFromCursor(cursor);
        for (qsizetype k = 0; k < eligible.size(); ++k) {
            if (m_posts.at(eligible.at(k)).value(QLatin1String("id")).toString() == id)
                return k;
        }
        return -1;
    };
    qsizetype start = 0;
    if (request.hasParam(QStringLiteral("after"))) {
        const qsizetype k = indexOf(request.param(QStringLiteral("after")));
        if (k < 0)
            return graphError(400, QStringLiteral("(#100) The parameter after is not a valid cursor"),
                              QStringLiteral("OAuthException"), 100);
        start = k + 1;
    } else if (request.hasParam(QStringLiteral("before"))) {
        const qsizetype k = indexOf(request.param(QStringLiteral("before")));
        if (k < 0)
            return graphError(400, QStringLiteral("(#100) The parameter before is not a valid cursor"),
                              QStringLiteral("OAuthException"), 100);
        start = std::max<qsizetype>(0, k - limit);
    }
    const qsizetype end = std::min<qsizetype>(eligible.size(), start + limit);
    QJsonArray data;
    for (qsizetype k = start; k < end; ++k)
        data.append(project(m_posts.at(eligible.at(k)), spec, false));
    QJsonObject root{{QStringLiteral("data"), data}};
    if (data.isEmpty())
        return Response::json(200, root);

    const auto link = [&](const char *key, const QString &cursor) {
        QUrl url = request.origin;
        url.setPath(request.path);
        QUrlQuery q;
        for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
            if (item.first != QLatin1String("after") && item.first != QLatin1String("before"))
                q.addQueryItem(item.first, item.second);
        }
        if (!q.hasQueryItem(QStringLiteral("limit")))
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        q.addQueryItem(QLatin1String(key), cursor);
        url.setQuery(q);
        return QString::fromUtf8(url.toEncoded());
    };
    const QString first = data.first().toObject().value(QLatin1String("id")).toString();
    const QString last = data.last().toObject().value(QLatin1String("id")).toString();
    QJsonObject paging{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), cursorFor(first)},
                                                               {QStringLiteral("after"), cursorFor(last)}}}};
    if (start > 0)
        paging.insert(QStringLiteral("previous"), link("before", cursorFor(first)));
    if (end < eligible.size())
        paging.insert(QStringLiteral("next"), link("after", cursorFor(last)));
    root.insert(QStringLiteral("paging"), paging);
    return Response::json(200, root);
}

Response GraphApi::edge(const Request &request, const QString &objectId)
{
    const Location at = find(objectId);
    if (at.post < 0)
        return unknownObject(objectId, request.method);
    const QJsonObject object = objectAt(at);
    QJsonArray comments;
    for (const QJsonValue &c :
         object.value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray()) {
        comments.append(c);
        // filter=stream: every comment, replies included, oldest first; the default is top level only.
        if (request.param(QStringLiteral("filter")) == QLatin1String("stream")) {
            for (const QJsonValue &r :
                 c.toObject().value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray())
                comments.append(r);
        }
    }
    bool ok = false;
    int limit = request.param(QStringLiteral("limit")).toInt(&ok);
    limit = ok && limit > 0 ? std::min(limit, 100) : 25;
    qsizetype start = 0;
    if (request.hasParam(QStringLiteral("after"))) {
        const QString id = idFromCursor(request.param(QStringLiteral("after")));
        for (qsizetype k = 0; k < comments.size(); ++k) {
            if (comments.at(k).toObject().value(QLatin1String("id")).toString() == id)
                start = k + 1;
        }
    }
    const FieldSpec spec = parseFields(request.param(QStringLiteral("fields")));
    QJsonArray data;
    for (qsizetype k = start; k < std::min<qsizetype>(comments.size(), start + limit); ++k)
        data.append(project(comments.at(k).toObject(), spec, true));
    QJsonObject root = withEdgeCursors(QJsonObject{{QStringLiteral("data"), data}});
    if (start + limit < comments.size()) {
        QUrl url = request.origin;
        url.setPath(request.path);
        QUrlQuery q(request.query);
        q.removeAllQueryItems(QStringLiteral("after"));
        q.addQueryItem(QStringLiteral("after"),
                       cursorFor(data.last().toObject().value(QLatin1String("id")).toString()));
        url.setQuery(q);
        QJsonObject paging = root.value(QLatin1String("paging")).toObject();
        paging.insert(QStringLiteral("next"), QString::fromUtf8(url.toEncoded()));
        root.insert(QStringLiteral("paging"), paging);
    }
    return Response::json(200, root);
}

Response GraphApi::comment(const Request &request, const QString &objectId)
{
    const QString message = request.fields().value(QLatin1String("message")).toString();
    if (message.trimmed().isEmpty())
        return graphError(400, QStringLiteral("(#100) Missing message or attachment"), QStringLiteral("OAuthException"),
                          100);
    const Location at = find(objectId);
    if (at.post < 0)
        return unknownObject(objectId, request.method);
    const QDateTime time = m_timeline.nextTime();
    const QString id = addComment(at, pageFrom(), message, time);
    m_journal->add(PostedReply{channel(), id, message, objectId, QString::fromUtf8(request.header("idempotency-key")),
                               QStringLiteral("POST /{object-id}/comments"), time});
    return Response::json(200, QJsonObject{{QStringLiteral("id"), id}});
}

GraphApi::Location GraphApi::find(const QString &id) const
{
    for (int p = 0; p < m_posts.size(); ++p) {
        const QJsonObject &post = m_posts.at(p);
        if (post.value(QLatin1String("id")).toString() == id)
            return {p, -1, -1};
        const QJsonArray comments =
            post.value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray();
        for (int c = 0; c < comments.size(); ++c) {
            const QJsonObject comment = comments.at(c).toObject();
            if (comment.value(QLatin1String("id")).toString() == id)
                return {p, c, -1};
            const QJsonArray replies =
                comment.value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray();
            for (int r = 0; r < replies.size(); ++r) {
                if (replies.at(r).toObject().value(QLatin1String("id")).toString() == id)
                    return {p, c, r};
            }
        }
    }
    return {};
}

QJsonObject GraphApi::objectAt(const Location &at) const
{
    const QJsonObject post = m_posts.at(at.post);
    if (at.comment < 0)
        return post;
    const QJsonObject comment = post.value(QLatin1String("comments"))
                                    .toObject()
                                    .value(QLatin1String("data"))
                                    .toArray()
                                    .at(at.comment)
                                    .toObject();
    if (at.reply < 0)
        return comment;
    return comment.value(QLatin1String("comments"))
        .toObject()
        .value(QLatin1String("data"))
        .toArray()
        .at(at.reply)
        .toObject();
}

QString GraphApi::addComment(const Location &at, const QJsonObject &from, const QString &message, const QDateTime &time)
{
    QJsonObject post = m_posts.at(at.post);
    // Comment ids are "<post part of the post id>_<comment id>", replies included.
    const QString id = post.value(QLatin1String("id")).toString().section(QLatin1Char('_'), -1) + QLatin1Char('_') +
                       QString::number(++m_nextObjectId);
    QJsonObject created{{QStringLiteral("id"), id},
                        {QStringLiteral("from"), from},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("created_time"), graphTime(time)}};
    QJsonObject comments = post.value(QLatin1String("comments")).toObject();
    QJsonArray data = comments.value(QLatin1String("data")).toArray();
    if (at.comment < 0) {
        data.append(created);
    } else {
        // Graph nests one level: a reply to a reply goes below the top-level comment, whose copy is its parent.
        QJsonObject top = data.at(at.comment).toObject();
        QJsonObject parent = top;
        parent.remove(QStringLiteral("comments"));
        created.insert(QStringLiteral("parent"), parent);
        QJsonObject replies = top.value(QLatin1String("comments")).toObject();
        QJsonArray replyData = replies.value(QLatin1String("data")).toArray();
        replyData.append(created);
        replies.insert(QStringLiteral("data"), replyData);
        top.insert(QStringLiteral("comments"), withEdgeCursors(replies));
        data.replace(at.comment, top);
    }
    comments.insert(QStringLiteral("data"), data);
    post.insert(QStringLiteral("comments"), withEdgeCursors(comments));
    m_posts[at.post] = post;
    return id;
}

QJsonObject GraphApi::project(const QJsonObject &object, const FieldSpec &requested, bool comment) const
{
    const FieldSpec spec = requested.isEmpty() ? defaults(comment) : requested;
    QJsonObject out = select(object, spec);
    if (!spec.children.contains(QStringLiteral("comments")))
        return out;
    // The comments edge: projected comment by comment, omitted when there are none (as Graph does).
    const QJsonObject edge = object.value(QLatin1String("comments")).toObject();
    const QJsonArray data = edge.value(QLatin1String("data")).toArray();
    out.remove(QStringLiteral("comments"));
    if (data.isEmpty())
        return out;
    QJsonArray projected;
    for (const QJsonValue &c : data)
        projected.append(project(c.toObject(), spec.children.value(QStringLiteral("comments")), true));
    QJsonObject e{{QStringLiteral("data"), projected}};
    if (edge.contains(QLatin1String("paging")))
        e.insert(QStringLiteral("paging"), edge.value(QLatin1String("paging")));
    out.insert(QStringLiteral("comments"), e);
    return out;
}

void GraphApi::sortConversations()
{
    std::stable_sort(m_conversations.begin(), m_conversations.end(),
                     [](const Conversation &a, const Conversation &b) { return a.updated > b.updated; });
}

QJsonObject GraphApi::projectConversation(const Conversation &c, const FieldSpec &requested) const
{
    // Without `fields` Graph gives a conversation's id and link; messages come only when asked for.
    FieldSpec spec = requested;
    if (spec.isEmpty())
        spec.order = QStringList{QStringLiteral("id"), QStringLiteral("link")};
    QJsonObject out;
    for (const QString &field : std::as_const(spec.order)) {
        if (field == QLatin1String("id"))
            out.insert(field, c.id);
        else if (field == QLatin1String("link"))
            out.insert(field, QStringLiteral("/%1/inbox/%2/").arg(pageId(), c.id));
        else if (field == QLatin1String("updated_time"))
            out.insert(field, graphTime(c.updated));
        else if (field == QLatin1String("message_count"))
            out.insert(field, int(c.messages.size()));
        else if (field == QLatin1String("participants"))
            out.insert(field,
                       QJsonObject{{QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("name"), c.name},
                                                                                   {QStringLiteral("id"), c.psid}},
                                                                       pageFrom()}}});
        else if (field == QLatin1String("messages")) {
            // A message gives id and created_time by default; message, from and to when asked for. 25 a page.
            FieldSpec messageSpec = spec.children.value(field);
            if (messageSpec.isEmpty())
                messageSpec.order = QStringList{QStringLiteral("id"), QStringLiteral("created_time")};
            QJsonArray data;
            for (qsizetype k = 0; k < std::min<qsizetype>(25, c.messages.size()); ++k) {
                QJsonObject m;
                for (const QString &f : std::as_const(messageSpec.order)) {
                    if (c.messages.at(k).contains(f))
                        m.insert(f, c.messages.at(k).value(f));
                }
                data.append(m);
            }
            QJsonObject edge{{QStringLiteral("data"), data}};
            if (!data.isEmpty())
                edge.insert(
                    QStringLiteral("paging"),
                    QJsonObject{
                        {QStringLiteral("cursors"),
                         QJsonObject{{QStringLiteral("before"),
                                      cursorFor(c.messages.first().value(QLatin1String("id")).toString())},
                                     {QStringLiteral("after"),
                                      cursorFor(data.last().toObject().value(QLatin1String("id")).toString())}}}});
            out.insert(field, edge);
        }
    }
    return out;
}

Response GraphApi::conversations(const Request &request)
{
    const QString platform = request.param(QStringLiteral("platform"));
    if (!platform.isEmpty() && platform != QLatin1String("messenger") && platform != QLatin1String("instagram"))
        return graphError(400,
                          QStringLiteral("(#100) platform must be one of the following values: instagram, messenger"),
                          QStringLiteral("OAuthException"), 100);
    const FieldSpec spec = parseFields(request.param(QStringLiteral("fields")));
    const QString userId = request.param(QStringLiteral("user_id"));
    QList<const Conversation *> eligible;
    if (platform != QLatin1String("instagram")) {
        for (const Conversation &c : std::as_const(m_conversations)) {
            if (userId.isEmpty() || c.psid == userId)
                eligible << &c;
        }
    }
    bool ok = false;
    int limit = request.param(QStringLiteral("limit")).toInt(&ok);
    limit = ok && limit > 0 ? std::min(limit, 100) : 25;
    qsizetype start = 0;
    if (request.hasParam(QStringLiteral("after"))) {
        const QString id = idFromCursor(request.param(QStringLiteral("after")));
        start = -1;
        for (qsizetype k = 0; k < eligible.size(); ++k) {
            if (eligible.at(k)->id == id)
                start = k + 1;
        }
        if (start < 0)
            return graphError(400, QStringLiteral("(#100) The parameter after is not a valid cursor"),
                              QStringLiteral("OAuthException"), 100);
    }
    const qsizetype end = std::min<qsizetype>(eligible.size(), start + limit);
    QJsonArray data;
    for (qsizetype k = start; k < end; ++k)
        data.append(projectConversation(*eligible.at(k), spec));
    QJsonObject root{{QStringLiteral("data"), data}};
    if (data.isEmpty())
        return Response::json(200, root);
    QJsonObject paging{
        {QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), cursorFor(eligible.at(start)->id)},
                                                {QStringLiteral("after"), cursorFor(eligible.at(end - 1)->id)}}}};
    if (end < eligible.size()) {
        QUrl url = request.origin;
        url.setPath(request.path);
        QUrlQuery q(request.query);
        q.removeAllQueryItems(QStringLiteral("after"));
        q.addQueryItem(QStringLiteral("after"), cursorFor(eligible.at(end - 1)->id));
        url.setQuery(q);
        paging.insert(QStringLiteral("next"), QString::fromUtf8(url.toEncoded()));
    }
    root.insert(QStringLiteral("paging"), paging);
    return Response::json(200, root);
}

Response GraphApi::sendMessage(const Request &request)
{
    const QJsonObject fields = request.fields();
    // A form sends recipient and message as JSON strings; a JSON body as objects.
    const auto object = [&](const char *key) {
        const QJsonValue v = fields.value(QLatin1String(key));
        return v.isObject() ? v.toObject() : parseObject(v.toString().toUtf8());
    };
    const QString psid = object("recipient").value(QLatin1String("id")).toString();
    const QString text = object("message").value(QLatin1String("text")).toString();
    const QString type = fields.value(QLatin1String("messaging_type")).toString();
    if (type != QLatin1String("RESPONSE") && type != QLatin1String("UPDATE") && type != QLatin1String("MESSAGE_TAG"))
        return graphError(400,
                          QStringLiteral("(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}"),
                          QStringLiteral("OAuthException"), 100);
    if (text.trimmed().isEmpty())
        return graphError(400, QStringLiteral("(#100) The parameter message[text] is required"),
                          QStringLiteral("OAuthException"), 100);
    const auto it = std::find_if(m_conversations.begin(), m_conversations.end(),
                                 [&](const Conversation &c) { return c.psid == psid; });
    if (psid.isEmpty() || it == m_conversations.end())
        return graphError(400, QStringLiteral("(#100) No matching user found"), QStringLiteral("OAuthException"), 100,
                          2018001);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The standard messaging window: 24 hours after the person's last message (a message tag is out of scope).
    if (type != QLatin1String("MESSAGE_TAG") &&
        (!it->lastFromCustomer.isValid() || it->lastFromCustomer.addSecs(24 * 3600) < now))
        return graphError(400,
                          QStringLiteral("(#10) This message is sent outside of allowed window. Learn more about the "
                                         "new policy here: https://developers.facebook.com/docs/messenger-platform/"
                                         "policy-overview"),
                          QStringLiteral("OAuthException"), 10, 2018278);
    const QDateTime at = std::max(m_timeline.nextTime(), it->updated.addSecs(1));
    const QString id = QStringLiteral("m_fakeMsg%1").arg(++m_nextMessage, 8, 10, QLatin1Char('0'));
    it->messages.prepend(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("message"), text},
        {QStringLiteral("from"), pageFrom()},
        {QStringLiteral("to"),
         QJsonObject{{QStringLiteral("data"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), it->name}, {QStringLiteral("id"), psid}}}}}},
        {QStringLiteral("created_time"), graphTime(at)}});
    it->updated = at;
    sortConversations();
    m_journal->add(PostedReply{channel(), id, text, psid, QString::fromUtf8(request.header("idempotency-key")),
                               QStringLiteral("POST /{page-id}/messages"), at});
    return Response::json(200, QJsonObject{{QStringLiteral("recipient_id"), psid}, {QStringLiteral("message_id"), id}});
}

QString GraphApi::addMessage(const IncomingPost &post)
{
    const QString name = post.author.isEmpty() ? QStringLiteral("Klant") : post.author;
    auto it = std::find_if(m_conversations.begin(), m_conversations.end(),
                           [&](const Conversation &c) { return c.name == name; });
    if (it == m_conversations.end()) {
        Conversation c;
        c.id = QStringLiteral("t_%1").arg(3300000000000000LL + m_conversations.size() + 1);
        c.psid = QString::number(2450000000000000LL + m_conversations.size() + 1); // page-scoped, not the user id
        c.name = name;
        m_conversations.append(c);
        it = m_conversations.end() - 1;
    }
    const QDateTime at = post.at.isValid() ? post.at.toUTC() : m_timeline.nextTime();
    const QString id = QStringLiteral("m_fakeMsg%1").arg(++m_nextMessage, 8, 10, QLatin1Char('0'));
    it->messages.prepend(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("message"), post.text},
                    {QStringLiteral("from"),
                     QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("email"), QString(it->psid + QStringLiteral("@facebook.com"))},
                                 {QStringLiteral("id"), it->psid}}},
                    {QStringLiteral("to"), QJsonObject{{QStringLiteral("data"), QJsonArray{QJsonValue(pageFrom())}}}},
                    {QStringLiteral("created_time"), graphTime(at)}});
    if (!it->updated.isValid() || at > it->updated)
        it->updated = at;
    if (!it->lastFromCustomer.isValid() || at > it->lastFromCustomer)
        it->lastFromCustomer = at;
    sortConversations();
    return id;
}

QString GraphApi::addIncoming(const IncomingPost &post, QString *error)
{
    if (post.text.isEmpty()) {
        *error = QStringLiteral("\"text\" is required");
        return {};
    }
    if (post.kind == QLatin1String("message"))
        return addMessage(post);
    const QString name = post.author.isEmpty() ? QStringLiteral("Klant") : post.author;
    const QJsonObject from{{QStringLiteral("name"), name}, {QStringLiteral("id"), userIdFor(name)}};
    if (!post.inReplyTo.isEmpty()) {
        const Location at = find(post.inReplyTo);
        if (at.post < 0) {
            *error = QStringLiteral("no post or comment %1 to reply to").arg(post.inReplyTo);
            return {};
        }
        return addComment(at, from, post.text, m_timeline.nextTime());
    }
    // A visitor post on the Page: "<page id>_<post id>", newest first in the feed.
    const QString id = pageId() + QLatin1Char('_') + QString::number(++m_nextObjectId);
    m_posts.prepend(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("from"), from},
                                {QStringLiteral("message"), post.text},
                                {QStringLiteral("created_time"), graphTime(m_timeline.nextTime())}});
    return id;
}

Response GraphApi::faultAnswer(FaultKind kind, const Request &request, double seconds, int variant)
{
    Q_UNUSED(request)
    Response r;
    switch (kind) {
    case FaultKind::TooManyRequests: {
        // Graph throttles with HTTP 400 and a code (4 app, 17 user, 32 page, 341 feed action); the only hint of when
        // it ends is the usage header's estimated_time_to_regain_access, in minutes.
        if (variant == 1) // as recorded (spring-social-facebook): the code only inside the message
            r = Response::json(
                400, QJsonObject{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("OAuthException")},
                                              {QStringLiteral("message"),
                                               QStringLiteral("(#341) Feed action request limit reached")}}}});
        else if (variant == 2)
            r = graphError(400, QStringLiteral("(#4) Application request limit reached"),
                           QStringLiteral("OAuthException"), 4);
        else
            r = graphError(400, QStringLiteral("(#32) Page request limit reached"), QStringLiteral("OAuthException"),
                           32);
        const int minutes = int(std::ceil(seconds / 60.0));
        const QJsonObject usage{{QStringLiteral("type"), QStringLiteral("pages")},
                                {QStringLiteral("call_count"), 100},
                                {QStringLiteral("total_cputime"), 100},
                                {QStringLiteral("total_time"), 100},
                                {QStringLiteral("estimated_time_to_regain_access"), minutes}};
        r.setHeader("X-Business-Use-Case-Usage",
                    QJsonDocument(QJsonObject{{pageId(), QJsonArray{usage}}}).toJson(QJsonDocument::Compact));
        r.setHeader("X-App-Usage", R"({"call_count":100,"total_cputime":100,"total_time":100})");
        break;
    }
    case FaultKind::Unavailable:
        if (variant == 1) {
            r = htmlErrorPage(503);
        } else { // as recorded: code 2, transient
            r = graphError(503, QStringLiteral("Service temporarily unavailable"),
                           QStringLiteral("FacebookApiException"), 2);
        }
        break;
    default:
        r = variant == 1 ? htmlErrorPage(500)
                         : graphError(500, QStringLiteral("An unknown error has occurred."),
                                      QStringLiteral("OAuthException"), 1);
        break;
    }
    return r;
}

void GraphApi::configure(const QJsonObject &config)
{
    if (config.contains(QLatin1String("facebook_rate_limit")))
        m_rate.setLimit(config.value(QLatin1String("facebook_rate_limit")).toInt());
    if (config.contains(QLatin1String("facebook_window_seconds")))
        m_rate.setWindowSeconds(config.value(QLatin1String("facebook_window_seconds")).toInt());
}

QJsonObject GraphApi::stats() const
{
    int comments = 0;
    for (const QJsonObject &post : m_posts) {
        const QJsonArray data = post.value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray();
        comments += int(data.size());
        for (const QJsonValue &c : data)
            comments += int(
                c.toObject().value(QLatin1String("comments")).toObject().value(QLatin1String("data")).toArray().size());
    }
    return QJsonObject{{QStringLiteral("posts"), int(m_posts.size())},
                       {QStringLiteral("comments"), comments},
                       {QStringLiteral("page_id"), pageId()}};
}

QString GraphApi::userIdFor(const QString &name)
{
    QString &id = m_userIds[name];
    if (id.isEmpty())
        id = QString::number(7100000000000000LL + m_userIds.size());
    return id;
}

QString GraphApi::fbtrace() { return QStringLiteral("AfakeTrace%1").arg(++m_trace, 6, 10, QLatin1Char('0')); }

Response GraphApi::graphError(int status, const QString &message, const QString &type, int code, int subcode)
{
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("fbtrace_id"), fbtrace()}};
    if (subcode)
        error.insert(QStringLiteral("error_subcode"), subcode);
    if (code == 1 || code == 2 || code == 4 || code == 17 || code == 32)
        error.insert(QStringLiteral("is_transient"), true);
    return Response::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

Response GraphApi::unknownObject(const QString &id, const QByteArray &method)
{
    return graphError(400,
                      QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded due "
                                     "to missing permissions, or does not support this operation. Please read the "
                                     "Graph API documentation at https://developers.facebook.com/docs/graph-api")
                          .arg(QString::fromLatin1(method).toLower(), id),
                      QStringLiteral("GraphMethodException"), 100, 33);
}

} // namespace webcare::fake
