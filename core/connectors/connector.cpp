// SPDX-License-Identifier: MIT
#include "connector.h"

#include "platforms.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace webcare::connectors {

std::unique_ptr<Connector> makeConnector(const domain::Account &account, const Credentials &credentials)
{
    switch (account.channel) {
    case domain::Channel::X:
        return std::make_unique<XConnector>(account, credentials);
    case domain::Channel::Mastodon:
        return std::make_unique<MastodonConnector>(account, credentials);
    case domain::Channel::Facebook:
        return std::make_unique<FacebookConnector>(account, credentials);
    case domain::Channel::Discourse:
        return std::make_unique<DiscourseConnector>(account, credentials);
    }
    return nullptr;
}

namespace detail {

Expected<FetchResult, net::ApiError> readPosts(domain::Channel channel, const net::ApiResponse &response)
{
    net::ApiError error;
    if (net::classify(channel, response, &error))
        return unexpected(error);
    auto parsed = ingest::parsePayload(channel, response.body);
    if (!parsed) {
        net::ApiError malformed;
        malformed.kind = net::ApiError::Kind::MalformedPayload;
        malformed.httpStatus = response.status;
        malformed.detail = parsed.error().text();
        return unexpected(malformed);
    }
    FetchResult result;
    result.posts = parsed->posts;
    result.rejected = parsed->rejected;
    result.rateLimit = net::rateLimitFrom(channel, response);
    return result;
}

bool idLess(const QString &a, const QString &b)
{
    // Platform ids are decimal strings of up to 64 bits: compare by length, then digit by digit.
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

QString maxId(const QList<domain::Post> &posts)
{
    QString best;
    for (const domain::Post &p : posts) {
        if (best.isEmpty() || idLess(best, p.platformId))
            best = p.platformId;
    }
    return best;
}

} // namespace detail

} // namespace webcare::connectors
