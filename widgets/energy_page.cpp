#include "energy_page.h"

#include "energy_page_data.h"
#include "energy_plots.h"
#include "plot_widget.h"
#include "qt_adapters.h"
#include "text_placement.h"
#include "units.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <algorithm>

namespace aimc::widgets {
namespace ep = energy_plots;
namespace {
// "10131" / "0.197": about four significant digits without exponent notation.
QString sig(double v) { return significant(v, 4); }

QVector<double> qv(const std::vector<double>& v) { return toQVector(v); }
} // namespace

EnergyPage::EnergyPage(QWidget* parent) : ComputePage(parent) {
    m_breakdown = new PlotWidget(QStringLiteral("energy-breakdown"));
    m_comparison = new PlotWidget(QStringLiteral("energy-published-comparison"));
    m_sizeSweep = new PlotWidget(QStringLiteral("energy-tops-per-w-vs-array-size"));
    m_bitsSweep = new PlotWidget(QStringLiteral("energy-tops-per-w-vs-adc-bits"));
    m_weightsArea = new PlotWidget(QStringLiteral("energy-weights-vs-chip-area"));
    m_plots = {m_breakdown, m_comparison, m_sizeSweep, m_bitsSweep, m_weightsArea};
    for (auto* p : m_plots) {
        p->legend->setVisible(true);
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    }
    for (auto* p : {m_breakdown, m_comparison, m_weightsArea})
        p->setLegendAlwaysBelow(true); // long legends: below, as many columns as fit

    m_headline = new QLabel;
    m_headline->setTextFormat(Qt::RichText);
    m_feasibility = new QLabel;
    m_feasibility->setWordWrap(true);
    m_feasibility->setTextFormat(Qt::RichText);
    m_numbers = new QLabel;
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numbers->setWordWrap(true); // long rows wrap in their cells instead of running off the edge
    m_references = new QLabel;
    m_references->setTextFormat(Qt::RichText);
    m_references->setWordWrap(true);
    m_references->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_references->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* refScroll = new QScrollArea;
    refScroll->setWidget(m_references);
    refScroll->setWidgetResizable(true);
    refScroll->setMaximumHeight(110);
    refScroll->setFrameShape(QFrame::NoFrame);

    m_barUnit = new QComboBox;
    m_barUnit->addItem(tr("Energy per MAC [fJ]"));
    m_barUnit->addItem(tr("Energy per MVM [pJ]"));
    m_comparisonAxis = new QComboBox;
    m_comparisonAxis->addItem(tr("against activation precision"));
    m_comparisonAxis->addItem(tr("against area efficiency (TOPS/mm²)"));
    connect(m_barUnit, &QComboBox::currentIndexChanged, this, [this] { render(); });
    connect(m_comparisonAxis, &QComboBox::currentIndexChanged, this, [this] { render(); });

    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Breakdown bars:")));
    options->addWidget(m_barUnit);
    options->addSpacing(20);
    options->addWidget(new QLabel(tr("Published accelerators:")));
    options->addWidget(m_comparisonAxis);
    options->addStretch(1);

    auto* side = new QVBoxLayout;
    side->addWidget(m_headline);
    side->addWidget(m_feasibility);
    side->addWidget(m_numbers, 1);
    auto* sideBox = new QWidget;
    sideBox->setLayout(side);
    sideBox->setMinimumWidth(300);
    sideBox->setMaximumWidth(420);
    auto* comparisonBox = new QVBoxLayout;
    comparisonBox->addWidget(m_comparison, 1);
    comparisonBox->addWidget(refScroll);

    auto* grid = new QGridLayout;
    grid->addWidget(sideBox, 0, 0);
    grid->addWidget(m_breakdown, 0, 1);
    grid->addLayout(comparisonBox, 0, 2);
    grid->addWidget(m_sizeSweep, 1, 0);
    grid->addWidget(m_bitsSweep, 1, 1);
    grid->addWidget(m_weightsArea, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addLayout(grid, 1);
}

QList<QWidget*> EnergyPage::keyNumberWidgets() const { return {m_headline, m_feasibility, m_numbers}; }

PageJob EnergyPage::makeJob(const core::Params& params, Quality) const {
    return [params](std::stop_token) { return AnyResult(computeEnergyPageData(params)); };
}

void EnergyPage::showResult(const AnyResult& result, Quality) {
    m_data = std::static_pointer_cast<const EnergyPageData>(result);
    render();
}

void EnergyPage::changeEvent(QEvent* event) {
    ComputePage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        render();
}

void EnergyPage::render() {
    if (!m_data)
        return;
    for (auto* p : m_plots) {
        p->clearPlottables();
        p->clearItems();
    }
    renderBreakdown();
    m_references->setText(ep::renderComparison(m_comparison, *m_data,
                                               m_comparisonAxis->currentIndex() == 1
                                                   ? ep::ComparisonAxis::AreaEfficiency
                                                   : ep::ComparisonAxis::Precision));
    renderSizeSweep();
    renderBitsSweep();
    renderWeightsArea();
    renderNumbers();
    for (auto* p : m_plots)
        p->replot(QCustomPlot::rpQueuedReplot);
}

void EnergyPage::renderBreakdown() {
    const auto& d = *m_data;
    const bool perMac = m_barUnit->currentIndex() == 0;
    std::vector<const core::EnergyReport*> reports{&d.current};
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(1, tr("This config\n%1×%2").arg(d.current.rows).arg(d.current.cols) +
                           (d.current.feasibility.verdict == core::Feasibility::Ok ? QString() : tr("\n(infeasible)")));
    for (std::size_t i = 0; i < d.paper.size(); ++i) {
        reports.push_back(&d.paper[i]);
        ticker->addTick(double(i + 2), tr("Fig. 7\nN=M=%1").arg(d.paperSizes[i]));
    }
    auto value = [perMac](const core::EnergyReport& r, double pj) { return perMac ? pj * 1e3 / r.macs : pj; };
    struct Part {
        QString name;
        double core::EnergyBreakdown::*field;
    };
    const Part parts[] = {{tr("DACs"), &core::EnergyBreakdown::dacPj},
                          {tr("ADCs"), &core::EnergyBreakdown::adcPj},
                          {tr("Act. lines"), &core::EnergyBreakdown::alPj},
                          {tr("Sum. lines"), &core::EnergyBreakdown::slPj},
                          {tr("Control"), &core::EnergyBreakdown::ctrlPj}};
    QCPBars* below = nullptr;
    int color = 0;
    for (const auto& part : parts) {
        auto* bars = new QCPBars(m_breakdown->xAxis, m_breakdown->yAxis);
        bars->setName(part.name);
        bars->setWidth(0.6);
        QColor c = PlotStyle::seriesColor(color++);
        bars->setPen(QPen(c.darker(140)));
        bars->setBrush(c);
        QVector<double> keys, values;
        for (std::size_t i = 0; i < reports.size(); ++i) {
            keys << double(i + 1);
            values << value(*reports[i], reports[i]->energy.*part.field);
        }
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    double top = 0;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const auto& r = *reports[i];
        const double total = value(r, r.energy.totalPj());
        top = std::max(top, total);
        auto* label = ep::addLabel(m_breakdown, double(i + 1), total,
                                   tr("%1 pJ\n%2 fJ/MAC").arg(sig(r.energy.totalPj()), sig(r.fjPerMac)),
                                   Qt::AlignHCenter | Qt::AlignBottom);
        keepSide(label);
        setShortText(label, perMac ? tr("%1 fJ").arg(sig(r.fjPerMac)) : tr("%1 pJ").arg(sig(r.energy.totalPj())));
    }
    m_breakdown->xAxis->setTicker(ticker);
    m_breakdown->xAxis->setRange(0.4, reports.size() + 0.6);
    m_breakdown->yAxis->setRange(0, top * 1.2);
    m_breakdown->setTitle(tr("Energy of one MVM (Cosemans Fig. 7)"));
    m_breakdown->setAxisLabels(QString(), perMac ? tr("Energy per MAC [fJ]") : tr("Energy per MVM [pJ]"));
    if (!d.paperError.empty())
        ep::addLabel(m_breakdown, 2.5, top, tr("Paper bars unavailable: %1").arg(QString::fromStdString(d.paperError)),
                     Qt::AlignHCenter | Qt::AlignTop, Qt::red);
}

void EnergyPage::renderSizeSweep() {
    const auto& d = *m_data;
    ep::addCurve(m_sizeSweep, qv(d.sizeSweep.x), qv(d.sizeSweep.topsPerW), tr("N = M, this periphery"), 0);
    if (!d.paper.empty()) {
        QVector<double> x, y;
        for (std::size_t i = 0; i < d.paper.size(); ++i)
            x << d.paperSizes[i], y << d.paper[i].topsPerW;
        ep::addPoints(m_sizeSweep, x, y, tr("Cosemans Fig. 7"), PlotStyle::seriesColor(2), QCPScatterStyle::ssSquare);
    }
    const double n = std::sqrt(double(d.current.rows) * d.current.cols);
    ep::addCurrentPoint(m_sizeSweep, n, d.current.topsPerW, d.current.feasibility);
    ep::addLabel(m_sizeSweep, n, d.current.topsPerW, tr("%1 TOPS/W").arg(sig(d.current.topsPerW)),
                 Qt::AlignRight | Qt::AlignBottom);
    ep::setLogAxis(m_sizeSweep->xAxis);
    ep::setLogAxis(m_sizeSweep->yAxis);
    m_sizeSweep->rescaleAxes();
    m_sizeSweep->yAxis->scaleRange(1.3);
    m_sizeSweep->setTitle(tr("TOPS/W versus array size"));
    m_sizeSweep->setAxisLabels(tr("Array size N = M [rows = columns]"), tr("Energy efficiency [TOPS/W]"));
}

void EnergyPage::renderBitsSweep() {
    const auto& d = *m_data;
    ep::addCurve(m_bitsSweep, qv(d.bitsWalden.x), qv(d.bitsWalden.topsPerW), tr("Walden: E_ADC ∝ 2^(b−5)"), 0);
    ep::addCurve(m_bitsSweep, qv(d.bitsThermal.x), qv(d.bitsThermal.topsPerW), tr("thermal noise: E_ADC ∝ 4^(b−5)"), 1,
                 Qt::DashLine);
    ep::addCurrentPoint(m_bitsSweep, d.params.periphery.adc_bits, d.current.topsPerW, d.current.feasibility);
    ep::addLabel(m_bitsSweep, d.params.periphery.adc_bits, d.current.topsPerW,
                 tr("%1 b: %2 TOPS/W").arg(d.params.periphery.adc_bits).arg(sig(d.current.topsPerW)),
                 Qt::AlignLeft | Qt::AlignBottom);
    ep::setLogAxis(m_bitsSweep->yAxis);
    m_bitsSweep->rescaleAxes();
    ep::setIntegerAxis(m_bitsSweep->xAxis, 1.0);
    m_bitsSweep->xAxis->setRange(0.5, 12.5);
    m_bitsSweep->yAxis->scaleRange(1.3);
    m_bitsSweep->setTitle(tr("TOPS/W versus ADC resolution (DAC at %1 b)").arg(d.params.periphery.dac_bits));
    m_bitsSweep->setAxisLabels(tr("ADC resolution [bit]"), tr("Energy efficiency [TOPS/W]"));
}

void EnergyPage::renderWeightsArea() {
    const auto& d = *m_data;
    const QVector<double> x = qv(d.chipAreasMm2);
    int color = 0;
    for (const auto& c : d.weightsCurves) {
        const QString name = tr("%1 µm² cells").arg(c.cellAreaUm2, 0, 'g', 3) + (c.current ? tr(" (this config)") : QString());
        ep::addCurve(m_weightsArea, x, qv(c.weights), name, c.current ? 6 : color++, c.current ? Qt::SolidLine : Qt::DashLine);
    }
    // Networks as in Fig. 8: the chip area each needs at the configured cell is where its line
    // meets the solid curve.
    for (const auto& n : d.networks) {
        ep::addHorizontalLine(m_weightsArea, n.weights, QString(), QColor(150, 150, 150), Qt::DotLine);
        auto* label = ep::addLabel(m_weightsArea, d.chipAreasMm2.back(), n.weights,
                     tr("%1 (%2 M): %3 mm²").arg(QString::fromStdString(n.name))
                         .arg(n.weights / 1e6, 0, 'g', 3)
                         .arg(core::chipAreaMm2ForWeights(n.weights, d.params), 0, 'g', 3),
                     Qt::AlignRight | Qt::AlignBottom, QColor(90, 90, 90));
        label->setBrush(QColor(255, 255, 255, 190));
    }
    if (!d.networksError.empty())
        ep::addLabel(m_weightsArea, d.chipAreasMm2.front(), 1e9, QString::fromStdString(d.networksError),
                     Qt::AlignLeft | Qt::AlignTop, Qt::red);
    const double arrayMm2 = d.current.area.totalUm2() * 1e-6;
    ep::addCurrentPoint(m_weightsArea, arrayMm2, d.current.macs, d.current.feasibility);
    ep::addLabel(m_weightsArea, arrayMm2, d.current.macs,
                 tr("one %1 × %2 array: %3 mm²").arg(d.current.rows).arg(d.current.cols).arg(sig(arrayMm2)),
                 Qt::AlignLeft | Qt::AlignTop);
    ep::setLogAxis(m_weightsArea->xAxis);
    ep::setLogAxis(m_weightsArea->yAxis, true);
    m_weightsArea->rescaleAxes();
    m_weightsArea->setTitle(d.params.array.differential
                                ? tr("Weights vs chip area, 2 cells each (Fig. 8)")
                                : tr("Weights vs chip area (Cosemans Fig. 8)"));
    m_weightsArea->setAxisLabels(tr("Chip area [mm²], %1 µm² periphery per 1000 cells")
                                     .arg(d.params.periphery.periphery_um2_per_kcell, 0, 'g', 4),
                                 tr("Stored weights [count]"));
}

void EnergyPage::renderNumbers() {
    const auto& r = m_data->current;
    const auto& f = r.feasibility;
    m_headline->setText(tr("<div style='font-size:26pt; font-weight:bold'>%1 <span style='font-size:14pt'>TOPS/W</span></div>"
                           "<div style='font-size:20pt; font-weight:bold'>%2 <span style='font-size:12pt'>fJ/MAC</span></div>")
                            .arg(sig(r.topsPerW), sig(r.fjPerMac)));
    const QString t = siFormat(f.discharge.seconds, QStringLiteral("s"));
    const QString period = siFormat(f.periodS, QStringLiteral("s"));
    const QString minimum = siFormat(f.minimumS, QStringLiteral("s"));
    const double fMhz = m_data->params.periphery.f_mvm_mhz;
    QString text, colour;
    switch (f.verdict) {
    case core::Feasibility::Ok:
        colour = QStringLiteral("#d8f0d8");
        text = tr("<b>✔ Feasible</b> at %1 MHz: the summation line discharges in %2, within the %3 MVM period "
                  "and above the %4 the timing can use.").arg(fMhz, 0, 'g', 4).arg(t, period, minimum);
        break;
    case core::Feasibility::TooSlow:
        colour = QStringLiteral("#ffd0d0");
        text = tr("<b>✖ INFEASIBLE — device too slow:</b> the summation line needs %1 to discharge, longer than "
                  "the %2 MVM period at %3 MHz. Lower R_ON, raise I_cell or lower the MVM rate.")
                   .arg(t, period).arg(fMhz, 0, 'g', 4);
        break;
    case core::Feasibility::TooFast:
        colour = QStringLiteral("#ffd0d0");
        text = tr("<b>✖ INFEASIBLE — device too fast:</b> the summation line discharges in %1, shorter than the "
                  "%2 the control and pulse-width timing can use (Cosemans Fig. 6). Raise R_ON or lower I_cell.")
                   .arg(t, minimum);
        break;
    }
    m_feasibility->setText(text);
    m_feasibility->setStyleSheet(QStringLiteral("QLabel { background: %1; padding: 6px; border-radius: 4px; }").arg(colour));

    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(k, v);
    };
    const auto& e = r.energy;
    QString html = QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Array N × M (physical columns)"), tr("%1 × %2 (%3)").arg(r.rows).arg(r.cols).arg(r.physicalCols));
    html += row(tr("MACs per MVM"), tr("%1 MAC").arg(r.macs, 0, 'f', 0));
    html += row(tr("Energy per MVM"), tr("%1 pJ").arg(sig(e.totalPj())));
    html += row(tr("  DACs / ADCs"), tr("%1 / %2 pJ").arg(sig(e.dacPj), sig(e.adcPj)));
    html += row(tr("  Activation / summation lines"), tr("%1 / %2 pJ").arg(sig(e.alPj), sig(e.slPj)));
    html += row(tr("  Control and timing"), tr("%1 pJ").arg(sig(e.ctrlPj)));
    html += row(tr("Energy per operation"), tr("%1 fJ/op").arg(sig(r.fjPerOp)));
    html += row(tr("Throughput at %1 MHz").arg(m_data->params.periphery.f_mvm_mhz, 0, 'g', 4), tr("%1 TOPS").arg(sig(r.tops)));
    html += row(tr("Power"), siFormat(r.powerMw * 1e-3, QStringLiteral("W")));
    html += row(tr("Array area (cells + periphery)"), tr("%1 mm²").arg(sig(r.area.totalUm2() * 1e-6)));
    html += row(tr("Area efficiency"), tr("%1 TOPS/mm²").arg(sig(r.topsPerMm2)));
    html += row(tr("  counting cells only (paper)"), tr("%1 TOPS/mm²").arg(sig(r.topsPerMm2CellsOnly)));
    if (f.discharge.model == core::CellModel::Resistive)
        html += row(tr("R_ON = 1/E[G_P] (resistive cells)"), siFormat(f.discharge.rCellOhm, QStringLiteral("Ω")));
    else
        html += row(tr("I_cell (current-source cells)"), siFormat(f.discharge.iCellA, QStringLiteral("A")));
    html += row(tr("Summation-line capacitance"), siFormat(f.discharge.cSlF, QStringLiteral("F")));
    html += row(tr("Discharge time / MVM period"), QStringLiteral("%1 / %2").arg(t, period));
    html += QStringLiteral("</table>");
    m_numbers->setText(html);
}

} // namespace aimc::widgets
