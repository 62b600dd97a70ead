// SPDX-License-Identifier: MIT
#pragma once

#include "telephony/amiclient.h"

#include <QObject>
#include <memory>

namespace webcare::accounts {
class SecretStore;
}

namespace webcare::telephony {

// How this workstation reaches the phone queue: typed in by hand, or the Asterisk Manager Interface. Kept in the
// local settings, except the AMI secret, which lives in the system keychain only.
struct TelephonyConfig {
    bool ami = false;
    AmiSettings settings; // without the secret

    static TelephonyConfig load();
    void save() const;
    static QString secretKey() { return QStringLiteral("telephony/ami"); }
};

// The phone queue the blending panel reads: the adapter the settings name (AMI once its secret is read from the
// keychain, else typed in by hand), or one handed in (tests, another integration). Owns the adapters it makes.
class TelephonyLink final : public QObject {
    Q_OBJECT
public:
    // `secrets` may be null: AMI cannot log in, the queue length is typed in.
    explicit TelephonyLink(accounts::SecretStore *secrets, QObject *parent = nullptr);
    ~TelephonyLink() override;

    // The adapter of the saved settings, unless one was handed in with use().
    void start();
    // New settings (the telephony dialog): replaces whatever adapter there was.
    void configure(const TelephonyConfig &config);
    // This adapter instead (not owned), until configure() is called.
    void use(TelephonyAdapter *adapter);
    TelephonyAdapter *adapter() const { return m_adapter; }

signals:
    // The adapter changed (null while the old one is gone and the new one is not there yet).
    void adapterChanged(webcare::telephony::TelephonyAdapter *adapter);
    void problem(const QString &message);

private:
    void setAdapter(TelephonyAdapter *adapter, std::unique_ptr<TelephonyAdapter> owned);

    accounts::SecretStore *m_secrets;
    std::unique_ptr<TelephonyAdapter> m_owned;
    TelephonyAdapter *m_adapter = nullptr;
    bool m_handedIn = false;
    quint64 m_generation = 0; // a keychain answer for older settings is dropped
};

} // namespace webcare::telephony
