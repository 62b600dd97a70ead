// SPDX-License-Identifier: MIT
#pragma once

#include "composer/linktarget.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>

class QMessageBox;
class QTextBrowser;
class QTextCharFormat;
class QTextCursor;

namespace webcare::ui {

// Links in post text, opened only after the agent has seen where they really lead. The thread shows the post's
// text unchanged; each link is an anchor to an entry of this guard, never the URL itself, so nothing in the text can
// decide what is opened or how.
class LinkGuard final : public QObject {
    Q_OBJECT
public:
    using Opener = std::function<bool(const QUrl &)>;
    explicit LinkGuard(QTextBrowser *view, QObject *parent = nullptr);

    // Forgets the links (the view is cleared for another case).
    void clear();
    // Inserts a post's text as plain text, its links (composer::findLinks) clickable.
    void insertText(QTextCursor &cursor, const QString &text, const QTextCharFormat &format);
    // What opens a confirmed link: QDesktopServices::openUrl unless replaced (tests).
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    QStringList links() const { return m_links; }
    // The open confirmation, while it is shown (for tests).
    QMessageBox *confirmation() const { return m_box; }

public slots:
    // Asks before opening the link written as `written`.
    void confirm(const QString &written);

signals:
    void linkOpened(const QUrl &url);

private:
    void onAnchorClicked(const QUrl &anchor);

    QTextBrowser *m_view;
    QStringList m_links;
    Opener m_opener;
    QMessageBox *m_box = nullptr;
};

} // namespace webcare::ui
