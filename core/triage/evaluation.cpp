// SPDX-License-Identifier: MIT
#include "evaluation.h"

#include "ingest/importer.h"
#include "ingest/payload.h"
#include "store/accountrepository.h"

#include <QFile>
#include <QHash>
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
        const QString org = QJsonDocument::fromJson(line).object().value(QLatin1String("org")).toString();
        out << LabelledPost{in->id, org, in->post, *in->decision, *in->category};
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

QMap<QString, TeamSettings> organisationsFromJson(const QByteArray &json)
{
    QMap<QString, TeamSettings> out;
    const QJsonObject orgs = QJsonDocument::fromJson(json).object().value(QLatin1String("orgs")).toObject();
    for (auto it = orgs.begin(); it != orgs.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        TeamSettings t;
        for (const QJsonValue &a : o.value(QLatin1String("own_accounts")).toArray())
            t.ownHandles << a.toObject().value(QLatin1String("handle")).toString();
        for (const QJsonValue &v : o.value(QLatin1String("brand")).toArray())
            t.brandTerms << v.toString();
        for (const QJsonValue &v : o.value(QLatin1String("campaign")).toArray())
            t.campaignTerms << (v.isObject() ? v.toObject().value(QLatin1String("term")).toString() : v.toString());
        for (const QJsonValue &v : o.value(QLatin1String("employees")).toArray())
            t.employees << v.toString();
        out.insert(it.key(), t);
    }
    return out;
}

namespace {

// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

TwcsSet twcsAnsweredFirstTweets(const QByteArray &csv)
{
    // tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id
    const QList<QStringList> rows = csvRows(QString::fromUtf8(csv));
    QHash<QString, QStringList> byId;
    for (const QStringList &r : rows) {
        if (r.size() == 7 && r.at(0) != QLatin1String("tweet_id"))
            byId.insert(r.at(0), r);
    }
    TwcsSet set;
    QSet<QString> brands;
    for (const QStringList &r : rows) {
        if (r.size() != 7 || r.at(2) != QLatin1String("True") || !r.at(6).isEmpty() || r.at(5).isEmpty())
            continue;
        QString brand;
        for (const QString &id : r.at(5).split(u',')) {
            const QStringList answer = byId.value(id.trimmed());
            if (answer.size() == 7 && answer.at(2) == QLatin1String("False"))
                brand = answer.at(1);
        }
        if (brand.isEmpty() || !r.at(4).contains(QLatin1Char('@') + brand, Qt::CaseInsensitive))
            continue;
        brands.insert(brand);
        LabelledPost l;
        l.id = r.at(0);
        l.post.text = r.at(4);
        l.post.author = r.at(1);
        l.post.channel = domain::Channel::X;
        l.decision = Decision::Reply;
        l.category = Category::Question; // not labelled: only the decision is measured
        set.posts << l;
    }
    set.brands = QStringList(brands.cbegin(), brands.cend());
    set.brands.sort();
    return set;
}

void EvaluationReport::add(const EvaluationReport &other)
{
    for (auto it = other.categories.cbegin(); it != other.categories.cend(); ++it) {
        categories[it.key()].truePositives += it->truePositives;
        categories[it.key()].falsePositives += it->falsePositives;
        categories[it.key()].falseNegatives += it->falseNegatives;
    }
    for (auto it = other.decisions.cbegin(); it != other.decisions.cend(); ++it) {
        decisions[it.key()].truePositives += it->truePositives;
        decisions[it.key()].falsePositives += it->falsePositives;
        decisions[it.key()].falseNegatives += it->falseNegatives;
    }
    for (auto it = other.sources.cbegin(); it != other.sources.cend(); ++it)
        sources[it.key()] += it.value();
    posts += other.posts;
    categoryCorrect += other.categoryCorrect;
    decisionCorrect += other.decisionCorrect;
}

EvaluationReport evaluate(const Triager &triager, const QList<LabelledPost> &posts)
{
    return evaluate([&triager](const LabelledPost &l) { return triager.suggest(l.post); }, posts);
}

EvaluationReport evaluate(const std::function<Suggestion(const LabelledPost &)> &suggest,
                          const QList<LabelledPost> &posts)
{
    EvaluationReport r;
    for (const LabelledPost &l : posts) {
        const Suggestion s = suggest(l);
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
