// SPDX-License-Identifier: MIT
#pragma once

#include "platform.h"

#include <QSet>
#include <map>
#include <set>

namespace webcare::fake {

class Synthetic;

// X API v2: mentions and user timelines with since_id / until_id / pagination_token, tweet lookup with partial
// errors, creating a tweet (a reply), fields and expansions as X applies them, x-rate-limit-* on every answer.
class XApi final : public PlatformApi {
public:
    explicit XApi(Journal *journal);

    // The account behind every token: @DuinzichtHelpt of the demo feed.
    static QString accountId() { return QStringLiteral("1580000000000000001"); }

    bool load(const QByteArray &json, QString *error); // x_mentions.json
    void generate(int count, Synthetic &synthetic);

    QString channel() const override { return QStringLiteral("x"); }
    bool handles(const Request &request) const override { return request.path.startsWith(QLatin1String("/2/")); }
    Response handle(const Request &request) override;
    QString addIncoming(const IncomingPost &post, QString *error) override;
    Response faultAnswer(FaultKind kind, const Request &request, double seconds, int variant) override;
    QByteArray textKey() const override { return "text"; }
    void configure(const QJsonObject &config) override;
    QJsonObject stats() const override;

private:
    struct Tweet {
        // Every field the platform knows, as compact JSON (a QJsonObject costs about eight times as much memory,
        // which matters at 100,000 mentions); requests pick their fields from it.
        QByteArray json;
        QString authorId;
        QString conversationId;
        bool mention = false; // in the account's mentions timeline
        QJsonObject object() const { return QJsonDocument::fromJson(json).object(); }
    };

    Response route(const Request &request);
    Response timeline(const Request &request, const std::set<qint64> &ids, int minResults = 5);
    Response search(const Request &request);
    Response dmEvents(const Request &request);
    Response sendDm(const Request &request, const QString &participantId);
    QString addDm(const QString &senderId, const QString &recipientId, const QString &text, const QDateTime &at);
    QJsonObject projectDm(const QJsonObject &event, const Request &request) const;
    Response lookup(const Request &request, const QStringList &ids, bool single);
    Response create(const Request &request);
    QJsonObject userObject(const QString &id, const QSet<QString> &userFields) const;
    // Adds the includes (users, referenced tweets) and the partial errors for the given tweets.
    void expand(const Request &request, const QList<const Tweet *> &tweets, QJsonObject *root) const;
    QJsonObject project(const Tweet &tweet, const QSet<QString> &fields) const;
    QSet<QString> tweetFields(const Request &request) const;
    QSet<QString> userFields(const Request &request) const;
    static QJsonArray mentionEntities(const QString &text, const QHash<QString, QString> &idByHandle);

    qint64 nextId(const QDateTime &at);
    void insert(const QJsonObject &tweet, bool mention);
    QString ensureUser(const QString &author);

    Journal *m_journal;
    std::map<qint64, Tweet> m_tweets;
    std::set<qint64> m_mentions;
    QHash<QString, std::set<qint64>> m_byAuthor;
    QHash<QString, QJsonObject> m_users;      // by id
    QHash<QString, QString> m_userIdByHandle; // lower-case username → id
    QHash<QString, QString> m_ownTexts;       // text → id, for X's duplicate check
    std::map<qint64, QJsonObject> m_dmEvents; // direct message events by id (ids share the tweets' id space)
    RateWindow m_rate{450, 15 * 60};
    Timeline m_timeline;
    qint64 m_lastId = 0;
    int m_createdUsers = 0;
};

} // namespace webcare::fake
