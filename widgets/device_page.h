// The Device page (docs/model.md §1-2, §7): resistance (or, for current-source cells, current) and
// conductance distributions, the three ternary weight levels, RA versus MgO thickness and the
// Fig. 11 inverse (MTJ only), the drift versus time (drifting technologies) and the key numbers.
#pragma once

#include "compute_page.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

namespace aimc::widgets {

struct DevicePageData;

class DevicePage : public ComputePage {
    Q_OBJECT
public:
    explicit DevicePage(QWidget* parent = nullptr);
    QString pageId() const override { return QStringLiteral("device"); }
    QString title() const override { return tr("Device"); }
    PageJob makeJob(const core::Params& params, Quality quality) const override;
    void showResult(const AnyResult& result, Quality quality) override;
    // The plots that mean something for the technology shown (hidden ones are not exported).
    QList<PlotWidget*> plots() const override;
    PlotWidget* driftPlot() const { return m_drift; }
    PlotWidget* fitPlot() const { return m_fit; }
    PlotWidget* strengthPlot() const { return m_resistance; }
    QList<QWidget*> keyNumberWidgets() const override;

    QCheckBox* logAxisBox() const { return m_logAxis; }
    QLabel* keyNumbersLabel() const { return m_numbers; }
    // The last data shown (tests read it).
    std::shared_ptr<const DevicePageData> lastData() const { return m_data; }

private:
    void render();
    void renderStrength();
    void renderConductance();
    void renderWeights();
    void renderRaCurve();
    void renderFig11();
    void renderDrift();
    void renderNumbers();

    PlotWidget* m_resistance;
    PlotWidget* m_conductance;
    PlotWidget* m_weights;
    PlotWidget* m_raCurve;
    PlotWidget* m_fig11;
    PlotWidget* m_drift;
    PlotWidget* m_fit;
    QList<PlotWidget*> m_plots;
    QLabel* m_numbers;
    QGridLayout* m_grid;
    QCheckBox* m_logAxis;
    QComboBox* m_normalisation;
    std::shared_ptr<const DevicePageData> m_data;
};

} // namespace aimc::widgets
