// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace webcare::triage {

// Counts as the case store keeps them: label → feature → count. The feature "" holds the label's number of
// documents. Labels carry the model's name as a prefix ("category:question", "decision:reply").
using ModelCounts = QHash<QString, QHash<QString, qint64>>;

// Multinomial naive Bayes with Laplace (add-one) smoothing. Learning only adds counts, so one agent's decision
// updates the model at once and the same delta can be added to the shared counts in the store: no retraining.
class NaiveBayes final {
public:
    // The labels are fixed up front: a label nobody has used yet still takes part with its smoothed prior, so a
    // model that has only ever seen one label does not claim every post for it.
    explicit NaiveBayes(QStringList labels);

    // A uniform prior instead of the labels' share of decisions: what the team saw most last week (a campaign) should
    // not be the default for everything this week.
    void setUniformPrior(bool uniform) { m_uniformPrior = uniform; }

    void learn(const QString &label, const QStringList &features, qint64 weight = 1);
    // Adds stored counts (for this model's labels; others are ignored).
    void add(const ModelCounts &counts);
    // The counts one learn() call adds, to be stored.
    static ModelCounts delta(const QString &label, const QStringList &features, qint64 weight = 1);

    struct Prediction {
        QString label;
        double probability = 0; // posterior of `label`
        QHash<QString, double> posterior;
    };
    Prediction predict(const QStringList &features) const;

    qint64 documents() const { return m_documents; }
    const QStringList &labels() const { return m_labels; }

private:
    QStringList m_labels;
    QHash<QString, qint64> m_docs;                   // label → documents
    QHash<QString, qint64> m_totals;                 // label → feature occurrences
    QHash<QString, QHash<QString, qint64>> m_counts; // label → feature → occurrences
    QHash<QString, qint64> m_vocabulary;             // feature → occurrences over all labels
    qint64 m_documents = 0;
    bool m_uniformPrior = false;
};

} // namespace webcare::triage
