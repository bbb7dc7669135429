// Histograms as step graphs with a light fill, shared by the Device page and the import dialog.
#pragma once

#include "util/stats.h"

#include <QString>
#include <QVector>

class QCPGraph;

namespace aimc::widgets {

class PlotWidget;

// Counts as fractions of the total (the y of "fraction of devices per bin").
QVector<double> binFractions(const core::Histogram& h);
// x = bin centres × xScale, y = fractions; returns the graph.
QCPGraph* addHistogramGraph(PlotWidget* plot, const core::Histogram& h, double xScale, const QString& name,
                            int color);

} // namespace aimc::widgets
