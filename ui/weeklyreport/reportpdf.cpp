// SPDX-License-Identifier: MIT
#include "weeklyreport/reportpdf.h"

#include "reports/reporttables.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QValueAxis>

namespace webcare::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

// Draws in points (1/72 inch) on A4 with 15 mm margins, moving to a new page when the next block does not fit.
class PageWriter {
public:
    PageWriter(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
    {
        // The writer's resolution is 72 dpi, so a device pixel is a point and font point sizes need no scaling.
        const QRect page = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
        m_width = page.width();
        m_height = page.height();
    }
    double width() const { return m_width; }
    double y() const { return m_y; }
    void ensure(double height)
    {
        if (m_y + height > m_height && m_y > 0) {
            m_writer.newPage();
            m_y = 0;
        }
    }
    void advance(double height) { m_y += height; }
    void heading(const QString &text, int pointSize)
    {
        QFont f = m_painter.font();
        f.setPointSizeF(pointSize);
        f.setBold(true);
        m_painter.setFont(f);
        const QRectF bounds =
            m_painter.boundingRect(QRectF(0, 0, m_width, 1000), Qt::TextWordWrap | Qt::AlignLeft, text);
        ensure(bounds.height() + pointSize * 2.5); // never a heading alone at the foot of a page
        m_painter.drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
        m_y += bounds.height() + pointSize * 0.5;
    }
    void paragraph(const QString &text, double pointSize = 9)
    {
        QFont f = m_painter.font();
        f.setPointSizeF(pointSize);
        f.setBold(false);
        m_painter.setFont(f);
        const QRectF bounds =
            m_painter.boundingRect(QRectF(0, 0, m_width, 1000), Qt::TextWordWrap | Qt::AlignLeft, text);
        ensure(bounds.height() + 6);
        m_painter.drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
        m_y += bounds.height() + 8;
    }
    void table(const reports::ReportTable &table, const QLocale &locale)
    {
        heading(table.title, 12);
        const double rowHeight = 15;
        const int columns = int(table.headers.size());
        // The first column holds labels; it takes what the number columns leave.
        // The summary's labels are long; the detail tables' are short names with long column headings.
        const double share = table.rowDecimals.isEmpty() ? 0.75 : 0.55;
        QFont f = m_painter.font();
        f.setPointSizeF(8);
        // A heading wraps between words, never inside one: a number column is at least as wide as its longest
        // heading word ("Verandering"), as long as the labels keep 40 % of the page.
        double longestWord = 0;
        {
            QFont bold = f;
            bold.setBold(true);
            const QFontMetricsF metrics(bold, m_painter.device());
            for (int c = 1; c < columns; ++c) {
                const QStringList words = table.headers.at(c).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (const QString &word : words)
                    longestWord = std::max(longestWord, metrics.horizontalAdvance(word) + 8);
            }
        }
        const double numberWidth =
            columns > 1 ? std::min(std::max(std::min(70.0, m_width * share / (columns - 1)), longestWord),
                                   m_width * 0.6 / (columns - 1))
                        : 0;
        const double firstWidth = m_width - numberWidth * (columns - 1);
        auto x = [&](int c) { return c == 0 ? 0.0 : firstWidth + numberWidth * (c - 1); };
        auto w = [&](int c) { return c == 0 ? firstWidth : numberWidth; };
        auto headerRow = [&] {
            f.setBold(true);
            m_painter.setFont(f);
            double tallest = rowHeight;
            for (int c = 0; c < columns; ++c)
                tallest = std::max(
                    tallest, m_painter.boundingRect(QRectF(0, 0, w(c) - 6, 200), Qt::TextWordWrap, table.headers.at(c))
                                     .height() +
                                 4);
            ensure(tallest + rowHeight);
            m_painter.fillRect(QRectF(0, m_y, m_width, tallest), QColor(0xe8, 0xee, 0xf5));
            for (int c = 0; c < columns; ++c)
                m_painter.drawText(QRectF(x(c) + 3, m_y + 2, w(c) - 6, tallest - 4),
                                   Qt::TextWordWrap | (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                   table.headers.at(c));
            m_y += tallest;
            f.setBold(false);
            m_painter.setFont(f);
        };
        headerRow();
        if (table.rows.isEmpty()) {
            m_painter.drawText(QRectF(3, m_y, m_width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                               Text::tr("No data this week."));
            m_y += rowHeight;
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            if (m_y + rowHeight > m_height) {
                m_writer.newPage();
                m_y = 0;
                headerRow();
            }
            const QVariantList &cells = table.rows.at(r);
            m_painter.setPen(QColor(0xcc, 0xcc, 0xcc));
            m_painter.drawLine(QPointF(0, m_y + rowHeight), QPointF(m_width, m_y + rowHeight));
            m_painter.setPen(Qt::black);
            for (int c = 0; c < columns && c < cells.size(); ++c) {
                const bool number = cells.at(c).typeId() != QMetaType::QString;
                m_painter.drawText(QRectF(x(c) + 3, m_y, w(c) - 6, rowHeight),
                                   (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                                   reports::displayCell(cells.at(c), table.decimalsAt(r, c), locale));
            }
            m_y += rowHeight;
        }
        m_y += 14;
    }
    void chart(QChart *chart, double height)
    {
        ensure(height + 8);
        QGraphicsScene scene;
        scene.addItem(chart);                       // the scene owns the chart from here
        const QSizeF size(m_width * 2, height * 2); // lay out at twice the size: small print stays legible
        chart->resize(size);
        chart->setAnimationOptions(QChart::NoAnimation);
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(&m_painter, QRectF(0, m_y, m_width, height), scene.sceneRect());
        m_y += height + 8;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
};

QChart *barChart(const QString &title, const QStringList &categories,
                 const QList<std::pair<QString, QList<double>>> &sets, const QLocale &locale)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSize(16);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    auto *series = new QBarSeries;
    double top = 0;
    for (const auto &[name, values] : sets) {
        auto *set = new QBarSet(name);
        for (double v : values) {
            *set << v;
            top = std::max(top, v);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(top >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    QFont labels = x->labelsFont();
    labels.setPointSize(14);
    x->setLabelsFont(labels);
    y->setLabelsFont(labels);
    chart->legend()->setFont(labels);
    return chart;
}

double hoursOf(const std::optional<qint64> &seconds) { return seconds ? double(*seconds) / 3600.0 : 0; }

} // namespace

Expected<void, QString> writeReportPdf(const reports::WeeklyReport &report, const QString &path, const QLocale &locale)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(72); // coordinates in points; the output is vector graphics all the same
    writer.setTitle(reports::reportTitle(report));
    writer.setCreator(QStringLiteral("Webcare Desk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return unexpected(Text::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath()));
    painter.setRenderHint(QPainter::Antialiasing);
    PageWriter page(writer, painter);

    page.heading(reports::reportTitle(report), 18);
    page.paragraph(reports::reportPeriod(report, locale));
    const QList<reports::ReportTable> tables = reports::reportTables(report);
    page.table(tables.first(), locale);

    QStringList weeks;
    QList<double> postsIn, replies, frtMedian, frtP90;
    for (const reports::WeekFigures &f : report.trend) {
        weeks << QStringLiteral("W%1").arg(f.week.week(), 2, 10, QLatin1Char('0'));
        postsIn << double(f.postsIn);
        replies << double(f.repliesSent);
        frtMedian << hoursOf(f.firstResponseMedian);
        frtP90 << hoursOf(f.firstResponseP90);
    }
    page.chart(barChart(Text::tr("Posts in and replies sent"), weeks,
                        {{Text::tr("Posts in"), postsIn}, {Text::tr("Replies sent"), replies}}, locale),
               220);
    page.chart(barChart(Text::tr("First response in working hours"), weeks,
                        {{Text::tr("Median"), frtMedian}, {Text::tr("90th percentile"), frtP90}}, locale),
               220);
    if (!report.channels.isEmpty()) {
        QStringList channels;
        QList<double> channelPosts, channelReplies;
        for (const reports::ChannelFigures &c : report.channels) {
            channels << domain::channelDisplayName(c.channel);
            channelPosts << double(c.postsIn);
            channelReplies << double(c.repliesSent);
        }
        page.chart(barChart(Text::tr("Per channel this week"), channels,
                            {{Text::tr("Posts in"), channelPosts}, {Text::tr("Replies sent"), channelReplies}}, locale),
                   220);
    }
    for (qsizetype i = 1; i < tables.size(); ++i)
        page.table(tables.at(i), locale);
    page.paragraph(Text::tr("Times are working time of the team's opening hours. Definitions: docs/reports.md. "
                            "No customer personal data."),
                   8);
    if (!painter.end())
        return unexpected(Text::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath()));
    return {};
}

} // namespace webcare::ui
