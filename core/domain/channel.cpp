// SPDX-License-Identifier: MIT
#include "channel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace webcare::domain {

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::X:
        return QStringLiteral("x");
    case Channel::Mastodon:
        return QStringLiteral("mastodon");
    case Channel::Facebook:
        return QStringLiteral("facebook");
    case Channel::Discourse:
        return QStringLiteral("discourse");
    }
    return {};
}

std::optional<Channel> channelFromKey(QStringView key)
{
    for (Channel c : allChannels()) {
        if (key.compare(channelKey(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString channelDisplayName(Channel channel)
{
    switch (channel) {
    case Channel::X:
        return QCoreApplication::translate("Channel", "X");
    case Channel::Mastodon:
        return QCoreApplication::translate("Channel", "Mastodon");
    case Channel::Facebook:
        return QCoreApplication::translate("Channel", "Facebook");
    case Channel::Discourse:
        return QCoreApplication::translate("Channel", "Forum");
    }
    return {};
}

bool isPrivateMessage(Channel channel, const QString &platformId, const QByteArray &rawPayload)
{
    switch (channel) {
    case Channel::X:
        return rawPayload.contains("\"dm_conversation_id\"") || rawPayload.contains("\"event_type\"");
    case Channel::Facebook:
        return platformId.startsWith(QLatin1String("m_")); // Messenger message ids; posts and comments are numeric
    case Channel::Mastodon:
        return QJsonDocument::fromJson(rawPayload).object().value(QLatin1String("visibility")).toString() ==
               QLatin1String("direct");
    case Channel::Discourse:
        return QJsonDocument::fromJson(rawPayload).object().value(QLatin1String("archetype")).toString() ==
               QLatin1String("private_message");
    }
    return false;
}

} // namespace webcare::domain
