// The Energy page (docs/model.md §4, Cosemans IEDM 2019 Figs. 6-9): the MVM energy breakdown beside the
// paper's three Fig. 7 sizes, TOPS/W and fJ/MAC, TOPS/W versus array size and ADC bits, stored
// weights versus chip area (Fig. 8), published accelerators with this configuration and the digital
// baseline, and whether the device can run at the chosen MVM rate (Fig. 6).
#pragma once

#include "compute_page.h"

class QComboBox;
class QLabel;

namespace aimc::widgets {

struct EnergyPageData;

class EnergyPage : public ComputePage {
    Q_OBJECT
public:
    explicit EnergyPage(QWidget* parent = nullptr);
    QString pageId() const override { return QStringLiteral("energy"); }
    QString title() const override { return tr("Energy"); }
    PageJob makeJob(const core::Params& params, Quality quality) const override;
    void showResult(const AnyResult& result, Quality quality) override;
    QList<PlotWidget*> plots() const override { return m_plots; }
    QList<QWidget*> keyNumberWidgets() const override;
    bool wantsCoarsePass() const override { return false; } // closed forms: one pass is instant

    PlotWidget* breakdownPlot() const { return m_breakdown; }
    PlotWidget* comparisonPlot() const { return m_comparison; }
    PlotWidget* sizeSweepPlot() const { return m_sizeSweep; }
    PlotWidget* bitsSweepPlot() const { return m_bitsSweep; }
    PlotWidget* weightsAreaPlot() const { return m_weightsArea; }
    QLabel* headlineLabel() const { return m_headline; }
    QLabel* feasibilityLabel() const { return m_feasibility; }
    QComboBox* barUnitBox() const { return m_barUnit; }
    QComboBox* comparisonAxisBox() const { return m_comparisonAxis; }
    std::shared_ptr<const EnergyPageData> lastData() const { return m_data; }

protected:
    // Presentation mode sets the plot style, then the page font: redraw the markers and labels,
    // which take their sizes from the plot style when drawn.
    void changeEvent(QEvent* event) override;

private:
    void render();
    void renderBreakdown();
    void renderSizeSweep();
    void renderBitsSweep();
    void renderWeightsArea();
    void renderNumbers();

    PlotWidget* m_breakdown;
    PlotWidget* m_comparison;
    PlotWidget* m_sizeSweep;
    PlotWidget* m_bitsSweep;
    PlotWidget* m_weightsArea;
    QList<PlotWidget*> m_plots;
    QLabel* m_headline;
    QLabel* m_feasibility;
    QLabel* m_numbers;
    QLabel* m_references;
    QComboBox* m_barUnit;
    QComboBox* m_comparisonAxis;
    std::shared_ptr<const EnergyPageData> m_data;
};

} // namespace aimc::widgets
