#include "array_page.h"

#include "array_page_data.h"
#include "plot_widget.h"
#include "qt_adapters.h"
#include "units.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace aimc::widgets {
namespace {
// A heat map (QCPColorMap + colour scale) lives in its plot for the page's lifetime.
QCPColorMap* addColorMap(PlotWidget* plot, QCPColorGradient::GradientPreset preset) {
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(1, 1, scale); // row 0 holds the title
    map->setColorScale(scale);
    QCPColorGradient gradient(preset);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(215, 215, 215)); // not read: inactive row or unused cell
    map->setGradient(gradient);
    map->setInterpolate(false);
    auto* group = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    plot->yAxis->setRangeReversed(true); // row 0 (far from the sense circuit) on top
    plot->setAxisLabels(QObject::tr("Physical column j (driver at j = 0)"),
                        QObject::tr("Row i (sense circuit below the last row)"));
    return map;
}

QCPColorMap* colorMapOf(PlotWidget* plot) {
    return plot->plottableCount() ? qobject_cast<QCPColorMap*>(plot->plottable(0)) : nullptr;
}

void fillMap(PlotWidget* plot, const core::array::RowMatrix& m, int rows, int cols, double scale,
             const QString& title, const QString& scaleLabel) {
    auto* map = colorMapOf(plot);
    const auto nx = static_cast<int>(m.cols()), ny = static_cast<int>(m.rows());
    map->data()->setSize(nx, ny);
    map->data()->setRange(QCPRange(0, std::max(1, cols - 1)), QCPRange(0, std::max(1, rows - 1)));
    for (int y = 0; y < ny; ++y)
        for (int x = 0; x < nx; ++x)
            map->data()->setCell(x, y, m(y, x) * scale);
    map->rescaleDataRange(true);
    map->colorScale()->axis()->setLabel(scaleLabel);
    plot->setTitle(title);
    plot->xAxis->setRange(-0.5, cols - 0.5);
    plot->yAxis->setRange(-0.5, rows - 0.5);
}

void addSeries(PlotWidget* plot, const QVector<double>& x, const QVector<double>& y, const QString& name,
               int color, QCPAxis* keyAxis = nullptr, bool scatter = false) {
    auto* g = plot->addGraph(keyAxis ? keyAxis : plot->xAxis, plot->yAxis);
    g->setName(name);
    g->setPen(plot->seriesPen(color));
    if (scatter) {
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::seriesColor(color),
                                           PlotStyle::seriesColor(color), 4));
    }
    g->setData(x, y, true);
}

void logAxis(QCPAxis* axis) {
    setLogScale(axis, true);
    setPowersOfTenLabels(axis);
}

QVector<double> eigenToQ(const Eigen::VectorXd& v, double scale) {
    return toQVector(std::span<const double>(v.data(), static_cast<std::size_t>(v.size())), scale);
}
} // namespace

ArrayPage::ArrayPage(QWidget* parent) : ComputePage(parent) {
    m_alMap = new PlotWidget(QStringLiteral("array-al-voltage"));
    m_slMap = new PlotWidget(QStringLiteral("array-sl-voltage"));
    m_ratioMap = new PlotWidget(QStringLiteral("array-effective-weight-ratio"));
    m_profile = new PlotWidget(QStringLiteral("array-sl-profile"));
    m_columnError = new PlotWidget(QStringLiteral("array-column-error"));
    m_discharge = new PlotWidget(QStringLiteral("array-discharge-time"));
    m_plots = {m_alMap, m_slMap, m_ratioMap, m_profile, m_columnError, m_discharge};
    addColorMap(m_alMap, QCPColorGradient::gpThermal);
    addColorMap(m_slMap, QCPColorGradient::gpThermal);
    addColorMap(m_ratioMap, QCPColorGradient::gpJet);
    for (auto* p : {m_profile, m_columnError, m_discharge}) {
        p->legend->setVisible(true);
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    m_columnError->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    m_profile->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    logAxis(m_discharge->xAxis);
    logAxis(m_discharge->xAxis2);
    logAxis(m_discharge->yAxis);
    m_discharge->xAxis2->setVisible(true);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_numbers = new QLabel;
    m_numbers->setWordWrap(true);
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* grid = new QGridLayout;
    grid->addWidget(m_alMap, 0, 0);
    grid->addWidget(m_slMap, 0, 1);
    grid->addWidget(m_ratioMap, 0, 2);
    grid->addWidget(m_profile, 1, 0);
    grid->addWidget(m_columnError, 1, 1);
    grid->addWidget(m_discharge, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_numbers);
    layout->addLayout(grid, 1);
}

QList<QWidget*> ArrayPage::keyNumberWidgets() const { return {m_status, m_numbers}; }

PageJob ArrayPage::makeJob(const core::Params& params, Quality) const {
    return [params](std::stop_token stop) { return AnyResult(computeArrayPageData(params, stop)); };
}

void ArrayPage::showResult(const AnyResult& result, Quality) {
    m_data = std::static_pointer_cast<const ArrayPageData>(result);
    render();
}

void ArrayPage::render() {
    if (!m_data)
        return;
    for (auto* p : {m_profile, m_columnError, m_discharge}) {
        p->clearGraphs();
        p->clearItems();
    }
    renderText();
    const bool ok = m_data->result->solution.ok();
    for (auto* p : {m_alMap, m_slMap, m_ratioMap, m_profile, m_columnError})
        p->setVisible(ok); // never a map of an unconverged iterate
    if (ok) {
        renderMaps();
        renderProfile();
        renderColumnErrors();
    }
    renderDischarge();
    for (auto* p : m_plots)
        p->replot(QCustomPlot::rpQueuedReplot);
}

void ArrayPage::renderText() {
    const auto& d = *m_data;
    const auto& r = *d.result;
    const auto& sol = r.solution;
    QStringList status;
    for (const auto& note : d.notes)
        status << QStringLiteral("<span style='color:#b35900'>%1</span>")
                      .arg(tr("Clamped: %1").arg(QString::fromStdString(note)).toHtmlEscaped());
    if (!sol.ok())
        status << QStringLiteral("<b style='color:#c00000'>%1</b>")
                      .arg(tr("The IR-drop solve did not converge (%1, relative residual %2 after %3 "
                              "iterations): no maps are shown.")
                               .arg(QString::fromStdString(sol.message))
                               .arg(sol.residual, 0, 'e', 1)
                               .arg(sol.iterations())
                               .toHtmlEscaped());
    if (d.blockRows > 1 || d.blockCols > 1)
        status << tr("Solved on the full %1 × %2 cells; the maps show averages of %3 × %4 cells.")
                      .arg(r.rows).arg(r.physicalCols).arg(d.blockRows).arg(d.blockCols);
    m_status->setText(status.join(QStringLiteral("<br>")));
    m_status->setVisible(!status.isEmpty());
    if (!sol.ok()) {
        m_numbers->clear();
        return;
    }
    m_numbers->setText(
        tr("<b>%1 × %2 cells</b> (%3 outputs%4), %5 cells · solved in %6 ms: %7 line sweeps + %8 CG "
           "iterations%9, relative residual %10 · max IR drop <b>%11</b> · effective weight ratio "
           "min <b>%12</b>, mean %13 · column error max <b>%14 %</b>, rms %15 % · output error max "
           "%16 % of full scale · SL discharge %17")
            .arg(r.rows).arg(r.physicalCols).arg(r.outputs)
            .arg(d.params.array.differential ? tr(", differential") : QString())
            .arg(r.model == core::CellModel::Resistive ? tr("resistive") : tr("current-source"))
            .arg(r.solveMs, 0, 'f', 1).arg(sol.sweeps).arg(sol.cgIterations)
            .arg(r.model == core::CellModel::CurrentSource ? tr(" in %1 Newton steps").arg(sol.newtonIterations) : QString())
            .arg(sol.residual, 0, 'e', 1)
            .arg(siFormat(r.maxIrDropV, QStringLiteral("V")))
            .arg(significant(r.minRatio, 4)).arg(significant(r.meanRatio, 4))
            .arg(significant(r.columnRelErrorMax * 100, 3)).arg(significant(r.columnRelErrorRms * 100, 3))
            .arg(significant(r.outputErrorFsMax * 100, 3))
            .arg(siFormat(r.discharge.seconds, QStringLiteral("s"))));
}

void ArrayPage::renderMaps() {
    const auto& d = *m_data;
    const auto& r = *d.result;
    fillMap(m_alMap, d.alMap, r.rows, r.physicalCols, 1e3, tr("Activation-line voltage a(i, j)"),
            tr("Voltage [mV]"));
    fillMap(m_slMap, d.slMap, r.rows, r.physicalCols, 1e3, tr("Summation-line voltage s(i, j)"),
            tr("Voltage [mV]"));
    fillMap(m_ratioMap, d.ratioMap, r.rows, r.physicalCols, 1.0,
            tr("Weight ratio (Doevenspeck Fig. 15b)"), tr("Actual / ideal cell current [1]"));
}

void ArrayPage::renderProfile() {
    const auto& r = *m_data->result;
    QVector<double> pos(r.rows);
    for (int i = 0; i < r.rows; ++i)
        pos[i] = r.rows - 1 - i; // cells from the sense circuit, as Cosemans Fig. 5
    const auto above = [&](const Eigen::VectorXd& s) {
        return eigenToQ((s.array() - r.vClamp).matrix(), 1e3);
    };
    if (r.profileResistive.size())
        addSeries(m_profile, pos, above(r.profileResistive), tr("Resistive cells"), 0);
    if (r.profileCurrentSource.size())
        addSeries(m_profile, pos, above(r.profileCurrentSource), tr("Current-source cells"), 1);
    m_profile->setTitle(tr("SL profile, column %1 (Cosemans Fig. 5)").arg(r.profileColumn));
    m_profile->setAxisLabels(tr("Cell position from the sense circuit"), tr("SL voltage above clamp [mV]"));
    m_profile->rescaleAxes();
    m_profile->yAxis->setRangeLower(0);
}

void ArrayPage::renderColumnErrors() {
    const auto& r = *m_data->result;
    QVector<double> col(r.physicalCols), outCol(r.outputs);
    for (int j = 0; j < r.physicalCols; ++j)
        col[j] = j;
    for (int k = 0; k < r.outputs; ++k)
        outCol[k] = r.array.differential ? 2 * k + 0.5 : k;
    addSeries(m_columnError, col, eigenToQ(r.columnRelError, 100), tr("Column current vs ideal [%]"), 0, nullptr, true);
    addSeries(m_columnError, outCol, eigenToQ(r.outputErrorFs, 100), tr("Output vs ideal [% of full scale]"), 3, nullptr, true);
    m_columnError->setTitle(tr("Column errors vs ideal MVM"));
    m_columnError->setAxisLabels(tr("Physical column j"), tr("Relative error [%]"));
    m_columnError->rescaleAxes();
}

void ArrayPage::renderDischarge() {
    const auto& d = *m_data;
    const auto ns = [](const std::vector<double>& t) { return toQVector(t, 1e9); };
    addSeries(m_discharge, toQVector(d.rCell), ns(d.tResistive), tr("Resistive: 50 % vs R_cell (bottom axis)"), 0);
    addSeries(m_discharge, toQVector(d.iCell), ns(d.tCurrentSource), tr("Current source: ΔV vs I_cell (top axis)"), 1,
              m_discharge->xAxis2);
    addSeries(m_discharge, {d.rCell.front(), d.rCell.back()}, {1.0, 1.0},
              tr("1 ns target (N = %1, %2 % active)").arg(d.params.array.rows).arg(d.params.periphery.active_fraction * 100), 2);
    m_discharge->graph(2)->setPen(m_discharge->seriesPen(2, 1.2, Qt::DashLine));
    auto* me = m_discharge->addGraph();
    me->setName(tr("This device: R_ON %1 → %2").arg(siFormat(d.rOn, QStringLiteral("Ω")), siFormat(d.tOn, QStringLiteral("s"))));
    me->setLineStyle(QCPGraph::lsNone);
    me->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, PlotStyle::seriesColor(0), PlotStyle::seriesColor(0), 11));
    me->setData({d.rOn}, {d.tOn * 1e9});
    auto* mi = m_discharge->addGraph(m_discharge->xAxis2, m_discharge->yAxis);
    mi->setName(tr("This I_cell %1 → %2").arg(siFormat(d.iOn, QStringLiteral("A")), siFormat(d.tIOn, QStringLiteral("s"))));
    mi->setLineStyle(QCPGraph::lsNone);
    mi->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, PlotStyle::seriesColor(1), PlotStyle::seriesColor(1), 11));
    mi->setData({d.iOn}, {d.tIOn * 1e9});
    m_discharge->setTitle(tr("SL discharge time (Cosemans Fig. 6)"));
    m_discharge->setAxisLabels(tr("Cell resistance R_cell [Ω]"), tr("Discharge time [ns]"));
    m_discharge->xAxis2->setLabel(tr("Cell current I_cell [A]"));
    m_discharge->xAxis->setRange(d.rCell.front(), d.rCell.back());
    m_discharge->xAxis2->setRange(d.iCell.front(), d.iCell.back());
    m_discharge->yAxis->rescale();
}

} // namespace aimc::widgets
