// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// What the privacy functions did, for the command line and the audit trail.
struct PrivacyResult {
    int cases = 0;
    int posts = 0;
    int authors = 0;
};

// Retention, export and erasure of personal data.
class PrivacyRepository final : Repository {
public:
    using Repository::Repository;

    // Privacy, each recorded in the audit trail with `actor`. Resolved cases without activity
    // for `days` days lose their personal data: post texts and payloads, author names and handles, reply texts,
    // notes and department questions. Cases stay (for the reports' counts); anonymised cases are not touched again.
    Expected<PrivacyResult, StoreError> applyRetention(int days, const QString &actor, const QDateTime &nowUtc = {});
    // One author's data on request, by channel and handle (or platform id): everything they wrote, as JSON.
    Expected<QByteArray, StoreError> exportAuthor(domain::Channel channel, const QString &handleOrId,
                                                  const QString &actor);
    // Erasure on request: the author's posts and identity are anonymised as by the retention period.
    Expected<PrivacyResult, StoreError> eraseAuthor(domain::Channel channel, const QString &handleOrId,
                                                    const QString &actor);

private:
    Expected<void, StoreError> anonymiseCases(const QList<qint64> &caseIds, PrivacyResult &result);
    Expected<qint64, StoreError> findAuthor(domain::Channel channel, const QString &handleOrId);
};

} // namespace webcare::store
