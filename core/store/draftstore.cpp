// SPDX-License-Identifier: MIT
#include "draftstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <algorithm>

namespace webcare::store {

DraftStore::DraftStore(const QString &folder)
    : m_dir(folder)
{
    m_dir.mkpath(QStringLiteral("."));
}

QString DraftStore::folderFor(const QString &dataDir, const StoreLocation &location)
{
    const QString identity = location.backend == Backend::Sqlite
                                 ? QStringLiteral("sqlite:") + location.sqlitePath
                                 : location.displayName(); // postgresql://user@host:port/db, no password
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(dataDir).filePath(QStringLiteral("drafts/") + QString::fromLatin1(hash));
}

QString DraftStore::fileName(qint64 caseId) const { return m_dir.filePath(QStringLiteral("case-%1.json").arg(caseId)); }

std::optional<Draft> DraftStore::save(const Draft &draft)
{
    if (draft.caseId <= 0)
        return std::nullopt;
    Draft out = draft;
    if (out.idempotencyKey.isEmpty()) {
        if (const auto old = load(draft.caseId))
            out.idempotencyKey = old->idempotencyKey;
    }
    if (out.idempotencyKey.isEmpty())
        out.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!out.updatedAt.isValid())
        out.updatedAt = QDateTime::currentDateTimeUtc();
    const QJsonObject json{{QLatin1String("caseId"), out.caseId},
                           {QLatin1String("text"), out.text},
                           {QLatin1String("idempotencyKey"), out.idempotencyKey},
                           {QLatin1String("queued"), out.queued},
                           {QLatin1String("updatedAt"), out.updatedAt.toString(Qt::ISODateWithMs)},
                           {QLatin1String("accountId"), out.accountId},
                           {QLatin1String("answersPostId"), out.answersPostId},
                           {QLatin1String("parts"), QJsonArray::fromStringList(out.parts)},
                           {QLatin1String("openFlags"), QJsonArray::fromStringList(out.openFlags)},
                           {QLatin1String("agent"), out.agent},
                           {QLatin1String("signature"), out.signature}};
    QSaveFile file(fileName(out.caseId));
    // Drafts are the agent's words to a customer: readable by this user only.
    if (!file.open(QIODevice::WriteOnly))
        return std::nullopt;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return std::nullopt;
    return out;
}

std::optional<Draft> DraftStore::load(qint64 caseId) const
{
    QFile file(fileName(caseId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty())
        return std::nullopt;
    Draft d;
    d.caseId = json.value(QLatin1String("caseId")).toInteger();
    d.text = json.value(QLatin1String("text")).toString();
    d.idempotencyKey = json.value(QLatin1String("idempotencyKey")).toString();
    d.queued = json.value(QLatin1String("queued")).toBool();
    d.updatedAt = QDateTime::fromString(json.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
    d.accountId = json.value(QLatin1String("accountId")).toInteger();
    d.answersPostId = json.value(QLatin1String("answersPostId")).toInteger();
    const auto strings = [&json](const char *key) {
        QStringList list;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            list << v.toString();
        return list;
    };
    d.parts = strings("parts");
    d.openFlags = strings("openFlags");
    d.agent = json.value(QLatin1String("agent")).toString();
    d.signature = json.value(QLatin1String("signature")).toString();
    if (d.caseId != caseId)
        return std::nullopt;
    return d;
}

bool DraftStore::remove(qint64 caseId) { return QFile::remove(fileName(caseId)) || !QFile::exists(fileName(caseId)); }

QList<Draft> DraftStore::all() const
{
    QList<Draft> out;
    const QStringList files = m_dir.entryList({QStringLiteral("case-*.json")}, QDir::Files);
    for (const QString &name : files) {
        const qint64 id = name.mid(5, name.size() - 10).toLongLong();
        if (auto d = load(id))
            out << *d;
    }
    std::sort(out.begin(), out.end(), [](const Draft &a, const Draft &b) { return a.updatedAt < b.updatedAt; });
    return out;
}

} // namespace webcare::store
