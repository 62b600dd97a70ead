// SPDX-License-Identifier: MIT
#include "replybox/replypreview.h"

#include "composer/linktarget.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace webcare::ui {

using domain::Channel;

ReplyPreview::ReplyPreview(QWidget *parent)
    : QFrame(parent)
    , m_header(new QLabel(this))
    , m_body(new QLabel(this))
    , m_footer(new QLabel(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("replyPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    for (QLabel *label : {m_header, m_body, m_footer, m_notes}) {
        label->setTextFormat(Qt::PlainText); // exactly the text, never markup
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_body->setObjectName(QStringLiteral("previewText"));
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footer->setObjectName(QStringLiteral("previewLength"));
    m_notes->setObjectName(QStringLiteral("previewNotes"));
    m_notes->setStyleSheet(QStringLiteral("color: #8a5a00"));
    refresh();
}

void ReplyPreview::setAudience(const composer::ReplyAudience &audience, const QString &sender)
{
    m_audience = audience;
    m_sender = sender;
    refresh();
}

void ReplyPreview::setDraft(const QString &draft)
{
    m_draft = draft;
    refresh();
}

QString ReplyPreview::postedText() const { return m_body->text(); }
QString ReplyPreview::lengthText() const { return m_footer->text(); }
QString ReplyPreview::notesText() const { return m_notes->text(); }

void ReplyPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void ReplyPreview::refresh()
{
    const composer::PostedReply posted = composer::postedReply(m_audience, m_draft);
    // The platforms' own colours, so the agent sees at a glance where this will stand.
    const char *accent = "#0f1419";
    const char *bubble = "#ffffff";
    switch (m_audience.channel) {
    case Channel::X:
        break;
    case Channel::Mastodon:
        accent = "#563acc";
        bubble = "#f4f2fd";
        break;
    case Channel::Facebook:
        accent = "#1877f2";
        bubble = "#f0f2f5";
        break;
    case Channel::Discourse:
        accent = "#0088cc";
        bubble = "#ffffff";
        break;
    }
    setStyleSheet(QStringLiteral("#replyPreview { background: %2; border: 2px solid %1; border-radius: 12px; } "
                                 "#replyPreview QLabel { background: transparent; }")
                      .arg(QLatin1String(accent), QLatin1String(bubble)));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    const QString sender = m_sender.isEmpty() ? tr("Your account") : m_sender;
    const QString customer = m_audience.customerHandle;
    QString context;
    if (m_audience.privateMessage)
        context = tr("private message");
    else if (m_audience.channel == Channel::Facebook)
        context = tr("comment");
    else if (!customer.isEmpty())
        context =
            m_audience.channel == Channel::X ? tr("replying to @%1").arg(customer) : tr("replying to %1").arg(customer);
    m_header->setText(context.isEmpty() ? sender : sender + QStringLiteral(" · ") + context);
    m_body->setText(posted.text.isEmpty() ? tr("(nothing to send yet)") : posted.text);
    m_body->setEnabled(!posted.text.isEmpty());
    m_footer->setText(tr("%1 / %2 as %3 counts")
                          .arg(posted.length)
                          .arg(posted.maxLength)
                          .arg(domain::channelDisplayName(m_audience.channel)));
    m_footer->setStyleSheet(posted.length > posted.maxLength ? QStringLiteral("color: #b00020; font-weight: bold")
                                                             : QStringLiteral("color: #536471"));
    QStringList notes;
    if (posted.mastodonMentionMissing)
        notes << (m_audience.privateMessage
                      ? tr("The text does not mention %1: on Mastodon a direct message is shown only to the accounts "
                           "it mentions, so the customer would not see it.")
                            .arg(customer)
                      : tr("The text does not mention %1: Mastodon notifies only the accounts a post mentions.")
                            .arg(customer));
    if (posted.rendersMarkdown)
        notes << tr(
            "The forum (Discourse) formats the text as Markdown: *, _, # and [text](link) change how it looks.");
    if (posted.hiddenCharacters)
        notes << tr("The text contains invisible characters: %1").arg(composer::revealInvisible(posted.text));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace webcare::ui
