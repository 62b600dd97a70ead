// SPDX-License-Identifier: MIT
#pragma once

#include "composer/postedtext.h"

#include <QFrame>

class QLabel;

namespace webcare::ui {

// The reply as the customer will see it on the platform: the exact text the outbox sends (composer::postedReply),
// as plain text in a bubble styled after the platform, with who sends it, whom it answers and the platform's count.
class ReplyPreview final : public QFrame {
    Q_OBJECT
public:
    explicit ReplyPreview(QWidget *parent = nullptr);

    // `sender`: the account's name as shown (e.g. "@DuinzichtHelpt"); empty when no account is connected.
    void setAudience(const composer::ReplyAudience &audience, const QString &sender);
    void setDraft(const QString &draft);
    // What the preview shows as the post's text (for tests).
    QString postedText() const;
    QString lengthText() const;
    QString notesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    composer::ReplyAudience m_audience;
    QString m_sender;
    QString m_draft;
    QLabel *m_header;
    QLabel *m_body;
    QLabel *m_footer;
    QLabel *m_notes;
};

} // namespace webcare::ui
