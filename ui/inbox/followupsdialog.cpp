// SPDX-License-Identifier: MIT
#include "inbox/followupsdialog.h"

#include "store/storeservice.h"
#include "store/workflowrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace webcare::ui {

FollowUpsDialog::FollowUpsDialog(store::StoreService *store, const QString &agent, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agent(agent)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("followUpsDialog"));
    setWindowTitle(tr("Follow-ups due"));
    m_list->setObjectName(QStringLiteral("dueFollowUps"));
    m_list->setHeaderLabels({tr("Case"), tr("Follow-up"), tr("Due"), tr("Added by")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open case"), QDialogButtonBox::ActionRole);
    QPushButton *done = buttons->addButton(tr("Mark &done"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            emit openCaseRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openCaseRequested(item->data(0, Qt::UserRole).toLongLong()); });
    connect(done, &QPushButton::clicked, this, &FollowUpsDialog::completeSelected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 360);
    reload();
}

void FollowUpsDialog::reload()
{
    // Due by the end of the agent's day, so the morning shows the whole day's promises.
    const QDateTime until = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toUTC();
    m_store->run<QList<domain::FollowUp>>(
        this, [until](store::CaseStore &s) { return s.workflow().dueFollowUps(until); },
        [this](Expected<QList<domain::FollowUp>, store::StoreError> due) {
            m_list->clear();
            if (!due) {
                m_status->setText(due.error().message());
                return;
            }
            for (const domain::FollowUp &f : std::as_const(*due)) {
                auto *item = new QTreeWidgetItem(
                    m_list,
                    {QString::number(f.caseId), f.note,
                     QLocale().toString(f.dueAt.toLocalTime(), QStringLiteral("ddd d MMM HH:mm")), f.createdBy});
                item->setData(0, Qt::UserRole, f.caseId);
                item->setData(1, Qt::UserRole, f.id);
            }
            m_status->setText(tr("%n follow-up(s) due today or earlier", nullptr, int(due->size())));
            emit loaded(int(due->size()));
        });
}

void FollowUpsDialog::completeSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(1, Qt::UserRole).toLongLong();
    const qint64 caseId = item->data(0, Qt::UserRole).toLongLong();
    const QString agent = m_agent;
    m_store->run<bool>(
        this,
        [id, agent](store::CaseStore &s) -> Expected<bool, store::StoreError> {
            WEBCARE_TRY(s.workflow().completeFollowUp(id, agent));
            return true;
        },
        [this, caseId](Expected<bool, store::StoreError> r) {
            if (!r) {
                m_status->setText(r.error().message());
                return;
            }
            emit caseChanged(caseId);
            reload();
        });
}

} // namespace webcare::ui
