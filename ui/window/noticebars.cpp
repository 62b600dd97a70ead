// SPDX-License-Identifier: MIT
#include "window/noticebars.h"

#include "workflow/reminders.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>

namespace webcare::ui {

namespace {
// One bar: a coloured strip with a text that wraps, and room for buttons after it.
QWidget *bar(QWidget *parent, const QString &name, const QString &colour, QLabel **text)
{
    auto *w = new QWidget(parent);
    w->setObjectName(name);
    w->setStyleSheet(QStringLiteral("#%1 { background: %2; }").arg(name, colour));
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(8, 4, 8, 4);
    *text = new QLabel(w);
    (*text)->setTextFormat(Qt::PlainText);
    (*text)->setWordWrap(true);
    layout->addWidget(*text, 1);
    w->hide();
    return w;
}
} // namespace

NoticeBars::NoticeBars(QWidget *parent)
    : QWidget(parent)
    , m_training(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_training->setObjectName(QStringLiteral("trainingBanner"));
    m_training->setAlignment(Qt::AlignCenter);
    m_training->setStyleSheet(
        QStringLiteral("background: #e65100; color: white; font-weight: bold; font-size: 15px; padding: 8px;"));
    m_training->hide();
    layout->addWidget(m_training);

    m_notification = bar(this, QStringLiteral("notificationBar"), QStringLiteral("#e3f2fd"), &m_notificationText);
    m_notificationOpen = new QPushButton(m_notification);
    auto *close = new QToolButton(m_notification);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    m_notification->layout()->addWidget(m_notificationOpen);
    m_notification->layout()->addWidget(close);
    connect(close, &QToolButton::clicked, m_notification, &QWidget::hide);
    connect(m_notificationOpen, &QPushButton::clicked, this, [this] {
        if (m_notificationCase)
            emit caseRequested(m_notificationCase, false);
        m_notification->hide();
    });
    layout->addWidget(m_notification);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray->setIcon(icon);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit caseRequested(m_notificationCase, true); });
    }

    m_reconnect = bar(this, QStringLiteral("reconnectBar"), QStringLiteral("#fff4ce"), &m_reconnectText);
    m_reconnectButton = new QPushButton(m_reconnect);
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnect->layout()->addWidget(m_reconnectButton);
    connect(m_reconnectButton, &QPushButton::clicked, this, [this] { emit reconnectRequested(m_reconnectAccount); });
    layout->addWidget(m_reconnect);

    m_connection = bar(this, QStringLiteral("connectionBar"), QStringLiteral("#fde0dc"), &m_connectionText);
    m_connectionText->setObjectName(QStringLiteral("connectionText"));
    layout->addWidget(m_connection);
    retranslate();
}

void NoticeBars::setTraining(bool training) { m_training->setVisible(training); }

void NoticeBars::showReconnect(qint64 accountId, const QString &accountName)
{
    m_reconnectAccount = accountId;
    m_reconnectName = accountName;
    retranslate();
    m_reconnect->show();
}

void NoticeBars::hideReconnect() { m_reconnect->hide(); }

void NoticeBars::showConnectionLost(const QString &message)
{
    m_connectionMessage = message;
    retranslate();
    m_connection->show();
}

void NoticeBars::hideConnectionLost() { m_connection->hide(); }

QString NoticeBars::connectionText() const { return m_connection->isHidden() ? QString() : m_connectionText->text(); }

void NoticeBars::notify(const workflow::Notification &notification)
{
    m_notificationCase = notification.caseId;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(notification.title, notification.text, QSystemTrayIcon::Information, 15000);
        return;
    }
    m_notificationText->setText(notification.text.isEmpty()
                                    ? notification.title
                                    : notification.title + QStringLiteral(" — ") + notification.text);
    m_notificationOpen->setVisible(notification.caseId != 0);
    m_notification->show();
}

void NoticeBars::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NoticeBars::retranslate()
{
    m_training->setText(
        tr("TRAINING — practice store, not live: replies are kept for review and nothing leaves this computer"));
    m_notificationOpen->setText(tr("Open case"));
    m_reconnectButton->setText(tr("Reconnect …"));
    m_reconnectText->setText(
        tr("%1 must be reconnected: its sign-in expired or was revoked, so it is not synced.").arg(m_reconnectName));
    m_connectionText->setText(
        tr("%1 Your replies are kept on this workstation and stored as soon as the connection is back.")
            .arg(m_connectionMessage));
}

} // namespace webcare::ui
