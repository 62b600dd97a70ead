// SPDX-License-Identifier: MIT
#pragma once

#include "channel.h"
#include "states.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Plain value types of the domain. Platform ids stay strings: 64-bit ids lose precision as doubles.
namespace webcare::domain {

struct Author {
    qint64 id = 0;
    Channel channel = Channel::X;
    QString platformId; // the platform's user id
    QString handle;     // @name on X/Mastodon, username on Discourse, empty on Facebook
    QString displayName;
    QString customerNumber; // optional link to the company's customer file, set by an agent
};

struct Post {
    qint64 id = 0;
    Channel channel = Channel::X;
    QString platformId;
    Author author;
    QString text;        // plain text, never markup
    QDateTime createdAt; // UTC
    QString inReplyToPlatformId;
    QString conversationId; // the platform's thread key; the case groups posts by it
    QByteArray rawPayload;  // the item exactly as the platform sent it (compact JSON)
    QString url;
    qint64 caseId = 0;
    bool fromOwnAccount = false; // written by one of the team's own accounts
    // A direct message (X DM, Messenger, Mastodon direct): only the customer sees it, and the answer must stay
    // private. Set by the parsers and derived again from the raw payload when read from the store.
    bool privateMessage = false;
};

struct Case {
    qint64 id = 0;
    Channel channel = Channel::X;
    QString conversationId;
    CaseState state = CaseState::New;
    QString assignee; // agent login, empty when unassigned
    Priority priority = Priority::Normal;
    QString category;
    QStringList tags;
    QDateTime slaDueAt; // invalid when no SLA applies (closed cases)
    QDateTime openedAt;
    QDateTime lastPostAt;
    int postCount = 0;
    QString authorName; // the customer who started the conversation
    QString preview;    // latest customer text, for the inbox row
};

struct Reply {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 accountId = 0; // the account it is sent from
    qint64 inReplyToPostId = 0;
    ReplyState state = ReplyState::Draft;
    QString text;
    QString agent;
    QString signature;      // e.g. "^JB"
    QString platformId;     // set once sent
    QString idempotencyKey; // generated when the reply is approved; carried by every send attempt
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;
    qint64 threadParentId = 0; // a later part of a numbered thread: the part it answers, sent first
    QStringList openFlags;     // the composer's findings still open when the reply was submitted
    QString reviewedBy;        // four-eyes: the supervisor who approved it or sent it back
    QString reviewComment;     // why it was sent back
    QDateTime reviewedAt;
};

struct Agent {
    qint64 id = 0;
    QString login;
    QString displayName;
    QString signature;
    bool supervisor = false;    // may approve other agents' replies
    bool needsApproval = false; // four-eyes: every reply waits for a supervisor (e.g. new agents)
};

struct Department {
    qint64 id = 0;
    QString name;
    QString contactName;
    QString contactAddress; // e-mail address or queue
    QString backupName;
    QString backupAddress;
    QString workingHours;       // workflow::OpeningHours::toString(); empty: Mon–Fri 09:00–17:00
    bool contactAbsent = false; // while set, escalations and reminders go to the backup
    int internalSlaHours = 8;   // working hours of the department to answer an escalation

    // Who gets an escalation now: the backup while the contact person is absent (and a backup exists).
    bool useBackup() const { return contactAbsent && !(backupName.isEmpty() && backupAddress.isEmpty()); }
    QString addresseeName() const { return useBackup() ? backupName : contactName; }
    QString addresseeAddress() const { return useBackup() ? backupAddress : contactAddress; }
};

// A case handed to a department with a question; webcare keeps the case and answers the customer.
struct Escalation {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 departmentId = 0;
    QString question;
    QString category;
    QString addresseeName; // who it was sent to (the backup while the contact person was absent)
    QString addresseeAddress;
    QString escalatedBy;
    QDateTime escalatedAt;
    QDateTime dueAt; // the department's internal SLA, in its working time
    QString answer;
    QString answeredBy;
    QDateTime answeredAt; // invalid while unanswered
    bool isAnswered() const { return answeredAt.isValid(); }
};

// A front-office promise to check on something ("payment promised, check on Friday").
struct FollowUp {
    qint64 id = 0;
    qint64 caseId = 0;
    QString note;
    QDateTime dueAt;
    QString createdBy;
    QDateTime createdAt;
    QDateTime doneAt; // invalid while open
    QString doneBy;
};

// A connected platform account of the team (the credentials live in the system keychain, keyed by id).
struct Account {
    enum class Status { Active, NeedsReconnect, Paused };
    qint64 id = 0;
    Channel channel = Channel::X;
    QString name;           // shown to agents, e.g. "@DuinzichtHelpt"
    QString baseUrl;        // API root: https://api.x.com, a Mastodon instance, https://graph.facebook.com, a forum
    QString platformUserId; // the account's own id on the platform (X user id, Mastodon account id, Page id, username)
    QString handle;
    Status status = Status::Active;
    int pollSeconds = 60;
    QDateTime lastSyncAt;
    QDateTime nextSyncAt;
    QString lastError;  // translated sentence of the last failure, empty when the last sync succeeded
    int rateLimit = -1; // -1: unknown
    int rateRemaining = -1;
    QDateTime rateResetAt;
    // Brand keywords watched besides the account's mentions (X recent search, Discourse search). No keywords: no
    // search stream.
    QStringList searchTerms;
};

struct AuditEvent {
    qint64 id = 0;
    qint64 caseId = 0; // 0 for events not about one case
    QString actor;     // agent login or "system"
    QString action;    // stable key, e.g. "case.state", "post.imported"
    QString detail;
    QDateTime at;
};

} // namespace webcare::domain
