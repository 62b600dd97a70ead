// SPDX-License-Identifier: MIT
#include "caseview.h"

#include "store/storeservice.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace webcare::ui {

using namespace domain;

CaseView::CaseView(store::StoreService *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_thread(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    // Links are never followed from here: the agent opens them deliberately after seeing the real target.
    m_thread->setOpenLinks(false);
    m_thread->setOpenExternalLinks(false);
    m_thread->setObjectName(QStringLiteral("threadView"));
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_thread, 1);
    clear();
}

void CaseView::clear()
{
    m_caseId = 0;
    ++m_request;
    m_title->setText(tr("No case selected"));
    m_meta->setText(tr("Choose a case in the inbox to read the conversation."));
    m_thread->clear();
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseView::retranslate()
{
    if (m_caseId)
        showCase(m_caseId);
    else
        clear();
}

void CaseView::showCase(qint64 caseId)
{
    m_caseId = caseId;
    const quint64 request = ++m_request;
    struct Loaded {
        Case c;
        QList<Post> posts;
    };
    m_store->run<Loaded>(
        this,
        [caseId](store::CaseStore &s) -> Expected<Loaded, store::StoreError> {
            auto c = s.caseById(caseId);
            if (!c)
                return unexpected(c.error());
            auto posts = s.conversation(caseId);
            if (!posts)
                return unexpected(posts.error());
            return Loaded{*c, *posts};
        },
        [this, request](Expected<Loaded, store::StoreError> loaded) {
            if (request != m_request)
                return; // the agent moved on to another case
            if (!loaded) {
                m_title->setText(tr("This case cannot be shown"));
                m_meta->setText(loaded.error().message());
                m_thread->clear();
                return;
            }
            render(loaded->c, loaded->posts);
            emit caseShown(loaded->c.id);
        });
}

void CaseView::render(const Case &c, const QList<Post> &posts)
{
    m_title->setText(c.authorName.isEmpty() ? tr("Case %1").arg(c.id) : c.authorName);
    QStringList meta{channelDisplayName(c.channel), caseStateDisplayName(c.state),
                     tr("%n message(s)", nullptr, c.postCount)};
    if (c.slaDueAt.isValid() && isOpen(c.state))
        meta << tr("answer by %1").arg(QLocale().toString(c.slaDueAt.toLocalTime(), QLocale::ShortFormat));
    if (!c.assignee.isEmpty())
        meta << tr("agent: %1").arg(c.assignee);
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    m_thread->clear();
    QTextCursor cursor(m_thread->document());
    QTextCharFormat authorFormat;
    authorFormat.setFontWeight(QFont::Bold);
    QTextCharFormat ownFormat = authorFormat;
    ownFormat.setForeground(QColor(0x1a, 0x5f, 0x9e));
    QTextCharFormat timeFormat;
    timeFormat.setForeground(QColor(0x60, 0x60, 0x60));
    QTextCharFormat bodyFormat;
    QTextBlockFormat headerBlock;
    headerBlock.setTopMargin(12);
    const QTextBlockFormat bodyBlock;
    bool first = true;
    for (const Post &p : posts) {
        if (first)
            cursor.setBlockFormat(QTextBlockFormat());
        else
            cursor.insertBlock(headerBlock);
        first = false;
        QString who = p.author.displayName.isEmpty() ? p.author.handle : p.author.displayName;
        if (!p.author.handle.isEmpty() && p.author.handle != who)
            who += QStringLiteral(" (") + p.author.handle + QLatin1Char(')');
        if (p.fromOwnAccount)
            who = tr("%1 — our team").arg(who);
        cursor.insertText(who, p.fromOwnAccount ? ownFormat : authorFormat);
        cursor.insertText(QStringLiteral("  ") + QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat),
                          timeFormat);
        // Each post is its own paragraph, so a bidirectional override in one post ends with it.
        cursor.insertBlock(bodyBlock);
        cursor.insertText(p.text, bodyFormat);
    }
    m_thread->moveCursor(QTextCursor::Start);
}

QString CaseView::threadText() const { return m_thread->toPlainText(); }

} // namespace webcare::ui
