// SPDX-License-Identifier: MIT
#include "teamconfig.h"

#include <QRegularExpression>

namespace webcare::domain {

QString initialsOf(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s\-]+)"));
    QString out;
    for (const QString &part : name.split(separators, Qt::SkipEmptyParts)) {
        const QChar first = part.at(0);
        // "de", "van", "ter": Dutch family-name particles are written lower case and not part of the initials.
        if (first.isLetter() && (first.isUpper() || out.isEmpty()))
            out.append(first.toUpper());
    }
    return out;
}

QString signatureFor(const SignatureConvention &convention, const QString &name, const QString &login)
{
    QString initials = initialsOf(name);
    if (initials.isEmpty())
        initials = login.left(2).toUpper();
    const QString first = name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    QString out = convention.format.isEmpty() ? QStringLiteral("^{initials}") : convention.format;
    out.replace(QLatin1String("{initials}"), initials);
    out.replace(QLatin1String("{first}"), first.isEmpty() ? login : first);
    out.replace(QLatin1String("{login}"), login);
    return out.trimmed();
}

QString effectiveSignature(const Agent &agent, const SignatureConvention &convention)
{
    if (!agent.signature.trimmed().isEmpty())
        return agent.signature.trimmed();
    return signatureFor(convention, agent.displayName == agent.login ? QString() : agent.displayName, agent.login);
}

} // namespace webcare::domain
