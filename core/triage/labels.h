// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

// What an agent decides for a post, and why it needs (or does not need) an answer.
namespace webcare::triage {

enum class Decision { Reply, NoAction };

// OwnReply is not one of the agent's choices: it marks what the team's own accounts wrote, so that the model
// learns to recognise them and never suggests answering ourselves.
enum class Category { Question, Complaint, Compliment, Remark, CheckIn, CampaignOpinion, EmployeePost, Spam, OwnReply };

inline constexpr std::array<Category, 9> allCategories{
    Category::Question,        Category::Complaint,    Category::Compliment, Category::Remark,  Category::CheckIn,
    Category::CampaignOpinion, Category::EmployeePost, Category::Spam,       Category::OwnReply};
inline constexpr std::array<Decision, 2> allDecisions{Decision::Reply, Decision::NoAction};

// Stable keys, as stored in the case store and printed by `webcaredesk triage`: "reply" / "no_action" and
// "question", "complaint", "compliment", "remark", "check_in", "campaign_opinion", "employee_post", "spam",
// "own_reply" (the keys of tests/data/demo-labels.json).
QString decisionKey(Decision decision);
std::optional<Decision> decisionFromKey(QStringView key);
QString categoryKey(Category category);
std::optional<Category> categoryFromKey(QStringView key);

QString decisionDisplayName(Decision decision);
QString categoryDisplayName(Category category);

// What a category needs when nothing else is known: questions and complaints are answered, the rest is not.
Decision defaultDecision(Category category);

} // namespace webcare::triage
