// SPDX-License-Identifier: MIT
#pragma once

#include "domain/channel.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace webcare::net {

// What a platform (or the network) answered, before interpretation. Header names are lower-case.
struct ApiResponse {
    int status = 0; // 0 when no HTTP answer arrived
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    enum class Transport { Ok, Timeout, ConnectionFailed, ConnectionLost, TooLarge, RefusedInTraining };
    Transport transport = Transport::Ok;
    QString transportDetail;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// How much of a platform's request budget is left.
struct RateLimit {
    int limit = -1; // -1 when the platform did not say
    int remaining = -1;
    QDateTime resetAt; // UTC; invalid when unknown
    bool isKnown() const { return limit >= 0 || remaining >= 0 || resetAt.isValid(); }
};

// Every failure of a platform call, mapped once into a closed set; the UI explains each kind in one sentence and
// shows the platform's own words only as details.
struct ApiError {
    enum class Kind {
        NetworkDown,           // no connection could be made
        Timeout,               // no (complete) answer in time
        RateLimited,           // retry after retryAt
        Unauthorized,          // token expired or revoked: the account must be reconnected
        Forbidden,             // the account may not do this
        NotFound,              // the post or conversation is gone
        Duplicate,             // the platform already has this exact post
        Blocked,               // the platform blocks the account for now (spam protection)
        InvalidRequest,        // the platform refused what we sent (too long, bad field)
        ServerError,           // 5xx: try again later
        MalformedPayload,      // the answer could not be read
        RefusedInTraining,     // training mode: nothing but reading leaves this computer
        MessagingWindowClosed, // Messenger: the customer's last message is more than 24 hours old
        RecipientUnavailable,  // a direct message cannot reach this person (blocked, gone, not accepting)
    };

    Kind kind = Kind::ServerError;
    int httpStatus = 0;
    QString platformCode; // e.g. Graph "190/463", X problem type, Mastodon error text
    QString detail;       // the platform's own words, for the details part of a message
    QDateTime retryAt;    // when it makes sense to try again (rate limits, server errors), UTC

    QString message() const;
    // Worth retrying by itself later (with backoff), without the agent doing anything.
    bool isTransient() const;
};

// Interprets a platform's answer: returns true and fills `error` when it is a failure, false on success.
bool classify(domain::Channel channel, const ApiResponse &response, ApiError *error);
// The request budget announced in a response's headers.
RateLimit rateLimitFrom(domain::Channel channel, const ApiResponse &response);

} // namespace webcare::net
