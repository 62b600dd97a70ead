// SPDX-License-Identifier: MIT
#include "templates.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace webcare::composer {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Templates)
};

// Lower case without accents: "Schäde" and "schade" are the same search.
QString searchKey(const QString &s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (!c.isMark())
            out.append(c.toLower());
    return out;
}

bool anyWordStartsWith(const QString &text, const QString &prefix)
{
    for (qsizetype i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1))
        if (i == 0 || !text.at(i - 1).isLetterOrNumber())
            return true;
    return false;
}

// 0 is best; -1 when the word does not match at all.
int rank(const QString &title, const QStringList &keywords, const QString &text, const QString &word)
{
    if (anyWordStartsWith(title, word))
        return 0;
    if (std::any_of(keywords.cbegin(), keywords.cend(), [&](const QString &k) { return anyWordStartsWith(k, word); }))
        return 1;
    if (title.contains(word))
        return 2;
    if (std::any_of(keywords.cbegin(), keywords.cend(), [&](const QString &k) { return k.contains(word); }))
        return 3;
    if (text.contains(word))
        return 4;
    return -1;
}
} // namespace

FilledTemplate fillTemplate(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{([A-Za-z_]+)\})"));
    FilledTemplate filled;
    qsizetype copiedUpTo = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        filled.text += QStringView(text).mid(copiedUpTo, m.capturedStart() - copiedUpTo);
        copiedUpTo = m.capturedEnd();
        const QString value = values.value(m.captured(1)).trimmed();
        if (!value.isEmpty()) {
            filled.text += value;
            continue;
        }
        Finding f;
        f.rule = QString::fromUtf16(rule::placeholder);
        f.start = filled.text.size();
        f.length = m.capturedLength();
        f.message = Text::tr("The placeholder %1 has no value yet.").arg(m.captured());
        filled.findings.append(f);
        filled.text += m.captured();
    }
    filled.text += QStringView(text).mid(copiedUpTo);
    return filled;
}

Expected<QList<Template>, QString> parseTemplates(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(Text::tr("The template library is not valid JSON: %1").arg(error.errorString()));
    const QJsonValue list = doc.object().value(QLatin1String("templates"));
    if (!list.isArray())
        return unexpected(Text::tr("The template library has no \"templates\" list."));
    QList<Template> templates;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Template t;
        t.id = o.value(QLatin1String("id")).toString();
        t.title = o.value(QLatin1String("title")).toString();
        t.text = o.value(QLatin1String("text")).toString();
        t.language = o.value(QLatin1String("language")).toString(QStringLiteral("nl"));
        for (const QJsonValue &k : o.value(QLatin1String("keywords")).toArray())
            t.keywords.append(k.toString());
        if (const QString channel = o.value(QLatin1String("channel")).toString(); !channel.isEmpty()) {
            t.channel = domain::channelFromKey(channel);
            if (!t.channel)
                return unexpected(Text::tr("Template %1 names an unknown channel \"%2\".").arg(t.id, channel));
        }
        if (t.id.isEmpty() || t.title.isEmpty() || t.text.isEmpty())
            return unexpected(Text::tr("Template %1 lacks an id, title or text.").arg(templates.size() + 1));
        templates.append(t);
    }
    return templates;
}

QList<Template> starterTemplates()
{
    QFile file(QStringLiteral(":/templates/templates_nl.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto parsed = parseTemplates(file.readAll());
    return parsed ? *parsed : QList<Template>{};
}

QList<Template> searchTemplates(const QList<Template> &library, const QString &typed, int limit)
{
    const QStringList words = searchKey(typed).split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
    struct Scored {
        int score;
        qsizetype index;
    };
    QList<Scored> scored;
    for (qsizetype i = 0; i < library.size(); ++i) {
        const Template &t = library.at(i);
        const QString title = searchKey(t.title);
        QStringList keywords;
        for (const QString &k : t.keywords)
            keywords.append(searchKey(k));
        const QString text = words.isEmpty() ? QString() : searchKey(t.text);
        int total = 0;
        bool all = true;
        for (const QString &w : words) {
            const int r = rank(title, keywords, text, w);
            if (r < 0) {
                all = false;
                break;
            }
            total += r;
        }
        if (all)
            scored.append({total, i});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.score < b.score; });
    QList<Template> result;
    for (const Scored &s : scored) {
        if (result.size() >= limit)
            break;
        result.append(library.at(s.index));
    }
    return result;
}

QString sourceFor(const QList<domain::KnowledgeSource> &sources, const Template &t)
{
    QStringList words;
    for (const QString &k : t.keywords)
        words << searchKey(k);
    for (const QString &w : t.title.split(QRegularExpression(QStringLiteral(R"(\W+)")), Qt::SkipEmptyParts))
        if (w.size() > 3)
            words << searchKey(w);
    for (const domain::KnowledgeSource &s : sources)
        for (const QString &k : s.keywords)
            if (words.contains(searchKey(k)))
                return s.url;
    return sources.isEmpty() ? QString() : sources.constFirst().url;
}

QList<Template> templatesFor(const QList<Template> &library, domain::Channel channel)
{
    QList<Template> out;
    for (const Template &t : library)
        if (!t.channel || *t.channel == channel)
            out.append(t);
    return out;
}

} // namespace webcare::composer
