// The Precharge page (docs/model.md §8, Cosemans Fig. 4, issue 10): one seeded MVM under the
// precharge scheme at the current parameters — the summation-line voltage against time for a
// few lines with the pulse ends marked — and the transfer curve of the array's output against
// the ideal MVM for many random inputs, resistive and current-source cells side by side; the
// transient's drawn energy beside the energy model's summation-line term for the same swing.
#pragma once

#include "compute_page.h"

class QLabel;

namespace aimc::widgets {

struct PrechargePageData;

class PrechargePage : public ComputePage {
    Q_OBJECT
public:
    explicit PrechargePage(QWidget* parent = nullptr);
    QString pageId() const override { return QStringLiteral("precharge"); }
    QString title() const override { return tr("Precharge"); }
    PageJob makeJob(const core::Params& params, Quality quality) const override;
    void showResult(const AnyResult& result, Quality quality) override;
    QList<PlotWidget*> plots() const override { return {m_waveforms, m_transfer}; }

    QLabel* numbersLabel() const { return m_numbers; }
    PlotWidget* waveformPlot() const { return m_waveforms; }
    PlotWidget* transferPlot() const { return m_transfer; }
    std::shared_ptr<const PrechargePageData> lastData() const { return m_data; }

private:
    void renderWaveforms();
    void renderTransfer();
    void renderText();

    PlotWidget* m_waveforms;
    PlotWidget* m_transfer;
    QLabel* m_numbers;
    std::shared_ptr<const PrechargePageData> m_data;
};

} // namespace aimc::widgets
