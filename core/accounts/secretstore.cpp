// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace webcare::accounts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

SecretError fromJob(const QKeychain::Job &job)
{
    SecretError e;
    e.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        e.kind = SecretError::Kind::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.kind = SecretError::Kind::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = SecretError::Kind::Unavailable;
        break;
    default:
        // Without a Secret Service (no D-Bus session, no keyring daemon) libsecret reports "Unknown error".
        e.kind = SecretError::Kind::Unavailable;
        break;
    }
    return e;
}

// Memory answers asynchronously too, so that callers are written for the real keychain's timing.
template <typename F> void later(QObject *context, F f) { QTimer::singleShot(0, context, std::move(f)); }
} // namespace

QString SecretError::message() const
{
    switch (kind) {
    case Kind::NotFound:
        return Text::tr("No sign-in is stored for this account. Reconnect the account.");
    case Kind::Unavailable:
        return Text::tr("The system keychain is not available or is locked, so account sign-ins cannot be read or "
                        "saved. Unlock the keychain (for example GNOME Keyring) and try again.");
    case Kind::AccessDenied:
        return Text::tr("Access to the system keychain was refused. Allow Webcare Desk to use the keychain and try "
                        "again.");
    case Kind::Other:
        break;
    }
    return Text::tr("The system keychain reported an error.");
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const auto it = m_secrets.constFind(key);
    Expected<QString, SecretError> result = it != m_secrets.cend()
                                                ? Expected<QString, SecretError>(*it)
                                                : unexpected(SecretError{SecretError::Kind::NotFound, key});
    later(this, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    m_secrets.insert(key, secret);
    later(this, [done = std::move(done)] { done({}); });
}

void MemorySecretStore::remove(const QString &key, WriteDone done)
{
    m_secrets.remove(key);
    later(this, [done = std::move(done)] { done({}); });
}

QString MemorySecretStore::description() const { return Text::tr("kept for this session only"); }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    // Never fall back to a plain-text file: a token stays in the keychain or nowhere.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError)
            done(unexpected(fromJob(*read)));
        else
            done(read->textData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(unexpected(fromJob(*j)));
        else
            done({});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        // Removing what is not there is what the caller wanted anyway.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(unexpected(fromJob(*j)));
        else
            done({});
    });
    job->start();
}

QString KeychainSecretStore::description() const { return Text::tr("kept in the system keychain"); }

QString credentialsKey(qint64 accountId) { return QStringLiteral("account/%1").arg(accountId); }

QString serializeSecrets(const AccountSecrets &s)
{
    const connectors::Credentials &c = s.credentials;
    QJsonObject o;
    const auto put = [&o](const char *name, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(name), value);
    };
    put("access_token", c.accessToken);
    put("refresh_token", s.refreshToken);
    put("api_key", c.apiKey);
    put("api_username", c.apiUsername);
    put("client_id", s.clientId);
    put("client_secret", s.clientSecret);
    if (s.expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), s.expiresAt.toSecsSinceEpoch());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AccountSecrets parseSecrets(const QString &entry)
{
    const QJsonObject o = QJsonDocument::fromJson(entry.toUtf8()).object();
    const auto get = [&o](const char *name) { return o.value(QLatin1String(name)).toString(); };
    AccountSecrets s;
    s.credentials.accessToken = get("access_token");
    s.credentials.apiKey = get("api_key");
    s.credentials.apiUsername = get("api_username");
    s.refreshToken = get("refresh_token");
    s.clientId = get("client_id");
    s.clientSecret = get("client_secret");
    if (o.contains(QLatin1String("expires_at")))
        s.expiresAt = QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("expires_at")).toInteger(), QTimeZone::utc());
    return s;
}

} // namespace webcare::accounts
