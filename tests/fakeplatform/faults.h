// SPDX-License-Identifier: MIT
#pragma once

#include "http.h"
#include "platform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

// Faults injected by the tests (POST /_fake/fault): the next N requests whose path starts with a prefix get a
// broken answer instead of (or on top of) the normal one.
namespace webcare::fake {

struct Fault {
    int id = 0;
    QString pathPrefix;
    QByteArray method; // empty: any method
    FaultKind kind = FaultKind::ServerError;
    int remaining = 1;
    double seconds = 0; // delay, or how far ahead a 429's reset lies
    int variant = 0;    // which of the platform's known body shapes (429)
    int status = 0;     // overrides the HTTP status of an error answer; 0: the platform's own
    // Whether the request still takes effect (a reply is created although the answer is lost). By default the
    // content faults and delay take effect, and 429, 500, 503, reset and timeout do not.
    bool apply = false;
};

QString faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(const QString &name);

class FaultPlan {
public:
    // Adds a fault described as in POST /_fake/fault; returns its id, or 0 and sets `error`.
    int add(const QJsonObject &spec, QString *error);
    // The fault for this request, if any (counts it).
    std::optional<Fault> take(const Request &request);
    QJsonArray pending() const;
    void clear() { m_faults.clear(); }

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
};

// Answer transformations for the content faults. `textKey` names a post's text in the platform's JSON.
QByteArray malformedJson(const QByteArray &body);
QByteArray hugeJson(const QByteArray &body, qint64 minimumBytes);
QByteArray withInvalidUtf8(const QByteArray &body, const QByteArray &textKey);
QByteArray withHtml(const QByteArray &body, const QByteArray &textKey);

} // namespace webcare::fake
