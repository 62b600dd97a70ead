// SPDX-License-Identifier: MIT
// The team's configuration, read and written as one; see docs/configuration.md.
#include "teamconfigrepository.h"
#include "store/sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace webcare::store {

using namespace sql;
using namespace domain;

namespace configsection {
QStringList all()
{
    return {QLatin1String(team),     QLatin1String(agents),    QLatin1String(ownAccounts), QLatin1String(brand),
            QLatin1String(campaign), QLatin1String(employees), QLatin1String(sources),     QLatin1String(templates)};
}
} // namespace configsection

namespace {

// The tone's team settings.
const QString nameKey = QStringLiteral("team.name");
const QString styleKey = QStringLiteral("team.style");
const QString signatureFormatKey = QStringLiteral("team.signature.format");
const QString signatureOwnLineKey = QStringLiteral("team.signature.own_line");
const QString templatesSeededKey = QStringLiteral("templates.seeded");
// A handle entered by hand has no platform id: it is stored under this prefix.
const QString handlePrefix = QStringLiteral("handle:");

QString listJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QString bare(const QString &handle) { return handle.startsWith(u'@') ? handle.mid(1) : handle; }

} // namespace

QString handEnteredPlatformId(const QString &handle) { return handlePrefix + bare(handle).toLower(); }

Expected<TeamTone, StoreError> TeamConfigRepository::loadTone()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM team_settings WHERE key LIKE 'team.%'")))
        return unexpected(error(q.lastError()));
    TeamTone tone;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == nameKey)
            tone.teamName = value;
        else if (key == styleKey)
            tone.addressStyle = value;
        else if (key == signatureFormatKey)
            tone.signature.format = value;
        else if (key == signatureOwnLineKey)
            tone.signature.ownLine = value == QLatin1String("1");
    }
    return tone;
}

Expected<QList<Agent>, StoreError> TeamConfigRepository::loadAgents()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM agents ORDER BY login").arg(QLatin1String(agentColumns))))
        return unexpected(error(q.lastError()));
    QList<Agent> out;
    while (q.next())
        out << agentFromRow(q);
    return out;
}

Expected<QList<OwnHandle>, StoreError> TeamConfigRepository::loadOwnHandles()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT channel, platform_id, handle, display_name FROM own_accounts ORDER BY id")))
        return unexpected(error(q.lastError()));
    QList<OwnHandle> out;
    while (q.next()) {
        const auto channel = channelFromKey(q.value(0).toString());
        if (!channel)
            continue;
        OwnHandle h;
        h.channel = *channel;
        h.connected = !q.value(1).toString().startsWith(handlePrefix);
        // A Facebook Page has no handle: its name is how it is named.
        h.handle = q.value(2).toString().isEmpty() ? q.value(3).toString() : q.value(2).toString();
        out << h;
    }
    return out;
}

Expected<QStringList, StoreError> TeamConfigRepository::loadTerms(const QString &kind)
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT term FROM triage_terms WHERE kind = ? ORDER BY term"), {kind}))
        return unexpected(error(q.lastError()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Expected<QList<CampaignTerm>, StoreError> TeamConfigRepository::loadCampaign()
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT term, until_date FROM triage_terms WHERE kind = ? ORDER BY term"),
             {QStringLiteral("campaign")}))
        return unexpected(error(q.lastError()));
    QList<CampaignTerm> out;
    while (q.next())
        out << CampaignTerm{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate)};
    return out;
}

Expected<QList<KnowledgeSource>, StoreError> TeamConfigRepository::loadSources()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT title, url, keywords FROM knowledge_sources ORDER BY position, url")))
        return unexpected(error(q.lastError()));
    QList<KnowledgeSource> out;
    while (q.next())
        out << KnowledgeSource{q.value(0).toString(), q.value(1).toString(), listFromJson(q.value(2).toString())};
    return out;
}

Expected<QList<TextTemplate>, StoreError> TeamConfigRepository::loadTemplates()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral(
            "SELECT id, title, keywords, body, language, channel FROM text_templates ORDER BY position, id")))
        return unexpected(error(q.lastError()));
    QList<TextTemplate> out;
    while (q.next()) {
        TextTemplate t;
        t.id = q.value(0).toString();
        t.title = q.value(1).toString();
        t.keywords = listFromJson(q.value(2).toString());
        t.text = q.value(3).toString();
        t.language = q.value(4).toString();
        t.channel = channelFromKey(q.value(5).toString());
        out << t;
    }
    return out;
}

Expected<TeamConfiguration, StoreError> TeamConfigRepository::load()
{
    TeamConfiguration c;
    const auto read = [](auto loaded, auto &into) -> std::optional<StoreError> {
        if (!loaded)
            return loaded.error();
        into = *loaded;
        return std::nullopt;
    };
    for (const std::optional<StoreError> &e :
         {read(loadTone(), c.tone), read(loadAgents(), c.agents), read(loadOwnHandles(), c.ownAccounts),
          read(loadTerms(QStringLiteral("brand")), c.brand), read(loadCampaign(), c.campaign),
          read(loadTerms(QStringLiteral("employee")), c.employees), read(loadSources(), c.sources),
          read(loadTemplates(), c.templates)})
        if (e)
            return unexpected(*e);
    return c;
}

Expected<void, StoreError> TeamConfigRepository::audit(const QString &detail, qint64 at, const QString &actor)
{
    return execute(insertAuditSql(), {nullInteger(), text(actor), QStringLiteral("team.config"), text(detail), at});
}

Expected<void, StoreError> TeamConfigRepository::writeTone(const TeamTone &tone, qint64 at, const QString &actor)
{
    const QList<std::pair<QString, QString>> values = {
        {nameKey, tone.teamName},
        {styleKey, tone.addressStyle},
        {signatureFormatKey, tone.signature.format},
        {signatureOwnLineKey, tone.signature.ownLine ? QStringLiteral("1") : QStringLiteral("0")}};
    for (const auto &[key, value] : values)
        WEBCARE_TRY(
            execute(QStringLiteral("INSERT INTO team_settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = "
                                   "excluded.updated_by, updated_at = excluded.updated_at"),
                    {key, text(value), text(actor), at}));
    return {};
}

Expected<QStringList, StoreError> TeamConfigRepository::writeAgents(const QList<Agent> &agents)
{
    auto current = loadAgents();
    if (!current)
        return unexpected(current.error());
    QStringList changed;
    for (const Agent &a : agents) {
        const auto same = std::find_if(current->cbegin(), current->cend(), [&](const Agent &c) {
            return c.login == a.login && c.displayName == a.displayName && c.signature == a.signature &&
                   c.supervisor == a.supervisor && c.needsApproval == a.needsApproval;
        });
        if (same != current->cend())
            continue;
        WEBCARE_TRY(
            execute(QStringLiteral("INSERT INTO agents (login, display_name, signature, role, needs_approval) "
                                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET display_name = "
                                   "excluded.display_name, signature = excluded.signature, role = excluded.role, "
                                   "needs_approval = excluded.needs_approval"),
                    {text(a.login), text(a.displayName.isEmpty() ? a.login : a.displayName), text(a.signature),
                     a.supervisor ? QStringLiteral("supervisor") : QStringLiteral("agent"), a.needsApproval ? 1 : 0}));
        changed << a.login;
    }
    return changed;
}

Expected<void, StoreError> TeamConfigRepository::writeOwnHandles(const QList<OwnHandle> &handles)
{
    WEBCARE_TRY(execute(QStringLiteral("DELETE FROM own_accounts WHERE platform_id LIKE 'handle:%'"), {}));
    auto connected = loadOwnHandles();
    if (!connected)
        return unexpected(connected.error());
    for (const OwnHandle &h : handles) {
        const bool known = std::any_of(connected->cbegin(), connected->cend(), [&](const OwnHandle &c) {
            return c.channel == h.channel && bare(c.handle).compare(bare(h.handle), Qt::CaseInsensitive) == 0;
        });
        if (known)
            continue;
        WEBCARE_TRY(execute(
            QStringLiteral("INSERT INTO own_accounts (channel, platform_id, handle, display_name) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (channel, platform_id) DO NOTHING"),
            {channelKey(h.channel), handEnteredPlatformId(h.handle), text(h.handle), text(bare(h.handle))}));
    }
    return {};
}

Expected<void, StoreError> TeamConfigRepository::writeTerms(const QString &kind, const QList<CampaignTerm> &terms)
{
    WEBCARE_TRY(execute(QStringLiteral("DELETE FROM triage_terms WHERE kind = ?"), {kind}));
    for (const CampaignTerm &t : terms) {
        if (t.term.trimmed().isEmpty())
            continue;
        WEBCARE_TRY(
            execute(QStringLiteral("INSERT INTO triage_terms (kind, term, until_date) VALUES (?, ?, ?) "
                                   "ON CONFLICT (kind, term) DO NOTHING"),
                    {kind, t.term.trimmed(), text(t.until.isValid() ? t.until.toString(Qt::ISODate) : QString())}));
    }
    return {};
}

Expected<void, StoreError> TeamConfigRepository::writeSources(const QList<KnowledgeSource> &sources)
{
    WEBCARE_TRY(execute(QStringLiteral("DELETE FROM knowledge_sources"), {}));
    int position = 0;
    for (const KnowledgeSource &s : sources)
        WEBCARE_TRY(execute(QStringLiteral("INSERT INTO knowledge_sources (url, title, keywords, position) "
                                           "VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING"),
                            {text(s.url), text(s.title), listJson(s.keywords), position++}));
    return {};
}

Expected<void, StoreError> TeamConfigRepository::writeTemplates(const QList<TextTemplate> &templates)
{
    WEBCARE_TRY(execute(QStringLiteral("DELETE FROM text_templates"), {}));
    int position = 0;
    for (const TextTemplate &t : templates)
        WEBCARE_TRY(execute(QStringLiteral("INSERT INTO text_templates (id, title, keywords, body, language, channel, "
                                           "position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {text(t.id), text(t.title), listJson(t.keywords), text(t.text), text(t.language),
                             text(t.channel ? channelKey(*t.channel) : QString()), position++}));
    return {};
}

Expected<int, StoreError> TeamConfigRepository::replace(const TeamConfiguration &config, const QStringList &sections,
                                                        const QString &actor)
{
    WEBCARE_TRY(begin());
    const auto fail = [this](const StoreError &e) -> Expected<int, StoreError> {
        rollback();
        return unexpected(e);
    };
    auto current = load();
    if (!current)
        return fail(current.error());
    const qint64 at = nowMs();
    int changes = 0;
    const auto step = [&](const char *section, bool differs, const std::function<Expected<void, StoreError>()> &write,
                          const QString &detail) -> std::optional<StoreError> {
        if (!sections.contains(QLatin1String(section)) || !differs)
            return std::nullopt;
        if (auto r = write(); !r)
            return r.error();
        if (auto r = audit(QLatin1String(section) + QStringLiteral(": ") + detail, at, actor); !r)
            return r.error();
        ++changes;
        return std::nullopt;
    };
    const auto plain = [](const QStringList &terms) {
        QList<CampaignTerm> out;
        for (const QString &t : terms)
            out << CampaignTerm{t, {}};
        return out;
    };
    const auto sortedTerms = [](QStringList terms) {
        for (QString &t : terms)
            t = t.trimmed();
        terms.removeAll(QString());
        terms.removeDuplicates();
        terms.sort();
        return terms;
    };
    auto sortedCampaign = [](QList<CampaignTerm> terms) {
        std::sort(terms.begin(), terms.end(),
                  [](const CampaignTerm &a, const CampaignTerm &b) { return a.term < b.term; });
        return terms;
    };
    QList<OwnHandle> manual;
    for (const OwnHandle &h : current->ownAccounts)
        if (!h.connected)
            manual << h;
    QList<OwnHandle> wantedManual;
    for (OwnHandle h : config.ownAccounts) {
        const bool connected =
            std::any_of(current->ownAccounts.cbegin(), current->ownAccounts.cend(), [&](const OwnHandle &c) {
                return c.connected && c.channel == h.channel &&
                       bare(c.handle).compare(bare(h.handle), Qt::CaseInsensitive) == 0;
            });
        if (!connected) {
            h.connected = false;
            wantedManual << h;
        }
    }
    const QList<std::optional<StoreError>> problems = {
        step(
            configsection::team, !(current->tone == config.tone), [&] { return writeTone(config.tone, at, actor); },
            QStringLiteral("%1, %2, %3%4")
                .arg(config.tone.teamName, config.tone.addressStyle, config.tone.signature.format,
                     config.tone.signature.ownLine ? QStringLiteral(" (own line)") : QString())),
        step(
            configsection::ownAccounts, !(manual == wantedManual), [&] { return writeOwnHandles(wantedManual); },
            QString::number(wantedManual.size())),
        step(
            configsection::brand, sortedTerms(current->brand) != sortedTerms(config.brand),
            [&] { return writeTerms(QStringLiteral("brand"), plain(config.brand)); }, config.brand.join(u", ")),
        step(
            configsection::campaign, sortedCampaign(current->campaign) != sortedCampaign(config.campaign),
            [&] { return writeTerms(QStringLiteral("campaign"), config.campaign); },
            QString::number(config.campaign.size())),
        step(
            configsection::employees, sortedTerms(current->employees) != sortedTerms(config.employees),
            [&] { return writeTerms(QStringLiteral("employee"), plain(config.employees)); },
            config.employees.join(u", ")),
        step(
            configsection::sources, current->sources != config.sources, [&] { return writeSources(config.sources); },
            QString::number(config.sources.size())),
        step(
            configsection::templates, current->templates != config.templates,
            [&] { return writeTemplates(config.templates); }, QString::number(config.templates.size())),
    };
    for (const auto &p : problems)
        if (p)
            return fail(*p);
    if (sections.contains(QLatin1String(configsection::agents))) {
        auto changed = writeAgents(config.agents);
        if (!changed)
            return fail(changed.error());
        if (!changed->isEmpty()) {
            if (auto r = audit(QStringLiteral("agents: ") + changed->join(u", "), at, actor); !r)
                return fail(r.error());
            ++changes;
        }
    }
    if (auto r = commit(); !r)
        return unexpected(r.error());
    return changes;
}

Expected<void, StoreError> TeamConfigRepository::setAgentSignature(const QString &login, const QString &signature,
                                                                   const QString &actor)
{
    if (login.isEmpty())
        return unexpected(StoreError{StoreError::Kind::Query, location().displayName(), QStringLiteral("no login")});
    WEBCARE_TRY(begin());
    if (auto r = execute(QStringLiteral("INSERT INTO agents (login, display_name, signature) VALUES (?, ?, ?) "
                                        "ON CONFLICT (login) DO UPDATE SET signature = excluded.signature"),
                         {login, login, text(signature.trimmed())});
        !r) {
        rollback();
        return r;
    }
    if (auto r = execute(insertAuditSql(), {nullInteger(), text(actor), QStringLiteral("agent.signature"),
                                            QString(login + QStringLiteral(": ") + signature.trimmed()), nowMs()});
        !r) {
        rollback();
        return r;
    }
    return commit();
}

Expected<bool, StoreError> TeamConfigRepository::seedTemplates(const QList<TextTemplate> &starter, const QString &actor)
{
    WEBCARE_TRY(begin());
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT (SELECT COUNT(*) FROM team_settings WHERE key = ?) + "
                            "(SELECT COUNT(*) FROM text_templates)"),
             {templatesSeededKey}) ||
        !q.next()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    const bool seeded = q.value(0).toLongLong() > 0;
    q.finish();
    if (seeded) {
        rollback();
        return false;
    }
    const qint64 at = nowMs();
    if (auto r = writeTemplates(starter); !r) {
        rollback();
        return unexpected(r.error());
    }
    if (auto r = execute(QStringLiteral("INSERT INTO team_settings (key, value, updated_by, updated_at) "
                                        "VALUES (?, '1', ?, ?)"),
                         {templatesSeededKey, text(actor), at});
        !r) {
        rollback();
        return unexpected(r.error());
    }
    if (auto r = audit(QStringLiteral("templates: %1 seeded from the starter library").arg(starter.size()), at, actor);
        !r) {
        rollback();
        return unexpected(r.error());
    }
    WEBCARE_TRY(commit());
    return true;
}

} // namespace webcare::store
