#include "device_page.h"

#include "device_page_data.h"
#include "plot_widget.h"
#include "qt_adapters.h"
#include "units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <algorithm>

namespace aimc::widgets {
namespace {
constexpr int kCoarseSamples = 4000;

QVector<double> fractions(const core::Histogram& h) {
    double total = 0;
    for (double c : h.counts)
        total += c;
    QVector<double> f(static_cast<qsizetype>(h.counts.size()));
    for (std::size_t i = 0; i < h.counts.size(); ++i)
        f[static_cast<qsizetype>(i)] = total > 0 ? h.counts[i] / total : 0;
    return f;
}

void addHistogram(PlotWidget* plot, const core::Histogram& h, double xScale, const QString& name,
                  int color) {
    auto* g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsStepCenter);
    g->setPen(plot->seriesPen(color));
    QColor fill = PlotStyle::seriesColor(color);
    fill.setAlpha(50);
    g->setBrush(fill);
    g->setData(toQVector(h.centers(), xScale), fractions(h), true);
}

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
    m_plots = {m_resistance, m_conductance, m_weights, m_raCurve, m_fig11};
    for (auto* p : m_plots) {
        p->legend->setVisible(true);
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    m_fig11->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_weights->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_raCurve->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    m_numbers = new QLabel;
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numbers->setWordWrap(true); // long rows wrap in their cells instead of running off the edge
    m_numbers->setMinimumWidth(280);

    m_logAxis = new QCheckBox(tr("Logarithmic resistance axis"));
    m_normalisation = new QComboBox;
    m_normalisation->addItem(tr("σ_w per LSB (mean P–AP window)"));
    m_normalisation->addItem(tr("σ_w per full range (÷2)"));
    connect(m_logAxis, &QCheckBox::toggled, this, &ComputePage::recomputeRequested);
    connect(m_normalisation, &QComboBox::currentIndexChanged, this, [this] { render(); });

    auto* options = new QHBoxLayout;
    options->addWidget(m_logAxis);
    options->addSpacing(20);
    options->addWidget(new QLabel(tr("Weight normalisation:")));
    options->addWidget(m_normalisation);
    options->addStretch(1);

    auto* grid = new QGridLayout;
    grid->addWidget(m_resistance, 0, 0);
    grid->addWidget(m_conductance, 0, 1);
    grid->addWidget(m_weights, 0, 2);
    grid->addWidget(m_raCurve, 1, 0);
    grid->addWidget(m_fig11, 1, 1);
    grid->addWidget(m_numbers, 1, 2);
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
    renderResistance();
    renderConductance();
    renderWeights();
    renderRaCurve();
    renderFig11();
    renderNumbers();
    for (auto* p : m_plots)
        p->replot(QCustomPlot::rpQueuedReplot);
}

void DevicePage::renderResistance() {
    const auto& d = *m_data;
    const auto u = siUnit(d.device->rpStats.mean, QStringLiteral("Ω"));
    addHistogram(m_resistance, d.rp, u.scale, tr("R_P (parallel)"), 0);
    addHistogram(m_resistance, d.rap, u.scale, tr("R_AP (antiparallel)"), 1);
    m_resistance->setTitle(tr("MTJ resistance, %n devices", nullptr, d.device->samples));
    m_resistance->setAxisLabels(tr("Resistance [%1]").arg(u.unit), tr("Fraction of devices per bin"));
    setLogScale(m_resistance->xAxis, d.logBins);
    m_resistance->rescaleAxes();
    m_resistance->yAxis->setRangeLower(0);
}

void DevicePage::renderConductance() {
    const auto& d = *m_data;
    const auto u = siUnit(d.device->gpStats.mean, QStringLiteral("S"));
    addHistogram(m_conductance, d.gp, u.scale,
                 tr("G_P: σ/μ = %1 %").arg(100 * d.device->gpStats.relSigma(), 0, 'f', 1), 0);
    addHistogram(m_conductance, d.gap, u.scale,
                 tr("G_AP: σ/μ = %1 %").arg(100 * d.device->gapStats.relSigma(), 0, 'f', 1), 1);
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
    addHistogram(m_weights, d.wMinus1, norm, tr("w = −1: σ_w = %1").arg(norm * r.wMinus1Stats.sigma, 0, 'f', 3), 3);
    addHistogram(m_weights, d.wZero, norm, tr("w = 0: σ_w = %1").arg(norm * r.wZeroStats.sigma, 0, 'f', 3), 6);
    addHistogram(m_weights, d.wPlus1, norm, tr("w = +1: σ_w = %1").arg(norm * r.wPlus1Stats.sigma, 0, 'f', 3), 2);
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

void DevicePage::renderNumbers() {
    const auto& r = *m_data->device;
    const double norm = m_normalisation->currentIndex() == 1 ? 0.5 : 1.0;
    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(k, v);
    };
    auto pct = [](double v) { return QStringLiteral("%1 %").arg(100 * v, 0, 'f', 1); };
    QString html = QStringLiteral("<table cellspacing='3'>");
    html += row(tr("RA"), QStringLiteral("%1 Ω·µm²").arg(significant(r.raOhmUm2, 4)));
    html += row(tr("Electrical diameter eCD"), QStringLiteral("%1 nm").arg(r.ecdNm, 0, 'f', 1));
    html += row(tr("R_ON (mean R_P)"), siFormat(r.rpStats.mean, QStringLiteral("Ω")));
    html += row(tr("R_P at nominal radius"), siFormat(r.nominalRpOhm, QStringLiteral("Ω")));
    html += row(tr("Mean R_AP"), siFormat(r.rapStats.mean, QStringLiteral("Ω")));
    html += row(tr("TMR at read voltage"), pct(r.tmrAtRead));
    html += row(tr("σ/μ of G_P / G_AP"), pct(r.gpStats.relSigma()) + " / " + pct(r.gapStats.relSigma()));
    html += row(tr("σ_w for −1 / 0 / +1 (Monte Carlo)"),
                QStringLiteral("%1 / %2 / %3").arg(norm * r.wMinus1Stats.sigma, 0, 'f', 3)
                    .arg(norm * r.wZeroStats.sigma, 0, 'f', 3).arg(norm * r.wPlus1Stats.sigma, 0, 'f', 3));
    html += row(tr("σ_w for −1 / 0 / +1 (analytic)"),
                QStringLiteral("%1 / %2 / %3").arg(norm * r.sigmaWAnalytic.minus1, 0, 'f', 3)
                    .arg(norm * r.sigmaWAnalytic.zero, 0, 'f', 3).arg(norm * r.sigmaWAnalytic.plus1, 0, 'f', 3));
    html += row(tr("Thermal stability Δ"), QStringLiteral("%1 kT").arg(r.deltaKt, 0, 'f', 1));
    html += row(tr("Retention time"), durationText(r.retentionS));
    html += row(tr("Devices sampled"), QString::number(r.samples));
    html += QStringLiteral("</table><p style='color:gray'>%1</p>")
                .arg(norm == 1.0 ? tr("σ_w is given per LSB: one LSB is the mean P–AP conductance window.")
                                 : tr("σ_w is given per full range (−1 … +1), i.e. per LSB ÷ 2."));
    m_numbers->setText(html);
}

} // namespace aimc::widgets
