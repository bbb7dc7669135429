// The Array page (docs/model.md §3, issue 3): heat maps of the activation-line voltage, the
// summation-line voltage and the effective weight ratio (Doevenspeck Fig. 15b), the SL profile
// for resistive and current-source cells (Cosemans Fig. 5), every column's error against the
// ideal MVM, and the SL discharge time (Cosemans Fig. 6). Large arrays are solved in full and
// block-averaged on screen; clamped sizes and a failed solve are shown as such.
#pragma once

#include "compute_page.h"

class QLabel;

namespace aimc::widgets {

struct ArrayPageData;

class ArrayPage : public ComputePage {
    Q_OBJECT
public:
    explicit ArrayPage(QWidget* parent = nullptr);
    QString pageId() const override { return QStringLiteral("array"); }
    QString title() const override { return tr("Array"); }
    PageJob makeJob(const core::Params& params, Quality quality) const override;
    void showResult(const AnyResult& result, Quality quality) override;
    QList<PlotWidget*> plots() const override { return m_plots; }
    QList<QWidget*> keyNumberWidgets() const override;
    bool wantsCoarsePass() const override { return false; } // one full solve is fast enough

    QLabel* statusLabel() const { return m_status; }
    QLabel* numbersLabel() const { return m_numbers; }
    PlotWidget* alMapPlot() const { return m_alMap; }
    PlotWidget* slMapPlot() const { return m_slMap; }
    PlotWidget* ratioMapPlot() const { return m_ratioMap; }
    std::shared_ptr<const ArrayPageData> lastData() const { return m_data; }

private:
    void render();
    void renderMaps();
    void renderProfile();
    void renderColumnErrors();
    void renderDischarge();
    void renderText();

    PlotWidget* m_alMap;
    PlotWidget* m_slMap;
    PlotWidget* m_ratioMap;
    PlotWidget* m_profile;
    PlotWidget* m_columnError;
    PlotWidget* m_discharge;
    QList<PlotWidget*> m_plots;
    QLabel* m_status;
    QLabel* m_numbers;
    std::shared_ptr<const ArrayPageData> m_data;
};

} // namespace aimc::widgets
