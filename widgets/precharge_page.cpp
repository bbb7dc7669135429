#include "precharge_page.h"

#include "plot_widget.h"
#include "precharge_page_data.h"
#include "units.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace aimc::widgets {

PrechargePage::PrechargePage(QWidget* parent) : ComputePage(parent) {
    m_waveforms = new PlotWidget(QStringLiteral("precharge-sl-waveforms"));
    m_transfer = new PlotWidget(QStringLiteral("precharge-transfer-curve"));
    for (auto* p : {m_waveforms, m_transfer}) {
        p->legend->setVisible(true);
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    m_transfer->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_waveforms->setAxisLabels(tr("Time [ns]"), tr("Summation-line voltage V_SL [V]"));
    m_transfer->setAxisLabels(tr("Ideal MVM, linear prediction V+ − V− [V]"), tr("Array output V+ − V− [V]"));
    m_numbers = new QLabel;
    m_numbers->setWordWrap(true);
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* grid = new QGridLayout;
    grid->addWidget(m_waveforms, 0, 0);
    grid->addWidget(m_transfer, 0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_numbers);
    layout->addLayout(grid, 1);
}

PageJob PrechargePage::makeJob(const core::Params& params, Quality) const {
    return [params](std::stop_token stop) { return AnyResult(computePrechargePageData(params, stop)); };
}

void PrechargePage::showResult(const AnyResult& result, Quality) {
    m_data = std::static_pointer_cast<const PrechargePageData>(result);
    if (!m_data)
        return;
    for (auto* p : {m_waveforms, m_transfer}) {
        p->clearGraphs();
        p->clearItems();
        p->setVisible(m_data->error.empty());
    }
    renderText();
    if (!m_data->error.empty())
        return;
    renderWaveforms();
    renderTransfer();
    for (auto* p : {m_waveforms, m_transfer})
        p->replot(QCustomPlot::rpQueuedReplot);
}

void PrechargePage::renderWaveforms() {
    const auto& t = m_data->transient;
    QVector<double> time;
    for (double s : t.times)
        time << s * 1e9;
    int color = 0;
    for (int j : m_data->shownColumns) {
        QVector<double> v;
        for (Eigen::Index s = 0; s < t.waveforms.rows(); ++s)
            v << t.waveforms(s, j);
        auto* g = m_waveforms->addGraph();
        g->setName(tr("line %1").arg(j));
        g->setPen(m_waveforms->seriesPen(color++));
        g->setData(time, v, true);
    }
    // Pulse ends: where the set of driven rows changes (one marker per distinct code).
    QVector<double> ends, level;
    for (double e : t.pulseEnds) {
        ends << e * 1e9;
        level << t.vPrecharge;
    }
    auto* marks = m_waveforms->addGraph();
    marks->setName(tr("pulse ends"));
    marks->setLineStyle(QCPGraph::lsImpulse);
    marks->setPen(QPen(QColor(150, 150, 150), 1, Qt::DotLine));
    marks->setData(ends, level, true);
    m_waveforms->setTitle(tr("V_SL during one MVM (t_LSB %1 ps, C_SL %2)")
                              .arg(t.tLsbS * 1e12, 0, 'g', 3)
                              .arg(siFormat(t.cSlF, QStringLiteral("F"))));
    m_waveforms->rescaleAxes();
    m_waveforms->yAxis->setRange(0, t.vPrecharge * 1.08);
}

void PrechargePage::renderTransfer() {
    double top = 0;
    int color = 0;
    for (const auto* curve : {&m_data->resistive, &m_data->currentSource}) {
        const bool re = curve->model == core::CellModel::Resistive;
        auto* g = m_transfer->addGraph();
        g->setName((re ? tr("resistive cells") : tr("current-source cells")) +
                   tr(": deviation %1 % rms").arg(significant(100 * curve->deviationRms, 3)));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::seriesColor(color),
                                           PlotStyle::seriesColor(color), 3));
        ++color;
        QVector<double> x(curve->ideal.begin(), curve->ideal.end()), y(curve->actual.begin(), curve->actual.end());
        g->setData(x, y); // unsorted scatter
        for (double v : curve->ideal)
            top = std::max(top, std::abs(v));
    }
    auto* line = m_transfer->addGraph();
    line->setName(tr("exact MVM"));
    line->setPen(QPen(Qt::black, 1, Qt::DashLine));
    line->setData(QVector<double>{-top, top}, QVector<double>{-top, top}, true);
    m_transfer->setTitle(tr("Transfer curve, %1 random inputs (ideal wires)").arg(48));
    m_transfer->rescaleAxes();
}

void PrechargePage::renderText() {
    const auto& d = *m_data;
    if (!d.error.empty()) {
        m_numbers->setText(QStringLiteral("<b style='color:#c00000'>%1</b>").arg(QString::fromStdString(d.error).toHtmlEscaped()));
        return;
    }
    const auto& t = d.transient;
    QString sat = t.saturatedFractionEnd ? tr(" · lines still saturated at the end: %1 %").arg(significant(100 * *t.saturatedFractionEnd, 3))
                                         : QString();
    m_numbers->setText(
        tr("<b>Precharge scheme</b> (Cosemans Fig. 4) on %1 × %2 cells: one random MVM, %3 pulse ends, "
           "%4 DC line solves · error against the linear prediction max <b>%5 %</b>, rms %6 % of the largest "
           "swing%7 · energy drawn from the precharge <b>%8</b>; the energy model's summation-line term at the "
           "same mean swing (%9, V_dd = V_pre) <b>%10</b>")
            .arg(d.params.array.rows).arg(t.dvSl.size()).arg(t.pulseEnds.size()).arg(t.solves)
            .arg(significant(100 * t.relErrorMax, 3)).arg(significant(100 * t.relErrorRms, 3)).arg(sat)
            .arg(siFormat(t.energySlJ, QStringLiteral("J")))
            .arg(siFormat(d.meanSwingV, QStringLiteral("V")))
            .arg(siFormat(d.energyModelSlPj * 1e-12, QStringLiteral("J"))));
}

} // namespace aimc::widgets
