// SPDX-License-Identifier: MIT
// Working-time SLA (Dutch holidays, opening hours, DST), escalation to departments, follow-ups, the agents' state
// log and atomic case assignment.
#include "support/testsupport.h"

#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/casestore.h"
#include "store/ingestrepository.h"
#include "store/triagerepository.h"
#include "store/workflowrepository.h"
#include "workflow/blending.h"
#include "workflow/holidays.h"
#include "workflow/workingtime.h"

#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <latch>

using namespace webcare;
using namespace webcare::workflow;
using webcare::domain::Channel;
using webcare::test::makePost;

namespace {

const QTimeZone amsterdam = WorkingCalendar::amsterdam();

// A local Amsterdam wall-clock moment, as the agent reads it.
QDateTime local(int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min), amsterdam); }
QDateTime utc(int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC); }

QList<QDate> holidayDates(int year, const HolidayOptions &options = {})
{
    QList<QDate> out;
    for (const HolidayDate &h : dutchHolidays(year, options))
        out << h.date;
    return out;
}

} // namespace

namespace Catch {
template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate).toStdString(); }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

TEST_CASE("Easter is computed for any year", "[workflow][holidays]")
{
    CHECK(easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(easterSunday(2019) == QDate(2019, 4, 21));
    CHECK(easterSunday(2008) == QDate(2008, 3, 23)); // early
    CHECK(easterSunday(2038) == QDate(2038, 4, 25)); // the latest possible date
    CHECK(easterSunday(2285) == QDate(2285, 3, 22)); // the earliest possible date
}

TEST_CASE("Dutch public holidays follow their rules in every year", "[workflow][holidays]")
{
    // 2025: Koningsdag moves to Saturday 26 April because the 27th is a Sunday; 2025 is a lustrum year.
    CHECK(holidayDates(2025) == QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 20), QDate(2025, 4, 21),
                                             QDate(2025, 4, 26), QDate(2025, 5, 5), QDate(2025, 5, 29),
                                             QDate(2025, 6, 8), QDate(2025, 6, 9), QDate(2025, 12, 25),
                                             QDate(2025, 12, 26)});
    CHECK(holidayDates(2024) == QList<QDate>{QDate(2024, 1, 1), QDate(2024, 3, 31), QDate(2024, 4, 1),
                                             QDate(2024, 4, 27), QDate(2024, 5, 9), QDate(2024, 5, 19),
                                             QDate(2024, 5, 20), QDate(2024, 12, 25), QDate(2024, 12, 26)});
    CHECK(holidayDates(2026) == QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 5), QDate(2026, 4, 6),
                                             QDate(2026, 4, 27), QDate(2026, 5, 14), QDate(2026, 5, 24),
                                             QDate(2026, 5, 25), QDate(2026, 12, 25), QDate(2026, 12, 26)});
    CHECK(dutchHoliday(QDate(2014, 4, 26)) == Holiday::KingsDay); // first Koningsdag, the 27th was a Sunday
    CHECK_FALSE(dutchHoliday(QDate(2014, 4, 27)));
    CHECK(dutchHoliday(QDate(2013, 4, 30)) == Holiday::KingsDay); // Koninginnedag
    CHECK(dutchHoliday(QDate(2006, 4, 29)) == Holiday::KingsDay); // 30 April 2006 was a Sunday
    CHECK_FALSE(dutchHoliday(QDate(2026, 4, 30)));

    // Optional days.
    CHECK_FALSE(dutchHoliday(QDate(2025, 4, 18)));
    HolidayOptions options;
    options.goodFriday = true;
    CHECK(dutchHoliday(QDate(2025, 4, 18), options) == Holiday::GoodFriday);
    CHECK_FALSE(dutchHoliday(QDate(2026, 5, 5)));
    options.liberationDay = HolidayOptions::Liberation::EveryYear;
    CHECK(dutchHoliday(QDate(2026, 5, 5), options) == Holiday::LiberationDay);
    options.liberationDay = HolidayOptions::Liberation::Never;
    CHECK_FALSE(dutchHoliday(QDate(2030, 5, 5), options));
    CHECK(dutchHoliday(QDate(2030, 5, 5)) == Holiday::LiberationDay);
    CHECK(holidayDisplayName(Holiday::WhitMonday) == QStringLiteral("Whit Monday"));
}

TEST_CASE("Opening hours are read and written in the stored format", "[workflow][sla]")
{
    const OpeningHours team = OpeningHours::teamDefault();
    CHECK(team.toString() ==
          QStringLiteral("08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,09:00-17:00,-"));
    CHECK(OpeningHours::fromString(team.toString()) == team);
    const auto allDay = OpeningHours::fromString(QStringLiteral("00:00-24:00,-,-,-,-,-,00:00-24:00"));
    REQUIRE(allDay);
    CHECK(allDay->days[6].closeMinute == 1440);
    CHECK_FALSE(OpeningHours::fromString(QStringLiteral("08:00-20:00")));
    CHECK_FALSE(OpeningHours::fromString(QStringLiteral("20:00-08:00,-,-,-,-,-,-")));
    CHECK_FALSE(OpeningHours::fromString(QStringLiteral("8-20,-,-,-,-,-,-")));
}

TEST_CASE("Due times count working hours across evenings, weekends and holidays", "[workflow][sla]")
{
    const WorkingTimeSla sla; // Mon–Fri 08:00–20:00, Sat 09:00–17:00: one working day is 12 hours
    const auto due = [&](const QDateTime &received) { return sla.dueFor(Channel::X, received.toUTC()); };

    // Monday afternoon: the same time the next day.
    CHECK(due(local(2026, 11, 23, 15)) == local(2026, 11, 24, 15));
    // Monday evening after closing: a full day from Tuesday's opening.
    CHECK(due(local(2026, 11, 23, 21, 30)) == local(2026, 11, 24, 20));
    // Friday evening: 1 h on Friday, 8 h on Saturday, 3 h on Monday.
    CHECK(due(local(2026, 11, 27, 19)) == local(2026, 11, 30, 11));
    // Sunday: closed, the clock starts on Monday morning.
    CHECK(due(local(2026, 11, 29, 12)) == local(2026, 11, 30, 20));
    // Christmas 2026: Friday 25 and Saturday 26 December are holidays.
    CHECK(due(local(2026, 12, 24, 19)) == local(2026, 12, 28, 19));
    // New Year 2027 falls on a Friday.
    CHECK(due(local(2026, 12, 31, 17)) == local(2027, 1, 4, 9));
    // Koningsdag 2025 on Saturday 26 April.
    CHECK(due(local(2025, 4, 25, 19)) == local(2025, 4, 28, 19));
    // Ascension Day 2024 (Thursday 9 May).
    CHECK(due(local(2024, 5, 8, 14)) == local(2024, 5, 10, 14));
    // Easter 2025, without and with Good Friday off.
    CHECK(due(local(2025, 4, 17, 18)) == local(2025, 4, 18, 18));
    HolidayOptions goodFriday;
    goodFriday.goodFriday = true;
    const WorkingTimeSla withGoodFriday{WorkingCalendar{OpeningHours::teamDefault(), goodFriday}};
    CHECK(withGoodFriday.dueFor(Channel::X, local(2025, 4, 17, 18)) == local(2025, 4, 22, 10));
    // Whitsun 2026: Monday 25 May is closed.
    CHECK(due(local(2026, 5, 22, 19, 30)) == local(2026, 5, 26, 11, 30));
}

TEST_CASE("Due times follow the local clock through both DST changes", "[workflow][sla]")
{
    const WorkingTimeSla sla;
    // Spring forward on Sunday 29 March 2026: Monday opens at 08:00 CEST, which is 06:00 UTC.
    CHECK(sla.dueFor(Channel::X, utc(2026, 3, 27, 18)) == utc(2026, 3, 30, 9));
    CHECK(sla.dueFor(Channel::X, utc(2026, 3, 27, 18)) == local(2026, 3, 30, 11));
    // Fall back on Sunday 25 October 2026: Monday opens at 08:00 CET, 07:00 UTC.
    CHECK(sla.dueFor(Channel::X, utc(2026, 10, 23, 17)) == utc(2026, 10, 26, 10));
    CHECK(sla.dueFor(Channel::X, utc(2026, 10, 23, 17)) == local(2026, 10, 26, 11));

    // Open round the clock: the DST days really have 23 and 25 hours of working time.
    const auto always = OpeningHours::fromString(
        QStringLiteral("00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00"));
    REQUIRE(always);
    HolidayOptions none;
    none.liberationDay = HolidayOptions::Liberation::Never;
    const WorkingCalendar calendar(*always, none);
    CHECK(calendar.workingSecondsBetween(local(2026, 3, 29, 0), local(2026, 3, 30, 0)) == 23 * 3600);
    CHECK(calendar.workingSecondsBetween(local(2026, 10, 25, 0), local(2026, 10, 26, 0)) == 25 * 3600);
    CHECK(calendar.workingSecondsBetween(local(2026, 3, 28, 0), local(2026, 3, 29, 0)) == 24 * 3600);
    CHECK(calendar.addWorkingSeconds(local(2026, 3, 29, 0), 24 * 3600) == local(2026, 3, 30, 1));
    CHECK(calendar.addWorkingSeconds(local(2026, 10, 25, 0), 24 * 3600) == local(2026, 10, 25, 23));
    const WorkingCalendar team;
    // Counting back is the inverse of counting forward.
    CHECK(team.addWorkingSeconds(local(2026, 11, 30, 11), -12 * 3600) == local(2026, 11, 27, 19));
    CHECK(team.addWorkingSeconds(local(2026, 11, 30, 8), -3600) == local(2026, 11, 28, 16));
    CHECK(calendar.addWorkingSeconds(local(2026, 3, 30, 1), -24 * 3600) == local(2026, 3, 29, 0));
    // Working time is symmetric and zero outside opening hours.
    CHECK(team.workingSecondsBetween(local(2026, 11, 28, 17), local(2026, 11, 30, 8)) == 0);
    CHECK(team.workingSecondsBetween(local(2026, 11, 30, 9), local(2026, 11, 27, 19)) == -(1 + 8 + 1) * 3600);
}

TEST_CASE("SLA targets per channel and category, and the status in working time", "[workflow][sla]")
{
    WorkingTimeSla sla;
    CHECK(sla.targetSeconds(Channel::X) == 12 * 3600);
    sla.setChannelTarget(Channel::X, 3600);
    sla.setCategoryTarget(QStringLiteral("complaint"), 4 * 3600);
    CHECK(sla.dueFor(Channel::X, local(2026, 11, 23, 19, 30)) == local(2026, 11, 24, 8, 30));
    CHECK(sla.dueFor(Channel::Facebook, local(2026, 11, 23, 19, 30)) == local(2026, 11, 24, 19, 30));
    CHECK(sla.dueForCategory(Channel::X, QStringLiteral("complaint"), local(2026, 11, 23, 19, 30)) ==
          local(2026, 11, 24, 11, 30));
    CHECK(sla.dueForCategory(Channel::X, QStringLiteral("question"), local(2026, 11, 23, 19, 30)) ==
          local(2026, 11, 24, 8, 30));

    // Due Monday 09:00. On Saturday afternoon 40 clock hours are left but only 1.5 working hours: at risk.
    const QDateTime dueAt = local(2026, 11, 30, 9);
    CHECK(sla.status(dueAt, local(2026, 11, 27, 10)) == SlaStatus::OnTime);
    CHECK(sla.status(dueAt, local(2026, 11, 28, 16, 30)) == SlaStatus::AtRisk);
    CHECK(sla.status(dueAt, local(2026, 11, 30, 9)) == SlaStatus::Breached);
    CHECK(sla.status(QDateTime(), local(2026, 11, 30, 9)) == SlaStatus::None);
    CHECK(slaStatusDisplayName(SlaStatus::AtRisk) == QStringLiteral("At risk"));
}

BACKEND_TEST_CASE("The store's default SLA is one working day", "[workflow][sla][store]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK(store->ingest().upsertPosts(
        {makePost(Channel::X, QStringLiteral("1"), QStringLiteral("Vrijdagavond vraag"), local(2026, 11, 27, 19))}));
    const domain::Case c = store->cases().inboxPage({})->rows.first();
    CHECK(c.slaDueAt == local(2026, 11, 30, 11));
}

BACKEND_TEST_CASE("Triage into a category with its own target moves the due time", "[workflow][sla][store]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    auto sla = std::make_shared<WorkingTimeSla>();
    sla->setCategoryTarget(QStringLiteral("complaint"), 4 * 3600);
    store->setSlaPolicy(sla);
    REQUIRE_OK(store->ingest().upsertPosts(
        {makePost(Channel::X, QStringLiteral("1"), QStringLiteral("Slechte service!"), local(2026, 11, 27, 16))}));
    const qint64 id = store->cases().inboxPage({})->rows.first().id;
    CHECK(store->cases().caseById(id)->slaDueAt == local(2026, 11, 28, 17)); // 4 h Friday, 8 h Saturday
    const auto decide = [&](const QString &category) {
        return store->triage().recordTriageDecision(
            {id, 0, QStringLiteral("reply"), category, QStringLiteral("jb"), {}}, {});
    };
    REQUIRE_OK(decide(QStringLiteral("complaint")));
    CHECK(store->cases().caseById(id)->slaDueAt == local(2026, 11, 27, 20)); // four working hours after 16:00
    REQUIRE_OK(decide(QStringLiteral("question")));
    CHECK(store->cases().caseById(id)->slaDueAt == local(2026, 11, 28, 17));
}

BACKEND_TEST_CASE("Escalating while the contact person is absent goes to the backup", "[workflow][escalation]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK(store->ingest().upsertPosts({makePost(
        Channel::X, QStringLiteral("1"), QStringLiteral("Waar blijft mijn uitkering?"), local(2026, 11, 27, 10))}));
    const qint64 caseId = store->cases().inboxPage({})->rows.first().id;
    REQUIRE_OK(store->cases().claimCase(caseId, QStringLiteral("jb")));

    domain::Department claims;
    claims.name = QStringLiteral("Schade");
    claims.contactName = QStringLiteral("Anna");
    claims.contactAddress = QStringLiteral("anna@example.nl");
    claims.backupName = QStringLiteral("Bram");
    claims.backupAddress = QStringLiteral("bram@example.nl");
    claims.workingHours = OpeningHours::officeDefault().toString(); // Mon–Fri 09:00–17:00
    claims.internalSlaHours = 8;
    auto deptId = store->workflow().addDepartment(claims, QStringLiteral("lead"));
    REQUIRE_OK(deptId);
    REQUIRE_OK(store->workflow().setContactAbsent(*deptId, true, QStringLiteral("lead")));
    CHECK(store->workflow().departmentById(*deptId)->contactAbsent);

    // Friday 15:00: 2 working hours on Friday, 6 on Monday → due Monday 15:00 in the department's time.
    auto escalation =
        store->workflow().escalateCase(caseId, *deptId, QStringLiteral("Is de betaling verwerkt?"),
                                       QStringLiteral("payments"), QStringLiteral("jb"), local(2026, 11, 27, 15));
    REQUIRE_OK(escalation);
    CHECK(escalation->addresseeName == QStringLiteral("Bram"));
    CHECK(escalation->addresseeAddress == QStringLiteral("bram@example.nl"));
    CHECK(escalation->dueAt == local(2026, 11, 30, 15));
    const domain::Case waiting = *store->cases().caseById(caseId);
    CHECK(waiting.state == domain::CaseState::WaitingOnDepartment);
    CHECK(waiting.assignee == QStringLiteral("jb")); // webcare keeps the customer

    // Late only after the internal SLA in working time, not after eight clock hours.
    CHECK(store->workflow().lateEscalations(local(2026, 11, 28, 12))->isEmpty());
    CHECK(store->workflow().lateEscalations(local(2026, 11, 30, 14, 59))->isEmpty());
    auto late = store->workflow().lateEscalations(local(2026, 11, 30, 15));
    REQUIRE_OK(late);
    REQUIRE(late->size() == 1);
    CHECK(late->first().addresseeName == QStringLiteral("Bram"));
    CHECK(late->first().departmentName == QStringLiteral("Schade"));
    // Anna is back: the reminder goes to her.
    REQUIRE_OK(store->workflow().setContactAbsent(*deptId, false, QStringLiteral("lead")));
    CHECK(store->workflow().lateEscalations(local(2026, 11, 30, 16))->first().addresseeName == QStringLiteral("Anna"));

    REQUIRE_OK(store->workflow().recordDepartmentAnswer(escalation->id, QStringLiteral("Betaald op 1 december"),
                                                        QStringLiteral("bram"), local(2026, 11, 30, 16)));
    CHECK(store->workflow().lateEscalations(local(2026, 11, 30, 17))->isEmpty());
    const domain::Case back = *store->cases().caseById(caseId);
    CHECK(back.state == domain::CaseState::NeedsReply);
    CHECK(back.assignee == QStringLiteral("jb"));
    auto stored = store->workflow().escalations(caseId);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().answer == QStringLiteral("Betaald op 1 december"));
    CHECK(stored->first().isAnswered());
    auto again =
        store->workflow().recordDepartmentAnswer(escalation->id, QStringLiteral("nogmaals"), QStringLiteral("bram"));
    REQUIRE_FALSE(again.hasValue());
    CHECK(again.error().kind == store::StoreError::Kind::Conflict);

    QStringList actions;
    const auto trail = store->cases().auditTrail(caseId); // kept: a range-for over a temporary's value would dangle
    REQUIRE_OK(trail);
    for (const domain::AuditEvent &e : *trail)
        actions << e.action;
    CHECK(actions.contains(QStringLiteral("case.claimed")));
    CHECK(actions.contains(QStringLiteral("case.escalated")));
    CHECK(actions.contains(QStringLiteral("case.department_answer")));
    CHECK(actions.count(QStringLiteral("case.state")) == 2);
}

BACKEND_TEST_CASE("Back-office follow-ups are listed when due", "[workflow][escalation]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK(store->ingest().upsertPosts({makePost(Channel::Facebook, QStringLiteral("f1"),
                                                     QStringLiteral("Ik betaal vrijdag"), local(2026, 11, 23, 10))}));
    const qint64 caseId = store->cases().inboxPage({})->rows.first().id;
    auto id = store->workflow().addFollowUp(caseId, QStringLiteral("Betaling toegezegd, vrijdag controleren"),
                                            local(2026, 11, 27, 9), QStringLiteral("jb"));
    REQUIRE_OK(id);
    CHECK(store->workflow().dueFollowUps(local(2026, 11, 26, 23))->isEmpty());
    auto due = store->workflow().dueFollowUps(local(2026, 11, 27, 9));
    REQUIRE_OK(due);
    REQUIRE(due->size() == 1);
    CHECK(due->first().note == QStringLiteral("Betaling toegezegd, vrijdag controleren"));
    CHECK(due->first().caseId == caseId);
    REQUIRE_OK(store->workflow().completeFollowUp(*id, QStringLiteral("jb")));
    CHECK(store->workflow().dueFollowUps(local(2026, 11, 28, 9))->isEmpty());
    CHECK(store->workflow().followUps(caseId)->first().doneBy == QStringLiteral("jb"));
    CHECK(store->workflow().completeFollowUp(*id, QStringLiteral("jb")).error().kind ==
          store::StoreError::Kind::Conflict);
    QStringList actions;
    const auto trail = store->cases().auditTrail(caseId); // kept: a range-for over a temporary's value would dangle
    REQUIRE_OK(trail);
    for (const domain::AuditEvent &e : *trail)
        actions << e.action;
    CHECK(actions == QStringList{QStringLiteral("case.follow_up"), QStringLiteral("case.follow_up_done")});
}

TEST_CASE("Time per state is split at local midnight and survives a crash", "[workflow][blending]")
{
    const QString jb = QStringLiteral("jb");
    QList<StateInterval> log{
        {jb, AgentState::Webcare, local(2026, 11, 23, 22), local(2026, 11, 24, 1, 30), {}},
        // Crashed: never ended, last heartbeat at 11:15.
        {jb, AgentState::Phone, local(2026, 11, 24, 9), {}, local(2026, 11, 24, 11, 15)},
        // Crashed before its first heartbeat: counts nothing rather than something made up.
        {jb, AgentState::Break, local(2026, 11, 24, 12), {}, {}},
        // A clock set back: never negative.
        {jb, AgentState::Meeting, local(2026, 11, 24, 14), local(2026, 11, 24, 13), {}},
    };
    const DayStateTotals totals = timePerStatePerDay(log, amsterdam);
    CHECK(totals.value(QDate(2026, 11, 23)).value(AgentState::Webcare) == 2 * 3600);
    CHECK(totals.value(QDate(2026, 11, 24)).value(AgentState::Webcare) == 90 * 60);
    CHECK(totals.value(QDate(2026, 11, 24)).value(AgentState::Phone) == 135 * 60);
    CHECK(totals.value(QDate(2026, 11, 24)).value(AgentState::Break) == 0);
    CHECK(totals.value(QDate(2026, 11, 24)).value(AgentState::Meeting) == 0);

    // A night shift over the spring DST change: that Sunday has only 23 hours.
    const DayStateTotals dst =
        timePerStatePerDay({{jb, AgentState::Webcare, local(2026, 3, 28, 22), local(2026, 3, 30, 0), {}}}, amsterdam);
    CHECK(dst.value(QDate(2026, 3, 28)).value(AgentState::Webcare) == 2 * 3600);
    CHECK(dst.value(QDate(2026, 3, 29)).value(AgentState::Webcare) == 23 * 3600);
    CHECK_FALSE(dst.contains(QDate(2026, 3, 30)));
}

BACKEND_TEST_CASE("The agent state log closes a crashed interval at its last heartbeat", "[workflow][blending]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    const QString jb = QStringLiteral("jb");
    REQUIRE_OK(store->agents().setAgentState(jb, AgentState::Phone, local(2026, 11, 23, 22)));
    REQUIRE_OK(store->agents().agentHeartbeat(jb, local(2026, 11, 23, 22, 58)));
    REQUIRE_OK(store->agents().setAgentState(jb, AgentState::Webcare, local(2026, 11, 23, 23)));
    REQUIRE_OK(store->agents().agentHeartbeat(jb, local(2026, 11, 24, 0, 10)));
    REQUIRE_OK(store->agents().agentHeartbeat(jb, local(2026, 11, 24, 0, 30)));
    REQUIRE_OK(store->agents().agentHeartbeat(jb, local(2026, 11, 24, 0, 20))); // late, out-of-order: ignored
    CHECK(*store->agents().currentAgentState(jb) == AgentState::Webcare);
    CHECK(*store->agents().agentsInState(AgentState::Webcare, local(2026, 11, 24, 0, 31)) == QStringList{jb});
    // The client crashed after 00:30; five minutes of silence later it no longer counts as in webcare.
    CHECK(store->agents().agentsInState(AgentState::Webcare, local(2026, 11, 24, 2))->isEmpty());

    // Restart at 08:00: the open interval ends at its last heartbeat, not at 08:00.
    CHECK(*store->agents().closeInterruptedStates(jb) == 1);
    CHECK_FALSE(store->agents().currentAgentState(jb)->has_value());
    REQUIRE_OK(store->agents().setAgentState(jb, AgentState::Webcare, local(2026, 11, 24, 8)));
    REQUIRE_OK(store->agents().agentHeartbeat(jb, local(2026, 11, 24, 8, 50)));
    // Crashed again and switched without a restart step: the stale interval still ends at its heartbeat.
    REQUIRE_OK(store->agents().setAgentState(jb, AgentState::Break, local(2026, 11, 24, 10)));
    REQUIRE_OK(store->agents().agentHeartbeat(jb, local(2026, 11, 24, 10, 14)));
    REQUIRE_OK(store->agents().setAgentState(jb, AgentState::Offline, local(2026, 11, 24, 10, 15)));

    auto log = store->agents().agentStateLog(jb, local(2026, 11, 23, 0), local(2026, 11, 25, 0));
    REQUIRE_OK(log);
    REQUIRE(log->size() == 5);
    const DayStateTotals totals = timePerStatePerDay(*log, amsterdam);
    CHECK(totals.value(QDate(2026, 11, 23)).value(AgentState::Phone) == 3600);
    CHECK(totals.value(QDate(2026, 11, 23)).value(AgentState::Webcare) == 3600);
    CHECK(totals.value(QDate(2026, 11, 24)).value(AgentState::Webcare) == 30 * 60 + 50 * 60);
    CHECK(totals.value(QDate(2026, 11, 24)).value(AgentState::Break) == 15 * 60);
    for (const auto &day : totals) {
        for (qint64 seconds : day)
            CHECK(seconds >= 0);
    }
}

TEST_CASE("Blending suggestions follow the thresholds", "[workflow][blending]")
{
    const BlendingThresholds t; // backlog 15, at risk 3, phone queue 4
    CHECK(suggestSwitch(AgentState::Phone, {20, 0, 0}, t) == BlendingSuggestion::SwitchToWebcare);
    CHECK(suggestSwitch(AgentState::Phone, {2, 3, 1}, t) == BlendingSuggestion::SwitchToWebcare);
    CHECK(suggestSwitch(AgentState::Phone, {2, 1, 0}, t) == BlendingSuggestion::None);
    // Callers waiting come first: no suggestion to leave the phone while the queue is long.
    CHECK(suggestSwitch(AgentState::Phone, {40, 9, 6}, t) == BlendingSuggestion::None);
    CHECK(suggestSwitch(AgentState::Webcare, {40, 9, 4}, t) == BlendingSuggestion::SwitchToPhone);
    CHECK(suggestSwitch(AgentState::Webcare, {40, 9, 3}, t) == BlendingSuggestion::None);
    CHECK(suggestSwitch(AgentState::Break, {40, 9, 9}, t) == BlendingSuggestion::None);
    CHECK(blendingSuggestionText(BlendingSuggestion::SwitchToPhone, {0, 0, 5}).contains(QStringLiteral("5")));
}

BACKEND_TEST_CASE("Two connections claiming the same cases never both own one", "[workflow][assignment]")
{
    test::ScratchDatabase db(backend);
    constexpr int cases = 40;
    QList<qint64> ids;
    {
        auto store = db.open();
        QList<domain::Post> posts;
        for (int i = 0; i < cases; ++i)
            posts << makePost(Channel::X, QStringLiteral("c%1").arg(i), QStringLiteral("Vraag %1").arg(i),
                              local(2026, 11, 23, 10).addSecs(i), QStringLiteral("a%1").arg(i));
        REQUIRE_OK(store->ingest().upsertPosts(posts));
        store::InboxQuery q;
        q.limit = cases;
        const auto page = store->cases().inboxPage(q);
        REQUIRE_OK(page);
        for (const domain::Case &c : page->rows)
            ids << c.id;
        REQUIRE(ids.size() == cases);
    }

    std::latch start(2);
    std::atomic<int> errors{0};
    QHash<qint64, QString> won[2];
    const QString agents[2] = {QStringLiteral("anna"), QStringLiteral("bram")};
    auto claimer = [&](int who) {
        auto opened = store::CaseStore::open(db.location());
        if (!opened) {
            ++errors;
            start.count_down();
            return;
        }
        auto store = std::move(opened).value();
        start.arrive_and_wait();
        for (int i = 0; i < cases; ++i) {
            const qint64 id = ids.at(who == 0 ? i : cases - 1 - i); // opposite orders meet in the middle
            auto r = store->cases().claimCase(id, agents[who]);
            if (r)
                won[who].insert(id, agents[who]);
            else if (r.error().kind != store::StoreError::Kind::Conflict) {
                qWarning("claim %lld: %s", id, qPrintable(r.error().detail));
                ++errors;
            }
        }
    };
    std::unique_ptr<QThread> a(QThread::create(claimer, 0));
    std::unique_ptr<QThread> b(QThread::create(claimer, 1));
    a->start();
    b->start();
    a->wait();
    b->wait();
    CHECK(errors == 0);
    CHECK(won[0].size() + won[1].size() == cases);
    for (auto it = won[0].cbegin(); it != won[0].cend(); ++it)
        CHECK_FALSE(won[1].contains(it.key()));

    auto store = db.open();
    for (qint64 id : std::as_const(ids)) {
        const QString owner = store->cases().caseById(id)->assignee;
        CHECK(owner == (won[0].contains(id) ? agents[0] : agents[1]));
    }
    // Claiming one's own case again is fine; someone else's is a conflict; releasing frees it.
    const qint64 first = ids.first();
    const QString owner = store->cases().caseById(first)->assignee;
    const QString other = owner == agents[0] ? agents[1] : agents[0];
    REQUIRE_OK(store->cases().claimCase(first, owner));
    CHECK(store->cases().claimCase(first, other).error().kind == store::StoreError::Kind::Conflict);
    REQUIRE_OK(store->cases().releaseCase(first, owner));
    REQUIRE_OK(store->cases().claimCase(first, other));
}

BACKEND_TEST_CASE("Auto-assignment goes round the agents in webcare within their limit", "[workflow][assignment]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    QList<domain::Post> posts;
    for (int i = 0; i < 7; ++i)
        posts << makePost(Channel::X, QStringLiteral("c%1").arg(i), QStringLiteral("Vraag %1").arg(i),
                          local(2026, 11, 23, 10).addSecs(i * 60), QStringLiteral("a%1").arg(i));
    REQUIRE_OK(store->ingest().upsertPosts(posts));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const char *agent : {"cees", "anna", "bram"})
        REQUIRE_OK(store->agents().setAgentState(QString::fromLatin1(agent), AgentState::Webcare, now.addSecs(-60)));
    REQUIRE_OK(store->agents().setAgentState(QStringLiteral("dirk"), AgentState::Phone, now.addSecs(-60)));

    auto assigned = store->cases().autoAssign(2, now);
    REQUIRE_OK(assigned);
    QStringList order;
    for (const store::Assignment &a : *assigned)
        order << a.agent;
    CHECK(order == QStringList{QStringLiteral("anna"), QStringLiteral("bram"), QStringLiteral("cees"),
                               QStringLiteral("anna"), QStringLiteral("bram"), QStringLiteral("cees")});
    // The most urgent cases went first; one is left because everyone reached the limit.
    store::InboxFilter unassigned;
    unassigned.assignee = QStringLiteral("");
    CHECK(*store->cases().countCases(unassigned) == 1);
    CHECK(store->cases().autoAssign(2, now)->isEmpty());

    // Anna finishes a case: the next one goes to her, and the turn continues after her.
    REQUIRE_OK(
        store->cases().setCaseState(assigned->first().caseId, domain::CaseState::Resolved, QStringLiteral("anna")));
    auto next = store->cases().autoAssign(2, now);
    REQUIRE_OK(next);
    REQUIRE(next->size() == 1);
    CHECK(next->first().agent == QStringLiteral("anna"));
}
