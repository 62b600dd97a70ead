// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QSystemTrayIcon;

namespace webcare::workflow {
struct Notification;
}

namespace webcare::ui {

// What the window says above the inbox until it is over, each once: training mode, a reminder (on the desktop where
// there is a tray), an account to reconnect, the team database out of reach. The agent keeps working below them.
class NoticeBars final : public QWidget {
    Q_OBJECT
public:
    explicit NoticeBars(QWidget *parent = nullptr);

    void setTraining(bool training);
    // An account whose token stopped working, with the way out.
    void showReconnect(qint64 accountId, const QString &accountName);
    void hideReconnect();
    // The team database cannot be reached (`message` says why); drafts wait on this workstation.
    void showConnectionLost(const QString &message);
    void hideConnectionLost();
    // A reminder: a desktop notification where the desktop has a tray, else the bar.
    void notify(const workflow::Notification &notification);

    QWidget *connectionBar() const { return m_connection; }
    QString connectionText() const;
    QWidget *notificationBar() const { return m_notification; }

signals:
    void reconnectRequested(qint64 accountId);
    // "Open case" in the bar, or the desktop notification clicked (then `fromDesktop`).
    void caseRequested(qint64 caseId, bool fromDesktop);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_training;
    QWidget *m_notification;
    QLabel *m_notificationText;
    QPushButton *m_notificationOpen;
    QSystemTrayIcon *m_tray = nullptr;
    QWidget *m_reconnect;
    QLabel *m_reconnectText;
    QPushButton *m_reconnectButton;
    QWidget *m_connection;
    QLabel *m_connectionText;
    qint64 m_reconnectAccount = 0;
    qint64 m_notificationCase = 0;
    QString m_reconnectName;
    QString m_connectionMessage;
};

} // namespace webcare::ui
