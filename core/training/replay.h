// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "store/accountrepository.h"
#include "store/casestore.h"
#include "util/expected.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace webcare::store {
class StoreService;
}

// Training on a corpus: the bundled demo feed or an export of a real period, replayed into the training store at a
// chosen pace, so that trainees see posts arrive as they would live.
namespace webcare::training {

// One file of an export: a platform payload as `webcaredesk import` reads it, or JSON lines (one payload a line).
struct CorpusFile {
    domain::Channel channel = domain::Channel::X;
    QString path;
};

struct Corpus {
    QList<domain::Post> posts; // oldest first
    QList<store::OwnAccount> ownAccounts;
    QStringList problems; // files or lines that could not be read (translated), for the trainer
};

// The demo feed of "Duinzicht Verzekeringen" (fictional: not anonymised).
Expected<Corpus, QString> demoCorpus();
// An export of a real period. Every post is anonymised with `anonymiser`'s rules (see anonymiser.h); the own
// accounts of the export are kept as they are.
Expected<Corpus, QString> loadCorpus(const QList<CorpusFile> &files, const QList<store::OwnAccount> &ownAccounts,
                                     bool anonymise = true);
// The same from payloads already in memory (tests, and the file loader above).
Corpus corpusFromPayloads(const QList<std::pair<domain::Channel, QByteArray>> &payloads,
                          const QList<store::OwnAccount> &ownAccounts, bool anonymise);

enum class Pace {
    AsItHappened, // the original gaps between posts
    Faster,       // the original gaps divided by a factor
    AllAtOnce,
};

struct PaceSetting {
    Pace pace = Pace::AsItHappened;
    double factor = 1.0; // Faster: ×factor (≥ 1)
};

// When each post (times oldest first) is due, in milliseconds after the replay's start. Pure.
QList<qint64> dueOffsets(const QList<QDateTime> &times, const PaceSetting &pace);

// Milliseconds since the replay started; tests move it by hand, so no test waits on a wall clock.
class ReplayClock {
public:
    virtual ~ReplayClock() = default;
    virtual qint64 nowMs() const = 0;
};

class SteadyClock final : public ReplayClock {
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

// Replays a corpus into the store of a StoreService. Lives on the GUI thread but only keeps time there: the posts
// are written on the store's own thread, and StoreService::casesChanged tells the inbox. The training store gets
// the corpus' own accounts, and one paused training account per channel so that agents can answer (a paused account
// never syncs, and the training store captures every reply).
class Replayer final : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopped, Finished };
    Q_ENUM(State)

    // `clock` null: a steady wall clock. A non-null clock stays owned by the caller.
    Replayer(store::StoreService *store, Corpus corpus, PaceSetting pace, ReplayClock *clock = nullptr,
             QObject *parent = nullptr);
    ~Replayer() override;
    Q_DISABLE_COPY_MOVE(Replayer)

    void start();
    void pause();
    void resume();
    void stop();
    // Delivers what is due now and schedules the next wake-up; called by the timer (and by tests after moving
    // their clock).
    void tick();

    State state() const { return m_state; }
    int total() const { return int(m_corpus.posts.size()); }
    int delivered() const { return int(m_next); } // handed to the store
    int stored() const { return m_stored; }       // written
    // The next post's due time from the start (pauses excluded); -1 when none is left.
    qint64 nextDueMs() const;

    static constexpr int batchSize = 200; // posts per store transaction

signals:
    void progressed(int stored, int total);
    void stateChanged(webcare::training::Replayer::State state);
    void failed(const QString &message);
    void finished();

private:
    qint64 elapsed() const; // replay time: clock time minus pauses
    void setState(State state);
    void prepareStore();
    void deliver(QList<domain::Post> batch);
    void checkFinished();

    QPointer<store::StoreService> m_store;
    Corpus m_corpus;
    QList<qint64> m_due;
    std::unique_ptr<ReplayClock> m_ownClock;
    ReplayClock *m_clock;
    QTimer m_timer;
    State m_state = State::Idle;
    qsizetype m_next = 0;
    int m_stored = 0;
    int m_inFlight = 0;
    qint64 m_startedAt = 0;
    qint64 m_pausedAt = 0;
    qint64 m_pausedTotal = 0;
};

} // namespace webcare::training
