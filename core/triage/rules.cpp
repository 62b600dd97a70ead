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
    // English
    QStringLiteral("still no"), QStringLiteral("still waiting"), QStringLiteral("unacceptable"),
    QStringLiteral("disappointed"), QStringLiteral("ridiculous"), QStringLiteral("terrible"), QStringLiteral("worst"),
    QStringLiteral("no response"), QStringLiteral("fed up"),
    // emoji
    QStringLiteral("😡"), QStringLiteral("😤"), QStringLiteral("🤬"), QStringLiteral("👎")};

// A failure customers report; it needs an answer but is not necessarily a complaint about us.
const QStringList problemPhrases{
    QStringLiteral("werkt niet"),        QStringLiteral("doet het niet"), QStringLiteral("ligt eruit"),
    QStringLiteral("kan niet inloggen"), QStringLiteral("foutmelding"),   QStringLiteral("error"),
    QStringLiteral("not working"),       QStringLiteral("doesn't work"),  QStringLiteral("storing"),
    QStringLiteral("lukt niet"),         QStringLiteral("kapot")};

// Multi-word phrases that ask something even without a question mark.
const QStringList questionPhrases{
    QStringLiteral("vraagje"),       QStringLiteral("ik heb een vraag"), QStringLiteral("hoe kan ik"),
    QStringLiteral("hoe moet ik"),   QStringLiteral("kan ik"),           QStringLiteral("kun je"),
    QStringLiteral("kunnen jullie"), QStringLiteral("kunt u"),           QStringLiteral("moet ik"),
    QStringLiteral("mag ik"),        QStringLiteral("klopt het"),        QStringLiteral("klopt dat"),
    QStringLiteral("weet iemand"),   QStringLiteral("ik vraag me af"),   QStringLiteral("wie weet"),
    QStringLiteral("hoe zit het"),   QStringLiteral("hoe werkt"),        QStringLiteral("i have a question"),
    QStringLiteral("can i"),         QStringLiteral("can you"),          QStringLiteral("how do i"),
    QStringLiteral("kann ich"),      QStringLiteral("graag hulp"),       QStringLiteral("help"),
    QStringLiteral("hulp nodig")};

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

const QStringList checkInPhrases{QStringLiteral("even bij"),          QStringLiteral("zit bij het"),
                                 QStringLiteral("zit nu bij"),        QStringLiteral("zit in de wachtruimte"),
                                 QStringLiteral("in de wachtruimte"), QStringLiteral("in de wachtkamer"),
                                 QStringLiteral("bij het kantoor"),   QStringLiteral("op kantoor bij"),
                                 QStringLiteral("langs geweest"),     QStringLiteral("ingecheckt"),
                                 QStringLiteral("checked in"),        QStringLiteral("is at"),
                                 QStringLiteral("op bezoek bij"),     QStringLiteral("aan de balie")};

const QStringList complimentPhrases{QStringLiteral("dank"),        QStringLiteral("dank je"),
                                    QStringLiteral("dankjewel"),   QStringLiteral("bedankt"),
                                    QStringLiteral("top"),         QStringLiteral("super"),
                                    QStringLiteral("compliment"),  QStringLiteral("netjes"),
                                    QStringLiteral("fijn"),        QStringLiteral("goed geregeld"),
                                    QStringLiteral("keurig"),      QStringLiteral("perfect"),
                                    QStringLiteral("chapeau"),     QStringLiteral("respect"),
                                    QStringLiteral("thanks"),      QStringLiteral("thank you"),
                                    QStringLiteral("great"),       QStringLiteral("danke"),
                                    QStringLiteral("lief"),        QStringLiteral("helder"),
                                    QStringLiteral("opluchting"),  QStringLiteral("prima"),
                                    QStringLiteral("vriendelijk"), QStringLiteral("snel"),
                                    QStringLiteral("👏"),           QStringLiteral("🙏"),
                                    QStringLiteral("💙"),           QStringLiteral("❤"),
                                    QStringLiteral("👍"),           QStringLiteral("🙌"),
                                    QStringLiteral("😍"),           QStringLiteral("🥰")};

const QStringList spamWords{
    QStringLiteral("gratis"),       QStringLiteral("free"),           QStringLiteral("gefeliciteerd"),
    QStringLiteral("congrats"),     QStringLiteral("claim"),          QStringLiteral("airdrop"),
    QStringLiteral("crypto"),       QStringLiteral("bitcoin"),        QStringLiteral("eth"),
    QStringLiteral("followers"),    QStringLiteral("likes"),          QStringLiteral("lening"),
    QStringLiteral("deals"),        QStringLiteral("giveaway"),       QStringLiteral("dm me"),
    QStringLiteral("link in bio"),  QStringLiteral("leads"),          QStringLiteral("winnen"),
    QStringLiteral("gift card"),    QStringLiteral("cadeaubon"),      QStringLiteral("cadeaubonnen"),
    QStringLiteral("wallet"),       QStringLiteral("passive income"), QStringLiteral("passiveincome"),
    QStringLiteral("kredietcheck"), QStringLiteral("bonus"),          QStringLiteral("geselecteerd"),
    QStringLiteral("selected"),     QStringLiteral("verdienen"),      QStringLiteral("snel geld"),
    QStringLiteral("trading"),      QStringLiteral("100x"),           QStringLiteral("10x")};

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
    const bool link = h.has(QStringLiteral("<url>")) ||
                      text.contains(QRegularExpression(QStringLiteral("\\b[a-z0-9-]+\\.(example|com|nl|io)/"),
                                                       QRegularExpression::CaseInsensitiveOption));
    if (link && !word.isEmpty())
        found << Text::tr("a link");
    if (text.contains(QRegularExpression(QStringLiteral("\\b[1-9]\\d{1,3} ?% ?(off|korting|bonus)|\\d{3,}%"),
                                         QRegularExpression::CaseInsensitiveOption)))
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

    bool brand = mentionsOwnHandle(h, settings);
    for (const QString &term : settings.brandTerms) {
        // "duinzicht", "@duinzicht" and "#duinzicht" all name the company.
        brand = brand || h.has(term) || h.has(QLatin1Char('@') + term) || h.has(QLatin1Char('#') + term);
    }
    v.addressedToUs = brand || !h.firstOf(toUsWords).isEmpty();
    const QString campaign = h.firstOf(settings.campaignTerms);

    const QString complaint = h.firstOf(complaintPhrases);
    if (!complaint.isEmpty()) {
        v.category = Category::Complaint;
        v.decision = Decision::Reply;
        v.strength = Strength::Strong;
        v.reason = Text::tr("complaint vocabulary: '%1'").arg(quote(post.text, complaint));
        return v;
    }

    const bool mark = h.has(QStringLiteral("?"));
    const QString askPhrase = h.firstOf(questionPhrases);
    const bool question = mark || !askPhrase.isEmpty();
    const QString asked = mark ? questionQuote(post.text) : quote(post.text, askPhrase);
    const QString community = h.firstOf(communityPhrases);
    v.communityQuestion = question && !community.isEmpty();
    if (question && v.addressedToUs && !v.communityQuestion && campaign.isEmpty()) {
        v.category = Category::Question;
        v.decision = Decision::Reply;
        v.strength = Strength::Strong;
        v.reason = Text::tr("contains a question to us: '%1'").arg(asked);
        return v;
    }

    const QString checkIn = h.firstOf(checkInPhrases);
    const bool pin = h.has(QStringLiteral("📍"));
    if (pin || (!checkIn.isEmpty() && (brand || post.channel == domain::Channel::Facebook))) {
        v.category = Category::CheckIn;
        v.strength = Strength::Strong;
        v.reason = pin ? Text::tr("check-in: location tag") : Text::tr("check-in: '%1'").arg(quote(post.text, checkIn));
        return v;
    }

    const QString problem = h.firstOf(problemPhrases);
    if (!problem.isEmpty()) {
        v.category = question ? Category::Question : Category::Complaint;
        v.decision = Decision::Reply;
        v.reason = Text::tr("reports a problem: '%1'").arg(quote(post.text, problem));
        return v;
    }
    if (!campaign.isEmpty()) {
        v.category = Category::CampaignOpinion;
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
    v.strength = Strength::None;
    v.reason = Text::tr("no rule matched: a remark");
    return v;
}

} // namespace webcare::triage
