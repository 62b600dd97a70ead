// SPDX-License-Identifier: MIT
#include "case/caseview.h"

#include "accounts/accountservice.h"
#include "case/casedetailspanel.h"
#include "case/linkguard.h"
#include "composer/platformlength.h"
#include "composer/threadsplit.h"
#include "config/teamsetup.h"
#include "connectors/messagingwindow.h"
#include "outbox/replyoutbox.h"
#include "replybox/composerassistant.h"
#include "replybox/replypreview.h"
#include "store/caserepository.h"
#include "store/draftstore.h"
#include "store/outboxrepository.h"
#include "store/storeservice.h"
#include "triage/triagestate.h"
#include "workflow/presence.h"

#include <QDebug>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace webcare::ui {

using namespace domain;

CaseView::CaseView(store::StoreService *store, accounts::AccountService *accounts, outbox::ReplyOutbox *outbox,
                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_outbox(outbox)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_thread(new QTextBrowser(this))
    , m_triageLine(new QLabel(this))
    , m_repliesBox(new QWidget(this))
    , m_repliesLayout(new QVBoxLayout(m_repliesBox))
    , m_editor(new QPlainTextEdit(this))
    , m_via(new QLabel(this))
    , m_length(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_splitButton(new QPushButton(this))
    , m_threadPreview(new QLabel(this))
    , m_presenceBanner(new QLabel(this))
    , m_presence(new workflow::PresenceTracker(store, nullptr, this))
    , m_findings(new QListWidget(this))
    , m_assistant(new ComposerAssistant(m_editor, m_findings, this))
    , m_details(new CaseDetailsPanel(store, this))
    , m_links(new LinkGuard(m_thread, this))
    , m_preview(new ReplyPreview(this))
    , m_previewToggle(new QPushButton(this))
    , m_draftTimer(new QTimer(this))
{
    // Written after a pause in typing: a small atomic file write, so the GUI thread hardly notices.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &CaseView::saveDraftNow);
    if (m_outbox) {
        connect(m_outbox, &outbox::ReplyOutbox::connectionChanged, this, &CaseView::updateComposer);
        connect(m_outbox, &outbox::ReplyOutbox::submitting, this, [this](qint64 caseId) {
            if (caseId == m_caseId)
                updateComposer();
        });
        connect(m_outbox, &outbox::ReplyOutbox::heldUntilConnected, this, [this](qint64 caseId) {
            if (caseId != m_caseId)
                return;
            m_draftQueued = true;
            updateComposer();
        });
        connect(m_outbox, &outbox::ReplyOutbox::replyRefused, this, [this](qint64 caseId, const QString &message) {
            if (caseId != m_caseId)
                return;
            m_draftQueued = false;
            updateComposer();
            if (!message.isEmpty())
                m_via->setText(message);
        });
        connect(m_outbox, &outbox::ReplyOutbox::replyQueued, this, &CaseView::onReplyStored);
        connect(m_outbox, &outbox::ReplyOutbox::replyAwaitingApproval, this, &CaseView::onReplyStored);
        connect(m_outbox, &outbox::ReplyOutbox::replyCaptured, this, &CaseView::onReplyStored);
        connect(m_outbox, &outbox::ReplyOutbox::replyQueued, this, &CaseView::replyQueued);
        connect(m_outbox, &outbox::ReplyOutbox::replyAwaitingApproval, this, &CaseView::replyAwaitingApproval);
        connect(m_outbox, &outbox::ReplyOutbox::replyCaptured, this, &CaseView::replyQueued);
    }
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
    // Collision: someone else has this case open or is writing a reply.
    m_presenceBanner->setObjectName(QStringLiteral("presenceBanner"));
    m_presenceBanner->setTextFormat(Qt::PlainText);
    m_presenceBanner->setWordWrap(true);
    m_presenceBanner->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 4px;"));
    m_presenceBanner->hide();
    layout->addWidget(m_presenceBanner);
    m_triageLine->setObjectName(QStringLiteral("triageLine"));
    m_triageLine->setTextFormat(Qt::PlainText); // the reason quotes the customer's words
    m_triageLine->setWordWrap(true);
    m_triageLine->setStyleSheet(QStringLiteral("background: #eef3fb; padding: 4px;"));
    layout->addWidget(m_triageLine);
    // The thread above, the case's details below; the agent moves the divider.
    auto *threadAndDetails = new QSplitter(Qt::Vertical, this);
    threadAndDetails->setChildrenCollapsible(false);
    threadAndDetails->addWidget(m_thread);
    threadAndDetails->addWidget(m_details);
    threadAndDetails->setStretchFactor(0, 3);
    threadAndDetails->setStretchFactor(1, 2);
    threadAndDetails->setSizes({600, 260}); // the conversation first: the details are a glance away
    layout->addWidget(threadAndDetails, 1);
    connect(m_details, &CaseDetailsPanel::caseRequested, this, &CaseView::caseRequested);

    m_repliesLayout->setContentsMargins(0, 0, 0, 0);
    m_repliesLayout->setSpacing(2);
    layout->addWidget(m_repliesBox);
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_editor);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setMaximumHeight(m_findings->fontMetrics().lineSpacing() * 5);
    m_findings->setFocusPolicy(Qt::NoFocus); // the agent keeps typing; Ctrl+. fixes
    m_findings->hide();
    layout->addWidget(m_findings);
    m_preview->hide();
    layout->addWidget(m_preview);
    m_threadPreview->setObjectName(QStringLiteral("threadPreview"));
    m_threadPreview->setTextFormat(Qt::PlainText);
    m_threadPreview->setWordWrap(true);
    m_threadPreview->setStyleSheet(QStringLiteral("background: #eef3fb; padding: 4px;"));
    m_threadPreview->hide();
    layout->addWidget(m_threadPreview);
    auto *bar = new QHBoxLayout;
    m_via->setTextFormat(Qt::PlainText);
    m_via->setWordWrap(true); // a long account note must not push the inbox aside
    m_length->setTextFormat(Qt::PlainText);
    m_send->setObjectName(QStringLiteral("sendReply"));
    bar->addWidget(m_via, 1);
    bar->addWidget(m_length);
    m_previewToggle->setObjectName(QStringLiteral("previewToggle"));
    m_previewToggle->setCheckable(true);
    bar->addWidget(m_previewToggle);
    m_splitButton->setObjectName(QStringLiteral("splitThread"));
    m_splitButton->hide();
    bar->addWidget(m_splitButton);
    bar->addWidget(m_send);
    layout->addLayout(bar);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CaseView::updateComposer);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (drafts() && m_caseId && !m_restoringDraft)
            m_draftTimer->start();
    });
    connect(m_send, &QPushButton::clicked, this, &CaseView::sendReply);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &CaseView::sendReply);
    connect(m_previewToggle, &QPushButton::toggled, this, &CaseView::setPreviewVisible);
    auto *previewShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    previewShortcut->setContext(Qt::WindowShortcut);
    connect(previewShortcut, &QShortcut::activated, m_previewToggle, &QPushButton::toggle);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CaseView::updatePreview);
    connect(m_splitButton, &QPushButton::clicked, this, &CaseView::toggleSplit);
    auto *splitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), m_editor);
    splitShortcut->setContext(Qt::WidgetShortcut);
    connect(splitShortcut, &QShortcut::activated, this, [this] {
        if (splitOffered() || m_split)
            toggleSplit();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_editor->toPlainText().isEmpty())
            m_presence->noteTyping();
    });
    connect(m_presence, &workflow::PresenceTracker::othersChanged, this, &CaseView::updatePresence);
    if (m_accounts) {
        connect(m_accounts, &accounts::AccountService::accountsChanged, this, &CaseView::updateComposer);
        connect(m_accounts, &accounts::AccountService::replyStateChanged, this, [this] { reload(); });
    }
    retranslate();
}

CaseView::~CaseView() { saveDraftNow(); }

void CaseView::setDraftStore(std::shared_ptr<store::DraftStore> drafts)
{
    if (!m_outbox)
        return;
    saveDraftNow();
    m_outbox->setDraftStore(std::move(drafts));
    restoreDraft();
}

store::DraftStore *CaseView::drafts() const { return m_outbox ? m_outbox->drafts() : nullptr; }

bool CaseView::isConnected() const { return !m_outbox || m_outbox->isConnected(); }

void CaseView::saveDraftNow()
{
    m_draftTimer->stop();
    store::DraftStore *store = drafts();
    if (!store || !m_caseId)
        return;
    const QString text = m_editor->toPlainText();
    const std::optional<store::Draft> old = store->load(m_caseId);
    if (text.trimmed().isEmpty()) {
        if (old && !old->queued)
            store->remove(m_caseId);
        return;
    }
    if (old && old->text == text)
        return;
    store::Draft draft;
    draft.caseId = m_caseId;
    draft.text = text;
    // Edited while waiting for the connection: the edited text goes, with its parts and findings as they are now.
    if (old && old->queued) {
        const outbox::ReplyRequest request = currentRequest();
        draft = outbox::toQueuedDraft(request);
        if (!request.accountId)
            draft.accountId = old->accountId;
    }
    if (!store->save(draft))
        qWarning().noquote() << "could not keep the draft of case" << m_caseId << "in" << store->folder();
}

void CaseView::restoreDraft()
{
    m_draftQueued = false;
    if (!drafts() || !m_caseId)
        return;
    const std::optional<store::Draft> draft = drafts()->load(m_caseId);
    if (!draft)
        return;
    m_draftQueued = draft->queued;
    if (m_editor->toPlainText() != draft->text) {
        m_restoringDraft = true;
        m_editor->setPlainText(draft->text);
        m_restoringDraft = false;
    }
    updateComposer();
}

void CaseView::setAgent(const QString &login)
{
    m_agent = login;
    m_details->setAgent(login);
    m_presence->setAgent(login);
    updateSignature();
}

void CaseView::setTeamConfiguration(const domain::TeamConfiguration &config)
{
    m_team = config;
    m_assistant->setLibrary(config.templates, config.sources);
    updateSignature();
}

void CaseView::updateSignature()
{
    // The agent's own signature from their profile, else the team's convention ("^{initials}" → "^JB").
    m_signature = m_agent.isEmpty() ? QString() : config::signatureOf(m_team, m_agent);
    if (m_outbox)
        m_outbox->setAgent(m_agent, m_signature);
    updateChecks();
}

void CaseView::updateChecks()
{
    composer::CheckContext context;
    context.channel = m_case.channel;
    config::applyTeamVoice(context, m_team, m_agent);
    context.signature = m_signature;
    context.customerName = m_case.authorName.section(QLatin1Char(' '), 0, 0);
    context.complaint = m_suggestion && m_suggestion->category == triage::Category::Complaint;
    m_assistant->setTemplateValues(
        {{QStringLiteral("naam"), context.customerName}, {QStringLiteral("agent"), m_signature}});
    m_assistant->setContext(context);
}

void CaseView::setTrainingMode(bool training)
{
    m_training = training;
    updateComposer();
}

void CaseView::setChosenCategory(std::optional<triage::Category> category)
{
    m_chosenCategory = category;
    updateTriageLine();
}

void CaseView::updateTriageLine()
{
    QStringList parts;
    if (m_suggestion) {
        const QString line = tr("Suggestion: %1 · %2 — %3")
                                 .arg(triage::decisionDisplayName(m_suggestion->decision),
                                      triage::categoryDisplayName(m_suggestion->category), m_suggestion->reason);
        parts << (triage::needsCheck(*m_suggestion) ? tr("Check this — %1").arg(line) : line);
    }
    for (const store::RelatedCase &c : std::as_const(m_concerns)) {
        const QString what = c.category == triage::categoryKey(triage::Category::Complaint) ? tr("an open complaint")
                             : c.category == triage::categoryKey(triage::Category::Question)
                                 ? tr("an unanswered question")
                                 : tr("a case that still needs a reply");
        parts << tr("This customer also has %1: case %2 (%3).").arg(what).arg(c.id).arg(c.preview.left(60));
    }
    if (m_chosenCategory)
        parts << tr("Your category: %1").arg(triage::categoryDisplayName(*m_chosenCategory));
    m_triageLine->setText(parts.join(QLatin1Char('\n')));
    m_triageLine->setVisible(!parts.isEmpty());
}

QString CaseView::triageLine() const { return m_triageLine->isVisible() ? m_triageLine->text() : QString(); }

void CaseView::forgetPrefetched()
{
    ++m_prefetchGeneration;
    m_prefetched.clear();
}

void CaseView::reload()
{
    forgetPrefetched();
    if (m_caseId)
        showCase(m_caseId);
}

QStringList CaseView::replyLines() const
{
    QStringList lines;
    for (const QLabel *label : m_repliesBox->findChildren<QLabel *>())
        lines << label->text();
    return lines;
}

void CaseView::updateComposer()
{
    const bool hasCase = m_caseId != 0;
    m_editor->setEnabled(hasCase);
    const std::optional<Account> account =
        hasCase && m_accounts ? m_accounts->accountFor(m_case.channel) : std::optional<Account>();
    const QString text = m_editor->toPlainText();
    const int length = hasCase ? composer::weightedLength(m_case.channel, text) : 0;
    const int max = hasCase ? composer::maxLength(m_case.channel) : 0;
    m_length->setText(hasCase ? tr("%1 / %2").arg(length).arg(max) : QString());
    m_length->setStyleSheet(length > max ? QStringLiteral("color: #b00020; font-weight: bold") : QString());
    if (!hasCase)
        m_via->clear();
    else if (!account)
        m_via->setText(tr("No %1 account is connected: connect one under Accounts to answer here.")
                           .arg(channelDisplayName(m_case.channel)));
    else if (account->status == Account::Status::Paused && !m_training)
        m_via->setText(tr("Via %1 — paused: replies wait in the outbox, nothing is sent.").arg(account->name));
    else if (account->status == Account::Status::NeedsReconnect)
        m_via->setText(
            tr("Via %1 — reconnect this account first; replies wait in the outbox until then.").arg(account->name));
    else
        m_via->setText(m_training ? tr("Via %1 — training: the reply is kept, never sent").arg(account->name)
                                  : tr("Via %1").arg(account->name));
    updateSplit(text, hasCase && length > max);
    if (m_split)
        m_send->setText(m_training ? tr("Keep thread of %n part(s) (training)", nullptr, int(m_parts.size()))
                                   : tr("Send thread of %n part(s)", nullptr, int(m_parts.size())));
    else
        m_send->setText(m_training ? tr("Keep reply (training)") : tr("Send reply"));
    m_send->setToolTip(tr("Ctrl+Enter"));
    if (!isConnected() && !m_training) {
        m_send->setText(tr("Send when connected"));
        m_send->setToolTip(tr("The team database cannot be reached: the reply is kept on this workstation and "
                              "stored as soon as the connection is back (Ctrl+Enter)"));
    }
    if (hasCase && m_draftQueued)
        m_via->setText(tr("Queued on this workstation: the reply is stored as soon as the connection to the team "
                          "database is back."));
    m_send->setEnabled(hasCase && account && m_answerPostId && !(m_outbox && m_outbox->isSubmitting(m_caseId)) &&
                       !m_windowClosed && !text.trimmed().isEmpty() &&
                       (length <= max || (m_split && m_parts.size() > 1)));
}

bool CaseView::splitOffered() const
{
    return m_caseId && !m_split &&
           composer::weightedLength(m_case.channel, m_editor->toPlainText()) > composer::maxLength(m_case.channel);
}

void CaseView::toggleSplit()
{
    m_split = !m_split;
    updateComposer();
}

// Over the limit, the draft may go as a numbered thread; the parts follow the text as the agent edits it.
void CaseView::updateSplit(const QString &text, bool over)
{
    if (m_split && !over)
        m_split = false; // it fits again: one post
    m_parts = m_split ? composer::splitIntoThread(m_case.channel, text.trimmed()) : QStringList();
    m_splitButton->setVisible(over);
    m_splitButton->setText(m_split ? tr("One post") : tr("Split into a numbered thread"));
    m_splitButton->setToolTip(m_split ? tr("Back to one post (Ctrl+Shift+S)")
                                      : tr("Too long for one post: send it as a numbered thread, 1/2, 2/2 … "
                                           "(Ctrl+Shift+S)"));
    if (!m_split) {
        m_threadPreview->hide();
        return;
    }
    QStringList lines{
        tr("Sent as a thread of %n part(s), each answering the one before:", nullptr, int(m_parts.size()))};
    for (const QString &part : std::as_const(m_parts))
        lines << QStringLiteral("• ") + part;
    m_threadPreview->setText(lines.join(QLatin1Char('\n')));
    m_threadPreview->show();
}

void CaseView::setPresenceHub(workflow::PresenceHub *hub)
{
    const qint64 caseId = m_caseId;
    delete m_presence;
    m_presence = new workflow::PresenceTracker(m_store, hub, this);
    m_presence->setAgent(m_agent);
    connect(m_presence, &workflow::PresenceTracker::othersChanged, this, &CaseView::updatePresence);
    m_presence->setCase(caseId);
}

QString CaseView::presenceText() const { return m_presenceBanner->isHidden() ? QString() : m_presenceBanner->text(); }

void CaseView::updatePresence()
{
    const QString text = workflow::presenceText(m_presence->others());
    m_presenceBanner->setText(text);
    m_presenceBanner->setVisible(!text.isEmpty());
}

outbox::ReplyRequest CaseView::currentRequest() const
{
    outbox::ReplyRequest request;
    request.caseId = m_caseId;
    if (const std::optional<Account> account = m_accounts ? m_accounts->accountFor(m_case.channel) : std::nullopt)
        request.accountId = account->id;
    request.answersPostId = m_answerPostId;
    request.text = m_editor->toPlainText();
    if (m_split && m_parts.size() > 1)
        request.parts = m_parts;
    // What the checks still find goes with it: the team may want such replies approved (four-eyes).
    for (const composer::Finding &f : m_assistant->findings())
        request.openFlags << f.message;
    request.agent = m_agent;
    request.signature = m_signature;
    return request;
}

void CaseView::sendReply()
{
    if (!m_send->isEnabled() || !m_outbox)
        return;
    const outbox::ReplyRequest request = currentRequest();
    if (!request.accountId)
        return;
    m_draftTimer->stop();
    m_outbox->send(request);
}

void CaseView::onReplyStored(qint64 caseId)
{
    if (caseId != m_caseId)
        return;
    m_draftQueued = false;
    m_split = false;
    m_restoringDraft = true;
    m_editor->clear();
    m_restoringDraft = false;
    reload();
}

namespace {
// The draft of a thread as the agent wrote it: the parts without their numbering.
QString unsplit(const QStringList &parts)
{
    static const QRegularExpression numbering(QStringLiteral("\\s*\\(\\d+/\\d+\\)$"));
    QStringList texts;
    for (QString part : parts)
        texts << part.remove(numbering);
    return texts.join(QLatin1Char(' '));
}
} // namespace

void CaseView::renderReplies(const QList<Reply> &replies)
{
    while (QLayoutItem *item = m_repliesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QHash<qint64, ReplyState> states;
    for (const Reply &r : replies)
        states.insert(r.id, r.state);
    for (const Reply &r : replies) {
        auto *label = new QLabel(m_repliesBox);
        label->setTextFormat(Qt::PlainText); // the reply's text is the agent's, but never markup
        label->setWordWrap(true);
        QString line = replyStateDisplayName(r.state) + QStringLiteral(" — ") + r.text.simplified();
        // A later thread part waits until the part before it is sent (and for good when that one failed).
        if (r.state == ReplyState::Approved && r.threadParentId && states.value(r.threadParentId) != ReplyState::Sent)
            line = tr("Waiting for the part before it — %1").arg(r.text.simplified());
        if (r.state == ReplyState::AwaitingApproval)
            line = tr("Awaiting a supervisor's approval — %1").arg(r.text.simplified());
        if (r.state == ReplyState::SentBack && !r.threadParentId)
            line += QLatin1Char('\n') +
                    tr("Sent back by %1: %2 Edit the text below and send it again.").arg(r.reviewedBy, r.reviewComment);
        if (r.state == ReplyState::Sent && r.sentAt.isValid())
            line = tr("Sent %1 — %2")
                       .arg(QLocale().toString(r.sentAt.toLocalTime(), QLocale::ShortFormat), r.text.simplified());
        if (r.state == ReplyState::Failed && !r.lastError.isEmpty())
            line += QLatin1Char('\n') + tr("Not sent: %1 Edit the text below and send it again.").arg(r.lastError);
        label->setText(line);
        label->setObjectName(QStringLiteral("reply-%1").arg(replyStateKey(r.state)));
        const char *color = r.state == ReplyState::Failed     ? "#b00020"
                            : r.state == ReplyState::Sent     ? "#1a5f9e"
                            : r.state == ReplyState::Unknown  ? "#8a5a00"
                            : r.state == ReplyState::Captured ? "#e65100"
                                                              : "#505050";
        label->setStyleSheet(QStringLiteral("color: %1").arg(QLatin1String(color)));
        m_repliesLayout->addWidget(label);
        // A failed reply comes back into the box to be edited, unless the agent is already writing.
        if (r.state == ReplyState::Failed && m_editor->toPlainText().isEmpty() && &r == &replies.constLast())
            m_editor->setPlainText(r.text);
    }
    // A reply sent back by a supervisor comes back into the box as written (a thread as one text).
    if (!replies.isEmpty() && replies.constLast().state == ReplyState::SentBack && m_editor->toPlainText().isEmpty()) {
        qint64 id = replies.constLast().id;
        QStringList chain;
        for (auto r = replies.crbegin(); r != replies.crend() && id; ++r) {
            if (r->id != id)
                continue;
            chain.prepend(r->text);
            id = r->threadParentId;
        }
        m_editor->setPlainText(chain.size() > 1 ? unsplit(chain) : chain.value(0));
    }
    m_repliesBox->setVisible(!replies.isEmpty());
}

void CaseView::clear()
{
    saveDraftNow();
    m_caseId = 0;
    m_draftQueued = false;
    m_split = false;
    m_presence->setCase(0);
    ++m_request;
    m_title->setText(tr("No case selected"));
    m_meta->setText(tr("Choose a case in the inbox to read the conversation."));
    m_thread->clear();
    m_links->clear();
    m_details->clear();
    m_case = Case();
    m_answerPostId = 0;
    m_answerHandle.clear();
    m_answerPrivate = false;
    m_suggestion.reset();
    m_concerns.clear();
    m_chosenCategory.reset();
    m_windowClosed = false;
    updateTriageLine();
    renderReplies({});
    updateComposer();
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseView::retranslate()
{
    m_previewToggle->setText(tr("Preview"));
    m_previewToggle->setToolTip(tr("Shows the reply exactly as it will be posted (Ctrl+P)"));
    if (m_caseId)
        showCase(m_caseId);
    else
        clear();
}

namespace {
// Everything the view shows of one case, read in one store job.
Expected<CaseView::Loaded, store::StoreError> loadCase(store::CaseStore &s, qint64 caseId,
                                                       triage::TriageState *triageState)
{
    auto c = s.cases().caseById(caseId);
    if (!c)
        return unexpected(c.error());
    auto posts = s.cases().conversation(caseId);
    if (!posts)
        return unexpected(posts.error());
    auto replies = s.outbox().repliesOfCase(caseId);
    if (!replies)
        return unexpected(replies.error());
    CaseView::Loaded loaded{*c, *posts, *replies, std::nullopt, {}};
    auto others = s.details().authorCases(caseId);
    if (!others)
        return unexpected(others.error());
    loaded.concerns = triage::openConcerns(*others);
    triage::Triager *triager = triageState ? triageState->get(s) : nullptr;
    for (auto p = posts->crbegin(); triager && p != posts->crend(); ++p) {
        if (!p->fromOwnAccount) {
            loaded.suggestion = triager->suggest(triage::PostInput::from(*p));
            break;
        }
    }
    return loaded;
}
} // namespace

void CaseView::prefetch(qint64 caseId)
{
    if (!caseId || caseId == m_caseId || m_prefetched.contains(caseId))
        return;
    const quint64 generation = m_prefetchGeneration;
    m_store->run<Loaded>(
        this, [caseId, triageState = m_triage](store::CaseStore &s) { return loadCase(s, caseId, triageState.get()); },
        [this, caseId, generation](Expected<Loaded, store::StoreError> loaded) {
            if (!loaded || generation != m_prefetchGeneration)
                return; // something changed meanwhile: the case is read afresh when it is shown
            if (m_prefetched.size() > 8)
                m_prefetched.clear();
            m_prefetched.insert(caseId, *loaded);
        });
}

void CaseView::show(const Loaded &loaded)
{
    m_suggestion = loaded.suggestion;
    m_concerns = loaded.concerns;
    render(loaded.c, loaded.posts, loaded.replies);
    updateTriageLine();
    updateChecks();
    m_details->showCase(loaded.c.id);
    emit caseShown(loaded.c.id);
}

void CaseView::showCase(qint64 caseId)
{
    const bool other = caseId != m_caseId;
    if (other) {
        saveDraftNow(); // the draft of the case left, before the box is emptied
        m_restoringDraft = true;
        m_editor->clear();
        m_restoringDraft = false;
        m_chosenCategory.reset();
        m_split = false;
    }
    m_caseId = caseId;
    if (other)
        restoreDraft();
    m_presence->setCase(caseId);
    const quint64 request = ++m_request;
    // The agent mostly goes to the next case: it was read while they looked at this one.
    if (m_prefetched.contains(caseId)) {
        show(m_prefetched.take(caseId));
        return;
    }
    m_store->run<Loaded>(
        this, [caseId, triageState = m_triage](store::CaseStore &s) { return loadCase(s, caseId, triageState.get()); },
        [this, request](Expected<Loaded, store::StoreError> loaded) {
            if (request != m_request)
                return; // the agent moved on to another case
            if (!loaded) {
                m_title->setText(tr("This case cannot be shown"));
                m_meta->setText(loaded.error().message());
                m_thread->clear();
                return;
            }
            show(*loaded);
        });
}

void CaseView::render(const Case &c, const QList<Post> &posts, const QList<Reply> &replies)
{
    m_case = c;
    m_answerPostId = 0;
    m_answerHandle.clear();
    m_answerPrivate = false;
    for (const Post &p : posts) {
        if (!p.fromOwnAccount) {
            m_answerPostId = p.id;
            m_answerHandle = p.author.handle;
            m_answerPrivate = p.privateMessage;
        }
    }
    m_title->setText(c.authorName.isEmpty() ? tr("Case %1").arg(c.id) : c.authorName);
    QStringList meta{channelDisplayName(c.channel), caseStateDisplayName(c.state),
                     tr("%n message(s)", nullptr, c.postCount)};
    if (c.slaDueAt.isValid() && isOpen(c.state))
        meta << tr("answer by %1").arg(QLocale().toString(c.slaDueAt.toLocalTime(), QLocale::ShortFormat));
    if (!c.assignee.isEmpty())
        meta << tr("agent: %1").arg(c.assignee);
    // Messenger only takes a reply within 24 hours of the customer's last message: say how long is left.
    const connectors::MessagingWindow window = connectors::messagingWindow(posts, QDateTime::currentDateTimeUtc());
    m_windowClosed = window.applies && !window.open;
    if (window.applies && window.open && window.closesAt.isValid()) {
        const qint64 left = window.secondsLeft(QDateTime::currentDateTimeUtc());
        meta << tr("Messenger: answer within %1 h %2 min (until %3)")
                    .arg(left / 3600)
                    .arg((left % 3600) / 60)
                    .arg(QLocale().toString(window.closesAt.toLocalTime(), QLocale::ShortFormat));
    } else if (m_windowClosed) {
        meta << tr("Messenger: the 24-hour reply window has closed; answer through another channel");
    }
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    m_thread->clear();
    m_links->clear();
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
        if (p.privateMessage)
            who += QStringLiteral("  ") + tr("(private message)");
        cursor.insertText(who, p.fromOwnAccount ? ownFormat : authorFormat);
        cursor.insertText(QStringLiteral("  ") + QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat),
                          timeFormat);
        // Each post is its own paragraph, so a bidirectional override in one post ends with it.
        cursor.insertBlock(bodyBlock);
        m_links->insertText(cursor, p.text, bodyFormat);
    }
    m_thread->moveCursor(QTextCursor::Start);
    renderReplies(replies);
    updateComposer();
    updatePreview();
}

void CaseView::setPreviewVisible(bool visible)
{
    if (m_previewToggle->isChecked() != visible)
        m_previewToggle->setChecked(visible); // comes back here through toggled
    m_preview->setVisible(visible);
    updatePreview();
}

void CaseView::updatePreview()
{
    if (m_preview->isHidden())
        return;
    const std::optional<Account> account =
        m_caseId && m_accounts ? m_accounts->accountFor(m_case.channel) : std::optional<Account>();
    m_preview->setAudience({m_case.channel, m_answerHandle, m_answerPrivate}, account ? account->name : QString());
    m_preview->setDraft(m_editor->toPlainText());
}

QString CaseView::threadText() const { return m_thread->toPlainText(); }

} // namespace webcare::ui
