// SPDX-License-Identifier: MIT
#pragma once

#include "store/accountrepository.h"
#include "store/ingestrepository.h"
#include "support/testsupport.h"

#include <QSqlQuery>

namespace webcare::test {

// One customer post on X in a case, and an account to answer from (never reached: nothing here sends).
struct ReplyFixture {
    qint64 caseId = 0;
    qint64 postId = 0;
    qint64 accountId = 0;
};

inline ReplyFixture makeReplyFixture(store::CaseStore &s, const QString &platformId)
{
    REQUIRE_OK(
        s.ingest().upsertPosts({makePost(domain::Channel::X, platformId, QStringLiteral("Mijn pas is geblokkeerd"),
                                         QDateTime::currentDateTimeUtc().addSecs(-600))}));
    QSqlQuery q(s.database());
    REQUIRE(q.prepare(QStringLiteral("SELECT id, case_id FROM posts WHERE platform_id = ?")));
    q.addBindValue(platformId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    ReplyFixture f;
    f.postId = q.value(0).toLongLong();
    f.caseId = q.value(1).toLongLong();
    domain::Account a;
    a.channel = domain::Channel::X;
    a.name = QStringLiteral("@DuinzichtHelpt");
    a.baseUrl = QStringLiteral("http://127.0.0.1:1");
    auto id = s.accounts().addAccount(a);
    REQUIRE_OK(id);
    f.accountId = *id;
    return f;
}

} // namespace webcare::test
