// Plot helpers of the Energy page and its comparison chart (Cosemans IEDM 2019 Fig. 9 idea:
// published accelerators, this configuration and the 10 fJ/MAC digital baseline).
#pragma once

#include "energy/energy_model.h"

#include <QString>
#include <qcustomplot.h>

namespace aimc::widgets {

class PlotWidget;
struct EnergyPageData;

namespace energy_plots {

// Logarithmic axis; powersOfTen labels ticks 10^k instead of plain numbers.
void setLogAxis(QCPAxis* axis, bool powersOfTen = false);
// Linear axis with a tick every `step` (bits).
void setIntegerAxis(QCPAxis* axis, double step);
// A line graph (sorted x).
QCPGraph* addCurve(PlotWidget* plot, const QVector<double>& x, const QVector<double>& y,
                   const QString& name, int colorIndex, Qt::PenStyle style = Qt::SolidLine);
// Unconnected markers.
QCPGraph* addPoints(PlotWidget* plot, const QVector<double>& x, const QVector<double>& y,
                    const QString& name, const QColor& color, QCPScatterStyle::ScatterShape shape,
                    double size = 9);
// The marker of the current configuration: a black star, or a red cross when infeasible.
QCPGraph* addCurrentPoint(PlotWidget* plot, double x, double y, const core::FeasibilityCheck& f);
// Text anchored at plot coordinates.
QCPItemText* addLabel(PlotWidget* plot, double x, double y, const QString& text,
                      Qt::Alignment alignment, const QColor& color = Qt::black);
// A horizontal reference line with a label (if any) at its left end; returns the label.
QCPItemText* addHorizontalLine(PlotWidget* plot, double y, const QString& label, const QColor& color,
                               Qt::PenStyle style = Qt::DashLine);

// Legend suffix: empty when feasible, else " (infeasible)".
QString infeasibleSuffix(const core::FeasibilityCheck& f);

enum class ComparisonAxis { Precision, AreaEfficiency };
// Draws the published points of `data` (numbered in file order), this configuration and the
// baseline rows as horizontal lines; returns the numbered references as HTML.
QString renderComparison(PlotWidget* plot, const EnergyPageData& data, ComparisonAxis axis);

} // namespace energy_plots
} // namespace aimc::widgets
