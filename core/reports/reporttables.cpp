// SPDX-License-Identifier: MIT
#include "reporttables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace webcare::reports {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

QVariant hours(const std::optional<qint64> &seconds)
{
    return seconds ? QVariant(double(*seconds) / 3600.0) : QVariant();
}
QVariant percent(const std::optional<double> &share) { return share ? QVariant(*share * 100.0) : QVariant(); }
QVariant optional(const std::optional<double> &value) { return value ? QVariant(*value) : QVariant(); }

QVariant difference(const QVariant &now, const QVariant &before)
{
    if (!now.isValid() || !before.isValid())
        return {};
    if (now.typeId() == QMetaType::LongLong && before.typeId() == QMetaType::LongLong)
        return QVariant(now.toLongLong() - before.toLongLong());
    return QVariant(now.toDouble() - before.toDouble());
}

struct Row {
    QString label;
    int decimals;
    std::function<QVariant(const WeekFigures &)> value;
};

QString csvField(QString text, QChar separator)
{
    if (text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString escape(const QString &text) { return text.toHtmlEscaped(); }

// A small bar chart of one figure over the four weeks, as inline SVG.
QString svgTrend(const QString &title, const QList<WeekFigures> &trend,
                 const std::function<QVariant(const WeekFigures &)> &value, int decimals, const QLocale &locale)
{
    double top = 0;
    for (const WeekFigures &f : trend)
        top = std::max(top, value(f).toDouble());
    QString svg = QStringLiteral("<figure><figcaption>%1</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
                                 "width=\"240\" height=\"130\" role=\"img\">")
                      .arg(escape(title));
    for (qsizetype i = 0; i < trend.size(); ++i) {
        const QVariant v = value(trend.at(i));
        const double h = top > 0 ? 80.0 * v.toDouble() / top : 0;
        const int x = int(10 + i * 57);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"40\" height=\"%3\" fill=\"%4\"/>")
                   .arg(x)
                   .arg(100 - h, 0, 'f', 1)
                   .arg(h, 0, 'f', 1)
                   .arg(i == trend.size() - 1 ? QStringLiteral("#1f5f99") : QStringLiteral("#9bb7d4"));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"middle\">%3</text>")
                   .arg(x + 20)
                   .arg(95 - h, 0, 'f', 1)
                   .arg(escape(displayCell(v, decimals, locale)));
        svg += QStringLiteral("<text x=\"%1\" y=\"118\" font-size=\"10\" text-anchor=\"middle\">%2</text>")
                   .arg(x + 20)
                   .arg(QStringLiteral("W%1").arg(trend.at(i).week.week(), 2, 10, QLatin1Char('0')));
    }
    return svg + QStringLiteral("</svg></figure>");
}

} // namespace

QString reportTitle(const WeeklyReport &report)
{
    return Text::tr("Webcare weekly report %1").arg(report.week.toString());
}

QString reportPeriod(const WeeklyReport &report, const QLocale &locale)
{
    return Text::tr("%1 to %2 (Europe/Amsterdam), made %3")
        .arg(locale.toString(report.week.monday(), QLocale::ShortFormat),
             locale.toString(report.week.sunday(), QLocale::ShortFormat),
             locale.toString(report.generatedAt.toTimeZone(workflow::WorkingCalendar::amsterdam()),
                             QLocale::ShortFormat));
}

QList<ReportTable> reportTables(const WeeklyReport &report)
{
    QList<ReportTable> tables;
    const QList<Row> rows = {
        {Text::tr("Posts in"), 0, [](const WeekFigures &f) { return QVariant(f.postsIn); }},
        {Text::tr("Cases opened"), 0, [](const WeekFigures &f) { return QVariant(f.casesOpened); }},
        {Text::tr("Cases needing a reply"), 0, [](const WeekFigures &f) { return QVariant(f.casesNeedingReply); }},
        {Text::tr("Engagement rate (%)"), 1, [](const WeekFigures &f) { return percent(f.engagementRate); }},
        {Text::tr("Replies sent"), 0, [](const WeekFigures &f) { return QVariant(f.repliesSent); }},
        {Text::tr("First response, median (working hours)"), 2,
         [](const WeekFigures &f) { return hours(f.firstResponseMedian); }},
        {Text::tr("First response, 90th percentile (working hours)"), 2,
         [](const WeekFigures &f) { return hours(f.firstResponseP90); }},
        {Text::tr("Answered within the SLA (%)"), 1, [](const WeekFigures &f) { return percent(f.slaShare); }},
        {Text::tr("Handling time per case, median (working hours)"), 2,
         [](const WeekFigures &f) { return hours(f.handlingMedian); }},
        {Text::tr("Cases resolved"), 0, [](const WeekFigures &f) { return QVariant(f.casesResolved); }},
        {Text::tr("Open backlog at the end of the week"), 0,
         [](const WeekFigures &f) { return QVariant(f.backlogAtEnd); }},
        {Text::tr("Escalations to departments"), 0, [](const WeekFigures &f) { return QVariant(f.escalations); }},
        {Text::tr("Escalation turnaround, median (working hours)"), 2,
         [](const WeekFigures &f) { return hours(f.escalationTurnaroundMedian); }},
        {Text::tr("Hours in webcare"), 2, [](const WeekFigures &f) { return QVariant(f.webcareHours); }},
        {Text::tr("Hours on the phone"), 2, [](const WeekFigures &f) { return QVariant(f.phoneHours); }},
        {Text::tr("FTE in webcare"), 2, [](const WeekFigures &f) { return QVariant(f.fteWebcare); }},
        {Text::tr("FTE on the phone"), 2, [](const WeekFigures &f) { return QVariant(f.ftePhone); }},
        {Text::tr("Satisfaction scores"), 0, [](const WeekFigures &f) { return QVariant(f.csatResponses); }},
        {Text::tr("Customer satisfaction, scores 4–5 (%)"), 1,
         [](const WeekFigures &f) { return percent(f.csatShare); }},
        {Text::tr("NPS answers"), 0, [](const WeekFigures &f) { return QVariant(f.npsResponses); }},
        {Text::tr("Net Promoter Score"), 1, [](const WeekFigures &f) { return optional(f.nps); }},
    };
    ReportTable summary;
    summary.name = QStringLiteral("summary");
    summary.title = Text::tr("Figures of the week, the three weeks before and the change against last week");
    summary.headers << Text::tr("Figure");
    summary.decimals << 0;
    for (const WeekFigures &f : report.trend) {
        summary.headers << f.week.toString();
        summary.decimals << 0;
    }
    summary.headers << Text::tr("Change");
    summary.decimals << 0;
    for (const Row &row : rows) {
        QVariantList cells{row.label};
        for (const WeekFigures &f : report.trend)
            cells << row.value(f);
        cells << (report.trend.size() >= 2 ? difference(row.value(report.current()), row.value(report.previous()))
                                           : QVariant());
        summary.rows << cells;
    }
    for (const Row &row : rows)
        summary.rowDecimals << row.decimals;
    tables << summary;

    ReportTable channels;
    channels.name = QStringLiteral("channels");
    channels.title = Text::tr("Per channel");
    channels.headers = {Text::tr("Channel"),
                        Text::tr("Posts in"),
                        Text::tr("Cases opened"),
                        Text::tr("Replies sent"),
                        Text::tr("First response, median (working hours)"),
                        Text::tr("Answered within the SLA (%)"),
                        Text::tr("Cases resolved")};
    channels.decimals = {0, 0, 0, 0, 2, 1, 0};
    for (const ChannelFigures &c : report.channels)
        channels.rows << QVariantList{
            domain::channelDisplayName(c.channel), c.postsIn,           c.casesOpened,  c.repliesSent,
            hours(c.firstResponseMedian),          percent(c.slaShare), c.casesResolved};
    tables << channels;

    if (report.withAgentNames) {
        ReportTable agents;
        agents.name = QStringLiteral("agents");
        agents.title = Text::tr("Per agent");
        agents.headers = {Text::tr("Agent"), Text::tr("Replies sent"), Text::tr("Cases resolved"),
                          Text::tr("Hours in webcare"), Text::tr("Hours on the phone")};
        agents.decimals = {0, 0, 0, 2, 2};
        for (const AgentFigures &a : report.agents)
            agents.rows << QVariantList{a.name, a.repliesSent, a.casesResolved, a.webcareHours, a.phoneHours};
        tables << agents;
    }

    ReportTable departments;
    departments.name = QStringLiteral("departments");
    departments.title = Text::tr("Escalations per department");
    departments.headers = {Text::tr("Department"), Text::tr("Escalations"), Text::tr("Answered"),
                           Text::tr("Answered on time"), Text::tr("Turnaround, median (working hours)")};
    departments.decimals = {0, 0, 0, 0, 2};
    for (const DepartmentFigures &d : report.departments)
        departments.rows << QVariantList{d.name, d.escalations, d.answered, d.answeredOnTime,
                                         hours(d.turnaroundMedian)};
    tables << departments;

    ReportTable tags;
    tags.name = QStringLiteral("voc_tags");
    tags.title = Text::tr("Top voice-of-the-customer tags");
    tags.headers = {Text::tr("Tag"), Text::tr("Description"), Text::tr("Cases"), Text::tr("Previous week")};
    tags.decimals = {0, 0, 0, 0};
    for (const TagFigures &t : report.tags)
        tags.rows << QVariantList{t.tag, t.description, t.cases, t.previousWeek};
    tables << tags;
    return tables;
}

QString displayCell(const QVariant &value, int decimals, const QLocale &locale)
{
    if (!value.isValid())
        return QStringLiteral("–");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return locale.toString(value.toLongLong());
    case QMetaType::Double:
        return locale.toString(value.toDouble(), 'f', decimals);
    default:
        return value.toString();
    }
}

QByteArray toCsv(const ReportTable &table, const CsvOptions &options)
{
    QString out;
    auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f, options.separator);
        out += quoted.join(options.separator) + QStringLiteral("\r\n");
    };
    line(table.headers);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        QStringList fields;
        const QVariantList &cells = table.rows.at(r);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QVariant &v = cells.at(i);
            QString field;
            if (!v.isValid()) {
                field = QString();
            } else if (v.typeId() == QMetaType::Double) {
                // No thousands separator: spreadsheet programs read plain numbers.
                field = QString::number(v.toDouble(), 'f', table.decimalsAt(r, i));
                if (options.decimalComma)
                    field.replace(QLatin1Char('.'), QLatin1Char(','));
            } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                field = QString::number(v.toLongLong());
            } else {
                field = v.toString();
            }
            fields << field;
        }
        line(fields);
    }
    QByteArray bytes = options.byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    return bytes + out.toUtf8();
}

Expected<QStringList, QString> writeCsv(const WeeklyReport &report, const QString &directory, const CsvOptions &options)
{
    if (!QDir().mkpath(directory))
        return unexpected(Text::tr("Cannot create the folder %1.").arg(directory));
    QStringList written;
    for (const ReportTable &table : reportTables(report)) {
        const QString path =
            QDir(directory).filePath(QStringLiteral("%1-%2.csv").arg(report.week.toString(), table.name));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(table, options)) < 0 || !file.commit())
            return unexpected(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
        written << path;
    }
    return written;
}

QString toHtml(const WeeklyReport &report, const QLocale &locale)
{
    const QList<ReportTable> tables = reportTables(report);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "<style>body{font-family:sans-serif;margin:2em;color:#222}"
                                  "table{border-collapse:collapse;margin-bottom:1.5em}"
                                  "th,td{border:1px solid #bbb;padding:3px 8px}td.n{text-align:right}"
                                  "th{background:#e8eef5}figure{display:inline-block;margin:0 1em 1em 0}"
                                  "figcaption{font-size:small}</style></head><body>\n")
                       .arg(locale.bcp47Name(), escape(reportTitle(report)));
    html +=
        QStringLiteral("<h1>%1</h1><p>%2</p>\n").arg(escape(reportTitle(report)), escape(reportPeriod(report, locale)));
    const auto perWeek = [](auto member) { return [member](const WeekFigures &f) { return QVariant(f.*member); }; };
    html += QStringLiteral("<section>");
    html += svgTrend(Text::tr("Posts in"), report.trend, perWeek(&WeekFigures::postsIn), 0, locale);
    html += svgTrend(Text::tr("Replies sent"), report.trend, perWeek(&WeekFigures::repliesSent), 0, locale);
    html += svgTrend(
        Text::tr("First response, median (working hours)"), report.trend,
        [](const WeekFigures &f) { return hours(f.firstResponseMedian); }, 2, locale);
    html += svgTrend(Text::tr("Cases resolved"), report.trend, perWeek(&WeekFigures::casesResolved), 0, locale);
    html += QStringLiteral("</section>\n");
    for (const ReportTable &table : tables) {
        html += QStringLiteral("<h2>%1</h2>\n<table><tr>").arg(escape(table.title));
        for (const QString &h : table.headers)
            html += QStringLiteral("<th>%1</th>").arg(escape(h));
        html += QStringLiteral("</tr>\n");
        if (table.rows.isEmpty())
            html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>\n")
                        .arg(table.headers.size())
                        .arg(escape(Text::tr("No data this week.")));
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            html += QStringLiteral("<tr>");
            const QVariantList &cells = table.rows.at(r);
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const bool number = cells.at(i).typeId() != QMetaType::QString;
                html += QStringLiteral("<td%1>%2</td>")
                            .arg(number ? QStringLiteral(" class=\"n\"") : QString(),
                                 escape(displayCell(cells.at(i), table.decimalsAt(r, i), locale)));
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("<p><small>%1</small></p></body></html>\n")
                .arg(escape(Text::tr("Times are working time of the team's opening hours. Definitions: "
                                     "docs/reports.md. No customer personal data.")));
    return html;
}

Expected<void, QString> writeHtml(const WeeklyReport &report, const QString &path, const QLocale &locale)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toHtml(report, locale).toUtf8()) < 0 || !file.commit())
        return unexpected(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace webcare::reports
