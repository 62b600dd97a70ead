// SPDX-License-Identifier: MIT
#pragma once

#include "domain/teamconfig.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace webcare::store {
class StoreService;
}

namespace webcare::ui {

// The agent's own profile: the signature they sign replies with ("^JB"). Empty means the team's convention. Saved
// in the case store (every workstation of the team signs the same), with an audit event.
class ProfileDialog final : public QDialog {
    Q_OBJECT
public:
    ProfileDialog(store::StoreService *store, const domain::TeamConfiguration &config, const QString &login,
                  QWidget *parent = nullptr);

    QLineEdit *signatureField() const { return m_signature; }

public slots:
    void save();

signals:
    void saved(const QString &signature);

private:
    void updatePreview();

    store::StoreService *m_store;
    domain::TeamConfiguration m_config;
    QString m_login;
    QString m_conventional;
    QLineEdit *m_signature;
    QLabel *m_preview;
    QLabel *m_status;
};

} // namespace webcare::ui
