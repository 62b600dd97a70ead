// SPDX-License-Identifier: MIT
#include "states.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace webcare::domain {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, const char *>, N> &table, QStringView key)
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QString toKey(const std::array<std::pair<Enum, const char *>, N> &table, Enum e)
{
    for (const auto &[value, name] : table) {
        if (value == e)
            return QLatin1String(name);
    }
    return {};
}

constexpr std::array<std::pair<CaseState, const char *>, 5> caseStateKeys{{
    {CaseState::New, "new"},
    {CaseState::NeedsReply, "needs_reply"},
    {CaseState::NoAction, "no_action"},
    {CaseState::WaitingOnDepartment, "waiting_on_department"},
    {CaseState::Resolved, "resolved"},
}};

constexpr std::array<std::pair<ReplyState, const char *>, 9> replyStateKeys{{
    {ReplyState::Draft, "draft"},
    {ReplyState::Approved, "approved"},
    {ReplyState::Sending, "sending"},
    {ReplyState::Sent, "sent"},
    {ReplyState::Failed, "failed"},
    {ReplyState::Unknown, "unknown"},
    {ReplyState::Captured, "captured"},
    {ReplyState::AwaitingApproval, "awaiting_approval"},
    {ReplyState::SentBack, "sent_back"},
}};

} // namespace

QString caseStateKey(CaseState state) { return toKey(caseStateKeys, state); }
std::optional<CaseState> caseStateFromKey(QStringView key) { return fromKey(caseStateKeys, key); }

QString caseStateDisplayName(CaseState state)
{
    switch (state) {
    case CaseState::New:
        return QCoreApplication::translate("CaseState", "New");
    case CaseState::NeedsReply:
        return QCoreApplication::translate("CaseState", "Needs reply");
    case CaseState::NoAction:
        return QCoreApplication::translate("CaseState", "No action");
    case CaseState::WaitingOnDepartment:
        return QCoreApplication::translate("CaseState", "Waiting on department");
    case CaseState::Resolved:
        return QCoreApplication::translate("CaseState", "Resolved");
    }
    return {};
}

bool isOpen(CaseState state) { return state != CaseState::NoAction && state != CaseState::Resolved; }

QString replyStateKey(ReplyState state) { return toKey(replyStateKeys, state); }
std::optional<ReplyState> replyStateFromKey(QStringView key) { return fromKey(replyStateKeys, key); }

QString replyStateDisplayName(ReplyState state)
{
    switch (state) {
    case ReplyState::Draft:
        return QCoreApplication::translate("ReplyState", "Draft");
    case ReplyState::Approved:
        return QCoreApplication::translate("ReplyState", "Approved");
    case ReplyState::Sending:
        return QCoreApplication::translate("ReplyState", "Sending");
    case ReplyState::Sent:
        return QCoreApplication::translate("ReplyState", "Sent");
    case ReplyState::Failed:
        return QCoreApplication::translate("ReplyState", "Failed");
    case ReplyState::Unknown:
        return QCoreApplication::translate("ReplyState", "Unknown, being checked");
    case ReplyState::Captured:
        return QCoreApplication::translate("ReplyState", "Kept in training, not sent");
    case ReplyState::AwaitingApproval:
        return QCoreApplication::translate("ReplyState", "Awaiting approval");
    case ReplyState::SentBack:
        return QCoreApplication::translate("ReplyState", "Sent back");
    }
    return {};
}

QString priorityDisplayName(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QCoreApplication::translate("Priority", "Low");
    case Priority::Normal:
        return QCoreApplication::translate("Priority", "Normal");
    case Priority::High:
        return QCoreApplication::translate("Priority", "High");
    case Priority::Urgent:
        return QCoreApplication::translate("Priority", "Urgent");
    }
    return {};
}

} // namespace webcare::domain
