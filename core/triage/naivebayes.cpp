// SPDX-License-Identifier: MIT
#include "naivebayes.h"

#include <algorithm>
#include <cmath>

namespace webcare::triage {

NaiveBayes::NaiveBayes(QStringList labels)
    : m_labels(std::move(labels))
{}

ModelCounts NaiveBayes::delta(const QString &label, const QStringList &features, qint64 weight)
{
    ModelCounts d;
    QHash<QString, qint64> &row = d[label];
    row[QString()] += weight;
    for (const QString &f : features) {
        if (!f.isEmpty())
            row[f] += weight;
    }
    return d;
}

void NaiveBayes::learn(const QString &label, const QStringList &features, qint64 weight)
{
    add(delta(label, features, weight));
}

void NaiveBayes::add(const ModelCounts &counts)
{
    for (auto row = counts.cbegin(); row != counts.cend(); ++row) {
        const QString &label = row.key();
        if (!m_labels.contains(label))
            continue;
        QHash<QString, qint64> &mine = m_counts[label];
        for (auto f = row.value().cbegin(); f != row.value().cend(); ++f) {
            if (f.key().isEmpty()) {
                m_docs[label] += f.value();
                m_documents += f.value();
                continue;
            }
            mine[f.key()] += f.value();
            m_totals[label] += f.value();
            m_vocabulary[f.key()] += f.value();
        }
    }
}

NaiveBayes::Prediction NaiveBayes::predict(const QStringList &features) const
{
    Prediction p;
    if (m_labels.isEmpty())
        return p;
    const double vocabulary = double(std::max<qsizetype>(1, m_vocabulary.size()));
    const double labelCount = double(m_labels.size());
    QList<double> logs;
    for (const QString &label : m_labels) {
        double score =
            m_uniformPrior ? 0.0 : std::log((double(m_docs.value(label)) + 1.0) / (double(m_documents) + labelCount));
        static const QHash<QString, qint64> none;
        const auto found = m_counts.constFind(label);
        const QHash<QString, qint64> &counts = found == m_counts.cend() ? none : found.value();
        const double denominator = double(m_totals.value(label)) + vocabulary;
        for (const QString &f : features) {
            // A feature no decision ever contained says nothing about any label.
            if (!m_vocabulary.contains(f))
                continue;
            score += std::log((double(counts.value(f)) + 1.0) / denominator);
        }
        logs << score;
    }
    const double top = *std::max_element(logs.cbegin(), logs.cend());
    double sum = 0;
    for (double &l : logs) {
        l = std::exp(l - top);
        sum += l;
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const double probability = logs.at(i) / sum;
        p.posterior.insert(m_labels.at(i), probability);
        if (probability > p.probability) {
            p.probability = probability;
            p.label = m_labels.at(i);
        }
    }
    return p;
}

} // namespace webcare::triage
