// SPDX-License-Identifier: MIT
// Measures triage on the held-out labelled set: rules alone, then rules plus the model trained on the labelled demo
// feed. Prints the Markdown tables of docs/triage.md. Usage:
//   triage_eval [SOURCE_DIR] [--errors] [--cv] [--threshold P] [--counted-prior] [--repeated-features]
// --cv also prints a 5-fold cross-validation on the demo feed alone: the options were chosen on that, never on the
// held-out set.
#include "triage/evaluation.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace webcare;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read " << path << Qt::endl;
        std::exit(2);
    }
    return f.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool errors = args.removeAll(QStringLiteral("--errors")) > 0;
    const bool crossValidate = args.removeAll(QStringLiteral("--cv")) > 0;
    triage::Triager::Options options;
    if (args.removeAll(QStringLiteral("--counted-prior")) > 0)
        options.uniformPrior = false;
    if (args.removeAll(QStringLiteral("--repeated-features")) > 0)
        options.distinctFeatures = false;
    if (const qsizetype t = args.indexOf(QStringLiteral("--threshold")); t >= 0 && t + 1 < args.size()) {
        options.confidentCategory = args.at(t + 1).toDouble();
        args.remove(t, 2);
    }
    const QString root = args.isEmpty() ? QStringLiteral(WEBCARE_SOURCE_DIR) : args.first();
    QTextStream out(stdout);

    const triage::TeamSettings team =
        triage::teamSettingsFromJson(read(root + QStringLiteral("/resources/demo/triage-team.json")));
    auto train = triage::demoFeedLabelled(read(root + QStringLiteral("/tests/data/demo-labels.json")));
    auto heldOut = triage::readLabelledLines(read(root + QStringLiteral("/tests/data/triage-heldout.jsonl")));
    if (!train || !heldOut) {
        QTextStream(stderr) << (train ? heldOut.error() : train.error()) << Qt::endl;
        return 1;
    }

    if (crossValidate) {
        // Five folds of the demo feed: train on four, measure on the fifth, summed over the folds.
        QList<triage::LabelledPost> all;
        triage::EvaluationReport sum;
        for (int fold = 0; fold < 5; ++fold) {
            triage::Triager t(team, options);
            QList<triage::LabelledPost> test;
            for (qsizetype i = 0; i < train->size(); ++i) {
                if (i % 5 == fold)
                    test << train->at(i);
                else
                    t.learn(train->at(i).post, train->at(i).decision, train->at(i).category);
            }
            const triage::EvaluationReport r = triage::evaluate(t, test);
            for (auto it = r.categories.cbegin(); it != r.categories.cend(); ++it) {
                sum.categories[it.key()].truePositives += it->truePositives;
                sum.categories[it.key()].falsePositives += it->falsePositives;
                sum.categories[it.key()].falseNegatives += it->falseNegatives;
            }
            for (auto it = r.decisions.cbegin(); it != r.decisions.cend(); ++it) {
                sum.decisions[it.key()].truePositives += it->truePositives;
                sum.decisions[it.key()].falsePositives += it->falsePositives;
                sum.decisions[it.key()].falseNegatives += it->falseNegatives;
            }
            for (auto it = r.sources.cbegin(); it != r.sources.cend(); ++it)
                sum.sources[it.key()] += it.value();
            sum.posts += r.posts;
            sum.categoryCorrect += r.categoryCorrect;
            sum.decisionCorrect += r.decisionCorrect;
        }
        out << "## Cross-validation on the demo feed (5 folds)\n\n" << sum.markdown() << "\n";
    }

    triage::Triager rulesOnly(team, options);
    out << "## Rules alone (no decisions learned)\n\n" << triage::evaluate(rulesOnly, *heldOut).markdown() << "\n";

    triage::Triager trained(team, options);
    for (const triage::LabelledPost &l : std::as_const(*train))
        trained.learn(l.post, l.decision, l.category);
    out << "## Rules and model, trained on the " << train->size() << " labelled demo posts\n\n"
        << triage::evaluate(trained, *heldOut).markdown();

    if (errors) {
        out << "\n## Misses\n\n";
        for (const triage::LabelledPost &l : std::as_const(*heldOut)) {
            const triage::Suggestion s = trained.suggest(l.post);
            if (s.category != l.category || s.decision != l.decision)
                out << l.id << " want " << triage::categoryKey(l.category) << "/" << triage::decisionKey(l.decision)
                    << " got " << triage::categoryKey(s.category) << "/" << triage::decisionKey(s.decision) << " ["
                    << triage::sourceKey(s.source) << "] " << s.reason << "\n    " << l.post.text << "\n";
        }
    }
    return 0;
}
