// SPDX-License-Identifier: MIT
#include "config/teamsetup.h"

#include "composer/templates.h"
#include "config/teamconfigjson.h"
#include "store/casestore.h"
#include "store/teamconfigrepository.h"

namespace webcare::config {

Expected<QJsonObject, store::StoreError> exportConfiguration(store::CaseStore &store)
{
    auto loaded = store.config().load();
    if (!loaded)
        return unexpected(loaded.error());
    return toJson(*loaded);
}

Expected<int, QStringList> importConfiguration(store::CaseStore &store, const QByteArray &json, const QString &actor)
{
    auto parsed = parseConfiguration(json);
    if (!parsed)
        return unexpected(parsed.error());
    auto changed = store.config().replace(parsed->config, parsed->sections, actor);
    if (!changed)
        return unexpected(QStringList{changed.error().message()});
    return *changed;
}

QString signatureOf(const domain::TeamConfiguration &config, const QString &login)
{
    for (const domain::Agent &a : config.agents)
        if (a.login == login)
            return domain::effectiveSignature(a, config.tone.signature);
    return domain::signatureFor(config.tone.signature, QString(), login);
}

void applyTeamVoice(composer::CheckContext &context, const domain::TeamConfiguration &config, const QString &login)
{
    context.style = composer::addressStyleFromKey(config.tone.addressStyle).value_or(composer::AddressStyle::Je);
    context.signature = login.isEmpty() ? QString() : signatureOf(config, login);
    context.signatureConvention = config.tone.signature.ownLine ? composer::SignatureConvention::OwnLine
                                                                : composer::SignatureConvention::EndOfText;
    context.approvedSources.clear();
    for (const domain::KnowledgeSource &s : config.sources)
        context.approvedSources << s.url;
    // The team's own names are words, not spelling mistakes.
    for (const QString &w : config.brand)
        context.knownWords << w.split(u' ', Qt::SkipEmptyParts);
    if (!config.tone.teamName.isEmpty())
        context.knownWords << config.tone.teamName.split(u' ', Qt::SkipEmptyParts);
}

QList<store::OwnAccount> ownAccountsOf(const domain::TeamConfiguration &config)
{
    QList<store::OwnAccount> accounts;
    for (const domain::OwnHandle &h : config.ownAccounts) {
        store::OwnAccount a;
        a.channel = h.channel;
        // A connected account's own row holds its platform id already; the anonymiser matches it by handle.
        a.platformId = h.connected ? QString() : store::handEnteredPlatformId(h.handle);
        a.handle = h.handle;
        a.displayName = h.handle.startsWith(u'@') ? h.handle.mid(1) : h.handle;
        accounts << a;
    }
    return accounts;
}

bool mayEditConfiguration(const domain::TeamConfiguration &config, const QString &login)
{
    const bool anySupervisor =
        std::any_of(config.agents.cbegin(), config.agents.cend(), [](const domain::Agent &a) { return a.supervisor; });
    if (!anySupervisor)
        return true;
    return std::any_of(config.agents.cbegin(), config.agents.cend(),
                       [&](const domain::Agent &a) { return a.supervisor && a.login == login; });
}

QList<composer::Finding> checkTemplate(const domain::TextTemplate &t, const domain::TeamConfiguration &config,
                                       const composer::Speller *speller)
{
    composer::CheckContext context;
    applyTeamVoice(context, config, QString());
    context.channel = t.channel.value_or(domain::Channel::X);
    context.signature = domain::signatureFor(config.tone.signature, QStringLiteral("Jan Bakker"), QString());
    context.customerName = QStringLiteral("Anna");
    context.speller = speller;
    context.spellingSuggestions = false;
    const composer::FilledTemplate filled =
        composer::fillTemplate(t.text, {{QStringLiteral("naam"), context.customerName},
                                        {QStringLiteral("agent"), context.signature},
                                        {QStringLiteral("bron"), composer::sourceFor(config.sources, t)}});
    QList<composer::Finding> findings = filled.findings;
    // A template that only helps an agent start may leave the signature to them.
    const bool signs = t.text.contains(QLatin1String("{agent}"));
    for (const composer::Finding &f : composer::check(filled.text, context))
        if (signs || f.rule != QString::fromUtf16(composer::rule::signatureMissing))
            findings << f;
    return findings;
}

} // namespace webcare::config
