// Figure export with no hidden settings: explicit size in mm, DPI, font size and format
// (PDF vector, SVG, PNG) and the CSV of exactly the data plotted (docs/architecture.md "Plots").
#pragma once

#include <QString>
#include <optional>

class QCustomPlot;

namespace aimc::widgets {

struct ExportOptions {
    enum class Format { Pdf, Svg, Png, Csv };
    Format format = Format::Pdf;
    double widthMm = 160;
    double heightMm = 100;
    int dpi = 300;        // PNG only
    double fontPt = 9;    // base font size of tick labels
    static QString suffix(Format f);
};

// Writes the figure (or its data for Csv). Returns an error message on failure.
std::optional<QString> exportPlot(QCustomPlot* plot, const QString& path,
                                  const ExportOptions& options);
// Every plottable's data, long format: series,<x label>,<y label>[,<z>].
QString plotDataCsv(QCustomPlot* plot);

} // namespace aimc::widgets
