// SPDX-License-Identifier: MIT
#pragma once

#include "store/storelocation.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;

namespace webcare::accounts {
class SecretStore;
}

namespace webcare::ui {

// Which database this workstation opens when no --db is given: the embedded store, or a team's PostgreSQL server.
// Kept in QSettings without the password; the password lives in the keychain only (accounts::SecretStore).
struct TeamDatabaseSettings {
    bool postgres = false;
    QString host;
    int port = 5432;
    QString database = QStringLiteral("webcare");
    QString user;
    QString sslMode = QStringLiteral("verify-full");

    static TeamDatabaseSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The PostgreSQL location (without password); nothing for the embedded store.
    std::optional<store::StoreLocation> location() const;
    // The keychain entry of a server login: "teamdb/user@host:port/database".
    static QString secretKey(const store::StoreLocation &location);
    // The libpq sslmode values offered (disable … verify-full).
    static QStringList sslModes();
};

// Fills location.password from the keychain when it has none and is a PostgreSQL location; `done` runs with the
// location, also when no password is stored (libpq may then find one in ~/.pgpass).
void fetchStorePassword(accounts::SecretStore *secrets, store::StoreLocation location,
                        std::function<void(store::StoreLocation, QString error)> done);

// Team → Team database …: the embedded store or a PostgreSQL server, with a test of the connection (one plain
// connection on a worker thread: testing never upgrades the schema of the server it reaches).
class TeamDatabaseDialog final : public QDialog {
    Q_OBJECT
public:
    TeamDatabaseDialog(accounts::SecretStore *secrets, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TeamDatabaseDialog)

    TeamDatabaseSettings settings() const;
    void setSettings(const TeamDatabaseSettings &settings);
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
