// SPDX-License-Identifier: MIT
#include "team/teamdatabasedialog.h"

#include "accounts/secretstore.h"
#include "store/connection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace webcare::ui {

using accounts::TeamDatabaseSettings;

TeamDatabaseDialog::TeamDatabaseDialog(accounts::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_embedded(new QRadioButton(this))
    , m_postgres(new QRadioButton(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Team database"));
    m_embedded->setObjectName(QStringLiteral("embedded"));
    m_postgres->setObjectName(QStringLiteral("postgres"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_embedded->setText(tr("Embedded store on this workstation"));
    m_postgres->setText(tr("PostgreSQL server shared by the team"));
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    for (const QString &mode : TeamDatabaseSettings::sslModes())
        m_sslMode->addItem(mode, mode);
    m_sslMode->setToolTip(tr("Outside the server's own host use verify-full, or at least require."));
    m_test->setText(tr("Test connection"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_embedded);
    layout->addWidget(m_postgres);
    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("TLS (sslmode):"), m_sslMode);
    layout->addLayout(form);
    layout->addWidget(m_test);
    layout->addWidget(m_result);
    auto *note = new QLabel(tr("Used at the next start when no --db is given."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamDatabaseDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &TeamDatabaseDialog::testConnection);
    connect(m_postgres, &QRadioButton::toggled, this, &TeamDatabaseDialog::updateEnabled);
    setSettings(TeamDatabaseSettings::load(QSettings()));
}

TeamDatabaseSettings TeamDatabaseDialog::settings() const
{
    TeamDatabaseSettings s;
    s.postgres = m_postgres->isChecked();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = m_sslMode->currentData().toString();
    return s;
}

void TeamDatabaseDialog::setSettings(const TeamDatabaseSettings &settings)
{
    m_postgres->setChecked(settings.postgres);
    m_embedded->setChecked(!settings.postgres);
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_database->setText(settings.database);
    m_user->setText(settings.user);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(settings.sslMode)));
    m_password->clear();
    if (const auto location = settings.location(); location && m_secrets) {
        QPointer<TeamDatabaseDialog> self(this);
        m_secrets->read(TeamDatabaseSettings::secretKey(*location),
                        [self](Expected<QString, accounts::SecretError> secret) {
                            if (self && secret && self->m_password->text().isEmpty())
                                self->m_password->setText(*secret);
                        });
    }
    updateEnabled();
}

QString TeamDatabaseDialog::password() const { return m_password->text(); }
QString TeamDatabaseDialog::testResult() const { return m_result->text(); }

void TeamDatabaseDialog::updateEnabled()
{
    const bool pg = m_postgres->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_password, m_sslMode, m_test})
        w->setEnabled(pg);
}

void TeamDatabaseDialog::testConnection()
{
    std::optional<store::StoreLocation> location = settings().location();
    if (!location) {
        showError(tr("Enter the server's host name first."));
        return;
    }
    location->password = m_password->text();
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1 …").arg(location->displayName()));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, name = location->displayName()] {
        const QString error = watcher->result();
        watcher->deleteLater();
        updateEnabled();
        if (error.isEmpty()) {
            m_result->setText(tr("Connected to %1.").arg(name));
            emit connectionTested(true, m_result->text());
        } else {
            showError(tr("Cannot connect to %1: %2").arg(name, error));
        }
    });
    watcher->setFuture(QtConcurrent::run(&store::testConnection, *location));
}

void TeamDatabaseDialog::showError(const QString &message)
{
    m_result->setText(message);
    emit connectionTested(false, message);
}

void TeamDatabaseDialog::accept()
{
    const TeamDatabaseSettings s = settings();
    const std::optional<store::StoreLocation> location = s.location();
    if (s.postgres && !location) {
        showError(tr("Enter the server's host name first."));
        return;
    }
    QSettings settingsFile;
    s.save(settingsFile);
    if (!location || m_password->text().isEmpty() || !m_secrets) {
        emit saved();
        QDialog::accept();
        return;
    }
    QPointer<TeamDatabaseDialog> self(this);
    m_secrets->write(
        TeamDatabaseSettings::secretKey(*location), m_password->text(),
        [self](Expected<void, accounts::SecretError> written) {
            if (!self)
                return;
            if (!written) {
                self->showError(
                    tr("The password could not be kept in the keychain: %1").arg(written.error().message()));
                return;
            }
            emit self->saved();
            self->QDialog::accept();
        });
}

} // namespace webcare::ui
