// SPDX-License-Identifier: MIT
// Connecting accounts: OAuth 2.0 with PKCE and a loopback redirect against the fake platforms' sign-in servers,
// Discourse API keys, tokens kept only in the secret store, and accounts that sync once connected.
#include "support/testsupport.h"

#include "accounts/accountservice.h"
#include "fakeplatformprocess.h"
#include "store/accountrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace webcare;
using domain::Channel;

namespace {

QString apiRoot(Channel channel, const QUrl &base)
{
    QString root = base.toString();
    if (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    return channel == Channel::Facebook ? root + QStringLiteral("/v19.0") : root;
}

accounts::SignInRequest request(Channel channel, const QUrl &base)
{
    accounts::SignInRequest r;
    r.account.channel = channel;
    r.account.baseUrl = apiRoot(channel, base);
    r.account.pollSeconds = 3600;
    if (channel == Channel::X || channel == Channel::Facebook)
        r.clientId = QStringLiteral("webcare-desk-test");
    if (channel == Channel::Facebook)
        r.account.platformUserId = QStringLiteral("104000000000001");
    if (channel == Channel::Discourse) {
        r.apiKey = QStringLiteral("d1c2e3f4-test-key");
        r.apiUsername = QStringLiteral("Duinzicht_Team");
    }
    return r;
}

// Plays the system browser: opens the authorisation page and follows its redirect to the app's loopback address.
struct Browser {
    QNetworkAccessManager network;
    QList<QUrl> opened;
    int pagesShown = 0;
    void open(const QUrl &url)
    {
        opened << url;
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = network.get(r);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            if (reply->error() == QNetworkReply::NoError)
                ++pagesShown;
            reply->deleteLater();
        });
    }
};

struct SignInRun {
    explicit SignInRun(net::GuardedNetworkAccessManager *network)
        : signIn(network, [this](const QUrl &url) { browser.open(url); })
        , ok(&signIn, &accounts::SignIn::succeeded)
        , failed(&signIn, &accounts::SignIn::failed)
    {}
    bool run(const accounts::SignInRequest &r)
    {
        signIn.start(r);
        REQUIRE(QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000));
        return ok.count() == 1;
    }
    accounts::SignInResult result() const { return ok.first().first().value<accounts::SignInResult>(); }
    QString error() const { return failed.isEmpty() ? QString() : failed.first().first().toString(); }

    Browser browser;
    accounts::SignIn signIn;
    QSignalSpy ok;
    QSignalSpy failed;
};

QJsonObject lastRequestTo(test::FakePlatformProcess &fake, const QString &path)
{
    const QJsonArray all = fake.requests();
    for (auto it = all.end(); it != all.begin();) {
        const QJsonObject r = (--it)->toObject();
        if (r.value(QLatin1String("path")).toString() == path)
            return r;
    }
    return {};
}

} // namespace

TEST_CASE("PKCE challenges follow RFC 7636", "[accounts][oauth]")
{
    // RFC 7636, Appendix B.
    CHECK(accounts::pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") ==
          "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    const QByteArray a = accounts::pkceVerifier();
    const QByteArray b = accounts::pkceVerifier();
    CHECK(a.size() == 43);
    CHECK(a != b);
    CHECK(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(a)).hasMatch());
}

TEST_CASE("The sign-in servers of the public platforms and of a self-hosted root", "[accounts][oauth]")
{
    domain::Account x;
    x.channel = Channel::X;
    x.baseUrl = QStringLiteral("https://api.x.com");
    CHECK(accounts::oauthEndpoints(x).authorize == QUrl(QStringLiteral("https://x.com/i/oauth2/authorize")));
    CHECK(accounts::oauthEndpoints(x).token == QUrl(QStringLiteral("https://api.x.com/2/oauth2/token")));
    CHECK(accounts::oauthEndpoints(x).scope.contains(QLatin1String("offline.access")));
    domain::Account fb;
    fb.channel = Channel::Facebook;
    fb.baseUrl = QStringLiteral("https://graph.facebook.com/v19.0/");
    CHECK(accounts::oauthEndpoints(fb).authorize ==
          QUrl(QStringLiteral("https://www.facebook.com/v19.0/dialog/oauth")));
    domain::Account m;
    m.channel = Channel::Mastodon;
    m.baseUrl = QStringLiteral("https://social.overheid.nl");
    CHECK(accounts::oauthEndpoints(m).registerClient == QUrl(QStringLiteral("https://social.overheid.nl/api/v1/apps")));
    x.baseUrl = QStringLiteral("http://127.0.0.1:8765");
    CHECK(accounts::oauthEndpoints(x).authorize == QUrl(QStringLiteral("http://127.0.0.1:8765/i/oauth2/authorize")));
}

TEST_CASE("Credentials survive the keychain entry, and the memory store answers asynchronously", "[accounts]")
{
    accounts::AccountSecrets c;
    c.credentials.accessToken = QStringLiteral("tok\"en");
    c.refreshToken = QStringLiteral("refresh");
    c.expiresAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    c.clientId = QStringLiteral("client");
    const accounts::AccountSecrets back = accounts::parseSecrets(accounts::serializeSecrets(c));
    CHECK(back.credentials.accessToken == c.credentials.accessToken);
    CHECK(back.refreshToken == c.refreshToken);
    CHECK(back.expiresAt == c.expiresAt);
    CHECK(back.clientId == c.clientId);
    CHECK(accounts::parseSecrets(QStringLiteral("{not json")).credentials.accessToken.isEmpty());

    accounts::MemorySecretStore secrets;
    bool written = false;
    secrets.write(accounts::credentialsKey(7), QStringLiteral("s3cret"),
                  [&](Expected<void, accounts::SecretError> r) { written = r.hasValue(); });
    CHECK_FALSE(written); // not before the event loop runs: callers must not rely on it
    REQUIRE(QTest::qWaitFor([&] { return written; }, 1000));
    std::optional<Expected<QString, accounts::SecretError>> read;
    secrets.read(accounts::credentialsKey(8), [&](Expected<QString, accounts::SecretError> r) { read = r; });
    REQUIRE(QTest::qWaitFor([&] { return read.has_value(); }, 1000));
    REQUIRE_FALSE(read->hasValue());
    CHECK(read->error().kind == accounts::SecretError::Kind::NotFound);
    CHECK_FALSE(read->error().message().isEmpty());
}

TEST_CASE("Without a keychain service, tokens are refused and never written to a file", "[accounts][keychain]")
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        WEBCARE_SKIP("a D-Bus session is present: this test is about a desktop without a keychain");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    accounts::KeychainSecretStore keychain(QStringLiteral("webcaredesk-test"));
    std::optional<Expected<void, accounts::SecretError>> written;
    keychain.write(accounts::credentialsKey(1), QStringLiteral("very-secret-token"),
                   [&](Expected<void, accounts::SecretError> r) { written = r; });
    REQUIRE(QTest::qWaitFor([&] { return written.has_value(); }, 20000));
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DATA_HOME");
    REQUIRE_FALSE(written->hasValue());
    CHECK(written->error().kind == accounts::SecretError::Kind::Unavailable);
    CHECK(written->error().message().contains(QLatin1String("keychain")));
    QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK_FALSE(f.readAll().contains("very-secret-token"));
    }
}

TEST_CASE("OAuth sign-in with PKCE and a loopback redirect connects each platform", "[accounts][oauth][fake]")
{
    test::FakePlatformProcess fake;
    REQUIRE(fake.isRunning());
    net::GuardedNetworkAccessManager network;

    SECTION("X: authorisation code with PKCE, then who the account is")
    {
        SignInRun run(&network);
        REQUIRE(run.run(request(Channel::X, fake.baseUrl())));
        const accounts::SignInResult r = run.result();
        CHECK(r.account.platformUserId == QLatin1String("1580000000000000001"));
        CHECK(r.account.handle == QLatin1String("DuinzichtHelpt"));
        CHECK(r.account.name == QLatin1String("@DuinzichtHelpt"));
        CHECK(r.secrets.credentials.accessToken.startsWith(QLatin1String("fake-x-")));
        CHECK_FALSE(r.secrets.refreshToken.isEmpty()); // offline.access was asked for
        CHECK(r.secrets.expiresAt > QDateTime::currentDateTimeUtc());
        CHECK(run.browser.pagesShown == 1); // the loopback page told the user to return to the app

        // What the sign-in server saw: an S256 challenge in the browser, the verifier that hashes to it in the
        // token request, and a loopback redirect address.
        const QJsonObject authorize = lastRequestTo(fake, QStringLiteral("/i/oauth2/authorize"));
        const QJsonObject params = authorize.value(QLatin1String("params")).toObject();
        CHECK(params.value(QLatin1String("code_challenge_method")).toString() == QLatin1String("S256"));
        CHECK(params.value(QLatin1String("redirect_uri")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
        CHECK_FALSE(params.value(QLatin1String("state")).toString().isEmpty());
        const QJsonObject token = lastRequestTo(fake, QStringLiteral("/2/oauth2/token"));
        const QUrlQuery form(token.value(QLatin1String("body")).toString());
        const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"));
        CHECK(accounts::pkceChallenge(verifier.toLatin1()) ==
              params.value(QLatin1String("code_challenge")).toString().toLatin1());
        CHECK(form.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("authorization_code"));
    }
    SECTION("Mastodon: the client is registered on the instance first")
    {
        SignInRun run(&network);
        REQUIRE(run.run(request(Channel::Mastodon, fake.baseUrl())));
        CHECK(run.result().account.platformUserId == QLatin1String("109000000000000001"));
        CHECK(run.result().account.handle == QLatin1String("duinzicht"));
        CHECK_FALSE(run.result().secrets.clientId.isEmpty());
        CHECK_FALSE(lastRequestTo(fake, QStringLiteral("/api/v1/apps")).isEmpty());
    }
    SECTION("Facebook: the chosen Page's own token")
    {
        SignInRun run(&network);
        REQUIRE(run.run(request(Channel::Facebook, fake.baseUrl())));
        CHECK(run.result().account.platformUserId == QLatin1String("104000000000001"));
        CHECK(run.result().account.name == QLatin1String("Duinzicht Verzekeringen"));
        CHECK(run.result().secrets.credentials.accessToken == QLatin1String("fake-page-token-duinzicht"));

        accounts::SignInRequest unknownPage = request(Channel::Facebook, fake.baseUrl());
        unknownPage.account.platformUserId = QStringLiteral("999");
        SignInRun again(&network);
        REQUIRE_FALSE(again.run(unknownPage));
        CHECK(again.error().contains(QLatin1String("Duinzicht Vacatures (104000000000002)")));
    }
    SECTION("Discourse: an API key, checked with the forum")
    {
        SignInRun run(&network);
        REQUIRE(run.run(request(Channel::Discourse, fake.baseUrl())));
        CHECK(run.result().account.platformUserId == QLatin1String("Duinzicht_Team"));
        CHECK(run.result().secrets.credentials.apiKey == QLatin1String("d1c2e3f4-test-key"));
        CHECK(run.browser.opened.isEmpty());

        accounts::SignInRequest revoked = request(Channel::Discourse, fake.baseUrl());
        revoked.apiKey = QStringLiteral("revoked");
        SignInRun again(&network);
        REQUIRE_FALSE(again.run(revoked));
        CHECK_FALSE(again.error().isEmpty());
    }
    SECTION("Refusals and failures end the sign-in with a clear message, never a hang")
    {
        accounts::SignInRequest denied = request(Channel::X, fake.baseUrl());
        denied.clientId = QStringLiteral("deny");
        SignInRun run(&network);
        REQUIRE_FALSE(run.run(denied));
        CHECK(run.error().contains(QLatin1String("not granted")));

        REQUIRE(fake.fault(QStringLiteral("/2/oauth2/token"), QStringLiteral("500")) > 0);
        SignInRun broken(&network);
        REQUIRE_FALSE(broken.run(request(Channel::X, fake.baseUrl())));
        CHECK(broken.error().contains(QLatin1String("refused the sign-in")));

        accounts::SignInRequest plain = request(Channel::Mastodon, fake.baseUrl());
        plain.account.baseUrl = QStringLiteral("http://mastodon.example");
        SignInRun insecure(&network);
        REQUIRE_FALSE(insecure.run(plain));
        CHECK(insecure.error().contains(QLatin1String("https://")));
    }
    SECTION("In training mode no token request leaves the machine")
    {
        network.setTrainingMode(true);
        SignInRun run(&network);
        REQUIRE_FALSE(run.run(request(Channel::X, fake.baseUrl())));
        CHECK(lastRequestTo(fake, QStringLiteral("/2/oauth2/token")).isEmpty());
        network.setTrainingMode(false);
    }
}

TEST_CASE("A connected account syncs, keeps its token out of the store, and asks to be reconnected",
          "[accounts][sync][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    store::StoreService storeService;
    bool opened = false;
    storeService.open(db.location(), &storeService, [&](store::StoreService::OpenResult r) { opened = r.hasValue(); });
    REQUIRE(QTest::qWaitFor([&] { return opened; }, 10000));
    accounts::MemorySecretStore secrets;
    sync::SyncEngine engine(db.location(), {});
    accounts::AccountService service(&storeService, &secrets, &engine);
    QSignalSpy arrived(&service, &accounts::AccountService::postsArrived);
    QSignalSpy reconnect(&service, &accounts::AccountService::needsReconnect);

    net::GuardedNetworkAccessManager network;
    SignInRun run(&network);
    REQUIRE(run.run(request(Channel::Mastodon, fake.baseUrl())));
    const QString token = run.result().secrets.credentials.accessToken;
    service.add(run.result());
    REQUIRE(QTest::qWaitFor([&] { return !arrived.isEmpty(); }, 20000));
    REQUIRE(service.accounts().size() == 1);
    const domain::Account account = service.accounts().first();
    CHECK(secrets.contains(accounts::credentialsKey(account.id)));
    CHECK(service.accountFor(Channel::Mastodon).has_value());
    CHECK_FALSE(service.accountFor(Channel::X).has_value());

    // The token is in the secret store only: not in the database file, its WAL, or the settings.
    const QString dbFile = db.location().sqlitePath;
    for (const QString &file : QStringList{dbFile, dbFile + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            CHECK_FALSE(f.readAll().contains(token.toUtf8()));
    }

    // The token stops working: the account asks to be reconnected and stops syncing (no retry storm).
    QString secret;
    secrets.write(accounts::credentialsKey(account.id),
                  accounts::serializeSecrets({{QStringLiteral("expired"), {}, {}}, {}, {}, {}, {}}),
                  [](Expected<void, accounts::SecretError>) {});
    service.load();
    REQUIRE(QTest::qWaitFor([&] { return !reconnect.isEmpty(); }, 20000));
    CHECK(reconnect.first().at(0).toLongLong() == account.id);
    CHECK(service.account(account.id)->status == domain::Account::Status::NeedsReconnect);
    const int requestsAfterStop = int(fake.requests().size());
    QTest::qWait(1500);
    CHECK(int(fake.requests().size()) == requestsAfterStop);

    // Signing in again brings it back.
    SignInRun again(&network);
    REQUIRE(again.run(request(Channel::Mastodon, fake.baseUrl())));
    const QString newId =
        fake.add(QStringLiteral("mastodon"), QStringLiteral("Hallo, lukt het al?"), QStringLiteral("wachtendeklant"));
    arrived.clear();
    service.reconnect(account.id, again.result());
    REQUIRE(QTest::qWaitFor([&] { return !arrived.isEmpty(); }, 20000));
    CHECK(service.account(account.id)->status == domain::Account::Status::Active);

    // Removing it takes its token too.
    QSignalSpy changed(&service, &accounts::AccountService::accountsChanged);
    service.remove(account.id);
    REQUIRE(QTest::qWaitFor([&] { return service.accounts().isEmpty(); }, 10000));
    CHECK_FALSE(secrets.contains(accounts::credentialsKey(account.id)));
    Q_UNUSED(newId)
    Q_UNUSED(secret)
}

TEST_CASE("An expired token is renewed with its refresh token; a spent one asks for a reconnect",
          "[accounts][oauth][fake]")
{
    test::FakePlatformProcess fake(test::FakePlatformProcess::withDemoFeed());
    REQUIRE(fake.isRunning());
    test::ScratchDatabase db(store::Backend::Sqlite);
    store::StoreService storeService;
    bool opened = false;
    storeService.open(db.location(), &storeService, [&](store::StoreService::OpenResult r) { opened = r.hasValue(); });
    REQUIRE(QTest::qWaitFor([&] { return opened; }, 10000));
    accounts::MemorySecretStore secrets;
    sync::SyncEngine engine(db.location(), {});
    net::GuardedNetworkAccessManager network;
    accounts::AccountService service(&storeService, &secrets, &engine, &network);
    QSignalSpy reconnect(&service, &accounts::AccountService::needsReconnect);
    QSignalSpy polled(&engine, &sync::SyncEngine::pollFinished);

    // Signed in on X: a two-hour token and a refresh token.
    SignInRun run(&network);
    REQUIRE(run.run(request(Channel::X, fake.baseUrl())));
    accounts::SignInResult signedIn = run.result();
    REQUIRE_FALSE(signedIn.secrets.refreshToken.isEmpty());
    // Two hours later the access token is refused.
    signedIn.secrets.credentials.accessToken = QStringLiteral("expired");
    service.add(signedIn);
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &p : polled) {
                if (p.at(1).toBool())
                    return true;
            }
            return false;
        },
        20000));
    CHECK(reconnect.isEmpty()); // renewed quietly, the agent was not bothered
    const qint64 id = service.accounts().first().id;
    std::optional<accounts::AccountSecrets> stored;
    secrets.read(accounts::credentialsKey(id),
                 [&](Expected<QString, accounts::SecretError> s) { stored = accounts::parseSecrets(*s); });
    REQUIRE(QTest::qWaitFor([&] { return stored.has_value(); }, 2000));
    CHECK(stored->credentials.accessToken.startsWith(QLatin1String("fake-x-")));
    CHECK(stored->refreshToken != run.result().secrets.refreshToken); // X rotates refresh tokens
    CHECK(service.account(id)->status == domain::Account::Status::Active);
    const QJsonObject renewal = lastRequestTo(fake, QStringLiteral("/2/oauth2/token"));
    CHECK(QUrlQuery(renewal.value(QLatin1String("body")).toString()).queryItemValue(QStringLiteral("grant_type")) ==
          QLatin1String("refresh_token"));

    // The refresh token spent (or revoked): the agent is asked to reconnect, once.
    stored->credentials.accessToken = QStringLiteral("expired");
    stored->refreshToken = QStringLiteral("spent");
    bool written = false;
    secrets.write(accounts::credentialsKey(id), accounts::serializeSecrets(*stored),
                  [&](Expected<void, accounts::SecretError>) { written = true; });
    REQUIRE(QTest::qWaitFor([&] { return written; }, 2000));
    service.load();
    REQUIRE(QTest::qWaitFor([&] { return !reconnect.isEmpty(); }, 20000));
    QTest::qWait(500);
    CHECK(reconnect.size() == 1);
    CHECK(service.account(id)->status == domain::Account::Status::NeedsReconnect);
}
