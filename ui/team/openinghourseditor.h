// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/workingtime.h"

#include <QWidget>
#include <array>

class QCheckBox;
class QTimeEdit;

namespace webcare::ui {

// Opening hours per weekday: open or closed, from and until (a team's or a department's).
class OpeningHoursEditor final : public QWidget {
    Q_OBJECT
public:
    explicit OpeningHoursEditor(QWidget *parent = nullptr);
    void setHours(const workflow::OpeningHours &hours);
    workflow::OpeningHours hours() const;

signals:
    void edited();

private:
    std::array<QCheckBox *, 7> m_open{};
    std::array<QTimeEdit *, 7> m_from{};
    std::array<QTimeEdit *, 7> m_until{};
};

// "Mon–Fri 09:00–17:00, Sat 10:00–14:00" in the agent's language: equal neighbouring days are joined.
QString describeOpeningHours(const workflow::OpeningHours &hours);

} // namespace webcare::ui
