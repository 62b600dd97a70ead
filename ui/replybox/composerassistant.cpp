// SPDX-License-Identifier: MIT
#include "replybox/composerassistant.h"

#include "composer/spelling.h"

#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace webcare::ui {

namespace {
QFuture<std::shared_ptr<const composer::Speller>> &spellerLoad()
{
    // Loading the Dutch and English dictionaries takes a quarter of a second: never on the GUI thread.
    static QFuture<std::shared_ptr<const composer::Speller>> future =
        QtConcurrent::run([] { return std::shared_ptr<const composer::Speller>(new composer::Speller()); });
    return future;
}
} // namespace

const composer::Speller *ComposerAssistant::speller()
{
    auto &load = spellerLoad();
    return load.isFinished() ? load.result().get() : nullptr;
}

ComposerAssistant::ComposerAssistant(QPlainTextEdit *editor, QListWidget *findingsList, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_list(findingsList)
{
    spellerLoad();                         // start loading now, while the agent reads
    m_context.spellingSuggestions = false; // live: suggestions come from the background (fetchSuggestions)
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerAssistant::requestCheck);
    connect(&m_watcher, &QFutureWatcher<QList<composer::Finding>>::finished, this, [this] {
        m_findings = m_watcher.result();
        if (std::exchange(m_again, false) || m_checkedText != m_editor->toPlainText()) {
            requestCheck();
            return;
        }
        showFindings();
        emit checked(int(m_findings.size()));
        m_suggestionDelay.start(); // suggestions only once the agent pauses
    });
    m_suggestionDelay.setSingleShot(true);
    m_suggestionDelay.setInterval(600);
    connect(&m_suggestionDelay, &QTimer::timeout, this, &ComposerAssistant::fetchSuggestions);
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, m_editor);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Period),
             [this] { applyFix(m_list->currentRow() >= 0 ? m_list->currentRow() : -1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period), [this] { applyAllFixes(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { pickTemplate(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { pickSource(); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { applyFix(m_list->row(item)); });
}

void ComposerAssistant::setContext(const composer::CheckContext &context)
{
    m_context = context;
    m_context.spellingSuggestions = false;
    requestCheck();
}

void ComposerAssistant::requestCheck()
{
    if (m_watcher.isRunning()) {
        m_again = true; // one more check with the newest text once this one is done
        return;
    }
    m_checkedText = m_editor->toPlainText();
    composer::CheckContext context = m_context;
    context.speller = speller();
    const QString text = m_checkedText;
    m_watcher.setFuture(QtConcurrent::run([text, context] { return composer::check(text, context); }));
}

void ComposerAssistant::fetchSuggestions()
{
    // Suggestions for a new misspelling take Hunspell a few hundred milliseconds: ask in the background, then
    // check again so they appear as fixes.
    const composer::Speller *s = speller();
    if (!s || m_fetchingSuggestions)
        return;
    if (m_checkedText != m_editor->toPlainText())
        return;
    QStringList words;
    const int cursor = m_editor->textCursor().position();
    for (const composer::Finding &f : std::as_const(m_findings)) {
        // Not the word being typed: it is probably not finished.
        const bool underCursor = cursor >= f.start && cursor <= f.start + f.length;
        if (f.rule == QStringView(composer::rule::spelling) && f.alternatives.isEmpty() && !underCursor)
            words << m_checkedText.mid(f.start, f.length);
    }
    if (words.isEmpty())
        return;
    m_fetchingSuggestions = true;
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_fetchingSuggestions = false;
        requestCheck();
    });
    watcher->setFuture(QtConcurrent::run([s, words] {
        for (const QString &w : words)
            s->suggestions(w);
    }));
}

void ComposerAssistant::showFindings()
{
    QList<QTextEdit::ExtraSelection> marks;
    m_list->clear();
    for (const composer::Finding &f : std::as_const(m_findings)) {
        QString line = f.message;
        if (f.fix)
            line += QLatin1Char(' ') + tr("[Ctrl+. fixes]");
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, f.rule);
        if (f.length <= 0)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document());
        mark.cursor.setPosition(int(f.start));
        mark.cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(f.rule == QStringView(composer::rule::spelling)
                                          ? QTextCharFormat::SpellCheckUnderline
                                          : QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(f.rule == QStringView(composer::rule::spelling) ? QColor(0xd0, 0x10, 0x10)
                                                                                      : QColor(0xe0, 0x8a, 0x00));
        mark.format.setToolTip(f.message);
        marks << mark;
    }
    m_editor->setExtraSelections(marks);
    m_list->setVisible(!m_findings.isEmpty());
}

void ComposerAssistant::applyFix(int index)
{
    if (m_checkedText != m_editor->toPlainText())
        return; // the findings are for an older text; the next check brings fresh ones
    if (index < 0) {
        for (int i = 0; i < m_findings.size() && index < 0; ++i) {
            if (m_findings.at(i).fix)
                index = i;
        }
    }
    if (index < 0 || index >= m_findings.size() || !m_findings.at(index).fix)
        return;
    const composer::Finding f = m_findings.at(index);
    QTextCursor cursor(m_editor->document());
    // One edit block: a single Ctrl+Z takes the fix back.
    cursor.beginEditBlock();
    if (f.fix->kind == composer::Fix::Kind::Append) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(f.fix->text);
    } else {
        cursor.setPosition(int(f.start));
        cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
        cursor.insertText(f.fix->text);
    }
    cursor.endEditBlock();
}

void ComposerAssistant::applyAllFixes()
{
    if (m_checkedText != m_editor->toPlainText())
        return;
    const QString fixed = composer::applyFixes(m_checkedText, m_findings);
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(fixed);
    cursor.endEditBlock();
}

void ComposerAssistant::setLibrary(const QList<composer::Template> &templates,
                                   const QList<domain::KnowledgeSource> &sources)
{
    m_templates = templates;
    m_sources = sources;
}

void ComposerAssistant::insertTemplate(const composer::Template &t)
{
    QHash<QString, QString> values = m_values;
    if (values.value(QStringLiteral("bron")).isEmpty())
        values.insert(QStringLiteral("bron"), composer::sourceFor(m_sources, t));
    const composer::FilledTemplate filled = composer::fillTemplate(t.text, values);
    m_editor->textCursor().insertText(filled.text);
    m_editor->setFocus();
}

void ComposerAssistant::pickTemplate()
{
    const QList<composer::Template> library = composer::templatesFor(m_templates, m_context.channel);
    QList<composer::Template> shown;
    const int row = choose(tr("Templates"), QStringLiteral("templatePicker"),
                           library.isEmpty() ? tr("The team has no templates yet (Team ▸ Templates …)")
                                             : tr("Type a few letters of the template, then Enter"),
                           [&](const QString &typed) {
                               shown = composer::searchTemplates(library, typed);
                               QStringList lines;
                               for (const composer::Template &t : std::as_const(shown))
                                   lines << t.title + QStringLiteral(" — ") + t.text.left(80).simplified();
                               return lines;
                           });
    if (row >= 0 && row < shown.size())
        insertTemplate(shown.at(row));
}

void ComposerAssistant::pickSource()
{
    QList<domain::KnowledgeSource> shown;
    const int row = choose(tr("Knowledge base"), QStringLiteral("sourcePicker"),
                           m_sources.isEmpty() ? tr("The team has no approved sources yet (Team ▸ Knowledge base …)")
                                               : tr("Type a few letters of the page, then Enter"),
                           [&](const QString &typed) {
                               shown.clear();
                               QStringList lines;
                               const QString key = typed.trimmed().toLower();
                               for (const domain::KnowledgeSource &s : std::as_const(m_sources)) {
                                   const QString all =
                                       (s.title + u' ' + s.keywords.join(u' ') + u' ' + s.url).toLower();
                                   if (!key.isEmpty() && !all.contains(key))
                                       continue;
                                   shown << s;
                                   lines << s.title + QStringLiteral(" — ") + s.url;
                               }
                               return lines;
                           });
    if (row < 0 || row >= shown.size())
        return;
    QTextCursor cursor = m_editor->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    cursor.insertText((before.isEmpty() || before.back().isSpace() ? QString() : QStringLiteral(" ")) +
                      shown.at(row).url);
    m_editor->setFocus();
}

int ComposerAssistant::choose(const QString &title, const QString &objectName, const QString &hint,
                              const std::function<QStringList(const QString &)> &search)
{
    QDialog picker(m_editor);
    picker.setWindowTitle(title);
    picker.setObjectName(objectName);
    auto *field = new QLineEdit(&picker);
    field->setObjectName(objectName + QStringLiteral("Search"));
    field->setPlaceholderText(hint);
    auto *list = new QListWidget(&picker);
    auto *layout = new QVBoxLayout(&picker);
    layout->addWidget(field);
    layout->addWidget(list);
    picker.resize(560, 360);
    const auto fill = [&] {
        list->clear();
        list->addItems(search(field->text()));
        list->setCurrentRow(list->count() ? 0 : -1);
    };
    fill();
    connect(field, &QLineEdit::textChanged, &picker, fill);
    // Up and Down move in the list while the search field keeps the focus.
    struct Keys : QObject {
        QListWidget *list;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() != QEvent::KeyPress)
                return false;
            const int key = static_cast<QKeyEvent *>(e)->key();
            if (key != Qt::Key_Down && key != Qt::Key_Up)
                return false;
            list->setCurrentRow(
                std::clamp(list->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, std::max(0, list->count() - 1)));
            return true;
        }
    } keys;
    keys.list = list;
    field->installEventFilter(&keys);
    connect(field, &QLineEdit::returnPressed, &picker, &QDialog::accept);
    connect(list, &QListWidget::itemActivated, &picker, &QDialog::accept);
    if (picker.exec() != QDialog::Accepted)
        return -1;
    return list->currentRow();
}

} // namespace webcare::ui
