// SPDX-License-Identifier: MIT
#include "mastodonapi.h"

#include "synthetic.h"

#include <QRegularExpression>
#include <climits>
#include <cmath>

namespace webcare::fake {

namespace {

const QString ownUrl = QStringLiteral("https://social.duinzicht.example/@duinzicht");

Response error(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

void setRateHeaders(Response &r, const RateWindow::State &s)
{
    r.setHeader("X-RateLimit-Limit", QByteArray::number(s.limit));
    r.setHeader("X-RateLimit-Remaining", QByteArray::number(s.remaining));
    r.setHeader("X-RateLimit-Reset", isoMillis(s.resetAt).toLatin1()); // ISO 8601, unlike X
}

// Pages over ascending ids: the newest `limit` below max_id and above since_id, or with min_id the `limit` ids just
// above it. Newest first either way, as Mastodon answers.
template <typename Container, typename Key>
QList<qint64> pageOf(const Container &ids, qint64 maxId, qint64 sinceId, qint64 minId, int limit, Key key)
{
    QList<qint64> out;
    const qint64 upper = maxId > 0 ? maxId : LLONG_MAX;
    if (minId >= 0) {
        for (auto it = ids.upper_bound(std::max(minId, sinceId)); it != ids.end() && out.size() < limit; ++it) {
            if (key(it) >= upper)
                break;
            out.prepend(key(it));
        }
        return out;
    }
    auto it = ids.lower_bound(upper);
    while (it != ids.begin() && out.size() < limit) {
        --it;
        if (key(it) <= sinceId)
            break;
        out << key(it);
    }
    return out;
}

} // namespace

MastodonApi::MastodonApi(Journal *journal)
    : m_journal(journal)
{
    insertAccount(QJsonObject{{QStringLiteral("id"), accountId()},
                              {QStringLiteral("username"), QStringLiteral("duinzicht")},
                              {QStringLiteral("acct"), QStringLiteral("duinzicht")},
                              {QStringLiteral("display_name"), QStringLiteral("Duinzicht Verzekeringen")},
                              {QStringLiteral("url"), ownUrl}});
}

bool MastodonApi::load(const QByteArray &json, QString *errorText)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *errorText = QStringLiteral("not an array of Mastodon notifications (%1)").arg(parseError.errorString());
        return false;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject n = v.toObject();
        const QJsonObject status = n.value(QLatin1String("status")).toObject();
        insertAccount(n.value(QLatin1String("account")).toObject());
        insertStatus(status);
        Notification notification;
        notification.statusId = status.value(QLatin1String("id")).toString().toLongLong();
        notification.createdAt = n.value(QLatin1String("created_at")).toString();
        notification.accountId = n.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
        const qint64 id = n.value(QLatin1String("id")).toString().toLongLong();
        m_notifications[id] = notification;
        m_lastNotificationId = std::max(m_lastNotificationId, id);
    }
    return true;
}

void MastodonApi::generate(int count, Synthetic &synthetic)
{
    if (count <= 0)
        return;
    static const QStringList instances{QStringLiteral("mastodon.example"), QStringLiteral("toot.example"),
                                       QStringLiteral("social.example"), QStringLiteral("fosstodon.example")};
    const QList<QDateTime> times = synthetic.times(count);
    // Notification ids count up on the server; the synthetic ones lie below the demo's.
    qint64 notificationId = (m_notifications.empty() ? 48200000 : m_notifications.begin()->first) - count - 1;
    qint64 previous = 0;
    QList<qint64> recent;
    for (int i = 0; i < count; ++i) {
        const Person &person = synthetic.person();
        const QString id = QString::number(200000 + person.number);
        if (!m_accounts.contains(id)) {
            const QString instance = instances.at(person.number % instances.size());
            insertAccount(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("username"), person.handle},
                            {QStringLiteral("acct"), QString(person.handle + QLatin1Char('@') + instance)},
                            {QStringLiteral("display_name"), person.name},
                            {QStringLiteral("url"), QStringLiteral("https://%1/@%2").arg(instance, person.handle)}});
        }
        qint64 statusId = std::max(times.at(i).toMSecsSinceEpoch() << 16, previous + 1);
        while (m_statuses.count(statusId))
            ++statusId;
        previous = statusId;
        qint64 inReplyTo = 0;
        if (!recent.isEmpty() && synthetic.random().chance(10))
            inReplyTo = recent.at(synthetic.random().below(int(recent.size())));
        const int visibility = synthetic.random().below(100);
        const QString text = synthetic.message(QStringLiteral("@duinzicht "));
        insertStatus(makeStatus(statusId, times.at(i), id, text, inReplyTo,
                                visibility < 3   ? QStringLiteral("direct")
                                : visibility < 5 ? QStringLiteral("unlisted")
                                                 : QStringLiteral("public")));
        Notification n;
        n.statusId = statusId;
        n.createdAt = isoMillis(times.at(i).addMSecs(120));
        n.accountId = id;
        m_notifications[++notificationId] = n;
        recent << statusId;
        if (recent.size() > 50)
            recent.removeFirst();
    }
    // Traffic added later (POST /_fake/add) must come after these, as on a real server.
    m_lastNotificationId = std::max(m_lastNotificationId, notificationId);
}

Response MastodonApi::handle(const Request &request)
{
    const QString token = request.bearerToken();
    // Public reads work without a token; an expired or revoked one is refused everywhere.
    const bool needsToken = request.method != "GET" || request.path == QLatin1String("/api/v1/notifications") ||
                            request.path == QLatin1String("/api/v1/accounts/verify_credentials");
    if ((needsToken && token.isEmpty()) || token == QLatin1String("expired") || token == QLatin1String("revoked")) {
        Response r = error(401, QStringLiteral("The access token is invalid"));
        setRateHeaders(r, m_rate.peek(QStringLiteral("account")));
        return r;
    }
    // 300 requests per 5 minutes per account, whatever the endpoint.
    const RateWindow::State budget = m_rate.consume(QStringLiteral("account"));
    Response r = budget.exceeded ? error(429, QStringLiteral("Too many requests")) : route(request);
    setRateHeaders(r, budget);
    return r;
}

Response MastodonApi::route(const Request &request)
{
    static const QRegularExpression contextPath(QStringLiteral("^/api/v1/statuses/(\\d+)/context$"));
    static const QRegularExpression statusPath(QStringLiteral("^/api/v1/statuses/(\\d+)$"));
    static const QRegularExpression accountStatusesPath(QStringLiteral("^/api/v1/accounts/(\\d+)/statuses$"));
    if (request.method == "GET") {
        if (request.path == QLatin1String("/api/v1/notifications"))
            return notifications(request);
        if (request.path == QLatin1String("/api/v1/accounts/verify_credentials"))
            return Response::json(200, m_accounts.value(accountId()));
        if (const auto m = contextPath.match(request.path); m.hasMatch())
            return context(m.captured(1).toLongLong());
        if (const auto m = statusPath.match(request.path); m.hasMatch()) {
            const auto it = m_statuses.find(m.captured(1).toLongLong());
            return it == m_statuses.end() ? error(404, QStringLiteral("Record not found"))
                                          : Response::json(200, status(it->first));
        }
        if (const auto m = accountStatusesPath.match(request.path); m.hasMatch())
            return accountStatuses(request, m.captured(1));
    }
    if (request.method == "POST" && request.path == QLatin1String("/api/v1/statuses"))
        return create(request);
    return error(404, QStringLiteral("Record not found"));
}

MastodonApi::Cursor MastodonApi::cursor(const Request &request, int defaultLimit, int maxLimit) const
{
    Cursor c;
    c.maxId = request.param(QStringLiteral("max_id")).toLongLong();
    c.sinceId = request.param(QStringLiteral("since_id")).toLongLong();
    if (request.hasParam(QStringLiteral("min_id")))
        c.minId = request.param(QStringLiteral("min_id")).toLongLong();
    bool ok = false;
    const int limit = request.param(QStringLiteral("limit")).toInt(&ok);
    c.limit = ok && limit > 0 ? std::min(limit, maxLimit) : defaultLimit; // Mastodon clamps, it does not refuse
    return c;
}

QByteArray MastodonApi::linkHeader(const Request &request, const QList<qint64> &page)
{
    if (page.isEmpty())
        return {};
    const auto link = [&](const QString &key, qint64 id) -> QByteArray {
        QUrl url = request.origin;
        url.setPath(request.path);
        QUrlQuery q;
        for (const QString &keep : {QStringLiteral("limit"), QStringLiteral("types[]"),
                                    QStringLiteral("exclude_types[]"), QStringLiteral("account_id")}) {
            for (const QString &value : request.params(keep))
                q.addQueryItem(keep, value);
        }
        q.addQueryItem(key, QString::number(id));
        url.setQuery(q);
        return '<' + url.toEncoded() + '>';
    };
    // As Mastodon sends it: next goes to older posts (max_id), prev to newer ones (min_id).
    return link(QStringLiteral("max_id"), page.last()) + "; rel=\"next\", " +
           link(QStringLiteral("min_id"), page.first()) + "; rel=\"prev\"";
}

Response MastodonApi::notifications(const Request &request)
{
    const Cursor c = cursor(request, 40, 80);
    const QStringList types = request.params(QStringLiteral("types[]")) + request.params(QStringLiteral("types"));
    const QStringList excluded =
        request.params(QStringLiteral("exclude_types[]")) + request.params(QStringLiteral("exclude_types"));
    QList<qint64> page;
    // Every notification here is a mention.
    if ((types.isEmpty() || types.contains(QLatin1String("mention"))) && !excluded.contains(QLatin1String("mention")))
        page = pageOf(m_notifications, c.maxId, c.sinceId, c.minId, c.limit, [](auto it) { return it->first; });
    QJsonArray out;
    for (const qint64 id : std::as_const(page))
        out.append(notificationJson(id, m_notifications.at(id)));
    Response r = Response::json(200, out);
    if (const QByteArray link = linkHeader(request, page); !link.isEmpty())
        r.setHeader("Link", link);
    return r;
}

Response MastodonApi::context(qint64 id) const
{
    const auto found = m_statuses.find(id);
    if (found == m_statuses.end())
        return error(404, QStringLiteral("Record not found"));
    QJsonArray ancestors;
    qint64 parent = found->second.inReplyTo;
    while (parent) {
        const auto it = m_statuses.find(parent);
        if (it == m_statuses.end())
            break; // not on this server (or deleted): the chain ends here, as on Mastodon
        ancestors.prepend(status(parent));
        parent = it->second.inReplyTo;
    }
    // Descendants depth first, each level oldest first.
    QJsonArray descendants;
    QList<qint64> stack;
    const auto pushChildren = [&](qint64 of) {
        const std::set<qint64> children = m_replies.value(of);
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack << *it;
    };
    pushChildren(id);
    while (!stack.isEmpty()) {
        const qint64 next = stack.takeLast();
        descendants.append(status(next));
        pushChildren(next);
    }
    return Response::json(
        200, QJsonObject{{QStringLiteral("ancestors"), ancestors}, {QStringLiteral("descendants"), descendants}});
}

Response MastodonApi::accountStatuses(const Request &request, const QString &id)
{
    if (!m_accounts.contains(id))
        return error(404, QStringLiteral("Record not found"));
    const Cursor c = cursor(request, 20, 40);
    static const std::set<qint64> none;
    const auto own = m_byAccount.constFind(id);
    const QList<qint64> page = pageOf(own == m_byAccount.cend() ? none : *own, c.maxId, c.sinceId, c.minId, c.limit,
                                      [](auto it) { return *it; });
    QJsonArray out;
    for (const qint64 statusId : page)
        out.append(status(statusId));
    Response r = Response::json(200, out);
    if (const QByteArray link = linkHeader(request, page); !link.isEmpty())
        r.setHeader("Link", link);
    return r;
}

Response MastodonApi::create(const Request &request)
{
    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    if (!key.isEmpty() && m_idempotencyKeys.contains(key)) // the same status again, not a second one
        return Response::json(200, status(m_idempotencyKeys.value(key)));
    const QJsonObject fields = request.fields();
    const QString text = fields.value(QLatin1String("status")).toString();
    if (text.trimmed().isEmpty())
        return error(422, QStringLiteral("Validation failed: Text can't be blank"));
    const QString visibility = fields.value(QLatin1String("visibility")).toString(QStringLiteral("public"));
    static const QStringList visibilities{QStringLiteral("public"), QStringLiteral("unlisted"),
                                          QStringLiteral("private"), QStringLiteral("direct")};
    if (!visibilities.contains(visibility))
        return error(422, QStringLiteral("Validation failed: Visibility is not included in the list"));
    const QJsonValue replyValue = fields.value(QLatin1String("in_reply_to_id"));
    const QString inReplyTo = replyValue.isDouble() ? QString::number(replyValue.toInteger()) : replyValue.toString();
    if (!inReplyTo.isEmpty() && !m_statuses.count(inReplyTo.toLongLong()))
        return error(404, QStringLiteral("Record not found"));

    const QDateTime at = m_timeline.nextTime();
    const qint64 id = nextStatusId(at);
    QJsonObject created = makeStatus(id, at, accountId(), text, inReplyTo.toLongLong(), visibility);
    if (const QString warning = fields.value(QLatin1String("spoiler_text")).toString(); !warning.isEmpty()) {
        created.insert(QStringLiteral("spoiler_text"), warning);
        created.insert(QStringLiteral("sensitive"), true);
    }
    if (const QString language = fields.value(QLatin1String("language")).toString(); !language.isEmpty())
        created.insert(QStringLiteral("language"), language);
    insertStatus(created);
    if (!key.isEmpty())
        m_idempotencyKeys.insert(key, id);
    m_journal->add(
        PostedReply{channel(), QString::number(id), text, inReplyTo, key, QStringLiteral("POST /api/v1/statuses"), at});
    return Response::json(200, created);
}

QString MastodonApi::addIncoming(const IncomingPost &post, QString *errorText)
{
    if (post.text.isEmpty()) {
        *errorText = QStringLiteral("\"text\" is required");
        return {};
    }
    const qint64 inReplyTo = post.inReplyTo.toLongLong();
    if (!post.inReplyTo.isEmpty() && !m_statuses.count(inReplyTo)) {
        *errorText = QStringLiteral("no status %1 to reply to").arg(post.inReplyTo);
        return {};
    }
    const QString account = ensureAccount(post.author.isEmpty() ? QStringLiteral("klant") : post.author);
    const QDateTime at = m_timeline.nextTime();
    const qint64 id = nextStatusId(at);
    QString text = post.text;
    if (!text.contains(QLatin1String("@duinzicht"), Qt::CaseInsensitive))
        text = QStringLiteral("@duinzicht ") + text; // a notification is a mention
    insertStatus(makeStatus(id, at, account, text, inReplyTo, QStringLiteral("public")));
    Notification n;
    n.statusId = id;
    n.createdAt = isoMillis(at);
    n.accountId = account;
    m_notifications[++m_lastNotificationId] = n;
    return QString::number(id);
}

Response MastodonApi::faultAnswer(FaultKind kind, const Request &request, double seconds, int variant)
{
    Q_UNUSED(request)
    RateWindow::State budget = m_rate.peek(QStringLiteral("account"));
    Response r;
    switch (kind) {
    case FaultKind::TooManyRequests:
        budget.remaining = 0;
        budget.resetAt = QDateTime::currentDateTimeUtc().addMSecs(qint64(seconds * 1000));
        r = error(429, QStringLiteral("Too many requests"));
        break;
    case FaultKind::Unavailable:
        r = variant == 1 ? htmlErrorPage(503) : error(503, QStringLiteral("Service Unavailable"));
        break;
    default:
        r = variant == 1 ? htmlErrorPage(500) : error(500, QStringLiteral("Internal Server Error"));
        break;
    }
    setRateHeaders(r, budget);
    return r;
}

void MastodonApi::configure(const QJsonObject &config)
{
    if (config.contains(QLatin1String("mastodon_rate_limit")))
        m_rate.setLimit(config.value(QLatin1String("mastodon_rate_limit")).toInt());
    if (config.contains(QLatin1String("mastodon_window_seconds")))
        m_rate.setWindowSeconds(config.value(QLatin1String("mastodon_window_seconds")).toInt());
}

QJsonObject MastodonApi::stats() const
{
    return QJsonObject{{QStringLiteral("notifications"), qint64(m_notifications.size())},
                       {QStringLiteral("statuses"), qint64(m_statuses.size())},
                       {QStringLiteral("accounts"), qint64(m_accounts.size())},
                       {QStringLiteral("account_id"), accountId()}};
}

QJsonObject MastodonApi::notificationJson(qint64 id, const Notification &n) const
{
    return QJsonObject{{QStringLiteral("id"), QString::number(id)},
                       {QStringLiteral("type"), QStringLiteral("mention")},
                       {QStringLiteral("created_at"), n.createdAt},
                       {QStringLiteral("account"), m_accounts.value(n.accountId)},
                       {QStringLiteral("status"), status(n.statusId)}};
}

QString MastodonApi::contentHtml(const QString &text, QJsonArray *mentions) const
{
    // Sanitised HTML as Mastodon renders it: escaped text in paragraphs, known accounts as h-card mentions.
    static const QRegularExpression mention(QStringLiteral("(?<![\\w@])@(\\w+(?:@[\\w.-]+\\w)?)"));
    QString html = paragraphsHtml(text);
    QString out;
    qsizetype last = 0;
    QSet<QString> seen;
    for (auto it = mention.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString id = m_accountIdByAcct.value(m.captured(1).toLower());
        if (id.isEmpty())
            continue;
        const QJsonObject account = m_accounts.value(id);
        const QString username = account.value(QLatin1String("username")).toString();
        const QString url = account.value(QLatin1String("url")).toString();
        out += html.mid(last, m.capturedStart() - last);
        out += QStringLiteral("<span class=\"h-card\" translate=\"no\"><a href=\"%1\" class=\"u-url mention\">@<span>%2"
                              "</span></a></span>")
                   .arg(url, username);
        last = m.capturedEnd();
        if (!seen.contains(id)) {
            seen.insert(id);
            mentions->append(QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("username"), username},
                                         {QStringLiteral("acct"), account.value(QLatin1String("acct"))},
                                         {QStringLiteral("url"), url}});
        }
    }
    return out + html.mid(last);
}

QJsonObject MastodonApi::makeStatus(qint64 id, const QDateTime &at, const QString &account, const QString &text,
                                    qint64 inReplyTo, const QString &visibility) const
{
    QJsonArray mentions;
    const QString content = contentHtml(text, &mentions);
    const QJsonObject author = m_accounts.value(account);
    QJsonValue replyAccount;
    if (inReplyTo) {
        const auto parent = m_statuses.find(inReplyTo);
        replyAccount = parent == m_statuses.end() ? accountId() : parent->second.accountId;
    }
    return QJsonObject{
        {QStringLiteral("id"), QString::number(id)},
        {QStringLiteral("created_at"), isoMillis(at)},
        {QStringLiteral("in_reply_to_id"), inReplyTo ? QJsonValue(QString::number(inReplyTo)) : QJsonValue()},
        {QStringLiteral("in_reply_to_account_id"), replyAccount},
        {QStringLiteral("sensitive"), false},
        {QStringLiteral("spoiler_text"), QString()},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("language"), QStringLiteral("nl")},
        {QStringLiteral("url"),
         QString(author.value(QLatin1String("url")).toString() + QLatin1Char('/') + QString::number(id))},
        {QStringLiteral("content"), content},
        {QStringLiteral("reblog"), QJsonValue()},
        {QStringLiteral("account"), author},
        {QStringLiteral("mentions"), mentions},
    };
}

void MastodonApi::insertAccount(const QJsonObject &account)
{
    const QString id = account.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return;
    m_accounts.insert(id, account);
    m_accountIdByAcct.insert(account.value(QLatin1String("acct")).toString().toLower(), id);
    m_accountIdByAcct.insert(account.value(QLatin1String("username")).toString().toLower(), id);
}

void MastodonApi::insertStatus(const QJsonObject &status)
{
    const qint64 id = status.value(QLatin1String("id")).toString().toLongLong();
    const QJsonObject account = status.value(QLatin1String("account")).toObject();
    if (!m_accounts.contains(account.value(QLatin1String("id")).toString()))
        insertAccount(account);
    for (const QJsonValue &m : status.value(QLatin1String("mentions")).toArray()) {
        if (!m_accounts.contains(m.toObject().value(QLatin1String("id")).toString()))
            insertAccount(m.toObject());
    }
    Status stored;
    stored.json = QJsonDocument(status).toJson(QJsonDocument::Compact);
    stored.inReplyTo = status.value(QLatin1String("in_reply_to_id")).toString().toLongLong();
    stored.accountId = account.value(QLatin1String("id")).toString();
    m_statuses[id] = stored;
    m_byAccount[stored.accountId].insert(id);
    if (stored.inReplyTo)
        m_replies[stored.inReplyTo].insert(id);
    m_lastStatusId = std::max(m_lastStatusId, id);
    m_timeline.observe(parseTime(status.value(QLatin1String("created_at")).toString()));
}

QString MastodonApi::ensureAccount(const QString &author)
{
    const QString acct = author.startsWith(QLatin1Char('@')) ? author.mid(1) : author;
    if (m_accounts.contains(acct))
        return acct;
    if (const QString id = m_accountIdByAcct.value(acct.toLower()); !id.isEmpty())
        return id;
    QString username;
    for (const QChar c : acct.section(QLatin1Char('@'), 0, 0)) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_'))
            username += c;
    }
    if (username.isEmpty())
        username = QStringLiteral("klant%1").arg(m_createdAccounts + 1);
    const QString instance =
        acct.contains(QLatin1Char('@')) ? acct.section(QLatin1Char('@'), 1) : QStringLiteral("toot.example");
    const QString id = QString::number(900000 + ++m_createdAccounts);
    insertAccount(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("username"), username},
                              {QStringLiteral("acct"), QString(username + QLatin1Char('@') + instance)},
                              {QStringLiteral("display_name"), acct.contains(QLatin1Char('@')) ? username : author},
                              {QStringLiteral("url"), QStringLiteral("https://%1/@%2").arg(instance, username)}});
    return id;
}

qint64 MastodonApi::nextStatusId(const QDateTime &at)
{
    // Mastodon ids are the creation time in milliseconds, shifted left 16 bits.
    return std::max(at.toMSecsSinceEpoch() << 16, m_lastStatusId + 1);
}

} // namespace webcare::fake
