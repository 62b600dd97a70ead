// SPDX-License-Identifier: MIT
#pragma once

#include "channel.h"
#include "entities.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The team's own configuration: the voice it answers in, who its agents are, its text modules, its knowledge base
// and the words its triage listens for. Kept in the case store, so every workstation of a team shares one
// (docs/configuration.md); edited by supervisors, every change audited.
namespace webcare::domain {

// How agents sign: a format with {initials}, {first} (first name) or {login}, at the end of the last line or on a
// line of its own.
struct SignatureConvention {
    QString format = QStringLiteral("^{initials}");
    bool ownLine = false;
    friend bool operator==(const SignatureConvention &, const SignatureConvention &) = default;
};

// The voice of every reply.
struct TeamTone {
    QString teamName;
    QString addressStyle = QStringLiteral("je"); // "je" or "u"
    SignatureConvention signature;
    friend bool operator==(const TeamTone &, const TeamTone &) = default;
};

// A text module: a reply skeleton with placeholders {naam} (the customer), {agent} (the signature) and {bron} (an
// approved source link). `channel` empty: any channel.
struct TextTemplate {
    QString id;
    QString title;
    QStringList keywords;
    QString text;
    QString language = QStringLiteral("nl");
    std::optional<Channel> channel;
    friend bool operator==(const TextTemplate &, const TextTemplate &) = default;
};

// A page of the knowledge base the team may point customers to; facts about policy need one (ZEKEP).
struct KnowledgeSource {
    QString title;
    QString url;
    QStringList keywords;
    friend bool operator==(const KnowledgeSource &, const KnowledgeSource &) = default;
};

// A handle of the team on a platform. Connected accounts add theirs by themselves; `connected` tells those from
// handles entered by hand (an account the desk does not sync, e.g. a colleague team's).
struct OwnHandle {
    Channel channel = Channel::X;
    QString handle;
    bool connected = false;
    friend bool operator==(const OwnHandle &, const OwnHandle &) = default;
};

// A campaign's hashtag or word; after `until` (when valid) it is no longer one.
struct CampaignTerm {
    QString term;
    QDate until;
    friend bool operator==(const CampaignTerm &, const CampaignTerm &) = default;
};

struct TeamConfiguration {
    TeamTone tone;
    QList<Agent> agents;
    QList<OwnHandle> ownAccounts;
    QStringList brand;
    QList<CampaignTerm> campaign;
    QStringList employees;
    QList<KnowledgeSource> sources;
    QList<TextTemplate> templates;
};

// The initials of a name ("Jan Bakker" → "JB", "Anne-Marie de Vries" → "AMV": lower-case particles are skipped).
QString initialsOf(const QString &name);
// An agent's signature by the convention: "^{initials}" with "Jan Bakker" gives "^JB". An empty name uses the
// login's first two letters as initials.
QString signatureFor(const SignatureConvention &convention, const QString &name, const QString &login);
// The signature an agent signs with: their own when set, else the convention's.
QString effectiveSignature(const Agent &agent, const SignatureConvention &convention);

} // namespace webcare::domain
