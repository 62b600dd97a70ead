// SPDX-License-Identifier: MIT
#include "signin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace webcare::accounts {

using domain::Channel;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SignIn)
};

QString trimmedRoot(const QString &baseUrl)
{
    QString root = baseUrl.trimmed();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    return root;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject bodyObject(const net::ApiResponse &response) { return QJsonDocument::fromJson(response.body).object(); }

// OAuth errors (RFC 6749 §5.2) as the token endpoints send them, for the details of a message.
QString oauthErrorText(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString error = o.value(QLatin1String("error")).toString();
    const QString description = o.value(QLatin1String("error_description")).toString();
    if (!error.isEmpty())
        return description.isEmpty() ? error : error + QStringLiteral(": ") + description;
    return QString::fromUtf8(body.left(300));
}
} // namespace

OAuthEndpoints oauthEndpoints(const domain::Account &account)
{
    const QString root = trimmedRoot(account.baseUrl);
    const QUrl rootUrl(root);
    OAuthEndpoints e;
    switch (account.channel) {
    case Channel::X: {
        // The public API signs in on x.com; any other root (a test server) serves the same paths itself.
        const bool publicApi =
            rootUrl.host() == QLatin1String("api.x.com") || rootUrl.host() == QLatin1String("api.twitter.com");
        e.authorize = QUrl(publicApi ? QStringLiteral("https://x.com/i/oauth2/authorize")
                                     : root + QStringLiteral("/i/oauth2/authorize"));
        e.token = QUrl(root + QStringLiteral("/2/oauth2/token"));
        e.scope = QStringLiteral("tweet.read tweet.write users.read dm.read dm.write offline.access");
        break;
    }
    case Channel::Mastodon:
        e.authorize = QUrl(root + QStringLiteral("/oauth/authorize"));
        e.token = QUrl(root + QStringLiteral("/oauth/token"));
        e.registerClient = QUrl(root + QStringLiteral("/api/v1/apps"));
        e.scope = QStringLiteral("read write");
        break;
    case Channel::Facebook: {
        // The Graph root carries the API version (https://graph.facebook.com/v19.0); the login dialog lives on
        // www.facebook.com under the same version.
        const bool publicApi = rootUrl.host() == QLatin1String("graph.facebook.com");
        const QString version = rootUrl.path().section(QLatin1Char('/'), -1);
        e.authorize = QUrl(publicApi ? QStringLiteral("https://www.facebook.com/%1/dialog/oauth").arg(version)
                                     : root + QStringLiteral("/dialog/oauth"));
        e.token = QUrl(root + QStringLiteral("/oauth/access_token"));
        e.scope = QStringLiteral("pages_show_list,pages_read_engagement,pages_read_user_content,"
                                 "pages_manage_engagement,pages_messaging");
        break;
    }
    case Channel::Discourse:
        break; // an API key, no OAuth
    }
    return e;
}

QByteArray pkceChallenge(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray pkceVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return base64Url(bytes);
}

void refreshAccessToken(net::HttpClient *http, QObject *context, const domain::Account &account,
                        const AccountSecrets &secrets, std::function<void(Expected<AccountSecrets, QString>)> done)
{
    if (secrets.refreshToken.isEmpty() || account.channel == Channel::Discourse) {
        done(unexpected(Text::tr("The sign-in cannot be renewed by itself: reconnect the account.")));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), secrets.refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), secrets.clientId);
    if (!secrets.clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), secrets.clientSecret);
    net::ApiRequest r;
    r.method = "POST";
    r.url = oauthEndpoints(account).token;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    r.body = form.query(QUrl::FullyEncoded).toUtf8();
    http->send(r, context, [secrets, done = std::move(done)](const net::ApiResponse &response) {
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        const QString token = o.value(QLatin1String("access_token")).toString();
        if (response.status != 200 || token.isEmpty()) {
            done(unexpected(Text::tr("The platform did not renew the sign-in (%1): reconnect the account.")
                                .arg(response.status ? oauthErrorText(response.body) : response.transportDetail)));
            return;
        }
        AccountSecrets renewed = secrets;
        renewed.credentials.accessToken = token;
        // X rotates refresh tokens: the old one is spent.
        if (const QString next = o.value(QLatin1String("refresh_token")).toString(); !next.isEmpty())
            renewed.refreshToken = next;
        const int expiresIn = o.value(QLatin1String("expires_in")).toInt();
        renewed.expiresAt = expiresIn > 0 ? QDateTime::currentDateTimeUtc().addSecs(expiresIn) : QDateTime();
        done(renewed);
    });
}

SignIn::SignIn(net::GuardedNetworkAccessManager *network, OpenBrowser openBrowser, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_http(new net::HttpClient(network, this))
    , m_openBrowser(std::move(openBrowser))
{
    qRegisterMetaType<SignInResult>();
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5 * 60 * 1000);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(Text::tr("The sign-in was not completed in the browser in time. Try again.")); });
}

SignIn::~SignIn() { cancel(); }

void SignIn::start(const SignInRequest &request)
{
    cancel();
    m_done = false;
    m_request = request;
    m_request.account.baseUrl = trimmedRoot(request.account.baseUrl);
    const QUrl root(m_request.account.baseUrl);
    if (!root.isValid() || (root.scheme() != QLatin1String("https") && root.scheme() != QLatin1String("http")) ||
        root.host().isEmpty()) {
        fail(Text::tr("\"%1\" is not a web address. Enter the address of the platform's API, such as "
                      "https://mastodon.social.")
                 .arg(request.account.baseUrl));
        return;
    }
    // Tokens travel only over TLS, except to this computer itself (a test server).
    const bool loopback = root.host() == QLatin1String("127.0.0.1") || root.host() == QLatin1String("localhost") ||
                          root.host() == QLatin1String("::1");
    if (root.scheme() != QLatin1String("https") && !loopback) {
        fail(Text::tr("Sign-ins are only sent over a secure connection: use an address that starts with https://."));
        return;
    }
    m_timeout.start();
    if (m_request.account.channel == Channel::Discourse) {
        if (m_request.apiKey.trimmed().isEmpty() || m_request.apiUsername.trimmed().isEmpty()) {
            fail(Text::tr("A Discourse forum needs an API key and the username it acts as."));
            return;
        }
        AccountSecrets s;
        s.credentials.apiKey = m_request.apiKey.trimmed();
        s.credentials.apiUsername = m_request.apiUsername.trimmed();
        identify(s);
        return;
    }
    m_endpoints = oauthEndpoints(m_request.account);
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_handler->isListening()) {
        fail(Text::tr("Could not open a local port for the browser to return to. Try again."));
        return;
    }
    m_handler->setCallbackText(
        Text::tr("Webcare Desk has received the sign-in. You can close this window and return to the app."));
    if (m_request.account.channel == Channel::Mastodon && m_request.clientId.isEmpty())
        registerClient();
    else
        authorize();
}

void SignIn::cancel()
{
    m_timeout.stop();
    if (m_flow)
        m_flow->deleteLater();
    if (m_handler) {
        m_handler->close();
        m_handler->deleteLater();
    }
    m_flow = nullptr;
    m_handler = nullptr;
    m_done = true;
}

void SignIn::registerClient()
{
    // Mastodon instances each know their own clients: register one for this redirect address (POST /api/v1/apps).
    net::ApiRequest r;
    r.method = "POST";
    r.url = m_endpoints.registerClient;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("client_name"), QStringLiteral("Webcare Desk")},
                                       {QStringLiteral("redirect_uris"), m_handler->callback()},
                                       {QStringLiteral("scopes"), m_endpoints.scope}})
                 .toJson(QJsonDocument::Compact);
    m_http->send(r, this, [this](const net::ApiResponse &response) {
        net::ApiError error;
        if (net::classify(Channel::Mastodon, response, &error)) {
            fail(Text::tr("The Mastodon server did not register Webcare Desk: %1").arg(error.message()));
            return;
        }
        const QJsonObject app = bodyObject(response);
        m_request.clientId = app.value(QLatin1String("client_id")).toString();
        m_request.clientSecret = app.value(QLatin1String("client_secret")).toString();
        if (m_request.clientId.isEmpty()) {
            fail(Text::tr("The Mastodon server's answer could not be read."));
            return;
        }
        authorize();
    });
}

void SignIn::authorize()
{
    if (m_request.clientId.trimmed().isEmpty()) {
        fail(Text::tr("Enter the client id of the team's app registration for this platform."));
        return;
    }
    m_verifier = pkceVerifier();
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(m_endpoints.authorize);
    m_flow->setAccessTokenUrl(m_endpoints.token);
    m_flow->setClientIdentifier(m_request.clientId.trimmed());
    if (!m_request.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_request.clientSecret);
    m_flow->setScope(m_endpoints.scope);
    m_flow->setReplyHandler(m_handler);
    const QByteArray verifier = m_verifier;
    m_flow->setModifyParametersFunction([verifier](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(pkceChallenge(verifier)));
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            p->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        emit browserOpened(url);
        if (m_openBrowser)
            m_openBrowser(url);
    });
    connect(m_flow, &QAbstractOAuth::granted, this, &SignIn::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this, [this](const QString &error, const QString &description) {
        if (error == QLatin1String("access_denied"))
            fail(Text::tr("Access was not granted in the browser, so the account was not connected."));
        else
            fail(Text::tr("The platform refused the sign-in (%1). Try again.")
                     .arg(description.isEmpty() ? error : description));
    });
    // Qt 6.4 only logs a failed token request and the flow then waits forever; watch the answer ourselves.
    const QUrl tokenUrl = m_endpoints.token;
    connect(m_network, &QNetworkAccessManager::finished, this, [this, tokenUrl](QNetworkReply *reply) {
        if (m_done || reply->url().adjusted(QUrl::RemoveQuery) != tokenUrl.adjusted(QUrl::RemoveQuery))
            return;
        if (reply->error() == QNetworkReply::NoError)
            return;
        const QString detail = oauthErrorText(reply->peek(4096));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            fail(Text::tr("The platform could not be reached to finish the sign-in: %1").arg(reply->errorString()));
        else
            fail(Text::tr("The platform refused the sign-in (%1). Try again.").arg(detail));
    });
    m_flow->grant();
}

void SignIn::onGranted()
{
    AccountSecrets c;
    c.credentials.accessToken = m_flow->token();
    c.refreshToken = m_flow->refreshToken();
    c.expiresAt = m_flow->expirationAt().toUTC();
    c.clientId = m_request.clientId.trimmed();
    c.clientSecret = m_request.clientSecret;
    if (c.credentials.accessToken.isEmpty()) {
        fail(Text::tr("The platform's answer held no access token."));
        return;
    }
    if (m_request.account.channel == Channel::Facebook)
        choosePage(c);
    else
        identify(c);
}

void SignIn::get(const QUrl &url, const connectors::Credentials &c, std::function<void(const net::ApiResponse &)> done)
{
    net::ApiRequest r;
    r.url = url;
    if (!c.accessToken.isEmpty())
        r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + c.accessToken.toUtf8()});
    if (!c.apiKey.isEmpty()) {
        r.headers.append({QByteArrayLiteral("Api-Key"), c.apiKey.toUtf8()});
        r.headers.append({QByteArrayLiteral("Api-Username"), c.apiUsername.toUtf8()});
    }
    r.timeoutMs = 30000;
    m_http->send(r, this, std::move(done));
}

void SignIn::choosePage(const AccountSecrets &user)
{
    // Facebook gives a user token; the Page is read and answered with that Page's own token (GET /me/accounts).
    QUrl url(m_request.account.baseUrl + QStringLiteral("/me/accounts"));
    url.setQuery(QStringLiteral("fields=id,name,access_token&limit=100"));
    get(url, user.credentials, [this, user](const net::ApiResponse &response) {
        net::ApiError error;
        if (net::classify(Channel::Facebook, response, &error)) {
            fail(error.message());
            return;
        }
        const QJsonArray pages = bodyObject(response).value(QLatin1String("data")).toArray();
        const QString wanted = m_request.account.platformUserId.trimmed();
        QStringList names;
        for (const QJsonValue &v : pages) {
            const QJsonObject page = v.toObject();
            const QString id = page.value(QLatin1String("id")).toString();
            names << page.value(QLatin1String("name")).toString() + QStringLiteral(" (") + id + QLatin1Char(')');
            if (!wanted.isEmpty() ? id == wanted : pages.size() == 1) {
                SignInResult result;
                result.account = m_request.account;
                result.account.platformUserId = id;
                result.account.name = page.value(QLatin1String("name")).toString();
                result.secrets = user;
                result.secrets.credentials.accessToken = page.value(QLatin1String("access_token")).toString();
                result.secrets.refreshToken.clear();
                result.secrets.expiresAt = {}; // Page tokens from a long-lived user token do not expire
                finish(result);
                return;
            }
        }
        if (pages.isEmpty())
            fail(Text::tr("This Facebook user manages no Pages that Webcare Desk may use."));
        else
            fail(Text::tr("Enter the id of the Page to connect. This user manages: %1")
                     .arg(names.join(QStringLiteral(", "))));
    });
}

void SignIn::identify(const AccountSecrets &c)
{
    // Ask the platform who the signed-in account is: its id is what mentions point at and what replies come from.
    const Channel channel = m_request.account.channel;
    QUrl url;
    switch (channel) {
    case Channel::X:
        url = QUrl(m_request.account.baseUrl + QStringLiteral("/2/users/me"));
        break;
    case Channel::Mastodon:
        url = QUrl(m_request.account.baseUrl + QStringLiteral("/api/v1/accounts/verify_credentials"));
        break;
    case Channel::Discourse:
        url = QUrl(m_request.account.baseUrl + QStringLiteral("/session/current.json"));
        break;
    case Channel::Facebook:
        return; // choosePage
    }
    get(url, c.credentials, [this, c, channel](const net::ApiResponse &response) {
        net::ApiError error;
        if (net::classify(channel, response, &error)) {
            fail(error.message());
            return;
        }
        const QJsonObject o = bodyObject(response);
        SignInResult result;
        result.account = m_request.account;
        result.secrets = c;
        QString id, handle, name;
        switch (channel) {
        case Channel::X: {
            const QJsonObject user = o.value(QLatin1String("data")).toObject();
            id = user.value(QLatin1String("id")).toString();
            handle = user.value(QLatin1String("username")).toString();
            name = QLatin1Char('@') + handle;
            break;
        }
        case Channel::Mastodon:
            id = o.value(QLatin1String("id")).toString();
            handle = o.value(QLatin1String("username")).toString();
            name = QLatin1Char('@') + o.value(QLatin1String("acct")).toString();
            break;
        case Channel::Discourse: {
            const QJsonObject user = o.value(QLatin1String("current_user")).toObject();
            handle = user.value(QLatin1String("username")).toString();
            id = handle; // Discourse posts name their author by username
            name = QUrl(m_request.account.baseUrl).host();
            break;
        }
        case Channel::Facebook:
            break;
        }
        if (id.isEmpty()) {
            fail(Text::tr("The platform's answer about the signed-in account could not be read."));
            return;
        }
        result.account.platformUserId = id;
        result.account.handle = handle;
        if (result.account.name.trimmed().isEmpty())
            result.account.name = name;
        finish(result);
    });
}

void SignIn::fail(const QString &message)
{
    if (m_done)
        return;
    cancel();
    emit failed(message);
}

void SignIn::finish(const SignInResult &result)
{
    if (m_done)
        return;
    cancel();
    emit succeeded(result);
}

} // namespace webcare::accounts
