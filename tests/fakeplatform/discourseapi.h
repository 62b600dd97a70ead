// SPDX-License-Identifier: MIT
#pragma once

#include "platform.h"

#include <map>

namespace webcare::fake {

// Discourse: /posts.json with `before` (inclusive, 50 a page), a topic with its post stream, one post, and creating
// a post with Api-Key and Api-Username, including Discourse's 120-second memo of identical API posts and its
// "too similar" check.
class DiscourseApi final : public PlatformApi {
public:
    explicit DiscourseApi(Journal *journal);

    static QString staffUsername() { return QStringLiteral("Duinzicht_Team"); }

    bool load(const QByteArray &json, QString *error); // discourse_posts.json

    QString channel() const override { return QStringLiteral("discourse"); }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;
    QString addIncoming(const IncomingPost &post, QString *error) override;
    Response faultAnswer(FaultKind kind, const Request &request, double seconds, int variant) override;
    QByteArray textKey() const override { return "raw"; }
    void configure(const QJsonObject &config) override;
    QJsonObject stats() const override;

private:
    struct Topic {
        QString title;
        QString slug;
        int categoryId = 8;
        QString createdAt;
        int highestPostNumber = 0;
    };
    struct User {
        qint64 id = 0;
        QString username;
        QString name;
        bool staff = false;
        QString avatarTemplate;
    };
    struct Created {
        QDateTime at;
        qint64 postId = 0;
    };

    Response route(const Request &request);
    Response latest(const Request &request) const;
    Response latestTopics(const Request &request) const;
    Response search(const Request &request) const;
    Response topic(qint64 id) const;
    Response create(const Request &request);
    qint64 addPost(const User &user, qint64 topicId, const QString &raw, int replyToPostNumber, const QDateTime &at);
    qint64 postIdByNumber(qint64 topicId, int postNumber) const;
    const User &ensureUser(const QString &author);
    void insert(const QJsonObject &post);

    Journal *m_journal;
    std::map<qint64, QJsonObject> m_posts;
    QHash<qint64, Topic> m_topics;
    QHash<QString, User> m_users;             // by lower-case username
    QHash<QString, Created> m_recentCreates;  // identical API posts within 120 s give the same post
    QHash<QString, Created> m_lastRawByTopic; // user + topic → last raw's post, for "too similar"
    RateWindow m_rate{60, 60};
    Timeline m_timeline;
    qint64 m_nextTopicId = 1900;
    qint64 m_nextUserId = 5000;
};

} // namespace webcare::fake
