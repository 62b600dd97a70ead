// SPDX-License-Identifier: MIT
#pragma once

#include "domain/channel.h"

#include <QString>

// The reply exactly as the platform will publish it, for the composer's preview. Pure functions, no I/O.
namespace webcare::composer {

// Who the reply answers.
struct ReplyAudience {
    domain::Channel channel = domain::Channel::X;
    QString customerHandle; // as stored: "name" (X, Discourse), "@user" or "@user@instance" (Mastodon), "" (Facebook)
    bool privateMessage = false;
};

struct PostedReply {
    // The text the outbox sends: the reply box's text without leading and trailing white space (CaseView::sendReply
    // stores exactly that; AccountSync and the connectors add nothing, no signature and no @-prefix: X threads the
    // answer by in_reply_to_tweet_id, Mastodon by in_reply_to_id, Facebook as a comment, Discourse by
    // reply_to_post_number).
    QString text;
    int length = 0; // as the platform counts it
    int maxLength = 0;
    bool fits = false; // not empty and within the limit
    // Mastodon notifies only accounts mentioned in the text, and shows a direct message only to them.
    bool mastodonMentionMissing = false;
    bool rendersMarkdown = false;  // Discourse formats the text as Markdown (*, _, #, links)
    bool hiddenCharacters = false; // invisible or direction-changing characters (see linktarget.h)
};

PostedReply postedReply(const ReplyAudience &audience, const QString &draft);

} // namespace webcare::composer
