// SPDX-License-Identifier: MIT
#include "postedtext.h"

#include "linktarget.h"
#include "platformlength.h"
#include "textentities.h"

namespace webcare::composer {

namespace {
// "@user@instance" → {"user", "instance"}; "user" → {"user", ""}.
std::pair<QString, QString> splitAccount(QStringView handle)
{
    if (handle.startsWith(u'@'))
        handle = handle.mid(1);
    const qsizetype at = handle.indexOf(u'@');
    if (at < 0)
        return {handle.toString().toLower(), QString()};
    return {handle.left(at).toString().toLower(), handle.mid(at + 1).toString().toLower()};
}

bool mentions(const QString &text, const QString &customerHandle)
{
    const auto [user, instance] = splitAccount(customerHandle);
    for (const Mention &m : findMentions(text)) {
        const auto [mentionUser, mentionInstance] =
            splitAccount(QStringView(text).mid(m.range.start, m.range.length()));
        // "@user" on the customer's own instance names them too; a different instance is someone else.
        if (mentionUser == user && (mentionInstance.isEmpty() || instance.isEmpty() || mentionInstance == instance))
            return true;
    }
    return false;
}
} // namespace

PostedReply postedReply(const ReplyAudience &audience, const QString &draft)
{
    PostedReply r;
    r.text = draft.trimmed();
    r.length = weightedLength(audience.channel, r.text);
    r.maxLength = maxLength(audience.channel);
    r.fits = !r.text.isEmpty() && r.length <= r.maxLength;
    r.mastodonMentionMissing = audience.channel == domain::Channel::Mastodon && !audience.customerHandle.isEmpty() &&
                               !mentions(r.text, audience.customerHandle);
    r.rendersMarkdown = audience.channel == domain::Channel::Discourse;
    QString visible = r.text; // line breaks and tabs are the agent's layout, not hidden characters
    visible.remove(u'\n');
    visible.remove(u'\t');
    r.hiddenCharacters = hasInvisible(visible);
    return r;
}

} // namespace webcare::composer
