// SPDX-License-Identifier: MIT
#include "triager.h"

#include "tokenizer.h"

#include <QCoreApplication>

namespace webcare::triage {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Triage)
};

QStringList categoryLabels()
{
    QStringList out;
    for (Category c : allCategories)
        out << categoryLabel(c);
    return out;
}

QStringList decisionLabels()
{
    QStringList out;
    for (Decision d : allDecisions)
        out << decisionLabel(d);
    return out;
}

QString percent(double p) { return QString::number(qRound(p * 100)); }

} // namespace

QString categoryLabel(Category category) { return QStringLiteral("category:") + categoryKey(category); }
QString decisionLabel(Decision decision) { return QStringLiteral("decision:") + decisionKey(decision); }

QString sourceKey(Suggestion::Source source)
{
    switch (source) {
    case Suggestion::Source::Rules:
        return QStringLiteral("rules");
    case Suggestion::Source::Model:
        return QStringLiteral("model");
    case Suggestion::Source::RulesGuess:
        return QStringLiteral("rules_guess");
    }
    return {};
}

Triager::Triager(TeamSettings settings, Options options)
    : m_settings(std::move(settings))
    , m_options(options)
    , m_categories(categoryLabels())
    , m_decisions(decisionLabels())
{
    m_categories.setUniformPrior(m_options.uniformPrior);
    m_decisions.setUniformPrior(m_options.uniformPrior);
}

QStringList Triager::featuresOf(const PostInput &post) const
{
    QStringList f = features(post.text);
    if (m_options.distinctFeatures)
        f.removeDuplicates();
    return f;
}

void Triager::addCounts(const ModelCounts &counts)
{
    m_categories.add(counts);
    m_decisions.add(counts);
}

ModelCounts Triager::countsFor(const PostInput &post, Decision decision, Category category) const
{
    const QStringList f = featuresOf(post);
    ModelCounts d = NaiveBayes::delta(categoryLabel(category), f);
    d.insert(decisionLabel(decision), NaiveBayes::delta(decisionLabel(decision), f).value(decisionLabel(decision)));
    return d;
}

ModelCounts Triager::learn(const PostInput &post, Decision decision, Category category)
{
    const ModelCounts d = countsFor(post, decision, category);
    addCounts(d);
    return d;
}

bool needsCheck(const Suggestion &suggestion, double threshold)
{
    return suggestion.source == Suggestion::Source::RulesGuess || suggestion.confidence < threshold;
}

Suggestion Triager::suggest(const PostInput &post) const
{
    const RuleVerdict rules = applyRules(post, m_settings);
    Suggestion s;
    s.category = rules.category;
    s.decision = rules.decision;
    if (rules.strength == Strength::Strong) {
        s.source = Suggestion::Source::Rules;
        s.confidence = 0.9;
        s.reason = rules.reason;
        return s;
    }

    const QStringList f = featuresOf(post);
    if (m_categories.documents() >= m_options.minimumDecisions) {
        const NaiveBayes::Prediction category = m_categories.predict(f);
        const auto learned = categoryFromKey(QStringView(category.label).mid(9));
        if (learned && category.probability >= m_options.confidentCategory) {
            s.source = Suggestion::Source::Model;
            s.category = *learned;
            s.confidence = category.probability;
            const NaiveBayes::Prediction decision = m_decisions.predict(f);
            const auto learnedDecision = decisionFromKey(QStringView(decision.label).mid(9));
            if (*learned == Category::Question || *learned == Category::Complaint)
                s.decision = rules.communityQuestion ? Decision::NoAction : Decision::Reply; // asked of us: answered
            else if (learnedDecision && decision.probability >= m_options.confidentDecision)
                s.decision = *learnedDecision;
            else if (*learned == rules.category)
                s.decision = rules.decision; // the rules know whether a question was put to us
            else if (*learned == Category::Question && rules.communityQuestion)
                s.decision = Decision::NoAction;
            else
                s.decision = defaultDecision(*learned);
            // Missing a customer who needs an answer costs more than a second look: when a rule saw a question or
            // a complaint, the model may change the category but does not silence it.
            if (rules.decision == Decision::Reply &&
                !(learnedDecision && decision.probability >= m_options.confidentDecision))
                s.decision = Decision::Reply;
            s.reason = Text::tr("learned from the team's decisions: %1 (%2% sure); the rules alone said: %3")
                           .arg(categoryDisplayName(*learned).toLower(), percent(category.probability), rules.reason);
            return s;
        }
        s.confidence = category.posterior.value(categoryLabel(rules.category));
    } else {
        s.confidence = 0.5;
    }
    s.source = Suggestion::Source::RulesGuess;
    s.reason = Text::tr("%1 (a guess from the rules; the model is not sure yet)").arg(rules.reason);
    return s;
}

} // namespace webcare::triage
