// SPDX-License-Identifier: MIT
#pragma once

#include "composer/templates.h"
#include "composer/tonecheck.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QListWidget;
class QPlainTextEdit;

namespace webcare::composer {
class Speller;
}

namespace webcare::ui {

// Watches a reply box: runs the tone-of-voice checks off the GUI thread on every change (the newest text wins,
// nothing queues up), underlines what they find, lists the findings with their fixes, applies a fix with one key
// (Ctrl+. the selected or first one, Ctrl+Shift+. all of them), fills in the team's templates (Ctrl+T) and inserts a
// link from its knowledge base (Ctrl+B).
class ComposerAssistant final : public QObject {
    Q_OBJECT
public:
    ComposerAssistant(QPlainTextEdit *editor, QListWidget *findingsList, QObject *parent = nullptr);

    // Everything the checks know besides the text (channel, style, signature, customer, complaint, sources).
    void setContext(const composer::CheckContext &context);
    const composer::CheckContext &context() const { return m_context; }
    QList<composer::Finding> findings() const { return m_findings; }
    // Placeholders for templates: {naam}, {agent}; {bron} is the knowledge-base source that fits the template.
    void setTemplateValues(const QHash<QString, QString> &values) { m_values = values; }
    // The team's text modules and knowledge base (its configuration).
    void setLibrary(const QList<composer::Template> &templates, const QList<domain::KnowledgeSource> &sources);

    void applyFix(int index);
    void applyAllFixes();
    // Opens the template picker; the chosen template, filled in, goes in at the cursor.
    void pickTemplate();
    void insertTemplate(const composer::Template &t);
    // Opens the knowledge-base picker; the chosen source's address goes in at the cursor.
    void pickSource();

    // The team's spelling dictionaries, loaded once in the background; null until they are ready.
    static const composer::Speller *speller();

signals:
    // Fresh findings for the text now in the box.
    void checked(int findings);

private:
    // A searchable list in a small dialog: `search(typed)` gives the lines to show; returns the chosen row or -1.
    int choose(const QString &title, const QString &objectName, const QString &hint,
               const std::function<QStringList(const QString &)> &search);
    void requestCheck();
    void showFindings();
    void fetchSuggestions();

    QPlainTextEdit *m_editor;
    QListWidget *m_list;
    composer::CheckContext m_context;
    QHash<QString, QString> m_values;
    QList<composer::Template> m_templates;
    QList<domain::KnowledgeSource> m_sources;
    QList<composer::Finding> m_findings;
    QFutureWatcher<QList<composer::Finding>> m_watcher;
    QTimer m_suggestionDelay;
    QString m_checkedText;
    bool m_again = false;
    bool m_fetchingSuggestions = false;
};

} // namespace webcare::ui
