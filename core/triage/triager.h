// SPDX-License-Identifier: MIT
#pragma once

#include "labels.h"
#include "naivebayes.h"
#include "rules.h"

namespace webcare::triage {

struct Suggestion {
    enum class Source {
        Rules,     // a strong rule decided
        Model,     // the model learned from the team's decisions was confident
        RulesGuess // neither: the rules' weak guess
    };
    Decision decision = Decision::NoAction;
    Category category = Category::Remark;
    double confidence = 0; // 0..1: the model's posterior, or a fixed figure for rules
    Source source = Source::RulesGuess;
    QString reason; // translated, says which of rules and model decided and why
};
QString sourceKey(Suggestion::Source source); // "rules", "model", "rules_guess"
// A suggestion an agent should look at before taking it: a weak guess of the rules, or a model below `threshold`.
// The case view marks it "check this".
bool needsCheck(const Suggestion &suggestion, double threshold = 0.8);

// The defaults were chosen by 5-fold cross-validation on the labelled demo feed (bench/triage_eval --cv), never on
// the held-out set; see docs/triage.md.
struct TriageOptions {
    double confidentCategory = 0.95; // below this the model's category is not taken (naive Bayes is overconfident)
    double confidentDecision = 0.9;  // below this the decision follows the category
    qint64 minimumDecisions = 3;     // a model that learned fewer decisions is not asked
    bool uniformPrior = true;        // see NaiveBayes::setUniformPrior
    bool distinctFeatures = true;    // count a feature once per post: short posts, repeated words say little more
};

// Rules plus a classifier that learns from the team's own decisions. Strong rules win; otherwise the model when it
// is confident; otherwise the rules' guess. Learning adds counts: one decision updates the model at once.
class Triager final {
public:
    using Options = TriageOptions;
    explicit Triager(TeamSettings settings = {}, Options options = {});
    const Options &options() const { return m_options; }

    const TeamSettings &settings() const { return m_settings; }
    void setSettings(TeamSettings settings) { m_settings = std::move(settings); }

    // Adds counts loaded from the case store (both models' labels in one map).
    void addCounts(const ModelCounts &counts);
    // Learns one decision and returns the counts it added, for CaseStore::recordTriageDecision.
    ModelCounts learn(const PostInput &post, Decision decision, Category category);
    // The counts learn() would add, without learning.
    ModelCounts countsFor(const PostInput &post, Decision decision, Category category) const;

    Suggestion suggest(const PostInput &post) const;

    qint64 decisionsLearned() const { return m_categories.documents(); }

private:
    QStringList featuresOf(const PostInput &post) const;
    TeamSettings m_settings;
    Options m_options;
    NaiveBayes m_categories;
    NaiveBayes m_decisions;
};

// Model labels as stored: "category:<key>" and "decision:<key>".
QString categoryLabel(Category category);
QString decisionLabel(Decision decision);

} // namespace webcare::triage
