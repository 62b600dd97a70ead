// SPDX-License-Identifier: MIT
// The case view's details (notes, tags, customer number, audit trail), links that open only after confirmation,
// and the reply preview.
#include "support/deskapp.h"
#include "support/testsupport.h"

#include "case/casedetailspanel.h"
#include "case/caseview.h"
#include "case/linkguard.h"
#include "inbox/inboxmodel.h"
#include "replybox/replypreview.h"
#include "store/storeservice.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace webcare;

namespace {

bool anyContains(const QStringList &lines, const QString &part)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(part); });
}

// Clicks the middle of the first occurrence of `text` in the thread, as the agent would.
bool clickText(QTextBrowser *thread, const QString &text)
{
    const QTextCursor found = thread->document()->find(text);
    if (found.isNull())
        return false;
    QTextCursor at(thread->document());
    at.setPosition(found.selectionStart() + text.size() / 2);
    thread->setTextCursor(at); // scrolls the link into view; no selection, so the click is not a drag
    const QRect rect = thread->cursorRect(at);
    const QPoint point(rect.left() + 1, rect.center().y());
    QTest::mouseClick(thread->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    return true;
}

} // namespace

TEST_CASE("The case details keep notes, tags and the customer number, and links open only after confirmation",
          "[ui][casedetails]")
{
    ui::Translations translations;
    const QString screenshots = qEnvironmentVariable("WEBCARE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        translations.setLanguage(QStringLiteral("nl"));
    test::ScratchDatabase db(store::Backend::Sqlite);
    test::TestDesk desk(db.location());
    store::StoreService &storeService = desk.storeService;
    ui::MainWindow &window = desk.window;
    window.setAgent(QStringLiteral("jbakker"));
    window.resize(1440, 900);
    window.show();
    window.openStore(db.location(), true);
    ui::CaseView *view = window.caseView();
    REQUIRE(QTest::qWaitFor([&] { return view->caseId() != 0; }, 30000));

    // The demo's forum post with markup typed by mistake and a link to the campaign page.
    const QString link = QStringLiteral("https://www.duinzicht.example/wandelaar");
    qint64 linkCase = 0;
    QString postText;
    bool looked = false;
    storeService.run<std::pair<qint64, QString>>(
        &window,
        [link](store::CaseStore &s) -> Expected<std::pair<qint64, QString>, store::StoreError> {
            QSqlQuery q(s.database());
            q.prepare(QStringLiteral("SELECT case_id, text FROM posts WHERE text LIKE ? AND from_own_account = 0 "
                                     "ORDER BY id LIMIT 1"));
            q.addBindValue(QString(QStringLiteral("%") + link + QStringLiteral("%")));
            if (!q.exec() || !q.next())
                return std::pair<qint64, QString>{0, {}};
            return std::pair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()};
        },
        [&](Expected<std::pair<qint64, QString>, store::StoreError> r) {
            looked = true;
            if (r) {
                linkCase = r->first;
                postText = r->second;
            }
        });
    REQUIRE(QTest::qWaitFor([&] { return looked; }, 10000));
    REQUIRE(linkCase != 0);

    // Opened as "another case of this customer" is: selected in the inbox, shown in the case view.
    emit view->caseRequested(linkCase);
    REQUIRE(QTest::qWaitFor([&] { return view->caseId() == linkCase; }, 10000));
    CHECK(window.inboxModel()->caseIdAt(window.inboxView()->currentIndex().row()) == linkCase);
    ui::CaseDetailsPanel *details = view->details();
    REQUIRE(
        QTest::qWaitFor([&] { return details->caseId() == linkCase && !details->customerText().isEmpty(); }, 10000));
    // The thread shows the post's text exactly; the link is in it, clickable.
    CHECK(view->threadText().contains(postText));
    CHECK(view->threadText().contains(QLatin1String("<script>alert(1)</script>"))); // shown, never run
    CHECK(view->links()->links().contains(link));

    // A note, through its box and button; Ctrl+Shift+N reaches the box from the inbox.
    QApplication::setActiveWindow(&window);
    window.inboxView()->setFocus();
    QTest::keyClick(window.inboxView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor([&] { return details->noteEdit()->hasFocus(); }, 2000));
    const QString note = QStringLiteral("Klant belde ook, polis 12-345 nagekeken");
    QTest::keyClicks(details->noteEdit(), note);
    QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("addNote")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return anyContains(details->noteLines(), note); }, 10000));
    CHECK(anyContains(details->noteLines(), QStringLiteral("jbakker")));
    CHECK(details->noteEdit()->toPlainText().isEmpty());

    // A tag from the catalog, marked as voice of the customer.
    details->focusTags();
    QTest::keyClicks(details->tagEdit(), QStringLiteral("procesfout"));
    QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("addTag")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return anyContains(details->tagLines(), QStringLiteral("procesfout")); }, 10000));
    CHECK(details->tagLines().contains(QStringLiteral("procesfout (VOC)")));

    // The customer number: a wrong one cannot be saved, a right one is stored in its normal form.
    QPushButton *saveNumber = details->findChild<QPushButton *>(QStringLiteral("saveCustomerNumber"));
    details->customerNumberEdit()->setText(QStringLiteral("12"));
    CHECK_FALSE(saveNumber->isEnabled());
    details->customerNumberEdit()->setText(QStringLiteral("kl-4711"));
    REQUIRE(saveNumber->isEnabled());
    QTest::mouseClick(saveNumber, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return anyContains(details->auditLines(),
                               ui::CaseDetailsPanel::actionDisplayName(QStringLiteral("customer.number")));
        },
        10000));
    CHECK(details->customerNumberEdit()->text() == QStringLiteral("KL-4711"));
    // Every change is in the audit trail, by whom.
    const QStringList audit = details->auditLines();
    INFO(audit.join(QLatin1Char('\n')).toStdString());
    CHECK(anyContains(audit, ui::CaseDetailsPanel::actionDisplayName(QStringLiteral("note.added"))));
    CHECK(anyContains(audit, ui::CaseDetailsPanel::actionDisplayName(QStringLiteral("tag.added"))));
    CHECK(anyContains(audit, QStringLiteral("KL-4711")));
    CHECK(anyContains(audit, QStringLiteral("jbakker")));

    // The reply preview: Ctrl+P, the exact text the outbox sends, with the platform's count.
    QPlainTextEdit *editor = view->replyEditor();
    QApplication::setActiveWindow(&window);
    editor->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return editor->hasFocus(); }, 2000));
    QTest::keyClicks(editor, QStringLiteral("  Dank voor je bericht, we kijken ernaar. ^JB  "));
    QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !view->preview()->isHidden(); }, 2000));
    CHECK(view->preview()->postedText() == QStringLiteral("Dank voor je bericht, we kijken ernaar. ^JB"));
    CHECK(view->preview()->lengthText().startsWith(QLatin1String("43 / 32000")));

    if (!screenshots.isEmpty()) {
        // For docs/: WEBCARE_SCREENSHOT_DIR=docs ui_tests "[casedetails]" refreshes docs/screenshot-case.png.
        QTest::qWait(200);
        window.grab().save(screenshots + QStringLiteral("/screenshot-case.png"));
    }
    QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier);
    CHECK(view->preview()->isHidden());

    // Clicking the link asks first and opens nothing until the agent confirms.
    QList<QUrl> opened;
    view->links()->setOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    auto *thread = view->findChild<QTextBrowser *>(QStringLiteral("threadView"));
    REQUIRE(thread);
    REQUIRE(clickText(thread, link));
    REQUIRE(QTest::qWaitFor([&] { return view->links()->confirmation() != nullptr; }, 5000));
    QMessageBox *box = view->links()->confirmation();
    CHECK(box->isVisible());
    CHECK(box->text().contains(QLatin1String("www.duinzicht.example")));
    CHECK(box->informativeText().contains(link));
    QTest::qWait(50);
    CHECK(opened.isEmpty());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(50);
    CHECK(opened.isEmpty());

    REQUIRE(clickText(thread, link));
    REQUIRE(QTest::qWaitFor([&] { return view->links()->confirmation() && view->links()->confirmation()->isVisible(); },
                            5000));
    auto *open = view->links()->confirmation()->findChild<QPushButton *>(QStringLiteral("openLink"));
    REQUIRE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first() == QUrl(link));

    // A javascript: link is refused outright: no button opens it.
    view->links()->confirm(QStringLiteral("javascript:alert(document.cookie)"));
    REQUIRE(view->links()->confirmation());
    CHECK_FALSE(view->links()->confirmation()->findChild<QPushButton *>(QStringLiteral("openLink")));
    CHECK(view->links()->confirmation()->text().contains(QLatin1String("javascript:")));
    view->links()->confirmation()->close();
    CHECK(opened.size() == 1);
}
