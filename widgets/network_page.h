// The Network page (issue 6): the accuracy of a trained ternary CNN on a real test set, run through
// the simulated MRAM arrays with the current device, array and converter parameters.
#pragma once

#include "compute_page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QHBoxLayout;
class QCPColorScale;

namespace aimc::widgets {

class NetworkCache;
struct NetworkPageData;
struct NetworkProgress;

class NetworkPage : public ComputePage {
    Q_OBJECT
public:
    explicit NetworkPage(QWidget* parent = nullptr);
    QString pageId() const override { return QStringLiteral("network"); }
    QString title() const override { return tr("Network"); }
    PageJob makeJob(const core::Params& params, Quality quality) const override;
    void showResult(const AnyResult& result, Quality quality) override;
    QList<PlotWidget*> plots() const override { return m_plots; }
    QList<QWidget*> keyNumberWidgets() const override;

    QLabel* accuracyLabel() const { return m_accuracy; }
    std::shared_ptr<const NetworkPageData> lastData() const { return m_data; }
    QComboBox* modelBox() const { return m_model; }

private:
    void populateModels();
    void showProgress(const NetworkProgress& p);
    void renderCurves();
    void renderRon();
    void renderConfusion();
    void renderMisclassified();

    QComboBox* m_model;
    QComboBox* m_dataset;
    QComboBox* m_ir;
    QCheckBox* m_ronSweep;
    QComboBox* m_ronReference; // Fig. 16: the same chips without IR drop, or ideal devices
    QLabel* m_accuracy;
    QLabel* m_details;
    QProgressBar* m_progress;
    PlotWidget* m_curves;
    PlotWidget* m_ron;
    PlotWidget* m_confusion;
    QCPColorScale* m_confusionScale = nullptr;
    QList<PlotWidget*> m_plots;
    QHBoxLayout* m_strip;
    std::shared_ptr<NetworkCache> m_cache;
    std::shared_ptr<const NetworkPageData> m_data;
};

} // namespace aimc::widgets
