// SPDX-License-Identifier: MIT
#include "blending/telephonysettings.h"

#include "accounts/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QVBoxLayout>

namespace webcare::ui {

using telephony::TelephonyConfig;

TelephonySettingsDialog::TelephonySettingsDialog(accounts::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_mode(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_username(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_queue(new QLineEdit(this))
    , m_interface(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("telephonySettingsDialog"));
    setWindowTitle(tr("Telephony"));
    m_mode->addItem(tr("Manual: the queue length is typed in"), false);
    m_mode->addItem(tr("Asterisk Manager Interface (AMI)"), true);
    m_port->setRange(1, 65535);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(m_secrets ? tr("unchanged (kept in %1)").arg(m_secrets->description())
                                           : tr("no keychain available"));
    m_secret->setEnabled(m_secrets != nullptr);
    m_interface->setPlaceholderText(QStringLiteral("PJSIP/1001"));
    m_queue->setPlaceholderText(tr("all queues"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_mode);
    const auto addAmi = [&](const QString &label, QWidget *field) {
        form->addRow(label, field);
        m_amiRows << field << form->labelForField(field);
    };
    addAmi(tr("&Host:"), m_host);
    addAmi(tr("&Port:"), m_port);
    addAmi(tr("&User:"), m_username);
    addAmi(tr("S&ecret:"), m_secret);
    addAmi(tr("&Queue:"), m_queue);
    addAmi(tr("Your &phone:"), m_interface);

    const TelephonyConfig c = TelephonyConfig::load();
    m_mode->setCurrentIndex(c.ami ? 1 : 0);
    m_host->setText(c.settings.host);
    m_port->setValue(c.settings.port);
    m_username->setText(c.settings.username);
    m_queue->setText(c.settings.queue);
    m_interface->setText(c.settings.interface);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TelephonySettingsDialog::updateRows);
    updateRows();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TelephonySettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void TelephonySettingsDialog::updateRows()
{
    const bool ami = m_mode->currentData().toBool();
    for (QWidget *w : std::as_const(m_amiRows))
        if (w)
            w->setVisible(ami);
}

void TelephonySettingsDialog::save()
{
    TelephonyConfig c;
    c.ami = m_mode->currentData().toBool();
    c.settings.host = m_host->text().trimmed();
    c.settings.port = quint16(m_port->value());
    c.settings.username = m_username->text().trimmed();
    c.settings.queue = m_queue->text().trimmed();
    c.settings.interface = m_interface->text().trimmed();
    c.save();
    const QString secret = m_secret->text();
    m_secret->clear();
    if (!c.ami || secret.isEmpty() || !m_secrets) {
        emit saved(c);
        accept();
        return;
    }
    // The keychain may answer after the dialog is gone (closed meanwhile): only a live dialog is told.
    QPointer<TelephonySettingsDialog> self(this);
    m_secrets->write(TelephonyConfig::secretKey(), secret, [self, c](Expected<void, accounts::SecretError> r) {
        if (!self)
            return;
        TelephonySettingsDialog *const dialog = self;
        if (!r) {
            dialog->m_status->setText(tr("The secret could not be stored: %1").arg(r.error().message()));
            return;
        }
        emit dialog->saved(c);
        dialog->accept();
    });
}

} // namespace webcare::ui
