// SPDX-License-Identifier: MIT
#include "synthetic.h"

#include <QStringList>

namespace webcare::fake {

quint64 Random::next()
{
    // SplitMix64 (Steele, Lea, Flood 2014): tiny, fast and well distributed for test data.
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

namespace {

QStringList words(const char *list) { return QString::fromUtf8(list).split(QLatin1Char('|')); }

} // namespace

Synthetic::Synthetic(quint64 seed, int people)
    : m_random(seed)
{
    const QStringList first = words("Sanne|Daan|Emma|Lucas|Julia|Sem|Tess|Milan|Lotte|Bram|Fleur|Thijs|Anouk|Jesse|"
                                    "Noor|Ruben|Iris|Stijn|Eva|Lars|Marloes|Kees|Ineke|Joost|Femke|Henk|Yara|Mohammed|"
                                    "Fatima|Priya|Wouter|Esther|Gert-Jan|Nienke|Bas|Roos");
    const QStringList last = words("de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|"
                                   "Hendriks|van Dijk|Dekker|van den Berg|Brouwer|de Wit|Kok|Jacobs|van Leeuwen|"
                                   "El Amrani|Yılmaz|Claes|Koster");
    people = std::max(1, people);
    m_people.reserve(people);
    for (int i = 0; i < people; ++i) {
        Person p;
        p.number = i;
        p.name = m_random.pick(first) + QLatin1Char(' ') + m_random.pick(last);
        QString handle = p.name.toLower();
        handle.remove(QLatin1Char(' '));
        handle.remove(QLatin1Char('-'));
        handle.replace(QChar(0x0131), QLatin1Char('i')); // dotless i: handles are ASCII
        // Unique through the number, and at most 15 characters, as X requires.
        p.handle = handle.left(10) + QString::number(i);
        m_people << p;
    }
}

QString Synthetic::message(const QString &address)
{
    static const QStringList openers = words("Hoi|Hallo|Goedemorgen|Beste|Hé|Zeg|Goedenavond|Dag|Help|Vraagje");
    static const QStringList subjects =
        words("mijn schadeclaim|de nieuwe polis|mijn zorgverzekering|de reclame met die hond|jullie app|Mijn Duinzicht|"
              "mijn autoverzekering|de premie voor 2027|mijn inboedelverzekering|de factuur van deze maand|"
              "de Duinzicht-wandelaar|mijn reisverzekering|de wachtmuziek|het eigen risico|de hersteller");
    static const QStringList predicates =
        words("loopt al drie weken|werkt niet meer|is nog steeds niet verwerkt|vind ik echt top|is veel te duur "
              "geworden|geeft een foutmelding|is onduidelijk|is eindelijk geregeld|klopt niet|duurt erg lang|"
              "is heel goed geregeld|snap ik niet");
    static const QStringList closers =
        words("Kunnen jullie even kijken?|Wie kan me helpen?|Top geregeld!|Nog steeds niks gehoord.|Dank jullie wel!|"
              "Bel me aub terug.|😡|🙏|👍|Graag snel reactie.|Ik word er gek van.|Hoe zit dat?|Echt waar…|");
    QString text = address;
    if (m_random.chance(70))
        text += m_random.pick(openers) + QStringLiteral(", ");
    QString subject = m_random.pick(subjects);
    if (text.isEmpty() || text.endsWith(QLatin1Char(' ')))
        subject[0] = subject.at(0).toUpper();
    text += subject + QLatin1Char(' ') + m_random.pick(predicates) + QLatin1Char('.');
    if (m_random.chance(15))
        text += QStringLiteral(" Dossier %1.").arg(2026000000 + m_random.below(999999));
    if (m_random.chance(8))
        text += QStringLiteral(" Auto & inboedel"); // X escapes it; the app must show the "&"
    const QString closer = m_random.pick(closers);
    if (!closer.isEmpty())
        text += QLatin1Char(' ') + closer;
    if (m_random.chance(5))
        text.replace(QStringLiteral("verzekering"), QStringLiteral("verzekring")); // typos happen
    return text;
}

QList<QDateTime> Synthetic::times(int count)
{
    const QDateTime end(QDate(2026, 11, 22), QTime(21, 0), QTimeZone::utc());
    QList<qint64> gaps;
    gaps.reserve(count);
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        // A burst now and then: several posts within seconds (a campaign on TV, an outage).
        const qint64 gap = m_random.chance(10) ? 1 + m_random.below(5) : 20 + m_random.below(160);
        gaps << gap;
        total += gap;
    }
    QList<QDateTime> out;
    out.reserve(count);
    QDateTime t = end.addSecs(-total);
    for (int i = 0; i < count; ++i) {
        t = t.addSecs(gaps.at(i));
        out << t.addMSecs(m_random.below(1000));
    }
    return out;
}

} // namespace webcare::fake
