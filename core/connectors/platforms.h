// SPDX-License-Identifier: MIT
#pragma once

#include "connector.h"

#include <QUrlQuery>

// The four platform connectors (internal to connectors/; use makeConnector).
namespace webcare::connectors {

namespace detail {
bool idLess(const QString &a, const QString &b);
}

class PlatformConnector : public Connector {
public:
    PlatformConnector(const domain::Account &account, const Credentials &credentials)
        : m_account(account)
        , m_credentials(credentials)
    {}

protected:
    net::ApiRequest request(const QByteArray &method, const QString &path, const QUrlQuery &query = {}) const;
    virtual void authorize(net::ApiRequest &request) const = 0;

    domain::Account m_account;
    Credentials m_credentials;
};

class XConnector final : public PlatformConnector {
public:
    using PlatformConnector::PlatformConnector;
    domain::Channel channel() const override { return domain::Channel::X; }
    // mentions; search (the account's brand keywords, only when it has some); dms.
    QStringList streams() const override;
    net::ApiRequest fetchRequest(const QString &stream, const QString &cursor, const QString &pageToken) const override;
    Expected<FetchResult, net::ApiError> readFetch(const QString &stream, const QString &cursor,
                                                   const net::ApiResponse &response) const override;
    net::ApiRequest contextRequest(const domain::Post &post) const override;
    Expected<FetchResult, net::ApiError> readContext(const net::ApiResponse &response) const override;
    net::ApiRequest replyRequest(const OutgoingReply &reply) const override;
    Expected<QString, net::ApiError> readReply(const net::ApiResponse &response) const override;
    net::ApiRequest ownPostsRequest() const override;
    Expected<FetchResult, net::ApiError> readOwnPosts(const net::ApiResponse &response) const override;
    net::ApiRequest reconcileRequest(const OutgoingReply &reply) const override;

    // The recent-search query for brand keywords posted without an @ to the account: the keywords (phrases
    // quoted) OR-ed, minus retweets, the account's own posts and posts that mention it (those are mentions).
    static QString searchQuery(const QStringList &terms, const QString &handle);

protected:
    void authorize(net::ApiRequest &request) const override;

private:
    net::ApiRequest dmEventsRequest(const QString &pageToken) const;
};

class MastodonConnector final : public PlatformConnector {
public:
    using PlatformConnector::PlatformConnector;
    domain::Channel channel() const override { return domain::Channel::Mastodon; }
    QStringList streams() const override { return {QStringLiteral("mentions")}; }
    net::ApiRequest fetchRequest(const QString &stream, const QString &cursor, const QString &pageToken) const override;
    Expected<FetchResult, net::ApiError> readFetch(const QString &stream, const QString &cursor,
                                                   const net::ApiResponse &response) const override;
    net::ApiRequest contextRequest(const domain::Post &post) const override;
    Expected<FetchResult, net::ApiError> readContext(const net::ApiResponse &response) const override;
    net::ApiRequest replyRequest(const OutgoingReply &reply) const override;
    Expected<QString, net::ApiError> readReply(const net::ApiResponse &response) const override;
    net::ApiRequest ownPostsRequest() const override;
    Expected<FetchResult, net::ApiError> readOwnPosts(const net::ApiResponse &response) const override;

    // The max_id of a Link header's rel="next" URL (Mastodon's pagination), or empty.
    static QString nextMaxId(const QByteArray &linkHeader);

protected:
    void authorize(net::ApiRequest &request) const override;
};

class FacebookConnector final : public PlatformConnector {
public:
    using PlatformConnector::PlatformConnector;
    domain::Channel channel() const override { return domain::Channel::Facebook; }
    QStringList streams() const override { return {QStringLiteral("feed"), QStringLiteral("messenger")}; }
    net::ApiRequest fetchRequest(const QString &stream, const QString &cursor, const QString &pageToken) const override;
    Expected<FetchResult, net::ApiError> readFetch(const QString &stream, const QString &cursor,
                                                   const net::ApiResponse &response) const override;
    net::ApiRequest contextRequest(const domain::Post &post) const override;
    Expected<FetchResult, net::ApiError> readContext(const net::ApiResponse &response) const override;
    net::ApiRequest replyRequest(const OutgoingReply &reply) const override;
    Expected<QString, net::ApiError> readReply(const net::ApiResponse &response) const override;
    net::ApiRequest ownPostsRequest() const override;
    Expected<FetchResult, net::ApiError> readOwnPosts(const net::ApiResponse &response) const override;
    net::ApiRequest reconcileRequest(const OutgoingReply &reply) const override;

protected:
    void authorize(net::ApiRequest &request) const override;

private:
    net::ApiRequest conversationsRequest(const QString &pageToken, const QString &userId) const;
};

class DiscourseConnector final : public PlatformConnector {
public:
    using PlatformConnector::PlatformConnector;
    domain::Channel channel() const override { return domain::Channel::Discourse; }
    // posts; topics (/latest.json: new topics, each read through /t/{id}.json); "search:<word>" per watched word.
    QStringList streams() const override;
    net::ApiRequest fetchRequest(const QString &stream, const QString &cursor, const QString &pageToken) const override;
    Expected<FetchResult, net::ApiError> readFetch(const QString &stream, const QString &cursor,
                                                   const net::ApiResponse &response) const override;
    Expected<FetchResult, net::ApiError> readFetchPage(const QString &stream, const QString &cursor,
                                                       const QString &pageToken,
                                                       const net::ApiResponse &response) const override;
    net::ApiRequest contextRequest(const domain::Post &post) const override;
    Expected<FetchResult, net::ApiError> readContext(const net::ApiResponse &response) const override;
    net::ApiRequest replyRequest(const OutgoingReply &reply) const override;
    Expected<QString, net::ApiError> readReply(const net::ApiResponse &response) const override;
    net::ApiRequest ownPostsRequest() const override;
    Expected<FetchResult, net::ApiError> readOwnPosts(const net::ApiResponse &response) const override;

protected:
    void authorize(net::ApiRequest &request) const override;
};

} // namespace webcare::connectors
