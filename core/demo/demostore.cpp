// SPDX-License-Identifier: MIT
#include "demo/demostore.h"

#include "config/teamconfigjson.h"
#include "ingest/importer.h"
#include "store/caserepository.h"
#include "store/teamconfigrepository.h"
#include "store/workflowrepository.h"
#include "workflow/workingtime.h"

#include <QFile>

namespace webcare::demo {

namespace {

store::StoreError demoError(store::CaseStore &s, const QString &detail)
{
    return store::StoreError{store::StoreError::Kind::Query, s.location().displayName(), detail};
}

// The demo team's voice and knowledge base (resources/demo/team-config.json), once: a team name set means the
// configuration is the user's now.
Expected<void, store::StoreError> applyDemoTeam(store::CaseStore &s)
{
    auto current = s.config().load();
    if (!current)
        return unexpected(current.error());
    if (!current->tone.teamName.isEmpty())
        return {};
    QFile file(QStringLiteral(":/demo/team-config.json"));
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(demoError(s, file.errorString()));
    auto parsed = config::parseConfiguration(file.readAll());
    if (!parsed)
        return unexpected(demoError(s, parsed.error().join(u'\n')));
    auto changed = s.config().replace(parsed->config, parsed->sections, QStringLiteral("demo"));
    if (!changed)
        return unexpected(changed.error());
    return {};
}

// Two departments to escalate to; the claims department's contact person is away, so its backup gets the case.
Expected<int, store::StoreError> addDemoDepartments(store::CaseStore &s)
{
    auto existing = s.workflow().departments();
    if (!existing)
        return unexpected(existing.error());
    if (!existing->isEmpty())
        return 0;
    domain::Department claims;
    claims.name = QStringLiteral("Schadeafdeling"); // the demo team's own data, Dutch like its posts
    claims.contactName = QStringLiteral("Marieke de Graaf");
    claims.contactAddress = QStringLiteral("m.degraaf@duinzicht.example");
    claims.backupName = QStringLiteral("Youssef El Amrani");
    claims.backupAddress = QStringLiteral("y.elamrani@duinzicht.example");
    claims.contactAbsent = true;
    claims.internalSlaHours = 8;
    domain::Department health;
    health.name = QStringLiteral("Zorgverzekering");
    health.contactName = QStringLiteral("Pieter Hoekstra");
    health.contactAddress = QStringLiteral("p.hoekstra@duinzicht.example");
    health.backupName = QStringLiteral("Lisa Jansen");
    health.backupAddress = QStringLiteral("l.jansen@duinzicht.example");
    health.internalSlaHours = 16;
    for (const domain::Department &d : {claims, health}) {
        auto id = s.workflow().addDepartment(d, QStringLiteral("demo"));
        if (!id)
            return unexpected(id.error());
    }
    return 2;
}

} // namespace

Expected<DemoPrepared, store::StoreError> prepareDemoStore(store::CaseStore &store, bool withAccounts,
                                                           const QDateTime &nowUtc)
{
    DemoPrepared prepared;
    if (withAccounts) {
        WEBCARE_TRY(ingest::addDemoAccounts(store));
    }
    auto count = store.cases().postCount();
    if (!count)
        return unexpected(count.error());
    if (*count == 0) {
        // The feed's week laid over the last working day (the team's default hours), in working time, the last
        // post 20 minutes ago. Measured (tests/core/test_teamconfig.cpp) on a Monday, Wednesday and Saturday:
        // 205 open cases on time, 58 at risk, 32 late; on a Sunday 224, 70 and 1.
        const workflow::WorkingCalendar calendar;
        const QDateTime end = nowUtc.addSecs(-20 * 60);
        const qint64 window = calendar.fullDaySeconds();
        const QDateTime start = calendar.addWorkingSeconds(end, -window);
        const auto placeAt = [&calendar, start, window](double at) {
            return calendar.addWorkingSeconds(start, qint64(at * double(window)));
        };
        for (const ingest::ImportReport &r : ingest::importDemoFeed(store, placeAt)) {
            if (r.storeError)
                return unexpected(*r.storeError);
            if (r.parseError)
                return unexpected(demoError(store, r.parseError->message));
            prepared.postsImported += r.inserted;
        }
    }
    WEBCARE_TRY(applyDemoTeam(store));
    auto departments = addDemoDepartments(store);
    if (!departments)
        return unexpected(departments.error());
    prepared.departmentsAdded = *departments;
    return prepared;
}

} // namespace webcare::demo
