// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "net/httpclient.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace webcare::accounts {

// Where a platform's OAuth 2.0 authorisation server lives for an account's API root. The public platforms keep
// it on another host than the API; a self-hosted API root (a Mastodon instance, the fake platform server) serves
// both.
struct OAuthEndpoints {
    QUrl authorize;
    QUrl token;
    QUrl registerClient; // Mastodon registers a client per instance (POST /api/v1/apps); empty elsewhere
    QString scope;
};
OAuthEndpoints oauthEndpoints(const domain::Account &account);

// RFC 7636: the S256 code challenge of a code verifier (base64url of its SHA-256, without padding).
QByteArray pkceChallenge(const QByteArray &verifier);
// A fresh code verifier: 32 random bytes as 43 base64url characters.
QByteArray pkceVerifier();

// Renews an expired access token with the refresh token kept beside it (RFC 6749 §6; X hands out two-hour tokens).
// `done` gets the new secrets, or a translated reason when the account must be signed in again.
void refreshAccessToken(net::HttpClient *http, QObject *context, const domain::Account &account,
                        const AccountSecrets &secrets, std::function<void(Expected<AccountSecrets, QString>)> done);

// What the agent entered in the "add account" dialog.
struct SignInRequest {
    domain::Account account; // channel and base URL; for Facebook the Page id in platformUserId (may be empty)
    QString clientId;        // the team's registered app (X, Facebook); Mastodon registers one itself
    QString clientSecret;    // only for confidential clients (Facebook); kept in the keychain with the tokens
    QString apiKey;          // Discourse
    QString apiUsername;     // Discourse
};

struct SignInResult {
    domain::Account account; // with the platform's own id, handle and name filled in
    AccountSecrets secrets;
};

// Connects an account: OAuth 2.0 authorisation code flow in the system browser with a loopback redirect
// (RFC 8252) and PKCE (RFC 7636; Qt 6.4 has no PKCE, so the challenge and verifier are added by hand), or an
// API key for Discourse; then asks the platform who the account is. Everything goes through the app's one guarded
// network access manager, on the caller's thread, without blocking it.
class SignIn final : public QObject {
    Q_OBJECT
public:
    using OpenBrowser = std::function<void(const QUrl &)>;

    SignIn(net::GuardedNetworkAccessManager *network, OpenBrowser openBrowser, QObject *parent = nullptr);
    ~SignIn() override;
    Q_DISABLE_COPY_MOVE(SignIn)

    void start(const SignInRequest &request);
    void cancel();
    // How long the agent has to finish in the browser.
    void setTimeout(int ms) { m_timeout.setInterval(ms); }

signals:
    // The browser was asked to open this address; shown to the agent in case no browser comes up.
    void browserOpened(const QUrl &url);
    void succeeded(const webcare::accounts::SignInResult &result);
    // A translated sentence saying what went wrong and what to do.
    void failed(const QString &message);

private:
    void registerClient();
    void authorize();
    void onGranted();
    void identify(const AccountSecrets &secrets);
    void choosePage(const AccountSecrets &user);
    void fail(const QString &message);
    void finish(const SignInResult &result);
    void get(const QUrl &url, const connectors::Credentials &credentials,
             std::function<void(const net::ApiResponse &)> done);

    net::GuardedNetworkAccessManager *m_network;
    net::HttpClient *m_http;
    OpenBrowser m_openBrowser;
    SignInRequest m_request;
    OAuthEndpoints m_endpoints;
    QByteArray m_verifier;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QTimer m_timeout;
    bool m_done = true;
};

} // namespace webcare::accounts

Q_DECLARE_METATYPE(webcare::accounts::SignInResult)
