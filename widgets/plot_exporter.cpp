#include "plot_exporter.h"

#include "plot_widget.h"

#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace aimc::widgets {
namespace {
constexpr double kMmPerInch = 25.4;
constexpr double kScreenDpi = 96.0;  // logical layout resolution for PNG and SVG
constexpr double kPdfPointsPerInch = 72.0;

QString csvField(const QString& s) {
    if (!s.contains(',') && !s.contains('"') && !s.contains('\n'))
        return s;
    QString q = s;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

QString number(double v) { return QString::number(v, 'g', 12); }

// Scales fonts and pens for the export and puts them back afterwards.
class ExportStyleScope {
public:
    ExportStyleScope(QCustomPlot* plot, double fontPt) : m_plot(qobject_cast<PlotWidget*>(plot)) {
        if (!m_plot)
            return;
        m_saved = m_plot->plotStyle();
        PlotStyle s = m_saved;
        s.scale = fontPt / 9.0;
        m_plot->setPlotStyle(s);
    }
    ~ExportStyleScope() {
        if (m_plot)
            m_plot->setPlotStyle(m_saved);
    }

private:
    PlotWidget* m_plot;
    PlotStyle m_saved;
};

std::optional<QString> writeText(const QString& path, const QString& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QObject::tr("%1: cannot write (%2)").arg(path, file.errorString());
    file.write(text.toUtf8());
    if (!file.commit())
        return QObject::tr("%1: write failed (%2)").arg(path, file.errorString());
    return std::nullopt;
}
} // namespace

QString ExportOptions::suffix(Format f) {
    switch (f) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Png: return QStringLiteral("png");
    case Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

QString plotDataCsv(QCustomPlot* plot) {
    const QString xl = plot->xAxis->label().isEmpty() ? QStringLiteral("x") : plot->xAxis->label();
    const QString yl = plot->yAxis->label().isEmpty() ? QStringLiteral("y") : plot->yAxis->label();
    QStringList lines;
    bool hasZ = false;
    for (int i = 0; i < plot->plottableCount(); ++i)
        hasZ = hasZ || qobject_cast<QCPColorMap*>(plot->plottable(i));
    lines << QStringList{"series", csvField(xl), csvField(yl)}.join(',') +
                 (hasZ ? QStringLiteral(",value") : QString());
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* p = plot->plottable(i);
        const QString name = csvField(p->name().isEmpty() ? QStringLiteral("series%1").arg(i) : p->name());
        if (auto* g = qobject_cast<QCPGraph*>(p)) {
            for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
                lines << name + ',' + number(it->key) + ',' + number(it->value);
        } else if (auto* b = qobject_cast<QCPBars*>(p)) {
            for (auto it = b->data()->constBegin(); it != b->data()->constEnd(); ++it)
                lines << name + ',' + number(it->key) + ',' + number(it->value);
        } else if (auto* c = qobject_cast<QCPCurve*>(p)) {
            for (auto it = c->data()->constBegin(); it != c->data()->constEnd(); ++it)
                lines << name + ',' + number(it->key) + ',' + number(it->value);
        } else if (auto* m = qobject_cast<QCPColorMap*>(p)) {
            auto* d = m->data();
            for (int y = 0; y < d->valueSize(); ++y)
                for (int x = 0; x < d->keySize(); ++x) {
                    double kx = 0, ky = 0;
                    d->cellToCoord(x, y, &kx, &ky);
                    lines << name + ',' + number(kx) + ',' + number(ky) + ',' + number(d->cell(x, y));
                }
        }
    }
    return lines.join('\n') + '\n';
}

std::optional<QString> exportPlot(QCustomPlot* plot, const QString& finalPath,
                                  const ExportOptions& o) {
    if (o.format == ExportOptions::Format::Csv)
        return writeText(finalPath, plotDataCsv(plot));
    if (!(o.widthMm > 0 && o.heightMm > 0 && o.dpi > 0 && o.fontPt > 0))
        return QObject::tr("%1: size, DPI and font must be positive").arg(finalPath);
    // Render beside the target and rename over it: a failed export never destroys an old figure.
    const QString path = finalPath + QStringLiteral(".part.") + ExportOptions::suffix(o.format);
    ExportStyleScope scope(plot, o.fontPt);
    const int wPx = qRound(o.widthMm / kMmPerInch * kScreenDpi);
    const int hPx = qRound(o.heightMm / kMmPerInch * kScreenDpi);
    bool ok = false;
    switch (o.format) {
    case ExportOptions::Format::Pdf: {
        // QCustomPlot sizes the PDF page in points, so a point here is 1/72 inch on paper.
        const int wPt = qRound(o.widthMm / kMmPerInch * kPdfPointsPerInch);
        const int hPt = qRound(o.heightMm / kMmPerInch * kPdfPointsPerInch);
        ok = plot->savePdf(path, wPt, hPt, QCP::epNoCosmetic, QStringLiteral("AiMC Explorer"));
        break;
    }
    case ExportOptions::Format::Png:
        ok = plot->savePng(path, wPx, hPx, o.dpi / kScreenDpi, -1, o.dpi, QCP::ruDotsPerInch);
        break;
    case ExportOptions::Format::Svg: {
        QSvgGenerator gen;
        gen.setFileName(path);
        gen.setSize(QSize(wPx, hPx));
        gen.setViewBox(QRect(0, 0, wPx, hPx));
        gen.setResolution(qRound(kScreenDpi));
        gen.setTitle(plot->property("title").toString());
        QCPPainter painter;
        ok = painter.begin(&gen);
        if (ok) {
            plot->toPainter(&painter, wPx, hPx);
            ok = painter.end();
        }
        break;
    }
    case ExportOptions::Format::Csv:
        break;
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
    if (!ok || std::rename(QFile::encodeName(path).constData(),
                           QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(path);
        return QObject::tr("%1: could not be written").arg(finalPath);
    }
    return std::nullopt;
}

} // namespace aimc::widgets
