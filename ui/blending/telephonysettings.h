// SPDX-License-Identifier: MIT
#pragma once

#include "telephony/telephonylink.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace webcare::accounts {
class SecretStore;
}

namespace webcare::ui {

class TelephonySettingsDialog final : public QDialog {
    Q_OBJECT
public:
    TelephonySettingsDialog(accounts::SecretStore *secrets, QWidget *parent = nullptr);

public slots:
    void save();

signals:
    void saved(const webcare::telephony::TelephonyConfig &config);

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
