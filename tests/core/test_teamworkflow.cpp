// SPDX-License-Identifier: MIT
// Reminders (what to notify, once per item), the team's shared workflow settings and their storage.
#include "support/testsupport.h"

#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/casestore.h"
#include "store/ingestrepository.h"
#include "store/storeservice.h"
#include "store/teamsettingsrepository.h"
#include "workflow/reminders.h"
#include "workflow/teamsettings.h"
#include "workflow/teamwork.h"
#include "workflow/workingtime.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest/QTest>

using namespace webcare;
using namespace webcare::workflow;
using Kind = webcare::workflow::ReminderItem::Kind;

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC); }
QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), WorkingCalendar::amsterdam());
}
ReminderItem item(Kind kind, qint64 id, const QDateTime &due, const QString &subject = QStringLiteral("Marloes"))
{
    return ReminderItem{kind, id, 100 + id, due, subject};
}
} // namespace

TEST_CASE("Each reminder is notified once, and again only when it is a new situation", "[workflow][reminders]")
{
    ReminderTracker tracker;
    const QDateTime now = utc(2026, 11, 27, 10);
    const ReminderItem soon = item(Kind::SlaBreach, 1, now.addSecs(20 * 60));
    const ReminderItem late = item(Kind::LateEscalation, 7, now.addSecs(-3600), QStringLiteral("Schade (Bram)"));
    const ReminderItem due = item(Kind::FollowUpDue, 3, now.addSecs(-60), QStringLiteral("Betaling controleren"));

    QList<Notification> first = tracker.update({soon, late, due}, now);
    REQUIRE(first.size() == 3);
    CHECK(first.at(0).kind == Kind::SlaBreach);
    CHECK(first.at(0).caseId == 101);
    CHECK(first.at(0).title.contains(QStringLiteral("about to breach")));
    CHECK(first.at(1).kind == Kind::LateEscalation);
    CHECK(first.at(1).text.contains(QStringLiteral("Schade (Bram)")));
    CHECK(first.at(2).text == QStringLiteral("Betaling controleren"));
    CHECK(tracker.wasNotified(soon));

    // The minute-by-minute check repeats nothing still pending.
    CHECK(tracker.update({soon, late, due}, now.addSecs(60)).isEmpty());
    CHECK(tracker.update({late, soon, due}, now.addSecs(120)).isEmpty());

    // The customer wrote again: the case has a new due time and is a new item.
    const ReminderItem reopened = item(Kind::SlaBreach, 1, now.addSecs(25 * 60));
    QList<Notification> again = tracker.update({reopened, late, due}, now.addSecs(180));
    REQUIRE(again.size() == 1);
    CHECK(again.first().caseId == 101);

    // Answered and done: forgotten. Should the follow-up come back (reopened), it is told again.
    CHECK(tracker.update({}, now.addSecs(240)).isEmpty());
    CHECK_FALSE(tracker.wasNotified(late));
    CHECK(tracker.update({due}, now.addSecs(300)).size() == 1);

    // Past its due time the case has breached, and the title says so.
    ReminderTracker other;
    const QList<Notification> breached = other.update({item(Kind::SlaBreach, 9, now.addSecs(-60))}, now);
    REQUIRE(breached.size() == 1);
    CHECK(breached.first().title.contains(QStringLiteral("has breached")));
}

TEST_CASE("Many new reminders of one kind become one summary", "[workflow][reminders]")
{
    ReminderTracker tracker;
    const QDateTime now = utc(2026, 11, 30, 8);
    QList<ReminderItem> items;
    for (qint64 id = 1; id <= 7; ++id)
        items << item(Kind::SlaBreach, id, now.addSecs(-id * 600));
    items << item(Kind::FollowUpDue, 1, now);
    const QList<Notification> out = tracker.update(items, now);
    REQUIRE(out.size() == 2);
    CHECK(out.at(0).kind == Kind::SlaBreach);
    CHECK(out.at(0).items == 7);
    CHECK(out.at(0).caseId == 0);
    CHECK(out.at(0).title.contains(QStringLiteral("7")));
    CHECK(out.at(1).kind == Kind::FollowUpDue);
    // Summarised items count as told.
    CHECK(tracker.update(items, now.addSecs(60)).isEmpty());
    // One more: told on its own.
    items << item(Kind::SlaBreach, 8, now.addSecs(600));
    const QList<Notification> more = tracker.update(items, now.addSecs(120));
    REQUIRE(more.size() == 1);
    CHECK(more.first().caseId == 108);
}

TEST_CASE("Team workflow settings survive the key-value round trip and shape the SLA", "[workflow][teamsettings]")
{
    TeamWorkflowSettings s;
    s.hours = OpeningHours::officeDefault();
    s.holidays.goodFriday = true;
    s.holidays.liberationDay = HolidayOptions::Liberation::EveryYear;
    s.slaHours = 4;
    s.channelSlaHours.insert(domain::Channel::Facebook, 2);
    s.categorySlaHours.insert(QStringLiteral("complaint"), 1);
    s.atRiskMinutes = 45;
    s.roundRobin = true;
    s.maxOpenPerAgent = 6;
    s.thresholds.webcareBacklog = 20;
    s.thresholds.slaAtRisk = 5;
    s.thresholds.phoneQueue = 2;
    s.notifyBeforeMinutes = 15;

    const QHash<QString, QString> map = s.toMap();
    const TeamWorkflowSettings back = TeamWorkflowSettings::fromMap(map);
    CHECK(back.toMap() == map);
    CHECK(back.hours == OpeningHours::officeDefault());
    CHECK(back.holidays.goodFriday);
    CHECK(back.holidays.liberationDay == HolidayOptions::Liberation::EveryYear);
    CHECK(back.channelSlaHours.value(domain::Channel::Facebook) == 2);
    CHECK_FALSE(back.channelSlaHours.contains(domain::Channel::X)); // written as 0: the default
    CHECK(back.roundRobin);
    CHECK(back.maxOpenPerAgent == 6);
    CHECK(back.thresholds.phoneQueue == 2);
    CHECK(back.notifyBeforeMinutes == 15);

    // What a newer client or a typo wrote keeps the default, and nothing else breaks.
    QHash<QString, QString> odd = map;
    odd.insert(QStringLiteral("workflow/opening_hours"), QStringLiteral("9 to 5"));
    odd.insert(QStringLiteral("assignment/max_open_per_agent"), QStringLiteral("-3"));
    odd.insert(QStringLiteral("workflow/sla_hours/channel/myspace"), QStringLiteral("3"));
    const TeamWorkflowSettings tolerant = TeamWorkflowSettings::fromMap(odd);
    CHECK(tolerant.hours == OpeningHours::teamDefault());
    CHECK(tolerant.maxOpenPerAgent == TeamWorkflowSettings{}.maxOpenPerAgent);
    CHECK(tolerant.channelSlaHours.size() == 1);
    CHECK(TeamWorkflowSettings::fromMap({}).toMap() == TeamWorkflowSettings{}.toMap());

    // The policy: office hours, Good Friday closed (3 April 2026), targets per channel and category.
    const auto sla = back.slaPolicy();
    CHECK(sla->atRiskSeconds() == 45 * 60);
    // Thursday 2 April 15:00 + 4 working hours: 2 on Thursday, Good Friday closed, the weekend, Easter Monday
    // (6 April) closed → Tuesday 7 April 11:00.
    CHECK(sla->dueFor(domain::Channel::X, local(2026, 4, 2, 15)) == local(2026, 4, 7, 11));
    CHECK(sla->dueFor(domain::Channel::Facebook, local(2026, 4, 2, 15)) == local(2026, 4, 2, 17));
    CHECK(sla->dueForCategory(domain::Channel::Facebook, QStringLiteral("complaint"), local(2026, 4, 2, 15)) ==
          local(2026, 4, 2, 16));
    // Without the Good Friday option that Friday is a working day.
    TeamWorkflowSettings open = back;
    open.holidays.goodFriday = false;
    CHECK(open.slaPolicy()->dueFor(domain::Channel::X, local(2026, 4, 2, 15)) == local(2026, 4, 3, 11));
}

BACKEND_TEST_CASE("Team settings are shared through the store with who changed them", "[workflow][teamsettings]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    auto other = db.open(); // a second client of the team
    const QString key = QStringLiteral("assignment/round_robin");

    auto missing = store->settings().teamSetting(key);
    REQUIRE_OK(missing);
    CHECK_FALSE(missing->has_value());
    REQUIRE_OK(
        store->settings().setTeamSetting(key, QStringLiteral("1"), QStringLiteral("lead"), utc(2026, 11, 27, 9)));
    auto seen = other->settings().teamSetting(key);
    REQUIRE_OK(seen);
    REQUIRE(seen->has_value());
    CHECK(**seen == QStringLiteral("1"));

    TeamWorkflowSettings s;
    s.roundRobin = false;
    s.maxOpenPerAgent = 4;
    REQUIRE_OK(other->settings().setTeamSettings(s.toMap(), QStringLiteral("sanne"), utc(2026, 11, 27, 10)));
    auto all = store->settings().teamSettings();
    REQUIRE_OK(all);
    CHECK(*all == s.toMap());
    const TeamWorkflowSettings loaded = TeamWorkflowSettings::fromMap(*all);
    CHECK_FALSE(loaded.roundRobin);
    CHECK(loaded.maxOpenPerAgent == 4);

    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT updated_by, updated_at FROM team_settings WHERE key = "
                                  "'assignment/round_robin'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("sanne"));
    CHECK(q.value(1).toLongLong() == utc(2026, 11, 27, 10).toMSecsSinceEpoch());
    q.finish();

    // Saving the same values again changes nothing and leaves no audit noise.
    const auto auditCount = [&] {
        QSqlQuery c(store->database());
        REQUIRE(c.exec(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'team.setting'")));
        REQUIRE(c.next());
        return c.value(0).toLongLong();
    };
    const qint64 before = auditCount();
    CHECK(before == 1 + s.toMap().size());
    REQUIRE_OK(store->settings().setTeamSettings(s.toMap(), QStringLiteral("lead"), utc(2026, 11, 27, 11)));
    CHECK(auditCount() == before);
    REQUIRE(q.exec(QStringLiteral("SELECT updated_by FROM team_settings WHERE key = 'assignment/round_robin'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("sanne"));
}

TEST_CASE("TeamWork follows the team's settings: the store's due times and round-robin assignment",
          "[workflow][teamwork]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    TeamWorkflowSettings team;
    team.roundRobin = true;
    team.maxOpenPerAgent = 3;
    team.slaHours = 2;
    {
        auto s = db.open();
        REQUIRE_OK(s->settings().setTeamSettings(team.toMap(), QStringLiteral("lead")));
        REQUIRE_OK(s->ingest().upsertPosts(
            {test::makePost(domain::Channel::X, QStringLiteral("1"), QStringLiteral("Mijn pas is geblokkeerd"),
                            QDateTime::currentDateTimeUtc().addSecs(-60))}));
        REQUIRE_OK(s->agents().setAgentState(QStringLiteral("anna"), domain::AgentState::Webcare));
    }
    store::StoreService service;
    bool opened = false;
    service.open(db.location(), &service, [&](store::StoreService::OpenResult r) { opened = r.hasValue(); });
    REQUIRE(QTest::qWaitFor([&] { return opened; }, 10000));

    TeamWork work(&service);
    work.setAgent(QStringLiteral("anna"));
    QSignalSpy changed(&work, &TeamWork::settingsChanged);
    QSignalSpy assigned(&work, &TeamWork::assigned);
    QSignalSpy problems(&work, &TeamWork::problem);
    work.start();
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 10000));
    CHECK(work.settings().roundRobin);
    CHECK(work.settings().maxOpenPerAgent == 3);
    CHECK(work.settings().slaHours == 2);

    // Round-robin started with the settings: the one new case went to the one agent in webcare state, here.
    REQUIRE(QTest::qWaitFor([&] { return assigned.count() == 1; }, 10000));
    CHECK(assigned.first().at(0).toInt() == 1);
    CHECK(assigned.first().at(1).toInt() == 1);
    CHECK(problems.isEmpty());

    // The store now computes due times with the team's SLA (two working hours), not the 24 calendar hours it
    // opened with.
    const QDateTime at = QDateTime(QDate(2026, 12, 7), QTime(9, 0), WorkingCalendar::amsterdam()).toUTC();
    std::optional<Expected<domain::Case, store::StoreError>> opened2;
    QObject context;
    service.run<domain::Case>(
        &context,
        [at](store::CaseStore &s) -> Expected<domain::Case, store::StoreError> {
            auto r = s.ingest().upsertPosts(
                {test::makePost(domain::Channel::X, QStringLiteral("2"), QStringLiteral("Waar blijft mijn geld?"), at,
                                QStringLiteral("77"))});
            if (!r)
                return unexpected(r.error());
            return s.cases().caseById(r->touchedCases.first());
        },
        [&](Expected<domain::Case, store::StoreError> c) { opened2.emplace(std::move(c)); });
    REQUIRE(QTest::qWaitFor([&] { return opened2.has_value(); }, 10000));
    REQUIRE_OK(*opened2);
    CHECK((*opened2)->slaDueAt == work.sla()->dueFor(domain::Channel::X, at));
    CHECK((*opened2)->slaDueAt == at.addSecs(2 * 3600));
}
