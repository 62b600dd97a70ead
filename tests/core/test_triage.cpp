// SPDX-License-Identifier: MIT
#include "support/testsupport.h"

#include "ingest/importer.h"
#include "store/accountrepository.h"
#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/teamsettingsrepository.h"
#include "store/triagerepository.h"
#include "triage/evaluation.h"
#include "triage/storedmodel.h"
#include "triage/tokenizer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>

using namespace webcare;
using domain::Channel;
using triage::Category;
using triage::Decision;

namespace {

triage::TeamSettings duinzicht()
{
    return triage::teamSettingsFromJson(test::repoFile(QStringLiteral("resources/demo/triage-team.json")));
}

triage::PostInput post(const QString &text, const QString &author = QStringLiteral("klant_1"),
                       Channel channel = Channel::X)
{
    triage::PostInput p;
    p.text = text;
    p.author = author;
    p.channel = channel;
    return p;
}

} // namespace

TEST_CASE("The tokenizer keeps emoji, ZWJ sequences, Dutch diacritics and question marks", "[triage][tokenizer]")
{
    using triage::tokenize;
    // A family (four people joined by U+200D) is one token; a skin tone stays with its hand; a flag is one token.
    CHECK(tokenize(u"Op reis 👨‍👩‍👧‍👦 met 👍🏽 naar 🇳🇱"_qs) ==
          QStringList{u"op"_qs, u"reis"_qs, u"👨‍👩‍👧‍👦"_qs, u"met"_qs, u"👍🏽"_qs, u"naar"_qs,
                      u"🇳🇱"_qs});
    // Emoji with and without the presentation selector are the same token; emoji glued to words split off.
    CHECK(tokenize(u"koffie☕️ en ☕"_qs) == QStringList{u"koffie"_qs, u"☕"_qs, u"en"_qs, u"☕"_qs});
    // Diacritics and inner apostrophes stay; hyphens split; case folds.
    CHECK(tokenize(u"Één café, m'n auto's geïnstalleerd: Duinzicht-reclame"_qs) ==
          QStringList{u"één"_qs, u"café"_qs, u"m'n"_qs, u"auto's"_qs, u"geïnstalleerd"_qs, u"duinzicht"_qs,
                      u"reclame"_qs});
    // Punctuation goes, except question and exclamation marks (repeats collapse).
    CHECK(tokenize(u"Hoe kan ik...??? Nu!!"_qs) ==
          QStringList{u"hoe"_qs, u"kan"_qs, u"ik"_qs, u"?"_qs, u"nu"_qs, u"!"_qs});
    // Hashtags, mentions, links and long numbers.
    CHECK(tokenize(u"@DuinzichtHelpt #ZekerVanJeZaak zie https://t.co/abc dossier 2026-114587 en 12"_qs) ==
          QStringList{u"@duinzichthelpt"_qs, u"#zekervanjezaak"_qs, u"zekervanjezaak"_qs, u"zie"_qs, u"<url>"_qs,
                      u"dossier"_qs, u"<num>"_qs, u"<num>"_qs, u"en"_qs, u"12"_qs});
    // A zero-width space inside a word and a bidirectional override do not split or hide it.
    CHECK(tokenize(u"D\u200Buinzicht \u202Eactie"_qs) == QStringList{u"duinzicht"_qs, u"actie"_qs});
    // Bigrams come on top of the tokens.
    // Handles keep their underscores, a Mastodon handle in full is one token; a sentence's full stop is not in it.
    CHECK(tokenize(u"@British_Airways lost my bag. @webcare@zorg-vliet.example @jan."_qs) ==
          QStringList{u"@british_airways"_qs, u"lost"_qs, u"my"_qs, u"bag"_qs, u"@webcare@zorg-vliet.example"_qs,
                      u"@jan"_qs});
    CHECK(tokenize(u"#zeker_van_je_zaak snake_case"_qs) ==
          QStringList{u"#zeker_van_je_zaak"_qs, u"zeker_van_je_zaak"_qs, u"snake"_qs, u"case"_qs});
    CHECK(triage::features(u"kan ik"_qs) == QStringList{u"kan"_qs, u"ik"_qs, u"kan ik"_qs});
}

TEST_CASE("Rules read tricky posts and say why", "[triage][rules]")
{
    const triage::TeamSettings team = duinzicht();
    auto rules = [&](const triage::PostInput &p) { return triage::applyRules(p, team); };

    // A question to us without a question mark; the reason quotes it.
    auto q = rules(post(u"@DuinzichtHelpt hoe kan ik mijn adres wijzigen, de app doet raar"_qs));
    CHECK(q.category == Category::Question);
    CHECK(q.decision == Decision::Reply);
    CHECK(q.strength == triage::Strength::Strong);
    CHECK(q.reason.contains(u"contains a question to us: 'hoe kan ik"_qs));

    // Praise for the campaign that ends in a complaint is a complaint.
    auto c = rules(post(u"Leuke reclame hoor, maar ik wacht al 3 weken op de uitbetaling van mijn schade."_qs));
    CHECK(c.category == Category::Complaint);
    CHECK(c.decision == Decision::Reply);
    CHECK(c.reason.contains(u"wacht al"_qs));

    // A question about the campaign is an opinion on it, not a question for webcare.
    auto a = rules(post(u"Is het nu 'de Duinzicht-wandelaar' of 'de wandelaar van Duinzicht'? Ruzie thuis 😂"_qs));
    CHECK(a.category == Category::CampaignOpinion);
    CHECK(a.decision == Decision::NoAction);

    // A question put to other customers needs no answer from us, unless it names our account: then it is a
    // question about us, answered (fail safe).
    auto community = rules(post(u"Heeft iemand ervaring met reisverzekeringen voor een wereldreis?"_qs));
    CHECK(community.category == Category::Question);
    CHECK(community.decision == Decision::NoAction);
    CHECK(community.communityQuestion);
    auto aboutUs = rules(post(u"Heeft iemand ervaring met de reisverzekering van @DuinzichtHelpt?"_qs));
    CHECK(aboutUs.category == Category::Question);
    CHECK(aboutUs.decision == Decision::Reply);

    // "wat" without a question mark is an exclamation, and "u" inside words is not formal address to us.
    auto praise = rules(post(u"Wat een opluchting, alles geregeld in een uur. Dank!"_qs));
    CHECK(praise.category == Category::Compliment);
    CHECK(praise.decision == Decision::NoAction);

    auto pin = rules(post(u"📍 Duinzicht Verzekeringen, Haarlem"_qs));
    CHECK(pin.category == Category::CheckIn);
    CHECK(pin.reason == u"check-in: location tag"_qs);
    auto checkIn = rules(post(u"Even bij Duinzicht langs voor de schade-expert 🤞"_qs));
    CHECK(checkIn.category == Category::CheckIn);
    CHECK(checkIn.reason.startsWith(u"check-in: 'Even bij Duinzicht"_qs));

    // Spam hiding a program behind a right-to-left override.
    auto spam = rules(post(u"🎁 Duinzicht geeft cadeaubonnen weg! Download: actie.example/bon\u202Efdp.exe"_qs,
                           u"Duinzicht Acties"_qs, Channel::Facebook));
    CHECK(spam.category == Category::Spam);
    CHECK(spam.reason.contains(u"bidirectional override"_qs));

    // Colleagues and our own accounts by handle, whatever they write.
    auto employee =
        rules(post(u"Hoe kan ik dit ooit overtreffen? Wat een week! #werkenbijduinzicht"_qs, u"@anna_smits"_qs));
    CHECK(employee.category == Category::EmployeePost);
    CHECK(employee.reason.contains(u"anna_smits"_qs));
    auto own = rules(post(u"@klant Hoi! Wat vervelend, stuur je ons een DM?"_qs, u"DuinzichtHelpt"_qs));
    CHECK(own.category == Category::OwnReply);
    CHECK(own.decision == Decision::NoAction);
    auto mastodonOwn = rules(post(u"@evi dat klopt ^Sanne"_qs, u"duinzicht@mastodon.example"_qs, Channel::Mastodon));
    CHECK(mastodonOwn.category == Category::OwnReply);
}

TEST_CASE("A stored post becomes triage input one way, as the command line reads it", "[triage][rules]")
{
    domain::Post p;
    p.text = u"Mijn declaratie staat nog open"_qs;
    p.channel = Channel::X;
    p.author.handle = u"@marloes"_qs;
    p.author.displayName = u"Marloes van den Berg"_qs;
    p.fromOwnAccount = true;
    const triage::PostInput in = triage::PostInput::from(p);
    CHECK(in.text == p.text);
    CHECK(in.channel == Channel::X);
    CHECK(in.author == u"marloes"_qs); // without '@', as `webcaredesk triage` and the evaluation read it
    CHECK(in.authorName == p.author.displayName);
    CHECK(in.fromOwnAccount);
    // Facebook has no handles: the name is the author.
    p.channel = Channel::Facebook;
    p.author.handle.clear();
    CHECK(triage::PostInput::from(p).author == p.author.displayName);
}

TEST_CASE("A few team decisions change the model's suggestion", "[triage][learning]")
{
    triage::Triager triager(duinzicht());
    auto train = triage::demoFeedLabelled(test::repoFile(QStringLiteral("tests/data/demo-labels.json")));
    REQUIRE(train.hasValue());
    for (const triage::LabelledPost &l : std::as_const(*train))
        triager.learn(l.post, l.decision, l.category);
    CHECK(triager.decisionsLearned() == train->size());

    // A new kind of spam that no rule knows: flirting bots that send people to their profile.
    const triage::PostInput probe = post(u"😘😘 schatje, bekijk mijn profiel 👉 foto's"_qs, u"lisa_xx_1999"_qs);
    const triage::Suggestion before = triager.suggest(probe);
    CHECK(before.category != Category::Spam);

    for (const QString &text : {u"hey schatje 😘 bekijk mijn profiel 👉 ik ben eenzaam"_qs,
                                u"bekijk mijn profiel 👉 voor leuke foto's schatje 😘"_qs,
                                u"ben je alleen? 😘 mijn profiel 👉 heeft foto's voor jou schatje"_qs,
                                u"schatje 😘😘 bekijk mijn profiel, daar staan mijn foto's 👉"_qs}) {
        const triage::ModelCounts added = triager.learn(post(text, u"bot_4711"_qs), Decision::NoAction, Category::Spam);
        // One decision adds its counts: one document for each of the two models.
        CHECK(added.value(triage::categoryLabel(Category::Spam)).value(QString()) == 1);
        CHECK(added.value(triage::decisionLabel(Decision::NoAction)).value(QString()) == 1);
    }
    const triage::Suggestion after = triager.suggest(probe);
    INFO(after.reason.toStdString() << " " << after.confidence);
    CHECK(after.category == Category::Spam);
    CHECK(after.decision == Decision::NoAction);
    CHECK(after.source == triage::Suggestion::Source::Model);
    CHECK(after.reason.startsWith(u"learned from the team's decisions: spam"_qs));
    CHECK(after.confidence >= triager.options().confidentCategory);
}

BACKEND_TEST_CASE("Triage decisions are stored with the model and survive reopening", "[triage][store]")
{
    test::ScratchDatabase db(backend);
    const QDateTime t0(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
    qint64 questionCase = 0, checkInCase = 0, waitingCase = 0;
    triage::PostInput checkInPost = post(u"Even bij Duinzicht langs met de schadefoto's ☕"_qs);
    {
        auto store = db.open();
        REQUIRE_OK((store->triage().setTriageTerms(triage::brandTermKind, {u"duinzicht"_qs})));
        REQUIRE_OK((store->triage().setTriageTerms(triage::campaignTermKind, {u"reclame"_qs, u"#zekervanjezaak"_qs})));
        REQUIRE_OK((store->accounts().addOwnAccount(
            {Channel::X, u"1580000000000000001"_qs, u"DuinzichtHelpt"_qs, u"Duinzicht"_qs})));
        auto r = store->ingest().upsertPosts(
            {test::makePost(Channel::X, u"1"_qs,
                            u"@DuinzichtHelpt valt mijn fiets onder de "
                            u"inboedel?"_qs,
                            t0, u"42"_qs, {}, u"c1"_qs),
             test::makePost(Channel::X, u"2"_qs, checkInPost.text, t0.addSecs(60), u"43"_qs, {}, u"c2"_qs),
             test::makePost(Channel::X, u"3"_qs, u"Nog steeds geen geld"_qs, t0.addSecs(120), u"44"_qs, {}, u"c3"_qs)});
        REQUIRE_OK(r);
        for (qint64 id : r->touchedCases) {
            const QString conversation = store->cases().caseById(id)->conversationId;
            if (conversation == u"c1"_qs)
                questionCase = id;
            else if (conversation == u"c2"_qs)
                checkInCase = id;
            else
                waitingCase = id;
        }
        REQUIRE(questionCase);
        REQUIRE(checkInCase);
        REQUIRE_OK(store->cases().setCaseState(waitingCase, domain::CaseState::WaitingOnDepartment, u"jb"_qs));

        auto triager = triage::loadTriager(*store);
        REQUIRE_OK(triager);
        CHECK(triager->settings().ownHandles == QStringList{u"DuinzichtHelpt"_qs});
        CHECK(triager->decisionsLearned() == 0);
        const qint64 checkInPostId = store->cases().conversation(checkInCase)->first().id;
        REQUIRE_OK(triage::recordDecision(*store, *triager, checkInCase, checkInPostId, checkInPost, Decision::NoAction,
                                          Category::CheckIn, u"jb"_qs));
        REQUIRE_OK(triage::recordDecision(*store, *triager, questionCase, 0,
                                          post(u"@DuinzichtHelpt valt mijn fiets onder de inboedel?"_qs),
                                          Decision::Reply, Category::Question, u"jb"_qs));
        REQUIRE_OK(triage::recordDecision(*store, *triager, waitingCase, 0, post(u"Nog steeds geen geld"_qs),
                                          Decision::NoAction, Category::Complaint, u"mk"_qs));
        CHECK(triager->decisionsLearned() == 3);

        // The decision set the category and, as the states allow, the state; each left an audit event.
        CHECK(store->cases().caseById(checkInCase)->state == domain::CaseState::NoAction);
        CHECK(store->cases().caseById(checkInCase)->category == u"check_in"_qs);
        CHECK(store->cases().caseById(questionCase)->state == domain::CaseState::NeedsReply);
        CHECK(store->cases().caseById(questionCase)->category == u"question"_qs);
        CHECK(store->cases().caseById(waitingCase)->state == domain::CaseState::WaitingOnDepartment);
        auto audit = store->cases().auditTrail(checkInCase);
        REQUIRE_OK(audit);
        QStringList actions;
        for (const auto &e : *audit)
            actions << e.action + u" "_qs + e.detail;
        CHECK(actions.contains(u"case.triage no_action · check_in"_qs));
        CHECK(actions.contains(u"case.state new → no_action"_qs));
        auto decisions = store->triage().triageDecisions(checkInCase);
        REQUIRE_OK(decisions);
        REQUIRE(decisions->size() == 1);
        CHECK(decisions->first().postId == checkInPostId);
        CHECK(decisions->first().agent == u"jb"_qs);

        // A decision on a case that does not exist stores nothing, not even the model's counts.
        auto missing = triage::recordDecision(*store, *triager, 999999, 0, post(u"x"_qs), Decision::Reply,
                                              Category::Question, u"jb"_qs);
        REQUIRE_FALSE(missing.hasValue());
        CHECK(missing.error().kind == store::StoreError::Kind::NotFound);
        CHECK(triager->decisionsLearned() == 3);
    }
    // Another agent (or a restart) loads the same model and suggests the same.
    auto reopened = db.open();
    auto again = triage::loadTriager(*reopened);
    REQUIRE_OK(again);
    CHECK(again->decisionsLearned() == 3);
    auto counts = reopened->triage().triageModel();
    REQUIRE_OK(counts);
    CHECK(counts->value(u"category:check_in"_qs).value(QString()) == 1);
    CHECK(counts->value(u"decision:no_action"_qs).value(QString()) == 2);
    CHECK(counts->value(u"category:check_in"_qs).value(u"☕"_qs) == 1);
    CHECK(counts->value(u"category:check_in"_qs).value(u"even bij"_qs) == 1);
    CHECK(again->settings().campaignTerms == QStringList{u"#zekervanjezaak"_qs, u"reclame"_qs});
}

BACKEND_TEST_CASE("The demo feed brings the demo team's triage words, and keeps a team's own", "[triage][demo]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK((store->triage().setTriageTerms(triage::campaignTermKind, {u"kerstactie"_qs})));
    for (const ingest::ImportReport &r : ingest::importDemoFeed(*store))
        REQUIRE(r.ok());
    auto settings = triage::loadTeamSettings(*store);
    REQUIRE_OK(settings);
    CHECK(settings->campaignTerms == QStringList{u"kerstactie"_qs});
    CHECK(settings->brandTerms.contains(u"duinzicht"_qs));
    CHECK(settings->employees.contains(u"anna_smits"_qs));
    CHECK(settings->ownHandles.contains(u"DuinzichtHelpt"_qs));
    CHECK(settings->ownHandles.contains(u"Duinzicht Verzekeringen"_qs)); // the Facebook Page, by name
}

TEST_CASE("webcaredesk triage reads JSON lines and answers one line per post", "[triage][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("triage.sqlite"));
    {
        auto location = store::StoreLocation::parse(db);
        REQUIRE(location.hasValue());
        auto store = store::CaseStore::open(*location);
        REQUIRE_OK(store);
        REQUIRE_OK(
            (*store)->accounts().addOwnAccount({Channel::X, u"1580000000000000001"_qs, u"DuinzichtHelpt"_qs, {}}));
        REQUIRE_OK(((*store)->triage().setTriageTerms(triage::brandTermKind, {u"duinzicht"_qs})));
        REQUIRE_OK(((*store)->triage().setTriageTerms(triage::employeeTermKind, {u"anna_smits"_qs})));
    }
    const QByteArray input = QByteArrayLiteral(
        "{\"id\":\"a\",\"channel\":\"x\",\"author\":\"kees\",\"text\":\"@DuinzichtHelpt hoe kan ik mijn polis "
        "opzeggen?\"}\n"
        "{\"channel\":\"x\",\"text\":\"kapot\"\n"
        "\n"
        "{\"channel\":\"myspace\",\"text\":\"hoi\"}\n"
        "{\"channel\":\"mastodon\",\"item\":{\"id\":\"113\",\"created_at\":\"2026-11-23T10:00:00.000Z\","
        "\"content\":\"<p>Even bij het kantoor van <span class=\\\"h-card\\\">@duinzicht</span> in Leiden "
        "\\u2615</p>\","
        "\"account\":{\"id\":\"7\",\"acct\":\"vera@toot.example\",\"username\":\"vera\",\"display_name\":\"Vera\"},"
        "\"url\":\"https://toot.example/@vera/113\",\"visibility\":\"public\"}}\n"
        "{\"channel\":\"x\",\"author\":\"anna_smits\",\"text\":\"Zondagdienst bij de webcare \xe2\x98\x95\"}\n");
    QProcess p;
    QStringList env = QProcess::systemEnvironment();
    env << QStringLiteral("QT_QPA_PLATFORM=offscreen") << QStringLiteral("LANG=en_GB.UTF-8")
        << QStringLiteral("LC_ALL=en_GB.UTF-8");
    p.setEnvironment(env);
    p.start(QStringLiteral(WEBCARE_APP_PATH), {QStringLiteral("triage"), QStringLiteral("--db"), db});
    REQUIRE(p.waitForStarted(30000));
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(out.toStdString() << err.toStdString());
    CHECK(p.exitCode() == 1); // some lines were rejected

    // The bad lines are named on stderr and do not stop the others.
    CHECK(err.contains(u"line 2: not valid JSON"_qs));
    CHECK(err.contains(u"line 4: \"channel\" must be x, mastodon, facebook or discourse"_qs));
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    QList<QJsonObject> answers;
    for (const QString &l : lines)
        answers << QJsonDocument::fromJson(l.toUtf8()).object();
    CHECK(answers[0].value(u"line"_qs).toInt() == 1);
    CHECK(answers[0].value(u"id"_qs).toString() == u"a"_qs);
    CHECK(answers[0].value(u"decision"_qs).toString() == u"reply"_qs);
    CHECK(answers[0].value(u"category"_qs).toString() == u"question"_qs);
    CHECK(answers[0].value(u"source"_qs).toString() == u"rules"_qs);
    CHECK(answers[0].value(u"reason"_qs).toString().contains(u"contains a question to us"_qs));
    CHECK(answers[0].value(u"confidence"_qs).toDouble() > 0.5);
    // A Mastodon status given as the platform sends it.
    CHECK(answers[1].value(u"line"_qs).toInt() == 5);
    CHECK(answers[1].value(u"id"_qs).toString() == u"113"_qs);
    CHECK(answers[1].value(u"category"_qs).toString() == u"check_in"_qs);
    CHECK(answers[1].value(u"decision"_qs).toString() == u"no_action"_qs);
    // The store's list of colleagues.
    CHECK(answers[2].value(u"category"_qs).toString() == u"employee_post"_qs);

    p.start(QStringLiteral(WEBCARE_APP_PATH),
            {QStringLiteral("triage"), QStringLiteral("--db"), db, QStringLiteral("extra")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 2);
}

TEST_CASE("Triage on the held-out set stays above its measured floor", "[triage][evaluation]")
{
    auto train = triage::demoFeedLabelled(test::repoFile(QStringLiteral("tests/data/demo-labels.json")));
    auto heldOut = triage::readLabelledLines(test::repoFile(QStringLiteral("tests/data/triage-heldout.jsonl")));
    REQUIRE(train.hasValue());
    REQUIRE(heldOut.hasValue());
    CHECK(train->size() == 402);
    CHECK(heldOut->size() >= 150);
    for (Category c : triage::allCategories) {
        INFO(triage::categoryKey(c).toStdString());
        CHECK(std::count_if(heldOut->cbegin(), heldOut->cend(),
                            [c](const triage::LabelledPost &l) { return l.category == c; }) >= 5);
    }
    triage::Triager triager(duinzicht());
    for (const triage::LabelledPost &l : std::as_const(*train))
        triager.learn(l.post, l.decision, l.category);
    const triage::EvaluationReport r = triage::evaluate(triager, *heldOut);
    INFO(r.markdown().toStdString());
    // Floors below the figures in docs/triage.md, so that a regression fails.
    CHECK(r.decisions.value(Decision::Reply).recall() >= 0.8);
    CHECK(r.decisions.value(Decision::Reply).precision() >= 0.7);
    CHECK(double(r.categoryCorrect) / r.posts >= 0.6);
}

TEST_CASE("Fail safe: a post addressed to the team is answered unless a strong reason says no; elsewhere only on "
          "evidence",
          "[triage][rules][policy]")
{
    // A team that is not the demo's: handles with '_' and a Mastodon account in full.
    triage::TeamSettings team;
    team.ownHandles = {u"@Meerkoet_Bank"_qs, u"@klantenservice@meerkoet.example"_qs, u"Meerkoet Bank"_qs};
    team.brandTerms = {u"meerkoet"_qs};
    team.campaignTerms = {u"#rustigophetwater"_qs};
    team.employees = {u"lotte_meerkoet"_qs};
    auto judge = [&](const QString &text, triage::Addressing way, const QString &author = u"klant_1"_qs,
                     Channel channel = Channel::X) {
        triage::PostInput p = post(text, author, channel);
        p.addressing = way;
        return triage::applyRules(p, team);
    };
    using A = triage::Addressing;

    // Each way of addressing us, with nothing but a plain remark in it: answered, and the reason says why.
    const QString plain = u"ik heb gisteren mijn adres gewijzigd"_qs;
    for (const auto &[way, why] :
         {std::pair{A::Direct, u"direct message"_qs}, std::pair{A::ReplyToUs, u"our post"_qs},
          std::pair{A::PageComment, u"our Page"_qs}, std::pair{A::OwnForum, u"our forum"_qs}}) {
        INFO(triage::addressingKey(way).toStdString());
        const auto v = judge(plain, way);
        CHECK(v.decision == Decision::Reply);
        CHECK(v.reason.contains(why));
    }
    // Mentions: the handle with '_' anywhere in the text, and the Mastodon account in full.
    CHECK(judge(u"Zeg @Meerkoet_Bank, mijn pas is binnen"_qs, A::Unknown).decision == Decision::Reply);
    CHECK(judge(u"@klantenservice@meerkoet.example mijn pas is binnen"_qs, A::Unknown, u"an"_qs, Channel::Mastodon)
              .decision == Decision::Reply);
    // The same words found by a brand search, not addressed to us: no answer; with evidence, an answer.
    CHECK(judge(u"Meerkoet heeft een nieuw logo"_qs, A::Public).decision == Decision::NoAction);
    CHECK(judge(u"Bij Meerkoet is twee keer afgeschreven terwijl ik had opgezegd"_qs, A::Public).decision ==
          Decision::Reply);
    CHECK(judge(u"weet iemand hoe je bij meerkoet een tweede pas aanvraagt"_qs, A::Public).decision == Decision::Reply);

    // Strong reasons for no answer, even when addressed.
    const auto own = judge(u"Hoi Anna, we kijken het na! ^LM"_qs, A::ReplyToUs, u"Meerkoet_Bank"_qs);
    CHECK(own.category == Category::OwnReply);
    CHECK(own.decision == Decision::NoAction);
    CHECK(judge(u"Trots op mijn team vandaag"_qs, A::Mention, u"lotte_meerkoet"_qs).category == Category::EmployeePost);
    const auto spam = judge(u"Gefeliciteerd! Claim je gratis cadeaubon op prijs-nu.example"_qs, A::PageComment);
    CHECK(spam.category == Category::Spam);
    CHECK(spam.decision == Decision::NoAction);
    const auto checkIn =
        judge(u"is bij Meerkoet Bank – kantoor Sluisvenne"_qs, A::Unknown, u"Kees"_qs, Channel::Facebook);
    CHECK(checkIn.category == Category::CheckIn);
    CHECK(checkIn.decision == Decision::NoAction);
    const auto thanks = judge(u"Top, bedankt voor de snelle hulp!"_qs, A::ReplyToUs);
    CHECK(thanks.category == Category::Compliment);
    CHECK(thanks.decision == Decision::NoAction);
    const auto campaign = judge(u"Die #RustigOpHetWater spot is echt mooi gemaakt"_qs, A::Mention);
    CHECK(campaign.category == Category::CampaignOpinion);
    CHECK(campaign.decision == Decision::NoAction);

    // Evidence, Dutch and English: complaints as facts, sarcasm, capitals, questions without "?".
    CHECK(judge(u"@Meerkoet_Bank Geweldig hoor, 47 minuten in de wacht 👏👏"_qs, A::Unknown).category ==
          Category::Complaint);
    CHECK(judge(u"@Meerkoet_Bank MIJN PAS WERKT NIET EN IK STA BIJ DE KASSA"_qs, A::Unknown).category ==
          Category::Complaint);
    CHECK(judge(u"tired of getting charged for a card I returned months ago @Meerkoet_Bank"_qs, A::Unknown).category ==
          Category::Complaint);
    const auto noMark = judge(u"@Meerkoet_Bank why don't you have a savings account for kids anymore"_qs, A::Unknown);
    CHECK(noMark.category == Category::Question);
    CHECK(noMark.decision == Decision::Reply);
    // An insurer's customer writing about their claim is no spam.
    team.brandTerms << u"helmdijk"_qs;
    CHECK(judge(u"Mijn claim bij Helmdijk loopt al weken, wanneer hoor ik iets"_qs, A::Public).category !=
          Category::Spam);
}
