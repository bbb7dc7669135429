// File → Import measured devices… (issue 9): pick a CSV, preview its per-state histograms, the MTJ
// fit with its residual (KS distance) and the moments, and only then accept. A bad file shows the
// parser's message (file, line, field) and cannot be accepted.
#pragma once

#include "params/params.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace aimc::core {
struct MeasuredDevices;
}

namespace aimc::widgets {

class PlotWidget;
struct MeasuredPreview;

// The P-state CDF of the data and of the fitted MTJ model (preview.fit.ok), with the KS distance.
void plotMtjFitCdf(PlotWidget* plot, const MeasuredPreview& preview);

class MeasuredImportDialog : public QDialog {
    Q_OBJECT
public:
    // device: the current device parameters (the fit takes their RA).
    explicit MeasuredImportDialog(const core::DeviceParams& device, QWidget* parent = nullptr);
    ~MeasuredImportDialog() override;

    // Parses and previews `path`; false (and the parser's message shown) when it cannot be used.
    bool loadFile(const QString& path);
    // The accepted file (absolute) and its devices; null before a good file was loaded.
    QString path() const { return m_path; }
    std::shared_ptr<const core::MeasuredDevices> devices() const;

    QLabel* messageLabel() const { return m_message; }
    QLabel* momentsLabel() const { return m_moments; }
    QPushButton* acceptButton() const { return m_accept; }
    PlotWidget* histogramPlot() const { return m_histogram; }
    PlotWidget* cdfPlot() const { return m_cdf; }

private:
    void browse();
    void render();

    double m_raOhmUm2;
    QLineEdit* m_file;
    QLabel* m_message;
    QLabel* m_moments;
    PlotWidget* m_histogram;
    PlotWidget* m_cdf;
    QPushButton* m_accept;
    QString m_path;
    std::unique_ptr<MeasuredPreview> m_preview;
};

} // namespace aimc::widgets
