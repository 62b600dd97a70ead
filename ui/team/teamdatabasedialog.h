// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/teamdatabase.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace webcare::accounts {
class SecretStore;
}

namespace webcare::ui {

// Team → Team database …: the embedded store or a PostgreSQL server, with a test of the connection (one plain
// connection on a worker thread: testing never upgrades the schema of the server it reaches).
class TeamDatabaseDialog final : public QDialog {
    Q_OBJECT
public:
    TeamDatabaseDialog(accounts::SecretStore *secrets, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TeamDatabaseDialog)

    accounts::TeamDatabaseSettings settings() const;
    void setSettings(const accounts::TeamDatabaseSettings &settings);
    QString password() const;
    // The result of the last "Test connection" (for tests).
    QString testResult() const;

public slots:
    // Opens the store off the GUI thread and reports success or the error.
    void testConnection();
    // Writes the settings (and the password into the keychain), then closes.
    void accept() override;

signals:
    void connectionTested(bool ok, const QString &message);
    void saved();

private:
    void updateEnabled();
    void showError(const QString &message);

    accounts::SecretStore *m_secrets;
    QRadioButton *m_embedded;
    QRadioButton *m_postgres;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace webcare::ui
