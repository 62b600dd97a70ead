// SPDX-License-Identifier: MIT
#include "replay.h"

#include "anonymiser.h"
#include "ingest/importer.h"
#include "ingest/payload.h"
#include "store/accountrepository.h"
#include "store/ingestrepository.h"
#include "store/storeservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace webcare::training {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Corpus)
};

void sortByTime(QList<domain::Post> &posts)
{
    std::stable_sort(posts.begin(), posts.end(),
                     [](const domain::Post &a, const domain::Post &b) { return a.createdAt < b.createdAt; });
}

// A file is one payload, or JSON lines: one payload a line (an export of many API answers).
QList<QByteArray> payloadsOfFile(const QByteArray &content)
{
    QJsonParseError error;
    QJsonDocument::fromJson(content, &error);
    if (error.error == QJsonParseError::NoError)
        return {content};
    QList<QByteArray> lines;
    for (const QByteArray &line : content.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

} // namespace

Corpus corpusFromPayloads(const QList<std::pair<domain::Channel, QByteArray>> &payloads,
                          const QList<store::OwnAccount> &ownAccounts, bool anonymise)
{
    Corpus corpus;
    corpus.ownAccounts = ownAccounts;
    int n = 0;
    for (const auto &[channel, json] : payloads) {
        ++n;
        auto parsed = ingest::parsePayload(channel, json, Text::tr("payload %1").arg(n));
        if (!parsed) {
            corpus.problems << parsed.error().text();
            continue;
        }
        corpus.posts << parsed->posts;
    }
    if (anonymise) {
        Anonymiser anonymiser;
        anonymiser.keepOwnAccounts(ownAccounts);
        corpus.posts = anonymiser.anonymise(corpus.posts);
    }
    sortByTime(corpus.posts);
    return corpus;
}

Expected<Corpus, QString> demoCorpus()
{
    QList<std::pair<domain::Channel, QByteArray>> payloads;
    for (const auto &[channel, path] : ingest::demoFeedFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return unexpected(Text::tr("The demo feed file %1 cannot be read.").arg(path));
        payloads.append({channel, file.readAll()});
    }
    Corpus corpus = corpusFromPayloads(payloads, ingest::demoOwnAccounts(), false);
    // The demo feed carries its own raw payloads; they are fictional and the case view reads them (private flags).
    if (corpus.posts.isEmpty())
        return unexpected(Text::tr("The demo feed holds no posts."));
    return corpus;
}

Expected<Corpus, QString> loadCorpus(const QList<CorpusFile> &files, const QList<store::OwnAccount> &ownAccounts,
                                     bool anonymise)
{
    QList<std::pair<domain::Channel, QByteArray>> payloads;
    for (const CorpusFile &f : files) {
        QFile file(f.path);
        if (!file.open(QIODevice::ReadOnly))
            return unexpected(Text::tr("%1 cannot be read: %2").arg(f.path, file.errorString()));
        for (const QByteArray &payload : payloadsOfFile(file.readAll()))
            payloads.append({f.channel, payload});
    }
    Corpus corpus = corpusFromPayloads(payloads, ownAccounts, anonymise);
    if (corpus.posts.isEmpty())
        return unexpected(corpus.problems.isEmpty() ? Text::tr("The files hold no posts.")
                                                    : corpus.problems.join(QLatin1Char('\n')));
    return corpus;
}

QList<qint64> dueOffsets(const QList<QDateTime> &times, const PaceSetting &pace)
{
    QList<qint64> due;
    due.reserve(times.size());
    if (times.isEmpty())
        return due;
    const double factor = pace.pace == Pace::Faster ? std::max(1.0, pace.factor) : 1.0;
    const QDateTime first = times.first();
    qint64 previous = 0;
    for (const QDateTime &t : times) {
        qint64 offset = 0;
        if (pace.pace != Pace::AllAtOnce && first.isValid() && t.isValid())
            offset = qint64(double(first.msecsTo(t)) / factor);
        // Out-of-order or undated posts come right after the one before: never earlier than it.
        offset = std::max(offset, previous);
        due << offset;
        previous = offset;
    }
    return due;
}

Replayer::Replayer(store::StoreService *store, Corpus corpus, PaceSetting pace, ReplayClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_corpus(std::move(corpus))
    , m_clock(clock)
{
    sortByTime(m_corpus.posts);
    QList<QDateTime> times;
    for (const domain::Post &p : std::as_const(m_corpus.posts))
        times << p.createdAt;
    m_due = dueOffsets(times, pace);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Replayer::tick);
}

Replayer::~Replayer() = default;

qint64 Replayer::elapsed() const
{
    const qint64 now = m_state == State::Paused ? m_pausedAt : m_clock->nowMs();
    return now - m_startedAt - m_pausedTotal;
}

qint64 Replayer::nextDueMs() const { return m_next < m_due.size() ? m_due.at(m_next) : -1; }

void Replayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Replayer::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_clock) {
        m_ownClock = std::make_unique<SteadyClock>();
        m_clock = m_ownClock.get();
    }
    m_startedAt = m_clock->nowMs();
    setState(State::Running);
    prepareStore();
    tick();
}

void Replayer::pause()
{
    if (m_state != State::Running)
        return;
    m_pausedAt = m_clock->nowMs();
    m_timer.stop();
    setState(State::Paused);
}

void Replayer::resume()
{
    if (m_state != State::Paused)
        return;
    m_pausedTotal += m_clock->nowMs() - m_pausedAt;
    setState(State::Running);
    tick();
}

void Replayer::stop()
{
    if (m_state == State::Stopped || m_state == State::Finished)
        return;
    m_timer.stop();
    setState(State::Stopped);
}

void Replayer::tick()
{
    if (m_state != State::Running)
        return;
    const qint64 now = elapsed();
    QList<domain::Post> batch;
    while (m_next < m_corpus.posts.size() && m_due.at(m_next) <= now) {
        batch << m_corpus.posts.at(m_next++);
        if (batch.size() == batchSize) {
            deliver(std::move(batch));
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        deliver(std::move(batch));
    if (m_next < m_corpus.posts.size()) {
        // Wake at the next due time; a timer never fires early enough to matter, and tick() is idempotent.
        m_timer.start(std::chrono::milliseconds(std::clamp<qint64>(m_due.at(m_next) - now, 0, 60 * 60 * 1000)));
    } else {
        checkFinished();
    }
}

void Replayer::prepareStore()
{
    if (!m_store)
        return;
    const QList<store::OwnAccount> own = m_corpus.ownAccounts;
    QList<domain::Channel> channels;
    for (const domain::Post &p : std::as_const(m_corpus.posts)) {
        if (!channels.contains(p.channel))
            channels << p.channel;
    }
    ++m_inFlight;
    m_store->run<int>(
        this,
        [own, channels](store::CaseStore &s) -> Expected<int, store::StoreError> {
            if (!s.isTrainingStore())
                return unexpected(store::StoreError{store::StoreError::Kind::WrongMode, s.location().displayName(),
                                                    QStringLiteral("replay into a store not marked for training")});
            for (const store::OwnAccount &a : own) {
                // A connected handle of the team's configuration is in the store already, under its real id.
                if (!a.platformId.isEmpty())
                    WEBCARE_TRY(s.accounts().addOwnAccount(a));
            }
            auto accounts = s.accounts().all();
            if (!accounts)
                return unexpected(accounts.error());
            int added = 0;
            for (domain::Channel channel : channels) {
                const bool has = std::any_of(accounts->cbegin(), accounts->cend(),
                                             [channel](const domain::Account &a) { return a.channel == channel; });
                if (has)
                    continue;
                domain::Account a;
                a.channel = channel;
                a.status = domain::Account::Status::Paused; // never synced
                a.baseUrl = QStringLiteral("training:");
                for (const store::OwnAccount &o : own) {
                    if (o.channel == channel) {
                        a.platformUserId = o.platformId;
                        a.handle = o.handle;
                        a.name = o.handle.isEmpty() ? o.displayName : o.handle;
                    }
                }
                if (a.platformUserId.isEmpty())
                    a.platformUserId = QStringLiteral("training-") + domain::channelKey(channel);
                a.name = Text::tr("%1 (training)").arg(a.name.isEmpty() ? domain::channelDisplayName(channel) : a.name);
                WEBCARE_TRY(s.accounts().addAccount(a));
                ++added;
            }
            return added;
        },
        [this](Expected<int, store::StoreError> added) {
            --m_inFlight;
            if (!added) {
                stop();
                emit failed(added.error().message());
                return;
            }
            checkFinished();
        });
}

void Replayer::deliver(QList<domain::Post> batch)
{
    if (!m_store)
        return;
    ++m_inFlight;
    const int count = int(batch.size());
    m_store->run<store::UpsertResult>(
        this, [batch = std::move(batch)](store::CaseStore &s) { return s.ingest().upsertPosts(batch); },
        [this, count](Expected<store::UpsertResult, store::StoreError> result) {
            --m_inFlight;
            if (!result) {
                stop();
                emit failed(result.error().message());
                return;
            }
            m_stored += count;
            emit progressed(m_stored, total());
            // The inbox listens to the store service: posts appear as they would from a live sync.
            if (m_store && !result->touchedCases.isEmpty())
                emit m_store->casesChanged(result->touchedCases);
            checkFinished();
        });
}

void Replayer::checkFinished()
{
    if (m_state == State::Running && m_inFlight == 0 && m_next >= m_corpus.posts.size()) {
        setState(State::Finished);
        emit finished();
    }
}

} // namespace webcare::training
