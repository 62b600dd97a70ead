// SPDX-License-Identifier: MIT
// The composer's length rules: X against twitter-text's conformance data, Mastodon, Facebook and Discourse by hand,
// and thread splitting against Unicode's grapheme break tests and emoji ZWJ sequences.
#include "composer/graphemes.h"
#include "composer/platformlength.h"
#include "composer/textentities.h"
#include "composer/threadsplit.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using webcare::domain::Channel;
namespace composer = webcare::composer;
namespace test = webcare::test;

namespace {

QString fromCodePoints(const QList<char32_t> &codePoints)
{
    return QString::fromUcs4(codePoints.constData(), codePoints.size());
}

// "1F468 200D 1F469" as text.
QString fromHex(QStringView field)
{
    QList<char32_t> codePoints;
    for (const QStringView hex : field.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        codePoints.append(hex.toUInt(nullptr, 16));
    return fromCodePoints(codePoints);
}

// The data lines of a Unicode test file in tests/data/unicode, without comments.
QStringList unicodeDataLines(const QString &file)
{
    QStringList lines;
    const QString content = QString::fromUtf8(test::repoFile(QStringLiteral("tests/data/unicode/") + file));
    for (const QString &line : content.split(QLatin1Char('\n'))) {
        const QString data = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (!data.isEmpty())
            lines.append(data);
    }
    return lines;
}

struct GraphemeCase {
    QString text;
    QList<qsizetype> boundaries; // UTF-16 offsets of every ÷, 0 and text.size() included
    QString line;
};

QList<GraphemeCase> graphemeBreakCases()
{
    QList<GraphemeCase> cases;
    for (const QString &line : unicodeDataLines(QStringLiteral("GraphemeBreakTest.txt"))) {
        GraphemeCase c;
        c.line = line;
        for (const QString &token : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (token == QStringLiteral("÷"))
                c.boundaries.append(c.text.size());
            else if (token != QStringLiteral("×"))
                c.text += fromHex(token);
        }
        cases.append(c);
    }
    return cases;
}

// Every emoji of an emoji-*.txt file: a sequence, or each code point of a range "231A..231B".
QStringList emojiFromFile(const QString &file)
{
    QStringList emoji;
    for (const QString &line : unicodeDataLines(file)) {
        const QString field = line.section(QLatin1Char(';'), 0, 0).trimmed();
        if (field.contains(QStringLiteral(".."))) {
            const char32_t first = field.section(QStringLiteral(".."), 0, 0).toUInt(nullptr, 16);
            const char32_t last = field.section(QStringLiteral(".."), 1, 1).toUInt(nullptr, 16);
            for (char32_t cp = first; cp <= last; ++cp)
                emoji.append(fromCodePoints({cp}));
        } else {
            emoji.append(fromHex(field));
        }
    }
    return emoji;
}

QJsonArray twitterTextSection(const QString &file, const QString &section)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(test::repoFile(QStringLiteral("tests/data/twitter-text/") + file));
    const QJsonArray cases = doc.object().value(QStringLiteral("tests")).toObject().value(section).toArray();
    REQUIRE_FALSE(cases.isEmpty());
    return cases;
}

struct Tally {
    int passed = 0;
    int total = 0;
};

// Runs one weighted-length section of validate.json, checking every field of every case.
Tally checkWeightedSection(const QString &section, const composer::XConfig &config)
{
    Tally tally;
    for (const QJsonValue &value : twitterTextSection(QStringLiteral("validate.json"), section)) {
        const QJsonObject c = value.toObject();
        const QJsonObject expected = c.value(QStringLiteral("expected")).toObject();
        const composer::XLength got = composer::measureX(c.value(QStringLiteral("text")).toString(), config);
        const QList<std::pair<const char *, qint64>> fields = {
            {"weightedLength", got.weightedLength},       {"permillage", got.permillage},
            {"displayRangeStart", got.displayRangeStart}, {"displayRangeEnd", got.displayRangeEnd},
            {"validRangeStart", got.validRangeStart},     {"validRangeEnd", got.validRangeEnd},
        };
        QStringList wrong;
        for (const auto &[name, actual] : fields) {
            const qint64 wanted = expected.value(QLatin1String(name)).toInteger();
            if (actual != wanted)
                wrong.append(QStringLiteral("%1 is %2, expected %3").arg(QLatin1String(name)).arg(actual).arg(wanted));
        }
        if (got.valid != expected.value(QStringLiteral("valid")).toBool())
            wrong.append(QStringLiteral("valid is %1").arg(got.valid));
        INFO(section.toStdString() << ": " << c.value(QStringLiteral("description")).toString().toStdString() << ": "
                                   << wrong.join(QStringLiteral("; ")).toStdString());
        CHECK(wrong.isEmpty());
        ++tally.total;
        tally.passed += wrong.isEmpty() ? 1 : 0;
    }
    return tally;
}

// extract.yml counts indices in code points; QString counts UTF-16 code units.
qsizetype utf16Offset(const QString &text, qint64 codePointIndex)
{
    qsizetype offset = 0;
    for (qint64 i = 0; i < codePointIndex && offset < text.size(); ++i)
        offset += composer::codePointAt(text, offset).size;
    return offset;
}

QString withoutWhiteSpace(QStringView text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace() || c == QChar(0x00A0) || c == QChar(0x2007) || c == QChar(0x202F))
            result += c;
    }
    return result;
}

// Ranges a split must not cut into: links (either platform's rules) and mentions.
QList<composer::TextRange> linksAndMentions(const QString &text)
{
    QList<composer::TextRange> ranges = composer::findXUrls(text) + composer::findMastodonUrls(text);
    for (const composer::Mention &mention : composer::findMentions(text))
        ranges.append(mention.range);
    return ranges;
}

// What every thread must satisfy: each part fits, carries its numbering, holds a piece of the text in order,
// starts and ends on grapheme boundaries and outside links and mentions, and together they lose nothing.
// Problems are collected, not checked one by one: a thread over emoji data has thousands of spans to look at.
QStringList threadProblems(Channel channel, const QString &text, const QList<composer::ThreadPart> &parts,
                           const QList<composer::TextRange> &uncuttable = {})
{
    QStringList problems;
    if (parts.isEmpty())
        return {QStringLiteral("no parts")};
    const QList<qsizetype> boundaries = composer::graphemeBoundaries(text);
    const QList<composer::TextRange> protectedRanges = linksAndMentions(text) + uncuttable;
    QString joined;
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const composer::ThreadPart &part = parts[i];
        const auto problem = [&](const QString &what) {
            problems.append(QStringLiteral("part %1/%2 %3: %4").arg(i + 1).arg(parts.size()).arg(what, part.text));
        };
        if (composer::weightedLength(channel, part.text) > composer::maxLength(channel))
            problem(QStringLiteral("too long (%1)").arg(composer::weightedLength(channel, part.text)));
        const QString body = text.mid(part.source.start, part.source.length());
        const QString expected = parts.size() == 1 ? text : body + composer::threadNumbering(i + 1, parts.size());
        if (part.text != expected)
            problem(QStringLiteral("is not its piece of the text plus numbering"));
        if (part.source.start < previousEnd || part.source.length() <= 0)
            problem(QStringLiteral("overlaps the previous part or is empty"));
        else if (!withoutWhiteSpace(QStringView(text).sliced(previousEnd, part.source.start - previousEnd)).isEmpty())
            problem(QStringLiteral("leaves out text before it"));
        if (!boundaries.contains(part.source.start) || !boundaries.contains(part.source.end))
            problem(QStringLiteral("starts or ends inside a grapheme cluster"));
        for (const composer::TextRange &range : protectedRanges) {
            if (range.strictlyContains(part.source.start) || range.strictlyContains(part.source.end))
                problem(QStringLiteral("cuts %1").arg(text.mid(range.start, range.length())));
        }
        joined += body;
        previousEnd = part.source.end;
    }
    if (!withoutWhiteSpace(QStringView(text).sliced(previousEnd)).isEmpty())
        problems.append(QStringLiteral("text after the last part is lost"));
    if (withoutWhiteSpace(joined) != withoutWhiteSpace(text))
        problems.append(QStringLiteral("the parts together are not the text"));
    return problems;
}

void checkThreadInvariants(Channel channel, const QString &text, const QList<composer::ThreadPart> &parts,
                           const QList<composer::TextRange> &uncuttable = {})
{
    const QStringList problems = threadProblems(channel, text, parts, uncuttable);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

const QString dutchReply = QStringLiteral(
    "Hoi Marieke, wat vervelend dat de schade aan je auto nog steeds niet is afgehandeld! Ik heb je dossier erbij "
    "gepakt en zie dat de expert zijn rapport vorige week heeft ingediend. De schadebehandelaar neemt uiterlijk "
    "vrijdag contact met je op over de uitkering. Wil je intussen de foto's van de schade nog even uploaden via "
    "https://www.duinzicht.nl/schade/melden?dossier=NL-2024-0815 zodat alles compleet is? Lukt dat niet, stuur ze "
    "dan gerust via een privébericht naar @DuinzichtHelpt. Excuses voor het lange wachten en een fijne dag! ^MvD");

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// X: twitter-text conformance

TEST_CASE("X weighted length: twitter-text conformance, config v3 (emoji discounted)", "[composer][x]")
{
    const Tally tally = checkWeightedSection(QStringLiteral("WeightedTweetsWithDiscountedEmojiCounterTest"),
                                             composer::XConfig::version3());
    CHECK(tally.total == 22);
    CHECK(tally.passed == tally.total);
}

TEST_CASE("X weighted length: twitter-text conformance, directional markers (config v3)", "[composer][x]")
{
    const Tally tally =
        checkWeightedSection(QStringLiteral("UnicodeDirectionalMarkerCounterTest"), composer::XConfig::version3());
    CHECK(tally.total == 2);
    CHECK(tally.passed == tally.total);
}

TEST_CASE("X weighted length: twitter-text conformance, config v2", "[composer][x]")
{
    const Tally tally =
        checkWeightedSection(QStringLiteral("WeightedTweetsCounterTest"), composer::XConfig::version2());
    CHECK(tally.total == 20);
    CHECK(tally.passed == tally.total);
}

TEST_CASE("X URL extraction: twitter-text conformance (extract.yml)", "[composer][x]")
{
    SECTION("urls")
    {
        for (const QJsonValue &value : twitterTextSection(QStringLiteral("extract.json"), QStringLiteral("urls"))) {
            const QJsonObject c = value.toObject();
            const QString text = c.value(QStringLiteral("text")).toString();
            INFO(c.value(QStringLiteral("description")).toString().toStdString() << ": " << text.toStdString());
            QStringList expected;
            for (const QJsonValue &url : c.value(QStringLiteral("expected")).toArray())
                expected.append(url.toString());
            QStringList found;
            for (const composer::TextRange &range : composer::findXUrls(text))
                found.append(text.mid(range.start, range.length()));
            CHECK(found == expected);
        }
    }
    for (const QString &section : {QStringLiteral("urls_with_indices"), QStringLiteral("urls_with_directional_markers"),
                                   QStringLiteral("tco_urls_with_params")}) {
        DYNAMIC_SECTION(section.toStdString())
        {
            for (const QJsonValue &value : twitterTextSection(QStringLiteral("extract.json"), section)) {
                const QJsonObject c = value.toObject();
                const QString text = c.value(QStringLiteral("text")).toString();
                INFO(c.value(QStringLiteral("description")).toString().toStdString() << ": " << text.toStdString());
                QList<composer::TextRange> expected;
                for (const QJsonValue &entity : c.value(QStringLiteral("expected")).toArray()) {
                    const QJsonObject object = entity.toObject();
                    if (object.isEmpty()) { // tco_urls_with_params lists the URLs only
                        const qsizetype at = text.indexOf(entity.toString());
                        expected.append({at, at + entity.toString().size()});
                        continue;
                    }
                    const QJsonArray indices = object.value(QStringLiteral("indices")).toArray();
                    expected.append(
                        {utf16Offset(text, indices.at(0).toInteger()), utf16Offset(text, indices.at(1).toInteger())});
                }
                CHECK(composer::findXUrls(text) == expected);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// X: our own cases

TEST_CASE("X weighted length of Dutch webcare replies", "[composer][x]")
{
    CHECK(composer::maxLength(Channel::X) == 280);
    // A bare domain with a path is a link (23); 🙂 weighs 2.
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("Hoi @klant, kijk op duinzicht.nl/schade 🙂")) == 46);
    // The euro sign is outside the weight-1 ranges.
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("Dit kost € 25,-")) == 16);
    // Accents weigh 1, composed or not (NFC).
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("één café")) == 8);
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("e\u0301e\u0301n cafe\u0301")) == 8);
    // A bare domain is a link even without a path, as in twitter-text's conformance data ("foo.jp").
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("dinsdag.nl")) == 23);
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("t.co")) == 23);
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("dinsdag.nl/")) == 23);
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("www.duinzicht.nl")) == 23);
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("https://www.duinzicht.nl/een/heel/lang/pad/naar/een/"
                                                              "formulier?met=veel&parameters=erachter")) == 23);
    // An e-mail address is no link.
    CHECK(composer::weightedLength(Channel::X, QStringLiteral("info@duinzicht.nl")) == 17);
    // A lone surrogate (a broken paste) does not hide the links after it.
    const QString broken = QStringLiteral("kijk op ") + QChar(0xD83D) + QStringLiteral(" duinzicht.nl/schade");
    CHECK(composer::findXUrls(broken) == QList<composer::TextRange>{{10, broken.size()}});
}

TEST_CASE("X weighted length of emoji (config v3)", "[composer][x]")
{
    const auto x = [](const QString &text) { return composer::weightedLength(Channel::X, text); };
    CHECK(x(QStringLiteral("👨\u200D👩\u200D👧\u200D👦")) == 2);
    CHECK(x(QStringLiteral("👍🏽")) == 2);
    CHECK(x(QStringLiteral("🇳🇱")) == 2);
    CHECK(x(QStringLiteral("#\uFE0F\u20E3")) == 2);
    CHECK(x(QStringLiteral("1\u20E3")) == 2);
    CHECK(x(QStringLiteral("🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F")) == 2);
    // © is Latin-1 text unless U+FE0F asks for the emoji.
    CHECK(x(QStringLiteral("©")) == 1);
    CHECK(x(QStringLiteral("©\uFE0F")) == 2);
    // A text-style emoji followed by U+FE0E is two characters of weight 2.
    CHECK(x(QStringLiteral("☺\uFE0E")) == 4);
    CHECK(x(QStringLiteral("☺")) == 2);
    // Version 2 counts every code point.
    CHECK(composer::measureX(QStringLiteral("👨\u200D👩\u200D👧\u200D👦"), composer::XConfig::version2()).weightedLength ==
          11);
}

TEST_CASE("X validity at the limit", "[composer][x]")
{
    const composer::XLength full = composer::measureX(QString(280, QLatin1Char('a')));
    CHECK(full.valid);
    CHECK(full.permillage == 1000);
    const composer::XLength over = composer::measureX(QString(281, QLatin1Char('a')));
    CHECK_FALSE(over.valid);
    CHECK(over.validRangeEnd == 279);
    CHECK_FALSE(composer::measureX(QString()).valid);
    CHECK_FALSE(composer::measureX(QStringLiteral("Hallo\uFEFF")).valid);
}

// ---------------------------------------------------------------------------------------------------------------
// Mastodon, Facebook, Discourse

TEST_CASE("Mastodon counts grapheme clusters, URLs as 23 and remote mentions as local", "[composer][mastodon]")
{
    const auto m = [](const QString &text) { return composer::weightedLength(Channel::Mastodon, text); };
    CHECK(composer::maxLength(Channel::Mastodon) == 500);
    CHECK(m(QStringLiteral("Bedankt voor je geduld!")) == 23);

    // Every URL with a protocol counts 23, however long.
    CHECK(m(QStringLiteral("Hoi! Kijk op https://www.duinzicht.nl/schade/melden?polis=NL-12345 voor het formulier.")) ==
          56);
    CHECK(m(QStringLiteral("https://www.duinzicht.nl/") + QString(300, QLatin1Char('a'))) == 23);
    CHECK(m(QStringLiteral("Zie https://duinzicht.nl/faq.")) == 28); // the full stop is not part of the link
    CHECK(m(QStringLiteral("https://duinzicht.nl/één/ß?naam=Zoë")) == 23);
    CHECK(m(QStringLiteral("gemini://duinzicht.nl/info")) == 23);
    // Without a protocol Mastodon links nothing: counted as written.
    CHECK(m(QStringLiteral("duinzicht.nl/schade")) == 19);
    // A mention inside a URL is part of the URL.
    CHECK(m(QStringLiteral("https://mastodon.social/@duinzicht")) == 23);

    // @user@domain counts as @user.
    CHECK(m(QStringLiteral("@jan@mastodon.social bedankt!")) == 13);
    CHECK(m(QStringLiteral("@jan bedankt!")) == 13);
    CHECK(m(QStringLiteral("Dank je @jan@social.duinzicht.nl.")) == 13);
    // An e-mail address is no mention.
    CHECK(m(QStringLiteral("Mail ons via info@duinzicht.nl")) == 30);

    // Emoji and combining marks: one cluster each.
    CHECK(m(QStringLiteral("Fijne dag 👨\u200D👩\u200D👧\u200D👦")) == 11);
    CHECK(m(QStringLiteral("🇳🇱 1\uFE0F\u20E3 👍🏽 🧑🏾\u200D🚒")) == 7);
    CHECK(m(QStringLiteral("e\u0301e\u0301n")) == 3);
    CHECK(m(QStringLiteral("één")) == 3);
    CHECK(m(QStringLiteral("\u0915\u094D\u0937")) == 2); // Devanagari: Unicode 15.0 has no conjunct rule yet

    // The content warning shares the budget; a text of only white space counts as empty.
    CHECK(composer::mastodonLength(QStringLiteral("Tekst"), QStringLiteral("Schade")) == 11);
    CHECK(composer::mastodonLength(QStringLiteral(" \n "), QStringLiteral("Let op")) == 6);
    CHECK(m(QString(500, QLatin1Char('a'))) == 500);
}

TEST_CASE("Facebook counts UTF-16 code units, Discourse code points", "[composer][facebook][discourse]")
{
    CHECK(composer::maxLength(Channel::Facebook) == 8000);
    CHECK(composer::maxLength(Channel::Discourse) == 32000);
    CHECK(composer::weightedLength(Channel::Facebook, QStringLiteral("Groetjes 😀")) == 11);
    CHECK(composer::weightedLength(Channel::Discourse, QStringLiteral("Groetjes 😀")) == 10);
    CHECK(composer::weightedLength(Channel::Facebook, QStringLiteral("e\u0301")) == 2);
    CHECK(composer::weightedLength(Channel::Discourse, QStringLiteral("e\u0301")) == 2);
    // Links count as written.
    CHECK(composer::weightedLength(Channel::Facebook, QStringLiteral("https://www.duinzicht.nl/schade")) == 31);
}

// ---------------------------------------------------------------------------------------------------------------
// Unicode data behind the counts

TEST_CASE("Grapheme clusters match GraphemeBreakTest.txt", "[composer][unicode]")
{
    const QList<GraphemeCase> cases = graphemeBreakCases();
    REQUIRE(cases.size() > 600);
    int passed = 0;
    for (const GraphemeCase &c : cases) {
        INFO(c.line.toStdString());
        CHECK(composer::graphemeBoundaries(c.text) == c.boundaries);
        CHECK(composer::graphemeCount(c.text) == c.boundaries.size() - 1);
        passed += composer::graphemeBoundaries(c.text) == c.boundaries ? 1 : 0;
    }
    CHECK(passed == cases.size());
}

TEST_CASE("Every RGI emoji is one emoji and one cluster", "[composer][unicode]")
{
    const QStringList emoji =
        emojiFromFile(QStringLiteral("emoji-sequences.txt")) + emojiFromFile(QStringLiteral("emoji-zwj-sequences.txt"));
    REQUIRE(emoji.size() > 3000);
    for (const QString &e : emoji) {
        INFO(e.toStdString() << " " << e.toUcs4().size() << " code points");
        CHECK(composer::emojiLengthAt(e, 0) == e.size());
        CHECK(composer::graphemeCount(e) == 1);
        CHECK(composer::weightedLength(Channel::X, e) == 2);
        CHECK(composer::weightedLength(Channel::Mastodon, e) == 1);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Threads

TEST_CASE("A reply that fits stays one part, as written", "[composer][thread]")
{
    for (const Channel channel : webcare::domain::allChannels()) {
        CHECK(composer::splitIntoThread(channel, QStringLiteral("Graag gedaan!  ")) ==
              QStringList{QStringLiteral("Graag gedaan!  ")});
        CHECK(composer::splitIntoThread(channel, QString()).isEmpty());
        CHECK(composer::splitIntoThread(channel, QStringLiteral(" \n\t ")).isEmpty());
    }
}

TEST_CASE("A long Dutch reply becomes numbered parts that each fit", "[composer][thread]")
{
    const QList<composer::ThreadPart> parts = composer::splitThreadParts(Channel::X, dutchReply);
    REQUIRE(composer::weightedLength(Channel::X, dutchReply) == 503);
    REQUIRE(parts.size() == 2);
    checkThreadInvariants(Channel::X, dutchReply, parts);
    CHECK(parts[0].text.startsWith(QStringLiteral("Hoi Marieke, wat vervelend")));
    CHECK(parts[0].text.endsWith(QStringLiteral("uitkering. Wil je (1/2)")));
    CHECK(parts[1].text.startsWith(QStringLiteral("intussen de foto's")));
    CHECK(parts[1].text.endsWith(QStringLiteral("^MvD (2/2)")));
    // The link and the mention arrive whole.
    CHECK(std::any_of(parts.cbegin(), parts.cend(), [](const composer::ThreadPart &p) {
        return p.text.contains(QStringLiteral("https://www.duinzicht.nl/schade/melden?dossier=NL-2024-0815 "));
    }));
    CHECK(std::any_of(parts.cbegin(), parts.cend(), [](const composer::ThreadPart &p) {
        return p.text.contains(QStringLiteral("@DuinzichtHelpt."));
    }));

    const QList<composer::ThreadPart> onMastodon = composer::splitThreadParts(Channel::Mastodon, dutchReply);
    REQUIRE(onMastodon.size() == 2);
    checkThreadInvariants(Channel::Mastodon, dutchReply, onMastodon);
    CHECK(composer::splitIntoThread(Channel::Facebook, dutchReply) == QStringList{dutchReply});
}

TEST_CASE("Ten parts or more get two-digit numbering that still fits", "[composer][thread]")
{
    QString text;
    for (int i = 0; i < 12; ++i)
        text += dutchReply + QLatin1Char('\n');
    const QList<composer::ThreadPart> parts = composer::splitThreadParts(Channel::X, text);
    REQUIRE(parts.size() >= 10);
    checkThreadInvariants(Channel::X, text, parts);
    CHECK(parts.first().text.endsWith(QStringLiteral(" (1/%1)").arg(parts.size())));
    // A part may be as long as the limit allows, numbering included.
    CHECK(std::any_of(parts.cbegin(), parts.cend(), [](const composer::ThreadPart &p) {
        return composer::weightedLength(Channel::X, p.text) >= 270;
    }));
}

TEST_CASE("Only a word longer than a whole part is cut, at a grapheme boundary", "[composer][thread]")
{
    const QString word = QStringLiteral("Aansprakelijkheidsverzekeringsvoorwaarden").repeated(10); // 410 letters
    const QString text =
        QStringLiteral("Lees de ") + word + QStringLiteral(" goed door, dan weet je waar je aan toe bent.");
    const QList<composer::ThreadPart> parts = composer::splitThreadParts(Channel::X, text);
    checkThreadInvariants(Channel::X, text, parts);
    // The long word starts a part of its own: words before it are not pulled into its first piece.
    CHECK(parts[0].text == QStringLiteral("Lees de") + composer::threadNumbering(1, parts.size()));
    const qsizetype wordStart = text.indexOf(word);
    const qsizetype wordEnd = wordStart + word.size();
    for (const composer::ThreadPart &part : parts) {
        // Every cut lies inside the long word or between words.
        for (const qsizetype edge : {part.source.start, part.source.end}) {
            const bool betweenWords =
                edge == 0 || edge == text.size() || text.at(edge - 1).isSpace() || text.at(edge).isSpace();
            CHECK((betweenWords || (edge > wordStart && edge < wordEnd)));
        }
    }

    // Unspaced CJK text is one long word: cut between characters, each part fitting.
    const QString cjk = QStringLiteral("故人西辞黄鹤楼烟花三月下扬州").repeated(30);
    checkThreadInvariants(Channel::X, cjk, composer::splitThreadParts(Channel::X, cjk));
}

TEST_CASE("A link or mention near the end of a part moves whole to the next part", "[composer][thread]")
{
    const QString url = QStringLiteral("https://www.duinzicht.nl/klantenservice/contact?onderwerp=schade");
    const QString mention = QStringLiteral("@jan@mastodon.social");
    for (int fill = 230; fill < 275; ++fill) {
        // Words of ten letters, then the link: every fill moves it a little closer to the end of the first part.
        QString text;
        while (text.size() < fill)
            text += QStringLiteral("verzekerd ");
        text.truncate(fill);
        text += QLatin1Char(' ') + url + QStringLiteral(" en ") + mention + QLatin1Char(' ') +
                QStringLiteral("bedankt ").repeated(30);
        INFO("fill " << fill);
        const QList<composer::ThreadPart> parts = composer::splitThreadParts(Channel::X, text);
        checkThreadInvariants(Channel::X, text, parts);
        CHECK(std::count_if(parts.cbegin(), parts.cend(),
                            [&](const composer::ThreadPart &p) { return p.text.contains(url); }) == 1);
        CHECK(std::count_if(parts.cbegin(), parts.cend(),
                            [&](const composer::ThreadPart &p) { return p.text.contains(mention); }) == 1);
    }
}

TEST_CASE("No-break spaces keep amounts together", "[composer][thread]")
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("De premie is €\u00A0%1 per maand. ").arg(20 + i);
    const QList<composer::ThreadPart> parts = composer::splitThreadParts(Channel::X, text);
    checkThreadInvariants(Channel::X, text, parts);
    for (const composer::ThreadPart &part : parts) {
        CHECK(text.at(part.source.end - 1) != QChar(0x20AC)); // never "€" at the end of a part
        if (part.source.start > 0)
            CHECK(text.at(part.source.start - 1) != QChar(0x00A0)); // nor the amount at the start of the next
    }
}

TEST_CASE("A word longer than a whole Facebook comment (a huge link) is cut, only that word", "[composer][thread]")
{
    const QString url = QStringLiteral("https://www.duinzicht.nl/polis?data=") + QString(9000, QLatin1Char('x'));
    const QString text = QStringLiteral("Je polis staat hier: ") + url + QStringLiteral(" groet, Jan");
    const QList<composer::ThreadPart> parts = composer::splitThreadParts(Channel::Facebook, text);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].text == QStringLiteral("Je polis staat hier:") + composer::threadNumbering(1, 3));
    for (const composer::ThreadPart &part : parts)
        CHECK(composer::weightedLength(Channel::Facebook, part.text) <= 8000);
    CHECK((parts[1].source.start == text.indexOf(url) && parts[2].text.endsWith(QStringLiteral("Jan (3/3)"))));
}

TEST_CASE("A mention longer than several posts is cut, and only it", "[composer][thread]")
{
    const QString mention = QLatin1Char('@') + QStringLiteral("duinzicht_").repeated(70); // 701 characters
    const QString text = QStringLiteral("Hoi ") + mention + QStringLiteral(" dank je wel!");
    REQUIRE(composer::findMentions(text).size() == 1);
    const QList<composer::ThreadPart> parts = composer::splitThreadParts(Channel::X, text);
    REQUIRE(parts.size() == 4);
    CHECK(parts[0].text == QStringLiteral("Hoi (1/4)"));
    for (const composer::ThreadPart &part : parts)
        CHECK(composer::weightedLength(Channel::X, part.text) <= 280);
    CHECK(parts[3].text.endsWith(QStringLiteral(" dank je wel! (4/4)")));
}

TEST_CASE("A cluster heavier than a whole post is the one thing cut inside", "[composer][thread]")
{
    const QString zalgo = QLatin1Char('a') + QString(400, QChar(0x0301));
    // X weighs each combining mark: the cluster must be cut between code points.
    const QList<composer::ThreadPart> parts = composer::splitThreadParts(Channel::X, zalgo);
    REQUIRE(parts.size() == 2);
    for (const composer::ThreadPart &part : parts)
        CHECK(composer::weightedLength(Channel::X, part.text) <= 280);
    // Mastodon counts it as one character.
    CHECK(composer::splitIntoThread(Channel::Mastodon, zalgo) == QStringList{zalgo});
}

TEST_CASE("Thread splits never fall inside a grapheme cluster (GraphemeBreakTest.txt)", "[composer][thread][unicode]")
{
    // Each test sequence is repeated into a text too long for one post; a control character (U+0001, a boundary
    // on both sides) separates the copies, and 0 to 2 leading ones shift where the cuts land.
    const QString separator = QChar(0x0001);
    int checkedLines = 0;
    for (const GraphemeCase &c : graphemeBreakCases()) {
        for (const Channel channel : {Channel::X, Channel::Mastodon}) {
            for (int shift = 0; shift < 3; ++shift) {
                // Each cluster weighs at least 1 on X and on Mastodon: three posts' worth of them.
                const qsizetype clustersPerCopy = c.boundaries.size(); // the sequence's clusters and the separator
                const qsizetype copies = 3 * composer::maxLength(channel) / clustersPerCopy + 1;
                QString text = separator.repeated(shift);
                QSet<qsizetype> allowed;
                for (int s = 0; s <= shift; ++s)
                    allowed.insert(s);
                for (qsizetype i = 0; i < copies; ++i) {
                    const qsizetype offset = text.size();
                    for (const qsizetype b : c.boundaries)
                        allowed.insert(offset + b);
                    text += c.text + separator;
                    allowed.insert(text.size());
                }
                INFO(c.line.toStdString() << " | channel " << int(channel) << ", shift " << shift);
                const QList<composer::ThreadPart> parts = composer::splitThreadParts(channel, text);
                REQUIRE(parts.size() > 1);
                QStringList problems = threadProblems(channel, text, parts);
                for (const composer::ThreadPart &part : parts) {
                    if (!allowed.contains(part.source.start) || !allowed.contains(part.source.end))
                        problems.append(QStringLiteral("cut inside a cluster of the test file at %1..%2")
                                            .arg(part.source.start)
                                            .arg(part.source.end));
                }
                INFO(problems.join(QLatin1Char('\n')).toStdString());
                CHECK(problems.isEmpty());
            }
        }
        ++checkedLines;
    }
    CHECK(checkedLines > 600);
}

TEST_CASE("Thread splits keep emoji ZWJ sequences, links and mentions whole", "[composer][thread][unicode]")
{
    const QStringList sequences = emojiFromFile(QStringLiteral("emoji-zwj-sequences.txt"));
    REQUIRE(sequences.size() > 1000);
    const QStringList sentences = {
        QStringLiteral("Bedankt voor je bericht,"),
        QStringLiteral("we kijken het direct voor je na."),
        QStringLiteral("Stuur je polisnummer even via een DM naar @DuinzichtHelpt"),
        QStringLiteral("of kijk op https://www.duinzicht.nl/schade/melden?bron=webcare"),
        QStringLiteral("en duinzicht.nl/polis"),
        QStringLiteral("cc @klantenservice@social.duinzicht.nl"),
        QStringLiteral("Fijne avond!\n\nGroet, Sanne"),
    };
    QString text;
    QList<composer::TextRange> emojiSpans;
    const auto addEmoji = [&](const QString &emoji) {
        emojiSpans.append({text.size(), text.size() + emoji.size()});
        text += emoji;
    };
    for (qsizetype i = 0; i < sequences.size(); ++i) {
        text += sentences[i % sentences.size()] + QLatin1Char(' ');
        addEmoji(sequences[i]);
        if (i % 5 == 0) // glued to a word
            text += QStringLiteral("top");
        text += QLatin1Char(' ');
        if (i == sequences.size() / 2) { // a run of 600 emoji without a space, longer than any post
            for (qsizetype j = 0; j < 600; ++j)
                addEmoji(sequences[(i + j) % sequences.size()]);
            text += QLatin1Char(' ');
        }
    }
    for (const Channel channel : webcare::domain::allChannels()) {
        INFO("channel " << int(channel));
        const QList<composer::ThreadPart> parts = composer::splitThreadParts(channel, text);
        REQUIRE(parts.size() > 1);
        checkThreadInvariants(channel, text, parts, emojiSpans);
    }
}
