// SPDX-License-Identifier: MIT
#include "fakeaccounts.h"

#include "store/outboxrepository.h"
#include "testsupport.h"

#include <QSqlQuery>

namespace webcare::test {

using domain::Channel;

domain::Account fakeAccount(Channel channel, const QUrl &base)
{
    domain::Account a;
    a.channel = channel;
    a.pollSeconds = 3600; // the tests poll by hand, or restart the process
    QString root = base.toString();
    if (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    a.baseUrl = root;
    switch (channel) {
    case Channel::X:
        a.name = QStringLiteral("@DuinzichtHelpt");
        a.handle = QStringLiteral("DuinzichtHelpt"); // searches leave out the account's own posts by handle
        a.platformUserId = QStringLiteral("1580000000000000001");
        break;
    case Channel::Mastodon:
        a.name = QStringLiteral("@duinzicht");
        a.platformUserId = QStringLiteral("109000000000000001");
        break;
    case Channel::Facebook:
        a.name = QStringLiteral("Duinzicht Verzekeringen");
        a.baseUrl = root + QStringLiteral("/v19.0");
        a.platformUserId = QStringLiteral("104000000000001");
        break;
    case Channel::Discourse:
        a.name = QStringLiteral("Duinzicht Community");
        a.platformUserId = QStringLiteral("Duinzicht_Team");
        break;
    }
    return a;
}

qint64 approveAnswer(store::CaseStore &s, qint64 accountId, Channel channel, const QString &text,
                     const QString &platformId)
{
    QSqlQuery q(s.database());
    if (platformId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, case_id FROM posts WHERE channel = ? AND from_own_account = 0 "
                                 "ORDER BY created_at DESC, id DESC LIMIT 1"));
        q.addBindValue(domain::channelKey(channel));
    } else {
        q.prepare(QStringLiteral("SELECT id, case_id FROM posts WHERE channel = ? AND platform_id = ?"));
        q.addBindValue(domain::channelKey(channel));
        q.addBindValue(platformId);
    }
    REQUIRE(q.exec());
    REQUIRE(q.next());
    domain::Reply r;
    r.inReplyToPostId = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.accountId = accountId;
    r.text = text;
    r.agent = QStringLiteral("jb");
    r.signature = QStringLiteral("^JB");
    auto id = s.outbox().approveReply(r);
    REQUIRE_OK(id);
    return *id;
}

} // namespace webcare::test
