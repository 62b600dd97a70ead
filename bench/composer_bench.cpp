// SPDX-License-Identifier: MIT
// Time of one run of the composer's tone-of-voice checks, as after a pause in typing. Usage: composer_bench [ROUNDS]
// Prints the median and the 99th percentile per draft, without spelling, with spelling on a cold cache (the first
// check of a draft: Hunspell asked for every word and suggestions for the misspelled ones) and on a warm cache (the
// agent typed one more letter).
#include "composer/spelling.h"
#include "composer/tonecheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace webcare;
using namespace webcare::composer;

namespace {

struct Figures {
    double medianMs = 0;
    double p99Ms = 0;
};

template <typename F> Figures measure(int rounds, F &&run)
{
    QList<qint64> ns;
    ns.reserve(rounds);
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        run(i);
        ns.append(t.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    return {double(ns.at(ns.size() / 2)) / 1e6,
            double(ns.at(std::min<qsizetype>(ns.size() - 1, ns.size() * 99 / 100))) / 1e6};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 2000;
    QTextStream out(stdout);

    // A typical X reply with a few things wrong, and a long forum answer.
    const QString reply = QStringLiteral(
        "Hoi Anna, wat vervelend dat de storm je dak heeft beschadigd! Kunt u foto's maken en de schade melden via "
        "https://duinzicht.example/storm? @DuinzichtHelpt kijkt dan gezelig met je mee 😊 ^JB");
    QString forum;
    while (forum.size() < 3000)
        forum += QStringLiteral("Volgens de voorwaarden is schade door een lekkage verzekerd als die plotseling en "
                                "onvoorzien is. Slijtage valt er niet onder; meld het via het formulier. ");
    forum += QStringLiteral("^JB");

    CheckContext context;
    context.signature = QStringLiteral("^JB");
    context.customerName = QStringLiteral("Anna");
    context.complaint = true;
    context.approvedSources = {QStringLiteral("https://duinzicht.example/voorwaarden")};

    QElapsedTimer load;
    load.start();
    const Speller speller;
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    out << "Hunspell dictionaries loaded: " << speller.languages().join(QStringLiteral(", ")) << " in "
        << QString::number(loadMs, 'f', 0) << " ms" << Qt::endl;
    out << "| draft | spelling | median ms | p99 ms |" << Qt::endl << "|---|---|---|---|" << Qt::endl;

    auto row = [&](const QString &name, const QString &text, const Speller *s, bool cold, bool suggest = true) {
        CheckContext c = context;
        c.spellingSuggestions = suggest;
        c.channel = text.size() > 1000 ? domain::Channel::Discourse : domain::Channel::X;
        c.speller = s;
        int sink = 0;
        const int n = cold ? std::min(rounds, 200) : rounds;
        const Figures f = measure(n, [&](int i) {
            // Cold: a word Hunspell has not seen in every round, misspelled, so suggestions are computed too.
            QString word = QStringLiteral(" verzekerin");
            for (int k = i + 1 + (suggest ? 0 : 100000); k > 0; k /= 26)
                word += QChar(u'a' + k % 26);
            const QString draft = cold ? text + word : text;
            sink += int(check(draft, c).size());
        });
        out << "| " << name << " (" << text.size() << " UTF-16 units) | "
            << (s ? (cold ? QStringLiteral("cold cache") : QStringLiteral("warm cache")) +
                        (suggest ? QString() : QStringLiteral(", suggestions only from the cache"))
                  : QStringLiteral("off"))
            << " | " << QString::number(f.medianMs, 'f', 3) << " | " << QString::number(f.p99Ms, 'f', 3) << " |"
            << Qt::endl;
        return sink;
    };
    row(QStringLiteral("X reply"), reply, nullptr, false);
    row(QStringLiteral("X reply"), reply, &speller, false);
    row(QStringLiteral("X reply"), reply, &speller, true);
    row(QStringLiteral("X reply"), reply, &speller, true, false);
    row(QStringLiteral("forum answer"), forum, nullptr, false);
    row(QStringLiteral("forum answer"), forum, &speller, false);
    return 0;
}
