// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// Where a stream of an account (mentions, search, direct messages …) has been read up to.
struct CursorUpdate {
    qint64 accountId = 0;
    QString stream;
    QString cursor;
};

struct UpsertResult {
    int inserted = 0;
    int known = 0;
    QList<qint64> touchedCases;
};

// Posts fetched by the sync, and where each stream was read up to.
class IngestRepository final : Repository {
public:
    using Repository::Repository;

    // Idempotent by (channel, platform id): a post seen twice is stored once. All posts of one call, and the
    // cursors that cover them, are stored in one transaction, or none are: a crash between fetching and storing
    // makes the sync fetch again, never skip.
    Expected<UpsertResult, StoreError> upsertPosts(QList<domain::Post> posts, const QList<CursorUpdate> &cursors = {});
    // The stored cursor of a stream; empty when the stream was never read.
    Expected<QString, StoreError> cursor(qint64 accountId, const QString &stream);
    // Which of these platform ids the store already has.
    Expected<QSet<QString>, StoreError> knownPlatformIds(domain::Channel channel, const QStringList &platformIds);
};

} // namespace webcare::store
