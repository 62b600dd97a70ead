// SPDX-License-Identifier: MIT
// A new team's desk from the window: the set-up wizard offered once on an empty store, a supervisor editing a
// template (with the tone checks live on it) and an agent its signature, and the composer then filling that
// template with the team's source and signing with that signature; a configuration file imported into a training
// store, whose replay then keeps the team's handles.
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "case/caseview.h"
#include "config/teamsetup.h"
#include "inbox/inboxmodel.h"
#include "ingest/importer.h"
#include "replybox/composerassistant.h"
#include "review/trainingdialogs.h"
#include "store/caserepository.h"
#include "store/storeservice.h"
#include "store/teamconfigrepository.h"
#include "store/teamsettingsrepository.h"
#include "team/profiledialog.h"
#include "team/setupwizard.h"
#include "team/teamconfigdialog.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace webcare;

namespace {

// A customer of the new team asks on X, to the team's handle; nothing by the team itself.
const QByteArray customerQuestion =
    R"({"data": [{"id": "7001", "text": "@Polderpolis hoe meld ik schade aan mijn auto?", "author_id": "77",
        "created_at": "2026-12-07T09:30:00.000Z", "conversation_id": "7001"}],
        "includes": {"users": [{"id": "77", "username": "kees_de_klant", "name": "Kees de Klant"}]}})";

QByteArray polderpolis() { return test::repoFile(QStringLiteral("tests/data/polderpolis-config.json")); }

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

// Answers the next modal picker (Ctrl+T, Ctrl+B) as an agent does: a few letters, then Enter.
void answerPicker(const QString &objectName, const QString &typed, bool *seen)
{
    QTimer::singleShot(0, [=] {
        if (!QTest::qWaitFor([&] { return QApplication::activeModalWidget() != nullptr; }, 5000))
            return;
        QWidget *picker = QApplication::activeModalWidget();
        if (!picker || picker->objectName() != objectName)
            return;
        *seen = true;
        auto *search = picker->findChild<QLineEdit *>(objectName + QStringLiteral("Search"));
        if (search)
            QTest::keyClicks(search, typed);
        QTest::keyClick(search ? static_cast<QWidget *>(search) : picker, Qt::Key_Return);
    });
}

QString screenshotDir() { return qEnvironmentVariable("WEBCARE_SCREENSHOT_DIR"); }

} // namespace

TEST_CASE("A new store offers the set-up wizard once; Finish sets the team up, every page skippable", "[ui][config]")
{
    ui::Translations translations;
    const QString screenshots = screenshotDir();
    const QStringList languages =
        screenshots.isEmpty() ? QStringList{QString()} : QStringList{QStringLiteral("nl"), QStringLiteral("en")};
    for (const QString &language : languages) {
        if (!language.isEmpty())
            translations.setLanguage(language);
        test::ScratchDatabase db(store::Backend::Sqlite);
        test::TestDesk desk(db.location(), &translations);
        ui::MainWindow &window = desk.window;
        window.setAgent(QStringLiteral("ms"));
        window.setOfferSetup(true); // as main() does for a store that is neither demo nor training
        window.show();
        window.openStore(db.location(), false);
        ui::SetupWizard *wizard = nullptr;
        REQUIRE(QTest::qWaitFor(
            [&] { return (wizard = window.findChild<ui::SetupWizard *>(QStringLiteral("setupWizard"))) != nullptr; },
            15000));
        REQUIRE(QTest::qWaitFor([&] { return wizard->isVisible(); }, 5000));
        QApplication::setActiveWindow(wizard);

        // Page 1: the team and its brand words.
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("setupTeamName")),
                 QStringLiteral("Webcare Polderpolis"));
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("setupBrand")), QStringLiteral("Polderpolis"));
        if (!screenshots.isEmpty()) {
            QTest::qWait(200);
            wizard->grab().save(screenshots + QStringLiteral("/screenshot-setup-wizard-%1.png").arg(language));
        }
        wizard->next();
        // Page 2: the team's handles on X and Mastodon (the full @user@instance form).
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("setupHandle_x")), QStringLiteral("Polderpolis"));
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("setupHandle_mastodon")),
                 QStringLiteral("@webcare@polderpolis.social"));
        wizard->next();
        // Page 3: the voice — kept at "je"; the signature convention on a line of its own.
        auto *style = wizard->findChild<QComboBox *>(QStringLiteral("setupStyle"));
        REQUIRE(style);
        CHECK(style->currentData().toString() == QLatin1String("je"));
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("setupSignature")), QStringLiteral("^{initials}"));
        // Pages 4–6 skipped as they are: hours, the starter library, no account.
        while (wizard->currentId() != wizard->pageIds().last())
            wizard->next();
        wizard->button(QWizard::FinishButton)->click();
        REQUIRE(QTest::qWaitFor([&] { return !window.findChild<ui::SetupWizard *>(); }, 10000));

        auto s = store::CaseStore::open(db.location());
        REQUIRE_OK(s);
        auto config = (*s)->config().load();
        REQUIRE_OK(config);
        CHECK(config->tone.teamName == QLatin1String("Webcare Polderpolis"));
        CHECK(config->brand == QStringList{QStringLiteral("polderpolis")});
        REQUIRE(config->ownAccounts.size() == 2);
        CHECK(config->ownAccounts.at(1).handle == QLatin1String("@webcare@polderpolis.social"));
        CHECK_FALSE(config->templates.isEmpty()); // the starter library, seeded once and kept
        auto done = (*s)->settings().teamSetting(ui::SetupWizard::doneSetting());
        REQUIRE_OK(done);
        CHECK(done->value_or(QString()) == QLatin1String("wizard"));
    }

    // Not now: recorded, and not offered again at the next start.
    test::ScratchDatabase db(store::Backend::Sqlite);
    for (int start = 0; start < 2; ++start) {
        test::TestDesk desk(db.location());
        ui::MainWindow &window = desk.window;
        window.setAgent(QStringLiteral("ms"));
        window.setOfferSetup(true);
        QSignalSpy opened(&window, &ui::MainWindow::storeOpened);
        window.show();
        window.openStore(db.location(), false);
        REQUIRE(QTest::qWaitFor([&] { return !opened.isEmpty() && desk.teamConfig.isLoaded(); }, 15000));
        test::settleStore(desk.storeService); // the offer's own question to the store has been answered
        auto *wizard = window.findChild<ui::SetupWizard *>(QStringLiteral("setupWizard"));
        if (start == 0) {
            REQUIRE(QTest::qWaitFor(
                [&] { return (wizard = window.findChild<ui::SetupWizard *>(QStringLiteral("setupWizard"))); }, 5000));
            wizard->button(QWizard::CancelButton)->click();
            test::settleStore(desk.storeService);
        } else {
            CHECK_FALSE(wizard); // skipped once: the Team menu still has it
        }
    }
}

TEST_CASE("A supervisor edits a template and an agent its signature; the composer fills and signs with them",
          "[ui][config][composer]")
{
    ui::Translations translations;
    const QString screenshots = screenshotDir();
    if (!screenshots.isEmpty())
        translations.setLanguage(QStringLiteral("nl"));
    test::ScratchDatabase db(store::Backend::Sqlite);
    {
        // Provisioned as a script would (config import), then a first customer question arrives.
        auto s = db.open();
        auto applied = config::importConfiguration(*s, polderpolis(), QStringLiteral("ms"));
        REQUIRE(applied.hasValue());
        REQUIRE(ingest::importPayload(*s, domain::Channel::X, customerQuestion, QStringLiteral("x")).ok());
        REQUIRE_OK(s->settings().setTeamSetting(ui::SetupWizard::doneSetting(), QStringLiteral("import"),
                                                QStringLiteral("ms")));
    }
    test::TestDesk desk(db.location(), &translations);
    ui::MainWindow &window = desk.window;
    window.setAgent(QStringLiteral("ms"));
    window.show();
    window.openStore(db.location(), false);
    REQUIRE(QTest::qWaitFor([&] { return desk.teamConfig.isLoaded(); }, 15000));

    // The supervisor opens Team ▸ Templates and rewrites the claims template; the checks run on it as it is typed.
    ui::TeamConfigDialog *dialog = window.showTeamConfiguration(int(ui::TeamConfigDialog::Page::Templates));
    REQUIRE(dialog);
    QApplication::setActiveWindow(dialog);
    QListWidget *list = dialog->templateList();
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(QLatin1String("Schade melden")))
            row = i;
    REQUIRE(row >= 0);
    list->setCurrentRow(row);
    QPlainTextEdit *text = dialog->templateText();
    typeInto(text, QStringLiteral("Beste klant, u meldt schade via {bron} {agent}"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int i = 0; i < dialog->templateFindings()->count(); ++i)
                if (dialog->templateFindings()->item(i)->text().contains(QLatin1String("u")))
                    return dialog->templateFindings()->count() > 0;
            return false;
        },
        10000));
    const int findingsFormal = dialog->templateFindings()->count();
    if (!screenshots.isEmpty()) {
        dialog->resize(1000, 680);
        QTest::qWait(200);
        dialog->grab().save(screenshots + QStringLiteral("/screenshot-template-editor.png"));
    }
    typeInto(text, QStringLiteral("Hoi {naam}, wat vervelend van je auto! Meld de schade via {bron} dan kijk ik met je "
                                  "mee. {agent}"));
    REQUIRE(QTest::qWaitFor([&] { return dialog->templateFindings()->count() < findingsFormal; }, 10000));
    QSignalSpy saved(dialog, &ui::TeamConfigDialog::saved);
    dialog->save();
    REQUIRE(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));

    // The agent jb sets their own signature in My profile.
    window.setAgent(QStringLiteral("jb"));
    ui::ProfileDialog *profile = window.showProfile();
    REQUIRE(profile);
    QApplication::setActiveWindow(profile);
    CHECK(profile->signatureField()->text() == QLatin1String("^JB"));
    typeInto(profile->signatureField(), QStringLiteral("^Jan"));
    if (!screenshots.isEmpty()) {
        QTest::qWait(200);
        profile->grab().save(screenshots + QStringLiteral("/screenshot-profile.png"));
    }
    QSignalSpy signed_(profile, &ui::ProfileDialog::saved);
    profile->save();
    REQUIRE(QTest::qWaitFor([&] { return !signed_.isEmpty(); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return desk.teamConfig.signatureOf(QStringLiteral("jb")) == QLatin1String("^Jan"); },
                            10000));

    // The customer's question is in the inbox; the agent opens it and answers with Ctrl+T.
    REQUIRE(QTest::qWaitFor([&] { return window.inboxModel()->rowCount() >= 1; }, 10000));
    window.inboxView()->setCurrentIndex(window.inboxModel()->index(0, 0));
    REQUIRE(QTest::qWaitFor(
        [&] { return window.caseView()->caseId() != 0 && window.caseView()->replyEditor()->isEnabled(); }, 10000));
    QPlainTextEdit *editor = window.caseView()->replyEditor();
    ui::ComposerAssistant *assistant = window.caseView()->composer();
    REQUIRE(QTest::qWaitFor([&] { return assistant->context().signature == QLatin1String("^Jan"); }, 10000));
    QApplication::setActiveWindow(&window);
    editor->setFocus();
    editor->clear();
    bool picked = false;
    answerPicker(QStringLiteral("templatePicker"), QStringLiteral("schade"), &picked);
    QTest::keyClick(editor, Qt::Key_T, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return picked && !editor->toPlainText().isEmpty(); }, 10000));
    CHECK(editor->toPlainText() ==
          QLatin1String("Hoi Kees, wat vervelend van je auto! Meld de schade via "
                        "https://www.polderpolis.example/schade dan kijk ik met je mee. ^Jan"));
    // The team writes "je": a formal reply is flagged, and the source counts as approved.
    QSignalSpy checked(assistant, &ui::ComposerAssistant::checked);
    QTest::keyClicks(editor, QStringLiteral(" Kunt u ons volgen?"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto f = assistant->findings();
            return std::any_of(f.cbegin(), f.cend(), [](const composer::Finding &x) {
                return x.rule == QStringView(composer::rule::formalAddress);
            });
        },
        10000));
    const auto findings = assistant->findings();
    CHECK(std::none_of(findings.cbegin(), findings.cend(), [](const composer::Finding &x) {
        return x.rule == QStringView(composer::rule::policyWithoutSource);
    }));

    // Ctrl+B puts a page of the knowledge base in at the cursor. (Offscreen there is no window manager to give the
    // window back its activation after the picker closed.)
    QApplication::setActiveWindow(&window);
    editor->setFocus();
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("Kijk op"));
    bool sourced = false;
    answerPicker(QStringLiteral("sourcePicker"), QStringLiteral("schade"), &sourced);
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    REQUIRE(
        QTest::qWaitFor([&] { return sourced && editor->toPlainText().contains(QLatin1String("https://")); }, 10000));
    CHECK(editor->toPlainText() == QLatin1String("Kijk op https://www.polderpolis.example/schade"));
}

TEST_CASE("A training store takes the team's configuration from a file, and its replay keeps the team's handles",
          "[ui][config][training]")
{
    QTemporaryDir dir;
    const QString configFile = dir.filePath(QStringLiteral("team.json"));
    {
        QFile f(configFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(polderpolis());
    }
    const QString corpusFile = dir.filePath(QStringLiteral("x.json"));
    {
        QFile f(corpusFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(customerQuestion);
    }
    test::ScratchDatabase db(store::Backend::Sqlite);
    test::TestDesk desk(db.location(), nullptr, true);
    ui::MainWindow &window = desk.window;
    window.setAgent(QStringLiteral("ms"));
    QSignalSpy opened(&window, &ui::MainWindow::storeOpened);
    window.show();
    window.openStore(db.location(), false, store::StorePurpose::Training);
    REQUIRE(QTest::qWaitFor([&] { return !opened.isEmpty() && desk.teamConfig.isLoaded(); }, 15000));

    // Team ▸ Team configuration ▸ Import …, with the file a supervisor exported from the live desk.
    ui::TeamConfigDialog *dialog = window.showTeamConfiguration(0);
    QSignalSpy saved(dialog, &ui::TeamConfigDialog::saved);
    dialog->importFrom(configFile);
    REQUIRE(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));
    REQUIRE(QTest::qWaitFor(
        [&] { return desk.teamConfig.configuration().tone.teamName == QLatin1String("Webcare Polderpolis"); }, 10000));

    // Training ▸ Replay a corpus, an export without a single post by the team.
    window.showReplay();
    ui::ReplayDialog *replay = window.replayDialog();
    REQUIRE(replay);
    replay->addFiles(domain::Channel::X, {corpusFile});
    replay->choosePace(training::Pace::AllAtOnce);
    replay->start();
    REQUIRE(QTest::qWaitFor(
        [&] { return replay->replayer() && replay->replayer()->state() == training::Replayer::State::Finished; },
        20000));
    auto s = store::CaseStore::open(db.location(), [] {
        store::OpenOptions o;
        o.purpose = store::StorePurpose::Training;
        return o;
    }());
    REQUIRE_OK(s);
    QSqlQuery q((*s)->database());
    REQUIRE(q.exec(QStringLiteral("SELECT p.text, a.handle FROM posts p JOIN authors a ON a.id = p.author_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("@Polderpolis hoe meld ik schade aan mijn auto?"));
    CHECK(q.value(1).toString() != QLatin1String("kees_de_klant"));
}
