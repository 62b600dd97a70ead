// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace webcare::domain {

enum class Channel { X, Mastodon, Facebook, Discourse };

inline const QList<Channel> &allChannels()
{
    static const QList<Channel> channels{Channel::X, Channel::Mastodon, Channel::Facebook, Channel::Discourse};
    return channels;
}

// Stable key used in the database, on the command line and in file names: x, mastodon, facebook, discourse.
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(QStringView key);
// Translated name for the agent ("X", "Mastodon", "Facebook", "Forum (Discourse)").
QString channelDisplayName(Channel channel);

// Whether a stored post is a direct message (X DM event, Messenger message, Mastodon direct status), from what the
// platform sent: the UI marks it, and its answer must stay private.
bool isPrivateMessage(Channel channel, const QString &platformId, const QByteArray &rawPayload);

} // namespace webcare::domain
