// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// ZEKEP: zakelijk, efficiënt, kort, empathisch, persoonlijk — each scored 1 (poor) to 5 (excellent).
struct ZekepScores {
    int zakelijk = 0;
    int efficient = 0;
    int kort = 0;
    int empathisch = 0;
    int persoonlijk = 0;
    double average() const { return (zakelijk + efficient + kort + empathisch + persoonlijk) / 5.0; }
    bool valid() const;
    friend bool operator==(const ZekepScores &, const ZekepScores &) = default;
};

// A supervisor's review of one reply written in training.
struct TrainingReview {
    qint64 id = 0;
    qint64 replyId = 0;
    QString reviewer;
    ZekepScores scores;
    QString comment;
    QDateTime reviewedAt;
};

// A reply written in training with the post it answers and its reviews, for the review window.
struct TraineeReply {
    domain::Reply reply;
    domain::Channel channel = domain::Channel::X;
    QString answeredText;   // the customer's post
    QString answeredAuthor; // its author's display name (anonymised in training)
    QString caseCategory;   // "complaint" … empty when not triaged
    QList<TrainingReview> reviews;
};

// Reviews of replies written in training.
class TrainingRepository final : Repository {
public:
    using Repository::Repository;

    // Training review. One review per reply and reviewer: saving again replaces it.
    Expected<qint64, StoreError> saveTrainingReview(const TrainingReview &review);
    Expected<QList<TrainingReview>, StoreError> trainingReviews(qint64 replyId);
    // Replies written in this store, newest first, with what they answer and their reviews; `agent` empty: all
    // agents. Only replies the trainee finished (captured, or sent/approved/failed if written elsewhere).
    Expected<QList<TraineeReply>, StoreError> traineeReplies(const QString &agent = {});
    // The logins that wrote replies here, sorted.
    Expected<QStringList, StoreError> trainees();
};

} // namespace webcare::store
