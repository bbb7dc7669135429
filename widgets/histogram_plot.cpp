#include "histogram_plot.h"

#include "plot_widget.h"
#include "qt_adapters.h"

namespace aimc::widgets {

QVector<double> binFractions(const core::Histogram& h) {
    double total = 0;
    for (double c : h.counts)
        total += c;
    QVector<double> f(static_cast<qsizetype>(h.counts.size()));
    for (std::size_t i = 0; i < h.counts.size(); ++i)
        f[static_cast<qsizetype>(i)] = total > 0 ? h.counts[i] / total : 0;
    return f;
}

QCPGraph* addHistogramGraph(PlotWidget* plot, const core::Histogram& h, double xScale, const QString& name,
                            int color) {
    auto* g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsStepCenter);
    g->setPen(plot->seriesPen(color));
    QColor fill = PlotStyle::seriesColor(color);
    fill.setAlpha(50);
    g->setBrush(fill);
    g->setData(toQVector(h.centers(), xScale), binFractions(h), true);
    return g;
}

} // namespace aimc::widgets
