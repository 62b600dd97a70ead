// SPDX-License-Identifier: MIT
#pragma once

#include "domain/teamconfig.h"

#include <QObject>
#include <QStringList>

namespace webcare::store {
class StoreService;
}

namespace webcare::config {

// The team's configuration as this workstation follows it: read on the store thread when the store opens and again
// whenever another workstation changes one of its tables (team mode) or this one saved it. Seeds a new store's
// template library once. Made by the composition root; the composer, the triage and the team screens read it.
class TeamConfigService final : public QObject {
    Q_OBJECT
public:
    explicit TeamConfigService(store::StoreService *store, QObject *parent = nullptr);

    // Once the store is open: seeds the starter templates if the store never had any, then reads.
    void start();
    const domain::TeamConfiguration &configuration() const { return m_config; }
    bool isLoaded() const { return m_loaded; }
    // The signature `login` signs with (their own, else the convention's), "^JB" style.
    QString signatureOf(const QString &login) const;
    // The tables whose change means the configuration changed.
    static QStringList tables();

public slots:
    void reload();

signals:
    void changed(const webcare::domain::TeamConfiguration &config);
    void problem(const QString &message);

private:
    store::StoreService *m_store;
    domain::TeamConfiguration m_config;
    bool m_loaded = false;
    bool m_started = false;
};

} // namespace webcare::config
