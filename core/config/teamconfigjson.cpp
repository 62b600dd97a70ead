// SPDX-License-Identifier: MIT
// The team configuration's JSON: strict on reading (a typo in a provisioning script must not pass silently), and
// the same shape on writing, so an export imports back unchanged.
#include "teamconfigjson.h"

#include "store/teamconfigrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace webcare::config {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TeamConfiguration)
};

using namespace domain;

// Collects problems with their path while reading.
class Reader {
public:
    QStringList problems;

    void problem(const QString &path, const QString &message) { problems << path + QStringLiteral(": ") + message; }

    // Only `allowed` keys; each other one is a problem.
    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                problem(path + u'.' + it.key(), Text::tr("unknown key"));
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            problem(path, Text::tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray())
            problem(path, Text::tr("must be a list"));
        return v.toArray();
    }

    // A string; `required`: present and not blank.
    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required,
                   const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(path + u'.' + key, Text::tr("is missing"));
            return fallback;
        }
        if (!v.isString()) {
            problem(path + u'.' + key, Text::tr("must be text"));
            return fallback;
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(path + u'.' + key, Text::tr("must not be empty"));
        return v.toString().trimmed();
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            problem(path + u'.' + key, Text::tr("must be true or false"));
        return v.toBool(fallback);
    }

    QStringList strings(const QJsonValue &v, const QString &path)
    {
        QStringList out;
        if (v.isUndefined())
            return out;
        const QJsonArray list = array(v, path);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = path + QStringLiteral("[%1]").arg(i);
            if (!list.at(i).isString() || list.at(i).toString().trimmed().isEmpty())
                problem(at, Text::tr("must be a word (text, not empty)"));
            else
                out << list.at(i).toString().trimmed();
        }
        return out;
    }

    std::optional<Channel> channel(const QString &key, const QString &path)
    {
        const auto c = channelFromKey(key);
        if (!c)
            problem(path, Text::tr("unknown channel \"%1\" (x, mastodon, facebook or discourse)").arg(key));
        return c;
    }
};

void readTeam(Reader &r, const QJsonValue &v, TeamTone &tone)
{
    const QString path = QStringLiteral("$.team");
    const QJsonObject o = r.object(v, path);
    r.onlyKeys(o, path, {QStringLiteral("name"), QStringLiteral("style"), QStringLiteral("signature")});
    tone.teamName = r.string(o, QStringLiteral("name"), path, false);
    tone.addressStyle = r.string(o, QStringLiteral("style"), path, false, QStringLiteral("je"));
    if (tone.addressStyle != QLatin1String("je") && tone.addressStyle != QLatin1String("u"))
        r.problem(path + QStringLiteral(".style"), Text::tr("must be \"je\" or \"u\""));
    if (o.contains(QLatin1String("signature"))) {
        const QString sigPath = path + QStringLiteral(".signature");
        const QJsonObject s = r.object(o.value(QLatin1String("signature")), sigPath);
        r.onlyKeys(s, sigPath, {QStringLiteral("format"), QStringLiteral("own_line")});
        tone.signature.format = r.string(s, QStringLiteral("format"), sigPath, true);
        tone.signature.ownLine = r.boolean(s, QStringLiteral("own_line"), sigPath, false);
    }
}

QList<Agent> readAgents(Reader &r, const QJsonValue &v)
{
    const QString path = QStringLiteral("$.agents");
    QList<Agent> out;
    QSet<QString> logins;
    const QJsonArray list = r.array(v, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const QJsonObject o = r.object(list.at(i), at);
        r.onlyKeys(o, at,
                   {QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
                    QStringLiteral("signature"), QStringLiteral("needs_approval")});
        Agent a;
        a.login = r.string(o, QStringLiteral("login"), at, true);
        a.displayName = r.string(o, QStringLiteral("name"), at, false, a.login);
        a.signature = r.string(o, QStringLiteral("signature"), at, false);
        const QString role = r.string(o, QStringLiteral("role"), at, false, QStringLiteral("agent"));
        if (role != QLatin1String("agent") && role != QLatin1String("supervisor"))
            r.problem(at + QStringLiteral(".role"), Text::tr("must be \"agent\" or \"supervisor\""));
        a.supervisor = role == QLatin1String("supervisor");
        a.needsApproval = r.boolean(o, QStringLiteral("needs_approval"), at, false);
        if (!a.login.isEmpty() && logins.contains(a.login.toLower()))
            r.problem(at + QStringLiteral(".login"), Text::tr("the login \"%1\" is used twice").arg(a.login));
        logins.insert(a.login.toLower());
        out << a;
    }
    return out;
}

QList<OwnHandle> readOwnAccounts(Reader &r, const QJsonValue &v)
{
    const QString path = QStringLiteral("$.own_accounts");
    QList<OwnHandle> out;
    const QJsonArray list = r.array(v, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const QJsonObject o = r.object(list.at(i), at);
        r.onlyKeys(o, at, {QStringLiteral("channel"), QStringLiteral("handle")});
        OwnHandle h;
        const QString channel = r.string(o, QStringLiteral("channel"), at, true);
        if (!channel.isEmpty())
            h.channel = r.channel(channel, at + QStringLiteral(".channel")).value_or(Channel::X);
        h.handle = r.string(o, QStringLiteral("handle"), at, true);
        out << h;
    }
    return out;
}

QList<CampaignTerm> readCampaign(Reader &r, const QJsonValue &v)
{
    const QString path = QStringLiteral("$.campaign");
    QList<CampaignTerm> out;
    const QJsonArray list = r.array(v, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        if (list.at(i).isString() && !list.at(i).toString().trimmed().isEmpty()) {
            out << CampaignTerm{list.at(i).toString().trimmed(), {}};
            continue;
        }
        const QJsonObject o = r.object(list.at(i), at);
        r.onlyKeys(o, at, {QStringLiteral("term"), QStringLiteral("until")});
        CampaignTerm t;
        t.term = r.string(o, QStringLiteral("term"), at, true);
        const QString until = r.string(o, QStringLiteral("until"), at, false);
        t.until = QDate::fromString(until, Qt::ISODate);
        if (!until.isEmpty() && !t.until.isValid())
            r.problem(at + QStringLiteral(".until"), Text::tr("must be a date such as 2027-03-01"));
        out << t;
    }
    return out;
}

bool isWebAddress(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")) &&
           !u.host().isEmpty();
}

QList<KnowledgeSource> readSources(Reader &r, const QJsonValue &v)
{
    const QString path = QStringLiteral("$.sources");
    QList<KnowledgeSource> out;
    QSet<QString> urls;
    const QJsonArray list = r.array(v, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const QJsonObject o = r.object(list.at(i), at);
        r.onlyKeys(o, at, {QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("keywords")});
        KnowledgeSource s;
        s.title = r.string(o, QStringLiteral("title"), at, true);
        s.url = r.string(o, QStringLiteral("url"), at, true);
        if (!s.url.isEmpty() && !isWebAddress(s.url))
            r.problem(at + QStringLiteral(".url"), Text::tr("must be a web address (http or https)"));
        if (urls.contains(s.url))
            r.problem(at + QStringLiteral(".url"), Text::tr("the address \"%1\" is listed twice").arg(s.url));
        urls.insert(s.url);
        s.keywords = r.strings(o.value(QLatin1String("keywords")), at + QStringLiteral(".keywords"));
        out << s;
    }
    return out;
}

QList<TextTemplate> readTemplates(Reader &r, const QJsonValue &v)
{
    const QString path = QStringLiteral("$.templates");
    QList<TextTemplate> out;
    QSet<QString> ids;
    const QJsonArray list = r.array(v, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const QJsonObject o = r.object(list.at(i), at);
        r.onlyKeys(o, at,
                   {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("keywords"), QStringLiteral("text"),
                    QStringLiteral("language"), QStringLiteral("channel")});
        TextTemplate t;
        t.id = r.string(o, QStringLiteral("id"), at, true);
        t.title = r.string(o, QStringLiteral("title"), at, true);
        t.text = o.value(QLatin1String("text")).toString();
        if (!o.value(QLatin1String("text")).isString() || t.text.trimmed().isEmpty())
            r.problem(at + QStringLiteral(".text"), Text::tr("must be text, not empty"));
        t.language = r.string(o, QStringLiteral("language"), at, false, QStringLiteral("nl"));
        if (t.language != QLatin1String("nl") && t.language != QLatin1String("en"))
            r.problem(at + QStringLiteral(".language"), Text::tr("must be \"nl\" or \"en\""));
        if (const QString channel = r.string(o, QStringLiteral("channel"), at, false); !channel.isEmpty())
            t.channel = r.channel(channel, at + QStringLiteral(".channel"));
        t.keywords = r.strings(o.value(QLatin1String("keywords")), at + QStringLiteral(".keywords"));
        if (!t.id.isEmpty() && ids.contains(t.id))
            r.problem(at + QStringLiteral(".id"), Text::tr("the id \"%1\" is used twice").arg(t.id));
        ids.insert(t.id);
        out << t;
    }
    return out;
}

} // namespace

Expected<ParsedConfiguration, QStringList> parseConfiguration(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(
            QStringList{Text::tr("$: not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString())});
    if (!doc.isObject())
        return unexpected(QStringList{Text::tr("$: must be an object")});
    const QJsonObject root = doc.object();
    Reader r;
    const QStringList known = store::configsection::all();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!known.contains(it.key()) && it.key() != QLatin1String("comment"))
            r.problem(QStringLiteral("$.") + it.key(), Text::tr("unknown key"));
    ParsedConfiguration parsed;
    TeamConfiguration &c = parsed.config;
    namespace section = store::configsection;
    for (const QString &key : known) {
        const QJsonValue v = root.value(key);
        if (v.isUndefined())
            continue;
        parsed.sections << key;
        const QString path = QStringLiteral("$.") + key;
        if (key == QLatin1String(section::team))
            readTeam(r, v, c.tone);
        else if (key == QLatin1String(section::agents))
            c.agents = readAgents(r, v);
        else if (key == QLatin1String(section::ownAccounts))
            c.ownAccounts = readOwnAccounts(r, v);
        else if (key == QLatin1String(section::brand))
            c.brand = r.strings(v, path);
        else if (key == QLatin1String(section::campaign))
            c.campaign = readCampaign(r, v);
        else if (key == QLatin1String(section::employees))
            c.employees = r.strings(v, path);
        else if (key == QLatin1String(section::sources))
            c.sources = readSources(r, v);
        else if (key == QLatin1String(section::templates))
            c.templates = readTemplates(r, v);
    }
    if (!r.problems.isEmpty())
        return unexpected(r.problems);
    return parsed;
}

QJsonObject toJson(const TeamConfiguration &c)
{
    QJsonObject root;
    root.insert(QStringLiteral("team"),
                QJsonObject{{QStringLiteral("name"), c.tone.teamName},
                            {QStringLiteral("style"), c.tone.addressStyle},
                            {QStringLiteral("signature"),
                             QJsonObject{{QStringLiteral("format"), c.tone.signature.format},
                                         {QStringLiteral("own_line"), c.tone.signature.ownLine}}}});
    QJsonArray agents;
    for (const Agent &a : c.agents) {
        QJsonObject o{{QStringLiteral("login"), a.login},
                      {QStringLiteral("name"), a.displayName},
                      {QStringLiteral("role"), a.supervisor ? QStringLiteral("supervisor") : QStringLiteral("agent")},
                      {QStringLiteral("signature"), a.signature}};
        if (a.needsApproval)
            o.insert(QStringLiteral("needs_approval"), true);
        agents.append(o);
    }
    root.insert(QStringLiteral("agents"), agents);
    QJsonArray own;
    for (const OwnHandle &h : c.ownAccounts)
        own.append(
            QJsonObject{{QStringLiteral("channel"), channelKey(h.channel)}, {QStringLiteral("handle"), h.handle}});
    root.insert(QStringLiteral("own_accounts"), own);
    root.insert(QStringLiteral("brand"), QJsonArray::fromStringList(c.brand));
    QJsonArray campaign;
    for (const CampaignTerm &t : c.campaign) {
        if (t.until.isValid())
            campaign.append(QJsonObject{{QStringLiteral("term"), t.term},
                                        {QStringLiteral("until"), t.until.toString(Qt::ISODate)}});
        else
            campaign.append(t.term);
    }
    root.insert(QStringLiteral("campaign"), campaign);
    root.insert(QStringLiteral("employees"), QJsonArray::fromStringList(c.employees));
    QJsonArray sources;
    for (const KnowledgeSource &s : c.sources)
        sources.append(QJsonObject{{QStringLiteral("title"), s.title},
                                   {QStringLiteral("url"), s.url},
                                   {QStringLiteral("keywords"), QJsonArray::fromStringList(s.keywords)}});
    root.insert(QStringLiteral("sources"), sources);
    QJsonArray templates;
    for (const TextTemplate &t : c.templates) {
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("title"), t.title},
                      {QStringLiteral("keywords"), QJsonArray::fromStringList(t.keywords)},
                      {QStringLiteral("text"), t.text},
                      {QStringLiteral("language"), t.language}};
        if (t.channel)
            o.insert(QStringLiteral("channel"), channelKey(*t.channel));
        templates.append(o);
    }
    root.insert(QStringLiteral("templates"), templates);
    return root;
}

} // namespace webcare::config
