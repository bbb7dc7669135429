#include "explore_plots.h"

#include "params/param_table.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace aimc::widgets {

using core::sweep::ResultsTable;

QString columnLabel(const std::string& column) {
    if (const auto* d = core::findParam(column)) {
        const QString label = QCoreApplication::translate("Param", std::string(d->label).c_str());
        return d->unit.empty() ? label : QStringLiteral("%1 [%2]").arg(label, QString::fromUtf8(d->unit.data(), qsizetype(d->unit.size())));
    }
    // Metric keys end in their unit (docs: the --json keys of each command).
    static const std::pair<const char*, const char*> kSuffixes[] = {
        {"_ohm_um2", "Ω·µm²"}, {"_ohm", "Ω"}, {"_nm", "nm"}, {"_pj", "pJ"}, {"_fj", "fJ"}, {"_mw", "mW"},
        {"_um2", "µm²"}, {"_mm2", "mm²"}, {"_ns", "ns"}, {"_ua", "µA"}, {"_ff", "fF"}, {"_v", "V"},
        {"tops_per_w", "TOPS/W"}, {"tops_per_mm2", "TOPS/mm²"}, {"tops_per_mm2_cells_only", "TOPS/mm²"},
        {"_mean_s", "S"}, {"retention_s", "s"}, {"seconds", "s"}, {"fj_per_mac", "fJ"}, {"fj_per_op", "fJ"}};
    const QString c = QString::fromStdString(column);
    for (const auto& [suffix, unit] : kSuffixes)
        if (c.endsWith(QLatin1String(suffix)))
            return QStringLiteral("%1 [%2]").arg(c, QString::fromUtf8(unit));
    if (c.startsWith(QLatin1String("accuracy.accuracy")) || c.startsWith(QLatin1String("accuracy.ideal")))
        return QStringLiteral("%1 [%2]").arg(c, QCoreApplication::translate("Explore", "fraction"));
    return c;
}

namespace {
// Viridis (perceptually uniform, readable in grey; QCustomPlot 2.1 has no preset for it).
QCPColorGradient viridis() {
    QCPColorGradient g;
    g.clearColorStops();
    const QColor stops[] = {QColor(68, 1, 84), QColor(59, 82, 139), QColor(33, 145, 140), QColor(94, 201, 98), QColor(253, 231, 37)};
    for (int i = 0; i < 5; ++i)
        g.setColorStopAt(i / 4.0, stops[i]);
    return g;
}

QCPColorScale* addColorScale(QCustomPlot* plot) {
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(plot->plotLayout()->rowCount() - 1, 1, scale);
    scale->setGradient(viridis());
    auto* group = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    return scale;
}

QCPGraph* addMarker(QCustomPlot* plot) {
    auto* g = plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::red, 2.5), Qt::NoBrush, 16));
    g->removeFromLegend();
    return g;
}

int nearest(const QCPAxis* xa, const QCPAxis* ya, QPoint pixel, const std::vector<double>& x,
            const std::vector<double>& y, double radius) {
    int best = -1;
    double bestD = radius * radius;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double dx = xa->coordToPixel(x[i]) - pixel.x(), dy = ya->coordToPixel(y[i]) - pixel.y();
        if (dx * dx + dy * dy <= bestD) {
            bestD = dx * dx + dy * dy;
            best = static_cast<int>(i);
        }
    }
    return best;
}
} // namespace

ScatterPlot::ScatterPlot(QWidget* parent) : PlotWidget(QStringLiteral("explore-scatter"), parent), m_scale(addColorScale(this)) {
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void ScatterPlot::draw(const ResultsTable& t, int x, int y, int colour, bool maximizeX, bool maximizeY) {
    clearGraphs();
    m_rows.clear();
    m_x.clear();
    m_y.clear();
    const int status = t.column("status");
    std::vector<double> c;
    for (std::size_t r = 0; r < t.numbers.size(); ++r) {
        const auto& n = t.numbers[r];
        if ((status >= 0 && t.cells[r][std::size_t(status)] != "ok") || std::isnan(n[std::size_t(x)]) || std::isnan(n[std::size_t(y)]))
            continue;
        m_rows.push_back(static_cast<int>(r));
        m_x.push_back(n[std::size_t(x)]);
        m_y.push_back(n[std::size_t(y)]);
        c.push_back(colour >= 0 ? n[std::size_t(colour)] : 0.0);
    }
    // Colour by binning: one graph per colour step of the gradient (QCPGraph has one pen per graph).
    const auto [lo, hi] = c.empty() ? std::pair{0.0, 1.0} : std::pair{*std::min_element(c.begin(), c.end()), *std::max_element(c.begin(), c.end())};
    const QCPRange range(lo, hi > lo ? hi : lo + 1);
    constexpr int kBins = 16;
    QCPColorGradient gradient = viridis(); // color() is not const
    for (int b = 0; b < kBins; ++b) {
        auto* g = addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        const QColor col = QColor::fromRgb(gradient.color(range.lower + range.size() * (b + 0.5) / kBins, range));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, col, col, 7 * plotStyle().scale));
        g->removeFromLegend();
    }
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        const int b = std::clamp(static_cast<int>((c[i] - range.lower) / range.size() * kBins), 0, kBins - 1);
        graph(b)->addData(m_x[i], m_y[i]);
    }
    std::vector<double> xs(t.numbers.size(), std::nan("")), ys = xs;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        xs[std::size_t(m_rows[i])] = m_x[i];
        ys[std::size_t(m_rows[i])] = m_y[i];
    }
    m_front = core::sweep::paretoFront(xs, ys, maximizeX, maximizeY);
    auto* front = addGraph();
    front->setName(tr("Pareto front (%1 points)").arg(m_front.size()));
    front->setPen(QPen(QColor(220, 40, 40), 2 * plotStyle().scale));
    front->setLineStyle(QCPGraph::lsStepLeft);
    front->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(220, 40, 40), 2), Qt::white, 10 * plotStyle().scale));
    for (int r : m_front)
        front->addData(xs[std::size_t(r)], ys[std::size_t(r)]);
    m_marker = addMarker(this);
    m_marker->setName(tr("loaded point"));
    m_marker->addToLegend();
    m_scale->setDataRange(range);
    m_scale->axis()->setLabel(colour >= 0 ? columnLabel(t.columns[std::size_t(colour)]) : QString());
    setAxisLabels(columnLabel(t.columns[std::size_t(x)]), columnLabel(t.columns[std::size_t(y)]));
    rescaleToData();
    for (auto* axis : {xAxis, yAxis}) // room for the markers at the edges
        axis->scaleRange(1.08, axis->range().center());
    replot(rpQueuedReplot);
}

void ScatterPlot::markRow(int row) {
    if (!m_marker)
        return;
    m_marker->data()->clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i] == row)
            m_marker->addData(m_x[i], m_y[i]);
    replot(rpQueuedReplot);
}

int ScatterPlot::rowAt(QPoint pixel) const {
    const int i = nearest(xAxis, yAxis, pixel, m_x, m_y, 10);
    return i < 0 ? -1 : m_rows[std::size_t(i)];
}

HeatMapPlot::HeatMapPlot(QWidget* parent)
    : PlotWidget(QStringLiteral("explore-heatmap"), parent), m_map(new QCPColorMap(xAxis, yAxis)), m_scale(addColorScale(this)),
      m_marker(addMarker(this)) {
    m_map->setColorScale(m_scale);
    m_map->setGradient(viridis());
    m_map->setInterpolate(false);
    m_marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 3), Qt::NoBrush, 18));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

bool HeatMapPlot::draw(const ResultsTable& t, int metric) {
    m_table = &t;
    for (int i = plottableCount() - 1; i >= 0; --i)
        if (plottable(i) != m_map && plottable(i) != m_marker)
            removePlottable(i);
    m_marker->data()->clear();
    const auto params = t.parameterColumns();
    m_map->data()->clear();
    if (params.size() < 2 || metric < 0) {
        replot(rpQueuedReplot);
        return false;
    }
    m_px = t.column(params[0]);
    m_py = t.column(params[1]);
    const auto distinct = [&](int c) {
        std::vector<double> v;
        for (const auto& n : t.numbers)
            v.push_back(n[std::size_t(c)]);
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        return v;
    };
    m_xs = distinct(m_px);
    m_ys = distinct(m_py);
    const int nx = int(m_xs.size()), ny = int(m_ys.size());
    // Cells are equal in index, not in value (log and irregular grids); ticks carry the values.
    m_map->data()->setSize(nx, ny);
    m_map->data()->setRange(QCPRange(0, nx - 1), QCPRange(0, ny - 1));
    m_cellRow.assign(std::size_t(nx * ny), -1);
    const int met = t.column("constraints_met");
    std::vector<int> ok(std::size_t(nx * ny), 0);
    for (std::size_t r = 0; r < t.numbers.size(); ++r) {
        const auto& n = t.numbers[r];
        const int ix = int(std::lower_bound(m_xs.begin(), m_xs.end(), n[std::size_t(m_px)]) - m_xs.begin());
        const int iy = int(std::lower_bound(m_ys.begin(), m_ys.end(), n[std::size_t(m_py)]) - m_ys.begin());
        m_cellRow[std::size_t(ix * ny + iy)] = int(r);
        m_map->data()->setCell(ix, iy, n[std::size_t(metric)]);
        ok[std::size_t(ix * ny + iy)] = met >= 0 && n[std::size_t(met)] == 1;
    }
    m_map->rescaleDataRange(true);
    // The constraint boundary: an edge between two cells (or a cell and the outside) that differ.
    auto* edge = new QCPCurve(xAxis, yAxis);
    edge->setPen(QPen(QColor(230, 30, 30), 3 * plotStyle().scale));
    edge->setName(tr("constraints met inside"));
    const auto at = [&](int ix, int iy) { return ix >= 0 && iy >= 0 && ix < nx && iy < ny && ok[std::size_t(ix * ny + iy)]; };
    double s = 0;
    const auto segment = [&](double x0, double y0, double x1, double y1) {
        edge->addData(s++, x0, y0);
        edge->addData(s++, x1, y1);
        edge->addData(s++, std::nan(""), std::nan(""));
    };
    if (met >= 0)
        for (int ix = -1; ix < nx; ++ix)
            for (int iy = -1; iy < ny; ++iy) {
                if (at(ix, iy) != at(ix + 1, iy) && iy >= 0)
                    segment(ix + 0.5, iy - 0.5, ix + 0.5, iy + 0.5);
                if (at(ix, iy) != at(ix, iy + 1) && ix >= 0)
                    segment(ix - 0.5, iy + 0.5, ix + 0.5, iy + 0.5);
            }
    const auto ticker = [](const std::vector<double>& v, const std::string& key) {
        QSharedPointer<QCPAxisTickerText> tk(new QCPAxisTickerText);
        const auto* d = core::findParam(key);
        for (std::size_t i = 0; i < v.size(); ++i)
            tk->addTick(double(i), d ? QString::fromStdString(core::formatValue(*d, v[i])) : QString::number(v[i]));
        return tk;
    };
    xAxis->setTicker(ticker(m_xs, params[0]));
    yAxis->setTicker(ticker(m_ys, params[1]));
    xAxis->setRange(-0.5, nx - 0.5);
    yAxis->setRange(-0.5, ny - 0.5);
    m_scale->axis()->setLabel(columnLabel(t.columns[std::size_t(metric)]));
    setAxisLabels(columnLabel(params[0]), columnLabel(params[1]));
    legend->setVisible(met >= 0);
    replot(rpQueuedReplot);
    return true;
}

void HeatMapPlot::markRow(int row) {
    m_marker->data()->clear();
    const int ny = int(m_ys.size());
    for (std::size_t c = 0; c < m_cellRow.size(); ++c)
        if (m_cellRow[c] == row && ny > 0)
            m_marker->addData(double(int(c) / ny), double(int(c) % ny));
    replot(rpQueuedReplot);
}

int HeatMapPlot::rowAt(QPoint pixel) const {
    const int nx = int(m_xs.size()), ny = int(m_ys.size());
    const int ix = int(std::lround(xAxis->pixelToCoord(pixel.x()))), iy = int(std::lround(yAxis->pixelToCoord(pixel.y())));
    return ix >= 0 && iy >= 0 && ix < nx && iy < ny ? m_cellRow[std::size_t(ix * ny + iy)] : -1;
}

} // namespace aimc::widgets
