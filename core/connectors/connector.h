// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "ingest/payload.h"
#include "net/apierror.h"
#include "net/httpclient.h"
#include "util/expected.h"

#include <memory>

// Connectors know each platform's paths and payloads, nothing else: they describe requests and read answers as
// pure functions. Sending (timeouts, training guard), retrying and storing belong to the sync engine and outbox.
namespace webcare::connectors {

// The secrets of one account, read from the system keychain when a connector is made; never stored elsewhere.
struct Credentials {
    QString accessToken; // OAuth 2.0 bearer token (X, Mastodon, Facebook page token)
    QString apiKey;      // Discourse
    QString apiUsername; // Discourse
};

// One page of a poll.
struct FetchResult {
    QList<domain::Post> posts;
    QList<ingest::Rejection> rejected;
    QString nextPageToken; // more (older) pages of this poll; empty on the last page
    QString newestId;      // the newest item on this page: the first page's becomes the stream's new cursor
    net::RateLimit rateLimit;
};

struct OutgoingReply {
    QString text;
    QString inReplyToPlatformId;
    QString conversationId;    // Discourse: topic id
    QString visibility;        // Mastodon: the customer's visibility, so a direct message is answered directly
    QString idempotencyKey;    // the same for every attempt of one reply
    int replyToPostNumber = 0; // Discourse
    // A direct message (X DM, Messenger) is answered with a direct message to the customer, never in public.
    bool privateMessage = false;
    QString recipientId = {}; // private messages: the customer's platform id (X user id, Messenger page-scoped id)
};

class Connector {
public:
    virtual ~Connector() = default;
    virtual domain::Channel channel() const = 0;
    // The streams an account is polled on, e.g. "mentions", "search", "dms".
    virtual QStringList streams() const = 0;

    // A poll of `stream` for items newer than `cursor` (empty: the first sync), page by page.
    virtual net::ApiRequest fetchRequest(const QString &stream, const QString &cursor,
                                         const QString &pageToken) const = 0;
    virtual Expected<FetchResult, net::ApiError> readFetch(const QString &stream, const QString &cursor,
                                                           const net::ApiResponse &response) const = 0;
    // The same, for streams whose next request depends on the page token that asked for this page (the sync
    // engine calls this one).
    virtual Expected<FetchResult, net::ApiError> readFetchPage(const QString &stream, const QString &cursor,
                                                               const QString &pageToken,
                                                               const net::ApiResponse &response) const
    {
        Q_UNUSED(pageToken)
        return readFetch(stream, cursor, response);
    }
    // The thread around a post whose parent is missing.
    virtual net::ApiRequest contextRequest(const domain::Post &post) const = 0;
    virtual Expected<FetchResult, net::ApiError> readContext(const net::ApiResponse &response) const = 0;
    // Sending a reply; the answer gives the platform id of the new post.
    virtual net::ApiRequest replyRequest(const OutgoingReply &reply) const = 0;
    virtual Expected<QString, net::ApiError> readReply(const net::ApiResponse &response) const = 0;
    // The account's own recent posts, to find a reply whose send was interrupted (reconciliation before resend).
    virtual net::ApiRequest ownPostsRequest() const = 0;
    virtual Expected<FetchResult, net::ApiError> readOwnPosts(const net::ApiResponse &response) const = 0;
    // Where to look for one reply: a private answer lives in the conversation's messages, not in the public posts.
    // The answer is read with readOwnPosts.
    virtual net::ApiRequest reconcileRequest(const OutgoingReply &reply) const
    {
        Q_UNUSED(reply)
        return ownPostsRequest();
    }
};

std::unique_ptr<Connector> makeConnector(const domain::Account &account, const Credentials &credentials);

namespace detail {
// Shared by the implementations: classify the answer, then parse its body with the platform's parser.
Expected<FetchResult, net::ApiError> readPosts(domain::Channel channel, const net::ApiResponse &response);
QString maxId(const QList<domain::Post> &posts); // numerically largest platform id
} // namespace detail

} // namespace webcare::connectors
