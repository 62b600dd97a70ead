// SPDX-License-Identifier: MIT
#pragma once

#include "telephony/amiclient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace webcare::accounts {
class SecretStore;
}

namespace webcare::ui {

// How this client reaches the phone queue: typed in by hand, or the Asterisk Manager Interface. Kept in the local
// settings, except the AMI secret, which lives in the system keychain only.
struct TelephonyConfig {
    bool ami = false;
    telephony::AmiSettings settings; // without the secret

    static TelephonyConfig load();
    void save() const;
    static QString secretKey() { return QStringLiteral("telephony/ami"); }
};

class TelephonySettingsDialog final : public QDialog {
    Q_OBJECT
public:
    TelephonySettingsDialog(accounts::SecretStore *secrets, QWidget *parent = nullptr);

public slots:
    void save();

signals:
    void saved(const webcare::ui::TelephonyConfig &config);

private:
    void updateRows();

    accounts::SecretStore *m_secrets;
    QComboBox *m_mode;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_username;
    QLineEdit *m_secret;
    QLineEdit *m_queue;
    QLineEdit *m_interface;
    QLabel *m_status;
    QList<QWidget *> m_amiRows;
};

} // namespace webcare::ui
