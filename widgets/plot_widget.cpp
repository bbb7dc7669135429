#include "plot_widget.h"

#include "export_dialog.h"

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

void PlotWidget::setTitle(const QString& title) { m_title->setText(title); }

QString PlotWidget::title() const { return m_title->text(); }

void PlotWidget::setAxisLabels(const QString& x, const QString& y) {
    xAxis->setLabel(x);
    yAxis->setLabel(y);
}

void PlotWidget::setPlotStyle(const PlotStyle& style) {
    m_style = style;
    applyPlotStyle(this, style);
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
