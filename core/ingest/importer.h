// SPDX-License-Identifier: MIT
#pragma once

#include "payload.h"
#include "store/accountrepository.h"
#include "store/casestore.h"

#include <functional>
#include <optional>

namespace webcare::ingest {

// What one payload (a file, an API response) did to the store.
struct ImportReport {
    QString source;
    int inserted = 0;                            // new posts
    int known = 0;                               // already in the store (idempotent upsert)
    QList<Rejection> rejected;                   // items that could not be used, with the reason
    std::optional<ParseError> parseError;        // the payload as a whole was unreadable: nothing stored
    std::optional<store::StoreError> storeError; // the store refused: nothing stored
    bool ok() const { return !parseError && !storeError; }
};

// The one import path: the demo feed, `webcaredesk import` and the connectors all store posts through it.
// A payload is stored whole (one transaction) or not at all.
ImportReport importPayload(store::CaseStore &store, domain::Channel channel, const QByteArray &json,
                           const QString &sourceName);
ImportReport importFile(store::CaseStore &store, domain::Channel channel, const QString &path);

// The bundled demo feed of the fictional insurer "Duinzicht Verzekeringen": its own accounts and four payloads.
// With `placeAt`, each post is moved to placeAt(its place in the feed's week, 0 for the first post to 1 for the
// last), so the demo can look like a day of work whatever the date (demo/demostore.h); without, the posts keep
// their dates (tests compare them with the labels).
QList<ImportReport> importDemoFeed(store::CaseStore &store, const std::function<QDateTime(double)> &placeAt = {});
// Paused accounts for the demo's own accounts (one per channel that has none, base URL "demo:"), so that an agent
// trying the demo can answer: replies wait in the outbox, as for any paused account, and nothing is sent. Returns
// how many were added; a second call adds none.
Expected<int, store::StoreError> addDemoAccounts(store::CaseStore &store);
// Its own accounts and its payload files (Qt resource paths), for tools that read the feed without a store.
QList<store::OwnAccount> demoOwnAccounts();
QList<std::pair<domain::Channel, QString>> demoFeedFiles();

} // namespace webcare::ingest
