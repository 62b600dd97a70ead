// SPDX-License-Identifier: MIT
#pragma once

#include "platform.h"

#include <map>
#include <set>

namespace webcare::fake {

class Synthetic;

// Mastodon: mention notifications with max_id / since_id / min_id and Link headers, a status's context, the
// account's own statuses, posting a status with Idempotency-Key, X-RateLimit-* (reset as ISO 8601) on every answer.
class MastodonApi final : public PlatformApi {
public:
    explicit MastodonApi(Journal *journal);

    // The account behind every token: @duinzicht of the demo feed.
    static QString accountId() { return QStringLiteral("109000000000000001"); }

    bool load(const QByteArray &json, QString *error); // mastodon_notifications.json
    void generate(int count, Synthetic &synthetic);

    QString channel() const override { return QStringLiteral("mastodon"); }
    bool handles(const Request &request) const override
    {
        return request.path.startsWith(QLatin1String("/api/v1/")) || request.path.startsWith(QLatin1String("/api/v2/"));
    }
    Response handle(const Request &request) override;
    QString addIncoming(const IncomingPost &post, QString *error) override;
    Response faultAnswer(FaultKind kind, const Request &request, double seconds, int variant) override;
    QByteArray textKey() const override { return "content"; }
    void configure(const QJsonObject &config) override;
    QJsonObject stats() const override;

private:
    struct Notification {
        qint64 statusId = 0;
        QString createdAt;
        QString accountId;
    };
    struct Cursor {
        qint64 maxId = 0; // exclusive; 0: none
        qint64 sinceId = 0;
        qint64 minId = -1;
        int limit = 40;
    };

    Response route(const Request &request);
    Response notifications(const Request &request);
    Response context(qint64 id) const;
    Response accountStatuses(const Request &request, const QString &accountId);
    Response create(const Request &request);
    Cursor cursor(const Request &request, int defaultLimit, int maxLimit) const;
    // rel="next" (older, max_id) and rel="prev" (newer, min_id) links for a page, keeping the request's filters.
    static QByteArray linkHeader(const Request &request, const QList<qint64> &page);

    QJsonObject notificationJson(qint64 id, const Notification &n) const;
    QString contentHtml(const QString &text, QJsonArray *mentions) const;
    QJsonObject makeStatus(qint64 id, const QDateTime &at, const QString &accountId, const QString &text,
                           qint64 inReplyTo, const QString &visibility) const;
    void insertAccount(const QJsonObject &account);
    void insertStatus(const QJsonObject &status);
    QString ensureAccount(const QString &author);
    qint64 nextStatusId(const QDateTime &at);

    Journal *m_journal;
    std::map<qint64, Notification> m_notifications;
    struct Status {
        QByteArray json; // compact: 25,000 statuses as QJsonObject would cost hundreds of megabytes
        qint64 inReplyTo = 0;
        QString accountId;
    };
    QJsonObject status(qint64 id) const { return QJsonDocument::fromJson(m_statuses.at(id).json).object(); }
    std::map<qint64, Status> m_statuses;
    QHash<qint64, std::set<qint64>> m_replies; // in_reply_to_id → replies
    QHash<QString, std::set<qint64>> m_byAccount;
    QHash<QString, QJsonObject> m_accounts;    // by id
    QHash<QString, QString> m_accountIdByAcct; // lower-case acct and username → id
    QHash<QString, qint64> m_idempotencyKeys;  // Idempotency-Key → the status it created
    RateWindow m_rate{300, 5 * 60};
    Timeline m_timeline;
    qint64 m_lastStatusId = 0;
    qint64 m_lastNotificationId = 0;
    int m_createdAccounts = 0;
};

} // namespace webcare::fake
