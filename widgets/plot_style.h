// The look of every plot: font sizes and line widths, scaled up in presentation mode.
#pragma once

#include <QColor>
#include <QList>
#include <QFont>
#include <QPen>

class QCustomPlot;
class QCPAxis;

namespace aimc::widgets {

struct PlotStyle {
    double scale = 1.0; // 1 on screen, ~1.8 in presentation mode
    bool legendOutside = false; // presentation mode: every legend below its plot, never over data
    QFont font(double basePt = 9.0, bool bold = false) const;
    double lineWidth(double base = 1.6) const { return base * scale; }
    static QColor seriesColor(int index);
};

// A logarithmic axis with log ticks, or (on = false) back to a linear one.
void setLogScale(QCPAxis* axis, bool on);
// Tick labels as powers of ten: 10^6 rather than 1000000.
void setPowersOfTenLabels(QCPAxis* axis);

// Every axis of the plot: those of its axis rects and of its colour scales.
QList<QCPAxis*> plotAxes(QCustomPlot* plot);

// Applies fonts and widths to axes, legend and every graph of the plot.
void applyPlotStyle(QCustomPlot* plot, const PlotStyle& style);

} // namespace aimc::widgets
