// SPDX-License-Identifier: MIT
#pragma once

#include "connectors/connector.h"
#include "util/expected.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace webcare::accounts {

struct SecretError {
    enum class Kind {
        NotFound,    // nothing stored under this key
        Unavailable, // no keychain on this desktop, or it is locked and was not unlocked
        AccessDenied,
        Other,
    };
    Kind kind = Kind::Other;
    QString detail; // the keychain's own words, for the details part of a message and the log (never a secret)
    QString message() const;
};

// Where account tokens live: the system keychain, never the case store, the settings file or the log. Every call
// is asynchronous, because a keychain may first ask the user to unlock it; `done` runs on the caller's thread.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    using ReadDone = std::function<void(Expected<QString, SecretError>)>;
    using WriteDone = std::function<void(Expected<void, SecretError>)>;

    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
    // Shown in the accounts dialog: where tokens are kept ("system keychain", "this session only").
    virtual QString description() const = 0;
};

// Keeps secrets in memory only, gone when the app quits: for unit tests and for a session against the fake
// platform server, whose tokens are worthless.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    QString description() const override;
    // For tests: whether the secret is held, without the asynchronous round trip.
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

// The desktop's keychain through QtKeychain (Secret Service on Linux, e.g. GNOME Keyring or KWallet).
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    QString description() const override;

private:
    QString m_service;
};

// Everything secret about one connected account: what the connector sends, and what renews it.
struct AccountSecrets {
    connectors::Credentials credentials;
    QString refreshToken;
    QDateTime expiresAt; // of the access token; invalid when it does not expire
    QString clientId;    // the OAuth client the token was issued to (needed to renew it)
    QString clientSecret;
};

// The keychain entry of an account's secrets.
QString credentialsKey(qint64 accountId);
// The secrets as one keychain entry (JSON), and back; a damaged entry reads as empty.
QString serializeSecrets(const AccountSecrets &secrets);
AccountSecrets parseSecrets(const QString &entry);

} // namespace webcare::accounts
