// SPDX-License-Identifier: MIT
#pragma once

#include "platform.h"

namespace webcare::fake {

// Facebook Graph API for one Page: the feed with cursor paging and nested comments, an object, a comments edge,
// commenting (a reply), `fields` as Graph applies them, errors as Graph envelopes, X-App-Usage on every answer.
class GraphApi final : public PlatformApi {
public:
    explicit GraphApi(Journal *journal);

    static QString pageId() { return QStringLiteral("104000000000001"); }

    bool load(const QByteArray &json, QString *error); // facebook_feed.json

    QString channel() const override { return QStringLiteral("facebook"); }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;
    QString addIncoming(const IncomingPost &post, QString *error) override;
    Response faultAnswer(FaultKind kind, const Request &request, double seconds, int variant) override;
    QByteArray textKey() const override { return "message"; }
    void configure(const QJsonObject &config) override;
    QJsonObject stats() const override;

    // A `fields` expression such as "id,message,comments{id,from,parent}"; modifiers like .limit(5) are ignored.
    struct FieldSpec {
        QStringList order;
        QHash<QString, FieldSpec> children;
        bool isEmpty() const { return order.isEmpty(); }
    };
    static FieldSpec parseFields(const QString &text);

private:
    // Where an object lives: a post, or a comment below it (reply: below a comment).
    struct Location {
        int post = -1;
        int comment = -1; // index in the post's comments, -1 for the post itself
        int reply = -1;   // index in the comment's comments
    };

    // A Messenger conversation of the Page with one person, messages newest first.
    struct Conversation {
        QString id;   // "t_..."
        QString psid; // the person's page-scoped id
        QString name;
        QList<QJsonObject> messages;
        QDateTime updated;
        QDateTime lastFromCustomer;
    };

    Response route(const Request &request, const QString &path);
    Response conversations(const Request &request);
    Response sendMessage(const Request &request);
    QString addMessage(const IncomingPost &post);
    QJsonObject projectConversation(const Conversation &c, const FieldSpec &spec) const;
    void sortConversations();
    Response feed(const Request &request);
    Response edge(const Request &request, const QString &objectId);
    Response comment(const Request &request, const QString &objectId);
    Location find(const QString &id) const;
    QJsonObject objectAt(const Location &at) const;
    QString addComment(const Location &at, const QJsonObject &from, const QString &message, const QDateTime &time);
    QJsonObject project(const QJsonObject &object, const FieldSpec &spec, bool comment) const;
    QString userIdFor(const QString &name);
    QString fbtrace();
    Response graphError(int status, const QString &message, const QString &type, int code, int subcode = 0);
    Response unknownObject(const QString &id, const QByteArray &method);

    Journal *m_journal;
    QList<QJsonObject> m_posts;          // newest first, comments nested as the feed returns them
    QList<Conversation> m_conversations; // most recently updated first
    int m_nextMessage = 0;
    QHash<QString, QString> m_userIds; // display name → id
    RateWindow m_rate{4800, 60 * 60};
    Timeline m_timeline;
    qint64 m_nextObjectId = 1230000900000000LL;
    int m_trace = 0;
};

} // namespace webcare::fake
