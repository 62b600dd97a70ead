// SPDX-License-Identifier: MIT
#include "case/casedetailspanel.h"

#include "composer/linktarget.h"
#include "store/casedetailsrepository.h"
#include "store/caserepository.h"
#include "store/storeservice.h"
#include "triage/labels.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace webcare::ui {

using namespace domain;

namespace {

constexpr int TagRole = Qt::UserRole;
constexpr int CaseIdRole = Qt::UserRole + 1;

// Text written by others (customers, colleagues) in a line of ours: a first-strong isolate, so a right-to-left
// override inside it ends with it and cannot reorder the time, the name or anything after it.
QString isolated(const QString &s) { return QChar(0x2068) + s + QChar(0x2069); }

QString shortTime(const QDateTime &t) { return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat); }

Expected<CaseDetailsPanel::Details, store::StoreError> loadDetails(store::CaseStore &s, qint64 caseId)
{
    CaseDetailsPanel::Details d;
    d.caseId = caseId;
    auto customer = s.details().caseCustomer(caseId);
    if (!customer)
        return unexpected(customer.error());
    d.customer = *customer;
    auto earlier = s.details().authorCases(caseId);
    if (!earlier)
        return unexpected(earlier.error());
    d.earlier = *earlier;
    auto tags = s.details().tags(caseId);
    if (!tags)
        return unexpected(tags.error());
    d.tags = *tags;
    auto catalog = s.details().tagCatalog();
    if (!catalog)
        return unexpected(catalog.error());
    d.catalog = *catalog;
    auto notes = s.details().notes(caseId);
    if (!notes)
        return unexpected(notes.error());
    d.notes = *notes;
    auto audit = s.cases().auditTrail(caseId);
    if (!audit)
        return unexpected(audit.error());
    d.audit = *audit;
    return d;
}

QStringList lines(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

CaseDetailsPanel::CaseDetailsPanel(store::StoreService *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_customer(new QLabel(this))
    , m_numberLabel(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_saveNumber(new QPushButton(this))
    , m_numberProblem(new QLabel(this))
    , m_earlierLabel(new QLabel(this))
    , m_earlier(new QListWidget(this))
    , m_tags(new QListWidget(this))
    , m_tagEdit(new QLineEdit(this))
    , m_addTag(new QPushButton(this))
    , m_removeTag(new QPushButton(this))
    , m_catalogModel(new QStandardItemModel(this))
    , m_notes(new QListWidget(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(this))
    , m_audit(new QListWidget(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    // Customer: who, the customer number, their other cases.
    auto *customerPage = new QWidget(m_tabs);
    auto *customerLayout = new QVBoxLayout(customerPage);
    m_customer->setObjectName(QStringLiteral("customerLine"));
    m_customer->setTextFormat(Qt::PlainText);
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    customerLayout->addWidget(m_customer);
    auto *numberRow = new QHBoxLayout;
    m_numberLabel->setBuddy(m_number);
    m_number->setObjectName(QStringLiteral("customerNumber"));
    m_number->setMaxLength(40);
    m_saveNumber->setObjectName(QStringLiteral("saveCustomerNumber"));
    numberRow->addWidget(m_numberLabel);
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_saveNumber);
    customerLayout->addLayout(numberRow);
    m_numberProblem->setTextFormat(Qt::PlainText);
    m_numberProblem->setWordWrap(true);
    m_numberProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_numberProblem->hide();
    customerLayout->addWidget(m_numberProblem);
    m_earlierLabel->setBuddy(m_earlier);
    customerLayout->addWidget(m_earlierLabel);
    m_earlier->setObjectName(QStringLiteral("earlierCases"));
    customerLayout->addWidget(m_earlier, 1);
    connect(m_number, &QLineEdit::returnPressed, this, &CaseDetailsPanel::saveCustomerNumber);
    connect(m_number, &QLineEdit::textChanged, this, &CaseDetailsPanel::validateNumber);
    connect(m_saveNumber, &QPushButton::clicked, this, &CaseDetailsPanel::saveCustomerNumber);
    connect(m_earlier, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(CaseIdRole).toLongLong())
            emit caseRequested(id);
    });

    // Tags and notes.
    auto *workPage = new QWidget(m_tabs);
    auto *workLayout = new QVBoxLayout(workPage);
    m_tags->setObjectName(QStringLiteral("caseTags"));
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setMaximumHeight(m_tags->fontMetrics().lineSpacing() * 3);
    workLayout->addWidget(m_tags);
    auto *tagRow = new QHBoxLayout;
    m_tagEdit->setObjectName(QStringLiteral("tagEdit"));
    auto *completer = new QCompleter(m_catalogModel, m_tagEdit);
    completer->setCompletionRole(TagRole); // the popup shows the description, the field gets the tag
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tagEdit->setCompleter(completer);
    m_addTag->setObjectName(QStringLiteral("addTag"));
    m_removeTag->setObjectName(QStringLiteral("removeTag"));
    tagRow->addWidget(m_tagEdit, 1);
    tagRow->addWidget(m_addTag);
    tagRow->addWidget(m_removeTag);
    workLayout->addLayout(tagRow);
    connect(m_tagEdit, &QLineEdit::returnPressed, this, [this, completer] {
        // Enter picks the highlighted suggestion first; the next Enter adds it.
        if (completer->popup() && completer->popup()->isVisible())
            return;
        addTag();
    });
    connect(m_addTag, &QPushButton::clicked, this, &CaseDetailsPanel::addTag);
    connect(m_removeTag, &QPushButton::clicked, this, &CaseDetailsPanel::removeSelectedTag);
    auto *deleteTag = new QShortcut(QKeySequence::Delete, m_tags);
    deleteTag->setContext(Qt::WidgetShortcut);
    connect(deleteTag, &QShortcut::activated, this, &CaseDetailsPanel::removeSelectedTag);

    m_notes->setObjectName(QStringLiteral("caseNotes"));
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);
    workLayout->addWidget(m_notes, 1);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 10);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);
    workLayout->addLayout(noteRow);
    connect(m_addNote, &QPushButton::clicked, this, &CaseDetailsPanel::addNote);
    auto *noteShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_noteEdit);
    noteShortcut->setContext(Qt::WidgetShortcut);
    connect(noteShortcut, &QShortcut::activated, this, &CaseDetailsPanel::addNote);

    // History: the audit trail.
    m_audit->setObjectName(QStringLiteral("auditTrail"));
    m_audit->setWordWrap(true);
    m_audit->setAlternatingRowColors(true);

    m_tabs->addTab(customerPage, QString());
    m_tabs->addTab(workPage, QString());
    m_tabs->addTab(m_audit, QString());

    // Reachable from anywhere in the window, the inbox included (not while no case is shown: the panel is disabled).
    const auto shortcut = [this](QKeyCombination keys, void (CaseDetailsPanel::*slot)()) {
        auto *s = new QShortcut(QKeySequence(keys), this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N, &CaseDetailsPanel::focusNotes);
    shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T, &CaseDetailsPanel::focusTags);
    shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_K, &CaseDetailsPanel::focusCustomerNumber);

    retranslate();
    clear();
}

void CaseDetailsPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Customer"));
    m_tabs->setTabText(1, tr("Tags and notes"));
    m_tabs->setTabText(2, tr("History"));
    m_tabs->setTabToolTip(0, tr("Ctrl+Shift+K: customer number"));
    m_tabs->setTabToolTip(1, tr("Ctrl+Shift+T: add a tag · Ctrl+Shift+N: add a note"));
    m_numberLabel->setText(tr("Customer &number:"));
    m_number->setPlaceholderText(tr("e.g. KL-4711"));
    m_saveNumber->setText(tr("Link"));
    m_earlierLabel->setText(tr("&Earlier cases of this customer:"));
    m_tagEdit->setPlaceholderText(tr("Add a tag …"));
    m_addTag->setText(tr("Add tag"));
    m_removeTag->setText(tr("Remove"));
    m_removeTag->setToolTip(tr("Removes the selected tag (Del)"));
    m_noteEdit->setPlaceholderText(tr("Internal note for colleagues, never sent to the customer (Ctrl+Enter adds)"));
    m_addNote->setText(tr("Add note"));
    if (m_caseId)
        show(m_details);
}

void CaseDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString CaseDetailsPanel::actionDisplayName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("case.state"), QT_TR_NOOP("State changed")},
        {QStringLiteral("case.triage"), QT_TR_NOOP("Triage decision")},
        {QStringLiteral("case.claimed"), QT_TR_NOOP("Case taken")},
        {QStringLiteral("case.released"), QT_TR_NOOP("Case released")},
        {QStringLiteral("case.assigned"), QT_TR_NOOP("Case assigned")},
        {QStringLiteral("case.escalated"), QT_TR_NOOP("Asked a department")},
        {QStringLiteral("case.department_answer"), QT_TR_NOOP("Department answered")},
        {QStringLiteral("case.follow_up"), QT_TR_NOOP("Follow-up planned")},
        {QStringLiteral("case.follow_up_done"), QT_TR_NOOP("Follow-up done")},
        {QStringLiteral("reply.approved"), QT_TR_NOOP("Reply queued")},
        {QStringLiteral("note.added"), QT_TR_NOOP("Note added")},
        {QStringLiteral("tag.added"), QT_TR_NOOP("Tag added")},
        {QStringLiteral("tag.removed"), QT_TR_NOOP("Tag removed")},
        {QStringLiteral("customer.number"), QT_TR_NOOP("Customer number changed")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : tr(*it);
}

void CaseDetailsPanel::clear()
{
    m_caseId = 0;
    ++m_request;
    m_details = Details();
    m_customer->clear();
    m_number->clear();
    m_numberProblem->hide();
    m_earlier->clear();
    m_tags->clear();
    m_notes->clear();
    m_audit->clear();
    m_error->hide();
    setOwnPagesEnabled(false);
}

void CaseDetailsPanel::showCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        m_noteEdit->clear();
        m_tagEdit->clear();
    }
    m_caseId = caseId;
    load();
}

void CaseDetailsPanel::reload()
{
    if (m_caseId)
        load();
}

void CaseDetailsPanel::load()
{
    const quint64 request = ++m_request;
    const qint64 caseId = m_caseId;
    m_store->run<Details>(
        this, [caseId](store::CaseStore &s) { return loadDetails(s, caseId); },
        [this, request](Expected<Details, store::StoreError> details) {
            if (request != m_request)
                return; // another case (or a newer state) is on its way
            if (!details) {
                m_error->setText(details.error().message());
                m_error->show();
                return;
            }
            show(*details);
        });
}

void CaseDetailsPanel::apply(Change change)
{
    if (!m_caseId)
        return;
    const quint64 request = ++m_request;
    const qint64 caseId = m_caseId;
    m_store->run<Details>(
        this,
        [caseId, change = std::move(change)](store::CaseStore &s) -> Expected<Details, store::StoreError> {
            WEBCARE_TRY(change(s));
            return loadDetails(s, caseId);
        },
        [this, request](Expected<Details, store::StoreError> details) {
            if (request != m_request)
                return;
            if (!details) {
                m_error->setText(details.error().message());
                m_error->show(); // stays until the next successful read or change
                return;
            }
            show(*details);
        });
}

void CaseDetailsPanel::show(const Details &d)
{
    m_details = d;
    setOwnPagesEnabled(true);
    m_error->hide();

    if (d.customer) {
        const Author &a = *d.customer;
        QStringList parts;
        parts << isolated(a.displayName.isEmpty() ? a.handle : a.displayName);
        if (!a.handle.isEmpty() && a.handle != a.displayName)
            parts << isolated(a.handle);
        parts << channelDisplayName(a.channel);
        m_customer->setText(parts.join(QStringLiteral(" · ")));
        if (!m_number->hasFocus() || m_number->text().isEmpty())
            m_number->setText(a.customerNumber);
    } else {
        m_customer->setText(tr("No message of the customer yet"));
        m_number->clear();
    }
    m_number->setEnabled(d.customer.has_value());
    m_saveNumber->setEnabled(d.customer.has_value());
    validateNumber();

    m_earlier->clear();
    for (const store::RelatedCase &r : d.earlier) {
        QString line = QStringLiteral("%1 · %2 · %3")
                           .arg(shortTime(r.openedAt), channelDisplayName(r.channel), caseStateDisplayName(r.state));
        if (const auto category = triage::categoryFromKey(r.category))
            line += QStringLiteral(" · ") + triage::categoryDisplayName(*category);
        if (r.byCustomerNumber)
            line += QStringLiteral(" · ") + tr("same customer number");
        if (!r.preview.isEmpty())
            line += QStringLiteral(" — ") + isolated(r.preview.simplified().left(80));
        auto *item = new QListWidgetItem(line, m_earlier);
        item->setData(CaseIdRole, r.id);
        item->setToolTip(tr("Enter or double-click opens case %1").arg(r.id));
    }
    if (d.earlier.isEmpty())
        new QListWidgetItem(tr("No other cases"), m_earlier);

    QHash<QString, store::TagInfo> byTag;
    m_catalogModel->clear();
    for (const store::TagInfo &t : d.catalog) {
        byTag.insert(t.tag, t);
        auto *item = new QStandardItem(t.voc ? tr("%1 — voice of the customer: %2").arg(t.tag, t.description)
                                             : QStringLiteral("%1 — %2").arg(t.tag, t.description));
        item->setData(t.tag, TagRole);
        m_catalogModel->appendRow(item);
    }
    m_tags->clear();
    for (const QString &tag : d.tags) {
        const store::TagInfo info = byTag.value(tag);
        auto *item = new QListWidgetItem(info.voc ? tr("%1 (VOC)").arg(tag) : tag, m_tags);
        item->setData(TagRole, tag);
        if (info.voc) {
            // Voice-of-the-customer tags go to the weekly report: they stand out.
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setForeground(QColor(0x8a, 0x3f, 0x00));
            item->setBackground(QColor(0xff, 0xf1, 0xd6));
            item->setToolTip(tr("Voice of the customer: counted in the weekly report. %1").arg(info.description));
        } else if (!info.description.isEmpty()) {
            item->setToolTip(info.description);
        }
    }
    m_removeTag->setEnabled(!d.tags.isEmpty());

    m_notes->clear();
    for (const store::CaseNote &n : d.notes) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2\n%3").arg(isolated(n.author), shortTime(n.createdAt), isolated(n.text)), m_notes);
        item->setToolTip(composer::revealInvisible(n.text));
    }
    if (m_notes->count())
        m_notes->scrollToBottom();

    m_audit->clear();
    for (const AuditEvent &e : d.audit) {
        QString line =
            QStringLiteral("%1 · %2 · %3").arg(shortTime(e.at), isolated(e.actor), actionDisplayName(e.action));
        if (!e.detail.isEmpty())
            line += QStringLiteral(": ") + isolated(e.detail);
        new QListWidgetItem(line, m_audit);
    }
    if (m_audit->count())
        m_audit->scrollToBottom();
    emit detailsShown(d.caseId);
}

void CaseDetailsPanel::validateNumber()
{
    const bool valid = store::normalizedCustomerNumber(m_number->text()).has_value();
    m_numberProblem->setText(valid ? QString()
                                   : tr("A customer number has 4 to 20 letters, digits or dashes, e.g. KL-4711."));
    m_numberProblem->setVisible(!valid);
    m_saveNumber->setEnabled(valid && m_details.customer.has_value());
}

void CaseDetailsPanel::saveCustomerNumber()
{
    const std::optional<QString> number = store::normalizedCustomerNumber(m_number->text());
    if (!number || !m_details.customer)
        return validateNumber();
    m_number->setText(*number);
    apply([caseId = m_caseId, value = *number, actor = m_agent](store::CaseStore &s) {
        return s.details().setCustomerNumber(caseId, value, actor);
    });
}

void CaseDetailsPanel::addTag()
{
    const QString tag = store::normalizedTag(m_tagEdit->text());
    if (tag.isEmpty())
        return;
    m_tagEdit->clear();
    apply([caseId = m_caseId, tag, actor = m_agent](store::CaseStore &s) {
        return s.details().addTag(caseId, tag, actor);
    });
}

void CaseDetailsPanel::removeSelectedTag()
{
    QListWidgetItem *item = m_tags->currentItem();
    if (!item && m_tags->count() == 1)
        item = m_tags->item(0);
    if (!item)
        return;
    apply([caseId = m_caseId, tag = item->data(TagRole).toString(), actor = m_agent](store::CaseStore &s) {
        return s.details().removeTag(caseId, tag, actor);
    });
}

void CaseDetailsPanel::addNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    m_noteEdit->clear();
    apply([caseId = m_caseId, text, actor = m_agent](store::CaseStore &s) -> Expected<void, store::StoreError> {
        WEBCARE_TRY(s.details().addNote(caseId, text, actor));
        return {};
    });
}

void CaseDetailsPanel::focusNotes()
{
    m_tabs->setCurrentIndex(1);
    m_noteEdit->setFocus(Qt::ShortcutFocusReason);
}

void CaseDetailsPanel::focusTags()
{
    m_tabs->setCurrentIndex(1);
    m_tagEdit->setFocus(Qt::ShortcutFocusReason);
}

void CaseDetailsPanel::focusCustomerNumber()
{
    m_tabs->setCurrentIndex(0);
    m_number->setFocus(Qt::ShortcutFocusReason);
    m_number->selectAll();
}

QStringList CaseDetailsPanel::noteLines() const { return lines(m_notes); }
QStringList CaseDetailsPanel::tagLines() const { return lines(m_tags); }
QStringList CaseDetailsPanel::auditLines() const { return lines(m_audit); }
QStringList CaseDetailsPanel::earlierCaseLines() const { return lines(m_earlier); }
QString CaseDetailsPanel::customerText() const { return m_customer->text(); }

void CaseDetailsPanel::addPage(QWidget *page)
{
    // In a scroll area: a tall page must not take the conversation's room above the panel.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, QString());
}

void CaseDetailsPanel::setOwnPagesEnabled(bool enabled)
{
    // Pages added by others (the workflow) load on their own and stay usable while these wait for the store.
    for (int index = 0; index < m_tabs->count() && index < ownPageCount; ++index)
        m_tabs->widget(index)->setEnabled(enabled);
}

int CaseDetailsPanel::pageIndex(QWidget *page) const
{
    for (int index = 0; index < m_tabs->count(); ++index) {
        auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(index));
        if (m_tabs->widget(index) == page || (scroll && scroll->widget() == page))
            return index;
    }
    return -1;
}

void CaseDetailsPanel::setPageTitle(QWidget *page, const QString &title)
{
    if (const int index = pageIndex(page); index >= 0)
        m_tabs->setTabText(index, title);
}

void CaseDetailsPanel::showPage(QWidget *page)
{
    if (const int index = pageIndex(page); index >= 0)
        m_tabs->setCurrentIndex(index);
}

} // namespace webcare::ui
