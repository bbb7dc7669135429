#include "device_page.h"

#include "device_page_data.h"
#include "histogram_plot.h"
#include "measured_import_dialog.h"
#include "technology_selector.h"
#include "plot_widget.h"
#include "qt_adapters.h"
#include "units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <algorithm>
#include <cmath>

namespace aimc::widgets {
namespace {
constexpr int kCoarseSamples = 4000;

void addMarker(PlotWidget* plot, double x, double y, const QString& name, int color,
               QCPScatterStyle::ScatterShape shape = QCPScatterStyle::ssDiamond) {
    auto* g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(shape, PlotStyle::seriesColor(color),
                                       PlotStyle::seriesColor(color), 11));
    g->setData({x}, {y});
}
} // namespace

DevicePage::DevicePage(QWidget* parent) : ComputePage(parent) {
    m_resistance = new PlotWidget(QStringLiteral("device-resistance"));
    m_conductance = new PlotWidget(QStringLiteral("device-conductance"));
    m_weights = new PlotWidget(QStringLiteral("device-weight-levels"));
    m_raCurve = new PlotWidget(QStringLiteral("device-ra-vs-thickness"));
    m_fig11 = new PlotWidget(QStringLiteral("device-allowed-variation"));
    m_drift = new PlotWidget(QStringLiteral("device-drift-vs-time"));
    m_fit = new PlotWidget(QStringLiteral("device-measured-mtj-fit"));
    m_plots = {m_resistance, m_conductance, m_weights, m_raCurve, m_fig11, m_drift, m_fit};
    for (auto* p : m_plots) {
        p->legend->setVisible(true);
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    m_fig11->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_weights->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_raCurve->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_drift->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    m_drift->hide();
    m_fit->hide();
    m_fit->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    m_numbers = new QLabel;
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numbers->setWordWrap(true); // long rows wrap in their cells instead of running off the edge
    m_numbers->setMinimumWidth(280);
    m_numbers->setWordWrap(true);

    m_logAxis = new QCheckBox(tr("Logarithmic resistance / current axis"));
    m_normalisation = new QComboBox;
    m_normalisation->addItem(tr("σ_w per LSB (mean on–off window)"));
    m_normalisation->addItem(tr("σ_w per full range (÷2)"));
    connect(m_logAxis, &QCheckBox::toggled, this, &ComputePage::recomputeRequested);
    connect(m_normalisation, &QComboBox::currentIndexChanged, this, [this] { render(); });

    auto* options = new QHBoxLayout;
    options->addWidget(m_logAxis);
    options->addSpacing(20);
    options->addWidget(new QLabel(tr("Weight normalisation:")));
    options->addWidget(m_normalisation);
    options->addStretch(1);

    m_grid = new QGridLayout;
    auto* grid = m_grid;
    grid->addWidget(m_resistance, 0, 0);
    grid->addWidget(m_conductance, 0, 1);
    grid->addWidget(m_weights, 0, 2);
    grid->addWidget(m_raCurve, 1, 0);
    grid->addWidget(m_fig11, 1, 1);
    grid->addWidget(m_drift, 1, 0, 1, 2);
    grid->addWidget(m_fit, 1, 0, 1, 2);
    grid->addWidget(m_numbers, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addLayout(grid, 1);
}

QList<QWidget*> DevicePage::keyNumberWidgets() const { return {m_numbers}; }

PageJob DevicePage::makeJob(const core::Params& params, Quality quality) const {
    const int samples = quality == Quality::Coarse ? std::min(kCoarseSamples, params.sim.samples)
                                                   : params.sim.samples;
    const bool logBins = m_logAxis->isChecked();
    return [device = params.device, samples, seed = params.sim.seed, logBins](std::stop_token stop) {
        return AnyResult(computeDevicePageData(device, samples, seed, logBins, stop));
    };
}

void DevicePage::showResult(const AnyResult& result, Quality) {
    m_data = std::static_pointer_cast<const DevicePageData>(result);
    render();
}

void DevicePage::render() {
    if (!m_data)
        return;
    for (auto* p : m_plots) {
        p->clearGraphs();
        p->clearItems();
    }
    const auto& d = *m_data;
    renderStrength();
    m_conductance->setVisible(!d.device->strengthIsCurrent);
    // Current-source cells have no conductance panel: their current distribution takes its place.
    m_grid->removeWidget(m_resistance);
    m_grid->addWidget(m_resistance, 0, 0, 1, d.device->strengthIsCurrent ? 2 : 1);
    if (!d.device->strengthIsCurrent)
        renderConductance();
    renderWeights();
    m_raCurve->setVisible(d.mtj);
    m_fig11->setVisible(d.mtj);
    m_drift->setVisible(d.drifts);
    if (d.mtj) {
        renderRaCurve();
        renderFig11();
    }
    if (d.drifts)
        renderDrift();
    m_fit->setVisible(d.measuredFit != nullptr);
    if (d.measuredFit)
        plotMtjFitCdf(m_fit, *d.measuredFit);
    renderNumbers();
    for (auto* p : m_plots) {
        p->setPlotStyle(m_resistance->plotStyle()); // plots shown again keep the presentation style
        p->replot(QCustomPlot::rpQueuedReplot);
    }
}

QList<PlotWidget*> DevicePage::plots() const {
    QList<PlotWidget*> shown;
    for (auto* p : m_plots)
        if (!p->isHidden())
            shown << p;
    return shown;
}

void DevicePage::renderStrength() {
    const auto& d = *m_data;
    const auto& r = *d.device;
    if (r.strengthIsCurrent) { // gp/gap hold the on/off cell currents [A]
        const auto u = siUnit(r.gpStats.mean, QStringLiteral("A"));
        addHistogramGraph(m_resistance, d.gp, u.scale,
                          tr("I_on: σ/μ = %1 %").arg(100 * r.gpStats.relSigma(), 0, 'f', 1), 0);
        addHistogramGraph(m_resistance, d.gap, u.scale,
                          tr("I_off: σ/μ = %1 %").arg(100 * r.gapStats.relSigma(), 0, 'f', 1), 1);
        m_resistance->setTitle(tr("Cell current, %n devices", nullptr, r.samples));
        m_resistance->setAxisLabels(tr("Cell current [%1]").arg(u.unit), tr("Fraction of devices per bin"));
    } else {
        const auto u = siUnit(r.rpStats.mean, QStringLiteral("Ω"));
        addHistogramGraph(m_resistance, d.rp, u.scale, d.mtjStates ? tr("R_P (parallel)") : tr("R_on (level %1)").arg(r.levels - 1), 0);
        addHistogramGraph(m_resistance, d.rap, u.scale, d.mtjStates ? tr("R_AP (antiparallel)") : tr("R_off (level 0)"), 1);
        m_resistance->setTitle(d.mtj ? tr("MTJ resistance, %n devices", nullptr, r.samples)
                                     : tr("Device resistance, %n devices", nullptr, r.samples));
        m_resistance->setAxisLabels(tr("Resistance [%1]").arg(u.unit), tr("Fraction of devices per bin"));
    }
    setLogScale(m_resistance->xAxis, d.logBins);
    m_resistance->rescaleAxes();
    m_resistance->yAxis->setRangeLower(0);
}

void DevicePage::renderConductance() {
    const auto& d = *m_data;
    const auto u = siUnit(d.device->gpStats.mean, QStringLiteral("S"));
    addHistogramGraph(m_conductance, d.gp, u.scale,
                 (d.mtjStates ? tr("G_P: σ/μ = %1 %") : tr("G_on: σ/μ = %1 %")).arg(100 * d.device->gpStats.relSigma(), 0, 'f', 1), 0);
    addHistogramGraph(m_conductance, d.gap, u.scale,
                 (d.mtjStates ? tr("G_AP: σ/μ = %1 %") : tr("G_off: σ/μ = %1 %")).arg(100 * d.device->gapStats.relSigma(), 0, 'f', 1), 1);
    m_conductance->setTitle(tr("Conductance distributions"));
    m_conductance->setAxisLabels(tr("Conductance [%1]").arg(u.unit), tr("Fraction of devices per bin"));
    m_conductance->rescaleAxes();
    m_conductance->yAxis->setRangeLower(0);
}

void DevicePage::renderWeights() {
    const auto& d = *m_data;
    const double norm = m_normalisation->currentIndex() == 1 ? 0.5 : 1.0;
    const QString unit = norm == 1.0 ? tr("LSB") : tr("full range");
    const auto& r = *d.device;
    addHistogramGraph(m_weights, d.wMinus1, norm, tr("w = −1: σ_w = %1").arg(norm * r.wMinus1Stats.sigma, 0, 'f', 3), 3);
    addHistogramGraph(m_weights, d.wZero, norm, tr("w = 0: σ_w = %1").arg(norm * r.wZeroStats.sigma, 0, 'f', 3), 6);
    addHistogramGraph(m_weights, d.wPlus1, norm, tr("w = +1: σ_w = %1").arg(norm * r.wPlus1Stats.sigma, 0, 'f', 3), 2);
    m_weights->setTitle(tr("Realised ternary weights (differential pair)"));
    m_weights->setAxisLabels(tr("Realised weight w' [%1]").arg(unit), tr("Fraction of pairs per bin"));
    m_weights->rescaleAxes();
    m_weights->yAxis->setRange(0, m_weights->yAxis->range().upper * 1.45); // headroom for the legend
}

void DevicePage::renderRaCurve() {
    const auto& d = *m_data;
    auto* g = m_raCurve->addGraph();
    g->setName(tr("RA(t)"));
    g->setPen(m_raCurve->seriesPen(0));
    g->setData(QVector<double>(d.thicknessNm.begin(), d.thicknessNm.end()),
               QVector<double>(d.raOhmUm2.begin(), d.raOhmUm2.end()), true);
    addMarker(m_raCurve, d.params.mgo_thickness_nm, d.device->raOhmUm2,
              tr("current: %1 nm, %2 Ω·µm²").arg(d.params.mgo_thickness_nm, 0, 'f', 2)
                  .arg(significant(d.device->raOhmUm2)), 1);
    m_raCurve->setTitle(tr("RA vs MgO thickness (Fig. 4)"));
    m_raCurve->setAxisLabels(tr("MgO thickness [nm]"), tr("RA [Ω·µm²]"));
    setLogScale(m_raCurve->yAxis, true);
    m_raCurve->rescaleAxes();
}

void DevicePage::renderFig11() {
    const auto& d = *m_data;
    const double tmr = d.device->tmrAtRead;
    QVector<double> x, pm, zero;
    for (int i = 0; i <= 100; ++i) {
        const double s = 0.5 * i / 100.0;
        x << s;
        pm << 100 * core::maxSigmaOverMuPm1(s, tmr);
        zero << 100 * core::maxSigmaOverMuZero(s, tmr);
    }
    auto* gpm = m_fig11->addGraph();
    gpm->setName(tr("limit for w = ±1 at TMR %1 %").arg(100 * tmr, 0, 'f', 0));
    gpm->setPen(m_fig11->seriesPen(2));
    gpm->setData(x, pm, true);
    auto* gz = m_fig11->addGraph();
    gz->setName(tr("limit for w = 0 at TMR %1 %").arg(100 * tmr, 0, 'f', 0));
    gz->setPen(m_fig11->seriesPen(6, 1.6, Qt::DashLine));
    gz->setData(x, zero, true);
    const auto& r = *d.device;
    addMarker(m_fig11, r.wPlus1Stats.sigma, 100 * r.gpStats.relSigma(), tr("this device, w = ±1"), 2);
    addMarker(m_fig11, r.wZeroStats.sigma, 100 * r.gapStats.relSigma(), tr("this device, w = 0"), 6,
              QCPScatterStyle::ssCircle);
    auto* target = new QCPItemStraightLine(m_fig11);
    target->point1->setCoords(0.15, 0);
    target->point2->setCoords(0.15, 1);
    target->setPen(QPen(QColor(90, 90, 90), m_fig11->plotStyle().lineWidth(1.2), Qt::DashLine));
    auto* label = new QCPItemText(m_fig11);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.155, 0.5);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setFont(m_fig11->plotStyle().font(8));
    label->setText(tr("σ_w = 15 % (Table I)"));
    label->setColor(QColor(90, 90, 90));
    m_fig11->setTitle(tr("Allowed variation (Fig. 11)"));
    m_fig11->setAxisLabels(tr("Target σ_w [LSB]"), tr("Largest allowed σ/μ of G [%]"));
    m_fig11->xAxis->setRange(0, 0.5);
    m_fig11->yAxis->setRange(0, std::max(zero.back(), 100 * r.gapStats.relSigma()) * 1.05);
}

void DevicePage::renderDrift() {
    const auto& d = *m_data;
    constexpr double kYear = 365.25 * 24 * 3600;
    QVector<double> t;
    for (double s : d.driftTimeS)
        t << s / kYear;
    auto* on = m_drift->addGraph();
    on->setName(tr("on level"));
    on->setPen(m_drift->seriesPen(0));
    on->setData(t, QVector<double>(d.driftOn.begin(), d.driftOn.end()), true);
    auto* off = m_drift->addGraph();
    off->setName(tr("off level (0)"));
    off->setPen(m_drift->seriesPen(1, 1.6, Qt::DashLine));
    off->setData(t, QVector<double>(d.driftOff.begin(), d.driftOff.end()), true);
    const double now = d.params.t_read_s / kYear;
    auto* line = new QCPItemStraightLine(m_drift);
    line->point1->setCoords(now, 0);
    line->point2->setCoords(now, 1);
    line->setPen(QPen(QColor(90, 90, 90), m_drift->plotStyle().lineWidth(1.2), Qt::DashLine));
    auto* label = new QCPItemText(m_drift);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // The label sits on the wider side of the marker, above the curves (headroom below).
    const bool right = std::log(now / t.front()) < std::log(t.back() / now);
    label->position->setCoords(right ? now * 1.3 : now / 1.3, 0.06);
    label->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    label->setFont(m_drift->plotStyle().font(8));
    label->setText(tr("read at %1 (device.t_read_s)").arg(durationText(d.params.t_read_s)));
    label->setColor(QColor(90, 90, 90));
    m_drift->setTitle(tr("%1: mean strength vs time since programming").arg(technologyName(d.device->technology)));
    m_drift->setAxisLabels(tr("Time since programming [years]"), tr("Mean strength / value at read time"));
    setLogScale(m_drift->xAxis, true);
    m_drift->rescaleAxes();
    m_drift->xAxis->setRange(t.front(), t.back());
    const auto yr = m_drift->yAxis->range();
    const double pad = std::max(0.02, 0.1 * (yr.upper - yr.lower));
    m_drift->yAxis->setRange(yr.lower - pad, yr.upper + 2.5 * pad);
}

void DevicePage::renderNumbers() {
    const auto& d = *m_data;
    const auto& r = *d.device;
    const double norm = m_normalisation->currentIndex() == 1 ? 0.5 : 1.0;
    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(k, v);
    };
    auto pct = [](double v) { return QStringLiteral("%1 %").arg(100 * v, 0, 'f', 1); };
    auto triple = [norm](double a, double b, double c) {
        return QStringLiteral("%1 / %2 / %3").arg(norm * a, 0, 'f', 3).arg(norm * b, 0, 'f', 3).arg(norm * c, 0, 'f', 3);
    };
    QString html = QStringLiteral("<table cellspacing='3'>");
    html += row(tr("Technology"), technologyName(r.technology));
    if (d.mtj) {
        html += row(tr("RA"), QStringLiteral("%1 Ω·µm²").arg(significant(r.raOhmUm2, 4)));
        html += row(tr("Electrical diameter eCD"), QStringLiteral("%1 nm").arg(r.ecdNm, 0, 'f', 1));
        html += row(tr("R_ON (mean R_P)"), siFormat(r.rpStats.mean, QStringLiteral("Ω")));
        html += row(tr("R_P at nominal radius"), siFormat(r.nominalRpOhm, QStringLiteral("Ω")));
        html += row(tr("Mean R_AP"), siFormat(r.rapStats.mean, QStringLiteral("Ω")));
        html += row(tr("TMR at read voltage"), pct(r.tmrAtRead));
    } else if (r.strengthIsCurrent) {
        html += row(tr("I_cell (mean on current)"), siFormat(r.gpStats.mean, QStringLiteral("A")));
        html += row(tr("Mean off current"), siFormat(r.gapStats.mean, QStringLiteral("A")));
    } else {
        html += row(tr("R_ON (mean on resistance)"), siFormat(r.rpStats.mean, QStringLiteral("Ω")));
        html += row(tr("Mean off resistance"), siFormat(r.rapStats.mean, QStringLiteral("Ω")));
    }
    if (!d.mtj)
        html += row(tr("Stored levels"), QString::number(r.levels));
    if (d.measuredFit) {
        const auto& f = d.measuredFit->fit;
        html += row(tr("MTJ fit: eCD / σ of the radius"), QStringLiteral("%1 nm / %2 nm").arg(f.ecdNm, 0, 'f', 1).arg(f.sigmaRadiusNm, 0, 'f', 2));
        html += row(tr("MTJ fit: KS distance (P state)"), QString::number(f.ksDistanceP, 'f', 3));
    }
    html += row(r.strengthIsCurrent ? tr("σ/μ of I_on / I_off") : tr("σ/μ of G_on / G_off"),
                pct(r.gpStats.relSigma()) + " / " + pct(r.gapStats.relSigma()));
    html += row(tr("σ_w for −1 / 0 / +1 (Monte Carlo)"), triple(r.wMinus1Stats.sigma, r.wZeroStats.sigma, r.wPlus1Stats.sigma));
    html += row(tr("σ_w for −1 / 0 / +1 (analytic)"),
                triple(r.sigmaWAnalytic.minus1, r.sigmaWAnalytic.zero, r.sigmaWAnalytic.plus1));
    html += row(tr("Write voltage V_WR"), r.write.vWriteV ? QStringLiteral("%1 V").arg(*r.write.vWriteV, 0, 'f', 2) : tr("not known"));
    html += row(tr("Writable"), r.write.writable ? tr("yes") : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(tr("no")));
    if (d.mtj)
        html += row(tr("Thermal stability Δ"), QStringLiteral("%1 kT").arg(r.deltaKt, 0, 'f', 1));
    html += row(tr("Retention time"), r.retentionS ? durationText(*r.retentionS) : tr("not known"));
    if (d.drifts)
        html += row(tr("Read at (time since programming)"), durationText(d.params.t_read_s));
    html += row(tr("Devices sampled"), QString::number(r.samples));
    html += QStringLiteral("</table>");
    if (!r.write.reason.empty())
        html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(r.write.reason).toHtmlEscaped());
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(norm == 1.0 ? tr("σ_w is given per LSB: one LSB is the mean on–off strength window.")
                                 : tr("σ_w is given per full range (−1 … +1), i.e. per LSB ÷ 2."));
    m_numbers->setText(html);
}

} // namespace aimc::widgets
