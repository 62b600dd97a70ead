// SPDX-License-Identifier: MIT
#include "evaluation.h"

#include "ingest/importer.h"
#include "ingest/payload.h"
#include "store/accountrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace webcare::triage {

namespace {

template <typename Key> void count(QMap<Key, ClassScore> &scores, Key truth, Key predicted)
{
    if (truth == predicted) {
        ++scores[truth].truePositives;
    } else {
        ++scores[truth].falseNegatives;
        ++scores[predicted].falsePositives;
    }
}

QString figure(double v) { return QString::number(v, 'f', 2); }

} // namespace

double ClassScore::precision() const
{
    const int predicted = truePositives + falsePositives;
    return predicted ? double(truePositives) / predicted : 0.0;
}

double ClassScore::recall() const { return support() ? double(truePositives) / support() : 0.0; }

Expected<QList<LabelledPost>, QString> demoFeedLabelled(const QByteArray &labelsJson)
{
    const QJsonObject labels = QJsonDocument::fromJson(labelsJson).object();
    if (labels.isEmpty())
        return unexpected(QStringLiteral("the labels are not a JSON object"));
    QSet<QString> own;
    for (const store::OwnAccount &a : ingest::demoOwnAccounts())
        own.insert(domain::channelKey(a.channel) + QLatin1Char(':') + a.platformId);
    QList<LabelledPost> out;
    for (const auto &[channel, path] : ingest::demoFeedFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return unexpected(QStringLiteral("cannot read %1").arg(path));
        auto parsed = ingest::parsePayload(channel, file.readAll(), path);
        if (!parsed)
            return unexpected(parsed.error().text());
        for (const domain::Post &p : std::as_const(parsed->posts)) {
            const QString key = domain::channelKey(channel) + QLatin1Char(':') + p.platformId;
            const QJsonObject label = labels.value(key).toObject();
            const auto decision = decisionFromKey(label.value(QLatin1String("decision")).toString());
            const auto category = categoryFromKey(label.value(QLatin1String("category")).toString());
            if (!decision || !category)
                return unexpected(QStringLiteral("no usable label for %1").arg(key));
            LabelledPost l;
            l.id = key;
            l.post = PostInput::from(p);
            l.post.channel = channel;
            l.post.fromOwnAccount = own.contains(domain::channelKey(channel) + QLatin1Char(':') + p.author.platformId);
            l.decision = *decision;
            l.category = *category;
            out << l;
        }
    }
    return out;
}

Expected<QList<LabelledPost>, QString> readLabelledLines(const QByteArray &jsonLines)
{
    QList<LabelledPost> out;
    int number = 0;
    for (const QByteArray &line : jsonLines.split('\n')) {
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        auto in = parseInputLine(line);
        if (!in)
            return unexpected(QStringLiteral("line %1: %2").arg(number).arg(in.error()));
        if (!in->decision || !in->category)
            return unexpected(QStringLiteral("line %1: no decision or category").arg(number));
        out << LabelledPost{in->id, in->post, *in->decision, *in->category};
    }
    return out;
}

TeamSettings teamSettingsFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto list = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    return TeamSettings{list("own"), list("brand"), list("campaign"), list("employee")};
}

EvaluationReport evaluate(const Triager &triager, const QList<LabelledPost> &posts)
{
    EvaluationReport r;
    for (const LabelledPost &l : posts) {
        const Suggestion s = triager.suggest(l.post);
        ++r.posts;
        ++r.sources[s.source];
        count(r.categories, l.category, s.category);
        count(r.decisions, l.decision, s.decision);
        r.categoryCorrect += l.category == s.category;
        r.decisionCorrect += l.decision == s.decision;
    }
    return r;
}

QString EvaluationReport::markdown() const
{
    QString out = QStringLiteral("| label | posts | suggested | precision | recall |\n|---|---:|---:|---:|---:|\n");
    auto row = [&out](const QString &name, const ClassScore &s) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(name)
                   .arg(s.support())
                   .arg(s.truePositives + s.falsePositives)
                   .arg(figure(s.precision()), figure(s.recall()));
    };
    for (Decision d : allDecisions)
        row(QStringLiteral("decision: ") + decisionKey(d), decisions.value(d));
    for (Category c : allCategories)
        row(categoryKey(c), categories.value(c));
    out += QStringLiteral("\nDecision accuracy %1 (%2 of %3), category accuracy %4 (%5 of %3). Decided by strong "
                          "rules: %6, by the model: %7, by the rules' guess: %8.\n")
               .arg(figure(posts ? double(decisionCorrect) / posts : 0))
               .arg(decisionCorrect)
               .arg(posts)
               .arg(figure(posts ? double(categoryCorrect) / posts : 0))
               .arg(categoryCorrect)
               .arg(sources.value(Suggestion::Source::Rules))
               .arg(sources.value(Suggestion::Source::Model))
               .arg(sources.value(Suggestion::Source::RulesGuess));
    return out;
}

} // namespace webcare::triage
