// SPDX-License-Identifier: MIT
#pragma once

#include "postline.h"
#include "triager.h"

#include <QList>
#include <QMap>
#include <functional>

// Measuring triage on labelled posts: the demo feed with tests/data/demo-labels.json for training, a held-out set
// (tests/data/triage-heldout.jsonl) for precision and recall. Used by bench/triage_eval and the tests.
namespace webcare::triage {

struct LabelledPost {
    QString id;
    QString org; // the organisation of a multi-team set ("org" of the line), empty otherwise
    PostInput post;
    Decision decision = Decision::NoAction;
    Category category = Category::Remark;
};

// The bundled demo feed with its labels (keys "<channel>:<platform id>"); posts of the demo's own accounts are
// marked as ours. An error names the first post without a label or a payload that does not parse.
Expected<QList<LabelledPost>, QString> demoFeedLabelled(const QByteArray &labelsJson);
// JSON lines in the `webcaredesk triage` format with "decision" and "category" on every line.
Expected<QList<LabelledPost>, QString> readLabelledLines(const QByteArray &jsonLines);

struct ClassScore {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int support() const { return truePositives + falseNegatives; }
    double precision() const;
    double recall() const;
};

struct EvaluationReport {
    QMap<Category, ClassScore> categories;
    QMap<Decision, ClassScore> decisions;
    QMap<Suggestion::Source, int> sources;
    int posts = 0;
    int categoryCorrect = 0;
    int decisionCorrect = 0;
    QString markdown() const;                // the table for docs/triage.md
    void add(const EvaluationReport &other); // sums, e.g. over folds or teams
};

// Team settings from JSON: {"own": [...], "brand": [...], "campaign": [...], "employee": [...]}.
TeamSettings teamSettingsFromJson(const QByteArray &json);
// The teams of a multi-team set: {"orgs": {"key": {"own_accounts": [{"channel", "handle"}], "brand": [...],
// "campaign": [{"term"}], "employees": [...]}}} (tests/data/triage-heldout-orgs.json).
QMap<QString, TeamSettings> organisationsFromJson(const QByteArray &json);

// Customer Support on Twitter (twcs, test material only): the first tweets of threads that a brand's support
// account answered and that name that account, all of them `reply`; `brands` are the answering accounts.
struct TwcsSet {
    QList<LabelledPost> posts;
    QStringList brands;
};
TwcsSet twcsAnsweredFirstTweets(const QByteArray &csv);

EvaluationReport evaluate(const Triager &triager, const QList<LabelledPost> &posts);
EvaluationReport evaluate(const std::function<Suggestion(const LabelledPost &)> &suggest,
                          const QList<LabelledPost> &posts);

} // namespace webcare::triage
