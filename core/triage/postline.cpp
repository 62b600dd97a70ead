// SPDX-License-Identifier: MIT
#include "postline.h"

#include "ingest/payload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace webcare::triage {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TriageInput)
};

// A single item wrapped in the response shape its platform's parser reads.
QJsonDocument wrapItem(domain::Channel channel, const QJsonObject &item)
{
    switch (channel) {
    case domain::Channel::X:
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{item}}});
    case domain::Channel::Mastodon:
        return QJsonDocument(QJsonArray{item});
    case domain::Channel::Facebook:
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{item}}});
    case domain::Channel::Discourse:
        return QJsonDocument(QJsonObject{{QStringLiteral("latest_posts"), QJsonArray{item}}});
    }
    return {};
}

} // namespace

Expected<InputLine, QString> parseInputLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unexpected(
            Text::tr("not valid JSON: %1 (at character %2)").arg(parseError.errorString()).arg(parseError.offset + 1));
    if (!doc.isObject())
        return unexpected(Text::tr("a line must be one JSON object"));
    const QJsonObject o = doc.object();

    InputLine in;
    const QJsonValue id = o.value(QLatin1String("id"));
    in.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    const QString channelText = o.value(QLatin1String("channel")).toString();
    const auto channel = domain::channelFromKey(channelText);
    if (!channel)
        return unexpected(
            Text::tr("\"channel\" must be x, mastodon, facebook or discourse, not \"%1\"").arg(channelText));
    in.post.channel = *channel;

    if (o.contains(QLatin1String("item"))) {
        const QJsonObject item = o.value(QLatin1String("item")).toObject();
        if (item.isEmpty())
            return unexpected(Text::tr("\"item\" must be a platform payload item (a JSON object)"));
        auto parsed = ingest::parsePayload(*channel, wrapItem(*channel, item).toJson(QJsonDocument::Compact));
        if (!parsed)
            return unexpected(parsed.error().message);
        if (parsed->posts.isEmpty()) {
            const QString why = parsed->rejected.isEmpty() ? QString() : parsed->rejected.first().reason;
            return unexpected(Text::tr("the payload item holds no post: %1").arg(why));
        }
        const domain::Post &p = parsed->posts.first();
        in.post = PostInput::from(p);
        in.post.channel = *channel;
        if (in.id.isEmpty())
            in.id = p.platformId;
    } else {
        const QJsonValue text = o.value(QLatin1String("text"));
        if (!text.isString())
            return unexpected(Text::tr("\"text\" is missing (or give a platform payload as \"item\")"));
        in.post.text = text.toString();
        in.post.author = o.value(QLatin1String("author")).toString();
        in.post.authorName = o.value(QLatin1String("author_name")).toString();
    }
    if (in.post.author.startsWith(QLatin1Char('@')))
        in.post.author.remove(0, 1);
    if (o.contains(QLatin1String("own")))
        in.post.fromOwnAccount = o.value(QLatin1String("own")).toBool();
    if (o.contains(QLatin1String("context"))) {
        // How the post reached the team; "own" and "colleague" are told by the author (and "own": true).
        const QString context = o.value(QLatin1String("context")).toString();
        if (context == QLatin1String("own"))
            in.post.fromOwnAccount = true;
        else if (context != QLatin1String("colleague")) {
            const auto addressing = addressingFromKey(context);
            if (!addressing)
                return unexpected(Text::tr("\"context\" must be mention, dm, reply_to_team, page_comment, "
                                           "forum_team_category, public, own or colleague, not \"%1\"")
                                      .arg(context));
            in.post.addressing = *addressing;
        }
    }

    if (o.contains(QLatin1String("decision"))) {
        in.decision = decisionFromKey(o.value(QLatin1String("decision")).toString());
        if (!in.decision)
            return unexpected(Text::tr("\"decision\" must be reply or no_action"));
    }
    if (o.contains(QLatin1String("category"))) {
        in.category = categoryFromKey(o.value(QLatin1String("category")).toString());
        if (!in.category)
            return unexpected(Text::tr("unknown \"category\": %1").arg(o.value(QLatin1String("category")).toString()));
    }
    return in;
}

} // namespace webcare::triage
