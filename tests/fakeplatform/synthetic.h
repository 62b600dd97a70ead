// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// Deterministic synthetic traffic (--mentions N --seed S): the same seed gives byte-identical posts on every machine,
// so benchmark figures can be compared. The random source is our own (SplitMix64), not QRandomGenerator, whose
// sequence for a seed is not promised across Qt versions.
namespace webcare::fake {

class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

struct Person {
    QString name;   // "Sanne de Vries"
    QString handle; // "sannedevries83"
    int number = 0; // its place in the pool, for stable ids
};

class Synthetic {
public:
    Synthetic(quint64 seed, int people);

    Random &random() { return m_random; }
    const Person &person() { return m_people.at(m_random.below(int(m_people.size()))); }
    // A customer's message to or about the insurer: Dutch, now and then with typos, emoji, a dossier number or an
    // ampersand. `address` is put in front ("@DuinzichtHelpt ") or left out (a brand mention without @).
    QString message(const QString &address);
    // `count` increasing post times, mostly minutes apart and sometimes in bursts, that end just before the demo
    // week, so that the demo's own posts stay the newest when both are loaded.
    QList<QDateTime> times(int count);

private:
    Random m_random;
    QList<Person> m_people;
};

} // namespace webcare::fake
