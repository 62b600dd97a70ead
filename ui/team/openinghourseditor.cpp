// SPDX-License-Identifier: MIT
#include "team/openinghourseditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

namespace webcare::ui {

namespace {
// QTimeEdit stops at 23:59; that value stands for "until midnight" (1440 minutes).
QTime toTime(int minute) { return minute >= 1440 ? QTime(23, 59) : QTime(minute / 60, minute % 60); }
int toMinute(const QTime &t) { return t == QTime(23, 59) ? 1440 : t.hour() * 60 + t.minute(); }
QString clock(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

OpeningHoursEditor::OpeningHoursEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int d = 0; d < 7; ++d) {
        m_open[d] = new QCheckBox(QLocale().dayName(d + 1), this);
        m_open[d]->setObjectName(QStringLiteral("open%1").arg(d + 1));
        m_from[d] = new QTimeEdit(this);
        m_until[d] = new QTimeEdit(this);
        m_from[d]->setDisplayFormat(QStringLiteral("HH:mm"));
        m_until[d]->setDisplayFormat(QStringLiteral("HH:mm"));
        grid->addWidget(m_open[d], d, 0);
        grid->addWidget(m_from[d], d, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), this), d, 2);
        grid->addWidget(m_until[d], d, 3);
        connect(m_open[d], &QCheckBox::toggled, this, [this, d](bool open) {
            m_from[d]->setEnabled(open);
            m_until[d]->setEnabled(open);
            emit edited();
        });
        connect(m_from[d], &QTimeEdit::timeChanged, this, &OpeningHoursEditor::edited);
        connect(m_until[d], &QTimeEdit::timeChanged, this, &OpeningHoursEditor::edited);
    }
    setHours(workflow::OpeningHours::teamDefault());
}

void OpeningHoursEditor::setHours(const workflow::OpeningHours &hours)
{
    for (int d = 0; d < 7; ++d) {
        const workflow::DayHours &day = hours.days[std::size_t(d)];
        m_open[d]->setChecked(day.isOpen());
        m_from[d]->setTime(toTime(day.isOpen() ? day.openMinute : 9 * 60));
        m_until[d]->setTime(toTime(day.isOpen() ? day.closeMinute : 17 * 60));
        m_from[d]->setEnabled(day.isOpen());
        m_until[d]->setEnabled(day.isOpen());
    }
}

workflow::OpeningHours OpeningHoursEditor::hours() const
{
    workflow::OpeningHours hours;
    for (int d = 0; d < 7; ++d) {
        const int from = toMinute(m_from[d]->time());
        const int until = toMinute(m_until[d]->time());
        // A day whose end is not after its start is closed, as the stored format has it.
        if (m_open[d]->isChecked() && until > from)
            hours.days[std::size_t(d)] = workflow::DayHours{from, until};
    }
    return hours;
}

QString describeOpeningHours(const workflow::OpeningHours &hours)
{
    QStringList parts;
    int d = 0;
    while (d < 7) {
        const workflow::DayHours day = hours.days[std::size_t(d)];
        int last = d;
        while (last + 1 < 7 && hours.days[std::size_t(last + 1)] == day)
            ++last;
        if (day.isOpen()) {
            const QString days = last == d ? QLocale().dayName(d + 1, QLocale::ShortFormat)
                                           : QLocale().dayName(d + 1, QLocale::ShortFormat) + QStringLiteral("–") +
                                                 QLocale().dayName(last + 1, QLocale::ShortFormat);
            parts << days + QLatin1Char(' ') + clock(day.openMinute) + QStringLiteral("–") + clock(day.closeMinute);
        }
        d = last + 1;
    }
    return parts.isEmpty() ? OpeningHoursEditor::tr("closed every day") : parts.join(QStringLiteral(", "));
}

} // namespace webcare::ui
