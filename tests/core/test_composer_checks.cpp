// SPDX-License-Identifier: MIT
#include "composer/spelling.h"
#include "composer/templates.h"
#include "composer/tonecheck.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <thread>

using namespace webcare;
using namespace webcare::composer;

namespace {

struct Reply {
    QString id;
    QString text;
    QSet<QString> expected;
    QString fixed; // empty: not given
    bool english = false;
    CheckContext context;
};

QList<Reply> loadReplies()
{
    const QJsonObject root =
        QJsonDocument::fromJson(test::repoFile(QStringLiteral("tests/data/composer-replies.json"))).object();
    QStringList sources;
    for (const QJsonValue &s : root.value(u"approvedSources"_qs).toArray())
        sources << s.toString();
    QList<Reply> replies;
    for (const QJsonValue &v : root.value(u"replies"_qs).toArray()) {
        const QJsonObject o = v.toObject();
        Reply r;
        r.id = o.value(u"id"_qs).toString();
        const QString unit = o.value(u"text"_qs).toString();
        for (int k = 0; k < o.value(u"repeat"_qs).toInt(1); ++k)
            r.text += unit;
        r.text += o.value(u"suffix"_qs).toString();
        for (const QJsonValue &e : o.value(u"expect"_qs).toArray())
            r.expected.insert(e.toString());
        r.fixed = o.value(u"fixed"_qs).toString();
        r.english = o.value(u"language"_qs).toString() == u"en";
        r.context.channel = *domain::channelFromKey(o.value(u"channel"_qs).toString(u"x"_qs));
        r.context.style = *addressStyleFromKey(o.value(u"style"_qs).toString(u"je"_qs));
        r.context.signature = o.value(u"signature"_qs).toString(u"^JB"_qs);
        r.context.signatureConvention =
            o.value(u"signatureOwnLine"_qs).toBool() ? SignatureConvention::OwnLine : SignatureConvention::EndOfText;
        r.context.customerName = o.value(u"name"_qs).toString();
        r.context.complaint = o.value(u"complaint"_qs).toBool();
        r.context.approvedSources = sources;
        replies.append(r);
    }
    return replies;
}

QSet<QString> rulesOf(const QList<Finding> &findings)
{
    QSet<QString> rules;
    for (const Finding &f : findings)
        rules.insert(f.rule);
    return rules;
}

std::string describe(const QString &text, const QList<Finding> &findings)
{
    QString s;
    for (const Finding &f : findings) {
        s += f.rule + u" [" + text.mid(f.start, f.length) + u"] " + f.message;
        if (f.fix)
            s += u" -> [" + f.fix->text + u']';
        s += u'\n';
    }
    return s.toStdString();
}

QString spanText(const QString &text, const Finding &f) { return text.mid(f.start, f.length); }

QList<Finding> ofRule(const QList<Finding> &findings, QStringView rule)
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.rule == rule)
            out << f;
    return out;
}

std::shared_ptr<Speller> dutchSpeller()
{
    static std::shared_ptr<Speller> speller = std::make_shared<Speller>();
    return speller;
}

} // namespace

TEST_CASE("Tone checks: every written reply gives exactly the expected rules", "[composer][tone]")
{
    const QList<Reply> replies = loadReplies();
    REQUIRE(replies.size() >= 60);
    int dutch = 0, english = 0;
    for (const Reply &r : replies) {
        const QList<Finding> findings = check(r.text, r.context);
        INFO(r.id.toStdString() << ": " << r.text.toStdString() << "\n" << describe(r.text, findings));
        CHECK(rulesOf(findings) == r.expected);
        for (const Finding &f : findings) {
            CHECK(f.start >= 0);
            CHECK(f.start + f.length <= r.text.size());
            CHECK(!f.message.isEmpty());
        }
        r.english ? ++english : ++dutch;
    }
    CHECK(english >= 8);
    CHECK(dutch >= 50);
}

TEST_CASE("Tone checks: each rule's fixes give a reply without findings of that rule", "[composer][tone]")
{
    int fixedRules = 0;
    for (const Reply &r : loadReplies()) {
        const QList<Finding> findings = check(r.text, r.context);
        INFO(r.id.toStdString() << ": " << r.text.toStdString() << "\n" << describe(r.text, findings));
        if (!r.fixed.isEmpty())
            CHECK(applyFixes(r.text, findings) == r.fixed);
        for (const QString &rule : rulesOf(findings)) {
            const QList<Finding> these = ofRule(findings, rule);
            if (!std::all_of(these.cbegin(), these.cend(), [](const Finding &f) { return f.fix.has_value(); }))
                continue;
            const QString after = applyFixes(r.text, these);
            const QList<Finding> again = check(after, r.context);
            INFO("rule " << rule.toStdString() << " fixed: " << after.toStdString() << "\n" << describe(after, again));
            CHECK(ofRule(again, rule).isEmpty());
            ++fixedRules;
        }
    }
    CHECK(fixedRules >= 30);
}

TEST_CASE("Tone checks: spans and suggested rewrites of formal address", "[composer][tone]")
{
    CheckContext je;
    je.signature = u"^JB"_qs;
    const QString draft = u"Kunt u ons een DM sturen met uw klantnummer? ^JB"_qs;
    const QList<Finding> findings = check(draft, je);
    REQUIRE(findings.size() == 2);
    CHECK(spanText(draft, findings[0]) == u"Kunt u"_qs);
    CHECK(findings[0].fix->text == u"Kun je"_qs);
    CHECK(spanText(draft, findings[1]) == u"uw"_qs);
    CHECK(findings[1].fix->text == u"je"_qs);
    CHECK(findings[1].message.contains(u"jouw"_qs));

    // UTF-16 offsets: an emoji before the word counts two code units.
    const QString emoji = u"\U0001F60A Bent u er morgen? ^JB"_qs;
    const QList<Finding> e = check(emoji, je);
    REQUIRE(e.size() == 1);
    CHECK(e[0].start == 3);
    CHECK(spanText(emoji, e[0]) == u"Bent u"_qs);

    // The signature: missing is appended once, a duplicate is flagged where it does not belong.
    const QList<Finding> missing = check(u"Fijne dag"_qs, je);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].fix->kind == Fix::Kind::Append);
    CHECK(applyFixes(u"Fijne dag"_qs, missing + missing) == u"Fijne dag ^JB"_qs);

    // Too long: the span is the part beyond the limit and the message has the count.
    const QString longText = QString(300, u'a');
    const QList<Finding> tooLong = ofRule(check(longText, je), rule::tooLong);
    REQUIRE(tooLong.size() == 1);
    CHECK(tooLong[0].start == 280);
    CHECK(tooLong[0].message.contains(u"300"_qs));
    CHECK(tooLong[0].message.contains(u"280"_qs));
    je.channel = domain::Channel::Mastodon;
    const QList<Finding> mastodon = ofRule(check(QString(520, u'b'), je), rule::tooLong);
    REQUIRE(mastodon.size() == 1);
    CHECK(mastodon[0].start == 500);
}

TEST_CASE("Spelling: Hunspell nl_NL finds gezelig and suggests gezellig", "[composer][spelling]")
{
    auto speller = dutchSpeller();
    if (!speller->hasLanguage(u"nl_NL"_qs)) {
        WEBCARE_SKIP("the Hunspell dictionary nl_NL is not installed");
        return;
    }
    CheckContext context;
    context.signature = u"^JB"_qs;
    context.customerName = u"Sjoerdje"_qs;
    context.speller = speller.get();
    const QString draft = u"Hoi Sjoerdje, het was erg gezelig in de fiets-winkel van Duinzicht. Kijk op "
                          "https://duinzicht.example/bllaa of #gezeligheid, @kwekkie weet het ook. 12345 ^JB"_qs;
    const QList<Finding> findings = ofRule(check(draft, context), rule::spelling);
    INFO(describe(draft, findings));
    REQUIRE(findings.size() == 1);
    CHECK(spanText(draft, findings[0]) == u"gezelig"_qs);
    CHECK(findings[0].alternatives.contains(u"gezellig"_qs));
    CHECK(findings[0].alternatives.size() <= 5);
    REQUIRE(findings[0].fix);
    CHECK(applyFixes(draft, findings).contains(u"erg gezellig in"_qs));

    // Without computing suggestions (live typing) the word is still found; suggestions come from the cache.
    context.spellingSuggestions = false;
    const QString fresh = u"Het was erg gezelliq. ^JB"_qs;
    const QList<Finding> quick = ofRule(check(fresh, context), rule::spelling);
    REQUIRE(quick.size() == 1);
    CHECK(quick[0].alternatives.isEmpty());
    CHECK(!quick[0].fix);
    CHECK(speller->suggestions(u"gezelliq"_qs, u"nl_NL"_qs).contains(u"gezellig"_qs));
    const QList<Finding> cached = ofRule(check(fresh, context), rule::spelling);
    REQUIRE(cached.size() == 1);
    CHECK(cached[0].alternatives.contains(u"gezellig"_qs));
    context.spellingSuggestions = true;

    // Correct Dutch with accents and apostrophes passes.
    CHECK(ofRule(check(u"Eén café, zo'n fiets en één e-mail. ^JB"_qs, context), rule::spelling).isEmpty());

    if (speller->hasLanguage(u"en_US"_qs)) {
        const QString english = u"We recieved your message and will call you back. ^JB"_qs;
        const QList<Finding> en = ofRule(check(english, context), rule::spelling);
        INFO(describe(english, en));
        REQUIRE(en.size() == 1);
        CHECK(spanText(english, en[0]) == u"recieved"_qs);
        CHECK(en[0].alternatives.value(0) == u"received"_qs); // English first for an English reply
    }
}

TEST_CASE("Spelling: one speller serves several threads", "[composer][spelling]")
{
    auto speller = dutchSpeller();
    if (!speller->hasLanguage(u"nl_NL"_qs)) {
        WEBCARE_SKIP("the Hunspell dictionary nl_NL is not installed");
        return;
    }
    CheckContext context;
    context.speller = speller.get();
    const QStringList drafts{u"Het was gezelig en hardstikke leuk."_qs, u"Een fietz en een auot."_qs,
                             u"Wij begrepen het nieet."_qs, u"Tot morgn, fijne avnd."_qs};
    QList<QList<Finding>> expected;
    for (const QString &d : drafts)
        expected << check(d, context);
    std::vector<std::thread> threads;
    std::atomic<int> mismatches = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 25; ++round) {
                const qsizetype k = (t + round) % drafts.size();
                const QList<Finding> got = check(drafts.at(k), context);
                if (rulesOf(got) != rulesOf(expected.at(k)) || got.size() != expected.at(k).size())
                    ++mismatches;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    CHECK(mismatches == 0);
    CHECK(ofRule(expected.at(1), rule::spelling).size() == 2);
}

TEST_CASE("Templates: the starter library fills into clean replies", "[composer][templates]")
{
    const QList<Template> library = starterTemplates();
    REQUIRE(library.size() >= 12);
    CheckContext context;
    context.signature = u"^JB"_qs;
    context.customerName = u"Anna"_qs;
    context.approvedSources = {u"https://duinzicht.example/"_qs};
    auto speller = dutchSpeller();
    if (speller->hasLanguage(u"nl_NL"_qs))
        context.speller = speller.get();
    QSet<QString> ids;
    for (const Template &t : library) {
        INFO(t.id.toStdString());
        CHECK(!ids.contains(t.id));
        ids.insert(t.id);
        CHECK(t.text.contains(u"{agent}"_qs));
        const FilledTemplate filled = fillTemplate(
            t.text,
            {{u"naam"_qs, u"Anna"_qs}, {u"agent"_qs, u"^JB"_qs}, {u"bron"_qs, u"https://duinzicht.example/" + t.id}});
        CHECK(filled.findings.isEmpty());
        CHECK(!filled.text.contains(u'{'));
        const QList<Finding> findings = check(filled.text, context);
        INFO(filled.text.toStdString() << "\n" << describe(filled.text, findings));
        CHECK(findings.isEmpty()); // the library itself follows the team's tone of voice
    }
}

TEST_CASE("Templates: a placeholder without a value stays visible and is reported", "[composer][templates]")
{
    const FilledTemplate filled =
        fillTemplate(u"Hoi {naam}, lees {bron} {agent}"_qs, {{u"naam"_qs, u"Ümit"_qs}, {u"agent"_qs, u""_qs}});
    CHECK(filled.text == u"Hoi Ümit, lees {bron} {agent}"_qs);
    REQUIRE(filled.findings.size() == 2);
    CHECK(filled.findings[0].rule == QStringView(rule::placeholder));
    CHECK(spanText(filled.text, filled.findings[0]) == u"{bron}"_qs);
    CHECK(spanText(filled.text, filled.findings[1]) == u"{agent}"_qs);
    CHECK(filled.findings[1].message.contains(u"{agent}"_qs));
}

TEST_CASE("Templates: found by typing a few letters, accents ignored", "[composer][templates]")
{
    const QList<Template> library = starterTemplates();
    auto titles = [&](const QString &typed) {
        QStringList t;
        for (const Template &x : searchTemplates(library, typed))
            t << x.title;
        return t;
    };
    // A title word starting with the letters ranks before a keyword, a keyword before a substring.
    CHECK(titles(u"sto"_qs).value(0) == u"Stormschade"_qs);
    CHECK(titles(u"sto"_qs).value(1) == u"Storing in de app"_qs);
    CHECK(titles(u"SCHA"_qs).value(0) == u"Schade melden"_qs);
    CHECK(titles(u"declar"_qs).value(0) == u"Status van een declaratie"_qs);
    CHECK(titles(u"beeindig"_qs) == QStringList{u"Verzekering opzeggen"_qs}); // keyword "beëindigen"
    CHECK(titles(u"privé"_qs).value(0) == u"Vraag om een DM"_qs);
    CHECK(titles(u"dak storm"_qs) == QStringList{u"Stormschade"_qs});
    CHECK(titles(u"xyzzy"_qs).isEmpty());
    CHECK(titles(QString()).size() == std::min<qsizetype>(10, library.size()));
    CHECK(searchTemplates(library, u"e"_qs, 3).size() == 3);

    // A library file that is not one is refused with a reason.
    CHECK(!parseTemplates("{\"templates\": [{\"id\": \"x\"}]}").hasValue());
    CHECK(!parseTemplates("not json").hasValue());
}

namespace {
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCheckCommand(const QStringList &arguments, const QByteArray &draft)
{
    QProcess p;
    QStringList env = QProcess::systemEnvironment();
    env << QStringLiteral("QT_QPA_PLATFORM=offscreen") << QStringLiteral("LANG=en_GB.UTF-8")
        << QStringLiteral("LC_ALL=en_GB.UTF-8");
    p.setEnvironment(env);
    p.start(QStringLiteral(WEBCARE_APP_PATH), QStringList{u"check"_qs} + arguments);
    if (!p.waitForStarted(30000))
        return {};
    p.write(draft);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("webcaredesk check prints the findings as JSON with exit codes", "[composer][cli]")
{
    const CliResult bad = runCheckCommand({u"--channel"_qs, u"x"_qs, u"--style"_qs, u"je"_qs, u"--signature"_qs,
                                           u"^JB"_qs, u"--name"_qs, u"Anna"_qs, u"--complaint"_qs, u"--no-spelling"_qs},
                                          "Kunt u ons uw klantnummer sturen?!\n");
    INFO(bad.out.toStdString() << bad.err.toStdString());
    CHECK(bad.exitCode == 1);
    const QJsonArray findings = QJsonDocument::fromJson(bad.out.toUtf8()).array();
    QStringList rules;
    for (const QJsonValue &v : findings)
        rules << v[u"rule"_qs].toString();
    CHECK(rules == QStringList{u"formal-address"_qs, u"zekep-personal"_qs, u"zekep-empathy"_qs, u"formal-address"_qs,
                               u"zekep-exclamation"_qs, u"signature-missing"_qs});
    const QJsonObject first = findings.at(0).toObject();
    CHECK(first[u"text"_qs].toString() == u"Kunt u"_qs);
    CHECK(first[u"start"_qs].toInt() == 0);
    CHECK(first[u"length"_qs].toInt() == 6);
    CHECK(first[u"fix"_qs].toObject()[u"replace"_qs].toString() == u"Kun je"_qs);
    CHECK(!first[u"message"_qs].toString().isEmpty());
    CHECK(findings.at(5).toObject()[u"fix"_qs].toObject()[u"append"_qs].toString() == u" ^JB"_qs);

    const CliResult clean = runCheckCommand(
        {u"--channel"_qs, u"mastodon"_qs, u"--style"_qs, u"je"_qs, u"--signature"_qs, u"^JB"_qs, u"--no-spelling"_qs},
        "Hoi, bedankt voor je bericht! We bellen je morgen. ^JB\n");
    INFO(clean.out.toStdString() << clean.err.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(QJsonDocument::fromJson(clean.out.toUtf8()).array().isEmpty());

    // A policy statement passes only with an approved source given on the command line.
    const QByteArray policy = "Je bent verzekerd, zie https://duinzicht.example/storm/dak\n";
    CHECK(runCheckCommand({u"--channel"_qs, u"x"_qs, u"--style"_qs, u"je"_qs, u"--no-spelling"_qs}, policy).exitCode ==
          1);
    CHECK(runCheckCommand({u"--channel"_qs, u"x"_qs, u"--style"_qs, u"je"_qs, u"--no-spelling"_qs, u"--source"_qs,
                           u"https://duinzicht.example/storm"_qs},
                          policy)
              .exitCode == 0);

    if (QFileInfo::exists(u"/usr/share/hunspell/nl_NL.dic"_qs)) {
        const CliResult spelling =
            runCheckCommand({u"--channel"_qs, u"x"_qs, u"--style"_qs, u"je"_qs}, "Het was gezelig.\n");
        CHECK(spelling.exitCode == 1);
        const QJsonObject s = QJsonDocument::fromJson(spelling.out.toUtf8()).array().at(0).toObject();
        CHECK(s[u"rule"_qs].toString() == u"spelling"_qs);
        CHECK(s[u"suggestions"_qs].toArray().contains(u"gezellig"_qs));
    }

    CHECK(runCheckCommand({u"--style"_qs, u"je"_qs}, "Hoi\n").exitCode == 2);
    const CliResult badStyle = runCheckCommand({u"--channel"_qs, u"x"_qs, u"--style"_qs, u"jij"_qs}, "Hoi\n");
    CHECK(badStyle.exitCode == 2);
    CHECK(badStyle.err.contains(u"--style je"_qs));
    CHECK(runCheckCommand({u"--channel"_qs, u"x"_qs, u"--style"_qs, u"je"_qs, u"draft.txt"_qs}, "Hoi\n").exitCode == 2);
}
