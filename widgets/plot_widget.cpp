#include "plot_widget.h"

#include "export_dialog.h"
#include "text_placement.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace aimc::widgets {

PlotWidget::PlotWidget(const QString& exportName, QWidget* parent)
    : QCustomPlot(parent), m_exportName(exportName) {
    setMinimumSize(320, 220);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), m_style.font(11, true));
    plotLayout()->addElement(0, 0, m_title);
    legend->setBrush(QColor(255, 255, 255, 220));
    setContextMenuPolicy(Qt::DefaultContextMenu);
    applyPlotStyle(this, m_style);
}

void PlotWidget::setTitle(const QString& title) {
    m_fullTitle = title;
    m_title->setText(title);
}

void PlotWidget::setAxisLabels(const QString& x, const QString& y) {
    xAxis->setLabel(x);
    yAxis->setLabel(y);
}

void PlotWidget::setPlotStyle(const PlotStyle& style) {
    m_style = style;
    placeLegend();
    applyPlotStyle(this, style);
}

void PlotWidget::setLegendAlwaysBelow(bool on) {
    m_legendAlwaysBelow = on;
    placeLegend();
}

void PlotWidget::placeLegend() {
    // A hidden or empty legend stays out of the plot layout: there it would pin the layout's
    // column to its minimum width (QCustomPlot takes its tiny maximum size).
    const bool below = (m_legendAlwaysBelow || m_style.legendOutside) && legend->visible() &&
                       legend->itemCount() > 0;
    const bool isBelow = legend->layout() == plotLayout();
    if (below == isBelow)
        return;
    if (below) {
        auto* inset = axisRect()->insetLayout();
        for (int i = 0; i < inset->elementCount(); ++i)
            if (inset->elementAt(i) == legend)
                m_legendInsetAlignment = inset->insetAlignment(i);
        inset->take(legend);
        plotLayout()->simplify(); // the insertion below must land right after the axis rect
        plotLayout()->addElement(plotLayout()->rowCount(), 0, legend);
        plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
        legend->setFillOrder(QCPLegend::foColumnsFirst);
        legend->setMargins(QMargins(4, 2, 4, 2));
    } else {
        plotLayout()->take(legend);
        plotLayout()->simplify(); // drop the empty row
        axisRect()->insetLayout()->addElement(legend, m_legendInsetAlignment);
        legend->setFillOrder(QCPLegend::foRowsFirst);
        legend->setWrap(0);
    }
}

void PlotWidget::updateLayout() {
    constexpr int kMaxPasses = 6; // each pass thins one axis by one tick at most
    placeLegend(); // pages show, hide and fill the legend as they render
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        QCustomPlot::updateLayout();
        if (!m_fitter.fit(this, pass == 0))
            break;
    }
    placeTextItems(this); // on the final layout: annotations clear of each other and the edges
}

QPen PlotWidget::seriesPen(int colorIndex, double baseWidth, Qt::PenStyle penStyle) const {
    QPen pen(PlotStyle::seriesColor(colorIndex));
    pen.setWidthF(m_style.lineWidth(baseWidth));
    pen.setStyle(penStyle);
    return pen;
}

void PlotWidget::openExportDialog() {
    ExportDialog dialog({this}, window());
    dialog.exec();
}

void PlotWidget::rescaleToData() {
    rescaleAxes(true);
    replot(rpQueuedReplot);
}

void PlotWidget::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Export figure and data…"), this, &PlotWidget::openExportDialog);
    menu.addAction(tr("Reset view"), this, &PlotWidget::rescaleToData);
    menu.exec(event->globalPos());
}

} // namespace aimc::widgets
