// SPDX-License-Identifier: MIT
#pragma once

#include "payload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// Small pieces shared by the platform parsers (internal to ingest/).
namespace webcare::ingest::detail {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Ingest)
};

// Ids arrive as strings (X, Mastodon, Facebook) or integers (Discourse); a string keeps all 64 bits.
inline QString idString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

inline QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// Checks the fields every post needs; returns the reason when one is missing, or an empty string.
inline QString missingField(const domain::Post &p)
{
    if (p.platformId.isEmpty())
        return Text::tr("the item has no id");
    if (!p.createdAt.isValid())
        return Text::tr("the item has no valid creation time");
    if (p.author.platformId.isEmpty())
        return Text::tr("the item has no author");
    return {};
}

inline void accept(ParsedPayload &out, domain::Post post)
{
    if (const QString why = missingField(post); !why.isEmpty())
        out.rejected << Rejection{post.platformId, why};
    else
        out.posts << std::move(post);
}

} // namespace webcare::ingest::detail
