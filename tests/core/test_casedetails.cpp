// SPDX-License-Identifier: MIT
// The case view's details: notes, customer number, tags and the tag catalog, the customer's other cases, and the
// pure functions behind link confirmation and the reply preview.
#include "support/testsupport.h"

#include "composer/linktarget.h"
#include "composer/postedtext.h"
#include "ingest/importer.h"
#include "store/accountrepository.h"
#include "store/casedetailsrepository.h"
#include "store/caserepository.h"
#include "store/casestore.h"
#include "store/ingestrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace webcare;
using namespace webcare::domain;
using webcare::test::makePost;

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QStringList actions(const QList<AuditEvent> &events)
{
    QStringList out;
    for (const AuditEvent &e : events)
        out << e.action;
    return out;
}

qint64 caseOf(store::CaseStore &s, Channel channel, const QString &platformId)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT case_id FROM posts WHERE channel = ? AND platform_id = ?"));
    q.addBindValue(channelKey(channel));
    q.addBindValue(platformId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
} // namespace

BACKEND_TEST_CASE("Notes, tags and the customer number are kept with an audit event each", "[store][casedetails]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK(store->ingest().upsertPosts({makePost(Channel::X, QStringLiteral("100"),
                                                     QStringLiteral("Waar blijft mijn "
                                                                    "uitkering?"),
                                                     t0, QStringLiteral("7"), {}, QStringLiteral("100"))}));
    const qint64 caseId = caseOf(*store, Channel::X, QStringLiteral("100"));
    REQUIRE(caseId != 0);

    // Notes: oldest first, with author and time; the audit trail names the note.
    auto first =
        store->details().addNote(caseId, QStringLiteral("  Klant belde ook al, zie polis 12.  "), QStringLiteral("jb"));
    REQUIRE_OK(first);
    REQUIRE_OK(store->details().addNote(caseId, QStringLiteral("Schadeafdeling gevraagd"), QStringLiteral("mk")));
    CHECK_FALSE(store->details().addNote(caseId, QStringLiteral("   "), QStringLiteral("jb")).hasValue());
    auto notes = store->details().notes(caseId);
    REQUIRE_OK(notes);
    REQUIRE(notes->size() == 2);
    CHECK(notes->at(0).id == *first);
    CHECK(notes->at(0).text == QStringLiteral("Klant belde ook al, zie polis 12."));
    CHECK(notes->at(0).author == QStringLiteral("jb"));
    CHECK(notes->at(0).createdAt.isValid());
    CHECK(notes->at(1).author == QStringLiteral("mk"));

    // Tags: normalised, a second add or a remove of a missing tag changes nothing and leaves no event.
    REQUIRE_OK(store->details().addTag(caseId, QStringLiteral(" Proces Fout "), QStringLiteral("jb")));
    REQUIRE_OK(store->details().addTag(caseId, QStringLiteral("procesfout"), QStringLiteral("jb")));
    REQUIRE_OK(
        store->details().addTag(caseId, QStringLiteral("proces-fout"), QStringLiteral("jb"))); // same as the first
    REQUIRE_OK(store->details().addTag(caseId, QStringLiteral("wachttijd"), QStringLiteral("jb")));
    REQUIRE_OK(store->details().removeTag(caseId, QStringLiteral("bestaat-niet"), QStringLiteral("jb")));
    CHECK_FALSE(store->details().addTag(caseId, QStringLiteral("   "), QStringLiteral("jb")).hasValue());
    CHECK_FALSE(store->details().addTag(caseId, QString(41, QLatin1Char('a')), QStringLiteral("jb")).hasValue());
    CHECK(*store->details().tags(caseId) ==
          QStringList{QStringLiteral("proces-fout"), QStringLiteral("procesfout"), QStringLiteral("wachttijd")});
    REQUIRE_OK(store->details().removeTag(caseId, QStringLiteral("proces-fout"), QStringLiteral("mk")));
    CHECK(store->cases().caseById(caseId)->tags ==
          QStringList{QStringLiteral("procesfout"), QStringLiteral("wachttijd")});

    // The customer number: validated and normalised; the same number again leaves no event.
    CHECK_FALSE(store->details().setCustomerNumber(caseId, QStringLiteral("12 34"), QStringLiteral("jb")).hasValue());
    CHECK_FALSE(
        store->details().setCustomerNumber(caseId, QStringLiteral("１２３４５"), QStringLiteral("jb")).hasValue());
    REQUIRE_OK(store->details().setCustomerNumber(caseId, QStringLiteral(" kl-4711 "), QStringLiteral("jb")));
    REQUIRE_OK(store->details().setCustomerNumber(caseId, QStringLiteral("KL-4711"), QStringLiteral("jb")));
    auto customer = store->details().caseCustomer(caseId);
    REQUIRE_OK(customer);
    REQUIRE(customer->has_value());
    CHECK((*customer)->customerNumber == QStringLiteral("KL-4711"));
    CHECK((*customer)->handle == QStringLiteral("user7"));
    CHECK(store->cases().conversation(caseId)->first().author.customerNumber == QStringLiteral("KL-4711"));
    // Importing the customer's post again keeps the number.
    REQUIRE_OK(store->ingest().upsertPosts(
        {makePost(Channel::X, QStringLiteral("101"), QStringLiteral("Nog iets"), t0.addSecs(60), QStringLiteral("7"),
                  QStringLiteral("100"), QStringLiteral("100"))}));
    CHECK((*store->details().caseCustomer(caseId))->customerNumber == QStringLiteral("KL-4711"));

    auto trail = store->cases().auditTrail(caseId);
    REQUIRE_OK(trail);
    CHECK(actions(*trail) == QStringList{QStringLiteral("note.added"), QStringLiteral("note.added"),
                                         QStringLiteral("tag.added"), QStringLiteral("tag.added"),
                                         QStringLiteral("tag.added"), QStringLiteral("tag.removed"),
                                         QStringLiteral("customer.number")});
    CHECK(trail->at(0).actor == QStringLiteral("jb"));
    CHECK(trail->at(0).detail == QStringLiteral("Klant belde ook al, zie polis 12."));
    CHECK(trail->at(5).actor == QStringLiteral("mk"));
    CHECK(trail->at(5).detail == QStringLiteral("proces-fout"));
    CHECK(trail->at(6).detail == QStringLiteral(" → KL-4711"));

    // Unlinking is a change too.
    REQUIRE_OK(store->details().setCustomerNumber(caseId, QString(), QStringLiteral("jb")));
    CHECK((*store->details().caseCustomer(caseId))->customerNumber.isEmpty());
    CHECK(store->cases().auditTrail(caseId)->constLast().detail == QStringLiteral("KL-4711 → "));
}

BACKEND_TEST_CASE("A failed change leaves neither the change nor its audit event", "[store][casedetails]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    // No such case: the foreign key refuses the note, and nothing is half-written.
    CHECK_FALSE(store->details().addNote(4242, QStringLiteral("Notitie"), QStringLiteral("jb")).hasValue());
    CHECK_FALSE(store->details().addTag(4242, QStringLiteral("website"), QStringLiteral("jb")).hasValue());
    CHECK(store->details().notes(4242)->isEmpty());
    CHECK(store->details().tags(4242)->isEmpty());
    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_events")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 0);
    // A case without a customer post has no customer to link.
    auto none = store->details().setCustomerNumber(4242, QStringLiteral("KL-1"), QStringLiteral("jb"));
    CHECK_FALSE(none.hasValue());
}

BACKEND_TEST_CASE("The tag catalog is the team's list, and the demo seeds a Dutch one with VOC tags",
                  "[store][casedetails]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    CHECK(store->details().tagCatalog()->isEmpty());
    auto seeded = store->details().seedDefaultTagCatalog();
    REQUIRE_OK(seeded);
    CHECK(*seeded);
    auto catalog = store->details().tagCatalog();
    REQUIRE_OK(catalog);
    CHECK(catalog->size() == store::defaultTagCatalog().size());
    const auto procesfout = std::find_if(catalog->cbegin(), catalog->cend(),
                                         [](const store::TagInfo &t) { return t.tag == QLatin1String("procesfout"); });
    REQUIRE(procesfout != catalog->cend());
    CHECK(procesfout->voc);
    CHECK_FALSE(procesfout->description.isEmpty());
    CHECK(std::is_sorted(catalog->cbegin(), catalog->cend(),
                         [](const store::TagInfo &a, const store::TagInfo &b) { return a.tag < b.tag; }));

    // The team's own list replaces it; seeding again leaves the team's list alone.
    REQUIRE_OK(
        store->details().setTagCatalog({{QStringLiteral("Lange Wachttijd"), true, QStringLiteral("Te lang gewacht")},
                                        {QStringLiteral("lange wachttijd"), false, QStringLiteral("dubbel")},
                                        {QStringLiteral("website"), false, {}}},
                                       QStringLiteral("teamlead")));
    CHECK(*store->details().seedDefaultTagCatalog() == false);
    catalog = store->details().tagCatalog();
    REQUIRE(catalog->size() == 2);
    CHECK(catalog->at(0) == store::TagInfo{QStringLiteral("lange-wachttijd"), true, QStringLiteral("Te lang gewacht")});
    CHECK(catalog->at(1) == store::TagInfo{QStringLiteral("website"), false, QString()});
    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, action FROM audit_events WHERE case_id IS NULL ORDER BY id")));
    QStringList events;
    while (q.next())
        events << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    CHECK(events == QStringList{QStringLiteral("system:tags.catalog"), QStringLiteral("teamlead:tags.catalog")});

    // The demo loader seeds the list in a fresh store.
    test::ScratchDatabase demoDb(backend);
    auto demo = demoDb.open();
    for (const ingest::ImportReport &r : ingest::importDemoFeed(*demo))
        REQUIRE_FALSE(r.storeError.has_value());
    CHECK(demo->details().tagCatalog()->size() == store::defaultTagCatalog().size());
}

BACKEND_TEST_CASE("Earlier cases: the same author, and the same customer number across channels",
                  "[store][casedetails]")
{
    test::ScratchDatabase db(backend);
    auto store = db.open();
    REQUIRE_OK(
        store->accounts().addOwnAccount({Channel::X, QStringLiteral("999"), QStringLiteral("DuinzichtHelpt"), {}}));
    // Customer 7 on X: three conversations; our own reply in the first; customer 8 elsewhere; the same person as
    // "m.devries" on Mastodon (author 70).
    REQUIRE_OK(store->ingest().upsertPosts({
        makePost(Channel::X, QStringLiteral("100"), QStringLiteral("Eerste vraag"), t0, QStringLiteral("7"), {},
                 QStringLiteral("100")),
        makePost(Channel::X, QStringLiteral("101"), QStringLiteral("Antwoord"), t0.addSecs(60), QStringLiteral("999"),
                 QStringLiteral("100"), QStringLiteral("100")),
        makePost(Channel::X, QStringLiteral("200"), QStringLiteral("Tweede vraag"), t0.addDays(2), QStringLiteral("7"),
                 {}, QStringLiteral("200")),
        makePost(Channel::X, QStringLiteral("300"), QStringLiteral("Derde vraag"), t0.addDays(5), QStringLiteral("7"),
                 {}, QStringLiteral("300")),
        makePost(Channel::X, QStringLiteral("400"), QStringLiteral("Iemand anders"), t0.addDays(1), QStringLiteral("8"),
                 {}, QStringLiteral("400")),
        // Our own campaign post; customer 7 reacting to it is their case, the campaign is not.
        makePost(Channel::X, QStringLiteral("500"), QStringLiteral("Campagne"), t0.addDays(3), QStringLiteral("999"),
                 {}, QStringLiteral("500")),
        makePost(Channel::Mastodon, QStringLiteral("600"), QStringLiteral("Via Mastodon"), t0.addDays(4),
                 QStringLiteral("70"), {}, QStringLiteral("600")),
    }));
    const qint64 current = caseOf(*store, Channel::X, QStringLiteral("300"));
    const qint64 second = caseOf(*store, Channel::X, QStringLiteral("200"));
    const qint64 first = caseOf(*store, Channel::X, QStringLiteral("100"));
    const qint64 mastodon = caseOf(*store, Channel::Mastodon, QStringLiteral("600"));
    REQUIRE_OK(store->cases().setCaseState(first, CaseState::Resolved, QStringLiteral("jb")));

    auto related = store->details().authorCases(current);
    REQUIRE_OK(related);
    REQUIRE(related->size() == 2);
    CHECK(related->at(0).id == second); // newest first
    CHECK(related->at(1).id == first);
    CHECK(related->at(1).state == CaseState::Resolved);
    CHECK(related->at(1).openedAt == t0);
    CHECK(related->at(1).channel == Channel::X);
    CHECK_FALSE(related->at(0).byCustomerNumber);

    // Linking the same customer number on both authors brings in the Mastodon case, marked as found by number.
    REQUIRE_OK(store->details().setCustomerNumber(current, QStringLiteral("KL-4711"), QStringLiteral("jb")));
    REQUIRE_OK(store->details().setCustomerNumber(mastodon, QStringLiteral("kl-4711"), QStringLiteral("jb")));
    related = store->details().authorCases(current);
    REQUIRE_OK(related);
    REQUIRE(related->size() == 3);
    CHECK(related->at(0).id == mastodon);
    CHECK(related->at(0).byCustomerNumber);
    CHECK(related->at(0).channel == Channel::Mastodon);
    CHECK(related->at(1).id == second);
    // And from the Mastodon side, the three X cases.
    auto fromMastodon = store->details().authorCases(mastodon);
    REQUIRE_OK(fromMastodon);
    CHECK(fromMastodon->size() == 3);
    // An unlinked customer's empty number matches nobody.
    auto other = store->details().authorCases(caseOf(*store, Channel::X, QStringLiteral("400")));
    REQUIRE_OK(other);
    CHECK(other->isEmpty());
}

TEST_CASE("Customer numbers and tags are normalised or refused", "[casedetails]")
{
    CHECK(store::normalizedCustomerNumber(QStringLiteral(" kl-4711 ")) == QStringLiteral("KL-4711"));
    CHECK(store::normalizedCustomerNumber(QStringLiteral("")) == QString(QLatin1String("")));
    CHECK(store::normalizedCustomerNumber(QStringLiteral("12345678")) == QStringLiteral("12345678"));
    CHECK_FALSE(store::normalizedCustomerNumber(QStringLiteral("123")));                // too short
    CHECK_FALSE(store::normalizedCustomerNumber(QStringLiteral("-1234")));              // starts with '-'
    CHECK_FALSE(store::normalizedCustomerNumber(QStringLiteral("1234 5678")));          // a space
    CHECK_FALSE(store::normalizedCustomerNumber(QStringLiteral("１２３４５")));         // full-width digits
    CHECK_FALSE(store::normalizedCustomerNumber(QStringLiteral("KL\u200B4711")));       // zero-width space
    CHECK_FALSE(store::normalizedCustomerNumber(QStringLiteral("<script>1</script>"))); // markup
    CHECK_FALSE(store::normalizedCustomerNumber(QString(21, QLatin1Char('1'))));        // too long
    CHECK(store::normalizedTag(QStringLiteral("  App   Storing ")) == QStringLiteral("app-storing"));
    CHECK(store::normalizedTag(QString(41, QLatin1Char('x'))).isEmpty());
}

TEST_CASE("A link's real target is shown before it opens", "[casedetails][links]")
{
    using composer::describeLinkTarget;
    using Verdict = composer::LinkTarget::Verdict;

    auto plain = describeLinkTarget(QStringLiteral("https://www.duinzicht.example/storm"));
    CHECK(plain.openable());
    CHECK(plain.scheme == QStringLiteral("https"));
    CHECK(plain.asciiHost == QStringLiteral("www.duinzicht.example"));
    CHECK(plain.address == QStringLiteral("https://www.duinzicht.example/storm"));
    CHECK_FALSE(plain.internationalHost);
    CHECK_FALSE(plain.hiddenCharacters);

    // A bare domain opens as https.
    auto bare = describeLinkTarget(QStringLiteral("duinzicht.nl/schade"));
    CHECK(bare.openable());
    CHECK(bare.schemeAdded);
    CHECK(bare.address == QStringLiteral("https://duinzicht.nl/schade"));

    // A look-alike host (Cyrillic "а" in "duinzicht") is shown in its ASCII form.
    auto homograph = describeLinkTarget(QStringLiteral("https://duinzicht.n\u0430/login"));
    CHECK(homograph.openable());
    CHECK(homograph.internationalHost);
    CHECK(homograph.asciiHost.startsWith(QLatin1String("duinzicht.xn--")));
    CHECK(homograph.address.startsWith(QLatin1String("https://duinzicht.xn--")));
    auto idn = describeLinkTarget(QStringLiteral("https://bücher.example/"));
    CHECK(idn.asciiHost == QStringLiteral("xn--bcher-kva.example"));
    CHECK(idn.internationalHost);

    // The part before '@' is not the site.
    auto userInfo = describeLinkTarget(QStringLiteral("https://www.duinzicht.nl@evil.example/inloggen"));
    CHECK(userInfo.userInfo);
    CHECK(userInfo.asciiHost == QStringLiteral("evil.example"));

    // Only http and https.
    for (const char *refused :
         {"javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)", "file:///etc/passwd",
          "data:text/html,<script>alert(1)</script>", "mailto:a@b.example", "ftp://x.example/", "vbscript:msgbox(1)"}) {
        INFO(refused);
        const auto t = describeLinkTarget(QString::fromUtf8(refused));
        CHECK(t.verdict == Verdict::UnsupportedScheme);
        CHECK_FALSE(t.openable());
    }
    CHECK(describeLinkTarget(QStringLiteral("https:///pad")).verdict == Verdict::NoHost);
    CHECK(describeLinkTarget(QString()).verdict == Verdict::NotALink);

    // A right-to-left override or a zero-width space in the host: refused, and shown.
    auto rlo = describeLinkTarget(QStringLiteral("https://evil\u202Egpj.example/"));
    CHECK(rlo.verdict == Verdict::HiddenCharactersInHost);
    CHECK(rlo.writtenVisible == QStringLiteral("https://evil⟨U+202E⟩gpj.example/"));
    auto zw = describeLinkTarget(QStringLiteral("https://duin\u200Bzicht.nl/"));
    CHECK(zw.verdict == Verdict::HiddenCharactersInHost);
    CHECK(zw.host.contains(QStringLiteral("⟨U+200B⟩")));
    // In the path: openable, but visible and percent-encoded in the address.
    auto path = describeLinkTarget(QStringLiteral("https://duinzicht.nl/a\u202Etxt.exe"));
    CHECK(path.openable());
    CHECK(path.hiddenCharacters);
    CHECK(path.address == QStringLiteral("https://duinzicht.nl/a%E2%80%AEtxt.exe"));
    CHECK(path.writtenVisible == QStringLiteral("https://duinzicht.nl/a⟨U+202E⟩txt.exe"));
    // A tag character (outside the BMP) is revealed as one code point.
    CHECK(composer::revealInvisible(QStringLiteral("a\U000E0041b")) == QStringLiteral("a⟨U+E0041⟩b"));
    CHECK(composer::revealInvisible(QStringLiteral("gewoon één café 😀")) == QStringLiteral("gewoon één café 😀"));
}

TEST_CASE("Naughty strings never make a link openable elsewhere or hide characters", "[casedetails][links]")
{
    bool found = false;
    const QByteArray json = test::sharedData(QStringLiteral("unicode/blns.json"), &found);
    if (!found)
        WEBCARE_SKIP("../shared/data/unicode/blns.json is not beside this clone");
    const QJsonArray strings = QJsonDocument::fromJson(json).array();
    REQUIRE(strings.size() > 400);
    int refusedInHost = 0;
    for (const QJsonValue &v : strings) {
        const QString s = v.toString();
        INFO(s.toStdString());
        const QStringList candidates{s, QStringLiteral("https://duinzicht.example/") + s,
                                     QStringLiteral("https://") + s + QStringLiteral(".example/")};
        for (const QString &candidate : candidates) {
            const composer::LinkTarget t = composer::describeLinkTarget(candidate);
            CHECK_FALSE(composer::hasInvisible(t.writtenVisible));
            CHECK_FALSE(composer::hasInvisible(t.host));
            if (t.openable()) {
                CHECK((t.scheme == QLatin1String("http") || t.scheme == QLatin1String("https")));
                CHECK_FALSE(t.asciiHost.isEmpty());
                // What goes to the browser is plain ASCII: nothing in it can reorder or hide.
                for (const QChar c : t.address)
                    CHECK((c.unicode() > 0x20 && c.unicode() < 0x7f));
            }
            if (t.verdict == composer::LinkTarget::Verdict::HiddenCharactersInHost)
                ++refusedInHost;
        }
        // Whatever follows the slash, the site stays the one written before it.
        const composer::LinkTarget inPath =
            composer::describeLinkTarget(QStringLiteral("https://duinzicht.example/") + s);
        if (inPath.openable())
            CHECK(inPath.asciiHost == QStringLiteral("duinzicht.example"));
    }
    CHECK(refusedInHost > 0); // the list's zero-width and bidi strings are among them
}

TEST_CASE("Links in post text are found as the platforms make them clickable", "[casedetails][links]")
{
    const QString text = QStringLiteral("Zie https://www.duinzicht.example/storm en duinzicht.nl/schade of "
                                        "https://forum.example/schadeformulier/één.");
    const QList<composer::TextRange> links = composer::findLinks(text);
    QStringList found;
    for (const composer::TextRange &r : links)
        found << text.mid(r.start, r.length());
    CHECK(found == QStringList{QStringLiteral("https://www.duinzicht.example/storm"),
                               QStringLiteral("duinzicht.nl/schade"),
                               QStringLiteral("https://forum.example/schadeformulier/één")});
    CHECK(composer::findLinks(QStringLiteral("<a href=\"javascript:alert(1)\">klik</a>")).isEmpty());
}

TEST_CASE("The preview shows the reply exactly as the platform publishes it", "[casedetails][preview]")
{
    using composer::postedReply;
    // The outbox sends the trimmed text: nothing appended, no @-prefix.
    auto x =
        postedReply({Channel::X, QStringLiteral("jansen"), false}, QStringLiteral("  Hoi Jan, dat klopt. ^JB\n\n"));
    CHECK(x.text == QStringLiteral("Hoi Jan, dat klopt. ^JB"));
    CHECK(x.length == 23);
    CHECK(x.maxLength == 280);
    CHECK(x.fits);
    CHECK_FALSE(x.mastodonMentionMissing);
    CHECK_FALSE(x.rendersMarkdown);
    // A link counts 23 on X whatever its length.
    auto link = postedReply({Channel::X, {}, false},
                            QStringLiteral("Zie https://www.duinzicht.nl/een/heel/lang/pad/naar/het/formulier"));
    CHECK(link.length == 4 + 23);
    CHECK_FALSE(postedReply({Channel::X, {}, false}, QString(281, QLatin1Char('a'))).fits);
    CHECK_FALSE(postedReply({Channel::X, {}, false}, QStringLiteral("   ")).fits);

    // Mastodon: a reply that does not mention the customer does not reach them.
    {
        auto missing = postedReply({Channel::Mastodon, QStringLiteral("@marieke@mastodon.example"), false},
                                   QStringLiteral("Dank je, we kijken ernaar ^JB"));
        CHECK(missing.mastodonMentionMissing);
        CHECK(missing.maxLength == 500);
        auto full = postedReply({Channel::Mastodon, QStringLiteral("@marieke@mastodon.example"), false},
                                QStringLiteral("@marieke@mastodon.example Dank je ^JB"));
        CHECK_FALSE(full.mastodonMentionMissing);
        CHECK(full.length == 8 + 1 + 11); // @user@domain counts as @user
        auto shortForm = postedReply({Channel::Mastodon, QStringLiteral("@Marieke@mastodon.example"), false},
                                     QStringLiteral("@marieke dank je"));
        CHECK_FALSE(shortForm.mastodonMentionMissing);
        auto someoneElse = postedReply({Channel::Mastodon, QStringLiteral("@marieke@mastodon.example"), false},
                                       QStringLiteral("@marieke@ander.example dank je"));
        CHECK(someoneElse.mastodonMentionMissing);
    }
    // Discourse renders Markdown; Facebook counts UTF-16 units.
    CHECK(
        postedReply({Channel::Discourse, QStringLiteral("wandelaar"), false}, QStringLiteral("*hoi*")).rendersMarkdown);
    CHECK(postedReply({Channel::Facebook, {}, false}, QStringLiteral("😀")).length == 2);
    // Hidden characters in the reply are flagged; line breaks are not.
    CHECK(postedReply({Channel::X, {}, false}, QStringLiteral("Hoi\u200B")).hiddenCharacters);
    CHECK_FALSE(postedReply({Channel::X, {}, false}, QStringLiteral("Hoi\nJan\tx")).hiddenCharacters);
}
