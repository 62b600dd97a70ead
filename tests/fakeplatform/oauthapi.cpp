// SPDX-License-Identifier: MIT
#include "oauthapi.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace webcare::fake {

namespace {

const QRegularExpression &graphVersioned()
{
    static const QRegularExpression re(QStringLiteral("^/v\\d+\\.\\d+/(dialog/oauth|oauth/access_token|me/accounts)$"));
    return re;
}

// RFC 6749 §5.2: the token endpoint's error answer.
Response oauthError(int status, const QString &error, const QString &description)
{
    return Response::json(
        status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

// RFC 6749 §4.1.2.1: once the redirect address is trusted, authorisation errors go back to it.
Response redirectBack(const QString &redirectUri, const QUrlQuery &query)
{
    QUrl target(redirectUri);
    QUrlQuery q(target);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        q.addQueryItem(item.first, item.second);
    target.setQuery(q);
    Response r = Response::text(302, QByteArray(), "text/html");
    r.setHeader("Location", target.toEncoded());
    return r;
}

// RFC 8252 §7.3: a native app's redirect is a loopback IP literal with any port.
bool isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri);
    return url.isValid() && url.scheme() == QLatin1String("http") &&
           (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1") ||
            url.host() == QLatin1String("localhost")) &&
           url.port() > 0;
}

QString randomish(const char *prefix, int n)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(QByteArray(prefix) + QByteArray::number(n)), QCryptographicHash::Sha256);
    return QLatin1String(prefix) + QString::fromLatin1(digest.toHex().left(24));
}

} // namespace

bool OAuthApi::handles(const Request &request) const
{
    static const QStringList paths{QStringLiteral("/i/oauth2/authorize"), QStringLiteral("/2/oauth2/token"),
                                   QStringLiteral("/oauth/authorize"),    QStringLiteral("/oauth/token"),
                                   QStringLiteral("/api/v1/apps"),        QStringLiteral("/session/current.json")};
    return paths.contains(request.path) || graphVersioned().match(request.path).hasMatch();
}

Response OAuthApi::handle(const Request &request)
{
    const QString p = request.path;
    if (p == QLatin1String("/i/oauth2/authorize") && request.method == "GET")
        return authorize(request, QStringLiteral("x"));
    if (p == QLatin1String("/oauth/authorize") && request.method == "GET")
        return authorize(request, QStringLiteral("mastodon"));
    if (p == QLatin1String("/2/oauth2/token") && request.method == "POST")
        return token(request, QStringLiteral("x"));
    if (p == QLatin1String("/oauth/token") && request.method == "POST")
        return token(request, QStringLiteral("mastodon"));
    if (p == QLatin1String("/api/v1/apps") && request.method == "POST")
        return registerApp(request);
    if (p == QLatin1String("/session/current.json") && request.method == "GET")
        return discourseSession(request);
    const QString what = graphVersioned().match(p).captured(1);
    if (what == QLatin1String("dialog/oauth") && request.method == "GET")
        return authorize(request, QStringLiteral("facebook"));
    if (what == QLatin1String("oauth/access_token"))
        return token(request, QStringLiteral("facebook")); // Graph takes GET or POST here
    if (what == QLatin1String("me/accounts") && request.method == "GET")
        return pages(request);
    return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("method not allowed"));
}

Response OAuthApi::authorize(const Request &request, const QString &platform)
{
    const QString redirectUri = request.param(QStringLiteral("redirect_uri"));
    const QString clientId = request.param(QStringLiteral("client_id"));
    // Without a trustworthy redirect address the error is shown to the user, never redirected (§4.1.2.1).
    if (!isLoopbackRedirect(redirectUri))
        return Response::text(400, "redirect_uri must be a loopback address (RFC 8252)", "text/plain");
    if (platform == QLatin1String("mastodon") && m_apps.value(clientId) != redirectUri)
        return Response::text(400, "unknown client or redirect_uri not registered", "text/plain");
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("state"), request.param(QStringLiteral("state")));
    const auto refuse = [&](const QString &error, const QString &description) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("error"), error);
        q.addQueryItem(QStringLiteral("error_description"), description);
        q.addQueryItem(QStringLiteral("state"), request.param(QStringLiteral("state")));
        return redirectBack(redirectUri, q);
    };
    if (request.param(QStringLiteral("response_type")) != QLatin1String("code") || clientId.isEmpty())
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("response_type=code and client_id needed"));
    static const QRegularExpression challengeShape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (request.param(QStringLiteral("code_challenge_method")) != QLatin1String("S256") ||
        !challengeShape.match(request.param(QStringLiteral("code_challenge"))).hasMatch())
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("PKCE with S256 is required"));
    if (clientId == QLatin1String("deny"))
        return refuse(QStringLiteral("access_denied"), QStringLiteral("The user denied the request"));
    Grant grant{platform,
                clientId,
                redirectUri,
                request.param(QStringLiteral("code_challenge")),
                request.param(QStringLiteral("scope")),
                false};
    const QString code = randomish("code", ++m_issued);
    m_codes.insert(code, grant);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), code);
    q.addQueryItem(QStringLiteral("state"), request.param(QStringLiteral("state")));
    return redirectBack(redirectUri, q);
}

QString OAuthApi::issueToken(const QString &platform)
{
    return QStringLiteral("fake-%1-").arg(platform) + randomish("token", ++m_issued);
}

Response OAuthApi::token(const Request &request, const QString &platform)
{
    const QJsonObject f = request.fields();
    const auto field = [&f](const char *name) { return f.value(QLatin1String(name)).toString(); };
    const QString grantType = field("grant_type");
    QJsonObject answer{{QStringLiteral("token_type"), QStringLiteral("bearer")}};
    if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = field("refresh_token");
        if (m_refreshTokens.value(refresh) != platform)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown refresh token"));
        m_refreshTokens.remove(refresh); // X rotates refresh tokens: each may be used once
        const QString next = randomish("refresh", ++m_issued);
        m_refreshTokens.insert(next, platform);
        answer.insert(QStringLiteral("access_token"), issueToken(platform));
        answer.insert(QStringLiteral("refresh_token"), next);
        answer.insert(QStringLiteral("expires_in"), 7200);
        return Response::json(200, answer);
    }
    if (platform != QLatin1String("facebook") && grantType != QLatin1String("authorization_code"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("authorization_code only"));
    // Qt and some clients percent-encode the code once more; a code is [a-z0-9] so decoding is harmless.
    const QString code = QUrl::fromPercentEncoding(field("code").toUtf8());
    auto it = m_codes.find(code);
    if (it == m_codes.end() || it->platform != platform)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown authorization code"));
    if (it->used)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("authorization code already used"));
    it->used = true;
    const QString redirectUri = QUrl::fromPercentEncoding(field("redirect_uri").toUtf8());
    const QString clientId = QUrl::fromPercentEncoding(field("client_id").toUtf8());
    if (redirectUri != it->redirectUri || clientId != it->clientId)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri or client_id differ"));
    const QByteArray verifier = field("code_verifier").toUtf8();
    const QString computed =
        QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (verifier.size() < 43 || computed != it->challenge)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed"));
    answer.insert(QStringLiteral("access_token"), issueToken(platform));
    if (platform == QLatin1String("x")) {
        answer.insert(QStringLiteral("expires_in"), 7200);
        answer.insert(QStringLiteral("scope"), it->scope);
        if (it->scope.split(QLatin1Char(' ')).contains(QLatin1String("offline.access"))) {
            const QString refresh = randomish("refresh", ++m_issued);
            m_refreshTokens.insert(refresh, platform);
            answer.insert(QStringLiteral("refresh_token"), refresh);
        }
    } else if (platform == QLatin1String("mastodon")) {
        answer.insert(QStringLiteral("scope"), it->scope);
        answer.insert(QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch());
    } else {
        answer.insert(QStringLiteral("expires_in"), 5183944); // a long-lived user token
    }
    return Response::json(200, answer);
}

Response OAuthApi::registerApp(const Request &request)
{
    const QJsonObject f = request.fields();
    const QString name = f.value(QLatin1String("client_name")).toString();
    const QString redirect = f.value(QLatin1String("redirect_uris")).toString();
    if (name.isEmpty() || redirect.isEmpty())
        return Response::json(422, QJsonObject{{QStringLiteral("error"),
                                                QStringLiteral("Validation failed: Name can't be blank, Redirect URI "
                                                               "can't be blank")}});
    const QString clientId = randomish("client", ++m_issued);
    m_apps.insert(clientId, redirect);
    return Response::json(200, QJsonObject{{QStringLiteral("id"), QString::number(m_issued)},
                                           {QStringLiteral("name"), name},
                                           {QStringLiteral("website"), QJsonValue()},
                                           {QStringLiteral("redirect_uri"), redirect},
                                           {QStringLiteral("client_id"), clientId},
                                           {QStringLiteral("client_secret"), randomish("secret", m_issued)},
                                           {QStringLiteral("vapid_key"), QString()}});
}

Response OAuthApi::pages(const Request &request) const
{
    QString token = request.param(QStringLiteral("access_token"));
    if (token.isEmpty())
        token = request.bearerToken();
    if (token.isEmpty() || token == QLatin1String("expired"))
        return Response::json(
            400, QJsonObject{{QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("message"), QStringLiteral("Error validating access token")},
                                          {QStringLiteral("type"), QStringLiteral("OAuthException")},
                                          {QStringLiteral("code"), 190},
                                          {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEfGhIjK")}}}});
    const auto page = [](const char *id, const char *name, const char *pageToken) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("access_token"), QLatin1String(pageToken)},
                           {QStringLiteral("category"), QStringLiteral("Insurance Company")},
                           {QStringLiteral("tasks"), QJsonArray{QStringLiteral("MODERATE"), QStringLiteral("MESSAGING"),
                                                                QStringLiteral("CREATE_CONTENT")}}};
    };
    return Response::json(
        200, QJsonObject{{QStringLiteral("data"),
                          QJsonArray{page("104000000000001", "Duinzicht Verzekeringen", "fake-page-token-duinzicht"),
                                     page("104000000000002", "Duinzicht Vacatures", "fake-page-token-vacatures")}},
                         {QStringLiteral("paging"),
                          QJsonObject{{QStringLiteral("cursors"),
                                       QJsonObject{{QStringLiteral("before"), QStringLiteral("QVFIUjRz")},
                                                   {QStringLiteral("after"), QStringLiteral("QVFIUmtX")}}}}}});
}

Response OAuthApi::discourseSession(const Request &request) const
{
    const QString key = QString::fromUtf8(request.header("api-key"));
    const QString user = QString::fromUtf8(request.header("api-username"));
    if (key.isEmpty() || key == QLatin1String("revoked") || user.isEmpty())
        return Response::json(403, QJsonObject{{QStringLiteral("errors"),
                                                QJsonArray{QStringLiteral("You are not permitted to view the requested "
                                                                          "resource. The API username or key is "
                                                                          "invalid.")}},
                                               {QStringLiteral("error_type"), QStringLiteral("invalid_access")}});
    return Response::json(200, QJsonObject{{QStringLiteral("current_user"),
                                            QJsonObject{{QStringLiteral("id"), 2},
                                                        {QStringLiteral("username"), user},
                                                        {QStringLiteral("name"), QStringLiteral("Duinzicht Team")},
                                                        {QStringLiteral("admin"), false},
                                                        {QStringLiteral("moderator"), true}}}});
}

QString OAuthApi::addIncoming(const IncomingPost &, QString *error)
{
    *error = QStringLiteral("the sign-in server takes no posts");
    return {};
}

Response OAuthApi::faultAnswer(FaultKind kind, const Request &, double seconds, int)
{
    if (kind == FaultKind::TooManyRequests) {
        Response r = oauthError(429, QStringLiteral("temporarily_unavailable"), QStringLiteral("Too Many Requests"));
        r.setHeader("Retry-After", QByteArray::number(qMax(1, int(seconds))));
        return r;
    }
    return oauthError(kind == FaultKind::Unavailable ? 503 : 500, QStringLiteral("server_error"),
                      QStringLiteral("Internal Server Error"));
}

QJsonObject OAuthApi::stats() const
{
    return QJsonObject{{QStringLiteral("codes"), int(m_codes.size())}, {QStringLiteral("apps"), int(m_apps.size())}};
}

} // namespace webcare::fake
