// SPDX-License-Identifier: MIT
#pragma once

#include "platform.h"

#include <QHash>

namespace webcare::fake {

// The platforms' sign-in servers: OAuth 2.0 authorisation code with PKCE (RFC 6749, RFC 7636) as X, Mastodon and
// Facebook run them, Mastodon's client registration, Facebook's Page tokens, and Discourse's API-key check.
// The authorise step stands in for the user clicking "Authorize app" in the browser: it redirects straight back
// to the loopback address, with a code, or with error=access_denied for the client id "deny".
class OAuthApi final : public PlatformApi {
public:
    QString channel() const override { return QStringLiteral("oauth"); }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;
    QString addIncoming(const IncomingPost &, QString *error) override;
    Response faultAnswer(FaultKind kind, const Request &request, double seconds, int variant) override;
    QByteArray textKey() const override { return QByteArrayLiteral("access_token"); }
    void configure(const QJsonObject &) override {}
    QJsonObject stats() const override;

private:
    struct Grant {
        QString platform;
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        bool used = false;
    };
    Response authorize(const Request &request, const QString &platform);
    Response token(const Request &request, const QString &platform);
    Response registerApp(const Request &request);
    Response pages(const Request &request) const;
    Response discourseSession(const Request &request) const;
    QString issueToken(const QString &platform);

    QHash<QString, Grant> m_codes;           // authorisation code → what it was issued for
    QHash<QString, QString> m_refreshTokens; // refresh token → platform
    QHash<QString, QString> m_apps;          // Mastodon client id → its registered redirect address
    int m_issued = 0;
};

} // namespace webcare::fake
