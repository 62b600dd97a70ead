// SPDX-License-Identifier: MIT
#include "labels.h"

#include <QCoreApplication>
#include <utility>

namespace webcare::triage {

namespace {

constexpr std::array<std::pair<Category, const char *>, 9> categoryKeys{{
    {Category::Question, "question"},
    {Category::Complaint, "complaint"},
    {Category::Compliment, "compliment"},
    {Category::Remark, "remark"},
    {Category::CheckIn, "check_in"},
    {Category::CampaignOpinion, "campaign_opinion"},
    {Category::EmployeePost, "employee_post"},
    {Category::Spam, "spam"},
    {Category::OwnReply, "own_reply"},
}};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TriageLabel)
};

} // namespace

QString decisionKey(Decision decision)
{
    return decision == Decision::Reply ? QStringLiteral("reply") : QStringLiteral("no_action");
}

std::optional<Decision> decisionFromKey(QStringView key)
{
    if (key == QLatin1String("reply"))
        return Decision::Reply;
    if (key == QLatin1String("no_action"))
        return Decision::NoAction;
    return std::nullopt;
}

QString categoryKey(Category category)
{
    for (const auto &[value, name] : categoryKeys) {
        if (value == category)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Category> categoryFromKey(QStringView key)
{
    for (const auto &[value, name] : categoryKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString decisionDisplayName(Decision decision)
{
    return decision == Decision::Reply ? Text::tr("Reply") : Text::tr("No action");
}

QString categoryDisplayName(Category category)
{
    switch (category) {
    case Category::Question:
        return Text::tr("Question");
    case Category::Complaint:
        return Text::tr("Complaint");
    case Category::Compliment:
        return Text::tr("Compliment");
    case Category::Remark:
        return Text::tr("Remark");
    case Category::CheckIn:
        return Text::tr("Check-in");
    case Category::CampaignOpinion:
        return Text::tr("Opinion on a campaign");
    case Category::EmployeePost:
        return Text::tr("Employee post");
    case Category::Spam:
        return Text::tr("Spam");
    case Category::OwnReply:
        return Text::tr("Our own post");
    }
    return {};
}

Decision defaultDecision(Category category)
{
    return category == Category::Question || category == Category::Complaint ? Decision::Reply : Decision::NoAction;
}

} // namespace webcare::triage
