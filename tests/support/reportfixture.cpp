// SPDX-License-Identifier: MIT
#include "reportfixture.h"

#include "store/satisfactionrepository.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace webcare::test {

namespace {

qint64 ms(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
QVariant nullMs() { return QVariant(QMetaType(QMetaType::LongLong)); }

class Writer {
public:
    explicit Writer(store::CaseStore &store)
        : m_db(store.database())
    {
        m_author = insert(QStringLiteral("INSERT INTO authors (channel, platform_id, handle) VALUES ('x', 'c1', "
                                         "'klant') RETURNING id"),
                          {});
    }
    qint64 insert(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db);
        REQUIRE(q.prepare(sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        INFO(q.lastError().text().toStdString() << " in " << sql.toStdString());
        REQUIRE(q.exec());
        return q.next() ? q.value(0).toLongLong() : 0;
    }
    // A case opened by a customer's post.
    qint64 openCase(const QString &channel, const QDateTime &at, const QString &state = QStringLiteral("new"))
    {
        const QString conversation = QStringLiteral("conv-%1").arg(++m_counter);
        const qint64 id = insert(QStringLiteral("INSERT INTO cases (channel, conversation_id, state, due_key, "
                                                "opened_at, last_post_at) VALUES (?, ?, ?, 0, ?, ?) RETURNING id"),
                                 {channel, conversation, state, ms(at), ms(at)});
        post(id, channel, at);
        return id;
    }
    void post(qint64 caseId, const QString &channel, const QDateTime &at, bool own = false)
    {
        insert(QStringLiteral("INSERT INTO posts (channel, platform_id, author_id, case_id, text, created_at, "
                              "conversation_id, from_own_account, raw_payload, imported_at) VALUES (?, ?, ?, ?, "
                              "'tekst', ?, 'c', ?, '{}', ?)"),
               {channel, QStringLiteral("p%1").arg(++m_counter), m_author, caseId, ms(at), own ? 1 : 0, ms(at)});
    }
    void reply(qint64 caseId, const QString &agent, const QDateTime &sentAt,
               const QString &state = QStringLiteral("sent"))
    {
        insert(QStringLiteral("INSERT INTO replies (case_id, state, text, agent, created_at, sent_at) VALUES "
                              "(?, ?, 'antwoord', ?, ?, ?)"),
               {caseId, state, agent, ms(sentAt), state == QLatin1String("sent") ? QVariant(ms(sentAt)) : nullMs()});
    }
    void stateChange(qint64 caseId, const QString &actor, const QString &from, const QString &to, const QDateTime &at)
    {
        insert(QStringLiteral("INSERT INTO audit_events (case_id, actor, action, detail, at) VALUES (?, ?, "
                              "'case.state', ?, ?)"),
               {caseId, actor, QString(from + QStringLiteral(" → ") + to), ms(at)});
    }
    void triage(qint64 caseId, const QString &decision, const QDateTime &at)
    {
        insert(QStringLiteral("INSERT INTO triage_decisions (case_id, decision, category, agent, decided_at) VALUES "
                              "(?, ?, 'question', 'anna', ?)"),
               {caseId, decision, ms(at)});
    }
    void agentState(const QString &agent, const QString &state, const QDateTime &from, const QDateTime &to,
                    const QDateTime &heartbeat = {})
    {
        insert(QStringLiteral("INSERT INTO agent_states (agent, state, started_at, ended_at, last_heartbeat_at) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {agent, state, ms(from), to.isValid() ? QVariant(ms(to)) : nullMs(),
                heartbeat.isValid() ? QVariant(ms(heartbeat)) : nullMs()});
    }
    qint64 department(const QString &name)
    {
        return insert(QStringLiteral("INSERT INTO departments (name) VALUES (?) RETURNING id"), {name});
    }
    void escalation(qint64 caseId, qint64 department, const QDateTime &at, const QDateTime &due,
                    const QDateTime &answered = {})
    {
        insert(QStringLiteral("INSERT INTO escalations (case_id, department_id, question, escalated_by, escalated_at, "
                              "due_at, answered_at) VALUES (?, ?, 'vraag', 'anna', ?, ?, ?)"),
               {caseId, department, ms(at), ms(due), answered.isValid() ? QVariant(ms(answered)) : nullMs()});
    }
    void tag(qint64 caseId, const QString &tag)
    {
        insert(QStringLiteral("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)"), {caseId, tag});
    }

private:
    QSqlDatabase m_db;
    qint64 m_author = 0;
    int m_counter = 0;
};

QDateTime at(int month, int day, int hour, int minute = 0) { return amsterdam(2026, month, day, hour, minute); }

} // namespace

QDateTime amsterdam(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
        .toUTC();
}

QDateTime reportNow() { return at(3, 31, 12); }

void fillReportWeek13(store::CaseStore &store)
{
    Writer w(store);
    const QString x = QStringLiteral("x"), mastodon = QStringLiteral("mastodon"), facebook = QStringLiteral("facebook");
    // Week 12 (16–22 March).
    const qint64 h = w.openCase(x, at(3, 18, 10), QStringLiteral("new")); // resolved, reopened in week 13
    w.stateChange(h, QStringLiteral("anna"), QStringLiteral("new"), QStringLiteral("resolved"), at(3, 20, 9));
    w.post(h, x, at(3, 24, 9)); // customer writes again on Tuesday of week 13 (no audit event: reopened by a post)
    const qint64 i = w.openCase(x, at(3, 19, 10), QStringLiteral("resolved"));
    w.stateChange(i, QStringLiteral("anna"), QStringLiteral("new"), QStringLiteral("resolved"), at(3, 19, 11));
    const qint64 j = w.openCase(x, at(3, 20, 10), QStringLiteral("resolved"));
    w.reply(j, QStringLiteral("anna"), at(3, 23, 9, 30));
    w.stateChange(j, QStringLiteral("anna"), QStringLiteral("new"), QStringLiteral("resolved"), at(3, 23, 10));
    const qint64 g = w.openCase(x, at(3, 22, 23, 30)); // Sunday 23:30, week 12; stays new
    w.post(g, x, at(3, 23, 0, 10));                    // Monday 00:10: week 13
    w.tag(g, QStringLiteral("premie"));

    // Week 13 (23–29 March; summer time from Sunday 02:00).
    const qint64 a = w.openCase(x, at(3, 23, 9), QStringLiteral("resolved"));
    w.triage(a, QStringLiteral("reply"), at(3, 23, 9, 5));
    w.reply(a, QStringLiteral("anna"), at(3, 23, 10, 30));
    w.stateChange(a, QStringLiteral("anna"), QStringLiteral("needs_reply"), QStringLiteral("resolved"), at(3, 23, 11));
    w.post(a, x, at(3, 23, 10, 30), true); // our own reply as a post: not a post in
    w.tag(a, QStringLiteral("premie"));

    const qint64 b = w.openCase(x, at(3, 27, 19), QStringLiteral("resolved"));
    w.reply(b, QStringLiteral("bram"), at(3, 28, 10));
    w.post(b, x, at(3, 29, 23, 30)); // Sunday 23:30 summer time: still week 13
    w.stateChange(b, QStringLiteral("bram"), QStringLiteral("new"), QStringLiteral("resolved"), at(3, 30, 9));
    w.tag(b, QStringLiteral("premie"));

    const qint64 c = w.openCase(mastodon, at(3, 28, 16));
    w.reply(c, QStringLiteral("bram"), at(3, 30, 9));
    w.post(c, mastodon, at(3, 30, 0, 30)); // Monday 00:30: week 14

    const qint64 d = w.openCase(x, at(3, 24, 9), QStringLiteral("no_action"));
    w.triage(d, QStringLiteral("no_action"), at(3, 24, 9, 5));
    w.stateChange(d, QStringLiteral("anna"), QStringLiteral("new"), QStringLiteral("no_action"), at(3, 24, 9, 5));
    w.tag(d, QStringLiteral("intern"));

    const qint64 e = w.openCase(facebook, at(3, 25, 8), QStringLiteral("waiting_on_department"));
    w.triage(e, QStringLiteral("reply"), at(3, 25, 8, 30));
    w.stateChange(e, QStringLiteral("anna"), QStringLiteral("new"), QStringLiteral("needs_reply"), at(3, 25, 8, 30));
    w.reply(e, QStringLiteral("anna"), at(3, 25, 9), QStringLiteral("failed"));
    w.tag(e, QStringLiteral("app"));

    const qint64 f = w.openCase(x, at(3, 26, 8), QStringLiteral("resolved"));
    w.reply(f, QStringLiteral("anna"), at(3, 27, 12));
    w.stateChange(f, QStringLiteral("bram"), QStringLiteral("new"), QStringLiteral("resolved"), at(3, 27, 13));

    // Escalations: Schade answers late once and leaves one open; Polis answers on time.
    const qint64 schade = w.department(QStringLiteral("Schade"));
    const qint64 polis = w.department(QStringLiteral("Polis"));
    w.escalation(e, schade, at(3, 25, 10), at(3, 26, 10), at(3, 26, 11));
    w.escalation(e, schade, at(3, 27, 16), at(3, 30, 16));
    w.escalation(f, polis, at(3, 26, 9), at(3, 26, 17), at(3, 26, 12));

    // Agents' states.
    w.insert(QStringLiteral("INSERT INTO agents (login, display_name) VALUES ('anna', 'Anna de Vries'), ('bram', "
                            "'Bram Jansen')"),
             {});
    w.agentState(QStringLiteral("anna"), QStringLiteral("webcare"), at(3, 23, 8), at(3, 23, 16));
    w.agentState(QStringLiteral("anna"), QStringLiteral("phone"), at(3, 24, 8), at(3, 24, 12));
    w.agentState(QStringLiteral("anna"), QStringLiteral("break"), at(3, 24, 12), at(3, 24, 13));
    w.agentState(QStringLiteral("bram"), QStringLiteral("webcare"), at(3, 28, 22), at(3, 29, 4));     // 5 real hours
    w.agentState(QStringLiteral("bram"), QStringLiteral("phone"), at(3, 22, 22), at(3, 23, 2));       // 2 in week 13
    w.agentState(QStringLiteral("anna"), QStringLiteral("webcare"), at(3, 27, 8), {}, at(3, 27, 10)); // crashed
    w.insert(QStringLiteral("INSERT INTO team_settings (key, value, updated_at) VALUES ('report.contract_hours', "
                            "'30', 0)"),
             {});

    // Voice of the customer.
    w.insert(QStringLiteral("INSERT INTO tag_catalog (tag, voc, description) VALUES ('premie', 1, 'Premie te hoog'), "
                            "('app', 1, 'App, inloggen'), ('intern', 0, '')"),
             {});

    // Satisfaction, through the store's API.
    auto score = [&](qint64 caseId, std::optional<int> s, std::optional<int> nps, const QDateTime &when) {
        store::SatisfactionRecord r;
        r.caseId = caseId;
        r.score = s;
        r.nps = nps;
        r.at = when;
        REQUIRE_OK(store.surveys().recordSatisfaction(r, QStringLiteral("anna")));
    };
    score(a, 5, 10, at(3, 24, 10));
    score(f, 4, 7, at(3, 28, 10));
    score(j, 2, 3, at(3, 23, 12));
    score(b, std::nullopt, 9, at(3, 29, 12));
    score(a, 1, 0, at(3, 30, 10)); // week 14
}

void fillReportWeek18(store::CaseStore &store)
{
    Writer w(store);
    const QString x = QStringLiteral("x");
    const qint64 k = w.openCase(x, at(4, 27, 10)); // King's Day: closed
    w.reply(k, QStringLiteral("anna"), at(4, 28, 9));
    const qint64 l = w.openCase(x, at(4, 28, 19));
    w.reply(l, QStringLiteral("anna"), at(4, 29, 8, 30));
}

} // namespace webcare::test
