// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "domain/teamconfig.h"
#include "store/casedetailsrepository.h"
#include "store/outboxrepository.h"
#include "triage/triager.h"

#include <memory>
#include <optional>

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace webcare::store {
class StoreService;
class DraftStore;
struct Draft;
struct ReplySubmission;
} // namespace webcare::store
namespace webcare::accounts {
class AccountService;
}
namespace webcare::outbox {
class ReplyOutbox;
struct ReplyRequest;
} // namespace webcare::outbox
namespace webcare::workflow {
class PresenceHub;
class PresenceTracker;
} // namespace webcare::workflow
namespace webcare::triage {
class TriageState;
}

namespace webcare::ui {

class ComposerAssistant;
class CaseDetailsPanel;
class LinkGuard;
class ReplyPreview;

// One case: who, where, its state, the whole conversation oldest first, our replies with their outbox state, and
// a reply box. Post text is inserted as plain text, never interpreted as markup.
class CaseView final : public QWidget {
    Q_OBJECT
public:
    // Replies go through `outbox`, the app's one way to the store's outbox (queued while offline, captured in
    // training); `accounts` and `outbox` may be null for a view that cannot send.
    CaseView(store::StoreService *store, accounts::AccountService *accounts, outbox::ReplyOutbox *outbox,
             QWidget *parent = nullptr);
    ~CaseView() override;
    Q_DISABLE_COPY_MOVE(CaseView)

    // Where what the agent types is kept until it is stored as a reply (one file per case, written 500 ms after the
    // last key stroke); null: nothing kept. A case shown again gets its draft back, also after a restart or crash.
    // The store is kept by the reply outbox, which queues what was sent from it while the team database is away.
    void setDraftStore(std::shared_ptr<store::DraftStore> drafts);
    store::DraftStore *draftStore() const { return drafts(); }
    // Writes the draft of the case shown now instead of after the pause.
    void saveDraftNow();
    // Team mode: false while the team database cannot be reached (Send then keeps the reply queued here).
    bool isConnected() const;

    // Everything shown of one case.
    struct Loaded {
        domain::Case c;
        QList<domain::Post> posts;
        QList<domain::Reply> replies;
        std::optional<triage::Suggestion> suggestion;
        QList<store::RelatedCase> concerns; // the customer's other cases still waiting for us (triage::openConcerns)
    };

    void showCase(qint64 caseId);
    // Reads a case in the background so that showing it next takes no store round trip ("next" is the usual move).
    void prefetch(qint64 caseId);
    // Drops what was read ahead (cases changed: new posts, decisions, replies).
    void forgetPrefetched();
    // Shows the current case again (its replies changed, new posts arrived).
    void reload();
    void clear();
    qint64 caseId() const { return m_caseId; }
    // The thread as shown, as plain text (for tests and copying).
    QString threadText() const;
    // The replies as listed under the thread, one line each (for tests).
    QStringList replyLines() const;
    QPlainTextEdit *replyEditor() const { return m_editor; }
    void setAgent(const QString &login);
    // The team's configuration: its voice (je/u, signature convention), the agents' signatures, its templates and
    // knowledge base, as the composer uses them.
    void setTeamConfiguration(const domain::TeamConfiguration &config);
    ComposerAssistant *composer() const { return m_assistant; }
    void setTrainingMode(bool training);
    // Shows the triage suggestion for the customer's latest post (rules and the team's model).
    void setTriage(std::shared_ptr<triage::TriageState> triage) { m_triage = std::move(triage); }
    std::optional<triage::Suggestion> suggestion() const { return m_suggestion; }
    QString triageLine() const;
    // The category the agent picked by keyboard for this case, shown beside the suggestion.
    void setChosenCategory(std::optional<triage::Category> category);
    std::optional<triage::Category> chosenCategory() const { return m_chosenCategory; }
    // Customer, earlier cases, tags, notes and the audit trail of the case shown.
    CaseDetailsPanel *details() const { return m_details; }
    // The thread's links, opened only after confirmation.
    LinkGuard *links() const { return m_links; }
    // The reply as it will be posted (toggled with Ctrl+P).
    ReplyPreview *preview() const { return m_preview; }
    void setPreviewVisible(bool visible);
    // Collision: the process's presence hub (shared with other windows); the store carries it to other desks.
    void setPresenceHub(workflow::PresenceHub *hub);
    workflow::PresenceTracker *presence() const { return m_presence; }
    // "Anna has this case open" / "Anna is writing a reply", as shown above the case (empty: no one else).
    QString presenceText() const;
    // A draft over the channel's limit can go as a numbered thread (1/n … n/n): offered, then shown part by part.
    bool splitOffered() const;
    bool isSplit() const { return m_split; }
    QStringList threadParts() const { return m_parts; }

    // What Send would submit now: the text, the thread's parts, the findings still open, who signs it.
    outbox::ReplyRequest currentRequest() const;

public slots:
    // Splits an over-long draft into a numbered thread (again: back to one post).
    void toggleSplit();

    // Hands the reply box's text (or its thread parts) to the reply outbox: the outbox of the case's account, a
    // supervisor's approval when four-eyes asks for it, or kept for review in training.
    void sendReply();

signals:
    void caseShown(qint64 caseId);
    // A reply was queued; it leaves when its account's worker sends it.
    void replyQueued(qint64 caseId, qint64 replyId);
    // The agent opened another case of the same customer from the details.
    void caseRequested(qint64 caseId);
    // A reply (or thread) waits for a supervisor's approval.
    void replyAwaitingApproval(qint64 caseId, qint64 replyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(const domain::Case &c, const QList<domain::Post> &posts, const QList<domain::Reply> &replies);
    void renderReplies(const QList<domain::Reply> &replies);
    void show(const Loaded &loaded);
    void updateComposer();
    void updateChecks();
    void updateSignature();
    void updateTriageLine();
    void updatePresence();
    void updateSplit(const QString &text, bool over);
    void retranslate();
    void updatePreview();
    void restoreDraft();
    // A reply of this case reached the store: the box empties.
    void onReplyStored(qint64 caseId);
    store::DraftStore *drafts() const;

    store::StoreService *m_store;
    accounts::AccountService *m_accounts;
    outbox::ReplyOutbox *m_outbox;
    QLabel *m_title;
    QLabel *m_meta;
    QTextBrowser *m_thread;
    QLabel *m_triageLine;
    std::shared_ptr<triage::TriageState> m_triage;
    std::optional<triage::Suggestion> m_suggestion;
    QList<store::RelatedCase> m_concerns;
    std::optional<triage::Category> m_chosenCategory;
    QWidget *m_repliesBox;
    QVBoxLayout *m_repliesLayout;
    QPlainTextEdit *m_editor;
    QLabel *m_via;
    QLabel *m_length;
    QPushButton *m_send;
    QPushButton *m_splitButton;
    QLabel *m_threadPreview;
    QLabel *m_presenceBanner;
    workflow::PresenceTracker *m_presence = nullptr;
    bool m_split = false;
    QStringList m_parts;
    QListWidget *m_findings;
    ComposerAssistant *m_assistant;
    QString m_signature;
    domain::TeamConfiguration m_team;
    domain::Case m_case;
    qint64 m_answerPostId = 0;   // the customer's latest post: what a reply answers
    bool m_windowClosed = false; // Messenger's 24-hour window has passed: no reply can be sent
    QString m_agent;
    bool m_training = false;
    qint64 m_caseId = 0;
    quint64 m_request = 0;
    CaseDetailsPanel *m_details;
    LinkGuard *m_links;
    ReplyPreview *m_preview;
    QPushButton *m_previewToggle;
    QString m_answerHandle;       // the customer answered, as the preview names them
    bool m_answerPrivate = false; // the answered post is a direct message
    QHash<qint64, Loaded> m_prefetched;
    quint64 m_prefetchGeneration = 0;
    QTimer *m_draftTimer;
    bool m_restoringDraft = false; // the box is being filled from a draft: nothing new to save
    bool m_draftQueued = false;    // the case's draft waits for the connection to come back
};

} // namespace webcare::ui
