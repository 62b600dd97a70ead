// SPDX-License-Identifier: MIT
#pragma once

#include "composer/tonecheck.h"
#include "store/casestore.h"
#include "store/trainingrepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace webcare::training {

// One day of a trainee's work.
struct DayProgress {
    QDate day; // local date of the replies
    int replies = 0;
    int reviewed = 0;
    store::ZekepScores sums;     // summed scores of the reviews of that day's replies
    double averageScore() const; // mean of all five criteria over the reviews; 0 without reviews
    double average(int store::ZekepScores::*criterion) const;
};

struct CheckCount {
    QString rule; // composer::rule::*
    int count = 0;
};

// A trainee's progress report: volume per day, scores over time, the composer checks that fired most often.
struct TraineeProgress {
    QString agent;
    int replies = 0;
    int reviewed = 0;
    QList<DayProgress> days;  // oldest first
    QList<CheckCount> checks; // most frequent first
};

// Pure: from the trainee's replies (TrainingRepository::traineeReplies), running the tone-of-voice checks (no speller)
// over every reply with the team's address style.
TraineeProgress progressReport(const QString &agent, const QList<store::TraineeReply> &replies,
                               composer::AddressStyle style = composer::AddressStyle::Je);

} // namespace webcare::training
