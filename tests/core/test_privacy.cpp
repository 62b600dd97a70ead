// SPDX-License-Identifier: MIT
// Privacy (AVG/GDPR): the retention period anonymises resolved cases that saw no activity for the period, and one
// author's data are exported or erased on request; each is in the audit trail, on both backends, and through the
// command line.
#include "store/caserepository.h"
#include "store/ingestrepository.h"
#include "store/outboxrepository.h"
#include "store/privacyrepository.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTimeZone>

using namespace webcare;
using domain::Channel;

namespace {

const QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(10, 0), QTimeZone::utc());

QVariant value(store::CaseStore &s, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(s.database());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

qint64 caseOf(store::CaseStore &s, const QString &conversation)
{
    return value(s, QStringLiteral("SELECT id FROM cases WHERE conversation_id = ?"), {conversation}).toLongLong();
}

// Two customers: 501 (Jansen) writes in cases c1 and c2, 502 (De Vries) only in c3.
void seed(store::CaseStore &s)
{
    REQUIRE_OK(s.ingest().upsertPosts({
        test::makePost(Channel::X, QStringLiteral("1"), QStringLiteral("Mijn pas 1234 werkt niet, Jansen"), start,
                       QStringLiteral("501"), {}, QStringLiteral("c1")),
        test::makePost(Channel::X, QStringLiteral("2"), QStringLiteral("Nog steeds niet"), start.addSecs(60),
                       QStringLiteral("501"), QStringLiteral("1"), QStringLiteral("c1")),
        test::makePost(Channel::X, QStringLiteral("3"), QStringLiteral("Andere vraag over mijn hypotheek"),
                       start.addSecs(120), QStringLiteral("501"), {}, QStringLiteral("c2")),
        test::makePost(Channel::X, QStringLiteral("4"), QStringLiteral("Ik woon op de Dorpsstraat 5"),
                       start.addSecs(180), QStringLiteral("502"), {}, QStringLiteral("c3")),
    }));
}

} // namespace

BACKEND_TEST_CASE("The retention period anonymises resolved cases without activity, once, in the audit trail",
                  "[privacy]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    seed(*s);
    const qint64 c1 = caseOf(*s, QStringLiteral("c1"));
    const qint64 c2 = caseOf(*s, QStringLiteral("c2"));
    const qint64 c3 = caseOf(*s, QStringLiteral("c3"));
    REQUIRE_OK(s->cases().setCaseState(c1, domain::CaseState::Resolved, QStringLiteral("anna")));
    REQUIRE_OK(s->cases().setCaseState(c3, domain::CaseState::Resolved, QStringLiteral("anna")));
    domain::Reply reply;
    reply.caseId = c1;
    reply.text = QStringLiteral("Hallo meneer Jansen, ...");
    reply.agent = QStringLiteral("anna");
    const qint64 replyId = *s->outbox().approveReply(reply);
    REQUIRE_OK(s->outbox().finishReply(replyId, domain::ReplyState::Sent, QStringLiteral("x-9")));

    // Resolved just now: not yet past a 30-day period.
    auto none = s->privacy().applyRetention(30, QStringLiteral("privacy-officer"));
    REQUIRE_OK(none);
    CHECK(none->cases == 0);

    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(31);
    auto applied = s->privacy().applyRetention(30, QStringLiteral("privacy-officer"), later);
    REQUIRE_OK(applied);
    CHECK(applied->cases == 2); // c1 and c3; c2 is still open
    CHECK(applied->posts == 3);
    CHECK(applied->authors == 1); // 502; 501 still has an open case (c2)

    const QString textOf = QStringLiteral("SELECT text FROM posts WHERE platform_id = ?");
    CHECK(value(*s, textOf, {QStringLiteral("1")}).toString().isEmpty());
    CHECK(value(*s, textOf, {QStringLiteral("4")}).toString().isEmpty());
    CHECK(value(*s, textOf, {QStringLiteral("3")}).toString() == QStringLiteral("Andere vraag over mijn hypotheek"));
    CHECK(value(*s, QStringLiteral("SELECT raw_payload FROM posts WHERE platform_id = '1'")).toString() ==
          QStringLiteral("{}"));
    CHECK(value(*s, QStringLiteral("SELECT author_name FROM cases WHERE id = ?"), {c1}).toString().isEmpty());
    CHECK(value(*s, QStringLiteral("SELECT preview FROM cases WHERE id = ?"), {c3}).toString().isEmpty());
    CHECK_FALSE(value(*s, QStringLiteral("SELECT preview FROM cases WHERE id = ?"), {c2}).toString().isEmpty());
    CHECK(value(*s, QStringLiteral("SELECT text FROM replies WHERE id = ?"), {replyId}).toString().isEmpty());
    CHECK(value(*s, QStringLiteral("SELECT handle FROM authors WHERE platform_id = '501'")).toString() ==
          QStringLiteral("user501"));
    CHECK(value(*s, QStringLiteral("SELECT count(*) FROM authors WHERE platform_id = '502'")).toInt() == 0);
    CHECK(value(*s, QStringLiteral("SELECT count(*) FROM authors WHERE display_name = 'Klant 502'")).toInt() == 0);
    // Search no longer finds the removed words.
    store::InboxFilter filter;
    filter.search = QStringLiteral("Dorpsstraat");
    auto found = s->cases().countCases(filter);
    REQUIRE_OK(found);
    CHECK(*found == 0);

    auto trail = s->cases().auditTrail(c1);
    REQUIRE_OK(trail);
    CHECK(std::any_of(trail->cbegin(), trail->cend(), [](const domain::AuditEvent &e) {
        return e.action == QStringLiteral("privacy.anonymised") && e.actor == QStringLiteral("privacy-officer");
    }));
    // Applying it again changes nothing.
    auto again = s->privacy().applyRetention(30, QStringLiteral("privacy-officer"), later);
    REQUIRE_OK(again);
    CHECK(again->cases == 0);
    CHECK(value(*s, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 3); // the counts stay
}

BACKEND_TEST_CASE("One author's data are exported and erased on request, recorded without their handle", "[privacy]")
{
    test::ScratchDatabase db(backend);
    auto s = db.open();
    seed(*s);
    auto missing = s->privacy().exportAuthor(Channel::X, QStringLiteral("@nobody"), QStringLiteral("dpo"));
    REQUIRE_FALSE(missing.hasValue());
    CHECK(missing.error().kind == store::StoreError::Kind::NotFound);

    auto exported = s->privacy().exportAuthor(Channel::X, QStringLiteral("@user501"), QStringLiteral("dpo"));
    REQUIRE_OK(exported);
    const QJsonObject json = QJsonDocument::fromJson(*exported).object();
    CHECK(json.value(QLatin1String("author")).toObject().value(QLatin1String("displayName")).toString() ==
          QStringLiteral("Klant 501"));
    const QJsonArray posts = json.value(QLatin1String("posts")).toArray();
    REQUIRE(posts.size() == 3);
    CHECK(posts.at(0).toObject().value(QLatin1String("text")).toString() ==
          QStringLiteral("Mijn pas 1234 werkt niet, Jansen"));

    auto erased = s->privacy().eraseAuthor(Channel::X, QStringLiteral("user501"), QStringLiteral("dpo"));
    REQUIRE_OK(erased);
    CHECK(erased->posts == 3);
    CHECK(erased->cases == 2);
    CHECK(value(*s, QStringLiteral("SELECT count(*) FROM posts WHERE text <> ''")).toInt() == 1); // 502's post
    CHECK(value(*s, QStringLiteral("SELECT count(*) FROM authors WHERE handle = 'user501' OR platform_id = '501'"))
              .toInt() == 0);
    // The audit trail records who did it, and names the author by our key only.
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, action, detail FROM audit_events WHERE action LIKE 'privacy.%' "
                                  "ORDER BY id")));
    QStringList actions;
    while (q.next()) {
        CHECK(q.value(0).toString() == QStringLiteral("dpo"));
        CHECK_FALSE(q.value(2).toString().contains(QStringLiteral("user501")));
        actions << q.value(1).toString();
    }
    CHECK(actions == QStringList{QStringLiteral("privacy.exported"), QStringLiteral("privacy.erased")});
    // Erased means gone: a second request finds no one.
    CHECK_FALSE(s->privacy().eraseAuthor(Channel::X, QStringLiteral("user501"), QStringLiteral("dpo")).hasValue());
}

TEST_CASE("webcaredesk privacy exports, erases and applies the retention period", "[privacy][cli]")
{
    test::ScratchDatabase db(store::Backend::Sqlite);
    {
        auto s = db.open();
        seed(*s);
    }
    auto run = [&](const QStringList &args) {
        QProcess p;
        QStringList env = QProcess::systemEnvironment();
        env << QStringLiteral("QT_QPA_PLATFORM=offscreen") << QStringLiteral("LANG=en_GB.UTF-8")
            << QStringLiteral("LC_ALL=en_GB.UTF-8");
        p.setEnvironment(env);
        p.start(QStringLiteral(WEBCARE_APP_PATH),
                QStringList{QStringLiteral("privacy"), QStringLiteral("--db"), db.location().sqlitePath} + args);
        REQUIRE(p.waitForFinished(60000));
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto usage = run({});
    CHECK(usage.first == 2);
    auto exported = run({QStringLiteral("--export-author"), QStringLiteral("x:@user502")});
    INFO(exported.second.toStdString());
    CHECK(exported.first == 0);
    CHECK(exported.second.contains(QStringLiteral("Dorpsstraat")));
    auto erased = run({QStringLiteral("--erase-author"), QStringLiteral("x:user502"), QStringLiteral("--actor"),
                       QStringLiteral("dpo")});
    CHECK(erased.first == 0);
    CHECK(run({QStringLiteral("--export-author"), QStringLiteral("x:user502")}).first == 1);
    auto retention = run({QStringLiteral("--apply-retention"), QStringLiteral("30")});
    CHECK(retention.first == 0);
    CHECK(retention.second.contains(QStringLiteral("0 cases anonymised")));
    auto s = db.open();
    CHECK(value(*s, QStringLiteral("SELECT count(*) FROM audit_events WHERE actor = 'dpo' AND action = "
                                   "'privacy.erased'"))
              .toInt() == 1);
}
