// QCustomPlot with the house conventions: a stable export name, a title, the presentation-mode
// style, and a context menu to export the figure (PDF, SVG, PNG) and its data (CSV).
#pragma once

#include "plot_style.h"

#include <qcustomplot.h>

namespace aimc::widgets {

class PlotWidget : public QCustomPlot {
    Q_OBJECT
public:
    explicit PlotWidget(const QString& exportName, QWidget* parent = nullptr);

    QString exportName() const { return m_exportName; }
    void setTitle(const QString& title);
    QString title() const;
    void setAxisLabels(const QString& x, const QString& y);

    const PlotStyle& plotStyle() const { return m_style; }
    void setPlotStyle(const PlotStyle& style);
    // A pen for series `colorIndex` at the current style's scale.
    QPen seriesPen(int colorIndex, double baseWidth = 1.6, Qt::PenStyle = Qt::SolidLine) const;

    // Called by the context menu; also usable from code and tests.
    void openExportDialog();
    void rescaleToData();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString m_exportName;
    QCPTextElement* m_title = nullptr;
    PlotStyle m_style;
};

} // namespace aimc::widgets
