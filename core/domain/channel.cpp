// SPDX-License-Identifier: MIT
#include "channel.h"

#include <QCoreApplication>

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

} // namespace webcare::domain
