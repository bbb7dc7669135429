// QCustomPlot with the house conventions: a stable export name, a title, the presentation-mode
// style, and a context menu to export the figure (PDF, SVG, PNG) and its data (CSV). Every layout
// is fitted to the plot's size (plot_fit.h): long titles and labels wrap, crowded ticks thin out.
#pragma once

#include "plot_fit.h"
#include "plot_style.h"

#include <qcustomplot.h>

namespace aimc::widgets {

class PlotWidget : public QCustomPlot {
    Q_OBJECT
public:
    explicit PlotWidget(const QString& exportName, QWidget* parent = nullptr);

    QString exportName() const { return m_exportName; }
    void setTitle(const QString& title);
    QString title() const { return m_fullTitle; } // as set, before any wrapping
    void setAxisLabels(const QString& x, const QString& y);

    const PlotStyle& plotStyle() const { return m_style; }
    void setPlotStyle(const PlotStyle& style);
    // A pen for series `colorIndex` at the current style's scale.
    QPen seriesPen(int colorIndex, double baseWidth = 1.6, Qt::PenStyle = Qt::SolidLine) const;

    // Called by the context menu; also usable from code and tests.
    void openExportDialog();
    void rescaleToData();

    // The legend in a row below the axis rect (never over the data) or inside it. Always below
    // for plots whose legend is too long for the data area; presentation mode puts all below.
    void setLegendAlwaysBelow(bool on);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void updateLayout() override; // lays out, fits (plot_fit.h), lays out again while that changed

private:
    void placeLegend();

    PlotFitter m_fitter;
    QString m_fullTitle;
    bool m_legendAlwaysBelow = false;
    Qt::Alignment m_legendInsetAlignment = Qt::AlignTop | Qt::AlignRight;
    QString m_exportName;
    QCPTextElement* m_title = nullptr;
    PlotStyle m_style;
};

} // namespace aimc::widgets
