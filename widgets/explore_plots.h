// The Explore page's two plots (issue 12): a scatter of two result columns coloured by a third with
// the Pareto front, and a heat map of a metric over the two varied parameters with the boundary of
// the constraints (the DTCO window). Both look up the row under the mouse for hover and click.
#pragma once

#include "plot_widget.h"
#include "sweep/results_table.h"

#include <QPoint>
#include <QString>
#include <vector>

namespace aimc::widgets {

// "MgO thickness [nm]" for a parameter column, "energy.tops_per_w [TOPS/W]" for a metric column.
QString columnLabel(const std::string& column);

class ScatterPlot : public PlotWidget {
    Q_OBJECT
public:
    explicit ScatterPlot(QWidget* parent = nullptr);
    void draw(const core::sweep::ResultsTable& t, int x, int y, int colour, bool maximizeX, bool maximizeY);
    void markRow(int row); // the point loaded into the main window (-1: none)
    int rowAt(QPoint pixel) const; // nearest plotted row within 10 px, or -1
    const std::vector<int>& front() const { return m_front; }

private:
    QCPColorScale* m_scale;
    QCPGraph* m_marker = nullptr;
    std::vector<int> m_rows;     // plotted rows
    std::vector<double> m_x, m_y; // of m_rows
    std::vector<int> m_front;
};

class HeatMapPlot : public PlotWidget {
    Q_OBJECT
public:
    explicit HeatMapPlot(QWidget* parent = nullptr);
    // False (and an empty plot with a note) when the table is not a grid over two parameters.
    bool draw(const core::sweep::ResultsTable& t, int metric);
    void markRow(int row);
    int rowAt(QPoint pixel) const;

private:
    QCPColorMap* m_map;
    QCPColorScale* m_scale;
    QCPGraph* m_marker;
    std::vector<double> m_xs, m_ys; // the distinct values of the two parameters
    std::vector<int> m_cellRow;     // [ix * ny + iy] → row, -1 when missing
    int m_px = -1, m_py = -1;       // parameter columns
    const core::sweep::ResultsTable* m_table = nullptr;
};

} // namespace aimc::widgets
