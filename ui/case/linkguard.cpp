// SPDX-License-Identifier: MIT
#include "case/linkguard.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>

namespace webcare::ui {

namespace {
const QString anchorScheme = QStringLiteral("webcare-link");
}

LinkGuard::LinkGuard(QTextBrowser *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    // Tab reaches the links, Enter activates them: the confirmation is as reachable as the mouse.
    m_view->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_view, &QTextBrowser::anchorClicked, this, &LinkGuard::onAnchorClicked);
}

void LinkGuard::clear() { m_links.clear(); }

void LinkGuard::insertText(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    QTextCharFormat linkFormat = format;
    linkFormat.setAnchor(true);
    linkFormat.setForeground(QColor(0x1a, 0x5f, 0x9e));
    linkFormat.setFontUnderline(true);
    qsizetype at = 0;
    for (const composer::TextRange &r : composer::findLinks(text)) {
        if (r.start > at)
            cursor.insertText(text.mid(at, r.start - at), format);
        const QString written = text.mid(r.start, r.length());
        linkFormat.setAnchorHref(anchorScheme + QLatin1Char(':') + QString::number(m_links.size()));
        linkFormat.setToolTip(tr("Shows where this link leads before opening it"));
        m_links << written;
        cursor.insertText(written, linkFormat);
        at = r.end;
    }
    if (at < text.size())
        cursor.insertText(text.mid(at), format);
}

void LinkGuard::onAnchorClicked(const QUrl &anchor)
{
    if (anchor.scheme() != anchorScheme)
        return; // not one of ours: never followed
    bool ok = false;
    const int index = anchor.path().toInt(&ok);
    if (ok && index >= 0 && index < m_links.size())
        confirm(m_links.at(index));
}

void LinkGuard::confirm(const QString &written)
{
    const composer::LinkTarget t = composer::describeLinkTarget(written);
    if (m_box)
        m_box->deleteLater();
    m_box = new QMessageBox(m_view->window());
    m_box->setObjectName(QStringLiteral("linkConfirmation"));
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->setTextFormat(Qt::PlainText); // the link is the customer's text: never markup
    m_box->setWindowTitle(tr("Open link?"));
    connect(m_box, &QObject::destroyed, this, [this, box = m_box] {
        if (m_box == box)
            m_box = nullptr;
    });

    QStringList details;
    details << tr("Written in the post: %1").arg(t.writtenVisible);
    using Verdict = composer::LinkTarget::Verdict;
    if (!t.openable()) {
        m_box->setIcon(QMessageBox::Warning);
        switch (t.verdict) {
        case Verdict::UnsupportedScheme:
            m_box->setText(tr("This link is not opened: it is a \"%1:\" link. Only web pages (http and https) can be "
                              "opened from a post.")
                               .arg(composer::revealInvisible(t.scheme)));
            break;
        case Verdict::HiddenCharactersInHost:
            m_box->setText(tr("This link is not opened: the site's name contains invisible or direction-changing "
                              "characters, a trick to make one site look like another."));
            details << tr("Site: %1").arg(t.host);
            break;
        case Verdict::NoHost:
        case Verdict::NotALink:
        case Verdict::Openable:
            m_box->setText(tr("This link is not opened: it does not lead to a web page."));
            break;
        }
        m_box->setInformativeText(details.join(QLatin1Char('\n')));
        m_box->setStandardButtons(QMessageBox::Close);
        m_box->open();
        return;
    }

    m_box->setIcon(t.userInfo || t.internationalHost || t.hiddenCharacters ? QMessageBox::Warning
                                                                           : QMessageBox::Question);
    m_box->setText(tr("This link leads to %1").arg(t.asciiHost));
    details << tr("Site: %1").arg(t.asciiHost);
    if (t.internationalHost)
        details << tr("The site's name has non-Latin or accented letters; written out it is %1. Check that it is "
                      "the site you expect.")
                       .arg(t.host);
    if (t.userInfo)
        details << tr("Careful: the part before \"@\" is not the site. The site is %1.").arg(t.asciiHost);
    if (t.hiddenCharacters)
        details << tr("The link contains invisible or direction-changing characters (shown as ⟨U+…⟩).");
    details << tr("Scheme: %1").arg(t.scheme);
    if (t.schemeAdded)
        details << tr("No scheme was written; it opens as https.");
    details << tr("Full address: %1").arg(t.address);
    m_box->setInformativeText(details.join(QLatin1Char('\n')));
    QPushButton *open = m_box->addButton(tr("Open in browser"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openLink"));
    QPushButton *cancel = m_box->addButton(QMessageBox::Cancel);
    m_box->setDefaultButton(cancel); // Enter does not open: the agent decides
    const QUrl url = t.url;
    connect(open, &QPushButton::clicked, this, [this, url] {
        if (m_opener(url))
            emit linkOpened(url);
    });
    m_box->open();
}

} // namespace webcare::ui
