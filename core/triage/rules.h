// SPDX-License-Identifier: MIT
#pragma once

#include "domain/channel.h"
#include "labels.h"

#include "domain/entities.h"
#include <QString>

#include <QStringList>
#include <optional>

namespace webcare::triage {

// How a post reached the team. Whatever it says, a post to the team wants an answer unless a strong reason says
// otherwise; a post that only names the brand wants one only on evidence.
enum class Addressing {
    Unknown,     // not known from the platform: the rules look for a mention of an own handle or a brand word
    Mention,     // names one of the team's own handles
    Direct,      // a direct message (X DM, Messenger, a Mastodon direct post)
    ReplyToUs,   // an answer under one of the team's own posts
    PageComment, // a comment on the team's Facebook Page
    OwnForum,    // a post in the team's own forum category
    Public,      // a public post found by a brand word, not addressed to the team
};
// "mention", "dm", "reply_to_team", "page_comment", "forum_team_category", "public" (the triage input's "context").
std::optional<Addressing> addressingFromKey(QStringView key);
QString addressingKey(Addressing addressing);
// Addressed to the team by the way it reached it (not by its words).
bool addressedByWay(Addressing addressing);

// A post as triage sees it: what `webcaredesk triage` reads, or a stored post.
struct PostInput {
    QString text;
    domain::Channel channel = domain::Channel::X;
    QString author;     // handle (X, Mastodon, Discourse) or name (Facebook), without '@'
    QString authorName; // display name, may be empty
    bool fromOwnAccount = false;
    Addressing addressing = Addressing::Unknown;

    // The one way a post becomes triage input (the app, `webcaredesk triage` and the evaluation alike): the handle,
    // else the display name, as the author, without a leading '@'.
    static PostInput from(const domain::Post &post);
};

// The team's own words for the rules; kept in the case store (triage_terms and own_accounts) so that every agent
// and `webcaredesk triage` use the same. Compared case-insensitively.
struct TeamSettings {
    QStringList ownHandles;    // the team's own accounts: their posts are ours
    QStringList brandTerms;    // names customers use for the company, e.g. "duinzicht": a post naming it talks to us
    QStringList campaignTerms; // hashtags and words of current campaigns, e.g. "#zekervanjezaak", "reclame"
    QStringList employees;     // author handles (or Facebook names) of colleagues
};

enum class Strength { None, Weak, Strong };

// What the rules make of a post. Strong verdicts (our own account, a known colleague, clear spam, complaint
// vocabulary, a question put to us, a check-in) win over the model; weak ones are a guess the model may overrule.
struct RuleVerdict {
    Category category = Category::Remark;
    Decision decision = Decision::NoAction;
    Strength strength = Strength::Weak;
    QString reason;                 // translated, quotes what matched
    bool communityQuestion = false; // a question put to other customers rather than to us
    bool addressedToUs = false;
};

RuleVerdict applyRules(const PostInput &post, const TeamSettings &settings);

} // namespace webcare::triage
