// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace webcare::domain {

// The life of a case (one conversation with one customer).
enum class CaseState { New, NeedsReply, NoAction, WaitingOnDepartment, Resolved };
// The life of a reply; Unknown means a send was interrupted and must be reconciled before any retry. Captured: written
// in a training store, kept for review and never sent (no request is ever made for it).
// Four-eyes: AwaitingApproval waits for a supervisor, who approves it (Approved: into the outbox) or sends it back
// with a comment (SentBack: the agent edits and submits again).
enum class ReplyState { Draft, Approved, Sending, Sent, Failed, Unknown, Captured, AwaitingApproval, SentBack };
enum class Priority { Low = 0, Normal = 1, High = 2, Urgent = 3 };

QString caseStateKey(CaseState state);
std::optional<CaseState> caseStateFromKey(QStringView key);
QString caseStateDisplayName(CaseState state);
// Open cases still need someone's attention; NoAction and Resolved are closed.
bool isOpen(CaseState state);

QString replyStateKey(ReplyState state);
std::optional<ReplyState> replyStateFromKey(QStringView key);
QString replyStateDisplayName(ReplyState state);

QString priorityDisplayName(Priority priority);

} // namespace webcare::domain
