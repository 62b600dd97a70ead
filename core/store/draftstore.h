// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "storelocation.h"

namespace webcare::store {

// What an agent has typed for a case and not yet sent, kept on this workstation (one small file per case under the
// app data folder), so that nothing typed is lost when the team database goes away or the app stops.
struct Draft {
    qint64 caseId = 0;
    QString text;
    // Made once per draft and given to OutboxRepository::approveReply: queueing it again after a lost connection finds
    // the reply already queued instead of sending it twice.
    QString idempotencyKey;
    bool queued = false; // "send" was pressed; the draft stays until the store confirmed the queued reply
    QDateTime updatedAt;
    // Kept from the moment "send" was pressed, so that queueing the draft again stores what the agent sent: the
    // account and the post it answers, the parts of a numbered thread, the findings still open, who signs it.
    qint64 accountId = 0;
    qint64 answersPostId = 0;
    QStringList parts{};
    QStringList openFlags{};
    QString agent{};
    QString signature{};
};

class DraftStore final {
public:
    explicit DraftStore(const QString &folder);
    Q_DISABLE_COPY_MOVE(DraftStore)

    QString folder() const { return m_dir.path(); }
    // The drafts of one store below `dataDir` (the app data folder): drafts/<hash of the store's address>, so that
    // the live and the training store (or two team databases) never share drafts. The password plays no part.
    static QString folderFor(const QString &dataDir, const StoreLocation &location);
    // Writes atomically (a crash leaves the old or the new draft, never half of one). Keeps the idempotency key
    // of an existing draft when the given one has none. Returns the draft as saved.
    std::optional<Draft> save(const Draft &draft);
    std::optional<Draft> load(qint64 caseId) const;
    bool remove(qint64 caseId);
    // Every draft kept, oldest first (e.g. to queue again the ones marked queued after a reconnect).
    QList<Draft> all() const;

private:
    QString fileName(qint64 caseId) const;
    QDir m_dir;
};

} // namespace webcare::store
