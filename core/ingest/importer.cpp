// SPDX-License-Identifier: MIT
#include "importer.h"

#include "parsehelpers.h"
#include "store/accountrepository.h"
#include "store/casedetailsrepository.h"
#include "store/ingestrepository.h"
#include "store/triagerepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace webcare::ingest {

namespace {

ImportReport storeParsed(store::CaseStore &store, ParsedPayload parsed, const QString &sourceName)
{
    ImportReport report;
    report.source = sourceName;
    report.rejected = parsed.rejected;
    auto stored = store.ingest().upsertPosts(std::move(parsed.posts));
    if (!stored) {
        report.storeError = stored.error();
        return report;
    }
    report.inserted = stored->inserted;
    report.known = stored->known;
    return report;
}

} // namespace

ImportReport importPayload(store::CaseStore &store, domain::Channel channel, const QByteArray &json,
                           const QString &sourceName)
{
    auto parsed = parsePayload(channel, json, sourceName);
    if (!parsed) {
        ImportReport report;
        report.source = sourceName;
        report.parseError = parsed.error();
        return report;
    }
    return storeParsed(store, std::move(*parsed), sourceName);
}

ImportReport importFile(store::CaseStore &store, domain::Channel channel, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.source = path;
        report.parseError =
            ParseError{path, 0, 0, detail::Text::tr("cannot read the file (%1)").arg(file.errorString())};
        return report;
    }
    return importPayload(store, channel, file.readAll(), path);
}

QList<store::OwnAccount> demoOwnAccounts()
{
    using domain::Channel;
    return {
        {Channel::X, QStringLiteral("1580000000000000001"), QStringLiteral("DuinzichtHelpt"),
         QStringLiteral("Duinzicht Verzekeringen")},
        {Channel::Mastodon, QStringLiteral("109000000000000001"), QStringLiteral("@duinzicht"),
         QStringLiteral("Duinzicht Verzekeringen")},
        {Channel::Facebook, QStringLiteral("104000000000001"), QString(), QStringLiteral("Duinzicht Verzekeringen")},
        {Channel::Discourse, QStringLiteral("Duinzicht_Team"), QStringLiteral("Duinzicht_Team"),
         QStringLiteral("Duinzicht Team")},
    };
}

QList<std::pair<domain::Channel, QString>> demoFeedFiles()
{
    using domain::Channel;
    return {
        {Channel::X, QStringLiteral(":/demo/x_mentions.json")},
        {Channel::Mastodon, QStringLiteral(":/demo/mastodon_notifications.json")},
        {Channel::Facebook, QStringLiteral(":/demo/facebook_feed.json")},
        {Channel::Discourse, QStringLiteral(":/demo/discourse_posts.json")},
    };
}

QList<ImportReport> importDemoFeed(store::CaseStore &store, const std::function<QDateTime(double)> &placeAt)
{
    QList<ImportReport> reports;
    for (const store::OwnAccount &account : demoOwnAccounts()) {
        if (auto r = store.accounts().addOwnAccount(account); !r) {
            ImportReport failed;
            failed.source = QStringLiteral("demo");
            failed.storeError = r.error();
            return {failed};
        }
    }
    // The demo team's triage words, unless the team already set its own.
    QFile team(QStringLiteral(":/demo/triage-team.json"));
    if (team.open(QIODevice::ReadOnly)) {
        const QJsonObject words = QJsonDocument::fromJson(team.readAll()).object();
        for (const char *kind : {"brand", "campaign", "employee"}) {
            auto current = store.triage().triageTerms(QLatin1String(kind));
            if (!current || !current->isEmpty())
                continue;
            QStringList terms;
            for (const QJsonValue &v : words.value(QLatin1String(kind)).toArray())
                terms << v.toString();
            if (auto r = store.triage().setTriageTerms(QLatin1String(kind), terms); !r) {
                ImportReport failed;
                failed.source = QStringLiteral("demo");
                failed.storeError = r.error();
                return {failed};
            }
        }
    }
    // The demo team's tag list (voice-of-the-customer tags included), unless the team already has one.
    if (auto r = store.details().seedDefaultTagCatalog(); !r) {
        ImportReport failed;
        failed.source = QStringLiteral("demo");
        failed.storeError = r.error();
        return {failed};
    }
    // Read whole first: the feed's week is moved as one.
    QList<std::pair<QString, Expected<ParsedPayload, ParseError>>> feed;
    QDateTime first, last;
    for (const auto &[channel, path] : demoFeedFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            feed.append(
                {path, unexpected(ParseError{path, 0, 0,
                                             detail::Text::tr("cannot read the file (%1)").arg(file.errorString())})});
            continue;
        }
        auto parsed = parsePayload(channel, file.readAll(), path);
        if (parsed) {
            for (const domain::Post &p : std::as_const(parsed->posts)) {
                if (!first.isValid() || p.createdAt < first)
                    first = p.createdAt;
                if (!last.isValid() || p.createdAt > last)
                    last = p.createdAt;
            }
        }
        feed.append({path, std::move(parsed)});
    }
    for (auto &[path, parsed] : feed) {
        if (!parsed) {
            ImportReport failed;
            failed.source = path;
            failed.parseError = parsed.error();
            reports << failed;
            continue;
        }
        if (placeAt && first.isValid()) {
            // The post's place in the feed's week, 0 (first) to 1 (last): order and conversations are kept.
            const double span = double(std::max<qint64>(1, first.msecsTo(last)));
            for (domain::Post &p : parsed->posts)
                p.createdAt = placeAt(double(first.msecsTo(p.createdAt)) / span).toUTC();
        }
        reports << storeParsed(store, std::move(*parsed), path);
    }
    return reports;
}

Expected<int, store::StoreError> addDemoAccounts(store::CaseStore &store)
{
    auto existing = store.accounts().all();
    if (!existing)
        return unexpected(existing.error());
    int added = 0;
    for (const store::OwnAccount &own : demoOwnAccounts()) {
        const bool has = std::any_of(existing->cbegin(), existing->cend(),
                                     [&own](const domain::Account &a) { return a.channel == own.channel; });
        if (has)
            continue;
        domain::Account a;
        a.channel = own.channel;
        a.status = domain::Account::Status::Paused; // never synced, never sends
        a.baseUrl = QStringLiteral("demo:");
        a.platformUserId = own.platformId;
        a.handle = own.handle;
        a.name = detail::Text::tr("%1 (demo)").arg(own.handle.isEmpty() ? own.displayName : own.handle);
        auto id = store.accounts().addAccount(a);
        if (!id)
            return unexpected(id.error());
        existing->append(a);
        ++added;
    }
    return added;
}

} // namespace webcare::ingest
