// SPDX-License-Identifier: MIT
#pragma once

#include "http.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

// What the four platform routers have in common: a request in, a response out, a request budget, and the replies
// they created for the tests to inspect.
namespace webcare::fake {

enum class FaultKind {
    Delay,
    Timeout,
    TooManyRequests,
    ServerError,
    Unavailable,
    Reset,
    Truncate,
    Malformed,
    Huge,
    InvalidUtf8,
    Html
};

// A post that a test adds as new incoming traffic (POST /_fake/add).
struct IncomingPost {
    QString text;
    QString author;    // handle, username or display name; created when unknown
    QString inReplyTo; // platform id of the post it answers, or empty
    // "" (the platform's usual incoming post), "post" (X: a public tweet that does not mention the account, found
    // only by search), "dm" (X: a direct message to the account), "message" (Graph: a Messenger message to the Page)
    QString kind;
    QDateTime at; // when it was written; invalid: now (only direct messages take another time)
};

// A reply created through one of the platforms' POST endpoints, as GET /_fake/posted lists it.
struct PostedReply {
    QString channel;
    QString id;
    QString text;
    QString inReplyTo;
    QString idempotencyKey;
    QString endpoint;
    QDateTime at;
};

class Journal {
public:
    void add(const PostedReply &reply) { m_replies << reply; }
    QJsonArray toJson() const;

private:
    QList<PostedReply> m_replies;
};

// A request budget per endpoint bucket and fixed window, as the platforms count them.
class RateWindow {
public:
    struct State {
        int limit = 0;
        int remaining = 0;
        QDateTime resetAt;
        bool exceeded = false;
    };
    RateWindow(int limit, int windowSeconds)
        : m_limit(limit)
        , m_windowSeconds(windowSeconds)
    {}

    // Counts one request; `exceeded` when the budget was already used up in this window.
    State consume(const QString &bucket);
    // The budget without counting a request (for answers that are not counted, such as injected faults).
    State peek(const QString &bucket) const;
    void setLimit(int limit) { m_limit = limit; }
    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    int windowSeconds() const { return m_windowSeconds; }

private:
    struct Window {
        QDateTime start;
        int used = 0;
    };
    int m_limit;
    int m_windowSeconds;
    QHash<QString, Window> m_windows;
};

// Ids that keep increasing with time: new posts get a time at or after the newest one known and an id above every
// id known, so since_id and cursors behave as on the platforms even when the demo feed is dated in the future.
class Timeline {
public:
    QDateTime nextTime();
    void observe(const QDateTime &t)
    {
        if (!m_newest.isValid() || t > m_newest)
            m_newest = t;
    }
    QDateTime newest() const { return m_newest; }

private:
    QDateTime m_newest;
};

// The HTML page a proxy in front of a platform answers with for 5xx (the body is not the platform's JSON at all).
Response htmlErrorPage(int status);

class PlatformApi {
public:
    virtual ~PlatformApi() = default;

    virtual QString channel() const = 0; // "x", "mastodon", "facebook", "discourse"
    virtual bool handles(const Request &request) const = 0;
    // Answers a request in the platform's own shapes, including its errors and rate-limit headers.
    virtual Response handle(const Request &request) = 0;
    // Adds an incoming post; returns its platform id, or sets `error`.
    virtual QString addIncoming(const IncomingPost &post, QString *error) = 0;
    // The platform's answer for an injected 429, 500 or 503, with its headers, reset `seconds` ahead. `variant`
    // picks one of the body shapes the platform is known to send.
    virtual Response faultAnswer(FaultKind kind, const Request &request, double seconds, int variant) = 0;
    // The JSON key that holds a post's text, for the content faults.
    virtual QByteArray textKey() const = 0;
    // Runtime settings (POST /_fake/config), keys prefixed with the channel name: "x_rate_limit", ...
    virtual void configure(const QJsonObject &config) = 0;
    virtual QJsonObject stats() const = 0;
};

} // namespace webcare::fake
