// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace webcare::net {

using domain::Channel;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

QDateTime epochSeconds(const QByteArray &value)
{
    bool ok = false;
    const qint64 s = value.trimmed().toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc()) : QDateTime();
}

// Retry-After is seconds (or an HTTP date, which the platforms here do not send).
QDateTime retryAfter(const ApiResponse &r)
{
    bool ok = false;
    const int seconds = r.header("retry-after").trimmed().toInt(&ok);
    return ok ? QDateTime::currentDateTimeUtc().addSecs(seconds) : QDateTime();
}

ApiError byStatus(const ApiResponse &r)
{
    ApiError e;
    e.httpStatus = r.status;
    switch (r.status) {
    case 400:
    case 413:
    case 422:
        e.kind = ApiError::Kind::InvalidRequest;
        break;
    case 401:
        e.kind = ApiError::Kind::Unauthorized;
        break;
    case 403:
        e.kind = ApiError::Kind::Forbidden;
        break;
    case 404:
    case 410:
        e.kind = ApiError::Kind::NotFound;
        break;
    case 409:
        e.kind = ApiError::Kind::ServerError; // a conflict on the platform: try again
        break;
    case 429:
        e.kind = ApiError::Kind::RateLimited;
        break;
    default:
        e.kind = r.status >= 500 ? ApiError::Kind::ServerError : ApiError::Kind::InvalidRequest;
        break;
    }
    return e;
}

// X answers 429 in three shapes (plain text, v1.1 errors[], v2 problem); the status and headers decide, the body
// only adds words.
ApiError classifyX(const ApiResponse &r)
{
    ApiError e = byStatus(r);
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("detail")) || o.contains(QLatin1String("title"))) { // v2 problem
        e.detail = o.value(QLatin1String("detail")).toString(o.value(QLatin1String("title")).toString());
        e.platformCode = o.value(QLatin1String("type")).toString();
    } else if (o.value(QLatin1String("errors")).isArray()) {
        const QJsonObject first = o.value(QLatin1String("errors")).toArray().first().toObject();
        e.detail = first.value(QLatin1String("message")).toString(first.value(QLatin1String("detail")).toString());
        e.platformCode = first.contains(QLatin1String("code"))
                             ? QString::number(first.value(QLatin1String("code")).toInt())
                             : first.value(QLatin1String("type")).toString();
    } else {
        e.detail = QString::fromUtf8(r.body.left(500)).trimmed();
    }
    if (e.detail.contains(QLatin1String("duplicate"), Qt::CaseInsensitive))
        e.kind = ApiError::Kind::Duplicate;
    // A direct message to someone who does not accept ours: "You cannot send messages to this user."
    if (e.kind == ApiError::Kind::Forbidden && e.detail.contains(QLatin1String("send messages"), Qt::CaseInsensitive))
        e.kind = ApiError::Kind::RecipientUnavailable;
    if (e.kind == ApiError::Kind::RateLimited) {
        e.retryAt = epochSeconds(r.header("x-rate-limit-reset"));
        if (!e.retryAt.isValid())
            e.retryAt = QDateTime::currentDateTimeUtc().addSecs(15 * 60); // X's window
    }
    return e;
}

ApiError classifyMastodon(const ApiResponse &r)
{
    ApiError e = byStatus(r);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    e.detail = o.value(QLatin1String("error")).toString();
    if (e.detail.isEmpty())
        e.detail = QString::fromUtf8(r.body.left(500)).trimmed();
    e.platformCode = e.detail;
    if (e.kind == ApiError::Kind::RateLimited) {
        e.retryAt = QDateTime::fromString(QString::fromLatin1(r.header("x-ratelimit-reset")), Qt::ISODateWithMs);
        if (!e.retryAt.isValid())
            e.retryAt = QDateTime::currentDateTimeUtc().addSecs(5 * 60); // Mastodon's window
        e.retryAt = e.retryAt.toUTC();
    }
    return e;
}

// Graph errors carry a code (sometimes only inside the message, as "(#341) ..."), often with HTTP 400 whatever
// the cause: the code decides.
ApiError classifyFacebook(const ApiResponse &r)
{
    ApiError e = byStatus(r);
    const QJsonObject err = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject();
    if (err.isEmpty()) {
        e.detail = QString::fromUtf8(r.body.left(500)).trimmed();
        return e;
    }
    e.detail = err.value(QLatin1String("error_user_msg")).toString(err.value(QLatin1String("message")).toString());
    int code = err.value(QLatin1String("code")).toInt(-1);
    if (code < 0) {
        static const QRegularExpression inMessage(QStringLiteral("^\\(#(\\d+)\\)"));
        const auto m = inMessage.match(err.value(QLatin1String("message")).toString());
        if (m.hasMatch())
            code = m.captured(1).toInt();
    }
    const int subcode = err.value(QLatin1String("error_subcode")).toInt(0);
    e.platformCode = code >= 0
                         ? QString::number(code) + (subcode ? QLatin1Char('/') + QString::number(subcode) : QString())
                         : err.value(QLatin1String("type")).toString();
    const QString message = err.value(QLatin1String("message")).toString();
    switch (code) {
    case 190:
    case 102:
    case 104:
    case 463:
    case 467:
        e.kind = ApiError::Kind::Unauthorized;
        break;
    case 4:
    case 17:
    case 32:
    case 341:
    case 613:
        e.kind = ApiError::Kind::RateLimited;
        e.retryAt = QDateTime::currentDateTimeUtc().addSecs(60 * 60); // Graph gives no reset; its window is an hour
        break;
    case 368:
        e.kind = ApiError::Kind::Blocked;
        break;
    case 506:
        e.kind = ApiError::Kind::Duplicate;
        break;
    case 10:
        e.kind = ApiError::Kind::Forbidden;
        break;
    case 100:
    case 2500:
        e.kind = ApiError::Kind::InvalidRequest;
        break;
    case 803:
        e.kind = ApiError::Kind::NotFound;
        break;
    case 1:
    case 2:
        e.kind = ApiError::Kind::ServerError;
        break;
    default:
        if (code >= 200 && code <= 299)
            e.kind = ApiError::Kind::Forbidden; // permission errors
        else if (err.value(QLatin1String("type")).toString() == QLatin1String("OAuthException") &&
                 message.contains(QLatin1String("access token"), Qt::CaseInsensitive))
            e.kind = ApiError::Kind::Unauthorized; // older payloads: "Error validating access token: ..."
        break;
    }
    if (subcode == 1455006)
        e.kind = ApiError::Kind::Duplicate;
    // Messenger: 10/2018278 "sent outside of allowed window"; 551 "This person isn't available right now".
    if (code == 10 && subcode == 2018278)
        e.kind = ApiError::Kind::MessagingWindowClosed;
    if (code == 551)
        e.kind = ApiError::Kind::RecipientUnavailable;
    return e;
}

ApiError classifyDiscourse(const ApiResponse &r)
{
    ApiError e = byStatus(r);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    e.detail = errors.isEmpty() ? QString::fromUtf8(r.body.left(500)).trimmed() : errors.first().toString();
    e.platformCode = o.value(QLatin1String("error_type")).toString();
    if (e.platformCode == QLatin1String("rate_limit"))
        e.kind = ApiError::Kind::RateLimited;
    if (e.kind == ApiError::Kind::RateLimited) {
        const int wait = o.value(QLatin1String("extras")).toObject().value(QLatin1String("wait_seconds")).toInt(-1);
        e.retryAt = wait >= 0 ? QDateTime::currentDateTimeUtc().addSecs(wait) : retryAfter(r);
        if (!e.retryAt.isValid())
            e.retryAt = QDateTime::currentDateTimeUtc().addSecs(60);
    }
    // "Body is too similar to what you recently posted" is Discourse's duplicate check.
    if (e.kind == ApiError::Kind::InvalidRequest && e.detail.contains(QLatin1String("too similar")))
        e.kind = ApiError::Kind::Duplicate;
    return e;
}

} // namespace

bool classify(Channel channel, const ApiResponse &response, ApiError *error)
{
    ApiError e;
    switch (response.transport) {
    case ApiResponse::Transport::Ok:
        break;
    case ApiResponse::Transport::Timeout:
        e.kind = ApiError::Kind::Timeout;
        e.detail = response.transportDetail;
        *error = e;
        return true;
    case ApiResponse::Transport::ConnectionFailed:
    case ApiResponse::Transport::ConnectionLost:
        e.kind = ApiError::Kind::NetworkDown;
        e.detail = response.transportDetail;
        *error = e;
        return true;
    case ApiResponse::Transport::TooLarge:
        e.kind = ApiError::Kind::MalformedPayload;
        e.detail = QStringLiteral("answer larger than the limit, cut off");
        *error = e;
        return true;
    case ApiResponse::Transport::RefusedInTraining:
        e.kind = ApiError::Kind::RefusedInTraining;
        e.detail = response.transportDetail;
        *error = e;
        return true;
    }
    if (response.status >= 200 && response.status < 300) {
        // Graph sometimes reports errors with 200; everything else is a success here.
        if (channel != Channel::Facebook || !response.body.contains("\"error\""))
            return false;
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        if (!o.value(QLatin1String("error")).isObject())
            return false;
    }
    switch (channel) {
    case Channel::X:
        *error = classifyX(response);
        break;
    case Channel::Mastodon:
        *error = classifyMastodon(response);
        break;
    case Channel::Facebook:
        *error = classifyFacebook(response);
        break;
    case Channel::Discourse:
        *error = classifyDiscourse(response);
        break;
    }
    error->httpStatus = response.status;
    return true;
}

RateLimit rateLimitFrom(Channel channel, const ApiResponse &r)
{
    RateLimit limit;
    bool ok = false;
    switch (channel) {
    case Channel::X:
        limit.limit = r.header("x-rate-limit-limit").toInt(&ok);
        limit.limit = ok ? limit.limit : -1;
        limit.remaining = r.header("x-rate-limit-remaining").toInt(&ok);
        limit.remaining = ok ? limit.remaining : -1;
        limit.resetAt = epochSeconds(r.header("x-rate-limit-reset"));
        break;
    case Channel::Mastodon:
        limit.limit = r.header("x-ratelimit-limit").toInt(&ok);
        limit.limit = ok ? limit.limit : -1;
        limit.remaining = r.header("x-ratelimit-remaining").toInt(&ok);
        limit.remaining = ok ? limit.remaining : -1;
        limit.resetAt =
            QDateTime::fromString(QString::fromLatin1(r.header("x-ratelimit-reset")), Qt::ISODateWithMs).toUTC();
        break;
    case Channel::Facebook: {
        // X-App-Usage: {"call_count":28,"total_time":25,"total_cputime":25} — percentages of the hourly budget.
        const QJsonObject usage = QJsonDocument::fromJson(r.header("x-app-usage")).object();
        if (!usage.isEmpty()) {
            limit.limit = 100;
            const int used = std::max({usage.value(QLatin1String("call_count")).toInt(),
                                       usage.value(QLatin1String("total_time")).toInt(),
                                       usage.value(QLatin1String("total_cputime")).toInt()});
            limit.remaining = std::max(0, 100 - used);
        }
        break;
    }
    case Channel::Discourse:
        limit.resetAt = retryAfter(r);
        break;
    }
    return limit;
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::NetworkDown:
        return Text::tr("No connection to the platform. Webcare Desk tries again by itself.");
    case Kind::Timeout:
        return Text::tr("The platform did not answer in time. Webcare Desk tries again by itself.");
    case Kind::RateLimited:
        return retryAt.isValid()
                   ? Text::tr("The platform asks us to slow down. Webcare Desk waits until %1 and then goes on.")
                         .arg(retryAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                   : Text::tr("The platform asks us to slow down. Webcare Desk waits and then goes on.");
    case Kind::Unauthorized:
        return Text::tr("The connection to this account has expired or was revoked. Reconnect the account in the "
                        "settings.");
    case Kind::Forbidden:
        return Text::tr("The platform does not allow this account to do this. Check the account's permissions.");
    case Kind::NotFound:
        return Text::tr("The message no longer exists on the platform; it may have been deleted.");
    case Kind::Duplicate:
        return Text::tr("The platform already has this exact message. Change the text if it must be sent again.");
    case Kind::Blocked:
        return Text::tr("The platform has blocked this account for a while for going too fast. Wait before trying "
                        "again.");
    case Kind::InvalidRequest:
        return Text::tr("The platform refused the message as it is (too long, or a field it does not accept). "
                        "Change it and try again.");
    case Kind::ServerError:
        return Text::tr("The platform has a problem of its own. Webcare Desk tries again by itself.");
    case Kind::MalformedPayload:
        return Text::tr("The platform's answer could not be read. Nothing from it was stored; Webcare Desk tries "
                        "again by itself.");
    case Kind::RefusedInTraining:
        return Text::tr("Training mode: nothing is sent. The reply is kept for review.");
    case Kind::MessagingWindowClosed:
        return Text::tr("Messenger only accepts a reply within 24 hours of the customer's last message, and that "
                        "time has passed. Answer the customer through another channel.");
    case Kind::RecipientUnavailable:
        return Text::tr("This customer cannot receive private messages from this account right now (they may have "
                        "blocked it or closed their account).");
    }
    return {};
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::NetworkDown:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::MalformedPayload:
        return true;
    default:
        return false;
    }
}

} // namespace webcare::net
