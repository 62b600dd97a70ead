// SPDX-License-Identifier: MIT
#include "team/profiledialog.h"

#include "store/storeservice.h"
#include "store/teamconfigrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace webcare::ui {

ProfileDialog::ProfileDialog(store::StoreService *store, const domain::TeamConfiguration &config, const QString &login,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_config(config)
    , m_login(login)
    , m_signature(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("My profile"));
    domain::Agent me;
    me.login = login;
    for (const domain::Agent &a : std::as_const(config.agents))
        if (a.login == login)
            me = a;
    m_conventional =
        domain::signatureFor(config.tone.signature, me.displayName == me.login ? QString() : me.displayName, login);
    m_signature->setObjectName(QStringLiteral("profileSignature"));
    m_signature->setText(me.signature);
    m_signature->setPlaceholderText(m_conventional);
    m_signature->setMaxLength(20);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Login:"), new QLabel(login, this));
    form->addRow(tr("Name:"), new QLabel(me.displayName.isEmpty() ? login : me.displayName, this));
    form->addRow(tr("&Signature:"), m_signature);
    auto *hint = new QLabel(tr("Leave empty to sign by the team's convention (%1).").arg(m_conventional), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    form->addRow(tr("Example:"), m_preview);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_signature, &QLineEdit::textChanged, this, &ProfileDialog::updatePreview);
    updatePreview();
    // Tall enough for the wrapped hint at this width (a form row does not grow for it by itself).
    setMinimumWidth(480);
    hint->setMinimumHeight(hint->heightForWidth(300));
    resize(sizeHint());
}

void ProfileDialog::updatePreview()
{
    const QString signature = m_signature->text().trimmed().isEmpty() ? m_conventional : m_signature->text().trimmed();
    const QString example = tr("Thanks for letting us know!");
    m_preview->setText(example + (m_config.tone.signature.ownLine ? QStringLiteral("\n") : QStringLiteral(" ")) +
                       signature);
}

void ProfileDialog::save()
{
    const QString login = m_login;
    const QString signature = m_signature->text().trimmed();
    m_status->setText(tr("Saving …"));
    m_store->run<bool>(
        this,
        [login, signature](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(s.config().setAgentSignature(login, signature, login));
            return true;
        },
        [this, signature](Expected<bool, store::StoreError> done) {
            if (!done) {
                m_status->setText(tr("Not saved: %1").arg(done.error().message()));
                return;
            }
            emit saved(signature);
            accept();
        });
}

} // namespace webcare::ui
