// SPDX-License-Identifier: MIT
// The team configuration in the case store: a new team's file imported and exported unchanged on both backends,
// a second import changing nothing, one audit event per changed section, bad files rejected with their JSON path
// and nothing applied, the composer's checks and the triage taking the team's words, and a training corpus keeping
// the team's own handles.
#include "support/testsupport.h"

#include "composer/templates.h"
#include "composer/tonecheck.h"
#include "config/teamconfigjson.h"
#include "config/teamsetup.h"
#include "demo/demostore.h"
#include "domain/states.h"
#include "store/accountrepository.h"
#include "store/casedetailsrepository.h"
#include "store/caserepository.h"
#include "store/casestore.h"
#include "store/teamconfigrepository.h"
#include "store/triagerepository.h"
#include "store/workflowrepository.h"
#include "training/anonymiser.h"
#include "training/replay.h"
#include "workflow/workingtime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

using namespace webcare;
using domain::Channel;

namespace {

QByteArray polderpolis() { return test::repoFile(QStringLiteral("tests/data/polderpolis-config.json")); }

qint64 auditCount(store::CaseStore &s, const QString &action)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"));
    q.addBindValue(action);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QJsonObject exported(store::CaseStore &s)
{
    auto json = config::exportConfiguration(s);
    REQUIRE_OK(json);
    return *json;
}

} // namespace

BACKEND_TEST_CASE("A new team's configuration is imported, exported unchanged, and a second import changes nothing",
                  "[config]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    auto changed = config::importConfiguration(*s, polderpolis(), QStringLiteral("ms"));
    INFO((changed ? QString() : changed.error().join(u'\n')).toStdString());
    REQUIRE(changed.hasValue());
    CHECK(*changed == 8); // every section of the file
    CHECK(auditCount(*s, QStringLiteral("team.config")) == 8);

    auto config = s->config().load();
    REQUIRE_OK(config);
    CHECK(config->tone.teamName == QLatin1String("Webcare Polderpolis"));
    CHECK(config->tone.addressStyle == QLatin1String("je"));
    REQUIRE(config->agents.size() == 2);
    CHECK(config::signatureOf(*config, QStringLiteral("jb")) == QLatin1String("^JB"));
    CHECK(config::signatureOf(*config, QStringLiteral("ms")) == QLatin1String("^MS")); // from the convention
    REQUIRE(config->templates.size() == 2);
    CHECK(config->templates.at(1).channel == Channel::X);
    REQUIRE(config->campaign.size() == 1);
    CHECK(config->campaign.at(0).until == QDate(2027, 3, 1));

    // Export and import into a second, empty store: the same configuration.
    const QJsonObject first = exported(*s);
    test::ScratchDatabase other(backend);
    auto s2 = other.open();
    auto copied =
        config::importConfiguration(*s2, QJsonDocument(first).toJson(QJsonDocument::Compact), QStringLiteral("ms"));
    REQUIRE(copied.hasValue());
    CHECK(exported(*s2) == first);

    // The same file again: nothing written, no audit event.
    auto again = config::importConfiguration(*s, polderpolis(), QStringLiteral("ms"));
    REQUIRE(again.hasValue());
    CHECK(*again == 0);
    CHECK(auditCount(*s, QStringLiteral("team.config")) == 8);
    CHECK(exported(*s) == first);

    // A file naming one section replaces that one only; agents are never removed by it.
    auto one = config::importConfiguration(
        *s, R"({"brand": ["polderpolis", "polder polis"], "agents": [{"login": "nk", "name": "Noor Kaya"}]})",
        QStringLiteral("ms"));
    REQUIRE(one.hasValue());
    CHECK(*one == 2);
    auto after = s->config().load();
    REQUIRE_OK(after);
    QStringList brand = after->brand;
    brand.sort();
    CHECK(brand == QStringList{QStringLiteral("polder polis"), QStringLiteral("polderpolis")});
    CHECK(after->agents.size() == 3);
    CHECK(after->templates == config->templates);
    CHECK(after->sources == config->sources);

    // The triage reads the same words: the own handles, both of them, and the brand.
    auto own = s->accounts().ownAccounts();
    REQUIRE_OK(own);
    QStringList handles;
    for (const store::OwnAccount &a : *own)
        handles << a.handle;
    CHECK(handles.contains(QLatin1String("Polderpolis")));
    CHECK(handles.contains(QLatin1String("@webcare@polderpolis.social")));
}

TEST_CASE("A bad configuration is rejected with the JSON path of each problem, and nothing of it is applied",
          "[config]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    REQUIRE(config::importConfiguration(*s, polderpolis(), QStringLiteral("ms")).hasValue());
    const QJsonObject before = exported(*s);

    struct Case {
        const char *json;
        const char *path;
    };
    const Case cases[] = {
        {R"({"team": {"name": 3}})", "$.team.name: "},
        {R"({"team": {"style": "jij"}})", "$.team.style: "},
        {R"({"colour": "blue"})", "$.colour: "},
        {R"({"own_accounts": [{"channel": "myspace", "handle": "pp"}]})", "$.own_accounts[0].channel"},
        {R"({"templates": [{"id": "dm", "title": "A", "text": "Hoi"}, {"id": "dm", "title": "B", "text": "Hé"}]})",
         "$.templates[1].id: "},
        {R"({"sources": [{"title": "FTP", "url": "ftp://polderpolis.example/x"}]})", "$.sources[0].url: "},
        {R"({"campaign": [{"term": "#actie", "until": "1 maart"}]})", "$.campaign[0].until: "},
        {R"({"agents": [{"login": "jb", "name": "Jan", "role": "boss"}]})", "$.agents[0].role: "},
        {R"({"brand": "polderpolis"})", "$.brand: "},
        {R"({"team": )", ""}, // not JSON at all
    };
    for (const Case &c : cases) {
        INFO(c.json);
        // A good section next to the bad one: it must not be applied either.
        QByteArray json(c.json);
        if (json.endsWith('}') && json != "{\"team\": ")
            json = json.left(json.size() - 1) + R"(, "employees": ["someone_new"]})";
        auto result = config::importConfiguration(*s, json, QStringLiteral("ms"));
        REQUIRE_FALSE(result.hasValue());
        const QString problems = result.error().join(u'\n');
        INFO(problems.toStdString());
        CHECK_FALSE(problems.isEmpty());
        CHECK(problems.contains(QLatin1String(c.path)));
        CHECK(exported(*s) == before);
    }
    CHECK(auditCount(*s, QStringLiteral("team.config")) == 8);
}

TEST_CASE("The composer's checks take the team's form of address, signature and sources", "[config][composer]")
{
    auto parsed = config::parseConfiguration(polderpolis());
    REQUIRE(parsed.hasValue());
    composer::CheckContext context;
    config::applyTeamVoice(context, parsed->config, QStringLiteral("jb"));
    CHECK(context.style == composer::AddressStyle::Je);
    CHECK(context.signature == QLatin1String("^JB"));
    CHECK(context.approvedSources.contains(QLatin1String("https://www.polderpolis.example/schade")));

    // The same team writing "u": a reply with "je" is flagged, the template checks say so too.
    parsed->config.tone.addressStyle = QStringLiteral("u");
    const QList<composer::Finding> findings = config::checkTemplate(parsed->config.templates.at(0), parsed->config);
    CHECK(std::any_of(findings.cbegin(), findings.cend(), [](const composer::Finding &f) {
        return f.rule == QStringView(composer::rule::informalAddress);
    }));
}

TEST_CASE("A training corpus keeps the team's own handles from its configuration, even without a post by them",
          "[config][training][anon]")
{
    auto parsed = config::parseConfiguration(polderpolis());
    REQUIRE(parsed.hasValue());
    const QList<store::OwnAccount> own = config::ownAccountsOf(parsed->config);
    REQUIRE(own.size() == 2);

    // One customer question to the team's X handle, nothing by the team itself.
    const QByteArray x =
        R"({"data": [{"id": "9001", "text": "@Polderpolis hoe meld ik schade aan mijn auto? @buurvrouw_ans weet het ook niet",
        "author_id": "77", "created_at": "2026-11-02T09:30:00.000Z", "conversation_id": "9001"}],
        "includes": {"users": [{"id": "77", "username": "kees_de_klant", "name": "Kees de Klant"},
                                {"id": "78", "username": "buurvrouw_ans", "name": "Ans"}]}})";
    const training::Corpus corpus = training::corpusFromPayloads({{Channel::X, x}}, own, true);
    INFO(corpus.problems.join(u'\n').toStdString());
    REQUIRE(corpus.posts.size() == 1);
    const domain::Post &post = corpus.posts.at(0);
    CHECK(post.text.startsWith(QLatin1String("@Polderpolis hoe meld ik schade")));
    CHECK_FALSE(post.text.contains(QLatin1String("buurvrouw_ans")));
    CHECK(post.author.handle != QLatin1String("kees_de_klant"));

    // Without the configuration the handle is taken for a customer's (what the replay did before).
    const training::Corpus guessed = training::corpusFromPayloads({{Channel::X, x}}, {}, true);
    REQUIRE(guessed.posts.size() == 1);
    CHECK_FALSE(guessed.posts.at(0).text.contains(QLatin1String("Polderpolis")));

    // The Mastodon account written to in full, @user@instance.
    training::Anonymiser a(QByteArrayLiteral("k"));
    a.keepOwnAccounts(own);
    CHECK(a.handle(QStringLiteral("@webcare@polderpolis.social")) == QLatin1String("@webcare@polderpolis.social"));
    CHECK(a.text(QStringLiteral("@webcare@polderpolis.social mijn schade is nog niet betaald"))
              .startsWith(QLatin1String("@webcare@polderpolis.social ")));
}

TEST_CASE("The demo store: the feed moved to end now with a mix of on time, at risk and late, the demo team's voice "
          "and two departments to escalate to",
          "[config][demo]")
{
    const QTimeZone amsterdam = workflow::WorkingCalendar::amsterdam();
    // A Monday morning, a Wednesday afternoon, a Saturday and a Sunday (no public holidays).
    for (const QDateTime &local : {QDateTime(QDate(2027, 1, 11), QTime(9, 30), amsterdam),
                                   QDateTime(QDate(2027, 1, 13), QTime(14, 0), amsterdam),
                                   QDateTime(QDate(2027, 1, 16), QTime(11, 0), amsterdam),
                                   QDateTime(QDate(2027, 1, 17), QTime(15, 0), amsterdam)}) {
        const QDateTime now = local.toUTC();
        INFO(local.toString(Qt::ISODate).toStdString());
        test::ScratchDatabase db(store::Backend::Sqlite);
        auto s = db.open();
        auto prepared = demo::prepareDemoStore(*s, true, now);
        REQUIRE_OK(prepared);
        CHECK(prepared->postsImported > 300);
        CHECK(prepared->departmentsAdded == 2);

        store::InboxQuery query;
        query.limit = 5000;
        auto page = s->cases().inboxPage(query);
        REQUIRE_OK(page);
        const workflow::WorkingTimeSla sla;
        int onTime = 0, atRisk = 0, late = 0;
        QDateTime newest;
        for (const domain::Case &c : page->rows) {
            if (!newest.isValid() || c.lastPostAt > newest)
                newest = c.lastPostAt;
            if (!domain::isOpen(c.state) || !c.slaDueAt.isValid())
                continue;
            switch (sla.status(c.slaDueAt, now)) {
            case workflow::SlaStatus::OnTime:
                ++onTime;
                break;
            case workflow::SlaStatus::AtRisk:
                ++atRisk;
                break;
            case workflow::SlaStatus::Breached:
                ++late;
                break;
            case workflow::SlaStatus::None:
                break;
            }
        }
        INFO("on time " << onTime << ", at risk " << atRisk << ", late " << late);
        CHECK(newest <= now);
        CHECK(newest >= now.addDays(-2)); // at most back to the last opening (a Sunday: Saturday)
        CHECK(onTime > atRisk + late);    // mostly on time
        CHECK(late >= 1);                 // a few late
        CHECK(late * 4 < onTime + atRisk + late);
    }

    // Voice, knowledge base and departments; a second start changes nothing.
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    REQUIRE_OK(demo::prepareDemoStore(*s, true, QDateTime::currentDateTimeUtc()));
    auto again = demo::prepareDemoStore(*s, true, QDateTime::currentDateTimeUtc());
    REQUIRE_OK(again);
    CHECK(again->postsImported == 0);
    CHECK(again->departmentsAdded == 0);
    auto config = s->config().load();
    REQUIRE_OK(config);
    CHECK(config->tone.teamName == QLatin1String("Webcare Duinzicht"));
    CHECK(config->sources.size() >= 3);
    CHECK(config->brand.contains(QLatin1String("duinzicht")));
    auto departments = s->workflow().departments();
    REQUIRE_OK(departments);
    REQUIRE(departments->size() == 2);
    const auto absent = std::find_if(departments->cbegin(), departments->cend(),
                                     [](const domain::Department &d) { return d.contactAbsent; });
    REQUIRE(absent != departments->cend());
    CHECK(absent->useBackup()); // an escalation goes to the backup
    CHECK(std::count_if(departments->cbegin(), departments->cend(),
                        [](const domain::Department &d) { return !d.backupName.isEmpty(); }) == 2);
}

TEST_CASE("A real store carries nothing of the demo team", "[config][demo]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    auto s = db.open();
    REQUIRE_OK(s->config().seedTemplates(composer::starterTemplates(), QStringLiteral("system")));
    REQUIRE_OK(s->details().seedDefaultTagCatalog());
    const QJsonObject json = exported(*s);
    CHECK_FALSE(QString::fromUtf8(QJsonDocument(json).toJson()).contains(QLatin1String("uinzicht")));
    composer::CheckContext context;
    auto config = s->config().load();
    REQUIRE_OK(config);
    config::applyTeamVoice(context, *config, QStringLiteral("jb"));
    CHECK(context.approvedSources.isEmpty());
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("SELECT tag || description FROM tag_catalog")));
    while (q.next())
        CHECK_FALSE(q.value(0).toString().contains(QLatin1String("uinzicht")));
}
