// SPDX-License-Identifier: MIT
#include "telephony/telephonylink.h"

#include "accounts/secretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

namespace webcare::telephony {

TelephonyConfig TelephonyConfig::load()
{
    QSettings s;
    TelephonyConfig c;
    c.ami = s.value(QStringLiteral("telephony/mode")).toString() == QLatin1String("ami");
    c.settings.host = s.value(QStringLiteral("telephony/host"), c.settings.host).toString();
    c.settings.port = quint16(s.value(QStringLiteral("telephony/port"), c.settings.port).toUInt());
    c.settings.username = s.value(QStringLiteral("telephony/username")).toString();
    c.settings.queue = s.value(QStringLiteral("telephony/queue")).toString();
    c.settings.interface = s.value(QStringLiteral("telephony/interface")).toString();
    return c;
}

void TelephonyConfig::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("telephony/mode"), ami ? QStringLiteral("ami") : QStringLiteral("manual"));
    s.setValue(QStringLiteral("telephony/host"), settings.host);
    s.setValue(QStringLiteral("telephony/port"), settings.port);
    s.setValue(QStringLiteral("telephony/username"), settings.username);
    s.setValue(QStringLiteral("telephony/queue"), settings.queue);
    s.setValue(QStringLiteral("telephony/interface"), settings.interface);
}

TelephonyLink::TelephonyLink(accounts::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

TelephonyLink::~TelephonyLink() = default;

void TelephonyLink::start()
{
    if (!m_handedIn && !m_adapter)
        configure(TelephonyConfig::load());
}

void TelephonyLink::setAdapter(TelephonyAdapter *adapter, std::unique_ptr<TelephonyAdapter> owned)
{
    // The panel lets go of the old adapter before it is destroyed.
    m_adapter = nullptr;
    emit adapterChanged(nullptr);
    m_owned = std::move(owned);
    m_adapter = adapter;
    if (adapter)
        emit adapterChanged(adapter);
}

void TelephonyLink::use(TelephonyAdapter *adapter)
{
    m_handedIn = true;
    ++m_generation;
    setAdapter(adapter, nullptr);
}

void TelephonyLink::configure(const TelephonyConfig &config)
{
    m_handedIn = false;
    const quint64 generation = ++m_generation;
    if (!config.ami || !m_secrets) {
        auto manual = std::make_unique<ManualTelephony>();
        TelephonyAdapter *a = manual.get();
        setAdapter(a, std::move(manual));
        return;
    }
    setAdapter(nullptr, nullptr);
    // The AMI secret comes from the keychain, asynchronously (the keychain may ask to be unlocked first).
    QPointer<TelephonyLink> self(this);
    m_secrets->read(
        TelephonyConfig::secretKey(), [self, config, generation](Expected<QString, accounts::SecretError> secret) {
            if (!self || self->m_generation != generation)
                return;
            if (!secret) {
                emit self->problem(QCoreApplication::translate("TelephonyLink",
                                                               "Telephony: the AMI secret could not be read "
                                                               "(%1); the queue length is typed in meanwhile.")
                                       .arg(secret.error().message()));
                auto manual = std::make_unique<ManualTelephony>();
                TelephonyAdapter *a = manual.get();
                self->setAdapter(a, std::move(manual));
                return;
            }
            AmiSettings settings = config.settings;
            settings.secret = *secret;
            auto ami = std::make_unique<AmiClient>(settings);
            AmiClient *client = ami.get();
            self->setAdapter(client, std::move(ami));
            client->start();
        });
}

} // namespace webcare::telephony
