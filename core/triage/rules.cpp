// SPDX-License-Identifier: MIT
#include "rules.h"

#include "tokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace webcare::triage {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TriageRules)
};

// Phrases are written as the tokenizer reads them: lower case, words separated by single spaces.
const QStringList complaintPhrases{
    // Dutch
    QStringLiteral("nog steeds geen"), QStringLiteral("nog steeds niet"), QStringLiteral("nog steeds niks"),
    QStringLiteral("nog steeds niets"), QStringLiteral("nog niks gehoord"), QStringLiteral("nog niets gehoord"),
    QStringLiteral("niks meer gehoord"), QStringLiteral("niets meer gehoord"), QStringLiteral("geen reactie"),
    QStringLiteral("niet beantwoord"), QStringLiteral("ben het zat"), QStringLiteral("ben het spuugzat"),
    QStringLiteral("schandalig"), QStringLiteral("belachelijk"), QStringLiteral("waardeloos"),
    QStringLiteral("niet oké"), QStringLiteral("niet ok"), QStringLiteral("kom op zeg"), QStringLiteral("ongelooflijk"),
    QStringLiteral("wacht al"), QStringLiteral("wachten al"), QStringLiteral("in de wacht"),
    QStringLiteral("verbinding verbroken"), QStringLiteral("teleurgesteld"), QStringLiteral("klacht"),
    QStringLiteral("ander verhaal"), QStringLiteral("wat anders"), QStringLiteral("graag duidelijkheid"),
    QStringLiteral("slechte service"), QStringLiteral("onacceptabel"), QStringLiteral("niet normaal"),
    QStringLiteral("boos"), QStringLiteral("woedend"), QStringLiteral("bizar"), QStringLiteral("afgezet"),
    QStringLiteral("niemand te pakken"), QStringLiteral("niemand bereikbaar"), QStringLiteral("wordt niet"),
    QStringLiteral("zonder bericht"), QStringLiteral("geen excuses"), QStringLiteral("nooit meer"),
    QStringLiteral("lekt"), QStringLiteral("dit is echt"), QStringLiteral("bah"), QStringLiteral("zwaar teleurgesteld"),
    QStringLiteral("afgewezen"), QStringLiteral("weigeren"), QStringLiteral("weigert"), QStringLiteral("opgelicht"),
    QStringLiteral("frustrerend"), QStringLiteral("irritant"), QStringLiteral("ergerlijk"),
    QStringLiteral("teleurstellend"), QStringLiteral("slecht"), QStringLiteral("🙄"),
    // Dutch: complaints stated as facts
    QStringLiteral("twee keer afgeschreven"), QStringLiteral("dubbel afgeschreven"),
    QStringLiteral("toch afgeschreven"), QStringLiteral("nog steeds afgeschreven"), QStringLiteral("terwijl ik"),
    QStringLiteral("niet gestort"), QStringLiteral("niet ontvangen"), QStringLiteral("niet betaald"),
    QStringLiteral("niet uitbetaald"), QStringLiteral("stopgezet"), QStringLiteral("geblokkeerd"),
    QStringLiteral("van het kastje naar de muur"), QStringLiteral("ga overstappen"), QStringLiteral("stap over"),
    QStringLiteral("zeg ik op"), QStringLiteral("nog niemand"), QStringLiteral("nog geen reactie"),
    QStringLiteral("nog geen antwoord"), QStringLiteral("tweede keer"), QStringLiteral("derde keer"),
    QStringLiteral("voor de zoveelste keer"), QStringLiteral("wéér"), QStringLiteral("alweer"),
    QStringLiteral("weer eens"), QStringLiteral("nu dit"), QStringLiteral("slaat nergens op"),
    QStringLiteral("niet blij"), QStringLiteral("zo blij niet"), QStringLiteral("excuus is leuk"),
    QStringLiteral("heb ik niks aan"), QStringLiteral("kwijtgeraakt"), QStringLiteral("te laat"),
    QStringLiteral("weken geleden"), QStringLiteral("geen geld"), QStringLiteral("kan niks"),
    QStringLiteral("bedankt voor niks"), QStringLiteral("dank voor niks"), QStringLiteral("top service hoor"),
    QStringLiteral("echt top hoor"),
    // English
    QStringLiteral("still no"), QStringLiteral("still waiting"), QStringLiteral("unacceptable"),
    QStringLiteral("disappointed"), QStringLiteral("ridiculous"), QStringLiteral("terrible"), QStringLiteral("worst"),
    QStringLiteral("no response"), QStringLiteral("fed up"), QStringLiteral("still hasn't"),
    QStringLiteral("still haven't"), QStringLiteral("still not"), QStringLiteral("still don't"),
    QStringLiteral("once again"), QStringLiteral("again ?"), QStringLiteral("again !"), QStringLiteral("on hold"),
    QStringLiteral("been waiting"), QStringLiteral("waiting for"), QStringLiteral("charged twice"),
    QStringLiteral("double charged"), QStringLiteral("charged me"), QStringLiteral("got charged"),
    QStringLiteral("overcharged"), QStringLiteral("refund"), QStringLiteral("lost my"),
    QStringLiteral("lost a customer"), QStringLiteral("lost my business"), QStringLiteral("never again"),
    QStringLiteral("not happy"), QStringLiteral("so frustrating"), QStringLiteral("frustrated"),
    QStringLiteral("awful"), QStringLiteral("horrible"), QStringLiteral("useless"),
    QStringLiteral("thanks for nothing"), QStringLiteral("stop it"), QStringLiteral("please stop"),
    QStringLiteral("tired of"), QStringLiteral("sick of"), QStringLiteral("switching to"), QStringLiteral("cancel my"),
    QStringLiteral("blocked"), QStringLiteral("stuck"), QStringLiteral("hasn't arrived"),
    QStringLiteral("never arrived"), QStringLiteral("never received"), QStringLiteral("no one answers"),
    QStringLiteral("nobody answers"), QStringLiteral("neemt niemand op"), QStringLiteral("niemand neemt op"),
    QStringLiteral("weeks ago"), QStringLiteral("so hard"), QStringLiteral("why is this"), QStringLiteral("asap"),
    // emoji
    QStringLiteral("😡"), QStringLiteral("😤"), QStringLiteral("🤬"), QStringLiteral("👎")};

// A failure customers report; it needs an answer but is not necessarily a complaint about us.
const QStringList problemPhrases{QStringLiteral("werkt niet"),
                                 QStringLiteral("doet het niet"),
                                 QStringLiteral("ligt eruit"),
                                 QStringLiteral("kan niet inloggen"),
                                 QStringLiteral("foutmelding"),
                                 QStringLiteral("error"),
                                 QStringLiteral("not working"),
                                 QStringLiteral("doesn't work"),
                                 QStringLiteral("storing"),
                                 QStringLiteral("lukt niet"),
                                 QStringLiteral("kapot"),
                                 QStringLiteral("ligt er uit"),
                                 QStringLiteral("ligt er wéér uit"),
                                 QStringLiteral("onbereikbaar"),
                                 QStringLiteral("mislukken"),
                                 QStringLiteral("mislukt"),
                                 QStringLiteral("witte pagina"),
                                 QStringLiteral("lukt al"),
                                 QStringLiteral("crasht"),
                                 QStringLiteral("loopt vast"),
                                 QStringLiteral("is down"),
                                 QStringLiteral("keeps crashing"),
                                 QStringLiteral("keeps logging"),
                                 QStringLiteral("won't load"),
                                 QStringLiteral("can't log in"),
                                 QStringLiteral("cannot log in"),
                                 QStringLiteral("fails"),
                                 QStringLiteral("failed"),
                                 QStringLiteral("outage"),
                                 QStringLiteral("is grijs"),
                                 QStringLiteral("kan ik geen"),
                                 QStringLiteral("kan geen"),
                                 QStringLiteral("werkt het niet")};

// Multi-word phrases that ask something even without a question mark.
const QStringList questionPhrases{QStringLiteral("vraagje"),
                                  QStringLiteral("ik heb een vraag"),
                                  QStringLiteral("hoe kan ik"),
                                  QStringLiteral("hoe moet ik"),
                                  QStringLiteral("kan ik"),
                                  QStringLiteral("kun je"),
                                  QStringLiteral("kunnen jullie"),
                                  QStringLiteral("kunt u"),
                                  QStringLiteral("moet ik"),
                                  QStringLiteral("mag ik"),
                                  QStringLiteral("klopt het"),
                                  QStringLiteral("klopt dat"),
                                  QStringLiteral("weet iemand"),
                                  QStringLiteral("ik vraag me af"),
                                  QStringLiteral("wie weet"),
                                  QStringLiteral("hoe zit het"),
                                  QStringLiteral("hoe werkt"),
                                  QStringLiteral("i have a question"),
                                  QStringLiteral("can i"),
                                  QStringLiteral("can you"),
                                  QStringLiteral("how do i"),
                                  QStringLiteral("kann ich"),
                                  QStringLiteral("graag hulp"),
                                  QStringLiteral("help"),
                                  QStringLiteral("hulp nodig"),
                                  QStringLiteral("ik wil graag weten"),
                                  QStringLiteral("wil graag weten"),
                                  QStringLiteral("ik vroeg me af"),
                                  QStringLiteral("kan iemand"),
                                  QStringLiteral("can someone"),
                                  QStringLiteral("can anyone"),
                                  QStringLiteral("anyone know"),
                                  QStringLiteral("does anyone know"),
                                  QStringLiteral("how come"),
                                  QStringLiteral("is it possible"),
                                  QStringLiteral("i'd like to know"),
                                  QStringLiteral("i want to know"),
                                  QStringLiteral("please explain"),
                                  QStringLiteral("leg eens uit"),
                                  QStringLiteral("graag uitleg"),
                                  QStringLiteral("do i have to"),
                                  QStringLiteral("do we have to")};

// The words a question opens with: a sentence that starts so asks something, also without "?".
const QStringList interrogativeOpenings{
    QStringLiteral("hoe"),   QStringLiteral("waarom"), QStringLiteral("wanneer"), QStringLiteral("wat"),
    QStringLiteral("waar"),  QStringLiteral("welke"),  QStringLiteral("wie"),     QStringLiteral("kan"),
    QStringLiteral("kun"),   QStringLiteral("kunnen"), QStringLiteral("mag"),     QStringLiteral("moet"),
    QStringLiteral("klopt"), QStringLiteral("hebben"), QStringLiteral("krijg"),   QStringLiteral("how"),
    QStringLiteral("why"),   QStringLiteral("when"),   QStringLiteral("what"),    QStringLiteral("where"),
    QStringLiteral("which"), QStringLiteral("can"),    QStringLiteral("could"),   QStringLiteral("do"),
    QStringLiteral("does"),  QStringLiteral("did"),    QStringLiteral("is"),      QStringLiteral("are"),
    QStringLiteral("will"),  QStringLiteral("should"), QStringLiteral("weet")};

// A remark webcare should pick up: a missing service, a mistake on the site, a suggestion.
const QStringList pickUpPhrases{QStringLiteral("jammer dat"),       QStringLiteral("ik mis"),
                                QStringLiteral("mis een"),          QStringLiteral("suggestie"),
                                QStringLiteral("zou handig zijn"),  QStringLiteral("misschien handig"),
                                QStringLiteral("zou fijn zijn"),    QStringLiteral("het zou fijn"),
                                QStringLiteral("klopt niet"),       QStringLiteral("staat nog"),
                                QStringLiteral("verouderd"),        QStringLiteral("kan bij andere"),
                                QStringLiteral("would be helpful"), QStringLiteral("be really helpful"),
                                QStringLiteral("would make"),       QStringLiteral("might want to"),
                                QStringLiteral("still shows"),      QStringLiteral("out of date"),
                                QStringLiteral("outdated"),         QStringLiteral("please add"),
                                QStringLiteral("wish you"),         QStringLiteral("why not"),
                                QStringLiteral("other banks"),      QStringLiteral("andere banken")};

// Words that put a question to us rather than to the world.
const QStringList toUsWords{QStringLiteral("jullie"),      QStringLiteral("julie"),
                            QStringLiteral("u"),           QStringLiteral("uw"),
                            QStringLiteral("you"),         QStringLiteral("your"),
                            QStringLiteral("sie"),         QStringLiteral("webcare"),
                            QStringLiteral("mijn polis"),  QStringLiteral("mijn verzekering"),
                            QStringLiteral("mijn schade"), QStringLiteral("dossier"),
                            QStringLiteral("polisnummer"), QStringLiteral("schadenummer"),
                            QStringLiteral("mijn claim"),  QStringLiteral("mijn rekening"),
                            QStringLiteral("mijn premie")};

const QStringList communityPhrases{QStringLiteral("ervaring"),
                                   QStringLiteral("ervaringen"),
                                   QStringLiteral("wie heeft"),
                                   QStringLiteral("iemand anders"),
                                   QStringLiteral("iemand ervaring"),
                                   QStringLiteral("fediverse"),
                                   QStringLiteral("anyone"),
                                   QStringLiteral("tips"),
                                   QStringLiteral("wat vinden jullie"),
                                   QStringLiteral("heeft iemand")};

const QStringList checkInPhrases{QStringLiteral("even bij"),
                                 QStringLiteral("zit bij het"),
                                 QStringLiteral("zit nu bij"),
                                 QStringLiteral("zit in de wachtruimte"),
                                 QStringLiteral("in de wachtruimte"),
                                 QStringLiteral("in de wachtkamer"),
                                 QStringLiteral("bij het kantoor"),
                                 QStringLiteral("op kantoor bij"),
                                 QStringLiteral("langs geweest"),
                                 QStringLiteral("ingecheckt"),
                                 QStringLiteral("checked in"),
                                 QStringLiteral("is at"),
                                 QStringLiteral("op bezoek bij"),
                                 QStringLiteral("aan de balie"),
                                 QStringLiteral("#checkin"),
                                 QStringLiteral("i'm at"),
                                 QStringLiteral("is bij"),
                                 QStringLiteral("here with"),
                                 QStringLiteral("wachtkamer van"),
                                 QStringLiteral("at the")};

const QStringList complimentPhrases{QStringLiteral("dank"),
                                    QStringLiteral("dank je"),
                                    QStringLiteral("dankjewel"),
                                    QStringLiteral("bedankt"),
                                    QStringLiteral("top"),
                                    QStringLiteral("super"),
                                    QStringLiteral("compliment"),
                                    QStringLiteral("netjes"),
                                    QStringLiteral("fijn"),
                                    QStringLiteral("goed geregeld"),
                                    QStringLiteral("keurig"),
                                    QStringLiteral("perfect"),
                                    QStringLiteral("chapeau"),
                                    QStringLiteral("respect"),
                                    QStringLiteral("thanks"),
                                    QStringLiteral("thank you"),
                                    QStringLiteral("great"),
                                    QStringLiteral("danke"),
                                    QStringLiteral("lief"),
                                    QStringLiteral("helder"),
                                    QStringLiteral("opluchting"),
                                    QStringLiteral("prima"),
                                    QStringLiteral("vriendelijk"),
                                    QStringLiteral("snel"),
                                    QStringLiteral("👏"),
                                    QStringLiteral("🙏"),
                                    QStringLiteral("💙"),
                                    QStringLiteral("❤"),
                                    QStringLiteral("👍"),
                                    QStringLiteral("🙌"),
                                    QStringLiteral("😍"),
                                    QStringLiteral("🥰"),
                                    QStringLiteral("love"),
                                    QStringLiteral("glad"),
                                    QStringLiteral("shoutout"),
                                    QStringLiteral("shout-out"),
                                    QStringLiteral("shout"),
                                    QStringLiteral("aanrader"),
                                    QStringLiteral("goud waard"),
                                    QStringLiteral("bedanken"),
                                    QStringLiteral("goede ervaring"),
                                    QStringLiteral("goed dat"),
                                    QStringLiteral("lovely"),
                                    QStringLiteral("recommend"),
                                    QStringLiteral("recommending"),
                                    QStringLiteral("mooi"),
                                    QStringLiteral("mooie"),
                                    QStringLiteral("interesting"),
                                    QStringLiteral("interessant"),
                                    QStringLiteral("good to know"),
                                    QStringLiteral("goed om te weten"),
                                    QStringLiteral("nice"),
                                    QStringLiteral("💚"),
                                    QStringLiteral("soepel"),
                                    QStringLiteral("helpful"),
                                    QStringLiteral("behulpzaam")};

// A laugh with nothing asked: chatter under a post, not a customer waiting.
const QStringList laughPhrases{QStringLiteral("haha"), QStringLiteral("hahaha"), QStringLiteral("lol"),
                               QStringLiteral("😂"),    QStringLiteral("🤣"),   QStringLiteral("😄"),
                               QStringLiteral("😆")};

// Information for others, not for us: "FYI", "ter info", "voor wie het zoekt".
const QStringList forOthersPhrases{QStringLiteral("fyi"),
                                   QStringLiteral("ter info"),
                                   QStringLiteral("voor wie het"),
                                   QStringLiteral("for others"),
                                   QStringLiteral("tip voor"),
                                   QStringLiteral("psa"),
                                   QStringLiteral("goed om te weten")};

const QStringList spamWords{
    QStringLiteral("gratis"), QStringLiteral("free"), QStringLiteral("gefeliciteerd"), QStringLiteral("congrats"),
    QStringLiteral("claim your"), QStringLiteral("airdrop"), QStringLiteral("crypto"), QStringLiteral("bitcoin"),
    QStringLiteral("eth"), QStringLiteral("followers"), QStringLiteral("likes"), QStringLiteral("lening"),
    QStringLiteral("deals"), QStringLiteral("giveaway"), QStringLiteral("dm me"), QStringLiteral("link in bio"),
    QStringLiteral("leads"), QStringLiteral("winnen"), QStringLiteral("gift card"), QStringLiteral("cadeaubon"),
    QStringLiteral("cadeaubonnen"), QStringLiteral("wallet"), QStringLiteral("passive income"),
    QStringLiteral("passiveincome"), QStringLiteral("kredietcheck"), QStringLiteral("bonus"),
    QStringLiteral("geselecteerd"), QStringLiteral("selected"), QStringLiteral("verdienen"),
    QStringLiteral("snel geld"), QStringLiteral("trading"), QStringLiteral("100x"), QStringLiteral("10x"),
    // "claim" alone is an insurer's customer writing about their claim: only offers count.
    QStringLiteral("claim je"), QStringLiteral("congratulations"), QStringLiteral("gefeliciteerd"),
    QStringLiteral("maak kans"), QStringLiteral("win a"), QStringLiteral("tag 3"), QStringLiteral("deel dit bericht"),
    QStringLiteral("money fast"), QStringLiteral("snel geld"), QStringLiteral("lening nodig"), QStringLiteral("loans"),
    QStringLiteral("bad credit"), QStringLiteral("work from home"), QStringLiteral("vanuit huis"),
    QStringLiteral("no experience"), QStringLiteral("replica"), QStringLiteral("backlinks"), QStringLiteral("seo"),
    QStringLiteral("v-bucks"), QStringLiteral("click here"), QStringLiteral("klik hier"),
    QStringLiteral("deactivation"), QStringLiteral("verification"), QStringLiteral("lifetime deal"),
    QStringLiteral("guaranteed"), QStringLiteral("gegarandeerd"), QStringLiteral("whatsapp ons"),
    QStringLiteral("dm now"), QStringLiteral("real followers"), QStringLiteral("volgers"),
    QStringLiteral("no prescription"), QStringLiteral("buy cheap"), QStringLiteral("cheap"),
    QStringLiteral("hot singles"), QStringLiteral("suspended"), QStringLiteral("verify your"),
    QStringLiteral("geblokkeerd worden"), QStringLiteral("verifieer"), QStringLiteral("stuur ons een bericht")};

// The post as " token token … ": a phrase matches as whole words.
struct Haystack {
    QStringList tokens;
    QString joined;
    explicit Haystack(QStringView text)
        : tokens(tokenize(text))
        , joined(QLatin1Char(' ') + tokens.join(QLatin1Char(' ')) + QLatin1Char(' '))
    {}
    bool has(const QString &phrase) const
    {
        return joined.contains(QLatin1Char(' ') + phrase.toLower() + QLatin1Char(' '));
    }
    QString firstOf(const QStringList &phrases) const
    {
        qsizetype best = -1;
        QString found;
        for (const QString &p : phrases) {
            const qsizetype at = joined.indexOf(QLatin1Char(' ') + p.toLower() + QLatin1Char(' '));
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = p;
            }
        }
        return found;
    }
};

// A short quote of the post from where `phrase` starts, for the reason an agent reads.
QString quote(const QString &text, const QString &phrase)
{
    constexpr qsizetype maxLength = 32;
    QString plain = text.simplified();
    plain.remove(QRegularExpression(QStringLiteral("[\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    const QString first = phrase.section(QLatin1Char(' '), 0, 0);
    qsizetype at = first.isEmpty() ? -1 : plain.indexOf(first, 0, Qt::CaseInsensitive);
    if (at < 0)
        at = 0;
    QString q = plain.mid(at);
    if (q.size() > maxLength) {
        qsizetype cut = q.lastIndexOf(QLatin1Char(' '), maxLength);
        if (cut < qsizetype(phrase.size()))
            cut = std::max<qsizetype>(maxLength, phrase.size());
        q = q.left(cut).trimmed() + QChar(0x2026);
    }
    return q;
}

// The sentence that carries the question mark, from its start.
QString questionQuote(const QString &text)
{
    const QString plain = text.simplified();
    const qsizetype mark = plain.indexOf(QLatin1Char('?'));
    if (mark < 0)
        return {};
    qsizetype start = mark;
    while (start > 0 && !QStringLiteral(".!?\n").contains(plain.at(start - 1)))
        --start;
    QString sentence = plain.mid(start, mark - start + 1).trimmed();
    // Leading mentions are not part of what is asked.
    while (sentence.startsWith(QLatin1Char('@')) && sentence.contains(QLatin1Char(' ')))
        sentence = sentence.section(QLatin1Char(' '), 1).trimmed();
    return quote(sentence, {});
}

bool sameHandle(const QString &a, const QString &b)
{
    auto clean = [](QString s) {
        if (s.startsWith(QLatin1Char('@')))
            s.remove(0, 1);
        return s.section(QLatin1Char('@'), 0, 0).trimmed();
    };
    return !a.isEmpty() && clean(a).compare(clean(b), Qt::CaseInsensitive) == 0;
}

bool listed(const QStringList &list, const QString &handle, const QString &name)
{
    for (const QString &entry : list) {
        if (sameHandle(entry, handle) || sameHandle(entry, name))
            return true;
    }
    return false;
}

// "@bank_helpdesk", and a Mastodon account as "@webcare@zorg.example" or, from its own instance, "@webcare".
bool mentionsOwnHandle(const Haystack &h, const TeamSettings &settings)
{
    const auto parts = [](const QString &handle) {
        const QString bare = (handle.startsWith(QLatin1Char('@')) ? handle.mid(1) : handle).toLower();
        return std::make_pair(bare.section(QLatin1Char('@'), 0, 0), bare.section(QLatin1Char('@'), 1));
    };
    for (const QString &t : h.tokens) {
        if (!t.startsWith(QLatin1Char('@')) || t.size() < 2)
            continue;
        const auto [user, domain] = parts(t);
        for (const QString &own : settings.ownHandles) {
            const auto [ownUser, ownDomain] = parts(own);
            if (!ownUser.isEmpty() && user == ownUser &&
                (domain.isEmpty() || ownDomain.isEmpty() || domain == ownDomain))
                return true;
        }
    }
    return false;
}

QStringList spamSignals(const QString &text, const Haystack &h, const TeamSettings &settings)
{
    QStringList found;
    if (text.contains(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"))))
        found << Text::tr("a bidirectional override character");
    if (text.contains(QRegularExpression(QStringLiteral("\\w[\\x{200B}\\x{2060}\\x{FEFF}]\\w"))))
        found << Text::tr("a zero-width character inside a word");
    if (text.contains(
            QRegularExpression(QStringLiteral("\\.(exe|scr|apk|zip)\\b"), QRegularExpression::CaseInsensitiveOption)))
        found << Text::tr("a program file to download");
    const QString word = h.firstOf(spamWords);
    if (!word.isEmpty())
        found << Text::tr("a prize or money offer ('%1')").arg(word);
    int offers = 0;
    for (const QString &w : spamWords)
        offers += h.has(w) ? 1 : 0;
    if (offers >= 2)
        found << Text::tr("more than one offer");
    if (!word.isEmpty() && h.has(QStringLiteral("!")) && text.contains(QLatin1String("!!")))
        found << Text::tr("shouted offer");
    const bool link =
        h.has(QStringLiteral("<url>")) ||
        text.contains(QRegularExpression(QStringLiteral("(?<![@\\w.-])[a-z0-9-]+\\.(example|com|nl|io|net)\\b"),
                                         QRegularExpression::CaseInsensitiveOption));
    const bool percentage =
        text.contains(QRegularExpression(QStringLiteral("\\b[1-9]\\d{1,3} ?% ?(off|korting|bonus)|\\d{3,}%"),
                                         QRegularExpression::CaseInsensitiveOption));
    if (link && (!word.isEmpty() || percentage))
        found << Text::tr("a link");
    if (percentage)
        found << Text::tr("an unrealistic percentage");
    int hashtags = 0;
    int mentions = 0;
    for (const QString &t : h.tokens) {
        if (t.startsWith(QLatin1Char('#')))
            ++hashtags;
        if (t.startsWith(QLatin1Char('@')) && !listed(settings.ownHandles, t, {}))
            ++mentions;
    }
    if (hashtags >= 3 && !word.isEmpty())
        found << Text::tr("many hashtags");
    if (mentions >= 2 && link)
        found << Text::tr("a link sent to several people");
    for (qsizetype i = 1; i < h.tokens.size(); ++i) {
        const QString &t = h.tokens.at(i);
        if (t == h.tokens.at(i - 1) && !t.at(0).isLetterOrNumber() && t.at(0) != QLatin1Char('?') &&
            t.at(0) != QLatin1Char('!') && t.at(0) != QLatin1Char('<')) {
            found << Text::tr("repeated emoji");
            break;
        }
    }
    return found;
}

// Praise words said with a roll of the eyes, or with applause about a wait: "Geweldig hoor, 47 minuten in de wacht 👏".
QString sarcasticPraise(const QString &text, const Haystack &h)
{
    const QString praise = h.firstOf(complimentPhrases);
    if (praise.isEmpty() || praise == QLatin1String("👏"))
        return {};
    static const QRegularExpression wait(QStringLiteral("wacht|waiting|on hold|nog steeds|still"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    const bool roll = h.has(QStringLiteral("🙄")) || h.has(QStringLiteral("🙃"));
    const bool clap = h.has(QStringLiteral("👏"));
    if (roll || (clap && text.contains(wait)) || (h.has(QStringLiteral("hoor")) && text.contains(wait)))
        return praise;
    return {};
}

// Words in capitals, as one shouts (acronyms such as "DM" or "IBAN" aside): three of them, or two when one is
// long: "MIJN PAS WERKT NIET".
QString shouting(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\b\\p{Lu}{3,}\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList loud;
    for (auto it = word.globalMatch(text); it.hasNext();)
        loud << it.next().captured();
    const bool longOne = std::any_of(loud.cbegin(), loud.cend(), [](const QString &w) { return w.size() >= 5; });
    return loud.size() >= 3 || (loud.size() == 2 && longOne) ? loud.first() : QString();
}

// A sentence that opens the way a question does ("waarom moet ik elke maand …", "can someone explain"), also
// without a question mark; leading mentions skipped.
QString interrogativeOpening(const QString &text)
{
    static const QRegularExpression sentences(QStringLiteral("[.!\\n]+"));
    for (QString sentence : text.split(sentences, Qt::SkipEmptyParts)) {
        sentence = sentence.trimmed();
        while (sentence.startsWith(QLatin1Char('@')) && sentence.contains(QLatin1Char(' ')))
            sentence = sentence.section(QLatin1Char(' '), 1).trimmed();
        const QStringList words = tokenize(sentence);
        // "Wat een opluchting", "what a relief": an exclamation.
        static const QStringList exclaimed{QStringLiteral("een"),  QStringLiteral("fijn"), QStringLiteral("goed"),
                                           QStringLiteral("leuk"), QStringLiteral("mooi"), QStringLiteral("lief"),
                                           QStringLiteral("snel"), QStringLiteral("top"),  QStringLiteral("jammer"),
                                           QStringLiteral("naar"), QStringLiteral("a"),    QStringLiteral("an")};
        if (words.size() >= 3 && interrogativeOpenings.contains(words.first()) &&
            !(QStringList{QStringLiteral("wat"), QStringLiteral("what")}.contains(words.first()) &&
              exclaimed.contains(words.at(1))))
            return sentence.section(QLatin1Char(' '), 0, 0);
    }
    return {};
}

QString addressingReason(const PostInput &post, bool mentioned)
{
    switch (post.addressing) {
    case Addressing::Direct:
        return Text::tr("a direct message");
    case Addressing::ReplyToUs:
        return Text::tr("an answer to our post");
    case Addressing::PageComment:
        return Text::tr("on our Page");
    case Addressing::OwnForum:
        return Text::tr("in our forum");
    case Addressing::Mention:
    case Addressing::Unknown:
    case Addressing::Public:
        break;
    }
    return mentioned ? Text::tr("mentions our account") : Text::tr("names us");
}

} // namespace

std::optional<Addressing> addressingFromKey(QStringView key)
{
    for (Addressing a : {Addressing::Unknown, Addressing::Mention, Addressing::Direct, Addressing::ReplyToUs,
                         Addressing::PageComment, Addressing::OwnForum, Addressing::Public}) {
        if (addressingKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QString addressingKey(Addressing addressing)
{
    switch (addressing) {
    case Addressing::Unknown:
        return QStringLiteral("unknown");
    case Addressing::Mention:
        return QStringLiteral("mention");
    case Addressing::Direct:
        return QStringLiteral("dm");
    case Addressing::ReplyToUs:
        return QStringLiteral("reply_to_team");
    case Addressing::PageComment:
        return QStringLiteral("page_comment");
    case Addressing::OwnForum:
        return QStringLiteral("forum_team_category");
    case Addressing::Public:
        return QStringLiteral("public");
    }
    return {};
}

bool addressedByWay(Addressing addressing)
{
    return addressing != Addressing::Unknown && addressing != Addressing::Public;
}

PostInput PostInput::from(const domain::Post &post)
{
    PostInput in;
    in.text = post.text;
    in.channel = post.channel;
    in.author = post.author.handle.isEmpty() ? post.author.displayName : post.author.handle;
    if (in.author.startsWith(QLatin1Char('@')))
        in.author.remove(0, 1);
    in.authorName = post.author.displayName;
    in.fromOwnAccount = post.fromOwnAccount;
    // What the platform tells: a private message, or a comment on the team's own Page (the desk reads the Page's
    // feed). Mentions and answers under our posts are found by the rules and the case.
    if (post.privateMessage)
        in.addressing = Addressing::Direct;
    else if (post.channel == domain::Channel::Facebook)
        in.addressing = Addressing::PageComment;
    return in;
}

RuleVerdict applyRules(const PostInput &post, const TeamSettings &settings)
{
    RuleVerdict v;
    const Haystack h(post.text);

    if (post.fromOwnAccount || listed(settings.ownHandles, post.author, {})) {
        v.category = Category::OwnReply;
        v.strength = Strength::Strong;
        v.reason = Text::tr("written by one of our own accounts (%1)").arg(post.author);
        return v;
    }
    if (listed(settings.employees, post.author, post.authorName)) {
        v.category = Category::EmployeePost;
        v.strength = Strength::Strong;
        v.reason = Text::tr("employee post: %1 is on the team's list of colleagues")
                       .arg(post.author.isEmpty() ? post.authorName : post.author);
        return v;
    }
    const QStringList spam = spamSignals(post.text, h, settings);
    if (spam.size() >= 2) {
        v.category = Category::Spam;
        v.strength = Strength::Strong;
        v.reason = Text::tr("spam: %1").arg(spam.join(QStringLiteral(", ")));
        return v;
    }

    const bool mentioned = mentionsOwnHandle(h, settings);
    bool brand = mentioned;
    for (const QString &term : settings.brandTerms) {
        // "duinzicht", "@duinzicht" and "#duinzicht" all name the company.
        brand = brand || h.has(term) || h.has(QLatin1Char('@') + term) || h.has(QLatin1Char('#') + term);
    }
    // Addressed to us: by the way it came (a DM, a comment on our Page, an answer under our post, our forum) or by
    // naming one of our handles. Such a post is answered unless a strong reason says no.
    const bool addressed = addressedByWay(post.addressing) || mentioned;
    v.addressedToUs = addressed || brand || !h.firstOf(toUsWords).isEmpty();
    const bool publicOnly = post.addressing == Addressing::Public && !mentioned;
    const QString campaign = h.firstOf(settings.campaignTerms);
    const auto reply = [&](Category category, Strength strength, const QString &reason) {
        v.category = category;
        v.decision = Decision::Reply;
        v.strength = strength;
        v.reason = reason;
        return v;
    };

    // Evidence that a customer needs us, strongest first.
    const QString complaint = h.firstOf(complaintPhrases);
    if (!complaint.isEmpty())
        return reply(Category::Complaint, Strength::Strong,
                     Text::tr("complaint vocabulary: '%1'").arg(quote(post.text, complaint)));
    if (const QString sarcasm = sarcasticPraise(post.text, h); !sarcasm.isEmpty())
        return reply(Category::Complaint, Strength::Strong,
                     Text::tr("praise with a complaint behind it: '%1'").arg(quote(post.text, sarcasm)));
    if (const QString shouted = shouting(post.text); !shouted.isEmpty() && (addressed || brand))
        return reply(Category::Complaint, Strength::Strong,
                     Text::tr("urgency in capitals: '%1'").arg(quote(post.text, shouted)));

    // Facebook's and Swarm's check-in forms ("is bij …", "(@ …)"): a check-in, whatever the rest says.
    const bool checkInForm = post.text.startsWith(QLatin1String("is at "), Qt::CaseInsensitive) ||
                             post.text.startsWith(QLatin1String("is bij "), Qt::CaseInsensitive) ||
                             post.text.contains(QLatin1String("(@ ")) || h.has(QStringLiteral("#checkin"));

    const bool mark = h.has(QStringLiteral("?"));
    const QString askPhrase = h.firstOf(questionPhrases);
    const QString opening = askPhrase.isEmpty() ? interrogativeOpening(post.text) : QString();
    const bool question = mark || !askPhrase.isEmpty() || !opening.isEmpty();
    const QString asked = mark ? questionQuote(post.text) : quote(post.text, askPhrase.isEmpty() ? opening : askPhrase);
    const QString community = h.firstOf(communityPhrases);
    v.communityQuestion = question && !community.isEmpty() && !addressed && !brand;
    if (checkInForm) {
        v.category = Category::CheckIn;
        v.strength = Strength::Strong;
        v.reason = Text::tr("check-in: location tag");
        return v;
    }
    const QString problem = h.firstOf(problemPhrases);
    if (!problem.isEmpty() && (v.addressedToUs || !publicOnly))
        return reply(question ? Category::Question : Category::Complaint, Strength::Weak,
                     Text::tr("reports a problem: '%1'").arg(quote(post.text, problem)));
    // A question about a campaign ("wie speelt die man in de reclame?") is an opinion about it, not a question to us.
    if (question && v.addressedToUs && !v.communityQuestion && campaign.isEmpty())
        return reply(Category::Question, Strength::Strong, Text::tr("contains a question to us: '%1'").arg(asked));
    const QString pickUp = h.firstOf(pickUpPhrases);
    if (!pickUp.isEmpty() && (addressed || brand))
        return reply(Category::Remark, Strength::Strong,
                     Text::tr("a remark for webcare to pick up: '%1'").arg(quote(post.text, pickUp)));

    // Strong reasons for no answer.
    const QString checkIn = h.firstOf(checkInPhrases);
    const bool pin = h.has(QStringLiteral("📍")) || post.text.contains(QLatin1String("(@ ")) ||
                     post.text.contains(QLatin1String("swarm"), Qt::CaseInsensitive);
    if (pin || (!checkIn.isEmpty() && (brand || post.channel == domain::Channel::Facebook))) {
        v.category = Category::CheckIn;
        v.strength = Strength::Strong;
        v.reason = pin ? Text::tr("check-in: location tag") : Text::tr("check-in: '%1'").arg(quote(post.text, checkIn));
        return v;
    }
    if (!campaign.isEmpty()) {
        v.category = Category::CampaignOpinion;
        v.strength = addressed ? Strength::Weak : Strength::Strong;
        v.reason = Text::tr("campaign term: '%1'").arg(quote(post.text, campaign));
        return v;
    }
    if (question) {
        v.category = Category::Question;
        if (v.communityQuestion) {
            v.reason = Text::tr("a question to other customers: '%1'").arg(quote(post.text, community));
        } else {
            v.decision = Decision::Reply;
            v.reason = Text::tr("contains a question: '%1'").arg(asked);
        }
        return v;
    }
    const QString praise = h.firstOf(complimentPhrases);
    if (!praise.isEmpty()) {
        v.category = Category::Compliment;
        v.reason = Text::tr("compliment vocabulary: '%1'").arg(quote(post.text, praise));
        return v;
    }
    v.category = Category::Remark;
    if (const QString laugh = h.firstOf(laughPhrases); !laugh.isEmpty()) {
        v.reason = Text::tr("a laugh, nothing asked: '%1'").arg(quote(post.text, laugh));
        return v;
    }
    if (const QString info = h.firstOf(forOthersPhrases); !info.isEmpty()) {
        v.reason = Text::tr("information for other customers: '%1'").arg(quote(post.text, info));
        return v;
    }
    if (addressed) {
        // Fail safe: a post to us that no rule explains is answered; an agent who sees nothing to answer says so.
        v.decision = Decision::Reply;
        v.strength = Strength::Weak;
        v.reason = Text::tr("addressed to us (%1) and no reason to leave it").arg(addressingReason(post, mentioned));
        return v;
    }
    v.strength = Strength::None;
    v.reason = Text::tr("no rule matched: a remark");
    return v;
}

} // namespace webcare::triage
