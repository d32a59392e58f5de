#include "console/reports/ReportWriters.h"

#include "core/IsoTime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace seatwise::ReportWriters {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("seatwise::ReportWriters", text, nullptr, n);
}

QString totalLabel()
{
    return tr("Total");
}

QStringList csvRow(const UsageReportRow& row, const QString& name, const UsageReportData& data)
{
    return {name,
            IsoTime::format(data.fromMs),
            IsoTime::format(data.toMs),
            QString::number(row.peak),
            QString::number(row.average, 'f', 2),
            QString::number(row.seats),
            QString::number(row.utilisationPercent, 'f', 1),
            QString::number(row.denials),
            QString::number(row.minutesAtFull)};
}

QString joinCsv(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Result<Done, QString> save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return Done{};
}

QString htmlRow(const UsageReportRow& row, const QString& name, bool total, bool shaded)
{
    const QLocale locale;
    const QString style = total ? QStringLiteral(" style=\"font-weight: bold; background-color: #e4e9f0;\"")
                                : (shaded ? QStringLiteral(" style=\"background-color: #f5f7fa;\"") : QString());
    const auto cell = [](const QString& text) -> QString {
        return QStringLiteral("<td align=\"right\">") + text + QStringLiteral("</td>");
    };
    return QStringLiteral("<tr") + style + QStringLiteral("><td>") + name.toHtmlEscaped() + QStringLiteral("</td>") +
           cell(locale.toString(row.peak)) + cell(locale.toString(row.average, 'f', 1)) +
           cell(locale.toString(row.seats)) + cell(tr("%1 %").arg(locale.toString(row.utilisationPercent, 'f', 1))) +
           cell(locale.toString(row.denials)) + cell(locale.toString(row.minutesAtFull)) + QStringLiteral("</tr>");
}

} // namespace

QString csvHeader()
{
    return QStringLiteral(
        "pool,period_start,period_end,peak,average,seats,utilisation_percent,denials,minutes_at_full");
}

QString csvField(const QString& text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray csv(const UsageReportData& data)
{
    QString text = csvHeader() + QStringLiteral("\r\n");
    for (const UsageReportRow& row : data.pools)
        text += joinCsv(csvRow(row, row.poolName.isEmpty() ? row.poolId : row.poolName, data));
    text += joinCsv(csvRow(data.total, totalLabel(), data));
    return text.toUtf8();
}

QString html(const UsageReportData& data, const ReportMeta& meta)
{
    const QLocale locale;
    const QString generated = locale.toString(QDateTime::fromMSecsSinceEpoch(meta.generatedAtMs), QLocale::LongFormat);
    QString body;
    body += QStringLiteral("<h1 style=\"color: #1d3557;\">") + tr("Seat usage report").toHtmlEscaped() +
            QStringLiteral("</h1>");
    body += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto fact = [&body](const QString& label, const QString& value) {
        body += QStringLiteral("<tr><td style=\"color: #555555; padding-right: 12px;\">") + label.toHtmlEscaped() +
                QStringLiteral("</td><td>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    };
    fact(tr("Period"), meta.periodLabel);
    fact(tr("Gateway"), meta.gatewayUrl);
    fact(tr("Generated"), generated);
    body += QStringLiteral("</table><p></p>");

    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                           "style=\"border-collapse: collapse; border-color: #9aa5b1;\">");
    body += QStringLiteral("<thead><tr style=\"background-color: #1d3557; color: #ffffff;\">");
    const QStringList headers{tr("Pool"),        tr("Peak"),    tr("Average"),     tr("Seats"),
                              tr("Utilisation"), tr("Denials"), tr("Minutes full")};
    for (int i = 0; i < headers.size(); ++i)
        body += QStringLiteral("<th align=\"") + (i == 0 ? QStringLiteral("left") : QStringLiteral("right")) +
                QStringLiteral("\">") + headers.at(i).toHtmlEscaped() + QStringLiteral("</th>");
    body += QStringLiteral("</tr></thead>");
    for (int i = 0; i < data.pools.size(); ++i) {
        const UsageReportRow& row = data.pools.at(i);
        body += htmlRow(row, row.poolName.isEmpty() ? row.poolId : row.poolName, false, i % 2 == 1);
    }
    body += htmlRow(data.total, totalLabel(), true, false);
    body += QStringLiteral("</table>");
    body += QStringLiteral("<p style=\"color: #555555; font-size: small;\">") +
            tr("Peak and average count seats in use per minute; the average covers the minutes the gateway "
               "recorded in the period (%1). Seats are the most owned at any minute; "
               "utilisation is the average over them. Minutes full: minutes with every seat in use. The total adds "
               "all pools up minute by minute.")
                .arg(QLocale().toString(data.total.minutesRecorded))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>");
}

QByteArray pdf(const UsageReportData& data, const ReportMeta& meta)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        // No margins of the writer's own: QTextDocument::print() keeps 2 cm around the text.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(tr("Seat usage report"));
        writer.setCreator(QStringLiteral("Seatwise"));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setHtml(html(data, meta));
        document.print(&writer);
    }
    return bytes;
}

Result<Done, QString> writeCsv(const QString& path, const UsageReportData& data)
{
    return save(path, csv(data));
}

Result<Done, QString> writePdf(const QString& path, const UsageReportData& data, const ReportMeta& meta)
{
    const QByteArray bytes = pdf(data, meta);
    if (!bytes.startsWith("%PDF"))
        return tr("Could not make the PDF document.");
    return save(path, bytes);
}

} // namespace seatwise::ReportWriters
