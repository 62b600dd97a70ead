// SPDX-License-Identifier: MIT
#include "review/approvaldialog.h"

#include "store/outboxrepository.h"
#include "store/storeservice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace webcare::ui {

using namespace domain;

ApprovalDialog::ApprovalDialog(store::StoreService *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_note(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_approve(new QPushButton(tr("&Approve and send"), this))
    , m_sendBack(new QPushButton(tr("Send &back"), this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Replies awaiting approval"));
    m_list->setObjectName(QStringLiteral("approvalList"));
    m_detail->setObjectName(QStringLiteral("approvalDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setFocusPolicy(Qt::ClickFocus);
    m_note->setObjectName(QStringLiteral("approvalNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setPlaceholderText(tr("Comment for the agent (needed to send a reply back)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 4);
    m_approve->setObjectName(QStringLiteral("approveReply"));
    m_approve->setToolTip(tr("Ctrl+Enter"));
    m_sendBack->setObjectName(QStringLiteral("sendBackReply"));
    m_sendBack->setToolTip(tr("Ctrl+B"));
    m_approve->setAutoDefault(false);
    m_sendBack->setAutoDefault(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    auto *commentLabel = new QLabel(tr("&Comment:"), right);
    commentLabel->setBuddy(m_comment);
    rightLayout->addWidget(commentLabel);
    rightLayout->addWidget(m_comment);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_sendBack, QDialogButtonBox::ActionRole);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &ApprovalDialog::showCurrent);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ApprovalDialog::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalDialog::approveCurrent);
    connect(m_sendBack, &QPushButton::clicked, this, &ApprovalDialog::sendBackCurrent);
    auto *approveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(approveKey, &QShortcut::activated, this, &ApprovalDialog::approveCurrent);
    auto *sendBackKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    connect(sendBackKey, &QShortcut::activated, this, [this] {
        // Without a comment, the key first asks for one.
        if (m_comment->toPlainText().trimmed().isEmpty())
            m_comment->setFocus();
        else
            sendBackCurrent();
    });
    updateButtons();
}

void ApprovalDialog::setReviewer(const QString &login, bool supervisor)
{
    m_reviewer = login;
    m_supervisor = supervisor;
    updateButtons();
}

int ApprovalDialog::count() const { return int(m_items.size()); }

void ApprovalDialog::refresh()
{
    m_store->run<QList<store::ApprovalItem>>(
        this, [](store::CaseStore &s) { return s.outbox().approvalQueue(); },
        [this](Expected<QList<store::ApprovalItem>, store::StoreError> items) {
            if (!items) {
                m_note->setText(items.error().message());
                return;
            }
            const qint64 was = m_list->currentRow() >= 0 && m_list->currentRow() < m_items.size()
                                   ? m_items.at(m_list->currentRow()).reply.id
                                   : 0;
            m_items = *items;
            const QSignalBlocker block(m_list);
            m_list->clear();
            int current = m_items.isEmpty() ? -1 : 0;
            for (int i = 0; i < m_items.size(); ++i) {
                const store::ApprovalItem &item = m_items.at(i);
                QString line =
                    tr("%1 → %2").arg(item.reply.agent, item.caseAuthor.isEmpty() ? tr("case %1").arg(item.reply.caseId)
                                                                                  : item.caseAuthor);
                if (item.parts.size() > 1)
                    line += QStringLiteral(" · ") + tr("%n part(s)", nullptr, int(item.parts.size()));
                if (!item.reply.openFlags.isEmpty())
                    line += QStringLiteral(" · ") + tr("%n finding(s)", nullptr, int(item.reply.openFlags.size()));
                line += QLatin1Char('\n') + item.reply.text.simplified().left(80);
                m_list->addItem(line);
                if (item.reply.id == was)
                    current = i;
            }
            m_list->setCurrentRow(current);
            showCurrent();
            emit queueRead(int(m_items.size()));
        });
}

void ApprovalDialog::showCurrent()
{
    const int row = m_list->currentRow();
    m_detail->clear();
    m_comment->clear();
    if (row < 0 || row >= m_items.size()) {
        m_detail->setPlainText(tr("No replies are waiting for approval."));
        updateButtons();
        return;
    }
    const store::ApprovalItem &item = m_items.at(row);
    QTextCursor cursor(m_detail->document());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    const QTextCharFormat body;
    const QString customer =
        item.answers.author.displayName.isEmpty() ? item.answers.author.handle : item.answers.author.displayName;
    // Everything is inserted as plain text: the customer's words and the draft are never markup.
    cursor.insertText(
        tr("The post it answers (%1, %2):")
            .arg(customer.isEmpty() ? item.caseAuthor : customer, channelDisplayName(item.answers.channel)),
        heading);
    cursor.insertBlock();
    cursor.insertText(item.answers.text, body);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(
        item.parts.size() > 1
            ? tr("Draft by %1, a thread of %n part(s):", nullptr, int(item.parts.size())).arg(item.reply.agent)
            : tr("Draft by %1:").arg(item.reply.agent),
        heading);
    for (const Reply &part : item.parts) {
        cursor.insertBlock();
        cursor.insertText(part.text, body);
    }
    cursor.insertBlock();
    cursor.insertBlock();
    if (item.reply.openFlags.isEmpty()) {
        cursor.insertText(tr("No open findings."), heading);
    } else {
        cursor.insertText(tr("Open findings when it was submitted:"), heading);
        for (const QString &flag : item.reply.openFlags) {
            cursor.insertBlock();
            cursor.insertText(QStringLiteral("• ") + flag, body);
        }
    }
    m_detail->moveCursor(QTextCursor::Start);
    updateButtons();
}

void ApprovalDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_items.size();
    const bool own = has && m_items.at(row).reply.agent == m_reviewer;
    const bool may = has && m_supervisor && !own && !m_busy;
    m_approve->setEnabled(may);
    m_sendBack->setEnabled(may && !m_comment->toPlainText().trimmed().isEmpty());
    if (!m_supervisor)
        m_note->setText(tr("Only a supervisor can approve replies or send them back."));
    else if (own)
        m_note->setText(tr("This is your own reply: another supervisor must approve it."));
    else
        m_note->setText(m_error);
}

void ApprovalDialog::approveCurrent() { act(true); }

void ApprovalDialog::sendBackCurrent() { act(false); }

void ApprovalDialog::act(bool approve)
{
    if (!(approve ? m_approve : m_sendBack)->isEnabled())
        return;
    const store::ApprovalItem item = m_items.at(m_list->currentRow());
    const QString reviewer = m_reviewer;
    const QString comment = m_comment->toPlainText().trimmed();
    m_busy = true;
    updateButtons();
    m_store->run<bool>(
        this,
        [item, reviewer, comment, approve](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            auto r = approve ? s.outbox().approveSubmitted(item.reply.id, reviewer)
                             : s.outbox().sendBackReply(item.reply.id, reviewer, comment);
            if (!r)
                return unexpected(r.error());
            return true;
        },
        [this, item, approve](Expected<bool, store::StoreError> done) {
            m_busy = false;
            if (!done) {
                // Another supervisor was first, or the role changed: the queue is read again either way.
                m_error = done.error().message();
            } else {
                m_error.clear();
                emit reviewed(item.reply.caseId, item.reply.accountId, approve);
            }
            refresh();
        });
}

} // namespace webcare::ui
