// SPDX-License-Identifier: MIT
// The reply box checks a bad draft as the agent types, fixes with one key, and fills in templates.
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "case/caseview.h"
#include "inbox/inboxmodel.h"
#include "replybox/composerassistant.h"
#include "store/storeservice.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace webcare;

namespace {
QStringList rulesOf(const QList<composer::Finding> &findings)
{
    QStringList rules;
    for (const composer::Finding &f : findings)
        rules << f.rule;
    return rules;
}
} // namespace

TEST_CASE("Every check fires on a bad draft while typing, and one key fixes", "[ui][composer]")
{
    // The documentation's pictures are Dutch, as the agents see them.
    ui::Translations translations;
    const QString screenshots = qEnvironmentVariable("WEBCARE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        translations.setLanguage(QStringLiteral("nl"));
    test::ScratchDatabase db(store::Backend::Sqlite);
    test::TestDesk desk(db.location());
    ui::MainWindow &window = desk.window;
    window.setAgent(QStringLiteral("jbakker"));
    window.show();
    window.openStore(db.location(), true);
    REQUIRE(QTest::qWaitFor(
        [&] { return window.caseView()->caseId() != 0 && window.caseView()->replyEditor()->isEnabled(); }, 30000));
    QTest::qWait(300); // the inbox settles on its first case
    ui::ComposerAssistant *assistant = window.caseView()->composer();
    QPlainTextEdit *editor = window.caseView()->replyEditor();
    QSignalSpy checked(assistant, &ui::ComposerAssistant::checked);
    QApplication::setActiveWindow(&window);
    editor->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return editor->hasFocus(); }, 2000));

    // Typed key by key: the checks follow without blocking the typing.
    QTest::keyClicks(editor, QStringLiteral("Beste klant, kunt u uw polisnummer sturen?? Dan krijgt u 20% korting "
                                            "op een nieuwe verzekering!!! Volgens de voorwaarden ben je verzekerd. "
                                            "Gezelig weekend"));
    const bool fired = QTest::qWaitFor(
        [&] { return !checked.isEmpty() && rulesOf(assistant->findings()).contains(QLatin1String("formal-address")); },
        10000);
    INFO("text: " << editor->toPlainText().toStdString()
                  << " | rules: " << rulesOf(assistant->findings()).join(QLatin1Char(',')).toStdString()
                  << " | checks: " << checked.size());
    REQUIRE(fired);
    const QStringList rules = rulesOf(assistant->findings());
    INFO(rules.join(QLatin1Char(',')).toStdString());
    CHECK(rules.contains(QLatin1String("formal-address")));
    CHECK(rules.contains(QLatin1String("signature-missing")));
    CHECK(rules.contains(QLatin1String("commercial-offer")));
    CHECK(rules.contains(QLatin1String("policy-without-source")));
    CHECK(rules.contains(QLatin1String("zekep-exclamation")));
    auto *list = window.caseView()->findChild<QListWidget *>(QStringLiteral("findings"));
    REQUIRE(list);
    CHECK(list->count() == assistant->findings().size());
    CHECK_FALSE(editor->extraSelections().isEmpty()); // the words are underlined
    if (ui::ComposerAssistant::speller())
        CHECK(rules.contains(QLatin1String("spelling")));

    if (!screenshots.isEmpty()) {
        // For docs/: WEBCARE_SCREENSHOT_DIR=docs ui_tests "[composer]" refreshes docs/screenshot-composer.png.
        window.resize(1440, 900);
        QTest::qWait(200);
        window.grab().save(screenshots + QStringLiteral("/screenshot-composer.png"));
    }

    // Ctrl+Shift+. applies every fix there is: the formal address and the missing signature are gone.
    QTest::keyClick(editor, Qt::Key_Period, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor([&] { return !rulesOf(assistant->findings()).contains(QLatin1String("formal-address")); },
                            10000));
    CHECK(editor->toPlainText().contains(QLatin1String("kun je")));
    CHECK(editor->toPlainText().endsWith(QLatin1String("^JB")));
    CHECK_FALSE(rulesOf(assistant->findings()).contains(QLatin1String("signature-missing")));

    // A template, filled in with the customer's name and the signature.
    editor->clear();
    const QList<composer::Template> found =
        composer::searchTemplates(composer::starterTemplates(), QStringLiteral("schade"));
    REQUIRE_FALSE(found.isEmpty());
    assistant->insertTemplate(found.first());
    CHECK_FALSE(editor->toPlainText().contains(QLatin1String("{naam}")));
    CHECK(editor->toPlainText().contains(QLatin1String("^JB")));
}
