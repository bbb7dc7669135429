#include "plot_style.h"

#include <qcustomplot.h>

namespace aimc::widgets {

QFont PlotStyle::font(double basePt, bool bold) const {
    QFont f;
    f.setPointSizeF(basePt * scale);
    f.setBold(bold);
    return f;
}

QColor PlotStyle::seriesColor(int index) {
    // Okabe-Ito: distinguishable for colour-blind viewers and on projectors.
    static const QColor colors[] = {QColor(0, 114, 178),  QColor(213, 94, 0),
                                    QColor(0, 158, 115),  QColor(204, 121, 167),
                                    QColor(230, 159, 0),  QColor(86, 180, 233),
                                    QColor(0, 0, 0),      QColor(240, 228, 66)};
    return colors[index % 8];
}

void setLogScale(QCPAxis* axis, bool on) {
    axis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
}

void setPowersOfTenLabels(QCPAxis* axis) {
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
}

QList<QCPAxis*> plotAxes(QCustomPlot* plot) {
    QList<QCPAxis*> axes;
    for (auto* rect : plot->axisRects())
        axes << rect->axes();
    for (auto* e : plot->plotLayout()->elements(true))
        if (auto* scale = qobject_cast<QCPColorScale*>(e))
            axes << scale->axis();
    return axes;
}

void applyPlotStyle(QCustomPlot* plot, const PlotStyle& style) {
    const auto axes = plotAxes(plot);
    for (auto* axis : axes) {
        axis->setLabelFont(style.font(10));
        axis->setTickLabelFont(style.font(9));
        QPen pen = axis->basePen();
        pen.setWidthF(style.scale);
        axis->setBasePen(pen);
        axis->setTickPen(pen);
        axis->setSubTickPen(pen);
    }
    plot->legend->setFont(style.font(9));
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            title->setFont(style.font(11, true));
    // Pens were made for the previous scale: rescale them by the ratio.
    const QVariant old = plot->property("aimcScale");
    const double ratio = style.scale / (old.isValid() ? old.toDouble() : 1.0);
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* p = plot->plottable(i);
        QPen pen = p->pen();
        pen.setWidthF(pen.widthF() * ratio);
        p->setPen(pen);
    }
    plot->setProperty("aimcScale", style.scale);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace aimc::widgets
